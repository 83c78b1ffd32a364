/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTimelineView"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "simris-presence.h"
#include "simris-step-row.h"
#include "simris-timeline-view.h"
#include "simris-ui-util.h"

struct _SimrisTimelineView
{
  GtkWidget        parent_instance;

  SimrisHousehold *household;
  /* "changed" of the household shown, whichever it is. */
  GSignalGroup    *household_signals;
  SimrisTimeline  *timeline;
  SimrisDate       from;      /* 0: the default period */
  SimrisDate       to;
  guint            idle_id;
  gboolean         dirty;     /* the household changed while the view was not shown */
  /* The window's form state: what to correct or fill in first, NULL when the form is
   * valid. While set, no amount is computed or shown. */
  char            *problem;

  GtkStack        *stack;
  AdwEntryRow     *from_row;
  AdwEntryRow     *to_row;
  GtkLabel        *period_error_label;
  GtkWidget       *error_box;
  GtkLabel        *error_label;
  GtkWidget       *error_button;
  GtkWidget       *months_box;
  GtkLabel        *total_label;
  GtkListBox      *months_list;
  GtkButton       *back_button;
  GtkLabel        *month_title;
  GtkLabel        *month_amount_label;
  GtkLabel        *month_summary_label;
  GtkWidget       *month_changes_group;
  GtkListBox      *month_changes_list;
  GtkListBox      *month_steps_list;
};

G_DEFINE_FINAL_TYPE (SimrisTimelineView, simris_timeline_view, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* "03/2026", "2026-03" or a whole date typed in the field → the month's first day. */
static gboolean
parse_user_month (const char *text,
                  SimrisDate *out)
{
  g_autofree char *iso = NULL;
  guint m, y;
  SimrisDate d;

  if (text == NULL)
    return FALSE;
  if (simris_timeline_parse_month (text, out))
    return TRUE;
  if (sscanf (text, "%2u/%4u", &m, &y) == 2 && strlen (text) == 7 && m >= 1 && m <= 12)
    {
      iso = g_strdup_printf ("%04u-%02u", y, m);
      return simris_timeline_parse_month (iso, out);
    }
  if (simris_date_parse_user (text, &d))
    {
      *out = simris_date_month_start (d);
      return TRUE;
    }
  return FALSE;
}

/* Typed as MM/YYYY or YYYY-MM with a month 01 to 12, whatever the year. */
static gboolean
month_well_formed (const char *text)
{
  guint m, y;

  if (text == NULL || strlen (text) != 7)
    return FALSE;
  if (text[2] == '/' && sscanf (text, "%2u/%4u", &m, &y) == 2)
    return g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[6]) && m >= 1 && m <= 12;
  if (text[4] == '-' && sscanf (text, "%4u-%2u", &y, &m) == 2)
    return g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[6]) && m >= 1 && m <= 12;
  return FALSE;
}

static char *
format_month (SimrisDate month)
{
  return simris_timeline_format_month (month, NULL);
}

/* Default period: from the decision's application date to the reference date, else the 12
 * months up to the reference date; within SIMRIS_TIMELINE_MAX_MONTHS and the parameters. */
static void
default_period (SimrisTimelineView *self,
                SimrisDate         *from,
                SimrisDate         *to)
{
  SimrisDate reference = 0, application = 0;
  SimrisDate first = simris_parameters_get_first_date (simris_parameters_get_default ());

  if (!simris_date_parse (simris_household_get_reference_date (self->household), &reference))
    reference = simris_date_today ();
  *to = simris_date_month_start (reference);
  if (simris_date_parse (simris_household_get_decision_field (self->household, "application_date"), &application))
    {
      *from = simris_date_month_start (application);
      if (*from > *to)
        *to = simris_date_add_months (*from, 11);
    }
  else
    {
      /* The reference month and the 11 before it. */
      guint total = simris_date_year (*to) * 12 + (simris_date_month (*to) - 1) - 11;
      *from = simris_date_make (total / 12, total % 12 + 1, 1);
    }
  if (*from < first)
    *from = simris_date_month_start (first);
  if (*to < *from)
    *to = *from;
  while ((simris_date_year (*to) * 12 + simris_date_month (*to))
         - (simris_date_year (*from) * 12 + simris_date_month (*from)) + 1 > SIMRIS_TIMELINE_MAX_MONTHS)
    *from = simris_date_add_months (*from, 1);
}

static GtkWidget *
month_row_new (SimrisTimelineView *self,
               guint               i)
{
  SimrisResult *result = simris_timeline_get_result (self->timeline, i);
  GPtrArray *changes = simris_timeline_get_changes (self->timeline, i);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *mark = gtk_image_new ();
  GtkWidget *amount = gtk_label_new (NULL);
  g_autofree char *month = format_month (simris_timeline_get_month (self->timeline, i));
  g_autofree char *money = simris_ui_format_money (simris_result_get_amount_month (result));
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  for (guint j = 0; j < changes->len; j++)
    {
      SimrisTimelineChange *c = g_ptr_array_index (changes, j);
      if (subtitle->len > 0)
        g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, c->text);
    }

  /* Translators: a month (03/2026), then a category */
  title = g_strdup_printf (_("%s — %s"), month,
                           simris_category_get_label (simris_result_get_category (result), NULL));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  /* The months that changed are marked with a dot in the accent colour. */
  gtk_image_set_pixel_size (GTK_IMAGE (mark), 12);
  gtk_widget_set_size_request (mark, 12, 12);
  if (changes->len > 0)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (mark), "media-record-symbolic");
      gtk_widget_add_css_class (mark, "accent");
      gtk_widget_add_css_class (amount, "heading");
      gtk_widget_add_css_class (amount, "accent");
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Changed"), -1);
    }
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);

  gtk_label_set_label (GTK_LABEL (amount), money);
  gtk_widget_add_css_class (amount, "numeric");
  gtk_widget_set_valign (amount, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "month-index", GUINT_TO_POINTER (i));
  return row;
}

/* message: the window's problem, said as the result pane says it (with "Go to this
 * field"), or an engine message, said in plain words (never a raw path). */
static void
show_error (SimrisTimelineView *self,
            const char         *message,
            gboolean            is_problem)
{
  g_autofree char *plain = is_problem ? g_strdup (message) : simris_ui_plain_error (message);

  gtk_label_set_label (self->error_label, plain);
  gtk_widget_set_visible (self->error_button, is_problem);
  gtk_widget_set_visible (self->error_box, TRUE);
  gtk_widget_set_visible (self->months_box, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "months");
}

static void
recompute (SimrisTimelineView *self)
{
  g_autoptr(GError) error = NULL;
  SimrisDate from = self->from, to = self->to;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *total = NULL;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->dirty = FALSE;
  g_clear_object (&self->timeline);
  clear_list (self->months_list);

  if (self->household == NULL)
    return;

  if (from == 0 || to == 0)
    default_period (self, &from, &to);
  from_text = format_month (from);
  to_text = format_month (to);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->from_row)), from_text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->from_row), from_text);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->to_row)), to_text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->to_row), to_text);

  /* No amount from a field the user must still correct or fill in: the window's own
   * sentence, the same as the result pane's. */
  if (self->problem != NULL)
    {
      show_error (self, self->problem, TRUE);
      return;
    }

  self->timeline = simris_timeline_compute (simris_parameters_get_default (), self->household, from, to,
                                            NULL, SIMRIS_TIMELINE_FLAGS_NONE, &error);
  if (self->timeline == NULL)
    {
      show_error (self, error->message, FALSE);
      return;
    }

  gtk_widget_set_visible (self->error_box, FALSE);
  gtk_widget_set_visible (self->months_box, TRUE);
  for (guint i = 0; i < simris_timeline_get_n_months (self->timeline); i++)
    gtk_list_box_append (self->months_list, month_row_new (self, i));
  total = simris_ui_format_money (simris_timeline_get_total (self->timeline));
  gtk_label_set_label (self->total_label, total);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "month") == 0)
    gtk_stack_set_visible_child_name (self->stack, "months");
}

static gboolean
recompute_idle_cb (gpointer user_data)
{
  SimrisTimelineView *self = user_data;

  self->idle_id = 0;
  recompute (self);
  return G_SOURCE_REMOVE;
}

static void
household_changed_cb (SimrisTimelineView *self)
{
  /* Hidden behind the result: compute when shown, not on every key press. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, recompute_idle_cb, self, NULL);
}

static void
period_apply_cb (SimrisTimelineView *self)
{
  SimrisDate from, to;

  const char *texts[] = { gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->to_row)) };
  SimrisDate *outs[] = { &from, &to };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!parse_user_month (texts[i], outs[i]))
      {
        g_autofree char *message = NULL;

        /* "12/9999" is written right but lies outside the dates SimRIS handles: say that,
         * not that the form is wrong (issue 27). */
        if (month_well_formed (texts[i]))
          /* Translators: the month typed, then the first and last years SimRIS handles */
          message = g_strdup_printf (_("%s is outside the years SimRIS can compute (%u to %u)."), texts[i],
                                     simris_date_year (SIMRIS_DATE_MIN), simris_date_year (SIMRIS_DATE_MAX));
        else
          message = g_strdup (_("Type the months as MM/YYYY, for example 03/2026."));
        gtk_label_set_label (self->period_error_label, message);
        gtk_widget_set_visible (GTK_WIDGET (self->period_error_label), TRUE);
        return;
      }
  gtk_widget_set_visible (GTK_WIDGET (self->period_error_label), FALSE);
  simris_timeline_view_set_period (self, from, to);
}

static void
fill_month (SimrisTimelineView *self,
            guint               i,
            SimrisResult       *result)
{
  GPtrArray *changes = simris_timeline_get_changes (self->timeline, i);
  GPtrArray *steps = simris_result_get_steps (result);
  g_autofree char *month = format_month (simris_timeline_get_month (self->timeline, i));
  g_autofree char *amount = simris_ui_format_money (simris_result_get_amount_month (result));
  g_autofree char *amount_text = NULL;
  g_autofree char *summary = NULL;

  gtk_label_set_label (self->month_title, month);
  /* Translators: the monthly amount of one month of the period */
  amount_text = g_strdup_printf (_("%s a month"), amount);
  gtk_label_set_label (self->month_amount_label, amount_text);
  if (simris_result_get_eligible (result)
      && simris_result_get_benefit (result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    /* Translators: a category; the benefit is the financial social aid equivalent to the integration income */
    summary = g_strdup_printf (_("Eligible for the equivalent social aid — %s."),
                               simris_category_get_label (simris_result_get_category (result), NULL));
  else if (simris_result_get_eligible (result))
    /* Translators: a category */
    summary = g_strdup_printf (_("Eligible — %s."),
                               simris_category_get_label (simris_result_get_category (result), NULL));
  else
    summary = g_strdup_printf (_("Not eligible — %s."),
                               simris_category_get_label (simris_result_get_category (result), NULL));
  gtk_label_set_label (self->month_summary_label, summary);

  clear_list (self->month_changes_list);
  for (guint j = 0; j < changes->len; j++)
    {
      SimrisTimelineChange *c = g_ptr_array_index (changes, j);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->text);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->month_changes_list, row);
    }
  gtk_widget_set_visible (self->month_changes_group, changes->len > 0);

  /* A month's steps read as the result's: the same row, the same signs. */
  clear_list (self->month_steps_list);
  for (guint j = 0; j < steps->len; j++)
    {
      GtkWidget *row = simris_step_row_new ();

      simris_step_row_update (SIMRIS_STEP_ROW (row), g_ptr_array_index (steps, j));
      gtk_list_box_append (self->month_steps_list, row);
    }
}

static void
row_activated_cb (SimrisTimelineView *self,
                  GtkListBoxRow      *row)
{
  simris_timeline_view_show_month (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "month-index")));
}

static void
back_cb (SimrisTimelineView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "months");
}

static void
simris_timeline_view_map (GtkWidget *widget)
{
  SimrisTimelineView *self = SIMRIS_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (simris_timeline_view_parent_class)->map (widget);
  if (self->dirty)
    household_changed_cb (self);
}

static void
simris_timeline_view_dispose (GObject *object)
{
  SimrisTimelineView *self = SIMRIS_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->household_signals);
  g_clear_object (&self->household);
  g_clear_object (&self->timeline);
  g_clear_pointer (&self->problem, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_TIMELINE_VIEW);

  G_OBJECT_CLASS (simris_timeline_view_parent_class)->dispose (object);
}

static void
simris_timeline_view_class_init (SimrisTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_timeline_view_dispose;
  widget_class->map = simris_timeline_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, from_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, to_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, period_error_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, error_box);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, error_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, error_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, months_box);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, total_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, months_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, back_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, month_title);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, month_amount_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, month_summary_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, month_changes_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, month_changes_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisTimelineView, month_steps_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
simris_timeline_view_init (SimrisTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->household_signals = g_signal_group_new (SIMRIS_TYPE_HOUSEHOLD);
  g_signal_group_connect_swapped (self->household_signals, "changed", G_CALLBACK (household_changed_cb), self);

  g_signal_connect_swapped (self->from_row, "apply", G_CALLBACK (period_apply_cb), self);
  g_signal_connect_swapped (self->to_row, "apply", G_CALLBACK (period_apply_cb), self);
  g_signal_connect_swapped (self->from_row, "entry-activated", G_CALLBACK (period_apply_cb), self);
  g_signal_connect_swapped (self->to_row, "entry-activated", G_CALLBACK (period_apply_cb), self);
  g_signal_connect_swapped (self->months_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (back_cb), self);
}

GtkWidget *
simris_timeline_view_new (void)
{
  return g_object_new (SIMRIS_TYPE_TIMELINE_VIEW, NULL);
}

SimrisHousehold *
simris_timeline_view_get_household (SimrisTimelineView *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE_VIEW (self), NULL);
  return self->household;
}

void
simris_timeline_view_set_household (SimrisTimelineView *self,
                                    SimrisHousehold    *household)
{
  g_return_if_fail (SIMRIS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!household || SIMRIS_IS_HOUSEHOLD (household));

  if (self->household == household)
    return;
  g_set_object (&self->household, household);
  g_signal_group_set_target (self->household_signals, household);
  self->from = self->to = 0;
  /* Hidden behind the result: built when first shown (simris_timeline_view_flush () too). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || household == NULL)
    recompute (self);
  else
    self->dirty = TRUE;
}

void
simris_timeline_view_set_period (SimrisTimelineView *self,
                                 SimrisDate          from,
                                 SimrisDate          to)
{
  g_return_if_fail (SIMRIS_IS_TIMELINE_VIEW (self));

  self->from = from != 0 ? simris_date_month_start (from) : 0;
  self->to = to != 0 ? simris_date_month_start (to) : 0;
  recompute (self);
}

void
simris_timeline_view_set_problem (SimrisTimelineView *self,
                                  const char         *problem)
{
  g_return_if_fail (SIMRIS_IS_TIMELINE_VIEW (self));

  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  /* The months go at once (never an amount the form no longer holds); a valid form is
   * computed when shown. */
  if (self->problem != NULL)
    {
      g_clear_object (&self->timeline);
      clear_list (self->months_list);
      show_error (self, self->problem, TRUE);
    }
  else
    household_changed_cb (self);
}

const char *
simris_timeline_view_get_problem (SimrisTimelineView *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE_VIEW (self), NULL);
  return self->problem;
}

SimrisTimeline *
simris_timeline_view_get_timeline (SimrisTimelineView *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE_VIEW (self), NULL);
  /* Not built yet while hidden: build it when asked. */
  if (self->dirty)
    recompute (self);
  return self->timeline;
}

void
simris_timeline_view_show_month (SimrisTimelineView *self,
                                 guint               i)
{
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SIMRIS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (self->timeline != NULL && i < simris_timeline_get_n_months (self->timeline));

  result = simris_timeline_compute_month (self->timeline, i, &error);
  if (result == NULL)
    {
      show_error (self, error->message, FALSE);
      return;
    }
  fill_month (self, i, result);
  gtk_stack_set_visible_child_name (self->stack, "month");
}

void
simris_timeline_view_flush (SimrisTimelineView *self)
{
  g_return_if_fail (SIMRIS_IS_TIMELINE_VIEW (self));
  if (self->idle_id != 0 || self->dirty)
    recompute (self);
}
