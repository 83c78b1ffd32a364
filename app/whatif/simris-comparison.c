/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisComparison"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-comparison.h"
#include "simris-engine.h"
#include "simris-enum-types.h"
#include "simris-i18n.h"

/* The comparison view (docs/case-format.md, "scenarios"): the base case and each scenario
 * computed side by side, and for each column the steps that differ from the base case's with
 * a sentence saying why ("absent from this scenario", "another figure"…). The scenarios
 * themselves, and how a change applies, are simris-scenario.c. */

struct _SimrisComparison
{
  gatomicrefcount  ref_count;
  char            *lang;
  GPtrArray       *columns;   /* SimrisCompareColumn* */
};

static void
step_diff_free (SimrisStepDiff *diff)
{
  g_free (diff->rule);
  g_free (diff->why);
  g_free (diff);
}

static void
column_free (SimrisCompareColumn *column)
{
  g_free (column->name);
  g_clear_object (&column->scenario);
  g_clear_object (&column->household);
  g_clear_object (&column->result);
  g_clear_pointer (&column->changes, g_ptr_array_unref);
  g_clear_pointer (&column->differs, g_ptr_array_unref);
  g_free (column);
}

SimrisComparison *
simris_comparison_ref (SimrisComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
simris_comparison_unref (SimrisComparison *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->lang);
      g_ptr_array_unref (self->columns);
      g_free (self);
    }
}

guint
simris_comparison_get_n_columns (SimrisComparison *self)
{
  return self->columns->len;
}

SimrisCompareColumn *
simris_comparison_get_column (SimrisComparison *self,
                              guint             index)
{
  g_return_val_if_fail (index < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, index);
}

const char *
simris_comparison_get_lang (SimrisComparison *self)
{
  return self->lang;
}

SimrisStepDiff *
simris_comparison_find_diff (SimrisComparison *self,
                             guint             column,
                             guint             step)
{
  SimrisCompareColumn *c;

  g_return_val_if_fail (column < self->columns->len, NULL);
  c = g_ptr_array_index (self->columns, column);
  for (guint i = 0; i < c->differs->len; i++)
    {
      SimrisStepDiff *diff = g_ptr_array_index (c->differs, i);

      if ((column == 0 ? diff->base_step : diff->step) == (int) step)
        return diff;
    }
  return NULL;
}

/* The position of step i among the steps of its kind and rule not matched yet. */
static guint
occurrence (GPtrArray *steps,
            const int *match,
            guint      i)
{
  SimrisStep *s = g_ptr_array_index (steps, i);
  guint n = 0;

  for (guint j = 0; j < i; j++)
    {
      SimrisStep *t = g_ptr_array_index (steps, j);
      if (match[j] < 0 && t->kind == s->kind && g_strcmp0 (t->rule, s->rule) == 0)
        n++;
    }
  return n;
}

static int
find_match (GPtrArray      *steps,
            const gboolean *taken,
            SimrisStep     *s,
            guint           nth)
{
  guint n = 0;

  for (guint j = 0; j < steps->len; j++)
    {
      SimrisStep *t = g_ptr_array_index (steps, j);
      if (!taken[j] && t->kind == s->kind && g_strcmp0 (t->rule, s->rule) == 0 && n++ == nth)
        return j;
    }
  return -1;
}

static char *
signed_amount (SimrisStep *s,
               const char *lang)
{
  g_autofree char *amount = NULL;

  if (!s->has_amount)
    return g_strdup (simris_tr (lang, N_("no amount")));
  amount = simris_money_format (s->amount, lang);
  return g_strdup_printf ("%s%s", s->amount_sign < 0 ? "−" : "", amount);
}

static SimrisStepDiff *
new_diff (int         step,
          int         base_step,
          SimrisStep *s,
          char       *why)
{
  SimrisStepDiff *diff = g_new0 (SimrisStepDiff, 1);

  diff->step = step;
  diff->base_step = base_step;
  diff->kind = s->kind;
  diff->rule = g_strdup (s->rule);
  diff->why = why;
  return diff;
}

/* In the order of the column's steps; the base case's steps missing here last. */
static int
diff_order (gconstpointer a,
            gconstpointer b)
{
  const SimrisStepDiff *x = *(SimrisStepDiff * const *) a;
  const SimrisStepDiff *y = *(SimrisStepDiff * const *) b;
  gint64 kx = x->step >= 0 ? x->step : (gint64) G_MAXINT + x->base_step;
  gint64 ky = y->step >= 0 ? y->step : (gint64) G_MAXINT + y->base_step;

  return kx < ky ? -1 : kx > ky;
}

static void
diff_steps (SimrisCompareColumn *base,
            SimrisCompareColumn *column,
            const char          *lang)
{
  GPtrArray *mine = simris_result_get_steps (column->result);
  GPtrArray *theirs = simris_result_get_steps (base->result);
  g_autofree int *match = g_new (int, mine->len + 1);
  g_autofree gboolean *taken = g_new0 (gboolean, theirs->len + 1);

  /* First the very same step (same rule, same words: the same person's), so that when one
   * person leaves, the steps of the others stay matched and the step missing is the one of
   * the person who left, not the last one of that rule; then the same rule at the same
   * position among that rule's steps left over; then a step left over takes the first step
   * of the same kind left over in the base case (the category under another paragraph of
   * art. 14, say). */
  for (guint i = 0; i < mine->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (mine, i);

      match[i] = -1;
      for (guint j = 0; j < theirs->len; j++)
        {
          SimrisStep *t = g_ptr_array_index (theirs, j);

          if (!taken[j] && t->kind == s->kind && g_strcmp0 (t->rule, s->rule) == 0
              && g_strcmp0 (t->text, s->text) == 0)
            {
              match[i] = j;
              taken[j] = TRUE;
              break;
            }
        }
    }
  for (guint i = 0; i < mine->len; i++)
    {
      if (match[i] >= 0)
        continue;
      match[i] = find_match (theirs, taken, g_ptr_array_index (mine, i), occurrence (mine, match, i));
      if (match[i] >= 0)
        taken[match[i]] = TRUE;
    }
  for (guint i = 0; i < mine->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (mine, i);

      if (match[i] >= 0)
        continue;
      for (guint j = 0; j < theirs->len; j++)
        if (!taken[j] && ((SimrisStep *) g_ptr_array_index (theirs, j))->kind == s->kind)
          {
            SimrisStep *t = g_ptr_array_index (theirs, j);

            taken[j] = TRUE;
            match[i] = j;
            /* Translators: two legal references, this scenario's then the base case's. */
            g_ptr_array_add (column->differs,
                             new_diff (i, j, s, g_strdup_printf (simris_tr (lang, N_("Another rule applies: %s here, %s in the base case.")),
                                                                 s->rule, t->rule)));
            break;
          }
      if (match[i] < 0)
        g_ptr_array_add (column->differs,
                         new_diff (i, -1, s, g_strdup (simris_tr (lang, N_("This step applies in this scenario only: the base case has no such step.")))));
    }

  for (guint i = 0; i < mine->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (mine, i);
      SimrisStep *t;

      if (match[i] < 0)
        continue;
      t = g_ptr_array_index (theirs, match[i]);
      if (g_strcmp0 (s->rule, t->rule) != 0)
        continue;   /* already said */
      if (s->has_amount != t->has_amount || s->amount != t->amount || s->amount_sign != t->amount_sign)
        {
          g_autofree char *here = signed_amount (s, lang);
          g_autofree char *there = signed_amount (t, lang);

          /* Translators: two amounts, this scenario's then the base case's. */
          g_ptr_array_add (column->differs,
                           new_diff (i, match[i], s, g_strdup_printf (simris_tr (lang, N_("Same rule, another figure: %s here against %s in the base case.")),
                                                                      here, there)));
        }
      else if (g_strcmp0 (s->text, t->text) != 0)
        g_ptr_array_add (column->differs,
                         new_diff (i, match[i], s, g_strdup (simris_tr (lang, N_("Same rule and figure, but the facts it rests on differ from the base case.")))));
    }

  for (guint j = 0; j < theirs->len; j++)
    if (!taken[j])
      g_ptr_array_add (column->differs,
                       new_diff (-1, j, g_ptr_array_index (theirs, j),
                                 g_strdup (simris_tr (lang, N_("This step of the base case does not apply in this scenario.")))));
  g_ptr_array_sort (column->differs, diff_order);
}

/* The base column's steps that differ in some scenario, naming them. */
static void
mark_base (SimrisComparison *self)
{
  SimrisCompareColumn *base = g_ptr_array_index (self->columns, 0);
  GPtrArray *steps = simris_result_get_steps (base->result);

  for (guint j = 0; j < steps->len; j++)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint c = 1; c < self->columns->len; c++)
        {
          SimrisCompareColumn *column = g_ptr_array_index (self->columns, c);

          for (guint k = 0; k < column->differs->len; k++)
            {
              SimrisStepDiff *diff = g_ptr_array_index (column->differs, k);

              if (diff->base_step == (int) j)
                {
                  if (names->len > 0)
                    g_string_append (names, ", ");
                  g_string_append_printf (names, "“%s”", column->name);
                  break;
                }
            }
        }
      if (names->len > 0)
        /* Translators: %s lists scenario names in quotes, separated by commas. */
        g_ptr_array_add (base->differs,
                         new_diff (-1, j, g_ptr_array_index (steps, j),
                                   g_strdup_printf (simris_tr (self->lang, N_("This step differs in: %s.")), names->str)));
    }
}

static SimrisCompareColumn *
compute_column (SimrisParameters *params,
                SimrisHousehold  *household,
                const char       *name,
                const char       *lang,
                GError          **error)
{
  SimrisCompareColumn *column;
  SimrisResult *result = simris_engine_compute (params, household, 0, lang, error);

  if (result == NULL)
    return NULL;
  column = g_new0 (SimrisCompareColumn, 1);
  column->name = g_strdup (name);
  column->household = g_object_ref (household);
  column->result = result;
  column->total_month = simris_household_total_month (household, result);
  column->changes = g_ptr_array_new_with_free_func (g_free);
  column->differs = g_ptr_array_new_with_free_func ((GDestroyNotify) step_diff_free);
  return column;
}

SimrisComparison *
simris_scenario_compare (SimrisParameters *params,
                         SimrisHousehold  *base,
                         GPtrArray        *scenarios,
                         const char       *lang,
                         GError          **error)
{
  g_autoptr(SimrisComparison) self = g_new0 (SimrisComparison, 1);
  SimrisCompareColumn *base_column;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (params), NULL);
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (base), NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->lang = g_strdup (simris_lang_normalize (lang));
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);

  base_column = compute_column (params, base, simris_tr (self->lang, N_("Base case")), self->lang, error);
  if (base_column == NULL)
    return NULL;
  g_ptr_array_add (self->columns, base_column);

  for (guint i = 0; scenarios != NULL && i < scenarios->len; i++)
    {
      SimrisScenario *scenario = g_ptr_array_index (scenarios, i);
      g_autofree char *path = g_strdup_printf ("scenarios[%u]", i);
      g_autoptr(SimrisHousehold) household = simris_scenario_apply (scenario, base, path, error);
      g_autoptr(GError) local = NULL;
      SimrisCompareColumn *column;

      if (household == NULL)
        return NULL;
      column = compute_column (params, household, simris_scenario_get_name (scenario), self->lang, &local);
      if (column == NULL)
        {
          g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID, "%s: %s", path,
                       local->message);
          return NULL;
        }
      column->scenario = g_object_ref (scenario);
      for (guint j = 0; j < simris_scenario_get_n_changes (scenario); j++)
        g_ptr_array_add (column->changes, simris_scenario_dup_change_text (scenario, j, base, self->lang));
      diff_steps (base_column, column, self->lang);
      g_ptr_array_add (self->columns, column);
    }
  mark_base (self);
  return g_steal_pointer (&self);
}

JsonNode *
simris_comparison_to_json (SimrisComparison *self)
{
  JsonObject *top = json_object_new ();
  JsonArray *columns = json_array_new ();
  JsonNode *node;

  json_object_set_int_member (top, "simris_compare", 1);
  for (guint c = 0; c < self->columns->len; c++)
    {
      SimrisCompareColumn *column = g_ptr_array_index (self->columns, c);
      g_autoptr(JsonNode) result = simris_result_to_json (column->result);
      JsonObject *object = json_object_new ();
      JsonObject *fields = json_node_get_object (result);
      JsonArray *changes = json_array_new ();
      JsonArray *differs = json_array_new ();
      g_autofree char *total = simris_money_to_string (column->total_month);
      g_autoptr(GList) names = json_object_get_members (fields);

      json_object_set_string_member (object, "name", column->name);
      for (GList *l = names; l != NULL; l = l->next)
        json_object_set_member (object, l->data, json_node_copy (json_object_get_member (fields, l->data)));
      json_object_set_string_member (object, "total_month", total);
      for (guint i = 0; i < column->changes->len; i++)
        json_array_add_string_element (changes, g_ptr_array_index (column->changes, i));
      json_object_set_array_member (object, "changes", changes);
      for (guint i = 0; i < column->differs->len; i++)
        {
          SimrisStepDiff *diff = g_ptr_array_index (column->differs, i);
          JsonObject *d = json_object_new ();
          GEnumClass *klass = g_type_class_ref (SIMRIS_TYPE_STEP_KIND);
          GEnumValue *value = g_enum_get_value (klass, diff->kind);

          json_object_set_string_member (d, "kind", value != NULL ? value->value_nick : "");
          g_type_class_unref (klass);
          json_object_set_string_member (d, "rule", diff->rule);
          if (diff->step >= 0)
            json_object_set_int_member (d, "step", diff->step);
          else
            json_object_set_null_member (d, "step");
          if (diff->base_step >= 0)
            json_object_set_int_member (d, "base_step", diff->base_step);
          else
            json_object_set_null_member (d, "base_step");
          json_object_set_string_member (d, "text", diff->why);
          json_array_add_object_element (differs, d);
        }
      json_object_set_array_member (object, "differs", differs);
      json_array_add_object_element (columns, object);
    }
  json_object_set_array_member (top, "scenarios", columns);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, top);
  return node;
}
