/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-field-row.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_DATE_ROW (simris_date_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisDateRow, simris_date_row, SIMRIS, DATE_ROW, SimrisFieldRow)

/* An entry row for a date typed as dd/mm/yyyy (or ISO). Its "date" property is the ISO
 * string the model stores; on bad input the text stays as typed, the row takes the
 * `error` style and says why, and "date" keeps its last good value. */
GtkWidget  *simris_date_row_new           (void);
const char *simris_date_row_get_date      (SimrisDateRow *self);
void        simris_date_row_set_date      (SimrisDateRow *self,
                                           const char    *iso);
/* The message shown, or NULL when the text is valid. */
const char *simris_date_row_get_error     (SimrisDateRow *self);

G_END_DECLS
