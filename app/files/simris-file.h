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

G_END_DECLS
