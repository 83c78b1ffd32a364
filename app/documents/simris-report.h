/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "simris-household.h"
#include "simris-page-layout.h"
#include "simris-result.h"
#include "simris-comparison.h"
#include "simris-sweep.h"
#include "simris-timeline.h"

G_BEGIN_DECLS

/* The reasoned decision draft (docs/calculation.md §10), laid out with Pango on Cairo. One renderer
 * for the PDF (CLI and app) and the printout (GtkPrintOperation hands its cairo context).
 * The result must have been computed in the document's language. */
#define SIMRIS_TYPE_REPORT (simris_report_get_type ())

G_DECLARE_FINAL_TYPE (SimrisReport, simris_report, SIMRIS, REPORT, GObject)

SimrisReport *simris_report_new          (SimrisHousehold *household,
                                          SimrisResult    *result,
                                          const char      *lang);
/* The note for the social worker that goes with the draft: the tool's cautions, the other
 * readings and what each would give, what is not modelled, where the court's address comes
 * from. A document of its own, never pages of the decision, so that printing every page of
 * the decision cannot send it to the applicant: write or print it apart. */
SimrisReport *simris_report_new_note     (SimrisHousehold *household,
                                          SimrisResult    *result,
                                          const char      *lang);
gboolean      simris_report_is_note      (SimrisReport    *self);
/* The note that goes with this decision draft: the same case, result and language. */
SimrisReport *simris_report_dup_note     (SimrisReport    *self);
/* The optional annexes of the decision, after the calculation annex, each in the report's language (compute them in it): the amounts over a period,
 * other scenarios side by side, the income against one member's earnings. NULL removes the
 * annex. Set them before paginating. */
void          simris_report_set_timeline   (SimrisReport     *self,
                                            SimrisTimeline   *timeline);
void          simris_report_set_comparison (SimrisReport     *self,
                                            SimrisComparison *comparison);
void          simris_report_set_sweep      (SimrisReport     *self,
                                            SimrisSweep      *sweep);
/* Lays the document out for pages of width × height points (A4: 595.28 × 841.89) and
 * returns the number of pages. The margins are inside the page: a GtkPrintOperation
 * should use gtk_print_operation_set_use_full_page (op, TRUE) and GTK_UNIT_POINTS. */
int           simris_report_paginate     (SimrisReport    *self,
                                          double           width,
                                          double           height);
/* Draws page (0-based) in points, the origin at the paper's top left corner. Paginates
 * for A4 first if simris_report_paginate () was not called. */
void          simris_report_draw_page    (SimrisReport    *self,
                                          cairo_t         *cr,
                                          int              page);
/* Writes the A4 PDF (metadata, page labels, an outline of the headings). The file is
 * replaced only when the whole document was written. */
gboolean      simris_report_write_pdf    (SimrisReport    *self,
                                          const char      *filename,
                                          GError         **error);
gboolean      simris_report_write_pdf_to_stream (SimrisReport  *self,
                                                 GOutputStream *stream,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
/* The number of pages of the last pagination (A4 when none was asked for). */
int           simris_report_get_n_pages  (SimrisReport    *self);
/* The laid-out pages (transfer none), paginated for the last size asked (A4 by default). */
SimrisPageLayout *simris_report_get_page_layout (SimrisReport *self);
/* The document's title, for the PDF metadata or a print job's name. */
char         *simris_report_dup_title    (SimrisReport    *self);

G_END_DECLS
