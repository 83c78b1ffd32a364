/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include "simris-rules.h"

#include <glib/gi18n.h>

#include "simris-assistant-pages.h"
#include "simris-ui-util.h"

/* The three conditions the law asks of everyone (docs/calculation.md §1), and the
 * partner's, when the amount may be split between two partners (§7). */

struct _SimrisAssistantConditionsPage
{
  SimrisAssistantPage parent_instance;

  GtkWidget *rows[3];
  GtkWidget *partner_row;
  guint      n_questions;
};

G_DEFINE_FINAL_TYPE (SimrisAssistantConditionsPage, simris_assistant_conditions_page, SIMRIS_TYPE_ASSISTANT_PAGE)

static const struct
{
  SimrisCondition condition;
  const char     *name;
  const char     *title;
  const char     *subtitle;
} questions[] = {
  { SIMRIS_CONDITION_RESIDENCE, "residence", N_("Do you live in Belgium, with the right to stay here?"),
    N_("Belgian, registered European, recognised refugee, or with a residence permit; and you really live here.") },
  { SIMRIS_CONDITION_WILLING_TO_WORK, "willing-to-work", N_("Are you ready to work, if you can?"),
    N_("Your health, full-time studies or another good reason can excuse you: the CPAS takes it into account.") },
  { SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS, "claims-other-benefits",
    N_("Have you asked for the other benefits you may have a right to?"),
    N_("Unemployment, sickness, pension, allowances… The integration income comes last; the CPAS helps you ask.") },
};

static SimrisMember *
split_partner (SimrisGuide *guide)
{
  g_autoptr(GPtrArray) partners = simris_guide_members_of (guide, SIMRIS_GUIDE_GROUP_PARTNER);

  /* The split (§7) is only open to a partner without resources: otherwise, nothing to ask. */
  if (partners->len == 0
      || g_list_model_get_n_items (simris_member_get_resources (g_ptr_array_index (partners, 0))) > 0
      || simris_guide_count_of (guide, SIMRIS_GUIDE_GROUP_MINOR) == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (partners, 0));
}

static void
condition_cb (GtkWidget                     *row,
              GParamSpec                    *pspec,
              SimrisAssistantConditionsPage *self)
{
  SimrisGuide *guide = simris_assistant_page_get_guide (SIMRIS_ASSISTANT_PAGE (self));
  SimrisHousehold *household = simris_guide_get_household (guide);
  SimrisMember *applicant = simris_household_get_applicant (household);
  SimrisTristate value = simris_assistant_page_tristate_of (row);

  if (applicant == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    if (self->rows[i] == row)
      simris_member_set_condition (applicant, questions[i].condition, value);
  if (row == self->partner_row)
    {
      g_autoptr(SimrisMember) partner = split_partner (guide);
      int age;

      if (partner == NULL)
        return;
      age = simris_ui_age_at (simris_member_get_birth_date (partner), simris_household_get_reference_date (household));
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_RESIDENCE, value);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_CLAIMS_OTHER_BENEFITS, value);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_WILLING_TO_WORK, value);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_NO_RESOURCES,
                                         value == SIMRIS_TRISTATE_UNKNOWN ? SIMRIS_TRISTATE_UNKNOWN : SIMRIS_TRISTATE_YES);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_AGE,
                                         value == SIMRIS_TRISTATE_UNKNOWN ? SIMRIS_TRISTATE_UNKNOWN
                                         : simris_rules_age_is_adult (age) ? SIMRIS_TRISTATE_YES : SIMRIS_TRISTATE_NO);
    }
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
simris_assistant_conditions_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantConditionsPage *self = SIMRIS_ASSISTANT_CONDITIONS_PAGE (page);
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  SimrisMember *applicant = simris_household_get_applicant (simris_guide_get_household (guide));
  g_autoptr(SimrisMember) partner = split_partner (guide);
  GtkWidget *group;

  group = simris_assistant_page_begin (page, _("Three conditions"),
                                       _("the law asks these three things of everyone; “Not sure” is a fine answer: the CPAS will check."),
                                       NULL);
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      self->rows[i] = simris_assistant_page_add_tristate (page, group, questions[i].name, _(questions[i].title),
                                                          _(questions[i].subtitle),
                                                          simris_member_get_condition (applicant, questions[i].condition));
      g_signal_connect (self->rows[i], "notify::selected", G_CALLBACK (condition_cb), self);
      self->n_questions++;
    }
  if (partner != NULL)
    {
      self->partner_row = simris_assistant_page_add_tristate (page, group, "partner-conditions",
                                                              _("Does your partner meet these three conditions too?"),
                                                              _("Then the CPAS can pay half of the amount to each of you."),
                                                              simris_member_get_split_condition (partner, SIMRIS_SPLIT_RESIDENCE));
      g_signal_connect (self->partner_row, "notify::selected", G_CALLBACK (condition_cb), self);
      self->n_questions++;
    }
}

static guint
simris_assistant_conditions_page_n_questions (SimrisAssistantPage *page)
{
  return SIMRIS_ASSISTANT_CONDITIONS_PAGE (page)->n_questions;
}

static void
simris_assistant_conditions_page_class_init (SimrisAssistantConditionsPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  page_class->build = simris_assistant_conditions_page_build;
  page_class->n_questions = simris_assistant_conditions_page_n_questions;
}

static void
simris_assistant_conditions_page_init (SimrisAssistantConditionsPage *self)
{
}

SimrisAssistantPage *
simris_assistant_conditions_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_CONDITIONS_PAGE, "guide", guide, "name", "conditions", NULL);
}
