/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "simris-sweep.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_EARNINGS_CHART (simris_earnings_chart_get_type ())

G_DECLARE_FINAL_TYPE (SimrisEarningsChart, simris_earnings_chart, SIMRIS, EARNINGS_CHART, GtkWidget)

/* The RIS, the earnings and the household's monthly income against the member's earnings (a
 * SimrisSweep), with the marks the sweep found: where the exemptions stop helping, where the
 * RIS stops, where one more euro earned lowers the income. Focusable: Left/Right (Home/End,
 * Page Up/Down by ten points) move a cursor that shows the exact figures, as the pointer does.
 * Property "cursor" (int, -1 = none); its text is simris_earnings_chart_dup_cursor_text. The
 * accessible description is the sweep's summary followed by the cursor's figures. */
GtkWidget   *simris_earnings_chart_new             (void);
SimrisSweep *simris_earnings_chart_get_sweep       (SimrisEarningsChart *self);
void         simris_earnings_chart_set_sweep       (SimrisEarningsChart *self,
                                                    SimrisSweep         *sweep);
int          simris_earnings_chart_get_cursor      (SimrisEarningsChart *self);
void         simris_earnings_chart_set_cursor      (SimrisEarningsChart *self,
                                                    int                  cursor);
/* "Earnings €700.00: RIS €498.53, household €1,198.53 a month"; NULL without a cursor. */
char        *simris_earnings_chart_dup_cursor_text (SimrisEarningsChart *self);

G_END_DECLS
