/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisApplication"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-application-private.h"
#include "simris-assistant.h" /* guide */
#include "simris-session.h"
#include "simris-window.h"

G_DEFINE_FINAL_TYPE (SimrisApplication, simris_application, ADW_TYPE_APPLICATION)

#define EXAMPLE_NAME "famille.simris.json"

static SimrisWindow *
find_reusable_window (SimrisApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SIMRIS_IS_WINDOW (active) && simris_window_is_pristine (SIMRIS_WINDOW (active)))
    return SIMRIS_WINDOW (active);
  return NULL;
}

/* Issue 27, defect 2: the same file opened twice (once through a symbolic link) gave two
 * windows that overwrote each other. One window per file, whatever path leads to it: the
 * same device and inode. */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  GStatBuf st_a, st_b;

  if (g_file_equal (a, b))
    return TRUE;
  path_a = g_file_get_path (a);
  path_b = g_file_get_path (b);
  return path_a != NULL && path_b != NULL
         && g_stat (path_a, &st_a) == 0 && g_stat (path_b, &st_b) == 0
         && st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}

static SimrisWindow *
find_window_for_file (SimrisApplication *self,
                      GFile             *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *other;

      if (!SIMRIS_IS_WINDOW (l->data))
        continue;
      other = simris_window_get_file (l->data);
      if (other != NULL && same_file (other, file))
        return l->data;
    }
  return NULL;
}

/* Offers the work an earlier run left unsaved, once per process, in a bar of the window:
 * a file opened at start stays usable while the offer waits. */
static void
maybe_offer_recovery (SimrisApplication *self,
                      GtkWindow         *parent)
{
  g_autoptr(GPtrArray) paths = NULL;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;

  paths = simris_session_list (simris_session_get_default ());
  if (paths->len == 0 || !SIMRIS_IS_WINDOW (parent))
    return;
  g_ptr_array_add (paths, NULL);
  simris_window_offer_recovery (SIMRIS_WINDOW (parent), (const char * const *) paths->pdata);
}

static gboolean
is_first_run (SimrisApplication *self)
{
  g_autofree char *stamp = NULL;

  if (self->settings != NULL)
    {
      gboolean first = g_settings_get_boolean (self->settings, "first-run");

      g_settings_set_boolean (self->settings, "first-run", FALSE);
      return first;
    }

  /* Without the schema (an uninstalled build) a stamp file keeps the same memory. */
  stamp = g_build_filename (g_get_user_state_dir (), "simris", "first-run-done", NULL);
  if (g_file_test (stamp, G_FILE_TEST_EXISTS))
    return FALSE;
  {
    g_autofree char *dir = g_path_get_dirname (stamp);

    if (g_mkdir_with_parents (dir, 0700) == 0)
      g_file_set_contents (stamp, "", 0, NULL);
  }
  return TRUE;
}

static void
simris_application_activate (GApplication *app)
{
  SimrisApplication *self = SIMRIS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gboolean first_run;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = simris_application_new_window (self);
  first_run = is_first_run (self);
  if (first_run)
    {
      g_autoptr(GFile) example = simris_application_find_example ();

      if (example != NULL)
        simris_window_load_example (SIMRIS_WINDOW (window), example);
    }
  gtk_window_present (window);
  /* guide: "Guide Me" or "Fill the Form" on a first run without a file (simris-assistant.h) */
  if (first_run)
    simris_assistant_offer (SIMRIS_WINDOW (window));
  maybe_offer_recovery (self, window);
}

static void
simris_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  SimrisApplication *self = SIMRIS_APPLICATION (app);
  GtkWindow *last = NULL;

  for (int i = 0; i < n_files; i++)
    {
      simris_application_open_file (self, files[i]);
      last = gtk_application_get_active_window (GTK_APPLICATION (app));
    }
  if (last != NULL)
    maybe_offer_recovery (self, last);
}

static void
simris_application_startup (GApplication *app)
{
  SimrisApplication *self = SIMRIS_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* The .Devel flavour keeps the resources at the one prefix. */
  g_application_set_resource_base_path (app, RESOURCE_PREFIX);

  G_APPLICATION_CLASS (simris_application_parent_class)->startup (app);

  /* A missing schema (uninstalled build) must never abort: look it up first. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_icon_name (APP_ID);
  _simris_application_actions_init (self);
}

static void
simris_application_dispose (GObject *object)
{
  SimrisApplication *self = SIMRIS_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (simris_application_parent_class)->dispose (object);
}

static void
simris_application_class_init (SimrisApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = simris_application_dispose;
  app_class->activate = simris_application_activate;
  app_class->open = simris_application_open;
  app_class->startup = simris_application_startup;
}

static void
simris_application_init (SimrisApplication *self)
{
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                      /* Translators: command-line synopsis */
                                                      _("[FILE…]"));
}

SimrisApplication *
simris_application_new (void)
{
  return g_object_new (SIMRIS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
simris_application_get_settings (SimrisApplication *self)
{
  g_return_val_if_fail (SIMRIS_IS_APPLICATION (self), NULL);

  return self->settings;
}

GtkWindow *
simris_application_new_window (SimrisApplication *self)
{
  g_return_val_if_fail (SIMRIS_IS_APPLICATION (self), NULL);

  return GTK_WINDOW (simris_window_new (self));
}

void
simris_application_open_file (SimrisApplication *self,
                              GFile             *file)
{
  SimrisWindow *window;

  g_return_if_fail (SIMRIS_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((window = find_window_for_file (self, file)) == NULL)
    {
      if ((window = find_reusable_window (self)) == NULL)
        window = SIMRIS_WINDOW (simris_application_new_window (self));
      /* Shown first, so that an error dialog about the file stands above its window. */
      gtk_window_present (GTK_WINDOW (window));
      simris_window_load_file (window, file);
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

void
simris_application_open_example (SimrisApplication *self)
{
  g_autoptr(GFile) example = simris_application_find_example ();
  SimrisWindow *window;

  g_return_if_fail (SIMRIS_IS_APPLICATION (self));

  if ((window = find_reusable_window (self)) == NULL)
    window = SIMRIS_WINDOW (simris_application_new_window (self));
  if (example != NULL)
    simris_window_load_example (window, example);
  gtk_window_present (GTK_WINDOW (window));
}

GFile *
simris_application_find_example (void)
{
  const char *source_dir = g_getenv ("SIMRIS_SOURCE_DIR");
  g_autofree char *path = NULL;

  if (source_dir != NULL && *source_dir != '\0')
    {
      path = g_build_filename (source_dir, "data", "examples", EXAMPLE_NAME, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
      g_clear_pointer (&path, g_free);
    }

  path = g_build_filename (SIMRIS_DATADIR, "simris", "examples", EXAMPLE_NAME, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_file_new_for_path (path);

  for (const char * const *dirs = g_get_system_data_dirs (); *dirs; dirs++)
    {
      g_free (path);
      path = g_build_filename (*dirs, "simris", "examples", EXAMPLE_NAME, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
    }

  return NULL;
}

char *
simris_application_get_autosave_dir (void)
{
  return g_strdup (simris_session_get_dir (simris_session_get_default ()));
}
