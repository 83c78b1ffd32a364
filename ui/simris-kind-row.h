/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-enums.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_KIND_ROW (simris_kind_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisKindRow, simris_kind_row, SIMRIS, KIND_ROW, AdwComboRow)

/* Chooses a resource kind. The list is grouped "Counted", "Exempt", "Special rules"
 * (simris_resource_kind_get_group); the kind chosen shows as the subtitle. */
GtkWidget          *simris_kind_row_new      (void);
SimrisResourceKind  simris_kind_row_get_kind (SimrisKindRow      *self);
void                simris_kind_row_set_kind (SimrisKindRow      *self,
                                              SimrisResourceKind  kind);

G_END_DECLS
