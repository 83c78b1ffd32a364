/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household.h"
#include "simris-parameters.h"
#include "simris-result.h"

G_BEGIN_DECLS

/* Computes the RIS of a household (docs/calculation.md §0–§9) with its explanation trace in lang
 * ("fr", "nl", "en" or NULL for the process's language). date overrides the case's
 * reference date when non-zero. Fails, naming the field, when the case is invalid or
 * the date has no parameters. */
SimrisResult *simris_engine_compute (SimrisParameters *params,
                                     SimrisHousehold  *household,
                                     SimrisDate        date,
                                     const char       *lang,
                                     GError          **error);

G_END_DECLS
