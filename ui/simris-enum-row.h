/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SIMRIS_TYPE_ENUM_ROW (simris_enum_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisEnumRow, simris_enum_row, SIMRIS, ENUM_ROW, AdwComboRow)

/* A combo row over one of the core's enums (SimrisRelation, SimrisPeriod,
 * SimrisArt34Regime) showing translated labels. "value" is the enum value; "hidden-mask"
 * has bit (1 << value) set for each value not offered. */
GtkWidget *simris_enum_row_new             (GType          enum_type);
int        simris_enum_row_get_value       (SimrisEnumRow *self);
void       simris_enum_row_set_value       (SimrisEnumRow *self,
                                            int            value);
void       simris_enum_row_set_hidden_mask (SimrisEnumRow *self,
                                            guint          mask);
/* Binds "value" to an enum property of object, both ways. */
GBinding  *simris_enum_row_bind            (SimrisEnumRow *self,
                                            gpointer       object,
                                            const char    *property);

/* The same, in a binding group: rebinding to another object is setting the group's source. */
void        simris_enum_row_bind_group     (SimrisEnumRow *self,
                                            GBindingGroup *group,
                                            const char    *property);

G_END_DECLS
