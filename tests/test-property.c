/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Properties built from a table (app/base/simris-property.h): the pspecs say what the rows say,
 * g_object_get/set reach the class's accessors, plain and by index, an object field keeps its
 * reference, and a subclass's table stands beside its parent's. */
#include "config.h"

#include "simris-property.h"

typedef enum {
  TEST_COLOUR_RED,
  TEST_COLOUR_GREEN,
  TEST_COLOUR_BLUE,
} TestColour;

static GType
test_colour_get_type (void)
{
  static GType type;
  static const GEnumValue values[] = {
    { TEST_COLOUR_RED, "TEST_COLOUR_RED", "red" },
    { TEST_COLOUR_GREEN, "TEST_COLOUR_GREEN", "green" },
    { TEST_COLOUR_BLUE, "TEST_COLOUR_BLUE", "blue" },
    { 0, NULL, NULL },
  };

  if (type == 0)
    type = g_enum_register_static ("TestColour", values);
  return type;
}

#define TEST_TYPE_THING (test_thing_get_type ())
G_DECLARE_FINAL_TYPE (TestThing, test_thing, TEST, THING, GObject)

struct _TestThing
{
  GObject     parent_instance;
  gboolean    flag;
  int         count;
  guint       mask;
  gint64      cents;
  TestColour  colour;
  char       *label;
  GObject    *peer;
  GType       kind;
  char       *notes[2];
  TestColour  colours[2];
  int         notified;
};

G_DEFINE_FINAL_TYPE (TestThing, test_thing, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FLAG,
  PROP_COUNT,
  PROP_MASK,
  PROP_CENTS,
  PROP_COLOUR,
  PROP_LABEL,
  PROP_PEER,
  PROP_KIND,
  PROP_NOTE_A,
  PROP_NOTE_B,
  PROP_COLOUR_B,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean get_flag (TestThing *self) { return self->flag; }
static int get_count (TestThing *self) { return self->count; }
static guint get_mask (TestThing *self) { return self->mask; }
static gint64 get_cents (TestThing *self) { return self->cents; }
static TestColour get_colour (TestThing *self) { return self->colour; }
static const char *get_label (TestThing *self) { return self->label; }
static GObject *get_peer (TestThing *self) { return self->peer; }
static GType get_kind (TestThing *self) { return self->kind; }
static const char *get_note (TestThing *self, int i) { return self->notes[i]; }
static TestColour get_colour_at (TestThing *self, int i) { return self->colours[i]; }
static int get_size (TestThing *self) { return self->count * 2; }

/* The setter notifies (SIMRIS_PROPERTY_READWRITE is EXPLICIT_NOTIFY) only when the value changes. */
static void
set_flag (TestThing *self,
          gboolean   flag)
{
  if (self->flag == flag)
    return;
  self->flag = flag;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAG]);
}

static void set_count (TestThing *self, int count) { self->count = count; }
static void set_mask (TestThing *self, guint mask) { self->mask = mask; }
static void set_cents (TestThing *self, gint64 cents) { self->cents = cents; }
static void set_colour (TestThing *self, TestColour colour) { self->colour = colour; }
static void set_kind (TestThing *self, GType kind) { self->kind = kind; }
static void set_colour_at (TestThing *self, int i, TestColour colour) { self->colours[i] = colour; }

static void
set_label (TestThing  *self,
           const char *label)
{
  g_free (self->label);
  self->label = g_strdup (label);
}

static void
set_peer (TestThing *self,
          GObject   *peer)
{
  self->peer = peer != NULL ? g_object_ref (peer) : NULL;
}

static void
set_note (TestThing  *self,
          int         i,
          const char *note)
{
  g_free (self->notes[i]);
  self->notes[i] = g_strdup (note);
}

static const SimrisProperty thing_properties[N_PROPS] = {
  [PROP_FLAG] = SIMRIS_PROPERTY_BOOLEAN ("flag", TRUE, get_flag, set_flag, SIMRIS_PROPERTY_READWRITE),
  [PROP_COUNT] = SIMRIS_PROPERTY_INT ("count", -1, 100, 7, get_count, set_count, G_PARAM_READWRITE),
  [PROP_MASK] = SIMRIS_PROPERTY_UINT ("mask", 0, G_MAXUINT, 3, get_mask, set_mask, G_PARAM_READWRITE),
  [PROP_CENTS] = SIMRIS_PROPERTY_INT64 ("cents", G_MININT64, G_MAXINT64, 12345, get_cents, set_cents,
                                        G_PARAM_READWRITE),
  [PROP_COLOUR] = SIMRIS_PROPERTY_ENUM ("colour", test_colour_get_type, TEST_COLOUR_GREEN, get_colour,
                                        set_colour, G_PARAM_READWRITE),
  [PROP_LABEL] = SIMRIS_PROPERTY_STRING ("label", "none", get_label, set_label, G_PARAM_READWRITE),
  [PROP_PEER] = SIMRIS_PROPERTY_OBJECT ("peer", g_object_get_type, get_peer, set_peer,
                                        SIMRIS_PROPERTY_CONSTRUCT),
  [PROP_KIND] = SIMRIS_PROPERTY_GTYPE ("kind", g_object_get_type, get_kind, set_kind, G_PARAM_READWRITE),
  [PROP_NOTE_A] = SIMRIS_PROPERTY_STRING_AT ("note-a", NULL, get_note, set_note, 0, G_PARAM_READWRITE),
  [PROP_NOTE_B] = SIMRIS_PROPERTY_STRING_AT ("note-b", NULL, get_note, set_note, 1, G_PARAM_READWRITE),
  [PROP_COLOUR_B] = SIMRIS_PROPERTY_ENUM_AT ("colour-b", test_colour_get_type, TEST_COLOUR_RED, get_colour_at,
                                             set_colour_at, 1, G_PARAM_READWRITE),
  [PROP_SIZE] = SIMRIS_PROPERTY_INT ("size", 0, G_MAXINT, 0, get_size, NULL, G_PARAM_READABLE),
};

static void
test_thing_finalize (GObject *object)
{
  TestThing *self = TEST_THING (object);

  g_free (self->label);
  g_free (self->notes[0]);
  g_free (self->notes[1]);
  g_clear_object (&self->peer);
  G_OBJECT_CLASS (test_thing_parent_class)->finalize (object);
}

static void
test_thing_class_init (TestThingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = test_thing_finalize;
  simris_property_install (object_class, thing_properties, N_PROPS, properties);
}

static void
test_thing_init (TestThing *self)
{
  self->flag = TRUE;
}

/* A parent with a table and a subclass with its own beside it: each property is found in the
 * table of the class that installed it. The subclass keeps a construct-only object in a field
 * (SIMRIS_PROPERTY_OBJECT_FIELD: no accessor). */
#define TEST_TYPE_BASE (test_base_get_type ())
G_DECLARE_DERIVABLE_TYPE (TestBase, test_base, TEST, BASE, GObject)

struct _TestBaseClass
{
  GObjectClass parent_class;
};

G_DEFINE_TYPE (TestBase, test_base, G_TYPE_OBJECT)

enum {
  BASE_PROP_0,
  BASE_PROP_LEVEL,
  BASE_N_PROPS
};

static GParamSpec *base_properties[BASE_N_PROPS];

/* Read-only and constant: the lookup, not the storage, is what is tested. */
static int
get_level (TestBase *self)
{
  return 3;
}

static const SimrisProperty base_table[BASE_N_PROPS] = {
  [BASE_PROP_LEVEL] = SIMRIS_PROPERTY_INT ("level", 0, 9, 0, get_level, NULL, G_PARAM_READABLE),
};

static void
test_base_class_init (TestBaseClass *klass)
{
  simris_property_install (G_OBJECT_CLASS (klass), base_table, BASE_N_PROPS, base_properties);
}

static void
test_base_init (TestBase *self)
{
}

#define TEST_TYPE_SUB (test_sub_get_type ())
G_DECLARE_FINAL_TYPE (TestSub, test_sub, TEST, SUB, TestBase)

struct _TestSub
{
  TestBase  parent_instance;
  GObject  *other;
};

G_DEFINE_FINAL_TYPE (TestSub, test_sub, TEST_TYPE_BASE)

enum {
  SUB_PROP_0,
  SUB_PROP_OTHER,
  SUB_N_PROPS
};

static GParamSpec *sub_properties[SUB_N_PROPS];

static const SimrisProperty sub_table[SUB_N_PROPS] = {
  [SUB_PROP_OTHER] = SIMRIS_PROPERTY_OBJECT_FIELD ("other", g_object_get_type, TestSub, other),
};

static void
test_sub_dispose (GObject *object)
{
  g_clear_object (&TEST_SUB (object)->other);
  G_OBJECT_CLASS (test_sub_parent_class)->dispose (object);
}

static void
test_sub_class_init (TestSubClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_sub_dispose;
  simris_property_install (G_OBJECT_CLASS (klass), sub_table, SUB_N_PROPS, sub_properties);
}

static void
test_sub_init (TestSub *self)
{
}

static void
count_notify (TestThing *self)
{
  self->notified++;
}

/* Each pspec has the row's name, type, range, default and flags (STATIC_STRINGS added; a row
 * with no setter is read-only). */
static void
test_pspecs (void)
{
  GObjectClass *klass = g_type_class_ref (TEST_TYPE_THING);
  GParamSpec *pspec;

  pspec = g_object_class_find_property (klass, "flag");
  g_assert_true (G_IS_PARAM_SPEC_BOOLEAN (pspec));
  g_assert_true (G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
  g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS), ==,
                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  pspec = g_object_class_find_property (klass, "count");
  g_assert_true (G_IS_PARAM_SPEC_INT (pspec));
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, -1);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, ==, 100);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->default_value, ==, 7);
  g_assert_false (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  pspec = g_object_class_find_property (klass, "mask");
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->maximum, ==, G_MAXUINT);
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->default_value, ==, 3);

  pspec = g_object_class_find_property (klass, "cents");
  g_assert_cmpint (G_PARAM_SPEC_INT64 (pspec)->minimum, ==, G_MININT64);
  g_assert_cmpint (G_PARAM_SPEC_INT64 (pspec)->default_value, ==, 12345);

  pspec = g_object_class_find_property (klass, "colour");
  g_assert_cmpint (pspec->value_type, ==, test_colour_get_type ());
  g_assert_cmpint (G_PARAM_SPEC_ENUM (pspec)->default_value, ==, TEST_COLOUR_GREEN);

  pspec = g_object_class_find_property (klass, "label");
  g_assert_cmpstr (G_PARAM_SPEC_STRING (pspec)->default_value, ==, "none");

  pspec = g_object_class_find_property (klass, "peer");
  g_assert_cmpint (pspec->value_type, ==, G_TYPE_OBJECT);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);

  pspec = g_object_class_find_property (klass, "kind");
  g_assert_cmpint (G_PARAM_SPEC_GTYPE (pspec)->is_a_type, ==, G_TYPE_OBJECT);

  pspec = g_object_class_find_property (klass, "size");
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);

  g_assert_nonnull (g_object_class_find_property (klass, "note-b"));
  g_assert_nonnull (g_object_class_find_property (klass, "colour-b"));
  g_type_class_unref (klass);
}

/* g_object_set/get go through the accessors; a construct-only object is taken once, with a ref. */
static void
test_round_trip (void)
{
  g_autoptr(GObject) peer = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, "peer", peer, NULL);
  g_autofree char *label = NULL;
  g_autofree char *note_a = NULL;
  g_autofree char *note_b = NULL;
  g_autoptr(GObject) peer_out = NULL;
  gboolean flag = TRUE;
  int count = 0, size = 0;
  guint mask = 0;
  gint64 cents = 0;
  TestColour colour = TEST_COLOUR_RED, colour_b = TEST_COLOUR_RED;
  GType kind = G_TYPE_INVALID;

  g_assert_true (thing->peer == peer);
  g_object_set (thing,
                "flag", FALSE, "count", 42, "mask", 0xF0u, "cents", (gint64) -987654321012,
                "colour", TEST_COLOUR_BLUE, "label", "hello", "kind", G_TYPE_BINDING,
                "note-a", "first", "note-b", "second", "colour-b", TEST_COLOUR_GREEN,
                NULL);
  g_assert_false (thing->flag);
  g_assert_cmpint (thing->count, ==, 42);
  g_assert_cmpstr (thing->notes[0], ==, "first");
  g_assert_cmpstr (thing->notes[1], ==, "second");
  g_assert_cmpint (thing->colours[0], ==, TEST_COLOUR_RED);
  g_assert_cmpint (thing->colours[1], ==, TEST_COLOUR_GREEN);

  g_object_get (thing,
                "flag", &flag, "count", &count, "mask", &mask, "cents", &cents, "colour", &colour,
                "label", &label, "peer", &peer_out, "kind", &kind, "note-a", &note_a, "note-b", &note_b,
                "colour-b", &colour_b, "size", &size,
                NULL);
  g_assert_false (flag);
  g_assert_cmpint (count, ==, 42);
  g_assert_cmpuint (mask, ==, 0xF0u);
  g_assert_cmpint (cents, ==, -987654321012);
  g_assert_cmpint (colour, ==, TEST_COLOUR_BLUE);
  g_assert_cmpstr (label, ==, "hello");
  g_assert_true (peer_out == peer);
  g_assert_cmpint (kind, ==, G_TYPE_BINDING);
  g_assert_cmpstr (note_a, ==, "first");
  g_assert_cmpstr (note_b, ==, "second");
  g_assert_cmpint (colour_b, ==, TEST_COLOUR_GREEN);
  g_assert_cmpint (size, ==, 84);
}

/* An explicitly notified property is notified by its setter alone: once a change, never for the
 * same value; an automatic one by GObject on every set. */
static void
test_notify (void)
{
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, NULL);

  g_signal_connect_swapped (thing, "notify::flag", G_CALLBACK (count_notify), thing);
  g_object_set (thing, "flag", FALSE, NULL);
  g_object_set (thing, "flag", FALSE, NULL);
  g_assert_cmpint (thing->notified, ==, 1);

  g_signal_handlers_disconnect_by_func (thing, count_notify, thing);
  thing->notified = 0;
  g_signal_connect_swapped (thing, "notify::count", G_CALLBACK (count_notify), thing);
  g_object_set (thing, "count", 1, NULL);
  g_object_set (thing, "count", 1, NULL);
  g_assert_cmpint (thing->notified, ==, 2);
}

/* A row left empty in the table is a programming error, said at class creation. */
static void
test_missing_row (void)
{
  if (g_test_subprocess ())
    {
      static const SimrisProperty holes[3] = {
        [1] = SIMRIS_PROPERTY_INT ("first", 0, 1, 0, get_count, set_count, G_PARAM_READWRITE),
      };
      static GParamSpec *pspecs[3];
      GObjectClass *klass = g_type_class_ref (G_TYPE_OBJECT);

      simris_property_install (klass, holes, 3, pspecs);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*property 2 has no row*");
}

/* The field row keeps its own reference (released with the object), reads it back, takes NULL;
 * the parent's property is still read through the parent's table. */
static void
test_field_and_subclass (void)
{
  g_autoptr(GObject) other = g_object_new (G_TYPE_OBJECT, NULL);
  TestSub *sub = g_object_new (TEST_TYPE_SUB, "other", other, NULL);
  g_autoptr(TestSub) empty = g_object_new (TEST_TYPE_SUB, NULL);
  g_autoptr(GObject) got = NULL;
  g_autoptr(GObject) none = NULL;
  int level = 0;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (sub), "other");

  g_assert_true (pspec->owner_type == TEST_TYPE_SUB);
  g_assert_cmpint (pspec->flags, ==, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (sub), "level")->owner_type == TEST_TYPE_BASE);

  g_assert_true (sub->other == other);
  g_assert_cmpuint (other->ref_count, ==, 2);
  g_object_get (sub, "other", &got, "level", &level, NULL);
  g_assert_true (got == other);
  g_assert_cmpint (level, ==, 3);
  g_clear_object (&got);
  g_assert_finalize_object (sub);
  g_assert_cmpuint (other->ref_count, ==, 1);

  g_object_get (empty, "other", &none, NULL);
  g_assert_null (none);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/simris/property/pspecs", test_pspecs);
  g_test_add_func ("/simris/property/round-trip", test_round_trip);
  g_test_add_func ("/simris/property/notify", test_notify);
  g_test_add_func ("/simris/property/field-and-subclass", test_field_and_subclass);
  g_test_add_func ("/simris/property/missing-row", test_missing_row);
  return g_test_run ();
}
