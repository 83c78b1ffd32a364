/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language laws: a CPAS writes its decisions in the language of its language region, in
 * French or Dutch in Brussels-Capital (data/languages.json). Returns NULL when a
 * decision in lang suits a CPAS of postcode (or the postcode is unknown or not given), else
 * the warning to show before the decision is written, in the process's language. */
char *simris_language_region_check (const char *postcode,
                                    const char *lang);

G_END_DECLS
