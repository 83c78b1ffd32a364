/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Data that another layer keeps on a model object (g_object_set_qdata_full() with a quark of
 * its own) and that the model's *_copy() carries to the copy, without the model knowing what
 * it is. The case file keeps the fields it does not know there (app/files/simris-case-file.c,
 * docs/hacking.md §9), so that the copies made by scenarios, the sweep and undo still write
 * them back when saved. Register the quark once, before setting such data. */
void simris_attachment_register (GQuark          quark,
                                 GBoxedCopyFunc  copy,
                                 GDestroyNotify  destroy);

/* For the model's *_copy(): copies every registered attachment of from onto to. */
void simris_attachment_copy_all (gpointer        from,
                                 gpointer        to);

G_END_DECLS
