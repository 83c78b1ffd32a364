/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-report.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_PRINT_PREVIEW (simris_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (SimrisPrintPreview, simris_print_preview, SIMRIS, PRINT_PREVIEW, AdwWindow)

/* A window of our own showing the pages of a decision draft as they print: the report is
 * laid out for paper of width × height points and each page is drawn by the same renderer
 * as the PDF and the printout. */
SimrisPrintPreview *simris_print_preview_new          (GtkWindow          *parent,
                                                       SimrisReport       *report,
                                                       double              width,
                                                       double              height);
int                 simris_print_preview_get_page     (SimrisPrintPreview *self);
int                 simris_print_preview_get_n_pages  (SimrisPrintPreview *self);
void                simris_print_preview_set_page     (SimrisPrintPreview *self,
                                                       int                 page);

G_END_DECLS
