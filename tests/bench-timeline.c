/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark (not a test): a 120-month timeline of a 10-member household (docs/calculation.md §14),
 * with time-limited resources, a child coming of age and the index steps of the period; then
 * the same with an exact trace for every month, and the plain per-month compute for
 * comparison. CPU time of this process, so a loaded machine does not inflate it.
 * Run: build/tests/bench-timeline [ROUNDS] */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "simris-engine.h"
#include "simris-timeline.h"

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
add (SimrisHousehold    *h,
     const char         *id,
     SimrisRelation      relation,
     const char         *birth,
     SimrisResourceKind  kind,
     SimrisCents         amount,
     const char         *from,
     const char         *until)
{
  g_autoptr(SimrisMember) m = simris_member_new (id, relation, birth);

  if (amount > 0)
    {
      g_autoptr(SimrisResource) r = simris_resource_new (kind, amount, SIMRIS_PERIOD_MONTH);
      simris_resource_set_from (r, from);
      simris_resource_set_until (r, until);
      simris_member_add_resource (m, r);
    }
  simris_household_append (h, m);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 50;
  SimrisParameters *params = simris_parameters_get_default ();
  g_autoptr(SimrisHousehold) h = simris_household_new ();
  double start, shared, full, plain;
  guint computed = 0;

  /* 2017-06 .. 2027-05: every index step since the first amounts, both art. 34 regimes. */
  simris_household_set_reference_date (h, "2022-01-01");
  add (h, "a", SIMRIS_RELATION_APPLICANT, "1980-01-01", SIMRIS_RESOURCE_KIND_WAGE, 60000, "2019-03-01", "2023-08-31");
  add (h, "p", SIMRIS_RELATION_PARTNER, "1981-02-02", SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, 90000, "2020-01-01", NULL);
  add (h, "c1", SIMRIS_RELATION_CHILD, "2004-05-10", SIMRIS_RESOURCE_KIND_STUDENT_JOB, 50000, "2022-07-01", "2022-07-31");
  add (h, "c2", SIMRIS_RELATION_CHILD, "2008-09-20", 0, 0, NULL, NULL);
  add (h, "c3", SIMRIS_RELATION_CHILD, "2012-01-05", 0, 0, NULL, NULL);
  add (h, "g", SIMRIS_RELATION_PARENT, "1950-03-03", SIMRIS_RESOURCE_KIND_PENSION, 140000, NULL, NULL);
  add (h, "s", SIMRIS_RELATION_SIBLING, "1985-04-04", SIMRIS_RESOURCE_KIND_WAGE, 200000, NULL, "2024-12-31");
  add (h, "n", SIMRIS_RELATION_OTHER_RELATIVE, "1999-06-06", SIMRIS_RESOURCE_KIND_SICKNESS, 80000, "2021-01-01", NULL);
  add (h, "u", SIMRIS_RELATION_UNRELATED, "1990-07-07", 0, 0, NULL, NULL);
  add (h, "gc", SIMRIS_RELATION_GRANDCHILD, "2016-08-08", 0, 0, NULL, NULL);

  start = cpu_ms ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(SimrisTimeline) t = simris_timeline_compute (params, h, 20170601, 20270501, "fr",
                                                             SIMRIS_TIMELINE_FLAGS_NONE, NULL);
      g_assert (t != NULL && simris_timeline_get_n_months (t) == 120);
      if (i == 0)
        for (guint m = 0; m < 120; m++)
          computed += m == 0 || simris_timeline_get_result (t, m) != simris_timeline_get_result (t, m - 1);
    }
  shared = (cpu_ms () - start) / rounds;

  start = cpu_ms ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(SimrisTimeline) t = simris_timeline_compute (params, h, 20170601, 20270501, "fr",
                                                             SIMRIS_TIMELINE_FLAGS_FULL_TRACE, NULL);
      g_assert (t != NULL);
    }
  full = (cpu_ms () - start) / rounds;

  start = cpu_ms ();
  for (guint i = 0; i < rounds; i++)
    for (guint m = 0; m < 120; m++)
      {
        g_autoptr(SimrisResult) r = simris_engine_compute (params, h, simris_date_add_months (20170601, m), "fr", NULL);
        g_assert (r != NULL);
      }
  plain = (cpu_ms () - start) / rounds;

  printf ("timeline: 120 months, 10 members: %.2f ms CPU (%u of 120 months computed, the rest shared)\n",
          shared, computed);
  printf ("timeline with an exact trace every month: %.2f ms CPU\n", full);
  printf ("plain compute of the 120 first days: %.2f ms CPU\n", plain);
  return 0;
}
