/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-pending-benefit.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_PENDING_BENEFIT_ROW (simris_pending_benefit_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisPendingBenefitRow, simris_pending_benefit_row, SIMRIS, PENDING_BENEFIT_ROW, AdwExpanderRow)

/* A benefit claimed but not yet paid, bound to the model; "remove" asks its page to
 * remove it. */
GtkWidget            *simris_pending_benefit_row_new         (SimrisPendingBenefit    *benefit);
SimrisPendingBenefit *simris_pending_benefit_row_get_benefit (SimrisPendingBenefitRow *self);

G_END_DECLS
