/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisDocumentLanguage"

#include "config.h"

#include "simris-document-language.h"
#include "simris-language.h"

gboolean
simris_document_language_is_valid (const char *code)
{
  const SimrisLanguage *language = simris_language_lookup (code);

  return language != NULL && language != simris_languages ()[0] && g_str_equal (language->code, code);
}

const char *
simris_document_language_default (SimrisHousehold *household,
                                  const char      *fallback_postcode,
                                  const char      *preferred)
{
  const SimrisLanguage *region = NULL;
  const char *postcode = NULL;

  if (household != NULL)
    {
      const char *remembered = simris_household_get_decision_field (household, "language");

      if (simris_document_language_is_valid (remembered))
        return simris_language_lookup (remembered)->code;
      postcode = simris_household_get_decision_field (household, "cpas_postcode");
    }
  if (postcode == NULL || *postcode == '\0')
    postcode = fallback_postcode;
  region = simris_language_for_postcode (postcode);
  if (region != NULL && simris_document_language_is_valid (region->code))
    return region->code;

  {
    const SimrisLanguage *ui = preferred != NULL ? simris_language_lookup (preferred) : simris_language_get (NULL);

    if (ui != NULL && simris_document_language_is_valid (ui->code))
      return ui->code;
  }
  return simris_languages_count () > 1 ? simris_languages ()[1]->code : simris_languages ()[0]->code;
}
