/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-pages.h"
#include "simris-rules.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

/* Who lives with you: the category (docs/calculation.md §3) and whose money may count (§5, §9). */

struct _SimrisAssistantHouseholdPage
{
  SimrisAssistantPage parent_instance;

  GtkWidget *partner;
  GtkWidget *married;   /* AdwComboRow: married, or not (shown with a partner) */
  GtkWidget *counts[SIMRIS_GUIDE_GROUP_OTHER + 1];
  /* One "do you share the costs of the home?" per other adult. */
  GPtrArray *share_rows;
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
  /* Translators: %d is an age, 18 (the table's figure) */
  { SIMRIS_GUIDE_GROUP_MINOR, "children", N_("How many children under %d live with you?"),
    N_("Yours, your partner's, or children you look after"), 15 },
  { SIMRIS_GUIDE_GROUP_PARENT, "parents", N_("Do you live with your parents or one parent? How many?"), NULL, 2 },
  /* Translators: %d is an age, 18 (the table's figure) */
  { SIMRIS_GUIDE_GROUP_ADULT_CHILD, "adult-children", N_("How many of your children aged %d or over live with you?"),
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
  gtk_widget_set_visible (self->married, gtk_switch_get_active (sw));
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

/* "Husband, wife or partner, married or not": the guide asks which, and the case records
 * it as said on both partners ("married"; the amount is the same either way, §3). */
static void
married_cb (AdwComboRow                  *row,
            GParamSpec                   *pspec,
            SimrisAssistantHouseholdPage *self)
{
  SimrisGuide *guide = simris_assistant_page_get_guide (SIMRIS_ASSISTANT_PAGE (self));
  SimrisHousehold *household = simris_guide_get_household (guide);
  g_autoptr(GPtrArray) partners = simris_guide_members_of (guide, SIMRIS_GUIDE_GROUP_PARTNER);
  gboolean married = adw_combo_row_get_selected (row) == 0;

  simris_member_set_married (simris_household_get_applicant (household), married);
  for (guint i = 0; i < partners->len; i++)
    simris_member_set_married (g_ptr_array_index (partners, i), married);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

/* Cohabitation is living under the same roof AND settling household matters mainly in
 * common (art. 14, §1, 1° of the act of 26 May 2002 on the right to social integration;
 * docs/calculation.md §3): a flatmate who pays their own share and buys their own food
 * does not make the applicant a cohabitant. The member's "shares-household" says which.
 * The adults of the household other than the partner change with the counts: their
 * questions are asked again, each with the answer already given. */
static void
rebuild_share_rows (SimrisAssistantHouseholdPage *self)
{
  SimrisAssistantPage *page = SIMRIS_ASSISTANT_PAGE (self);
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  SimrisHousehold *household = simris_guide_get_household (guide);
  GtkWidget *group = simris_assistant_page_get_group (page);
  static const SimrisGuideGroup others[] = {
    SIMRIS_GUIDE_GROUP_PARENT, SIMRIS_GUIDE_GROUP_ADULT_CHILD, SIMRIS_GUIDE_GROUP_OTHER,
  };

  for (guint i = 0; i < self->share_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), g_ptr_array_index (self->share_rows, i));
  g_ptr_array_set_size (self->share_rows, 0);

  for (guint g = 0; g < G_N_ELEMENTS (others); g++)
    {
      g_autoptr(GPtrArray) members = simris_guide_members_of (guide, others[g]);

      for (guint i = 0; i < members->len; i++)
        {
          SimrisMember *member = g_ptr_array_index (members, i);
          g_autofree char *person = simris_summary_dup_person (household, member, NULL);
          g_autofree char *name = g_strdup_printf ("shares-%s", simris_member_get_id (member));
          /* Translators: %s is a person ("Sam", "Parent 1", "Other person 1") */
          g_autofree char *title = g_strdup_printf (_("Do you share the costs of the home — rent, food, bills — with %s?"),
                                                    person);
          GtkWidget *sw = simris_assistant_page_add_member_switch (page, group, member, name, title,
                                                                   _("If each of you pays your own share and buys your own food, say no: the CPAS checks this."),
                                                                   simris_member_get_shares_household (member),
                                                                   simris_member_set_shares_household);

          g_ptr_array_add (self->share_rows, gtk_widget_get_ancestor (sw, ADW_TYPE_ACTION_ROW));
        }
    }
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
  rebuild_share_rows (self);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
simris_assistant_household_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantHouseholdPage *self = SIMRIS_ASSISTANT_HOUSEHOLD_PAGE (page);
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  SimrisMember *applicant = simris_household_get_applicant (simris_guide_get_household (guide));
  GtkWidget *group;
  /* Translators: the answers to "Are you married to your partner?" */
  const char *married[] = { _("We are married"), _("We are not married"), NULL };

  group = simris_assistant_page_begin (page, _("Who lives with you?"),
                                       _("the amount is not the same when you live alone, with others or with children in your charge."),
                                       NULL);
  self->partner = simris_assistant_page_add_switch (page, group, "partner", _("Do you live with a partner?"),
                                                    _("Husband, wife or partner, married or not"),
                                                    simris_guide_count_of (guide, SIMRIS_GUIDE_GROUP_PARTNER) > 0);
  self->married = simris_assistant_page_add_combo (page, group, "married", _("Are you married to your partner?"),
                                                   _("The amount is the same either way"), married,
                                                   simris_member_get_married (applicant) ? 0 : 1);
  gtk_widget_set_visible (self->married, gtk_switch_get_active (GTK_SWITCH (self->partner)));
  g_signal_connect (self->married, "notify::selected", G_CALLBACK (married_cb), self);
  g_signal_connect (self->partner, "notify::active", G_CALLBACK (partner_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      /* A title's %d is the age of majority (art. 3, 2° DIS), from the table; the others name none. */
      g_autofree char *title = simris_rules_format_figure (counts[i].title, SIMRIS_CONST_ADULT_AGE, simris_ui_lang ());
      GtkWidget *spin = simris_assistant_page_add_spin (page, group, counts[i].name, title,
                                                        counts[i].subtitle ? _(counts[i].subtitle) : NULL,
                                                        simris_guide_count_of (guide, counts[i].group), counts[i].max);

      self->counts[counts[i].group] = spin;
      g_signal_connect (spin, "notify::value", G_CALLBACK (count_cb), self);
    }
  rebuild_share_rows (self);
}

static guint
simris_assistant_household_page_n_questions (SimrisAssistantPage *page)
{
  SimrisAssistantHouseholdPage *self = SIMRIS_ASSISTANT_HOUSEHOLD_PAGE (page);

  return 1 + G_N_ELEMENTS (counts) + (gtk_widget_get_visible (self->married) ? 1 : 0) + self->share_rows->len;
}

static void
simris_assistant_household_page_finalize (GObject *object)
{
  SimrisAssistantHouseholdPage *self = SIMRIS_ASSISTANT_HOUSEHOLD_PAGE (object);

  g_clear_pointer (&self->share_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (simris_assistant_household_page_parent_class)->finalize (object);
}

static void
simris_assistant_household_page_class_init (SimrisAssistantHouseholdPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = simris_assistant_household_page_finalize;
  page_class->build = simris_assistant_household_page_build;
  page_class->n_questions = simris_assistant_household_page_n_questions;
}

static void
simris_assistant_household_page_init (SimrisAssistantHouseholdPage *self)
{
  /* Set before the parent's constructed () calls build (). */
  self->share_rows = g_ptr_array_new ();
}

SimrisAssistantPage *
simris_assistant_household_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_HOUSEHOLD_PAGE, "guide", guide, "name", "household", NULL);
}
