/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-ui-test.h"

char *
simris_ui_test_prepare (void)
{
  const char *localedir = g_getenv ("SIMRIS_LOCALEDIR");
  char *tmp_dir;

  g_setenv ("LANG", "C.UTF-8", FALSE);
  g_setenv ("GDK_BACKEND", "x11", FALSE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);

  tmp_dir = g_dir_make_tmp ("simris-ui-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  {
    g_autofree char *state = g_build_filename (tmp_dir, "state", NULL);
    g_autofree char *data = g_build_filename (tmp_dir, "data", NULL);

    g_setenv ("XDG_STATE_HOME", state, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return tmp_dir;
}

SimrisApplication *
simris_ui_test_start (void)
{
  SimrisApplication *app;

  if (!gtk_init_check ())
    return NULL;
  adw_init ();

  app = simris_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

SimrisApplication *
simris_ui_test_init (int    *argc,
                     char ***argv,
                     char  **tmp_dir)
{
  SimrisApplication *app;
  g_autofree char *dir = simris_ui_test_prepare ();

  g_test_init (argc, argv, NULL);

  app = simris_ui_test_start ();
  if (app == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      simris_ui_test_remove_tree (dir);
      return NULL;
    }
  if (tmp_dir != NULL)
    *tmp_dir = g_steal_pointer (&dir);
  return app;
}

void
simris_ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        simris_ui_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
