/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisWhatifWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-compare-view.h"
#include "simris-earnings-chart.h"
#include "simris-result-view.h"
#include "simris-sweep.h"
#include "simris-ui-util.h"
#include "simris-whatif-window.h"
#include "simris-window.h"

struct _SimrisWhatifWindow
{
  AdwWindow          parent_instance;

  SimrisHousehold   *household;
  guint              idle_id;
  GPtrArray         *member_ids;   /* char*: whose earnings the drop-down offers */
  /* The main window's "form-problem": while set, no chart, summary, cursor figure or
   * comparison — never an amount the form does not hold. */
  char              *problem;

  AdwViewStack      *stack;
  GtkDropDown       *member_dropdown;
  GtkStringList     *member_names;
  SimrisEarningsChart *chart;
  GtkLabel          *cursor_label;
  GtkLabel          *summary_label;
  GtkLabel          *chart_message;
  GtkWidget         *chart_problem_button;
  SimrisCompareView *compare;
};

G_DEFINE_FINAL_TYPE (SimrisWhatifWindow, simris_whatif_window, ADW_TYPE_WINDOW)

static void
update_cursor_label (SimrisWhatifWindow *self)
{
  g_autofree char *text = NULL;

  if (simris_earnings_chart_get_sweep (self->chart) == NULL)
    {
      gtk_label_set_text (self->cursor_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->cursor_label), FALSE);
      return;
    }
  text = simris_earnings_chart_dup_cursor_text (self->chart);
  gtk_widget_set_visible (GTK_WIDGET (self->cursor_label), TRUE);
  gtk_label_set_text (self->cursor_label,
                      text != NULL ? text : _("Point at the chart, or focus it and use the arrow keys, to read the figures."));
}

/* The applicant and the partner, as the issue of the chart is "what if I take this job". */
static void
refresh_members (SimrisWhatifWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->member_dropdown);
  g_autofree char *was = NULL;
  guint n = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->member_ids->len)
    was = g_strdup (g_ptr_array_index (self->member_ids, selected));
  g_ptr_array_set_size (self->member_ids, 0);
  gtk_string_list_splice (self->member_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->member_names)), NULL);
  selected = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (self->household), i);
      SimrisRelation relation = simris_member_get_relation (m);
      const char *name = simris_member_get_name (m);
      g_autofree char *label = NULL;

      if (relation != SIMRIS_RELATION_APPLICANT && relation != SIMRIS_RELATION_PARTNER)
        continue;
      label = name != NULL && name[0] != '\0'
                ? g_strdup_printf ("%s (%s)", name, simris_relation_get_label (relation, NULL))
                : g_strdup (simris_relation_get_label (relation, NULL));
      if (g_strcmp0 (was, simris_member_get_id (m)) == 0)
        selected = n;
      g_ptr_array_add (self->member_ids, g_strdup (simris_member_get_id (m)));
      gtk_string_list_append (self->member_names, label);
      n++;
    }
  if (n > 0)
    gtk_drop_down_set_selected (self->member_dropdown, selected);
}

static void
recompute_chart (SimrisWhatifWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->member_dropdown);
  g_autoptr(SimrisSweep) sweep = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  gtk_widget_set_visible (self->chart_problem_button, self->problem != NULL);
  if (self->problem != NULL)
    {
      /* The main window's sentence, as its result pane says it, and the way to the field. */
      simris_earnings_chart_set_sweep (self->chart, NULL);
      gtk_label_set_text (self->chart_message, self->problem);
      gtk_widget_set_visible (GTK_WIDGET (self->chart_message), TRUE);
      gtk_label_set_text (self->summary_label, "");
      update_cursor_label (self);
      return;
    }
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->member_ids->len)
    return;
  sweep = simris_sweep_run (simris_parameters_get_default (), self->household,
                            g_ptr_array_index (self->member_ids, selected), 0,
                            SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
  simris_earnings_chart_set_sweep (self->chart, sweep);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_message), sweep == NULL);
  if (sweep == NULL)
    {
      /* Plain words, never a raw path like members[1].resources[0].amount. */
      g_autofree char *plain = simris_ui_plain_error (error->message);
      g_autofree char *text = g_strdup_printf (_("No chart while the case is incomplete or invalid: %s"), plain);
      gtk_label_set_text (self->chart_message, text);
      gtk_label_set_text (self->summary_label, "");
      update_cursor_label (self);
      return;
    }
  summary = simris_sweep_dup_summary (sweep, NULL);
  gtk_label_set_text (self->summary_label, summary);
  update_cursor_label (self);
}

static gboolean
recompute_idle (gpointer data)
{
  SimrisWhatifWindow *self = data;

  self->idle_id = 0;
  refresh_members (self);
  recompute_chart (self);
  return G_SOURCE_REMOVE;
}

static void
household_changed_cb (SimrisWhatifWindow *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (recompute_idle, self);
}

static void
member_selected_cb (SimrisWhatifWindow *self)
{
  if (self->idle_id == 0)
    recompute_chart (self);
}

static GtkWidget *
build_earnings_page (SimrisWhatifWindow *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Whose _earnings"));

  g_object_set (page, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);

  self->member_names = gtk_string_list_new (NULL);
  self->member_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->member_names)), NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->member_dropdown));
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->member_dropdown));
  gtk_box_append (GTK_BOX (page), row);

  self->chart_message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->chart_message, TRUE);
  gtk_label_set_xalign (self->chart_message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->chart_message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->chart_message), FALSE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->chart_message));
  /* Translators: opens the page and puts the cursor in the field that is missing or not valid */
  self->chart_problem_button = gtk_button_new_with_mnemonic (_("_Go to This Field"));
  gtk_widget_set_name (self->chart_problem_button, "whatif-go-to-problem");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->chart_problem_button), "win.go-to-problem");
  gtk_widget_set_halign (self->chart_problem_button, GTK_ALIGN_START);
  gtk_widget_set_visible (self->chart_problem_button, FALSE);
  gtk_box_append (GTK_BOX (page), self->chart_problem_button);

  self->chart = SIMRIS_EARNINGS_CHART (simris_earnings_chart_new ());
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->chart));

  /* The figures under the cursor, and the summary: visible text, for everyone. */
  self->cursor_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->cursor_label, 0);
  gtk_label_set_wrap (self->cursor_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->cursor_label), "heading");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->cursor_label));
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->summary_label));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->summary_label, NULL, -1);

  g_signal_connect_swapped (self->member_dropdown, "notify::selected", G_CALLBACK (member_selected_cb), self);
  g_signal_connect_swapped (self->chart, "notify::cursor", G_CALLBACK (update_cursor_label), self);
  return page;
}

static void
simris_whatif_window_dispose (GObject *object)
{
  SimrisWhatifWindow *self = SIMRIS_WHATIF_WINDOW (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->household);
  g_clear_object (&self->member_names);
  g_clear_pointer (&self->member_ids, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  G_OBJECT_CLASS (simris_whatif_window_parent_class)->dispose (object);
}

static void
go_to_problem_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;
  gtk_window_present (parent);
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.go-to-problem", NULL);
}

static void
simris_whatif_window_class_init (SimrisWhatifWindowClass *klass)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/simris/SimRIS/simris-whatif.css");
  if (gdk_display_get_default () != NULL)
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_OBJECT_CLASS (klass)->dispose = simris_whatif_window_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
  /* "Go to this field" here goes to the main window's field: the same action name as there,
   * so the views' buttons work in either window. */
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.go-to-problem", NULL, go_to_problem_activated);
}

static void
simris_whatif_window_init (SimrisWhatifWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_view_switcher_title_new ();
  GtkWidget *bar = adw_view_switcher_bar_new ();
  GtkWidget *compare_scroll;
  AdwViewStackPage *page;

  self->member_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_title (GTK_WINDOW (self), _("What If…"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), self->stack);
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (title), _("What If…"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), self->stack);
  g_object_bind_property (title, "title-visible", bar, "reveal", G_BINDING_SYNC_CREATE);

  page = adw_view_stack_add_titled (self->stack, build_earnings_page (self), "earnings",
                                    /* Translators: a page of the What If window. */
                                    _("Earnings"));
  adw_view_stack_page_set_icon_name (page, "view-continuous-symbolic");

  self->compare = SIMRIS_COMPARE_VIEW (simris_compare_view_new ());
  compare_scroll = GTK_WIDGET (self->compare);
  page = adw_view_stack_add_titled (self->stack, compare_scroll, "compare",
                                    /* Translators: a page of the What If window. */
                                    _("Compare Variants"));
  adw_view_stack_page_set_icon_name (page, "view-dual-symbolic");

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (box), bar);
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
simris_whatif_window_new (SimrisHousehold *household)
{
  SimrisWhatifWindow *self = g_object_new (SIMRIS_TYPE_WHATIF_WINDOW, NULL);

  self->household = g_object_ref (household);
  g_signal_connect_object (household, "changed", G_CALLBACK (household_changed_cb), self, G_CONNECT_SWAPPED);
  refresh_members (self);
  recompute_chart (self);
  simris_compare_view_set_household (self->compare, household);
  return GTK_WIDGET (self);
}

void
simris_whatif_window_set_page (SimrisWhatifWindow *self,
                               const char         *page)
{
  g_return_if_fail (SIMRIS_IS_WHATIF_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->stack, page);
}

void
simris_whatif_window_set_problem (SimrisWhatifWindow *self,
                                  const char         *problem)
{
  g_return_if_fail (SIMRIS_IS_WHATIF_WINDOW (self));

  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  /* At once, in both pages, shown or not: no figure outlives a field made invalid. */
  simris_compare_view_set_problem (self->compare, problem);
  if (self->idle_id == 0)
    recompute_chart (self);
}

static void
form_problem_cb (SimrisWindow       *window,
                 GParamSpec         *pspec,
                 SimrisWhatifWindow *self)
{
  simris_whatif_window_set_problem (self, simris_window_get_form_problem (window));
}

void
simris_whatif_window_follow_form (SimrisWhatifWindow *self,
                                  SimrisWindow       *window)
{
  g_return_if_fail (SIMRIS_IS_WHATIF_WINDOW (self));
  g_return_if_fail (SIMRIS_IS_WINDOW (window));

  g_signal_connect_object (window, "notify::form-problem", G_CALLBACK (form_problem_cb), self, 0);
  simris_whatif_window_set_problem (self, simris_window_get_form_problem (window));
}

GtkWidget *
simris_whatif_window_get_chart (SimrisWhatifWindow *self)
{
  return GTK_WIDGET (self->chart);
}

GtkWidget *
simris_whatif_window_get_compare_view (SimrisWhatifWindow *self)
{
  return GTK_WIDGET (self->compare);
}

void
simris_whatif_window_flush (SimrisWhatifWindow *self)
{
  g_return_if_fail (SIMRIS_IS_WHATIF_WINDOW (self));
  if (self->idle_id != 0)
    {
      g_clear_handle_id (&self->idle_id, g_source_remove);
      recompute_idle (self);
    }
  simris_compare_view_get_comparison (self->compare);
}

static void
what_if_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWidget *view = simris_window_get_result_view (SIMRIS_WINDOW (widget));
  SimrisHousehold *household = simris_result_view_get_household (SIMRIS_RESULT_VIEW (view));
  GtkWidget *window;

  if (household == NULL)
    return;
  window = simris_whatif_window_new (household);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (widget));
  simris_whatif_window_follow_form (SIMRIS_WHATIF_WINDOW (window), SIMRIS_WINDOW (widget));
  gtk_window_present (GTK_WINDOW (window));
}

void
simris_whatif_install_action (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.what-if", NULL, what_if_activated);
}
