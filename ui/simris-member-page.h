/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-household.h"
#include "simris-ui-util.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_MEMBER_PAGE (simris_member_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisMemberPage, simris_member_page, SIMRIS, MEMBER_PAGE, GtkWidget)

/* Everything about one person of the household, bound to the model: who they are, their
 * situation, the applicant's conditions, the partner's split conditions, resources and
 * benefits claimed. */
GtkWidget    *simris_member_page_new          (SimrisHousehold  *household,
                                               SimrisMember     *member);
SimrisMember *simris_member_page_get_member   (SimrisMemberPage *self);
void          simris_member_page_add_resource (SimrisMemberPage *self);
/* The row holding a draft's missing value, to focus it ("Go to This Field"). */
GtkWidget    *simris_member_page_get_gap_widget (SimrisMemberPage *self,
                                                 SimrisUiGap       gap,
                                                 guint             item_index);
/* Where the keyboard starts on this page. */
GtkWidget    *simris_member_page_get_first_field (SimrisMemberPage *self);

G_END_DECLS
