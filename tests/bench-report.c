/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Times the export of the decision draft as a PDF (issue 4).
 *
 *   bench-report [--lang fr|nl] [--iterations N] [--synthetic] [CASE.simris.json]
 *
 * Without a case, the largest public case of tests/cases/public (or $SIMRIS_CASES_DIR) (by size) is
 * used; --synthetic builds instead the largest household a case file may hold (30 members,
 * 20 resources each). The case is loaded and computed once; each iteration then builds the
 * report (layout and pagination) and writes the PDF to a temporary file, as the CLI's
 * `decision --pdf` and the app's "Export as PDF" do. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "simris-bench.h"
#include "simris-engine.h"
#include "simris-parameters.h"
#include "simris-report.h"

static char *
largest_case (void)
{
  g_autofree char *dir_path = NULL;
  g_autoptr (GDir) dir = NULL;
  char *best = NULL;
  goffset best_size = -1;
  const char *name;

  dir_path = g_strdup (g_getenv ("SIMRIS_CASES_DIR") != NULL ? g_getenv ("SIMRIS_CASES_DIR") : "tests/cases/public");
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_suffix (name, ".simris.json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_stat (path, &st) == 0 && st.st_size > best_size)
        {
          best_size = st.st_size;
          g_free (best);
          best = g_steal_pointer (&path);
        }
    }
  return best;
}

static SimrisHousehold *
synthetic_household (void)
{
  static const SimrisResourceKind kinds[] = {
    SIMRIS_RESOURCE_KIND_WAGE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE,
    SIMRIS_RESOURCE_KIND_STUDY_GRANT, SIMRIS_RESOURCE_KIND_REGULAR_GIFT, SIMRIS_RESOURCE_KIND_OTHER,
  };
  SimrisHousehold *household = simris_household_new ();

  simris_household_set_reference_date (household, "2025-03-01");
  for (guint i = 0; i < SIMRIS_MAX_MEMBERS; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      SimrisRelation relation = i == 0 ? SIMRIS_RELATION_APPLICANT
                                       : (i == 1 ? SIMRIS_RELATION_PARTNER : SIMRIS_RELATION_SIBLING);
      g_autoptr (SimrisMember) member = simris_member_new (id, relation, "1985-01-15");

      for (guint j = 0; j < 20; j++)
        {
          g_autoptr (SimrisResource) resource = simris_resource_new (kinds[(i + j) % G_N_ELEMENTS (kinds)],
                                                                     1000 + 137 * (i * 20 + j),
                                                                     SIMRIS_PERIOD_MONTH);
          simris_member_add_resource (member, resource);
        }
      simris_household_append (household, member);
    }
  return household;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (SimrisHousehold) household = NULL;
  g_autoptr (SimrisResult) result = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *case_path = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *out = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean synthetic = FALSE;
  int iterations = 20;
  int pages = 0;
  double total = 0;
  gint64 start;
  GStatBuf st;
  GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, "Language of the draft (fr, nl)", "LANG" },
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Number of exports (20)", "N" },
    { "synthetic", 's', 0, G_OPTION_ARG_NONE, &synthetic, "30 members with 20 resources each", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("[CASE.simris.json]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (lang == NULL)
    lang = g_strdup ("fr");
  if (iterations < 1)
    iterations = 1;

  start = g_get_monotonic_time ();
  if (synthetic)
    {
      household = synthetic_household ();
      case_path = g_strdup ("(synthetic: 30 members × 20 resources)");
    }
  else
    {
      case_path = argc > 1 ? g_strdup (argv[1]) : largest_case ();
      if (case_path == NULL)
        {
          g_printerr ("No case given and none found in tests/cases/public (or $SIMRIS_CASES_DIR)\n");
          return 2;
        }
      household = simris_bench_load (argv[0], case_path);
      if (household == NULL)
        return 1;
    }
  result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);
  if (result == NULL)
    {
      g_printerr ("%s: %s\n", case_path, error->message);
      return 1;
    }
  g_print ("case: %s\nlanguage: %s\nload and compute: %.2f ms\n",
           case_path, lang, (g_get_monotonic_time () - start) / 1000.0);

  tmp_dir = g_dir_make_tmp ("simris-bench-XXXXXX", &error);
  if (tmp_dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }
  out = g_build_filename (tmp_dir, "draft.pdf", NULL);

  for (int i = 0; i <= iterations; i++)
    {
      g_autoptr (SimrisReport) report = NULL;
      double ms;

      start = g_get_monotonic_time ();
      report = simris_report_new (household, result, lang);
      if (!simris_report_write_pdf (report, out, &error))
        {
          g_printerr ("%s\n", error->message);
          return 3;
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      pages = simris_report_get_n_pages (report);
      /* The first export loads the fonts: reported apart, left out of the statistics. */
      if (i == 0)
        g_print ("first export (cold fonts): %.2f ms\n", ms);
      else
        {
          g_array_append_val (times, ms);
          total += ms;
        }
    }

  simris_bench_sort ((double *) times->data, times->len);
  g_stat (out, &st);
  g_print ("pages: %d\nPDF size: %ld bytes\n", pages, (long) st.st_size);
  g_print ("export (layout + pagination + PDF), %d runs: min %.2f ms, median %.2f ms, mean %.2f ms, max %.2f ms\n",
           iterations, g_array_index (times, double, 0), g_array_index (times, double, times->len / 2),
           total / iterations, g_array_index (times, double, times->len - 1));

  g_unlink (out);
  g_rmdir (tmp_dir);
  return 0;
}
