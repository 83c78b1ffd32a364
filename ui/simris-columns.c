/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "simris-columns.h"

struct _SimrisColumns
{
  GtkWidget  parent_instance;

  GtkWidget *main;
  GtkWidget *side;
  int        spacing;
  gboolean   side_start;
};

G_DEFINE_FINAL_TYPE (SimrisColumns, simris_columns, GTK_TYPE_WIDGET)

static gboolean
side_shown (SimrisColumns *self)
{
  return self->side != NULL && gtk_widget_get_visible (self->side);
}

/* The side column's natural width, and the main column's width out of width. */
static void
split_width (SimrisColumns *self,
             int            width,
             int           *main_width,
             int           *side_width)
{
  int main_min = 0, side_min = 0, side_nat = 0;

  gtk_widget_measure (self->main, GTK_ORIENTATION_HORIZONTAL, -1, &main_min, NULL, NULL, NULL);
  if (!side_shown (self))
    {
      *main_width = MAX (main_min, width);
      *side_width = 0;
      return;
    }
  gtk_widget_measure (self->side, GTK_ORIENTATION_HORIZONTAL, -1, &side_min, &side_nat, NULL, NULL);
  *side_width = side_nat;
  *main_width = MAX (main_min, width - self->spacing - side_nat);
  if (*main_width + self->spacing + *side_width > width)
    *side_width = MAX (side_min, width - self->spacing - *main_width);
}

static GtkSizeRequestMode
simris_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
simris_columns_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  SimrisColumns *self = SIMRIS_COLUMNS (widget);
  int main_min = 0, main_nat = 0, side_min = 0, side_nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->main, orientation, -1, &main_min, &main_nat, NULL, NULL);
      if (side_shown (self))
        {
          gtk_widget_measure (self->side, orientation, -1, &side_min, &side_nat, NULL, NULL);
          main_min += self->spacing + side_min;
          main_nat += self->spacing + side_nat;
        }
      *minimum = main_min;
      *natural = main_nat;
      return;
    }

  if (for_size < 0)
    {
      gtk_widget_measure (self->main, orientation, -1, &main_min, &main_nat, NULL, NULL);
      if (side_shown (self))
        gtk_widget_measure (self->side, orientation, -1, &side_min, &side_nat, NULL, NULL);
    }
  else
    {
      int main_width, side_width;

      split_width (self, for_size, &main_width, &side_width);
      gtk_widget_measure (self->main, orientation, main_width, &main_min, &main_nat, NULL, NULL);
      if (side_shown (self))
        gtk_widget_measure (self->side, orientation, side_width, &side_min, &side_nat, NULL, NULL);
    }
  *minimum = MAX (main_min, side_min);
  *natural = MAX (main_nat, side_nat);
}

static void
simris_columns_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  SimrisColumns *self = SIMRIS_COLUMNS (widget);
  /* The side column on the right, unless it comes first; mirrored right to left. */
  gboolean side_left = (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL) != self->side_start;
  int main_width, side_width;
  int main_height = 0;

  split_width (self, width, &main_width, &side_width);
  /* Centred here rather than by the child's valign: GTK 4.8 allocates a widget whose
   * valign is not FILL after measuring its width for a height, and a wrapped label answers
   * that by a search over widths. */
  gtk_widget_measure (self->main, GTK_ORIENTATION_VERTICAL, main_width, NULL, &main_height, NULL, NULL);
  main_height = MIN (main_height, height);
  gtk_widget_size_allocate (self->main,
                            &(GtkAllocation) { side_left ? width - main_width : 0, (height - main_height) / 2,
                                               main_width, main_height }, -1);
  if (side_shown (self))
    gtk_widget_size_allocate (self->side,
                              &(GtkAllocation) { side_left ? 0 : width - side_width, 0, side_width, height }, -1);
}

static void
simris_columns_dispose (GObject *object)
{
  SimrisColumns *self = SIMRIS_COLUMNS (object);

  g_clear_pointer (&self->main, gtk_widget_unparent);
  g_clear_pointer (&self->side, gtk_widget_unparent);
  G_OBJECT_CLASS (simris_columns_parent_class)->dispose (object);
}

static void
simris_columns_class_init (SimrisColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_columns_dispose;
  widget_class->get_request_mode = simris_columns_get_request_mode;
  widget_class->measure = simris_columns_measure;
  widget_class->size_allocate = simris_columns_size_allocate;
  /* Styled as the box it replaces ("row > box.header" and the like). */
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
simris_columns_init (SimrisColumns *self)
{
}

GtkWidget *
simris_columns_new (GtkWidget *main,
                    GtkWidget *side,
                    int        spacing)
{
  SimrisColumns *self;

  g_return_val_if_fail (GTK_IS_WIDGET (main), NULL);
  g_return_val_if_fail (side == NULL || GTK_IS_WIDGET (side), NULL);

  self = g_object_new (SIMRIS_TYPE_COLUMNS, NULL);
  self->spacing = spacing;
  self->main = main;
  gtk_widget_set_parent (main, GTK_WIDGET (self));
  if (side != NULL)
    {
      self->side = side;
      gtk_widget_set_parent (side, GTK_WIDGET (self));
    }
  return GTK_WIDGET (self);
}

void
simris_columns_set_side_start (SimrisColumns *self,
                               gboolean       side_start)
{
  g_return_if_fail (SIMRIS_IS_COLUMNS (self));

  self->side_start = !!side_start;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
