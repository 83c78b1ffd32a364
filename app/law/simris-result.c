/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisResult"

#include "config.h"

#include <glib/gi18n-lib.h>

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

  /* The reason and its article are rows of the law's table (simris-rules.c). */
  if (c != NULL)
    {
      g_autofree char *article = simris_rules_format_article (SIMRIS_ACT_LAW, c->article, self->lang);
      return g_strdup_printf (simris_tr (self->lang, c->reason), article);
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

/* 1: the byte is written escaped (json-glib 1.6: the controls below U+001F, '"', '\\' and
 * U+007F; U+001F itself is left as is). */
static const guint8 escaped[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
};

/* The same object as simris_result_to_json() gives, written compact by a JsonGenerator, byte
 * for byte, without building the tree: simris-cli batch writes one per case. */
static void
write_string (GString    *out,
              const char *str)
{
  const guchar *run = (const guchar *) str;
  const guchar *p = run;

  g_string_append_c (out, '"');
  for (;;)
    {
      const char *escape;
      guchar c;

      while (!escaped[*p])
        p++;
      c = *p;
      if (c == '\0')
        break;

      g_string_append_len (out, (const char *) run, p - run);
      run = ++p;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\t': escape = "\\t"; break;
        case '\n': escape = "\\n"; break;
        case '\f': escape = "\\f"; break;
        case '\r': escape = "\\r"; break;
        default: escape = NULL; break;
        }
      if (escape != NULL)
        g_string_append (out, escape);
      else
        g_string_append_printf (out, "\\u%04x", c);
    }
  g_string_append_len (out, (const char *) run, p - run);
  g_string_append_c (out, '"');
}

static void
write_member (GString    *out,
              const char *name)
{
  g_string_append_c (out, ',');
  write_string (out, name);
  g_string_append_c (out, ':');
}

/* As simris_money_to_string(): "-12.34", two decimals, no separator; by hand, a batch writes
 * some thirty a case. @buf holds at least 24 bytes. */
static void
money_text (char        *buf,
            gsize        size,
            SimrisCents  cents)
{
  guint64 abs_cents = cents < 0 ? (guint64) (-cents) : (guint64) cents;
  char digits[24];
  int n = 0;
  char *p = buf;

  g_assert (size >= 24);

  do
    {
      digits[n++] = '0' + abs_cents % 10;
      abs_cents /= 10;
    }
  while (abs_cents > 0 || n < 3);

  if (cents < 0)
    *p++ = '-';
  while (n > 2)
    *p++ = digits[--n];
  *p++ = '.';
  *p++ = digits[1];
  *p++ = digits[0];
  *p = '\0';
}

static void
write_money (GString     *out,
             const char  *name,
             SimrisCents  cents)
{
  char buf[32];

  money_text (buf, sizeof buf, cents);
  write_member (out, name);
  g_string_append_c (out, '"');
  g_string_append (out, buf);
  g_string_append_c (out, '"');
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    g_string_append (out, "null");
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    write_string (out, json_node_get_string (node));
  else
    {
      /* Doubles, objects: as the generator writes them. */
      g_autofree char *text = json_to_string (node, FALSE);

      g_string_append (out, text);
    }
}

static void
write_date (GString    *out,
            const char *name,
            SimrisDate  date)
{
  char iso[16];
  guint y = simris_date_year (date), m = simris_date_month (date), d = simris_date_day (date);

  /* As simris_date_to_iso(): yyyy-mm-dd. */
  if (y > 9999)
    {
      g_autofree char *text = simris_date_to_iso (date);

      write_member (out, name);
      write_string (out, text);
      return;
    }
  iso[0] = '0' + y / 1000;
  iso[1] = '0' + y / 100 % 10;
  iso[2] = '0' + y / 10 % 10;
  iso[3] = '0' + y % 10;
  iso[4] = '-';
  iso[5] = '0' + m / 10 % 10;
  iso[6] = '0' + m % 10;
  iso[7] = '-';
  iso[8] = '0' + d / 10 % 10;
  iso[9] = '0' + d % 10;
  iso[10] = '\0';
  write_member (out, name);
  g_string_append_c (out, '"');
  g_string_append_len (out, iso, 10);
  g_string_append_c (out, '"');
}

/**
 * simris_result_write_json:
 * @out: where the object is appended
 *
 * Appends the result object as simris_result_to_json() would be written by a JsonGenerator
 * without pretty-printing: the same bytes, faster.
 */
void
simris_result_write_json (SimrisResult *self,
                          GString      *out)
{
  g_return_if_fail (SIMRIS_IS_RESULT (self));
  g_return_if_fail (out != NULL);

  g_string_append (out, "{\"simris_result\":1");
  write_date (out, "reference_date", self->reference_date);
  write_date (out, "parameters", self->parameters_date);
  write_member (out, "eligible");
  g_string_append (out, self->eligible ? "true" : "false");
  write_member (out, "ineligible_reasons");
  g_string_append_c (out, '[');
  for (guint i = 0; i + 1 < self->reasons->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      write_string (out, g_ptr_array_index (self->reasons, i));
    }
  g_string_append_c (out, ']');
  write_member (out, "category");
  write_string (out, simris_category_to_string (self->category));
  write_money (out, "category_amount_year", self->category_amount_year);
  write_money (out, "resources_counted_year", self->resources_counted_year);
  write_money (out, "exemptions_year", self->exemptions_year);
  write_money (out, "amount_year", self->amount_year);
  write_money (out, "amount_month", self->amount_month);

  write_member (out, "split");
  if (self->has_split)
    {
      char applicant[32], partner[32];

      money_text (applicant, sizeof applicant, self->split_applicant);
      money_text (partner, sizeof partner, self->split_partner);
      g_string_append_printf (out, "{\"applicant\":\"%s\",\"partner\":\"%s\"}", applicant, partner);
    }
  else
    g_string_append (out, "null");

  write_member (out, "advance");
  if (self->advance != NULL)
    {
      g_string_append (out, "{\"benefits\":[");
      for (guint i = 0; i < self->advance->len; i++)
        {
          SimrisAdvanceBenefit *b = g_ptr_array_index (self->advance, i);

          if (i > 0)
            g_string_append_c (out, ',');
          g_string_append (out, "{\"kind\":");
          write_string (out, simris_resource_kind_to_string (b->kind));
          write_member (out, "paying_body");
          if (b->paying_body != NULL)
            write_string (out, b->paying_body);
          else
            g_string_append (out, "null");
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}");
    }
  else
    g_string_append (out, "null");

  write_member (out, "alternatives");
  g_string_append_c (out, '[');
  for (guint i = 0; i < self->alternatives->len; i++)
    {
      SimrisAlternative *alt = g_ptr_array_index (self->alternatives, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"option\":");
      write_string (out, alt->option);
      write_member (out, "value");
      write_value (out, alt->value);
      write_money (out, "amount_month", alt->amount_month);
      write_money (out, "amount_year", alt->amount_year);
      write_member (out, "text");
      write_string (out, alt->text);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');

  write_member (out, "art34_regime");
  if (self->art34_regime != NULL)
    write_string (out, self->art34_regime);
  else
    g_string_append (out, "null");

  write_member (out, "steps");
  g_string_append_c (out, '[');
  for (guint i = 0; i < self->steps->len; i++)
    {
      SimrisStep *step = g_ptr_array_index (self->steps, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"rule\":");
      write_string (out, step->rule);
      write_member (out, "text");
      write_string (out, step->text);
      if (step->has_amount)
        write_money (out, "amount", step->amount);
      else
        g_string_append (out, ",\"amount\":null");
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');

  write_member (out, "warnings");
  g_string_append_c (out, '[');
  for (guint i = 0; i < self->warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (self->warnings, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"code\":");
      write_string (out, w->code);
      write_member (out, "text");
      write_string (out, w->text);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");
}
