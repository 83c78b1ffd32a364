/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-resource.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_RESOURCE_ROW (simris_resource_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisResourceRow, simris_resource_row, SIMRIS, RESOURCE_ROW, AdwExpanderRow)

/* One resource of a member, bound to the model; "remove" asks its page to remove it. */
GtkWidget      *simris_resource_row_new          (SimrisResource    *resource);
SimrisResource *simris_resource_row_get_resource (SimrisResourceRow *self);

/* One of the row's fields by name ("kind", "amount", "from", "spi": the switch "began while on
 * the integration income", "spi-start"), to focus or fill it. */
GtkWidget      *simris_resource_row_get_field    (SimrisResourceRow *self,
                                                  const char        *name);

G_END_DECLS
