/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SIMRIS_TYPE_HELP_BUTTON (simris_help_button_get_type ())

G_DECLARE_FINAL_TYPE (SimrisHelpButton, simris_help_button, SIMRIS, HELP_BUTTON, GtkWidget)

/* A "?" button for a form field; its popover says in plain words what the field means
 * ("meaning"), gives an "example", and says what changes when it is wrong ("if-wrong"). */
GtkWidget  *simris_help_button_new         (const char       *title,
                                            const char       *meaning,
                                            const char       *example,
                                            const char       *if_wrong);
const char *simris_help_button_get_meaning (SimrisHelpButton *self);
void        simris_help_button_popup       (SimrisHelpButton *self);
/* Opens the help from the keyboard; field gets the focus back when it closes. */
void        simris_help_button_popup_from  (SimrisHelpButton *self,
                                            GtkWidget        *field);
gboolean    simris_help_button_is_shown    (SimrisHelpButton *self);

G_END_DECLS
