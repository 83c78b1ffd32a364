/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "simris-json-member.h"

const char *
simris_json_member_string (JsonObject *object,
                           const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}
