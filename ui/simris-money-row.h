/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-field-row.h"

#include "simris-money.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_MONEY_ROW (simris_money_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisMoneyRow, simris_money_row, SIMRIS, MONEY_ROW, SimrisFieldRow)

/* An entry row for an amount in euros ("1 234,50", "1234.5"). Its "cents" property is what
 * the model stores; on bad input the text stays as typed, the row takes the `error` style
 * and says why, and "cents" keeps its last good value. */
GtkWidget   *simris_money_row_new       (void);
SimrisCents  simris_money_row_get_cents (SimrisMoneyRow *self);
void         simris_money_row_set_cents (SimrisMoneyRow *self,
                                         SimrisCents     cents);
const char  *simris_money_row_get_error (SimrisMoneyRow *self);

G_END_DECLS
