/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SIMRIS_TYPE_PREFERENCES_WINDOW (simris_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SimrisPreferencesWindow, simris_preferences_window, SIMRIS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The decision draft's language and the CPAS's own details, kept in GSettings; with no
 * settings (schema not installed) the rows are shown but insensitive. */
SimrisPreferencesWindow *simris_preferences_window_new (GSettings *settings);

G_END_DECLS
