/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-pages.h"
#include "simris-rules.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

/* Everyone's date of birth: a child under 18, an adult child or a parent do not count the
 * same way (docs/calculation.md §3, §5, §13). */

struct _SimrisAssistantDatesPage
{
  SimrisAssistantPage parent_instance;

  guint n_rows;
  guint n_custody;  /* one "alternating custody?" per child under 18 */
};

G_DEFINE_FINAL_TYPE (SimrisAssistantDatesPage, simris_assistant_dates_page, SIMRIS_TYPE_ASSISTANT_PAGE)

/* A minor in alternating custody is still in the applicant's charge every month (art. 14,
 * §1, 3° DIS; Cass., 27 June 2022, S.20.0015.F; docs/calculation.md §2.2), and some CPAS
 * read it otherwise (the result's alternatives): the member's "custody" says which child. */
static void
write_custody (SimrisMember *member,
               gboolean      alternating)
{
  simris_member_set_custody (member, alternating ? SIMRIS_CUSTODY_ALTERNATING : SIMRIS_CUSTODY_FULL);
}

static void
simris_assistant_dates_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantDatesPage *self = SIMRIS_ASSISTANT_DATES_PAGE (page);
  SimrisHousehold *household = simris_assistant_page_get_household (page);
  GtkWidget *group;
  g_autofree char *why = NULL;

  /* Translators: "Why we ask: …"; %d is an age, 18 (the table's figure) */
  why = simris_rules_format_figure (N_("the law looks at everyone's age: a child under %d, an adult child or a parent "
                                       "do not count the same way."), SIMRIS_CONST_ADULT_AGE, simris_ui_lang ());
  group = simris_assistant_page_begin (page, _("Their dates of birth"), why,
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
      if (simris_guide_member_group (simris_assistant_page_get_guide (page), member) == SIMRIS_GUIDE_GROUP_MINOR)
        {
          g_autofree char *name = g_strdup_printf ("custody-%s", simris_member_get_id (member));
          /* Translators: %s is a child ("Child 1", or the child's name) */
          g_autofree char *question = g_strdup_printf (_("Does %s live with you only part of the time, in alternating custody?"),
                                                       person);

          simris_assistant_page_add_member_switch (page, group, member, name, question,
                                                   _("For example one week out of two with each parent"),
                                                   simris_member_get_custody (member) == SIMRIS_CUSTODY_ALTERNATING,
                                                   write_custody);
          self->n_custody++;
        }
    }
}

static char *
simris_assistant_dates_page_validate (SimrisAssistantPage *page)
{
  return simris_assistant_page_validate_births (page);
}

static guint
simris_assistant_dates_page_n_questions (SimrisAssistantPage *page)
{
  SimrisAssistantDatesPage *self = SIMRIS_ASSISTANT_DATES_PAGE (page);

  return self->n_rows + self->n_custody;
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
