/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

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

/* Sets *slot to value when they differ (a scalar field: an enum, an int, a gboolean, cents);
 * TRUE when it changed, for the setter to notify, as simris_model_set_optional() for text. */
#define simris_model_set_value(slot, value) \
  (G_GNUC_EXTENSION ({ \
    __typeof__ (slot) simris_slot_ = (slot); \
    __typeof__ (*simris_slot_) simris_value_ = (value); \
    gboolean simris_changed_ = *simris_slot_ != simris_value_; \
    if (simris_changed_) \
      *simris_slot_ = simris_value_; \
    simris_changed_; \
  }))

/* Every model object has a "changed" signal: emitted after any change of the object or of
 * what it holds, so a view or the autosave listens to one signal, not to each property. */
static inline guint
simris_model_changed_signal_new (GType type)
{
  return g_signal_new ("changed", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* Notifies pspec (none when NULL), then emits the object's "changed" (changed_signal). */
static inline void
simris_model_emit_changed (gpointer    object,
                           GParamSpec *pspec,
                           guint       changed_signal)
{
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (object), pspec);
  g_signal_emit (object, changed_signal, 0);
}

G_END_DECLS
