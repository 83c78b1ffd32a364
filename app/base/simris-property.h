/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A class's GObject properties as one table, indexed by its PROP_ enum: each row names the
 * property, its type and range, and the class's own getter and setter. simris_property_install()
 * builds the GParamSpecs from it and installs one get_property/set_property pair for every class,
 * so a class writes its accessors once (the C API) and not again in a switch.
 *
 * The getter is called as `T get (self)`, the setter as `void set (self, T value)`, with T:
 * gboolean, int (also for enums), guint, gint64, const char *, a GObject pointer (borrowed), GType.
 * A row made with a _AT macro calls `get (self, index)` and `set (self, index, value)` instead
 * (index an int): one accessor for several properties of one kind (a member's conditions, the
 * household's decision fields); strings and enums only.
 * A property with no setter is read-only. A construct-only object kept in a field of the instance
 * structure needs no accessor: SIMRIS_PROPERTY_OBJECT_FIELD names the field, the row stores a
 * reference there and reads it back (the class still clears it in dispose or finalize). */

typedef enum {
  SIMRIS_PROPERTY_KIND_BOOLEAN = 1,
  SIMRIS_PROPERTY_KIND_INT,
  SIMRIS_PROPERTY_KIND_UINT,
  SIMRIS_PROPERTY_KIND_INT64,
  SIMRIS_PROPERTY_KIND_ENUM,
  SIMRIS_PROPERTY_KIND_STRING,
  SIMRIS_PROPERTY_KIND_OBJECT,
  SIMRIS_PROPERTY_KIND_GTYPE,
} SimrisPropertyKind;

typedef struct {
  const char         *name;
  SimrisPropertyKind  kind;
  GParamFlags         flags;
  /* The enum or object type (the is_a type of a GType property), as its get_type function. */
  GType             (*type) (void);
  gint64              minimum;
  gint64              maximum;
  gint64              default_value;
  const char         *default_string;
  GCallback           get;
  GCallback           set;
  gboolean            indexed;
  int                 index;
  /* An object field's offset in the instance structure, 0 when the row has accessors. */
  gsize               field_offset;
} SimrisProperty;

/* The usual flags: read-write, notified by the setter itself; set once at construction. */
#define SIMRIS_PROPERTY_READWRITE (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY)
#define SIMRIS_PROPERTY_CONSTRUCT (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY)

#define SIMRIS_PROPERTY_BOOLEAN(name_, default_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_BOOLEAN, .default_value = (default_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_INT(name_, min_, max_, default_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_INT, .minimum = (min_), .maximum = (max_), \
    .default_value = (default_), .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_UINT(name_, min_, max_, default_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_UINT, .minimum = (min_), .maximum = (max_), \
    .default_value = (default_), .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_INT64(name_, min_, max_, default_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_INT64, .minimum = (min_), .maximum = (max_), \
    .default_value = (default_), .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_ENUM(name_, type_, default_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_ENUM, .type = (type_), .default_value = (default_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_STRING(name_, default_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_STRING, .default_string = (default_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_OBJECT(name_, type_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_OBJECT, .type = (type_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }
#define SIMRIS_PROPERTY_ENUM_AT(name_, type_, default_, get_, set_, index_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_ENUM, .type = (type_), .default_value = (default_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .indexed = TRUE, .index = (index_), .flags = (flags_) }
#define SIMRIS_PROPERTY_STRING_AT(name_, default_, get_, set_, index_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_STRING, .default_string = (default_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .indexed = TRUE, .index = (index_), .flags = (flags_) }
#define SIMRIS_PROPERTY_OBJECT_FIELD(name_, type_, Instance_, field_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_OBJECT, .type = (type_), \
    .field_offset = G_STRUCT_OFFSET (Instance_, field_), .flags = SIMRIS_PROPERTY_CONSTRUCT }
#define SIMRIS_PROPERTY_GTYPE(name_, is_a_, get_, set_, flags_) \
  { .name = (name_), .kind = SIMRIS_PROPERTY_KIND_GTYPE, .type = (is_a_), \
    .get = G_CALLBACK (get_), .set = G_CALLBACK (set_), .flags = (flags_) }

/* Builds pspecs[1 … n_props - 1] from table[1 … n_props - 1] (row 0 unused, as PROP_0), installs
 * them on klass and sets klass's get_property and set_property. table must outlive the class
 * (a static const array). A row left empty is a programming error (g_error). */
void simris_property_install (GObjectClass         *klass,
                              const SimrisProperty *table,
                              guint                 n_props,
                              GParamSpec          **pspecs);

G_END_DECLS
