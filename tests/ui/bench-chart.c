/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "simris-bench.h"
#include "simris-earnings-chart.h"
#include "simris-ui-test.h"

/* Not a test: how long the earnings chart takes to redraw a 251-point sweep (0 → 2 500 € in 10 €
 * steps) at 900 × 500 with its cursor on: the widget's snapshot vfunc (all the Cairo drawing) plus
 * rendering the node to a texture with the window's renderer, i.e. what one frame of it costs. Prints the median of N runs in ms; one frame at
 * 60 Hz is 16.7 ms.
 *
 *   xvfb-run -a build/tests/ui/bench-chart tests/cases/public/spi-new-job.simris.json a [N] */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SimrisApplication) app = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisSweep) sweep = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree double *times = NULL;
  g_autofree double *draw_times = NULL;
  GtkWidget *window, *chart;
  int n = 100;
  int status = simris_bench_parse (argc, argv, 2, "bench-chart CASE.simris.json MEMBER [N]", &n, &household);

  if (status != 0)
    return status;
  tmp_dir = simris_ui_test_prepare ();
  app = simris_ui_test_start ();
  if (app == NULL)
    return 77;
  sweep = simris_sweep_run (simris_parameters_get_default (), household, argv[2], 0,
                            SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
  if (sweep == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  chart = simris_earnings_chart_new ();
  simris_earnings_chart_set_sweep (SIMRIS_EARNINGS_CHART (chart), sweep);
  simris_earnings_chart_set_cursor (SIMRIS_EARNINGS_CHART (chart), 70);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  times = g_new (double, n);
  draw_times = g_new (double, n);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      int w = gtk_widget_get_width (chart), h = gtk_widget_get_height (chart);
      gint64 start;

      /* A different cursor each time, so nothing is cached. */
      simris_earnings_chart_set_cursor (SIMRIS_EARNINGS_CHART (chart), i % 251);
      start = g_get_monotonic_time ();
      /* The widget's own drawing (its snapshot vfunc), not a cached frame. */
      GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      draw_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                             &GRAPHENE_RECT_INIT (0, 0, w, h));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (node == NULL || texture == NULL)
        {
          g_printerr ("bench-chart: nothing drawn\n");
          return 1;
        }
    }
  simris_bench_sort (times, n);
  simris_bench_sort (draw_times, n);
  g_print ("chart snapshot alone (the Cairo drawing): median %.2f ms\n", draw_times[n / 2]);
  g_print ("chart redraw, 251 points, %d × %d: median %.2f ms, min %.2f ms, max %.2f ms (%d runs; a 60 Hz frame is 16.7 ms)\n",
           gtk_widget_get_width (chart), gtk_widget_get_height (chart), times[n / 2], times[0], times[n - 1], n);
  gtk_window_destroy (GTK_WINDOW (window));
  simris_ui_test_remove_tree (tmp_dir);
  return 0;
}
