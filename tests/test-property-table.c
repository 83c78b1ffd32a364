/* SPDX-License-Identifier: GPL-3.0-or-later */
/* simris_property_install (app/base/simris-property.h): the pspecs a table builds, the accessors it
 * calls, the object field it keeps, and a subclass with a table of its own beside its parent's. */
#include "config.h"

#include "simris-enum-types.h"
#include "simris-enums.h"
#include "simris-property.h"

/* A parent with accessors and an object field. */

#define TEST_TYPE_THING (test_thing_get_type ())
G_DECLARE_DERIVABLE_TYPE (TestThing, test_thing, TEST, THING, GObject)

struct _TestThingClass
{
  GObjectClass parent_class;
};

typedef struct
{
  gboolean    flag;
  int         count;
  const char *label;
} TestThingPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TestThing, test_thing, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FLAG,
  PROP_COUNT,
  PROP_PERIOD,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
get_flag (TestThing *self)
{
  TestThingPrivate *priv = test_thing_get_instance_private (self);

  return priv->flag;
}

/* Notifies on a change only, as a READWRITE (explicit notify) setter must. */
static void
set_flag (TestThing *self,
          gboolean   flag)
{
  TestThingPrivate *priv = test_thing_get_instance_private (self);

  if (priv->flag == flag)
    return;
  priv->flag = flag;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAG]);
}

static int
get_count (TestThing *self)
{
  TestThingPrivate *priv = test_thing_get_instance_private (self);

  return priv->count;
}

static void
set_count (TestThing *self,
           int        count)
{
  TestThingPrivate *priv = test_thing_get_instance_private (self);

  priv->count = count;
}

static int
get_period (TestThing *self)
{
  return SIMRIS_PERIOD_YEAR;
}

static const char *
get_label (TestThing *self)
{
  TestThingPrivate *priv = test_thing_get_instance_private (self);

  return priv->label;
}

static const SimrisProperty thing_properties[N_PROPS] = {
  [PROP_FLAG] = SIMRIS_PROPERTY_BOOLEAN ("flag", TRUE, get_flag, set_flag, SIMRIS_PROPERTY_READWRITE),
  [PROP_COUNT] = SIMRIS_PROPERTY_INT ("count", -1, 10, -1, get_count, set_count, G_PARAM_READWRITE),
  [PROP_PERIOD] = SIMRIS_PROPERTY_ENUM ("period", simris_period_get_type, SIMRIS_PERIOD_MONTH, get_period, NULL,
                                        G_PARAM_READABLE),
  [PROP_LABEL] = SIMRIS_PROPERTY_STRING ("label", NULL, get_label, NULL, G_PARAM_READABLE),
};

static void
test_thing_class_init (TestThingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  simris_property_install (object_class, thing_properties, N_PROPS, properties);
}

static void
test_thing_init (TestThing *self)
{
  TestThingPrivate *priv = test_thing_get_instance_private (self);

  priv->flag = TRUE;
  priv->count = -1;
  priv->label = "kept";
}

/* A subclass whose only property is an object field (construct-only). */

#define TEST_TYPE_SUB_THING (test_sub_thing_get_type ())
G_DECLARE_FINAL_TYPE (TestSubThing, test_sub_thing, TEST, SUB_THING, TestThing)

struct _TestSubThing
{
  TestThing  parent_instance;

  GObject   *other;
};

G_DEFINE_FINAL_TYPE (TestSubThing, test_sub_thing, TEST_TYPE_THING)

enum {
  SUB_PROP_0,
  SUB_PROP_OTHER,
  SUB_N_PROPS
};

static GParamSpec *sub_properties[SUB_N_PROPS];

static const SimrisProperty sub_thing_properties[SUB_N_PROPS] = {
  [SUB_PROP_OTHER] = SIMRIS_PROPERTY_OBJECT_FIELD ("other", g_object_get_type, TestSubThing, other),
};

static void
test_sub_thing_dispose (GObject *object)
{
  g_clear_object (&TEST_SUB_THING (object)->other);
  G_OBJECT_CLASS (test_sub_thing_parent_class)->dispose (object);
}

static void
test_sub_thing_class_init (TestSubThingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = test_sub_thing_dispose;
  simris_property_install (object_class, sub_thing_properties, SUB_N_PROPS, sub_properties);
}

static void
test_sub_thing_init (TestSubThing *self)
{
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_pspecs (void)
{
  GObjectClass *klass = g_type_class_ref (TEST_TYPE_SUB_THING);
  GParamSpec *flag = g_object_class_find_property (klass, "flag");
  GParamSpec *count = g_object_class_find_property (klass, "count");
  GParamSpec *period = g_object_class_find_property (klass, "period");
  GParamSpec *label = g_object_class_find_property (klass, "label");
  GParamSpec *other = g_object_class_find_property (klass, "other");

  g_assert_cmpint (flag->flags, ==, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_assert_true (g_value_get_boolean (g_param_spec_get_default_value (flag)));
  g_assert_cmpint (count->flags, ==, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_assert_cmpint (G_PARAM_SPEC_INT (count)->minimum, ==, -1);
  g_assert_cmpint (G_PARAM_SPEC_INT (count)->maximum, ==, 10);
  g_assert_cmpint (G_PARAM_SPEC_INT (count)->default_value, ==, -1);
  g_assert_cmpint (period->flags, ==, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_assert_true (period->value_type == SIMRIS_TYPE_PERIOD);
  g_assert_cmpint (g_value_get_enum (g_param_spec_get_default_value (period)), ==, SIMRIS_PERIOD_MONTH);
  g_assert_cmpint (label->flags, ==, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_assert_cmpint (other->flags, ==, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_assert_true (other->owner_type == TEST_TYPE_SUB_THING);
  g_assert_true (flag->owner_type == TEST_TYPE_THING);
  g_type_class_unref (klass);
}

static void
test_accessors (void)
{
  g_autoptr(GObject) other = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(TestSubThing) thing = g_object_new (TEST_TYPE_SUB_THING, "other", other, "count", 7, NULL);
  g_autoptr(GObject) got = NULL;
  g_autofree char *label = NULL;
  gboolean flag = FALSE;
  int count = 0;
  SimrisPeriod period = SIMRIS_PERIOD_MONTH;
  guint n_flag = 0, n_count = 0;

  /* The field holds its own reference: the test's, the thing's. */
  g_assert_true (thing->other == other);
  g_assert_cmpuint (other->ref_count, ==, 2);
  g_object_get (thing, "other", &got, "flag", &flag, "count", &count, "period", &period, "label", &label, NULL);
  g_assert_true (got == other);
  g_assert_true (flag);
  g_assert_cmpint (count, ==, 7);
  g_assert_cmpint (period, ==, SIMRIS_PERIOD_YEAR);
  g_assert_cmpstr (label, ==, "kept");

  /* The explicit-notify setter notifies on a change only; the automatic one on every set. */
  g_signal_connect (thing, "notify::flag", G_CALLBACK (count_notify), &n_flag);
  g_signal_connect (thing, "notify::count", G_CALLBACK (count_notify), &n_count);
  g_object_set (thing, "flag", TRUE, "count", 7, NULL);
  g_assert_cmpuint (n_flag, ==, 0);
  g_assert_cmpuint (n_count, ==, 1);
  g_object_set (thing, "flag", FALSE, NULL);
  g_assert_cmpuint (n_flag, ==, 1);
  g_object_get (thing, "flag", &flag, NULL);
  g_assert_false (flag);

  g_clear_object (&got);
  g_assert_finalize_object (g_steal_pointer (&thing));
  g_assert_cmpuint (other->ref_count, ==, 1);
}

static void
test_field_null (void)
{
  g_autoptr(TestSubThing) thing = g_object_new (TEST_TYPE_SUB_THING, NULL);
  g_autoptr(GObject) got = NULL;

  g_assert_null (thing->other);
  g_object_get (thing, "other", &got, NULL);
  g_assert_null (got);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/simris/property-table/pspecs", test_pspecs);
  g_test_add_func ("/simris/property-table/accessors", test_accessors);
  g_test_add_func ("/simris/property-table/field-null", test_field_null);
  return g_test_run ();
}
