/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdlib.h>

#include <gio/gio.h>

#include "simris-case-file.h"

/* What the benchmark and picture programs share (tests/bench-*.c, tests/ui/bench-chart.c,
 * tests/ui/shot-whatif.c; not tests, README "Benchmarks"): reading their command line and
 * the case it names, and sorting the times measured. */

/* The case file named on a command line (a path or a URI), or NULL after saying why on
 * stderr, after the program's name. */
static inline SimrisHousehold *
simris_bench_load (const char *program,
                   const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  SimrisHousehold *household = simris_case_file_load (file, NULL, &error);

  if (household == NULL)
    g_printerr ("%s: %s: %s\n", program, arg, error->message);
  return household;
}

/* A command line "PROGRAM CASE.simris.json ARG… [N]": the case, then n_args − 1 required
 * arguments, then, when runs is not NULL, an optional number of runs (*runs is its default
 * and must stay at least 1). Returns 0 with *household loaded; 2 after printing "usage: usage"
 * on a wrong command line; 1 when the case does not load. */
static inline int
simris_bench_parse (int               argc,
                    char            **argv,
                    int               n_args,
                    const char       *usage,
                    int              *runs,
                    SimrisHousehold **household)
{
  if (runs != NULL && argc > n_args + 1)
    *runs = atoi (argv[n_args + 1]);
  if (argc < n_args + 1 || (runs != NULL && *runs < 1))
    {
      g_printerr ("usage: %s\n", usage);
      return 2;
    }
  *household = simris_bench_load (argv[0], argv[1]);
  return *household != NULL ? 0 : 1;
}

static inline int
simris_bench_compare_times (const void *a,
                            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts n times in ms, shortest first: times[n / 2] is their median. */
static inline void
simris_bench_sort (double *times,
                   gsize   n)
{
  qsort (times, n, sizeof (double), simris_bench_compare_times);
}
