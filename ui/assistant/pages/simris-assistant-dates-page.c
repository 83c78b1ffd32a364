/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-dates-page.h"
#include "simris-summary.h"

/* Everyone's date of birth: a child under 18, an adult child or a parent do not count the
 * same way (docs/calculation.md §3, §5, §13). */

struct _SimrisAssistantDatesPage
{
  SimrisAssistantPage parent_instance;

  guint n_rows;
};

G_DEFINE_FINAL_TYPE (SimrisAssistantDatesPage, simris_assistant_dates_page, SIMRIS_TYPE_ASSISTANT_PAGE)

static void
simris_assistant_dates_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantDatesPage *self = SIMRIS_ASSISTANT_DATES_PAGE (page);
  SimrisHousehold *household = simris_assistant_page_get_household (page);
  GtkWidget *group = GTK_WIDGET (simris_assistant_page_get_group (page));

  simris_assistant_page_set_title (page, _("Their dates of birth"),
                                   _("the law looks at everyone's age: a child under 18, an adult child or a parent do not count the same way."));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Day/month/year, for example 14/05/2003; if you do not know it, the age in years"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      g_autofree char *person = NULL;
      g_autofree char *title = NULL;

      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        continue;
      person = simris_summary_dup_person (household, member, NULL);
      /* Translators: %s is a person ("your partner", "Child 1") */
      title = g_strdup_printf (_("Date of birth of %s"), person);
      simris_assistant_page_add_birth_row (page, group, member, title);
      self->n_rows++;
    }
}

/* PLACE FOR ISSUE 24 (custody): once SimrisMember has "custody" ("full"/"alternating",
 * branch issue-24), ask under each child under 18's date "Does this child live with you
 * all the time, or half the time (alternating custody)?" and write it to the member's
 * "custody"; count one question per minor child in n_questions. */

static char *
simris_assistant_dates_page_validate (SimrisAssistantPage *page)
{
  return simris_assistant_page_validate_births (page);
}

static guint
simris_assistant_dates_page_n_questions (SimrisAssistantPage *page)
{
  return SIMRIS_ASSISTANT_DATES_PAGE (page)->n_rows;
}

static void
simris_assistant_dates_page_class_init (SimrisAssistantDatesPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  page_class->build = simris_assistant_dates_page_build;
  page_class->validate = simris_assistant_dates_page_validate;
  page_class->n_questions = simris_assistant_dates_page_n_questions;
}

static void
simris_assistant_dates_page_init (SimrisAssistantDatesPage *self)
{
}

SimrisAssistantPage *
simris_assistant_dates_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_DATES_PAGE, "guide", guide, "name", "dates", NULL);
}
