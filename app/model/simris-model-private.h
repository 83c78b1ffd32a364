/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers the model's objects share (simris-household.c, -member.c, -resource.c,
 * -pending-benefit.c); nothing outside app/model/ includes this. */

/* Empty strings mean "absent" for optional text: a cleared entry in the form gives "". */
static inline char *
simris_model_dup_optional (const char *str)
{
  return str != NULL && *str != '\0' ? g_strdup (str) : NULL;
}

/* Puts a copy of value in *slot ("" is absent: NULL), freeing the old text; TRUE when the
 * text changed, for the setter to notify (GLib 2.76's g_set_str(), which Debian 12 lacks). */
static inline gboolean
simris_model_set_optional (char       **slot,
                           const char  *value)
{
  char *copy = simris_model_dup_optional (value);

  if (g_strcmp0 (*slot, copy) == 0)
    {
      g_free (copy);
      return FALSE;
    }
  g_free (*slot);
  *slot = copy;
  return TRUE;
}

G_END_DECLS
