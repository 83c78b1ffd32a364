/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "simris-household.h"

G_BEGIN_DECLS

/* The work not saved yet, kept across a crash (as GNOME Text Editor's EditorSession): one
 * autosave and its ".meta" note per window in a folder of the user's own, offered back at
 * the next start. The folder is checked before each use: a real directory (not a symbolic
 * link), owned by the user, mode 0700 (a wider mode is narrowed; anything else refused);
 * files in it are written and read without following links, regular files only. */
#define SIMRIS_TYPE_SESSION (simris_session_get_type ())
G_DECLARE_FINAL_TYPE (SimrisSession, simris_session, SIMRIS, SESSION, GObject)

SimrisSession   *simris_session_new            (const char     *dir);
/* $XDG_STATE_HOME/simris/autosave */
SimrisSession   *simris_session_get_default    (void);
const char      *simris_session_get_dir        (SimrisSession  *self);
/* Creates or checks the folder; a G_IO_ERROR whose message says what is wrong. */
gboolean         simris_session_check_dir      (SimrisSession  *self,
                                                GError        **error);
/* Keeps @household's text for the window @id; @file is the case file it came from, if any,
 * @example the example's name. Emits ::saved or ::failed. */
gboolean         simris_session_save           (SimrisSession  *self,
                                                const char     *id,
                                                SimrisHousehold *household,
                                                GFile          *file,
                                                const char     *example,
                                                GError        **error);
void             simris_session_remove         (SimrisSession  *self,
                                                const char     *id);
void             simris_session_remove_path    (SimrisSession  *self,
                                                const char     *path);
/* The autosaves to offer: regular files only; those kept for later only once SimRIS can
 * read a newer format than when they were kept. (transfer full) (element-type filename) */
GPtrArray       *simris_session_list           (SimrisSession  *self);
/* Reads an autosave (no link followed, 10 MiB at most). @file: the case file named in its
 * note, only when it is a regular case file the user can write; otherwise NULL and @note
 * says why the case comes back as not saved. */
SimrisHousehold *simris_session_load           (SimrisSession  *self,
                                                const char     *path,
                                                GFile         **file,
                                                char          **example,
                                                char          **note,
                                                GError        **error);
/* An autosave this SimRIS cannot read (a newer format): not offered again until a SimRIS
 * that reads a newer format starts. */
void             simris_session_keep_for_later (SimrisSession  *self,
                                                const char     *path);
/* The window id an autosave path belongs to. */
char            *simris_session_dup_id         (const char     *path);

G_END_DECLS
