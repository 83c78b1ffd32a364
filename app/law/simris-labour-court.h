/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The labour court (tribunal du travail / arbeidsrechtbank) competent for a CPAS, from its
 * postcode (data/labour-courts.json, compiled into the core's resource): the court of the
 * judicial district and, where the table knows it, its division and the division's
 * address, each with its source. */
typedef struct
{
  char *court;      /* "Tribunal du travail de Gand" */
  char *division;   /* "division de Gand", or NULL when the table does not know it */
  char *address;    /* the registry's address, or NULL when no source gives it */
  char *source;     /* where the address comes from, or NULL */
  char *remark;     /* what the social worker must know about the division (a move, a closed
                     * building), with its source, or NULL */
  gboolean single;  /* the court has one seat and no divisions (Brussels, Eupen, …) */
} SimrisLabourCourt;

/* postcode: four digits (spaces around ignored); lang: a language of po/LINGUAS (the
 * document's language, which also chooses between the two courts of Brussels; a court's
 * name or address the data gives not in lang is given in the court's own language). Returns NULL for a
 * postcode no court serves. */
SimrisLabourCourt *simris_labour_court_find (const char        *postcode,
                                             const char        *lang);
void               simris_labour_court_free (SimrisLabourCourt *court);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SimrisLabourCourt, simris_labour_court_free)

G_END_DECLS
