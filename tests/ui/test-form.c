/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "simris-application.h"
#include "simris-case-file.h"
#include "simris-date-row.h"
#include "simris-help-button.h"
#include "simris-household-page.h"
#include "simris-i18n.h"
#include "simris-kind-row.h"
#include "simris-member-page.h"
#include "simris-member-row.h"
#include "simris-money-row.h"
#include "simris-pending-benefit-row.h"
#include "simris-resource-row.h"
#include "simris-rules.h"
#include "simris-result-view.h"
#include "simris-session.h"
#include "simris-ui-test.h"
#include "simris-ui-util.h"
#include "simris-window.h"

/* The figure on screen is always the law's figure for what the user typed: a field whose
 * text is not a valid value shows no amount anywhere, says which field, saves as missing,
 * refuses export and print; fixing it brings the right amount back. */

static SimrisApplication *app;
static char *tmp_dir;

/* --- helpers ------------------------------------------------------------------------------ */

static gboolean
is_shown_amount (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && simris_ui_test_shown (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), "€") != NULL;
}

/* Some label below root that is shown and holds a euro amount. */
static const char *
shown_amount_text (GtkWidget *root)
{
  GtkWidget *label = simris_ui_test_find (root, is_shown_amount, NULL);

  return label != NULL ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}


static GtkWidget *
applicant_page (SimrisWindow *window)
{
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s",
                                             simris_member_get_id (applicant)));
  simris_ui_test_settle_window (window);
  page = simris_window_get_member_page (window, applicant);
  g_assert_nonnull (page);
  return page;
}

static GtkWidget *
first_amount_row (GtkWidget *page)
{
  GtkWidget *row = simris_ui_test_find_type (page, SIMRIS_TYPE_RESOURCE_ROW);

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "amount");
}

static const char *
summary_text (SimrisWindow *window)
{
  GtkWidget *label = simris_ui_test_find_named (GTK_WIDGET (window), "summary-label");

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

/* No view shows an amount: not the result, not the narrow layout's bar, and the window
 * says the form is not valid, naming the field. */
static void
assert_no_amount (SimrisWindow *window,
                  const char   *field_title)
{
  GtkWidget *view = simris_window_get_result_view (window);
  const char *problem = simris_window_get_form_problem (window);

  simris_ui_test_settle_window (window);
  g_assert_false (simris_window_get_form_valid (window));
  g_assert_null (simris_result_view_get_result (SIMRIS_RESULT_VIEW (view)));
  g_assert_true (simris_ui_test_shown (simris_ui_test_find_named (view, "error-box")));
  g_assert_null (shown_amount_text (view));
  g_assert_null (strstr (summary_text (window), "€"));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, field_title));
  g_assert_nonnull (strstr (problem, "not valid"));
  /* In plain words: no path like members[0].birth_date. */
  g_assert_null (strstr (problem, "members["));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (simris_ui_test_find_named (view, "error-label"))), field_title));
}

static void
assert_amount (SimrisWindow *window,
               SimrisCents   expected_month)
{
  GtkWidget *view = simris_window_get_result_view (window);
  g_autofree char *expected = simris_ui_test_money (expected_month);

  simris_ui_test_settle_window (window);
  g_assert_true (simris_window_get_form_valid (window));
  g_assert_null (simris_window_get_form_problem (window));
  g_assert_nonnull (simris_result_view_get_result (SIMRIS_RESULT_VIEW (view)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (simris_ui_test_find_named (view, "amount-label"))), ==, expected);
}

/* A switch of the form turned over, then back to what it was: the model's boolean property
 * follows it each time, and the window shows the amount for each answer. */
static void
assert_switch_follows (SimrisWindow *window,
                       GtkWidget    *sw,
                       gpointer      object,
                       const char   *property,
                       SimrisCents   amount_on,
                       SimrisCents   amount_off)
{
  gboolean was = gtk_switch_get_active (GTK_SWITCH (sw));

  for (guint i = 0; i < 2; i++)
    {
      gboolean on = i == 0 ? !was : was;
      gboolean value;

      gtk_switch_set_active (GTK_SWITCH (sw), on);
      g_object_get (object, property, &value, NULL);
      g_assert_cmpint (value, ==, on);
      assert_amount (window, on ? amount_on : amount_off);
    }
}

static JsonObject *
read_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonObject *
saved_member (JsonObject *top,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (top, "members"), index);
}

/* An action row below root whose title starts with prefix. */
static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  prefix)
{
  return ADW_IS_ACTION_ROW (widget)
         && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix);
}

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 const char *prefix)
{
  return simris_ui_test_find (root, is_row_titled, prefix);
}

/* --- tests -------------------------------------------------------------------------------- */

/* Issue 24: the sharing question, asked per person by name. household-flat-share-separate:
 * Sam, a flatmate earning 2 000 € a month, on a separate household: living alone, 9 058,25 ×
 * 1,7758 = 16 085,64 a year = 1 340,47 a month in April 2026. Sharing the costs of the home
 * with Sam makes the applicant a cohabitant: 6 038,83 × 1,7758 = 10 723,75 = 893,65 a month
 * (art. 14, §1, 1° of the law; Sam's wage never counts, art. 34 RD). */
static void
test_shares_household_question (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, NULL, "household-flat-share-separate.simris.json");
  SimrisMember *sam = simris_household_find_member (simris_window_get_household (window), "sam");
  GtkWidget *page, *row, *toggle;

  assert_amount (window, 134047);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s", "sam"));
  simris_ui_test_settle_window (window);
  page = simris_window_get_member_page (window, sam);
  g_assert_nonnull (page);
  row = find_row_titled (page, "Do you share the costs of the home");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "with Sam?"));
  toggle = simris_ui_test_find_type (row, GTK_TYPE_SWITCH);
  g_assert_nonnull (toggle);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  assert_switch_follows (window, toggle, sam, "shares-household", 89365, 134047);
  simris_ui_test_close (window);
}

/* Issue 29: the residence status row. The position of a status in the row: "Not answered
 * yet" first, then the table of residence statuses in order. */
static guint
residence_position (SimrisResidenceStatus status)
{
  for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
    if (simris_benefit_nth_residence_rule (i)->status == status)
      return i + 1;
  g_assert_not_reached ();
}

/* equivalent-aid-isolated (its description): a foreigner registered in the foreigners' register,
 * living alone, without resources, gets the equivalent social aid at the integration income's
 * amount (art. 1 and 57, §1 LO 08/07/1976): 9 058,25 × 1,7410 = 15 770,41 a year = 1 314,20 a
 * month. Choosing "no right of stay" in the row: neither benefit, only urgent medical aid (art. 57,
 * §2 LO; equivalent-aid-refused-no-right-of-stay: "Not eligible, 0,00"). "Not answered yet" leaves
 * the case's own answers (residence met, equivalent aid asked): 1 314,20 again. */
static void
test_residence_status_row (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, NULL, "equivalent-aid-isolated.simris.json");
  SimrisHousehold *household = simris_window_get_household (window);
  GtkWidget *page = simris_window_get_household_page (window);
  GtkWidget *view = simris_window_get_result_view (window);
  GtkWidget *row = find_row_titled (page, "Residence Status");
  SimrisResult *result;

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_COMBO_ROW (row));
  assert_amount (window, 131420);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==,
                    residence_position (SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "equivalent"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), residence_position (SIMRIS_RESIDENCE_STATUS_NO_RIGHT_OF_STAY));
  g_assert_cmpint (simris_household_get_residence_status (household), ==, SIMRIS_RESIDENCE_STATUS_NO_RIGHT_OF_STAY);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "urgent medical aid"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row), "art. 57, §2"));
  simris_ui_test_settle_window (window);
  result = simris_result_view_get_result (SIMRIS_RESULT_VIEW (view));
  g_assert_nonnull (result);
  g_assert_false (simris_result_get_eligible (result));
  g_assert_cmpint (simris_result_get_amount_month (result), ==, 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_assert_cmpint (simris_household_get_residence_status (household), ==, SIMRIS_RESIDENCE_STATUS_UNKNOWN);
  assert_amount (window, 131420);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), residence_position (SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER));
  g_assert_cmpint (simris_household_get_residence_status (household), ==, SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER);
  assert_amount (window, 131420);
  simris_ui_test_close (window);
}

/* Issue 29: the two students' options of the household page (docs/calculation.md §4.3), shown
 * only when someone in the household studies full time.
 * student-27-text-reading (its description): a student of 27 living alone with a student job of
 * 400,00 a month, 2025-03-01. No age limit (art. 35, §2 RD as quoted by wordscope.be; art. 11,
 * §2, a) of the law): 177,76 × 1,7410 = 309,48 exempt; (400 − 309,48) × 12 = 1 086,24 − 250 =
 * 836,24; 15 770,41 − 836,24 = 14 934,17 a year = 1 244,51 a month. "Only under 25"
 * (droitsquotidiens.be, 2022): no student exemption, 400 × 12 = 4 800 − 250 = 4 550;
 * 15 770,41 − 4 550 = 11 220,41 a year = 935,03 a month.
 * student-grant-2020-06-covid-alignment: a grant student with a student job of 300,00 a month,
 * June 2020. Covid-time alignment on (uvcw.be/aide-sociale/actus/art-7023; start 01/04/2020
 * SimRIS's reading): ordinary 177,76 × 1,4282 = 253,88; (300 − 253,88) × 12 = 553,44 − 250 =
 * 303,44; 11 506,89 − 303,44 = 11 203,45 a year = 933,62 a month. Off: lower amount 49,58 ×
 * 1,4282 = 70,81; (300 − 70,81) × 12 = 2 750,28 − 250 = 2 500,28; 11 506,89 − 2 500,28 =
 * 9 006,61 a year = 750,55 a month. */
static void
test_student_options (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, NULL, "student-27-text-reading.simris.json");
  SimrisHousehold *household = simris_window_get_household (window);
  GtkWidget *page = simris_window_get_household_page (window);
  GtkWidget *row = find_row_titled (page, "Student Exemption Only Under 25");
  GtkWidget *sw;
  SimrisMember *student;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_true (gtk_widget_get_visible (find_row_titled (page, "Grant Students Get the Ordinary Exemption")));
  sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (GTK_IS_SWITCH (sw));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  assert_amount (window, 124451);
  assert_switch_follows (window, sw, household, "student-exemption-under-25", 93503, 124451);

  /* Nobody studies: the students' options are hidden (their values stay in the case). */
  student = simris_household_get_applicant (household);
  simris_member_set_student (student, FALSE);
  g_assert_false (gtk_widget_get_visible (row));
  g_assert_false (gtk_widget_get_visible (find_row_titled (page, "Grant Students Get the Ordinary Exemption")));
  simris_member_set_student (student, TRUE);
  g_assert_true (gtk_widget_get_visible (row));
  simris_ui_test_close (window);

  window = simris_ui_test_open_case (app, NULL, "student-grant-2020-06-covid-alignment.simris.json");
  household = simris_window_get_household (window);
  page = simris_window_get_household_page (window);
  row = find_row_titled (page, "Grant Students Get the Ordinary Exemption");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));
  assert_amount (window, 93362);
  assert_switch_follows (window, sw, household, "student-grant-covid-alignment", 93362, 75055);
  simris_ui_test_close (window);
}

/* "11OO" (letters O) in a wage of 400 €. isolated-new-job-400-spi-2022-12: (400 − 291,63) × 12
 * = 1 300,44 counted, minus 250 exempt; 14 207,24 − 1 050,44 = 13 156,80 a year = 1 096,40 a
 * month. While "11OO" is there no amount shows; "400,00" brings 1 096,40 back. */
static void
test_letters_in_wage (void)
{
  g_autofree char *saved = g_build_filename (tmp_dir, "letters.simris.json", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "letters.pdf", NULL);
  g_autofree char *printed = g_build_filename (tmp_dir, "letters-print.pdf", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (saved);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) print_file = g_file_new_for_path (printed);
  g_autoptr(JsonObject) top = NULL;
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  GtkWidget *page, *amount, *member_row;

  assert_amount (window, 109640);
  page = applicant_page (window);
  amount = first_amount_row (page);

  gtk_editable_set_text (GTK_EDITABLE (amount), "11OO");
  g_assert_cmpint (simris_resource_get_amount (wage), ==, SIMRIS_CENTS_MISSING);
  g_assert_nonnull (simris_money_row_get_error (SIMRIS_MONEY_ROW (amount)));
  assert_no_amount (window, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (amount)));
  /* The amount's label says net: the law counts a wage net. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (amount)), ==, "Net Amount");

  /* Leaving the page keeps the text and its error; the household list marks the person. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-household", NULL));
  simris_ui_test_settle_window (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "11OO");
  g_assert_nonnull (simris_money_row_get_error (SIMRIS_MONEY_ROW (amount)));
  assert_no_amount (window, "Net Amount");
  member_row = simris_household_page_get_row_for_member (SIMRIS_HOUSEHOLD_PAGE (simris_window_get_household_page (window)),
                                                         applicant);
  g_assert_nonnull (simris_member_row_get_problem (SIMRIS_MEMBER_ROW (member_row)));

  /* "Go to this field" opens the person's page with the keyboard in the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-problem", NULL));
  simris_ui_test_settle_window (window);
  g_assert_true (simris_window_get_member_page (window, applicant) == page);
  g_assert_true (gtk_widget_has_focus (amount) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), amount));

  /* Export and print refuse, with the same message. */
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", pdf_file, "fr", "", NULL));
  simris_ui_test_settle_window (window);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.print-to", print_file, "fr", NULL));
  simris_ui_test_settle_window (window);
  g_assert_false (g_file_test (printed, G_FILE_TEST_EXISTS));
  g_assert_true (simris_ui_test_has_label_containing (GTK_WIDGET (window), simris_window_get_form_problem (window)));

  /* Save keeps the text on screen, says the field is saved as not filled in, and never
   * writes the old 400,00 nor 11. */
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.save-to", target, NULL));
  simris_ui_test_settle_window (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "11OO");
  g_assert_true (simris_ui_test_has_label_containing (GTK_WIDGET (window), "saved as not filled in"));
  top = read_json (saved);
  {
    JsonObject *resource = json_array_get_object_element (
      json_object_get_array_member (saved_member (top, 0), "resources"), 0);
    const char *written = json_object_has_member (resource, "amount") && !json_object_get_null_member (resource, "amount")
                          ? json_object_get_string_member (resource, "amount") : NULL;

    g_assert_cmpstr (written, !=, "400.00");
    g_assert_cmpstr (written, !=, "11.00");
  }

  /* Fixing the value brings the right amount back. */
  gtk_editable_set_text (GTK_EDITABLE (amount), "400,00");
  g_assert_null (simris_money_row_get_error (SIMRIS_MONEY_ROW (amount)));
  assert_amount (window, 109640);
  g_assert_null (simris_member_row_get_problem (SIMRIS_MEMBER_ROW (member_row)));
  {
    g_autofree char *money_text = simris_ui_test_money (109640);

    g_assert_nonnull (strstr (summary_text (window), money_text));
  }
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", pdf_file, "fr", "", NULL));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));

  simris_ui_test_close (window);
}

/* A negative amount: refused, no amount; "400" brings 1 096,40 back (same case as above). */
static void
test_negative_amount (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  GtkWidget *amount = first_amount_row (applicant_page (window));

  gtk_editable_set_text (GTK_EDITABLE (amount), "-5");
  g_assert_cmpstr (simris_money_row_get_error (SIMRIS_MONEY_ROW (amount)), ==, "Cannot be negative");
  assert_no_amount (window, "Net Amount");
  g_assert_nonnull (strstr (simris_window_get_form_problem (window), "Cannot be negative"));

  gtk_editable_set_text (GTK_EDITABLE (amount), "400");
  assert_amount (window, 109640);

  /* The household list says which resources are time-limited. */
  {
    SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
    g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (applicant), 0);
    GtkWidget *member_row = simris_household_page_get_row_for_member (
      SIMRIS_HOUSEHOLD_PAGE (simris_window_get_household_page (window)), applicant);

    g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (member_row)), "time-limited"));
    simris_resource_set_until (wage, "2023-06-30");
    simris_ui_test_settle_window (window);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (member_row)), "1 time-limited"));
  }
  simris_ui_test_close (window);
}

/* "31/02/2000" as a birth date. isolated-nothing-2026-03: an isolé without resources on
 * 15/03/2026, 16 085,64 a year = 1 340,47 a month. The bad date is missing for the model
 * (never the old 07/07/1987), the file saved has no birth date; 07/07/1987 brings it back. */
static void
test_impossible_birth_date (void)
{
  g_autofree char *saved = g_build_filename (tmp_dir, "birth.simris.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (saved);
  g_autoptr(JsonObject) top = NULL;
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-nothing-2026-03.simris.json");
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  GtkWidget *page, *birth;

  assert_amount (window, 134047);
  page = applicant_page (window);
  birth = simris_ui_test_find_type (page, SIMRIS_TYPE_DATE_ROW);
  g_assert_nonnull (birth);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (birth)), ==, "Date of Birth");

  gtk_editable_set_text (GTK_EDITABLE (birth), "31/02/2000");
  g_assert_null (simris_member_get_birth_date (applicant));
  assert_no_amount (window, "Date of Birth");

  /* Leaving the page: the text stays, never replaced by the old date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-household", NULL));
  simris_ui_test_settle_window (window);
  applicant_page (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birth)), ==, "31/02/2000");
  g_assert_null (simris_member_get_birth_date (applicant));

  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.save-to", target, NULL));
  simris_ui_test_settle_window (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birth)), ==, "31/02/2000");
  top = read_json (saved);
  g_assert_false (json_object_has_member (saved_member (top, 0), "birth_date")
                  && !json_object_get_null_member (saved_member (top, 0), "birth_date"));

  gtk_editable_set_text (GTK_EDITABLE (birth), "07/07/1987");
  g_assert_cmpstr (simris_member_get_birth_date (applicant), ==, "1987-07-07");
  assert_amount (window, 134047);
  simris_ui_test_close (window);
}

/* A new resource is a draft's gap (no kind, no amount): no amount, "… is missing", and
 * no kind preselected. */
static void
test_new_resource_is_a_gap (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-nothing-2026-03.simris.json");
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  GtkWidget *page = applicant_page (window);
  g_autoptr(SimrisResource) resource = NULL;
  GtkWidget *view = simris_window_get_result_view (window);

  simris_member_page_add_resource (SIMRIS_MEMBER_PAGE (page));
  simris_ui_test_settle_window (window);
  resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  g_assert_cmpint (simris_resource_get_kind (resource), ==, SIMRIS_RESOURCE_KIND_NONE);
  g_assert_cmpint (simris_resource_get_amount (resource), ==, SIMRIS_CENTS_MISSING);
  g_assert_false (simris_window_get_form_valid (window));
  g_assert_null (simris_result_view_get_result (SIMRIS_RESULT_VIEW (view)));
  g_assert_null (shown_amount_text (view));
  g_assert_nonnull (strstr (simris_window_get_form_problem (window), "missing"));

  /* Choosing a kind and typing an amount completes it: 200 € of "other" income a month
   * counts in full: 16 085,64 − 2 400 = 13 685,64 a year; plus the isolé's general
   * exemption of 250 (min(250, 2 400)) → 13 935,64 a year, / 12 = 1 161,30 a month. */
  {
    GtkWidget *row = simris_ui_test_find_type (page, SIMRIS_TYPE_RESOURCE_ROW);
    SimrisKindRow *kind_row = SIMRIS_KIND_ROW (simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "kind"));
    GListModel *choices = simris_kind_row_get_choices (kind_row);
    static const struct { const char *typed; SimrisResourceKind first; } searches[] = {
      { "salaire", SIMRIS_RESOURCE_KIND_WAGE },
      { "loon", SIMRIS_RESOURCE_KIND_WAGE },
      { "chômage", SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
      { "werkloosheid", SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
      { "épargne", SIMRIS_RESOURCE_KIND_CAPITAL },
      { "EPARGNE", SIMRIS_RESOURCE_KIND_CAPITAL },
      { "mutuelle", SIMRIS_RESOURCE_KIND_SICKNESS },
      /* Allocations d'insertion are unemployment benefits, not the disability integration
       * allowance (the core's kind search, tests/test-rules.c). */
      { "insertion", SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
      { "job", SIMRIS_RESOURCE_KIND_WAGE },
    };
    g_autoptr(AdwEnumListItem) top = NULL;

    /* "Go to this field" puts the keyboard on the kind's chooser. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-problem", NULL));
    simris_ui_test_settle_window (window);
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (kind_row)));

    /* Nothing preselected; the most common kind first. */
    g_assert_cmpint (simris_kind_row_get_kind (kind_row), ==, SIMRIS_RESOURCE_KIND_NONE);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (kind_row)), ==, "Not chosen yet");
    top = g_list_model_get_item (choices, 0);
    g_assert_cmpint (adw_enum_list_item_get_value (top), ==, SIMRIS_RESOURCE_KIND_WAGE);
    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, SIMRIS_N_RESOURCE_KINDS);

    for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
      {
        g_autoptr(AdwEnumListItem) first = NULL;

        simris_kind_row_search (kind_row, searches[i].typed);
        g_assert_cmpuint (g_list_model_get_n_items (choices), >, 0);
        g_assert_cmpuint (g_list_model_get_n_items (choices), <, SIMRIS_N_RESOURCE_KINDS);
        first = g_list_model_get_item (choices, 0);
        if (adw_enum_list_item_get_value (first) != (int) searches[i].first)
          g_error ("\"%s\" finds %s first", searches[i].typed, adw_enum_list_item_get_nick (first));
      }
    simris_kind_row_search (kind_row, "zzzz");
    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 0);

    /* "other" chosen as Enter in the search field would. */
    simris_kind_row_search (kind_row, "other");
    simris_kind_row_choose_first (kind_row);
    g_assert_cmpint (simris_resource_get_kind (resource), ==, SIMRIS_RESOURCE_KIND_OTHER);
  }
  gtk_editable_set_text (GTK_EDITABLE (first_amount_row (page)), "200");
  assert_amount (window, 116130);
  simris_ui_test_close (window);
}

/* "1,100" is read as 1,10 € and asked about, with a one-click fix; "keep as typed" keeps
 * it; over 10 000 € a month is asked about too. */
static void
test_typo_question (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  GtkWidget *page = applicant_page (window);
  GtkWidget *amount = first_amount_row (page);
  GtkWidget *question = simris_ui_test_find_named (page, "question-row");
  GtkWidget *fix = simris_ui_test_find_named (page, "question-fix");
  GtkWidget *keep = simris_ui_test_find_named (page, "question-keep");
  g_autofree char *meant = simris_ui_test_money (110000);
  g_autofree char *expected_question = g_strdup_printf ("Did you mean %s?", meant);

  g_assert_nonnull (question);
  g_assert_false (gtk_widget_get_visible (question));

  gtk_editable_set_text (GTK_EDITABLE (amount), "1,100");
  g_assert_cmpint (simris_resource_get_amount (wage), ==, 110);
  g_assert_true (gtk_widget_get_visible (question));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (question)), ==, expected_question);
  g_assert_true (gtk_widget_get_visible (fix));
  g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (fix)), meant));

  g_signal_emit_by_name (fix, "clicked");
  g_assert_cmpint (simris_resource_get_amount (wage), ==, 110000);
  g_assert_false (gtk_widget_get_visible (question));
  g_assert_null (simris_money_row_get_error (SIMRIS_MONEY_ROW (amount)));

  /* While the question is open, "1,100" holds the result back as an invalid field does:
   * never the 1,10 € result underneath. */
  gtk_editable_set_text (GTK_EDITABLE (amount), "1,100");
  g_assert_true (gtk_widget_get_visible (question));
  simris_ui_test_settle_window (window);
  g_assert_false (simris_window_get_form_valid (window));
  g_assert_nonnull (strstr (simris_window_get_form_problem (window), expected_question));
  g_assert_nonnull (strstr (simris_window_get_form_problem (window), "Net Amount"));
  g_assert_null (simris_result_view_get_result (SIMRIS_RESULT_VIEW (simris_window_get_result_view (window))));
  g_assert_null (strstr (summary_text (window), "€"));

  /* Kept as typed: 1,10 € it is, and no question while the text stays. 1,10 a month is under
   * the SPI exemption of 291,63, so nothing is counted: 14 207,24 / 12 = 1 183,936… → 1 183,94. */
  g_signal_emit_by_name (keep, "clicked");
  g_assert_false (gtk_widget_get_visible (question));
  g_assert_cmpint (simris_resource_get_amount (wage), ==, 110);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "1,100");
  assert_amount (window, 118394);

  /* Above 10 000 € a month: asked, no suggestion, the value stays as typed. */
  gtk_editable_set_text (GTK_EDITABLE (amount), "12000");
  g_assert_cmpint (simris_resource_get_amount (wage), ==, 1200000);
  g_assert_true (gtk_widget_get_visible (question));
  g_assert_false (gtk_widget_get_visible (fix));
  gtk_editable_set_text (GTK_EDITABLE (amount), "400");
  g_assert_false (gtk_widget_get_visible (question));
  assert_amount (window, 109640);

  simris_ui_test_close (window);
}

/* The month simulated: "03/2026", "mars 2026", "maart 2026", "March 2026", a full date; a
 * two-digit year read by the rule said back (00–69: 2000s, 70–99: 1900s). A month alone
 * means its first day (docs/calculation.md §14). */
static void
test_month_field (void)
{
  static const struct { const char *typed; const char *iso; const char *note_part; } cases[] = {
    { "03/2026", "2026-03-01", "March 2026" },
    { "mars 2026", "2026-03-01", "March 2026" },
    { "maart 2026", "2026-03-01", "March 2026" },
    { "March 2026", "2026-03-01", "March 2026" },
    { "févr. 2026", "2026-02-01", "February 2026" },
    { "15/03/2026", "2026-03-15", "15/03/2026" },
    { "3/26", "2026-03-01", "2000s" },
    { "1/4/99", "1999-04-01", "01/04/1999" },
  };
  GtkWidget *row = g_object_ref_sink (simris_date_row_new ());

  g_object_set (row, "month", TRUE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *note;

      gtk_editable_set_text (GTK_EDITABLE (row), cases[i].typed);
      g_assert_null (simris_date_row_get_error (SIMRIS_DATE_ROW (row)));
      g_assert_cmpstr (simris_date_row_get_date (SIMRIS_DATE_ROW (row)), ==, cases[i].iso);
      note = simris_field_row_get_note (SIMRIS_FIELD_ROW (row));
      g_assert_nonnull (note);
      if (strstr (note, cases[i].note_part) == NULL)
        g_error ("%s: note %s lacks %s", cases[i].typed, note, cases[i].note_part);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, cases[i].typed);
    }

  /* Ambiguous or impossible: refused, and the value is missing. */
  gtk_editable_set_text (GTK_EDITABLE (row), "jui 2026");
  g_assert_nonnull (simris_date_row_get_error (SIMRIS_DATE_ROW (row)));
  g_assert_null (simris_date_row_get_date (SIMRIS_DATE_ROW (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), "13/2026");
  g_assert_nonnull (simris_date_row_get_error (SIMRIS_DATE_ROW (row)));

  /* A birth date field takes no month alone, but reads a two-digit year the same way. */
  g_object_set (row, "month", FALSE, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "03/2026");
  g_assert_nonnull (simris_date_row_get_error (SIMRIS_DATE_ROW (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), "12/04/01");
  g_assert_cmpstr (simris_date_row_get_date (SIMRIS_DATE_ROW (row)), ==, "2001-04-12");
  g_assert_nonnull (strstr (simris_field_row_get_note (SIMRIS_FIELD_ROW (row)), "12/04/2001"));
  gtk_editable_set_text (GTK_EDITABLE (row), "12/04/2001");
  g_assert_null (simris_field_row_get_note (SIMRIS_FIELD_ROW (row)));

  g_object_unref (row);
}

/* The result for a non-expert: the amount, who it is for and one sentence why first; no
 * sentence that does not apply (a single parent has no partner to cover); each other
 * reading says the CPAS chooses and gives the monthly difference. */
static void
test_result_for_a_reader (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "seed001-1-alone-with-minor-child.simris.json");
  GtkWidget *view = simris_window_get_result_view (window);

  g_assert_nonnull (simris_result_view_get_result (SIMRIS_RESULT_VIEW (view)));
  g_assert_true (simris_ui_test_shown (simris_ui_test_find_named (view, "for-label")));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (simris_ui_test_find_named (view, "for-label"))),
                            "children in their charge"));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (simris_ui_test_find_named (view, "for-label"))), "partner"));
  g_assert_true (simris_ui_test_shown (simris_ui_test_find_named (view, "why-label")));
  g_assert_false (simris_ui_test_has_label_containing (view, "covers the partner too"));
  simris_ui_test_close (window);

  window = simris_ui_test_open_case (app, "public", "maf-refund-2008-proposal.simris.json");
  view = simris_window_get_result_view (window);
  g_assert_true (simris_ui_test_has_label_containing (view, "The CPAS chooses this reading"));
  g_assert_true (simris_ui_test_has_label_containing (view, "less a month") || simris_ui_test_has_label_containing (view, "more a month"));
  simris_ui_test_close (window);
}

/* New Case is Ctrl+N (New Window, Shift+Ctrl+N) and starts in its first question; a new
 * person's page starts in its first field. */
static void
test_new_case_focus (void)
{
  g_auto(GStrv) case_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.new-case");
  g_auto(GStrv) window_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.new-window");
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-nothing-2026-03.simris.json");
  SimrisHouseholdPage *household_page = SIMRIS_HOUSEHOLD_PAGE (simris_window_get_household_page (window));
  GtkWidget *focus;

  g_assert_true (g_strv_contains ((const char * const *) case_accels, "<Control>n"));
  g_assert_true (g_strv_contains ((const char * const *) window_accels, "<Shift><Control>n"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL));
  simris_ui_test_settle_window (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (simris_window_get_household (window))), ==, 1);
  g_assert_null (simris_window_get_file (window));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == simris_household_page_get_first_field (household_page)
                 || gtk_widget_is_ancestor (focus, simris_household_page_get_first_field (household_page)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-member", "s", "partner"));
  simris_ui_test_settle_window (window);
  {
    GListModel *members = G_LIST_MODEL (simris_window_get_household (window));
    g_autoptr(SimrisMember) partner = g_list_model_get_item (members, g_list_model_get_n_items (members) - 1);
    GtkWidget *page = simris_window_get_member_page (window, partner);
    GtkWidget *first;

    g_assert_nonnull (page);
    first = simris_member_page_get_first_field (SIMRIS_MEMBER_PAGE (page));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus == first || gtk_widget_is_ancestor (focus, first));
  }
  simris_ui_test_close (window);
}

static void
note_tick_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
note_saved_cb (SimrisSession *session,
               const char    *id,
               gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Edits every 0,4 s without a pause: the autosave comes all the same, while the edits go on
 * (a max-wait, not only a debounce, which would wait for a pause that never comes); 0600;
 * gone once the case is saved. It waits for the autosave itself (the session's ::saved),
 * never for a time: under load (two runs of the suite on 2 cores) a bound of 2,6 s after
 * the first edit failed although the timer was right. A debounce would never save while
 * the edits go on: the edits stop after 50 (20 s, ten times the 2 s max-wait) and the test
 * fails then. */
static void
test_autosave_max_wait (void)
{
  g_autofree char *dir = simris_application_get_autosave_dir ();
  g_autofree char *saved = g_build_filename (tmp_dir, "max-wait.simris.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (saved);
  SimrisSession *session = simris_session_get_default ();
  SimrisWindow *window;
  SimrisMember *applicant;
  g_autofree char *found = NULL;
  gboolean autosaved = FALSE;
  gulong handler;
  guint edits = 0;

  simris_ui_test_remove_tree (dir);
  window = simris_ui_test_open_case (app, "public", "isolated-nothing-2026-03.simris.json");
  applicant = simris_household_get_applicant (simris_window_get_household (window));
  handler = g_signal_connect (session, "saved", G_CALLBACK (note_saved_cb), &autosaved);

  while (!autosaved && edits < 50)
    {
      g_autofree char *name = g_strdup_printf ("Edit %u", edits++);
      gboolean tick = FALSE;
      guint pace;

      simris_member_set_name (applicant, name);
      /* The pace of the edits, not a wait for a result: the loop runs (and may autosave)
       * until the next edit is due. */
      pace = g_timeout_add_once (400, note_tick_cb, &tick);
      while (!autosaved && !tick)
        g_main_context_iteration (NULL, TRUE);
      if (!tick)
        g_source_remove (pace);
    }
  g_signal_handler_disconnect (session, handler);
  g_assert_true (autosaved);
  g_test_message ("autosaved after %u edits", edits);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *entry;

    g_assert_nonnull (d);
    while ((entry = g_dir_read_name (d)) != NULL)
      if (g_str_has_suffix (entry, ".simris.json"))
        found = g_build_filename (dir, entry, NULL);
  }
  g_assert_nonnull (found);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (found, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.save-to", target, NULL));
  g_assert_false (g_file_test (found, G_FILE_TEST_EXISTS));
  simris_ui_test_close (window);
}

/* Tab through a person's page: the stops follow the visual order (top to bottom, left to
 * right in a row) and none is a dead stop (a row that does nothing, or one whose Enter
 * would toggle a switch the user never focused). */
static void
test_tab_order (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  GtkWidget *page = applicant_page (window);
  GtkWidget *resource_row = simris_ui_test_find_type (page, SIMRIS_TYPE_RESOURCE_ROW);
  double last_y = -1, last_x = -1;
  guint stops = 0;

  /* Positions are read once the rows stop moving. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (resource_row), TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  simris_ui_test_settle_window (window);
  gtk_widget_grab_focus (simris_member_page_get_first_field (SIMRIS_MEMBER_PAGE (page)));

  for (guint i = 0; i < 120; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
      graphene_point_t at;

      if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
        break;
      /* The middle of the widget: controls of one row have their own heights. */
      g_assert_true (gtk_widget_compute_point (focus, page,
                                               &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (focus) / 2.0), &at));
      /* Below the last stop, or on the same line further right. */
      if (g_getenv ("SIMRIS_TEST_TABS"))
        g_printerr ("%s %s (%.0f, %.0f)\n", G_OBJECT_TYPE_NAME (focus),
                    GTK_IS_BUTTON (focus) && gtk_button_get_label (GTK_BUTTON (focus)) ? gtk_button_get_label (GTK_BUTTON (focus))
                    : gtk_widget_get_tooltip_text (focus) ? gtk_widget_get_tooltip_text (focus) : "", at.x, at.y);
      if (!(at.y > last_y + 8 || (at.y >= last_y - 8 && at.x > last_x)))
        g_error ("Tab goes back up: %s at (%.0f, %.0f) after (%.0f, %.0f)",
                 G_OBJECT_TYPE_NAME (focus), at.x, at.y, last_x, last_y);
      if (ADW_IS_ACTION_ROW (focus) && !ADW_IS_COMBO_ROW (focus) && !SIMRIS_IS_KIND_ROW (focus))
        {
          GtkWidget *target = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (focus));

          if (GTK_IS_SWITCH (target) || !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (focus)))
            g_error ("dead Tab stop: the row %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)));
        }
      last_y = at.y;
      last_x = at.x;
      stops++;
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        break;
    }
  /* The name, the birth date, conditions, switches, the resource's fields…: many stops. */
  g_assert_cmpuint (stops, >, 15);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  simris_ui_test_close (window);
}

/* The nearest row that holds a widget (or the widget, when it is a row): the field it belongs to. */
static GtkWidget *
field_of (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_PREFERENCES_ROW (w))
      return w;
  return widget;
}

/* Tabs from start through page: fails on a "?" that is a Tab stop, a widget twice, or two
 * stops in one row (a row and the entry or control inside it). A second stop in the same row
 * is allowed only for a button with its own action (Remove This Resource beside the
 * resource's title). Returns the number of stops; *inside: those inside within. */
static guint
walk_tab_stops (SimrisWindow *window,
                GtkWidget    *page,
                GtkWidget    *start,
                GtkWidget    *within,
                guint        *inside)
{
  GtkWidget *last = NULL;
  guint stops = 0;

  *inside = 0;
  gtk_widget_grab_focus (start);
  for (guint i = 0; i < 200; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
      GtkWidget *field;

      if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
        break;
      field = field_of (focus);
      if (g_getenv ("SIMRIS_TEST_TABS"))
        g_printerr ("%s in %s “%s”\n", G_OBJECT_TYPE_NAME (focus), G_OBJECT_TYPE_NAME (field),
                    ADW_IS_PREFERENCES_ROW (field) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field)) : "");
      if (gtk_widget_get_ancestor (focus, SIMRIS_TYPE_HELP_BUTTON) != NULL)
        g_error ("the “?” of “%s” is a Tab stop of its own",
                 ADW_IS_PREFERENCES_ROW (field) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field)) : "");
      g_assert_true (focus != last);
      if (last != NULL && field_of (last) == field
          && !(GTK_IS_BUTTON (focus) && !(ADW_IS_ACTION_ROW (field)
                                          && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (field)) == focus)))
        g_error ("two Tab stops for the field “%s”: %s, then %s",
                 ADW_IS_PREFERENCES_ROW (field) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field)) : "",
                 G_OBJECT_TYPE_NAME (last), G_OBJECT_TYPE_NAME (focus));
      if (within != NULL && gtk_widget_is_ancestor (focus, within))
        (*inside)++;
      last = focus;
      stops++;
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        break;
    }
  return stops;
}

/* One Tab stop per field, over the household's page and one person with one resource; the
 * "?" beside each field opens with Shift+F1 from the field, and the focus comes back. */
static void
test_one_tab_stop_per_field (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  GtkWidget *household_page, *page, *resource_row, *amount, *help;
  guint stops, resource_stops;

  /* The resource's fields are reached once its row has opened. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-household", NULL));
  simris_ui_test_settle_window (window);
  household_page = simris_ui_test_find_type (GTK_WIDGET (window), SIMRIS_TYPE_HOUSEHOLD_PAGE);
  stops = walk_tab_stops (window, household_page,
                          simris_household_page_get_first_field (SIMRIS_HOUSEHOLD_PAGE (household_page)),
                          NULL, &resource_stops);
  g_assert_cmpuint (stops, >, 5);

  page = applicant_page (window);
  resource_row = simris_ui_test_find_type (page, SIMRIS_TYPE_RESOURCE_ROW);
  amount = simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (resource_row), "amount");
  g_assert_cmpuint (g_list_model_get_n_items (simris_member_get_resources (simris_household_get_applicant (simris_window_get_household (window)))), ==, 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (resource_row), TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  simris_ui_test_settle_window (window);
  stops = walk_tab_stops (window, page, simris_member_page_get_first_field (SIMRIS_MEMBER_PAGE (page)),
                          resource_row, &resource_stops);
  g_assert_cmpuint (stops, >, 15);
  /* The wage: its title (opens and closes it), Remove, kind, amount, how often, description,
   * from, the question about the integration income, its date (answered yes in this case),
   * until, the start of a shortage occupation job: 11 stops, one each. */
  g_assert_cmpuint (resource_stops, ==, 11);

  /* Shift+F1 in a field opens that field's own "?" (the popover itself is not shown here:
   * the headless display has no monitor to place it on). */
  gtk_widget_grab_focus (amount);
  help = simris_ui_find_field_help (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_nonnull (help);
  g_assert_true (help == simris_ui_test_find_type (amount, SIMRIS_TYPE_HELP_BUTTON));
  /* The kind's: the one beside the kind, not the amount's below it. */
  help = simris_ui_find_field_help (gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_ancestor (
    simris_ui_test_find_type (simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (resource_row), "kind"), GTK_TYPE_MENU_BUTTON),
    GTK_TYPE_MENU_BUTTON))));
  g_assert_true (help == simris_ui_test_find_type (simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (resource_row), "kind"),
                                                   SIMRIS_TYPE_HELP_BUTTON));
  /* A row with no "?" of its own opens none. */
  g_assert_null (simris_ui_find_field_help (simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (resource_row), "spi")));

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  simris_ui_test_close (window);
}

/* Whether widget lies, top to bottom, within what the scrolled window shows. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  /* In the content's coordinates, which the adjustment's value counts in. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (!gtk_widget_compute_bounds (widget, content, &bounds)
      || bounds.size.height <= 0)
    return FALSE;
  return bounds.origin.y >= gtk_adjustment_get_value (adjustment) - 0.5
         && bounds.origin.y + bounds.size.height
            <= gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) + 0.5;
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static GtkWidget *
find_tooltip (GtkWidget  *root,
              const char *tooltip)
{
  return simris_ui_test_find (root, has_tooltip, tooltip);
}

static gboolean
too_long_cb (gpointer data)
{
  g_error ("%s: the state waited for never came", (const char *) data);
  return G_SOURCE_REMOVE;
}

/* A new resource, on a person with many, in a small window: its kind takes the keyboard
 * and the page scrolls so that it shows (waited for as a state, with a deadline that fails
 * the test rather than a sleep). */
static void
test_new_resource_in_view (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  GtkWidget *page = applicant_page (window);
  GListModel *resources = simris_member_get_resources (simris_household_get_applicant (simris_window_get_household (window)));
  GtkWidget *scrolled = simris_ui_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *list, *row, *kind, *header;
  guint deadline;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 500);
  for (guint i = 0; i < 10; i++)
    simris_member_page_add_resource (SIMRIS_MEMBER_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 11);

  row = simris_ui_test_find_type (page, SIMRIS_TYPE_RESOURCE_ROW);
  list = gtk_widget_get_parent (row);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 10));
  kind = simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "kind");
  deadline = g_timeout_add_seconds (30, too_long_cb, (gpointer) "new resource in view");
  while (!(g_object_get_data (G_OBJECT (row), "simris-reveal-stable") == NULL
           && gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), kind)
           && in_view (kind)))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (deadline);

  /* The page is much taller than the window: it did scroll, to the bottom part. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 1.5 * gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  /* The first choice: Enter opens the kind's search. */
  g_assert_true (GTK_IS_TOGGLE_BUTTON (gtk_root_get_focus (GTK_ROOT (window))));

  /* A claim added below: its title shows and holds the keyboard. */
  g_signal_emit_by_name (find_tooltip (page, "Add a Benefit Claimed"), "clicked");
  row = simris_ui_test_find_type (page, SIMRIS_TYPE_PENDING_BENEFIT_ROW);
  g_assert_nonnull (row);
  header = simris_ui_test_find_type (row, ADW_TYPE_ACTION_ROW);
  deadline = g_timeout_add_seconds (30, too_long_cb, (gpointer) "new claim in view");
  while (!(g_object_get_data (G_OBJECT (row), "simris-reveal-stable") == NULL
           && gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row)
           && in_view (header)))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (deadline);

  simris_ui_test_close (window);
}

/* The child of the window's outer leaflet that holds the form. */
static GtkWidget *
form_pane (SimrisWindow *window)
{
  GtkWidget *pane = NULL;

  for (GtkWidget *w = simris_window_get_household_page (window); w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) != NULL && ADW_IS_LEAFLET (gtk_widget_get_parent (w)))
      pane = w;
  g_assert_nonnull (pane);
  return pane;
}

/* The form does not move when the result appears: the form pane's width is the same with
 * "11OO" in the wage (no result) and once "1100" is typed (the result and its long lines),
 * in a window wide enough for both panes. */
static void
test_form_width_steady (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "isolated-new-job-400-spi-2022-12.simris.json");
  GtkWidget *page = applicant_page (window);
  GtkWidget *amount = first_amount_row (page);
  GtkWidget *pane = form_pane (window);
  int before, after;

  g_assert_true (gtk_widget_get_width (GTK_WIDGET (window)) >= 860);
  gtk_editable_set_text (GTK_EDITABLE (amount), "11OO");
  simris_ui_test_settle_window (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (simris_window_get_form_valid (window));
  g_assert_true (gtk_widget_get_mapped (pane) && gtk_widget_get_mapped (simris_window_get_result_view (window)));
  before = gtk_widget_get_width (pane);

  gtk_editable_set_text (GTK_EDITABLE (amount), "1100");
  simris_ui_test_settle_window (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (simris_window_get_form_valid (window));
  g_assert_nonnull (simris_result_view_get_result (SIMRIS_RESULT_VIEW (simris_window_get_result_view (window))));
  after = gtk_widget_get_width (pane);
  g_test_message ("form pane: %d px without a result, %d px with it", before, after);
  g_assert_cmpint (after, ==, before);

  simris_ui_test_close (window);
}

/* A field's path never reaches the user: the open dialog and the result say it in words. */
static void
test_plain_error (void)
{
  g_autofree char *a = simris_ui_plain_error ("members[1].resources[0].amount: negative amount \"-5\"");
  g_autofree char *b = simris_ui_plain_error ("members[0].birth_date : incomplete");
  g_autofree char *c = simris_ui_plain_error ("Not a JSON object");

  g_autofree char *path = NULL;
  const char *reason = NULL;

  g_assert_cmpstr (a, ==, "person 2, resource 1, amount: negative amount \"-5\"");
  g_assert_cmpstr (b, ==, "person 1, date of birth: incomplete");
  g_assert_cmpstr (c, ==, "Not a JSON object");

  /* The result pane splits the same way and names fields from the same table. */
  g_assert_true (simris_ui_split_field_error ("members[0].birth_date : incomplete", &path, &reason));
  g_assert_cmpstr (path, ==, "members[0].birth_date");
  g_assert_cmpstr (reason, ==, "incomplete");
  g_assert_false (simris_ui_split_field_error ("Note: a sentence, not a path", &path, &reason));
  g_assert_cmpstr (simris_ui_field_label ("birth_date"), ==, "date of birth");
  /* A whole key, not its start: this CPAS option is no "count" of cheques. */
  g_assert_null (simris_ui_field_label ("count_maintenance_debtors"));
}


/* A job typed with its start in "From" only (tests/cases/spi-not-claimed.simris.json, its
 * description): 635,03 a month, and the result says the socio-professional exemption might
 * apply. The question sits right under the start; answering yes takes the job's start as the
 * start on the integration income: (700 − 309,48) × 12 = 4 686,24 counted, 15 770,41 −
 * 4 686,24 + 250 = 11 334,17 / 12 = 944,51. Answering no again gives 635,03 back. */
static void
test_spi_question (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, NULL, "spi-not-claimed.simris.json");
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  GtkWidget *page = applicant_page (window);
  GtkWidget *row = simris_ui_test_find_type (page, SIMRIS_TYPE_RESOURCE_ROW);
  GtkWidget *from, *spi, *spi_start;
  GtkWidget *view = simris_window_get_result_view (window);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  from = simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "from");
  spi = simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "spi");
  spi_start = simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "spi-start");

  assert_amount (window, 63503);
  g_assert_true (simris_ui_test_has_label_containing (view, "exempt for 3 years"));
  /* The question is the row right after the start, and shown; its date only once answered. */
  g_assert_true (gtk_widget_get_next_sibling (from) == gtk_widget_get_ancestor (spi, ADW_TYPE_ACTION_ROW));
  g_assert_true (simris_ui_test_shown (spi));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (spi)));
  g_assert_false (simris_ui_test_shown (spi_start));

  gtk_switch_set_active (GTK_SWITCH (spi), TRUE);
  g_assert_cmpstr (simris_resource_get_spi_start (wage), ==, "2025-01-06");
  g_assert_true (simris_ui_test_shown (spi_start));
  assert_amount (window, 94451);
  g_assert_false (simris_ui_test_has_label_containing (view, "exempt for 3 years"));

  gtk_switch_set_active (GTK_SWITCH (spi), FALSE);
  g_assert_null (simris_resource_get_spi_start (wage));
  assert_amount (window, 63503);

  simris_ui_test_close (window);
}

/* Issue 23: the form's help texts take the law's figures from the rules table and the
 * parameters, never typed in: the CPAS decides within 30 days (art. 21, §1 of the law of 26 May
 * 2002), the appeal within 3 months (art. 47, §1), the maintenance aid is 50 % of what is paid up
 * to 1 100,00 € a year (art. 68quinquies LO; data/parameters.json), the age of majority 18 (art.
 * 3, 2°), the students' reading's 25 (droitsquotidiens.be), the socio-professional exemption's 3
 * years and the shortage occupation's 3 months (art. 35, §1 RD). No text keeps a conversion. */
static gboolean
collect_help (GtkWidget     *widget,
              gconstpointer  data)
{
  GString *texts = (GString *) data;

  if (SIMRIS_IS_HELP_BUTTON (widget))
    {
      g_autofree char *title = NULL;
      g_autofree char *meaning = NULL;
      g_autofree char *example = NULL;
      g_autofree char *if_wrong = NULL;

      g_object_get (widget, "title", &title, "meaning", &meaning, "example", &example, "if-wrong", &if_wrong, NULL);
      g_string_append_printf (texts, "%s\n%s\n%s\n%s\n", title ? title : "", meaning ? meaning : "",
                              example ? example : "", if_wrong ? if_wrong : "");
    }
  else if (ADW_IS_PREFERENCES_ROW (widget))
    g_string_append_printf (texts, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (ADW_IS_ACTION_ROW (widget) && adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) != NULL)
    g_string_append_printf (texts, "%s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
  return FALSE;
}

static void
test_help_figures (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, NULL, "spi-not-claimed.simris.json");
  g_autoptr (GString) texts = g_string_new (NULL);
  g_autofree char *year_max = simris_ui_format_money (110000);
  g_autofree char *aid = simris_ui_format_money (9167);
  const char *expected[] = {
    "decide within 30 days", "appeal against the decision within 3 months", "50 % of it",
    "a minor (under 18)", "Student Exemption Only Under 25", "student must be under 25",
    "exempt for 3 years", "for the first 3 months",
  };

  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_DECISION_DAYS), ==, 30);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_APPEAL_MONTHS), ==, 3);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_MAINTENANCE_AID_PERCENT), ==, 50);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_ADULT_AGE), ==, 18);
  simris_ui_test_find (GTK_WIDGET (window), collect_help, texts);
  simris_ui_test_find (applicant_page (window), collect_help, texts);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (texts->str, expected[i]) == NULL)
      g_error ("“%s” not in the help texts:\n%s", expected[i], texts->str);
  /* 300,00 paid: 50 % is 150,00, above the month's ceiling of 1 100,00 / 12 = 91,67. */
  g_assert_nonnull (strstr (texts->str, year_max));
  g_assert_nonnull (strstr (texts->str, aid));
  g_assert_false (g_regex_match_simple ("%([0-9]\\$)?[sdu]", texts->str, 0, 0));
  g_assert_null (strstr (texts->str, "for three years"));
  g_assert_null (strstr (texts->str, "within three months"));
  g_assert_null (strstr (texts->str, "half of it"));
  simris_ui_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  static const SimrisUiTest tests[] = {
    { "/simris/form/letters-in-wage", test_letters_in_wage },
    { "/simris/form/shares-household-question", test_shares_household_question },
    { "/simris/form/residence-status-row", test_residence_status_row },
    { "/simris/form/student-options", test_student_options },
    { "/simris/form/negative-amount", test_negative_amount },
    { "/simris/form/impossible-birth-date", test_impossible_birth_date },
    { "/simris/form/new-resource-is-a-gap", test_new_resource_is_a_gap },
    { "/simris/form/typo-question", test_typo_question },
    { "/simris/form/month-field", test_month_field },
    { "/simris/form/result-for-a-reader", test_result_for_a_reader },
    { "/simris/form/new-case-focus", test_new_case_focus },
    { "/simris/form/autosave-max-wait", test_autosave_max_wait },
    { "/simris/form/tab-order", test_tab_order },
    { "/simris/form/one-tab-stop-per-field", test_one_tab_stop_per_field },
    { "/simris/form/new-resource-in-view", test_new_resource_in_view },
    { "/simris/form/form-width-steady", test_form_width_steady },
    { "/simris/form/plain-error", test_plain_error },
    { "/simris/form/spi-question", test_spi_question },
    { "/simris/form/help-figures", test_help_figures },
  };

  return simris_ui_test_main (&argc, &argv, tests, G_N_ELEMENTS (tests), &app, &tmp_dir);
}
