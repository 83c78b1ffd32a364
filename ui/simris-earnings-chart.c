/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisEarningsChart"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-earnings-chart.h"
#include "simris-money.h"

struct _SimrisEarningsChart
{
  GtkWidget    parent_instance;

  SimrisSweep *sweep;
  int          cursor;
  SimrisCents  y_max;
};

G_DEFINE_FINAL_TYPE (SimrisEarningsChart, simris_earnings_chart, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SWEEP,
  PROP_CURSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MARGIN_LEFT 64.0
#define MARGIN_RIGHT 28.0
#define MARGIN_TOP 40.0
#define MARGIN_BOTTOM 36.0

typedef struct
{
  GdkRGBA fg, ris, total, earnings, exemption, zero, drop, bg;
} Palette;

/* Colours from the style (libadwaita's named colours), so that the dark style follows. */
static void
get_palette (GtkWidget *widget,
             Palette   *p)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &p->fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &p->ris))
    gdk_rgba_parse (&p->ris, "#1c71d8");
  if (!gtk_style_context_lookup_color (context, "success_color", &p->total))
    gdk_rgba_parse (&p->total, "#26a269");
  if (!gtk_style_context_lookup_color (context, "warning_color", &p->exemption))
    gdk_rgba_parse (&p->exemption, "#c64600");
  if (!gtk_style_context_lookup_color (context, "error_color", &p->drop))
    gdk_rgba_parse (&p->drop, "#c01c28");
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &p->bg))
    gdk_rgba_parse (&p->bg, "#ffffff");
  G_GNUC_END_IGNORE_DEPRECATIONS
  p->earnings = p->fg;
  p->earnings.alpha = 0.55;
  p->zero = p->drop;
}

static double
x_of (SimrisEarningsChart *self,
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
y_of (SimrisEarningsChart *self,
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
show_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align_x,
           double      align_y,
           gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
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
set_colour (cairo_t       *cr,
            const GdkRGBA *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
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
draw_line (SimrisEarningsChart *self,
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

static void
draw_mark (SimrisEarningsChart *self,
           GtkWidget           *widget,
           cairo_t             *cr,
           const GdkRGBA       *colour,
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
  show_text (widget, cr, label, CLAMP (x + 4, MARGIN_LEFT, width - MARGIN_RIGHT - 150), label_y, 0.0, 0.0, TRUE);
}

static void
draw (SimrisEarningsChart *self,
      cairo_t             *cr,
      double               width,
      double               height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = simris_sweep_get_n_points (self->sweep);
  SimrisCents from = simris_sweep_get_point (self->sweep, 0)->earnings;
  SimrisCents to = simris_sweep_get_point (self->sweep, n - 1)->earnings;
  SimrisCents step;
  SimrisCents mark;
  Palette pal;
  GdkRGBA grid;
  struct { Line line; const GdkRGBA *colour; double w; const char *label; } lines[3];

  get_palette (widget, &pal);
  grid = pal.fg;
  grid.alpha = 0.12;

  /* Grid and axes. */
  cairo_set_line_width (cr, 1.0);
  step = grid_step (self->y_max);
  for (SimrisCents v = 0; v <= self->y_max; v += step)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT " €", v / 100);
      double y = round (y_of (self, v, height)) + 0.5;

      set_colour (cr, &grid);
      cairo_move_to (cr, MARGIN_LEFT, y);
      cairo_line_to (cr, width - MARGIN_RIGHT, y);
      cairo_stroke (cr);
      set_colour (cr, &pal.fg);
      show_text (widget, cr, text, MARGIN_LEFT - 6, y, 1.0, 0.5, TRUE);
    }
  step = grid_step (to - from > 0 ? to - from : 100);
  for (SimrisCents v = (from + step - 1) / step * step; v <= to; v += step)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT " €", v / 100);
      double x = round (x_of (self, v, width)) + 0.5;

      set_colour (cr, &grid);
      cairo_move_to (cr, x, MARGIN_TOP);
      cairo_line_to (cr, x, height - MARGIN_BOTTOM);
      cairo_stroke (cr);
      set_colour (cr, &pal.fg);
      show_text (widget, cr, text, x, height - MARGIN_BOTTOM + 4, 0.5, 0.0, TRUE);
    }
  /* Translators: the chart's horizontal axis. */
  show_text (widget, cr, _("monthly net earnings"), width - MARGIN_RIGHT, height - 2, 1.0, 1.0, TRUE);

  /* Marks under the lines. */
  if (simris_sweep_get_exemption_end (self->sweep, &mark))
    /* Translators: a mark on the chart: from here each euro earned comes off the RIS. */
    draw_mark (self, widget, cr, &pal.exemption, mark, _("Exemptions used up"), width, height, MARGIN_TOP + 2);
  if (simris_sweep_get_ris_zero (self->sweep, &mark))
    /* Translators: a mark on the chart: the RIS is nil from here. */
    draw_mark (self, widget, cr, &pal.zero, mark, _("RIS stops"), width, height, MARGIN_TOP + 20);

  /* The three lines. */
  lines[0].line = LINE_EARNINGS; lines[0].colour = &pal.earnings; lines[0].w = 1.5;
  /* Translators: legend of the chart. */
  lines[0].label = _("Earnings");
  lines[1].line = LINE_RIS; lines[1].colour = &pal.ris; lines[1].w = 2.5;
  lines[1].label = _("RIS");
  lines[2].line = LINE_TOTAL; lines[2].colour = &pal.total; lines[2].w = 3.0;
  lines[2].label = _("Household income");
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
    }

  /* Legend, above the plot. */
  {
    double x = MARGIN_LEFT;

    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        PangoLayout *layout = gtk_widget_create_pango_layout (widget, lines[i].label);
        int w, h;

        pango_layout_get_pixel_size (layout, &w, &h);
        set_colour (cr, lines[i].colour);
        cairo_set_line_width (cr, lines[i].w);
        cairo_move_to (cr, x, 12 + h / 2.0);
        cairo_line_to (cr, x + 18, 12 + h / 2.0);
        cairo_stroke (cr);
        set_colour (cr, &pal.fg);
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

      set_colour (cr, &pal.drop);
      cairo_set_line_width (cr, 2.0);
      cairo_new_path (cr);
      cairo_arc (cr, x, y_of (self, d->total_before, height), 6.0, 0, 2 * G_PI);
      cairo_stroke (cr);
      /* Translators: a mark on the chart where one more euro earned lowers the income. */
      show_text (widget, cr, _("Income falls"), x + 8, y_of (self, d->total_before, height) - 8, 0.0, 1.0, TRUE);
    }

  /* The cursor and its figures. */
  if (self->cursor >= 0 && (guint) self->cursor < n)
    {
      const SimrisSweepPoint *p = simris_sweep_get_point (self->sweep, self->cursor);
      double x = x_of (self, p->earnings, width);
      g_autofree char *text = simris_earnings_chart_dup_cursor_text (self);
      PangoLayout *layout;
      int w, h;
      double bx, by;

      set_colour (cr, &pal.fg);
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

      layout = gtk_widget_create_pango_layout (widget, text);
      pango_layout_get_pixel_size (layout, &w, &h);
      bx = x + 10 + w + 12 > width - MARGIN_RIGHT ? x - 10 - w - 12 : x + 10;
      by = MARGIN_TOP + 40;
      set_colour (cr, &pal.bg);
      cairo_rectangle (cr, bx, by, w + 12, h + 8);
      cairo_fill_preserve (cr);
      set_colour (cr, &grid);
      cairo_stroke (cr);
      set_colour (cr, &pal.fg);
      cairo_move_to (cr, bx + 6, by + 4);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
}

static void
simris_earnings_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SimrisEarningsChart *self = SIMRIS_EARNINGS_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->sweep == NULL || simris_sweep_get_n_points (self->sweep) == 0 || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (self, cr, width, height);
  cairo_destroy (cr);
}

static void
simris_earnings_chart_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 220;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 720 : 400;
}

static void
update_accessible (SimrisEarningsChart *self)
{
  g_autofree char *summary = self->sweep != NULL ? simris_sweep_dup_summary (self->sweep, NULL) : NULL;
  g_autofree char *cursor = simris_earnings_chart_dup_cursor_text (self);
  g_autofree char *text = g_strjoin (" ", summary != NULL ? summary : "", cursor != NULL ? cursor : "", NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, g_strstrip (text), -1);
}

static int
nearest_point (SimrisEarningsChart *self,
               double               x)
{
  guint n = simris_sweep_get_n_points (self->sweep);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double plot = width - MARGIN_LEFT - MARGIN_RIGHT;
  double t = plot > 0 ? (x - MARGIN_LEFT) / plot : 0;

  return CLAMP ((int) round (t * (n - 1)), 0, (int) n - 1);
}

static void
motion_cb (SimrisEarningsChart *self,
           double               x,
           double               y)
{
  if (self->sweep != NULL)
    simris_earnings_chart_set_cursor (self, nearest_point (self, x));
}

static void
pressed_cb (SimrisEarningsChart *self,
            int                  n_press,
            double               x,
            double               y)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  motion_cb (self, x, y);
}

static void
leave_cb (SimrisEarningsChart *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    simris_earnings_chart_set_cursor (self, -1);
}

static gboolean
key_pressed_cb (SimrisEarningsChart *self,
                guint                keyval,
                guint                keycode,
                GdkModifierType      state)
{
  int n = self->sweep != NULL ? (int) simris_sweep_get_n_points (self->sweep) : 0;
  int cursor = self->cursor < 0 ? 0 : self->cursor;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      cursor = self->cursor < 0 ? 0 : cursor - 1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      cursor = self->cursor < 0 ? 0 : cursor + 1;
      break;
    case GDK_KEY_Page_Down:
      cursor -= 10;
      break;
    case GDK_KEY_Page_Up:
      cursor += 10;
      break;
    case GDK_KEY_Home:
      cursor = 0;
      break;
    case GDK_KEY_End:
      cursor = n - 1;
      break;
    default:
      return FALSE;
    }
  simris_earnings_chart_set_cursor (self, CLAMP (cursor, 0, n - 1));
  return TRUE;
}

static void
focus_enter_cb (SimrisEarningsChart *self)
{
  if (self->cursor < 0 && self->sweep != NULL && simris_sweep_get_n_points (self->sweep) > 0)
    simris_earnings_chart_set_cursor (self, 0);
}

static void
simris_earnings_chart_dispose (GObject *object)
{
  SimrisEarningsChart *self = SIMRIS_EARNINGS_CHART (object);

  g_clear_object (&self->sweep);
  G_OBJECT_CLASS (simris_earnings_chart_parent_class)->dispose (object);
}

static void
simris_earnings_chart_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SimrisEarningsChart *self = SIMRIS_EARNINGS_CHART (object);

  switch (prop_id)
    {
    case PROP_SWEEP:
      g_value_set_object (value, self->sweep);
      break;
    case PROP_CURSOR:
      g_value_set_int (value, self->cursor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_earnings_chart_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SimrisEarningsChart *self = SIMRIS_EARNINGS_CHART (object);

  switch (prop_id)
    {
    case PROP_SWEEP:
      simris_earnings_chart_set_sweep (self, g_value_get_object (value));
      break;
    case PROP_CURSOR:
      simris_earnings_chart_set_cursor (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_earnings_chart_class_init (SimrisEarningsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_earnings_chart_dispose;
  object_class->get_property = simris_earnings_chart_get_property;
  object_class->set_property = simris_earnings_chart_set_property;
  widget_class->snapshot = simris_earnings_chart_snapshot;
  widget_class->measure = simris_earnings_chart_measure;

  properties[PROP_SWEEP] =
    g_param_spec_object ("sweep", NULL, NULL, SIMRIS_TYPE_SWEEP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR] =
    g_param_spec_int ("cursor", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "earnings-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
simris_earnings_chart_init (SimrisEarningsChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->cursor = -1;
  self->y_max = 100000;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of the RIS and the household's income against earnings"), -1);
}

GtkWidget *
simris_earnings_chart_new (void)
{
  return g_object_new (SIMRIS_TYPE_EARNINGS_CHART, NULL);
}

SimrisSweep *
simris_earnings_chart_get_sweep (SimrisEarningsChart *self)
{
  g_return_val_if_fail (SIMRIS_IS_EARNINGS_CHART (self), NULL);
  return self->sweep;
}

void
simris_earnings_chart_set_sweep (SimrisEarningsChart *self,
                                 SimrisSweep         *sweep)
{
  g_return_if_fail (SIMRIS_IS_EARNINGS_CHART (self));

  if (!g_set_object (&self->sweep, sweep))
    return;

  /* The vertical scale: the highest figure drawn, with a little room. */
  self->y_max = 100000;
  for (guint i = 0; sweep != NULL && i < simris_sweep_get_n_points (sweep); i++)
    {
      const SimrisSweepPoint *p = simris_sweep_get_point (sweep, i);
      self->y_max = MAX (self->y_max, MAX (p->total_month, MAX (p->earnings, p->ris_month)));
    }
  self->y_max = self->y_max + self->y_max / 10;

  if (sweep == NULL || self->cursor >= (int) simris_sweep_get_n_points (sweep))
    self->cursor = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SWEEP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR]);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
simris_earnings_chart_get_cursor (SimrisEarningsChart *self)
{
  g_return_val_if_fail (SIMRIS_IS_EARNINGS_CHART (self), -1);
  return self->cursor;
}

void
simris_earnings_chart_set_cursor (SimrisEarningsChart *self,
                                  int                  cursor)
{
  g_return_if_fail (SIMRIS_IS_EARNINGS_CHART (self));

  if (self->sweep == NULL || cursor < -1 || cursor >= (int) simris_sweep_get_n_points (self->sweep))
    cursor = -1;
  if (self->cursor == cursor)
    return;
  self->cursor = cursor;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR]);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

char *
simris_earnings_chart_dup_cursor_text (SimrisEarningsChart *self)
{
  const SimrisSweepPoint *p;
  g_autofree char *e = NULL;
  g_autofree char *r = NULL;
  g_autofree char *t = NULL;

  g_return_val_if_fail (SIMRIS_IS_EARNINGS_CHART (self), NULL);

  if (self->sweep == NULL || self->cursor < 0)
    return NULL;
  p = simris_sweep_get_point (self->sweep, self->cursor);
  e = simris_money_format (p->earnings, NULL);
  r = simris_money_format (p->ris_month, NULL);
  t = simris_money_format (p->total_month, NULL);
  /* Translators: the chart's cursor: earnings, the RIS, the household's income. */
  return g_strdup_printf (_("Earnings %s: RIS %s, household income %s a month"), e, r, t);
}
