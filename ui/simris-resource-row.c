/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisResourceRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-date-row.h"
#include "simris-enum-row.h"
#include "simris-enum-types.h"
#include "simris-help-button.h"
#include "simris-kind-row.h"
#include "simris-money-row.h"
#include "simris-property.h"
#include "simris-resource-row.h"
#include "simris-rules.h"
#include "simris-ui-util.h"

struct _SimrisResourceRow
{
  AdwExpanderRow  parent_instance;

  SimrisResource *resource;

  SimrisKindRow  *kind_row;
  SimrisHelpButton *kind_help;
  SimrisMoneyRow *amount_row;
  SimrisEnumRow  *period_row;
  AdwActionRow   *count_row;
  GtkSpinButton  *count_spin;
  AdwActionRow   *children_row;
  GtkSpinButton  *children_spin;
  AdwEntryRow    *label_row;
  AdwActionRow   *spi_switch_row;
  GtkSwitch      *spi_switch;
  SimrisDateRow  *spi_row;
  SimrisDateRow  *from_row;
  SimrisDateRow  *until_row;
  SimrisDateRow  *shortage_row;
  GtkWidget      *spi_help;
  GtkWidget      *shortage_help;
  AdwActionRow   *question_row;
  GtkButton      *fix_button;
  GtkButton      *remove_button;
  /* "Began while on the integration income" answered yes, its date not typed yet. */
  gboolean        spi_asked;
  gboolean        spi_updating;
};

G_DEFINE_FINAL_TYPE (SimrisResourceRow, simris_resource_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_RESOURCE,
  N_PROPS
};

enum {
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Shows the fields the case-file format has for this kind (docs/case-format.md), as its row of
 * the law's table says: a total or a flow, a number of cheques, a start date for work. */
static void
update_fields (SimrisResourceRow *self)
{
  SimrisResourceKind kind = simris_resource_get_kind (self->resource);

  gtk_widget_set_visible (GTK_WIDGET (self->period_row), !simris_rules_kind_is_total (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->count_row), simris_rules_kind_has_field (kind, SIMRIS_KIND_FIELD_COUNT));
  gtk_widget_set_visible (GTK_WIDGET (self->children_row),
                          simris_rules_kind_has_field (kind, SIMRIS_KIND_FIELD_CHILDREN));
  /* Art. 35 AR (docs/calculation.md §4.3): a work income asks, right under its start, whether
   * it began while the integration income was received; the date of that start only then. */
  gtk_widget_set_visible (GTK_WIDGET (self->spi_switch_row), kind >= 0 && simris_resource_kind_is_work (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->spi_row), kind >= 0 && simris_resource_kind_is_work (kind)
                                                      && gtk_switch_get_active (self->spi_switch));
  gtk_widget_set_visible (GTK_WIDGET (self->shortage_row),
                          simris_rules_kind_has_field (kind, SIMRIS_KIND_FIELD_SHORTAGE_START));
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), !simris_rules_kind_is_total (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), !simris_rules_kind_is_total (kind));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->amount_row), simris_rules_kind_amount_title (kind, NULL));
}

/* The switch follows the model: on while a start on the integration income is given (or
 * was just asked for and not typed yet). */
static void
sync_spi_switch (SimrisResourceRow *self)
{
  gboolean on = simris_resource_get_spi_start (self->resource) != NULL || self->spi_asked;

  self->spi_updating = TRUE;
  gtk_switch_set_active (self->spi_switch, on);
  self->spi_updating = FALSE;
  update_fields (self);
}

static void
spi_switch_cb (SimrisResourceRow *self)
{
  gboolean on = gtk_switch_get_active (self->spi_switch);

  if (self->spi_updating)
    return;
  self->spi_asked = on;
  if (!on)
    simris_resource_set_spi_start (self->resource, NULL);
  else if (simris_resource_get_spi_start (self->resource) == NULL && simris_resource_get_from (self->resource) != NULL)
    /* Most often the job's own start: offered, and shown to change. */
    simris_resource_set_spi_start (self->resource, simris_resource_get_from (self->resource));
  update_fields (self);
}

static void
update_monthly (SimrisResourceRow *self)
{
  simris_money_row_set_monthly (self->amount_row,
                                simris_resource_get_period (self->resource) == SIMRIS_PERIOD_MONTH);
}

/* A likely typo in the amount: the question, a one-click fix when there is one, and
 * "keep as typed". */
static void
update_question (SimrisResourceRow *self)
{
  const char *question = simris_money_row_get_question (self->amount_row);
  SimrisCents suggestion = simris_money_row_get_suggestion (self->amount_row);

  gtk_widget_set_visible (GTK_WIDGET (self->question_row), question != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->question_row), question ? question : "");
  gtk_widget_set_visible (GTK_WIDGET (self->fix_button), suggestion != SIMRIS_CENTS_MISSING);
  if (suggestion != SIMRIS_CENTS_MISSING)
    {
      g_autofree char *money = simris_ui_format_money (suggestion);
      /* Translators: button that replaces an amount by the one suggested, e.g. "Use 1 100,00 €" */
      g_autofree char *label = g_strdup_printf (_("Use %s"), money);

      gtk_button_set_label (self->fix_button, label);
    }
}

static void
fix_clicked_cb (SimrisResourceRow *self)
{
  simris_money_row_accept_suggestion (self->amount_row);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static void
keep_clicked_cb (SimrisResourceRow *self)
{
  simris_money_row_keep_as_typed (self->amount_row);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

/* The kind's help explains the kind chosen, then what the field is. */
static void
update_kind_help (SimrisResourceRow *self)
{
  SimrisResourceKind kind = simris_resource_get_kind (self->resource);
  g_autofree char *meaning = NULL;

  meaning = g_strdup_printf ("%s\n\n%s", kind >= 0 ? simris_resource_kind_get_help (kind, NULL) : "",
                             _("Choose what this money is: a wage, a benefit, an allowance, savings… "
                               "Each kind is treated its own way: some are counted in full, some are "
                               "exempt, some follow special rules."));
  g_object_set (self->kind_help,
                "title", simris_ui_kind_title (kind),
                "meaning", meaning,
                NULL);
}

static void
update_summary (SimrisResourceRow *self)
{
  SimrisResourceKind kind = simris_resource_get_kind (self->resource);
  SimrisCents cents = simris_resource_get_amount (self->resource);
  g_autofree char *amount = NULL;
  const char *label = simris_resource_get_label (self->resource);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), simris_ui_kind_title (kind));

  if (simris_money_row_get_error (self->amount_row) != NULL)
    /* Translators: a resource's summary while its amount field holds text that is not an amount */
    subtitle = g_strdup (_("Amount not valid"));
  else if (cents == SIMRIS_CENTS_MISSING)
    /* Translators: a resource's summary while its amount is empty */
    subtitle = g_strdup (_("Amount not given yet"));
  else if (simris_rules_kind_is_total (kind))
    subtitle = simris_ui_format_money (cents);
  else
    {
      amount = simris_ui_format_money (cents);
      /* Translators: an amount and how often it is received, e.g. "1 200,00 € per month" */
      subtitle = g_strdup_printf (C_("amount and period", "%s %s"), amount,
                                  simris_period_get_label (simris_resource_get_period (self->resource), NULL));
    }
  if (simris_resource_get_from (self->resource) != NULL || simris_resource_get_until (self->resource) != NULL)
    {
      g_autofree char *tmp = g_steal_pointer (&subtitle);
      g_autofree char *from = simris_ui_format_date (simris_resource_get_from (self->resource));
      g_autofree char *until = simris_ui_format_date (simris_resource_get_until (self->resource));
      g_autofree char *range = NULL;

      if (from != NULL && until != NULL)
        /* Translators: when a resource is received, e.g. "from 01/03/2026 until 30/06/2026" */
        range = g_strdup_printf (_("from %s until %s"), from, until);
      else if (from != NULL)
        /* Translators: when a resource is received, e.g. "from 01/03/2026" */
        range = g_strdup_printf (_("from %s"), from);
      else
        /* Translators: when a resource is received, e.g. "until 30/06/2026" */
        range = g_strdup_printf (_("until %s"), until);
      /* Translators: a resource's amount and when it is received */
      subtitle = g_strdup_printf (C_("amount and dates", "%s, %s"), tmp, range);
    }
  if (label != NULL && *label != '\0')
    {
      g_autofree char *tmp = g_steal_pointer (&subtitle);

      /* Translators: an amount and the user's own description of a resource */
      subtitle = g_strdup_printf (C_("amount and label", "%s · %s"), tmp, label);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
kind_changed_cb (SimrisResourceRow *self)
{
  SimrisResourceKind kind = simris_resource_get_kind (self->resource);
  SimrisPeriod period = simris_resource_get_period (self->resource);

  /* "total" goes with capital and real estate only (docs/case-format.md). */
  if (simris_rules_kind_is_total (kind) && period != SIMRIS_PERIOD_TOTAL)
    simris_resource_set_period (self->resource, SIMRIS_PERIOD_TOTAL);
  else if (!simris_rules_kind_is_total (kind) && period == SIMRIS_PERIOD_TOTAL)
    simris_resource_set_period (self->resource, SIMRIS_PERIOD_MONTH);
  update_fields (self);
  update_kind_help (self);
}

static void
remove_clicked_cb (SimrisResourceRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
simris_resource_row_constructed (GObject *object)
{
  SimrisResourceRow *self = SIMRIS_RESOURCE_ROW (object);

  G_OBJECT_CLASS (simris_resource_row_parent_class)->constructed (object);

  g_object_bind_property (self->resource, "kind", self->kind_row, "kind",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->resource, "amount", self->amount_row, "cents",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  simris_enum_row_bind (self->period_row, self->resource, "period");
  simris_bind_text (self->resource, "label", self->label_row);
  g_object_bind_property (self->resource, "spi-start", self->spi_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->resource, "from", self->from_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->resource, "until", self->until_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->resource, "shortage-occupation-start", self->shortage_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  simris_bind_optional_count (self->resource, "count", self->count_spin);
  simris_bind_optional_count (self->resource, "allowance-children", self->children_spin);

  g_signal_connect_object (self->resource, "notify::kind", G_CALLBACK (kind_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->resource, "changed", G_CALLBACK (update_summary),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->resource, "notify::period", G_CALLBACK (update_monthly),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->resource, "notify::spi-start", G_CALLBACK (sync_spi_switch),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->spi_switch, "notify::active", G_CALLBACK (spi_switch_cb), self);
  sync_spi_switch (self);
  g_signal_connect_swapped (self->amount_row, "notify::question", G_CALLBACK (update_question), self);
  g_signal_connect_swapped (self->amount_row, "notify::error", G_CALLBACK (update_summary), self);
  update_monthly (self);
  update_question (self);
  update_fields (self);
  update_kind_help (self);
  update_summary (self);
}

static void
simris_resource_row_dispose (GObject *object)
{
  SimrisResourceRow *self = SIMRIS_RESOURCE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_RESOURCE_ROW);
  g_clear_object (&self->resource);

  G_OBJECT_CLASS (simris_resource_row_parent_class)->dispose (object);
}

static const SimrisProperty resource_row_properties[N_PROPS] = {
  [PROP_RESOURCE] = SIMRIS_PROPERTY_OBJECT_FIELD ("resource", simris_resource_get_type, SimrisResourceRow, resource),
};

static void
simris_resource_row_class_init (SimrisResourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = simris_resource_row_constructed;
  object_class->dispose = simris_resource_row_dispose;

  simris_property_install (object_class, resource_row_properties, N_PROPS, properties);

  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SIMRIS_TYPE_DATE_ROW);
  g_type_ensure (SIMRIS_TYPE_ENUM_ROW);
  g_type_ensure (SIMRIS_TYPE_HELP_BUTTON);
  g_type_ensure (SIMRIS_TYPE_KIND_ROW);
  g_type_ensure (SIMRIS_TYPE_MONEY_ROW);
  g_type_ensure (SIMRIS_TYPE_PERIOD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-resource-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, kind_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, amount_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, period_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, count_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, count_spin);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, children_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, children_spin);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, label_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, spi_switch_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, spi_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, spi_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, from_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, until_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, shortage_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, question_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, fix_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, spi_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisResourceRow, shortage_help);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, fix_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked_cb);
}

/* The texts that name a length of the law take it from the rules table (a .ui cannot
 * format): the socio-professional exemption's years and the shortage occupation's months
 * (art. 35, §1 RD). */
static void
fill_figures (SimrisResourceRow *self)
{
  const char *lang = simris_ui_lang ();
  g_autofree char *years = simris_rules_constant_text (SIMRIS_CONST_SPI_YEARS, lang);
  g_autofree char *months = simris_rules_constant_text (SIMRIS_CONST_SHORTAGE_MONTHS, lang);
  g_autofree char *subtitle = NULL;
  g_autofree char *spi = NULL;
  g_autofree char *shortage = NULL;
  g_autofree char *shortage_wrong = NULL;

  /* Translators: %s is a length, "3 years" (the table's figure) */
  subtitle = g_strdup_printf (_("Part of the pay is then exempt for %s (art. 35)"), years);
  adw_action_row_set_subtitle (self->spi_switch_row, subtitle);
  /* Translators: %s is a length, "3 years" (the table's figure) */
  spi = g_strdup_printf (_("If this work or training began while the person already received the integration "
                           "income, write the day it began. Part of the pay is then exempt for %s "
                           "(socio-professional integration). Leave it empty otherwise. Write the date as "
                           "day/month/year."), years);
  g_object_set (self->spi_help, "meaning", spi, NULL);
  /* Translators: %s is a length, "3 months" (the table's figure) */
  shortage = g_strdup_printf (_("If this job is in an occupation in shortage, write the day it began. The regional "
                                "employment service (Actiris, FOREM, VDAB or ADG) gives an attestation that the "
                                "occupation is on its list of shortage occupations. With it and a work contract of "
                                "at least three months, a larger part of the pay is exempt for the first %s of the "
                                "job, once in a lifetime. Leave it empty otherwise."), months);
  /* Translators: %s is a length, "3 months" (the table's figure) */
  shortage_wrong = g_strdup_printf (_("Without the date the higher exemption is not given for its %s; with a date "
                                      "but no attestation the CPAS will refuse it."), months);
  g_object_set (self->shortage_help, "meaning", shortage, "if-wrong", shortage_wrong, NULL);
}

static void
simris_resource_row_init (SimrisResourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_figures (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Resource"),
                                  -1);
  simris_enum_row_set_hidden_mask (self->period_row, 1u << SIMRIS_PERIOD_TOTAL);
  simris_ui_limit_text (GTK_WIDGET (self->label_row), SIMRIS_UI_MAX_NAME);
  simris_ui_drop_dead_tab_stops (GTK_WIDGET (self));
}

GtkWidget *
simris_resource_row_new (SimrisResource *resource)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (resource), NULL);

  return g_object_new (SIMRIS_TYPE_RESOURCE_ROW, "resource", resource, NULL);
}

SimrisResource *
simris_resource_row_get_resource (SimrisResourceRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE_ROW (self), NULL);

  return self->resource;
}

GtkWidget *
simris_resource_row_get_field (SimrisResourceRow *self,
                               const char        *name)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE_ROW (self), NULL);

  if (g_strcmp0 (name, "kind") == 0)
    return GTK_WIDGET (self->kind_row);
  if (g_strcmp0 (name, "amount") == 0)
    return GTK_WIDGET (self->amount_row);
  if (g_strcmp0 (name, "from") == 0)
    return GTK_WIDGET (self->from_row);
  if (g_strcmp0 (name, "spi") == 0)
    return GTK_WIDGET (self->spi_switch);
  if (g_strcmp0 (name, "spi-start") == 0)
    return GTK_WIDGET (self->spi_row);
  return NULL;
}
