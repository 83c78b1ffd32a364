/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisCompareView"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-codes.h"
#include "simris-compare-view.h"
#include "simris-engine.h"
#include "simris-resource.h"
#include "simris-ui-util.h"

struct _SimrisCompareView
{
  GtkWidget         parent_instance;

  SimrisHousehold  *household;
  /* "changed" of the household compared, whichever it is. */
  GSignalGroup     *household_signals;
  SimrisComparison *comparison;
  GPtrArray        *suggestions;   /* SimrisScenario* */
  guint             idle_id;
  /* The main window's form state: while set, no comparison (no amount) is made. */
  char             *problem;

  GtkWidget        *box;
  GtkFlowBox       *suggestions_box;
  GtkLabel         *message_label;
  GtkWidget        *problem_button;
  GtkBox           *columns;
  GtkCheckButton   *every_step;
};

G_DEFINE_FINAL_TYPE (SimrisCompareView, simris_compare_view, GTK_TYPE_WIDGET)

static void rebuild (SimrisCompareView *self);

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    {
      g_auto(GStrv) classes = g_strsplit (css_class, " ", -1);
      for (guint i = 0; classes[i] != NULL; i++)
        gtk_widget_add_css_class (label, classes[i]);
    }
  return label;
}

/* Every saved scenario, those that no longer apply included (each knows why). */
static GPtrArray *
load_saved (SimrisCompareView *self,
            GError           **error)
{
  return simris_scenarios_load_all (self->household, error);
}

static guint
count_applicable (GPtrArray *scenarios)
{
  guint n = 0;

  for (guint i = 0; scenarios != NULL && i < scenarios->len; i++)
    n += simris_scenario_get_problem (g_ptr_array_index (scenarios, i)) == NULL;
  return n;
}

static void
suggestion_clicked_cb (GtkButton         *button,
                       SimrisCompareView *self)
{
  simris_compare_view_add_suggestion (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

/* Removes the one entry of the case's list the button belongs to, the others kept as they
 * are ("changed" → rebuild). */
static void
remove_clicked_cb (GtkButton         *button,
                   SimrisCompareView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "saved-index"));

  simris_scenarios_remove (self->household, index);
}

/* --- one-click variants ---------------------------------------------------------------------- */

static const char *
who (SimrisMember *member)
{
  const char *name = simris_member_get_name (member);

  if (name != NULL && name[0] != '\0')
    return name;
  return simris_relation_get_label (simris_member_get_relation (member), NULL);
}

static void
add_suggestion (SimrisCompareView *self,
                SimrisScenario    *scenario)
{
  g_ptr_array_add (self->suggestions, scenario);
}

static void
build_suggestions (SimrisCompareView *self,
                   SimrisResult      *base)
{
  SimrisDate date = simris_result_get_reference_date (base);
  SimrisDate newest = simris_parameters_get_newest_step (simris_parameters_get_default ());
  GPtrArray *alternatives = simris_result_get_alternatives (base);

  g_ptr_array_set_size (self->suggestions, 0);

  /* Each other reading the result lists ("alternatives"). */
  for (guint i = 0; i < alternatives->len; i++)
    {
      SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
      g_auto(GStrv) parts = NULL;
      SimrisScenario *s;

      /* A fact about a person, not a CPAS option: offered after who leaves, below. */
      if (g_strcmp0 (alt->option, SIMRIS_ALTERNATIVE_SHARES_HOUSEHOLD) == 0)
        continue;
      parts = g_strsplit (alt->text, ": ", 2);
      s = simris_scenario_new (parts[0]);
      simris_scenario_add_set_option (s, alt->option, alt->value);
      add_suggestion (self, s);
    }

  /* Someone leaves the household (the partner first in most cases: file order). */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (self->household), i);
      g_autofree char *name = NULL;
      SimrisScenario *s;

      if (simris_member_get_relation (m) == SIMRIS_RELATION_APPLICANT || !simris_member_get_lives_in_household (m))
        continue;
      /* Translators: a one-click variant; %s is a person's name or relation. */
      name = g_strdup_printf (_("%s leaves"), who (m));
      s = simris_scenario_new (name);
      simris_scenario_add_remove_member (s, simris_member_get_id (m));
      add_suggestion (self, s);
    }

  /* The other answer to "do you share the household with …?" (docs/case-format.md, scenarios:
   * set_shares_household). */
  for (guint i = 0; i < alternatives->len; i++)
    {
      SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
      JsonObject *value;
      g_autoptr(JsonObject) change = NULL;
      g_auto(GStrv) parts = NULL;
      SimrisScenario *s;

      if (g_strcmp0 (alt->option, SIMRIS_ALTERNATIVE_SHARES_HOUSEHOLD) != 0 || !JSON_NODE_HOLDS_OBJECT (alt->value))
        continue;
      value = json_node_get_object (alt->value);
      change = json_object_new ();
      json_object_set_string_member (change, "op", "set_shares_household");
      json_object_set_string_member (change, "member", json_object_get_string_member (value, "member"));
      json_object_set_boolean_member (change, "value", json_object_get_boolean_member (value, "shares_household"));
      parts = g_strsplit (alt->text, ": ", 2);
      s = simris_scenario_new (parts[0]);
      simris_scenario_add_change (s, change);
      add_suggestion (self, s);
    }

  /* Another month: the next one, and the newest index step when the case is before it. */
  {
    SimrisDate next = simris_date_add_months (simris_date_make (simris_date_year (date), simris_date_month (date), 1), 1);
    g_autofree char *iso = simris_date_to_iso (next);
    SimrisScenario *s = simris_scenario_new (_("Next month"));

    simris_scenario_add_set_date (s, iso);
    add_suggestion (self, s);
  }
  if (newest != 0 && date < newest)
    {
      g_autofree char *iso = simris_date_to_iso (newest);
      g_autofree char *shown = simris_date_format (newest, NULL);
      /* Translators: a one-click variant; %s is a date (the newest amounts in force). */
      g_autofree char *name = g_strdup_printf (_("From %s"), shown);
      SimrisScenario *s = simris_scenario_new (name);

      simris_scenario_add_set_date (s, iso);
      add_suggestion (self, s);
    }

  /* A monthly resource of the applicant or the partner stops. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (self->household), i);
      GListModel *resources = simris_member_get_resources (m);
      SimrisRelation relation = simris_member_get_relation (m);

      if (relation != SIMRIS_RELATION_APPLICANT && relation != SIMRIS_RELATION_PARTNER)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (resources); j++)
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (resources, j);
          g_autofree char *name = NULL;
          SimrisScenario *s;

          if (simris_resource_get_period (r) != SIMRIS_PERIOD_MONTH || simris_resource_get_amount (r) <= 0 ||
              simris_resource_get_kind (r) == SIMRIS_RESOURCE_KIND_NONE)
            continue;
          /* Translators: a one-click variant: a person's name, a resource kind. */
          name = g_strdup_printf (_("%s: %s stops"), who (m),
                                  simris_resource_kind_get_label (simris_resource_get_kind (r), NULL));
          s = simris_scenario_new (name);
          simris_scenario_add_set_amount (s, simris_member_get_id (m), j, 0);
          add_suggestion (self, s);
        }
    }
}

static void
show_suggestions (SimrisCompareView *self,
                  gboolean           full)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box))) != NULL)
    gtk_flow_box_remove (self->suggestions_box, child);

  for (guint i = 0; i < self->suggestions->len; i++)
    {
      SimrisScenario *s = g_ptr_array_index (self->suggestions, i);
      GtkWidget *button = gtk_button_new_with_label (simris_scenario_get_name (s));

      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      gtk_widget_set_sensitive (button, !full);
      gtk_widget_set_tooltip_text (button, full ? _("Four columns at most: remove a variant first") : NULL);
      g_signal_connect (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self);
      gtk_flow_box_append (self->suggestions_box, button);
    }
}

/* --- columns --------------------------------------------------------------------------------- */

static GtkWidget *
build_column (SimrisCompareView *self,
              guint              index)
{
  SimrisCompareColumn *c = simris_comparison_get_column (self->comparison, index);
  SimrisCompareColumn *base = simris_comparison_get_column (self->comparison, 0);
  GPtrArray *steps = simris_result_get_steps (c->result);
  GPtrArray *base_steps = simris_result_get_steps (base->result);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = label_new (c->name, "title-4");
  g_autofree char *amount = simris_money_format (simris_result_get_amount_month (c->result), NULL);
  g_autofree char *total = simris_money_format (c->total_month, NULL);
  g_autofree char *category = NULL;
  g_autofree char *income = NULL;
  g_autofree char *differ = NULL;

  gtk_widget_add_css_class (column, "card");
  gtk_widget_set_size_request (column, 240, -1);
  g_object_set (column, "margin-top", 0, NULL);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  if (index > 0)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (remove, _("Remove this variant"));
      g_object_set_data (G_OBJECT (remove), "saved-index",
                         GINT_TO_POINTER (simris_scenario_get_saved_index (c->scenario)));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      gtk_box_append (GTK_BOX (header), remove);
    }
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 12);
  gtk_box_append (GTK_BOX (column), header);

  {
    GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    gtk_widget_set_margin_start (inner, 12);
    gtk_widget_set_margin_end (inner, 12);
    gtk_widget_set_margin_bottom (inner, 12);
    gtk_box_append (GTK_BOX (column), inner);

    if (index == 0)
      gtk_box_append (GTK_BOX (inner), label_new (_("The case as entered."), "dim-label caption"));
    for (guint i = 0; i < c->changes->len; i++)
      gtk_box_append (GTK_BOX (inner), label_new (g_ptr_array_index (c->changes, i), "dim-label caption"));

    gtk_box_append (GTK_BOX (inner), label_new (amount, "title-1"));
    gtk_box_append (GTK_BOX (inner),
                    label_new (!simris_result_get_eligible (c->result) ? _("Not eligible")
                              : simris_result_get_benefit (c->result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                              ? _("Equivalent aid a month") : _("RIS a month"), "caption"));
    /* Translators: a figure in the comparison: the category. */
    category = g_strdup_printf (_("Category: %s"), simris_category_get_label (simris_result_get_category (c->result), NULL));
    gtk_box_append (GTK_BOX (inner), label_new (category, NULL));
    /* Translators: a figure in the comparison: the household's income (resources + RIS). */
    income = g_strdup_printf (_("Household income: %s a month"), total);
    gtk_box_append (GTK_BOX (inner), label_new (income, "heading"));

    if (index > 0)
      {
        guint n = c->differs->len;
        /* Translators: how many explanation steps differ from the base case. */
        differ = n == 0 ? g_strdup (_("Every step is as in the base case."))
                        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step differs from the base case.",
                                                        "%u steps differ from the base case.", n), n);
        gtk_box_append (GTK_BOX (inner), label_new (differ, "accent"));
      }

    gtk_box_append (GTK_BOX (inner), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    for (guint i = 0; i < steps->len; i++)
      {
        SimrisStep *s = g_ptr_array_index (steps, i);
        SimrisStepDiff *diff = simris_comparison_find_diff (self->comparison, index, i);

        if (diff == NULL)
          {
            if (!gtk_check_button_get_active (self->every_step))
              continue;
            gtk_box_append (GTK_BOX (inner), label_new (s->text, "dim-label caption"));
            continue;
          }
        {
          GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

          gtk_widget_add_css_class (frame, "whatif-differs");
          gtk_box_append (GTK_BOX (frame), label_new (s->text, "caption-heading"));
          gtk_box_append (GTK_BOX (frame), label_new (diff->why, "caption accent"));
          for (GtkWidget *w = gtk_widget_get_first_child (frame); w; w = gtk_widget_get_next_sibling (w))
            {
              gtk_widget_set_margin_start (w, 8);
              gtk_widget_set_margin_end (w, 8);
            }
          gtk_widget_set_margin_top (gtk_widget_get_first_child (frame), 6);
          gtk_widget_set_margin_bottom (gtk_widget_get_last_child (frame), 6);
          gtk_box_append (GTK_BOX (inner), frame);
        }
      }
    /* Steps of the base case this variant does not have. */
    for (guint i = 0; index > 0 && i < c->differs->len; i++)
      {
        SimrisStepDiff *diff = g_ptr_array_index (c->differs, i);
        SimrisStep *s;
        g_autofree char *text = NULL;

        if (diff->step >= 0)
          continue;
        s = g_ptr_array_index (base_steps, diff->base_step);
        /* Translators: a step of the base case missing in a variant. */
        text = g_strdup_printf (_("Not in this variant: %s"), s->text);
        gtk_box_append (GTK_BOX (inner), label_new (text, "caption dim-label"));
      }
  }
  return column;
}

/* Issue 27, defect 1: a saved scenario that no longer applies (a person it names was
 * removed) is kept in the case, marked and explained; only the user removes it. */
static GtkWidget *
build_stale_column (SimrisCompareView *self,
                    SimrisScenario    *scenario)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *remove;
  g_autofree char *plain = simris_ui_plain_error (simris_scenario_get_problem (scenario));
  g_autofree char *why = NULL;

  gtk_widget_set_name (column, "stale-variant");
  gtk_widget_add_css_class (column, "card");
  gtk_widget_set_size_request (column, 220, -1);
  gtk_widget_set_valign (column, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (column), label_new (simris_scenario_get_name (scenario), "heading"));
  /* Translators: a saved variant of the case that cannot be computed any more; %s says why */
  why = g_strdup_printf (_("No longer applies to this case: %s. It is kept in the case file, not compared."), plain);
  gtk_box_append (GTK_BOX (column), label_new (why, "caption"));
  /* Translators: removes a saved variant that no longer applies */
  remove = gtk_button_new_with_mnemonic (_("_Remove Variant"));
  gtk_widget_set_halign (remove, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (remove), "saved-index", GINT_TO_POINTER (simris_scenario_get_saved_index (scenario)));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (column), remove);
  gtk_widget_set_margin_start (column, 6);
  gtk_widget_set_margin_end (column, 6);
  return column;
}

static void
rebuild (SimrisCompareView *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint shown;

  g_clear_pointer (&self->comparison, simris_comparison_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns))) != NULL)
    gtk_box_remove (self->columns, child);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_widget_set_visible (self->problem_button, FALSE);

  if (self->household == NULL)
    return;

  /* Never an amount from a field still to correct or answer: the main window's sentence,
   * as its result pane says it, and the way to that field. */
  if (self->problem != NULL)
    {
      gtk_label_set_text (self->message_label, self->problem);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      gtk_widget_set_visible (self->problem_button, TRUE);
      g_ptr_array_set_size (self->suggestions, 0);
      show_suggestions (self, TRUE);
      return;
    }

  all = load_saved (self, &error);
  scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  if (all == NULL)
    {
      /* Kept as they are in the case: nothing is added over them (see add_suggestion). */
      g_autofree char *text = g_strdup_printf (_("The saved variants cannot be used: %s"), error->message);
      gtk_label_set_text (self->message_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      g_clear_error (&error);
    }
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      SimrisScenario *s = g_ptr_array_index (all, i);

      if (simris_scenario_get_problem (s) == NULL)
        {
          if (scenarios->len < SIMRIS_COMPARE_MAX_COLUMNS - 1)
            g_ptr_array_add (scenarios, g_object_ref (s));
        }
      else
        g_ptr_array_add (stale, g_object_ref (s));
    }

  self->comparison = simris_scenario_compare (simris_parameters_get_default (), self->household, scenarios, NULL, &error);
  if (self->comparison == NULL)
    {
      g_autofree char *plain = simris_ui_plain_error (error->message);
      g_autofree char *text = g_strdup_printf (_("No comparison while the case is incomplete or invalid: %s"), plain);
      gtk_label_set_text (self->message_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      show_suggestions (self, TRUE);
      return;
    }

  build_suggestions (self, simris_comparison_get_column (self->comparison, 0)->result);
  shown = simris_comparison_get_n_columns (self->comparison);
  show_suggestions (self, shown >= SIMRIS_COMPARE_MAX_COLUMNS || all == NULL);
  for (guint i = 0; i < shown; i++)
    gtk_box_append (self->columns, build_column (self, i));
  for (guint i = 0; i < stale->len; i++)
    gtk_box_append (self->columns, build_stale_column (self, g_ptr_array_index (stale, i)));
}

static gboolean
rebuild_idle (gpointer data)
{
  SimrisCompareView *self = data;

  self->idle_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
household_changed_cb (SimrisCompareView *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (rebuild_idle, self);
}

static void
simris_compare_view_dispose (GObject *object)
{
  SimrisCompareView *self = SIMRIS_COMPARE_VIEW (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->household_signals);
  g_clear_object (&self->household);
  g_clear_pointer (&self->comparison, simris_comparison_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_COMPARE_VIEW);
  G_OBJECT_CLASS (simris_compare_view_parent_class)->dispose (object);
}

static void
simris_compare_view_class_init (SimrisCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/simris/SimRIS/simris-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisCompareView, box);
  gtk_widget_class_bind_template_child_full (widget_class, "suggestions", FALSE,
                                             G_STRUCT_OFFSET (SimrisCompareView, suggestions_box));
  gtk_widget_class_bind_template_child (widget_class, SimrisCompareView, message_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisCompareView, problem_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisCompareView, columns);
  gtk_widget_class_bind_template_child (widget_class, SimrisCompareView, every_step);
  gtk_widget_class_bind_template_callback (widget_class, rebuild);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
simris_compare_view_init (SimrisCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->household_signals = g_signal_group_new (SIMRIS_TYPE_HOUSEHOLD);
  g_signal_group_connect_swapped (self->household_signals, "changed", G_CALLBACK (household_changed_cb), self);
  self->suggestions = g_ptr_array_new_with_free_func (g_object_unref);
}

GtkWidget *
simris_compare_view_new (void)
{
  return g_object_new (SIMRIS_TYPE_COMPARE_VIEW, NULL);
}

void
simris_compare_view_set_household (SimrisCompareView *self,
                                   SimrisHousehold   *household)
{
  g_return_if_fail (SIMRIS_IS_COMPARE_VIEW (self));

  if (!g_set_object (&self->household, household))
    return;
  g_signal_group_set_target (self->household_signals, household);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  rebuild (self);
}

void
simris_compare_view_set_problem (SimrisCompareView *self,
                                 const char        *problem)
{
  g_return_if_fail (SIMRIS_IS_COMPARE_VIEW (self));

  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  rebuild (self);
}

SimrisHousehold *
simris_compare_view_get_household (SimrisCompareView *self)
{
  g_return_val_if_fail (SIMRIS_IS_COMPARE_VIEW (self), NULL);
  return self->household;
}

SimrisComparison *
simris_compare_view_get_comparison (SimrisCompareView *self)
{
  g_return_val_if_fail (SIMRIS_IS_COMPARE_VIEW (self), NULL);
  if (self->idle_id != 0)
    {
      g_clear_handle_id (&self->idle_id, g_source_remove);
      rebuild (self);
    }
  return self->comparison;
}

guint
simris_compare_view_get_n_suggestions (SimrisCompareView *self)
{
  g_return_val_if_fail (SIMRIS_IS_COMPARE_VIEW (self), 0);
  return self->suggestions->len;
}

void
simris_compare_view_add_suggestion (SimrisCompareView *self,
                                    guint              index)
{
  g_autoptr(GPtrArray) scenarios = NULL;

  g_return_if_fail (SIMRIS_IS_COMPARE_VIEW (self));
  g_return_if_fail (index < self->suggestions->len);

  /* Added to the list, every saved entry kept as it is; nothing when the saved list cannot
   * be read (it is never replaced without the user's word) or the columns are full. */
  scenarios = load_saved (self, NULL);
  if (scenarios == NULL || count_applicable (scenarios) >= SIMRIS_COMPARE_MAX_COLUMNS - 1)
    return;
  simris_scenarios_append (self->household, g_ptr_array_index (self->suggestions, index), NULL);
}
