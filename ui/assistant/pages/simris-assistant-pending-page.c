/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-pages.h"

/* Benefits asked for and not received yet: the CPAS may advance them (docs/calculation.md §8). */

struct _SimrisAssistantPendingPage
{
  SimrisAssistantPage parent_instance;

  GtkWidget *switches[4];
};

G_DEFINE_FINAL_TYPE (SimrisAssistantPendingPage, simris_assistant_pending_page, SIMRIS_TYPE_ASSISTANT_PAGE)

static const SimrisResourceKind pending_kinds[] = {
  SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
  SIMRIS_RESOURCE_KIND_SICKNESS,
  SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE,
  SIMRIS_RESOURCE_KIND_PENSION,
};

G_STATIC_ASSERT (G_N_ELEMENTS (pending_kinds) == 4);

gboolean
simris_assistant_find_pending (SimrisMember       *member,
                               SimrisResourceKind  kind,
                               guint              *position)
{
  GListModel *pending = simris_member_get_pending_benefits (member);

  for (guint i = 0; i < g_list_model_get_n_items (pending); i++)
    {
      g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (pending, i);

      if (simris_pending_benefit_get_kind (benefit) == kind)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

const SimrisResourceKind *
simris_assistant_get_pending_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (pending_kinds);
  return pending_kinds;
}

static void
pending_cb (GtkSwitch                  *sw,
            GParamSpec                 *pspec,
            SimrisAssistantPendingPage *self)
{
  SimrisHousehold *household = simris_assistant_page_get_household (SIMRIS_ASSISTANT_PAGE (self));
  SimrisMember *applicant = simris_household_get_applicant (household);
  guint position;

  for (guint i = 0; applicant != NULL && i < G_N_ELEMENTS (pending_kinds); i++)
    {
      SimrisResourceKind kind = pending_kinds[i];

      if (self->switches[i] != GTK_WIDGET (sw))
        continue;
      if (gtk_switch_get_active (sw) && !simris_assistant_find_pending (applicant, kind, NULL))
        {
          g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (kind);

          simris_member_add_pending_benefit (applicant, benefit);
        }
      else if (!gtk_switch_get_active (sw))
        while (simris_assistant_find_pending (applicant, kind, &position))
          simris_member_remove_pending_benefit (applicant, position);
    }
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
simris_assistant_pending_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantPendingPage *self = SIMRIS_ASSISTANT_PENDING_PAGE (page);
  SimrisHousehold *household = simris_assistant_page_get_household (page);
  SimrisMember *applicant = simris_household_get_applicant (household);
  GtkWidget *group;

  group = simris_assistant_page_begin (page, _("Have you asked for a benefit you have not received yet?"),
                                       _("while you wait for it, the CPAS can pay you in advance and get the money back later."),
                                       _("Switch on each benefit you asked for and are still waiting for."));
  for (guint i = 0; i < G_N_ELEMENTS (pending_kinds); i++)
    {
      const char *label = simris_resource_kind_get_label (pending_kinds[i], NULL);
      g_autofree char *name = g_strdup_printf ("pending-%s", simris_resource_kind_to_string (pending_kinds[i]));

      self->switches[i] = simris_assistant_page_add_switch (page, group, name, label, NULL,
                                                            simris_assistant_find_pending (applicant, pending_kinds[i], NULL));
      g_signal_connect (self->switches[i], "notify::active", G_CALLBACK (pending_cb), self);
    }
}

static guint
simris_assistant_pending_page_n_questions (SimrisAssistantPage *page)
{
  return 1;
}

static guint
simris_assistant_pending_page_n_fields (SimrisAssistantPage *page)
{
  return 1;
}

static void
simris_assistant_pending_page_class_init (SimrisAssistantPendingPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  page_class->build = simris_assistant_pending_page_build;
  page_class->n_questions = simris_assistant_pending_page_n_questions;
  page_class->n_fields = simris_assistant_pending_page_n_fields;
}

static void
simris_assistant_pending_page_init (SimrisAssistantPendingPage *self)
{
}

SimrisAssistantPage *
simris_assistant_pending_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_PENDING_PAGE, "guide", guide, "name", "pending", NULL);
}
