/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-comparison.h"
#include "simris-scenario.h"
#include "simris-core-test.h"

/* What-if scenarios: saved in the case file, applied to a copy, compared side by side. Every
 * expected figure is worked out below from docs/calculation.md §3 (amounts at 01/02/2025:
 * cohabitant 10 513,60, isolé 15 770,41, famille 21 312,87; SPI 309,48 a month; at 01/03/2026:
 * cohabitant 10 723,75, SPI 315,67), §4.3, §5, §6 (G = 155 / 250 / 310). */

static SimrisCompareColumn *
column (SimrisComparison *cmp,
        guint             i)
{
  return simris_comparison_get_column (cmp, i);
}

static gboolean
has_diff_of_kind (SimrisCompareColumn *c,
                  SimrisStepKind       kind)
{
  for (guint i = 0; i < c->differs->len; i++)
    if (((SimrisStepDiff *) g_ptr_array_index (c->differs, i))->kind == kind)
      return TRUE;
  return FALSE;
}

static void
test_compare_saved (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case (NULL, "scenarios-cohabitant-job-parent.simris.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = simris_scenarios_load (household, &error);
  g_autoptr(SimrisComparison) cmp = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 3);
  g_assert_cmpstr (simris_scenario_get_name (g_ptr_array_index (scenarios, 1)), ==, "Parent leaves");

  cmp = simris_scenario_compare (simris_parameters_get_default (), household, scenarios, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (simris_comparison_get_n_columns (cmp), ==, 4);

  /* Base: (700 − 309,48) × 12 = 4 686,24; 10 513,60 − 4 686,24 + 155 = 5 982,36 / 12 = 498,53;
   * household: 700 + 2 500 (the parent's wage, not counted for the RIS) + 498,53 = 3 698,53. */
  g_assert_cmpint (simris_result_get_category (column (cmp, 0)->result), ==, SIMRIS_CATEGORY_COHABITANT);
  g_assert_cmpint (simris_result_get_amount_month (column (cmp, 0)->result), ==, 49853);
  g_assert_cmpint (column (cmp, 0)->total_month, ==, 369853);

  /* The CPAS counts the parent (art. 34 §2, pooled): 30 000 − 10 513,60 = 19 486,40;
   * R = 4 686,24 + 19 486,40 = 24 172,64 ≥ 10 513,60 → 0,00, not eligible; 700 + 2 500 = 3 200. */
  g_assert_false (simris_result_get_eligible (column (cmp, 1)->result));
  g_assert_cmpint (simris_result_get_amount_month (column (cmp, 1)->result), ==, 0);
  g_assert_cmpint (column (cmp, 1)->total_month, ==, 320000);
  g_assert_true (has_diff_of_kind (column (cmp, 1), SIMRIS_STEP_COHABITANTS));
  g_assert_true (has_diff_of_kind (column (cmp, 1), SIMRIS_STEP_AMOUNT));

  /* The parent leaves: isolé, 15 770,41 − 4 686,24 + 250 = 11 334,17 / 12 = 944,514… → 944,51;
   * household 700 + 944,51 = 1 644,51. */
  g_assert_cmpint (simris_result_get_category (column (cmp, 2)->result), ==, SIMRIS_CATEGORY_ISOLATED);
  g_assert_cmpint (simris_result_get_amount_month (column (cmp, 2)->result), ==, 94451);
  g_assert_cmpint (column (cmp, 2)->total_month, ==, 164451);
  g_assert_true (has_diff_of_kind (column (cmp, 2), SIMRIS_STEP_CATEGORY));
  g_assert_cmpstr (g_ptr_array_index (column (cmp, 2)->changes, 0), ==, "Omar leaves the household.");

  /* The job pays 1 000: (1 000 − 309,48) × 12 = 8 286,24; 10 513,60 − 8 286,24 + 155 = 2 382,36
   * / 12 = 198,53; household 1 000 + 2 500 + 198,53 = 3 698,53 (each euro above the
   * exemptions comes off the RIS). */
  g_assert_cmpint (simris_result_get_amount_month (column (cmp, 3)->result), ==, 19853);
  g_assert_cmpint (column (cmp, 3)->total_month, ==, 369853);
  g_assert_true (has_diff_of_kind (column (cmp, 3), SIMRIS_STEP_AMOUNT));
  g_assert_false (has_diff_of_kind (column (cmp, 3), SIMRIS_STEP_CATEGORY));

  /* The base column marks its steps that differ somewhere, naming where. */
  {
    GPtrArray *steps = simris_result_get_steps (column (cmp, 0)->result);
    gboolean found = FALSE;

    for (guint i = 0; i < steps->len; i++)
      {
        SimrisStep *s = g_ptr_array_index (steps, i);
        SimrisStepDiff *diff = simris_comparison_find_diff (cmp, 0, i);

        if (s->kind == SIMRIS_STEP_AMOUNT && diff != NULL)
          {
            found = TRUE;
            g_assert_nonnull (strstr (diff->why, "“Parent leaves”"));
            g_assert_nonnull (strstr (diff->why, "“Job pays 1 000”"));
          }
      }
    g_assert_true (found);
  }

  /* The JSON shape of simris-cli compare --json. */
  {
    g_autoptr(JsonNode) node = simris_comparison_to_json (cmp);
    JsonObject *top = json_node_get_object (node);
    JsonArray *cols = json_object_get_array_member (top, "scenarios");
    JsonObject *c2 = json_array_get_object_element (cols, 2);

    g_assert_cmpint (json_object_get_int_member (top, "simris_compare"), ==, 1);
    g_assert_cmpuint (json_array_get_length (cols), ==, 4);
    g_assert_cmpstr (json_object_get_string_member (c2, "name"), ==, "Parent leaves");
    g_assert_cmpstr (json_object_get_string_member (c2, "amount_month"), ==, "944.51");
    g_assert_cmpstr (json_object_get_string_member (c2, "category"), ==, "isolated");
    g_assert_cmpstr (json_object_get_string_member (c2, "total_month"), ==, "1644.51");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c2, "differs")), >, 0);
  }
}

static void
test_round_trip (void)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case (NULL, "scenarios-cohabitant-job-parent.simris.json");
  g_autoptr(SimrisHousehold) again = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(SimrisScenario) extra = simris_scenario_new ("March 2026");
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *third;

  scenarios = simris_scenarios_load (household, &error);
  g_assert_no_error (error);
  simris_scenario_add_set_date (extra, "2026-03-01");
  g_ptr_array_add (scenarios, g_object_ref (extra));
  simris_scenarios_store (household, scenarios);

  data = simris_case_file_to_data (household, NULL);
  again = simris_case_file_load_data (data, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  scenarios = simris_scenarios_load (again, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 4);
  g_assert_cmpstr (simris_scenario_get_name (g_ptr_array_index (scenarios, 3)), ==, "March 2026");

  /* A scenario's unknown field is kept. */
  node = simris_scenario_to_json (g_ptr_array_index (scenarios, 2));
  third = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (third, "note"), ==, "kept on load and save");

  /* No scenarios: the field goes. */
  simris_scenarios_store (again, NULL);
  g_assert_false (json_object_has_member (simris_case_file_get_extra (again, SIMRIS_CASE_EXTRA_OWN), "scenarios"));
}

static void
assert_load_fails (const char *scenarios_json,
                   const char *message)
{
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(JsonNode) node = json_from_string (scenarios_json, NULL);
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;

  g_assert_nonnull (node);
  json_object_set_member (extra, "scenarios", g_steal_pointer (&node));
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);
  scenarios = simris_scenarios_load (household, &error);
  g_assert_null (scenarios);
  g_assert_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_errors (void)
{
  assert_load_fails ("[ { \"name\": \"ok\", \"changes\": [] },"
                     "  { \"name\": \"bad\", \"changes\": [ { \"op\": \"remove_member\", \"member\": \"x\" } ] } ]",
                     "scenarios[1].changes[0].member: no such member \"x\"");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"fly\" } ] } ]",
                     "scenarios[0].changes[0].op: unknown change \"fly\"");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"remove_member\", \"member\": \"a\" } ] } ]",
                     "scenarios[0].changes[0].member: the applicant cannot leave the case");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_amount\", \"member\": \"a\", \"resource\": 3, \"amount\": \"1\" } ] } ]",
                     "scenarios[0].changes[0].resource: member \"a\" has no resource number 3");
  /* Issue 27: 2^32 was reported as number 0. */
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_amount\", \"member\": \"a\", \"resource\": 4294967296, \"amount\": \"1\" } ] } ]",
                     "scenarios[0].changes[0].resource: member \"a\" has no resource number 4294967296");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_amount\", \"member\": \"a\", \"resource\": 0, \"amount\": \"-5\" } ] } ]",
                     "scenarios[0].changes[0].amount: negative amount");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_option\", \"option\": \"colour\", \"value\": true } ] } ]",
                     "scenarios[0].changes[0].option: unknown option \"colour\"");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_date\", \"date\": \"2025-02-30\" } ] } ]",
                     "scenarios[0].changes[0].date: expected a date (YYYY-MM-DD) between 1900 and 2100");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"add_member\", \"member\": { \"id\": \"k\", \"relation\": \"child\", \"birth_date\": \"2030-01-01\" } } ] } ]",
                     "scenarios[0].changes[0].member.birth_date: \"2030-01-01\" is after the reference date 2025-03-01");
  assert_load_fails ("{ \"name\": \"a\" }", "scenarios: expected an array of scenarios");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_shares_household\", \"member\": \"a\", \"value\": false } ] } ]",
                     "scenarios[0].changes[0].member: not for the applicant");
  assert_load_fails ("[ { \"name\": \"a\", \"changes\": [ { \"op\": \"set_custody\", \"member\": \"a\", \"value\": \"half\" } ] } ]",
                     "scenarios[0].changes[0].value: expected \"full\" or \"alternating\"");
}

static SimrisResult *
apply_and_compute (SimrisHousehold *base,
                   SimrisScenario  *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) applied = simris_scenario_apply (scenario, base, NULL, &error);
  SimrisResult *result;

  g_assert_no_error (error);
  result = simris_engine_compute (simris_parameters_get_default (), applied, 0, "en", &error);
  g_assert_no_error (error);
  return result;
}

static void
test_ops (void)
{
  g_autoptr(SimrisHousehold) base = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr(SimrisScenario) moved = simris_scenario_new ("March 2026");
  g_autoptr(SimrisScenario) child = simris_scenario_new ("A child joins");
  g_autoptr(SimrisResult) r1 = NULL;
  g_autoptr(SimrisResult) r2 = NULL;
  g_autoptr(JsonObject) add = NULL;
  g_autoptr(JsonNode) member = NULL;

  /* Moved to 01/03/2026 (2026 regime; the parent, a maintenance debtor, has no resources):
   * (700 − 315,67) × 12 = 4 611,96; 10 723,75 − 4 611,96 + 155 = 6 266,79 / 12 = 522,2325 → 522,23. */
  simris_scenario_add_set_date (moved, "2026-03-01");
  r1 = apply_and_compute (base, moved);
  g_assert_cmpint (simris_result_get_amount_month (r1), ==, 52223);
  g_assert_cmpstr (simris_result_get_art34_regime (r1), ==, "2026");

  /* A minor child joins (in the applicant's charge): famille à charge,
   * 21 312,87 − 4 686,24 + 310 = 16 936,63 / 12 = 1 411,385… → 1 411,39. */
  member = json_from_string ("{ \"id\": \"k\", \"relation\": \"child\", \"birth_date\": \"2020-01-01\" }", NULL);
  add = json_object_new ();
  json_object_set_string_member (add, "op", "add_member");
  json_object_set_member (add, "member", g_steal_pointer (&member));
  simris_scenario_add_change (child, add);
  r2 = apply_and_compute (base, child);
  g_assert_cmpint (simris_result_get_category (r2), ==, SIMRIS_CATEGORY_FAMILY);
  g_assert_cmpint (simris_result_get_amount_month (r2), ==, 141139);

  /* The base case is untouched. */
  g_assert_cmpstr (simris_household_get_reference_date (base), ==, "2025-03-01");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (base)), ==, 2);
}

/* Issue 27, defect 1: the saved list is never rewritten as a whole. An entry that no longer
 * applies or is not a scenario is returned with its reason, appending keeps every other
 * entry byte for byte, and a "scenarios" that is not a list is not replaced. */
static void
test_keep_saved (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) household = simris_case_file_load_data (
    "{\"simris_case\": 1, \"reference_date\": \"2026-03-01\", \"members\": "
    "[{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}], "
    "\"scenarios\": [ {\"name\": \"Gone\", \"changes\": [{\"op\": \"remove_member\", \"member\": \"x\"}], \"mine\": 7}, "
    "42, "
    "{\"name\": \"Later\", \"changes\": [{\"op\": \"set_date\", \"date\": \"2026-04-01\"}], \"colour\": \"blue\"} ]}", -1, &error);
  g_autoptr(SimrisHousehold) not_list = NULL;
  g_autoptr(SimrisScenario) added = simris_scenario_new ("Next");
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  all = simris_scenarios_load_all (household, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_nonnull (simris_scenario_get_problem (g_ptr_array_index (all, 0)));
  g_assert_nonnull (strstr (simris_scenario_get_problem (g_ptr_array_index (all, 0)), "scenarios[0]"));
  g_assert_nonnull (simris_scenario_get_problem (g_ptr_array_index (all, 1)));
  g_assert_null (simris_scenario_get_problem (g_ptr_array_index (all, 2)));
  g_assert_cmpint (simris_scenario_get_saved_index (g_ptr_array_index (all, 2)), ==, 2);

  simris_scenario_add_set_date (added, "2026-05-01");
  g_assert_true (simris_scenarios_append (household, added, &error));
  text = simris_case_file_to_data (household, NULL);
  g_assert_nonnull (strstr (text, "\"mine\": 7"));
  g_assert_nonnull (strstr (text, "42"));
  g_assert_nonnull (strstr (text, "\"colour\": \"blue\""));
  g_assert_nonnull (strstr (text, "\"Next\""));

  not_list = simris_case_file_load_data (
    "{\"simris_case\": 1, \"reference_date\": \"2026-03-01\", \"members\": "
    "[{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}], "
    "\"scenarios\": \"my notes\"}", -1, &error);
  g_assert_no_error (error);
  g_assert_false (simris_scenarios_append (not_list, added, &error));
  g_assert_nonnull (error);
  g_clear_pointer (&text, g_free);
  text = simris_case_file_to_data (not_list, NULL);
  g_assert_nonnull (strstr (text, "\"my notes\""));
}

/* Issue 24: a scenario op for each new member field, on the flat-share case. */
static void
test_household_ops (void)
{
  g_autoptr(SimrisHousehold) flat = simris_test_load_case (NULL, "household-flat-share-separate.simris.json");
  g_autoptr(SimrisHousehold) custody = simris_test_load_case (NULL, "household-alternating-custody.simris.json");
  g_autoptr(SimrisHousehold) brothers = simris_test_load_case (NULL, "household-two-applicants-2026.simris.json");
  g_autoptr(SimrisScenario) shares = simris_scenario_new ("Sam starts sharing");
  g_autoptr(SimrisScenario) full = simris_scenario_new ("Léo lives here");
  g_autoptr(SimrisScenario) alone = simris_scenario_new ("Bilal does not apply");
  g_autoptr(SimrisResult) r1 = NULL;
  g_autoptr(SimrisResult) r2 = NULL;
  g_autoptr(SimrisResult) r3 = NULL;
  g_autoptr(JsonObject) c1 = json_object_new ();
  g_autoptr(JsonObject) c2 = json_object_new ();
  g_autoptr(JsonObject) c3 = json_object_new ();

  /* Sharing the household: cohabitant 10 723,75 / 12 = 893,65 (April 2026). */
  json_object_set_string_member (c1, "op", "set_shares_household");
  json_object_set_string_member (c1, "member", "sam");
  json_object_set_boolean_member (c1, "value", TRUE);
  simris_scenario_add_change (shares, c1);
  r1 = apply_and_compute (flat, shares);
  g_assert_cmpint (simris_result_get_category (r1), ==, SIMRIS_CATEGORY_COHABITANT);
  g_assert_cmpint (simris_result_get_amount_month (r1), ==, 89365);

  /* Full custody: still the family rate, 21 738,88 / 12 = 1 811,57, and nothing to alternate. */
  json_object_set_string_member (c2, "op", "set_custody");
  json_object_set_string_member (c2, "member", "c");
  json_object_set_string_member (c2, "value", "full");
  simris_scenario_add_change (full, c2);
  r2 = apply_and_compute (custody, full);
  g_assert_cmpint (simris_result_get_amount_month (r2), ==, 181157);
  g_assert_cmpuint (simris_result_get_alternatives (r2)->len, ==, 0);

  /* One applicant only: the whole excess 7 276,25 counts, 10 723,75 − 7 276,25 + 155 = 3 602,50
   * / 12 = 300,21. */
  json_object_set_string_member (c3, "op", "set_also_applies");
  json_object_set_string_member (c3, "member", "b");
  json_object_set_boolean_member (c3, "value", FALSE);
  simris_scenario_add_change (alone, c3);
  r3 = apply_and_compute (brothers, alone);
  g_assert_cmpint (simris_result_get_amount_month (r3), ==, 30021);
  g_assert_cmpuint (simris_result_get_applicants (r3)->len, ==, 0);
}

/* Which person each variant names (tests/cases/whatif/scenarios-names.simris.json: Sara raises
 * Lea and Tom). One variant per op: its column's name, its sentence and the steps said to
 * differ name the person the change is about, never another. Before, "Lea leaves" said the
 * base case's step about Tom was the one missing (steps were matched by their rank among
 * the steps of a rule). */
typedef struct
{
  const char *json;       /* the change */
  const char *name;       /* the column's name */
  const char *says;       /* in the sentence */
  const char *never;      /* in no sentence nor any step said to be missing here */
} NameCase;

static void
test_names (void)
{
  static const NameCase cases[] = {
    { "{ \"op\": \"remove_member\", \"member\": \"l\" }", "Lea leaves", "Lea leaves the household.", "Tom" },
    { "{ \"op\": \"remove_member\", \"member\": \"t\" }", "Tom leaves", "Tom leaves the household.", "Lea" },
    { "{ \"op\": \"set_amount\", \"member\": \"a\", \"resource\": 0, \"amount\": \"1200.00\" }",
      "Sara earns 1 200", "Sara: Wage set to", "Tom" },
    { "{ \"op\": \"remove_resource\", \"member\": \"a\", \"resource\": 1 }",
      "Sara's benefit stops", "Sara: one resource removed.", "Lea" },
    { "{ \"op\": \"add_resource\", \"member\": \"a\", \"resource\": { \"kind\": \"pension\", \"amount\": \"50.00\", \"period\": \"month\" } }",
      "Sara gets a pension", "Sara: one resource added.", "Tom" },
    { "{ \"op\": \"add_member\", \"member\": { \"id\": \"n\", \"relation\": \"child\", \"name\": \"Nora\", \"birth_date\": \"2020-01-01\" } }",
      "Nora is born", "Nora joins the household.", "Tom" },
    { "{ \"op\": \"set_date\", \"date\": \"2026-03-01\" }", "March 2026", "Computed on", "Lea leaves" },
    { "{ \"op\": \"set_option\", \"option\": \"count_ascendants_descendants\", \"value\": true }",
      "Count the family", "Option", "leaves" },
  };
  g_autoptr(SimrisHousehold) household = simris_test_load_case ("whatif", "scenarios-names.simris.json");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SimrisScenario) scenario = simris_scenario_new (cases[i].name);
      g_autoptr(JsonNode) change = json_from_string (cases[i].json, NULL);
      g_autoptr(GPtrArray) scenarios = g_ptr_array_new ();
      g_autoptr(SimrisComparison) cmp = NULL;
      g_autoptr(GError) error = NULL;
      SimrisCompareColumn *base, *col;
      GPtrArray *base_steps;

      g_assert_nonnull (change);
      simris_scenario_add_change (scenario, json_node_get_object (change));
      g_ptr_array_add (scenarios, scenario);
      cmp = simris_scenario_compare (simris_parameters_get_default (), household, scenarios, "en", &error);
      g_assert_no_error (error);
      base = column (cmp, 0);
      col = column (cmp, 1);
      base_steps = simris_result_get_steps (base->result);

      g_assert_cmpstr (col->name, ==, cases[i].name);
      g_assert_cmpuint (col->changes->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (col->changes, 0), cases[i].says));
      g_assert_null (strstr (g_ptr_array_index (col->changes, 0), cases[i].never));
      for (guint j = 0; j < col->differs->len; j++)
        {
          SimrisStepDiff *diff = g_ptr_array_index (col->differs, j);
          SimrisStep *missing;

          if (diff->step >= 0)
            continue;
          missing = g_ptr_array_index (base_steps, diff->base_step);
          g_assert_null (strstr (missing->text, cases[i].never));
        }
    }

  /* Lea leaves: the one base step missing from the facts is Lea's; Tom's is matched. The
   * category's step still names Tom (Sara still raises a minor child: same amount). */
  {
    g_autoptr(GPtrArray) saved = simris_scenarios_load (household, NULL);
    g_autoptr(SimrisComparison) cmp = simris_scenario_compare (simris_parameters_get_default (), household,
                                                               saved, "en", NULL);
    SimrisCompareColumn *col = column (cmp, 1);
    GPtrArray *base_steps = simris_result_get_steps (column (cmp, 0)->result);
    guint missing = 0;

    g_assert_cmpstr (col->name, ==, "Lea leaves");
    /* 21 312,87 − (1 000 + 100) × 12 + 310 = 8 422,87 / 12 = 701,91 in both columns. */
    g_assert_cmpint (simris_result_get_amount_month (column (cmp, 0)->result), ==, 70191);
    g_assert_cmpint (simris_result_get_amount_month (col->result), ==, 70191);
    for (guint j = 0; j < col->differs->len; j++)
      {
        SimrisStepDiff *diff = g_ptr_array_index (col->differs, j);

        if (diff->step < 0)
          {
            SimrisStep *s = g_ptr_array_index (base_steps, diff->base_step);

            missing++;
            g_assert_nonnull (strstr (s->text, "Lea"));
            g_assert_null (strstr (s->text, "Tom"));
          }
      }
    g_assert_cmpuint (missing, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simris/scenario/compare-saved", test_compare_saved);
  g_test_add_func ("/simris/scenario/round-trip", test_round_trip);
  g_test_add_func ("/simris/scenario/errors", test_errors);
  g_test_add_func ("/simris/scenario/ops", test_ops);
  g_test_add_func ("/simris/scenario/keep-saved", test_keep_saved);
  g_test_add_func ("/simris/scenario/household-ops", test_household_ops);
  g_test_add_func ("/simris/scenario/names", test_names);

  return g_test_run ();
}
