/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-application.h"
#include "simris-core-test.h"
#include "simris-household.h"
#include "simris-money.h"
#include "simris-window.h"

G_BEGIN_DECLS

/* What every UI test and benchmark does first, before g_test_init: headless defaults
 * (docs/hacking.md §4) unless the caller chose otherwise, a scratch folder for autosaves and
 * recent files so the user's are never touched, and the build tree's catalogues
 * ($SIMRIS_LOCALEDIR). Set LANGUAGE before calling it. Returns the scratch folder. */
char              *simris_ui_test_prepare (void);
/* GTK, libadwaita and a registered, non-unique SimrisApplication; NULL without a display. */
SimrisApplication *simris_ui_test_start   (void);
/* For a test program: the two above around g_test_init. Without a display it prints a TAP
 * skip (which CI never accepts as a pass: it always runs Xvfb) and returns NULL. */
SimrisApplication *simris_ui_test_init    (int    *argc,
                                           char ***argv,
                                           char  **tmp_dir);
/* One test of a program: its path and its function. */
typedef struct
{
  const char *path;
  GTestFunc   func;
} SimrisUiTest;
/* A test program's main: simris_ui_test_init, the tests added in this order, then
 * simris_ui_test_run. app and tmp_dir are the program's own, set while the tests run. */
int                simris_ui_test_main        (int                 *argc,
                                               char              ***argv,
                                               const SimrisUiTest  *tests,
                                               guint                n_tests,
                                               SimrisApplication  **app,
                                               char               **tmp_dir);
/* Removes the scratch folder and everything in it (a failed test keeps it to look at). */
void               simris_ui_test_remove_tree (const char *path);
/* For a test program's main: runs the tests, drops the application and, when every test
 * passed, the scratch folder (freed either way); both pointers are cleared. Returns
 * g_test_run's result. */
int                simris_ui_test_run         (SimrisApplication **app,
                                               char              **tmp_dir);

/* The first widget, depth first from root itself, for which match (widget, data) holds; NULL if
 * none. The finders below and the tests' own are such matches. */
typedef gboolean (*SimrisUiTestMatch) (GtkWidget *widget, gconstpointer data);
GtkWidget         *simris_ui_test_find        (GtkWidget         *root,
                                               SimrisUiTestMatch  match,
                                               gconstpointer      data);
/* The first widget, depth first from root itself, with that name or of that type; NULL if none. */
GtkWidget         *simris_ui_test_find_named  (GtkWidget  *root,
                                               const char *name);
GtkWidget         *simris_ui_test_find_type   (GtkWidget  *root,
                                               GType       type);
/* Whether a label below root (shown or not) has needle in its text. */
gboolean           simris_ui_test_has_label_containing (GtkWidget  *root,
                                                        const char *needle);
/* Runs the main loop, blocking, until check (data) holds: a test waits for a state, never for
 * the clock (the suite's timeout ends a wait that never comes). */
typedef gboolean (*SimrisUiTestCheck) (gpointer data);
void               simris_ui_test_wait_until  (SimrisUiTestCheck check,
                                               gpointer          data);
/* Runs the main loop until nothing is pending. */
void               simris_ui_test_settle      (void);
/* For a picture: runs what is pending and waits for the widget's next frame, five times, so
 * that the idle recomputations and the relayouts they bring are drawn. */
void               simris_ui_test_draw        (GtkWidget *widget);
/* The same, and until the window's idle recomputation has run, as it would between two key
 * presses. */
void               simris_ui_test_settle_window (SimrisWindow *window);
/* A new window of app with the case file at path loaded, shown, drawn and settled. */
SimrisWindow      *simris_ui_test_open_window (SimrisApplication *app,
                                               const char        *path);
/* simris_ui_test_open_window on that case. */
SimrisWindow      *simris_ui_test_open_case   (SimrisApplication *app,
                                               const char        *dir,
                                               const char        *name);
/* Whether the widget and every one of its ancestors is visible. */
gboolean           simris_ui_test_shown       (GtkWidget  *widget);
/* An amount as the UI writes it in the language of the locale. */
char              *simris_ui_test_money       (SimrisCents cents);
/* The newest window of that type, transient for parent unless parent is NULL, and with that
 * widget name and shown unless name is NULL; NULL if none. Transfer none. */
gpointer           simris_ui_test_find_toplevel (GType       type,
                                                 GtkWindow  *parent,
                                                 const char *name);
/* Whether an item of the menu, its sections or its submenus has that attribute
 * (G_MENU_ATTRIBUTE_ACTION, G_MENU_ATTRIBUTE_LABEL…) with that value. */
gboolean           simris_ui_test_menu_has    (GMenuModel *model,
                                               const char *attribute,
                                               const char *value);
/* Renders the widget at its allocated size and writes it as PNG; FALSE if nothing to draw or
 * the file could not be written. */
gboolean           simris_ui_test_save_png    (GtkWidget  *widget,
                                               const char *path);
/* Destroys the window, runs what was pending, and asserts that the window was finalized, and
 * every window it was the parent of (dialogs, What If, previews) with it: a reference kept
 * by a signal, a source or a cycle fails the test. */
void               simris_ui_test_close       (gpointer    window);
/* Activates an action that takes a file, as its dialog's answer would (win.save-to,
 * win.export-to, win.print-to, assistant.export-to…): the parameter is the file's URI alone,
 * or a tuple of it and the other answers given, strings ("" for the one the dialog offers),
 * the list ending with NULL. Returns whether the action was found. */
gboolean           simris_ui_test_activate_to (GtkWidget  *widget,
                                               const char *action,
                                               GFile      *file,
                                               ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
