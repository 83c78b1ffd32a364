/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisResult"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-codes.h"
#include "simris-i18n.h"
#include "simris-result-private.h"
#include "simris-rules.h"

G_DEFINE_FINAL_TYPE (SimrisResult, simris_result, G_TYPE_OBJECT)

static void
step_free (gpointer data)
{
  SimrisStep *step = data;

  g_free (step->rule);
  g_free (step->text);
  g_free (step);
}

static void
warning_free (gpointer data)
{
  SimrisWarning *warning = data;

  g_free (warning->code);
  g_free (warning->text);
  g_free (warning);
}

static void
applicant_free (gpointer data)
{
  SimrisApplicantAmount *a = data;

  g_free (a->member_id);
  g_free (a->name);
  g_free (a);
}

static void
alternative_free (gpointer data)
{
  SimrisAlternative *alt = data;

  g_free (alt->option);
  g_clear_pointer (&alt->value, json_node_unref);
  g_free (alt->text);
  g_free (alt);
}

static void
advance_free (gpointer data)
{
  SimrisAdvanceBenefit *benefit = data;

  g_free (benefit->paying_body);
  g_free (benefit->member_id);
  g_free (benefit);
}

static void
simris_result_finalize (GObject *object)
{
  SimrisResult *self = (SimrisResult *) object;

  g_free (self->lang);
  g_ptr_array_unref (self->reasons);
  g_free (self->category_reason);
  g_free (self->category_finding);
  g_free (self->category_caveat);
  g_clear_pointer (&self->advance, g_ptr_array_unref);
  g_ptr_array_unref (self->alternatives);
  g_ptr_array_unref (self->applicants);
  g_ptr_array_unref (self->steps);
  g_ptr_array_unref (self->warnings);
  g_ptr_array_unref (self->assumed);
  g_free (self->art34_regime);
  g_free (self->art34_regime_reason);
  g_ptr_array_unref (self->options_applied);
  g_ptr_array_unref (self->not_modelled);

  G_OBJECT_CLASS (simris_result_parent_class)->finalize (object);
}

static void
simris_result_class_init (SimrisResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_result_finalize;
}

static GPtrArray *
new_strv_array (void)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (array, NULL);
  return array;
}

static void
strv_array_add (GPtrArray *array,
                char      *str)
{
  g_ptr_array_index (array, array->len - 1) = str;
  g_ptr_array_add (array, NULL);
}

static void
simris_result_init (SimrisResult *self)
{
  self->reasons = new_strv_array ();
  self->assumed = new_strv_array ();
  self->not_modelled = new_strv_array ();
  self->alternatives = g_ptr_array_new_with_free_func (alternative_free);
  self->applicants = g_ptr_array_new_with_free_func (applicant_free);
  self->steps = g_ptr_array_new_with_free_func (step_free);
  self->warnings = g_ptr_array_new_with_free_func (warning_free);
  self->options_applied = g_ptr_array_new_with_free_func (warning_free);
  self->split_share = 50;
}

SimrisResult *
simris_result_new (const char *lang)
{
  SimrisResult *self = g_object_new (SIMRIS_TYPE_RESULT, NULL);

  self->lang = g_strdup (simris_lang_normalize (lang));
  return self;
}

SimrisStep *
simris_result_add_step (SimrisResult   *self,
                        SimrisStepKind  kind,
                        const char     *rule,
                        char           *text,
                        gboolean        has_amount,
                        SimrisCents     amount,
                        int             sign)
{
  SimrisStep *step = g_new0 (SimrisStep, 1);

  step->kind = kind;
  step->rule = g_strdup (rule);
  step->text = text;
  step->has_amount = has_amount;
  step->amount = amount;
  step->amount_sign = sign;
  g_ptr_array_add (self->steps, step);
  return step;
}

void
simris_result_add_warning (SimrisResult *self,
                           const char   *code,
                           char         *text)
{
  SimrisWarning *warning;

  for (guint i = 0; i < self->warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (self->warnings, i);
      if (g_str_equal (w->code, code) && g_str_equal (w->text, text))
        {
          g_free (text);
          return;
        }
    }

  warning = g_new0 (SimrisWarning, 1);
  warning->code = g_strdup (code);
  warning->text = text;
  g_ptr_array_add (self->warnings, warning);
}

void
simris_result_add_reason (SimrisResult *self,
                          const char   *code)
{
  strv_array_add (self->reasons, g_strdup (code));
}

void
simris_result_add_assumed (SimrisResult *self,
                           const char   *code)
{
  strv_array_add (self->assumed, g_strdup (code));
}

void
simris_result_add_applicant (SimrisResult *self,
                             const char   *member_id,
                             const char   *name,
                             gboolean      computed,
                             gboolean      eligible,
                             SimrisCents   amount_year,
                             SimrisCents   amount_month)
{
  SimrisApplicantAmount *a = g_new0 (SimrisApplicantAmount, 1);

  a->member_id = g_strdup (member_id);
  a->name = g_strdup (name);
  a->computed = computed;
  a->eligible = eligible;
  a->amount_year = amount_year;
  a->amount_month = amount_month;
  g_ptr_array_add (self->applicants, a);
}

GPtrArray *
simris_result_get_applicants (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);

  return self->applicants;
}

void
simris_result_add_not_modelled (SimrisResult *self,
                                char         *text)
{
  strv_array_add (self->not_modelled, text);
}

void
simris_result_add_option_applied (SimrisResult *self,
                                  const char   *option,
                                  char         *text)
{
  SimrisWarning *entry = g_new0 (SimrisWarning, 1);

  entry->code = g_strdup (option);
  entry->text = text;
  g_ptr_array_add (self->options_applied, entry);
}

void
simris_result_add_advance (SimrisResult       *self,
                           SimrisResourceKind  kind,
                           const char         *paying_body,
                           const char         *member_id)
{
  SimrisAdvanceBenefit *benefit = g_new0 (SimrisAdvanceBenefit, 1);

  if (self->advance == NULL)
    self->advance = g_ptr_array_new_with_free_func (advance_free);
  benefit->kind = kind;
  benefit->paying_body = g_strdup (paying_body);
  benefit->member_id = g_strdup (member_id);
  g_ptr_array_add (self->advance, benefit);
}

void
simris_result_add_alternative (SimrisResult *self,
                               const char   *option,
                               JsonNode     *value,
                               SimrisCents   amount_year,
                               SimrisCents   amount_month,
                               char         *text)
{
  SimrisAlternative *alt = g_new0 (SimrisAlternative, 1);

  alt->option = g_strdup (option);
  alt->value = value;
  alt->amount_year = amount_year;
  alt->amount_month = amount_month;
  alt->text = text;
  g_ptr_array_add (self->alternatives, alt);
}

const char *
simris_result_get_lang (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->lang;
}

SimrisDate
simris_result_get_reference_date (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->reference_date;
}

SimrisDate
simris_result_get_parameters_date (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->parameters_date;
}

gboolean
simris_result_get_eligible (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), FALSE);
  return self->eligible;
}

const char * const *
simris_result_get_ineligible_reasons (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return (const char * const *) self->reasons->pdata;
}

/* A sentence for an ineligibility reason code, in the result's language. */
char *
simris_result_dup_reason_text (SimrisResult *self,
                               const char   *code)
{
  const SimrisConditionRule *c = simris_rules_condition (code);

  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);

  /* The equivalent aid's own residence condition (simris-benefit.c, art. 1, 57 and 57ter LO). */
  if (c != NULL && self->benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
      && g_strcmp0 (code, SIMRIS_REASON_RESIDENCE) == 0)
    {
      g_autofree char *article = simris_rules_format_article (SIMRIS_ACT_LO, "art. 1, 57, 57ter", self->lang);
      /* Translators: %s is a reference to the organic law of 8 July 1976 */
      return g_strdup_printf (simris_tr (self->lang, N_("The applicant does not live in Belgium with a legal stay "
                                                        "giving the equivalent aid, or receives material aid in a "
                                                        "reception structure (%s).")),
                              article);
    }

  /* The reason and its article are rows of the law's table (simris-rules.c). */
  if (c != NULL)
    {
      g_autofree char *article = simris_rules_format_article (SIMRIS_ACT_LAW, c->article, self->lang);
      int figure = c->figure != SIMRIS_NO_FIGURE ? (int) simris_rules_constant (c->figure) : 0;

      /* %1$s the article, %2$d the figure the row names (the age of majority). */
      return g_strdup_printf (simris_tr (self->lang, c->reason), article, figure);
    }
  return g_strdup (code);
}

SimrisCategory
simris_result_get_category (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), SIMRIS_CATEGORY_ISOLATED);
  return self->category;
}

const char *
simris_result_get_category_reason (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->category_reason;
}

const char *
simris_result_get_category_finding (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->category_finding != NULL ? self->category_finding : self->category_reason;
}

const char *
simris_result_get_category_caveat (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->category_caveat;
}

SimrisCents
simris_result_get_category_amount_year (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->category_amount_year;
}

SimrisCents
simris_result_get_category_amount_month (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->category_amount_month;
}

SimrisCents
simris_result_get_resources_counted_year (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->resources_counted_year;
}

SimrisCents
simris_result_get_exemptions_year (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->exemptions_year;
}

SimrisCents
simris_result_get_amount_year (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->amount_year;
}

SimrisCents
simris_result_get_amount_month (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 0);
  return self->amount_month;
}

gboolean
simris_result_get_split (SimrisResult *self,
                         SimrisCents  *applicant,
                         SimrisCents  *partner)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), FALSE);

  if (applicant != NULL)
    *applicant = self->has_split ? self->split_applicant : 0;
  if (partner != NULL)
    *partner = self->has_split ? self->split_partner : 0;
  return self->has_split;
}

int
simris_result_get_split_share (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), 50);
  return self->split_share;
}

GPtrArray *
simris_result_get_advance (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->advance;
}

GPtrArray *
simris_result_get_alternatives (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->alternatives;
}

GPtrArray *
simris_result_get_steps (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->steps;
}

GPtrArray *
simris_result_get_warnings (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->warnings;
}

gboolean
simris_result_has_warning (SimrisResult *self,
                           const char   *code)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), FALSE);

  for (guint i = 0; i < self->warnings->len; i++)
    if (g_str_equal (((SimrisWarning *) g_ptr_array_index (self->warnings, i))->code, code))
      return TRUE;
  return FALSE;
}

const char * const *
simris_result_get_assumed_conditions (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return (const char * const *) self->assumed->pdata;
}

const char *
simris_result_get_art34_regime (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->art34_regime;
}

const char *
simris_result_get_art34_regime_reason (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->art34_regime_reason;
}

GPtrArray *
simris_result_get_options_applied (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return self->options_applied;
}

const char * const *
simris_result_get_not_modelled (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);
  return (const char * const *) self->not_modelled->pdata;
}

SimrisBenefit
simris_result_get_benefit (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), SIMRIS_BENEFIT_INTEGRATION_INCOME);
  return self->benefit;
}

gboolean
simris_result_get_piis_studies (SimrisResult *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), FALSE);
  return self->piis_studies;
}

gboolean
simris_result_get_maintenance_aid (SimrisResult *self,
                                   SimrisCents  *paid_month,
                                   SimrisCents  *amount_month,
                                   SimrisCents  *amount_year)
{
  g_return_val_if_fail (SIMRIS_IS_RESULT (self), FALSE);

  if (paid_month != NULL)
    *paid_month = self->maintenance_aid.paid_month;
  if (amount_month != NULL)
    *amount_month = self->maintenance_aid.amount_month;
  if (amount_year != NULL)
    *amount_year = self->maintenance_aid.amount_year;
  return self->has_maintenance_aid;
}

static void
add_money (JsonBuilder *builder,
           const char  *member,
           SimrisCents  cents)
{
  g_autofree char *str = simris_money_to_string (cents);

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, str);
}

/* The result object of docs/case-format.md ("simris_result": 1). */
JsonNode *
simris_result_to_json (SimrisResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *ref = NULL;
  g_autofree char *params = NULL;

  g_return_val_if_fail (SIMRIS_IS_RESULT (self), NULL);

  ref = simris_date_to_iso (self->reference_date);
  params = simris_date_to_iso (self->parameters_date);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "simris_result");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "reference_date");
  json_builder_add_string_value (builder, ref);
  json_builder_set_member_name (builder, "parameters");
  json_builder_add_string_value (builder, params);
  json_builder_set_member_name (builder, "benefit");
  json_builder_add_string_value (builder, simris_benefit_to_string (self->benefit));
  json_builder_set_member_name (builder, "eligible");
  json_builder_add_boolean_value (builder, self->eligible);
  json_builder_set_member_name (builder, "ineligible_reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i + 1 < self->reasons->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->reasons, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, simris_category_to_string (self->category));
  add_money (builder, "category_amount_year", self->category_amount_year);
  add_money (builder, "resources_counted_year", self->resources_counted_year);
  add_money (builder, "exemptions_year", self->exemptions_year);
  add_money (builder, "amount_year", self->amount_year);
  add_money (builder, "amount_month", self->amount_month);

  json_builder_set_member_name (builder, "split");
  if (self->has_split)
    {
      json_builder_begin_object (builder);
      add_money (builder, "applicant", self->split_applicant);
      add_money (builder, "partner", self->split_partner);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "advance");
  if (self->advance != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "benefits");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->advance->len; i++)
        {
          SimrisAdvanceBenefit *b = g_ptr_array_index (self->advance, i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, simris_resource_kind_to_string (b->kind));
          json_builder_set_member_name (builder, "paying_body");
          if (b->paying_body != NULL)
            json_builder_add_string_value (builder, b->paying_body);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "maintenance_aid");
  if (self->has_maintenance_aid)
    {
      json_builder_begin_object (builder);
      add_money (builder, "paid_month", self->maintenance_aid.paid_month);
      add_money (builder, "amount_month", self->maintenance_aid.amount_month);
      add_money (builder, "amount_year", self->maintenance_aid.amount_year);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "alternatives");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->alternatives->len; i++)
    {
      SimrisAlternative *alt = g_ptr_array_index (self->alternatives, i);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "option");
      json_builder_add_string_value (builder, alt->option);
      json_builder_set_member_name (builder, "value");
      json_builder_add_value (builder, json_node_copy (alt->value));
      add_money (builder, "amount_month", alt->amount_month);
      add_money (builder, "amount_year", alt->amount_year);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, alt->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* docs/case-format.md: only when several adults of the household apply. */
  if (self->applicants->len > 0)
    {
      json_builder_set_member_name (builder, "applicants");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->applicants->len; i++)
        {
          SimrisApplicantAmount *a = g_ptr_array_index (self->applicants, i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "member");
          json_builder_add_string_value (builder, a->member_id);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, a->name);
          json_builder_set_member_name (builder, "eligible");
          if (a->computed)
            json_builder_add_boolean_value (builder, a->eligible);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "amount_month");
          if (a->computed)
            {
              g_autofree char *m = simris_money_to_string (a->amount_month);
              json_builder_add_string_value (builder, m);
            }
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "amount_year");
          if (a->computed)
            {
              g_autofree char *y = simris_money_to_string (a->amount_year);
              json_builder_add_string_value (builder, y);
            }
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "art34_regime");
  json_builder_add_string_value (builder, self->art34_regime);

  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    {
      SimrisStep *step = g_ptr_array_index (self->steps, i);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, step->rule);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, step->text);
      if (step->has_amount)
        add_money (builder, "amount", step->amount);
      else
        {
          json_builder_set_member_name (builder, "amount");
          json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (self->warnings, i);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, w->code);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, w->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
