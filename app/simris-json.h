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

/* Strict reading: NUL bytes, UTF-8, nesting, comments, big numbers, \u0000, trailing text. */
JsonNode *simris_json_parse_strict   (const char  *data,
                                      gsize        length,
                                      guint        max_depth,
                                      GError     **error);
gboolean  simris_json_check_strings  (JsonNode    *root,
                                      GError     **error);

/* Reading values. */
gboolean  simris_json_node_is        (JsonNode    *node,
                                      GType        type);
gboolean  simris_json_node_is_number (JsonNode    *node);
gboolean  simris_json_node_get_whole (JsonNode    *node,
                                      gint64      *out);
char     *simris_json_number_text    (JsonNode    *node);
char     *simris_json_format_double  (double       value);

/* Writing: the layout of Python's json.dump (indent=2, ensure_ascii=False). */
void      simris_json_write_pretty   (GString     *out,
                                      JsonNode    *node);

G_END_DECLS
