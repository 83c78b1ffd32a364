/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisPreferencesWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-labour-court.h"
#include "simris-preferences-window.h"
#include "simris-property.h"
#include "simris-language.h"

struct _SimrisPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *language_row;
  AdwEntryRow          *cpas_name_row;
  AdwEntryRow          *cpas_address_row;
  AdwEntryRow          *social_worker_row;
  AdwEntryRow          *cpas_postcode_row;
  AdwActionRow         *court_row;
  AdwEntryRow          *tribunal_row;
  AdwPreferencesGroup  *document_group;
  AdwPreferencesGroup  *cpas_group;
};

G_DEFINE_FINAL_TYPE (SimrisPreferencesWindow, simris_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The row lists the document languages (po/LINGUAS; simris_languages () without English, the
 * first), each by its own name; position i is simris_languages ()[i + 1]. */
static gboolean
lang_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *lang = g_variant_get_string (variant, NULL);
  const SimrisLanguage * const *languages = simris_languages ();
  guint selected = 0;

  for (guint i = 1; languages[i] != NULL; i++)
    if (g_strcmp0 (lang, languages[i]->code) == 0)
      selected = i - 1;
  g_value_set_uint (value, selected);
  return TRUE;
}

static GVariant *
selected_to_lang (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected + 1 >= simris_languages_count ())
    selected = 0;
  return g_variant_new_string (simris_languages ()[selected + 1]->code);
}

/* What the decision draft will say of the labour court: the court of the postcode and its
 * address, or why it will show a placeholder. */
static void
update_court (SimrisPreferencesWindow *self)
{
  const char *postcode = gtk_editable_get_text (GTK_EDITABLE (self->cpas_postcode_row));
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->tribunal_row));
  g_autofree char *lang = self->settings != NULL ? g_settings_get_string (self->settings, "document-language")
                                                 : g_strdup (simris_languages ()[1]->code);
  g_autoptr(SimrisLabourCourt) court = simris_labour_court_find (postcode, lang);
  g_autofree char *text = NULL;

  if (typed != NULL && *typed != '\0')
    text = g_strdup (_("The address typed below is used"));
  else if (postcode == NULL || *postcode == '\0')
    text = g_strdup (_("No postcode: the draft shows a placeholder for the court’s address"));
  else if (court == NULL)
    text = g_strdup (_("No labour court is known for this postcode: the draft shows a placeholder"));
  else if (court->address == NULL)
    /* Translators: %s is a labour court */
    text = g_strdup_printf (_("%s: no source gives the address of its registry for this postcode; the draft "
                              "shows a placeholder, type the address below"), court->court);
  else if (court->division != NULL)
    /* Translators: a labour court, its division and its address */
    text = g_strdup_printf (_("%1$s, %2$s, %3$s"), court->court, court->division, court->address);
  else
    /* Translators: a labour court and its address */
    text = g_strdup_printf (_("%1$s, %2$s"), court->court, court->address);
  adw_action_row_set_subtitle (self->court_row, text);
}

static void
simris_preferences_window_constructed (GObject *object)
{
  SimrisPreferencesWindow *self = SIMRIS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (simris_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->document_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cpas_group), FALSE);
      adw_preferences_group_set_description (self->cpas_group,
                                             _("Preferences are not available: SimRIS is not installed."));
      return;
    }

  g_settings_bind_with_mapping (self->settings, "document-language",
                                self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                lang_to_selected, selected_to_lang, NULL, NULL);
  g_settings_bind (self->settings, "cpas-name", self->cpas_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "cpas-address", self->cpas_address_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "social-worker", self->social_worker_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "tribunal-address", self->tribunal_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "cpas-postcode", self->cpas_postcode_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_swapped (self->cpas_postcode_row, "changed", G_CALLBACK (update_court), self);
  g_signal_connect_swapped (self->tribunal_row, "changed", G_CALLBACK (update_court), self);
  update_court (self);
}

static void
simris_preferences_window_dispose (GObject *object)
{
  SimrisPreferencesWindow *self = SIMRIS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (simris_preferences_window_parent_class)->dispose (object);
}

static const SimrisProperty preferences_window_properties[N_PROPS] = {
  [PROP_SETTINGS] = SIMRIS_PROPERTY_OBJECT_FIELD ("settings", g_settings_get_type, SimrisPreferencesWindow, settings),
};

static void
simris_preferences_window_class_init (SimrisPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = simris_preferences_window_constructed;
  object_class->dispose = simris_preferences_window_dispose;

  simris_property_install (object_class, preferences_window_properties, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, cpas_name_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, cpas_address_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, social_worker_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, tribunal_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, cpas_postcode_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, court_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, document_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisPreferencesWindow, cpas_group);
}

static void
simris_preferences_window_init (SimrisPreferencesWindow *self)
{
  const SimrisLanguage * const *languages = simris_languages ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 1; languages[i] != NULL; i++)
    gtk_string_list_append (names, languages[i]->name);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

SimrisPreferencesWindow *
simris_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SIMRIS_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}
