/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisSweepChart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-sweep-chart.h"

/* The earnings chart (docs/case-format.md, sweep): a picture of the figures the engine computed
 * for each point; no rule of law here. */

typedef struct
{
  SimrisSweep                   *sweep;
  const SimrisSweepChartColours *colours;
  const PangoFontDescription    *font;
  const char                    *lang;
  int                            cursor;
  SimrisCents                    y_max;
} Chart;

static PangoLayout *
new_layout (Chart      *self,
            cairo_t    *cr,
            const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  if (self->font != NULL)
    pango_layout_set_font_description (layout, self->font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

#define MARGIN_LEFT 64.0
#define MARGIN_RIGHT 28.0
#define MARGIN_TOP 40.0
#define MARGIN_BOTTOM 36.0


static double
x_of (Chart       *self,
      SimrisCents          earnings,
      double               width)
{
  guint n = simris_sweep_get_n_points (self->sweep);
  SimrisCents from = simris_sweep_get_point (self->sweep, 0)->earnings;
  SimrisCents to = simris_sweep_get_point (self->sweep, n - 1)->earnings;
  double plot = width - MARGIN_LEFT - MARGIN_RIGHT;

  if (to <= from)
    return MARGIN_LEFT;
  return MARGIN_LEFT + plot * (double) (earnings - from) / (double) (to - from);
}

static double
y_of (Chart       *self,
      SimrisCents          amount,
      double               height)
{
  double plot = height - MARGIN_TOP - MARGIN_BOTTOM;

  return MARGIN_TOP + plot * (1.0 - (double) amount / (double) self->y_max);
}

/* A step of 1, 2 or 5 × 10ⁿ euros giving about five lines. */
static SimrisCents
grid_step (SimrisCents range)
{
  SimrisCents step = 100;   /* 1 € */

  for (;;)
    {
      if (range / step <= 6)
        return step;
      if (range / (step * 2) <= 6)
        return step * 2;
      if (range / (step * 5) <= 6)
        return step * 5;
      step *= 10;
    }
}

static void
show_text (Chart      *self,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align_x,
           double      align_y,
           gboolean    small)
{
  PangoLayout *layout = new_layout (self, cr, text);
  int w, h;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - align_x * w, y - align_y * h);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
set_colour (cairo_t      *cr,
            const double *c)
{
  cairo_set_source_rgba (cr, c[0], c[1], c[2], c[3]);
}

typedef enum
{
  LINE_RIS,
  LINE_EARNINGS,
  LINE_TOTAL,
} Line;

static SimrisCents
value_of (const SimrisSweepPoint *p,
          Line                    line)
{
  return line == LINE_RIS ? p->ris_month : line == LINE_EARNINGS ? p->earnings : p->total_month;
}

static void
draw_line (Chart       *self,
           cairo_t             *cr,
           Line                 line,
           double               width,
           double               height)
{
  guint n = simris_sweep_get_n_points (self->sweep);

  for (guint i = 0; i < n; i++)
    {
      const SimrisSweepPoint *p = simris_sweep_get_point (self->sweep, i);
      double x = x_of (self, p->earnings, width);
      double y = y_of (self, value_of (p, line), height);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
}

/* The marker of a line: none for the earnings (dashed), a square for the RIS, a circle for the
 * household's income; filled with the current colour. */
static void
draw_marker (cairo_t *cr,
             Line     line,
             double   x,
             double   y)
{
  cairo_new_path (cr);
  if (line == LINE_RIS)
    cairo_rectangle (cr, x - 3.0, y - 3.0, 6.0, 6.0);
  else if (line == LINE_TOTAL)
    cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  else
    return;
  cairo_fill (cr);
}

static void
draw_mark (Chart       *self,
           cairo_t             *cr,
           const double        *colour,
           SimrisCents          earnings,
           const char          *label,
           double               width,
           double               height,
           double               label_y)
{
  double x = x_of (self, earnings, width);
  static const double dash[] = { 4.0, 3.0 };

  set_colour (cr, colour);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, x, MARGIN_TOP);
  cairo_line_to (cr, x, height - MARGIN_BOTTOM);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  show_text (self, cr, label, CLAMP (x + 4, MARGIN_LEFT, width - MARGIN_RIGHT - 150), label_y, 0.0, 0.0, TRUE);
}

static void
draw (Chart       *self,
      cairo_t             *cr,
      double               width,
      double               height)
{
  guint n = simris_sweep_get_n_points (self->sweep);
  SimrisCents from = simris_sweep_get_point (self->sweep, 0)->earnings;
  SimrisCents to = simris_sweep_get_point (self->sweep, n - 1)->earnings;
  SimrisCents step;
  SimrisCents mark;
  const SimrisSweepChartColours *pal = self->colours;
  double grid[4] = { pal->fg[0], pal->fg[1], pal->fg[2], 0.12 };
  struct { Line line; const double *colour; double w; const char *label; } lines[3];

  /* Grid and axes. */
  cairo_set_line_width (cr, 1.0);
  step = grid_step (self->y_max);
  for (SimrisCents v = 0; v <= self->y_max; v += step)
    {
      /* The figures in the document's language format ("5 000 €", "€ 5.000"). */
      g_autofree char *text = simris_money_format_whole (v, self->lang);
      double y = round (y_of (self, v, height)) + 0.5;

      set_colour (cr, grid);
      cairo_move_to (cr, MARGIN_LEFT, y);
      cairo_line_to (cr, width - MARGIN_RIGHT, y);
      cairo_stroke (cr);
      set_colour (cr, pal->fg);
      show_text (self, cr, text, MARGIN_LEFT - 6, y, 1.0, 0.5, TRUE);
    }
  step = grid_step (to - from > 0 ? to - from : 100);
  for (SimrisCents v = (from + step - 1) / step * step; v <= to; v += step)
    {
      /* The figures in the document's language format ("5 000 €", "€ 5.000"). */
      g_autofree char *text = simris_money_format_whole (v, self->lang);
      double x = round (x_of (self, v, width)) + 0.5;

      set_colour (cr, grid);
      cairo_move_to (cr, x, MARGIN_TOP);
      cairo_line_to (cr, x, height - MARGIN_BOTTOM);
      cairo_stroke (cr);
      set_colour (cr, pal->fg);
      show_text (self, cr, text, x, height - MARGIN_BOTTOM + 4, 0.5, 0.0, TRUE);
    }
  /* Translators: the chart's horizontal axis. */
  show_text (self, cr, simris_tr (self->lang, N_("monthly net earnings")), width - MARGIN_RIGHT, height - 2, 1.0, 1.0, TRUE);

  /* Marks under the lines. */
  if (simris_sweep_get_exemption_end (self->sweep, &mark))
    /* Translators: a mark on the chart: from here each euro earned comes off the RIS. */
    draw_mark (self, cr, pal->exemption, mark, simris_tr (self->lang, N_("Exemptions used up")), width, height, MARGIN_TOP + 2);
  if (simris_sweep_get_ris_zero (self->sweep, &mark))
    /* Translators: a mark on the chart: the RIS is nil from here. */
    draw_mark (self, cr, pal->zero, mark,
               simris_sweep_get_benefit (self->sweep) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
               /* Translators: a mark on the chart: the equivalent social aid is nil from here. */
               ? simris_tr (self->lang, N_("Equivalent aid stops")) : simris_tr (self->lang, N_("RIS stops")),
               width, height, MARGIN_TOP + 20);

  /* The three lines. */
  lines[0].line = LINE_EARNINGS; lines[0].colour = pal->earnings; lines[0].w = 1.5;
  /* Translators: legend of the chart. */
  lines[0].label = simris_tr (self->lang, N_("Earnings"));
  lines[1].line = LINE_RIS; lines[1].colour = pal->ris; lines[1].w = 2.5;
  lines[1].label = simris_sweep_get_benefit (self->sweep) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                   /* Translators: legend of the chart: the financial social aid equivalent to the integration income */
                   ? simris_tr (self->lang, N_("Equivalent aid"))
                   : simris_tr (self->lang, N_("RIS"));
  lines[2].line = LINE_TOTAL; lines[2].colour = pal->total; lines[2].w = 3.0;
  lines[2].label = simris_tr (self->lang, N_("Household income"));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      static const double dash[] = { 6.0, 4.0 };

      set_colour (cr, lines[i].colour);
      cairo_set_line_width (cr, lines[i].w);
      if (lines[i].line == LINE_EARNINGS)
        cairo_set_dash (cr, dash, 2, 0);
      draw_line (self, cr, lines[i].line, width, height);
      cairo_set_dash (cr, NULL, 0, 0);
      /* Markers every few points, so that the lines stay apart in black and white. */
      for (guint k = 0; k < n; k += MAX (n / 9, 1))
        {
          const SimrisSweepPoint *p = simris_sweep_get_point (self->sweep, k);

          draw_marker (cr, lines[i].line, x_of (self, p->earnings, width),
                       y_of (self, value_of (p, lines[i].line), height));
        }
    }

  /* Legend, above the plot. */
  {
    double x = MARGIN_LEFT;

    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        PangoLayout *layout = new_layout (self, cr, lines[i].label);
        int w, h;

        pango_layout_get_pixel_size (layout, &w, &h);
        /* Each line as the chart draws it: its width, its dashes, its marker. */
        set_colour (cr, lines[i].colour);
        cairo_set_line_width (cr, lines[i].w);
        if (lines[i].line == LINE_EARNINGS)
          {
            static const double dash[] = { 6.0, 4.0 };

            cairo_set_dash (cr, dash, 2, 0);
          }
        cairo_move_to (cr, x, 12 + h / 2.0);
        cairo_line_to (cr, x + 18, 12 + h / 2.0);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        draw_marker (cr, lines[i].line, x + 9, 12 + h / 2.0);
        set_colour (cr, pal->fg);
        cairo_move_to (cr, x + 24, 12);
        pango_cairo_show_layout (cr, layout);
        x += 24 + w + 20;
        g_object_unref (layout);
      }
  }

  /* Where one more euro lowers the income. */
  for (guint i = 0; i < simris_sweep_get_n_drops (self->sweep); i++)
    {
      const SimrisSweepDrop *d = simris_sweep_get_drop (self->sweep, i);
      double x = x_of (self, d->earnings, width);

      set_colour (cr, pal->drop);
      cairo_set_line_width (cr, 2.0);
      cairo_new_path (cr);
      cairo_arc (cr, x, y_of (self, d->total_before, height), 6.0, 0, 2 * G_PI);
      cairo_stroke (cr);
      /* Translators: a mark on the chart where one more euro earned lowers the income. */
      show_text (self, cr, simris_tr (self->lang, N_("Income falls")), x + 8, y_of (self, d->total_before, height) - 8, 0.0, 1.0, TRUE);
    }

  /* The cursor and its figures. */
  if (self->cursor >= 0 && (guint) self->cursor < n)
    {
      const SimrisSweepPoint *p = simris_sweep_get_point (self->sweep, self->cursor);
      double x = x_of (self, p->earnings, width);
      g_autofree char *text = simris_sweep_dup_point_text (self->sweep, self->cursor, self->lang);
      PangoLayout *layout;
      int w, h;
      double bx, by;

      set_colour (cr, pal->fg);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, round (x) + 0.5, MARGIN_TOP);
      cairo_line_to (cr, round (x) + 0.5, height - MARGIN_BOTTOM);
      cairo_stroke (cr);
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          set_colour (cr, lines[i].colour);
          cairo_new_path (cr);
          cairo_arc (cr, x, y_of (self, value_of (p, lines[i].line), height), 4.0, 0, 2 * G_PI);
          cairo_fill (cr);
        }

      layout = new_layout (self, cr, text);
      /* The figures wrap within half the plot, and their box stays inside it. */
      pango_layout_set_width (layout, (int) ((width - MARGIN_LEFT - MARGIN_RIGHT) / 2 * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_get_pixel_size (layout, &w, &h);
      bx = x + 10 + w + 12 > width - MARGIN_RIGHT ? x - 10 - w - 12 : x + 10;
      bx = CLAMP (bx, MARGIN_LEFT, MAX (MARGIN_LEFT, width - MARGIN_RIGHT - w - 12));
      by = MARGIN_TOP + 40;
      set_colour (cr, pal->background);
      cairo_rectangle (cr, bx, by, w + 12, h + 8);
      cairo_fill_preserve (cr);
      set_colour (cr, grid);
      cairo_stroke (cr);
      set_colour (cr, pal->fg);
      cairo_move_to (cr, bx + 6, by + 4);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
}

static void
set_rgba (double *c,
          double  r,
          double  g,
          double  b,
          double  a)
{
  c[0] = r;
  c[1] = g;
  c[2] = b;
  c[3] = a;
}

void
simris_sweep_chart_print_colours (SimrisSweepChartColours *c)
{
  set_rgba (c->fg, 0.1, 0.1, 0.1, 1.0);
  set_rgba (c->background, 1.0, 1.0, 1.0, 1.0);
  set_rgba (c->ris, 0.11, 0.44, 0.85, 1.0);
  set_rgba (c->earnings, 0.1, 0.1, 0.1, 0.55);
  set_rgba (c->total, 0.15, 0.64, 0.41, 1.0);
  set_rgba (c->exemption, 0.78, 0.27, 0.0, 1.0);
  set_rgba (c->zero, 0.75, 0.11, 0.16, 1.0);
  set_rgba (c->drop, 0.75, 0.11, 0.16, 1.0);
}

void
simris_sweep_chart_draw (SimrisSweep                   *sweep,
                         cairo_t                       *cr,
                         double                         width,
                         double                         height,
                         const SimrisSweepChartColours *colours,
                         const PangoFontDescription    *font,
                         int                            cursor,
                         const char                    *lang)
{
  Chart chart = { sweep, colours, font, lang, cursor, 100000 };

  g_return_if_fail (SIMRIS_IS_SWEEP (sweep));
  g_return_if_fail (colours != NULL);

  if (simris_sweep_get_n_points (sweep) == 0 || width <= MARGIN_LEFT + MARGIN_RIGHT ||
      height <= MARGIN_TOP + MARGIN_BOTTOM)
    return;

  /* The vertical scale: the highest figure drawn, with a little room. */
  for (guint i = 0; i < simris_sweep_get_n_points (sweep); i++)
    {
      const SimrisSweepPoint *p = simris_sweep_get_point (sweep, i);
      chart.y_max = MAX (chart.y_max, MAX (p->total_month, MAX (p->earnings, p->ris_month)));
    }
  chart.y_max += chart.y_max / 10;
  if (cursor >= (int) simris_sweep_get_n_points (sweep))
    chart.cursor = -1;

  cairo_save (cr);
  draw (&chart, cr, width, height);
  cairo_restore (cr);
}

int
simris_sweep_chart_point_at (SimrisSweep *sweep,
                             double       width,
                             double       x)
{
  guint n = simris_sweep_get_n_points (sweep);
  double plot = width - MARGIN_LEFT - MARGIN_RIGHT;
  double t = plot > 0 ? (x - MARGIN_LEFT) / plot : 0;

  if (n == 0)
    return -1;
  return CLAMP ((int) round (t * (n - 1)), 0, (int) n - 1);
}

char *
simris_sweep_dup_point_text (SimrisSweep *sweep,
                             guint        index,
                             const char  *lang)
{
  const SimrisSweepPoint *p = simris_sweep_get_point (sweep, index);
  g_autofree char *e = NULL;
  g_autofree char *r = NULL;
  g_autofree char *t = NULL;

  g_return_val_if_fail (p != NULL, NULL);
  e = simris_money_format (p->earnings, lang);
  r = simris_money_format (p->ris_month, lang);
  t = simris_money_format (p->total_month, lang);
  /* Translators: the chart's cursor: earnings, the RIS, the household's income. */
  if (simris_sweep_get_benefit (sweep) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    /* Translators: the chart's cursor: earnings, the equivalent social aid, the household's income. */
    return g_strdup_printf (simris_tr (lang, N_("Earnings %s: equivalent aid %s, household income %s a month")), e, r, t);
  return g_strdup_printf (simris_tr (lang, N_("Earnings %s: RIS %s, household income %s a month")), e, r, t);
}
