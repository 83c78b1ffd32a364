/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A language SimRIS speaks, as data. The list is English (the msgids) followed by the
 * languages of po/LINGUAS, in that order; each has its catalogue in the core's GResource and
 * its formats in data/languages.json. A new language is a catalogue, its help pages and its
 * data: nothing in the code names it (docs/hacking.md §3). */
typedef struct
{
  const char *code;            /* "fr", "nl", "de", "en" */
  const char *name;            /* the language's own name: "Français", "Nederlands", "Deutsch" */
  const char *thousands;       /* between groups of three digits: U+202F, ".", "," */
  const char *decimal;         /* "," or "." */
  const char *currency_before; /* before the figure: "€ " (U+00A0) in Dutch, "€" in English */
  const char *currency_after;  /* after the figure: " €" (U+00A0) in French and German */
  const char *date_separator;  /* dd?mm?yyyy: "/" or "."; NULL: ISO 8601 (English) */
  const char *region_postcodes;/* the language region's postcodes ("4700-4791,…"), or NULL */
  const char *name_msgid;      /* its English name in a sentence ("French"), a msgid of context
                                * "language in a sentence" (simris-language-region.c) */
} SimrisLanguage;

/* Every language, English first; never NULL, NULL-terminated. */
const SimrisLanguage * const *simris_languages (void);
guint                 simris_languages_count      (void);
/* "fr", "fr_BE.UTF-8", "fr-BE": the language, or NULL when SimRIS does not speak it. */
const SimrisLanguage *simris_language_lookup      (const char *code);
/* As lookup, but NULL is the process's language and an unknown code English. */
const SimrisLanguage *simris_language_get         (const char *code);
/* The plural form index of n, evaluated from the catalogue's own Plural-Forms header. */
guint                 simris_language_plural_index (const SimrisLanguage *language,
                                                    gulong                n);
/* The language whose region holds this Belgian postcode ("4700" → German), or NULL (Brussels
 * and postcodes in no language's region list). */
const SimrisLanguage *simris_language_for_postcode (const char *postcode);
/* Whether this Belgian postcode lies in a bilingual region whose languages include language
 * (Brussels-Capital: French and Dutch, data/languages.json "bilingual_postcodes"). */
gboolean              simris_language_in_bilingual_region (const SimrisLanguage *language,
                                                           const char           *postcode);
/* The month names people type in this language (lower case, without accents), month 1–12;
 * NULL-terminated, never NULL. */
const char * const   *simris_language_month_words (const SimrisLanguage *language,
                                                   guint                 month);
/* "fr, nl, de": the codes of the translated languages (without English), for messages. */
char                 *simris_languages_list_codes (const char *separator);

/* Internal to the core: the catalogue (.mo bytes) of a language, or NULL for English. */
GBytes               *_simris_language_catalogue   (const SimrisLanguage *language);

G_END_DECLS
