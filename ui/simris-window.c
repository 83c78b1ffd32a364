/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-assistant.h" /* guide */
#include "simris-case-file.h"
#include "simris-date.h"
#include "simris-field-row.h"
#include "simris-file.h"
#include "simris-member-page.h"
#include "simris-money-row.h"
#include "simris-property.h"
#include "simris-timeline-view.h" /* timeline */
#include "simris-member-row.h"
#include "simris-session.h"
#include "simris-ui-util.h"
#include "simris-window-private.h"
#include "simris-document-language.h"
#include "simris-language.h"
#include "simris-whatif-window.h"  /* whatif */

G_DEFINE_FINAL_TYPE (SimrisWindow, simris_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FORM_VALID,
  PROP_FORM_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define CASE_SUFFIX ".simris.json"
/* No change stays unsaved longer than this: the first change of a burst starts the timer
 * and later ones do not push it back, so steady typing is saved too. */
#define AUTOSAVE_MAX_WAIT_MS 2000
/* After a failed autosave, the next try. */
#define AUTOSAVE_RETRY_MS 10000
#define MAX_RECENT 8

static char *
strip_case_suffix (const char *basename)
{
  if (g_str_has_suffix (basename, CASE_SUFFIX))
    return g_strndup (basename, strlen (basename) - strlen (CASE_SUFFIX));
  if (g_str_has_suffix (basename, ".json"))
    return g_strndup (basename, strlen (basename) - strlen (".json"));
  return g_strdup (basename);
}

char *
_simris_window_dup_case_name (SimrisWindow *self)
{
  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      return strip_case_suffix (basename);
    }
  if (self->example_name != NULL)
    return g_strdup (self->example_name);
  /* Translators: the title of a case that was never saved */
  return g_strdup (_("New Case"));
}

void
_simris_window_update_title (SimrisWindow *self)
{
  g_autofree char *name = _simris_window_dup_case_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->modified)
    /* Translators: window title of a case with unsaved changes; %s is its name */
    title = g_strdup_printf (_("• %s"), name);
  else
    title = g_strdup (name);

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      g_autofree char *path = parent ? g_file_get_path (parent) : NULL;
      const char *home = g_get_home_dir ();

      if (path != NULL && home != NULL && g_str_has_prefix (path, home)
          && (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
        subtitle = g_strconcat ("~", path + strlen (home), NULL);
      else if (path != NULL)
        subtitle = g_steal_pointer (&path);
      else
        subtitle = g_file_get_uri (parent ? parent : self->file);
    }
  else if (self->example_name != NULL)
    /* Translators: window subtitle of the example household */
    subtitle = g_strdup (_("Example — save it to keep your changes"));
  else
    /* Translators: window subtitle of a case that was never saved */
    subtitle = g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The notice bar: a failed save stays until dismissed; that unsaved work cannot be kept
 * stays while it is so. The save error first (the user just asked for it). */
static void
update_notice (SimrisWindow *self)
{
  const char *text = self->save_error != NULL ? self->save_error : self->autosave_error;

  gtk_label_set_label (self->notice_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_revealer), text != NULL);
  gtk_revealer_set_reveal_child (self->notice_revealer, text != NULL);
}

void
_simris_window_dismiss_notice (SimrisWindow *self)
{
  if (self->save_error != NULL)
    g_clear_pointer (&self->save_error, g_free);
  else
    g_clear_pointer (&self->autosave_error, g_free);
  update_notice (self);
}

void
_simris_window_remove_autosave (SimrisWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  simris_session_remove (simris_session_get_default (), self->autosave_id);
}

static gboolean
autosave_cb (gpointer user_data)
{
  SimrisWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  if (!self->modified || self->household == NULL)
    return G_SOURCE_REMOVE;

  /* Through the session (ui/simris-session.c): the folder checked, the one safe writer. */
  if (simris_session_save (simris_session_get_default (), self->autosave_id, self->household,
                           self->file, self->example_name, &error))
    {
      if (self->autosave_error != NULL)
        {
          g_clear_pointer (&self->autosave_error, g_free);
          update_notice (self);
        }
      return G_SOURCE_REMOVE;
    }

  /* Said in the window, not only on stderr; and tried again while the case has changes. */
  g_free (self->autosave_error);
  /* Translators: in a bar above the form; %s says why */
  self->autosave_error = g_strdup_printf (_("Your changes cannot be kept in case SimRIS stops: %s. "
                                            "Save the case to keep them; SimRIS keeps trying."),
                                          error->message);
  update_notice (self);
  self->autosave_source = g_timeout_add (AUTOSAVE_RETRY_MS, autosave_cb, self);
  return G_SOURCE_REMOVE;
}

void
_simris_window_set_modified (SimrisWindow *self,
                             gboolean      modified)
{
  modified = !!modified;
  if (modified)
    self->touched = TRUE;
  if (self->modified == modified)
    return;

  self->modified = modified;
  _simris_window_update_title (self);
  _simris_window_actions_update (self);
}

static void update_summary (SimrisWindow *self);

/* --- The form's state: valid, or which field is not ----------------------------------- */

static GtkWidget *
lookup_page (SimrisWindow *self,
             SimrisMember *member)
{
  return self->member_pages ? g_hash_table_lookup (self->member_pages, member) : NULL;
}

/* "Applicant, Wage, Net Amount": the person, the item the field belongs to, the field. */
static char *
describe_field (SimrisMember *member,
                GtkWidget    *row)
{
  const char *title = ADW_IS_PREFERENCES_ROW (row) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : "";
  GtkWidget *item = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);
  g_autofree char *field = NULL;

  if (item != NULL && item != row)
    /* Translators: a field of a resource or a claim, e.g. "Wage, Net Amount" */
    field = g_strdup_printf (C_("field of an item", "%s, %s"),
                             adw_preferences_row_get_title (ADW_PREFERENCES_ROW (item)), title);
  else
    field = g_strdup (title);

  if (member != NULL)
    {
      g_autofree char *who = simris_member_dup_display_name (member);

      /* Translators: a person and one of their fields, e.g. "Sophie, Date of Birth" */
      return g_strdup_printf (C_("person and field", "%s, %s"), who, field);
    }
  return g_steal_pointer (&field);
}

static char *
describe_gap (SimrisWindow *self,
              SimrisUiGap   gap,
              guint         member_index,
              guint         item_index)
{
  g_autoptr(SimrisMember) member = NULL;
  g_autofree char *who = NULL;

  if (gap == SIMRIS_UI_GAP_REFERENCE_DATE)
    /* Translators: shown instead of the result */
    return g_strdup (_("The month simulated is missing."));

  member = g_list_model_get_item (G_LIST_MODEL (self->household), member_index);
  who = simris_member_dup_display_name (member);
  switch (gap)
    {
    case SIMRIS_UI_GAP_BIRTH_DATE:
      /* Translators: shown instead of the result; %s is a person */
      return g_strdup_printf (_("%s: the date of birth is missing."), who);
    case SIMRIS_UI_GAP_RESOURCE_KIND:
      /* Translators: shown instead of the result; %s is a person, %u counts their resources */
      return g_strdup_printf (_("%s: the kind of resource %u is missing."), who, item_index + 1);
    case SIMRIS_UI_GAP_RESOURCE_AMOUNT:
      {
        g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (member), item_index);

        /* Translators: shown instead of the result; a person, then a kind of resource */
        return g_strdup_printf (_("%s: the amount of “%s” is missing."), who,
                                simris_resource_kind_get_label (simris_resource_get_kind (resource), NULL));
      }
    case SIMRIS_UI_GAP_BENEFIT_KIND:
      /* Translators: shown instead of the result; %s is a person */
      return g_strdup_printf (_("%s: the kind of a benefit claimed is missing."), who);
    case SIMRIS_UI_GAP_NONE:
    case SIMRIS_UI_GAP_REFERENCE_DATE:
    default:
      return NULL;
    }
}

static void
set_member_problem (SimrisWindow *self,
                    SimrisMember *member,
                    const char   *problem)
{
  GtkWidget *row = simris_household_page_get_row_for_member (self->household_page, member);

  if (row != NULL && SIMRIS_IS_MEMBER_ROW (row))
    simris_member_row_set_problem (SIMRIS_MEMBER_ROW (row), problem);
}

/* Finds the first field that is not valid (the household page, then each person's page in
 * household order), else the first missing value; tells the result view, the narrow
 * layout's bar and the household list. Cheap: a walk over the kept pages. */
void
_simris_window_check_form (SimrisWindow *self)
{
  GListModel *members;
  g_autofree char *problem = NULL;
  g_autofree char *invalid = NULL;
  SimrisMember *problem_member = NULL;
  GtkWidget *problem_widget = NULL;
  SimrisUiGap gap = SIMRIS_UI_GAP_NONE;
  guint gap_member = 0, gap_item = 0;
  gboolean valid, problem_changed;

  if (self->household == NULL)
    return;
  members = G_LIST_MODEL (self->household);

  problem_widget = simris_ui_find_invalid_field (GTK_WIDGET (self->household_page));
  if (problem_widget != NULL)
    invalid = describe_field (NULL, problem_widget);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, i);
      GtkWidget *page = lookup_page (self, member);
      GtkWidget *row = page ? simris_ui_find_invalid_field (page) : NULL;
      g_autofree char *mark = NULL;

      if (row != NULL)
        {
          g_autofree char *field = describe_field (NULL, row);

          if (simris_field_row_get_error (SIMRIS_FIELD_ROW (row)) == NULL)
            /* Translators: beside a person in the household list; %s is a field whose
             * amount awaits an answer ("Did you mean …?") */
            mark = g_strdup_printf (_("To confirm: %s"), field);
          else
            /* Translators: beside a person in the household list; %s is a field */
            mark = g_strdup_printf (_("Not valid: %s"), field);
          if (invalid == NULL)
            {
              invalid = describe_field (member, row);
              problem_member = member;
              problem_widget = row;
            }
        }
      set_member_problem (self, member, mark);
    }

  if (invalid != NULL)
    {
      const char *reason = simris_field_row_get_error (SIMRIS_FIELD_ROW (problem_widget));

      if (reason == NULL && SIMRIS_IS_MONEY_ROW (problem_widget))
        /* Translators: shown instead of the result; a field ("Sophie, Wage, Net Amount"),
         * then the question asked under it ("Did you mean 1 100,00 €?") */
        problem = g_strdup_printf (_("%s: %s No amount is shown until it is answered."),
                                   invalid, simris_money_row_get_question (SIMRIS_MONEY_ROW (problem_widget)));
      else
        /* Translators: shown instead of the result; a field ("Sophie, Date of Birth"), then
         * why its text is refused */
        problem = g_strdup_printf (_("%s is not valid: %s. No amount is shown until it is corrected."),
                                   invalid, reason);
    }
  else if (!simris_ui_household_is_complete (self->household, &gap, &gap_member, &gap_item))
    {
      problem = describe_gap (self, gap, gap_member, gap_item);
      if (gap != SIMRIS_UI_GAP_REFERENCE_DATE)
        {
          g_autoptr(SimrisMember) member = g_list_model_get_item (members, gap_member);

          problem_member = member;
          /* Translators: beside a person in the household list */
          set_member_problem (self, member, _("An answer is missing"));
        }
    }

  g_set_object (&self->problem_member, problem_member);
  g_weak_ref_set (&self->problem_widget, problem_widget);
  self->problem_gap = invalid != NULL ? SIMRIS_UI_GAP_NONE : gap;
  self->problem_item = gap_item;
  g_free (self->invalid_problem);
  self->invalid_problem = g_steal_pointer (&invalid);
  problem_changed = g_strcmp0 (self->problem, problem) != 0;
  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);

  simris_result_view_set_problem (self->result_view, self->problem);
  /* timeline: the same state, whether shown yet or not. */
  simris_timeline_view_set_problem (SIMRIS_TIMELINE_VIEW (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                                      SIMRIS_TYPE_WINDOW,
                                                                                      "timeline_view")),
                                    self->problem);
  valid = self->problem == NULL;
  if (valid != self->form_valid)
    {
      self->form_valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM_VALID]);
    }
  if (problem_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM_PROBLEM]);
  update_summary (self);
}

static void
focus_field (GtkWidget *widget)
{
  /* A field inside a resource's or a claim's row: open the row first. */
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_EXPANDER_ROW (w))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
  /* A row that is no Tab stop itself (the kind's) gives the focus to its control. */
  if (!gtk_widget_grab_focus (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

void
_simris_window_go_to_problem (SimrisWindow *self)
{
  g_autoptr(GtkWidget) widget = NULL;

  _simris_window_check_form (self);
  widget = g_weak_ref_get (&self->problem_widget);

  if (self->problem_member != NULL)
    {
      g_autoptr(SimrisMember) member = g_object_ref (self->problem_member);

      _simris_window_show_member (self, member);
      if (widget == NULL && self->member_page != NULL)
        {
          widget = simris_member_page_get_gap_widget (SIMRIS_MEMBER_PAGE (self->member_page),
                                                      self->problem_gap, self->problem_item);
          if (widget != NULL)
            g_object_ref (widget);
        }
    }
  else
    {
      _simris_window_show_household (self);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child (self->leaflet, self->form_pane);
    }

  if (widget != NULL)
    focus_field (widget);
}

gboolean
_simris_window_can_make_document (SimrisWindow *self)
{
  AdwToast *toast;

  _simris_window_check_form (self);
  if (self->form_valid)
    return TRUE;

  toast = adw_toast_new (self->problem);
  /* Translators: a toast's button: opens the field that is missing or not valid */
  adw_toast_set_button_label (toast, _("_Go to Field"));
  adw_toast_set_action_name (toast, "win.go-to-problem");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  simris_window_add_toast (self, toast);
  return FALSE;
}

gboolean
simris_window_get_form_valid (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);

  return self->form_valid;
}

const char *
simris_window_get_form_problem (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), NULL);

  return self->problem;
}

GtkWidget *
simris_window_get_member_page (SimrisWindow *self,
                               SimrisMember *member)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), NULL);

  return lookup_page (self, member);
}

static void
household_changed_cb (SimrisWindow *self)
{
  _simris_window_set_modified (self, TRUE);
  _simris_window_check_form (self);

  /* Keep a copy of unsaved work at most AUTOSAVE_MAX_WAIT_MS after the first change not
   * yet kept: later changes do not push the copy back. */
  if (self->autosave_source == 0)
    self->autosave_source = g_timeout_add (AUTOSAVE_MAX_WAIT_MS, autosave_cb, self);
}

static void
update_summary (SimrisWindow *self)
{
  SimrisResult *result = simris_result_view_get_result (self->result_view);
  g_autofree char *text = NULL;

  if (!self->form_valid && self->invalid_problem != NULL)
    /* Translators: in the bar under the form on small windows, while a field is not valid */
    text = g_strdup (_("A field is not valid: no amount yet"));
  else if (result == NULL || !self->form_valid)
    /* Translators: in the bar under the form on small windows */
    text = g_strdup (_("The case is not complete yet"));
  else if (!simris_result_get_eligible (result))
    /* Translators: in the bar under the form on small windows */
    text = g_strdup (_("Not entitled"));
  else
    {
      g_autofree char *money = simris_ui_format_money (simris_result_get_amount_month (result));

      /* Translators: in the bar under the form on small windows; %s is an amount */
      text = g_strdup_printf (_("%s per month"), money);
    }
  gtk_label_set_label (self->summary_label, text);
}

/* A narrow window (down to 360 px) has room for icons only in its header bar. */
static void
set_split_button_compact (AdwSplitButton *button,
                          gboolean        compact,
                          const char     *label,
                          const char     *icon_name)
{
  GtkWidget *inner = gtk_widget_get_first_child (GTK_WIDGET (button));
  g_autofree char *name = NULL;

  if (compact)
    adw_split_button_set_icon_name (button, icon_name);
  else
    {
      adw_split_button_set_label (button, label);
      adw_split_button_set_use_underline (button, TRUE);
    }
  if (GTK_IS_BUTTON (inner))
    {
      GString *plain = g_string_new (NULL);

      for (const char *p = label; *p; p++)
        if (*p != '_')
          g_string_append_c (plain, *p);
      name = g_string_free (plain, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static gboolean
update_header_cb (gpointer user_data)
{
  SimrisWindow *self = user_data;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  self->header_source = 0;
  /* A narrow window keeps only the close button, where the system puts it. */
  if (folded)
    {
      g_autofree char *layout = NULL;
      g_auto(GStrv) sides = NULL;
      g_autoptr(GString) compact = g_string_new (NULL);

      g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-decoration-layout", &layout, NULL);
      sides = g_strsplit (layout ? layout : "menu:close", ":", 2);
      for (guint i = 0; sides[i] != NULL; i++)
        {
          g_auto(GStrv) buttons = g_strsplit (sides[i], ",", -1);
          gboolean first = TRUE;

          if (i > 0)
            g_string_append_c (compact, ':');
          for (guint j = 0; buttons[j] != NULL; j++)
            if (!g_str_equal (buttons[j], "minimize") && !g_str_equal (buttons[j], "maximize"))
              {
                g_string_append_printf (compact, "%s%s", first ? "" : ",", buttons[j]);
                first = FALSE;
              }
        }
      adw_header_bar_set_decoration_layout (self->header_bar, compact->str);
    }
  else
    adw_header_bar_set_decoration_layout (self->header_bar, NULL);
  set_split_button_compact (self->open_button, folded, _("_Open"), "document-open-symbolic");
  set_split_button_compact (self->save_button, folded, _("_Save"), "document-save-symbolic");
  return G_SOURCE_REMOVE;
}

static void
update_fold (SimrisWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);

  /* The leaflet folds during an allocation: change the header bar after it. */
  if (self->header_source == 0)
    self->header_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_header_cb, self, NULL);

  gtk_revealer_set_reveal_child (self->summary_revealer, folded && visible == self->form_pane);
  gtk_revealer_set_reveal_child (self->result_header, folded);
}

static gboolean
page_member_gone (gpointer key,
                  gpointer value,
                  gpointer user_data)
{
  SimrisWindow *self = user_data;

  if (simris_ui_list_model_find (G_LIST_MODEL (self->household), key, NULL))
    return FALSE;
  if (gtk_widget_get_parent (value) != NULL)
    gtk_stack_remove (self->member_stack, value);
  return TRUE;
}

static gboolean
page_remove_all (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  SimrisWindow *self = user_data;

  if (gtk_widget_get_parent (value) != NULL)
    gtk_stack_remove (self->member_stack, value);
  return TRUE;
}

static void
member_removed_cb (SimrisWindow *self)
{
  if (self->member_page != NULL)
    {
      SimrisMember *shown = simris_member_page_get_member (SIMRIS_MEMBER_PAGE (self->member_page));

      if (!simris_ui_list_model_find (G_LIST_MODEL (self->household), shown, NULL))
        {
          _simris_window_show_household (self);
          self->member_page = NULL;
        }
    }
  g_hash_table_foreach_remove (self->member_pages, page_member_gone, self);
  _simris_window_check_form (self);
}

/* --- The file on disk: changed by another program? -------------------------------------- */

/* What identifies the file's contents as last read or written here: GIO's etag (its mtime),
 * its inode (a save by rename gives a new one) and its size. NULL when it cannot be read. */
static char *
dup_file_state (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return NULL;
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_INODE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%s:%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT,
                          g_file_info_get_etag (info) ? g_file_info_get_etag (info) : "",
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          (gint64) g_file_info_get_size (info));
}

static void
remember_file_state (SimrisWindow *self)
{
  g_free (self->file_etag);
  self->file_etag = dup_file_state (self->file);
}

gboolean
simris_window_file_changed_on_disk (SimrisWindow *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);

  if (self->file == NULL || self->file_etag == NULL)
    return FALSE;
  now = dup_file_state (self->file);
  /* A file removed meanwhile is simply written again. */
  return now != NULL && g_strcmp0 (now, self->file_etag) != 0;
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             SimrisWindow     *self)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));

  if (g_strcmp0 (response, "keep") == 0)
    {
      if (_simris_window_save_to (self, self->file) && close_after)
        gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "reload") == 0)
    {
      g_autoptr(GFile) file = g_object_ref (self->file);

      /* Their version replaces ours: the copy of our unsaved work goes too. */
      _simris_window_remove_autosave (self);
      simris_window_load_file (self, file);
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    {
      self->close_after_save = close_after;
      _simris_window_save_as (self);
    }
}

/* Issue 27, defect 2: Ctrl+S overwrote a file another program (or another window) had
 * changed, and said "Saved". As GNOME Text Editor does, the file's state is compared before
 * saving and, when it changed, the user chooses: keep mine, reload theirs, or save as. */
void
_simris_window_save (SimrisWindow *self,
                     gboolean      close_after)
{
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  if (self->file == NULL)
    {
      self->close_after_save = close_after;
      _simris_window_save_as (self);
      return;
    }
  if (!simris_window_file_changed_on_disk (self))
    {
      if (_simris_window_save_to (self, self->file) && close_after)
        gtk_window_close (GTK_WINDOW (self));
      return;
    }

  name = g_file_get_basename (self->file);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  gtk_widget_set_name (GTK_WIDGET (dialog), "changed-on-disk");
  /* Translators: %s is a file name */
  adw_message_dialog_format_heading (dialog, _("“%s” Changed on Disk"), name);
  adw_message_dialog_set_body (dialog, _("Another program or window changed this file after you opened it. "
                                         "Keep your version over it, reload the version on disk (your changes "
                                         "are lost), or save yours as another file."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    /* Translators: reload the case file as another program saved it */
                                    "reload", _("_Reload Theirs"),
                                    "save-as", _("Save _As…"),
                                    /* Translators: overwrite the file changed on disk with this window's case */
                                    "keep", _("_Keep Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "keep", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_simris_window_set_household (SimrisWindow    *self,
                              SimrisHousehold *household,
                              GFile           *file)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (household));

  adw_leaflet_set_visible_child (self->form_leaflet, GTK_WIDGET (self->household_page));
  self->member_page = NULL;
  g_hash_table_foreach_remove (self->member_pages, page_remove_all, self);

  g_set_object (&self->household, household);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->example_name, g_free);
  remember_file_state (self);

  simris_household_page_set_household (self->household_page, household);
  simris_result_view_set_household (self->result_view, household);
  /* timeline: the "Over time" page follows the same household. */
  simris_timeline_view_set_household (SIMRIS_TIMELINE_VIEW (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                                         SIMRIS_TYPE_WINDOW,
                                                                                         "timeline_view")),
                                      household);

  g_signal_group_set_target (self->household_signals, household);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->modified = FALSE;
  _simris_window_check_form (self);
  _simris_window_update_title (self);
  _simris_window_actions_update (self);
}

void
_simris_window_show_member (SimrisWindow *self,
                            SimrisMember *member)
{
  GtkWidget *page = lookup_page (self, member);
  gboolean created = FALSE;

  if (page == NULL)
    {
      page = simris_member_page_new (self->household, member);
      g_hash_table_insert (self->member_pages, g_object_ref (member), g_object_ref_sink (page));
      gtk_stack_add_child (self->member_stack, page);
      created = TRUE;
    }

  /* Every person's page stays in the stack, with whatever was typed in it. */
  self->member_page = page;
  gtk_stack_set_visible_child (self->member_stack, page);
  adw_leaflet_set_visible_child (self->form_leaflet, GTK_WIDGET (self->member_stack));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->form_pane);

  /* A page seen for the first time starts with the keyboard in its first field. */
  if (created)
    gtk_widget_grab_focus (simris_member_page_get_first_field (SIMRIS_MEMBER_PAGE (page)));
}

void
_simris_window_show_household (SimrisWindow *self)
{
  adw_leaflet_set_visible_child (self->form_leaflet, GTK_WIDGET (self->household_page));
}

static SimrisHousehold *
new_empty_household (void)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  g_autoptr(SimrisMember) applicant = NULL;
  g_autofree char *id = NULL;
  g_autofree char *month = NULL;
  SimrisDate today = simris_date_today ();

  /* The month simulated starts as this month; everything else is left for the user. */
  month = simris_date_to_iso (simris_date_make (simris_date_year (today), simris_date_month (today), 1));
  simris_household_set_reference_date (household, month);
  id = simris_household_new_member_id (household);
  applicant = simris_member_new (id, SIMRIS_RELATION_APPLICANT, NULL);
  simris_household_append (household, applicant);
  return g_steal_pointer (&household);
}

static void
show_open_error (SimrisWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  /* Translators: %s is a file name */
  adw_message_dialog_format_heading (dialog, _("Could Not Open “%s”"), name);
  if (g_error_matches (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_TOO_NEW))
    adw_message_dialog_format_body (dialog, "%s", error->message);
  else
    {
      g_autofree char *plain = simris_ui_plain_error (error->message);

      /* Translators: %s says what is wrong, naming the field */
      adw_message_dialog_format_body (dialog, _("This is not a SimRIS case file SimRIS can read:\n%s"), plain);
    }
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/x-simris-case+json",
    .app_name = (char *) (g_get_application_name () ? g_get_application_name () : "SimRIS"),
    .app_exec = (char *) "simris %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

gboolean
_simris_window_save_to (SimrisWindow *self,
                        GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!simris_case_file_save (self->household, file, NULL, &error))
    {
      /* Said once (the message names the file and the reason) and kept above the form
       * until dismissed, not a toast that vanishes. */
      g_free (self->save_error);
      self->save_error = g_strdup (error->message);
      update_notice (self);
      return FALSE;
    }
  g_clear_pointer (&self->save_error, g_free);
  update_notice (self);

  g_set_object (&self->file, file);
  g_clear_pointer (&self->example_name, g_free);
  remember_file_state (self);
  _simris_window_remove_autosave (self);
  _simris_window_set_modified (self, FALSE);
  _simris_window_update_title (self);
  add_to_recent (file);

  name = g_file_get_basename (file);
  _simris_window_check_form (self);
  if (self->invalid_problem != NULL)
    {
      AdwToast *toast;

      /* Translators: a toast; a file name, then a field ("Sophie, Date of Birth") whose text
       * is not a valid value: the file holds it as not filled in */
      message = g_strdup_printf (_("Saved “%s”. %s is not valid, so it is saved as not filled in."),
                                 name, self->invalid_problem);
      toast = adw_toast_new (message);
      adw_toast_set_button_label (toast, _("_Go to Field"));
      adw_toast_set_action_name (toast, "win.go-to-problem");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      simris_window_add_toast (self, toast);
      return TRUE;
    }
  /* Translators: a toast; %s is a file name */
  message = g_strdup_printf (_("Saved “%s”"), name);
  {
    AdwToast *toast = adw_toast_new (message);

    adw_toast_set_timeout (toast, 2);
    simris_window_add_toast (self, toast);
  }
  return TRUE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SimrisWindow     *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      _simris_window_remove_autosave (self);
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      _simris_window_save (self, TRUE);
    }
}

static gboolean
simris_window_close_request (GtkWindow *window)
{
  SimrisWindow *self = SIMRIS_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);
  GSettings *settings = SIMRIS_IS_APPLICATION (app) ? simris_application_get_settings (SIMRIS_APPLICATION (app)) : NULL;

  if (self->modified && !self->closing_confirmed)
    {
      g_autofree char *name = _simris_window_dup_case_name (self);
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, NULL, NULL));
      /* Translators: %s is the case's name */
      adw_message_dialog_format_heading (dialog, _("Save Changes to “%s”?"), name);
      adw_message_dialog_set_body (dialog, _("If you close without saving, your changes are lost."));
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  if (!self->modified)
    _simris_window_remove_autosave (self);

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (simris_window_parent_class)->close_request (window);
}

static void
recent_changed_cb (SimrisWindow *self)
{
  _simris_window_update_recent_menu (self);
}

void
_simris_window_update_recent_menu (SimrisWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) cases = g_ptr_array_new ();

  g_menu_remove_all (self->recent_menu);

  for (GList *l = items; l; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      if (g_str_has_suffix (uri, CASE_SUFFIX) && gtk_recent_info_exists (info))
        g_ptr_array_add (cases, info);
    }

  for (guint i = 0; i < cases->len && i < MAX_RECENT; i++)
    {
      /* The most recently used first. */
      GtkRecentInfo *best = NULL;
      guint best_index = 0;

      for (guint j = 0; j < cases->len; j++)
        {
          GtkRecentInfo *info = g_ptr_array_index (cases, j);

          if (info == NULL)
            continue;
          if (best == NULL || g_date_time_compare (gtk_recent_info_get_modified (info),
                                                   gtk_recent_info_get_modified (best)) > 0)
            {
              best = info;
              best_index = j;
            }
        }
      if (best == NULL)
        break;

      {
        g_autofree char *name = strip_case_suffix (gtk_recent_info_get_display_name (best));
        g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

        g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (best));
        g_menu_append_item (self->recent_menu, item);
      }
      g_ptr_array_index (cases, best_index) = NULL;
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (self->recent_menu)) == 0)
    {
      /* Translators: in the Open button's menu when no case was opened before */
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Cases"), "win.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

const char *
_simris_window_default_document_lang (SimrisWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = SIMRIS_IS_APPLICATION (app) ? simris_application_get_settings (SIMRIS_APPLICATION (app)) : NULL;

  if (settings != NULL)
    {
      g_autofree char *lang = g_settings_get_string (settings, "document-language");
      g_autofree char *postcode = g_settings_get_string (settings, "cpas-postcode");
      const char *region = simris_document_language_default (NULL, postcode, NULL);

      /* The region of Preferences' CPAS (an ÖSHZ in 4700 Eupen writes German) first, then the
       * language of the last export. */
      if (*postcode != '\0' && simris_language_for_postcode (postcode) != NULL)
        return region;
      if (simris_document_language_is_valid (lang))
        return simris_language_lookup (lang)->code;
    }
  return simris_document_language_default (NULL, NULL, simris_ui_lang ());
}

SimrisHousehold *
_simris_window_dup_household_for_document (SimrisWindow *self)
{
  static const struct { const char *field; const char *key; } defaults[] = {
    { "cpas_name", "cpas-name" },
    { "cpas_address", "cpas-address" },
    { "social_worker", "social-worker" },
    { "tribunal_address", "tribunal-address" },
    { "cpas_postcode", "cpas-postcode" },
  };
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = SIMRIS_IS_APPLICATION (app) ? simris_application_get_settings (SIMRIS_APPLICATION (app)) : NULL;
  SimrisHousehold *copy = simris_household_copy (self->household);

  /* The CPAS's own details from Preferences fill what the case leaves empty. */
  for (guint i = 0; settings != NULL && i < G_N_ELEMENTS (defaults); i++)
    {
      const char *value = simris_household_get_decision_field (copy, defaults[i].field);

      /* A case that names its CPAS's postcode has its own court: Preferences' address is
       * not put over it. */
      if (g_str_equal (defaults[i].field, "tribunal_address")
          && simris_household_get_decision_field (copy, "cpas_postcode") != NULL)
        continue;
      if (value == NULL || *value == '\0')
        {
          g_autofree char *preset = g_settings_get_string (settings, defaults[i].key);

          if (preset != NULL && *preset != '\0')
            simris_household_set_decision_field (copy, defaults[i].field, preset);
        }
    }
  return copy;
}

static void
simris_window_constructed (GObject *object)
{
  SimrisWindow *self = SIMRIS_WINDOW (object);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = SIMRIS_IS_APPLICATION (app) ? simris_application_get_settings (SIMRIS_APPLICATION (app)) : NULL;

  G_OBJECT_CLASS (simris_window_parent_class)->constructed (object);

  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
simris_window_dispose (GObject *object)
{
  SimrisWindow *self = SIMRIS_WINDOW (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->unfold_source, g_source_remove);
  g_clear_handle_id (&self->header_source, g_source_remove);
  g_clear_object (&self->household_signals);

  g_clear_pointer (&self->member_pages, g_hash_table_unref);
  self->member_page = NULL;
  g_clear_object (&self->problem_member);
  g_weak_ref_set (&self->problem_widget, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_WINDOW);

  g_clear_object (&self->household);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (simris_window_parent_class)->dispose (object);
}

static void
simris_window_finalize (GObject *object)
{
  SimrisWindow *self = SIMRIS_WINDOW (object);

  g_free (self->example_name);
  g_free (self->autosave_id);
  g_free (self->problem);
  g_free (self->print_lang);
  g_free (self->invalid_problem);
  g_strfreev (self->recovery_paths);
  g_free (self->save_error);
  g_free (self->autosave_error);
  g_free (self->file_etag);
  g_weak_ref_clear (&self->problem_widget);
  g_free (self->export_applicant);

  G_OBJECT_CLASS (simris_window_parent_class)->finalize (object);
}

/* Side by side from this width (the form's 440 px and the result's 420 px), one pane at a
 * time below it, down to 360 px. The panes have no minimum width of their own, so a folded
 * window can be that narrow; the leaflet unfolds only when the window is wide enough. */
#define UNFOLD_MIN_WIDTH 860

static gboolean
update_unfold_cb (gpointer user_data)
{
  SimrisWindow *self = user_data;
  gboolean wide = gtk_widget_get_width (GTK_WIDGET (self)) >= UNFOLD_MIN_WIDTH;

  self->unfold_source = 0;
  if (adw_leaflet_get_can_unfold (self->leaflet) != wide)
    adw_leaflet_set_can_unfold (self->leaflet, wide);
  return G_SOURCE_REMOVE;
}

static void
simris_window_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  gboolean wide = width >= UNFOLD_MIN_WIDTH;

  GTK_WIDGET_CLASS (simris_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Not during the allocation: changing the leaflet queues a new one. */
  if (adw_leaflet_get_can_unfold (self->leaflet) != wide && self->unfold_source == 0)
    self->unfold_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_unfold_cb, self, NULL);
}

/* "form-problem": what "form-valid" FALSE means, in the words the result pane shows: every view
 * that would show an amount (Over Time, What If…, opened before or after) shows this instead. */
static const SimrisProperty window_properties[N_PROPS] = {
  [PROP_FORM_VALID] = SIMRIS_PROPERTY_BOOLEAN ("form-valid", TRUE, simris_window_get_form_valid, NULL,
                                               G_PARAM_READABLE),
  [PROP_FORM_PROBLEM] = SIMRIS_PROPERTY_STRING ("form-problem", NULL, simris_window_get_form_problem, NULL,
                                                G_PARAM_READABLE),
};

static void
simris_window_class_init (SimrisWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = simris_window_constructed;
  object_class->dispose = simris_window_dispose;
  object_class->finalize = simris_window_finalize;
  widget_class->size_allocate = simris_window_size_allocate;
  window_class->close_request = simris_window_close_request;

  simris_property_install (object_class, window_properties, N_PROPS, properties);

  g_type_ensure (SIMRIS_TYPE_HOUSEHOLD_PAGE);
  g_type_ensure (SIMRIS_TYPE_RESULT_VIEW);
  simris_whatif_install_action (widget_class);  /* whatif: win.what-if */
  g_type_ensure (SIMRIS_TYPE_TIMELINE_VIEW); /* timeline */

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, form_pane);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, form_leaflet);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, household_page);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, result_pane);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, result_header);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, result_view);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, summary_revealer);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, recovery_revealer);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, recovery_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, recent_menu);
  /* timeline: declared without a struct field, found with gtk_widget_get_template_child (). */
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_view", FALSE, 0);

  _simris_window_class_actions_init (klass);
}

/* libadwaita 1.2 leaves the arrow of a split button without an accessible name: a screen
 * reader says "GtkMenuButton". Name it after its tooltip ("Recent Cases", …). */
static void
label_split_button_arrow (AdwSplitButton *button)
{
  GtkWidget *arrow = gtk_widget_get_last_child (GTK_WIDGET (button));
  const char *tooltip = adw_split_button_get_dropdown_tooltip (button);

  if (GTK_IS_MENU_BUTTON (arrow) && tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                    -1);
}

/* A new case starts with the keyboard in its first question (only once: a window mapped
 * again keeps its focus). */
static void
first_map_cb (SimrisWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, first_map_cb, NULL);
  if (self->file == NULL && self->member_page == NULL)
    gtk_widget_grab_focus (simris_household_page_get_first_field (self->household_page));
}

static void
simris_window_init (SimrisWindow *self)
{
  g_autoptr(SimrisHousehold) household = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->household_signals = g_signal_group_new (SIMRIS_TYPE_HOUSEHOLD);
  g_signal_group_connect_swapped (self->household_signals, "changed", G_CALLBACK (household_changed_cb), self);
  g_signal_group_connect_swapped (self->household_signals, "items-changed", G_CALLBACK (member_removed_cb), self);
  label_split_button_arrow (self->open_button);
  label_split_button_arrow (self->save_button);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (self));
  /* Side by side, the form keeps its width when the result appears or changes. */
  simris_ui_balance_panes (self->form_pane, self->result_pane);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->autosave_id = g_uuid_string_random ();
  self->form_valid = TRUE;
  self->member_pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, g_object_unref);
  self->member_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->member_stack, FALSE);
  gtk_stack_set_vhomogeneous (self->member_stack, FALSE);
  adw_leaflet_append (self->form_leaflet, GTK_WIDGET (self->member_stack));
  g_weak_ref_init (&self->problem_widget, NULL);
  simris_assistant_add_window_actions (self); /* guide: win.guide */

  /* The narrow layout's header over the result, out of layout while closed. (Not the
   * summary bar: its natural width sets the form pane's.) */
  simris_ui_revealer_hide_when_closed (self->result_header);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (update_fold), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child", G_CALLBACK (update_fold), self);
  g_signal_connect_swapped (self->result_view, "notify::result", G_CALLBACK (update_summary), self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);

  household = new_empty_household ();
  _simris_window_set_household (self, household, NULL);
  self->touched = FALSE;
  g_signal_connect (self, "map", G_CALLBACK (first_map_cb), NULL);
  _simris_window_update_recent_menu (self);
  update_fold (self);
  update_summary (self);
}

SimrisWindow *
simris_window_new (SimrisApplication *application)
{
  return g_object_new (SIMRIS_TYPE_WINDOW, "application", application, NULL);
}

SimrisHousehold *
simris_window_get_household (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), NULL);

  return self->household;
}

GFile *
simris_window_get_file (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
simris_window_get_modified (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);

  return self->modified;
}

gboolean
simris_window_is_pristine (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);

  return self->file == NULL && !self->modified && !self->touched;
}

void
simris_window_set_household (SimrisWindow    *self,
                             SimrisHousehold *household)
{
  g_return_if_fail (SIMRIS_IS_WINDOW (self));
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (household));

  _simris_window_set_household (self, household, NULL);
}

void
simris_window_new_case (SimrisWindow *self)
{
  g_autoptr(SimrisHousehold) household = new_empty_household ();

  g_return_if_fail (SIMRIS_IS_WINDOW (self));

  _simris_window_set_household (self, household, NULL);
}

gboolean
simris_window_load_file (SimrisWindow *self,
                         GFile        *file)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  household = simris_case_file_load (file, NULL, &error);
  if (household == NULL)
    {
      show_open_error (self, file, error);
      return FALSE;
    }

  _simris_window_set_household (self, household, file);
  add_to_recent (file);
  return TRUE;
}

gboolean
simris_window_load_example (SimrisWindow *self,
                            GFile        *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);

  if (!simris_window_load_file (self, file))
    return FALSE;

  /* The installed example is read-only: saving it asks where. */
  basename = g_file_get_basename (file);
  g_clear_object (&self->file);
  self->example_name = strip_case_suffix (basename);
  _simris_window_update_title (self);
  return TRUE;
}

static void
too_new_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (g_strcmp0 (response, "discard") == 0)
    simris_session_remove_path (simris_session_get_default (), path);
  else if (g_strcmp0 (response, "keep") == 0)
    simris_session_keep_for_later (simris_session_get_default (), path);
}

/* An autosave made by a newer SimRIS: this one cannot read it, a newer one can. Kept for
 * later (not offered again by this version) unless the user discards it. */
static void
offer_keep_for_later (SimrisWindow *self,
                      const char   *path,
                      const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_set_heading (dialog, _("Unsaved Work From a Newer SimRIS"));
  /* Translators: %s says which version made the file */
  adw_message_dialog_format_body (dialog, _("%s\nKeep it for a newer SimRIS, which will offer it again, or discard it."),
                                  error->message);
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    /* Translators: keep unsaved work this version cannot read */
                                    "keep", _("_Keep for Later"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (too_new_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
simris_window_recover (SimrisWindow *self,
                       const char   *path)
{
  g_autoptr(GFile) original = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *example = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Read without following links, regular files only (a FIFO froze the window); the case
   * file named in its note only when it is one the user can write (ui/simris-session.c). */
  household = simris_session_load (simris_session_get_default (), path, &original, &example, &note, &error);
  if (household == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (g_error_matches (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_TOO_NEW))
        offer_keep_for_later (self, path, error);
      else
        show_open_error (self, file, error);
      return FALSE;
    }

  _simris_window_set_household (self, household, original);
  self->example_name = g_steal_pointer (&example);

  /* Keep the same autosave file: saving or discarding removes it. */
  g_free (self->autosave_id);
  self->autosave_id = simris_session_dup_id (path);

  _simris_window_set_modified (self, TRUE);
  _simris_window_update_title (self);
  if (note != NULL)
    {
      g_free (self->save_error);
      self->save_error = g_steal_pointer (&note);
      update_notice (self);
    }
  return TRUE;
}

void
simris_window_add_toast (SimrisWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (SIMRIS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GtkWidget *
simris_window_get_result_view (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->result_view);
}

GtkWidget *
simris_window_get_household_page (SimrisWindow *self)
{
  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->household_page);
}

/* --- Recovery of an earlier run's unsaved work ------------------------------------------ */

void
simris_window_offer_recovery (SimrisWindow       *self,
                              const char * const *autosave_paths)
{
  guint n;
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_WINDOW (self));

  g_strfreev (self->recovery_paths);
  self->recovery_paths = g_strdupv ((char **) autosave_paths);
  n = self->recovery_paths ? g_strv_length (self->recovery_paths) : 0;
  if (n > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: in a bar above the form at start-up */
                                         "SimRIS was closed before %u case was saved. You can reopen it as it was.",
                                         "SimRIS was closed before %u cases were saved. You can reopen them as they were.",
                                         n),
                            n);
  gtk_label_set_label (self->recovery_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->recovery_revealer), n > 0);
  gtk_revealer_set_reveal_child (self->recovery_revealer, n > 0);
}

void
_simris_window_recover_offered (SimrisWindow *self,
                                gboolean      recover)
{
  g_auto(GStrv) paths = g_steal_pointer (&self->recovery_paths);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* Hidden at once: a screen reader must not find the answered offer during the animation. */
  gtk_revealer_set_reveal_child (self->recovery_revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->recovery_revealer), FALSE);
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      SimrisWindow *window;

      if (!recover)
        {
          simris_session_remove_path (simris_session_get_default (), paths[i]);
          continue;
        }
      /* Into this window if nothing was done in it yet, else a window of its own. */
      if (simris_window_is_pristine (self))
        window = self;
      else if (SIMRIS_IS_APPLICATION (app))
        window = SIMRIS_WINDOW (simris_application_new_window (SIMRIS_APPLICATION (app)));
      else
        window = simris_window_new (NULL);
      simris_window_recover (window, paths[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}
