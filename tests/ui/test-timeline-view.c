/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-application.h"
#include "simris-i18n.h"
#include "simris-timeline-view.h"
#include "simris-ui-test.h"
#include "simris-window.h"

/* The "Over time" page of the window (docs/calculation.md §14): its default period, a row per month
 * with the months that changed marked, the total, a month's calculation, an incomplete case
 * showing no amount, and recomputation when the household changes. */

static SimrisApplication *app;
static char *tmp_dir;

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
test_view (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "timeline", "child-turns-18.simris.json");
  SimrisTimelineView *view;
  SimrisTimeline *timeline;
  SimrisHousehold *household;
  g_autoptr(SimrisMember) child = NULL;
  g_autofree char *total = NULL;
  GtkWidget *list;

  view = SIMRIS_TIMELINE_VIEW (simris_ui_test_find_type (GTK_WIDGET (window), SIMRIS_TYPE_TIMELINE_VIEW));
  g_assert_nonnull (view);
  household = simris_window_get_household (window);
  g_assert_true (simris_timeline_view_get_household (view) == household);

  /* No application date: the reference month (2026-04) and the 11 before it. */
  timeline = simris_timeline_view_get_timeline (view);
  g_assert_nonnull (timeline);
  g_assert_cmpuint (simris_timeline_get_from (timeline), ==, 20250501);
  g_assert_cmpuint (simris_timeline_get_to (timeline), ==, 20260401);
  list = simris_ui_test_find_named (GTK_WIDGET (view), "timeline-months-list");
  g_assert_cmpuint (n_rows (list), ==, 12);
  /* 2026-03 (row 10): the index step and the 2026 regime, marked; 2026-02 (row 9) not. */
  g_assert_true (simris_timeline_has_change (timeline, 10, "parameters"));
  g_assert_cmpuint (simris_timeline_get_changes (timeline, 9)->len, ==, 0);

  /* The period of the case file's arithmetic: 3 × 1 811,57 + 2 × 893,65 = 7 222,01. */
  simris_timeline_view_set_period (view, 20260401, 20260801);
  timeline = simris_timeline_view_get_timeline (view);
  g_assert_cmpuint (n_rows (list), ==, 5);
  total = simris_ui_test_money (722201);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (simris_ui_test_find_named (GTK_WIDGET (view), "timeline-total-label"))), ==, total);
  g_assert_true (simris_timeline_has_change (timeline, 3, "category"));

  /* Issue 27: "12/9999" is written right but out of range: said so, not "type MM/YYYY". */
  {
    GtkWidget *from_row = simris_ui_test_find_named (GTK_WIDGET (view), "timeline-from-row");
    GtkWidget *error_label = simris_ui_test_find_named (GTK_WIDGET (view), "timeline-period-error");

    gtk_editable_set_text (GTK_EDITABLE (from_row), "12/9999");
    g_signal_emit_by_name (from_row, "apply");
    g_assert_true (gtk_widget_get_visible (error_label));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "12/9999 is outside the years"));
    gtk_editable_set_text (GTK_EDITABLE (from_row), "13/2026");
    g_signal_emit_by_name (from_row, "apply");
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "MM/YYYY"));
    g_assert_cmpuint (n_rows (list), ==, 5);
  }

  /* A month's whole calculation. */
  simris_timeline_view_show_month (view, 3);
  g_assert_cmpuint (n_rows (simris_ui_test_find_named (GTK_WIDGET (view), "timeline-steps-list")), >, 5);

  /* An incomplete case: the message, no amount; then complete again. */
  child = g_list_model_get_item (G_LIST_MODEL (household), 1);
  simris_member_set_birth_date (child, NULL);
  simris_ui_test_settle ();
  simris_timeline_view_flush (view);
  g_assert_null (simris_timeline_view_get_timeline (view));
  g_assert_true (gtk_widget_get_visible (simris_ui_test_find_named (GTK_WIDGET (view), "timeline-error-box")));
  simris_member_set_birth_date (child, "2008-06-15");
  simris_ui_test_settle ();
  simris_timeline_view_flush (view);
  g_assert_nonnull (simris_timeline_view_get_timeline (view));
  g_assert_false (gtk_widget_get_visible (simris_ui_test_find_named (GTK_WIDGET (view), "timeline-error-box")));
  g_assert_cmpint (simris_timeline_get_total (simris_timeline_view_get_timeline (view)), ==, 722201);

  simris_ui_test_close (window);
}

/* With an application date, the period runs from its month to the reference month. */
static void
test_default_from_application (void)
{
  SimrisWindow *window = simris_ui_test_open_case (app, "timeline", "child-turns-18.simris.json");
  SimrisTimelineView *view;
  SimrisHousehold *household;

  household = simris_window_get_household (window);
  view = SIMRIS_TIMELINE_VIEW (simris_ui_test_find_type (GTK_WIDGET (window), SIMRIS_TYPE_TIMELINE_VIEW));
  simris_household_set_decision_field (household, "application_date", "2026-01-20");
  simris_timeline_view_set_household (view, NULL);
  simris_timeline_view_set_household (view, household);
  g_assert_cmpuint (simris_timeline_get_from (simris_timeline_view_get_timeline (view)), ==, 20260101);
  g_assert_cmpuint (simris_timeline_get_to (simris_timeline_view_get_timeline (view)), ==, 20260401);
  simris_ui_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  static const SimrisUiTest tests[] = {
    { "/simris/ui/timeline/view", test_view },
    { "/simris/ui/timeline/default-from-application", test_default_from_application },
  };

  return simris_ui_test_main (&argc, &argv, tests, G_N_ELEMENTS (tests), &app, &tmp_dir);
}
