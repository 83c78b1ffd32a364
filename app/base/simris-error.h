/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets *error (when error is not NULL) to a new GError of domain and code, and returns FALSE,
 * so that a reader or a validator can `return fail (error, "…", …);`. The JSON reader, the
 * case file and the household's validation each wrap it with their own domain. */
gboolean simris_error_fail (GError     **error,
                            GQuark       domain,
                            int          code,
                            const char  *format,
                            ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
