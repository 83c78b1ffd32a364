/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisEarningsChart"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-earnings-chart.h"
#include "simris-money.h"
#include "simris-property.h"
#include "simris-sweep-chart.h"

struct _SimrisEarningsChart
{
  GtkWidget    parent_instance;

  SimrisSweep *sweep;
  int          cursor;
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

static void
copy_rgba (double        *to,
           const GdkRGBA *from)
{
  to[0] = from->red;
  to[1] = from->green;
  to[2] = from->blue;
  to[3] = from->alpha;
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        double          *to)
{
  GdkRGBA c;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, name, &c))
    gdk_rgba_parse (&c, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
  copy_rgba (to, &c);
}

/* Colours from the style (libadwaita's named colours), so that the dark style follows. */
static void
get_colours (GtkWidget               *widget,
             SimrisSweepChartColours *c)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg;

  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  copy_rgba (c->fg, &fg);
  copy_rgba (c->earnings, &fg);
  c->earnings[3] = 0.55;
  lookup (context, "view_bg_color", "#ffffff", c->background);
  lookup (context, "accent_color", "#1c71d8", c->ris);
  lookup (context, "success_color", "#26a269", c->total);
  lookup (context, "warning_color", "#c64600", c->exemption);
  lookup (context, "error_color", "#c01c28", c->zero);
  lookup (context, "error_color", "#c01c28", c->drop);
}

static void
simris_earnings_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SimrisEarningsChart *self = SIMRIS_EARNINGS_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  SimrisSweepChartColours colours;
  cairo_t *cr;

  if (self->sweep == NULL || simris_sweep_get_n_points (self->sweep) == 0 || width <= 0 || height <= 0)
    return;

  get_colours (widget, &colours);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  simris_sweep_chart_draw (self->sweep, cr, width, height, &colours,
                           pango_context_get_font_description (gtk_widget_get_pango_context (widget)),
                           self->cursor, NULL);
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

static void
motion_cb (SimrisEarningsChart *self,
           double               x,
           double               y)
{
  if (self->sweep != NULL)
    simris_earnings_chart_set_cursor (self, simris_sweep_chart_point_at (self->sweep, gtk_widget_get_width (GTK_WIDGET (self)), x));
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

/* cursor: the point the chart shows (pointer or keyboard), -1 for none. */
static const SimrisProperty earnings_chart_properties[N_PROPS] = {
  [PROP_SWEEP] = SIMRIS_PROPERTY_OBJECT ("sweep", simris_sweep_get_type, simris_earnings_chart_get_sweep,
                                        simris_earnings_chart_set_sweep, SIMRIS_PROPERTY_READWRITE),
  [PROP_CURSOR] = SIMRIS_PROPERTY_INT ("cursor", -1, G_MAXINT, -1, simris_earnings_chart_get_cursor,
                                       simris_earnings_chart_set_cursor, SIMRIS_PROPERTY_READWRITE),
};

static void
simris_earnings_chart_class_init (SimrisEarningsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_earnings_chart_dispose;
  widget_class->snapshot = simris_earnings_chart_snapshot;
  widget_class->measure = simris_earnings_chart_measure;

  simris_property_install (object_class, earnings_chart_properties, N_PROPS, properties);

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
  g_return_val_if_fail (SIMRIS_IS_EARNINGS_CHART (self), NULL);

  if (self->sweep == NULL || self->cursor < 0)
    return NULL;
  return simris_sweep_dup_point_text (self->sweep, self->cursor, NULL);
}
