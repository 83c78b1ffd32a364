/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-household-page.h"

/* Who lives with you: the category (docs/calculation.md §3) and whose money may count (§5, §9). */

struct _SimrisAssistantHouseholdPage
{
  SimrisAssistantPage parent_instance;

  GtkWidget *partner;
  GtkWidget *counts[SIMRIS_GUIDE_GROUP_OTHER + 1];
};

G_DEFINE_FINAL_TYPE (SimrisAssistantHouseholdPage, simris_assistant_household_page, SIMRIS_TYPE_ASSISTANT_PAGE)

static const struct
{
  SimrisGuideGroup group;
  const char      *name;
  const char      *title;
  const char      *subtitle;
  guint            max;
} counts[] = {
  { SIMRIS_GUIDE_GROUP_MINOR, "children", N_("How many children under 18 live with you?"),
    N_("Yours, your partner's, or children you look after"), 15 },
  { SIMRIS_GUIDE_GROUP_PARENT, "parents", N_("Do you live with your parents or one parent? How many?"), NULL, 2 },
  { SIMRIS_GUIDE_GROUP_ADULT_CHILD, "adult-children", N_("How many of your children aged 18 or over live with you?"),
    NULL, 10 },
  { SIMRIS_GUIDE_GROUP_OTHER, "others", N_("Anyone else? How many?"),
    N_("Brothers, sisters, other family, friends…"), 20 },
};

static void
partner_cb (GtkSwitch                    *sw,
            GParamSpec                   *pspec,
            SimrisAssistantHouseholdPage *self)
{
  SimrisGuide *guide = simris_assistant_page_get_guide (SIMRIS_ASSISTANT_PAGE (self));

  simris_guide_set_group_count (guide, SIMRIS_GUIDE_GROUP_PARTNER, gtk_switch_get_active (sw) ? 1 : 0);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
count_cb (GtkSpinButton                *spin,
          GParamSpec                   *pspec,
          SimrisAssistantHouseholdPage *self)
{
  SimrisGuide *guide = simris_assistant_page_get_guide (SIMRIS_ASSISTANT_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (self->counts[counts[i].group] == GTK_WIDGET (spin))
      simris_guide_set_group_count (guide, counts[i].group, (guint) gtk_spin_button_get_value_as_int (spin));
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
simris_assistant_household_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantHouseholdPage *self = SIMRIS_ASSISTANT_HOUSEHOLD_PAGE (page);
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  GtkWidget *group = GTK_WIDGET (simris_assistant_page_get_group (page));

  simris_assistant_page_set_title (page, _("Who lives with you?"),
                                   _("the amount is not the same when you live alone, with others or with children in your charge."));
  self->partner = simris_assistant_page_add_switch (page, group, "partner", _("Do you live with a partner?"),
                                                    _("Husband, wife or partner, married or not"),
                                                    simris_guide_count_of (guide, SIMRIS_GUIDE_GROUP_PARTNER) > 0);
  g_signal_connect (self->partner, "notify::active", G_CALLBACK (partner_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      GtkWidget *spin = simris_assistant_page_add_spin (page, group, counts[i].name, _(counts[i].title),
                                                        counts[i].subtitle ? _(counts[i].subtitle) : NULL,
                                                        simris_guide_count_of (guide, counts[i].group), counts[i].max);

      self->counts[counts[i].group] = spin;
      g_signal_connect (spin, "notify::value", G_CALLBACK (count_cb), self);
    }
}

static guint
simris_assistant_household_page_n_questions (SimrisAssistantPage *page)
{
  return 1 + G_N_ELEMENTS (counts);
}

static void
simris_assistant_household_page_class_init (SimrisAssistantHouseholdPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  page_class->build = simris_assistant_household_page_build;
  page_class->n_questions = simris_assistant_household_page_n_questions;
}

static void
simris_assistant_household_page_init (SimrisAssistantHouseholdPage *self)
{
}

SimrisAssistantPage *
simris_assistant_household_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_HOUSEHOLD_PAGE, "guide", guide, "name", "household", NULL);
}
