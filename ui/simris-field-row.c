/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisFieldRow"

#include "config.h"

#include "simris-field-row.h"
#include "simris-property.h"

typedef struct
{
  GtkLabel *error_label;
  char     *error;
  char     *note;
} SimrisFieldRowPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SimrisFieldRow, simris_field_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
simris_field_row_finalize (GObject *object)
{
  SimrisFieldRowPrivate *priv = simris_field_row_get_instance_private (SIMRIS_FIELD_ROW (object));

  g_free (priv->error);
  g_free (priv->note);

  G_OBJECT_CLASS (simris_field_row_parent_class)->finalize (object);
}

/* The suffix says why the text is refused, else what was understood (a note). */
static void
update_label (SimrisFieldRow *self)
{
  SimrisFieldRowPrivate *priv = simris_field_row_get_instance_private (self);
  const char *text = priv->error ? priv->error : priv->note;

  gtk_label_set_label (priv->error_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), text != NULL);
  if (priv->error != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (priv->error_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (priv->error_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (priv->error_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (priv->error_label), "dim-label");
    }
}

/* The error is read-only: the subclass that parses the text sets it (simris_field_row_set_error). */
static const SimrisProperty field_row_properties[N_PROPS] = {
  [PROP_ERROR] = SIMRIS_PROPERTY_STRING ("error", NULL, simris_field_row_get_error, NULL, G_PARAM_READABLE),
};

static void
simris_field_row_class_init (SimrisFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_field_row_finalize;

  simris_property_install (object_class, field_row_properties, N_PROPS, properties);
}

static void
simris_field_row_init (SimrisFieldRow *self)
{
  SimrisFieldRowPrivate *priv = simris_field_row_get_instance_private (self);

  priv->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (priv->error_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (priv->error_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (priv->error_label), "field-error");
  gtk_label_set_wrap (priv->error_label, TRUE);
  gtk_label_set_max_width_chars (priv->error_label, 18);
  gtk_label_set_justify (priv->error_label, GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (priv->error_label, 1.0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (priv->error_label));
}

const char *
simris_field_row_get_error (SimrisFieldRow *self)
{
  SimrisFieldRowPrivate *priv;

  g_return_val_if_fail (SIMRIS_IS_FIELD_ROW (self), NULL);

  priv = simris_field_row_get_instance_private (self);
  return priv->error;
}

void
simris_field_row_set_error (SimrisFieldRow *self,
                            const char     *message)
{
  SimrisFieldRowPrivate *priv;

  g_return_if_fail (SIMRIS_IS_FIELD_ROW (self));

  priv = simris_field_row_get_instance_private (self);
  if (g_strcmp0 (priv->error, message) == 0)
    return;

  g_free (priv->error);
  priv->error = g_strdup (message);

  update_label (self);
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

  /* The window keeps one "form is valid" state for every view: tell it (the action
   * bubbles up to whichever window holds this row; none, outside a window). */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.check-form", NULL);
}

const char *
simris_field_row_get_note (SimrisFieldRow *self)
{
  SimrisFieldRowPrivate *priv;

  g_return_val_if_fail (SIMRIS_IS_FIELD_ROW (self), NULL);

  priv = simris_field_row_get_instance_private (self);
  return priv->note;
}

void
simris_field_row_set_note (SimrisFieldRow *self,
                           const char     *note)
{
  SimrisFieldRowPrivate *priv;

  g_return_if_fail (SIMRIS_IS_FIELD_ROW (self));

  priv = simris_field_row_get_instance_private (self);
  if (g_strcmp0 (priv->note, note) == 0)
    return;
  g_free (priv->note);
  priv->note = g_strdup (note);
  update_label (self);
}
