/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Invariants of the calculation on generated households (docs/calculation.md §0, docs/case-format.md): they
 * hold whatever the household, so they check the engine where no case was written. */
#include "config.h"

#include "simris-case-file.h"
#include "simris-engine.h"

#define N_HOUSEHOLDS 3000

static const SimrisRelation relations[] = {
  SIMRIS_RELATION_PARTNER, SIMRIS_RELATION_CHILD, SIMRIS_RELATION_PARENT, SIMRIS_RELATION_GRANDPARENT,
  SIMRIS_RELATION_GRANDCHILD, SIMRIS_RELATION_SIBLING, SIMRIS_RELATION_PARENT_IN_LAW,
  SIMRIS_RELATION_CHILD_IN_LAW, SIMRIS_RELATION_FORMER_PARTNER, SIMRIS_RELATION_OTHER_RELATIVE,
  SIMRIS_RELATION_UNRELATED,
};

static SimrisHousehold *
generate (GRand *rand)
{
  SimrisHousehold *h = simris_household_new ();
  guint n = g_rand_int_range (rand, 1, 9);
  gboolean has_partner = FALSE;
  g_autofree char *ref = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2017, 2027),
                                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

  if (g_strcmp0 (ref, "2017-06-01") < 0)
    ref = (g_free (ref), g_strdup ("2017-06-15"));
  simris_household_set_reference_date (h, ref);
  simris_household_set_count_ascendants_descendants (h, g_rand_boolean (rand));
  simris_household_set_count_maintenance_debtors (h, g_rand_boolean (rand));
  {
    static const char * const regimes[] = { NULL, "2002", "2026" };
    simris_household_set_art34_regime (h, regimes[g_rand_int_range (rand, 0, 3)]);
  }
  simris_household_set_reform_maf_exempt (h, g_rand_boolean (rand));
  simris_household_set_split_applicant_share (h, g_rand_int_range (rand, 0, 101));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      g_autofree char *birth = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1935, 2017),
                                                g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      SimrisRelation rel = i == 0 ? SIMRIS_RELATION_APPLICANT : relations[g_rand_int_range (rand, 0, G_N_ELEMENTS (relations))];
      g_autoptr(SimrisMember) m = NULL;

      if (rel == SIMRIS_RELATION_PARTNER && has_partner)
        rel = SIMRIS_RELATION_CHILD;
      has_partner |= rel == SIMRIS_RELATION_PARTNER;
      if (g_strcmp0 (birth, ref) > 0)
        birth = (g_free (birth), g_strdup ("2000-01-01"));
      m = simris_member_new (id, rel, birth);
      simris_member_set_married (m, g_rand_int_range (rand, 0, 4) == 0);
      simris_member_set_student (m, g_rand_int_range (rand, 0, 4) == 0);
      simris_member_set_pregnant (m, g_rand_int_range (rand, 0, 10) == 0);
      simris_member_set_lives_in_household (m, g_rand_int_range (rand, 0, 8) != 0);
      if (i > 0 && g_rand_int_range (rand, 0, 4) == 0)
        simris_member_set_dependent_of (m, g_rand_boolean (rand) ? "m0" : "m1");
      /* Issue 24: who shares the household, alternating custody, several applicants. */
      if (rel != SIMRIS_RELATION_APPLICANT && rel != SIMRIS_RELATION_PARTNER)
        {
          simris_member_set_shares_household (m, g_rand_int_range (rand, 0, 4) != 0);
          if (g_rand_int_range (rand, 0, 4) == 0)
            simris_member_set_custody (m, SIMRIS_CUSTODY_ALTERNATING);
        }
      if (rel != SIMRIS_RELATION_APPLICANT)
        simris_member_set_also_applies (m, g_rand_int_range (rand, 0, 5) == 0);
      if (i == 0)
        for (guint c = 0; c < SIMRIS_N_CONDITIONS; c++)
          simris_member_set_condition (m, c, g_rand_int_range (rand, 0, 10) == 0 ? SIMRIS_TRISTATE_NO
                                              : g_rand_int_range (rand, 0, 3));
      if (rel == SIMRIS_RELATION_PARTNER)
        for (guint c = 0; c < SIMRIS_N_SPLIT_CONDITIONS; c++)
          simris_member_set_split_condition (m, c, g_rand_int_range (rand, 0, 5) == 0 ? SIMRIS_TRISTATE_NO : SIMRIS_TRISTATE_YES);

      for (int r = g_rand_int_range (rand, 0, 4); r > 0; r--)
        {
          SimrisResourceKind kind = g_rand_int_range (rand, 0, SIMRIS_N_RESOURCE_KINDS);
          SimrisPeriod period = kind == SIMRIS_RESOURCE_KIND_CAPITAL || kind == SIMRIS_RESOURCE_KIND_REAL_ESTATE
                                  ? SIMRIS_PERIOD_TOTAL : g_rand_int_range (rand, 0, 3);
          g_autoptr(SimrisResource) res = simris_resource_new (kind, g_rand_int_range (rand, 0, 4000000), period);

          if (g_rand_int_range (rand, 0, 3) == 0)
            simris_resource_set_spi_start (res, "2024-01-01");
          if (kind == SIMRIS_RESOURCE_KIND_ALE_CHEQUES && g_rand_boolean (rand))
            simris_resource_set_count (res, g_rand_int_range (rand, 0, 80));
          simris_member_add_resource (m, res);
        }
      if (g_rand_int_range (rand, 0, 6) == 0)
        {
          g_autoptr(SimrisPendingBenefit) b = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);
          simris_member_add_pending_benefit (m, b);
        }
      simris_household_append (h, m);
    }

  /* dependent_of "m1" may not exist in a one-member household. */
  if (n == 1)
    {
      g_autoptr(SimrisMember) a = g_list_model_get_item (G_LIST_MODEL (h), 0);
      simris_member_set_dependent_of (a, NULL);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (h), i);
      const char *dep = simris_member_get_dependent_of (m);
      if (dep != NULL && (simris_household_find_member (h, dep) == NULL || g_str_equal (dep, simris_member_get_id (m))))
        simris_member_set_dependent_of (m, NULL);
    }
  return h;
}

static const SimrisCents general[4] = { 0, 15500, 25000, 31000 };

static void
check_invariants (SimrisHousehold *h,
                  SimrisResult    *r)
{
  SimrisCents A = simris_result_get_category_amount_year (r);
  SimrisCents R = simris_result_get_resources_counted_year (r);
  SimrisCents G = simris_result_get_exemptions_year (r);
  SimrisCents year = simris_result_get_amount_year (r);
  SimrisCents month = simris_result_get_amount_month (r);
  const char * const *reasons = simris_result_get_ineligible_reasons (r);
  gboolean condition_failed = FALSE;
  SimrisCents a, p;
  SimrisAmounts amounts;

  for (guint i = 0; reasons[i] != NULL; i++)
    condition_failed |= !g_str_equal (reasons[i], "resources");

  g_assert_cmpint (R, >=, 0);
  g_assert_cmpint (G, >=, 0);
  g_assert_cmpint (G, <=, general[simris_result_get_category (r)]);
  if (R >= A)
    g_assert_cmpint (G, ==, 0);
  g_assert_true (simris_parameters_lookup (simris_parameters_get_default (), simris_result_get_reference_date (r), &amounts, NULL));
  g_assert_cmpint (A, ==, amounts.year[simris_result_get_category (r)]);

  if (condition_failed)
    {
      g_assert_cmpint (year, ==, 0);
      g_assert_cmpint (month, ==, 0);
      g_assert_false (simris_result_get_eligible (r));
      g_assert_false (simris_result_get_split (r, NULL, NULL));
    }
  else
    {
      g_assert_cmpint (year, ==, MAX (0, A - R + G));
      g_assert_cmpint (month, ==, (year * 2 + 12) / 24); /* half-up of year / 12 */
      g_assert_cmpint (simris_result_get_eligible (r), ==, month > 0);
    }
  g_assert_cmpint (simris_result_get_eligible (r), ==, reasons[0] == NULL);
  if (simris_result_get_split (r, &a, &p))
    {
      g_assert_cmpint (a + p, ==, month);
      g_assert_cmpint (simris_result_get_category (r), ==, SIMRIS_CATEGORY_FAMILY);
    }
  if (simris_result_get_advance (r) != NULL)
    g_assert_true (simris_result_get_eligible (r));
  g_assert_cmpuint (simris_result_get_steps (r)->len, >, 3);
}

static void
test_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260301);
  SimrisParameters *params = simris_parameters_get_default ();

  for (guint i = 0; i < N_HOUSEHOLDS; i++)
    {
      g_autoptr(SimrisHousehold) h = generate (rand);
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisResult) fr = simris_engine_compute (params, h, 0, "fr", &error);
      g_autoptr(SimrisResult) nl = NULL;
      g_autoptr(SimrisHousehold) reloaded = NULL;
      g_autoptr(SimrisResult) again = NULL;
      g_autofree char *text = NULL;
      gsize len;

      g_assert_no_error (error);
      check_invariants (h, fr);

      /* The language changes the words, never the figures. */
      nl = simris_engine_compute (params, h, 0, "nl", &error);
      g_assert_no_error (error);
      g_assert_cmpint (simris_result_get_amount_year (nl), ==, simris_result_get_amount_year (fr));
      g_assert_cmpuint (simris_result_get_steps (nl)->len, ==, simris_result_get_steps (fr)->len);

      /* Saving and loading the case changes nothing. */
      text = simris_case_file_to_data (h, &len);
      reloaded = simris_case_file_load_data (text, len, &error);
      g_assert_no_error (error);
      again = simris_engine_compute (params, reloaded, 0, "en", &error);
      g_assert_no_error (error);
      g_assert_cmpint (simris_result_get_amount_year (again), ==, simris_result_get_amount_year (fr));
      g_assert_cmpint (simris_result_get_category (again), ==, simris_result_get_category (fr));
    }
}

/* More counted income for the applicant never raises the integration income (art. 16 DIS:
 * all resources count; exemptions are capped). */
static void
test_monotonic (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11072002);
  SimrisParameters *params = simris_parameters_get_default ();

  for (guint i = 0; i < N_HOUSEHOLDS / 3; i++)
    {
      g_autoptr(SimrisHousehold) h = generate (rand);
      g_autoptr(SimrisResult) before = simris_engine_compute (params, h, 0, "en", NULL);
      g_autoptr(SimrisResult) after = NULL;
      g_autoptr(SimrisMember) applicant = g_object_ref (simris_household_get_applicant (h));
      g_autoptr(SimrisResource) more = simris_resource_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
                                                            g_rand_int_range (rand, 1, 200000),
                                                            SIMRIS_PERIOD_MONTH);

      simris_member_add_resource (applicant, more);
      after = simris_engine_compute (params, h, 0, "en", NULL);
      g_assert_nonnull (after);
      g_assert_cmpint (simris_result_get_amount_year (after), <=, simris_result_get_amount_year (before));
      g_assert_cmpint (simris_result_get_resources_counted_year (after), >, simris_result_get_resources_counted_year (before));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/simris/properties/generated-households", test_generated);
  g_test_add_func ("/simris/properties/more-income-never-more-ris", test_monotonic);
  return g_test_run ();
}
