/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisShot"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-application.h"
#include "simris-assistant.h"
#include "simris-timeline-view.h"
#include "simris-ui-test.h"
#include "simris-window.h"

/* Not a test: a picture of the window as it is drawn, to look at the layout in each
 * language without clicking through it.
 *
 *   LANGUAGE=fr xvfb-run -a build/tests/ui/shot-ui CASE.simris.json OUT.png [WIDTHxHEIGHT [MEMBER [expand]]]
 *
 * MEMBER is a person's position in the household (0, the applicant): the window shows their
 * page, with every resource and claim opened if "expand" follows. MEMBER "result" shows the
 * result pane instead (what a folded window shows after "See the Calculation"); "timeline" its
 * "Over time" page, "timeline:N" that page on month N's calculation; "guide:PAGE" the guide
 * opened on the case and shown on its page PAGE ("stay", "result"…). The window is drawn in
 * process (docs/hacking.md §4), so no window manager is needed.
 */

static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

/* SIMRIS_SHOT_WIDEST=1: the widgets whose minimum width is above the window's, to find
 * what keeps a narrow window from getting narrower. */
static void
print_widest (GtkWidget *widget,
              int        limit,
              int        depth)
{
  int min = 0;

  if (!gtk_widget_get_visible (widget))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min <= limit && depth > 12)
    return;
  if (min < 200)
    return;
  g_printerr ("%*s%s %s: %d\n", depth * 2, "", G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget), min);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    print_widest (child, limit, depth + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SimrisApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *tmp_dir = NULL;
  SimrisWindow *window;
  int width = 1280, height = 900;
  int member = -1;
  int ret = 0;

  if (argc < 3)
    {
      g_printerr ("usage: shot-ui CASE.simris.json OUT.png [WIDTHxHEIGHT [MEMBER [expand]]]\n");
      return 2;
    }
  if (argc > 3 && sscanf (argv[3], "%dx%d", &width, &height) != 2)
    {
      g_printerr ("shot-ui: size as WIDTHxHEIGHT, not %s\n", argv[3]);
      return 2;
    }
  if (argc > 4 && !g_str_equal (argv[4], "result") && !g_str_has_prefix (argv[4], "timeline")
      && !g_str_has_prefix (argv[4], "guide:"))
    member = atoi (argv[4]);

  tmp_dir = simris_ui_test_prepare ();
  app = simris_ui_test_start ();
  if (app == NULL)
    {
      g_printerr ("shot-ui: no display\n");
      simris_ui_test_remove_tree (tmp_dir);
      return 77;
    }
  /* No transition caught halfway. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  window = simris_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!simris_window_load_file (window, file))
    {
      g_printerr ("shot-ui: cannot open %s\n", argv[1]);
      return 1;
    }
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  if (argc > 4 && g_str_equal (argv[4], "result"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-result", NULL);
  else if (argc > 4 && g_str_has_prefix (argv[4], "guide:"))
    {
      /* The guide's own window is the picture. */
      SimrisAssistant *assistant = simris_assistant_new (window);

      gtk_window_set_default_size (GTK_WINDOW (assistant), width, height);
      gtk_window_present (GTK_WINDOW (assistant));
      gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.go-to", "s", argv[4] + strlen ("guide:"));
      simris_ui_test_draw (GTK_WIDGET (assistant));
      if (!simris_ui_test_save_png (GTK_WIDGET (assistant), argv[2]))
        ret = 1;
      gtk_window_destroy (GTK_WINDOW (assistant));
      gtk_window_destroy (GTK_WINDOW (window));
      simris_ui_test_remove_tree (tmp_dir);
      return ret;
    }
  else if (argc > 4 && g_str_has_prefix (argv[4], "timeline"))
    {
      GtkWidget *view = simris_ui_test_find_type (GTK_WIDGET (window), SIMRIS_TYPE_TIMELINE_VIEW);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-result", NULL);
      gtk_stack_set_visible_child (GTK_STACK (gtk_widget_get_ancestor (gtk_widget_get_parent (view), GTK_TYPE_STACK)),
                                   view);
      simris_timeline_view_flush (SIMRIS_TIMELINE_VIEW (view));
      if (argv[4][8] == ':')
        simris_timeline_view_show_month (SIMRIS_TIMELINE_VIEW (view), (guint) atoi (argv[4] + 9));
    }
  else if (member >= 0)
    {
      GListModel *members = G_LIST_MODEL (simris_window_get_household (window));
      g_autoptr(SimrisMember) person = g_list_model_get_item (members, member);

      if (person == NULL)
        {
          g_printerr ("shot-ui: no member %d\n", member);
          return 1;
        }
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s", simris_member_get_id (person));
      if (argc > 5 && g_str_equal (argv[5], "expand"))
        expand_all (GTK_WIDGET (window));
    }

  /* The result is computed in an idle; let it and the relayout settle. */
  simris_ui_test_draw (GTK_WIDGET (window));

  /* A narrow window's header bar turns compact after its first frame: ask for the size
   * again now that it can have it. */
  if (gtk_widget_get_width (GTK_WIDGET (window)) > width)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width - 1, height);
      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
      simris_ui_test_draw (GTK_WIDGET (window));
    }

  if (g_getenv ("SIMRIS_SHOT_WIDEST") != NULL)
    print_widest (GTK_WIDGET (window), width, 0);

  if (!simris_ui_test_save_png (GTK_WIDGET (window), argv[2]))
    {
      g_printerr ("shot-ui: cannot write %s\n", argv[2]);
      ret = 1;
    }

  gtk_window_destroy (GTK_WINDOW (window));
  simris_ui_test_remove_tree (tmp_dir);
  return ret;
}
