/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SIMRIS_TYPE_COLUMNS (simris_columns_get_type ())

G_DECLARE_FINAL_TYPE (SimrisColumns, simris_columns, SIMRIS, COLUMNS, GtkWidget)

/* Two columns side by side, as a horizontal GtkBox would put them: the main one (wrapped
 * text) takes the width left and is centred vertically at its natural height, the side one
 * (an amount, a button) takes its natural width and is placed by its own valign; spacing
 * between them, mirrored right to left. Give neither column nor this widget a valign other
 * than FILL (see simris_columns_size_allocate).
 *
 * Why not a GtkBox: GTK 4.8's box finds the height of a row that holds a wrapped label by
 * trying heights one after the other, and the label answers each try by a search over
 * widths, each a new Pango layout of its text: a hundred layouts of a sentence whose figure
 * changed, at every edit. Here each child is measured once for its width. */
GtkWidget *simris_columns_new            (GtkWidget     *main,
                                          GtkWidget     *side,
                                          int            spacing);
/* The side column before the main one (an icon before its text) rather than after it. */
void       simris_columns_set_side_start (SimrisColumns *self,
                                          gboolean       side_start);

G_END_DECLS
