/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisFile"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "simris-file.h"

/* Saving files that hold personal data (docs/case-format.md): what a volunteer saved must
 * survive a crash or a full disk, and stay readable by them alone. */

#define MAX_LINKS 40

static gboolean
fail_errno (GError     **error,
            int          saved_errno,
            const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: the first %s is a file name, the second the system's reason. */
               _("Could not save “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* The file a chain of symbolic links ends at (which may not exist yet). */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      struct stat st;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        {
          fail_errno (error, errno, path);
          return NULL;
        }

      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          char *joined = g_build_filename (dir, target, NULL);

          g_free (target);
          target = joined;
        }

      g_free (current);
      current = g_steal_pointer (&target);
    }

  fail_errno (error, ELOOP, path);
  return NULL;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= n;
    }

  return TRUE;
}

/**
 * simris_file_replace_contents_private:
 * @path: the file to write (a symbolic link is followed)
 * @data: (array length=length): the new contents
 * @length: their length in bytes
 * @error: a %G_IO_ERROR naming the file and the reason
 *
 * See simris-file.h. On failure the target is untouched and no temporary file is left.
 *
 * Returns: whether the file was written
 */
gboolean
simris_file_replace_contents_private (const char  *path,
                                      const void  *data,
                                      gsize        length,
                                      GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  mode_t mode = 0600;
  gboolean exists = FALSE;
  struct stat st;
  int saved_errno;
  int fd;
  int dir_fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;

  if (stat (target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        return fail_errno (error, EISDIR, path);
      if (!S_ISREG (st.st_mode))
        {
          g_autofree char *name = g_filename_display_name (path);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       /* Translators: %s is a file name. */
                       _("Could not save “%s”: it is not a regular file"), name);
          return FALSE;
        }
      exists = TRUE;
      mode = st.st_mode & 07777;
    }
  else if (errno != ENOENT)
    return fail_errno (error, errno, path);

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  tmp = g_strdup_printf ("%s%s.%s.XXXXXX", dir, G_DIR_SEPARATOR_S, base);

  /* Created 0600 whatever the umask; an existing file's mode and owner are given back
   * before anything is written. */
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return fail_errno (error, errno, path);

  if (exists && fchmod (fd, mode) != 0)
    goto failed;
  /* Someone else's file keeps its owner where we may give it back (root); otherwise it
   * becomes ours, as any editor's save would make it. */
  if (exists && (st.st_uid != geteuid () || st.st_gid != getegid ()) &&
      fchown (fd, st.st_uid, st.st_gid) != 0 && errno != EPERM)
    goto failed;

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    goto failed;

  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (rename (tmp, target) != 0)
    goto failed;

  /* The rename itself reaches the disk with the folder. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  return fail_errno (error, saved_errno, path);
}
