/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisShot"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-bench.h"
#include "simris-earnings-chart.h"
#include "simris-ui-test.h"
#include "simris-whatif-window.h"

/* Not a test: a picture of the What If window, to look at the chart and the comparison.
 *
 *   LANGUAGE=fr xvfb-run -a build/tests/ui/shot-whatif CASE.simris.json OUT.png earnings|compare [CURSOR [dark]]
 *
 * CURSOR is the chart's point under the cursor (70 = 700 € in the default sweep). */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SimrisApplication) app = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autofree char *tmp_dir = NULL;
  GtkWidget *window;
  int ret = simris_bench_parse (argc, argv, 3, "shot-whatif CASE.simris.json OUT.png earnings|compare [CURSOR [dark]]",
                                NULL, &household);

  if (ret != 0)
    return ret;
  tmp_dir = simris_ui_test_prepare ();
  app = simris_ui_test_start ();
  if (app == NULL)
    return 77;
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (argc > 5 && g_str_equal (argv[5], "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  window = simris_whatif_window_new (household);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  simris_whatif_window_set_page (SIMRIS_WHATIF_WINDOW (window), argv[3]);
  /* SIMRIS_SHOT_PROBLEM: the main window's form problem, to see what the pages say instead. */
  if (g_getenv ("SIMRIS_SHOT_PROBLEM") != NULL)
    simris_whatif_window_set_problem (SIMRIS_WHATIF_WINDOW (window), g_getenv ("SIMRIS_SHOT_PROBLEM"));
  gtk_window_present (GTK_WINDOW (window));
  simris_whatif_window_flush (SIMRIS_WHATIF_WINDOW (window));
  if (argc > 4)
    simris_earnings_chart_set_cursor (SIMRIS_EARNINGS_CHART (simris_whatif_window_get_chart (SIMRIS_WHATIF_WINDOW (window))),
                                      atoi (argv[4]));
  simris_ui_test_draw (window);
  if (!simris_ui_test_save_png (window, argv[2]))
    ret = 1;
  gtk_window_destroy (GTK_WINDOW (window));
  simris_ui_test_remove_tree (tmp_dir);
  return ret;
}
