/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisEnumRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-enum-row.h"
#include "simris-enum-types.h"
#include "simris-enums.h"
#include "simris-property.h"
#include "simris-ui-util.h"

struct _SimrisEnumRow
{
  AdwComboRow         parent_instance;

  GType               enum_type;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  int                 value;
  guint               hidden_mask;
  guint               updating : 1;
};

G_DEFINE_FINAL_TYPE (SimrisEnumRow, simris_enum_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_ENUM_TYPE,
  PROP_VALUE,
  PROP_HIDDEN_MASK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
label_for (GType enum_type,
           int   value)
{
  if (enum_type == SIMRIS_TYPE_RELATION)
    return g_strdup (simris_relation_get_label (value, NULL));
  if (enum_type == SIMRIS_TYPE_PERIOD)
    return g_strdup (simris_period_get_label (value, NULL));
  {
    g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
    GEnumValue *ev = g_enum_get_value (klass, value);

    return g_strdup (ev ? ev->value_nick : "");
  }
}

static char *
item_label_cb (AdwEnumListItem *item,
               gpointer         user_data)
{
  SimrisEnumRow *self = user_data;

  return label_for (self->enum_type, adw_enum_list_item_get_value (item));
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  SimrisEnumRow *self = user_data;
  int value = adw_enum_list_item_get_value (item);

  return value < 0 || value >= 32 || (self->hidden_mask & (1u << value)) == 0;
}

static void
sync_selected (SimrisEnumRow *self)
{
  self->updating = TRUE;
  simris_ui_combo_row_select_enum (ADW_COMBO_ROW (self), self->value);
  self->updating = FALSE;
}

static void
selected_cb (SimrisEnumRow *self)
{
  int value;

  if (self->updating || !simris_ui_combo_row_get_enum (ADW_COMBO_ROW (self), &value))
    return;

  if (value != self->value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }
}

static void
simris_enum_row_constructed (GObject *object)
{
  SimrisEnumRow *self = SIMRIS_ENUM_ROW (object);
  g_autoptr(AdwEnumListModel) enums = NULL;
  GtkExpression *expression;

  G_OBJECT_CLASS (simris_enum_row_parent_class)->constructed (object);

  g_return_if_fail (G_TYPE_IS_ENUM (self->enum_type));

  enums = adw_enum_list_model_new (self->enum_type);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&enums)),
                                              GTK_FILTER (g_object_ref (self->filter)));

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (item_label_cb), self, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (self), expression);
  gtk_expression_unref (expression);

  self->updating = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (self->filtered));
  self->updating = FALSE;
  sync_selected (self);

  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
}

static void
simris_enum_row_dispose (GObject *object)
{
  SimrisEnumRow *self = SIMRIS_ENUM_ROW (object);

  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (simris_enum_row_parent_class)->dispose (object);
}

/* The is_a type of "enum-type": any enum. */
static GType
any_enum_type (void)
{
  return G_TYPE_ENUM;
}

static GType
get_enum_type (SimrisEnumRow *self)
{
  return self->enum_type;
}

static void
set_enum_type (SimrisEnumRow *self,
               GType          enum_type)
{
  self->enum_type = enum_type;
}

static guint
get_hidden_mask (SimrisEnumRow *self)
{
  return self->hidden_mask;
}

static const SimrisProperty enum_row_properties[N_PROPS] = {
  [PROP_ENUM_TYPE] = SIMRIS_PROPERTY_GTYPE ("enum-type", any_enum_type, get_enum_type, set_enum_type,
                                            SIMRIS_PROPERTY_CONSTRUCT),
  [PROP_VALUE] = SIMRIS_PROPERTY_INT ("value", G_MININT, G_MAXINT, 0, simris_enum_row_get_value,
                                      simris_enum_row_set_value, SIMRIS_PROPERTY_READWRITE),
  [PROP_HIDDEN_MASK] = SIMRIS_PROPERTY_UINT ("hidden-mask", 0, G_MAXUINT, 0, get_hidden_mask,
                                             simris_enum_row_set_hidden_mask, SIMRIS_PROPERTY_READWRITE),
};

static void
simris_enum_row_class_init (SimrisEnumRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = simris_enum_row_constructed;
  object_class->dispose = simris_enum_row_dispose;

  simris_property_install (object_class, enum_row_properties, N_PROPS, properties);

  /* So that .ui files can name the types. */
  g_type_ensure (SIMRIS_TYPE_RELATION);
  g_type_ensure (SIMRIS_TYPE_PERIOD);
}

static void
simris_enum_row_init (SimrisEnumRow *self)
{
}

GtkWidget *
simris_enum_row_new (GType enum_type)
{
  return g_object_new (SIMRIS_TYPE_ENUM_ROW, "enum-type", enum_type, NULL);
}

int
simris_enum_row_get_value (SimrisEnumRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_ENUM_ROW (self), 0);

  return self->value;
}

void
simris_enum_row_set_value (SimrisEnumRow *self,
                           int            value)
{
  g_return_if_fail (SIMRIS_IS_ENUM_ROW (self));

  if (self->value == value)
    return;

  self->value = value;
  if (self->filtered != NULL)
    sync_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

void
simris_enum_row_set_hidden_mask (SimrisEnumRow *self,
                                 guint          mask)
{
  g_return_if_fail (SIMRIS_IS_ENUM_ROW (self));

  if (self->hidden_mask == mask)
    return;

  self->hidden_mask = mask;
  if (self->filter != NULL)
    {
      self->updating = TRUE;
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      self->updating = FALSE;
      sync_selected (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_MASK]);
}

static gboolean
enum_to_int (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_set_int (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
int_to_enum (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_set_enum (to, g_value_get_int (from));
  return TRUE;
}

GBinding *
simris_enum_row_bind (SimrisEnumRow *self,
                      gpointer       object,
                      const char    *property)
{
  g_return_val_if_fail (SIMRIS_IS_ENUM_ROW (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  return g_object_bind_property_full (object, property, self, "value",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      enum_to_int, int_to_enum, NULL, NULL);
}

void
simris_enum_row_bind_group (SimrisEnumRow *self,
                            GBindingGroup *group,
                            const char    *property)
{
  g_return_if_fail (SIMRIS_IS_ENUM_ROW (self));
  g_return_if_fail (G_IS_BINDING_GROUP (group));

  g_binding_group_bind_full (group, property, self, "value",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             enum_to_int, int_to_enum, NULL, NULL);
}
