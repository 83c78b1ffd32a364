/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "simris-parameters.h"

/* docs/calculation.md §3, "The resulting rows": every row the data must reproduce, to the cent —
 * yearly cohabitant / isolé / famille, monthly, SPI per month, and which categories a
 * source printed (the others carry derived_amounts). Copied from the table, not computed. */
typedef struct
{
  const char *from;
  SimrisCents year[3];
  SimrisCents month[3];
  SimrisCents spi;
  gboolean    printed[3];
} Row;

#define P3 { TRUE, TRUE, TRUE }
#define C3 { FALSE, FALSE, FALSE }

static const Row rows[] = {
  { "2017-06-01", { 707788, 1061684, 1415579 }, { 58982, 88474, 117965 }, 24403, P3 },
  { "2017-09-01", { 714158, 1071238, 1428319 }, { 59513, 89270, 119027 }, 24403, P3 },
  { "2018-07-01", { 714158, 1071238, 1476319 }, { 59513, 89270, 123027 }, 24403, P3 },
  { "2018-09-01", { 728412, 1092619, 1505785 }, { 60701, 91052, 125482 }, 24890, P3 },
  { "2019-07-01", { 742980, 1114472, 1505785 }, { 61915, 92873, 125482 }, 24890, P3 },
  { "2020-01-01", { 752085, 1128130, 1524608 }, { 62674, 94011, 127051 }, 24890, P3 },
  { "2020-03-01", { 767125, 1150689, 1555096 }, { 63927, 95891, 129591 }, 25388, P3 },
  { "2021-01-01", { 787741, 1181614, 1596889 }, { 65645, 98468, 133074 }, 25388, P3 },
  { "2021-07-01", { 803495, 1205247, 1628826 }, { 66958, 100437, 135736 }, 25388, C3 },
  { "2021-09-01", { 819585, 1229382, 1661444 }, { 68299, 102449, 138454 }, 25896, C3 },
  { "2022-01-01", { 857837, 1286757, 1738983 }, { 71486, 107230, 144915 }, 26413, P3 },
  { "2022-03-01", { 875041, 1312563, 1773859 }, { 72920, 109380, 147822 }, 26943, C3 },
  { "2022-05-01", { 892534, 1338802, 1809319 }, { 74378, 111567, 150777 }, 27482, P3 },
  { "2022-08-01", { 910373, 1365561, 1845482 }, { 75864, 113797, 153790 }, 28031, C3 },
  { "2022-11-01", { 928558, 1392839, 1882348 }, { 77380, 116070, 156862 }, 28591, P3 },
  { "2022-12-01", { 947148, 1420724, 1920032 }, { 78929, 118394, 160003 }, 29163, { TRUE, TRUE, FALSE } },
  { "2023-01-01", { 971304, 1456958, 1969001 }, { 80942, 121413, 164083 }, 29163, P3 },
  { "2023-07-01", { 990730, 1486096, 2008380 }, { 82561, 123841, 167365 }, 29163, C3 },
  { "2023-11-01", { 1010538, 1515808, 2048533 }, { 84212, 126317, 170711 }, 29746, P3 },
  { "2024-05-01", { 1030768, 1546153, 2089543 }, { 85897, 128846, 174129 }, 30342, P3 },
  { "2025-02-01", { 1051360, 1577041, 2131287 }, { 87613, 131420, 177607 }, 30948, P3 },
  { "2026-03-01", { 1072375, 1608564, 2173888 }, { 89365, 134047, 181157 }, 31567, C3 },
};

static void
test_rows (void)
{
  SimrisParameters *params = simris_parameters_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      SimrisAmounts a;
      SimrisDate from;
      g_autoptr(GError) error = NULL;

      g_assert_true (simris_date_parse (rows[i].from, &from));
      g_assert_true (simris_parameters_lookup (params, from, &a, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (a.from, ==, from);
      for (guint c = 0; c < 3; c++)
        {
          g_test_message ("row %s category %u", rows[i].from, c + 1);
          g_assert_cmpint (a.year[c + 1], ==, rows[i].year[c]);
          g_assert_cmpint (a.month[c + 1], ==, rows[i].month[c]);
          g_assert_cmpint (a.printed[c + 1], ==, rows[i].printed[c]);
        }
      g_assert_cmpint (a.spi_month, ==, rows[i].spi);

      /* The day before the next row still has this row's amounts. */
      if (i + 1 < G_N_ELEMENTS (rows))
        {
          SimrisDate next, before;
          SimrisAmounts b;
          g_assert_true (simris_date_parse (rows[i + 1].from, &next));
          before = next % 100 > 1 ? next - 1 : (simris_date_month (next) > 1
                                                 ? simris_date_make (simris_date_year (next), simris_date_month (next) - 1,
                                                                     g_date_get_days_in_month (simris_date_month (next) - 1, simris_date_year (next)))
                                                 : simris_date_make (simris_date_year (next) - 1, 12, 31));
          g_assert_true (simris_parameters_lookup (params, before, &b, NULL));
          g_assert_cmpuint (b.from, ==, from);
        }
    }
}

/* docs/calculation.md §3: before 2017-06-01 refused with a clear error. */
static void
test_too_early (void)
{
  SimrisAmounts a;
  g_autoptr(GError) error = NULL;

  g_assert_false (simris_parameters_lookup (simris_parameters_get_default (), 20170531, &a, &error));
  g_assert_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_TOO_EARLY);
  g_assert_nonnull (strstr (error->message, "2017-06-01"));
}

/* docs/calculation.md §4.1 D: ALE cheque exemption 4,10 € until 2022-12-31, 6,00 € from 2023-01-01. */
static void
test_ale (void)
{
  SimrisAmounts a;

  g_assert_true (simris_parameters_lookup (simris_parameters_get_default (), 20221231, &a, NULL));
  g_assert_cmpint (a.ale_cheque_exempt, ==, 410);
  g_assert_true (simris_parameters_lookup (simris_parameters_get_default (), 20230101, &a, NULL));
  g_assert_cmpint (a.ale_cheque_exempt, ==, 600);
}

static const char *shipped_prefix =
  "{ \"first_date\": \"2017-06-01\","
  "  \"base_amounts\": [ { \"from\": \"2023-07-01\", \"cohabitant\": \"6038.83\", \"isolated\": \"9058.25\", \"family\": \"12241.74\", \"source\": \"AR 2023\" } ],"
  "  \"index_coefficients\": [ { \"from\": \"2017-06-01\", \"coefficient\": \"1.3728\" }, { \"from\": \"2026-03-01\", \"coefficient\": \"1.7758\" } ],"
  "  \"spi_base_month\": [ { \"from\": \"2004-09-01\", \"amount\": \"177.76\" } ],"
  "  \"art34_regimes\": [ { \"name\": \"2002\", \"from\": \"2002-10-01\", \"relations\": [\"parent\", \"child\"], \"option\": \"count_ascendants_descendants\" } ] }";

/* The parameters of shipped_prefix with a user's file, "user.json", holding user. */
static SimrisParameters *
with_user_file (const char  *user,
                GError     **error)
{
  const char *texts[] = { shipped_prefix, user, NULL };
  const char *origins[] = { "shipped", "user.json", NULL };

  return simris_parameters_new_from_data (texts, origins, error);
}

/* A user file adds a newer index step: one line of data (docs/calculation.md §3). 1,02^30 = 1,8114;
 * isolé 9 058,25 × 1,8114 = 16 408,114… → 16 408,11 a year; / 12 = 1 367,34 a month. */
static void
test_user_step (void)
{
  const char *user = "{ \"index_coefficients\": [ { \"from\": \"2026-10-01\", \"coefficient\": \"1.8114\", \"source\": \"test\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisParameters) params = with_user_file (user, &error);
  SimrisAmounts a;

  g_assert_no_error (error);
  g_assert_true (simris_parameters_lookup (params, 20261015, &a, &error));
  g_assert_cmpuint (a.from, ==, 20261001);
  g_assert_cmpint (a.year[SIMRIS_CATEGORY_ISOLATED], ==, 1640811);
  g_assert_cmpint (a.month[SIMRIS_CATEGORY_ISOLATED], ==, 136734);
  g_assert_cmpstr (a.coefficient_origin, ==, "user.json");
  g_assert_cmpuint (simris_parameters_get_newest_step (params), ==, 20261001);
}

static void
test_invalid_user_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisParameters) params =
    with_user_file ("{ \"index_coefficients\": [ { \"from\": \"2026-10-01\", \"coefficient\": \"1.81\" } ] }", &error);

  g_assert_null (params);
  g_assert_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "user.json"));
  g_assert_nonnull (strstr (error->message, "index_coefficients[0]"));
}

/* User parameters files found by fuzzing (tests/fuzz/fuzz-parameters.c), kept in
 * tests/bad-cases/parameters-*.json: an empty file, rows or names that are not objects or
 * strings. Each is refused with the file's name, and without a GLib warning (the tests run with
 * fatal warnings). */
static void
test_hostile_user_files (void)
{
  static const struct { const char *file; const char *where; } cases[] = {
    { "parameters-empty.json", ": /:" },
    { "parameters-rows-not-objects.json", "index_coefficients[0]" },
    { "parameters-names-not-strings.json", "art34_regimes[0]" },
    { "parameters-categories-not-strings.json", "printed_amounts[0]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "bad-cases", cases[i].file, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisParameters) params = NULL;

      g_test_message ("%s", cases[i].file);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      params = with_user_file (text, &error);
      g_assert_null (params);
      g_assert_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "user.json"));
      if (strstr (error->message, cases[i].where) == NULL)
        g_error ("%s: expected “%s” in “%s”", cases[i].file, cases[i].where, error->message);
    }
}


/* Issue 27, defect 8: a user's file with a coefficient of 0 gave 0,00 €, 9.9999 gave
 * 7 548,47 € a month, base amounts of 0 gave 0 €, a duplicated date silently took the later
 * row, a row dated 2099 hid the "newer index may apply" warning. Each is refused, saying
 * why. The band is 80 %–125 % of SimRIS's own value at that date (docs/calculation.md §3):
 * coefficient 1.7758 in force from 2026-03-01 → 1.4206 to 2.2197; isolated base 9058.25 →
 * 7246.60 to 11322.81. */
static void
test_user_sanity (void)
{
  static const struct { const char *user; const char *why; } bad[] = {
    { "{ \"index_coefficients\": [ { \"from\": \"2026-10-01\", \"coefficient\": \"0.0000\" } ] }",
      "0.0000 is not a plausible" },
    { "{ \"index_coefficients\": [ { \"from\": \"2026-10-01\", \"coefficient\": \"9.9999\" } ] }",
      "9.9999 is too far from SimRIS's own 1.7758 at that date (between 1.4206 and 2.2197" },
    { "{ \"base_amounts\": [ { \"from\": \"2026-10-01\", \"cohabitant\": \"0.00\", \"isolated\": \"0.00\", \"family\": \"0.00\" } ] }",
      "0.00 is not a plausible" },
    { "{ \"base_amounts\": [ { \"from\": \"2026-10-01\", \"cohabitant\": \"6038.83\", \"isolated\": \"90582.50\", \"family\": \"12241.74\" } ] }",
      "90582.50 is too far from SimRIS's own 9058.25 at that date (between 7246.60 and 11322.81" },
    { "{ \"index_coefficients\": [ { \"from\": \"2026-10-01\", \"coefficient\": \"1.8114\" },"
      " { \"from\": \"2026-10-01\", \"coefficient\": \"1.8476\" } ] }",
      "index_coefficients[1]: the date 2026-10-01 is given twice" },
    { "{ \"index_coefficients\": [ { \"from\": \"2099-01-01\", \"coefficient\": \"1.8114\" } ] }",
      "the date 2099-01-01 is more than a year ahead" },
    { "{ \"spi_base_month\": [ { \"from\": \"2026-01-01\", \"amount\": \"0.00\" } ] }",
      "spi_base_month[0]: 0.00 is not a plausible" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisParameters) params = with_user_file (bad[i].user, &error);

      g_assert_null (params);
      g_assert_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_INVALID);
      if (strstr (error->message, bad[i].why) == NULL)
        g_error ("expected “%s” in “%s”", bad[i].why, error->message);
    }

  /* The same date in the shipped and the user's file is a replacement, as documented; the
   * amounts then say they come from the user's file. */
  {
    const char *user = "{ \"index_coefficients\": [ { \"from\": \"2026-03-01\", \"coefficient\": \"1.7759\" } ] }";
    g_autoptr(GError) error = NULL;
    g_autoptr(SimrisParameters) params = with_user_file (user, &error);
    SimrisAmounts a;

    g_assert_no_error (error);
    g_assert_true (simris_parameters_lookup (params, 20260301, &a, NULL));
    g_assert_cmpuint (a.coefficient, ==, 17759);
    g_assert_true (a.user_values);
    g_assert_true (simris_parameters_lookup (params, 20260201, &a, NULL));
    g_assert_false (a.user_values);
  }
}

static void
test_regimes (void)
{
  SimrisParameters *params = simris_parameters_get_default ();
  const SimrisArt34RegimeInfo *r;

  r = simris_parameters_get_art34_regime (params, NULL, 20260228);
  g_assert_cmpstr (r->name, ==, "2002");
  g_assert_false (r->family_allowance_for_applicant_counted);
  r = simris_parameters_get_art34_regime (params, NULL, 20260301);
  g_assert_cmpstr (r->name, ==, "2026");
  g_assert_true (r->relations & (1u << SIMRIS_RELATION_GRANDPARENT));
  g_assert_false (r->relations & (1u << SIMRIS_RELATION_SIBLING));
  g_assert_true (r->family_allowance_for_applicant_counted);
  g_assert_cmpstr (r->option, ==, "count_maintenance_debtors");
  g_assert_true (r->option_default);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/simris/parameters/rules-table-rows", test_rows);
  g_test_add_func ("/simris/parameters/too-early", test_too_early);
  g_test_add_func ("/simris/parameters/ale-cheque-exemption", test_ale);
  g_test_add_func ("/simris/parameters/user-index-step", test_user_step);
  g_test_add_func ("/simris/parameters/invalid-user-file", test_invalid_user_file);
  g_test_add_func ("/simris/parameters/user-sanity", test_user_sanity);
  g_test_add_func ("/simris/parameters/hostile-user-files", test_hostile_user_files);
  g_test_add_func ("/simris/parameters/art34-regimes", test_regimes);
  return g_test_run ();
}
