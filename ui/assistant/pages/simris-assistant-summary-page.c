/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-money-page.h"
#include "simris-assistant-pages.h"
#include "simris-benefit.h"
#include "simris-rules.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

/* Your answers: each answer as given, one click (or Enter) from the page that asked it. */

struct _SimrisAssistantSummaryPage
{
  SimrisAssistantPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SimrisAssistantSummaryPage, simris_assistant_summary_page, SIMRIS_TYPE_ASSISTANT_PAGE)

/* An answer to one of the three conditions, or about a job: "Yes", "No", "Not sure". */
static const char *
condition_label (SimrisMember    *member,
                 SimrisCondition  condition)
{
  return simris_assistant_tristate_label (simris_member_get_condition (member, condition));
}

static const char *
job_answer_label (SimrisGuide            *guide,
                  SimrisResource         *resource,
                  SimrisGuideJobQuestion  question)
{
  return simris_assistant_tristate_label (simris_guide_get_job_answer (guide, resource, question));
}

static char *
money_summary (SimrisGuide  *guide,
               SimrisMember *member)
{
  GString *text = g_string_new (NULL);
  const SimrisGuideCategory *categories;
  guint n_categories;

  categories = simris_guide_get_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    {
      SimrisResource *resource = simris_guide_find_resource (member, &categories[i], NULL);
      g_autofree char *money = NULL;

      if (resource == NULL || !simris_guide_category_applies (guide, member, &categories[i]))
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      if (simris_resource_get_amount (resource) == SIMRIS_CENTS_MISSING)
        money = g_strdup (_("amount not known"));
      else
        money = simris_ui_format_money (simris_resource_get_amount (resource));
      /* Translators: "Work: 1 200,00 €" in the summary of the answers */
      g_string_append_printf (text, _("%s: %s"), _(categories[i].title), money);
      if (simris_guide_job_is_asked (guide, member, resource))
        /* Translators: after "Work: 1 500,00 €" in the summary: the two answers about the job */
        g_string_append_printf (text, _(" (started on the integration income: %s; shortage occupation: %s)"),
                                job_answer_label (guide, resource, SIMRIS_GUIDE_JOB_INTEGRATION),
                                job_answer_label (guide, resource, SIMRIS_GUIDE_JOB_SHORTAGE));
    }
  if (text->len == 0)
    g_string_append (text, _("No money coming in"));
  return g_string_free (text, FALSE);
}

static void
add_row (GtkWidget  *group,
         const char *page,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-edit-symbolic");
  g_autofree char *name = g_strdup_printf ("edit-%s", page);
  /* Translators: the accessible name of an answer in the summary: "Change: About you" */
  g_autofree char *label = g_strdup_printf (_("Change: %s"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "assistant.go-to");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", page);
  simris_assistant_name_control (row, label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
simris_assistant_summary_page_build (SimrisAssistantPage *page)
{
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  SimrisHousehold *household = simris_guide_get_household (guide);
  SimrisMember *applicant = simris_household_get_applicant (household);
  GtkWidget *group;
  g_autofree char *birth = simris_ui_format_date (simris_member_get_birth_date (applicant));
  g_autofree char *you = NULL;
  g_autofree char *conditions = NULL;
  g_autoptr(GString) who = g_string_new (NULL);
  g_autoptr(GString) dates = g_string_new (NULL);
  g_autoptr(GString) pending = g_string_new (NULL);
  static const SimrisGuideGroup groups[] = {
    SIMRIS_GUIDE_GROUP_PARTNER, SIMRIS_GUIDE_GROUP_MINOR, SIMRIS_GUIDE_GROUP_PARENT,
    SIMRIS_GUIDE_GROUP_ADULT_CHILD, SIMRIS_GUIDE_GROUP_OTHER,
  };
  const SimrisResourceKind *pending_kinds;
  guint n_pending_kinds;

  group = simris_assistant_page_begin (page, _("Your answers"), _("check them before the result: choose one to change it."),
                                       NULL);

  /* Translators: the summary of the page "About you": a date, then "studies" or not */
  you = g_strdup_printf (_("Born on %s; %s"), birth ? birth : _("date not known"),
                         simris_member_get_student (applicant) ? _("you study full time") : _("you do not study full time"));
  add_row (group, "you", _("About you"), you);
  {
    g_autofree char *month = simris_ui_format_date (simris_household_get_reference_date (household));
    /* Translators: in the summary of the answers; %s is the first day of the month simulated */
    g_autofree char *text = g_strdup_printf (_("The month from %s"), month ? month : "?");

    add_row (group, "you", _("Which month do you want to simulate?"), text);
  }

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      guint n = simris_guide_count_of (guide, groups[i]);

      if (n == 0)
        continue;
      if (who->len > 0)
        g_string_append (who, ", ");
      switch (groups[i])
        {
        case SIMRIS_GUIDE_GROUP_PARTNER:
          /* Translators: in the summary of "Who lives with you?" */
          g_string_append (who, _("your partner"));
          break;
        case SIMRIS_GUIDE_GROUP_MINOR:
          /* Translators: %1$u is a number of children, %2$d an age, 18 (the table's figure) */
          g_string_append_printf (who, ngettext ("%1$u child under %2$d", "%1$u children under %2$d", n), n,
                                  (int) simris_rules_constant (SIMRIS_CONST_ADULT_AGE));
          break;
        case SIMRIS_GUIDE_GROUP_PARENT:
          g_string_append_printf (who, ngettext ("%u parent", "%u parents", n), n);
          break;
        case SIMRIS_GUIDE_GROUP_ADULT_CHILD:
          g_string_append_printf (who, ngettext ("%u adult child", "%u adult children", n), n);
          break;
        default:
          g_string_append_printf (who, ngettext ("%u other person", "%u other people", n), n);
          break;
        }
    }
  /* The answers about sharing the costs of the home (art. 14, §1, 1° DIS), one per adult. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      SimrisGuideGroup member_group = simris_guide_member_group (guide, member);
      g_autofree char *person = NULL;

      if (member_group != SIMRIS_GUIDE_GROUP_PARENT && member_group != SIMRIS_GUIDE_GROUP_ADULT_CHILD
          && member_group != SIMRIS_GUIDE_GROUP_OTHER)
        continue;
      person = simris_summary_dup_person (household, member, NULL);
      g_string_append (who, "; ");
      if (simris_member_get_shares_household (member))
        /* Translators: in the summary of "Who lives with you?"; %s is a person */
        g_string_append_printf (who, _("you share the costs of the home with %s"), person);
      else
        /* Translators: in the summary of "Who lives with you?"; %s is a person */
        g_string_append_printf (who, _("you do not share the costs of the home with %s"), person);
    }
  add_row (group, "household", _("Who lives with you?"), who->len ? who->str : _("You live alone"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      g_autofree char *person = NULL;
      g_autofree char *date = NULL;

      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        continue;
      person = simris_summary_dup_person (household, member, NULL);
      date = simris_ui_format_date (simris_member_get_birth_date (member));
      if (dates->len > 0)
        g_string_append (dates, "; ");
      g_string_append_printf (dates, _("%s: %s"), person, date ? date : _("date not known"));
      if (simris_guide_member_group (guide, member) == SIMRIS_GUIDE_GROUP_MINOR
          && simris_member_get_custody (member) == SIMRIS_CUSTODY_ALTERNATING)
        /* Translators: after "Child 1: 14/05/2015" in the summary of the answers */
        g_string_append (dates, _(" (alternating custody)"));
    }
  if (dates->len > 0)
    add_row (group, "dates", _("Their dates of birth"), dates->str);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      g_autofree char *target = NULL;
      g_autofree char *title = NULL;
      g_autofree char *money = NULL;

      if (!simris_guide_money_matters (guide, member))
        continue;
      target = simris_assistant_money_page_dup_name (member);
      title = simris_assistant_money_page_dup_title (household, member);
      money = money_summary (guide, member);
      add_row (group, target, title, money);
    }

  pending_kinds = simris_assistant_get_pending_kinds (&n_pending_kinds);
  for (guint i = 0; i < n_pending_kinds; i++)
    if (simris_assistant_find_pending (applicant, pending_kinds[i], NULL))
      {
        if (pending->len > 0)
          g_string_append (pending, ", ");
        g_string_append (pending, simris_resource_kind_get_label (pending_kinds[i], NULL));
      }
  add_row (group, "pending", _("Benefits you are waiting for"), pending->len ? pending->str : _("None"));

  /* The residence status in the applicant's words, and what the guide simulates (§15). */
  {
    const SimrisResidenceRule *rule = simris_benefit_residence_rule (simris_household_get_residence_status (household));
    g_autofree char *said = simris_assistant_stay_describe (simris_household_get_residence_status (household),
                                                            simris_ui_lang ());
    g_autofree char *plain = rule != NULL ? simris_benefit_residence_plain (rule, simris_ui_lang ()) : NULL;
    /* Translators: in the summary of the answers: the status chosen, then what the guide simulates */
    g_autofree char *text = g_strdup_printf (_("%s. %s"), plain != NULL ? plain : _("I don't know"), said);

    add_row (group, "stay", _("Your right to stay in Belgium"), text);
  }

  /* Translators: the three answers of the conditions page, "Yes / Not sure / Yes" */
  conditions = g_strdup_printf (_("Living in Belgium: %s; ready to work: %s; other benefits asked for: %s"),
                                condition_label (applicant, SIMRIS_CONDITION_RESIDENCE),
                                condition_label (applicant, SIMRIS_CONDITION_WILLING_TO_WORK),
                                condition_label (applicant, SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS));
  add_row (group, "conditions", _("Three conditions"), conditions);
}

static void
simris_assistant_summary_page_class_init (SimrisAssistantSummaryPageClass *klass)
{
  SIMRIS_ASSISTANT_PAGE_CLASS (klass)->build = simris_assistant_summary_page_build;
}

static void
simris_assistant_summary_page_init (SimrisAssistantSummaryPage *self)
{
}

SimrisAssistantPage *
simris_assistant_summary_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_SUMMARY_PAGE, "guide", guide, "name", "summary", NULL);
}
