/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-case-file.h"
#include "simris-date.h"
#include "simris-member-page.h"
#include "simris-ui-util.h"
#include "simris-window-private.h"

G_DEFINE_FINAL_TYPE (SimrisWindow, simris_window, ADW_TYPE_APPLICATION_WINDOW)

#define CASE_SUFFIX ".simris.json"
#define AUTOSAVE_DELAY_SECONDS 3
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

static char *
autosave_path (SimrisWindow *self,
               const char   *suffix)
{
  g_autofree char *dir = simris_application_get_autosave_dir ();
  g_autofree char *name = g_strconcat (self->autosave_id, CASE_SUFFIX, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

void
_simris_window_remove_autosave (SimrisWindow *self)
{
  g_autofree char *path = autosave_path (self, NULL);
  g_autofree char *meta = autosave_path (self, ".meta");

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_unlink (path);
  g_unlink (meta);
}

static gboolean
autosave_cb (gpointer user_data)
{
  SimrisWindow *self = user_data;
  g_autofree char *dir = simris_application_get_autosave_dir ();
  g_autofree char *path = autosave_path (self, NULL);
  g_autofree char *meta_path = autosave_path (self, ".meta");
  g_autofree char *data = NULL;
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autofree char *meta_data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  self->autosave_source = 0;
  if (!self->modified || self->household == NULL)
    return G_SOURCE_REMOVE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_warning ("Cannot create %s: %s", dir, g_strerror (errno));
      return G_SOURCE_REMOVE;
    }

  data = simris_case_file_to_data (self->household, &length);
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_key_file_set_string (meta, "Autosave", "uri", uri);
    }
  if (self->example_name != NULL)
    g_key_file_set_string (meta, "Autosave", "example", self->example_name);
  meta_data = g_key_file_to_data (meta, NULL, NULL);

  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error)
      || !g_file_set_contents_full (meta_path, meta_data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Cannot keep a copy of unsaved work: %s", error->message);

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

static void
household_changed_cb (SimrisWindow *self)
{
  _simris_window_set_modified (self, TRUE);

  /* Keep a copy of unsaved work a few seconds after the last change. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add_seconds (AUTOSAVE_DELAY_SECONDS, autosave_cb, self);
}

static void
update_summary (SimrisWindow *self)
{
  SimrisResult *result = simris_result_view_get_result (self->result_view);
  g_autofree char *text = NULL;

  if (result == NULL)
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

static void
update_fold (SimrisWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);

  gtk_revealer_set_reveal_child (self->summary_revealer, folded && visible == self->form_pane);
  gtk_revealer_set_reveal_child (self->result_header, folded);
}

static void
form_transition_cb (SimrisWindow *self)
{
  /* Drop the person's page once the animation back to the household is over. */
  if (self->member_page != NULL
      && !adw_leaflet_get_child_transition_running (self->form_leaflet)
      && adw_leaflet_get_visible_child (self->form_leaflet) != self->member_page)
    {
      adw_leaflet_remove (self->form_leaflet, self->member_page);
      self->member_page = NULL;
    }
}

static void
member_removed_cb (SimrisWindow *self)
{
  SimrisMember *shown;

  if (self->member_page == NULL)
    return;

  shown = simris_member_page_get_member (SIMRIS_MEMBER_PAGE (self->member_page));
  if (!simris_ui_list_model_find (G_LIST_MODEL (self->household), shown, NULL))
    _simris_window_show_household (self);
}

void
_simris_window_set_household (SimrisWindow    *self,
                              SimrisHousehold *household,
                              GFile           *file)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (household));

  if (self->member_page != NULL)
    {
      adw_leaflet_set_visible_child (self->form_leaflet, GTK_WIDGET (self->household_page));
      adw_leaflet_remove (self->form_leaflet, self->member_page);
      self->member_page = NULL;
    }

  if (self->household != NULL)
    g_signal_handlers_disconnect_by_data (self->household, self);

  g_set_object (&self->household, household);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->example_name, g_free);

  simris_household_page_set_household (self->household_page, household);
  simris_result_view_set_household (self->result_view, household);

  g_signal_connect_swapped (household, "changed", G_CALLBACK (household_changed_cb), self);
  g_signal_connect_swapped (household, "items-changed", G_CALLBACK (member_removed_cb), self);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->modified = FALSE;
  _simris_window_update_title (self);
  _simris_window_actions_update (self);
}

void
_simris_window_show_member (SimrisWindow *self,
                            SimrisMember *member)
{
  GtkWidget *page;

  if (self->member_page != NULL)
    {
      adw_leaflet_remove (self->form_leaflet, self->member_page);
      self->member_page = NULL;
    }

  page = simris_member_page_new (self->household, member);
  adw_leaflet_append (self->form_leaflet, page);
  self->member_page = page;
  adw_leaflet_set_visible_child (self->form_leaflet, page);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->form_pane);
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
    /* Translators: %s says what is wrong, naming the field */
    adw_message_dialog_format_body (dialog, _("This is not a SimRIS case file SimRIS can read:\n%s"), error->message);
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
      g_autofree char *display = g_file_get_parse_name (file);

      /* Translators: %s is a file name, then the reason */
      message = g_strdup_printf (_("Could not save “%s”: %s"), display, error->message);
      simris_window_add_toast (self, adw_toast_new (message));
      return FALSE;
    }

  g_set_object (&self->file, file);
  g_clear_pointer (&self->example_name, g_free);
  _simris_window_remove_autosave (self);
  _simris_window_set_modified (self, FALSE);
  _simris_window_update_title (self);
  add_to_recent (file);

  name = g_file_get_basename (file);
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
      if (self->file != NULL)
        {
          if (_simris_window_save_to (self, self->file))
            gtk_window_close (GTK_WINDOW (self));
        }
      else
        {
          self->close_after_save = TRUE;
          _simris_window_save_as (self);
        }
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

      if (g_strcmp0 (lang, "nl") == 0)
        return "nl";
      if (g_strcmp0 (lang, "fr") == 0)
        return "fr";
    }
  return g_str_equal (simris_ui_lang (), "nl") ? "nl" : "fr";
}

SimrisHousehold *
_simris_window_dup_household_for_document (SimrisWindow *self)
{
  static const struct { const char *field; const char *key; } defaults[] = {
    { "cpas_name", "cpas-name" },
    { "cpas_address", "cpas-address" },
    { "social_worker", "social-worker" },
    { "tribunal_address", "tribunal-address" },
  };
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = SIMRIS_IS_APPLICATION (app) ? simris_application_get_settings (SIMRIS_APPLICATION (app)) : NULL;
  SimrisHousehold *copy = simris_household_copy (self->household);

  /* The CPAS's own details from Preferences fill what the case leaves empty. */
  for (guint i = 0; settings != NULL && i < G_N_ELEMENTS (defaults); i++)
    {
      const char *value = simris_household_get_decision_field (copy, defaults[i].field);

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
  if (self->household != NULL)
    g_signal_handlers_disconnect_by_data (self->household, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_WINDOW);

  g_clear_object (&self->household);
  g_clear_object (&self->file);
  g_clear_object (&self->export_target_for_testing);
  g_clear_object (&self->save_target_for_testing);
  g_clear_object (&self->print_target_for_testing);

  G_OBJECT_CLASS (simris_window_parent_class)->dispose (object);
}

static void
simris_window_finalize (GObject *object)
{
  SimrisWindow *self = SIMRIS_WINDOW (object);

  g_free (self->example_name);
  g_free (self->autosave_id);
  g_free (self->export_lang_for_testing);
  g_free (self->print_lang_for_testing);

  G_OBJECT_CLASS (simris_window_parent_class)->finalize (object);
}

static void
simris_window_class_init (SimrisWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = simris_window_constructed;
  object_class->dispose = simris_window_dispose;
  object_class->finalize = simris_window_finalize;
  window_class->close_request = simris_window_close_request;

  g_type_ensure (SIMRIS_TYPE_HOUSEHOLD_PAGE);
  g_type_ensure (SIMRIS_TYPE_RESULT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, window_title);
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
  gtk_widget_class_bind_template_child (widget_class, SimrisWindow, recent_menu);

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

static void
simris_window_init (SimrisWindow *self)
{
  g_autoptr(SimrisHousehold) household = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  label_split_button_arrow (self->open_button);
  label_split_button_arrow (self->save_button);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (self));

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->autosave_id = g_uuid_string_random ();

  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (update_fold), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child", G_CALLBACK (update_fold), self);
  g_signal_connect_swapped (self->form_leaflet, "notify::child-transition-running",
                            G_CALLBACK (form_transition_cb), self);
  g_signal_connect_swapped (self->form_leaflet, "notify::visible-child",
                            G_CALLBACK (form_transition_cb), self);
  g_signal_connect_swapped (self->result_view, "notify::result", G_CALLBACK (update_summary), self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);

  household = new_empty_household ();
  _simris_window_set_household (self, household, NULL);
  self->touched = FALSE;
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

gboolean
simris_window_recover (SimrisWindow *self,
                       const char   *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) original = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *meta_path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *example = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  household = simris_case_file_load (file, NULL, &error);
  if (household == NULL)
    {
      show_open_error (self, file, error);
      return FALSE;
    }

  meta_path = g_strconcat (path, ".meta", NULL);
  if (g_key_file_load_from_file (meta, meta_path, G_KEY_FILE_NONE, NULL))
    {
      uri = g_key_file_get_string (meta, "Autosave", "uri", NULL);
      example = g_key_file_get_string (meta, "Autosave", "example", NULL);
    }
  if (uri != NULL)
    original = g_file_new_for_uri (uri);

  _simris_window_set_household (self, household, original);
  self->example_name = g_steal_pointer (&example);

  /* Keep the same autosave file: saving or discarding removes it. */
  basename = g_path_get_basename (path);
  g_free (self->autosave_id);
  self->autosave_id = strip_case_suffix (basename);

  _simris_window_set_modified (self, TRUE);
  _simris_window_update_title (self);
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

void
simris_window_set_export_target_for_testing (SimrisWindow *self,
                                             GFile        *file,
                                             const char   *lang)
{
  g_return_if_fail (SIMRIS_IS_WINDOW (self));

  g_set_object (&self->export_target_for_testing, file);
  g_free (self->export_lang_for_testing);
  self->export_lang_for_testing = g_strdup (lang);
}

void
simris_window_set_save_target_for_testing (SimrisWindow *self,
                                           GFile        *file)
{
  g_return_if_fail (SIMRIS_IS_WINDOW (self));

  g_set_object (&self->save_target_for_testing, file);
}

void
simris_window_set_print_target_for_testing (SimrisWindow *self,
                                            GFile        *file,
                                            const char   *lang)
{
  g_return_if_fail (SIMRIS_IS_WINDOW (self));

  g_set_object (&self->print_target_for_testing, file);
  g_free (self->print_lang_for_testing);
  self->print_lang_for_testing = g_strdup (lang);
}
