/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The reasoned decision draft (docs/calculation.md §10), laid out with Pango on Cairo.
 *
 * The document is built once as a list of "pieces" (headings, paragraphs, table rows,
 * spaces, page breaks), each with its PangoLayout measured for the page width; pagination
 * then places the pieces on pages: a paragraph may split between lines (never leaving
 * fewer than two lines at either end), a table row never splits and a table's header row
 * is repeated at the top of each page the table continues on, a heading always stays
 * with what follows. Drawing only replays the placed pieces, so the PDF, the printout
 * (GtkPrintOperation hands its own cairo context) and the tests see the same pages.
 *
 * Every word goes through simris_tr () in the document's language, independently of the
 * process's locale; amounts through simris_money_format () and dates through
 * simris_date_format (). The layouts use their own PangoContext (72 dpi, unhinted metrics)
 * so that the measures do not depend on the surface drawn on.
 *
 * Legal content (checked against): formal motivation law of 29/07/1991; Charter of the
 * social insured, law of 11/04/1995, art. 14 (missing mentions: the appeal period does not
 * run); loi 26/05/2002 art. 20 (hearing: mi-is.be FAQ "l'intéressé a-t-il le droit d'être
 * entendu", bdas-wwsb.brussels 5.1), art. 21 (decision within 30 days, notified within
 * 8 days), art. 47 (appeal to the labour court within 3 months), art. 3, 6° and art. 24
 * §1, 2° (advance and recovery, seed 000); Judicial Code art. 728 and 1017 (appearance,
 * costs borne by the institution). */

#define G_LOG_DOMAIN "SimrisReport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "simris-date.h"
#include "simris-enums.h"
#include "simris-i18n.h"
#include "simris-member.h"
#include "simris-money.h"
#include "simris-parameters.h"
#include "simris-pending-benefit.h"
#include "simris-report.h"
#include "simris-resource.h"
#include "simris-rules.h"
#include "simris-codes.h"

/* ---- page geometry (points) and type ------------------------------------------------ */

#define A4_WIDTH        595.28
#define A4_HEIGHT       841.89
#define MARGIN_X        56.0
#define BAND_TOP        26.0   /* the draft band, in the top margin */
#define BAND_HEIGHT     17.0
#define BODY_TOP        64.0
#define BODY_BOTTOM_GAP 62.0   /* from the paper's bottom edge to the end of the body */
#define FOOTER_GAP      40.0   /* from the paper's bottom edge to the footer's top */

#define FONT_FAMILY "DejaVu Sans, Sans"
#define SIZE_BODY    9.8
#define SIZE_TABLE   8.8
#define SIZE_SMALL   8.0
#define SIZE_H1      15.0
#define SIZE_H2      11.8
#define SIZE_H3      10.2

#define MAX_COLUMNS 6

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink        = { 0.11, 0.11, 0.13 };
static const Rgb ink_soft   = { 0.38, 0.38, 0.42 };
static const Rgb ink_head   = { 0.10, 0.20, 0.36 };
static const Rgb draft_ink  = { 0.55, 0.13, 0.05 };
static const Rgb draft_bg   = { 0.99, 0.91, 0.85 };
static const Rgb rule_light = { 0.80, 0.81, 0.84 };
static const Rgb head_bg    = { 0.91, 0.93, 0.96 };
static const Rgb total_bg   = { 0.95, 0.96, 0.98 };
static const Rgb figures_bg = { 0.90, 0.94, 0.98 };
static const Rgb warn_bg    = { 1.00, 0.96, 0.82 };
static const Rgb warn_bar   = { 0.85, 0.62, 0.00 };
static const Rgb note_bg    = { 0.95, 0.95, 0.96 };
static const Rgb note_bar   = { 0.55, 0.58, 0.64 };

typedef enum
{
  PIECE_TEXT,
  PIECE_ROW,
  PIECE_SPACE,
  PIECE_BREAK,
} PieceKind;

typedef enum
{
  ROW_PLAIN,     /* no rules, no background (letterhead, signatures) */
  ROW_HEADER,    /* a table's header: repeated on every page the table runs on */
  ROW_BODY,      /* a thin rule below */
  ROW_TOTAL,     /* bold, a rule above, a light background */
  ROW_FIGURES,   /* the big amounts */
} RowStyle;

typedef enum
{
  BOX_NONE,
  BOX_WARNING,
  BOX_NOTE,
} BoxStyle;

typedef struct
{
  double top;       /* relative to the layout's top */
  double bottom;
  double baseline;
  double x;
} LineInfo;

typedef struct _Table Table;
typedef struct _Piece Piece;

struct _Table
{
  guint  n_cols;
  double x[MAX_COLUMNS];       /* relative to the left margin */
  double w[MAX_COLUMNS];
  double pad_x;
  double pad_y;
  Piece *header;               /* NULL when the table has none */
};

struct _Piece
{
  PieceKind    kind;
  double       space_before;
  double       space_after;
  gboolean     keep_with_next;

  /* PIECE_TEXT */
  PangoLayout *layout;
  PangoLayout *bullet;
  double       indent;
  Rgb          color;
  BoxStyle     box;
  double       box_pad_top;
  double       box_pad_bottom;
  LineInfo    *lines;
  int          n_lines;
  char        *outline;        /* a heading: its entry in the PDF outline */
  int          outline_level;

  /* PIECE_ROW */
  Table       *table;
  RowStyle     style;
  PangoLayout *cells[MAX_COLUMNS];
  double       height;

  /* PIECE_SPACE */
  double       space;
};

/* A piece, or part of a paragraph, placed on a page. */
typedef struct
{
  Piece *piece;
  int    line_start;
  int    line_end;
  double y;
  double h;
} Placed;

typedef struct
{
  char  *title;
  int    level;
  int    page;
  double y;
} OutlineEntry;

struct _SimrisReport
{
  GObject          parent_instance;

  SimrisHousehold *household;
  SimrisResult    *result;
  char            *lang;

  PangoContext    *pango;
  GPtrArray       *pieces;       /* Piece */
  GPtrArray       *tables;       /* Table */
  GPtrArray       *pages;        /* GArray of Placed */
  GArray          *outline;      /* OutlineEntry */
  GHashTable      *names;        /* member id → display name */
  double           width;
  double           height;
};

G_DEFINE_FINAL_TYPE (SimrisReport, simris_report, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_HOUSEHOLD,
  PROP_RESULT,
  PROP_LANG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- translation helpers --------------------------------------------------------------- */

/* simris_tr () with the format_arg attribute, so that the compiler checks every
 * translated format string against its arguments (like _()). */
static const char *tr (const char *lang,
                       const char *msgid) G_GNUC_FORMAT (2);

static const char *
tr (const char *lang,
    const char *msgid)
{
  return simris_tr (lang, msgid);
}

#define T(msgid) tr (self->lang, (msgid))

static char *
esc (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* Formats markup: the (translated) format's own text is escaped, the arguments are
 * markup already (escaped user text, placeholders). */
static char *markup_printf (const char *format,
                            ...) G_GNUC_PRINTF (1, 2);

static char *
markup_printf (const char *format,
               ...)
{
  g_autofree char *escaped = esc (format);
  va_list args;
  char *result;

  va_start (args, format);
  result = g_strdup_vprintf (escaped, args);
  va_end (args);
  return result;
}

static char *
format_date_iso (const char *iso,
                 const char *lang)
{
  SimrisDate date;

  if (iso != NULL && simris_date_parse (iso, &date))
    return simris_date_format (date, lang);
  return g_strdup (iso);
}

static const char *
decision_field (SimrisReport *self,
                const char   *name)
{
  const char *value = simris_household_get_decision_field (self->household, name);

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;
  return *value != '\0' ? value : NULL;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *str)
{
  return strv != NULL && g_strv_contains (strv, str);
}

/* ---- piece construction ---------------------------------------------------------------- */

static void
piece_free (gpointer data)
{
  Piece *p = data;

  g_clear_object (&p->layout);
  g_clear_object (&p->bullet);
  for (guint i = 0; i < MAX_COLUMNS; i++)
    g_clear_object (&p->cells[i]);
  g_free (p->lines);
  g_free (p->outline);
  g_free (p);
}

static double
text_width (SimrisReport *self)
{
  return self->width - 2 * MARGIN_X;
}

static PangoLayout *
make_layout (SimrisReport   *self,
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
  wrapped = g_strconcat ("<span insert_hyphens=\"false\">", markup, "</span>", NULL);
  pango_layout_set_markup (layout, wrapped, -1);

  return layout;
}

static void
measure_lines (Piece *p)
{
  PangoLayoutIter *iter;
  int i = 0;

  p->n_lines = pango_layout_get_line_count (p->layout);
  p->lines = g_new0 (LineInfo, p->n_lines);
  iter = pango_layout_get_iter (p->layout);
  do
    {
      int y0, y1;
      PangoRectangle logical, line_logical;
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (line, NULL, &line_logical);
      p->lines[i].top = (double) y0 / PANGO_SCALE;
      p->lines[i].bottom = (double) y1 / PANGO_SCALE;
      p->lines[i].baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      p->lines[i].x = (double) (logical.x - line_logical.x) / PANGO_SCALE;
      i++;
    }
  while (i < p->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

typedef struct
{
  double   size;
  gboolean bold;
  gboolean justify;
  double   indent;
  double   space_before;
  double   space_after;
  Rgb      color;
  BoxStyle box;
  gboolean keep_with_next;
  double   line_spacing;
} TextStyle;

static Piece *
add_text (SimrisReport    *self,
          const TextStyle *style,
          const char      *markup)
{
  Piece *p = g_new0 (Piece, 1);
  double inner = text_width (self) - style->indent;

  if (style->box != BOX_NONE)
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

static const TextStyle *
style_body (void)
{
  /* Ragged right: without hyphenation, justified lines of a 480 pt measure open rivers
   * of white between the words. */
  static const TextStyle s = { SIZE_BODY, FALSE, FALSE, 0, 4.5, 4.5, { 0.11, 0.11, 0.13 },
                               BOX_NONE, FALSE, 1.22 };
  return &s;
}

static void
add_para (SimrisReport *self,
          const char   *markup)
{
  add_text (self, style_body (), markup);
}

static void
add_para_text (SimrisReport *self,
               const char   *text)
{
  g_autofree char *markup = esc (text);

  add_para (self, markup);
}

static void
add_heading (SimrisReport *self,
             int           level,
             const char   *text)
{
  TextStyle style = { 0 };
  g_autofree char *markup = esc (text);
  Piece *p;

  style.size = level == 1 ? SIZE_H2 : SIZE_H3;
  style.bold = TRUE;
  style.space_before = level == 1 ? 15.0 : 8.0;
  style.space_after = level == 1 ? 4.0 : 2.0;
  style.color = level == 1 ? ink_head : ink;
  style.keep_with_next = TRUE;
  style.line_spacing = 1.1;
  p = add_text (self, &style, markup);
  p->outline = g_strdup (text);
  p->outline_level = level;
}

static void
add_bullet (SimrisReport *self,
            const char   *markup,
            BoxStyle      box)
{
  TextStyle style = *style_body ();
  Piece *p;

  style.indent = 14.0;
  style.space_before = 1.5;
  style.space_after = 1.5;
  style.justify = FALSE;
  style.box = box;
  p = add_text (self, &style, markup);
  p->bullet = make_layout (self, "•", SIZE_BODY, FALSE, 10.0, PANGO_ALIGN_LEFT, FALSE, 0);
}

static void
add_bullet_text (SimrisReport *self,
                 const char   *text,
                 BoxStyle      box)
{
  g_autofree char *markup = esc (text);

  add_bullet (self, markup, box);
}

/* A run of boxed pieces (warnings, notes) reads as one box: padding above the first and
 * below the last, none between them. */
static void
close_box (SimrisReport *self,
           guint         first)
{
  for (guint i = first; i < self->pieces->len; i++)
    {
      Piece *p = g_ptr_array_index (self->pieces, i);

      if (p->kind != PIECE_TEXT || p->box == BOX_NONE)
        continue;
      p->box_pad_top = (i == first) ? 6.0 : 0.0;
      p->box_pad_bottom = (i + 1 == self->pieces->len) ? 6.0 : 0.0;
      if (i != first)
        p->space_before = 0;
      if (i + 1 != self->pieces->len)
        p->space_after = 0;
    }
}

static void
add_space (SimrisReport *self,
           double        space)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = PIECE_SPACE;
  p->space = space;
  g_ptr_array_add (self->pieces, p);
}

static void
add_page_break (SimrisReport *self)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = PIECE_BREAK;
  g_ptr_array_add (self->pieces, p);
}

/* fractions: the columns' widths as parts of the text width (they add up to 1). */
static Table *
add_table (SimrisReport *self,
           guint         n_cols,
           const double *fractions)
{
  Table *t = g_new0 (Table, 1);
  double x = 0;

  g_assert (n_cols <= MAX_COLUMNS);
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
fit_columns (SimrisReport       *self,
             Table              *table,
             const char * const *cells,
             double              size)
{
  double need[MAX_COLUMNS] = { 0 };
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
static Piece *
add_row (SimrisReport       *self,
         Table              *table,
         RowStyle            style,
         const char         *aligns,
         double              size,
         const char * const *cells)
{
  Piece *p = g_new0 (Piece, 1);
  double height = 0;
  double pad_y = style == ROW_FIGURES ? 8.0 : table->pad_y;

  if (style == ROW_HEADER)
    fit_columns (self, table, cells, size);

  p->kind = PIECE_ROW;
  p->table = table;
  p->style = style;
  for (guint i = 0; i < table->n_cols; i++)
    {
      PangoAlignment align = PANGO_ALIGN_LEFT;
      PangoRectangle logical;
      gboolean bold = (style == ROW_HEADER || style == ROW_TOTAL);

      if (aligns != NULL && aligns[i] == 'r')
        align = PANGO_ALIGN_RIGHT;
      else if (aligns != NULL && aligns[i] == 'c')
        align = PANGO_ALIGN_CENTER;
      p->cells[i] = make_layout (self, cells[i] != NULL ? cells[i] : "", size, bold,
                                 table->w[i] - 2 * table->pad_x, align, FALSE, 1.1);
      pango_layout_get_extents (p->cells[i], NULL, &logical);
      height = MAX (height, (double) logical.height / PANGO_SCALE);
    }
  p->height = height + 2 * pad_y;
  if (style == ROW_HEADER)
    {
      table->header = p;
      p->keep_with_next = TRUE;
    }
  g_ptr_array_add (self->pieces, p);
  return p;
}

/* Ends a table whose rows were added from piece index first: its last row never goes to
 * a new page alone (the row before keeps it company). */
static void
end_table (SimrisReport *self,
           guint         first)
{
  if (self->pieces->len >= first + 3)
    {
      Piece *penultimate = g_ptr_array_index (self->pieces, self->pieces->len - 2);

      if (penultimate->kind == PIECE_ROW && penultimate->style != ROW_HEADER)
        penultimate->keep_with_next = TRUE;
    }
}

/* ---- the document ------------------------------------------------------------------------ */

static const char *
member_name (SimrisReport *self,
             const char   *id)
{
  const char *name = id != NULL ? g_hash_table_lookup (self->names, id) : NULL;

  return name != NULL ? name : (id != NULL ? id : "");
}

/* A member is called by the name entered, else by the relation's label, numbered when
 * several members share it ("child 2"). */
static void
compute_names (SimrisReport *self)
{
  GListModel *members = G_LIST_MODEL (self->household);
  guint n = g_list_model_get_n_items (members);
  int counts[SIMRIS_N_RELATIONS] = { 0 };
  int seen[SIMRIS_N_RELATIONS] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      const char *name = simris_member_get_name (m);

      if (name == NULL || *name == '\0')
        counts[simris_member_get_relation (m)]++;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      const char *name = simris_member_get_name (m);
      SimrisRelation rel = simris_member_get_relation (m);
      char *display;

      if (name != NULL && *name != '\0')
        display = g_strdup (name);
      else if (counts[rel] > 1)
        /* Translators: a member without a name: the relation's label and a number,
         * e.g. "child 2". */
        display = g_strdup_printf (T (N_("%1$s %2$d")), simris_relation_get_label (rel, self->lang),
                                   ++seen[rel]);
      else
        display = g_strdup (simris_relation_get_label (rel, self->lang));
      g_hash_table_insert (self->names, g_strdup (simris_member_get_id (m)), display);
    }
}

static char *
money (SimrisReport *self,
       SimrisCents   cents)
{
  return simris_money_format (cents, self->lang);
}

/* "1 234,56 €" preceded by an operator: + (adds), − (deducts), or nothing. */
static char *
signed_money (SimrisReport *self,
              SimrisCents   cents,
              int           sign)
{
  g_autofree char *m = money (self, cents);

  if (sign > 0)
    return g_strconcat ("+\u2009", m, NULL);
  if (sign < 0)
    return g_strconcat ("\u2212\u2009", m, NULL);
  return g_steal_pointer (&m);
}

static char *
placeholder (const char *text)
{
  g_autofree char *e = esc (text);

  return g_strdup_printf ("<span foreground=\"#8a2a0b\">%s</span>", e);
}

static void
build_letterhead (SimrisReport *self)
{
  static const double cols[] = { 0.55, 0.45 };
  const char *cpas = decision_field (self, "cpas_name");
  const char *address = decision_field (self, "cpas_address");
  const char *reference = decision_field (self, "case_reference");
  const char *worker = decision_field (self, "social_worker");
  const char *application = decision_field (self, "application_date");
  g_autoptr (GString) left = g_string_new (NULL);
  g_autoptr (GString) right = g_string_new (NULL);
  g_autofree char *draft_date = NULL;
  g_autofree char *e = NULL;
  const char *cells[2];
  Table *t;

  if (cpas != NULL)
    {
      e = esc (cpas);
      g_string_append_printf (left, "<span size=\"%d\" weight=\"bold\">%s</span>\n",
                              (int) (13 * PANGO_SCALE), e);
      g_clear_pointer (&e, g_free);
    }
  else
    {
      /* Translators: a placeholder on the letterhead when the CPAS (OCMW) is not given. */
      e = placeholder (T (N_("[CPAS name]")));
      g_string_append_printf (left, "<span size=\"%d\" weight=\"bold\">%s</span>\n",
                              (int) (13 * PANGO_SCALE), e);
      g_clear_pointer (&e, g_free);
    }
  if (address != NULL)
    {
      e = esc (address);
      g_string_append_printf (left, "%s\n", e);
      g_clear_pointer (&e, g_free);
    }
  else
    {
      e = placeholder (T (N_("[CPAS address]")));
      g_string_append_printf (left, "%s\n", e);
      g_clear_pointer (&e, g_free);
    }
  /* Translators: the deciding body of the CPAS (fr "Comité spécial du service social",
   * nl "Bijzonder Comité voor de Sociale Dienst"). */
  e = esc (T (N_("Special Committee for Social Services")));
  g_string_append_printf (left, "<i>%s</i>", e);
  g_clear_pointer (&e, g_free);

  /* The right column: label and value lines. */
  if (application != NULL)
    draft_date = format_date_iso (application, self->lang);
  else
    draft_date = simris_date_format (simris_result_get_reference_date (self->result), self->lang);

  {
    struct { const char *label; const char *value; const char *missing; } rows[] = {
      { N_("File reference"), reference, N_("[file reference]") },
      { N_("Date of the draft"), draft_date, NULL },
      { N_("Social worker"), worker, N_("[social worker]") },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autofree char *label = esc (T (rows[i].label));
        g_autofree char *value = rows[i].value != NULL ? esc (rows[i].value)
                                                       : placeholder (T (rows[i].missing));

        g_string_append_printf (right, "%s<span foreground=\"#5f6068\">%s</span>\n%s",
                                i > 0 ? "\n" : "", label, value);
      }
  }

  t = add_table (self, 2, cols);
  t->pad_x = 0;
  cells[0] = left->str;
  cells[1] = right->str;
  add_row (self, t, ROW_PLAIN, "lr", SIZE_BODY, cells);
}

static void
build_title (SimrisReport *self)
{
  TextStyle style = { 0 };
  g_autofree char *title = esc (T (N_("Decision on the right to social integration: integration income")));
  g_autofree char *intro = esc (T (N_("This draft was prepared with SimRIS, a simulator. It is not a decision: "
                                      "the social worker checks the facts and the conditions, and the Special "
                                      "Committee for Social Services decides.")));

  style.size = SIZE_H1;
  style.bold = TRUE;
  style.space_before = 18.0;
  style.space_after = 4.0;
  style.color = ink_head;
  style.keep_with_next = TRUE;
  style.line_spacing = 1.1;
  add_text (self, &style, title);

  style = *style_body ();
  style.size = SIZE_SMALL + 0.5;
  style.color = ink_soft;
  style.justify = FALSE;
  {
    g_autofree char *markup = g_strdup_printf ("<i>%s</i>", intro);
    add_text (self, &style, markup);
  }
}

static char *
applicant_display (SimrisReport *self)
{
  SimrisMember *applicant = simris_household_get_applicant (self->household);
  const char *name = applicant != NULL ? simris_member_get_name (applicant) : NULL;

  if (name != NULL && *name != '\0')
    return esc (name);
  return placeholder (T (N_("[name of the applicant]")));
}

static void
build_facts (SimrisReport *self)
{
  GListModel *members = G_LIST_MODEL (self->household);
  guint n = g_list_model_get_n_items (members);
  SimrisDate ref = simris_result_get_reference_date (self->result);
  g_autofree char *ref_text = simris_date_format (ref, self->lang);
  const char *application = decision_field (self, "application_date");
  g_autofree char *who = applicant_display (self);
  SimrisMember *applicant = simris_household_get_applicant (self->household);
  g_autofree char *born = NULL;
  g_autofree char *sentence = NULL;
  gboolean any_resource = FALSE;
  gboolean any_pending = FALSE;

  add_heading (self, 1, T (N_("Facts")));

  if (applicant != NULL)
    born = format_date_iso (simris_member_get_birth_date (applicant), self->lang);

  if (application != NULL)
    {
      g_autofree char *app_text = format_date_iso (application, self->lang);
      g_autofree char *e_born = esc (born);
      g_autofree char *e_app = esc (app_text);

      /* Translators: %1$s is the applicant's name, %2$s the birth date, %3$s the date of
       * the application. */
      sentence = markup_printf (T (N_("The applicant, %1$s, born on %2$s, applied for the integration income on %3$s.")),
                                  who, e_born, e_app);
    }
  else
    {
      g_autofree char *e_born = esc (born);

      /* Translators: %1$s is the applicant's name, %2$s the birth date. */
      sentence = markup_printf (T (N_("The applicant, %1$s, born on %2$s, applied for the integration income.")),
                                  who, e_born);
    }
  add_para (self, sentence);
  {
    g_autofree char *e_ref = esc (ref_text);
    g_autofree char *s = NULL;

    /* Translators: %s is the reference date. */
    s = markup_printf (T (N_("The situation is examined as it stands on %s (reference date); "
                               "the household is composed as follows.")),
                         e_ref);
    add_para (self, s);
  }

  /* Members. */
  {
    static const double cols[] = { 0.24, 0.18, 0.08, 0.14, 0.36 };
    g_autofree char *h0 = esc (T (N_("Member")));
    g_autofree char *h1 = esc (T (N_("Relation")));
    g_autofree char *h2 = esc (T (N_("Age")));
    g_autofree char *h3 = esc (T (N_("In the household")));
    g_autofree char *h4 = esc (T (N_("Remarks")));
    const char *head[] = { h0, h1, h2, h3, h4 };
    guint first;
    Table *t;

    add_heading (self, 2, T (N_("Members of the household")));
    t = add_table (self, 5, cols);
    first = self->pieces->len;
    add_row (self, t, ROW_HEADER, "llrcl", SIZE_TABLE, head);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
        g_autoptr (GPtrArray) remarks = g_ptr_array_new_with_free_func (g_free);
        SimrisDate birth;
        g_autofree char *c0 = esc (member_name (self, simris_member_get_id (m)));
        g_autofree char *c1 = esc (simris_relation_get_label (simris_member_get_relation (m), self->lang));
        g_autofree char *c2 = NULL;
        g_autofree char *c3 = NULL;
        g_autofree char *c4 = NULL;
        g_autofree char *joined = NULL;
        const char *row[5];
        gboolean lives = simris_member_get_lives_in_household (m)
                         || simris_member_get_relation (m) == SIMRIS_RELATION_APPLICANT;

        if (simris_date_parse (simris_member_get_birth_date (m), &birth))
          c2 = g_strdup_printf ("%d", simris_date_age_at (birth, ref));
        else
          c2 = g_strdup ("");
        c3 = esc (lives ? T (N_("yes")) : T (N_("no")));

        if (simris_member_get_married (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("married"))));
        if (simris_member_get_student (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("full-time student"))));
        if (simris_member_get_disabled (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("disabled"))));
        if (simris_member_get_pregnant (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("pregnant"))));
        if (simris_member_get_dependent_of (m) != NULL)
          /* Translators: a minor whose costs are borne by %s. */
          g_ptr_array_add (remarks, g_strdup_printf (T (N_("in the charge of %s")),
                                                     member_name (self, simris_member_get_dependent_of (m))));
        g_ptr_array_add (remarks, NULL);
        /* Translators: the separator between remarks in a list, e.g. "married, student". */
        joined = g_strjoinv (", ", (char **) remarks->pdata);
        c4 = esc (joined);

        row[0] = c0; row[1] = c1; row[2] = c2; row[3] = c3; row[4] = c4;
        add_row (self, t, ROW_BODY, "llrcl", SIZE_TABLE, row);
      }
    end_table (self, first);
  }

  /* Resources, as entered. */
  for (guint i = 0; i < n && !any_resource; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      any_resource = g_list_model_get_n_items (simris_member_get_resources (m)) > 0;
    }
  add_heading (self, 2, T (N_("Resources declared")));
  if (!any_resource)
    add_para_text (self, T (N_("No resource was declared for any member of the household.")));
  else
    {
      static const double cols[] = { 0.19, 0.27, 0.16, 0.12, 0.26 };
      g_autofree char *h0 = esc (T (N_("Member")));
      g_autofree char *h1 = esc (T (N_("Kind")));
      g_autofree char *h2 = esc (T (N_("Amount")));
      g_autofree char *h3 = esc (T (N_("Period")));
      g_autofree char *h4 = esc (T (N_("Details")));
      const char *head[] = { h0, h1, h2, h3, h4 };
      Table *t = add_table (self, 5, cols);
      guint first = self->pieces->len;

      add_row (self, t, ROW_HEADER, "llrll", SIZE_TABLE, head);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
          GListModel *resources = simris_member_get_resources (m);
          guint n_res = g_list_model_get_n_items (resources);

          for (guint j = 0; j < n_res; j++)
            {
              g_autoptr (SimrisResource) r = g_list_model_get_item (resources, j);
              g_autoptr (GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
              g_autofree char *c0 = esc (member_name (self, simris_member_get_id (m)));
              g_autofree char *c1 = esc (simris_resource_kind_get_label (simris_resource_get_kind (r), self->lang));
              g_autofree char *c2 = money (self, simris_resource_get_amount (r));
              g_autofree char *c3 = esc (simris_period_get_label (simris_resource_get_period (r), self->lang));
              g_autofree char *joined = NULL;
              g_autofree char *c4 = NULL;
              const char *row[5];
              const char *label = simris_resource_get_label (r);

              if (label != NULL && *label != '\0')
                g_ptr_array_add (details, g_strdup (label));
              if (simris_resource_get_spi_start (r) != NULL)
                {
                  g_autofree char *d = format_date_iso (simris_resource_get_spi_start (r), self->lang);
                  /* Translators: the date work began while on the integration income
                   * (socio-professional exemption). */
                  g_ptr_array_add (details, g_strdup_printf (T (N_("work begun on %s")), d));
                }
              if (simris_resource_get_count (r) >= 0)
                /* Translators: the number of ALE (PWA) cheques the amount pays. */
                g_ptr_array_add (details, g_strdup_printf (T (N_("%d cheques")), simris_resource_get_count (r)));
              if (simris_resource_get_allowance_children (r) >= 0)
                /* Translators: real estate: children for whom the owner receives family allowances. */
                g_ptr_array_add (details, g_strdup_printf (T (N_("family allowances for %d children")),
                                                           simris_resource_get_allowance_children (r)));
              g_ptr_array_add (details, NULL);
              joined = g_strjoinv (", ", (char **) details->pdata);
              c4 = esc (joined);

              {
                g_autofree char *e2 = esc (c2);
                row[0] = c0; row[1] = c1; row[2] = e2; row[3] = c3; row[4] = c4;
                add_row (self, t, ROW_BODY, "llrll", SIZE_TABLE, row);
              }
            }
        }
      end_table (self, first);
    }

  /* Benefits claimed but not yet paid. */
  for (guint i = 0; i < n && !any_pending; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      any_pending = g_list_model_get_n_items (simris_member_get_pending_benefits (m)) > 0;
    }
  if (any_pending)
    {
      static const double cols[] = { 0.22, 0.34, 0.26, 0.18 };
      g_autofree char *h0 = esc (T (N_("Member")));
      g_autofree char *h1 = esc (T (N_("Benefit")));
      g_autofree char *h2 = esc (T (N_("Paying body")));
      g_autofree char *h3 = esc (T (N_("Claimed on")));
      const char *head[] = { h0, h1, h2, h3 };
      guint first;
      Table *t;

      add_heading (self, 2, T (N_("Benefits claimed, not yet paid")));
      t = add_table (self, 4, cols);
      first = self->pieces->len;
      add_row (self, t, ROW_HEADER, "llll", SIZE_TABLE, head);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
          GListModel *pending = simris_member_get_pending_benefits (m);

          for (guint j = 0; j < g_list_model_get_n_items (pending); j++)
            {
              g_autoptr (SimrisPendingBenefit) b = g_list_model_get_item (pending, j);
              const char *body = simris_pending_benefit_get_paying_body (b);
              const char *since = simris_pending_benefit_get_since (b);
              g_autofree char *since_text = format_date_iso (since, self->lang);
              g_autofree char *c0 = esc (member_name (self, simris_member_get_id (m)));
              g_autofree char *c1 = esc (simris_resource_kind_get_label (simris_pending_benefit_get_kind (b), self->lang));
              g_autofree char *c2 = esc (body != NULL ? body : T (N_("not known yet")));
              g_autofree char *c3 = esc (since_text != NULL ? since_text : "");
              const char *row[] = { c0, c1, c2, c3 };

              add_row (self, t, ROW_BODY, "llll", SIZE_TABLE, row);
            }
        }
      end_table (self, first);
    }
}

static void
build_figures (SimrisReport *self)
{
  static const double cols[] = { 0.5, 0.5 };
  gboolean eligible = simris_result_get_eligible (self->result);
  g_autofree char *month = money (self, simris_result_get_amount_month (self->result));
  g_autofree char *year = money (self, simris_result_get_amount_year (self->result));
  g_autofree char *l_month = esc (T (N_("Monthly amount")));
  g_autofree char *l_year = esc (T (N_("Yearly amount")));
  g_autofree char *c0 = NULL;
  g_autofree char *c1 = NULL;
  const char *cells[2];
  Table *t = add_table (self, 2, cols);

  t->pad_x = 12.0;
  c0 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>\n"
                        "<span size=\"%d\" weight=\"bold\" foreground=\"%s\">%s</span>",
                        l_month, 21 * PANGO_SCALE, eligible ? "#1a3359" : "#6b1d0a", month);
  c1 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>\n"
                        "<span size=\"%d\" weight=\"bold\" foreground=\"%s\">%s</span>",
                        l_year, 15 * PANGO_SCALE, eligible ? "#1a3359" : "#6b1d0a", year);
  cells[0] = c0;
  cells[1] = c1;
  add_row (self, t, ROW_FIGURES, "lr", SIZE_BODY, cells);
}

static void
build_decision (SimrisReport *self)
{
  gboolean eligible = simris_result_get_eligible (self->result);
  SimrisCategory category = simris_result_get_category (self->result);
  g_autofree char *cat = esc (simris_category_get_label (category, self->lang));
  g_autofree char *who = applicant_display (self);
  const char *application = decision_field (self, "application_date");
  g_autofree char *app_text = application != NULL ? format_date_iso (application, self->lang) : NULL;
  g_autofree char *e_app = esc (app_text);
  GPtrArray *advance = simris_result_get_advance (self->result);
  SimrisCents split_applicant = 0, split_partner = 0;

  add_heading (self, 1, T (N_("Decision")));

  if (eligible)
    {
      g_autofree char *s = NULL;

      if (app_text != NULL)
        /* Translators: %1$s is the applicant's name, %2$s the category (e.g. "isolé"),
         * %3$s the date of the application. */
        s = markup_printf (T (N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                   "integration income at the rate of the category “%2$s”, from %3$s, "
                                   "the date of the application.")),
                             who, cat, e_app);
      else
        /* Translators: %1$s is the applicant's name, %2$s the category. */
        s = markup_printf (T (N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                   "integration income at the rate of the category “%2$s”, from the date "
                                   "of the application (to be completed).")),
                             who, cat);
      add_para (self, s);
    }
  else
    {
      const char * const *reasons = simris_result_get_ineligible_reasons (self->result);
      g_autofree char *s = NULL;

      /* Translators: %s is the applicant's name. */
      s = markup_printf (T (N_("The Special Committee for Social Services refuses the integration income "
                                 "to the applicant, %s, for the following reason(s):")),
                           who);
      add_para (self, s);
      for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
        {
          g_autofree char *text = simris_result_dup_reason_text (self->result, reasons[i]);
          add_bullet_text (self, text != NULL ? text : reasons[i], BOX_NONE);
        }
    }

  build_figures (self);

  /* Category, start date, split: a small table of label and value. */
  {
    static const double cols[] = { 0.26, 0.74 };
    Table *t = add_table (self, 2, cols);
    const char *reason = simris_result_get_category_reason (self->result);
    g_autofree char *l_cat = esc (T (N_("Category")));
    g_autofree char *e_reason = esc (reason);
    g_autofree char *v_cat = g_strdup_printf ("<b>%s</b>%s%s", cat, reason != NULL ? "\n" : "", e_reason);
    g_autofree char *l_start = esc (T (N_("Start date")));
    g_autofree char *v_start = NULL;
    const char *row[2];

    t->pad_x = 0;
    row[0] = l_cat;
    row[1] = v_cat;
    add_row (self, t, ROW_BODY, "ll", SIZE_BODY, row);

    /* A refusal has no start date. */
    if (eligible)
      {
        if (app_text != NULL)
          /* Translators: %s is the date of the application. */
          v_start = markup_printf (T (N_("%s (date of the application)")), e_app);
        else
          v_start = placeholder (T (N_("[date of the application]")));
        row[0] = l_start;
        row[1] = v_start;
        add_row (self, t, ROW_BODY, "ll", SIZE_BODY, row);
      }

    if (simris_result_get_split (self->result, &split_applicant, &split_partner))
      {
        g_autofree char *l_split = esc (T (N_("Split between the partners")));
        g_autofree char *a = money (self, split_applicant);
        g_autofree char *b = money (self, split_partner);
        g_autofree char *v = NULL;
        g_autofree char *e_v = NULL;

        /* Translators: %1$s and %2$s are monthly amounts, %3$d the applicant's share in
         * percent (art. 14 §1, 3° of the law: the famille-à-charge amount split). */
        v = g_strdup_printf (T (N_("%1$s a month to the applicant and %2$s a month to the partner "
                                   "(the applicant's share: %3$d %%).")),
                             a, b, simris_result_get_split_share (self->result));
        e_v = esc (v);
        row[0] = l_split;
        row[1] = e_v;
        add_row (self, t, ROW_BODY, "ll", SIZE_BODY, row);
      }
  }

  /* The advance on benefits claimed (docs/calculation.md §8; seed 000). */
  if (advance != NULL && advance->len > 0)
    {
      add_heading (self, 2, T (N_("Advance on the benefits claimed")));
      add_para_text (self, T (N_("The applicant has claimed the following benefits, which have not been paid yet:")));
      for (guint i = 0; i < advance->len; i++)
        {
          SimrisAdvanceBenefit *b = g_ptr_array_index (advance, i);
          const char *kind = simris_resource_kind_get_label (b->kind, self->lang);
          g_autofree char *s = NULL;

          if (b->paying_body != NULL)
            /* Translators: %1$s is a benefit (e.g. "unemployment benefit"), %2$s the paying
             * body (e.g. "CAPAC"), %3$s the member who claimed it. */
            s = g_strdup_printf (T (N_("%1$s, paid by %2$s (claimed by %3$s)")),
                                 kind, b->paying_body, member_name (self, b->member_id));
          else
            /* Translators: %1$s is a benefit, %2$s the member who claimed it. */
            s = g_strdup_printf (T (N_("%1$s, paying body not known yet (claimed by %2$s)")),
                                 kind, member_name (self, b->member_id));
          add_bullet_text (self, s, BOX_NONE);
        }
      add_para_text (self, T (N_("The integration income is paid as an advance on these benefits (art. 3, 6° "
                                 "and art. 24, §1, 2° of the law of 26 May 2002). The applicant signs an "
                                 "authorisation allowing the CPAS to recover the advance directly from the "
                                 "paying body, which pays the CPAS and pays the rest to the applicant.")));
      add_para_text (self, T (N_("The CPAS is subrogated by law in the applicant's rights. The recovery is "
                                 "limited to the period for which the advance was paid and to the amount "
                                 "that would have been counted as resources for that period. The CPAS helps "
                                 "the applicant with the claim and may file it on the applicant's behalf.")));
    }
}

/* The conditions' labels are rows of the law's table (simris-rules.c). */
static const char *
condition_label (SimrisReport *self,
                 const char   *code)
{
  const SimrisConditionRule *c = simris_rules_condition (code);

  return c != NULL ? T (c->report_label) : NULL;
}

static void
build_grounds (SimrisReport *self)
{
  const char * const *reasons = simris_result_get_ineligible_reasons (self->result);
  const char * const *assumed = simris_result_get_assumed_conditions (self->result);
  GPtrArray *options = simris_result_get_options_applied (self->result);
  GPtrArray *alternatives = simris_result_get_alternatives (self->result);
  GPtrArray *warnings = simris_result_get_warnings (self->result);
  const char *regime = simris_result_get_art34_regime (self->result);
  const char *regime_reason = simris_result_get_art34_regime_reason (self->result);

  add_heading (self, 1, T (N_("Grounds and legal basis")));

  add_para_text (self, T (N_("Legal basis: the law of 26 May 2002 on the right to social integration, in "
                             "particular art. 3 (conditions), 14 (categories and amounts), 16 (resources) "
                             "and 24 (recovery); the royal decree of 11 July 2002 laying down the general "
                             "regulation on the right to social integration, in particular art. 22 to 35 "
                             "(calculation of resources); the law of 29 July 1991 on the formal motivation "
                             "of administrative acts; the law of 11 April 1995 establishing the Charter of "
                             "the social insured.")));

  /* The conditions of art. 3. */
  {
    static const double cols[] = { 0.62, 0.38 };
    g_autofree char *h0 = esc (T (N_("Condition (art. 3 of the law)")));
    g_autofree char *h1 = esc (T (N_("Finding")));
    const char *head[] = { h0, h1 };
    guint first;
    Table *t;

    add_heading (self, 2, T (N_("Conditions of the right")));
    t = add_table (self, 2, cols);
    first = self->pieces->len;
    add_row (self, t, ROW_HEADER, "ll", SIZE_TABLE, head);
    for (guint i = 0; i < simris_rules_n_conditions (); i++)
      {
        const char *code = simris_rules_nth_condition (i)->code;
        g_autofree char *c0 = esc (condition_label (self, code));
        g_autofree char *c1 = NULL;
        const char *row[2];

        if (strv_contains (reasons, code))
          c1 = g_strdup_printf ("<b>%s</b>", T (N_("not met")));
        else if (strv_contains (assumed, code))
          c1 = placeholder (T (N_("assumed met, to be checked by the CPAS")));
        else if (g_strcmp0 (code, SIMRIS_REASON_RESOURCES) == 0)
          c1 = esc (T (N_("met (see the calculation)")));
        else
          c1 = esc (T (N_("met")));
        row[0] = c0;
        row[1] = c1;
        add_row (self, t, ROW_BODY, "ll", SIZE_TABLE, row);
      }
    end_table (self, first);
  }

  /* Category and resources: the figures the annex justifies (the category's reason is
   * given in the decision above). */
  {
    const char *cat = simris_category_get_label (simris_result_get_category (self->result), self->lang);
    g_autofree char *a = money (self, simris_result_get_category_amount_year (self->result));
    g_autofree char *r = money (self, simris_result_get_resources_counted_year (self->result));
    g_autofree char *e = money (self, simris_result_get_exemptions_year (self->result));
    g_autofree char *s = NULL;

    add_heading (self, 2, T (N_("Category and resources")));
    /* Translators: %1$s is the category, %2$s its yearly amount, %3$s the yearly resources
     * counted, %4$s the general exemption applied. */
    s = g_strdup_printf (T (N_("The yearly amount of the category “%1$s” (art. 14, §1 of the law) is %2$s. "
                               "The resources counted amount to %3$s a year and the general exemption "
                               "(art. 22, §2 of the royal decree) to %4$s. The calculation, with the legal "
                               "basis of each step, is set out in the annex.")),
                         cat, a, r, e);
    add_para_text (self, s);
  }

  /* Art. 34: the resources of the people one lives with. */
  if (regime != NULL)
    {
      g_autofree char *s = NULL;
      const SimrisArt34RegimeInfo *info =
        simris_parameters_get_art34_regime (simris_parameters_get_default (), regime, 0);
      g_autofree char *act = info != NULL && info->act_date != 0 ? simris_date_format (info->act_date, self->lang) : NULL;
      g_autofree char *name = act != NULL
        /* Translators: the name of the rules of art. 34 ("2026"), then the date of the royal
         * decree that worded them */
        ? g_strdup_printf (T (N_("the rules of %s (royal decree of %s)")), regime, act)
        /* Translators: the name of the rules of art. 34, e.g. "2026" */
        : g_strdup_printf (T (N_("the rules of %s")), regime);

      add_heading (self, 2, T (N_("Resources of the people living with the applicant")));
      /* Translators: %1$s names the rules of art. 34 applied, %2$s says why. */
      s = g_strdup_printf (T (N_("Art. 34 of the royal decree is applied according to %1$s. %2$s")),
                           name, regime_reason != NULL ? regime_reason : "");
      add_para_text (self, s);
    }

  /* The CPAS's options and the other readings. */
  if (options != NULL && (options->len > 1
                          || (options->len == 1
                              && (regime == NULL
                                  || g_strcmp0 (((SimrisWarning *) g_ptr_array_index (options, 0))->code,
                                                SIMRIS_OPTION_ART34_REGIME) != 0))))
    {
      add_heading (self, 2, T (N_("Choices left to the CPAS, as applied")));
      for (guint i = 0; i < options->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (options, i);

          /* Said in the paragraph above. */
          if (regime != NULL && g_strcmp0 (w->code, SIMRIS_OPTION_ART34_REGIME) == 0)
            continue;
          add_bullet_text (self, w->text != NULL ? w->text : w->code, BOX_NONE);
        }
    }
  /* The other readings: what each would give, beside each other (docs/calculation.md §5:
   * volunteers argue from exactly that figure). */
  if (alternatives != NULL && alternatives->len > 0)
    {
      static const double cols[] = { 0.58, 0.21, 0.21 };
      g_autofree char *h0 = esc (T (N_("Other reading")));
      g_autofree char *h1 = esc (T (N_("Per month")));
      g_autofree char *h2 = esc (T (N_("Per year")));
      const char *head[] = { h0, h1, h2 };
      guint first;
      Table *t;

      add_heading (self, 2, T (N_("Amount under the other readings")));
      t = add_table (self, 3, cols);
      first = self->pieces->len;
      add_row (self, t, ROW_HEADER, "lrr", SIZE_TABLE, head);
      for (guint i = 0; i < alternatives->len; i++)
        {
          SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
          g_autofree char *m = money (self, alt->amount_month);
          g_autofree char *y = money (self, alt->amount_year);
          g_autofree char *c0 = esc (alt->text != NULL ? alt->text : alt->option);
          g_autofree char *e_m = esc (m);
          g_autofree char *c1 = g_strdup_printf ("<b>%s</b>", e_m);
          g_autofree char *c2 = esc (y);
          const char *row[] = { c0, c1, c2 };

          add_row (self, t, ROW_BODY, "lrr", SIZE_TABLE, row);
        }
      end_table (self, first);
    }

  /* Points of attention, in a box. The conditions assumed met and what is not modelled
   * have their own lists below: they are not repeated here. */
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (w->code, SIMRIS_WARNING_ASSUMED_CONDITION) == 0 && assumed != NULL && assumed[0] != NULL)
        continue;
      if (g_strcmp0 (w->code, SIMRIS_WARNING_NOT_MODELLED) == 0)
        continue;
      g_ptr_array_add (shown, w);
    }
  if (shown->len > 0)
    {
      TextStyle style = *style_body ();
      guint first;
      g_autofree char *title = esc (T (N_("Points of attention")));
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", title);

      add_space (self, 4.0);
      first = self->pieces->len;
      style.box = BOX_WARNING;
      style.justify = FALSE;
      style.keep_with_next = TRUE;
      add_text (self, &style, markup);
      for (guint i = 0; i < shown->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (shown, i);
          add_bullet_text (self, w->text != NULL ? w->text : w->code, BOX_WARNING);
        }
      close_box (self, first);
    }

  /* Conditions assumed met. */
  if (assumed != NULL && assumed[0] != NULL)
    {
      add_heading (self, 2, T (N_("Conditions assumed met, to be checked by the CPAS")));
      for (guint i = 0; assumed[i] != NULL; i++)
        {
          const char *label = condition_label (self, assumed[i]);
          add_bullet_text (self, label != NULL ? label : assumed[i], BOX_NONE);
        }
    }
}

static void
build_obligations (SimrisReport *self)
{
  add_heading (self, 1, T (N_("Your obligations")));
  add_bullet_text (self, T (N_("Report to the CPAS, without delay, every change in your resources or in your "
                               "situation (household, address, work, income).")), BOX_NONE);
  add_bullet_text (self, T (N_("Tell the CPAS beforehand of any stay abroad of a week or more.")), BOX_NONE);
  add_bullet_text (self, T (N_("Claim the other benefits you may be entitled to, in Belgium or abroad "
                               "(unemployment, sickness, disability, pension, allowances).")), BOX_NONE);
  add_bullet_text (self, T (N_("An individualised project for social integration (PIIS) is drawn up with you "
                               "within 3 months of the grant, unless you are exempted from it for health or "
                               "equity reasons.")), BOX_NONE);

  add_heading (self, 1, T (N_("Right to be heard")));
  add_para_text (self, T (N_("You have the right to be heard by the Special Committee for Social Services "
                             "before it decides on your request, and you may be assisted or represented by a "
                             "person of your choice (art. 20 of the law of 26 May 2002). Ask the social "
                             "worker in writing.")));
  add_para_text (self, T (N_("The CPAS decides within 30 days of the request and notifies its decision within "
                             "8 days, by registered letter or against receipt (art. 21 of the law of 26 May "
                             "2002).")));
}

static void
build_appeal (SimrisReport *self)
{
  const char *tribunal = decision_field (self, "tribunal_address");
  g_autofree char *where = NULL;
  g_autofree char *s = NULL;

  add_heading (self, 1, T (N_("Appeal")));
  if (tribunal != NULL)
    {
      g_autofree char *flat = g_strdup (tribunal);

      g_strdelimit (flat, "\n", ',');
      where = esc (flat);
    }
  else
    where = placeholder (T (N_("[address of the labour court of the district]")));

  /* Translators: %s is the address of the labour court (fr "tribunal du travail",
   * nl "arbeidsrechtbank"). */
  s = markup_printf (T (N_("You may appeal against this decision to the labour court: %s. The appeal must "
                             "be lodged within 3 months of the notification of this decision, by a request "
                             "filed at or sent by registered letter to the registry of the labour court "
                             "(art. 47 of the law of 26 May 2002).")),
                       where);
  add_para (self, s);
  add_para_text (self, T (N_("The appeal is free of charge (art. 728 and 1017 of the Judicial Code): you may "
                             "appear in person or be assisted or represented by a lawyer or by a delegate "
                             "of a representative workers' organisation. The appeal does not suspend this "
                             "decision.")));
  add_para_text (self, T (N_("If this decision does not contain all the mentions required by law, the appeal "
                             "period does not start to run (art. 14 of the law of 11 April 1995 establishing "
                             "the Charter of the social insured).")));
}

static void
build_not_modelled (SimrisReport *self)
{
  static const char * const fixed[] = {
    N_("alternating custody of a child (the Court of cassation, 27 June 2022, grants the category with a "
       "family in charge full time; some CPAS alternate months);"),
    N_("a homeless person with an individualised project for social integration (isolated rate);"),
    N_("land, rented-out property, part ownership, usufruct and transfers of goods in the last 10 years "
       "(art. 28 to 32 of the royal decree): the social worker enters the counted amount as another resource;"),
    N_("benefits in kind (art. 33 of the royal decree);"),
    N_("the higher socio-professional exemption for a shortage occupation;"),
    N_("the yearly exemption of artistic income;"),
    N_("the 3 years of the socio-professional exemption counted as 3 years of work within 6 years: the start "
       "date entered is taken as given;"),
    N_("a couple where both partners apply as cohabitants, and several applicants with the same parents "
       "(each is computed as a separate case)."),
  };
  const char * const *case_specific = simris_result_get_not_modelled (self->result);
  GPtrArray *warnings = simris_result_get_warnings (self->result);
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  /* What this case touches: the engine's notes and its detailed warnings. */
  for (guint i = 0; case_specific != NULL && case_specific[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) case_specific[i]);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (w->code, SIMRIS_WARNING_NOT_MODELLED) == 0 && w->text != NULL)
        g_ptr_array_add (items, w->text);
    }

  add_heading (self, 1, T (N_("What SimRIS does not model")));
  if (items->len > 0)
    {
      guint first;

      add_para_text (self, T (N_("In this case, the social worker must check by hand:")));
      first = self->pieces->len;
      for (guint i = 0; i < items->len; i++)
        add_bullet_text (self, g_ptr_array_index (items, i), BOX_NOTE);
      close_box (self, first);
    }
  add_para_text (self, T (N_("In general, SimRIS does not model:")));
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    add_bullet_text (self, T (fixed[i]), BOX_NONE);
}

static void
build_signatures (SimrisReport *self)
{
  static const double cols[] = { 0.5, 0.5 };
  g_autofree char *place = esc (T (N_("Done at ………………………, on ………………………")));
  g_autofree char *a = esc (T (N_("The general director")));
  g_autofree char *b = esc (T (N_("The chair")));
  g_autofree char *c0 = g_strdup_printf ("%s\n\n\n\n………………………………", a);
  g_autofree char *c1 = g_strdup_printf ("%s\n\n\n\n………………………………", b);
  const char *row[2];
  Table *t;

  /* The signatures never stand alone on a page: the last paragraph comes along. */
  {
    Piece *before = g_ptr_array_index (self->pieces, self->pieces->len - 1);
    before->keep_with_next = TRUE;
  }
  {
    TextStyle style = *style_body ();

    style.space_before = 14.0;
    style.keep_with_next = TRUE;
    add_text (self, &style, place);
  }
  t = add_table (self, 2, cols);
  t->pad_x = 0;
  row[0] = c0;
  row[1] = c1;
  add_row (self, t, ROW_PLAIN, "lr", SIZE_BODY, row);
}

/* The totals, so that the sum can be checked with a pencil: A − R + E = yearly amount,
 * yearly / 12 = monthly (docs/calculation.md §0). Kept together on one page. */
static void
build_annex_summary (SimrisReport *self)
{
  SimrisCents a = simris_result_get_category_amount_year (self->result);
  SimrisCents r = simris_result_get_resources_counted_year (self->result);
  SimrisCents e = simris_result_get_exemptions_year (self->result);
  SimrisCents computed = MAX (0, a - r + e);
  SimrisCents year = simris_result_get_amount_year (self->result);
  SimrisCents month = simris_result_get_amount_month (self->result);

  {
    static const double cols[] = { 0.70, 0.06, 0.24 };
    const char *cat = simris_category_get_label (simris_result_get_category (self->result), self->lang);
    g_autofree char *l_a = NULL;
    g_autofree char *l_r = esc (T (N_("Resources counted")));
    g_autofree char *l_e = esc (T (N_("General exemption (art. 22, §2 of the royal decree)")));
    g_autofree char *l_y = esc (T (N_("Yearly integration income (not below zero)")));
    g_autofree char *l_m = esc (T (N_("Monthly integration income: the yearly amount ÷ 12, rounded to the cent")));
    g_autofree char *m_a = money (self, a);
    g_autofree char *m_r = money (self, r);
    g_autofree char *m_e = money (self, e);
    g_autofree char *m_c = money (self, computed);
    g_autofree char *m_y = money (self, year);
    g_autofree char *m_m = money (self, month);
    const char *row[3];
    Piece *last;
    Table *t;

    {
      g_autofree char *raw = NULL;
      /* Translators: %s is the category (e.g. "cohabitant"). */
      raw = g_strdup_printf (T (N_("Yearly amount of the category “%s” (art. 14, §1 of the law)")), cat);
      l_a = esc (raw);
    }

    add_heading (self, 2, T (N_("Summary")));
    t = add_table (self, 3, cols);

    /* The block is kept whole: each row stays with the next. */
    row[0] = l_a; row[1] = ""; row[2] = m_a;
    add_row (self, t, ROW_BODY, "lcr", SIZE_BODY, row)->keep_with_next = TRUE;
    row[0] = l_r; row[1] = "\u2212"; row[2] = m_r;
    add_row (self, t, ROW_BODY, "lcr", SIZE_BODY, row)->keep_with_next = TRUE;
    row[0] = l_e; row[1] = "+"; row[2] = m_e;
    add_row (self, t, ROW_BODY, "lcr", SIZE_BODY, row)->keep_with_next = TRUE;
    row[0] = l_y; row[1] = "="; row[2] = m_c;
    add_row (self, t, ROW_TOTAL, "lcr", SIZE_BODY, row)->keep_with_next = TRUE;
    if (year != computed)
      {
        g_autofree char *l_due = esc (T (N_("Yearly integration income due (a condition of the right is not met)")));
        row[0] = l_due; row[1] = "="; row[2] = m_y;
        add_row (self, t, ROW_TOTAL, "lcr", SIZE_BODY, row)->keep_with_next = TRUE;
      }
    row[0] = l_m; row[1] = "="; row[2] = m_m;
    last = add_row (self, t, ROW_TOTAL, "lcr", SIZE_BODY, row);
    last->keep_with_next = FALSE;
  }
}

/* The explanation trace, one row a step; a row never splits, the header row is repeated
 * on every page the table runs on. */
static void
build_annex_steps (SimrisReport *self)
{
  GPtrArray *steps = simris_result_get_steps (self->result);

  add_heading (self, 2, T (N_("Steps of the calculation")));
  add_para_text (self, T (N_("Each step of the calculation, in order, with its legal basis. Amounts are yearly "
                             "unless stated otherwise; + adds to the total of its kind, − deducts from it.")));

  if (steps != NULL && steps->len > 0)
    {
      static const double cols[] = { 0.52, 0.28, 0.20 };
      g_autofree char *h0 = esc (T (N_("Step")));
      g_autofree char *h1 = esc (T (N_("Legal basis")));
      g_autofree char *h2 = esc (T (N_("Amount")));
      const char *head[] = { h0, h1, h2 };
      Table *t = add_table (self, 3, cols);
      guint first = self->pieces->len;

      add_row (self, t, ROW_HEADER, "llr", SIZE_TABLE, head);
      for (guint i = 0; i < steps->len; i++)
        {
          SimrisStep *step = g_ptr_array_index (steps, i);
          gboolean strong = step->kind == SIMRIS_STEP_TOTAL || step->kind == SIMRIS_STEP_AMOUNT;
          g_autofree char *text = esc (step->text);
          g_autofree char *rule = esc (step->rule);
          g_autofree char *c0 = strong ? g_strdup_printf ("<b>%s</b>", text) : g_strdup (text);
          g_autofree char *c1 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>", rule);
          g_autofree char *c2 = NULL;
          const char *row[3];

          if (step->has_amount)
            {
              g_autofree char *m = signed_money (self, step->amount, step->amount_sign);
              g_autofree char *e_m = esc (m);

              if (step->amount_sign == 0 && !strong)
                c2 = g_strdup_printf ("<span foreground=\"#6a6d77\">%s</span>", e_m);
              else if (strong)
                c2 = g_strdup_printf ("<b>%s</b>", e_m);
              else
                c2 = g_steal_pointer (&e_m);
            }
          row[0] = c0;
          row[1] = c1;
          row[2] = c2;
          add_row (self, t, ROW_BODY, "llr", SIZE_TABLE, row);
        }
      end_table (self, first);
    }
}

static void
build_annex (SimrisReport *self)
{
  add_page_break (self);
  add_heading (self, 1, T (N_("Annex: calculation")));
  build_annex_summary (self);
  build_annex_steps (self);
}

static void
build_document (SimrisReport *self)
{
  g_ptr_array_set_size (self->pieces, 0);
  g_ptr_array_set_size (self->tables, 0);
  g_hash_table_remove_all (self->names);
  compute_names (self);

  build_letterhead (self);
  build_title (self);
  build_facts (self);
  build_decision (self);
  build_grounds (self);
  build_obligations (self);
  build_appeal (self);
  build_signatures (self);
  /* For the social worker: the calculation and the limits of the simulation. */
  build_annex (self);
  build_not_modelled (self);
}

/* ---- pagination ------------------------------------------------------------------------- */

static double
body_bottom (SimrisReport *self)
{
  return self->height - BODY_BOTTOM_GAP;
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
needed_height (SimrisReport *self,
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
  if (need > body_bottom (self) - BODY_TOP)
    return first;
  return need;
}

typedef struct
{
  SimrisReport *self;
  GArray       *page;
  double        y;
  double        last_space_after;
} Cursor;

static void
cursor_new_page (Cursor *c)
{
  c->page = g_array_new (FALSE, TRUE, sizeof (Placed));
  g_ptr_array_add (c->self->pages, c->page);
  c->y = BODY_TOP;
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

static void
paginate (SimrisReport *self)
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
            gboolean repeat_header;
            double need = needed_height (self, i);

            if (c.y + gap + need > bottom && !cursor_page_empty (&c))
              {
                cursor_new_page (&c);
                gap = 0;
              }
            repeat_header = p->table->header != NULL && p->table->header != p
                            && !page_has_table (c.page, p->table);
            if (repeat_header)
              {
                c.y += gap;
                cursor_place (&c, p->table->header, 0, 0, p->table->header->height);
                gap = 0;
              }
            c.y += gap;
            cursor_place (&c, p, 0, 0, p->height);
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
                        && BODY_TOP + lines_height (p, p->n_lines - 2, p->n_lines) + after <= bottom)
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
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
draw_text (SimrisReport *self,
           cairo_t      *cr,
           Placed       *pl)
{
  Piece *p = pl->piece;
  double x = MARGIN_X + p->indent;
  double y = pl->y;

  if (p->box != BOX_NONE)
    {
      const Rgb *bg = p->box == BOX_WARNING ? &warn_bg : &note_bg;
      const Rgb *bar = p->box == BOX_WARNING ? &warn_bar : &note_bar;
      double bx = MARGIN_X;
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
draw_row (SimrisReport *self,
          cairo_t      *cr,
          Placed       *pl)
{
  Piece *p = pl->piece;
  Table *t = p->table;
  double x0 = MARGIN_X;
  double w = text_width (self);
  double pad_y = p->style == ROW_FIGURES ? 8.0 : t->pad_y;

  switch (p->style)
    {
    case ROW_HEADER:
      set_rgb (cr, &head_bg);
      cairo_rectangle (cr, x0, pl->y, w, pl->h);
      cairo_fill (cr);
      set_rgb (cr, &ink_soft);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x0, pl->y + pl->h);
      cairo_line_to (cr, x0 + w, pl->y + pl->h);
      cairo_stroke (cr);
      break;

    case ROW_BODY:
      set_rgb (cr, &rule_light);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, x0, pl->y + pl->h);
      cairo_line_to (cr, x0 + w, pl->y + pl->h);
      cairo_stroke (cr);
      break;

    case ROW_TOTAL:
      set_rgb (cr, &total_bg);
      cairo_rectangle (cr, x0, pl->y, w, pl->h);
      cairo_fill (cr);
      set_rgb (cr, &ink_soft);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x0, pl->y);
      cairo_line_to (cr, x0 + w, pl->y);
      cairo_stroke (cr);
      break;

    case ROW_FIGURES:
      set_rgb (cr, &figures_bg);
      cairo_rectangle (cr, x0, pl->y, w, pl->h);
      cairo_fill (cr);
      set_rgb (cr, &ink_head);
      cairo_rectangle (cr, x0, pl->y, 3.0, pl->h);
      cairo_fill (cr);
      break;

    case ROW_PLAIN:
    default:
      break;
    }

  set_rgb (cr, &ink);
  for (guint i = 0; i < t->n_cols; i++)
    {
      cairo_move_to (cr, x0 + t->x[i] + t->pad_x, pl->y + pad_y);
      pango_cairo_show_layout (cr, p->cells[i]);
    }
}

static PangoLayout *
page_layout (SimrisReport *self,
             const char   *text,
             double        size,
             gboolean      bold,
             double        width,
             PangoAlignment align)
{
  g_autofree char *markup = esc (text);

  return make_layout (self, markup, size, bold, width, align, FALSE, 0);
}

/* The draft mark on every page: a band at the top (text, so that it can be read and
 * searched) and a light diagonal across the page (drawn as a path, so that it stays out
 * of the text a reader or a screen reader extracts). */
static void
draw_draft_marks (SimrisReport *self,
                  cairo_t      *cr)
{
  const char *mark = T (N_("Draft — simulation, not a decision"));
  const char *reference = decision_field (self, "case_reference");
  double w = text_width (self);
  g_autoptr (PangoLayout) band = NULL;
  g_autoptr (PangoLayout) diagonal = NULL;
  PangoRectangle ink_rect, logical;
  double angle, scale, diag;

  /* The diagonal. */
  diagonal = page_layout (self, mark, 40.0, TRUE, -1, PANGO_ALIGN_LEFT);
  pango_layout_set_width (diagonal, -1);
  pango_layout_get_extents (diagonal, &ink_rect, &logical);
  diag = sqrt (self->width * self->width + self->height * self->height);
  scale = MIN (2.0, 0.72 * diag / ((double) logical.width / PANGO_SCALE));
  angle = -atan2 (self->height, self->width);
  cairo_save (cr);
  cairo_translate (cr, self->width / 2, self->height / 2);
  cairo_rotate (cr, angle);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, -(double) logical.width / PANGO_SCALE / 2, -(double) logical.height / PANGO_SCALE / 2);
  pango_cairo_layout_path (cr, diagonal);
  cairo_set_source_rgba (cr, draft_ink.r, draft_ink.g, draft_ink.b, 0.075);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The band. */
  set_rgb (cr, &draft_bg);
  cairo_rectangle (cr, MARGIN_X, BAND_TOP, w, BAND_HEIGHT);
  cairo_fill (cr);
  set_rgb (cr, &draft_ink);
  cairo_rectangle (cr, MARGIN_X, BAND_TOP, 3.0, BAND_HEIGHT);
  cairo_fill (cr);

  band = page_layout (self, mark, SIZE_SMALL + 0.5, TRUE, w - 20.0, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (band, NULL, &logical);
  set_rgb (cr, &draft_ink);
  cairo_move_to (cr, MARGIN_X + 10.0, BAND_TOP + (BAND_HEIGHT - (double) logical.height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, band);

  if (reference != NULL)
    {
      g_autoptr (PangoLayout) ref = NULL;
      g_autofree char *text = NULL;

      /* Translators: the file reference in the page header band. */
      text = g_strdup_printf (T (N_("File %s")), reference);
      ref = page_layout (self, text, SIZE_SMALL, FALSE, w / 2 - 10.0, PANGO_ALIGN_RIGHT);
      pango_layout_get_extents (ref, NULL, &logical);
      cairo_move_to (cr, MARGIN_X + w / 2, BAND_TOP + (BAND_HEIGHT - (double) logical.height / PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, ref);
    }
}

static void
draw_footer (SimrisReport *self,
             cairo_t      *cr,
             int           page)
{
  double w = text_width (self);
  double y = self->height - FOOTER_GAP;
  g_autofree char *params = simris_date_format (simris_result_get_parameters_date (self->result), self->lang);
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autoptr (PangoLayout) l = NULL;
  g_autoptr (PangoLayout) r = NULL;

  if (simris_result_has_warning (self->result, SIMRIS_WARNING_DERIVED_AMOUNTS))
    /* Translators: the rule version line in the footer: %1$s is the date the amounts are in
     * force from, %2$s the SimRIS version. */
    left = g_strdup_printf (T (N_("Amounts in force since %1$s, computed by SimRIS (to be checked) · SimRIS %2$s")),
                            params, PACKAGE_VERSION);
  else
    /* Translators: the rule version line in the footer: %1$s is the date the amounts are in
     * force from, %2$s the SimRIS version. */
    left = g_strdup_printf (T (N_("Amounts in force since %1$s, as published · SimRIS %2$s")),
                            params, PACKAGE_VERSION);
  /* Translators: the page number in the footer: page 2 of 3. */
  right = g_strdup_printf (T (N_("page %d / %d")), page + 1, (int) self->pages->len);

  set_rgb (cr, &rule_light);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_X, y - 5.0);
  cairo_line_to (cr, MARGIN_X + w, y - 5.0);
  cairo_stroke (cr);

  l = page_layout (self, left, SIZE_SMALL - 0.6, FALSE, w * 0.78, PANGO_ALIGN_LEFT);
  r = page_layout (self, right, SIZE_SMALL, FALSE, w * 0.2, PANGO_ALIGN_RIGHT);
  set_rgb (cr, &ink_soft);
  cairo_move_to (cr, MARGIN_X, y);
  pango_cairo_show_layout (cr, l);
  cairo_move_to (cr, MARGIN_X + w * 0.8, y);
  pango_cairo_show_layout (cr, r);
}

/* ---- GObject ------------------------------------------------------------------------------ */

static void
simris_report_finalize (GObject *object)
{
  SimrisReport *self = (SimrisReport *) object;

  g_clear_object (&self->household);
  g_clear_object (&self->result);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  if (self->outline != NULL)
    {
      for (guint i = 0; i < self->outline->len; i++)
        g_free (g_array_index (self->outline, OutlineEntry, i).title);
      g_clear_pointer (&self->outline, g_array_unref);
    }
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (simris_report_parent_class)->finalize (object);
}

static void
simris_report_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SimrisReport *self = SIMRIS_REPORT (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD:
      g_value_set_object (value, self->household);
      break;
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_report_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SimrisReport *self = SIMRIS_REPORT (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD:
      self->household = g_value_dup_object (value);
      break;
    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;
    case PROP_LANG:
      self->lang = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_report_class_init (SimrisReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_report_finalize;
  object_class->get_property = simris_report_get_property;
  object_class->set_property = simris_report_set_property;

  properties[PROP_HOUSEHOLD] =
    g_param_spec_object ("household", NULL, NULL, SIMRIS_TYPE_HOUSEHOLD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, SIMRIS_TYPE_RESULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANG] =
    g_param_spec_string ("lang", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
simris_report_init (SimrisReport *self)
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
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- public API ---------------------------------------------------------------------------- */

SimrisReport *
simris_report_new (SimrisHousehold *household,
                   SimrisResult    *result,
                   const char      *lang)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);
  g_return_val_if_fail (SIMRIS_IS_RESULT (result), NULL);

  return g_object_new (SIMRIS_TYPE_REPORT,
                       "household", household,
                       "result", result,
                       "lang", lang != NULL ? lang : simris_result_get_lang (result),
                       NULL);
}

int
simris_report_paginate (SimrisReport *self,
                        double        width,
                        double        height)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), 0);
  g_return_val_if_fail (width > 2 * MARGIN_X + 100 && height > BODY_TOP + BODY_BOTTOM_GAP + 100, 0);

  if (self->pieces->len == 0 || width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      build_document (self);
      paginate (self);
    }
  return (int) self->pages->len;
}

int
simris_report_get_n_pages (SimrisReport *self)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), 0);

  if (self->pages->len == 0)
    simris_report_paginate (self, A4_WIDTH, A4_HEIGHT);
  return (int) self->pages->len;
}

void
simris_report_draw_page (SimrisReport *self,
                         cairo_t      *cr,
                         int           page)
{
  GArray *placed;

  g_return_if_fail (SIMRIS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);

  if (self->pages->len == 0)
    simris_report_paginate (self, A4_WIDTH, A4_HEIGHT);
  g_return_if_fail (page >= 0 && page < (int) self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  draw_draft_marks (self, cr);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *pl = &g_array_index (placed, Placed, i);

      if (pl->piece->kind == PIECE_TEXT)
        draw_text (self, cr, pl);
      else if (pl->piece->kind == PIECE_ROW)
        draw_row (self, cr, pl);
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

char *
simris_report_dup_title (SimrisReport *self)
{
  SimrisMember *applicant;
  const char *name;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), NULL);

  applicant = simris_household_get_applicant (self->household);
  name = applicant != NULL ? simris_member_get_name (applicant) : NULL;
  if (name != NULL && *name != '\0')
    /* Translators: the PDF's title; %s is the applicant's name. */
    return g_strdup_printf (T (N_("Draft decision on the integration income: %s")), name);
  return g_strdup (T (N_("Draft decision on the integration income")));
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *wc = closure;

  if (wc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (wc->stream, data, length, NULL, wc->cancellable, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static char *
creation_date (void)
{
  g_autoptr (GDateTime) now = NULL;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  /* Reproducible builds' convention: a fixed date makes the PDF byte for byte stable. */
  if (epoch != NULL && g_ascii_isdigit (*epoch))
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

gboolean
simris_report_write_pdf_to_stream (SimrisReport  *self,
                                   GOutputStream *stream,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  WriteClosure wc = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int n_pages;
  int ids[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                 CAIRO_PDF_OUTLINE_ROOT };
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *creator = NULL;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_pages = simris_report_paginate (self, A4_WIDTH, A4_HEIGHT);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &wc, A4_WIDTH, A4_HEIGHT);
  title = simris_report_dup_title (self);
  date = creation_date ();
  creator = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "SimRIS");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  T (N_("Integration income: reasoned decision draft (simulation)")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  T (N_("integration income, CPAS, draft decision")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  for (int page = 0; page < n_pages; page++)
    {
      g_autofree char *label = g_strdup_printf ("%d", page + 1);

      cairo_pdf_surface_set_page_label (surface, label);
      simris_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  /* The outline: a bookmark for each heading. */
  for (guint i = 0; i < self->outline->len; i++)
    {
      OutlineEntry *e = &g_array_index (self->outline, OutlineEntry, i);
      int level = CLAMP (e->level, 1, 3);
      g_autofree char *link = g_strdup_printf ("page=%d pos=[%d %d]", e->page, (int) MARGIN_X, (int) e->y);

      ids[level] = cairo_pdf_surface_add_outline (surface, ids[level - 1], e->title, link,
                                                  level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN
                                                             : (cairo_pdf_outline_flags_t) 0);
      for (int l = level + 1; l < 4; l++)
        ids[l] = ids[level];
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (wc.error != NULL)
    {
      g_propagate_error (error, wc.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not lay out the decision draft: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
simris_report_write_pdf (SimrisReport *self,
                         const char   *filename,
                         GError      **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Written beside and moved into place on close: a failed export never leaves half a PDF
   * over an older one. */
  file = g_file_new_for_path (filename);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    goto fail;

  if (!simris_report_write_pdf_to_stream (self, G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_autoptr (GCancellable) abandon = g_cancellable_new ();

      /* Closing with a cancelled cancellable leaves the destination untouched. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      goto fail;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    goto fail;
  return TRUE;

fail:
  g_set_error (error, G_IO_ERROR,
               local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
               /* Translators: %1$s is a file name, %2$s the reason. */
               _("Could not write the PDF “%1$s”: %2$s"), filename, local_error->message);
  return FALSE;
}
