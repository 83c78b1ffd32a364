/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The language laws (Constitution, art. 4; laws on the use of languages in administrative
 * matters, coordinated on 18 July 1966, art. 2 to 8, 19 and 20): a CPAS writes its decisions in
 * the language of its language region, in French or Dutch in Brussels-Capital. The regions are
 * the language records' (data/languages.json, "region_postcodes" and "bilingual_postcodes",
 * read by app/base/simris-language.c), the same table that picks a document's default
 * language; this file only words the warning. */

#define G_LOG_DOMAIN "SimrisLanguageRegion"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-language.h"
#include "simris-language-region.h"

/* The "name_msgid" of data/languages.json, for xgettext: translated (context "language in a
 * sentence", lower case where the language writes it so) when the warning is shown. */
G_GNUC_UNUSED static const char *language_names[] = {
  NC_("language in a sentence", "English"),
  NC_("language in a sentence", "French"),
  NC_("language in a sentence", "Dutch"),
  NC_("language in a sentence", "German"),
};

static gboolean
is_postcode (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (strlen (s) != 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static const char *
language_name (const SimrisLanguage *language)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "language in a sentence", language->name_msgid);
}

char *
simris_language_region_check (const char *postcode,
                              const char *lang)
{
  const SimrisLanguage *language = simris_language_lookup (lang);
  const SimrisLanguage *region;
  const SimrisLanguage * const *all = simris_languages ();
  g_autoptr (GString) allowed = g_string_new (NULL);

  if (!is_postcode (postcode) || language == NULL)
    return NULL;

  /* The language of a region of one language, else those of a bilingual region. */
  region = simris_language_for_postcode (postcode);
  for (guint i = 0; all[i] != NULL; i++)
    {
      if (region != NULL ? all[i] != region : !simris_language_in_bilingual_region (all[i], postcode))
        continue;
      if (all[i] == language)
        return NULL;
      if (allowed->len > 0)
        /* Translators: between two language names, "French or Dutch". */
        g_string_append (allowed, _(" or "));
      g_string_append (allowed, language_name (all[i]));
    }
  if (allowed->len == 0)
    return NULL;

  /* Translators: %1$s is a postcode, %2$s the language(s) of its region ("Dutch",
   * "French or Dutch"), %3$s the language the decision would be written in. */
  return g_strdup_printf (_("The CPAS’s postcode %1$s lies in a region whose administrative language is "
                            "%2$s (laws on the use of languages in administrative matters, coordinated on "
                            "18 July 1966): a decision in %3$s is lawful only in a municipality with "
                            "language facilities, at the applicant’s request."),
                          postcode, allowed->str, language_name (language));
}
