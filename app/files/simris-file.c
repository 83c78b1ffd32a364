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
  return simris_file_replace_contents_full (path, data, length, SIMRIS_FILE_NONE, error);
}

static gboolean
fail_not_regular (GError     **error,
                  const char  *format,
                  const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, format, name);
  return FALSE;
}

gboolean
simris_file_replace_contents_full (const char       *path,
                                   const void       *data,
                                   gsize             length,
                                   SimrisFileFlags   flags,
                                   GError          **error)
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

  if ((flags & SIMRIS_FILE_NO_FOLLOW) != 0)
    {
      if (lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
        return fail_not_regular (error,
                                 /* Translators: %s is a file name. */
                                 _("Could not save “%s”: it is a symbolic link"), path);
      target = g_strdup (path);
    }
  else
    target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;

  /* A device, a FIFO or a socket is never replaced by a regular file (as root,
   * "--pdf /dev/null" would replace the system's /dev/null). */
  if (stat (target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        return fail_errno (error, EISDIR, path);
      if (!S_ISREG (st.st_mode))
        return fail_not_regular (error,
                                 /* Translators: %s is a file name. */
                                 _("Could not save “%s”: it is not a regular file"), path);
      exists = TRUE;
      mode = (flags & SIMRIS_FILE_PRIVATE) != 0 ? 0600 : st.st_mode & 07777;
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

/**
 * simris_file_read_regular:
 *
 * See simris-file.h.
 *
 * Returns: whether @contents was read
 */
gboolean
simris_file_read_regular (const char       *path,
                          gsize             max_size,
                          SimrisFileFlags   flags,
                          char            **contents,
                          gsize            *length,
                          GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  struct stat st;
  int open_flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((flags & SIMRIS_FILE_NO_FOLLOW) != 0)
    open_flags |= O_NOFOLLOW;

  name = g_filename_display_name (path);
  /* O_NONBLOCK: opening a FIFO without a writer returns at once (and is refused below). */
  fd = open (path, open_flags);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ELOOP && (flags & SIMRIS_FILE_NO_FOLLOW) != 0)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                     /* Translators: %s is a file name. */
                     _("Could not read “%s”: it is a symbolic link"), name);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     /* Translators: the first %s is a file name, the second the system's reason. */
                     _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      gboolean dir = S_ISDIR (st.st_mode);

      close (fd);
      if (dir)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                     /* Translators: %s is a file name. */
                     _("Could not read “%s”: it is a folder"), name);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                     /* Translators: %s is a file name; a FIFO, a device or a socket. */
                     _("Could not read “%s”: it is not a regular file"), name);
      return FALSE;
    }

  bytes = g_byte_array_new ();
  /* The size announced is checked first, and what is read too: a file may grow meanwhile. */
  while ((guint64) st.st_size <= max_size)
    {
      guint8 chunk[65536];
      gssize n;

      n = read (fd, chunk, MIN (sizeof chunk, max_size + 1 - bytes->len));
      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       /* Translators: the first %s is a file name, the second the system's reason. */
                       _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        break;
      g_byte_array_append (bytes, chunk, n);
      if (bytes->len > max_size)
        break;
    }
  close (fd);

  if ((guint64) st.st_size > max_size || bytes->len > max_size)
    {
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   /* Translators: the first %s is a file name, the second a size ("10.0 MiB"). */
                   _("Could not read “%s”: it is larger than %s"), name, limit);
      return FALSE;
    }

  if (length != NULL)
    *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
  return TRUE;
}
