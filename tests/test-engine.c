/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-core-test.h"

/* Every public case (tests/cases/public) and every case of our own (tests/cases), each
 * with its source or arithmetic in its description, through the engine: the `expected`
 * object must be a subset of the result object (docs/case-format.md), to the cent. */

static gboolean
json_subset (JsonNode    *expected,
             JsonNode    *actual,
             const char  *path,
             GString     *why)
{
  if (JSON_NODE_HOLDS_NULL (expected))
    {
      if (actual == NULL || JSON_NODE_HOLDS_NULL (actual))
        return TRUE;
      g_string_append_printf (why, "%s: expected null", path);
      return FALSE;
    }
  if (actual == NULL || json_node_get_node_type (expected) != json_node_get_node_type (actual))
    {
      g_string_append_printf (why, "%s: missing or of another type", path);
      return FALSE;
    }
  if (JSON_NODE_HOLDS_OBJECT (expected))
    {
      JsonObject *eo = json_node_get_object (expected);
      JsonObject *ao = json_node_get_object (actual);
      g_autoptr(GList) members = json_object_get_members (eo);

      for (GList *l = members; l; l = l->next)
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", path, (char *) l->data);
          if (!json_subset (json_object_get_member (eo, l->data), json_object_get_member (ao, l->data), sub, why))
            return FALSE;
        }
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (expected))
    {
      JsonArray *ea = json_node_get_array (expected);
      JsonArray *aa = json_node_get_array (actual);

      if (json_array_get_length (ea) != json_array_get_length (aa))
        {
          g_string_append_printf (why, "%s: %u elements, expected %u", path,
                                  json_array_get_length (aa), json_array_get_length (ea));
          return FALSE;
        }
      for (guint i = 0; i < json_array_get_length (ea); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
          if (!json_subset (json_array_get_element (ea, i), json_array_get_element (aa, i), sub, why))
            return FALSE;
        }
      return TRUE;
    }
  if (!json_node_equal (expected, actual))
    {
      g_autofree char *e = json_to_string (expected, FALSE);
      g_autofree char *a = json_to_string (actual, FALSE);
      g_string_append_printf (why, "%s: expected %s, got %s", path, e, a);
      return FALSE;
    }
  return TRUE;
}

static void
check_case (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) household = simris_case_file_load (file, NULL, &error);
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(JsonNode) raw = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GString) why = g_string_new (NULL);
  JsonObject *root;
  JsonNode *expected;
  JsonNode *codes;

  g_assert_no_error (error);
  result = simris_engine_compute (simris_parameters_get_default (), household, 0, "en", &error);
  g_assert_no_error (error);
  json = simris_result_to_json (result);

  raw = simris_test_load_json (path);
  root = json_node_get_object (raw);
  expected = json_object_get_member (root, "expected");
  g_assert_nonnull (expected);
  if (!json_subset (expected, json, "expected", why))
    g_error ("%s: %s", path, why->str);

  /* Our own cases may also list the warning codes they must carry. */
  if ((codes = json_object_get_member (root, "expected_warning_codes")) != NULL)
    {
      JsonArray *arr = json_node_get_array (codes);
      for (guint i = 0; i < json_array_get_length (arr); i++)
        if (!simris_result_has_warning (result, json_array_get_string_element (arr, i)))
          g_error ("%s: warning %s missing", path, json_array_get_string_element (arr, i));
    }
  if ((codes = json_object_get_member (root, "expected_no_warning_codes")) != NULL)
    {
      JsonArray *arr = json_node_get_array (codes);
      for (guint i = 0; i < json_array_get_length (arr); i++)
        if (simris_result_has_warning (result, json_array_get_string_element (arr, i)))
          g_error ("%s: unexpected warning %s", path, json_array_get_string_element (arr, i));
    }

  /* Every step names its rule and says something. */
  for (guint i = 0; i < simris_result_get_steps (result)->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (simris_result_get_steps (result), i);
      g_assert_true (s->rule != NULL && *s->rule != '\0');
      g_assert_true (s->text != NULL && *s->text != '\0');
    }
}

static void
set_option (SimrisHousehold *household,
            const char      *option,
            JsonNode        *value)
{
  if (g_str_equal (option, "art34_regime"))
    simris_household_set_art34_regime (household, json_node_get_string (value));
  else if (g_str_equal (option, "count_maintenance_debtors"))
    simris_household_set_count_maintenance_debtors (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "count_ascendants_descendants"))
    simris_household_set_count_ascendants_descendants (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "reform_maf_exempt"))
    simris_household_set_reform_maf_exempt (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "isolated_if_partner_without_resources"))
    simris_household_set_isolated_partner_no_resources (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "alternating_custody_alternate_months"))
    simris_household_set_alternating_custody_alternate_months (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "applicants_share_excess"))
    simris_household_set_applicants_share_excess (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "shares_household"))
    {
      /* Issue 24: the other answer about a person, not a CPAS option. */
      JsonObject *o = json_node_get_object (value);
      SimrisMember *m = simris_household_find_member (household, json_object_get_string_member (o, "member"));

      g_assert_nonnull (m);
      simris_member_set_shares_household (m, json_object_get_boolean_member (o, "shares_household"));
      simris_member_set_shares_household_since (m, NULL);
    }
  else if (g_str_equal (option, "student_exemption_under_25"))
    simris_household_set_student_exemption_under_25 (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "student_grant_covid_alignment"))
    simris_household_set_student_grant_covid_alignment (household, json_node_get_boolean (value));
  else if (g_str_equal (option, "benefit"))
    {
      /* docs/case-format.md: the alternative under the equivalent aid leaves the integration
       * income's residence answer (nationality included) to the CPAS to check. */
      SimrisBenefit benefit;

      g_assert_true (simris_benefit_from_string (json_node_get_string (value), &benefit));
      simris_household_set_benefit (household, benefit);
      if (simris_household_get_residence_status (household) == SIMRIS_RESIDENCE_STATUS_UNKNOWN)
        simris_member_set_condition (simris_household_get_applicant (household), SIMRIS_CONDITION_RESIDENCE,
                                     SIMRIS_TRISTATE_UNKNOWN);
    }
  else
    g_error ("unknown option %s", option);
}

/* Issue 10: each alternative equals the same case computed with that option flipped. */
static void
check_alternatives (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SimrisHousehold) household = simris_case_file_load (file, NULL, NULL);
  g_autoptr(SimrisResult) result = simris_engine_compute (simris_parameters_get_default (), household, 0, "en", NULL);
  GPtrArray *alternatives = simris_result_get_alternatives (result);

  for (guint i = 0; i < alternatives->len; i++)
    {
      SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
      g_autoptr(SimrisHousehold) flipped = simris_household_copy (household);
      g_autoptr(SimrisResult) other = NULL;

      set_option (flipped, alt->option, alt->value);
      other = simris_engine_compute (simris_parameters_get_default (), flipped, 0, "en", NULL);
      g_assert_nonnull (other);
      g_assert_cmpint (simris_result_get_amount_year (other), ==, alt->amount_year);
      g_assert_cmpint (simris_result_get_amount_month (other), ==, alt->amount_month);
      g_assert_true (alt->text != NULL && *alt->text != '\0');
    }
}

static void
add_folder (const char *dir,
            const char *prefix)
{
  g_autoptr(GPtrArray) names = simris_test_list_cases (dir);

  for (guint i = 0; i < names->len; i++)
    {
      const char *n = *(const char **) &names->pdata[i];
      g_autofree char *test = g_strdup_printf ("/simris/engine/%s/%s", prefix, n);
      g_autofree char *alt_test = g_strdup_printf ("/simris/engine/alternatives/%s/%s", prefix, n);
      char *path = g_build_filename (dir, n, NULL);

      g_test_add_data_func_full (test, path, check_case, g_free);
      g_test_add_data_func_full (alt_test, g_strdup (path), check_alternatives, g_free);
    }
}

/* The explanation follows the language asked for, whatever the process's locale. */
static void
test_languages (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "public",
                                                 "seed001-1-alone-with-minor-child.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SimrisHousehold) household = simris_case_file_load (file, NULL, NULL);
  g_autoptr(SimrisResult) fr = simris_engine_compute (simris_parameters_get_default (), household, 0, "fr", NULL);
  g_autoptr(SimrisResult) nl = simris_engine_compute (simris_parameters_get_default (), household, 0, "nl", NULL);
  g_autoptr(SimrisResult) en = simris_engine_compute (simris_parameters_get_default (), household, 0, "en", NULL);

  g_assert_cmpstr (simris_result_get_lang (fr), ==, "fr");
  g_assert_cmpstr (simris_result_get_lang (nl), ==, "nl");
  g_assert_cmpint (simris_result_get_amount_month (fr), ==, simris_result_get_amount_month (nl));
  g_assert_cmpint (simris_result_get_steps (fr)->len, ==, simris_result_get_steps (en)->len);
  /* Category label through the catalogues (po/fr.po, po/nl.po). */
  g_assert_cmpstr (simris_category_get_label (SIMRIS_CATEGORY_FAMILY, "fr"), ==, "famille à charge");
  g_assert_cmpstr (simris_category_get_label (SIMRIS_CATEGORY_FAMILY, "nl"), ==, "gezin ten laste");
  g_assert_cmpstr (simris_category_get_label (SIMRIS_CATEGORY_COHABITANT, "nl"), ==, "samenwonende");
  g_assert_nonnull (strstr (((SimrisStep *) g_ptr_array_index (simris_result_get_steps (nl), 0))->rule, "KB"));
  g_assert_nonnull (strstr (((SimrisStep *) g_ptr_array_index (simris_result_get_steps (fr), 0))->rule, "AR"));
}

/* --date overrides the reference date; before 2017-06-01 is refused. */
static void
test_date_override (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "public",
                                                 "isolated-nothing-2026-03.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SimrisHousehold) household = simris_case_file_load (file, NULL, NULL);
  g_autoptr(SimrisResult) r2025 = NULL;
  g_autoptr(SimrisResult) early = NULL;
  g_autoptr(GError) error = NULL;

  /* docs/calculation.md §3: isolé from 2025-02-01, 15 770,41 a year = 1 314,20 a month. */
  r2025 = simris_engine_compute (simris_parameters_get_default (), household, 20250301, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_amount_month (r2025), ==, 131420);
  g_assert_cmpuint (simris_result_get_parameters_date (r2025), ==, 20250201);
  g_assert_false (simris_result_has_warning (r2025, "derived_amounts"));

  early = simris_engine_compute (simris_parameters_get_default (), household, 20170501, "en", &error);
  g_assert_null (early);
  g_assert_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_TOO_EARLY);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *public = NULL;
  g_autofree char *own = NULL;

  g_test_init (&argc, &argv, NULL);

  public = g_test_build_filename (G_TEST_DIST, "cases", "public", NULL);
  own = g_test_build_filename (G_TEST_DIST, "cases", NULL);
  add_folder (public, "public");
  add_folder (own, "own");
  g_test_add_func ("/simris/engine/languages", test_languages);
  g_test_add_func ("/simris/engine/date-override", test_date_override);

  return g_test_run ();
}
