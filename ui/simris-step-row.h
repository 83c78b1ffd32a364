/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-result.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_STEP_ROW (simris_step_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisStepRow, simris_step_row, SIMRIS, STEP_ROW, GtkListBoxRow)

/* One step of the explanation: the rule it applies, the sentence, the amount (added,
 * deducted or a total). The row keeps its own labels and is refilled in place. */
GtkWidget *simris_step_row_new    (void);
void       simris_step_row_update (SimrisStepRow    *self,
                                   const SimrisStep *step);

G_END_DECLS
