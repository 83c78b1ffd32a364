/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The explanation trace and the decision draft are written in a language chosen per call,
 * independently of the process's locale: "fr", "nl", "en", or NULL for the process's
 * own language (gettext). The fr and nl catalogues are compiled into the core's GResource,
 * so the CLI and tests need no installed .mo file. */
const char  *simris_tr             (const char *lang,
                                    const char *msgid);
/* ngettext in lang: the form of singular/plural for n, from the catalogue's plural forms. */
const char  *simris_ntr            (const char *lang,
                                    const char *singular,
                                    const char *plural,
                                    gulong      n);
const char  *simris_lang_normalize (const char *lang);
const char  *simris_lang_from_locale (void);
gboolean     simris_lang_is_known  (const char *lang);

G_END_DECLS
