/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-household.h"
#include "simris-window.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_WHATIF_WINDOW (simris_whatif_window_get_type ())

G_DECLARE_FINAL_TYPE (SimrisWhatifWindow, simris_whatif_window, SIMRIS, WHATIF_WINDOW, AdwWindow)

/* "What if…": two pages on the window's case — the earnings chart (SimrisEarningsChart, for
 * the applicant or the partner) and the comparison of variants (SimrisCompareView). Both follow
 * the case's "changed". */
GtkWidget *simris_whatif_window_new            (SimrisHousehold    *household);
/* "earnings" or "compare". */
void       simris_whatif_window_set_page       (SimrisWhatifWindow *self,
                                                const char         *page);
GtkWidget *simris_whatif_window_get_chart      (SimrisWhatifWindow *self);
GtkWidget *simris_whatif_window_get_compare_view (SimrisWhatifWindow *self);
/* The main window's one form state: while its "form-problem" is set (a field not valid, a
 * value missing, a question open), neither page shows an amount; each says the problem with
 * "Go to this field", which goes to the main window's field. follow_form keeps this window
 * on the main window's state from now on (win.what-if does it). */
void       simris_whatif_window_set_problem    (SimrisWhatifWindow *self,
                                                const char         *problem);
void       simris_whatif_window_follow_form    (SimrisWhatifWindow *self,
                                                SimrisWindow       *window);
/* Runs a pending recomputation now (tests, screenshots). */
void       simris_whatif_window_flush          (SimrisWhatifWindow *self);

/* The hook into SimrisWindow: installs the action "win.what-if" on its class, which opens this
 * window on the case the window's result view shows. */
void       simris_whatif_install_action        (GtkWidgetClass     *window_class);

G_END_DECLS
