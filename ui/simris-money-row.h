/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-field-row.h"

#include "simris-money.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_MONEY_ROW (simris_money_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisMoneyRow, simris_money_row, SIMRIS, MONEY_ROW, SimrisFieldRow)

/* An entry row for an amount in euros ("1 234,50", "1234.5"). Its "cents" property is what
 * the model stores; an empty text is SIMRIS_CENTS_MISSING (a draft's missing amount). On bad
 * input the text stays as typed, the row takes the `error` style and says why, and "cents"
 * becomes SIMRIS_CENTS_MISSING: nothing is ever computed from a value no longer on screen.
 * A likely typo ("1,100", or above 10 000 € a month when "monthly" is set) raises a
 * "question" with a suggestion; the value stays as typed until the user answers. */
GtkWidget   *simris_money_row_new       (void);
SimrisCents  simris_money_row_get_cents (SimrisMoneyRow *self);
void         simris_money_row_set_cents (SimrisMoneyRow *self,
                                         SimrisCents     cents);
const char  *simris_money_row_get_error (SimrisMoneyRow *self);
void         simris_money_row_set_monthly (SimrisMoneyRow *self,
                                           gboolean        monthly);
const char  *simris_money_row_get_question (SimrisMoneyRow *self);
/* What the question suggests instead, or SIMRIS_CENTS_MISSING when it only asks. */
SimrisCents  simris_money_row_get_suggestion (SimrisMoneyRow *self);
void         simris_money_row_accept_suggestion (SimrisMoneyRow *self);
void         simris_money_row_keep_as_typed (SimrisMoneyRow *self);

G_END_DECLS
