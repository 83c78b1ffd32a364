/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SIMRIS_JSON_ERROR (simris_json_error_quark ())

typedef enum
{
  SIMRIS_JSON_ERROR_INVALID,  /* not JSON, or JSON a strict reader refuses */
} SimrisJsonError;

GQuark    simris_json_error_quark    (void);

/* Writing, the one writer: pretty is the layout of Python's json.dump (indent=2,
 * ensure_ascii=False), else compact on one line. */
void      simris_json_write          (GString     *out,
                                      JsonNode    *node,
                                      gboolean     pretty);
void      simris_json_write_pretty   (GString     *out,
                                      JsonNode    *node);
char     *simris_json_to_string      (JsonNode    *node,
                                      gboolean     pretty);
/* A string, quoted and escaped as simris_json_write() does. */
void      simris_json_write_string   (GString     *out,
                                      const char  *str);

/* A deep, mutable copy of a JsonObject (NULL gives NULL): json_object_ref() and
 * json_node_copy() share the contents. The case file's unknown fields and the scenarios use it. */
JsonObject *simris_json_object_copy_deep (JsonObject *object);

/* A read-only tree of a strictly parsed document, cheaper to build and free than json-glib's
 * (simris-cli batch reads thousands of cases a second): its values live in one arena freed
 * with the document. Objects keep their members in the file's order; a duplicate name keeps its
 * first place and its last value, as json-glib does. */
typedef enum
{
  SIMRIS_JSON_NULL,
  SIMRIS_JSON_BOOLEAN,
  SIMRIS_JSON_INT,
  SIMRIS_JSON_DOUBLE,
  SIMRIS_JSON_STRING,
  SIMRIS_JSON_ARRAY,
  SIMRIS_JSON_OBJECT,
} SimrisJsonType;

typedef struct _SimrisJsonValue SimrisJsonValue;
typedef struct _SimrisJsonMember SimrisJsonMember;
typedef struct _SimrisJsonDoc SimrisJsonDoc;

struct _SimrisJsonValue
{
  SimrisJsonType type;
  /* A string (or, on a member, its name) held a \u escape that is not a character (a lone
   * surrogate): replaced by U+FFFD here, refused by simris_json_doc_check_strings(). */
  gboolean       bad_escape;
  union
  {
    gboolean boolean;
    gint64   integer;
    double   number;
    struct { const char *str; gsize len; } string;
    struct { SimrisJsonValue *items; guint n; } array;
    struct { SimrisJsonMember *members; guint n; } object;
  } v;
};

struct _SimrisJsonMember
{
  const char      *name;
  gboolean         bad_name;
  SimrisJsonValue  value;
};

SimrisJsonDoc   *simris_json_doc_parse         (const char       *data,
                                                gsize             length,
                                                guint             max_depth,
                                                GError          **error);
SimrisJsonDoc   *simris_json_doc_from_node     (JsonNode         *node);
void             simris_json_doc_free          (SimrisJsonDoc    *doc);
SimrisJsonValue *simris_json_doc_get_root      (SimrisJsonDoc    *doc);
gboolean         simris_json_doc_check_strings (SimrisJsonDoc    *doc,
                                                GError          **error);

SimrisJsonValue *simris_json_object_get        (SimrisJsonValue  *object,
                                                const char       *name);
JsonNode        *simris_json_value_to_node     (SimrisJsonValue  *value);
char            *simris_json_value_number_text (SimrisJsonValue  *value);
gboolean         simris_json_value_get_whole   (SimrisJsonValue  *value,
                                                gint64           *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SimrisJsonDoc, simris_json_doc_free)

G_END_DECLS
