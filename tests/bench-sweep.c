/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "simris-bench.h"
#include "simris-sweep.h"

/* Benchmark, run on demand: the default sweep (0 → 2 500 € in 10 € steps, 251 points, plus the
 * bisections of its marks) on a case. Prints the median of N runs in ms.
 * Usage: bench-sweep CASE.json MEMBER [N] */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *times = NULL;
  int n = 20;
  int status = simris_bench_parse (argc, argv, 2, "bench-sweep CASE.json MEMBER [N]", &n, &household);

  if (status != 0)
    return status;
  times = g_new (double, n);
  for (int i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SimrisSweep) sweep = simris_sweep_run (simris_parameters_get_default (), household, argv[2], 0,
                                                       SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
      if (sweep == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  simris_bench_sort (times, n);
  printf ("sweep of 251 points: median %.2f ms, min %.2f ms, max %.2f ms (%d runs)\n",
          times[n / 2], times[0], times[n - 1], n);
  return 0;
}
