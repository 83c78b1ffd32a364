/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-pages.h"
#include "simris-benefit.h"
#include "simris-i18n.h"
#include "simris-ui-util.h"

/* Your right to stay in Belgium (docs/calculation.md §15): one answer in plain words among the
 * rows of the core's table of residence statuses (app/law/simris-benefit.c), or "I don't
 * know". The answer is written at once into the case — its "residence_status", and the
 * "benefit" the status gives — and the page says which benefit the guide simulates, or that
 * neither applies and where to go. Which status leads where is the table's, never this
 * page's. A page of its own, before the three conditions: the status decides which benefit
 * those conditions are asked for, and its answers are too long for a drop-down list. */

struct _SimrisAssistantStayPage
{
  SimrisAssistantPage parent_instance;

  GPtrArray *buttons;   /* GtkCheckButton, one per row of the table, then "I don't know" */
  GtkWidget *proposal;  /* GtkLabel: the benefit simulated, or where to go */
};

G_DEFINE_FINAL_TYPE (SimrisAssistantStayPage, simris_assistant_stay_page, SIMRIS_TYPE_ASSISTANT_PAGE)

char *
simris_assistant_stay_describe (SimrisResidenceStatus  status,
                                const char            *lang)
{
  const SimrisResidenceRule *rule = simris_benefit_residence_rule (status);
  SimrisBenefit benefit;

  if (rule == NULL)
    return g_strdup (simris_tr (lang, N_("Not sure: the guide simulates the integration income. Bring your residence "
                                         "card: the CPAS will check which help your stay gives.")));
  if (!simris_benefit_for_residence (status, &benefit))
    /* Translators: %s says where to go (the reception structure, Fedasil, the CPAS for urgent medical aid) */
    return g_strdup_printf (simris_tr (lang, N_("%s The guide shows no amount for you.")),
                            simris_benefit_route_text (rule->route, lang));
  /* Translators: the first %s names the benefit ("integration income"), the second says why, with the law */
  return g_strdup_printf (simris_tr (lang, N_("The guide simulates the %s. %s")),
                          simris_benefit_get_label (benefit, lang),
                          simris_benefit_route_text (rule->route, lang));
}

static SimrisResidenceStatus
status_of (SimrisAssistantStayPage *self,
           GtkWidget               *button)
{
  for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
    if (g_ptr_array_index (self->buttons, i) == button)
      return simris_benefit_nth_residence_rule (i)->status;
  return SIMRIS_RESIDENCE_STATUS_UNKNOWN;
}

static void
update_proposal (SimrisAssistantStayPage *self)
{
  SimrisHousehold *household = simris_assistant_page_get_household (SIMRIS_ASSISTANT_PAGE (self));
  g_autofree char *text = simris_assistant_stay_describe (simris_household_get_residence_status (household),
                                                          simris_ui_lang ());

  gtk_label_set_label (GTK_LABEL (self->proposal), text);
}

static void
toggled_cb (GtkCheckButton          *button,
            SimrisAssistantStayPage *self)
{
  SimrisHousehold *household = simris_assistant_page_get_household (SIMRIS_ASSISTANT_PAGE (self));
  SimrisResidenceStatus status;
  SimrisBenefit benefit = SIMRIS_BENEFIT_INTEGRATION_INCOME;

  if (!gtk_check_button_get_active (button))
    return;
  status = status_of (self, GTK_WIDGET (button));
  /* The benefit the status gives; none given (or neither applies): the integration income,
   * whose residence condition the status then fails (art. 3, 3° DIS, in the engine). */
  simris_benefit_for_residence (status, &benefit);
  if (simris_household_get_residence_status (household) != status)
    simris_household_set_residence_status (household, status);
  if (simris_household_get_benefit (household) != benefit)
    simris_household_set_benefit (household, benefit);
  update_proposal (self);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static GtkWidget *
add_choice (SimrisAssistantStayPage *self,
            GtkWidget               *group,
            const char              *name,
            const char              *title,
            GtkWidget               *first)
{
  g_autofree char *widget_name = g_strdup_printf ("stay-%s", name);
  GtkWidget *button = simris_assistant_page_add_check (SIMRIS_ASSISTANT_PAGE (self), group, widget_name, title, NULL,
                                                       first);

  g_ptr_array_add (self->buttons, button);
  return button;
}

static void
simris_assistant_stay_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantStayPage *self = SIMRIS_ASSISTANT_STAY_PAGE (page);
  SimrisHousehold *household = simris_assistant_page_get_household (page);
  SimrisResidenceStatus current = simris_household_get_residence_status (household);
  GtkWidget *group;
  GtkWidget *first = NULL;
  GtkWidget *selected = NULL;

  group = simris_assistant_page_begin (page, _("Your right to stay in Belgium"),
                                       /* Translators: "Why we ask: …" */
                                       _("it decides which help the CPAS can give: the integration income, or a social "
                                         "aid of the same amount."),
                                       NULL);
  for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
    {
      const SimrisResidenceRule *rule = simris_benefit_nth_residence_rule (i);
      g_autofree char *plain = simris_benefit_residence_plain (rule, simris_ui_lang ());
      GtkWidget *button = add_choice (self, group, rule->name, plain, first);

      if (first == NULL)
        first = button;
      if (rule->status == current)
        selected = button;
    }
  /* Translators: the last answer to "Your right to stay in Belgium" */
  {
    GtkWidget *unknown = add_choice (self, group, "unknown", _("I don't know"), first);

    if (selected == NULL)
      selected = unknown;
  }
  gtk_check_button_set_active (GTK_CHECK_BUTTON (selected), TRUE);
  for (guint i = 0; i < self->buttons->len; i++)
    g_signal_connect (g_ptr_array_index (self->buttons, i), "toggled", G_CALLBACK (toggled_cb), self);

  self->proposal = simris_assistant_new_text (NULL, "benefit-proposal", NULL);
  gtk_widget_set_margin_top (self->proposal, 12);
  gtk_box_append (GTK_BOX (self), self->proposal);
  update_proposal (self);
}

static guint
simris_assistant_stay_page_n_questions (SimrisAssistantPage *page)
{
  return 1;
}

static void
simris_assistant_stay_page_finalize (GObject *object)
{
  g_ptr_array_unref (SIMRIS_ASSISTANT_STAY_PAGE (object)->buttons);
  G_OBJECT_CLASS (simris_assistant_stay_page_parent_class)->finalize (object);
}

static void
simris_assistant_stay_page_class_init (SimrisAssistantStayPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = simris_assistant_stay_page_finalize;
  page_class->build = simris_assistant_stay_page_build;
  page_class->n_questions = simris_assistant_stay_page_n_questions;
}

static void
simris_assistant_stay_page_init (SimrisAssistantStayPage *self)
{
  self->buttons = g_ptr_array_new ();
}

SimrisAssistantPage *
simris_assistant_stay_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_STAY_PAGE, "guide", guide, "name", "stay", NULL);
}
