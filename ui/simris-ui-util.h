/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-date.h"
#include "simris-household.h"
#include "simris-money.h"

G_BEGIN_DECLS

/* Binds a nullable string property to an editable's text, both ways ("" ⇔ NULL). */
GBinding   *simris_bind_text           (gpointer     object,
                                        const char  *property,
                                        gpointer     editable);
/* The same for the source of a GBindingGroup, whichever object it is. */
void        simris_bind_group_text     (GBindingGroup *group,
                                        const char    *property,
                                        gpointer       editable);
/* Binds an int property where -1 means "absent" to a spin button (absent shows 0 and
 * stays absent until the user changes the value). */
GBinding   *simris_bind_optional_count (gpointer     object,
                                        const char  *property,
                                        GtkSpinButton *spin);
/* The title of a resource's or a claimed benefit's row: its kind, or "Kind not chosen yet". */
const char *simris_ui_kind_title       (SimrisResourceKind kind);
/* The UI language, as the engine wants it: a code of po/LINGUAS, or "en". */
const char *simris_ui_lang             (void);
/* A choice of the document languages (every language of po/LINGUAS, each by its own name:
 * "Français", "Nederlands", "Deutsch"), as radio buttons, one of them active; and the code of
 * the one chosen. */
GtkWidget  *simris_ui_language_chooser_new (const char *selected);
const char *simris_ui_language_chooser_get (GtkWidget  *chooser);
/* Money and dates as the UI shows them. */
char       *simris_ui_format_money_for_entry (SimrisCents  cents);
char       *simris_ui_format_money     (SimrisCents  cents);
char       *simris_ui_format_date      (const char  *iso);
char       *simris_ui_format_date_value (SimrisDate  date);
/* Age in whole years at the case's reference date, or -1 when a date is missing. */
int         simris_ui_age_at           (const char  *birth_iso,
                                        const char  *reference_iso);
/* Where item is in model: TRUE and its position, or FALSE. */
gboolean    simris_ui_list_model_find  (GListModel  *model,
                                        gpointer     item,
                                        guint       *position);
/* For a combo row over AdwEnumListItems (filtered or sorted): selects the item holding
 * value, if the row offers it; and reads the value of the item selected. */
void        simris_ui_combo_row_select_enum (AdwComboRow *row,
                                             int          value);
gboolean    simris_ui_combo_row_get_enum    (AdwComboRow *row,
                                             int         *value);
/* The window's toast overlay, for undo toasts from rows deep in the form. */
void        simris_ui_show_toast       (GtkWidget   *widget,
                                        AdwToast    *toast);

/* GTK 4.8 gives a button with a mnemonic the accessible name "_Open Open": name every such
 * button below root after its label without the underscore. */
void        simris_ui_name_mnemonic_buttons (GtkWidget *root);

/* Names and labels stop at 200 characters, other free texts at 2 000 (docs/case-format.md). */
#define SIMRIS_UI_MAX_NAME 200
#define SIMRIS_UI_MAX_TEXT 2000
void        simris_ui_limit_text       (GtkWidget   *editable,
                                        int          max_chars);
/* Rows whose Enter would toggle a switch the user did not focus, or that do nothing, stop
 * being Tab stops: Tab goes to the control they hold. */
void        simris_ui_drop_dead_tab_stops (GtkWidget *root);
/* The "?" beside a field is no Tab stop: Shift+F1 in the field opens it. The form's pages
 * install the "field.help" action and its key; show_field_help opens the help of the row
 * that holds focus (FALSE when that row has none). */
void        simris_ui_install_field_help  (GtkWidgetClass *widget_class);
gboolean    simris_ui_show_field_help     (GtkWidget   *focus);
/* The "?" (a SimrisHelpButton) that Shift+F1 opens from focus, or NULL. */
GtkWidget  *simris_ui_find_field_help     (GtkWidget   *focus);

/* Two panes side by side (AdwBin children of a leaflet) that share the width in halves,
 * whatever they hold: each asks the larger of the two minimum widths, as minimum and as
 * natural width, so that what one shows (an error beside a field, the result's lines) never
 * widens or narrows the other. */
void        simris_ui_balance_panes    (GtkWidget   *first,
                                        GtkWidget   *second);

/* libadwaita 1.2 cuts a group's title beside a header button ("Prestations demandées, …"):
 * the titles below root wrap instead. */
void        simris_ui_wrap_group_titles (GtkWidget *root);

/* A message that names a field by its path ("members[1].resources[0].amount: negative")
 * said in plain words ("person 2, resource 1, amount: negative"); other messages as they are. */
char       *simris_ui_plain_error      (const char *message);
/* Such a message split: TRUE, the path (free it) and where the reason starts; or FALSE. */
gboolean    simris_ui_split_field_error (const char  *message,
                                         char       **path,
                                         const char **reason);
/* A field of the case file ("birth_date") in plain words ("date of birth"), or NULL. */
const char *simris_ui_field_label      (const char *key);

/* The first missing value of a draft (docs/case-format.md, Drafts), in file order: a
 * member's birth date, a resource's kind or amount, a claimed benefit's kind. */
typedef enum
{
  SIMRIS_UI_GAP_NONE,
  SIMRIS_UI_GAP_REFERENCE_DATE,
  SIMRIS_UI_GAP_BIRTH_DATE,
  SIMRIS_UI_GAP_RESOURCE_KIND,
  SIMRIS_UI_GAP_RESOURCE_AMOUNT,
  SIMRIS_UI_GAP_BENEFIT_KIND,
} SimrisUiGap;

/* TRUE when nothing is missing; otherwise FALSE, the gap, the member's position and the
 * resource's or benefit's position within the member. Kept in the UI until the core's
 * completeness check is on this branch; then it becomes a call to it. */
gboolean    simris_ui_household_is_complete (SimrisHousehold *household,
                                             SimrisUiGap     *gap,
                                             guint           *member_index,
                                             guint           *item_index);
/* The first field row below root (in the order shown) whose text is not a valid value, or
 * whose question ("Did you mean 1 100,00 €?") is not answered yet. */
GtkWidget  *simris_ui_find_invalid_field (GtkWidget *root);

/* A closed GtkRevealer's child is measured all the same at every relayout (GTK 4.8): this
 * hides it once the revealer has closed, and shows it as the revealer opens. */
void        simris_ui_revealer_hide_when_closed (GtkRevealer *revealer);

/* Setters that leave the widget alone when it already shows that text: a new text costs the
 * label a new layout and every widget above it a new size request, at each key press. */
void        simris_ui_set_label        (GtkLabel          *label,
                                        const char        *text);
void        simris_ui_set_row_title    (AdwPreferencesRow *row,
                                        const char        *title);
void        simris_ui_set_row_subtitle (AdwActionRow      *row,
                                        const char        *subtitle);

G_END_DECLS
