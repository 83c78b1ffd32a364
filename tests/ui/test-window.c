/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-application.h"
#include "simris-case-file.h"
#include "simris-date-row.h"
#include "simris-engine.h"
#include "simris-enum-row.h"
#include "simris-enum-types.h"
#include "simris-help-button.h"
#include "simris-household-page.h"
#include "simris-i18n.h"
#include "simris-kind-row.h"
#include "simris-member-page.h"
#include "simris-member-row.h"
#include "simris-money-row.h"
#include "simris-pending-benefit-row.h"
#include "simris-preferences-window.h"
#include "simris-resource-row.h"
#include "simris-result-view.h"
#include "simris-session.h"
#include "simris-step-row.h"
#include "simris-timeline-view.h"
#include "simris-tristate-row.h"
#include "simris-ui-test.h"
#include "simris-window.h"

static SimrisApplication *app;
static char *tmp_dir;

/* --- helpers ------------------------------------------------------------------------------ */

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = simris_ui_test_find_named (root, name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static SimrisResult *
compute (SimrisHousehold *household)
{
  g_autoptr(GError) error = NULL;
  SimrisResult *result;

  result = simris_engine_compute (simris_parameters_get_default (), household, 0,
                                  simris_lang_from_locale (), &error);
  g_assert_no_error (error);
  return result;
}

static char *
shown_amount (SimrisWindow *window)
{
  simris_ui_test_settle_window (window);
  return g_strdup (label_text (simris_window_get_result_view (window), "amount-label"));
}

/* --- tests -------------------------------------------------------------------------------- */

/* Every public case: what the window shows is what the engine computes. */
static void
test_cases (void)
{
  g_autofree char *dir_path = simris_test_case_path ("public", NULL);
  g_autoptr(GPtrArray) names = simris_test_list_cases (dir_path);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
      g_autoptr(SimrisResult) result = compute (household);
      SimrisWindow *window = simris_ui_test_open_window (app, path);
      GtkWidget *view = simris_window_get_result_view (window);
      g_autofree char *expected_amount = NULL;
      g_autofree char *shown_category = NULL;
      g_autofree char *expected_category = NULL;

      g_test_message ("%s", name);

      expected_amount = simris_ui_test_money (simris_result_get_amount_month (result));
      g_assert_cmpstr (label_text (view, "amount-label"), ==, expected_amount);
      shown_category = g_utf8_casefold (label_text (view, "category-label"), -1);
      expected_category = g_utf8_casefold (simris_category_get_label (simris_result_get_category (result), NULL), -1);
      g_assert_cmpstr (shown_category, ==, expected_category);
      g_assert_false (gtk_widget_get_visible (simris_ui_test_find_named (view, "error-box")));
      g_assert_false (simris_window_get_modified (window));

      simris_ui_test_close (window);
    }
}

/* Editing the model, and through the window's actions, changes what is shown. */
static void
test_edits (void)
{
  g_autofree char *path = simris_test_case_path ("public", "seed001-7-adult-and-minor-children.simris.json");
  SimrisWindow *window;
  SimrisHousehold *household;
  SimrisMember *adult;
  SimrisResource *wage;
  g_autofree char *before = NULL;
  g_autofree char *after_amount = NULL;
  g_autofree char *after_option = NULL;
  g_autofree char *after_undo = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *view;
  GListModel *members;
  guint n_members;


  window = simris_ui_test_open_window (app, path);
  view = simris_window_get_result_view (window);
  household = simris_window_get_household (window);
  members = G_LIST_MODEL (household);
  before = shown_amount (window);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* Change an amount: the adult child's wage counts (option on), so the RIS moves. */
  adult = simris_household_find_member (household, "c2");
  g_assert_nonnull (adult);
  wage = g_list_model_get_item (simris_member_get_resources (adult), 0);
  simris_resource_set_amount (wage, simris_resource_get_amount (wage) + 30000);
  g_object_unref (wage);
  after_amount = shown_amount (window);
  g_assert_cmpstr (after_amount, !=, before);
  result = compute (household);
  expected = simris_ui_test_money (simris_result_get_amount_month (result));
  g_assert_cmpstr (after_amount, ==, expected);
  g_assert_true (simris_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* Toggle an option in the model. */
  simris_household_set_count_ascendants_descendants (household, FALSE);
  after_option = shown_amount (window);
  g_assert_cmpstr (after_option, !=, after_amount);
  simris_household_set_count_ascendants_descendants (household, TRUE);
  {
    g_autofree char *again = shown_amount (window);

    g_assert_cmpstr (again, ==, after_amount);
  }

  /* The same option through "Use this option" (win.use-alternative). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.use-alternative", "(sv)",
                                             "count_ascendants_descendants", g_variant_new_boolean (FALSE)));
  g_assert_false (simris_household_get_count_ascendants_descendants (household));
  after_undo = shown_amount (window);
  g_assert_cmpstr (after_undo, ==, after_option);
  simris_household_set_count_ascendants_descendants (household, TRUE);

  /* Add a member through the action: a partner with no birth date makes the case
   * incomplete, and the view says so instead of showing an amount. */
  n_members = g_list_model_get_n_items (members);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-member", "s", "partner"));
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, n_members + 1);
  simris_ui_test_settle_window (window);
  g_assert_true (gtk_widget_get_visible (simris_ui_test_find_named (view, "error-box")));
  g_assert_cmpstr (label_text (view, "error-label"), !=, "");
  {
    g_autoptr(SimrisMember) partner = g_list_model_get_item (members, n_members);
    g_autofree char *with_partner = NULL;
    g_autoptr(SimrisResult) partner_result = NULL;
    g_autofree char *partner_expected = NULL;

    g_assert_cmpint (simris_member_get_relation (partner), ==, SIMRIS_RELATION_PARTNER);
    simris_member_set_birth_date (partner, "1980-06-01");
    with_partner = shown_amount (window);
    g_assert_false (gtk_widget_get_visible (simris_ui_test_find_named (view, "error-box")));
    partner_result = compute (household);
    partner_expected = simris_ui_test_money (simris_result_get_amount_month (partner_result));
    g_assert_cmpstr (with_partner, ==, partner_expected);

    /* Remove it again through the action. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-member", "s",
                                               simris_member_get_id (partner)));
    g_assert_cmpuint (g_list_model_get_n_items (members), ==, n_members);
  }

  /* Reorder: the applicant moves down and back. */
  {
    g_autoptr(SimrisMember) first = g_list_model_get_item (members, 0);
    g_autoptr(SimrisMember) second = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-member", "(si)",
                                               simris_member_get_id (first), 1));
    second = g_list_model_get_item (members, 1);
    g_assert_true (second == first);
  }

  simris_ui_test_close (window);
}

/* The row showing item (a SimrisResource or a SimrisPendingBenefit) below root. */
static gboolean
is_item_row (GtkWidget     *widget,
             gconstpointer  item)
{
  return (SIMRIS_IS_RESOURCE_ROW (widget)
          && (gconstpointer) simris_resource_row_get_resource (SIMRIS_RESOURCE_ROW (widget)) == item)
         || (SIMRIS_IS_PENDING_BENEFIT_ROW (widget)
             && (gconstpointer) simris_pending_benefit_row_get_benefit (SIMRIS_PENDING_BENEFIT_ROW (widget)) == item);
}

static GtkWidget *
find_item_row (GtkWidget *root,
               gpointer   item)
{
  return simris_ui_test_find (root, is_item_row, item);
}

/* The last button below root with this icon or this label: a toast being dismissed stays
 * in the tree a moment, and the newest toast comes after it. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *icon_name,
             const char *label)
{
  GtkWidget *found = NULL;

  if (GTK_IS_BUTTON (root)
      && ((icon_name && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (root)), icon_name) == 0)
          || (label && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)))
    found = root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *below = find_button (child, icon_name, label);

      if (below != NULL)
        found = below;
    }
  return found;
}

/* Removes the first of items with its row's trash button, then clicks Undo on the toast. */
static void
remove_first_and_undo (SimrisWindow *window,
                       GListModel   *items)
{
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GObject) first = g_list_model_get_item (items, 0);
  g_autoptr(GObject) now_first = NULL;
  g_autoptr(GObject) back = NULL;
  GtkWidget *row = find_item_row (GTK_WIDGET (window), first);
  GtkWidget *button;

  g_assert_cmpuint (n, >=, 3);
  g_assert_nonnull (row);
  button = find_button (row, "user-trash-symbolic", NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n - 1);
  now_first = g_list_model_get_item (items, 0);
  g_assert_true (now_first != first);

  button = find_button (GTK_WIDGET (window), NULL, _("_Undo"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  /* Back where it was, not at the end. */
  back = g_list_model_get_item (items, 0);
  g_assert_true (back == first);
  g_assert_nonnull (find_item_row (GTK_WIDGET (window), first));

  /* The toast goes away from an idle, making room for the next one. */
  simris_ui_test_settle_window (window);
}

/* Undo after removing a resource or a claim of a benefit restores the order. */
static void
test_undo_remove (void)
{
  g_autofree char *path = simris_test_case_path ("public", "seed001-1-alone-with-minor-child.simris.json");
  g_autofree char *before = NULL;
  SimrisWindow *window;
  SimrisMember *applicant;
  GListModel *resources, *benefits;


  window = simris_ui_test_open_window (app, path);
  applicant = simris_household_get_applicant (simris_window_get_household (window));
  resources = simris_member_get_resources (applicant);
  benefits = simris_member_get_pending_benefits (applicant);
  for (guint i = 0; g_list_model_get_n_items (resources) < 3; i++)
    {
      g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_OTHER, 1000 * (i + 1),
                                                                SIMRIS_PERIOD_MONTH);

      simris_member_add_resource (applicant, resource);
    }
  while (g_list_model_get_n_items (benefits) < 3)
    {
      g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);

      simris_member_add_pending_benefit (applicant, benefit);
    }
  before = shown_amount (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s",
                                             simris_member_get_id (applicant)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  remove_first_and_undo (window, resources);
  remove_first_and_undo (window, benefits);
  {
    g_autofree char *after = shown_amount (window);

    g_assert_cmpstr (after, ==, before);
  }

  simris_ui_test_close (window);
}

/* Every template builds, and the field widgets keep bad input without losing it. */
static void
test_templates (void)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  g_autoptr(SimrisMember) member = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 100000, SIMRIS_PERIOD_MONTH);
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *widgets[16];
  guint n = 0;
  GtkWidget *date_row, *money_row;

  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_append (household, member);
  simris_member_add_resource (member, resource);

  widgets[n++] = g_object_ref_sink (simris_help_button_new ("Title", "Meaning", "Example", "If wrong"));
  widgets[n++] = g_object_ref_sink (simris_tristate_row_new ());
  widgets[n++] = g_object_ref_sink (simris_enum_row_new (SIMRIS_TYPE_RELATION));
  widgets[n++] = g_object_ref_sink (simris_enum_row_new (SIMRIS_TYPE_PERIOD));
  widgets[n++] = g_object_ref_sink (simris_kind_row_new ());
  widgets[n++] = g_object_ref_sink (simris_resource_row_new (resource));
  widgets[n++] = g_object_ref_sink (simris_pending_benefit_row_new (benefit));
  widgets[n++] = g_object_ref_sink (simris_member_row_new (household, member));
  widgets[n++] = g_object_ref_sink (simris_member_page_new (household, member));
  widgets[n++] = g_object_ref_sink (simris_household_page_new ());
  widgets[n++] = g_object_ref_sink (simris_result_view_new ());
  simris_household_page_set_household (SIMRIS_HOUSEHOLD_PAGE (widgets[n - 2]), household);
  simris_result_view_set_household (SIMRIS_RESULT_VIEW (widgets[n - 1]), household);
  g_assert_nonnull (simris_result_view_get_result (SIMRIS_RESULT_VIEW (widgets[n - 1])));

  /* Dates: dd/mm/yyyy in, ISO out; a bad date keeps its text, and its value is missing:
   * never the last good one, which the user no longer sees. */
  date_row = g_object_ref_sink (simris_date_row_new ());
  gtk_editable_set_text (GTK_EDITABLE (date_row), "12/04/2001");
  g_assert_cmpstr (simris_date_row_get_date (SIMRIS_DATE_ROW (date_row)), ==, "2001-04-12");
  g_assert_null (simris_date_row_get_error (SIMRIS_DATE_ROW (date_row)));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31/02/2001");
  g_assert_null (simris_date_row_get_date (SIMRIS_DATE_ROW (date_row)));
  g_assert_nonnull (simris_date_row_get_error (SIMRIS_DATE_ROW (date_row)));
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "31/02/2001");
  widgets[n++] = date_row;

  /* Money: "1 234,50" and "1234.5" read the same; bad text stays, with the error style,
   * and the amount is missing. */
  money_row = g_object_ref_sink (simris_money_row_new ());
  gtk_editable_set_text (GTK_EDITABLE (money_row), "1 234,50");
  g_assert_cmpint (simris_money_row_get_cents (SIMRIS_MONEY_ROW (money_row)), ==, 123450);
  gtk_editable_set_text (GTK_EDITABLE (money_row), "1234.5");
  g_assert_cmpint (simris_money_row_get_cents (SIMRIS_MONEY_ROW (money_row)), ==, 123450);
  gtk_editable_set_text (GTK_EDITABLE (money_row), "12,345");
  g_assert_cmpint (simris_money_row_get_cents (SIMRIS_MONEY_ROW (money_row)), ==, SIMRIS_CENTS_MISSING);
  g_assert_nonnull (simris_money_row_get_error (SIMRIS_MONEY_ROW (money_row)));
  g_assert_true (gtk_widget_has_css_class (money_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (money_row)), ==, "12,345");
  widgets[n++] = money_row;

  /* A row bound to the model writes what is typed into it. */
  {
    GtkWidget *row = simris_resource_row_new (resource);
    GtkWidget *amount = g_object_ref_sink (simris_money_row_new ());

    g_object_ref_sink (row);
    g_object_bind_property (resource, "amount", amount, "cents", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
    gtk_editable_set_text (GTK_EDITABLE (amount), "250,00");
    g_assert_cmpint (simris_resource_get_amount (resource), ==, 25000);
    g_assert_finalize_object (amount);
    g_assert_finalize_object (row);
  }

  widgets[n++] = GTK_WIDGET (simris_preferences_window_new (NULL));
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (widgets));

  builder = gtk_builder_new_from_resource ("/io/github/simris/SimRIS/gtk/help-overlay.ui");
  g_assert_nonnull (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  for (guint i = 0; i < n; i++)
    {
      if (GTK_IS_WINDOW (widgets[i]))
        simris_ui_test_close (widgets[i]);
      else
        g_assert_finalize_object (widgets[i]);
    }

  /* A new window opens on a new case with just an applicant. */
  {
    SimrisWindow *window = simris_window_new (app);

    g_assert_true (simris_window_is_pristine (window));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (simris_window_get_household (window))), ==, 1);
    gtk_window_present (GTK_WINDOW (window));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    simris_ui_test_settle_window (window);
    /* No birth date is assumed: the result asks for it. */
    g_assert_true (gtk_widget_get_visible (simris_ui_test_find_named (simris_window_get_result_view (window), "error-box")));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s",
                                               simris_member_get_id (simris_household_get_applicant (simris_window_get_household (window)))));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-household", NULL));
    simris_ui_test_close (window);
  }
}

/* Export as PDF through the action, the chooser bypassed. */
static void
test_export_pdf (void)
{
  g_autofree char *path = simris_test_case_path ("public", "family-pending-unemployment-advance.simris.json");
  g_autofree char *pdf = g_build_filename (tmp_dir, "decision-fr.pdf", NULL);
  g_autofree char *pdf_nl = g_build_filename (tmp_dir, "decision-nl.pdf", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (pdf);
  g_autoptr(GFile) target_nl = g_file_new_for_path (pdf_nl);
  g_autofree char *contents = NULL;
  gsize length = 0;
  SimrisWindow *window;


  window = simris_ui_test_open_window (app, path);
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", target, "fr", "", NULL));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* The note for the social worker: a file of its own beside the decision; a second export
   * never writes over the first note. */
  {
    g_autofree char *note = g_build_filename (tmp_dir, "decision-fr-note.pdf", NULL);
    g_autofree char *note2 = g_build_filename (tmp_dir, "decision-fr-note-2.pdf", NULL);

    g_assert_true (g_file_test (note, G_FILE_TEST_IS_REGULAR));
    g_assert_false (g_file_test (note2, G_FILE_TEST_EXISTS));
    g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", target, "fr", "", NULL));
    g_assert_true (g_file_test (note2, G_FILE_TEST_IS_REGULAR));
  }

  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", target_nl, "nl", "", NULL));
  g_assert_true (g_file_test (pdf_nl, G_FILE_TEST_IS_REGULAR));

  /* Issue 27: exporting marked the case modified. The language is remembered in the case,
   * the case is not marked modified for it. */
  g_assert_cmpstr (simris_household_get_decision_field (simris_window_get_household (window), "language"), ==, "nl");
  simris_ui_test_settle ();
  g_assert_false (simris_window_get_modified (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  simris_ui_test_close (window);
}

/* What a poppler tool prints about a PDF. */
static char *
run_poppler (const char *program,
             const char *pdf,
             gboolean    to_stdout)
{
  g_autofree char *path = g_find_program_in_path (program);
  const char *argv[] = { path, pdf, to_stdout ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (path);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Spaces inside an amount ("1 776,07") come as no-break or narrow no-break spaces. */
static char *
plain_spaces (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);

  g_string_replace (s, "\u00a0", " ", 0);
  g_string_replace (s, "\u202f", " ", 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Export as PDF… with the annexes ticked in its chooser (tests/cases/
 * scenarios-cohabitant-job-parent.simris.json, its description: base 498,53 a month, "Parent
 * leaves" 944,51): each annex only when asked, in the document's language. */
static void
test_export_annexes (void)
{
  g_autofree char *path = simris_test_case_path (NULL, "scenarios-cohabitant-job-parent.simris.json");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  static const char *langs[] = { "fr", "nl" };
  SimrisWindow *window;

  /* poppler-utils is a dependency of the tests (docs/hacking.md): never a skip. */
  g_assert_nonnull (pdftotext);
  window = simris_ui_test_open_window (app, path);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint with = 0; with < 2; with++)
      {
        g_autofree char *name = g_strdup_printf ("annexes-%s-%u.pdf", langs[l], with);
        g_autofree char *pdf = g_build_filename (tmp_dir, name, NULL);
        g_autoptr(GFile) target = g_file_new_for_path (pdf);
        g_autofree char *text = NULL;
        g_autofree char *plain = NULL;
        gboolean fr = g_str_equal (langs[l], "fr");

        g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", target, langs[l],
                                                   with ? "period,scenarios,sweep" : "", NULL));
        text = run_poppler ("pdftotext", pdf, TRUE);
        plain = plain_spaces (text);
        g_assert_nonnull (strstr (plain, fr ? "498,53 €" : "€ 498,53"));
        g_assert_true ((strstr (plain, simris_tr (langs[l], "Annex: amounts over the period")) != NULL) == with);
        g_assert_true ((strstr (plain, simris_tr (langs[l], "Annex: other scenarios")) != NULL) == with);
        g_assert_true ((strstr (plain, simris_tr (langs[l], "Annex: income against earnings")) != NULL) == with);
        /* The scenario's name, not its amount: 944,51 € is also the other answer to "do you share
         * the household with the parent?" in every draft (issue 24). */
        g_assert_true ((strstr (plain, "Parent leaves") != NULL) == with);
      }
  simris_ui_test_close (window);
}

/* Print through the window's own print operation and handlers (begin-print paginates,
 * draw-page draws), the pages exported to a PDF instead of a printer: the PDF has pages,
 * and shows the monthly amount formatted in the document's language. */
static void
test_print (void)
{
  static const char *langs[] = { "fr", "nl" };
  g_autofree char *path = simris_test_case_path ("public", "seed001-1-alone-with-minor-child.simris.json");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr(GFile) file = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  SimrisWindow *window;

  /* poppler-utils is a dependency of the tests (docs/hacking.md): never a skip. */
  g_assert_nonnull (pdftotext);
  g_assert_nonnull (pdfinfo);

  file = g_file_new_for_path (path);
  household = simris_case_file_load (file, NULL, &error);
  g_assert_no_error (error);
  window = simris_ui_test_open_window (app, path);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *name = g_strdup_printf ("printed-%s.pdf", langs[i]);
      g_autofree char *pdf = g_build_filename (tmp_dir, name, NULL);
      g_autoptr(GFile) target = g_file_new_for_path (pdf);
      g_autoptr(SimrisResult) result = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      g_autofree char *plain = NULL;
      const char *pages;

      result = simris_engine_compute (simris_parameters_get_default (), household, 0, langs[i], &error);
      g_assert_no_error (error);
      amount = simris_money_format (simris_result_get_amount_month (result), langs[i]);

      g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.print-to", target, langs[i], NULL));
      g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

      info = run_poppler ("pdfinfo", pdf, FALSE);
      pages = strstr (info, "\nPages:");
      g_assert_nonnull (pages);
      g_assert_cmpint (atoi (pages + strlen ("\nPages:")), >=, 1);

      text = run_poppler ("pdftotext", pdf, TRUE);
      g_test_message ("%s: %s", langs[i], amount);
      plain = plain_spaces (text);
      /* pdftotext gives the amount's no-break spaces as spaces. */
      {
        g_autofree char *plain_amount = plain_spaces (amount);

        g_assert_nonnull (strstr (plain, plain_amount));
      }
      if (g_str_equal (langs[i], "fr"))
        g_assert_nonnull (strstr (plain, "1 776,07"));
      /* The decision's pages hold no note for the social worker: that is a print job of its own. */
      g_assert_null (strstr (plain, simris_tr (langs[i], "Note for the social worker")));
      {
        g_autofree char *note_name = g_strdup_printf ("printed-note-%s.pdf", langs[i]);
        g_autofree char *note_pdf = g_build_filename (tmp_dir, note_name, NULL);
        g_autoptr(GFile) note_target = g_file_new_for_path (note_pdf);
        g_autofree char *note_text = NULL;

        g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.print-note-to", note_target, langs[i], NULL));
        note_text = run_poppler ("pdftotext", note_pdf, TRUE);
        g_assert_nonnull (strstr (note_text, simris_tr (langs[i], "Note for the social worker")));
        g_assert_null (strstr (note_text, simris_tr (langs[i], "Grounds and legal basis")));
      }
    }

  simris_ui_test_close (window);
}

/* Save As through the action; unsaved work is kept aside a few seconds after a change,
 * and the copy goes away once saved. */
static void
test_save_and_autosave (void)
{
  g_autofree char *path = simris_test_case_path ("public", "isolated-nothing-2026-03.simris.json");
  g_autofree char *saved = g_build_filename (tmp_dir, "saved.simris.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (saved);
  g_autofree char *autosave_dir = simris_application_get_autosave_dir ();
  g_autoptr(SimrisHousehold) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  SimrisWindow *window;
  GDir *dir;
  guint n_autosaves = 0;
  gpointer waiting = &n_autosaves;
  gulong saved_id;


  /* The earlier tests' windows, destroyed with changes, leave their copies as a crash would
   * (slower builds reach the autosave delay): start from none, so that what is counted is
   * this window's. */
  simris_ui_test_remove_tree (autosave_dir);
  window = simris_ui_test_open_window (app, path);
  simris_household_set_reference_date (simris_window_get_household (window), "2026-04-01");
  g_assert_true (simris_window_get_modified (window));

  /* Waits for the autosave itself (the session's ::saved), not for a time: under load the
   * 2 s timer may fire much later than 6 s after the edit. */
  saved_id = g_signal_connect_swapped (simris_session_get_default (), "saved", G_CALLBACK (g_nullify_pointer), &waiting);
  while (waiting != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (simris_session_get_default (), saved_id);
  if ((dir = g_dir_open (autosave_dir, 0, NULL)) != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        n_autosaves += g_str_has_suffix (name, ".simris.json");
      g_dir_close (dir);
    }
  g_assert_cmpuint (n_autosaves, ==, 1);

  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.save-to", target, NULL));
  g_assert_false (simris_window_get_modified (window));
  g_assert_true (g_file_equal (simris_window_get_file (window), target));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  reloaded = simris_case_file_load (target, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (simris_household_get_reference_date (reloaded), ==, "2026-04-01");

  dir = g_dir_open (autosave_dir, 0, NULL);
  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_false (g_str_has_suffix (name, ".simris.json"));
      g_dir_close (dir);
    }

  simris_ui_test_close (window);
}


/* Print offers the language chosen for print, else the UI's (here English: Preferences',
 * French by default), never silently the last export's: after an export in Dutch, a print
 * left as offered is French. tests/cases/scenarios-cohabitant-job-parent.simris.json: 498,53
 * a month (its description). */
static void
test_print_language (void)
{
  g_autofree char *path = simris_test_case_path (NULL, "scenarios-cohabitant-job-parent.simris.json");
  g_autofree char *exported = g_build_filename (tmp_dir, "print-lang-export.pdf", NULL);
  g_autofree char *printed = g_build_filename (tmp_dir, "print-lang-print.pdf", NULL);
  g_autoptr(GFile) export_file = g_file_new_for_path (exported);
  g_autoptr(GFile) print_file = g_file_new_for_path (printed);
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  SimrisWindow *window;

  /* poppler-utils is a dependency of the tests (docs/hacking.md): never a skip. */
  g_assert_nonnull (pdftotext);
  window = simris_ui_test_open_window (app, path);
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", export_file, "nl", "", NULL));
  g_assert_cmpstr (simris_household_get_decision_field (simris_window_get_household (window), "language"), ==, "nl");

  /* No language given: the one the Print dialog offers. */
  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.print-to", print_file, "", NULL));
  text = run_poppler ("pdftotext", printed, TRUE);
  plain = plain_spaces (text);
  g_assert_nonnull (strstr (plain, "498,53 €"));
  g_assert_null (strstr (plain, "€ 498,53"));

  /* A file that is not local: a message, no crash and nothing written. */
  {
    g_autoptr(GFile) remote = g_file_new_for_uri ("http://example.invalid/decision.pdf");

    g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.print-to", remote, "", NULL));
    g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", remote, "", "", NULL));
    simris_ui_test_settle_window (window);
  }
  simris_ui_test_close (window);
}


static void
debug_wide (GtkWidget *root)
{
  int min;

  gtk_widget_measure (root, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > 1000 && gtk_widget_get_first_child (root) == NULL)
    g_printerr ("WIDE %s %s %d: %s\n", G_OBJECT_TYPE_NAME (root), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (root)),
                min, GTK_IS_LABEL (root) ? gtk_label_get_label (GTK_LABEL (root)) : "");
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    debug_wide (c);
}

/* A name of 200 characters (the limit, docs/case-format.md), without a space to wrap at, on
 * the person's page, in the household list and in the result: the window's minimum width
 * stays what it was (it never grows past the screen). */
static void
test_long_name (void)
{
  g_autofree char *path = simris_test_case_path (NULL, "spi-not-claimed.simris.json");
  SimrisWindow *window = simris_ui_test_open_window (app, path);
  SimrisMember *applicant = simris_household_get_applicant (simris_window_get_household (window));
  g_autofree char *name = g_strnfill (200, 'W');
  int before, after, natural;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &before, NULL, NULL, NULL);
  simris_member_set_name (applicant, name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s",
                                             simris_member_get_id (applicant)));
  simris_ui_test_settle_window (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &after, &natural, NULL, NULL);
  g_test_message ("minimum width %d → %d, natural %d", before, after, natural);
  if (g_getenv ("SIMRIS_DEBUG_WIDE") != NULL)
    debug_wide (GTK_WIDGET (window));
  g_assert_cmpint (after, <=, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-household", NULL));
  simris_ui_test_settle_window (window);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &after, NULL, NULL, NULL);
  g_assert_cmpint (after, <=, before);
  simris_ui_test_close (window);
}


/* The explanation's closed groups keep their rows out of layout (hidden, so that an edit
 * lays out no text nobody sees); opened after edits, a group shows the figures of the case
 * as it is now, never those of when it was last open. */
static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_EXPANDER_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static AdwExpanderRow *
step_group (GtkWidget  *view,
            const char *title)
{
  return ADW_EXPANDER_ROW (simris_ui_test_find (view, is_group_titled, title));
}


/* The group's step rows: how many are visible, and whether one of them says text. */
static guint
visible_steps (AdwExpanderRow *group,
               const char     *text,
               gboolean       *has_text)
{
  GPtrArray *stack = g_ptr_array_new ();
  guint n = 0;

  *has_text = FALSE;
  g_ptr_array_add (stack, group);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (SIMRIS_IS_STEP_ROW (widget))
        {
          if (gtk_widget_get_visible (widget))
            n++;
          if (gtk_widget_get_visible (widget) && text != NULL
              && simris_ui_test_has_label_containing (widget, text))
            *has_text = TRUE;
          continue;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_ptr_array_unref (stack);
  return n;
}

/* A window on an applicant born on 1 April 1985 with a wage of 400 € a month in March 2025,
 * shown at 1280 × 900 and settled; *wage is that wage (the window's household holds it), to
 * edit as the form would. */
static SimrisWindow *
open_wage_case (SimrisResource **wage_out)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  g_autoptr(SimrisMember) applicant = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1985-04-01");
  g_autoptr(SimrisResource) wage = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 40000, SIMRIS_PERIOD_MONTH);
  SimrisWindow *window = simris_window_new (app);

  simris_household_set_reference_date (household, "2025-03-01");
  simris_member_add_resource (applicant, wage);
  simris_household_append (household, applicant);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  simris_window_set_household (window, household);
  gtk_window_present (GTK_WINDOW (window));
  simris_ui_test_settle_window (window);
  *wage_out = wage;
  return window;
}

static void
test_closed_steps (void)
{
  SimrisResource *wage;
  SimrisWindow *window = open_wage_case (&wage);
  GtkWidget *view = simris_window_get_result_view (window);
  AdwExpanderRow *resources;
  gboolean has_text = FALSE;
  g_autofree char *wage_500 = simris_ui_test_money (50000);
  g_autofree char *wage_600 = simris_ui_test_money (60000);

  resources = step_group (view, _("The Resources"));
  g_assert_nonnull (resources);
  g_assert_false (adw_expander_row_get_expanded (resources));
  g_assert_cmpuint (visible_steps (resources, NULL, &has_text), ==, 0);

  /* An edit while the group is closed (400 → 500 € a month), then the group opened: its
   * rows show and say 500 €, the wage as typed. */
  simris_resource_set_amount (wage, 50000);
  simris_ui_test_settle_window (window);
  g_assert_cmpuint (visible_steps (resources, NULL, &has_text), ==, 0);
  adw_expander_row_set_expanded (resources, TRUE);
  g_assert_cmpuint (visible_steps (resources, wage_500, &has_text), >, 0);
  g_assert_true (has_text);

  /* Closed again: out of layout once closed (after the revealer's slide, a state waited
   * for); edited while closed (600 €), opened: 600 €, not the 500 € it last showed. */
  adw_expander_row_set_expanded (resources, FALSE);
  while (visible_steps (resources, NULL, &has_text) > 0)
    g_main_context_iteration (NULL, TRUE);
  simris_resource_set_amount (wage, 60000);
  simris_ui_test_settle_window (window);
  adw_expander_row_set_expanded (resources, TRUE);
  g_assert_cmpuint (visible_steps (resources, wage_600, &has_text), >, 0);
  g_assert_true (has_text);
  visible_steps (resources, wage_500, &has_text);
  g_assert_false (has_text);

  simris_ui_test_close (window);
}

/* "Over Time" is computed only once shown: shown for the first time after edits, it holds
 * the household as typed now (a wage of 400 € changed to 500 € a month before the page was
 * ever shown), never the household the window opened with. */
static void
test_timeline_after_edits (void)
{
  SimrisResource *wage;
  SimrisWindow *window = open_wage_case (&wage);
  GtkWidget *view;
  GtkWidget *steps;
  g_autofree char *wage_400 = simris_ui_test_money (40000);
  g_autofree char *wage_500 = simris_ui_test_money (50000);

  view = simris_ui_test_find_type (GTK_WIDGET (window), SIMRIS_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (view);
  g_assert_false (gtk_widget_get_mapped (view));

  simris_resource_set_amount (wage, 50000);
  simris_ui_test_settle_window (window);

  gtk_stack_set_visible_child (GTK_STACK (gtk_widget_get_ancestor (gtk_widget_get_parent (view), GTK_TYPE_STACK)),
                               view);
  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  simris_timeline_view_flush (SIMRIS_TIMELINE_VIEW (view));
  g_assert_nonnull (simris_timeline_view_get_timeline (SIMRIS_TIMELINE_VIEW (view)));
  simris_timeline_view_show_month (SIMRIS_TIMELINE_VIEW (view), 0);
  steps = simris_ui_test_find_named (view, "timeline-steps-list");
  g_assert_nonnull (steps);
  g_assert_true (simris_ui_test_has_label_containing (steps, wage_500));
  g_assert_false (simris_ui_test_has_label_containing (steps, wage_400));

  simris_ui_test_close (window);
}

/* A help button builds its popover the first time it opens (a form holds dozens): opened,
 * it says the texts the button was given, and a text changed afterwards shows. */
static void
test_help_popover (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *field = gtk_entry_new ();
  GtkWidget *button = simris_help_button_new ("Title", "Meaning", "Example", NULL);
  GtkWidget *popover;

  /* As in the form: a field beside its "?" (which is no Tab stop of its own), the field
   * having the keyboard; closed, the popover gives the focus back to the field. */
  gtk_box_append (GTK_BOX (box), field);
  gtk_box_append (GTK_BOX (box), button);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (field);
  gtk_test_widget_wait_for_draw (window);
  g_assert_false (simris_ui_test_has_label_containing (button, "Meaning"));

  simris_help_button_popup_from (SIMRIS_HELP_BUTTON (button), field);
  popover = simris_ui_test_find_type (button, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  while (!gtk_widget_get_mapped (popover))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (simris_ui_test_has_label_containing (popover, "Title"));
  g_assert_true (simris_ui_test_has_label_containing (popover, "Meaning"));
  g_assert_true (simris_ui_test_has_label_containing (popover, "Example"));
  g_assert_false (simris_ui_test_has_label_containing (popover, "If wrong"));

  g_object_set (button, "meaning", "Another meaning", "if-wrong", "If wrong", NULL);
  g_assert_true (simris_ui_test_has_label_containing (popover, "Another meaning"));
  g_assert_true (simris_ui_test_has_label_containing (popover, "If wrong"));

  gtk_popover_popdown (GTK_POPOVER (popover));
  while (gtk_widget_get_mapped (popover))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_is_focus (field) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), field));

  simris_ui_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  static const SimrisUiTest tests[] = {
    { "/simris/ui/cases", test_cases },
    { "/simris/ui/edits", test_edits },
    { "/simris/ui/undo-remove", test_undo_remove },
    { "/simris/ui/templates", test_templates },
    { "/simris/ui/export-pdf", test_export_pdf },
    { "/simris/ui/export-annexes", test_export_annexes },
    { "/simris/ui/print-language", test_print_language },
    { "/simris/ui/long-name", test_long_name },
    { "/simris/ui/closed-steps", test_closed_steps },
    { "/simris/ui/timeline-after-edits", test_timeline_after_edits },
    { "/simris/ui/help-popover", test_help_popover },
    { "/simris/ui/print", test_print },
    { "/simris/ui/save-and-autosave", test_save_and_autosave },
  };

  return simris_ui_test_main (&argc, &argv, tests, G_N_ELEMENTS (tests), &app, &tmp_dir);
}
