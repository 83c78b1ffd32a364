/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-comparison.h"
#include "simris-household.h"
#include "simris-scenario.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_COMPARE_VIEW (simris_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (SimrisCompareView, simris_compare_view, SIMRIS, COMPARE_VIEW, GtkWidget)

/* The case and its saved scenarios side by side (2–4 columns): category, monthly amount,
 * household income, and the explanation, the steps that differ from the base case highlighted
 * with a sentence saying why. Variants are made in one click from what the case offers (each
 * alternative reading the result lists, a member leaving, another month, a resource stopping);
 * they are saved in the case ("scenarios", docs/case-format.md), so Save keeps them. */
GtkWidget        *simris_compare_view_new            (void);
void              simris_compare_view_set_household  (SimrisCompareView *self,
                                                      SimrisHousehold   *household);
SimrisHousehold  *simris_compare_view_get_household  (SimrisCompareView *self);
/* The main window's form state ("form-problem"): while set, the view shows it with "Go to
 * this field" (win.go-to-problem) and compares nothing. */
void              simris_compare_view_set_problem    (SimrisCompareView *self,
                                                      const char        *problem);
/* NULL when the base case cannot be computed. */
SimrisComparison *simris_compare_view_get_comparison (SimrisCompareView *self);
/* The one-click variants offered now (their names), and making one (tests). */
guint             simris_compare_view_get_n_suggestions (SimrisCompareView *self);
void              simris_compare_view_add_suggestion    (SimrisCompareView *self,
                                                         guint              index);

G_END_DECLS
