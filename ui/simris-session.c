/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisSession"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "simris-case-file.h"
#include "simris-file.h"
#include "simris-session.h"

#define CASE_SUFFIX ".simris.json"
#define META_SUFFIX ".meta"
#define META_GROUP "Autosave"
/* A note is a few lines; anything larger is not ours. */
#define META_MAX_SIZE 65536

struct _SimrisSession
{
  GObject  parent_instance;
  char    *dir;
};

G_DEFINE_FINAL_TYPE (SimrisSession, simris_session, G_TYPE_OBJECT)

enum {
  SAVED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
simris_session_finalize (GObject *object)
{
  SimrisSession *self = SIMRIS_SESSION (object);

  g_free (self->dir);
  G_OBJECT_CLASS (simris_session_parent_class)->finalize (object);
}

static void
simris_session_class_init (SimrisSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_session_finalize;

  /* ::saved (id): an autosave was written. ::failed (id, message): it could not be. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
simris_session_init (SimrisSession *self)
{
}

SimrisSession *
simris_session_new (const char *dir)
{
  SimrisSession *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (SIMRIS_TYPE_SESSION, NULL);
  self->dir = g_strdup (dir);
  return self;
}

SimrisSession *
simris_session_get_default (void)
{
  static SimrisSession *instance;

  /* The folder follows $XDG_STATE_HOME as it is now (tests change it between runs). */
  if (instance == NULL)
    {
      g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "simris", "autosave", NULL);

      instance = simris_session_new (dir);
    }
  return instance;
}

const char *
simris_session_get_dir (SimrisSession *self)
{
  g_return_val_if_fail (SIMRIS_IS_SESSION (self), NULL);
  return self->dir;
}

static gboolean
dir_error (SimrisSession  *self,
           GError        **error,
           int             code,
           const char     *format)
{
  g_autofree char *name = g_filename_display_name (self->dir);

  g_set_error (error, G_IO_ERROR, code, format, name);
  return FALSE;
}

/* Issue 27, defect 6: a symbolic link or a folder others can write was used as is, and a
 * planted autosave recovered. The folder must be a real directory owned by the user; a mode
 * wider than 0700 is narrowed. */
gboolean
simris_session_check_dir (SimrisSession  *self,
                          GError        **error)
{
  g_autofree char *parent = NULL;
  struct stat st;
  int saved_errno;
  int fd;

  g_return_val_if_fail (SIMRIS_IS_SESSION (self), FALSE);

  parent = g_path_get_dirname (self->dir);
  if ((g_mkdir_with_parents (parent, 0700) != 0 || (g_mkdir (self->dir, 0700) != 0 && errno != EEXIST)))
    {
      g_autofree char *name = g_filename_display_name (self->dir);

      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder, then the system's reason */
                   _("Could not create the folder for unsaved work “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  fd = open (self->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    {
      g_autofree char *name = g_filename_display_name (self->dir);

      saved_errno = errno;
      if (saved_errno == ELOOP || saved_errno == ENOTDIR)
        return dir_error (self, error, G_IO_ERROR_NOT_DIRECTORY,
                          /* Translators: %s is a folder */
                          _("The folder for unsaved work “%s” is a symbolic link or not a folder: "
                            "nothing is kept there"));
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder, then the system's reason */
                   _("Could not open the folder for unsaved work “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      close (fd);
      return dir_error (self, error, G_IO_ERROR_NOT_DIRECTORY,
                        _("The folder for unsaved work “%s” is a symbolic link or not a folder: "
                          "nothing is kept there"));
    }
  if (st.st_uid != geteuid ())
    {
      close (fd);
      return dir_error (self, error, G_IO_ERROR_PERMISSION_DENIED,
                        /* Translators: %s is a folder */
                        _("The folder for unsaved work “%s” belongs to another user: nothing is kept there"));
    }
  if ((st.st_mode & 077) != 0 && fchmod (fd, 0700) != 0)
    {
      close (fd);
      return dir_error (self, error, G_IO_ERROR_PERMISSION_DENIED,
                        /* Translators: %s is a folder */
                        _("The folder for unsaved work “%s” is open to other users and could not be "
                          "closed to them: nothing is kept there"));
    }
  close (fd);
  return TRUE;
}

static char *
path_for (SimrisSession *self,
          const char    *id,
          const char    *suffix)
{
  g_autofree char *name = g_strconcat (id, CASE_SUFFIX, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

gboolean
simris_session_save (SimrisSession    *self,
                     const char       *id,
                     SimrisHousehold  *household,
                     GFile            *file,
                     const char       *example,
                     GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autofree char *path = NULL;
  g_autofree char *meta_path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *meta_data = NULL;
  gsize length = 0;

  g_return_val_if_fail (SIMRIS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);

  path = path_for (self, id, NULL);
  meta_path = path_for (self, id, META_SUFFIX);
  data = simris_case_file_to_data (household, &length);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (meta, META_GROUP, "uri", uri);
    }
  if (example != NULL)
    g_key_file_set_string (meta, META_GROUP, "example", example);
  meta_data = g_key_file_to_data (meta, NULL, NULL);

  /* The one safe writer (simris-file.h); a link planted in the folder is refused. */
  if (simris_session_check_dir (self, &local_error)
      && simris_file_replace_contents_full (path, data, length, SIMRIS_FILE_NO_FOLLOW, &local_error)
      && simris_file_replace_contents_full (meta_path, meta_data, strlen (meta_data), SIMRIS_FILE_NO_FOLLOW,
                                            &local_error))
    {
      g_signal_emit (self, signals[SAVED], 0, id);
      return TRUE;
    }

  g_signal_emit (self, signals[FAILED], 0, id, local_error->message);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

void
simris_session_remove_path (SimrisSession *self,
                            const char    *path)
{
  g_autofree char *meta = NULL;

  g_return_if_fail (SIMRIS_IS_SESSION (self));
  g_return_if_fail (path != NULL);

  /* Only in a folder that passed the checks: never through a planted link. */
  if (!simris_session_check_dir (self, NULL))
    return;
  meta = g_strconcat (path, META_SUFFIX, NULL);
  g_unlink (path);
  g_unlink (meta);
}

void
simris_session_remove (SimrisSession *self,
                       const char    *id)
{
  g_autofree char *path = NULL;

  g_return_if_fail (SIMRIS_IS_SESSION (self));
  g_return_if_fail (id != NULL);

  path = path_for (self, id, NULL);
  simris_session_remove_path (self, path);
}

static GKeyFile *
load_meta (const char *path)
{
  g_autofree char *meta_path = g_strconcat (path, META_SUFFIX, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  gsize length = 0;

  if (!simris_file_read_regular (meta_path, META_MAX_SIZE, SIMRIS_FILE_NO_FOLLOW, &text, &length, NULL)
      || !g_key_file_load_from_data (meta, text, length, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_steal_pointer (&meta);
}

GPtrArray *
simris_session_list (SimrisSession *self)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_return_val_if_fail (SIMRIS_IS_SESSION (self), paths);

  if (!g_file_test (self->dir, G_FILE_TEST_EXISTS) || !simris_session_check_dir (self, NULL))
    return paths;
  d = g_dir_open (self->dir, 0, NULL);
  if (d == NULL)
    return paths;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GKeyFile) meta = NULL;
      struct stat st;

      if (!g_str_has_suffix (name, CASE_SUFFIX))
        continue;
      path = g_build_filename (self->dir, name, NULL);
      /* A FIFO among the autosaves froze the window on Recover: regular files only. */
      if (lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      meta = load_meta (path);
      if (meta != NULL && g_key_file_has_key (meta, META_GROUP, "kept-until-format", NULL)
          && g_key_file_get_integer (meta, META_GROUP, "kept-until-format", NULL) >= SIMRIS_CASE_FILE_VERSION)
        continue;
      g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  return paths;
}

/* The case file an autosave's note names, when it is one the user may have it saved over:
 * a local regular file the user can write that reads as a case file. A planted note naming
 * someone else's file (issue 27, defect 6) is not followed. */
static GFile *
checked_original (const char  *uri,
                  char       **why)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  if (path == NULL || !g_file_is_native (file))
    *why = g_strdup (_("it is not a local file"));
  else if (stat (path, &st) != 0)
    *why = g_strdup (g_strerror (errno));
  else if (!S_ISREG (st.st_mode))
    *why = g_strdup (_("it is not a regular file"));
  else if (access (path, W_OK) != 0)
    *why = g_strdup (_("you cannot write to it"));
  else if ((household = simris_case_file_load (file, NULL, &error)) == NULL)
    *why = g_strdup (error->message);
  else
    return g_steal_pointer (&file);
  return NULL;
}

SimrisHousehold *
simris_session_load (SimrisSession  *self,
                     const char     *path,
                     GFile         **file,
                     char          **example,
                     char          **note,
                     GError        **error)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GKeyFile) meta = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uri = NULL;
  gsize length = 0;

  g_return_val_if_fail (SIMRIS_IS_SESSION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (file != NULL)
    *file = NULL;
  if (example != NULL)
    *example = NULL;
  if (note != NULL)
    *note = NULL;

  if (!simris_session_check_dir (self, &local_error)
      || !simris_file_read_regular (path, SIMRIS_FILE_MAX_SIZE, SIMRIS_FILE_NO_FOLLOW, &text, &length, &local_error))
    {
      g_set_error_literal (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO, local_error->message);
      return NULL;
    }
  household = simris_case_file_load_data (text, length, error);
  if (household == NULL)
    return NULL;

  meta = load_meta (path);
  if (meta != NULL)
    {
      uri = g_key_file_get_string (meta, META_GROUP, "uri", NULL);
      if (example != NULL)
        *example = g_key_file_get_string (meta, META_GROUP, "example", NULL);
    }
  if (uri != NULL)
    {
      g_autofree char *why = NULL;
      g_autoptr(GFile) original = checked_original (uri, &why);

      if (original == NULL && note != NULL)
        {
          g_autoptr(GFile) named = g_file_new_for_uri (uri);
          g_autofree char *name = g_file_get_parse_name (named);

          /* Translators: a file name, then why; the recovered case has no file yet */
          *note = g_strdup_printf (_("The unsaved work named “%s” as its case file, but %s. It is "
                                     "recovered as a case not saved yet: save it where you choose."),
                                   name, why);
        }
      if (file != NULL)
        *file = g_steal_pointer (&original);
    }
  return g_steal_pointer (&household);
}

void
simris_session_keep_for_later (SimrisSession *self,
                               const char    *path)
{
  g_autoptr(GKeyFile) meta = NULL;
  g_autofree char *meta_path = NULL;
  g_autofree char *data = NULL;

  g_return_if_fail (SIMRIS_IS_SESSION (self));
  g_return_if_fail (path != NULL);

  if (!simris_session_check_dir (self, NULL))
    return;
  meta = load_meta (path);
  if (meta == NULL)
    meta = g_key_file_new ();
  /* Offered again once a SimRIS reading a newer format than this one starts. */
  g_key_file_set_integer (meta, META_GROUP, "kept-until-format", SIMRIS_CASE_FILE_VERSION);
  data = g_key_file_to_data (meta, NULL, NULL);
  meta_path = g_strconcat (path, META_SUFFIX, NULL);
  if (!simris_file_replace_contents_full (meta_path, data, strlen (data), SIMRIS_FILE_NO_FOLLOW, NULL))
    g_debug ("Could not keep %s for later", path);
}

char *
simris_session_dup_id (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  if (g_str_has_suffix (base, CASE_SUFFIX))
    return g_strndup (base, strlen (base) - strlen (CASE_SUFFIX));
  return g_steal_pointer (&base);
}
