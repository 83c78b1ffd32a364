/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-application.h"
#include "simris-household.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_WINDOW (simris_window_get_type ())

G_DECLARE_FINAL_TYPE (SimrisWindow, simris_window, SIMRIS, WINDOW, AdwApplicationWindow)

/* One case: its form on the left, its result on the right. */
SimrisWindow    *simris_window_new            (SimrisApplication *application);
SimrisHousehold *simris_window_get_household  (SimrisWindow      *self);
/* The file the case is saved to, NULL for a new case or the example. */
GFile           *simris_window_get_file       (SimrisWindow      *self);
gboolean         simris_window_get_modified   (SimrisWindow      *self);
/* A new case nobody has touched: opening a file may replace it. */
gboolean         simris_window_is_pristine    (SimrisWindow      *self);
/* Shows this case, as a new unsaved one. */
void             simris_window_set_household  (SimrisWindow      *self,
                                               SimrisHousehold   *household);
/* Replaces the case by an empty one with just an applicant. */
void             simris_window_new_case       (SimrisWindow      *self);
/* Shows a message dialog when the file cannot be opened. */
gboolean         simris_window_load_file      (SimrisWindow      *self,
                                               GFile             *file);
/* The example household, opened as an unsaved copy. */
gboolean         simris_window_load_example   (SimrisWindow      *self,
                                               GFile             *file);
/* Reopens unsaved work an earlier run left in the autosave folder. */
gboolean         simris_window_recover        (SimrisWindow      *self,
                                               const char        *autosave_path);
void             simris_window_add_toast      (SimrisWindow      *self,
                                               AdwToast          *toast);
GtkWidget       *simris_window_get_result_view (SimrisWindow     *self);
GtkWidget       *simris_window_get_household_page (SimrisWindow  *self);
/* The "form-valid" property: FALSE while any field holds text that is not a valid value or
 * a draft's value is missing. Every view that shows an amount checks it (the result, the
 * bar of the narrow layout, export and print) and shows none while it is FALSE. The
 * problem says which field of which person, in plain words (NULL when valid). */
gboolean         simris_window_get_form_valid   (SimrisWindow     *self);
const char      *simris_window_get_form_problem (SimrisWindow     *self);
/* The person's page the window keeps for member (NULL if it was never opened). */
GtkWidget       *simris_window_get_member_page  (SimrisWindow     *self,
                                                 SimrisMember     *member);
/* Whether the case's file changed on disk since it was read or saved here. */
gboolean         simris_window_file_changed_on_disk (SimrisWindow *self);
/* Offers, in a bar above the form (never a dialog that blocks), the work an earlier run
 * left unsaved in these autosave files: Recover or Discard. */
void             simris_window_offer_recovery   (SimrisWindow     *self,
                                                 const char * const *autosave_paths);

G_END_DECLS
