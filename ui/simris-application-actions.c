/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisApplication"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-application-private.h"
#include "simris-assistant.h" /* guide */
#include "simris-preferences-window.h"
#include "simris-window.h"

static void
simris_application_actions_new_window (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  SimrisApplication *self = user_data;
  GtkWindow *window = simris_application_new_window (self);

  gtk_window_present (window);
  /* guide: a new case asks "Guide Me" or "Fill the Form" (simris-assistant.h) */
  simris_assistant_offer (SIMRIS_WINDOW (window));
}

static void
simris_application_actions_open_example (GSimpleAction *action,
                                         GVariant      *param,
                                         gpointer       user_data)
{
  simris_application_open_example (SIMRIS_APPLICATION (user_data));
}

static void
simris_application_actions_preferences (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  SimrisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SimrisPreferencesWindow *prefs;

  prefs = simris_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), parent);
  gtk_window_present (GTK_WINDOW (prefs));
}

/* The manual (help/) is installed under the released ID, whatever the flavour. */
#define HELP_URI "help:io.github.simris.SimRIS"

static void
help_shown_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (gtk_show_uri_full_finish (parent, result, &error))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Open the Help"), NULL));
  /* Translators: %s is the reason given by the system */
  adw_message_dialog_format_body (dialog, _("No help viewer could show the SimRIS manual: %s"), error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
simris_application_actions_help (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  SimrisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (parent == NULL)
    parent = simris_application_new_window (self);
  gtk_show_uri_full (parent, HELP_URI, GDK_CURRENT_TIME, NULL, help_shown_cb, g_object_ref (parent));
}

static void
simris_application_actions_about (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  SimrisApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The SimRIS contributors", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "transient-for", parent,
                "application-name", _("SimRIS"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The SimRIS contributors"),
                "developers", developers,
                /* Translators: credit yourselves here, one name a line */
                "translator-credits", _("translator-credits"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Simulate the Belgian integration income (revenu d’intégration sociale, leefloon) "
                              "of a household, with every step explained by its legal article.\n\n"
                              "SimRIS gives an estimate: only the CPAS/OCMW decides."),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
simris_application_actions_quit (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  SimrisApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Each window asks about its own unsaved changes; one that stays open stops the quit. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "new-window", simris_application_actions_new_window },
  { "open-example", simris_application_actions_open_example },
  { "preferences", simris_application_actions_preferences },
  { "help", simris_application_actions_help },
  { "about", simris_application_actions_about },
  { "quit", simris_application_actions_quit },
};

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "win.new-case", { "<Primary>n", NULL } },
  { "app.new-window", { "<Primary><Shift>n", NULL } },
  { "app.preferences", { "<Primary>comma", NULL } },
  { "app.quit", { "<Primary>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "window.close", { "<Primary>w", NULL } },
  { "win.open", { "<Primary>o", NULL } },
  { "win.save", { "<Primary>s", NULL } },
  { "win.save-as", { "<Primary><Shift>s", NULL } },
  { "win.export-pdf", { "<Primary>e", NULL } },
  { "win.print", { "<Primary>p", NULL } },
  { "win.show-help-overlay", { "<Primary>question", NULL } },
};

void
_simris_application_actions_init (SimrisApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}
