/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisBase"

#include "config.h"

#include "simris-property.h"

/* The table of the class that installed a property, kept on its type. */
static GQuark
table_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("simris-property-table");
  return quark;
}

static const SimrisProperty *
row_of (GParamSpec *pspec,
        guint       prop_id)
{
  const SimrisProperty *table = g_type_get_qdata (pspec->owner_type, table_quark ());

  return &table[prop_id];
}

typedef gboolean     (*GetBoolean) (gpointer self);
typedef int          (*GetInt)     (gpointer self);
typedef guint        (*GetUint)    (gpointer self);
typedef gint64       (*GetInt64)   (gpointer self);
typedef const char * (*GetString)  (gpointer self);
typedef gpointer     (*GetObject)  (gpointer self);
typedef GType        (*GetGType)   (gpointer self);
typedef int          (*GetIntAt)    (gpointer self, int index);
typedef const char * (*GetStringAt) (gpointer self, int index);

typedef void (*SetBoolean) (gpointer self, gboolean value);
typedef void (*SetInt)     (gpointer self, int value);
typedef void (*SetUint)    (gpointer self, guint value);
typedef void (*SetInt64)   (gpointer self, gint64 value);
typedef void (*SetString)  (gpointer self, const char *value);
typedef void (*SetObject)  (gpointer self, gpointer value);
typedef void (*SetGType)   (gpointer self, GType value);
typedef void (*SetIntAt)    (gpointer self, int index, int value);
typedef void (*SetStringAt) (gpointer self, int index, const char *value);

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  const SimrisProperty *row = row_of (pspec, prop_id);

  switch (row->kind)
    {
    case SIMRIS_PROPERTY_KIND_BOOLEAN:
      g_value_set_boolean (value, ((GetBoolean) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_INT:
      g_value_set_int (value, ((GetInt) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_UINT:
      g_value_set_uint (value, ((GetUint) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_INT64:
      g_value_set_int64 (value, ((GetInt64) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_ENUM:
      if (row->indexed)
        g_value_set_enum (value, ((GetIntAt) row->get) (object, row->index));
      else
        g_value_set_enum (value, ((GetInt) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_STRING:
      if (row->indexed)
        g_value_set_string (value, ((GetStringAt) row->get) (object, row->index));
      else
        g_value_set_string (value, ((GetString) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_OBJECT:
      if (row->field_offset != 0)
        g_value_set_object (value, G_STRUCT_MEMBER (gpointer, object, row->field_offset));
      else
        g_value_set_object (value, ((GetObject) row->get) (object));
      break;
    case SIMRIS_PROPERTY_KIND_GTYPE:
      g_value_set_gtype (value, ((GetGType) row->get) (object));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_property (GObject      *object,
              guint         prop_id,
              const GValue *value,
              GParamSpec   *pspec)
{
  const SimrisProperty *row = row_of (pspec, prop_id);

  switch (row->kind)
    {
    case SIMRIS_PROPERTY_KIND_BOOLEAN:
      ((SetBoolean) row->set) (object, g_value_get_boolean (value));
      break;
    case SIMRIS_PROPERTY_KIND_INT:
      ((SetInt) row->set) (object, g_value_get_int (value));
      break;
    case SIMRIS_PROPERTY_KIND_UINT:
      ((SetUint) row->set) (object, g_value_get_uint (value));
      break;
    case SIMRIS_PROPERTY_KIND_INT64:
      ((SetInt64) row->set) (object, g_value_get_int64 (value));
      break;
    case SIMRIS_PROPERTY_KIND_ENUM:
      if (row->indexed)
        ((SetIntAt) row->set) (object, row->index, g_value_get_enum (value));
      else
        ((SetInt) row->set) (object, g_value_get_enum (value));
      break;
    case SIMRIS_PROPERTY_KIND_STRING:
      if (row->indexed)
        ((SetStringAt) row->set) (object, row->index, g_value_get_string (value));
      else
        ((SetString) row->set) (object, g_value_get_string (value));
      break;
    case SIMRIS_PROPERTY_KIND_OBJECT:
      if (row->field_offset != 0)
        g_set_object ((GObject **) G_STRUCT_MEMBER_P (object, row->field_offset), g_value_get_object (value));
      else
        ((SetObject) row->set) (object, g_value_get_object (value));
      break;
    case SIMRIS_PROPERTY_KIND_GTYPE:
      ((SetGType) row->set) (object, g_value_get_gtype (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
pspec_new (const SimrisProperty *row)
{
  GParamFlags flags = row->flags | G_PARAM_STATIC_STRINGS;

  if (row->set == NULL && row->field_offset == 0)
    flags &= ~(G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY);

  switch (row->kind)
    {
    case SIMRIS_PROPERTY_KIND_BOOLEAN:
      return g_param_spec_boolean (row->name, NULL, NULL, row->default_value != 0, flags);
    case SIMRIS_PROPERTY_KIND_INT:
      return g_param_spec_int (row->name, NULL, NULL, (int) row->minimum, (int) row->maximum,
                               (int) row->default_value, flags);
    case SIMRIS_PROPERTY_KIND_UINT:
      return g_param_spec_uint (row->name, NULL, NULL, (guint) row->minimum, (guint) row->maximum,
                                (guint) row->default_value, flags);
    case SIMRIS_PROPERTY_KIND_INT64:
      return g_param_spec_int64 (row->name, NULL, NULL, row->minimum, row->maximum, row->default_value,
                                 flags);
    case SIMRIS_PROPERTY_KIND_ENUM:
      return g_param_spec_enum (row->name, NULL, NULL, row->type (), (int) row->default_value, flags);
    case SIMRIS_PROPERTY_KIND_STRING:
      return g_param_spec_string (row->name, NULL, NULL, row->default_string, flags);
    case SIMRIS_PROPERTY_KIND_OBJECT:
      return g_param_spec_object (row->name, NULL, NULL, row->type (), flags);
    case SIMRIS_PROPERTY_KIND_GTYPE:
      return g_param_spec_gtype (row->name, NULL, NULL, row->type != NULL ? row->type () : G_TYPE_NONE,
                                 flags);
    default:
      g_error ("property %s: no kind", row->name != NULL ? row->name : "(unnamed)");
    }
}

void
simris_property_install (GObjectClass         *klass,
                         const SimrisProperty *table,
                         guint                 n_props,
                         GParamSpec          **pspecs)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (klass));
  g_return_if_fail (table != NULL && pspecs != NULL && n_props > 1);

  for (guint i = 1; i < n_props; i++)
    {
      if (table[i].name == NULL || (table[i].get == NULL && table[i].field_offset == 0))
        g_error ("%s: property %u has no row (name and getter or field)", G_OBJECT_CLASS_NAME (klass), i);
      pspecs[i] = pspec_new (&table[i]);
    }
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), table_quark (), (gpointer) table);
  klass->get_property = get_property;
  klass->set_property = set_property;
  g_object_class_install_properties (klass, n_props, pspecs);
}
