/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "simris-error.h"

gboolean
simris_error_fail (GError     **error,
                   GQuark       domain,
                   int          code,
                   const char  *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (domain, code, format, args);
  va_end (args);

  return FALSE;
}
