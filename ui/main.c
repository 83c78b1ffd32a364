/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "Simris"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "simris-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SimrisApplication) app = NULL;
  const char *localedir;

  /* The UI follows the system language; SIMRIS_LOCALEDIR points at the build tree's
   * catalogues (meson devenv, tests, screenshots). */
  localedir = g_getenv ("SIMRIS_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Translators: the application's name */
  g_set_application_name (_("SimRIS"));
  app = simris_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
