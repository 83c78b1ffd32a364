/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisShot"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-case-file.h"
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
  g_autoptr(GFile) file = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp_dir = NULL;
  GtkWidget *window;
  int ret = 0;

  if (argc < 4)
    {
      g_printerr ("usage: shot-whatif CASE.simris.json OUT.png earnings|compare [CURSOR [dark]]\n");
      return 2;
    }
  tmp_dir = simris_ui_test_prepare ();
  app = simris_ui_test_start ();
  if (app == NULL)
    return 77;
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (argc > 5 && g_str_equal (argv[5], "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  file = g_file_new_for_commandline_arg (argv[1]);
  household = simris_case_file_load (file, NULL, &error);
  if (household == NULL)
    {
      g_printerr ("shot-whatif: %s\n", error->message);
      return 1;
    }
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
  for (int i = 0; i < 5; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      gtk_test_widget_wait_for_draw (window);
    }
  if (!simris_ui_test_save_png (window, argv[2]))
    ret = 1;
  gtk_window_destroy (GTK_WINDOW (window));
  simris_ui_test_remove_tree (tmp_dir);
  return ret;
}
