/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-enums.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_TRISTATE_ROW (simris_tristate_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisTristateRow, simris_tristate_row, SIMRIS, TRISTATE_ROW, AdwComboRow)

/* A question answered Yes, No or "Not answered yet": "value" is a SimrisTristate. */
GtkWidget      *simris_tristate_row_new       (void);
SimrisTristate  simris_tristate_row_get_value (SimrisTristateRow *self);
void            simris_tristate_row_set_value (SimrisTristateRow *self,
                                               SimrisTristate     value);

G_END_DECLS
