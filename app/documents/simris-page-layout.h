/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* Generic page layout with Pango on Cairo: a document is a list of pieces (paragraphs,
 * headings, bullets, table rows, spaces, page breaks) measured for the text width, then
 * paginated. It knows nothing of what it lays out; the page's running marks (a band, a
 * footer) are drawn by a hook. */
#define SIMRIS_TYPE_PAGE_LAYOUT (simris_page_layout_get_type ())

G_DECLARE_FINAL_TYPE (SimrisPageLayout, simris_page_layout, SIMRIS, PAGE_LAYOUT, GObject)

/* Page geometry (points). */
#define SIMRIS_PAGE_A4_WIDTH        595.28
#define SIMRIS_PAGE_A4_HEIGHT       841.89
#define SIMRIS_PAGE_MARGIN_X        56.0
#define SIMRIS_PAGE_BAND_TOP        26.0   /* a running band, in the top margin */
#define SIMRIS_PAGE_BAND_HEIGHT     17.0
#define SIMRIS_PAGE_BODY_TOP        64.0
#define SIMRIS_PAGE_BODY_BOTTOM_GAP 62.0   /* from the paper's bottom edge to the end of the body */
#define SIMRIS_PAGE_FOOTER_GAP      40.0   /* from the paper's bottom edge to the footer's top */

/* Type sizes (points). */
#define SIMRIS_PAGE_SIZE_BODY  9.8
#define SIMRIS_PAGE_SIZE_TABLE 8.8
#define SIMRIS_PAGE_SIZE_SMALL 8.0
#define SIMRIS_PAGE_SIZE_H1    15.0
#define SIMRIS_PAGE_SIZE_H2    11.8
#define SIMRIS_PAGE_SIZE_H3    10.2

#define SIMRIS_PAGE_MAX_COLUMNS 6

/* The most characters of one text shaped: past it the text is cut and ends with "…". Pango's
 * line breaking grows faster than the length of a word; a case file holds at most 2 000
 * characters in a free text (docs/case-format.md), so nothing real is ever cut. */
#define SIMRIS_PAGE_MAX_TEXT 2400

typedef struct
{
  double r, g, b;
} SimrisRgb;

extern const SimrisRgb simris_page_ink;
extern const SimrisRgb simris_page_ink_soft;
extern const SimrisRgb simris_page_ink_head;
extern const SimrisRgb simris_page_draft_ink;
extern const SimrisRgb simris_page_draft_bg;
extern const SimrisRgb simris_page_rule_light;

typedef enum
{
  SIMRIS_ROW_PLAIN,     /* no rules, no background (letterhead, signatures) */
  SIMRIS_ROW_HEADER,    /* a table's header: repeated on every page the table runs on */
  SIMRIS_ROW_BODY,      /* a thin rule below */
  SIMRIS_ROW_TOTAL,     /* bold, a rule above, a light background */
  SIMRIS_ROW_FIGURES,   /* the big amounts */
} SimrisRowStyle;

typedef enum
{
  SIMRIS_BOX_NONE,
  SIMRIS_BOX_WARNING,
  SIMRIS_BOX_NOTE,
} SimrisBoxStyle;

typedef struct
{
  double         size;
  gboolean       bold;
  gboolean       justify;
  double         indent;
  double         space_before;
  double         space_after;
  SimrisRgb      color;
  SimrisBoxStyle box;
  gboolean       keep_with_next;
  double         line_spacing;
} SimrisTextStyle;

typedef struct _SimrisPageTable SimrisPageTable;
typedef struct _SimrisPagePiece SimrisPagePiece;

/* Draws a drawing piece in its box: the origin at the box's top left, width × height points. */
typedef void (*SimrisPageDraw) (cairo_t  *cr,
                                double    width,
                                double    height,
                                gpointer  user_data);

/* Draws what every page carries (page is 0-based), on the paper's coordinates. */
typedef void (*SimrisPageDecorate) (SimrisPageLayout *layout,
                                    cairo_t          *cr,
                                    int               page,
                                    int               n_pages,
                                    gpointer          user_data);

SimrisPageLayout *simris_page_layout_new             (void);
void              simris_page_layout_set_decorate    (SimrisPageLayout   *self,
                                                      SimrisPageDecorate  decorate,
                                                      gpointer            user_data);
/* Drops every piece and sets the paper size the next pieces are measured for. */
void              simris_page_layout_reset           (SimrisPageLayout   *self,
                                                      double              width,
                                                      double              height);
double            simris_page_layout_get_width       (SimrisPageLayout   *self);
double            simris_page_layout_get_height      (SimrisPageLayout   *self);
double            simris_page_layout_get_text_width  (SimrisPageLayout   *self);

/* Escapes text for Pango markup, cut at SIMRIS_PAGE_MAX_TEXT characters. */
char             *simris_page_escape                 (const char         *text);
/* text cut at max characters, ending with "…" when cut. */
char             *simris_page_cap_text               (const char         *text,
                                                      gsize               max);

/* Building. markup is Pango markup; *_text variants take plain text. */
const SimrisTextStyle *simris_page_style_body        (void);
SimrisPagePiece  *simris_page_layout_add_text        (SimrisPageLayout      *self,
                                                      const SimrisTextStyle *style,
                                                      const char            *markup);
SimrisPagePiece  *simris_page_layout_add_para        (SimrisPageLayout   *self,
                                                      const char         *markup);
SimrisPagePiece  *simris_page_layout_add_para_text   (SimrisPageLayout   *self,
                                                      const char         *text);
/* level 1 or 2; the heading stays with what follows and enters the PDF outline. */
SimrisPagePiece  *simris_page_layout_add_heading     (SimrisPageLayout   *self,
                                                      int                 level,
                                                      const char         *text);
SimrisPagePiece  *simris_page_layout_add_bullet      (SimrisPageLayout   *self,
                                                      const char         *markup,
                                                      SimrisBoxStyle      box);
SimrisPagePiece  *simris_page_layout_add_bullet_text (SimrisPageLayout   *self,
                                                      const char         *text,
                                                      SimrisBoxStyle      box);
void              simris_page_layout_add_space       (SimrisPageLayout   *self,
                                                      double              space);
/* A block of a fixed height (at most a page's body) drawn by draw across the text width; it is
 * never split. destroy (may be NULL) frees user_data with the layout's pieces. */
SimrisPagePiece  *simris_page_layout_add_drawing     (SimrisPageLayout   *self,
                                                      double              height,
                                                      SimrisPageDraw      draw,
                                                      gpointer            user_data,
                                                      GDestroyNotify      destroy);
void              simris_page_layout_add_page_break  (SimrisPageLayout   *self);
/* The number of pieces so far: the "first" of close_box and end_table. */
guint             simris_page_layout_get_n_pieces    (SimrisPageLayout   *self);
SimrisPagePiece  *simris_page_layout_get_last_piece  (SimrisPageLayout   *self);
/* A run of boxed pieces from first reads as one box. */
void              simris_page_layout_close_box       (SimrisPageLayout   *self,
                                                      guint               first);
void              simris_page_piece_set_keep_with_next (SimrisPagePiece  *piece,
                                                        gboolean          keep);

/* fractions: the columns' widths as parts of the text width (they add up to 1). */
SimrisPageTable  *simris_page_layout_add_table       (SimrisPageLayout   *self,
                                                      guint               n_cols,
                                                      const double       *fractions);
void              simris_page_table_set_pad_x        (SimrisPageTable    *table,
                                                      double              pad_x);
/* cells: n_cols markup strings (NULL for an empty cell); aligns: 'l', 'r' or 'c', one a
 * column. A row taller than a page is split between its lines. */
SimrisPagePiece  *simris_page_layout_add_row         (SimrisPageLayout   *self,
                                                      SimrisPageTable    *table,
                                                      SimrisRowStyle      style,
                                                      const char         *aligns,
                                                      double              size,
                                                      const char * const *cells);
/* Ends a table whose rows were added from piece first: its last row never goes alone. */
void              simris_page_layout_end_table       (SimrisPageLayout   *self,
                                                      guint               first);

/* A layout of text for the running marks (not part of the flow). */
PangoLayout      *simris_page_layout_make_text_layout (SimrisPageLayout  *self,
                                                       const char        *text,
                                                       double             size,
                                                       gboolean           bold,
                                                       double             width,
                                                       PangoAlignment     align);

/* Pagination and drawing. */
int               simris_page_layout_paginate        (SimrisPageLayout   *self);
int               simris_page_layout_get_n_pages     (SimrisPageLayout   *self);
void              simris_page_layout_draw_page       (SimrisPageLayout   *self,
                                                      cairo_t            *cr,
                                                      int                 page);
/* The headings, for an outline: title, level, page (0-based) and y of the nth. */
guint             simris_page_layout_get_n_outline   (SimrisPageLayout   *self);
const char       *simris_page_layout_get_outline     (SimrisPageLayout   *self,
                                                      guint               n,
                                                      int                *level,
                                                      int                *page,
                                                      double             *y);
/* The tallest piece placed on a page and the page's body height, for tests: every piece
 * placed fits its page. */
gboolean          simris_page_layout_check_fits      (SimrisPageLayout   *self);

/* A PDF drawn into a GOutputStream (cairo_pdf_surface_create_for_stream (simris_page_stream_write,
 * &closure, …)): the decision draft and the summary. The first write error is kept in error and
 * stops the rest. */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} SimrisPageStream;

cairo_status_t simris_page_stream_write (void                *closure,
                                         const unsigned char *data,
                                         unsigned int         length);
/* Finishes and destroys surface (its last bytes go to the stream), then says whether all of
 * it was written: FALSE with the first write error, or with cairo's status put in failed (a
 * translated format with one %s; NULL: the status alone). */
gboolean       simris_page_stream_finish (SimrisPageStream    *ps,
                                          cairo_surface_t     *surface,
                                          const char          *failed,
                                          GError             **error);

G_END_DECLS
