/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The running marks of every page: the draft band and the diagonal, the footer. */

#define G_LOG_DOMAIN "SimrisReport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "simris-date.h"
#include "simris-codes.h"
#include "simris-report-private.h"

static void
set_rgb (cairo_t         *cr,
         const SimrisRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* The draft mark on every page: a band at the top (text, so that it can be read and
 * searched) and a light diagonal across the page (drawn as a path, so that it stays out
 * of the text a reader or a screen reader extracts). */
static void
draw_draft_marks (SimrisReport *self,
                  cairo_t      *cr)
{
  const char *mark = T (N_("Draft — simulation, not a decision"));
  const char *reference = simris_report_decision_field (self, "case_reference");
  double w = simris_page_layout_get_text_width (self->doc);
  double width = simris_page_layout_get_width (self->doc);
  double height = simris_page_layout_get_height (self->doc);
  g_autoptr (PangoLayout) band = NULL;
  g_autoptr (PangoLayout) diagonal = NULL;
  PangoRectangle ink_rect, logical;
  double angle, scale, diag;

  /* The diagonal. */
  diagonal = simris_page_layout_make_text_layout (self->doc, mark, 40.0, TRUE, -1, PANGO_ALIGN_LEFT);
  pango_layout_set_width (diagonal, -1);
  pango_layout_get_extents (diagonal, &ink_rect, &logical);
  diag = sqrt (width * width + height * height);
  scale = MIN (2.0, 0.72 * diag / ((double) logical.width / PANGO_SCALE));
  angle = -atan2 (height, width);
  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);
  cairo_rotate (cr, angle);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, -(double) logical.width / PANGO_SCALE / 2, -(double) logical.height / PANGO_SCALE / 2);
  pango_cairo_layout_path (cr, diagonal);
  cairo_set_source_rgba (cr, simris_page_draft_ink.r, simris_page_draft_ink.g, simris_page_draft_ink.b, 0.075);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The band. */
  set_rgb (cr, &simris_page_draft_bg);
  cairo_rectangle (cr, SIMRIS_PAGE_MARGIN_X, SIMRIS_PAGE_BAND_TOP, w, SIMRIS_PAGE_BAND_HEIGHT);
  cairo_fill (cr);
  set_rgb (cr, &simris_page_draft_ink);
  cairo_rectangle (cr, SIMRIS_PAGE_MARGIN_X, SIMRIS_PAGE_BAND_TOP, 3.0, SIMRIS_PAGE_BAND_HEIGHT);
  cairo_fill (cr);

  band = simris_page_layout_make_text_layout (self->doc, mark, SIMRIS_PAGE_SIZE_SMALL + 0.5, TRUE, w - 20.0, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (band, NULL, &logical);
  set_rgb (cr, &simris_page_draft_ink);
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X + 10.0, SIMRIS_PAGE_BAND_TOP + (SIMRIS_PAGE_BAND_HEIGHT - (double) logical.height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, band);

  if (reference != NULL)
    {
      g_autoptr (PangoLayout) ref = NULL;
      g_autofree char *text = NULL;

      /* Translators: the file reference in the page header band. */
      text = g_strdup_printf (T (N_("File %s")), reference);
      ref = simris_page_layout_make_text_layout (self->doc, text, SIMRIS_PAGE_SIZE_SMALL, FALSE, w / 2 - 10.0, PANGO_ALIGN_RIGHT);
      pango_layout_get_extents (ref, NULL, &logical);
      cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X + w / 2, SIMRIS_PAGE_BAND_TOP + (SIMRIS_PAGE_BAND_HEIGHT - (double) logical.height / PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, ref);
    }
}

static void
draw_footer (SimrisReport *self,
             cairo_t      *cr,
             int           page,
             int           n_pages)
{
  double w = simris_page_layout_get_text_width (self->doc);
  double y = simris_page_layout_get_height (self->doc) - SIMRIS_PAGE_FOOTER_GAP;
  g_autofree char *params = simris_date_format (simris_result_get_parameters_date (self->result), self->lang);
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autoptr (PangoLayout) l = NULL;
  g_autoptr (PangoLayout) r = NULL;

  /* The tool's own line (its version, the amounts' source) is the note's, never the
   * decision's: the decision's pages carry their number only. */
  if (!self->note)
    left = NULL;
  else if (simris_result_has_warning (self->result, SIMRIS_WARNING_DERIVED_AMOUNTS))
    /* Translators: the rule version line in the footer: %1$s is the date the amounts are in
     * force from, %2$s the SimRIS version. */
    left = g_strdup_printf (T (N_("Amounts in force since %1$s, derived from the index · SimRIS %2$s")),
                            params, PACKAGE_VERSION);
  else
    /* Translators: the rule version line in the footer: %1$s is the date the amounts are in
     * force from, %2$s the SimRIS version. */
    left = g_strdup_printf (T (N_("Amounts in force since %1$s, as published · SimRIS %2$s")),
                            params, PACKAGE_VERSION);
  /* Translators: the page number in the footer: page 2 of 3. */
  right = g_strdup_printf (T (N_("page %d / %d")), page + 1, n_pages);

  set_rgb (cr, &simris_page_rule_light);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X, y - 5.0);
  cairo_line_to (cr, SIMRIS_PAGE_MARGIN_X + w, y - 5.0);
  cairo_stroke (cr);

  r = simris_page_layout_make_text_layout (self->doc, right, SIMRIS_PAGE_SIZE_SMALL, FALSE, w * 0.2, PANGO_ALIGN_RIGHT);
  set_rgb (cr, &simris_page_ink_soft);
  if (left != NULL)
    {
      l = simris_page_layout_make_text_layout (self->doc, left, SIMRIS_PAGE_SIZE_SMALL - 0.6, FALSE, w * 0.78, PANGO_ALIGN_LEFT);
      cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X, y);
      pango_cairo_show_layout (cr, l);
    }
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X + w * 0.8, y);
  pango_cairo_show_layout (cr, r);
}

void
simris_report_decorate_page (SimrisPageLayout *doc,
                             cairo_t          *cr,
                             int               page,
                             int               n_pages,
                             gpointer          user_data)
{
  SimrisReport *self = user_data;

  draw_draft_marks (self, cr);
  draw_footer (self, cr, page, n_pages);
}
