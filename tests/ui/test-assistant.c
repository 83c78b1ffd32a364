/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-assistant.h"
#include "pages/simris-assistant-money-page.h"
#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-money.h"
#include "simris-parameters.h"
#include "simris-ui-test.h"
#include "simris-ui-util.h"
#include "simris-window.h"

/* The guided simulation walked as a person with a keyboard would: text typed into the
 * focused field, switches and choices set, Enter in a field (entry-activated) or the
 * Next action, Alt+Left's Back action — never a click on coordinates. Each walk ends with
 * the case saved by simris_case_file_save () and compared field by field with the expected
 * case file (tests/cases/assistant/), and the amount shown compared with the engine's and
 * with the amount written out in that file's description. */

static SimrisApplication *app;
static char *tmp_dir;

/* SIMRIS_ASSISTANT_SHOTS=DIR: a PNG of every page reached, drawn in process (docs/hacking.md §4),
 * to look at the layout; not part of what the test asserts. */
static void
shoot (SimrisAssistant *assistant)
{
  const char *dir = g_getenv ("SIMRIS_ASSISTANT_SHOTS");
  static guint counter;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  /* Past the crossfade between two pages. */
  {
    gint64 until = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (assistant));
  simris_ui_test_settle ();
  name = g_strdup_printf ("%02u-%s.png", ++counter, simris_assistant_get_page (assistant));
  path = g_build_filename (dir, name, NULL);
  simris_ui_test_save_png (GTK_WIDGET (assistant), path);
}

static SimrisAssistant *
start (const char    *reference_date,
       SimrisWindow **window_out)
{
  SimrisWindow *window = simris_window_new (app);
  SimrisAssistant *assistant;

  gtk_window_present (GTK_WINDOW (window));
  /* The month simulated is the current one in the application; a test fixes it. */
  simris_household_set_reference_date (simris_window_get_household (window), reference_date);
  assistant = simris_assistant_new (window);
  gtk_window_present (GTK_WINDOW (assistant));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (assistant));
  simris_ui_test_settle ();
  *window_out = window;
  return assistant;
}

static GtkWidget *
field (SimrisAssistant *assistant,
       const char      *name)
{
  GtkWidget *widget = simris_assistant_find (assistant, name);

  if (widget == NULL)
    g_error ("no field “%s” on page “%s”", name, simris_assistant_get_page (assistant));
  /* Every control has an accessible name (simris-a11y-label mirrors what was given to AT). */
  if (GTK_IS_SWITCH (widget) || GTK_IS_SPIN_BUTTON (widget) || ADW_IS_ENTRY_ROW (widget)
      || ADW_IS_COMBO_ROW (widget) || ADW_IS_EXPANDER_ROW (widget) || GTK_IS_CHECK_BUTTON (widget))
    g_assert_nonnull (g_object_get_data (G_OBJECT (widget), "simris-a11y-label"));
  return widget;
}

static void
type_text (SimrisAssistant *assistant,
           const char      *name,
           const char      *text)
{
  GtkWidget *widget = field (assistant, name);

  gtk_widget_grab_focus (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  simris_ui_test_settle ();
}

/* Enter in the field: Next when the page is complete. */
static void
press_enter_in (SimrisAssistant *assistant,
                const char      *name)
{
  g_signal_emit_by_name (field (assistant, name), "entry-activated");
  simris_ui_test_settle ();
}

static void
set_on (SimrisAssistant *assistant,
        const char      *name,
        gboolean         on)
{
  GtkWidget *widget = field (assistant, name);

  if (GTK_IS_SWITCH (widget))
    gtk_switch_set_active (GTK_SWITCH (widget), on);
  else if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (widget), on);
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), on);
  simris_ui_test_settle ();
}

static void
set_count (SimrisAssistant *assistant,
           const char      *name,
           int              value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (assistant, name)), value);
  simris_ui_test_settle ();
}

/* Yes = 1, No = 2, Not sure = 0, as listed in the row. */
static void
choose (SimrisAssistant *assistant,
        const char      *name,
        guint            answer)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (assistant, name)), answer);
  simris_ui_test_settle ();
}

/* An amount inside a money category: the category's own amount row. */
static void
type_amount (SimrisAssistant *assistant,
             const char      *category,
             const char      *text)
{
  GtkWidget *row = field (assistant, category);
  GtkWidget *amount = simris_assistant_money_page_get_amount (
    SIMRIS_ASSISTANT_MONEY_PAGE (simris_assistant_get_page_widget (assistant)), row);

  g_assert_nonnull (amount);
  gtk_editable_set_text (GTK_EDITABLE (amount), text);
  simris_ui_test_settle ();
}

static void
set_unknown (SimrisAssistant *assistant,
             const char      *category,
             gboolean         on)
{
  GtkWidget *check = simris_assistant_money_page_get_unknown (
    SIMRIS_ASSISTANT_MONEY_PAGE (simris_assistant_get_page_widget (assistant)), field (assistant, category));

  g_assert_nonnull (g_object_get_data (G_OBJECT (check), "simris-a11y-label"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
  simris_ui_test_settle ();
}

static void
next (SimrisAssistant *assistant,
      const char      *expected_page)
{
  shoot (assistant);
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_assistant_get_page (assistant), ==, expected_page);
  if (g_str_equal (expected_page, "result"))
    shoot (assistant);
}

/* From the page after the money, nothing answered on the pending benefits and the right to
 * stay: on to the conditions. */
static void
walk_to_conditions (SimrisAssistant *assistant)
{
  next (assistant, "pending");
  next (assistant, "stay");
  next (assistant, "conditions");
}

/* Yes to the three conditions (residence, willing to work, other benefits claimed), then the
 * summary. */
static void
conditions_all_yes (SimrisAssistant *assistant)
{
  choose (assistant, "residence", 1);
  choose (assistant, "willing-to-work", 1);
  choose (assistant, "claims-other-benefits", 1);
  next (assistant, "summary");
}

static gboolean
next_enabled (SimrisAssistant *assistant)
{
  GtkWidget *label = simris_assistant_find (assistant, "error");

  return label == NULL || !gtk_widget_get_visible (label);
}

/* Field by field, naming the path of the first difference. */
static void
assert_json_equal (JsonNode   *got,
                   JsonNode   *want,
                   const char *path)
{
  if (JSON_NODE_TYPE (want) == JSON_NODE_OBJECT)
    {
      JsonObject *w = json_node_get_object (want);
      JsonObject *g;
      g_autoptr(GList) members = NULL;

      if (JSON_NODE_TYPE (got) != JSON_NODE_OBJECT)
        g_error ("%s: an object was expected", path);
      g = json_node_get_object (got);
      members = json_object_get_members (w);
      for (GList *l = members; l; l = l->next)
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", path, (char *) l->data);

          if (!json_object_has_member (g, l->data))
            g_error ("%s: missing in the saved case", sub);
          assert_json_equal (json_object_get_member (g, l->data), json_object_get_member (w, l->data), sub);
        }
      g_list_free (members);
      members = json_object_get_members (g);
      for (GList *l = members; l; l = l->next)
        if (!json_object_has_member (w, l->data))
          g_error ("%s.%s: in the saved case but not expected", path, (char *) l->data);
    }
  else if (JSON_NODE_TYPE (want) == JSON_NODE_ARRAY)
    {
      JsonArray *w = json_node_get_array (want);
      JsonArray *g;

      if (JSON_NODE_TYPE (got) != JSON_NODE_ARRAY)
        g_error ("%s: an array was expected", path);
      g = json_node_get_array (got);
      if (json_array_get_length (g) != json_array_get_length (w))
        g_error ("%s: %u items saved, %u expected", path, json_array_get_length (g), json_array_get_length (w));
      for (guint i = 0; i < json_array_get_length (w); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);

          assert_json_equal (json_array_get_element (g, i), json_array_get_element (w, i), sub);
        }
    }
  else if (!json_node_equal (got, want))
    {
      g_autofree char *a = json_to_string (got, FALSE);
      g_autofree char *b = json_to_string (want, FALSE);

      g_error ("%s: saved %s, expected %s", path, a, b);
    }
}

/* Saves the window's case and compares it with tests/cases/assistant/NAME; the amount the
 * assistant shows must be the engine's and the file's expected amount_month. */
static void
check_case (SimrisWindow    *window,
            SimrisAssistant *assistant,
            const char      *name)
{
  g_autofree char *expected_path = simris_test_case_path ("assistant", name);
  g_autofree char *saved_path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(JsonParser) got = json_parser_new ();
  g_autoptr(JsonParser) want = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisResult) engine = NULL;
  JsonObject *want_object;
  JsonObject *expected;
  SimrisResult *shown = simris_assistant_get_result (assistant);
  SimrisCents amount;

  g_assert_true (simris_case_file_save (simris_window_get_household (window), saved, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (got, saved_path, &error));
  g_assert_true (json_parser_load_from_file (want, expected_path, &error));
  g_assert_no_error (error);

  /* The expected file's own commentary is not part of the case the assistant builds. */
  want_object = json_node_get_object (json_parser_get_root (want));
  expected = json_object_get_object_member (want_object, "expected");
  g_assert_nonnull (expected);
  g_assert_true (simris_money_parse (json_object_get_string_member (expected, "amount_month"), &amount)
                 == SIMRIS_MONEY_PARSE_OK);
  json_object_ref (expected);
  json_object_remove_member (want_object, "expected");
  json_object_remove_member (want_object, "description");
  assert_json_equal (json_parser_get_root (got), json_parser_get_root (want), "$");

  g_assert_nonnull (shown);
  engine = simris_engine_compute (simris_parameters_get_default (), simris_window_get_household (window), 0, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_amount_month (shown), ==, simris_result_get_amount_month (engine));
  g_assert_cmpint (simris_result_get_amount_month (shown), ==, amount);
  json_object_unref (expected);
}

static void
assert_headline_has (SimrisAssistant *assistant,
                     SimrisCents      amount)
{
  GtkWidget *headline = simris_assistant_find (assistant, "headline");
  g_autofree char *money = simris_money_format (amount, simris_ui_lang ());

  g_assert_nonnull (headline);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (headline)), money));
}

static gboolean
is_row_containing (GtkWidget     *widget,
                   gconstpointer  text)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL;
}

/* Whether a row of the list named list (on the page shown) contains text. */
static gboolean
list_has (SimrisAssistant *assistant,
          const char      *list,
          const char      *text)
{
  GtkWidget *group = simris_assistant_find (assistant, list);

  return group != NULL && simris_ui_test_find (group, is_row_containing, text) != NULL;
}

static void
close_all (SimrisWindow    *window,
           SimrisAssistant *assistant)
{
  simris_ui_test_close (assistant);
  simris_ui_test_close (window);
  simris_ui_test_settle ();
}

/* A single student, 21, with a student job of 400 € a month, living alone. */
static void
test_student (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  GtkWidget *checklist;

  g_assert_cmpstr (simris_assistant_get_page (a), ==, "you");
  /* A wrong date is refused with a message, and Next stays where it is. */
  type_text (a, "birth-m1", "31/02/2003");
  g_assert_false (next_enabled (a));
  next (a, "you");
  type_text (a, "birth-m1", "14/05/2003");
  g_assert_true (next_enabled (a));
  set_on (a, "student", TRUE);
  press_enter_in (a, "birth-m1");
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "household");
  /* Alone: no page of dates, only the applicant's money. */
  next (a, "money-m1");
  g_assert_null (simris_assistant_find (a, "money-family_allowance"));
  set_on (a, "money-work", TRUE);
  g_assert_false (next_enabled (a));
  type_amount (a, "money-work", "400");
  g_assert_true (next_enabled (a));
  walk_to_conditions (a);
  conditions_all_yes (a);
  g_assert_nonnull (simris_assistant_find (a, "edit-money-m1"));
  next (a, "result");
  /* 12 × 309,48 = 3 713,76 of the 4 800 a year exempted (student SPI): see the case file. */
  assert_headline_has (a, 124451);
  checklist = simris_assistant_find (a, "checklist");
  g_assert_nonnull (checklist);
  check_case (window, a, "student-job.simris.json");
  {
    g_autofree char *path = g_build_filename (tmp_dir, "saved-by-the-guide.simris.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(SimrisHousehold) reloaded = NULL;
    g_autoptr(GError) error = NULL;

    /* "Save the Case…" is the window's Save: a normal case file, and the window knows it. */
    g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (a), "assistant.save-to", file, NULL));
    simris_ui_test_settle ();
    reloaded = simris_case_file_load (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (simris_member_get_birth_date (simris_household_get_applicant (reloaded)), ==, "2003-05-14");
    g_assert_false (simris_window_get_modified (window));
  }
  g_test_message ("questions asked (student): %u, fields shown: %u", simris_assistant_get_n_questions (a),
                  simris_assistant_get_n_fields (a));
  close_all (window, a);
}

/* A couple with a child of 5; the partner earns 1 200 € a month; the applicant receives the
 * family allowances. From the summary, one answer is changed and the walk goes on. */
static void
test_couple (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  guint n_questions;

  type_text (a, "birth-m1", "02/10/1990");
  next (a, "household");
  set_on (a, "partner", TRUE);
  /* "Married or not": the guide asks which (here: not married, the case's default). */
  g_assert_true (gtk_widget_get_visible (field (a, "married")));
  choose (a, "married", 1);
  set_count (a, "children", 1);
  next (a, "dates");
  type_text (a, "birth-m2", "20/01/1988");
  type_text (a, "birth-m3", "15/06/2019");
  /* Alternating custody (art. 14, §1, 3° DIS; docs/calculation.md §2.2): the switch writes
   * the child's custody at once, and gives it back when turned off. */
  {
    SimrisMember *child = simris_household_find_member (simris_window_get_household (window), "m3");

    g_assert_cmpint (simris_member_get_custody (child), ==, SIMRIS_CUSTODY_FULL);
    set_on (a, "custody-m3", TRUE);
    g_assert_cmpint (simris_member_get_custody (child), ==, SIMRIS_CUSTODY_ALTERNATING);
    set_on (a, "custody-m3", FALSE);
    g_assert_cmpint (simris_member_get_custody (child), ==, SIMRIS_CUSTODY_FULL);
  }
  next (a, "money-m1");
  set_on (a, "money-family_allowance", TRUE);
  type_amount (a, "money-family_allowance", "180");
  next (a, "money-m2");
  set_on (a, "money-work", TRUE);
  type_amount (a, "money-work", "1 100,00");
  walk_to_conditions (a);
  /* The partner earns: no question about sharing the amount. */
  g_assert_null (simris_assistant_find (a, "partner-conditions"));
  conditions_all_yes (a);
  /* One click (here: the row's action) on the partner's money, to correct the wage. */
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.go-to", "s", "money-m2");
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "money-m2");
  type_amount (a, "money-work", "1200");
  /* An answer changed from the summary: Next goes back to the summary. */
  next (a, "summary");
  next (a, "result");
  assert_headline_has (a, 60191);
  {
    const char *whose = gtk_label_get_label (GTK_LABEL (field (a, "whose")));

    /* Whose money, in months, and for whom the amount is. */
    g_assert_nonnull (strstr (whose, "Whose money was counted: your partner"));
    g_assert_nonnull (strstr (whose, "a month in all"));
    g_assert_nonnull (strstr (whose, "for your household"));
  }
  check_case (window, a, "couple-child-wage.simris.json");

  n_questions = simris_assistant_get_n_questions (a);
  g_test_message ("questions asked (couple with a child): %u, fields shown: %u", n_questions,
                  simris_assistant_get_n_fields (a));
  /* An ordinary household in about 15 questions: you 3 (with the month), household 6
   * (with "married?"), dates 2 and the child's custody 1, two lists of money with one
   * amount each 4, pending 1, the right to stay 1, conditions 3. */
  g_assert_cmpuint (n_questions, ==, 21);
  close_all (window, a);
}

/* Someone of 24 living with a mother who has a pension of 1 500 € a month, waiting for an
 * unemployment benefit; in the 2026 regime the parent's pension counts. Alt+Left goes
 * back; an unknown amount holds the result back until it is given. */
static void
test_parent_pension (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2026-04-01", &window);
  g_autofree char *pdf = g_build_filename (tmp_dir, "my-simulation.pdf", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autofree char *contents = NULL;
  gsize length;

  type_text (a, "birth-m1", "03/09/2001");
  next (a, "household");
  set_count (a, "parents", 1);
  next (a, "dates");
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.back", NULL);
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "household");
  next (a, "dates");
  type_text (a, "birth-m2", "12/12/1958");
  next (a, "money-m1");
  next (a, "money-m2");
  set_on (a, "money-pension", TRUE);
  set_unknown (a, "money-pension", TRUE);
  g_assert_true (next_enabled (a));
  next (a, "pending");
  set_on (a, "pending-unemployment", TRUE);
  next (a, "stay");
  next (a, "conditions");
  conditions_all_yes (a);
  next (a, "result");
  /* "I don't know" on a counted income never blocks the result: the pension is taken as
   * none (the most this person may get), the right's end is said, and the exact figure is
   * asked for. */
  g_assert_nonnull (simris_assistant_get_result (a));
  g_assert_null (simris_assistant_find (a, "missing"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (field (a, "headline"))), "At most: "));
  g_assert_true (list_has (a, "assumptions", "Bring the exact figure to the CPAS"));
  /* From the result, the pension's page; Next goes back to the summary. */
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.go-to", "s", "money-m2");
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "money-m2");
  set_unknown (a, "money-pension", FALSE);
  type_amount (a, "money-pension", "1500");
  next (a, "summary");
  next (a, "result");
  assert_headline_has (a, 30021);
  g_assert_nonnull (simris_assistant_find (a, "differences"));
  {
    GPtrArray *alternatives = simris_result_get_alternatives (simris_assistant_get_result (a));
    gboolean found = FALSE;

    /* 10 723,75 / 12 = 893,65 if the CPAS does not count the parent (the case's description). */
    for (guint i = 0; i < alternatives->len; i++)
      {
        const SimrisAlternative *alt = g_ptr_array_index (alternatives, i);

        if (g_str_equal (alt->option, "count_maintenance_debtors"))
          {
            g_assert_cmpint (alt->amount_month, ==, 89365);
            found = TRUE;
          }
      }
    g_assert_true (found);
    g_assert_nonnull (simris_result_get_advance (simris_assistant_get_result (a)));
  }
  check_case (window, a, "parent-pension.simris.json");

  /* The one-page summary, in French and in Dutch. */
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (a), "assistant.export-to", pdf_file, "fr", NULL));
  simris_ui_test_settle ();
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_nonnull (strstr (simris_assistant_get_export_message (a), "my-simulation.pdf"));
  {
    g_autofree char *nl = g_build_filename (tmp_dir, "mijn-simulatie.pdf", NULL);
    g_autoptr(GFile) nl_file = g_file_new_for_path (nl);
    g_autofree char *data = NULL;
    gsize size;

    /* The Dutch summary: its title (the PDF's metadata, not compressed) is in Dutch. */
    g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (a), "assistant.export-to", nl_file, "nl", NULL));
    simris_ui_test_settle ();
    g_assert_true (g_file_get_contents (nl, &data, &size, NULL));
    g_assert_true (g_str_has_prefix (data, "%PDF"));
    {
      const char *title = "Mijn simulatie van het leefloon";
      gboolean found = FALSE;

      for (gsize i = 0; i + strlen (title) <= size && !found; i++)
        found = memcmp (data + i, title, strlen (title)) == 0;
      g_assert_true (found);
    }
  }
  {
    g_autofree char *printed = g_build_filename (tmp_dir, "printed.pdf", NULL);
    g_autoptr(GFile) printed_file = g_file_new_for_path (printed);
    g_autofree char *data = NULL;

    /* Printing draws the same page through GtkPrintOperation (exported here to a PDF). */
    g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (a), "assistant.print-to", printed_file, NULL));
    simris_ui_test_settle ();
    g_assert_true (g_file_get_contents (printed, &data, NULL, NULL));
    g_assert_true (g_str_has_prefix (data, "%PDF"));
  }
  if (g_getenv ("SIMRIS_ASSISTANT_SHOTS") != NULL)
    for (guint i = 0; i < 2; i++)
      {
        const char *lang = i == 0 ? "fr" : "nl";
        g_autofree char *name = g_strdup_printf ("my-simulation-%s.pdf", lang);
        g_autofree char *path = g_build_filename (g_getenv ("SIMRIS_ASSISTANT_SHOTS"), name, NULL);
        g_autoptr(GFile) out = g_file_new_for_path (path);

        g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (a), "assistant.export-to", out, lang, NULL));
        simris_ui_test_settle ();
      }
  close_all (window, a);
}

/* "Switch to the Full Form" keeps every answer: the window shows the same household. */
static void
test_full_form (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  SimrisHousehold *household = simris_window_get_household (window);

  type_text (a, "birth-m1", "14/05/2003");
  next (a, "household");
  set_on (a, "partner", TRUE);
  g_object_add_weak_pointer (G_OBJECT (a), (gpointer *) &a);
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.full-form", NULL);
  simris_ui_test_settle ();
  g_assert_null (a);
  g_assert_true (simris_window_get_household (window) == household);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (household)), ==, 2);
  g_assert_cmpstr (simris_member_get_birth_date (simris_household_get_applicant (household)), ==, "2003-05-14");
  g_assert_true (simris_window_get_modified (window));

  /* And back into the guide: the answers are read from the same case. */
  a = simris_assistant_new (window);
  gtk_window_present (GTK_WINDOW (a));
  simris_ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (a, "birth-m1"))), ==, "14/05/2003");
  next (a, "household");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (field (a, "partner"))));

  /* Another case in the window: the assistant has nothing left to ask about and closes. */
  g_object_add_weak_pointer (G_OBJECT (a), (gpointer *) &a);
  simris_window_new_case (window);
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.next", NULL);
  simris_ui_test_settle ();
  g_assert_null (a);
  simris_ui_test_close (window);
  simris_ui_test_settle ();
}

/* "Guide Me" on the example (a first run): the guide starts from an empty case in that
 * window; "win.guide" on a case with a file opens a new window for it instead. */
static void
test_offer (void)
{
  g_autofree char *path = simris_test_case_path ("assistant", "couple-child-wage.simris.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *toplevels = gtk_window_get_toplevels ();
  SimrisWindow *window = simris_window_new (app);
  AdwMessageDialog *dialog = NULL;
  SimrisAssistant *a;

  g_assert_true (simris_window_load_example (window, file));
  gtk_window_present (GTK_WINDOW (window));
  simris_assistant_offer (window);
  simris_ui_test_settle ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item))
        dialog = ADW_MESSAGE_DIALOG (item);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "guide");
  adw_message_dialog_response (dialog, "guide");
  simris_ui_test_settle ();
  a = simris_ui_test_find_toplevel (SIMRIS_TYPE_ASSISTANT, NULL, NULL);
  g_assert_nonnull (a);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (simris_window_get_household (window))), ==, 1);
  simris_ui_test_close (a);
  simris_ui_test_settle ();

  /* A case with a file stays as it is: the guide opens in a new window. */
  g_assert_true (simris_window_load_file (window, file));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "guide"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "guide", NULL);
  simris_ui_test_settle ();
  a = simris_ui_test_find_toplevel (SIMRIS_TYPE_ASSISTANT, NULL, NULL);
  g_assert_nonnull (a);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (simris_window_get_household (window))), ==, 3);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (a)) != GTK_WINDOW (window));
  {
    GtkWindow *other = gtk_window_get_transient_for (GTK_WINDOW (a));

    simris_ui_test_close (a);
    simris_ui_test_close (other);
  }
  simris_ui_test_close (window);
  simris_ui_test_settle ();
}

/* A man with a job in a shortage occupation, January 2024 (the walk of issue 28): living
 * with his son of 9, 1 500 € a month net, the job started on 1 January 2024 while he
 * received the integration income, with the attestation of a shortage occupation.
 * docs/calculation.md §2 and §4.3; data/parameters.json: in January 2024 the coefficient is
 * 1,6734 (index step of 2023-11-01) and the family base 12 241,74 (2023-07-01):
 *   family amount 12 241,74 × 1,6734 = 20 485,33 a year;
 *   shortage exemption 254,75 × 1,6734 = 426,30 a month (AR 23/11/2023, for 3 months from
 *   the start, from 2024-01-01); ordinary exemption 177,76 × 1,6734 = 297,46;
 *   general exemption (family) 310 a year (§6).
 * Both "yes": counted (1 500 − 426,30) × 12 − 310 = 12 574,40; 20 485,33 − 12 574,40 =
 *   7 910,93 a year; / 12 = 659,24 (the same as tests/cases/shortage-occupation-2024-03).
 * Both "not sure": no exemption assumed: 1 500 × 12 − 310 = 17 690; 20 485,33 − 17 690 =
 *   2 795,33; / 12 = 232,94. If the job started on the integration income: 14 120,48
 *   counted, 6 364,85 / 12 = 530,40, i.e. 297,46 more; with the shortage occupation too:
 *   659,24, i.e. 426,30 more. */
static void
test_shortage_job (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  SimrisHousehold *household = simris_window_get_household (window);

  type_text (a, "birth-m1", "01/01/1990");
  /* The month simulated: the case's own (March 2025, set by start ()) shows as a past month;
   * "this month" is today's; a past month, for arrears, is asked as month/year. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (a, "month"))), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (a, "past-month"))), ==, "03/2025");
  choose (a, "month", 0);
  g_assert_false (gtk_widget_get_visible (field (a, "past-month")));
  choose (a, "month", 1);
  type_text (a, "past-month", "");
  g_assert_false (next_enabled (a));
  type_text (a, "past-month", "13/2024");
  g_assert_false (next_enabled (a));
  type_text (a, "past-month", "01/2024");
  g_assert_true (next_enabled (a));
  g_assert_cmpstr (simris_household_get_reference_date (household), ==, "2024-01-01");
  next (a, "household");
  set_count (a, "children", 1);
  next (a, "dates");
  type_text (a, "birth-m2", "01/01/2015");
  next (a, "money-m1");
  set_on (a, "money-work", TRUE);
  type_amount (a, "money-work", "1500");
  choose (a, "job-integration", 1);
  choose (a, "job-shortage", 1);
  /* "Yes": when did it start? Next waits for the date. */
  g_assert_false (next_enabled (a));
  type_text (a, "job-start", "01/01/2024");
  g_assert_true (next_enabled (a));
  walk_to_conditions (a);
  conditions_all_yes (a);
  next (a, "result");
  assert_headline_has (a, 65924);
  g_assert_null (simris_assistant_find (a, "assumptions"));
  {
    SimrisMember *applicant = simris_household_get_applicant (household);
    g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (applicant), 0);

    /* What the case file records: the start of each answer "yes", as the full form has it. */
    g_assert_cmpstr (simris_resource_get_spi_start (wage), ==, "2024-01-01");
    g_assert_cmpstr (simris_resource_get_shortage_occupation_start (wage), ==, "2024-01-01");
  }

  /* "Not sure" to both: the amount without them, and each assumption with its effect. */
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.go-to", "s", "money-m1");
  simris_ui_test_settle ();
  choose (a, "job-integration", 0);
  choose (a, "job-shortage", 0);
  g_assert_true (next_enabled (a));
  next (a, "summary");
  next (a, "result");
  assert_headline_has (a, 23294);
  {
    g_autofree char *more_spi = simris_money_format (29746, simris_ui_lang ());
    g_autofree char *more_shortage = simris_money_format (42630, simris_ui_lang ());

    g_assert_true (list_has (a, "assumptions", "did not start while you received the integration income"));
    g_assert_true (list_has (a, "assumptions", more_spi));
    g_assert_true (list_has (a, "assumptions", "shortage occupation"));
    g_assert_true (list_has (a, "assumptions", more_shortage));
  }
  close_all (window, a);
}

/* "I don't know" on an exempt income: not needed, the result comes. A parent alone with a
 * child of 5 in March 2025, family allowances of an unknown amount and nothing else: the
 * family amount, 12 241,74 × 1,7410 = 21 312,87 a year, / 12 = 1 776,07 (docs/calculation.md
 * §2, the 2025-02-01 row); family allowances are not deducted (§4.1). */
static void
test_unknown_exempt (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);

  type_text (a, "birth-m1", "02/10/1990");
  next (a, "household");
  set_count (a, "children", 1);
  next (a, "dates");
  type_text (a, "birth-m2", "15/06/2019");
  next (a, "money-m1");
  set_on (a, "money-family_allowance", TRUE);
  set_unknown (a, "money-family_allowance", TRUE);
  walk_to_conditions (a);
  next (a, "summary");
  next (a, "result");
  g_assert_nonnull (simris_assistant_get_result (a));
  assert_headline_has (a, 177607);
  g_assert_true (list_has (a, "assumptions", "not needed"));
  close_all (window, a);
}

/* Another person's date of birth not known: their age is enough, and the result says it
 * rests on it. */
static void
test_unknown_birth_date (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  SimrisHousehold *household = simris_window_get_household (window);
  g_autoptr(SimrisMember) other = NULL;

  type_text (a, "birth-m1", "02/10/1990");
  next (a, "household");
  set_count (a, "others", 1);
  next (a, "dates");
  type_text (a, "birth-m2", "abc");
  g_assert_false (next_enabled (a));
  type_text (a, "birth-m2", "34");
  g_assert_true (next_enabled (a));
  other = g_list_model_get_item (G_LIST_MODEL (household), 1);
  g_assert_cmpint (simris_ui_age_at (simris_member_get_birth_date (other), "2025-03-01"), ==, 34);
  next (a, "money-m1");
  walk_to_conditions (a);
  next (a, "summary");
  next (a, "result");
  g_assert_nonnull (simris_assistant_get_result (a));
  g_assert_true (list_has (a, "assumptions", "you gave an age, 34 years"));
  /* Back on the page, the age is shown as it was given. */
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.go-to", "s", "dates");
  simris_ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (a, "birth-m2"))), ==, "34");
  close_all (window, a);
}

/* The keyboard: the focus starts on the first question, never on "Switch to the Full Form";
 * Enter on a focused switch is Next and never turns it on; Escape asks before leaving. */
static void
test_focus_escape (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (a));
  GtkWidget *sw;
  g_autoptr(GListModel) controllers = NULL;
  gboolean handled = FALSE;
  AdwMessageDialog *dialog;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, field (a, "birth-m1")) || focus == field (a, "birth-m1"));
  type_text (a, "birth-m1", "14/05/2003");
  next (a, "household");
  focus = gtk_window_get_focus (GTK_WINDOW (a));
  g_assert_nonnull (focus);
  g_assert_true (focus == field (a, "partner") || gtk_widget_is_ancestor (field (a, "partner"), focus));

  /* Enter on the partner switch: Next, and no partner added. */
  sw = field (a, "partner");
  controllers = gtk_widget_observe_controllers (sw);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && !handled)
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    }
  simris_ui_test_settle ();
  g_assert_true (handled);
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "money-m1");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (simris_window_get_household (window))), ==, 1);

  /* Escape asks; "Stay" keeps the guide where it was. */
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.leave", NULL);
  simris_ui_test_settle ();
  dialog = ADW_MESSAGE_DIALOG (simris_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL, NULL));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "stay");
  adw_message_dialog_response (dialog, "stay");
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "money-m1");

  /* The main menu's "Guide Me" opens the guide on the case shown. */
  simris_ui_test_close (a);
  simris_ui_test_settle ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "guide-current", NULL);
  simris_ui_test_settle ();
  a = simris_ui_test_find_toplevel (SIMRIS_TYPE_ASSISTANT, NULL, NULL);
  g_assert_nonnull (a);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (a)) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (a, "birth-m1"))), ==, "14/05/2003");
  close_all (window, a);
}

/* Issue 28: a flat-share. The applicant (born 1 May 1996) lives with a friend, Sam (born
 * 1 February 1994), who earns 2 000 € a month; April 2026. The guide asks whether they
 * share the costs of the home. The figures are those of tests/cases/household-flat-share-
 * separate.simris.json and household-flat-share-common.simris.json:
 * - No common household (art. 14, §1, 1° DIS; droitsquotidiens.be, "Quel montant de revenu
 *   d'intégration sociale ai-je droit en tant que colocataire ?"; Primabook mi-is.be,
 *   categories 1.1): living alone, 9 058,25 × 1,7758 = 16 085,64 a year; nothing counted
 *   (Sam is not a cohabitant, and art. 34 never counts a friend's resources), so no general
 *   exemption: 16 085,64 / 12 = 1 340,47 a month.
 * - Sharing rent, food and bills: cohabitant, 6 038,83 × 1,7758 = 10 723,75 a year; art. 34
 *   never counts a friend's resources (droitsquotidiens.be espace-jeunes), so nothing
 *   counted: 10 723,75 / 12 = 893,65 a month. */
static void
test_flat_share (void)
{
  SimrisWindow *window;
  SimrisAssistant *a = start ("2026-04-01", &window);
  SimrisHousehold *household = simris_window_get_household (window);
  g_autoptr(SimrisMember) sam = NULL;
  guint n_questions;

  type_text (a, "birth-m1", "01/05/1996");
  next (a, "household");
  /* Yes by default: a person living with others usually shares the household. */
  g_assert_null (simris_assistant_find (a, "shares-m2"));
  set_count (a, "others", 1);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (field (a, "shares-m2"))));
  set_on (a, "shares-m2", FALSE);
  sam = g_list_model_get_item (G_LIST_MODEL (household), 1);
  g_assert_false (simris_member_get_shares_household (sam));
  /* Sam's wage, as a case opened from a file would hold it: the guide never asks a
   * friend's money (art. 34 never counts it), and it must change nothing. */
  {
    g_autoptr(SimrisResource) wage = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 200000, SIMRIS_PERIOD_MONTH);

    simris_member_add_resource (sam, wage);
  }
  next (a, "dates");
  /* An adult: no question about custody. */
  g_assert_null (simris_assistant_find (a, "custody-m2"));
  type_text (a, "birth-m2", "01/02/1994");
  next (a, "money-m1");
  walk_to_conditions (a);
  conditions_all_yes (a);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (a, "edit-household"))),
                            "you do not share the costs of the home with"));
  next (a, "result");
  /* 16 085,64 / 12 = 1 340,47 (living alone). */
  assert_headline_has (a, 134047);
  n_questions = simris_assistant_get_n_questions (a);

  /* The other answer, from the result: they share the costs. */
  gtk_widget_activate_action (GTK_WIDGET (a), "assistant.go-to", "s", "household");
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_assistant_get_page (a), ==, "household");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (field (a, "shares-m2"))));
  set_on (a, "shares-m2", TRUE);
  g_assert_true (simris_member_get_shares_household (sam));
  next (a, "summary");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (a, "edit-household"))),
                            "you share the costs of the home with"));
  next (a, "result");
  /* 10 723,75 / 12 = 893,65 (cohabitant, Sam's wage not counted). */
  assert_headline_has (a, 89365);
  g_test_message ("questions asked (flat-share): %u", n_questions);
  close_all (window, a);
}

/* The right to stay, asked in plain words (docs/calculation.md §15): each answer of the page
 * sets the case's residence status and the benefit it gives, and the result names that
 * benefit — or, where neither applies, says where to go and shows no amount. The statuses
 * and where they lead, from the sources (bdas-wwsb.brussels 2.2.2, updated 01/10/2024;
 * mi-is.be "(L'Equivalent du) Revenu d'Intégration"; art. 57ter and 57, §2 LO 08/07/1976):
 * Belgian, EU citizen, population register, refugee/subsidiary protection → the integration
 * income (art. 3, 3° of the law of 26/05/2002); foreigners' register → the equivalent social
 * aid (art. 1 and 57, §1 LO); reception centre → material aid (Fedasil); no right of stay →
 * urgent medical aid only. A single adult, 34, living alone without income on 01/03/2025:
 * 9 058,25 × 1,7410 = 15 770,41 a year (single person, art. 14, §1, 2° of the law of
 * 26/05/2002, as in tests/cases/condition-residence-false-equivalent-alternative), / 12 =
 * 1 314,20 a month — the same amount for the equivalent aid (same categories and amounts). */
static void
test_residence_statuses (void)
{
  static const struct
  {
    const char *button;
    const char *status;      /* the case's residence_status */
    const char *benefit;     /* the case's benefit; NULL: neither applies */
    const char *where;       /* for neither: where to go, in the result */
  } answers[] = {
    { "stay-belgian", "belgian", "integration_income", NULL },
    { "stay-eu_citizen", "eu_citizen", "integration_income", NULL },
    { "stay-population_register", "population_register", "integration_income", NULL },
    { "stay-refugee_stateless_subsidiary", "refugee_stateless_subsidiary", "integration_income", NULL },
    { "stay-foreigners_register", "foreigners_register", "equivalent_social_aid", NULL },
    { "stay-reception_structure", "reception_structure", NULL, "Fedasil" },
    { "stay-no_right_of_stay", "no_right_of_stay", NULL, "urgent medical aid" },
  };
  SimrisWindow *window;
  SimrisAssistant *a = start ("2025-03-01", &window);
  SimrisHousehold *household = simris_window_get_household (window);

  type_text (a, "birth-m1", "10/05/1990");
  next (a, "household");
  next (a, "money-m1");
  next (a, "pending");
  next (a, "stay");
  /* Nothing chosen yet: "I don't know", the integration income by default. */
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (field (a, "stay-unknown"))));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (field (a, "benefit-proposal"))), "integration income"));
  next (a, "conditions");
  conditions_all_yes (a);
  next (a, "result");
  assert_headline_has (a, 131420);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      const char *proposal;
      const char *headline;
      SimrisBenefit benefit;
      SimrisResidenceStatus status;

      g_test_message ("right to stay: %s", answers[i].status);
      /* From the result, back to the question; Next returns to the summary. */
      gtk_widget_activate_action (GTK_WIDGET (a), "assistant.go-to", "s", "stay");
      simris_ui_test_settle ();
      g_assert_cmpstr (simris_assistant_get_page (a), ==, "stay");
      set_on (a, answers[i].button, TRUE);
      g_assert_true (simris_residence_status_from_string (answers[i].status, &status));
      g_assert_cmpint (simris_household_get_residence_status (household), ==, status);
      proposal = gtk_label_get_label (GTK_LABEL (field (a, "benefit-proposal")));
      if (answers[i].benefit != NULL)
        {
          g_assert_true (simris_benefit_from_string (answers[i].benefit, &benefit));
          g_assert_cmpint (simris_household_get_benefit (household), ==, benefit);
          /* The page says which benefit the guide simulates. */
          g_assert_nonnull (strstr (proposal, benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                                              ? "The guide simulates the financial social aid equivalent"
                                              : "The guide simulates the integration income"));
        }
      else
        {
          g_assert_nonnull (strstr (proposal, "Neither the integration income nor the equivalent aid"));
          g_assert_nonnull (strstr (proposal, answers[i].where));
          g_assert_nonnull (strstr (proposal, "The guide shows no amount"));
        }
      next (a, "summary");
      /* The summary repeats the answer and what it gives. */
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (a, "edit-stay"))),
                                answers[i].benefit != NULL ? "The guide simulates the" : "The guide shows no amount"));
      next (a, "result");
      headline = gtk_label_get_label (GTK_LABEL (field (a, "headline")));
      if (answers[i].benefit != NULL)
        {
          const char *named = gtk_label_get_label (GTK_LABEL (field (a, "benefit")));

          /* The same amount for both benefits: 1 314,20 (see above). */
          assert_headline_has (a, 131420);
          g_assert_nonnull (simris_assistant_get_result (a));
          g_assert_nonnull (strstr (named, benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                                           ? "organic law of 8 July 1976"
                                           : "law of 26 May 2002"));
          g_assert_nonnull (simris_assistant_find (a, "export"));
        }
      else
        {
          /* No amount is presented as due: no figure, no result to export or print. */
          g_assert_cmpstr (headline, ==, "Neither the integration income nor the equivalent aid");
          g_assert_null (strstr (headline, "€"));
          g_assert_null (simris_assistant_get_result (a));
          g_assert_null (simris_assistant_find (a, "export"));
          g_assert_null (simris_assistant_find (a, "print"));
          g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (field (a, "why-result"))), answers[i].where));
        }
    }
  close_all (window, a);
}

int
main (int   argc,
      char *argv[])
{
  static const SimrisUiTest tests[] = {
    { "/assistant/student-job", test_student },
    { "/assistant/couple-child-wage", test_couple },
    { "/assistant/parent-pension", test_parent_pension },
    { "/assistant/shortage-job", test_shortage_job },
    { "/assistant/unknown-exempt", test_unknown_exempt },
    { "/assistant/unknown-birth-date", test_unknown_birth_date },
    { "/assistant/focus-escape", test_focus_escape },
    { "/assistant/full-form", test_full_form },
    { "/assistant/offer", test_offer },
    { "/assistant/flat-share", test_flat_share },
    { "/assistant/residence-statuses", test_residence_statuses },
  };

  return simris_ui_test_main (&argc, &argv, tests, G_N_ELEMENTS (tests), &app, &tmp_dir);
}
