/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisDateRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-date.h"
#include "simris-date-row.h"

struct _SimrisDateRow
{
  AdwEntryRow  parent_instance;

  GtkLabel    *error_label;
  char        *date;
  char        *error;
  guint        allow_empty : 1;
  guint        updating : 1;
};

G_DEFINE_FINAL_TYPE (SimrisDateRow, simris_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_ALLOW_EMPTY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_for_entry (const char *iso)
{
  SimrisDate date;

  if (iso == NULL || !simris_date_parse (iso, &date))
    return g_strdup (iso ? iso : "");
  return g_strdup_printf ("%02u/%02u/%04u",
                          simris_date_day (date), simris_date_month (date), simris_date_year (date));
}

static void
set_error (SimrisDateRow *self,
           const char    *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);

  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message ? message : "",
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
store_date (SimrisDateRow *self,
            const char    *iso)
{
  if (g_strcmp0 (self->date, iso) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
changed_cb (SimrisDateRow *self)
{
  const char *text;
  g_autofree char *stripped = NULL;
  SimrisDate date;

  if (self->updating)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    {
      if (self->allow_empty)
        {
          set_error (self, NULL);
          store_date (self, NULL);
        }
      else
        /* Translators: shown beside an empty required date field */
        set_error (self, _("Required"));
      return;
    }

  if (!simris_date_parse_user (stripped, &date))
    {
      /* Translators: shown beside a date field whose text is not a date; keep the format hint */
      set_error (self, _("Not a date: use dd/mm/yyyy"));
      return;
    }

  set_error (self, NULL);
  {
    g_autofree char *iso = simris_date_to_iso (date);

    self->updating = TRUE;
    store_date (self, iso);
    self->updating = FALSE;
  }
}

static void
simris_date_row_finalize (GObject *object)
{
  SimrisDateRow *self = SIMRIS_DATE_ROW (object);

  g_free (self->date);
  g_free (self->error);

  G_OBJECT_CLASS (simris_date_row_parent_class)->finalize (object);
}

static void
simris_date_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SimrisDateRow *self = SIMRIS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_ALLOW_EMPTY:
      g_value_set_boolean (value, self->allow_empty);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_date_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SimrisDateRow *self = SIMRIS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      simris_date_row_set_date (self, g_value_get_string (value));
      break;
    case PROP_ALLOW_EMPTY:
      if (self->allow_empty != g_value_get_boolean (value))
        {
          self->allow_empty = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_date_row_class_init (SimrisDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_date_row_finalize;
  object_class->get_property = simris_date_row_get_property;
  object_class->set_property = simris_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALLOW_EMPTY] =
    g_param_spec_boolean ("allow-empty", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
simris_date_row_init (SimrisDateRow *self)
{
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "field-error");
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_max_width_chars (self->error_label, 18);
  gtk_label_set_justify (self->error_label, GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (self->error_label, 1.0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->error_label));

  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
}

GtkWidget *
simris_date_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_DATE_ROW, NULL);
}

const char *
simris_date_row_get_date (SimrisDateRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_DATE_ROW (self), NULL);

  return self->date;
}

void
simris_date_row_set_date (SimrisDateRow *self,
                          const char    *iso)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_DATE_ROW (self));

  /* The model echoing what was just typed must not rewrite the text ("1/2/2001" stays). */
  if (self->updating || g_strcmp0 (self->date, iso) == 0)
    return;

  /* A value from the model replaces what is shown, so keep "changed" from re-parsing it. */
  store_date (self, iso);
  text = format_for_entry (iso);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  set_error (self, NULL);
}

const char *
simris_date_row_get_error (SimrisDateRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_DATE_ROW (self), NULL);

  return self->error;
}
