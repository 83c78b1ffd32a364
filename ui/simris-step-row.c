/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisStepRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-columns.h"
#include "simris-step-row.h"
#include "simris-ui-util.h"

struct _SimrisStepRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *rule;
  GtkLabel      *text;
  GtkLabel      *amount;
  char          *accessible;   /* the accessible label set, to set it only when it changes */
};

G_DEFINE_FINAL_TYPE (SimrisStepRow, simris_step_row, GTK_TYPE_LIST_BOX_ROW)

static GtkLabel *
new_label (gboolean wrap)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0);
  gtk_label_set_wrap (label, wrap);
  if (wrap)
    gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  return label;
}

static void
simris_step_row_finalize (GObject *object)
{
  SimrisStepRow *self = SIMRIS_STEP_ROW (object);

  g_free (self->accessible);
  G_OBJECT_CLASS (simris_step_row_parent_class)->finalize (object);
}

static void
simris_step_row_class_init (SimrisStepRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_step_row_finalize;
}

static void
simris_step_row_init (SimrisStepRow *self)
{
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  self->rule = new_label (TRUE);
  self->text = new_label (TRUE);
  self->amount = GTK_LABEL (gtk_label_new (NULL));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "step-row");
  gtk_widget_add_css_class (GTK_WIDGET (self->rule), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->rule), "dim-label");
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (text_box), GTK_WIDGET (self->rule));
  gtk_box_append (GTK_BOX (text_box), GTK_WIDGET (self->text));

  gtk_label_set_xalign (self->amount, 1);
  gtk_widget_set_valign (GTK_WIDGET (self->amount), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->amount), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->amount), "step-amount");

  /* Not a horizontal GtkBox: see simris-columns.h. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self),
                              simris_columns_new (text_box, GTK_WIDGET (self->amount), 12));
}

GtkWidget *
simris_step_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_STEP_ROW, NULL);
}

/* Labels whose text stays the same cost no new layout: an edit changes a few figures. */
void
simris_step_row_update (SimrisStepRow    *self,
                        const SimrisStep *step)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (SIMRIS_IS_STEP_ROW (self));

  simris_ui_set_label (self->rule, step->rule ? step->rule : "");
  simris_ui_set_label (self->text, step->text ? step->text : "");

  if (step->has_amount)
    {
      g_autofree char *money = simris_ui_format_money (step->amount);

      if (step->amount_sign > 0)
        /* Translators: an amount added in the explanation, e.g. "+ 1 200,00 €" */
        amount_text = g_strdup_printf (C_("added amount", "+ %s"), money);
      else if (step->amount_sign < 0)
        /* Translators: an amount deducted in the explanation, e.g. "− 1 200,00 €" */
        amount_text = g_strdup_printf (C_("deducted amount", "− %s"), money);
      else
        amount_text = g_steal_pointer (&money);
    }
  simris_ui_set_label (self->amount, amount_text ? amount_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->amount), amount_text != NULL);
  if (step->kind == SIMRIS_STEP_TOTAL || step->kind == SIMRIS_STEP_AMOUNT)
    gtk_widget_add_css_class (GTK_WIDGET (self->amount), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount), "heading");

  accessible = g_strdup_printf ("%s. %s %s", step->rule ? step->rule : "", step->text ? step->text : "",
                                amount_text ? amount_text : "");
  if (g_strcmp0 (self->accessible, accessible) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_free (self->accessible);
      self->accessible = g_steal_pointer (&accessible);
    }
}
