/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Generic page layout with Pango on Cairo (the decision draft's, app/documents/simris-report.c).
 *
 * The document is built once as a list of "pieces" (headings, paragraphs, table rows,
 * spaces, page breaks), each with its PangoLayout measured for the page width; pagination
 * then places the pieces on pages: a paragraph may split between lines (never leaving
 * fewer than two lines at either end), a table's header row is repeated at the top of each
 * page the table continues on, a heading always stays with what follows. A table row does
 * not split, unless it is taller than a page: then it is cut between lines of its cells.
 * Drawing only replays the placed pieces, so the PDF, the printout (GtkPrintOperation
 * hands its own cairo context), the preview and the tests see the same pages.
 *
 * The layouts use their own PangoContext (72 dpi, unhinted metrics) so that the measures
 * do not depend on the surface drawn on. Every text is cut at SIMRIS_PAGE_MAX_TEXT
 * characters and wrapped between characters when a word is wider than its line
 * (PANGO_WRAP_WORD_CHAR), so that no text runs out of its cell and the time to lay out a
 * page has a bound. */

#define G_LOG_DOMAIN "SimrisPageLayout"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "simris-page-layout.h"

#define FONT_FAMILY "DejaVu Sans, Sans"

const SimrisRgb simris_page_ink        = { 0.11, 0.11, 0.13 };
const SimrisRgb simris_page_ink_soft   = { 0.38, 0.38, 0.42 };
const SimrisRgb simris_page_ink_head   = { 0.10, 0.20, 0.36 };
const SimrisRgb simris_page_draft_ink  = { 0.55, 0.13, 0.05 };
const SimrisRgb simris_page_draft_bg   = { 0.99, 0.91, 0.85 };
const SimrisRgb simris_page_rule_light = { 0.80, 0.81, 0.84 };
static const SimrisRgb head_bg    = { 0.91, 0.93, 0.96 };
static const SimrisRgb total_bg   = { 0.95, 0.96, 0.98 };
static const SimrisRgb figures_bg = { 0.90, 0.94, 0.98 };
static const SimrisRgb warn_bg    = { 1.00, 0.96, 0.82 };
static const SimrisRgb warn_bar   = { 0.85, 0.62, 0.00 };
static const SimrisRgb note_bg    = { 0.95, 0.95, 0.96 };
static const SimrisRgb note_bar   = { 0.55, 0.58, 0.64 };

typedef enum
{
  PIECE_TEXT,
  PIECE_ROW,
  PIECE_SPACE,
  PIECE_BREAK,
  PIECE_DRAWING,
} PieceKind;

typedef struct
{
  double top;       /* relative to the layout's top */
  double bottom;
  double baseline;
  double x;
} LineInfo;

typedef SimrisPageTable Table;
typedef SimrisPagePiece Piece;

struct _SimrisPageTable
{
  guint  n_cols;
  double x[SIMRIS_PAGE_MAX_COLUMNS];       /* relative to the left margin */
  double w[SIMRIS_PAGE_MAX_COLUMNS];
  double pad_x;
  double pad_y;
  Piece *header;               /* NULL when the table has none */
};

struct _SimrisPagePiece
{
  PieceKind       kind;
  double          space_before;
  double          space_after;
  gboolean        keep_with_next;

  /* PIECE_TEXT */
  PangoLayout    *layout;
  PangoLayout    *bullet;
  double          indent;
  SimrisRgb       color;
  SimrisBoxStyle  box;
  double          box_pad_top;
  double          box_pad_bottom;
  LineInfo       *lines;
  int             n_lines;
  char           *outline;        /* a heading: its entry in the PDF outline */
  int             outline_level;

  /* PIECE_ROW */
  Table          *table;
  SimrisRowStyle  style;
  PangoLayout    *cells[SIMRIS_PAGE_MAX_COLUMNS];
  LineInfo       *cell_lines[SIMRIS_PAGE_MAX_COLUMNS];   /* measured for a row taller than a page */
  int             cell_n_lines[SIMRIS_PAGE_MAX_COLUMNS];
  double          pad_y;
  double          height;

  /* PIECE_SPACE */
  double          space;

  /* PIECE_DRAWING (its height is height) */
  SimrisPageDraw  draw;
  gpointer        draw_data;
  GDestroyNotify  draw_destroy;
};

/* A piece, or part of a paragraph or of a tall row, placed on a page. */
typedef struct
{
  Piece   *piece;
  int      line_start;
  int      line_end;
  double   y;
  double   h;
  /* A part of a row: the part of its content from offset to cut (the row's own coordinates,
   * padding included) is drawn. */
  gboolean row_part;
  double   offset;
  double   cut;
} Placed;

typedef struct
{
  char  *title;
  int    level;
  int    page;
  double y;
} OutlineEntry;

struct _SimrisPageLayout
{
  GObject             parent_instance;

  PangoContext       *pango;
  GPtrArray          *pieces;       /* Piece */
  GPtrArray          *tables;       /* Table */
  GPtrArray          *pages;        /* GArray of Placed */
  GArray             *outline;      /* OutlineEntry */
  double              width;
  double              height;
  gboolean            paginated;

  SimrisPageDecorate  decorate;
  gpointer            decorate_data;
};

G_DEFINE_FINAL_TYPE (SimrisPageLayout, simris_page_layout, G_TYPE_OBJECT)

char *
simris_page_cap_text (const char *text,
                      gsize       max)
{
  g_autofree char *valid = NULL;
  const char *p;
  gsize n = 0;

  if (text == NULL)
    return g_strdup ("");
  /* Pango takes valid UTF-8 only; walking it needs it too. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  for (p = text; *p != '\0' && n < max; p = g_utf8_next_char (p))
    n++;
  if (*p == '\0')
    return g_strdup (text);
  {
    g_autofree char *head = g_strndup (text, p - text);

    return g_strconcat (head, "…", NULL);
  }
}

char *
simris_page_escape (const char *text)
{
  g_autofree char *capped = simris_page_cap_text (text, SIMRIS_PAGE_MAX_TEXT);

  return g_markup_escape_text (capped, -1);
}

/* ---- piece construction ---------------------------------------------------------------- */

static void
piece_free (gpointer data)
{
  Piece *p = data;

  g_clear_object (&p->layout);
  g_clear_object (&p->bullet);
  for (guint i = 0; i < SIMRIS_PAGE_MAX_COLUMNS; i++)
    {
      g_clear_object (&p->cells[i]);
      g_free (p->cell_lines[i]);
    }
  g_free (p->lines);
  g_free (p->outline);
  if (p->draw_destroy != NULL)
    p->draw_destroy (p->draw_data);
  g_free (p);
}

double
simris_page_layout_get_text_width (SimrisPageLayout *self)
{
  return self->width - 2 * SIMRIS_PAGE_MARGIN_X;
}

#define text_width simris_page_layout_get_text_width

static double
body_bottom (SimrisPageLayout *self)
{
  return self->height - SIMRIS_PAGE_BODY_BOTTOM_GAP;
}

static double
body_height (SimrisPageLayout *self)
{
  return body_bottom (self) - SIMRIS_PAGE_BODY_TOP;
}

/* A reference to the law never breaks across lines: "art. 22, §2", "art. 3, 6°",
 * "artikel 14", "§ 1": the spaces inside become no-break spaces (U+00A0). Returns NULL when
 * there is nothing to bind. */
static char *
bind_references (const char *markup)
{
  static GRegex *regex = NULL;

  if (strstr (markup, "art") == NULL && strstr (markup, "§") == NULL)
    return NULL;
  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new ("(?<=\\b[Aa]rt\\.|\\b[Aa]rtikel|\\b[Aa]rticle|§|\\d,) (?=§|\\d)",
                               G_REGEX_OPTIMIZE, 0, NULL);

      g_once_init_leave (&regex, r);
    }
  return g_regex_replace_literal (regex, markup, -1, 0, "\u00a0", 0, NULL);
}

static PangoLayout *
make_layout (SimrisPageLayout   *self,
             const char     *markup,
             double          size,
             gboolean        bold,
             double          width,
             PangoAlignment  align,
             gboolean        justify,
             double          line_spacing)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILY);
  g_autofree char *wrapped = NULL;
  g_autofree char *bound = NULL;

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE + 0.5));
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_justify (layout, justify);
  if (line_spacing > 0)
    pango_layout_set_line_spacing (layout, line_spacing);

  /* No hyphenation, ever: a legal text is read word by word. */
  bound = bind_references (markup);
  wrapped = g_strconcat ("<span insert_hyphens=\"false\">", bound != NULL ? bound : markup, "</span>", NULL);
  pango_layout_set_markup (layout, wrapped, -1);

  return layout;
}

static LineInfo *
measure_layout_lines (PangoLayout *layout,
                      int         *n_lines)
{
  PangoLayoutIter *iter;
  LineInfo *lines;
  int n = pango_layout_get_line_count (layout);
  int i = 0;

  lines = g_new0 (LineInfo, MAX (n, 1));
  iter = pango_layout_get_iter (layout);
  do
    {
      int y0, y1;
      PangoRectangle logical, line_logical;
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (line, NULL, &line_logical);
      lines[i].top = (double) y0 / PANGO_SCALE;
      lines[i].bottom = (double) y1 / PANGO_SCALE;
      lines[i].baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      lines[i].x = (double) (logical.x - line_logical.x) / PANGO_SCALE;
      i++;
    }
  while (i < n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  *n_lines = i;
  return lines;
}

static void
measure_lines (Piece *p)
{
  p->lines = measure_layout_lines (p->layout, &p->n_lines);
}


SimrisPagePiece *
simris_page_layout_add_text (SimrisPageLayout    *self,
          const SimrisTextStyle *style,
          const char      *markup)
{
  Piece *p = g_new0 (Piece, 1);
  double inner = text_width (self) - style->indent;

  if (style->box != SIMRIS_BOX_NONE)
    inner -= 2 * 8.0 + 3.0;  /* left bar and padding on both sides */

  p->kind = PIECE_TEXT;
  p->space_before = style->space_before;
  p->space_after = style->space_after;
  p->keep_with_next = style->keep_with_next;
  p->indent = style->indent;
  p->color = style->color;
  p->box = style->box;
  p->layout = make_layout (self, markup, style->size, style->bold, inner,
                           PANGO_ALIGN_LEFT, style->justify,
                           style->line_spacing > 0 ? style->line_spacing : 1.18);
  measure_lines (p);
  g_ptr_array_add (self->pieces, p);
  return p;
}

const SimrisTextStyle *
simris_page_style_body (void)
{
  /* Ragged right: without hyphenation, justified lines of a 480 pt measure open rivers
   * of white between the words. */
  static const SimrisTextStyle s = { SIMRIS_PAGE_SIZE_BODY, FALSE, FALSE, 0, 4.5, 4.5, { 0.11, 0.11, 0.13 },
                               SIMRIS_BOX_NONE, FALSE, 1.22 };
  return &s;
}

SimrisPagePiece *
simris_page_layout_add_para (SimrisPageLayout *self,
                             const char       *markup)
{
  return simris_page_layout_add_text (self, simris_page_style_body (), markup);
}

SimrisPagePiece *
simris_page_layout_add_para_text (SimrisPageLayout *self,
                                  const char       *text)
{
  g_autofree char *markup = simris_page_escape (text);

  return simris_page_layout_add_para (self, markup);
}

SimrisPagePiece *
simris_page_layout_add_heading (SimrisPageLayout *self,
                                int               level,
                                const char       *text)
{
  SimrisTextStyle style = { 0 };
  g_autofree char *markup = simris_page_escape (text);
  Piece *p;

  style.size = level == 1 ? SIMRIS_PAGE_SIZE_H2 : SIMRIS_PAGE_SIZE_H3;
  style.bold = TRUE;
  style.space_before = level == 1 ? 15.0 : 8.0;
  style.space_after = level == 1 ? 4.0 : 2.0;
  style.color = level == 1 ? simris_page_ink_head : simris_page_ink;
  style.keep_with_next = TRUE;
  style.line_spacing = 1.1;
  p = simris_page_layout_add_text (self, &style, markup);
  p->outline = simris_page_cap_text (text, 200);
  p->outline_level = level;
  return p;
}

SimrisPagePiece *
simris_page_layout_add_bullet (SimrisPageLayout *self,
                               const char       *markup,
                               SimrisBoxStyle    box)
{
  SimrisTextStyle style = *simris_page_style_body ();
  Piece *p;

  style.indent = 14.0;
  style.space_before = 1.5;
  style.space_after = 1.5;
  style.justify = FALSE;
  style.box = box;
  p = simris_page_layout_add_text (self, &style, markup);
  p->bullet = make_layout (self, "•", SIMRIS_PAGE_SIZE_BODY, FALSE, 10.0, PANGO_ALIGN_LEFT, FALSE, 0);
  return p;
}

SimrisPagePiece *
simris_page_layout_add_bullet_text (SimrisPageLayout *self,
                                    const char       *text,
                                    SimrisBoxStyle    box)
{
  g_autofree char *markup = simris_page_escape (text);

  return simris_page_layout_add_bullet (self, markup, box);
}

/* A run of boxed pieces (warnings, notes) reads as one box: padding above the first and
 * below the last, none between them. */
void
simris_page_layout_close_box (SimrisPageLayout *self,
           guint         first)
{
  for (guint i = first; i < self->pieces->len; i++)
    {
      Piece *p = g_ptr_array_index (self->pieces, i);

      if (p->kind != PIECE_TEXT || p->box == SIMRIS_BOX_NONE)
        continue;
      p->box_pad_top = (i == first) ? 6.0 : 0.0;
      p->box_pad_bottom = (i + 1 == self->pieces->len) ? 6.0 : 0.0;
      if (i != first)
        p->space_before = 0;
      if (i + 1 != self->pieces->len)
        p->space_after = 0;
    }
}

void
simris_page_layout_add_space (SimrisPageLayout *self,
           double        space)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = PIECE_SPACE;
  p->space = space;
  g_ptr_array_add (self->pieces, p);
}

SimrisPagePiece *
simris_page_layout_add_drawing (SimrisPageLayout *self,
                                double            height,
                                SimrisPageDraw    draw,
                                gpointer          user_data,
                                GDestroyNotify    destroy)
{
  Piece *p = g_new0 (Piece, 1);

  g_return_val_if_fail (draw != NULL, NULL);

  p->kind = PIECE_DRAWING;
  /* Never taller than a page's body: it is never split. */
  p->height = MIN (MAX (height, 1), body_height (self));
  p->space_before = 4;
  p->space_after = 6;
  p->draw = draw;
  p->draw_data = user_data;
  p->draw_destroy = destroy;
  g_ptr_array_add (self->pieces, p);
  return p;
}

void
simris_page_layout_add_page_break (SimrisPageLayout *self)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = PIECE_BREAK;
  g_ptr_array_add (self->pieces, p);
}

/* fractions: the columns' widths as parts of the text width (they add up to 1). */
SimrisPageTable *
simris_page_layout_add_table (SimrisPageLayout *self,
                              guint             n_cols,
                              const double     *fractions)
{
  Table *t = g_new0 (Table, 1);
  double x = 0;

  g_assert (n_cols <= SIMRIS_PAGE_MAX_COLUMNS);
  t->n_cols = n_cols;
  t->pad_x = 4.0;
  t->pad_y = 3.0;
  for (guint i = 0; i < n_cols; i++)
    {
      t->x[i] = x;
      t->w[i] = fractions[i] * text_width (self);
      x += t->w[i];
    }
  g_ptr_array_add (self->tables, t);
  return t;
}

/* Widens the columns whose header has a word longer than the column (a header must never
 * break inside a word: "Leefti-jd"), taking the room from the columns that have some to
 * spare, in proportion. */
static void
fit_columns (SimrisPageLayout   *self,
             Table              *table,
             const char * const *cells,
             double              size)
{
  double need[SIMRIS_PAGE_MAX_COLUMNS] = { 0 };
  double deficit = 0, surplus = 0, x = 0;

  for (guint i = 0; i < table->n_cols; i++)
    {
      g_auto (GStrv) words = g_strsplit (cells[i] != NULL ? cells[i] : "", " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autoptr (PangoLayout) layout = make_layout (self, words[w], size, TRUE, -1, PANGO_ALIGN_LEFT, FALSE, 0);
          PangoRectangle logical;

          pango_layout_set_width (layout, -1);
          pango_layout_get_extents (layout, NULL, &logical);
          need[i] = MAX (need[i], (double) logical.width / PANGO_SCALE + 2 * table->pad_x + 1.0);
        }
      if (need[i] > table->w[i])
        deficit += need[i] - table->w[i];
      else
        surplus += table->w[i] - need[i];
    }
  if (deficit <= 0 || surplus < deficit)
    return;

  for (guint i = 0; i < table->n_cols; i++)
    {
      if (need[i] > table->w[i])
        table->w[i] = need[i];
      else
        table->w[i] -= deficit * (table->w[i] - need[i]) / surplus;
      table->x[i] = x;
      x += table->w[i];
    }
}

/* cells: n_cols markup strings (NULL for an empty cell); aligns: a string of 'l', 'r' or
 * 'c', one a column. */
SimrisPagePiece *
simris_page_layout_add_row (SimrisPageLayout   *self,
                            SimrisPageTable    *table,
                            SimrisRowStyle      style,
                            const char         *aligns,
                            double              size,
                            const char * const *cells)
{
  Piece *p = g_new0 (Piece, 1);
  double height = 0;
  double pad_y = style == SIMRIS_ROW_FIGURES ? 8.0 : table->pad_y;

  if (style == SIMRIS_ROW_HEADER)
    fit_columns (self, table, cells, size);

  p->kind = PIECE_ROW;
  p->table = table;
  p->style = style;
  for (guint i = 0; i < table->n_cols; i++)
    {
      PangoAlignment align = PANGO_ALIGN_LEFT;
      PangoRectangle logical;
      gboolean bold = (style == SIMRIS_ROW_HEADER || style == SIMRIS_ROW_TOTAL);

      if (aligns != NULL && aligns[i] == 'r')
        align = PANGO_ALIGN_RIGHT;
      else if (aligns != NULL && aligns[i] == 'c')
        align = PANGO_ALIGN_CENTER;
      p->cells[i] = make_layout (self, cells[i] != NULL ? cells[i] : "", size, bold,
                                 table->w[i] - 2 * table->pad_x, align, FALSE, 1.1);
      pango_layout_get_extents (p->cells[i], NULL, &logical);
      height = MAX (height, (double) logical.height / PANGO_SCALE);
    }
  p->pad_y = pad_y;
  p->height = height + 2 * pad_y;
  /* Taller than a page: measured line by line, to be cut between lines. */
  if (p->height > body_height (self))
    for (guint i = 0; i < table->n_cols; i++)
      p->cell_lines[i] = measure_layout_lines (p->cells[i], &p->cell_n_lines[i]);
  if (style == SIMRIS_ROW_HEADER)
    {
      table->header = p;
      p->keep_with_next = TRUE;
    }
  g_ptr_array_add (self->pieces, p);
  return p;
}

/* Ends a table whose rows were added from piece index first: its last row never goes to
 * a new page alone (the row before keeps it company). */
void
simris_page_layout_end_table (SimrisPageLayout *self,
                              guint             first)
{
  if (self->pieces->len >= first + 3)
    {
      Piece *penultimate = g_ptr_array_index (self->pieces, self->pieces->len - 2);

      if (penultimate->kind == PIECE_ROW && penultimate->style != SIMRIS_ROW_HEADER)
        penultimate->keep_with_next = TRUE;
    }
}




static double
lines_height (Piece *p,
              int    a,
              int    b)
{
  double h = p->lines[b - 1].bottom - p->lines[a].top;

  if (a == 0)
    h += p->box_pad_top;
  if (b == p->n_lines)
    h += p->box_pad_bottom;
  return h;
}

/* A paragraph of fewer than 4 lines is kept whole; a longer one may split but keeps at
 * least 2 lines on each page. */
static int
min_lines (Piece *p)
{
  return p->n_lines < 4 ? p->n_lines : 2;
}

static double
piece_min_height (Piece *p)
{
  switch (p->kind)
    {
    case PIECE_TEXT:
      return lines_height (p, 0, min_lines (p));
    case PIECE_ROW:
    case PIECE_DRAWING:
      return p->height;
    case PIECE_SPACE:
    case PIECE_BREAK:
    default:
      return 0;
    }
}

/* What must fit before a piece is placed: itself (its first lines) and, while pieces are to
 * be kept with the next, the next ones' first lines. */
static double
needed_height (SimrisPageLayout *self,
               guint         i)
{
  Piece *p = g_ptr_array_index (self->pieces, i);
  double first = piece_min_height (p);
  double need = first;

  while (p->keep_with_next && i + 1 < self->pieces->len)
    {
      Piece *next = g_ptr_array_index (self->pieces, ++i);

      if (next->kind == PIECE_BREAK)
        break;
      need += p->space_after + next->space_before + piece_min_height (next);
      p = next;
    }
  /* A block taller than a page cannot be kept together: it flows. */
  if (need > body_bottom (self) - SIMRIS_PAGE_BODY_TOP)
    return first;
  return need;
}

typedef struct
{
  SimrisPageLayout *self;
  GArray       *page;
  double        y;
  double        last_space_after;
} Cursor;

static void
cursor_new_page (Cursor *c)
{
  c->page = g_array_new (FALSE, TRUE, sizeof (Placed));
  g_ptr_array_add (c->self->pages, c->page);
  c->y = SIMRIS_PAGE_BODY_TOP;
  c->last_space_after = 0;
}

static gboolean
cursor_page_empty (Cursor *c)
{
  return c->page->len == 0;
}

static void
cursor_place (Cursor *c,
              Piece  *p,
              int     a,
              int     b,
              double  h)
{
  Placed placed = { p, a, b, c->y, h };

  g_array_append_val (c->page, placed);
  if (p->outline != NULL && a == 0)
    {
      OutlineEntry entry = { g_strdup (p->outline), p->outline_level,
                             (int) c->self->pages->len, c->y };
      g_array_append_val (c->self->outline, entry);
    }
  c->y += h;
}

static gboolean
page_has_table (GArray *page,
                Table  *table)
{
  for (guint i = 0; i < page->len; i++)
    if (g_array_index (page, Placed, i).piece->table == table)
      return TRUE;
  return FALSE;
}

/* Where a row drawn from offset (the row's own coordinates, its padding included) must
 * stop to fit in room: before the first line of any cell that would not fit whole, so that
 * no line is cut; at least one line is placed. */
static double
row_cut (Piece  *p,
         double  offset,
         double  room)
{
  double limit = offset + room;
  double cut = p->height;
  double first_bottom = p->height;

  if (limit >= p->height)
    return p->height;
  for (guint i = 0; i < p->table->n_cols; i++)
    for (int l = 0; l < p->cell_n_lines[i]; l++)
      {
        double top = p->pad_y + p->cell_lines[i][l].top;
        double bottom = p->pad_y + p->cell_lines[i][l].bottom;

        if (top < offset - 0.01)
          continue;
        first_bottom = MIN (first_bottom, bottom);
        if (bottom > limit)
          {
            cut = MIN (cut, top);
            break;
          }
      }
  /* A single line taller than the room left: it goes whole. */
  if (cut <= offset + 0.01)
    cut = MIN (p->height, MAX (first_bottom, limit));
  return cut;
}

static void
place_row_part (Cursor *c,
                Piece  *p,
                double  offset,
                double  cut)
{
  Placed placed = { p, 0, 0, c->y, cut - offset, TRUE, offset, cut };

  g_array_append_val (c->page, placed);
  c->y += cut - offset;
}

static void
paginate (SimrisPageLayout *self)
{
  Cursor c = { self, NULL, 0, 0 };
  double bottom = body_bottom (self);

  g_ptr_array_set_size (self->pages, 0);
  for (guint i = 0; i < self->outline->len; i++)
    g_free (g_array_index (self->outline, OutlineEntry, i).title);
  g_array_set_size (self->outline, 0);
  cursor_new_page (&c);

  for (guint i = 0; i < self->pieces->len; i++)
    {
      Piece *p = g_ptr_array_index (self->pieces, i);
      double gap = cursor_page_empty (&c) ? 0 : MAX (c.last_space_after, p->space_before);

      switch (p->kind)
        {
        case PIECE_BREAK:
          if (!cursor_page_empty (&c))
            cursor_new_page (&c);
          break;

        case PIECE_SPACE:
          if (!cursor_page_empty (&c))
            c.y += p->space;
          break;

        case PIECE_ROW:
          {
            double need = needed_height (self, i);
            double offset = 0;

            if (p->height > body_height (self))
              {
                /* Taller than a page: it starts here unless less than a fifth of the page
                 * is left, and is cut between lines. */
                if (c.y + gap + body_height (self) / 5 > bottom && !cursor_page_empty (&c))
                  {
                    cursor_new_page (&c);
                    gap = 0;
                  }
              }
            else if (c.y + gap + need > bottom && !cursor_page_empty (&c))
              {
                cursor_new_page (&c);
                gap = 0;
              }
            for (;;)
              {
                double cut;

                if (p->table->header != NULL && p->table->header != p
                    && !page_has_table (c.page, p->table))
                  {
                    c.y += gap;
                    cursor_place (&c, p->table->header, 0, 0, p->table->header->height);
                    gap = 0;
                  }
                c.y += gap;
                gap = 0;
                if (offset == 0 && c.y + p->height <= bottom + 0.01)
                  {
                    cursor_place (&c, p, 0, 0, p->height);
                    break;
                  }
                cut = row_cut (p, offset, bottom - c.y);
                if (cut >= p->height)
                  {
                    place_row_part (&c, p, offset, p->height);
                    break;
                  }
                place_row_part (&c, p, offset, cut);
                offset = cut;
                cursor_new_page (&c);
              }
            c.last_space_after = p->space_after;
          }
          break;

        case PIECE_TEXT:
          {
            int a = 0;

            if (c.y + gap + needed_height (self, i) > bottom && !cursor_page_empty (&c))
              {
                cursor_new_page (&c);
                gap = 0;
              }
            c.y += gap;
            while (a < p->n_lines)
              {
                int k = 0;

                /* How many lines fit from line a. */
                while (a + k < p->n_lines && c.y + lines_height (p, a, a + k + 1) <= bottom)
                  k++;
                if (a + k < p->n_lines)
                  {
                    int fit = k;

                    /* Split here: no orphan, no widow. */
                    if (p->n_lines < 4)
                      k = 0;
                    else
                      {
                        k = MIN (k, p->n_lines - a - 2);
                        if (k < 2)
                          k = 0;
                      }
                    /* A paragraph longer than a page: fill the page, whatever the rule. */
                    if (k == 0 && cursor_page_empty (&c))
                      k = MAX (1, fit);
                  }
                else if (p->keep_with_next && i + 1 < self->pieces->len && p->n_lines - a >= 4)
                  {
                    /* The rest fits, but what must follow it does not: carry the last two
                     * lines over so that it does not start a page alone. */
                    Piece *next = g_ptr_array_index (self->pieces, i + 1);
                    double after = MAX (p->space_after, next->space_before) + needed_height (self, i + 1);

                    if (c.y + lines_height (p, a, p->n_lines) + after > bottom
                        && SIMRIS_PAGE_BODY_TOP + lines_height (p, p->n_lines - 2, p->n_lines) + after <= bottom)
                      k = p->n_lines - a - 2;
                  }
                if (k > 0)
                  {
                    cursor_place (&c, p, a, a + k, lines_height (p, a, a + k));
                    a += k;
                  }
                if (a < p->n_lines)
                  cursor_new_page (&c);
              }
            c.last_space_after = p->space_after;
          }
          break;

        case PIECE_DRAWING:
          if (c.y + gap + needed_height (self, i) > bottom && !cursor_page_empty (&c))
            {
              cursor_new_page (&c);
              gap = 0;
            }
          c.y += gap;
          cursor_place (&c, p, 0, 0, p->height);
          c.last_space_after = p->space_after;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* A trailing empty page (a break at the very end) is dropped. */
  if (self->pages->len > 1 && ((GArray *) g_ptr_array_index (self->pages, self->pages->len - 1))->len == 0)
    g_ptr_array_set_size (self->pages, self->pages->len - 1);
}

/* ---- drawing ---------------------------------------------------------------------------- */

static void
set_rgb (cairo_t   *cr,
         const SimrisRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
draw_text (SimrisPageLayout *self,
           cairo_t      *cr,
           Placed       *pl)
{
  Piece *p = pl->piece;
  double x = SIMRIS_PAGE_MARGIN_X + p->indent;
  double y = pl->y;

  if (p->box != SIMRIS_BOX_NONE)
    {
      const SimrisRgb *bg = p->box == SIMRIS_BOX_WARNING ? &warn_bg : &note_bg;
      const SimrisRgb *bar = p->box == SIMRIS_BOX_WARNING ? &warn_bar : &note_bar;
      double bx = SIMRIS_PAGE_MARGIN_X;
      double bw = text_width (self);

      set_rgb (cr, bg);
      cairo_rectangle (cr, bx, pl->y, bw, pl->h);
      cairo_fill (cr);
      set_rgb (cr, bar);
      cairo_rectangle (cr, bx, pl->y, 3.0, pl->h);
      cairo_fill (cr);
      x += 3.0 + 8.0;
      if (pl->line_start == 0)
        y += p->box_pad_top;
    }

  set_rgb (cr, &p->color);
  for (int i = pl->line_start; i < pl->line_end; i++)
    {
      LineInfo *li = &p->lines[i];
      PangoLayoutLine *line = pango_layout_get_line_readonly (p->layout, i);
      double baseline = y + li->baseline - p->lines[pl->line_start].top;

      cairo_move_to (cr, x + li->x, baseline);
      pango_cairo_show_layout_line (cr, line);

      if (i == 0 && p->bullet != NULL)
        {
          PangoLayoutLine *bl = pango_layout_get_line_readonly (p->bullet, 0);

          cairo_move_to (cr, x - 10.0, baseline);
          pango_cairo_show_layout_line (cr, bl);
        }
    }
}

static void
draw_row (SimrisPageLayout *self,
          cairo_t          *cr,
          Placed           *pl)
{
  Piece *p = pl->piece;
  Table *t = p->table;
  double x0 = SIMRIS_PAGE_MARGIN_X;
  double w = text_width (self);
  /* A part of a tall row draws its rules as the whole row would at its ends. */
  gboolean top_end = !pl->row_part || pl->offset == 0;
  gboolean bottom_end = !pl->row_part || pl->cut >= p->height;

  switch (p->style)
    {
    case SIMRIS_ROW_HEADER:
      set_rgb (cr, &head_bg);
      cairo_rectangle (cr, x0, pl->y, w, pl->h);
      cairo_fill (cr);
      set_rgb (cr, &simris_page_ink_soft);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x0, pl->y + pl->h);
      cairo_line_to (cr, x0 + w, pl->y + pl->h);
      cairo_stroke (cr);
      break;

    case SIMRIS_ROW_BODY:
      if (!bottom_end)
        break;
      set_rgb (cr, &simris_page_rule_light);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, x0, pl->y + pl->h);
      cairo_line_to (cr, x0 + w, pl->y + pl->h);
      cairo_stroke (cr);
      break;

    case SIMRIS_ROW_TOTAL:
      set_rgb (cr, &total_bg);
      cairo_rectangle (cr, x0, pl->y, w, pl->h);
      cairo_fill (cr);
      if (!top_end)
        break;
      set_rgb (cr, &simris_page_ink_soft);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x0, pl->y);
      cairo_line_to (cr, x0 + w, pl->y);
      cairo_stroke (cr);
      break;

    case SIMRIS_ROW_FIGURES:
      set_rgb (cr, &figures_bg);
      cairo_rectangle (cr, x0, pl->y, w, pl->h);
      cairo_fill (cr);
      set_rgb (cr, &simris_page_ink_head);
      cairo_rectangle (cr, x0, pl->y, 3.0, pl->h);
      cairo_fill (cr);
      break;

    case SIMRIS_ROW_PLAIN:
    default:
      break;
    }

  set_rgb (cr, &simris_page_ink);
  for (guint i = 0; i < t->n_cols; i++)
    {
      double x = x0 + t->x[i] + t->pad_x;

      if (!pl->row_part)
        {
          cairo_move_to (cr, x, pl->y + p->pad_y);
          pango_cairo_show_layout (cr, p->cells[i]);
          continue;
        }
      /* The lines of the cell that start in this part. */
      for (int l = 0; l < p->cell_n_lines[i]; l++)
        {
          LineInfo *li = &p->cell_lines[i][l];
          double top = p->pad_y + li->top;

          if (top < pl->offset - 0.01 || top >= pl->cut - 0.01)
            continue;
          cairo_move_to (cr, x + li->x, pl->y + p->pad_y + li->baseline - pl->offset);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (p->cells[i], l));
        }
    }
}

PangoLayout *
simris_page_layout_make_text_layout (SimrisPageLayout *self,
                                     const char       *text,
                                     double            size,
                                     gboolean          bold,
                                     double            width,
                                     PangoAlignment    align)
{
  g_autofree char *markup = simris_page_escape (text);

  g_return_val_if_fail (SIMRIS_IS_PAGE_LAYOUT (self), NULL);

  return make_layout (self, markup, size, bold, width, align, FALSE, 0);
}

/* ---- GObject and the rest of the API -------------------------------------------------------- */

static void
clear_outline (SimrisPageLayout *self)
{
  for (guint i = 0; i < self->outline->len; i++)
    g_free (g_array_index (self->outline, OutlineEntry, i).title);
  g_array_set_size (self->outline, 0);
}

static void
simris_page_layout_finalize (GObject *object)
{
  SimrisPageLayout *self = (SimrisPageLayout *) object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  clear_outline (self);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (simris_page_layout_parent_class)->finalize (object);
}

static void
simris_page_layout_class_init (SimrisPageLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_page_layout_finalize;
}

static void
simris_page_layout_init (SimrisPageLayout *self)
{
  PangoFontMap *fontmap = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics at 72 dpi: one unit is one point, and the layout measured here is the
   * layout drawn, on a PDF page, a printer's page or a bitmap alike. */
  self->pango = pango_font_map_create_context (fontmap);
  pango_cairo_context_set_resolution (self->pango, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);

  self->pieces = g_ptr_array_new_with_free_func (piece_free);
  self->tables = g_ptr_array_new_with_free_func (g_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OutlineEntry));
  self->width = SIMRIS_PAGE_A4_WIDTH;
  self->height = SIMRIS_PAGE_A4_HEIGHT;
}

SimrisPageLayout *
simris_page_layout_new (void)
{
  return g_object_new (SIMRIS_TYPE_PAGE_LAYOUT, NULL);
}

void
simris_page_layout_set_decorate (SimrisPageLayout   *self,
                                 SimrisPageDecorate  decorate,
                                 gpointer            user_data)
{
  g_return_if_fail (SIMRIS_IS_PAGE_LAYOUT (self));

  self->decorate = decorate;
  self->decorate_data = user_data;
}

void
simris_page_layout_reset (SimrisPageLayout *self,
                          double            width,
                          double            height)
{
  g_return_if_fail (SIMRIS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (width > 2 * SIMRIS_PAGE_MARGIN_X + 100
                    && height > SIMRIS_PAGE_BODY_TOP + SIMRIS_PAGE_BODY_BOTTOM_GAP + 100);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->pieces, 0);
  g_ptr_array_set_size (self->tables, 0);
  clear_outline (self);
  self->width = width;
  self->height = height;
  self->paginated = FALSE;
}

double
simris_page_layout_get_width (SimrisPageLayout *self)
{
  return self->width;
}

double
simris_page_layout_get_height (SimrisPageLayout *self)
{
  return self->height;
}

guint
simris_page_layout_get_n_pieces (SimrisPageLayout *self)
{
  return self->pieces->len;
}

SimrisPagePiece *
simris_page_layout_get_last_piece (SimrisPageLayout *self)
{
  g_return_val_if_fail (self->pieces->len > 0, NULL);

  return g_ptr_array_index (self->pieces, self->pieces->len - 1);
}

void
simris_page_piece_set_keep_with_next (SimrisPagePiece *piece,
                                      gboolean         keep)
{
  piece->keep_with_next = keep;
}

void
simris_page_table_set_pad_x (SimrisPageTable *table,
                             double           pad_x)
{
  table->pad_x = pad_x;
}

int
simris_page_layout_paginate (SimrisPageLayout *self)
{
  g_return_val_if_fail (SIMRIS_IS_PAGE_LAYOUT (self), 0);

  if (!self->paginated)
    {
      paginate (self);
      self->paginated = TRUE;
    }
  return (int) self->pages->len;
}

int
simris_page_layout_get_n_pages (SimrisPageLayout *self)
{
  return simris_page_layout_paginate (self);
}

void
simris_page_layout_draw_page (SimrisPageLayout *self,
                              cairo_t          *cr,
                              int               page)
{
  GArray *placed;
  int n_pages = simris_page_layout_paginate (self);

  g_return_if_fail (page >= 0 && page < n_pages);

  placed = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  /* The running marks first: a watermark stays under the text. */
  if (self->decorate != NULL)
    {
      cairo_save (cr);
      self->decorate (self, cr, page, n_pages, self->decorate_data);
      cairo_restore (cr);
    }
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *pl = &g_array_index (placed, Placed, i);

      if (pl->piece->kind == PIECE_TEXT)
        draw_text (self, cr, pl);
      else if (pl->piece->kind == PIECE_ROW)
        draw_row (self, cr, pl);
      else if (pl->piece->kind == PIECE_DRAWING)
        {
          cairo_save (cr);
          cairo_translate (cr, SIMRIS_PAGE_MARGIN_X, pl->y);
          cairo_rectangle (cr, 0, 0, simris_page_layout_get_text_width (self), pl->h);
          cairo_clip (cr);
          pl->piece->draw (cr, simris_page_layout_get_text_width (self), pl->h, pl->piece->draw_data);
          cairo_restore (cr);
        }
    }
  cairo_restore (cr);
}

guint
simris_page_layout_get_n_outline (SimrisPageLayout *self)
{
  simris_page_layout_paginate (self);
  return self->outline->len;
}

const char *
simris_page_layout_get_outline (SimrisPageLayout *self,
                                guint             n,
                                int              *level,
                                int              *page,
                                double           *y)
{
  OutlineEntry *e;

  g_return_val_if_fail (n < simris_page_layout_get_n_outline (self), NULL);

  e = &g_array_index (self->outline, OutlineEntry, n);
  if (level != NULL)
    *level = e->level;
  if (page != NULL)
    *page = e->page;
  if (y != NULL)
    *y = e->y;
  return e->title;
}

gboolean
simris_page_layout_check_fits (SimrisPageLayout *self)
{
  int n_pages = simris_page_layout_paginate (self);

  for (int i = 0; i < n_pages; i++)
    {
      GArray *placed = g_ptr_array_index (self->pages, i);

      for (guint j = 0; j < placed->len; j++)
        {
          Placed *pl = &g_array_index (placed, Placed, j);

          if (pl->y < SIMRIS_PAGE_BODY_TOP - 0.01 || pl->y + pl->h > body_bottom (self) + 0.01)
            return FALSE;
        }
    }
  return TRUE;
}

cairo_status_t
simris_page_stream_write (void                *closure,
                          const unsigned char *data,
                          unsigned int         length)
{
  SimrisPageStream *ps = closure;

  if (ps->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (ps->stream, data, length, NULL, ps->cancellable, &ps->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
simris_page_stream_finish (SimrisPageStream  *ps,
                           cairo_surface_t   *surface,
                           const char        *failed,
                           GError           **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ps->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&ps->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, failed != NULL ? failed : "%s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
