/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SIMRIS_TYPE_FIELD_ROW (simris_field_row_get_type ())

G_DECLARE_DERIVABLE_TYPE (SimrisFieldRow, simris_field_row, SIMRIS, FIELD_ROW, AdwEntryRow)

struct _SimrisFieldRowClass
{
  AdwEntryRowClass parent_class;
};

/* An entry row that checks what is typed: SimrisDateRow and SimrisMoneyRow. The subclass
 * parses the text and calls simris_field_row_set_error(); the row then says why beside the
 * text, takes the `error` style and tells assistive technologies that it is invalid. */
const char *simris_field_row_get_error (SimrisFieldRow *self);
/* For subclasses: message is the reason the text is refused, or NULL when it is valid. */
void        simris_field_row_set_error (SimrisFieldRow *self,
                                        const char     *message);

/* For subclasses: what the text was understood as ("March 2026", a two-digit year read as
 * 2001), shown beside it while it is valid; NULL for none. */
const char *simris_field_row_get_note  (SimrisFieldRow *self);
void        simris_field_row_set_note  (SimrisFieldRow *self,
                                        const char     *note);

G_END_DECLS
