/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-enums.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_KIND_ROW (simris_kind_row_get_type ())

G_DECLARE_FINAL_TYPE (SimrisKindRow, simris_kind_row, SIMRIS, KIND_ROW, AdwActionRow)

/* Chooses a resource kind from a searchable list (a popover: a search field over the
 * kinds, the most common first). The matches and their order are the core's kind search
 * (simris_rules_kind_search(): the labels in French, Dutch and English and the words of the
 * law's table, "salaire", "chômage", "loon", "werkloosheid", "épargne"; "student" says
 * whether "job" finds a student job first). Enter takes the first kind found. Nothing is chosen until the
 * user chooses (SIMRIS_RESOURCE_KIND_NONE, a draft's gap); the choice shows in full as the
 * subtitle. */
GtkWidget          *simris_kind_row_new      (void);
SimrisResourceKind  simris_kind_row_get_kind (SimrisKindRow      *self);
void                simris_kind_row_set_kind (SimrisKindRow      *self,
                                              SimrisResourceKind  kind);

/* The kinds the search leaves, in the order shown; searching as if typed; choosing the
 * first one as Enter in the search field does. */
void                simris_kind_row_set_student  (SimrisKindRow *self,
                                                  gboolean       student);
GListModel         *simris_kind_row_get_choices  (SimrisKindRow *self);
/* What the list says under a kind for this person ("Counted", "Exempt"…; a full-time
 * student's student job "Partly exempt for a full-time student"). */
const char         *simris_kind_row_get_caption  (SimrisKindRow      *self,
                                                  SimrisResourceKind  kind);
void                simris_kind_row_search       (SimrisKindRow *self,
                                                  const char    *text);
void                simris_kind_row_choose_first (SimrisKindRow *self);

G_END_DECLS
