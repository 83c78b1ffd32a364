/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark (not a test): the engine on N generated households, parameters loaded once;
 * then the latency of one 10-member household. Run: build/tests/bench-engine [N] */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "simris-engine.h"

static const SimrisRelation others[] = {
  SIMRIS_RELATION_CHILD, SIMRIS_RELATION_PARENT, SIMRIS_RELATION_SIBLING, SIMRIS_RELATION_GRANDPARENT,
  SIMRIS_RELATION_UNRELATED, SIMRIS_RELATION_CHILD_IN_LAW, SIMRIS_RELATION_OTHER_RELATIVE,
};

static const SimrisResourceKind kinds[] = {
  SIMRIS_RESOURCE_KIND_WAGE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, SIMRIS_RESOURCE_KIND_PENSION,
  SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF, SIMRIS_RESOURCE_KIND_SICKNESS,
};

static SimrisHousehold *
generate (GRand *rand,
          guint  members)
{
  SimrisHousehold *h = simris_household_new ();
  static const char *dates[] = { "2019-05-01", "2022-06-15", "2025-03-01", "2026-04-01" };

  simris_household_set_reference_date (h, dates[g_rand_int_range (rand, 0, G_N_ELEMENTS (dates))]);
  for (guint i = 0; i < members; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      g_autofree char *birth = g_strdup_printf ("%04d-%02d-15", g_rand_int_range (rand, 1940, 2018),
                                                g_rand_int_range (rand, 1, 13));
      SimrisRelation rel = i == 0 ? SIMRIS_RELATION_APPLICANT
                           : i == 1 && g_rand_boolean (rand) ? SIMRIS_RELATION_PARTNER
                           : others[g_rand_int_range (rand, 0, G_N_ELEMENTS (others))];
      g_autoptr(SimrisMember) m = NULL;

      if (i == 0)
        birth = (g_free (birth), g_strdup ("1985-01-01"));
      m = simris_member_new (id, rel, birth);
      for (int r = g_rand_int_range (rand, 0, 3); r > 0; r--)
        {
          g_autoptr(SimrisResource) res = simris_resource_new (kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))],
                                                               g_rand_int_range (rand, 0, 250000),
                                                               SIMRIS_PERIOD_MONTH);
          simris_member_add_resource (m, res);
        }
      simris_household_append (h, m);
    }
  return h;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2002);
  SimrisParameters *params = simris_parameters_get_default ();
  g_autoptr(SimrisHousehold) ten = NULL;
  gint64 start, elapsed;
  guint errors = 0;
  struct rusage usage;
  const guint rounds = 2000;

  /* Households are generated one at a time and only the engine is timed, so the peak RSS
   * is the engine's, not that of 100 000 households held at once. */
  elapsed = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisHousehold) h = generate (rand, g_rand_int_range (rand, 1, 11));
      g_autoptr(SimrisResult) r = NULL;

      start = g_get_monotonic_time ();
      r = simris_engine_compute (params, h, 0, "fr", NULL);
      elapsed += g_get_monotonic_time () - start;
      if (r == NULL)
        errors++;
    }
  printf ("engine: %u households (1–10 members) in %.3f s = %.0f households/s (%u refused)\n",
          n, elapsed / 1e6, n / (elapsed / 1e6), errors);

  ten = generate (rand, 10);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(SimrisResult) r = simris_engine_compute (params, ten, 0, "fr", NULL);
      g_assert (r != NULL);
    }
  elapsed = g_get_monotonic_time () - start;
  printf ("engine: one 10-member household with its trace and alternatives: %.1f µs per computation\n",
          (double) elapsed / rounds);

  getrusage (RUSAGE_SELF, &usage);
  printf ("peak RSS: %.1f MiB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
