/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household.h"

G_BEGIN_DECLS

/* Checks what a case file and the form can both get wrong: dates, limits, ids, relations.
 * The error message names the field, e.g. "members[2].birth_date: …" (translated). */
gboolean         simris_household_validate          (SimrisHousehold *self,
                                                     GError         **error);

/* Drafts (docs/case-format.md): a member's birth date, a resource's kind or amount, a pending
 * benefit's kind may be missing; validation accepts them, computing needs them all.
 * simris_household_check_complete() fails with SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE naming the first
 * missing value in file order ("members[0].birth_date: incomplete — the date is missing").
 * simris_household_find_first_missing() says where it is: the member's index, the list
 * ("resources", "pending_benefits" or NULL for the member's own field), the index in that
 * list (-1 for a member's field) and the field ("birth_date", "kind", "amount"); it returns
 * the path, or NULL when nothing is missing. Every out argument may be NULL. */
gboolean         simris_household_check_complete    (SimrisHousehold *self,
                                                     GError         **error);
char            *simris_household_find_first_missing (SimrisHousehold *self,
                                                      int             *member_index,
                                                      const char     **list_name,
                                                      int             *item_index,
                                                      const char     **field_name);

G_END_DECLS
