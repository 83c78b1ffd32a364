/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-household.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_MEMBER_ROW (simris_member_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisMemberRow, simris_member_row, SIMRIS, MEMBER_ROW, AdwActionRow)

/* A person of the household in the Household list: who, age, resources; buttons to move
 * and remove; activating it opens the person's page (win.show-member). */
GtkWidget    *simris_member_row_new        (SimrisHousehold *household,
                                            SimrisMember    *member);
SimrisMember *simris_member_row_get_member (SimrisMemberRow *self);
/* A field of this person's page that is not valid or missing, said in plain words: the row
 * shows a warning icon and gives it as its accessible description. NULL clears it. */
void          simris_member_row_set_problem (SimrisMemberRow *self,
                                             const char      *problem);
const char   *simris_member_row_get_problem (SimrisMemberRow *self);
/* "Sophie", or the relation ("Child") when the person has no name. */
char         *simris_member_dup_display_name (SimrisMember  *member);

G_END_DECLS
