/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "simris-case-file.h"
#include "simris-sweep.h"
#include "simris-sweep-chart.h"
#include "simris-core-test.h"

/* The earnings sweep on the public case spi-new-job (a cohabitant at 01/03/2025 whose wage has
 * spi_start 2024-10-01; the parent is not counted). docs/calculation.md §3: A = 10 513,60 a year;
 * §4.3: SPI 309,48 a month, 12 × 309,48 = 3 713,76 a year; §6: G = 155 while R < A; §0: the RIS a
 * month = (A − R) / 12 half-up. Household income = earnings + RIS (the parent has none). */

static const SimrisSweepPoint *
point_at (SimrisSweep *sweep,
          SimrisCents  earnings)
{
  for (guint i = 0; i < simris_sweep_get_n_points (sweep); i++)
    if (simris_sweep_get_point (sweep, i)->earnings == earnings)
      return simris_sweep_get_point (sweep, i);
  g_assert_not_reached ();
}

static void
test_spi_new_job (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisSweep) sweep = simris_sweep_run (simris_parameters_get_default (), household, "a",
                                                   0, SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
  const SimrisSweepPoint *p;
  const SimrisSweepDrop *drop;
  SimrisCents at;

  g_assert_no_error (error);
  g_assert_cmpuint (simris_sweep_get_n_points (sweep), ==, 251);   /* 0, 10, …, 2 500 */

  /* 0 €: R = 0 → 10 513,60 / 12 = 876,13; income 876,13. */
  p = point_at (sweep, 0);
  g_assert_cmpint (p->ris_month, ==, 87613);
  g_assert_cmpint (p->total_month, ==, 87613);

  /* 700 €: R = 8 400 − 3 713,76 = 4 686,24 < A; 10 513,60 − 4 686,24 + 155 = 5 982,36 / 12 =
   * 498,53; income 700 + 498,53 = 1 198,53 (the case's own expected amount). */
  p = point_at (sweep, 70000);
  g_assert_cmpint (p->ris_month, ==, 49853);
  g_assert_cmpint (p->total_month, ==, 119853);

  /* 1 000 €: R = 12 000 − 3 713,76 = 8 286,24; 10 513,60 − 8 286,24 + 155 = 2 382,36 / 12 = 198,53;
   * income 1 198,53 — the same: every euro above the exemptions comes off the RIS. */
  p = point_at (sweep, 100000);
  g_assert_cmpint (p->ris_month, ==, 19853);
  g_assert_cmpint (p->total_month, ==, 119853);

  /* 1 500 €: R = 18 000 − 3 713,76 = 14 286,24 ≥ A → no G, RIS 0; income 1 500. */
  p = point_at (sweep, 150000);
  g_assert_cmpint (p->ris_month, ==, 0);
  g_assert_cmpint (p->total_month, ==, 150000);

  /* The exemptions stop helping: the RIS stays 876,13 while (10 513,60 − (12e − 3 713,76 − 155))
   * / 12 rounds to 876,13, i.e. 12e − 3 868,76 ≤ 0,10: e ≤ 322,405 → 322,40 (at 322,41:
   * 10 513,44 / 12 = 876,12). */
  g_assert_true (simris_sweep_get_exemption_end (sweep, &at));
  g_assert_cmpint (at, ==, 32240);

  /* The RIS stops: R = 12e − 3 713,76 ≥ 10 513,60 ⇔ e ≥ 1 185,613… → 1 185,62 (at 1 185,61,
   * R = 10 513,56 < A: 10 513,60 − 10 513,56 + 155 = 155,04 / 12 = 12,92). */
  g_assert_true (simris_sweep_get_ris_zero (sweep, &at));
  g_assert_cmpint (at, ==, 118562);

  /* The trap: at 1 185,61 the household has 1 185,61 + 12,92 = 1 198,53; one cent more and the
   * general exemption no longer applies: 1 185,62. On the grid, between 1 180 (1 198,53) and
   * 1 190 (1 190,00), point 118. */
  g_assert_cmpuint (simris_sweep_get_n_drops (sweep), ==, 1);
  drop = simris_sweep_get_drop (sweep, 0);
  g_assert_cmpuint (drop->index, ==, 118);
  g_assert_cmpint (drop->earnings, ==, 118562);
  g_assert_cmpint (drop->total_before, ==, 119853);
  g_assert_cmpint (drop->total_after, ==, 118562);
  g_assert_cmpint (point_at (sweep, 119000)->total_month, ==, 119000);

  /* The case itself is untouched. */
  {
    g_autoptr(SimrisMember) a = g_list_model_get_item (G_LIST_MODEL (household), 0);
    g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (a), 0);
    g_assert_cmpint (simris_resource_get_amount (wage), ==, 70000);
  }
}

static void
test_csv (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisSweep) sweep = simris_sweep_run (simris_parameters_get_default (), household, "a",
                                                   60000, 80000, 10000, &error);
  g_autofree char *csv = NULL;

  g_assert_no_error (error);
  csv = simris_sweep_to_csv (sweep);
  /* 600: R = 7 200 − 3 713,76 = 3 486,24; 10 513,60 − 3 331,24 = 7 182,36 / 12 = 598,53.
   * 800: R = 9 600 − 3 713,76 = 5 886,24; 10 513,60 − 5 731,24 = 4 782,36 / 12 = 398,53. */
  g_assert_cmpstr (csv, ==,
                   "earnings;ris_month;total_month\n"
                   "600.00;598.53;1198.53\n"
                   "700.00;498.53;1198.53\n"
                   "800.00;398.53;1198.53\n");
}

static void
test_wage_added (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisSweep) sweep = NULL;
  const SimrisSweepPoint *p;

  /* The parent "m" has no work resource: a monthly wage is added. The parent's resources are not
   * counted (art. 34 option off), so the RIS stays 498,53 and the household's income is
   * 700 + 498,53 + the parent's earnings. */
  sweep = simris_sweep_run (simris_parameters_get_default (), household, "m", 0, 200000, 50000, &error);
  g_assert_no_error (error);
  p = simris_sweep_get_point (sweep, 3);
  g_assert_cmpint (p->earnings, ==, 150000);
  g_assert_cmpint (p->ris_month, ==, 49853);
  g_assert_cmpint (p->total_month, ==, 70000 + 49853 + 150000);
  g_assert_false (simris_sweep_get_exemption_end (sweep, NULL));
  g_assert_false (simris_sweep_get_ris_zero (sweep, NULL));
  g_assert_cmpuint (simris_sweep_get_n_drops (sweep), ==, 0);
  {
    g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (household), 1);
    g_assert_cmpuint (g_list_model_get_n_items (simris_member_get_resources (m)), ==, 0);
  }
}

static void
test_errors (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisSweep) sweep = NULL;

  sweep = simris_sweep_run (simris_parameters_get_default (), household, "x", 0, 1000, 10, &error);
  g_assert_null (sweep);
  g_assert_error (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_MEMBER);
  g_clear_error (&error);
  sweep = simris_sweep_run (simris_parameters_get_default (), household, "a", 1000, 0, 10, &error);
  g_assert_error (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_RANGE);
  g_clear_error (&error);
  sweep = simris_sweep_run (simris_parameters_get_default (), household, "a", 0, 1000000, 1, &error);
  g_assert_error (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_RANGE);
}

/* The chart a printed annex draws: something is drawn, in the plot, with the print colours; the
 * cursor's text is the point's figures. */
static void
test_chart_draw (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisSweep) sweep = simris_sweep_run (simris_parameters_get_default (), household, "a",
                                                   0, SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cairo_t *cr = cairo_create (surface);
  SimrisSweepChartColours colours;
  g_autofree char *text = NULL;
  guint inked = 0;
  unsigned char *data;
  int stride;

  g_assert_no_error (error);
  simris_sweep_chart_print_colours (&colours);
  simris_sweep_chart_draw (sweep, cr, 600, 300, &colours, NULL, 70, "en");
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 600; x++)
      if (data[y * stride + 4 * x + 3] != 0)   /* alpha: drawn */
        inked++;
  g_assert_cmpuint (inked, >, 5000);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* The point under x: the plot runs from the left margin to the right one. */
  g_assert_cmpint (simris_sweep_chart_point_at (sweep, 600, 0), ==, 0);
  g_assert_cmpint (simris_sweep_chart_point_at (sweep, 600, 600), ==, 250);
  text = simris_sweep_dup_point_text (sweep, 70, "en");
  g_assert_cmpstr (text, ==, "Earnings €700.00: RIS €498.53, household income €1,198.53 a month");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simris/sweep/spi-new-job", test_spi_new_job);
  g_test_add_func ("/simris/sweep/csv", test_csv);
  g_test_add_func ("/simris/sweep/wage-added", test_wage_added);
  g_test_add_func ("/simris/sweep/errors", test_errors);
  g_test_add_func ("/simris/sweep/chart-draw", test_chart_draw);

  return g_test_run ();
}
