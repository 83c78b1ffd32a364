/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "simris-household.h"

G_BEGIN_DECLS

/* The languages a decision draft can be written in: every language of po/LINGUAS (English,
 * the language of the msgids, is not one). */
gboolean    simris_document_language_is_valid   (const char *code);

/* The language a draft is offered in when nobody chose one yet: the language the case's draft
 * was last written in; else the language of the region of the CPAS's postcode (the case's,
 * else fallback_postcode: 4700 Eupen → German, 9000 Gent → Dutch; Brussels is bilingual);
 * else preferred (the UI's language) when a draft can be written in it; else the first
 * language of po/LINGUAS. */
const char *simris_document_language_default    (SimrisHousehold *household,
                                                 const char      *fallback_postcode,
                                                 const char      *preferred);

G_END_DECLS
