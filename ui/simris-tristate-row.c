/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTristateRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-enum-types.h"
#include "simris-property.h"
#include "simris-tristate-row.h"

struct _SimrisTristateRow
{
  AdwComboRow     parent_instance;

  SimrisTristate  value;
};

G_DEFINE_FINAL_TYPE (SimrisTristateRow, simris_tristate_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Positions in the list: the unanswered state first, so nothing looks assumed. */
static const SimrisTristate positions[] = {
  SIMRIS_TRISTATE_UNKNOWN,
  SIMRIS_TRISTATE_YES,
  SIMRIS_TRISTATE_NO,
};

static void
selected_cb (SimrisTristateRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));

  if (selected < G_N_ELEMENTS (positions))
    simris_tristate_row_set_value (self, positions[selected]);
}

static const SimrisProperty tristate_row_properties[N_PROPS] = {
  [PROP_VALUE] = SIMRIS_PROPERTY_ENUM ("value", simris_tristate_get_type, SIMRIS_TRISTATE_UNKNOWN,
                                       simris_tristate_row_get_value, simris_tristate_row_set_value,
                                       SIMRIS_PROPERTY_READWRITE),
};

static void
simris_tristate_row_class_init (SimrisTristateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  simris_property_install (object_class, tristate_row_properties, N_PROPS, properties);
}

static void
simris_tristate_row_init (SimrisTristateRow *self)
{
  g_autoptr(GtkStringList) model = NULL;
  const char *labels[] = {
    /* Translators: answer to a yes/no question that nobody answered yet */
    _("Not answered yet"),
    /* Translators: answer to a yes/no question */
    C_("answer", "Yes"),
    /* Translators: answer to a yes/no question */
    C_("answer", "No"),
    NULL,
  };

  model = gtk_string_list_new (labels);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (model));
  /* The answer under the question, in full: "Pas encore de réponse" is never cut on a
   * narrow window. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), 0);
  self->value = SIMRIS_TRISTATE_UNKNOWN;
  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
}

GtkWidget *
simris_tristate_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_TRISTATE_ROW, NULL);
}

SimrisTristate
simris_tristate_row_get_value (SimrisTristateRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_TRISTATE_ROW (self), SIMRIS_TRISTATE_UNKNOWN);

  return self->value;
}

void
simris_tristate_row_set_value (SimrisTristateRow *self,
                               SimrisTristate     value)
{
  g_return_if_fail (SIMRIS_IS_TRISTATE_ROW (self));

  if (self->value == value)
    return;

  self->value = value;
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    if (positions[i] == value)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
