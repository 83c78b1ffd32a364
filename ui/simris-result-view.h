/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-household.h"
#include "simris-result.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_RESULT_VIEW (simris_result_view_get_type ())

G_DECLARE_FINAL_TYPE (SimrisResultView, simris_result_view, SIMRIS, RESULT_VIEW, GtkWidget)

/* Shows what the engine computes for the household, recomputed (in an idle, coalescing
 * bursts of edits) on each "changed" of the model: status, category, amounts, split,
 * advance, warnings, other readings ("alternatives", offered through win.use-alternative)
 * and the explanation trace. An invalid case shows the engine's message instead. */
GtkWidget       *simris_result_view_new           (void);
SimrisHousehold *simris_result_view_get_household (SimrisResultView *self);
void             simris_result_view_set_household (SimrisResultView *self,
                                                   SimrisHousehold  *household);
/* NULL while the case is invalid; then get_error says why. */
SimrisResult    *simris_result_view_get_result    (SimrisResultView *self);
const GError    *simris_result_view_get_error     (SimrisResultView *self);
/* While a field holds text that is not a valid value, or a draft's value is missing, the
 * window says which (problem, in plain words): the view then shows no amount but the
 * problem and "Go to This Field" (win.go-to-problem). NULL computes again. Without a
 * problem given, a household with a missing value still shows no amount. */
void             simris_result_view_set_problem   (SimrisResultView *self,
                                                   const char       *problem);
const char      *simris_result_view_get_problem   (SimrisResultView *self);
/* Runs a pending recomputation now (tests, printing). */
void             simris_result_view_flush         (SimrisResultView *self);
gboolean         simris_result_view_is_pending    (SimrisResultView *self);

G_END_DECLS
