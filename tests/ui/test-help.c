/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <glib/gstdio.h>

#include "simris-ui-test.h"
#include "simris-window.h"

/* The manual opens from F1 and from the main menu: app.help asks the desktop to show
 * help:io.github.simris.SimRIS. A stand-in help viewer, registered for the help: scheme in the
 * test's scratch folders, writes down the URI it was given. */

static SimrisApplication *app;
static char *tmp_dir;
static char *uri_file;

static void
install_fake_viewer (void)
{
  g_autofree char *apps = g_build_filename (tmp_dir, "data", "applications", NULL);
  g_autofree char *script = g_build_filename (tmp_dir, "fake-help-viewer.sh", NULL);
  g_autofree char *desktop = g_build_filename (apps, "fake-help-viewer.desktop", NULL);
  /* GLib has read XDG_CONFIG_HOME already; it still reads $XDG_DATA_HOME/applications/mimeapps.list. */
  g_autofree char *mimeapps = g_build_filename (apps, "mimeapps.list", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_text = NULL;

  uri_file = g_build_filename (tmp_dir, "help-uri", NULL);
  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);

  /* Written to a scratch name, then renamed: the test never reads half a line. */
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s' \"$1\" > '%s.part' && mv '%s.part' '%s'\n",
                                 uri_file, uri_file, uri_file);
  g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);

  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Fake help viewer\n"
                                  "Exec=%s %%u\nMimeType=x-scheme-handler/help;\nNoDisplay=true\n", script);
  g_assert_true (g_file_set_contents (desktop, desktop_text, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps,
                                      "[Default Applications]\nx-scheme-handler/help=fake-help-viewer.desktop\n",
                                      -1, NULL));
}

static gboolean
is_menu_button_with (GtkWidget     *widget,
                     gconstpointer  action)
{
  GMenuModel *model = GTK_IS_MENU_BUTTON (widget) ? gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) : NULL;

  return model != NULL && simris_ui_test_menu_has (model, G_MENU_ATTRIBUTE_ACTION, action);
}

static gboolean
widget_menu_has_action (GtkWidget  *widget,
                        const char *action)
{
  return simris_ui_test_find (widget, is_menu_button_with, action) != NULL;
}

static void
test_help_menu_and_key (void)
{
  SimrisWindow *window = simris_window_new (app);
  g_auto(GStrv) accels = NULL;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "help"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_assert_true (g_strv_contains ((const char * const *) accels, "F1"));
  g_assert_true (widget_menu_has_action (GTK_WIDGET (window), "app.help"));

  simris_ui_test_close (window);
}

static void
test_help_opens_the_manual (void)
{
  SimrisWindow *window = simris_window_new (app);
  g_autofree char *uri = NULL;
  gint64 deadline;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while (!g_file_test (uri_file, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_true (g_file_get_contents (uri_file, &uri, NULL, NULL));
  g_assert_cmpstr (uri, ==, "help:io.github.simris.SimRIS");

  /* The viewer started: no error dialog stands over the window. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    g_assert_false (ADW_IS_MESSAGE_DIALOG (l->data));

  simris_ui_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = simris_ui_test_init (&argc, &argv, &tmp_dir);
  if (app == NULL)
    return 0;
  install_fake_viewer ();

  g_test_add_func ("/simris/help/menu-and-key", test_help_menu_and_key);
  g_test_add_func ("/simris/help/opens-the-manual", test_help_opens_the_manual);

  ret = simris_ui_test_run (&app, &tmp_dir);
  g_free (uri_file);
  return ret;
}
