/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-attachment.h"

/* A handful at most (today one: the case file's unknown fields); registered once each. */
#define MAX_ATTACHMENTS 4

typedef struct
{
  GQuark         quark;
  GBoxedCopyFunc copy;
  GDestroyNotify destroy;
} Attachment;

static GMutex lock;
static Attachment attachments[MAX_ATTACHMENTS];
static guint n_attachments;

void
simris_attachment_register (GQuark         quark,
                            GBoxedCopyFunc copy,
                            GDestroyNotify destroy)
{
  g_return_if_fail (quark != 0 && copy != NULL && destroy != NULL);

  g_mutex_lock (&lock);
  for (guint i = 0; i < n_attachments; i++)
    if (attachments[i].quark == quark)
      {
        g_mutex_unlock (&lock);
        return;
      }
  g_assert (n_attachments < MAX_ATTACHMENTS);
  attachments[n_attachments++] = (Attachment) { quark, copy, destroy };
  g_mutex_unlock (&lock);
}

void
simris_attachment_copy_all (gpointer from,
                            gpointer to)
{
  g_return_if_fail (G_IS_OBJECT (from) && G_IS_OBJECT (to));

  g_mutex_lock (&lock);
  for (guint i = 0; i < n_attachments; i++)
    {
      gpointer data = g_object_get_qdata (from, attachments[i].quark);

      if (data != NULL)
        g_object_set_qdata_full (to, attachments[i].quark, attachments[i].copy (data),
                                 attachments[i].destroy);
    }
  g_mutex_unlock (&lock);
}
