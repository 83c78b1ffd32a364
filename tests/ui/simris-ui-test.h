/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-application.h"

G_BEGIN_DECLS

/* What every UI test and benchmark does first, before g_test_init: headless defaults
 * (TOOLCHAIN.md §4) unless the caller chose otherwise, a scratch folder for autosaves and
 * recent files so the user's are never touched, and the build tree's catalogues
 * ($SIMRIS_LOCALEDIR). Set LANGUAGE before calling it. Returns the scratch folder. */
char              *simris_ui_test_prepare (void);
/* GTK, libadwaita and a registered, non-unique SimrisApplication; NULL without a display. */
SimrisApplication *simris_ui_test_start   (void);
/* For a test program: the two above around g_test_init. Without a display it prints a TAP
 * skip (which CI never accepts as a pass: it always runs Xvfb) and returns NULL. */
SimrisApplication *simris_ui_test_init    (int    *argc,
                                           char ***argv,
                                           char  **tmp_dir);
/* Removes the scratch folder and everything in it (a failed test keeps it to look at). */
void               simris_ui_test_remove_tree (const char *path);

G_END_DECLS
