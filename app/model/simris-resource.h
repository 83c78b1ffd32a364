/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "simris-enums.h"
#include "simris-money.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_RESOURCE (simris_resource_get_type ())

G_DECLARE_FINAL_TYPE (SimrisResource, simris_resource, SIMRIS, RESOURCE, GObject)

/* One resource of a member: properties "kind", "amount" (gint64 cents), "period",
 * "label", "spi-start" (ISO date string or NULL), "count" and "allowance-children"
 * (-1 when absent), "from" and "until" (ISO date strings or NULL: the months the
 * resource exists in, docs/calculation.md §14), "shortage-occupation-start" (ISO date or NULL,
 * docs/calculation.md §4.3). A draft (docs/case-format.md, Drafts) may miss its kind
 * (SIMRIS_RESOURCE_KIND_NONE) or its amount (SIMRIS_CENTS_MISSING).
 * Emits "changed" after any property changes. */
SimrisResource     *simris_resource_new                    (SimrisResourceKind  kind,
                                                            SimrisCents         amount,
                                                            SimrisPeriod        period);
SimrisResource     *simris_resource_copy                   (SimrisResource     *self);
SimrisResourceKind  simris_resource_get_kind               (SimrisResource     *self);
void                simris_resource_set_kind               (SimrisResource     *self,
                                                            SimrisResourceKind  kind);
SimrisCents         simris_resource_get_amount             (SimrisResource     *self);
void                simris_resource_set_amount             (SimrisResource     *self,
                                                            SimrisCents         amount);
SimrisPeriod        simris_resource_get_period             (SimrisResource     *self);
void                simris_resource_set_period             (SimrisResource     *self,
                                                            SimrisPeriod        period);
const char         *simris_resource_get_label              (SimrisResource     *self);
void                simris_resource_set_label              (SimrisResource     *self,
                                                            const char         *label);
const char         *simris_resource_get_spi_start          (SimrisResource     *self);
void                simris_resource_set_spi_start          (SimrisResource     *self,
                                                            const char         *spi_start);
const char         *simris_resource_get_from (SimrisResource     *self);
void                simris_resource_set_from (SimrisResource     *self,
                                                            const char         *from);
const char         *simris_resource_get_until (SimrisResource     *self);
void                simris_resource_set_until (SimrisResource     *self,
                                                            const char         *until);
const char         *simris_resource_get_shortage_occupation_start (SimrisResource     *self);
void                simris_resource_set_shortage_occupation_start (SimrisResource     *self,
                                                            const char         *shortage_occupation_start);
int                 simris_resource_get_count              (SimrisResource     *self);
void                simris_resource_set_count              (SimrisResource     *self,
                                                            int                 count);
int                 simris_resource_get_allowance_children (SimrisResource     *self);
void                simris_resource_set_allowance_children (SimrisResource     *self,
                                                            int                 allowance_children);

G_END_DECLS
