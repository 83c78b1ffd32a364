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

/* The applicants of a household (docs/calculation.md §5.1): the applicant's id first, then
 * each member with "also_applies" who can apply with them (an adult of the common household),
 * in file order. Free with g_strfreev(). */
char        **simris_engine_list_applicants (SimrisHousehold  *household,
                                             SimrisDate        date);

/* A copy of @household seen from @member_id, another applicant of it: that member becomes the
 * applicant, the applicant a member who also applies, and every relation is restated from
 * the new applicant's side (docs/calculation.md §5.1). Fails with a translated message naming
 * the member when a relation cannot be restated. */
SimrisHousehold *simris_engine_household_for_applicant (SimrisHousehold  *household,
                                                        const char       *member_id,
                                                        GError          **error);

G_END_DECLS
