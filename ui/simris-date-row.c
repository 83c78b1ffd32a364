/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisDateRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-date.h"
#include "simris-date-row.h"
#include "simris-ui-util.h"

struct _SimrisDateRow
{
  SimrisFieldRow  parent_instance;

  char           *date;
  guint           allow_empty : 1;
  guint           updating : 1;
};

G_DEFINE_FINAL_TYPE (SimrisDateRow, simris_date_row, SIMRIS_TYPE_FIELD_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_ALLOW_EMPTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  /* Empty is a missing date (a draft's, or an optional one); text that is not a date is
   * missing too for the model, so that nothing is computed from an older date the user no
   * longer sees, while the row keeps the text and says why. */
  if (*stripped == '\0')
    {
      /* Translators: shown beside an empty date field that must be filled in */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), self->allow_empty ? NULL : _("Required"));
      self->updating = TRUE;
      store_date (self, NULL);
      self->updating = FALSE;
      return;
    }

  if (!simris_date_parse_user (stripped, &date))
    {
      /* Translators: shown beside a date field whose text is not a date; keep the format hint */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("Not a date: use dd/mm/yyyy"));
      self->updating = TRUE;
      store_date (self, NULL);
      self->updating = FALSE;
      return;
    }

  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
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
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
simris_date_row_init (SimrisDateRow *self)
{
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
  text = simris_ui_format_date (iso);
  if (text == NULL)
    text = g_strdup (iso ? iso : "");
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
}

const char *
simris_date_row_get_error (SimrisDateRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_DATE_ROW (self), NULL);

  return simris_field_row_get_error (SIMRIS_FIELD_ROW (self));
}
