/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisResultView"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-codes.h"
#include "simris-columns.h"
#include "simris-engine.h"
#include "simris-property.h"
#include "simris-result-view.h"
#include "simris-step-row.h"
#include "simris-ui-util.h"

struct _SimrisResultView
{
  GtkWidget            parent_instance;

  SimrisHousehold     *household;
  /* "changed" of the household shown, whichever it is. */
  GSignalGroup        *household_signals;
  SimrisResult        *result;
  GError              *error;
  char                *problem;
  char                *warnings_key;   /* the warnings shown, to rebuild them only when they change */
  const char          *shown_problem;
  guint                idle_id;

  GtkWidget           *error_box;
  GtkLabel            *error_label;
  GtkLabel            *error_detail_label;
  GtkButton           *error_button;
  GtkWidget           *result_box;
  GtkWidget           *warnings_box;
  GtkBox              *warnings_list;
  GtkImage            *status_icon;
  GtkLabel            *status_label;
  GtkLabel            *reasons_label;
  GtkLabel            *amount_label;
  GtkLabel            *amount_caption;
  GtkLabel            *for_label;
  GtkLabel            *why_label;
  /* The explanation in four groups, each an expander of step rows: the household, the
   * resources, the exemptions, the total. */
  AdwExpanderRow      *step_groups[4];
  GPtrArray           *step_rows[4];
  /* A closed group's rows are hidden, not only out of sight: GTK measures the child of a
   * closed revealer all the same, and the long wrapped texts of the explanation cost a new
   * layout at each edit. They show when the group opens, and hide once it has closed. */
  gboolean             step_rows_shown[4];
  GtkRevealer         *step_revealers[4];
  GtkLabel            *category_label;
  GtkLabel            *category_reason_label;
  GtkLabel            *parameters_label;
  GtkLabel            *category_year_label;
  GtkLabel            *resources_year_label;
  GtkLabel            *exemptions_year_label;
  GtkLabel            *amount_year_label;
  AdwPreferencesGroup *split_group;
  GtkLabel            *split_applicant_label;
  GtkLabel            *split_partner_label;
  AdwPreferencesGroup *advance_group;
  GtkListBox          *advance_list;
  AdwPreferencesGroup *alternatives_group;
  AdwPreferencesGroup *applicants_group;
  GtkListBox          *applicants_list;
  GtkListBox          *alternatives_list;
  GtkListBox          *steps_list;
  /* The rows of advance_list, applicants_list, alternatives_list, refilled in place. */
  GPtrArray           *advance_rows;
  GPtrArray           *applicant_rows;
  GPtrArray           *alternative_rows;
};

G_DEFINE_FINAL_TYPE (SimrisResultView, simris_result_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HOUSEHOLD,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
set_money (GtkLabel    *label,
           SimrisCents  cents)
{
  g_autofree char *text = simris_ui_format_money (cents);

  simris_ui_set_label (label, text);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (wrap)
    gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GVariant *
json_to_variant (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return g_variant_new_boolean (json_node_get_boolean (node));
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_variant_new_string (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_variant_new_int32 ((gint32) json_node_get_int (node));
  return NULL;
}

/* A row of the lists below the amount, kept from one result to the next and refilled: an
 * edit changes a figure in its subtitle, not the row. Built as libadwaita builds an action
 * row (its style classes: row > box.header > box.title > label.title, label.subtitle), but
 * on SimrisColumns rather than a horizontal GtkBox, whose measuring lays a changed subtitle
 * out a hundred times (simris-columns.h). The button is made once, shown when the row
 * offers one. */
static GtkWidget *
list_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *button;
  GtkWidget *header;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  for (GtkWidget **label = (GtkWidget *[]) { title, subtitle, NULL }; *label != NULL; label++)
    {
      gtk_label_set_xalign (GTK_LABEL (*label), 0);
      gtk_label_set_wrap (GTK_LABEL (*label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (*label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_visible (*label, FALSE);
      gtk_box_append (GTK_BOX (title_box), *label);
    }
  gtk_widget_add_css_class (title, "title");
  gtk_widget_add_css_class (subtitle, "subtitle");
  gtk_widget_add_css_class (title_box, "title");
  gtk_widget_set_hexpand (title_box, TRUE);

  /* Translators: button that applies another reading of the law to the case */
  button = gtk_button_new_with_mnemonic (_("_Use This Option"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Change the case’s option to this reading (you can undo it)"));
  gtk_widget_set_visible (button, FALSE);
  simris_ui_name_mnemonic_buttons (button);

  header = simris_columns_new (title_box, button, 6);
  gtk_widget_add_css_class (header, "header");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, subtitle, NULL,
                                  -1);
  g_object_set_data (G_OBJECT (row), "simris-title", title);
  g_object_set_data (G_OBJECT (row), "simris-subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "simris-button", button);
  return row;
}

static void
row_set_text (GtkWidget  *row,
              const char *key,
              const char *text)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), key);

  simris_ui_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The list's first n rows, made or dropped as needed; the rows kept in rows. */
static void
sync_rows (GtkListBox *list,
           GPtrArray  *rows,
           guint       n)
{
  while (rows->len < n)
    {
      GtkWidget *row = list_row_new ();

      gtk_list_box_append (list, row);
      g_ptr_array_add (rows, row);
    }
  while (rows->len > n)
    {
      gtk_list_box_remove (list, g_ptr_array_index (rows, rows->len - 1));
      g_ptr_array_set_size (rows, rows->len - 1);
    }
}

static void
row_set_button (GtkWidget *row,
                GVariant  *target)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "simris-button");
  GVariant *shown = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

  if (target == NULL)
    {
      gtk_widget_set_visible (button, FALSE);
      if (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) != NULL)
        gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
      return;
    }
  g_variant_ref_sink (target);
  if (shown == NULL || !g_variant_equal (shown, target))
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  if (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.use-alternative");
  gtk_widget_set_visible (button, TRUE);
  g_variant_unref (target);
}

static void
alternative_row_update (GtkWidget               *row,
                        const SimrisAlternative *alt,
                        SimrisCents              current_month)
{
  g_autofree char *money = simris_ui_format_money (alt->amount_month);
  g_autofree char *year = simris_ui_format_money (alt->amount_year);
  g_autofree char *difference = NULL;
  g_autofree char *subtitle = NULL;
  SimrisCents diff = alt->amount_month - current_month;
  GVariant *value = JSON_NODE_HOLDS_VALUE (alt->value) ? json_to_variant (alt->value) : NULL;

  row_set_text (row, "simris-title", alt->text ? alt->text : alt->option);
  if (diff != 0)
    {
      g_autofree char *delta = simris_ui_format_money (diff < 0 ? -diff : diff);

      difference = diff > 0
        /* Translators: how another reading changes the monthly amount, e.g. "45,20 € more a month" */
        ? g_strdup_printf (_("%s more a month"), delta)
        /* Translators: how another reading changes the monthly amount, e.g. "45,20 € less a month" */
        : g_strdup_printf (_("%s less a month"), delta);
    }
  else
    /* Translators: another reading of the law gives the same monthly amount */
    difference = g_strdup (_("the same amount"));
  /* The other benefit is not a reading but another application (calculation.md §15): it is
   * chosen in the form, with its own residence answer, not by this button. */
  if (g_strcmp0 (alt->option, SIMRIS_OPTION_BENEFIT) == 0)
    {
      /* Translators: under the equivalent social aid offered when the integration income's residence condition is not met */
      subtitle = g_strdup_printf (_("Choose “Equivalent social aid” as the benefit asked and answer its residence question. It would give %s a month (%s a year)."),
                                  money, year);
      row_set_text (row, "simris-subtitle", subtitle);
      if (value != NULL)
        g_variant_unref (g_variant_ref_sink (value));
      row_set_button (row, NULL);
      return;
    }
  if (g_strcmp0 (alt->option, SIMRIS_ALTERNATIVE_SHARES_HOUSEHOLD) == 0)
    /* Translators: the other answer to a question about the household (a fact the CPAS checks in
     * its social inquiry), then the monthly and yearly amounts and the difference */
    subtitle = g_strdup_printf (_("A fact the CPAS checks in its social inquiry. The other answer would give %s a month (%s a year): %s."),
                                money, year, difference);
  else
    /* Translators: under another reading of the law: who decides, then the monthly and yearly
     * amounts and the difference, e.g. "… 512,30 € a month (6 147,60 € a year): 45,20 € more a month" */
    subtitle = g_strdup_printf (_("The CPAS chooses this reading (a court may, on appeal). It would give %s a month (%s a year): %s."),
                                money, year, difference);
  row_set_text (row, "simris-subtitle", subtitle);

  /* The answer about a person is changed on their page, not here. */
  row_set_button (row, value != NULL ? g_variant_new ("(sv)", alt->option, value) : NULL);
}

static void
advance_row_update (GtkWidget                 *row,
                    const SimrisAdvanceBenefit *benefit)
{
  row_set_text (row, "simris-title", simris_resource_kind_get_label (benefit->kind, NULL));
  if (benefit->paying_body != NULL && *benefit->paying_body != '\0')
    {
      g_autofree char *subtitle = NULL;

      /* Translators: %s is the body that will pay a benefit claimed, e.g. "CAPAC" */
      subtitle = g_strdup_printf (_("Recoverable from %s"), benefit->paying_body);
      row_set_text (row, "simris-subtitle", subtitle);
    }
  else
    row_set_text (row, "simris-subtitle", _("Paying body not given"));
  row_set_button (row, NULL);
}

/* Which group of the explanation a step belongs to. */
static guint
step_group (SimrisStepKind kind)
{
  switch (kind)
    {
    case SIMRIS_STEP_RESOURCE:
    case SIMRIS_STEP_COHABITANTS:
      return 1;
    case SIMRIS_STEP_EXEMPTION:
      return 2;
    case SIMRIS_STEP_TOTAL:
    case SIMRIS_STEP_AMOUNT:
    case SIMRIS_STEP_SPLIT:
    case SIMRIS_STEP_ADVANCE:
    case SIMRIS_STEP_NOTE:
      return 3;
    case SIMRIS_STEP_PARAMETERS:
    case SIMRIS_STEP_FACTS:
    case SIMRIS_STEP_CONDITION:
    case SIMRIS_STEP_CATEGORY:
    default:
      return 0;
    }
}

/* Under the amount, for a reader who is no expert: who it is for, and one sentence why. */
static void
show_summary (SimrisResultView *self)
{
  SimrisResult *result = self->result;
  SimrisMember *applicant = self->household ? simris_household_get_applicant (self->household) : NULL;
  const char *name = applicant ? simris_member_get_name (applicant) : NULL;
  /* Translators: who the amount is for, when the applicant has no name in the case */
  g_autofree char *who = g_strdup (name && *name ? name : _("the applicant"));
  g_autofree char *for_text = NULL;
  g_autofree char *why = NULL;
  SimrisCategory category = simris_result_get_category (result);
  const char *category_label = simris_category_get_label (category, NULL);
  SimrisCents applicant_part = 0, partner_part = 0;
  gboolean has_partner = FALSE;

  for (guint i = 0; self->household && i < g_list_model_get_n_items (G_LIST_MODEL (self->household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (self->household), i);

      if (simris_member_get_relation (member) == SIMRIS_RELATION_PARTNER
          && simris_member_get_lives_in_household (member))
        has_partner = TRUE;
    }

  if (!simris_result_get_eligible (result))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->for_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->why_label), FALSE);
      return;
    }

  if (simris_result_get_split (result, &applicant_part, &partner_part))
    /* Translators: who the amount is for; %s is the applicant */
    for_text = g_strdup_printf (_("For %s and their partner, split between them"), who);
  else if (category == SIMRIS_CATEGORY_FAMILY && has_partner)
    /* Translators: who the amount is for; %s is the applicant */
    for_text = g_strdup_printf (_("For %s, their partner and the children in their charge"), who);
  else if (category == SIMRIS_CATEGORY_FAMILY)
    /* Translators: who the amount is for; %s is the applicant */
    for_text = g_strdup_printf (_("For %s and the children in their charge"), who);
  else
    /* Translators: who the amount is for; %s is the applicant */
    for_text = g_strdup_printf (_("For %s"), who);

  if (simris_result_get_resources_counted_year (result) == 0)
    /* Translators: why, in one sentence; %s is a category, e.g. "single person" */
    why = g_strdup_printf (_("The full amount for a %s: no resources count against it."), category_label);
  else
    {
      g_autofree char *full = simris_ui_format_money (simris_result_get_category_amount_year (result));
      g_autofree char *counted = simris_ui_format_money (simris_result_get_resources_counted_year (result));
      g_autofree char *exempt = simris_ui_format_money (simris_result_get_exemptions_year (result));

      /* Translators: why, in one sentence: a category, then yearly amounts */
      why = g_strdup_printf (_("The amount for a %s, %s a year, less the %s of resources that count, of which %s stays exempt."),
                             category_label, full, counted, exempt);
    }

  /* Issue 29: beside the amount, the maintenance aid (art. 68quinquies LO) and the PIIS for
   * studies, as the core computed them. */
  {
    SimrisCents aid_month = 0, aid_year = 0;
    g_autoptr(GString) more = g_string_new (why);

    if (simris_result_get_maintenance_aid (result, NULL, &aid_month, &aid_year))
      {
        g_autofree char *m = simris_ui_format_money (aid_month);
        g_autofree char *y = simris_ui_format_money (aid_year);

        g_string_append_c (more, '\n');
        /* Translators: the specific aid for maintenance paid for one's children; a monthly, then a yearly amount */
        g_string_append_printf (more, _("Besides: %s a month (%s a year) of aid for the maintenance paid for the children, on proof of payment."),
                                m, y);
      }
    if (simris_result_get_piis_studies (result))
      {
        g_string_append_c (more, '\n');
        g_string_append (more, _("As a full-time student, the right rests on a PIIS for the studies."));
      }
    g_free (why);
    why = g_string_free (g_steal_pointer (&more), FALSE);
  }

  simris_ui_set_label (self->for_label, for_text);
  simris_ui_set_label (self->why_label, why);
  gtk_widget_set_visible (GTK_WIDGET (self->for_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->why_label), TRUE);
}

static void
show_step_rows (SimrisResultView *self,
                guint             group,
                gboolean          shown)
{
  GPtrArray *rows = self->step_rows[group];

  if (self->step_rows_shown[group] == shown)
    return;
  self->step_rows_shown[group] = shown;
  for (guint i = 0; i < rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (rows, i), shown);
}

static guint
group_index (SimrisResultView *self,
             GtkWidget        *widget)
{
  for (guint g = 0; g < G_N_ELEMENTS (self->step_groups); g++)
    if (widget == GTK_WIDGET (self->step_groups[g]) || widget == (GtkWidget *) self->step_revealers[g])
      return g;
  return G_MAXUINT;
}

/* Opening: the rows show before the revealer slides them in. */
static void
group_expanded_cb (SimrisResultView *self,
                   GParamSpec       *pspec,
                   AdwExpanderRow   *group)
{
  guint g = group_index (self, GTK_WIDGET (group));

  if (g == G_MAXUINT)
    return;
  if (adw_expander_row_get_expanded (group))
    show_step_rows (self, g, TRUE);
  else if (self->step_revealers[g] == NULL || !gtk_revealer_get_child_revealed (self->step_revealers[g]))
    show_step_rows (self, g, FALSE);
}

/* Closing: the rows hide once the revealer has slid them out. */
static void
group_revealed_cb (SimrisResultView *self,
                   GParamSpec       *pspec,
                   GtkRevealer      *revealer)
{
  guint g = group_index (self, GTK_WIDGET (revealer));

  if (g != G_MAXUINT && !gtk_revealer_get_child_revealed (revealer)
      && !adw_expander_row_get_expanded (self->step_groups[g]))
    show_step_rows (self, g, FALSE);
}

/* The revealer the group's rows sit in (libadwaita's own), once it holds a row. */
static void
watch_group_revealer (SimrisResultView *self,
                      guint             group,
                      GtkWidget        *row)
{
  GtkWidget *revealer;

  if (self->step_revealers[group] != NULL)
    return;
  revealer = gtk_widget_get_ancestor (row, GTK_TYPE_REVEALER);
  if (revealer == NULL || !gtk_widget_is_ancestor (revealer, GTK_WIDGET (self->step_groups[group])))
    return;
  self->step_revealers[group] = GTK_REVEALER (revealer);
  g_signal_connect_object (revealer, "notify::child-revealed", G_CALLBACK (group_revealed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* The status line: entitled or not, to the benefit asked. */
static const char *
status_text (gboolean      eligible,
             SimrisBenefit benefit)
{
  if (benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    /* Translators: status of the result */
    return eligible ? _("Entitled to the equivalent social aid")
                    : _("Not entitled to the equivalent social aid");
  /* Translators: status of the result */
  return eligible ? _("Entitled to the integration income")
                  : _("Not entitled to the integration income");
}

static void
show_result (SimrisResultView *self)
{
  SimrisResult *result = self->result;
  const char * const *reasons = simris_result_get_ineligible_reasons (result);
  gboolean eligible = simris_result_get_eligible (result);
  GPtrArray *warnings = simris_result_get_warnings (result);
  GPtrArray *alternatives = simris_result_get_alternatives (result);
  GPtrArray *advance = simris_result_get_advance (result);
  GPtrArray *steps = simris_result_get_steps (result);
  SimrisCategory category = simris_result_get_category (result);
  SimrisCents split_applicant = 0, split_partner = 0;
  g_autofree char *params = NULL;
  g_autofree char *params_text = NULL;

  /* Warnings first, where they cannot be missed. Rebuilt only when they change: new wrapped
   * labels cost a relayout of the pane at every key press otherwise. */
  {
    g_autoptr(GString) key = g_string_new (NULL);

    for (guint i = 0; warnings != NULL && i < warnings->len; i++)
      g_string_append_printf (key, "%s\x1f", ((const SimrisWarning *) g_ptr_array_index (warnings, i))->text);
    if (g_strcmp0 (self->warnings_key, key->str) == 0)
      warnings = NULL;
    else
      {
        g_free (self->warnings_key);
        self->warnings_key = g_strdup (key->str);
        clear_box (GTK_WIDGET (self->warnings_list));
      }
  }
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const SimrisWarning *w = g_ptr_array_index (warnings, i);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label;
      GtkWidget *columns;

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_set_margin_top (icon, 2);
      gtk_widget_add_css_class (icon, "warning");
      label = new_label (w->text, NULL, TRUE);
      /* The text takes the card's width rather than wrapping at half of it; the icon before
       * it. Not a horizontal GtkBox: see simris-columns.h. */
      columns = simris_columns_new (label, icon, 8);
      simris_columns_set_side_start (SIMRIS_COLUMNS (columns), TRUE);
      gtk_box_append (self->warnings_list, columns);
    }
  gtk_widget_set_visible (self->warnings_box, gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list)) != NULL);

  /* Status */
  gtk_image_set_from_icon_name (self->status_icon, eligible ? "emblem-ok-symbolic" : "dialog-error-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), eligible ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), eligible ? "success" : "error");
  simris_ui_set_label (self->status_label, status_text (eligible, simris_result_get_benefit (result)));

  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
      {
        g_autofree char *reason = simris_result_dup_reason_text (result, reasons[i]);

        if (text->len > 0)
          g_string_append_c (text, '\n');
        g_string_append (text, reason ? reason : reasons[i]);
      }
    simris_ui_set_label (self->reasons_label, text->str);
    gtk_widget_set_visible (GTK_WIDGET (self->reasons_label), text->len > 0);
  }

  set_money (self->amount_label, simris_result_get_amount_month (result));
  {
    const char *label = simris_category_get_label (category, NULL);
    g_autofree char *capitalized = NULL;

    /* The core's labels are nouns for sentences; as a heading they take a capital. */
    if (label != NULL && *label != '\0')
      {
        char first[8] = { 0 };

        g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (label)), first);
        capitalized = g_strconcat (first, g_utf8_next_char (label), NULL);
      }
    simris_ui_set_label (self->category_label, capitalized ? capitalized : "");
  }
  simris_ui_set_label (self->category_reason_label, simris_result_get_category_reason (result));
  gtk_widget_set_visible (GTK_WIDGET (self->category_reason_label),
                          simris_result_get_category_reason (result) != NULL);

  params = simris_date_to_iso (simris_result_get_parameters_date (result));
  {
    g_autofree char *shown = simris_ui_format_date (params);

    /* Translators: %s is a date: the amounts used are those in force from that day */
    params_text = g_strdup_printf (_("Amounts in force from %s"), shown ? shown : params);
    simris_ui_set_label (self->parameters_label, params_text);
  }

  set_money (self->category_year_label, simris_result_get_category_amount_year (result));
  set_money (self->resources_year_label, simris_result_get_resources_counted_year (result));
  set_money (self->exemptions_year_label, simris_result_get_exemptions_year (result));
  set_money (self->amount_year_label, simris_result_get_amount_year (result));
  {
    /* The yearly row names the benefit computed (issue 29). */
    GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (self->amount_year_label), ADW_TYPE_PREFERENCES_ROW);

    if (row != NULL)
      simris_ui_set_row_title (ADW_PREFERENCES_ROW (row),
                                     simris_result_get_benefit (result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                                     ? _("Equivalent social aid") : _("Integration income"));
  }

  /* Split between the partners */
  if (simris_result_get_split (result, &split_applicant, &split_partner))
    {
      g_autofree char *description = NULL;

      set_money (self->split_applicant_label, split_applicant);
      set_money (self->split_partner_label, split_partner);
      /* Translators: %d is a percentage */
      description = g_strdup_printf (_("The family amount is split: %d %% to the applicant."),
                                     simris_result_get_split_share (result));
      adw_preferences_group_set_description (self->split_group, description);
      gtk_widget_set_visible (GTK_WIDGET (self->split_group), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->split_group), FALSE);

  /* Advance */
  sync_rows (self->advance_list, self->advance_rows, advance != NULL ? advance->len : 0);
  for (guint i = 0; advance != NULL && i < advance->len; i++)
    advance_row_update (g_ptr_array_index (self->advance_rows, i), g_ptr_array_index (advance, i));
  gtk_widget_set_visible (GTK_WIDGET (self->advance_group), advance != NULL && advance->len > 0);

  /* Each applicant's own amount (docs/calculation.md §5.1). */
  {
    GPtrArray *applicants = simris_result_get_applicants (result);

    sync_rows (self->applicants_list, self->applicant_rows, applicants != NULL ? applicants->len : 0);
    for (guint i = 0; applicants != NULL && i < applicants->len; i++)
      {
        SimrisApplicantAmount *a = g_ptr_array_index (applicants, i);
        GtkWidget *row = g_ptr_array_index (self->applicant_rows, i);
        g_autofree char *shown = NULL;

        row_set_text (row, "simris-title", a->name);
        if (a->computed)
          {
            g_autofree char *m = simris_ui_format_money (a->amount_month);
            /* Translators: a monthly amount, e.g. "603,39 € a month" */
            shown = g_strdup_printf (_("%s a month"), m);
          }
        else
          shown = g_strdup (_("Describe this application in a case of its own"));
        row_set_text (row, "simris-subtitle", shown);
        row_set_button (row, NULL);
      }
    gtk_widget_set_visible (GTK_WIDGET (self->applicants_group), applicants != NULL && applicants->len > 0);
  }

  /* Other readings */
  sync_rows (self->alternatives_list, self->alternative_rows, alternatives != NULL ? alternatives->len : 0);
  for (guint i = 0; alternatives != NULL && i < alternatives->len; i++)
    alternative_row_update (g_ptr_array_index (self->alternative_rows, i),
                            g_ptr_array_index (alternatives, i), simris_result_get_amount_month (result));
  gtk_widget_set_visible (GTK_WIDGET (self->alternatives_group), alternatives != NULL && alternatives->len > 0);

  /* Explanation: in groups, the rows kept and refilled. */
  {
    guint counts[4] = { 0, 0, 0, 0 };

    for (guint i = 0; steps != NULL && i < steps->len; i++)
      {
        const SimrisStep *step = g_ptr_array_index (steps, i);
        guint group = step_group (step->kind);
        GPtrArray *rows = self->step_rows[group];
        GtkWidget *row;

        if (counts[group] < rows->len)
          row = g_ptr_array_index (rows, counts[group]);
        else
          {
            row = simris_step_row_new ();
            gtk_widget_set_visible (row, self->step_rows_shown[group]);
            adw_expander_row_add_row (self->step_groups[group], row);
            g_ptr_array_add (rows, row);
            watch_group_revealer (self, group, row);
          }
        simris_step_row_update (SIMRIS_STEP_ROW (row), step);
        counts[group]++;
      }
    for (guint g = 0; g < G_N_ELEMENTS (self->step_groups); g++)
      {
        GPtrArray *rows = self->step_rows[g];
        g_autofree char *subtitle = NULL;

        while (rows->len > counts[g])
          {
            adw_expander_row_remove (self->step_groups[g], g_ptr_array_index (rows, rows->len - 1));
            g_ptr_array_set_size (rows, rows->len - 1);
          }
        /* Translators: under a group of the explanation: how many steps it holds */
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", counts[g]), counts[g]);
        if (g_strcmp0 (adw_expander_row_get_subtitle (self->step_groups[g]), subtitle) != 0)
          adw_expander_row_set_subtitle (self->step_groups[g], subtitle);
        gtk_widget_set_visible (GTK_WIDGET (self->step_groups[g]), counts[g] > 0);
      }
  }

  show_summary (self);
}

/* The engine names the field as a path ("members[1].resources[0].amount: …"). Say it with
 * the person's name and the field's label, and offer to open that person's page; the path
 * stays below for whoever needs it. */
static void
show_error (SimrisResultView *self)
{
  const char *message = self->error->message;
  const char *reason = NULL;
  g_autofree char *path = NULL;
  g_autofree char *friendly = NULL;
  const char *field = NULL;
  guint index = G_MAXUINT;

  gtk_widget_set_visible (GTK_WIDGET (self->error_button), FALSE);
  gtk_label_set_label (self->error_detail_label, "");

  if (simris_ui_split_field_error (message, &path, &reason))
    {
      const char *last_dot = strrchr (path, '.');

      field = last_dot ? last_dot + 1 : path;
      if (sscanf (path, "members[%u]", &index) != 1)
        index = G_MAXUINT;
    }

  if (field != NULL)
    {
      const char *field_label = simris_ui_field_label (field);
      g_autofree char *who = NULL;

      if (index != G_MAXUINT && self->household != NULL
          && index < g_list_model_get_n_items (G_LIST_MODEL (self->household)))
        {
          g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (self->household), index);
          const char *name = simris_member_get_name (member);

          who = g_strdup (name && *name ? name
                          : simris_relation_get_label (simris_member_get_relation (member), NULL));
          gtk_actionable_set_action_target (GTK_ACTIONABLE (self->error_button), "s", simris_member_get_id (member));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (self->error_button), "win.show-member");
          gtk_widget_set_visible (GTK_WIDGET (self->error_button), TRUE);
        }

      if (who != NULL && field_label != NULL)
        /* Translators: what is wrong in the case: a person, a field, the reason */
        friendly = g_strdup_printf (_("%s, %s: %s"), who, field_label, reason);
      else if (field_label != NULL)
        /* Translators: what is wrong in the case: a field, the reason */
        friendly = g_strdup_printf (_("%s: %s"), field_label, reason);
      else if (who != NULL)
        friendly = g_strdup_printf (_("%s: %s"), who, reason);
    }

  if (friendly != NULL)
    {
      /* Capitalised as a sentence of its own. */
      g_autofree char *rest = g_strdup (g_utf8_next_char (friendly));
      char first[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (friendly)), first);
      g_free (friendly);
      friendly = g_strconcat (first, rest, NULL);
      gtk_label_set_label (self->error_label, friendly);
    }
  else
    {
      /* Never a raw path like members[0].birth_date: plain words only. */
      g_autofree char *plain = simris_ui_plain_error (message);

      gtk_label_set_label (self->error_label, plain);
    }
}

/* A field the user must correct or fill in, as the window says it: no amount is shown. */
static void
show_problem (SimrisResultView *self)
{
  gtk_label_set_label (self->error_label, self->shown_problem);
  gtk_label_set_label (self->error_detail_label, "");
  /* Translators: opens the page and puts the cursor in the field that is missing or not valid */
  gtk_button_set_label (self->error_button, _("_Go to This Field"));
  /* win.go-to-problem takes no parameter: drop the person a case error may have set before,
   * or GTK finds no such action and greys the button out. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->error_button), NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->error_button), "win.go-to-problem");
  gtk_widget_set_visible (GTK_WIDGET (self->error_button), TRUE);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (self->error_button));
}

static void
update_display (SimrisResultView *self)
{
  gtk_widget_set_visible (self->error_box, self->result == NULL);
  gtk_widget_set_visible (self->result_box, self->result != NULL);

  if (self->result != NULL)
    show_result (self);
  else if (self->shown_problem != NULL)
    show_problem (self);
  else if (self->error != NULL)
    {
      gtk_button_set_label (self->error_button, _("_Go to This Person"));
      simris_ui_name_mnemonic_buttons (GTK_WIDGET (self->error_button));
      show_error (self);
    }
  else
    gtk_label_set_label (self->error_label, "");
}

static void
recompute (SimrisResultView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisResult) result = NULL;

  g_clear_handle_id (&self->idle_id, g_source_remove);

  /* Never a figure from a field the user must still correct or fill in; and a draft's
   * missing kind or amount never reaches the engine's tables. */
  self->shown_problem = self->problem;
  if (self->household != NULL && self->problem == NULL
      && !simris_ui_household_is_complete (self->household, NULL, NULL, NULL))
    /* Translators: shown instead of the result when the window gives no other detail */
    self->shown_problem = _("An answer is missing.");

  if (self->household != NULL && self->shown_problem == NULL)
    result = simris_engine_compute (simris_parameters_get_default (), self->household, 0,
                                    simris_ui_lang (), &error);

  g_set_object (&self->result, result);
  g_clear_error (&self->error);
  self->error = g_steal_pointer (&error);
  update_display (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

static gboolean
recompute_idle_cb (gpointer user_data)
{
  SimrisResultView *self = user_data;

  self->idle_id = 0;
  recompute (self);
  return G_SOURCE_REMOVE;
}

static void
household_changed_cb (SimrisResultView *self)
{
  /* A burst of edits (the events of one main loop iteration: typing, a paste) gives one
   * computation, before the next frame's layout and paint (G_PRIORITY_HIGH_IDLE runs ahead
   * of GDK_PRIORITY_REDRAW): the frame after an edit shows its result, never the one before. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, recompute_idle_cb, self, NULL);
}

static void
simris_result_view_dispose (GObject *object)
{
  SimrisResultView *self = SIMRIS_RESULT_VIEW (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_RESULT_VIEW);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->household_signals);
  g_clear_object (&self->household);
  g_clear_object (&self->result);
  g_clear_error (&self->error);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->warnings_key, g_free);
  for (guint g = 0; g < G_N_ELEMENTS (self->step_rows); g++)
    g_clear_pointer (&self->step_rows[g], g_ptr_array_unref);
  g_clear_pointer (&self->advance_rows, g_ptr_array_unref);
  g_clear_pointer (&self->applicant_rows, g_ptr_array_unref);
  g_clear_pointer (&self->alternative_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (simris_result_view_parent_class)->dispose (object);
}

/* The result is read-only: the view computes it from the household. */
static const SimrisProperty result_view_properties[N_PROPS] = {
  [PROP_HOUSEHOLD] = SIMRIS_PROPERTY_OBJECT ("household", simris_household_get_type,
                                            simris_result_view_get_household, simris_result_view_set_household,
                                            SIMRIS_PROPERTY_READWRITE),
  [PROP_RESULT] = SIMRIS_PROPERTY_OBJECT ("result", simris_result_get_type, simris_result_view_get_result, NULL,
                                          G_PARAM_READABLE),
};

static void
simris_result_view_class_init (SimrisResultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_result_view_dispose;

  simris_property_install (object_class, result_view_properties, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-result-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, error_box);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, error_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, error_detail_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, error_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, result_box);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, status_icon);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, status_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, amount_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, amount_caption);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, for_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, why_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, category_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, category_reason_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, parameters_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, category_year_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, resources_year_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, exemptions_year_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, amount_year_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, split_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, split_applicant_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, split_partner_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, advance_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, advance_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, alternatives_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, applicants_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, applicants_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, alternatives_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisResultView, steps_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
simris_result_view_init (SimrisResultView *self)
{
  static const char *group_titles[4] = {
    /* Translators: a group of the explanation: who lives in the household, the category */
    N_("The Household"),
    /* Translators: a group of the explanation */
    N_("The Resources"),
    /* Translators: a group of the explanation */
    N_("The Exemptions"),
    /* Translators: a group of the explanation: the yearly and monthly amounts */
    N_("The Total"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->household_signals = g_signal_group_new (SIMRIS_TYPE_HOUSEHOLD);
  g_signal_group_connect_swapped (self->household_signals, "changed", G_CALLBACK (household_changed_cb), self);
  self->advance_rows = g_ptr_array_new ();
  self->applicant_rows = g_ptr_array_new ();
  self->alternative_rows = g_ptr_array_new ();
  for (guint g = 0; g < G_N_ELEMENTS (self->step_groups); g++)
    {
      self->step_groups[g] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->step_groups[g]), _(group_titles[g]));
      gtk_list_box_append (self->steps_list, GTK_WIDGET (self->step_groups[g]));
      self->step_rows[g] = g_ptr_array_new ();
    }
  /* The total is what most readers look for first. */
  adw_expander_row_set_expanded (self->step_groups[3], TRUE);
  for (guint g = 0; g < G_N_ELEMENTS (self->step_groups); g++)
    {
      self->step_rows_shown[g] = adw_expander_row_get_expanded (self->step_groups[g]);
      g_signal_connect_object (self->step_groups[g], "notify::expanded", G_CALLBACK (group_expanded_cb),
                               self, G_CONNECT_SWAPPED);
    }
  update_display (self);
}

GtkWidget *
simris_result_view_new (void)
{
  return g_object_new (SIMRIS_TYPE_RESULT_VIEW, NULL);
}

SimrisHousehold *
simris_result_view_get_household (SimrisResultView *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT_VIEW (self), NULL);

  return self->household;
}

void
simris_result_view_set_household (SimrisResultView *self,
                                  SimrisHousehold  *household)
{
  g_return_if_fail (SIMRIS_IS_RESULT_VIEW (self));
  g_return_if_fail (!household || SIMRIS_IS_HOUSEHOLD (household));

  if (self->household == household)
    return;

  g_set_object (&self->household, household);
  g_signal_group_set_target (self->household_signals, household);
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOUSEHOLD]);
}

SimrisResult *
simris_result_view_get_result (SimrisResultView *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT_VIEW (self), NULL);

  return self->result;
}

const GError *
simris_result_view_get_error (SimrisResultView *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT_VIEW (self), NULL);

  return self->error;
}

void
simris_result_view_flush (SimrisResultView *self)
{
  g_return_if_fail (SIMRIS_IS_RESULT_VIEW (self));

  if (self->idle_id != 0)
    recompute (self);
}

gboolean
simris_result_view_is_pending (SimrisResultView *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT_VIEW (self), FALSE);

  return self->idle_id != 0;
}

void
simris_result_view_set_problem (SimrisResultView *self,
                                const char       *problem)
{
  g_return_if_fail (SIMRIS_IS_RESULT_VIEW (self));

  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  self->shown_problem = NULL;
  recompute (self);
}

const char *
simris_result_view_get_problem (SimrisResultView *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT_VIEW (self), NULL);

  return self->problem;
}
