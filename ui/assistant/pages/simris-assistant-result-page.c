/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-money-page.h"
#include "simris-assistant-pages.h"
#include "simris-benefit.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

/* Your result: the engine's amount for the answers given, or what is still missing, each
 * missing answer one click from its page. The page asks nothing: the engine decides. */

struct _SimrisAssistantResultPage
{
  SimrisAssistantPage parent_instance;

  SimrisResult *result;
};

G_DEFINE_FINAL_TYPE (SimrisAssistantResultPage, simris_assistant_result_page, SIMRIS_TYPE_ASSISTANT_PAGE)

/* A paragraph of the result: the headline, why, whose money, the disclaimer. */
static void
add_text (GtkWidget  *box,
          const char *text,
          const char *name,
          const char *css)
{
  gtk_box_append (GTK_BOX (box), simris_assistant_new_text (text, name, css));
}

/* A titled list; its rows, in order, are added to rows when rows is not NULL. */
static void
add_list (GtkWidget  *box,
          const char *heading,
          const char *name,
          GPtrArray  *items,
          const char *icon,
          GPtrArray  *rows)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
  gtk_widget_set_name (group, name);
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      if (i == 0 && rows != NULL)
        gtk_widget_set_name (row, "missing-row");
      if (rows != NULL)
        g_ptr_array_add (rows, row);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (items, i));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (box), group);
}

/* The page where each missing answer is given, in simris_summary_dup_missing ()'s order:
 * each row of "Still missing" takes you there in one click (or Enter). */
static void
link_missing (SimrisGuide *guide,
              GPtrArray   *rows)
{
  SimrisHousehold *household = simris_guide_get_household (guide);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);

  for (guint m = 0; m < g_list_model_get_n_items (G_LIST_MODEL (household)); m++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), m);
      GListModel *resources = simris_member_get_resources (member);
      gboolean is_applicant = simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT;

      if (simris_member_get_birth_date (member) == NULL)
        g_ptr_array_add (pages, g_strdup (is_applicant ? "you" : "dates"));
      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);

          if (simris_resource_get_kind (resource) == SIMRIS_RESOURCE_KIND_NONE
              || simris_resource_get_amount (resource) == SIMRIS_CENTS_MISSING)
            g_ptr_array_add (pages, simris_guide_money_matters (guide, member)
                                    ? simris_assistant_money_page_dup_name (member)
                                    : g_strdup ("summary"));
        }
    }

  for (guint i = 0; i < rows->len && i < pages->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "assistant.go-to");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", g_ptr_array_index (pages, i));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *name,
               gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  GString *plain = g_string_new (NULL);

  for (const char *p = label; *p; p++)
    if (*p != '_')
      g_string_append_c (plain, *p);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  simris_assistant_name_control (button, plain->str);
  g_string_free (plain, TRUE);
  return button;
}

static void
simris_assistant_result_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantResultPage *self = SIMRIS_ASSISTANT_RESULT_PAGE (page);
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  SimrisHousehold *household = simris_guide_get_household (guide);
  const char *lang = simris_ui_lang ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisGuideOutcome) outcome = simris_guide_compute (guide, lang, &error);
  GPtrArray *missing = outcome->missing;
  GtkWidget *box = GTK_WIDGET (self);
  GtkWidget *buttons;
  const SimrisResidenceRule *status = simris_benefit_residence_rule (simris_household_get_residence_status (household));
  SimrisBenefit benefit;
  gboolean neither = status != NULL && !simris_benefit_for_residence (status->status, &benefit);

  /* The result is no question: the page shows it below the (hidden) group of questions. */
  gtk_widget_set_visible (simris_assistant_page_begin (page, _("Your result"), NULL, NULL), FALSE);
  self->result = outcome->result ? g_object_ref (outcome->result) : NULL;

  if (neither)
    {
      /* A residence status that gives neither benefit (simris-benefit.c): no amount is shown,
       * as none is due; the page says where to go instead (docs/calculation.md §15). */
      g_clear_object (&self->result);
      add_text (box, _("Neither the integration income nor the equivalent aid"), "headline", "title-1");
      add_text (box, simris_benefit_route_text (status->route, lang), "why-result", NULL);
      add_text (box, _("This is a simulation: only the CPAS decides. If your situation is "
                       "not the one you chose, change your answer."),
                "disclaimer", "dim-label");
    }
  else if (missing->len > 0)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();

      add_text (box, _("A few answers are still missing"), "headline", "title-1");
      add_text (box, _("The amount can only be computed once you know them. Choose one in “Your answers” to fill it in."),
                "why-result", NULL);
      add_list (box, _("Still missing"), "missing", missing, "dialog-question-symbolic", rows);
      link_missing (guide, rows);
    }
  else if (self->result == NULL)
    {
      g_assert (error != NULL);
      /* Translators: %s says what is wrong, naming the field */
      g_autofree char *text = g_strdup_printf (_("The simulation could not be computed: %s"), error->message);

      add_text (box, _("No result yet"), "headline", "title-1");
      add_text (box, text, "why-result", NULL);
    }
  else
    {
      g_autofree char *amount = simris_summary_dup_headline (self->result, lang);
      /* Translators: the result when an amount the applicant does not know was taken as none:
       * "At most 659,24 € per month" */
      g_autofree char *headline = outcome->range && simris_result_get_amount_month (self->result) > 0
                                  ? g_strdup_printf (_("At most: %s"), amount) : g_strdup (amount);
      g_autofree char *why = simris_summary_dup_why (self->result, lang);
      g_autoptr(GPtrArray) checklist = simris_summary_dup_checklist (household, lang);
      g_autoptr(GPtrArray) differences = simris_summary_dup_differences (self->result, lang);

      add_text (box, headline, "headline", "title-1");
      /* The benefit simulated, with its law (issue 29). */
      add_text (box,
                simris_result_get_benefit (self->result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                ? _("Simulated: the financial social aid equivalent to the integration income "
                    "(art. 1 and 57 of the organic law of 8 July 1976 on the CPAS), with the same "
                    "categories and amounts.")
                : _("Simulated: the integration income (law of 26 May 2002 on the right to social "
                    "integration)."),
                "benefit", NULL);
      g_autofree char *whose = simris_summary_dup_whose (household, self->result, lang);

      add_text (box, why, "why-result", NULL);
      add_text (box, whose, "whose", NULL);
      if (outcome->assumptions->len > 0)
        add_list (box, _("What we assumed"), "assumptions", outcome->assumptions, "dialog-information-symbolic", NULL);
      add_list (box, _("What to bring to the CPAS"), "checklist", checklist, "checkbox-symbolic", NULL);
      if (differences->len > 0)
        add_list (box, _("What the CPAS may decide differently"), "differences", differences,
                  "dialog-information-symbolic", NULL);
      add_text (box, _("This is a simulation: only the CPAS decides. The full explanation, "
                       "with the law, is in the full form."), "disclaimer", "dim-label");
    }

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (buttons, 12);
  if (self->result != NULL)
    {
      gtk_box_append (GTK_BOX (buttons), action_button (_("_Export My Simulation…"), "assistant.export", "export", TRUE));
      gtk_box_append (GTK_BOX (buttons), action_button (_("_Print My Simulation…"), "assistant.print", "print", FALSE));
    }
  else
    gtk_box_append (GTK_BOX (buttons), action_button (_("_Change My Answers"), "assistant.back", "change", TRUE));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Save the Case…"), "assistant.save", "save", FALSE));
  gtk_box_append (GTK_BOX (buttons), action_button (_("Show the _Full Form and the Explanation"), "assistant.full-form",
                                                    "full-form", FALSE));
  gtk_box_append (GTK_BOX (box), buttons);
}

static void
simris_assistant_result_page_finalize (GObject *object)
{
  g_clear_object (&SIMRIS_ASSISTANT_RESULT_PAGE (object)->result);
  G_OBJECT_CLASS (simris_assistant_result_page_parent_class)->finalize (object);
}

static void
simris_assistant_result_page_class_init (SimrisAssistantResultPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_assistant_result_page_finalize;
  SIMRIS_ASSISTANT_PAGE_CLASS (klass)->build = simris_assistant_result_page_build;
}

static void
simris_assistant_result_page_init (SimrisAssistantResultPage *self)
{
}

SimrisAssistantPage *
simris_assistant_result_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_RESULT_PAGE, "guide", guide, "name", "result", NULL);
}

SimrisResult *
simris_assistant_result_page_get_result (SimrisAssistantResultPage *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT_RESULT_PAGE (self), NULL);

  return self->result;
}
