/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-money-page.h"
#include "simris-property.h"
#include "simris-rules.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

/* One person's money: the integration income makes up what is missing, so the CPAS counts
 * the money that comes in (docs/calculation.md §4), the partner's (§5) and part of the
 * parents' or adult children's (§5 option, §9). One switch per kind, then its amount. */

typedef struct
{
  const SimrisGuideCategory *category;
  GtkWidget                 *row;      /* AdwExpanderRow, "money-<category>" */
  GtkWidget                 *amount;   /* AdwEntryRow */
  GtkWidget                 *unknown;  /* GtkCheckButton "I don't know the amount" */
  /* A job of the applicant or the partner (§4.3): the two questions and the start. */
  GtkWidget                 *integration;
  GtkWidget                 *shortage;
  GtkWidget                 *start;
} MoneyRow;

struct _SimrisAssistantMoneyPage
{
  SimrisAssistantPage parent_instance;

  SimrisMember *member;
  GArray       *rows;      /* MoneyRow */
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (SimrisAssistantMoneyPage, simris_assistant_money_page, SIMRIS_TYPE_ASSISTANT_PAGE)

enum
{
  PROP_0,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static MoneyRow *
row_of (SimrisAssistantMoneyPage *self,
        GtkWidget                *widget)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      MoneyRow *row = &g_array_index (self->rows, MoneyRow, i);

      if (row->row == widget || row->amount == widget || row->unknown == widget
          || (widget != NULL && (row->integration == widget || row->shortage == widget || row->start == widget)))
        return row;
    }
  return NULL;
}

static gboolean
has_job_questions (MoneyRow *row)
{
  return row->integration != NULL;
}

/* The job's answers, from the widgets into the guide and the resource. */
static void
apply_job (SimrisAssistantMoneyPage *self,
           MoneyRow                 *row)
{
  SimrisGuide *guide = simris_assistant_page_get_guide (SIMRIS_ASSISTANT_PAGE (self));
  SimrisHousehold *household = simris_guide_get_household (guide);
  SimrisResource *resource = simris_guide_find_resource (self->member, row->category, NULL);
  g_autofree char *message = NULL;
  g_autofree char *iso = NULL;
  gboolean asked;

  if (!has_job_questions (row))
    return;
  asked = resource != NULL && simris_guide_job_is_asked (guide, self->member, resource);
  gtk_widget_set_visible (row->start,
                          simris_assistant_page_tristate_of (row->integration) == SIMRIS_TRISTATE_YES
                          || simris_assistant_page_tristate_of (row->shortage) == SIMRIS_TRISTATE_YES);
  if (!asked)
    return;
  iso = simris_assistant_parse_birth_date (household, gtk_editable_get_text (GTK_EDITABLE (row->start)), &message);
  simris_guide_set_job_start (guide, resource, iso);
  simris_guide_set_job_answer (guide, resource, SIMRIS_GUIDE_JOB_INTEGRATION,
                               simris_assistant_page_tristate_of (row->integration));
  simris_guide_set_job_answer (guide, resource, SIMRIS_GUIDE_JOB_SHORTAGE,
                               simris_assistant_page_tristate_of (row->shortage));
}

static void
job_cb (GtkWidget                *widget,
        GParamSpec               *pspec,
        SimrisAssistantMoneyPage *self)
{
  MoneyRow *row = row_of (self, widget);

  if (self->updating || row == NULL)
    return;
  apply_job (self, row);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
toggled_cb (AdwExpanderRow           *expander,
            GParamSpec               *pspec,
            SimrisAssistantMoneyPage *self)
{
  MoneyRow *row = row_of (self, GTK_WIDGET (expander));
  gboolean on = adw_expander_row_get_enable_expansion (expander);
  guint position;

  if (self->updating || row == NULL)
    return;
  if (on && simris_guide_find_resource (self->member, row->category, NULL) == NULL)
    {
      g_autoptr(SimrisResource) resource = NULL;
      SimrisCents cents = SIMRIS_CENTS_MISSING;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (row->unknown)))
        simris_money_parse_user (gtk_editable_get_text (GTK_EDITABLE (row->amount)), &cents);
      resource = simris_resource_new (simris_guide_category_kind_for (row->category, self->member), cents,
                                      row->category->period);
      simris_member_add_resource (self->member, resource);
    }
  else if (!on)
    while (simris_guide_find_resource (self->member, row->category, &position) != NULL)
      simris_member_remove_resource (self->member, position);
  if (on)
    {
      adw_expander_row_set_expanded (expander, TRUE);
      apply_job (self, row);
    }
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
amount_cb (GtkWidget                *widget,
           GParamSpec               *pspec,
           SimrisAssistantMoneyPage *self)
{
  MoneyRow *row = row_of (self, widget);
  gboolean dont_know;
  SimrisResource *resource;
  SimrisCents cents = SIMRIS_CENTS_MISSING;

  if (self->updating || row == NULL)
    return;
  dont_know = gtk_check_button_get_active (GTK_CHECK_BUTTON (row->unknown));
  gtk_widget_set_sensitive (row->amount, !dont_know);
  resource = simris_guide_find_resource (self->member, row->category, NULL);
  /* "I don't know" leaves the amount missing: the case is a draft until it is known. */
  if (!dont_know && simris_money_parse_user (gtk_editable_get_text (GTK_EDITABLE (row->amount)), &cents)
      != SIMRIS_MONEY_PARSE_OK)
    cents = SIMRIS_CENTS_MISSING;
  if (resource != NULL && simris_resource_get_amount (resource) != cents)
    simris_resource_set_amount (resource, cents);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static char *
simris_assistant_money_page_validate (SimrisAssistantPage *page)
{
  SimrisAssistantMoneyPage *self = SIMRIS_ASSISTANT_MONEY_PAGE (page);

  for (guint i = 0; i < self->rows->len; i++)
    {
      MoneyRow *row = &g_array_index (self->rows, MoneyRow, i);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row->amount));
      SimrisCents cents;

      if (!adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row->row)))
        continue;
      if (has_job_questions (row) && gtk_widget_get_visible (row->start))
        {
          g_autofree char *message = NULL;
          g_autofree char *iso = simris_assistant_parse_birth_date (simris_assistant_page_get_household (page),
                                                                    gtk_editable_get_text (GTK_EDITABLE (row->start)),
                                                                    &message);

          if (message != NULL)
            /* Translators: "Work: Write the date as …" */
            return g_strdup_printf (_("%s: %s"), _(row->category->title), message);
          if (iso == NULL)
            return g_strdup_printf (_("%s: say when the job started."), _(row->category->title));
        }
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (row->unknown)))
        continue;
      if (simris_money_parse_user (text, &cents) == SIMRIS_MONEY_PARSE_OK)
        continue;
      if (*text == '\0')
        /* Translators: %s is a kind of money ("Pension") */
        return g_strdup_printf (_("%s: enter the amount, or choose “I don't know”."), _(row->category->title));
      return g_strdup_printf (_("%s: write the amount in euros, for example 1250,50."), _(row->category->title));
    }
  return NULL;
}

static void
add_category (SimrisAssistantMoneyPage  *self,
              GtkWidget                 *group,
              const SimrisGuideCategory *category)
{
  SimrisAssistantPage *page = SIMRIS_ASSISTANT_PAGE (self);
  SimrisResource *resource = simris_guide_find_resource (self->member, category, NULL);
  SimrisCents cents = resource ? simris_resource_get_amount (resource) : SIMRIS_CENTS_MISSING;
  MoneyRow row = { category };
  g_autofree char *text = NULL;
  g_autofree char *name = g_strdup_printf ("money-%s", category->id);
  const char *amount_title;

  row.row = adw_expander_row_new ();
  gtk_widget_set_name (row.row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row), _(category->title));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row.row), _(category->subtitle));
  adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row.row), TRUE);
  simris_assistant_name_control (row.row, _(category->title));
  simris_assistant_name_switches (row.row, _(category->title));

  if (category->kind == SIMRIS_RESOURCE_KIND_CAPITAL)
    amount_title = _("Total amount, in euros");
  else if (category->kind == SIMRIS_RESOURCE_KIND_REAL_ESTATE)
    amount_title = _("Cadastral income, in euros");
  else
    amount_title = _("Amount per month, in euros");
  /* As the form's money rows show it: the UI language's decimal mark, no thousands separator. */
  text = simris_ui_format_money_for_entry (cents);
  row.amount = simris_assistant_page_add_entry (page, row.row, "amount", amount_title, text);

  row.unknown = simris_assistant_page_add_check (page, row.row, "unknown", _("I don't know the amount"),
                                                 simris_resource_kind_get_group (category->kind) == SIMRIS_KIND_GROUP_EXEMPT
                                                 ? _("Not needed: this money is not deducted")
                                                 : _("The result then shows the most you may get: bring the exact figure to the CPAS"),
                                                 NULL);

  /* The full form's help text where it says in plain words what is counted (savings: the
   * first 6 200 € are not; a house: its cadastral income after a deduction). The others
   * speak the form's language ("exempted", "immunisée"): the guide's own subtitle and
   * questions say it plainly instead. */
  if (category->kind == SIMRIS_RESOURCE_KIND_CAPITAL || category->kind == SIMRIS_RESOURCE_KIND_REAL_ESTATE)
    {
      SimrisResourceKind kind = simris_guide_category_kind_for (category, self->member);
      GtkWidget *help = simris_assistant_new_text (simris_resource_kind_get_help (kind, NULL), NULL, "dim-label");

      gtk_widget_set_margin_start (help, 12);
      gtk_widget_set_margin_end (help, 12);
      gtk_widget_set_margin_top (help, 6);
      gtk_widget_set_margin_bottom (help, 6);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row.row), help);
    }

  /* A job of the applicant or the partner: two questions that change the exemption (§4.3). */
  if (category->kind == SIMRIS_RESOURCE_KIND_WAGE
      && simris_guide_category_kind_for (category, self->member) == SIMRIS_RESOURCE_KIND_WAGE
      && (simris_member_get_relation (self->member) == SIMRIS_RELATION_APPLICANT
          || simris_member_get_relation (self->member) == SIMRIS_RELATION_PARTNER))
    {
      SimrisGuide *guide = simris_assistant_page_get_guide (page);
      gboolean yours = simris_member_get_relation (self->member) == SIMRIS_RELATION_APPLICANT;
      g_autofree char *start = NULL;
      g_autofree char *years = simris_rules_constant_text (SIMRIS_CONST_SPI_YEARS, simris_ui_lang ());
      /* Translators: %s is a length, "3 years" (art. 35 RD, the table's figure) */
      g_autofree char *spi = g_strdup_printf (_("Then part of the pay is not counted, for up to %s"), years);

      row.integration = simris_assistant_page_add_tristate (page, row.row, "job-integration",
                                                            yours ? _("Did this job start while you were receiving the integration income?")
                                                            : _("Did this job start while you were receiving the integration income (you or your partner)?"),
                                                            spi,
                                                            resource ? simris_guide_get_job_answer (guide, resource, SIMRIS_GUIDE_JOB_INTEGRATION)
                                                            : SIMRIS_TRISTATE_UNKNOWN);
      row.shortage = simris_assistant_page_add_tristate (page, row.row, "job-shortage",
                                                         _("Is it a job in a shortage occupation?"),
                                                         _("A job the regional employment service (Actiris, FOREM, VDAB) lists as hard to fill, with its attestation"),
                                                         resource ? simris_guide_get_job_answer (guide, resource, SIMRIS_GUIDE_JOB_SHORTAGE)
                                                         : SIMRIS_TRISTATE_UNKNOWN);
      start = simris_assistant_format_iso_for_entry (resource ? simris_guide_get_job_start (guide, resource) : NULL);
      row.start = simris_assistant_page_add_entry (page, row.row, "job-start",
                                                   _("When did the job start? Day/month/year"), start);
      gtk_widget_set_visible (row.start,
                              simris_assistant_page_tristate_of (row.integration) == SIMRIS_TRISTATE_YES
                              || simris_assistant_page_tristate_of (row.shortage) == SIMRIS_TRISTATE_YES);
    }

  self->updating = TRUE;
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row.row), resource != NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row.row), resource != NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (row.unknown), resource != NULL && cents == SIMRIS_CENTS_MISSING);
  gtk_widget_set_sensitive (row.amount, !(resource != NULL && cents == SIMRIS_CENTS_MISSING));
  self->updating = FALSE;

  g_signal_connect (row.row, "notify::enable-expansion", G_CALLBACK (toggled_cb), self);
  g_signal_connect (row.amount, "notify::text", G_CALLBACK (amount_cb), self);
  g_signal_connect (row.unknown, "notify::active", G_CALLBACK (amount_cb), self);
  if (row.integration != NULL)
    {
      g_signal_connect (row.integration, "notify::selected", G_CALLBACK (job_cb), self);
      g_signal_connect (row.shortage, "notify::selected", G_CALLBACK (job_cb), self);
      g_signal_connect (row.start, "notify::text", G_CALLBACK (job_cb), self);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row.row);
  g_array_append_val (self->rows, row);
}

char *
simris_assistant_money_page_dup_name (SimrisMember *member)
{
  return g_strdup_printf ("money-%s", simris_member_get_id (member));
}

char *
simris_assistant_money_page_dup_title (SimrisHousehold *household,
                                       SimrisMember    *member)
{
  g_autofree char *person = NULL;

  if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
    return g_strdup (_("Your money"));
  person = simris_summary_dup_person (household, member, NULL);
  /* Translators: the title of a page of the guided simulation; %s is a person */
  return g_strdup_printf (_("The money of %s"), person);
}

static void
simris_assistant_money_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantMoneyPage *self = SIMRIS_ASSISTANT_MONEY_PAGE (page);
  SimrisGuide *guide = simris_assistant_page_get_guide (page);
  SimrisHousehold *household = simris_assistant_page_get_household (page);
  SimrisRelation relation = simris_member_get_relation (self->member);
  g_autofree char *title = simris_assistant_money_page_dup_title (household, self->member);
  GtkWidget *group;
  const SimrisGuideCategory *categories;
  guint n_categories;

  group = simris_assistant_page_begin (page, title,
                                       relation == SIMRIS_RELATION_APPLICANT || relation == SIMRIS_RELATION_PARTNER
                                       ? _("the integration income makes up what is missing: the CPAS counts the money that comes in.")
                                       : _("part of the income of the parents or adult children you live with may be counted."),
                                       _("Switch on each kind of money received, then give the amount."));
  categories = simris_guide_get_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    if (simris_guide_category_applies (guide, self->member, &categories[i]))
      add_category (self, group, &categories[i]);
}

static guint
n_answered (SimrisAssistantMoneyPage *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (simris_guide_find_resource (self->member, g_array_index (self->rows, MoneyRow, i).category, NULL) != NULL)
      n++;
  return n;
}

static guint
simris_assistant_money_page_n_questions (SimrisAssistantPage *page)
{
  /* One question "which of these?" for the whole list, then one per amount asked. */
  return 1 + n_answered (SIMRIS_ASSISTANT_MONEY_PAGE (page));
}

static guint
simris_assistant_money_page_n_fields (SimrisAssistantPage *page)
{
  SimrisAssistantMoneyPage *self = SIMRIS_ASSISTANT_MONEY_PAGE (page);

  /* Each switch, and each amount asked. */
  return self->rows->len + n_answered (self);
}

static void
simris_assistant_money_page_finalize (GObject *object)
{
  SimrisAssistantMoneyPage *self = SIMRIS_ASSISTANT_MONEY_PAGE (object);

  g_clear_object (&self->member);
  g_array_unref (self->rows);
  G_OBJECT_CLASS (simris_assistant_money_page_parent_class)->finalize (object);
}

static const SimrisProperty money_page_properties[N_PROPS] = {
  [PROP_MEMBER] = SIMRIS_PROPERTY_OBJECT_FIELD ("member", simris_member_get_type, SimrisAssistantMoneyPage, member),
};

static void
simris_assistant_money_page_class_init (SimrisAssistantMoneyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  object_class->finalize = simris_assistant_money_page_finalize;
  page_class->build = simris_assistant_money_page_build;
  page_class->validate = simris_assistant_money_page_validate;
  page_class->n_questions = simris_assistant_money_page_n_questions;
  page_class->n_fields = simris_assistant_money_page_n_fields;

  simris_property_install (object_class, money_page_properties, N_PROPS, properties);
}

static void
simris_assistant_money_page_init (SimrisAssistantMoneyPage *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (MoneyRow));
}

SimrisAssistantPage *
simris_assistant_money_page_new (SimrisGuide  *guide,
                                 SimrisMember *member)
{
  g_autofree char *name = simris_assistant_money_page_dup_name (member);

  return g_object_new (SIMRIS_TYPE_ASSISTANT_MONEY_PAGE, "guide", guide, "member", member, "name", name, NULL);
}

GtkWidget *
simris_assistant_money_page_get_amount (SimrisAssistantMoneyPage *self,
                                        GtkWidget                *row)
{
  MoneyRow *found = row_of (self, row);

  return found ? found->amount : NULL;
}

GtkWidget *
simris_assistant_money_page_get_unknown (SimrisAssistantMoneyPage *self,
                                         GtkWidget                *row)
{
  MoneyRow *found = row_of (self, row);

  return found ? found->unknown : NULL;
}
