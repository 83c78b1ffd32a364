/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replaces the file at @path with @data, atomically: a temporary file in the same folder,
 * written, fsync()ed, then renamed over the target, so that an interrupted or failed write
 * leaves the old file whole. A symbolic link is followed: the file it points to is replaced,
 * the link kept. A hard-linked file is not rewritten in place (its other names keep the old
 * contents). A new file is created 0600 (case files and decisions hold personal data);
 * an existing file keeps its mode. The error is a G_IO_ERROR whose message names the file
 * and the reason. */
gboolean simris_file_replace_contents_private (const char   *path,
                                              const void   *data,
                                              gsize         length,
                                              GError      **error);

/* The largest file SimRIS reads: case files, autosaves, a user's parameters (10 MiB). */
#define SIMRIS_FILE_MAX_SIZE 10485760

typedef enum
{
  SIMRIS_FILE_NONE      = 0,
  /* A symbolic link at the path itself is refused, not followed (the autosave folder,
   * where nobody but SimRIS puts files). */
  SIMRIS_FILE_NO_FOLLOW = 1 << 0,
  /* An existing file becomes 0600 too (documents holding a household's situation). */
  SIMRIS_FILE_PRIVATE   = 1 << 1,
} SimrisFileFlags;

/* As simris_file_replace_contents_private(), a symbolic link at @path refused with
 * SIMRIS_FILE_NO_FOLLOW. */
gboolean simris_file_replace_contents_full    (const char      *path,
                                              const void      *data,
                                              gsize            length,
                                              SimrisFileFlags  flags,
                                              GError         **error);

/* Reads a regular file of at most @max_size bytes. The file is opened non-blocking, so a
 * FIFO, a device or a socket is refused at once instead of hanging, and a file that grows
 * while it is read stops at @max_size + 1 bytes. A G_IO_ERROR naming the file and the
 * reason: G_IO_ERROR_NOT_REGULAR_FILE for anything but a regular file (a folder:
 * G_IO_ERROR_IS_DIRECTORY), G_IO_ERROR_MESSAGE_TOO_LARGE above @max_size. @contents is
 * nul-terminated. */
gboolean simris_file_read_regular             (const char      *path,
                                              gsize            max_size,
                                              SimrisFileFlags  flags,
                                              char           **contents,
                                              gsize           *length,
                                              GError         **error);

G_END_DECLS
