/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The labour courts and their divisions (law of 1 December 2013 reforming the judicial
 * districts; royal decree of 14 March 2014 on the division of the labour courts into
 * divisions), from data/labour-courts.json: each court and division keyed by postcode
 * ranges, each address with its source. An appeal against a CPAS decision on the
 * integration income goes to the labour court (art. 47 of the law of 26 May 2002; art.
 * 580, 8°, c of the Judicial Code). */

#define G_LOG_DOMAIN "SimrisLabourCourt"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "simris-i18n.h"
#include "simris-labour-court.h"

#define RESOURCE "/io/github/simris/SimRIS/core/labour-courts.json"

static JsonArray *
courts (void)
{
  static JsonParser *parser = NULL;

  if (g_once_init_enter (&parser))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes = g_resources_lookup_data (RESOURCE, 0, &error);
      JsonParser *p = json_parser_new_immutable ();

      if (bytes == NULL
          || !json_parser_load_from_data (p, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
        g_error ("The labour courts are missing from the core resource: %s", error->message);
      g_once_init_leave (&parser, p);
    }
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "courts");
}

static gboolean
in_ranges (JsonObject *object,
           int         postcode)
{
  JsonArray *ranges = json_object_get_array_member (object, "postcodes");

  for (guint i = 0; ranges != NULL && i < json_array_get_length (ranges); i++)
    {
      JsonArray *range = json_array_get_array_element (ranges, i);

      if (postcode >= json_array_get_int_element (range, 0) && postcode <= json_array_get_int_element (range, 1))
        return TRUE;
    }
  return FALSE;
}

/* The text of a {"fr": …, "nl": …, "de": …} member in lang, or NULL when it is null. A
 * language the data does not give falls back on the court's own language (a place is named
 * as its region names it), then on the first text given. */
static char *
dup_in_lang (JsonObject *object,
             const char *member,
             const char *lang,
             const char *court_lang)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonObject *texts;
  g_autoptr(GList) names = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  texts = json_node_get_object (node);
  if (json_object_has_member (texts, lang))
    return g_strdup (json_object_get_string_member (texts, lang));
  if (court_lang != NULL && json_object_has_member (texts, court_lang))
    return g_strdup (json_object_get_string_member (texts, court_lang));
  names = json_object_get_members (texts);
  return names != NULL ? g_strdup (json_object_get_string_member (texts, names->data)) : NULL;
}

static int
parse_postcode (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;
  long value;

  if (strlen (s) != 4 || !g_ascii_isdigit (s[0]))
    return -1;
  value = strtol (s, &end, 10);
  if (*end != '\0' || value < 1000 || value > 9999)
    return -1;
  return (int) value;
}

SimrisLabourCourt *
simris_labour_court_find (const char *postcode,
                          const char *lang)
{
  JsonArray *list = courts ();
  JsonObject *found = NULL;
  int code = parse_postcode (postcode);
  SimrisLabourCourt *court;
  JsonArray *divisions;
  const char *court_lang;

  lang = simris_lang_normalize (lang);
  if (code < 0)
    return NULL;

  /* Brussels has a court in each language: the one of the document's language. */
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *c = json_array_get_object_element (list, i);
      const char *language = json_object_get_string_member_with_default (c, "language", NULL);

      if (!in_ranges (c, code))
        continue;
      if (found == NULL || g_strcmp0 (language, lang) == 0)
        found = c;
    }
  if (found == NULL)
    return NULL;

  court = g_new0 (SimrisLabourCourt, 1);
  court_lang = json_object_get_string_member_with_default (found, "language", NULL);
  court->court = dup_in_lang (found, "name", lang, court_lang);
  divisions = json_object_get_array_member (found, "divisions");
  for (guint i = 0; divisions != NULL && i < json_array_get_length (divisions); i++)
    {
      JsonObject *d = json_array_get_object_element (divisions, i);

      if (!in_ranges (d, code))
        continue;
      court->division = dup_in_lang (d, "name", lang, court_lang);
      court->single = court->division == NULL && json_array_get_length (divisions) == 1;
      court->address = dup_in_lang (d, "address", lang, court_lang);
      if (court->address != NULL)
        court->source = g_strdup (json_object_get_string_member_with_default (d, "source", NULL));
      {
        g_autofree char *remark = dup_in_lang (d, "remark", lang, court_lang);
        const char *remark_source = json_object_get_string_member_with_default (d, "remark_source", NULL);

        if (remark != NULL)
          court->remark = remark_source != NULL ? g_strdup_printf ("%s (%s)", remark, remark_source)
                                                : g_steal_pointer (&remark);
      }
      break;
    }
  return court;
}

void
simris_labour_court_free (SimrisLabourCourt *court)
{
  if (court == NULL)
    return;
  g_free (court->court);
  g_free (court->division);
  g_free (court->address);
  g_free (court->source);
  g_free (court->remark);
  g_free (court);
}
