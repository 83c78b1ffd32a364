/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `simris-cli sweep` and `simris-cli compare` (docs/case-format.md). argv[0] is the program,
 * argv[1] the command; returns the exit status (0, 1 invalid case, 2 usage, 3 I/O). */
gboolean    simris_cli_whatif_handles (const char *command);
/* The two commands' usage lines, translated. */
const char *simris_cli_whatif_usage   (void);
int      simris_cli_whatif_main    (int         argc,
                                    char      **argv);

G_END_DECLS
