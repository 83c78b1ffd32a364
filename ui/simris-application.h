/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SIMRIS_TYPE_APPLICATION (simris_application_get_type ())

G_DECLARE_FINAL_TYPE (SimrisApplication, simris_application, SIMRIS, APPLICATION, AdwApplication)

SimrisApplication *simris_application_new              (void);
/* NULL when the GSettings schema is not installed (uninstalled build, tests). */
GSettings         *simris_application_get_settings     (SimrisApplication *self);
GtkWindow         *simris_application_new_window       (SimrisApplication *self);
void               simris_application_open_file        (SimrisApplication *self,
                                                        GFile             *file);
void               simris_application_open_example     (SimrisApplication *self);
/* data/examples/famille.simris.json: from SIMRIS_SOURCE_DIR, else the installed datadir. */
GFile             *simris_application_find_example     (void);
/* $XDG_STATE_HOME/simris/autosave (GLib's user state dir). */
char              *simris_application_get_autosave_dir (void);

G_END_DECLS
