/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisPrintPreview"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-print-preview.h"

struct _SimrisPrintPreview
{
  AdwWindow       parent_instance;

  SimrisReport   *report;
  double          paper_width;
  double          paper_height;
  int             page;
  int             n_pages;

  GtkDrawingArea *area;
  AdwWindowTitle *title;
};

G_DEFINE_FINAL_TYPE (SimrisPrintPreview, simris_print_preview, ADW_TYPE_WINDOW)

#define PAPER_MARGIN 18.0

static void
update (SimrisPrintPreview *self)
{
  g_autofree char *subtitle = NULL;

  /* Translators: the page shown in the print preview: page 2 of 5 */
  subtitle = g_strdup_printf (_("Page %d of %d"), self->page + 1, self->n_pages);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->page + 1 < self->n_pages);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

/* The page scaled to the width of the window (to its height when that is smaller), on a
 * white sheet with a thin shadow. */
static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  SimrisPrintPreview *self = user_data;
  double scale = MIN ((width - 2 * PAPER_MARGIN) / self->paper_width,
                      (height - 2 * PAPER_MARGIN) / self->paper_height);
  double x, y;

  if (self->report == NULL || self->n_pages == 0 || scale <= 0)
    return;
  x = (width - self->paper_width * scale) / 2;
  y = PAPER_MARGIN;

  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 2, y + 2, self->paper_width * scale, self->paper_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, self->paper_width * scale, self->paper_height * scale);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, self->paper_width, self->paper_height);
  cairo_clip (cr);
  simris_report_draw_page (self->report, cr, self->page);
  cairo_restore (cr);
}

static void
previous_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SimrisPrintPreview *self = SIMRIS_PRINT_PREVIEW (widget);

  simris_print_preview_set_page (self, self->page - 1);
}

static void
next_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *param)
{
  SimrisPrintPreview *self = SIMRIS_PRINT_PREVIEW (widget);

  simris_print_preview_set_page (self, self->page + 1);
}

static void
simris_print_preview_dispose (GObject *object)
{
  SimrisPrintPreview *self = SIMRIS_PRINT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_PRINT_PREVIEW);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (simris_print_preview_parent_class)->dispose (object);
}

static void
simris_print_preview_class_init (SimrisPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_print_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/simris/SimRIS/simris-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisPrintPreview, area);
  gtk_widget_class_bind_template_child (widget_class, SimrisPrintPreview, title);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, previous_cb);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, next_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
simris_print_preview_init (SimrisPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw_page, self, NULL);
}

SimrisPrintPreview *
simris_print_preview_new (GtkWindow    *parent,
                          SimrisReport *report,
                          double        width,
                          double        height)
{
  SimrisPrintPreview *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SIMRIS_IS_REPORT (report), NULL);

  self = g_object_new (SIMRIS_TYPE_PRINT_PREVIEW,
                       "transient-for", parent,
                       NULL);
  self->report = g_object_ref (report);
  self->paper_width = width;
  self->paper_height = height;
  self->n_pages = simris_report_paginate (report, width, height);
  title = simris_report_dup_title (report);
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* A page a screen: the sheet as tall as the area allows, read with Page Up/Down. */
  gtk_drawing_area_set_content_height (self->area, 600);
  update (self);
  return self;
}

int
simris_print_preview_get_page (SimrisPrintPreview *self)
{
  g_return_val_if_fail (SIMRIS_IS_PRINT_PREVIEW (self), 0);

  return self->page;
}

int
simris_print_preview_get_n_pages (SimrisPrintPreview *self)
{
  g_return_val_if_fail (SIMRIS_IS_PRINT_PREVIEW (self), 0);

  return self->n_pages;
}

void
simris_print_preview_set_page (SimrisPrintPreview *self,
                               int                 page)
{
  g_return_if_fail (SIMRIS_IS_PRINT_PREVIEW (self));

  page = CLAMP (page, 0, MAX (self->n_pages - 1, 0));
  if (page == self->page)
    return;
  self->page = page;
  update (self);
}
