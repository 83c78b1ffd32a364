/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "simris-household.h"
#include "simris-result.h"

G_BEGIN_DECLS

/* "My simulation": the result told to the applicant in plain words, second person, without
 * article numbers (the explanation trace keeps those). The same sentences feed the guided
 * assistant's result page and the one-page PDF the applicant takes home; it is not the CPAS
 * decision draft (simris-report.h). lang is "fr", "nl", "en" or NULL (the process's own). */

/* What to bring to the CPAS, drawn from the case: one sentence per document (element: char *). */
GPtrArray *simris_summary_dup_checklist    (SimrisHousehold *household,
                                            const char      *lang);
/* The headline: "1 244,51 € per month", or why there is no right. */
char      *simris_summary_dup_headline     (SimrisResult    *result,
                                            const char      *lang);
/* Why: the category in plain words and how the income was taken into account. */
char      *simris_summary_dup_why          (SimrisResult    *result,
                                            const char      *lang);
/* Whose money was counted (people, and the monthly total) and whether the amount is for
 * the household or shared between the partners. */
char      *simris_summary_dup_whose        (SimrisHousehold *household,
                                            SimrisResult    *result,
                                            const char      *lang);
/* What the CPAS may decide differently: one sentence per alternative reading, with its
 * amount, plus a sentence per advance or condition left to check (element: char *). */
GPtrArray *simris_summary_dup_differences  (SimrisResult    *result,
                                            const char      *lang);
/* What is still missing before a result can be given (element: char *); empty when the
 * case is complete. */
GPtrArray *simris_summary_dup_missing      (SimrisHousehold *household,
                                            const char      *lang);
/* The answers the result rests on, one line per person: who, born when, each income and
 * its amount (element: char *). */
GPtrArray *simris_summary_dup_answers      (SimrisHousehold *household,
                                            const char      *lang);
/* A person's name as the applicant reads it: "you", "your partner", "Child 1"… */
char      *simris_summary_dup_person       (SimrisHousehold *household,
                                            SimrisMember    *member,
                                            const char      *lang);

/* Lays out the one page on an A4 cairo context (points, origin top left). */
void       simris_summary_draw             (SimrisHousehold *household,
                                            SimrisResult    *result,
                                            const char      *lang,
                                            cairo_t         *cr);
/* Writes the one-page A4 PDF; the file is replaced only when it was written whole. */
gboolean   simris_summary_write_pdf        (SimrisHousehold *household,
                                            SimrisResult    *result,
                                            const char      *lang,
                                            const char      *filename,
                                            GError         **error);

/* The same, with what the result assumed where the applicant did not know (element:
 * char *, already in lang; NULL or empty for none), under "What we assumed". */
void       simris_summary_draw_with_assumptions      (SimrisHousehold *household,
                                                      SimrisResult    *result,
                                                      GPtrArray       *assumptions,
                                                      const char      *lang,
                                                      cairo_t         *cr);
gboolean   simris_summary_write_pdf_with_assumptions (SimrisHousehold *household,
                                                      SimrisResult    *result,
                                                      GPtrArray       *assumptions,
                                                      const char      *lang,
                                                      const char      *filename,
                                                      GError         **error);

G_END_DECLS
