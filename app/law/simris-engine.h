/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household.h"
#include "simris-parameters.h"
#include "simris-result.h"
#include "simris-rules.h"

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
/* The same against another table of the law (rules NULL: the shipped one), e.g. a test's copy
 * with one more dated row. */
SimrisResult *simris_engine_compute_with_rules (SimrisParameters      *params,
                                                const SimrisRuleTable *rules,
                                                SimrisHousehold       *household,
                                                SimrisDate             date,
                                                const char            *lang,
                                                GError               **error);

G_END_DECLS
