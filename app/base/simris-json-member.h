/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The string member @name of @object, or NULL when it is absent or of another type: json-glib's
 * own json_object_get_string_member() warns on a member of another type, and a data file a user
 * edits (parameters, languages, scenarios) may hold anything. */
const char *simris_json_member_string (JsonObject *object,
                                       const char *name);

G_END_DECLS
