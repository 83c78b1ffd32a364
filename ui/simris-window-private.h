/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household-page.h"
#include "simris-result-view.h"
#include "simris-ui-util.h"
#include "simris-window.h"

G_BEGIN_DECLS

struct _SimrisWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template */
  AdwWindowTitle       *window_title;
  AdwHeaderBar         *header_bar;
  AdwSplitButton       *open_button;
  AdwSplitButton       *save_button;
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *form_pane;
  AdwLeaflet           *form_leaflet;
  SimrisHouseholdPage  *household_page;
  GtkWidget            *result_pane;
  GtkRevealer          *result_header;
  SimrisResultView     *result_view;
  GtkRevealer          *summary_revealer;
  GtkRevealer          *recovery_revealer;
  GtkLabel             *recovery_label;
  GtkRevealer          *notice_revealer;
  GtkLabel             *notice_label;
  GtkLabel             *summary_label;
  GMenu                *recent_menu;

  /* State */
  SimrisHousehold      *household;
  /* "changed" and "items-changed" of the household shown, whichever it is. */
  GSignalGroup         *household_signals;
  GFile                *file;
  char                 *example_name;
  char                 *autosave_id;
  GtkWidget            *member_page;
  /* Each person's page, kept while the person is in the household, so that text typed in
   * a field and not valid yet stays there with its error when the user leaves the page. */
  GHashTable           *member_pages;
  GtkStack             *member_stack;
  guint                 autosave_source;
  guint                 unfold_source;
  guint                 header_source;
  /* "form-valid": no field holds text that is not a valid value and no value is missing.
   * Otherwise what to say (problem), whose page and which row to focus. */
  char                 *problem;
  char                 *invalid_problem;
  SimrisMember         *problem_member;
  GWeakRef              problem_widget;
  SimrisUiGap           problem_gap;
  guint                 problem_item;
  char                **recovery_paths;
  /* What the notice bar says: a failed save (until dismissed), or that unsaved work cannot
   * be kept (until an autosave succeeds). */
  char                 *save_error;
  char                 *autosave_error;
  /* The file's identity and state when it was read or last saved (changed-on-disk check). */
  guint64               file_mtime;
  char                 *file_etag;
  /* The document language last chosen in this window's print dialog (NULL: not yet). */
  char                 *print_lang;
  guint                 form_valid : 1;
  guint                 modified : 1;
  guint                 touched : 1;
  guint                 close_after_save : 1;
  guint                 closing_confirmed : 1;

  /* The applicant whose decision draft is exported, when several apply (docs/calculation.md
   * §5.1); NULL: the case's applicant. */
  char                 *export_applicant;
};

void     _simris_window_class_actions_init (SimrisWindowClass *klass);
void     _simris_window_actions_update     (SimrisWindow      *self);
void     _simris_window_set_modified       (SimrisWindow      *self,
                                            gboolean           modified);
void     _simris_window_update_title       (SimrisWindow      *self);
void     _simris_window_set_household      (SimrisWindow      *self,
                                            SimrisHousehold   *household,
                                            GFile             *file);
gboolean _simris_window_save_to            (SimrisWindow      *self,
                                            GFile             *file);
void     _simris_window_save_as            (SimrisWindow      *self);
/* Saves to the case's file, asking first when it changed on disk; Save As without one. */
void     _simris_window_save               (SimrisWindow      *self,
                                            gboolean           close_after);
void     _simris_window_show_member        (SimrisWindow      *self,
                                            SimrisMember      *member);
void     _simris_window_show_household     (SimrisWindow      *self);
void     _simris_window_remove_autosave    (SimrisWindow      *self);
void     _simris_window_update_recent_menu (SimrisWindow      *self);
void     _simris_window_check_form         (SimrisWindow      *self);
void     _simris_window_go_to_problem      (SimrisWindow      *self);
/* FALSE, with a toast saying which field, when no document may be made from the form. */
gboolean _simris_window_can_make_document  (SimrisWindow      *self);
/* Answers the recovery bar: reopen the autosaves offered, or delete them. */
void     _simris_window_recover_offered    (SimrisWindow      *self,
                                            gboolean           recover);
void     _simris_window_dismiss_notice     (SimrisWindow      *self);
char    *_simris_window_dup_case_name      (SimrisWindow      *self);
const char *_simris_window_default_document_lang (SimrisWindow *self);
SimrisHousehold *_simris_window_dup_household_for_document (SimrisWindow *self);

G_END_DECLS
