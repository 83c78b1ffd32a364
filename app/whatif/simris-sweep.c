/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisSweep"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-resource.h"
#include "simris-scenario.h"
#include "simris-sweep.h"

/* The earnings sweep. The engine computes every point (no rule of law is repeated here): the
 * socio-professional exemption (art. 35 AR; docs/calculation.md §4.3) and the general exemption
 * (art. 22 §2 AR; §6) show in the figures as a stretch where the RIS does not fall, and the
 * rule that the general exemption applies only while R < A (§6) shows as a step where one more
 * euro earned lowers the household's income — the "employment trap" a volunteer explains. The
 * three marks are found on the grid, then refined to the cent by bisection, the RIS being
 * non-increasing in the earnings. */

G_DEFINE_QUARK (simris-sweep-error-quark, simris_sweep_error)

struct _SimrisSweep
{
  GObject          parent_instance;

  char            *member_id;
  char            *member_label;     /* the member's name, NULL without one */
  SimrisRelation   member_relation;
  GArray          *points;   /* SimrisSweepPoint */
  GArray          *drops;    /* SimrisSweepDrop */
  gboolean         has_exemption_end;
  SimrisCents      exemption_end;
  gboolean         has_ris_zero;
  SimrisCents      ris_zero;
  SimrisBenefit    benefit;  /* the case's (issue 29): the chart names it */
};

G_DEFINE_FINAL_TYPE (SimrisSweep, simris_sweep, G_TYPE_OBJECT)

static void
simris_sweep_finalize (GObject *object)
{
  SimrisSweep *self = SIMRIS_SWEEP (object);

  g_clear_pointer (&self->member_id, g_free);
  g_clear_pointer (&self->member_label, g_free);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->drops, g_array_unref);

  G_OBJECT_CLASS (simris_sweep_parent_class)->finalize (object);
}

static void
simris_sweep_class_init (SimrisSweepClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_sweep_finalize;
}

static void
simris_sweep_init (SimrisSweep *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (SimrisSweepPoint));
  self->drops = g_array_new (FALSE, FALSE, sizeof (SimrisSweepDrop));
}

/* The working copy and the resource the sweep moves. */
typedef struct
{
  SimrisParameters *params;
  SimrisHousehold  *household;
  SimrisResource   *work;
} Sweeper;

static gboolean
evaluate (Sweeper          *sw,
          SimrisCents       earnings,
          SimrisSweepPoint *point,
          GError          **error)
{
  g_autoptr(SimrisResult) result = NULL;

  simris_resource_set_amount (sw->work, earnings);
  /* The figures do not depend on the language: "en" needs no catalogue. */
  result = simris_engine_compute (sw->params, sw->household, 0, "en", error);
  if (result == NULL)
    return FALSE;
  point->earnings = earnings;
  point->ris_month = simris_result_get_amount_month (result);
  point->total_month = simris_household_total_month (sw->household, result);
  return TRUE;
}

typedef enum
{
  TEST_RIS_BELOW,     /* ris < value */
  TEST_RIS_ZERO,      /* ris == 0 */
  TEST_TOTAL_BELOW,   /* total < value */
} Test;

static gboolean
holds (const SimrisSweepPoint *p,
       Test                    test,
       SimrisCents             value)
{
  switch (test)
    {
    case TEST_RIS_BELOW:
      return p->ris_month < value;
    case TEST_RIS_ZERO:
      return p->ris_month == 0;
    case TEST_TOTAL_BELOW:
    default:
      return p->total_month < value;
    }
}

/* The smallest earnings in (lo, hi] where the test holds; it holds at hi, not at lo. */
static SimrisCents
bisect (Sweeper     *sw,
        SimrisCents  lo,
        SimrisCents  hi,
        Test         test,
        SimrisCents  value)
{
  while (hi - lo > 1)
    {
      SimrisCents mid = lo + (hi - lo) / 2;
      SimrisSweepPoint p;

      /* Every point of the grid computed, so no case error can appear between them. */
      if (!evaluate (sw, mid, &p, NULL))
        break;
      if (holds (&p, test, value))
        hi = mid;
      else
        lo = mid;
    }
  return hi;
}

static void
find_marks (SimrisSweep *self,
            Sweeper     *sw)
{
  const SimrisSweepPoint *p = (const SimrisSweepPoint *) self->points->data;
  guint n = self->points->len;

  if (n < 2 || p[0].ris_month == 0)
    return;

  for (guint i = 1; i < n; i++)
    if (p[i].ris_month < p[0].ris_month)
      {
        self->has_exemption_end = TRUE;
        self->exemption_end = bisect (sw, p[i - 1].earnings, p[i].earnings, TEST_RIS_BELOW, p[0].ris_month) - 1;
        break;
      }

  if (p[n - 1].ris_month == 0)
    {
      guint i = n - 1;

      while (i > 0 && p[i - 1].ris_month == 0)
        i--;
      self->has_ris_zero = TRUE;
      self->ris_zero = bisect (sw, p[i - 1].earnings, p[i].earnings, TEST_RIS_ZERO, 0);
    }

  for (guint i = 0; i + 1 < n; i++)
    if (p[i + 1].total_month < p[i].total_month)
      {
        SimrisSweepDrop drop = { .index = i };
        SimrisSweepPoint before, after;

        drop.earnings = bisect (sw, p[i].earnings, p[i + 1].earnings, TEST_TOTAL_BELOW, p[i].total_month);
        if (evaluate (sw, drop.earnings - 1, &before, NULL) && evaluate (sw, drop.earnings, &after, NULL))
          {
            drop.total_before = before.total_month;
            drop.total_after = after.total_month;
          }
        g_array_append_val (self->drops, drop);
      }
}

SimrisSweep *
simris_sweep_run (SimrisParameters *params,
                  SimrisHousehold  *household,
                  const char       *member_id,
                  SimrisCents       from,
                  SimrisCents       to,
                  SimrisCents       step,
                  GError          **error)
{
  g_autoptr(SimrisSweep) self = NULL;
  g_autoptr(SimrisHousehold) copy = NULL;
  g_autoptr(SimrisResource) work = NULL;
  SimrisMember *member;
  GListModel *resources;
  Sweeper sw;
  const char *name;
  guint64 n_points;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (params), NULL);
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  if (from < 0 || to < from || step <= 0 || to > SIMRIS_CENTS_MAX)
    {
      g_set_error_literal (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_RANGE,
                           _("the earnings range needs 0 ≤ from ≤ to ≤ 10 000 000.00 and a step above 0"));
      return NULL;
    }
  n_points = (guint64) ((to - from) / step) + 1;
  if (n_points > SIMRIS_SWEEP_MAX_POINTS)
    {
      g_set_error (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_RANGE,
                   _("the earnings range has more than %d points: take a larger step"), SIMRIS_SWEEP_MAX_POINTS);
      return NULL;
    }

  copy = simris_household_copy (household);
  member = simris_household_find_member (copy, member_id);
  if (member == NULL)
    {
      g_set_error (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_MEMBER, _("no such member \"%s\""),
                   member_id != NULL ? member_id : "");
      return NULL;
    }

  /* The member's first monthly work resource, in file order (docs/case-format.md). */
  resources = simris_member_get_resources (member);
  for (guint i = 0; i < g_list_model_get_n_items (resources) && work == NULL; i++)
    {
      g_autoptr(SimrisResource) r = g_list_model_get_item (resources, i);
      SimrisResourceKind kind = simris_resource_get_kind (r);

      if ((kind == SIMRIS_RESOURCE_KIND_WAGE || kind == SIMRIS_RESOURCE_KIND_SELF_EMPLOYED ||
           kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB) &&
          simris_resource_get_period (r) == SIMRIS_PERIOD_MONTH)
        work = g_steal_pointer (&r);
    }
  if (work == NULL)
    {
      /* None: a monthly wage, without spi_start (the format says nothing of one: a job the
       * user wants treated as begun on the RIS is entered with its spi_start first). */
      work = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, from, SIMRIS_PERIOD_MONTH);
      simris_member_add_resource (member, work);
    }
  /* Each point is "this month the member earns X": the resource is present in the month. */
  simris_resource_set_from (work, NULL);
  simris_resource_set_until (work, NULL);

  self = g_object_new (SIMRIS_TYPE_SWEEP, NULL);
  self->member_id = g_strdup (member_id);
  name = simris_member_get_name (member);
  self->member_label = g_strdup (name != NULL && name[0] != '\0' ? name : NULL);
  self->member_relation = simris_member_get_relation (member);
  self->benefit = simris_household_get_benefit (household);

  sw.params = params;
  sw.household = copy;
  sw.work = work;
  g_array_set_size (self->points, n_points);
  for (guint i = 0; i < n_points; i++)
    if (!evaluate (&sw, from + (SimrisCents) i * step, &g_array_index (self->points, SimrisSweepPoint, i), error))
      return NULL;

  find_marks (self, &sw);
  return g_steal_pointer (&self);
}

const char *
simris_sweep_get_member_id (SimrisSweep *self)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), NULL);
  return self->member_id;
}

guint
simris_sweep_get_n_points (SimrisSweep *self)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), 0);
  return self->points->len;
}

const SimrisSweepPoint *
simris_sweep_get_point (SimrisSweep *self,
                        guint        index)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);
  return &g_array_index (self->points, SimrisSweepPoint, index);
}

gboolean
simris_sweep_get_exemption_end (SimrisSweep *self,
                                SimrisCents *earnings)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), FALSE);
  if (self->has_exemption_end && earnings != NULL)
    *earnings = self->exemption_end;
  return self->has_exemption_end;
}

gboolean
simris_sweep_get_ris_zero (SimrisSweep *self,
                           SimrisCents *earnings)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), FALSE);
  if (self->has_ris_zero && earnings != NULL)
    *earnings = self->ris_zero;
  return self->has_ris_zero;
}

guint
simris_sweep_get_n_drops (SimrisSweep *self)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), 0);
  return self->drops->len;
}

const SimrisSweepDrop *
simris_sweep_get_drop (SimrisSweep *self,
                       guint        index)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), NULL);
  g_return_val_if_fail (index < self->drops->len, NULL);
  return &g_array_index (self->drops, SimrisSweepDrop, index);
}

char *
simris_sweep_to_csv (SimrisSweep *self)
{
  GString *csv = g_string_new ("earnings;ris_month;total_month\n");

  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), NULL);

  for (guint i = 0; i < self->points->len; i++)
    {
      const SimrisSweepPoint *p = &g_array_index (self->points, SimrisSweepPoint, i);
      g_autofree char *e = simris_money_to_string (p->earnings);
      g_autofree char *r = simris_money_to_string (p->ris_month);
      g_autofree char *t = simris_money_to_string (p->total_month);

      g_string_append_printf (csv, "%s;%s;%s\n", e, r, t);
    }
  return g_string_free (csv, FALSE);
}

char *
simris_sweep_dup_summary (SimrisSweep *self,
                          const char  *lang)
{
  GString *text = g_string_new (NULL);
  const SimrisSweepPoint *first, *last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *ris0 = NULL;

  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), NULL);
  g_return_val_if_fail (self->points->len > 0, NULL);

  first = &g_array_index (self->points, SimrisSweepPoint, 0);
  last = &g_array_index (self->points, SimrisSweepPoint, self->points->len - 1);
  from = simris_money_format (first->earnings, lang);
  to = simris_money_format (last->earnings, lang);
  ris0 = simris_money_format (first->ris_month, lang);

  /* Translators: a person's name, then two amounts. */
  g_string_append_printf (text, self->benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
                                ? simris_tr (lang, N_("The equivalent social aid and the household's monthly income as the monthly net earnings of %s go from %s to %s."))
                                : simris_tr (lang, N_("The RIS and the household's monthly income as the monthly net earnings of %s go from %s to %s.")),
                          self->member_label != NULL ? self->member_label
                                                     : simris_relation_get_label (self->member_relation, lang),
                          from, to);
  if (self->has_exemption_end)
    {
      g_autofree char *end = simris_money_format (self->exemption_end, lang);
      g_string_append_c (text, ' ');
      /* Translators: two amounts: the RIS, then earnings. */
      g_string_append_printf (text, simris_tr (lang, N_("The exemptions keep the RIS at %s a month up to %s of earnings; beyond that, each euro earned comes off the RIS.")),
                              ris0, end);
    }
  if (self->has_ris_zero)
    {
      g_autofree char *zero = simris_money_format (self->ris_zero, lang);
      g_string_append_c (text, ' ');
      g_string_append_printf (text, simris_tr (lang, N_("The RIS stops at %s of earnings.")), zero);
    }
  else if (last->ris_month > 0)
    {
      g_autofree char *left = simris_money_format (last->ris_month, lang);
      g_string_append_c (text, ' ');
      g_string_append_printf (text, simris_tr (lang, N_("At %s of earnings the RIS is still %s a month.")), to, left);
    }
  for (guint i = 0; i < self->drops->len; i++)
    {
      const SimrisSweepDrop *d = &g_array_index (self->drops, SimrisSweepDrop, i);
      g_autofree char *at = simris_money_format (d->earnings, lang);
      g_autofree char *before = simris_money_format (d->total_before, lang);
      g_autofree char *after = simris_money_format (d->total_after, lang);

      g_string_append_c (text, ' ');
      /* Translators: earnings, then the household's income before and after. */
      g_string_append_printf (text, simris_tr (lang, N_("At %s of earnings, one more cent earned lowers the household's income from %s to %s a month.")),
                              at, before, after);
    }
  return g_string_free (text, FALSE);
}

/* The benefit of the case swept (issue 29): the chart and its texts name it. */
SimrisBenefit
simris_sweep_get_benefit (SimrisSweep *self)
{
  g_return_val_if_fail (SIMRIS_IS_SWEEP (self), SIMRIS_BENEFIT_INTEGRATION_INCOME);
  return self->benefit;
}
