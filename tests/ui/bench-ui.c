/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisBench"

#include "config.h"

#include <sys/resource.h>
#include <glib/gi18n.h>

#include "simris-application.h"
#include "simris-engine.h"
#include "simris-result-view.h"
#include "simris-ui-test.h"
#include "simris-window.h"

/* Under callgrind, the instructions of the first frame and of the edits land in dumps of
 * their own (callgrind.out.PID.1, .2); elsewhere these are no-ops. */
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_DUMP_STATS_AT
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

/* Not a test: what the SimRIS window costs over an empty libadwaita window, and how long
 * an edit takes to show its new result, on a 10-member household with resources.
 *
 *   xvfb-run -a build/tests/ui/bench-ui --bare      # an empty AdwApplicationWindow
 *   xvfb-run -a build/tests/ui/bench-ui [ROUNDS]    # the SimRIS window, then ROUNDS edits
 *   xvfb-run -a valgrind --tool=callgrind build/tests/ui/bench-ui 10
 *                        # instructions: .1 = main → first frame, .2 = the edits, then the rest
 *
 * Run each in its own process: the first frame is timed from main() to the window drawn,
 * and ru_maxrss is the process's peak resident set. Both windows are 1366×768 and built
 * under the same environment (simris_ui_test_prepare: X11, cairo renderer, no GL, no a11y).
 */

#define WIDTH 1366
#define HEIGHT 768

static long
peak_rss_kb (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;
  return usage.ru_maxrss;
}

static void
print_first_frame (const char *mode,
                   gint64      t0,
                   gint64      t_first)
{
  g_print ("mode: %s\n", mode);
  g_print ("first frame (main → drawn): %.1f ms\n", (t_first - t0) / 1000.0);
  g_print ("peak RSS at first frame (ru_maxrss): %ld kB\n", peak_rss_kb ());
}

/* The baseline: libadwaita's own window, empty, the same size. */
static int
run_bare (gint64 t0)
{
  g_autoptr(AdwApplication) app = NULL;
  GtkWidget *window;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-ui: no display\n");
      return 77;
    }
  adw_init ();
  app = adw_application_new (APP_ID ".BenchBare", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  print_first_frame ("bare AdwApplicationWindow", t0, g_get_monotonic_time ());

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

static SimrisHousehold *
ten_members (void)
{
  static const struct { SimrisRelation relation; const char *birth; gint64 wage; } people[] = {
    { SIMRIS_RELATION_APPLICANT, "1975-05-01", 40000 },
    { SIMRIS_RELATION_PARTNER, "1977-02-11", 60000 },
    { SIMRIS_RELATION_CHILD, "2012-01-01", 0 },
    { SIMRIS_RELATION_CHILD, "2014-03-03", 0 },
    { SIMRIS_RELATION_CHILD, "2003-01-01", 120000 },
    { SIMRIS_RELATION_CHILD, "2001-07-07", 90000 },
    { SIMRIS_RELATION_PARENT, "1950-09-09", 150000 },
    { SIMRIS_RELATION_SIBLING, "1980-10-10", 110000 },
    { SIMRIS_RELATION_GRANDCHILD, "2020-02-02", 0 },
    { SIMRIS_RELATION_UNRELATED, "1990-12-12", 130000 },
  };
  SimrisHousehold *household = simris_household_new ();

  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_set_count_ascendants_descendants (household, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *id = simris_household_new_member_id (household);
      g_autoptr(SimrisMember) member = simris_member_new (id, people[i].relation, people[i].birth);

      if (people[i].wage > 0)
        {
          g_autoptr(SimrisResource) wage = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, people[i].wage, SIMRIS_PERIOD_MONTH);
          g_autoptr(SimrisResource) allowance = simris_resource_new (SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, 18000, SIMRIS_PERIOD_MONTH);

          simris_member_add_resource (member, wage);
          simris_member_add_resource (member, allowance);
        }
      simris_household_append (household, member);
    }
  return household;
}

int
main (int   argc,
      char *argv[])
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(SimrisApplication) app = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autofree char *tmp_dir = NULL;
  gboolean bare = argc > 1 && g_str_equal (argv[1], "--bare");
  int rounds = (!bare && argc > 1) ? atoi (argv[1]) : 50;
  SimrisWindow *window;
  SimrisResultView *view;
  SimrisResource *wage;
  gint64 t_first;
  double total = 0, worst = 0;
  int ret = 0;

  tmp_dir = simris_ui_test_prepare ();
  if (bare)
    {
      ret = run_bare (t0);
      simris_ui_test_remove_tree (tmp_dir);
      return ret;
    }

  app = simris_ui_test_start ();
  if (app == NULL)
    {
      g_printerr ("bench-ui: no display\n");
      simris_ui_test_remove_tree (tmp_dir);
      return 77;
    }

  household = ten_members ();
  window = simris_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  view = SIMRIS_RESULT_VIEW (simris_window_get_result_view (window));
  simris_window_set_household (window, household);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  t_first = g_get_monotonic_time ();
  CALLGRIND_DUMP_STATS_AT ("first frame");
  print_first_frame ("SimRIS window, 10 members", t0, t_first);

  {
    g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), 4);

    wage = g_list_model_get_item (simris_member_get_resources (member), 0);
  }

  for (int i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      /* An edit, then what the user waits for: the recomputation and the next frame. */
      simris_resource_set_amount (wage, 120000 + (i + 1) * 100);
      while (simris_result_view_is_pending (view))
        g_main_context_iteration (NULL, TRUE);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      total += ms;
      worst = MAX (worst, ms);
    }
  CALLGRIND_DUMP_STATS_AT ("edits");
  g_print ("edit → result drawn, %d rounds: mean %.1f ms, worst %.1f ms\n",
           rounds, rounds ? total / rounds : 0.0, worst);

  /* What a frame costs with no edit: the floor under the latency above. */
  {
    gint64 start = g_get_monotonic_time ();

    for (int i = 0; i < rounds; i++)
      {
        gtk_widget_queue_draw (GTK_WIDGET (window));
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      }
    g_print ("redraw with no edit, %d rounds: mean %.1f ms\n", rounds,
             rounds ? (g_get_monotonic_time () - start) / 1000.0 / rounds : 0.0);
  }
  {
    g_autoptr(SimrisResult) result = NULL;
    gint64 start = g_get_monotonic_time ();

    for (int i = 0; i < rounds; i++)
      {
        g_clear_object (&result);
        result = simris_engine_compute (simris_parameters_get_default (), household, 0, "en", NULL);
      }
    g_print ("engine alone, %d rounds: mean %.3f ms\n", rounds,
             rounds ? (g_get_monotonic_time () - start) / 1000.0 / rounds : 0.0);
  }
  g_print ("peak RSS at the end (ru_maxrss): %ld kB\n", peak_rss_kb ());

  g_object_unref (wage);
  gtk_window_destroy (GTK_WINDOW (window));
  simris_ui_test_remove_tree (tmp_dir);
  return 0;
}
