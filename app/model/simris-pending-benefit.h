/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "simris-enums.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_PENDING_BENEFIT (simris_pending_benefit_get_type ())

G_DECLARE_FINAL_TYPE (SimrisPendingBenefit, simris_pending_benefit, SIMRIS, PENDING_BENEFIT, GObject)

/* A benefit claimed but not yet paid (docs/calculation.md §8): "kind", "paying-body", "since". */
SimrisPendingBenefit *simris_pending_benefit_new             (SimrisResourceKind    kind);
SimrisPendingBenefit *simris_pending_benefit_copy            (SimrisPendingBenefit *self);
SimrisResourceKind    simris_pending_benefit_get_kind        (SimrisPendingBenefit *self);
void                  simris_pending_benefit_set_kind        (SimrisPendingBenefit *self,
                                                              SimrisResourceKind    kind);
const char           *simris_pending_benefit_get_paying_body (SimrisPendingBenefit *self);
void                  simris_pending_benefit_set_paying_body (SimrisPendingBenefit *self,
                                                              const char           *paying_body);
const char           *simris_pending_benefit_get_since       (SimrisPendingBenefit *self);
void                  simris_pending_benefit_set_since       (SimrisPendingBenefit *self,
                                                              const char           *since);

G_END_DECLS
