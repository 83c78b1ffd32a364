/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisHouseholdPage"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-date-row.h"
#include "simris-enum-row.h"
#include "simris-enum-types.h"
#include "simris-help-button.h"
#include "simris-maintenance.h"
#include "simris-household-page.h"
#include "simris-member-row.h"
#include "simris-money-row.h"
#include "simris-parameters.h"
#include "simris-property.h"
#include "simris-rules.h"
#include "simris-ui-util.h"

struct _SimrisHouseholdPage
{
  AdwPreferencesPage  parent_instance;

  SimrisHousehold    *household;
  /* Every field bound to the household: rebinding to another case is setting its source. */
  GBindingGroup      *bindings;

  SimrisDateRow      *reference_date_row;
  AdwComboRow        *benefit_row;
  AdwComboRow        *residence_row;
  SimrisMoneyRow     *maintenance_row;
  GtkListBox         *members_list;
  GtkSwitch          *ascendants_switch;
  GtkSwitch          *debtors_switch;
  AdwComboRow        *regime_row;
  GtkSwitch          *maf_switch;
  GtkSwitch          *alternate_months_switch;
  GtkSwitch          *share_excess_switch;
  GtkWidget          *student_under_25_row;
  GtkSwitch          *student_under_25_switch;
  GtkWidget          *student_covid_row;
  GtkSwitch          *student_covid_switch;
  GSignalGroup       *household_signals;
  GtkSpinButton      *share_spin;
  AdwEntryRow        *cpas_name_row;
  AdwEntryRow        *cpas_address_row;
  SimrisDateRow      *application_date_row;
  AdwEntryRow        *case_reference_row;
  AdwEntryRow        *social_worker_row;
  AdwEntryRow        *tribunal_row;
  GtkWidget          *maintenance_help;
  GtkWidget          *student_under_25_help;
  GtkWidget          *application_date_help;
  GtkWidget          *tribunal_help;
};

G_DEFINE_FINAL_TYPE (SimrisHouseholdPage, simris_household_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_HOUSEHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  SimrisHouseholdPage *self = user_data;

  return simris_member_row_new (self->household, item);
}

/* A choice among names, row i for names[i], by the name the case file holds: the benefit
 * asked, the art. 34 regime, the residence status. An empty name is "none" (NULL in the
 * case); a name not in the list shows row 0. */
static gboolean
name_to_row (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  const char * const *names = user_data;
  const char *name = g_value_get_string (from);
  guint row = 0;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name != NULL ? name : ""))
      row = i;
  g_value_set_uint (to, row);
  return TRUE;
}

static gboolean
row_to_name (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  const char * const *names = user_data;
  guint selected = g_value_get_uint (from);

  if (selected >= g_strv_length ((GStrv) names))
    return FALSE;
  g_value_set_string (to, *names[selected] != '\0' ? names[selected] : NULL);
  return TRUE;
}

/* Binds property to row, a choice among names (the binding keeps them). */
static void
bind_choice (SimrisHouseholdPage *self,
             const char          *property,
             AdwComboRow         *row,
             GStrvBuilder        *names)
{
  g_binding_group_bind_full (self->bindings, property, row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             name_to_row, row_to_name,
                             g_strv_builder_end (names), (GDestroyNotify) g_strfreev);
}

/* The art. 34 regime: "Automatic, by date" (NULL), then the regimes of the parameters, by name. */
static void
bind_regimes (SimrisHouseholdPage *self)
{
  SimrisParameters *params = simris_parameters_get_default ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  /* Translators: which version of art. 34 applies: chosen from the month simulated */
  gtk_string_list_append (list, _("Automatic, by date"));
  g_strv_builder_add (names, "");
  for (guint i = 0; i < simris_parameters_get_n_art34_regimes (params); i++)
    {
      const char *name = simris_parameters_get_nth_art34_regime (params, i)->name;
      /* Translators: art. 34 as worded in a year, e.g. "Rules of 2026" */
      g_autofree char *label = g_strdup_printf (_("Rules of %s"), name);

      gtk_string_list_append (list, label);
      g_strv_builder_add (names, name);
    }
  adw_combo_row_set_model (self->regime_row, G_LIST_MODEL (list));
  bind_choice (self, "art34-regime", self->regime_row, names);
}

/* Issue 29: the benefit asked, by its case-file name, in the order of SimrisBenefit. */
static void
bind_benefits (SimrisHouseholdPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  /* Translators: the benefits a CPAS grants, as a choice (FR "Revenu d'intégration", NL "Leefloon") */
  gtk_string_list_append (list, _("Integration income"));
  /* Translators: FR "Aide sociale équivalente au revenu d'intégration", NL "Equivalent leefloon" */
  gtk_string_list_append (list, _("Equivalent social aid"));
  for (SimrisBenefit benefit = 0; benefit < SIMRIS_N_BENEFITS; benefit++)
    g_strv_builder_add (names, simris_benefit_to_string (benefit));
  adw_combo_row_set_model (self->benefit_row, G_LIST_MODEL (list));
  bind_choice (self, "benefit", self->benefit_row, names);
}

/* In short, where a route leads: the row's subtitle. The long sentence with its articles
 * (simris_benefit_route_text) is the row's tooltip; a long subtitle would squeeze the choice. */
static const char *
route_short_text (SimrisBenefitRoute route)
{
  switch (route)
    {
    case SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME:
      /* Translators: where a residence status leads, in short */
      return _("Gives the integration income");
    case SIMRIS_BENEFIT_ROUTE_EQUIVALENT_AID:
      /* Translators: where a residence status leads, in short */
      return _("Gives the equivalent social aid");
    case SIMRIS_BENEFIT_ROUTE_MATERIAL_AID:
      /* Translators: where a residence status leads, in short */
      return _("Neither benefit: material aid in the reception structure");
    case SIMRIS_BENEFIT_ROUTE_URGENT_MEDICAL_AID:
    default:
      /* Translators: where a residence status leads, in short */
      return _("Neither benefit: only urgent medical aid");
    }
}

static void
residence_selected_changed (SimrisHouseholdPage *self)
{
  guint selected = adw_combo_row_get_selected (self->residence_row);
  const SimrisResidenceRule *rule = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected >= 1 && selected <= simris_benefit_n_residence_rules ())
    rule = simris_benefit_nth_residence_rule (selected - 1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->residence_row),
                               rule != NULL ? route_short_text (rule->route)
                               /* Translators: the residence status row's subtitle while no status is chosen */
                               : _("Choose the status to see which benefit it gives"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->residence_row),
                               rule != NULL ? simris_benefit_route_text (rule->route, simris_ui_lang ()) : NULL);
}

/* Issue 29: the applicant's residence status (docs/calculation.md §15; the table of
 * simris-benefit.c): "Not answered yet" (NULL in the case), then the table's rows in order. */
static void
bind_residence_statuses (SimrisHouseholdPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  gtk_string_list_append (list, _("Not answered yet"));
  g_strv_builder_add (names, "");
  for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
    {
      g_autofree char *label = simris_benefit_residence_label (simris_benefit_nth_residence_rule (i), simris_ui_lang ());

      gtk_string_list_append (list, label);
      g_strv_builder_add (names, simris_benefit_nth_residence_rule (i)->name);
    }
  adw_combo_row_set_model (self->residence_row, G_LIST_MODEL (list));
  bind_choice (self, "residence-status", self->residence_row, names);
  g_signal_connect_object (self->residence_row, "notify::selected",
                           G_CALLBACK (residence_selected_changed), self, G_CONNECT_SWAPPED);
  residence_selected_changed (self);
}

/* Nothing typed is no maintenance paid: 0 in the case. */
static gboolean
paid_to_row (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  gint64 cents = g_value_get_int64 (from);

  g_value_set_int64 (to, cents > 0 ? cents : SIMRIS_CENTS_MISSING);
  return TRUE;
}

static gboolean
row_to_paid (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  gint64 cents = g_value_get_int64 (from);

  g_value_set_int64 (to, CLAMP (cents, 0, SIMRIS_CENTS_MAX));
  return TRUE;
}

/* The two students' options (docs/calculation.md §4.3) only matter when someone in the
 * household studies full time: shown then, hidden otherwise (the case keeps their value). */
static void
update_student_rows (SimrisHouseholdPage *self)
{
  gboolean student = FALSE;

  for (guint i = 0; self->household != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (self->household), i);

      student = student || simris_member_get_student (member);
    }
  gtk_widget_set_visible (self->student_under_25_row, student);
  gtk_widget_set_visible (self->student_covid_row, student);
}

static void
bind_group (SimrisHouseholdPage *self)
{
  GBindingGroup *g = self->bindings;
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_binding_group_bind (g, "reference-date", self->reference_date_row, "date", flags);
  bind_benefits (self);
  bind_residence_statuses (self);
  g_binding_group_bind_full (g, "maintenance-paid-month", self->maintenance_row, "cents", flags,
                             paid_to_row, row_to_paid, NULL, NULL);
  g_binding_group_bind (g, "count-ascendants-descendants", self->ascendants_switch, "active", flags);
  g_binding_group_bind (g, "count-maintenance-debtors", self->debtors_switch, "active", flags);
  bind_regimes (self);
  g_binding_group_bind (g, "reform-maf-exempt", self->maf_switch, "active", flags);
  g_binding_group_bind (g, "alternating-custody-alternate-months", self->alternate_months_switch, "active", flags);
  g_binding_group_bind (g, "applicants-share-excess", self->share_excess_switch, "active", flags);
  g_binding_group_bind (g, "student-exemption-under-25", self->student_under_25_switch, "active", flags);
  g_binding_group_bind (g, "student-grant-covid-alignment", self->student_covid_switch, "active", flags);
  g_binding_group_bind (g, "split-applicant-share", self->share_spin, "value", flags);
  simris_bind_group_text (g, "cpas-name", self->cpas_name_row);
  simris_bind_group_text (g, "cpas-address", self->cpas_address_row);
  g_binding_group_bind (g, "application-date", self->application_date_row, "date", flags);
  simris_bind_group_text (g, "case-reference", self->case_reference_row);
  simris_bind_group_text (g, "social-worker", self->social_worker_row);
  simris_bind_group_text (g, "tribunal-address", self->tribunal_row);
}

static void
simris_household_page_dispose (GObject *object)
{
  SimrisHouseholdPage *self = SIMRIS_HOUSEHOLD_PAGE (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  if (self->household_signals != NULL)
    g_signal_group_set_target (self->household_signals, NULL);
  g_clear_object (&self->household_signals);
  if (self->members_list != NULL)
    gtk_list_box_bind_model (self->members_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_HOUSEHOLD_PAGE);
  g_clear_object (&self->household);

  G_OBJECT_CLASS (simris_household_page_parent_class)->dispose (object);
}

static const SimrisProperty household_page_properties[N_PROPS] = {
  [PROP_HOUSEHOLD] = SIMRIS_PROPERTY_OBJECT ("household", simris_household_get_type,
                                             simris_household_page_get_household,
                                             simris_household_page_set_household, SIMRIS_PROPERTY_READWRITE),
};

static void
simris_household_page_class_init (SimrisHouseholdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_household_page_dispose;

  simris_property_install (object_class, household_page_properties, N_PROPS, properties);

  g_type_ensure (SIMRIS_TYPE_DATE_ROW);
  g_type_ensure (SIMRIS_TYPE_MONEY_ROW);
  g_type_ensure (SIMRIS_TYPE_ENUM_ROW);
  g_type_ensure (SIMRIS_TYPE_HELP_BUTTON);
  simris_ui_install_field_help (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-household-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, reference_date_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, benefit_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, residence_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, maintenance_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, ascendants_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, debtors_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, regime_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, maf_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, alternate_months_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, share_excess_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, student_under_25_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, student_under_25_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, student_covid_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, student_covid_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, share_spin);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, cpas_name_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, cpas_address_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, application_date_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, case_reference_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, social_worker_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, tribunal_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, maintenance_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, student_under_25_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, application_date_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisHouseholdPage, tribunal_help);
}

/* The help texts that name a figure of the law take it from the rules table and the parameters
 * (a .ui cannot format): the maintenance aid's share and ceilings (art. 68quinquies LO), the
 * CPAS's delay to decide (art. 21, §1 DIS) and the appeal's (art. 47, §1 DIS). */
static void
fill_figures (SimrisHouseholdPage *self)
{
  const char *lang = simris_ui_lang ();
  SimrisParameters *params = simris_parameters_get_default ();
  SimrisAmounts amounts;
  SimrisMaintenanceAid aid;
  g_autofree char *share = simris_rules_constant_text (SIMRIS_CONST_MAINTENANCE_AID_PERCENT, lang);
  g_autofree char *decide = simris_rules_constant_text (SIMRIS_CONST_DECISION_DAYS, lang);
  g_autofree char *appeal = simris_rules_constant_text (SIMRIS_CONST_APPEAL_MONTHS, lang);
  g_autofree char *application = NULL;
  g_autofree char *tribunal = NULL;
  g_autofree char *student_row = NULL;
  g_autofree char *student_title = NULL;
  g_autofree char *student_meaning = NULL;
  g_autofree char *student_wrong = NULL;

  /* Translators: %s is a length, "30 days" (the table's figure) */
  application = g_strdup_printf (_("The day the applicant asked the CPAS for the integration income, written as "
                                   "day/month/year. The CPAS must decide within %s."), decide);
  g_object_set (self->application_date_help, "meaning", application, NULL);
  /* Translators: %s is a length, "3 months" (the table's figure) */
  tribunal = g_strdup_printf (_("The registry of the labour court of the district, where the applicant can appeal "
                                "against the decision within %s."), appeal);
  g_object_set (self->tribunal_help, "meaning", tribunal, NULL);

  /* The reading of droitsquotidiens.be (2022): its age limit is the table's. */
  /* Translators: a row title; %d is an age, 25 (the table's figure) */
  student_row = simris_rules_format_figure (N_("Student Exemption Only Under %d"), SIMRIS_CONST_STUDENT_AGE_LIMIT, lang);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->student_under_25_row), student_row);
  /* Translators: %d is an age, 25 (the table's figure) */
  student_title = simris_rules_format_figure (N_("Student exemption only under %d"), SIMRIS_CONST_STUDENT_AGE_LIMIT, lang);
  /* Translators: %d is an age, 25 (the table's figure) */
  student_meaning = simris_rules_format_figure (N_("Art. 35, §2 of the royal decree of 11 July 2002 exempts a full-time "
                                                   "student's work income for the whole studies, when the right rests on "
                                                   "a PIIS for studies (art. 11, §2, a) of the law of 26 May 2002). Neither "
                                                   "text, as quoted by wordscope.be, sets an age limit; "
                                                   "droitsquotidiens.be (2022) writes that the student must be under %d. "
                                                   "Off by default."),
                                                SIMRIS_CONST_STUDENT_AGE_LIMIT, lang);
  /* Translators: %d is an age, 25 (the table's figure) */
  student_wrong = simris_rules_format_figure (N_("On removes the student exemption of a student aged %d or over; the "
                                                 "result shows both readings."),
                                              SIMRIS_CONST_STUDENT_AGE_LIMIT, lang);
  g_object_set (self->student_under_25_help, "title", student_title, "meaning", student_meaning,
                "if-wrong", student_wrong, NULL);

  /* The ceilings are not indexed; the newest step's row carries them. */
  if (simris_parameters_lookup (params, simris_parameters_get_newest_step (params), &amounts, NULL)
      && simris_maintenance_aid_compute (30000, &amounts, &aid))
    {
      g_autofree char *year_max = simris_ui_format_money (amounts.maintenance_aid_year_max);
      g_autofree char *paid = simris_ui_format_money (aid.paid_month);
      g_autofree char *month = simris_ui_format_money (aid.amount_month);
      g_autofree char *meaning = NULL;
      g_autofree char *example = NULL;

      /* Translators: %1$s is a share, "50 %" (the table's figure), %2$s the yearly ceiling */
      meaning = g_strdup_printf (_("What the applicant pays each month for their children under a court decision or "
                                   "an approved agreement. It is not deducted from the benefit; the CPAS adds a "
                                   "specific aid of %1$s of it, up to %2$s a year (art. 68quinquies of the organic "
                                   "law of 8 July 1976). Leave empty when nothing is paid."), share, year_max);
      /* Translators: %1$s is what is paid a month, %2$s the aid it gives a month */
      example = g_strdup_printf (_("%1$s a month paid to the other parent: %2$s a month of aid."), paid, month);
      g_object_set (self->maintenance_help, "meaning", meaning, "example", example, NULL);
    }
}

static void
simris_household_page_init (SimrisHouseholdPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_figures (self);
  self->bindings = g_binding_group_new ();
  bind_group (self);
  self->household_signals = g_signal_group_new (SIMRIS_TYPE_HOUSEHOLD);
  g_signal_group_connect_swapped (self->household_signals, "changed", G_CALLBACK (update_student_rows), self);
  simris_ui_drop_dead_tab_stops (GTK_WIDGET (self));
  simris_ui_wrap_group_titles (GTK_WIDGET (self));
  simris_ui_limit_text (GTK_WIDGET (self->cpas_name_row), SIMRIS_UI_MAX_TEXT);
  simris_ui_limit_text (GTK_WIDGET (self->cpas_address_row), SIMRIS_UI_MAX_TEXT);
  simris_ui_limit_text (GTK_WIDGET (self->case_reference_row), SIMRIS_UI_MAX_TEXT);
  simris_ui_limit_text (GTK_WIDGET (self->social_worker_row), SIMRIS_UI_MAX_TEXT);
  simris_ui_limit_text (GTK_WIDGET (self->tribunal_row), SIMRIS_UI_MAX_TEXT);
}

GtkWidget *
simris_household_page_new (void)
{
  return g_object_new (SIMRIS_TYPE_HOUSEHOLD_PAGE, NULL);
}

SimrisHousehold *
simris_household_page_get_household (SimrisHouseholdPage *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD_PAGE (self), NULL);

  return self->household;
}

void
simris_household_page_set_household (SimrisHouseholdPage *self,
                                     SimrisHousehold     *household)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD_PAGE (self));
  g_return_if_fail (!household || SIMRIS_IS_HOUSEHOLD (household));

  if (self->household == household)
    return;

  gtk_list_box_bind_model (self->members_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->household, household);
  g_binding_group_set_source (self->bindings, household);
  g_signal_group_set_target (self->household_signals, household);
  update_student_rows (self);
  if (household != NULL)
    gtk_list_box_bind_model (self->members_list, G_LIST_MODEL (household), create_member_row, self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOUSEHOLD]);
}

GtkWidget *
simris_household_page_get_row_for_member (SimrisHouseholdPage *self,
                                          SimrisMember        *member)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SIMRIS_IS_MEMBER_ROW (child) && simris_member_row_get_member (SIMRIS_MEMBER_ROW (child)) == member)
      return child;
  return NULL;
}

GtkWidget *
simris_household_page_get_first_field (SimrisHouseholdPage *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD_PAGE (self), NULL);

  return GTK_WIDGET (self->reference_date_row);
}
