/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The language regions of Belgium by postcode (Constitution, art. 4; laws on the use of
 * languages in administrative matters, coordinated on 18 July 1966, art. 2 to 8, 19 and 20),
 * from data/language-regions.json: the languages a CPAS of each region writes its decisions
 * in. The data holds the regions; this file only reads them. */

#define G_LOG_DOMAIN "SimrisLanguageRegion"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "simris-language-region.h"

#define RESOURCE "/io/github/simris/SimRIS/core/language-regions.json"

/* The language names of data/language-regions.json, for xgettext: the data holds these
 * msgids, translated (context "language in a sentence", lower case where the language
 * writes it so) when the warning is shown. */
G_GNUC_UNUSED static const char *language_names[] = {
  NC_("language in a sentence", "French"),
  NC_("language in a sentence", "Dutch"),
  NC_("language in a sentence", "German"),
};

static JsonObject *
table (void)
{
  static JsonParser *parser = NULL;

  if (g_once_init_enter (&parser))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes = g_resources_lookup_data (RESOURCE, 0, &error);
      JsonParser *p = json_parser_new_immutable ();

      if (bytes == NULL
          || !json_parser_load_from_data (p, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
        g_error ("The language regions are missing from the core resource: %s", error->message);
      g_once_init_leave (&parser, p);
    }
  return json_node_get_object (json_parser_get_root (parser));
}

static int
parse_postcode (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (strlen (s) != 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isdigit (s[i]))
      return -1;
  return atoi (s);
}

static const char *
language_name (const char *code)
{
  JsonObject *names = json_object_get_object_member (table (), "language_names");
  const char *name = json_object_get_string_member_with_default (names, code, NULL);

  return name != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, "language in a sentence", name) : code;
}

char *
simris_language_region_check (const char *postcode,
                              const char *lang)
{
  JsonArray *regions = json_object_get_array_member (table (), "regions");
  int code = parse_postcode (postcode);

  if (code < 0 || lang == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonObject *region = json_array_get_object_element (regions, i);
      JsonArray *ranges = json_object_get_array_member (region, "postcodes");
      JsonArray *languages = json_object_get_array_member (region, "languages");
      gboolean here = FALSE;
      g_autoptr (GString) allowed = g_string_new (NULL);

      for (guint r = 0; r < json_array_get_length (ranges) && !here; r++)
        {
          JsonArray *range = json_array_get_array_element (ranges, r);

          here = code >= json_array_get_int_element (range, 0) && code <= json_array_get_int_element (range, 1);
        }
      if (!here)
        continue;
      for (guint l = 0; l < json_array_get_length (languages); l++)
        {
          const char *language = json_array_get_string_element (languages, l);

          if (g_strcmp0 (language, lang) == 0)
            return NULL;
          if (allowed->len > 0)
            /* Translators: between two language names, "French or Dutch". */
            g_string_append (allowed, _(" or "));
          g_string_append (allowed, language_name (language));
        }
      /* Translators: %1$s is a postcode, %2$s the language(s) of its region ("Dutch",
       * "French or Dutch"), %3$s the language the decision would be written in. */
      return g_strdup_printf (_("The CPAS’s postcode %1$s lies in a region whose administrative language is "
                                "%2$s (laws on the use of languages in administrative matters, coordinated on "
                                "18 July 1966): a decision in %3$s is lawful only in a municipality with "
                                "language facilities, at the applicant’s request."),
                              postcode, allowed->str, language_name (lang));
    }
  return NULL;
}
