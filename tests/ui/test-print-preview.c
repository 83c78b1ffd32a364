/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The decision draft in the application: the print preview window draws the pages the
 * report renders (one per page, Page Up/Down between them), and the document's language is
 * remembered in the case (decision.language) when a draft is exported or printed. */

#include "config.h"

#include <glib/gstdio.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-print-preview.h"
#include "simris-report.h"
#include "simris-ui-test.h"
#include "simris-window.h"

static SimrisApplication *app;
static char *tmp_dir;

static SimrisReport *
report_for (const char *name,
            const char *lang)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", name);
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisResult) result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);
  g_assert_no_error (error);
  return simris_report_new (household, result, lang);
}

/* The preview shows as many pages as the report lays out for its paper, and moves between
 * them; it draws (the same renderer as the printout) without a warning. */
static void
test_preview (void)
{
  g_autoptr(SimrisReport) report = report_for ("family-pending-unemployment-advance.simris.json", "nl");
  int letter = simris_report_paginate (report, 612.0, 792.0);
  SimrisPrintPreview *preview = simris_print_preview_new (NULL, report, 612.0, 792.0);

  gtk_window_present (GTK_WINDOW (preview));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));
  g_assert_cmpint (simris_print_preview_get_n_pages (preview), ==, letter);
  g_assert_cmpint (simris_print_preview_get_n_pages (preview), >=, 2);
  g_assert_cmpint (simris_print_preview_get_page (preview), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
  g_assert_cmpint (simris_print_preview_get_page (preview), ==, 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));
  simris_print_preview_set_page (preview, 1000);
  g_assert_cmpint (simris_print_preview_get_page (preview), ==, letter - 1);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL)
                  && simris_print_preview_get_page (preview) != letter - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous", NULL));
  g_assert_cmpint (simris_print_preview_get_page (preview), ==, letter - 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));

  simris_ui_test_close (preview);
}

static gboolean
preview_shown (gpointer data)
{
  return simris_ui_test_find_toplevel (SIMRIS_TYPE_PRINT_PREVIEW, NULL, NULL) != NULL;
}

/* The window's print operation, in preview: GtkPrintOperation::preview opens our own
 * window with the report's pages, and closing it ends the operation. */
static void
test_window_preview (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "bdas-student-parents-contribution.simris.json");
  SimrisPrintPreview *preview;

  g_assert_null (simris_ui_test_find_toplevel (SIMRIS_TYPE_PRINT_PREVIEW, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-preview", NULL));
  /* The operation runs asynchronously: until its preview window is there. */
  simris_ui_test_wait_until (preview_shown, NULL);
  preview = simris_ui_test_find_toplevel (SIMRIS_TYPE_PRINT_PREVIEW, NULL, NULL);
  g_assert_cmpint (simris_print_preview_get_n_pages (preview), >=, 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));
  simris_ui_test_close (preview);
  g_assert_null (simris_ui_test_find_toplevel (SIMRIS_TYPE_PRINT_PREVIEW, NULL, NULL));

  simris_ui_test_close (window);
}

/* Exporting in Dutch remembers Dutch in the case; the saved case keeps it. */
static void
test_language_per_case (void)
{
  g_autofree char *pdf = g_build_filename (tmp_dir, "per-case-nl.pdf", NULL);
  g_autofree char *saved = g_build_filename (tmp_dir, "per-case.simris.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (pdf);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(SimrisHousehold) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  SimrisWindow *window = simris_ui_test_open_case (app, "public", "seed001-1-alone-with-minor-child.simris.json");
  GStatBuf st;

  g_assert_null (simris_household_get_decision_field (simris_window_get_household (window), "language"));

  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.export-to", target, "nl", "", NULL));
  simris_ui_test_settle_window (window);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpstr (simris_household_get_decision_field (simris_window_get_household (window), "language"), ==, "nl");

  g_assert_true (simris_ui_test_activate_to (GTK_WIDGET (window), "win.save-to", saved_file, NULL));
  simris_ui_test_settle_window (window);
  reloaded = simris_case_file_load (saved_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (simris_household_get_decision_field (reloaded, "language"), ==, "nl");

  simris_ui_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  static const SimrisUiTest tests[] = {
    { "/simris/ui/print-preview", test_preview },
    { "/simris/ui/window-preview", test_window_preview },
    { "/simris/ui/language-per-case", test_language_per_case },
  };

  return simris_ui_test_main (&argc, &argv, tests, G_N_ELEMENTS (tests), &app, &tmp_dir);
}
