/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-presence.h"
#include "simris-timeline.h"
#include "simris-core-test.h"

/* The right month by month (docs/calculation.md §14): our timeline cases (tests/cases/timeline, each
 * with its period, its expected months and the arithmetic in its description), the presence
 * rule, the limits of a period, and the property that each month is `compute` at its first
 * day and the total their sum, for every public case over 2024-01..2026-12. */

static SimrisDate
month_of (const char *text)
{
  SimrisDate d = 0;

  g_assert_true (simris_timeline_parse_month (text, &d));
  return d;
}

/* A result object without the members the comparison leaves out. */
static JsonNode *
strip (JsonNode    *node,
       const char **drop)
{
  JsonObject *in = json_node_get_object (node);
  JsonObject *out = json_object_new ();
  g_autoptr(GList) names = json_object_get_members (in);

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (drop, l->data))
      json_object_set_member (out, l->data, json_node_copy (json_object_get_member (in, l->data)));
  return json_node_init_object (json_node_alloc (), out);
}

static void
check_timeline_case (gconstpointer data)
{
  const char *path = data;
  g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
  g_autoptr(JsonNode) raw = simris_test_load_json (path);
  g_autoptr(SimrisTimeline) timeline = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root = json_node_get_object (raw);
  JsonObject *period = json_object_get_object_member (root, "timeline");
  JsonObject *expected = json_object_get_object_member (root, "expected_timeline");
  JsonArray *months = json_object_get_array_member (expected, "months");
  JsonArray *actual;

  timeline = simris_timeline_compute (simris_parameters_get_default (), household,
                                      month_of (json_object_get_string_member (period, "from")),
                                      month_of (json_object_get_string_member (period, "to")),
                                      "en", SIMRIS_TIMELINE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  json = simris_timeline_to_json (timeline, FALSE);
  actual = json_object_get_array_member (json_node_get_object (json), "months");

  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json), "total"), ==,
                   json_object_get_string_member (expected, "total"));
  g_assert_cmpuint (json_array_get_length (actual), ==, json_array_get_length (months));
  /* Issue 29: the maintenance aid beside the benefit, summed over the period. */
  if (json_object_has_member (expected, "maintenance_aid_total"))
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json), "maintenance_aid_total"), ==,
                     json_object_get_string_member (expected, "maintenance_aid_total"));

  for (guint i = 0; i < json_array_get_length (months); i++)
    {
      JsonObject *e = json_array_get_object_element (months, i);
      JsonObject *a = json_array_get_object_element (actual, i);
      JsonArray *codes = json_object_get_array_member (a, "changes");
      JsonArray *want = json_object_get_array_member (e, "change_codes");
      g_autoptr(GList) names = json_object_get_members (e);
      g_autoptr(GString) got = g_string_new (NULL);
      g_autoptr(GString) wanted = g_string_new (NULL);

      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *ev, *av;

          if (g_str_equal (l->data, "change_codes"))
            continue;
          ev = json_object_get_member (e, l->data);
          av = json_object_get_member (a, l->data);
          if (av == NULL || !json_node_equal (ev, av))
            g_error ("%s: month %u, %s: expected %s, got %s", path, i, (char *) l->data,
                     json_to_string (ev, FALSE), av != NULL ? json_to_string (av, FALSE) : "nothing");
        }

      for (guint j = 0; j < json_array_get_length (codes); j++)
        {
          JsonObject *c = json_array_get_object_element (codes, j);
          g_string_append_printf (got, "%s ", json_object_get_string_member (c, "code"));
          g_assert_true (*json_object_get_string_member (c, "text") != '\0');
        }
      for (guint j = 0; j < json_array_get_length (want); j++)
        g_string_append_printf (wanted, "%s ", json_array_get_string_element (want, j));
      if (!g_str_equal (got->str, wanted->str))
        g_error ("%s: month %u: changes [%s], expected [%s]", path, i, got->str, wanted->str);
    }
}

/* Property: for every public case and every month of 2024-01..2026-12, the timeline's month is
 * `compute` at the month's first day (every field but the trace), and the total their sum. */
static void
test_property_public (void)
{
  g_autofree char *dir_path = simris_test_case_path ("public", NULL);
  g_autoptr(GPtrArray) names = simris_test_list_cases (dir_path);
  static const char *drop_result[] = { "simris_result", "steps", NULL };
  static const char *drop_month[] = { "month", "changes", NULL };
  guint n_cases = 0;

  for (guint c = 0; c < names->len; c++)
    {
      const char *name = g_ptr_array_index (names, c);
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
      g_autoptr(SimrisTimeline) timeline = NULL;
      g_autoptr(JsonNode) json = NULL;
      g_autoptr(GError) error = NULL;
      JsonArray *months;
      SimrisCents sum = 0;

      timeline = simris_timeline_compute (simris_parameters_get_default (), household, 20240101, 20261201,
                                          "fr", SIMRIS_TIMELINE_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (simris_timeline_get_n_months (timeline), ==, 36);
      json = simris_timeline_to_json (timeline, FALSE);
      months = json_object_get_array_member (json_node_get_object (json), "months");

      for (guint i = 0; i < 36; i++)
        {
          SimrisDate first = simris_date_add_months (20240101, i);
          g_autoptr(SimrisResult) direct = simris_engine_compute (simris_parameters_get_default (), household,
                                                                  first, "fr", &error);
          g_autoptr(JsonNode) direct_json = NULL;
          g_autoptr(JsonNode) a = NULL;
          g_autoptr(JsonNode) b = NULL;

          g_assert_no_error (error);
          g_assert_cmpuint (simris_timeline_get_month (timeline, i), ==, first);
          direct_json = simris_result_to_json (direct);
          a = strip (direct_json, drop_result);
          b = strip (json_array_get_element (months, i), drop_month);
          if (!json_node_equal (a, b))
            g_error ("%s, month %u: timeline %s\n  compute %s", name, i,
                     json_to_string (b, FALSE), json_to_string (a, FALSE));
          sum += simris_result_get_amount_month (direct);
        }
      g_assert_cmpint (simris_timeline_get_total (timeline), ==, sum);
      n_cases++;
    }
  g_assert_cmpuint (n_cases, >, 10);
}

/* The same with an exact trace per month: the steps too are those of compute. */
static void
test_full_trace (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "timeline", "child-turns-18.simris.json", NULL);
  g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
  g_autoptr(SimrisTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  timeline = simris_timeline_compute (simris_parameters_get_default (), household, 20260401, 20260801, "nl",
                                      SIMRIS_TIMELINE_FLAGS_FULL_TRACE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < simris_timeline_get_n_months (timeline); i++)
    {
      SimrisDate first = simris_timeline_get_month (timeline, i);
      g_autoptr(SimrisResult) direct = simris_engine_compute (simris_parameters_get_default (), household,
                                                              first, "nl", &error);
      g_autoptr(JsonNode) a = simris_result_to_json (direct);
      g_autoptr(JsonNode) b = simris_result_to_json (simris_timeline_get_result (timeline, i));

      g_assert_true (json_node_equal (a, b));
    }

  /* Without the flag, a shared month still gives its own exact result on demand. */
  g_clear_object (&timeline);
  timeline = simris_timeline_compute (simris_parameters_get_default (), household, 20260401, 20260801, "nl",
                                      SIMRIS_TIMELINE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  {
    g_autoptr(SimrisResult) exact = simris_timeline_compute_month (timeline, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (simris_result_get_reference_date (exact), ==, 20260501);
    g_assert_cmpuint (simris_result_get_reference_date (simris_timeline_get_result (timeline, 1)), ==, 20260401);
  }
}

static void
test_limits (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "timeline", "benefit-starts.simris.json", NULL);
  g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
  SimrisParameters *params = simris_parameters_get_default ();
  g_autoptr(SimrisTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  /* 120 months: 2017-06 .. 2027-05, accepted; 121 refused. */
  timeline = simris_timeline_compute (params, household, 20170601, 20270501, "en", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (simris_timeline_get_n_months (timeline), ==, 120);
  g_clear_object (&timeline);

  timeline = simris_timeline_compute (params, household, 20170601, 20270601, "en", 0, &error);
  g_assert_null (timeline);
  g_assert_error (error, SIMRIS_TIMELINE_ERROR, SIMRIS_TIMELINE_ERROR_PERIOD);
  g_assert_nonnull (strstr (error->message, "121"));
  g_clear_error (&error);

  /* Before the first amounts (2017-06-01). */
  timeline = simris_timeline_compute (params, household, 20170501, 20170801, "en", 0, &error);
  g_assert_null (timeline);
  g_assert_error (error, SIMRIS_TIMELINE_ERROR, SIMRIS_TIMELINE_ERROR_PERIOD);
  g_assert_nonnull (strstr (error->message, "2017-06-01"));
  g_clear_error (&error);

  timeline = simris_timeline_compute (params, household, 20250601, 20250501, "en", 0, &error);
  g_assert_null (timeline);
  g_assert_error (error, SIMRIS_TIMELINE_ERROR, SIMRIS_TIMELINE_ERROR_PERIOD);
  g_clear_error (&error);

  /* One month: no change, total = that month. */
  timeline = simris_timeline_compute (params, household, 20250515, 20250520, "en", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (simris_timeline_get_n_months (timeline), ==, 1);
  g_assert_cmpuint (simris_timeline_get_month (timeline, 0), ==, 20250501);
  g_assert_cmpuint (simris_timeline_get_changes (timeline, 0)->len, ==, 0);
  /* 15 770,41 − 10 800 + 250 = 5 220,41; / 12 = 435,03 */
  g_assert_cmpint (simris_timeline_get_total (timeline), ==, 43503);
}

static void
test_parse_month (void)
{
  SimrisDate d = 0;
  g_autofree char *fr = NULL;
  g_autofree char *en = NULL;

  g_assert_true (simris_timeline_parse_month ("2026-03", &d));
  g_assert_cmpuint (d, ==, 20260301);
  g_assert_false (simris_timeline_parse_month ("2026-13", &d));
  g_assert_false (simris_timeline_parse_month ("2026-3", &d));
  g_assert_false (simris_timeline_parse_month ("2026-03-01", &d));
  g_assert_false (simris_timeline_parse_month ("abcd-03", &d));
  fr = simris_timeline_format_month (20260301, "fr");
  en = simris_timeline_format_month (20260301, "en");
  g_assert_cmpstr (fr, ==, "03/2026");
  g_assert_cmpstr (en, ==, "2026-03");
}

/* docs/calculation.md §14: present when [from, until] overlaps the month; a once resource with from
 * only in from's month; a year resource present or not as a whole. */
static void
test_presence (void)
{
  g_autoptr(SimrisResource) r = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 100000, SIMRIS_PERIOD_MONTH);
  g_autoptr(SimrisResource) once = simris_resource_new (SIMRIS_RESOURCE_KIND_OTHER, 50000, SIMRIS_PERIOD_ONCE);
  g_autoptr(SimrisResource) year = simris_resource_new (SIMRIS_RESOURCE_KIND_PENSION, 1200000, SIMRIS_PERIOD_YEAR);

  g_assert_true (simris_resource_is_present (r, 19000101));
  simris_resource_set_from (r, "2025-03-15");
  simris_resource_set_until (r, "2025-05-01");
  g_assert_cmpint (simris_resource_get_presence (r, 20250228), ==, SIMRIS_PRESENCE_NOT_YET);
  g_assert_true (simris_resource_is_present (r, 20250301));   /* starts on the 15th: the month counts */
  g_assert_true (simris_resource_is_present (r, 20250531));   /* ends on the 1st: the month counts */
  g_assert_cmpint (simris_resource_get_presence (r, 20250601), ==, SIMRIS_PRESENCE_ENDED);

  simris_resource_set_from (once, "2025-07-20");
  g_assert_cmpint (simris_resource_get_presence (once, 20250601), ==, SIMRIS_PRESENCE_NOT_YET);
  g_assert_true (simris_resource_is_present (once, 20250701));
  g_assert_cmpint (simris_resource_get_presence (once, 20250801), ==, SIMRIS_PRESENCE_ONCE_OTHER_MONTH);

  simris_resource_set_until (year, "2024-12-31");
  g_assert_true (simris_resource_is_present (year, 20241201));
  g_assert_false (simris_resource_is_present (year, 20250101));
}

/* A single compute uses the presence rule for its date's month and keeps the exact date for
 * the rest; the trace says what was left out. A member born after the date is not counted. */
static void
test_compute_presence (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "timeline", "summer-job-july.simris.json", NULL);
  g_autofree char *baby = g_test_build_filename (G_TEST_DIST, "cases", "timeline", "baby-born.simris.json", NULL);
  g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
  g_autoptr(SimrisHousehold) family = simris_test_load_path (baby);
  g_autoptr(SimrisResult) july = NULL;
  g_autoptr(SimrisResult) august = NULL;
  g_autoptr(SimrisResult) before_birth = NULL;
  g_autoptr(GError) error = NULL;
  gboolean said = FALSE;
  GPtrArray *steps;

  july = simris_engine_compute (simris_parameters_get_default (), household, 20250731, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (simris_result_get_reference_date (july), ==, 20250731);
  g_assert_cmpint (simris_result_get_amount_month (july), ==, 84451);

  august = simris_engine_compute (simris_parameters_get_default (), household, 20250815, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_amount_month (august), ==, 131420);
  steps = simris_result_get_steps (august);
  for (guint i = 0; i < steps->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (steps, i);
      if (strstr (s->text, "left out") != NULL && strstr (s->text, "2025-07-31") != NULL)
        said = TRUE;
    }
  g_assert_true (said);

  /* Born 2025-05-20: on 2025-05-19 the applicant lives alone. */
  before_birth = simris_engine_compute (simris_parameters_get_default (), family, 20250519, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_category (before_birth), ==, SIMRIS_CATEGORY_ISOLATED);
}

static void
add_folder (const char *folder)
{
  g_autoptr(GPtrArray) names = simris_test_list_cases (folder);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/simris/timeline/cases/%.*s", (int) (strlen (file) - 12), file);
      g_test_add_data_func_full (test_path, g_build_filename (folder, file, NULL), check_timeline_case, g_free);
    }
}

/* A dated row added to a copy of the law's table is a date the timeline recomputes on, with no
 * list of dates to update elsewhere (issue 23). tests/cases/timeline/benefit-starts.simris.json:
 * isolé, unemployment benefit 900 a month from 2025-05-01, 435,03 a month from May (its
 * description gives the arithmetic). A test row exempting unemployment benefits from 2025-07-01
 * leaves nothing counted: 15 770,41 / 12 = 1 314,20 a month (the same case's March). */
static void
test_added_row (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "timeline", "benefit-starts.simris.json", NULL);
  g_autoptr(SimrisHousehold) household = simris_test_load_path (path);
  g_autoptr(SimrisRuleTable) rules = simris_rule_table_copy (simris_rule_table_get_default ());
  g_autoptr(SimrisTimeline) shipped = NULL;
  g_autoptr(SimrisTimeline) changed = NULL;
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GError) error = NULL;
  const SimrisKindRule row = {
    SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, 20250701, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE,
    SIMRIS_ACT_RD, "art. 22, §1", "a test row",
  };
  gboolean found = FALSE;

  simris_rule_table_add_kind_rule (rules, &row);
  dates = simris_rule_table_change_dates (rules);
  for (guint i = 0; i < dates->len; i++)
    found |= g_array_index (dates, SimrisDate, i) == 20250701;
  g_assert_true (found);
  /* The shipped table is untouched. */
  g_assert_cmpint (simris_rules_kind_rule (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, 20250701)->treatment, ==,
                   SIMRIS_TREATMENT_COUNTED);
  g_assert_cmpint (simris_rule_table_kind_rule (rules, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, 20250630)->treatment, ==,
                   SIMRIS_TREATMENT_COUNTED);
  g_assert_cmpint (simris_rule_table_kind_rule (rules, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, 20250701)->treatment, ==,
                   SIMRIS_TREATMENT_EXEMPT);

  shipped = simris_timeline_compute (simris_parameters_get_default (), household, 20250501, 20250801, "en",
                                     SIMRIS_TIMELINE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  changed = simris_timeline_compute_with_rules (simris_parameters_get_default (), rules, household,
                                                20250501, 20250801, "en", SIMRIS_TIMELINE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  /* Shipped table: June to August repeat May. */
  for (guint i = 1; i < 4; i++)
    {
      g_assert_true (simris_timeline_get_result (shipped, i) == simris_timeline_get_result (shipped, 0));
      g_assert_cmpint (simris_result_get_amount_month (simris_timeline_get_result (shipped, i)), ==, 43503);
    }

  /* With the row: June still repeats May; July is computed afresh, says why, and August repeats it. */
  g_assert_true (simris_timeline_get_result (changed, 1) == simris_timeline_get_result (changed, 0));
  g_assert_true (simris_timeline_get_result (changed, 2) != simris_timeline_get_result (changed, 1));
  g_assert_cmpint (simris_result_get_amount_month (simris_timeline_get_result (changed, 1)), ==, 43503);
  g_assert_cmpint (simris_result_get_amount_month (simris_timeline_get_result (changed, 2)), ==, 131420);
  g_assert_true (simris_timeline_has_change (changed, 2, "exemption"));
  g_assert_true (simris_timeline_has_change (changed, 2, "amount"));
  g_assert_true (simris_timeline_get_result (changed, 3) == simris_timeline_get_result (changed, 2));
  g_assert_cmpint (simris_timeline_get_total (changed), ==, 2 * 43503 + 2 * 131420);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cases = NULL;

  g_test_init (&argc, &argv, NULL);

  cases = g_test_build_filename (G_TEST_DIST, "cases", "timeline", NULL);
  add_folder (cases);
  g_test_add_func ("/simris/timeline/presence", test_presence);
  g_test_add_func ("/simris/timeline/compute-presence", test_compute_presence);
  g_test_add_func ("/simris/timeline/parse-month", test_parse_month);
  g_test_add_func ("/simris/timeline/limits", test_limits);
  g_test_add_func ("/simris/timeline/full-trace", test_full_trace);
  g_test_add_func ("/simris/timeline/added-row", test_added_row);
  g_test_add_func ("/simris/timeline/property-public", test_property_public);

  return g_test_run ();
}
