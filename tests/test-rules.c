/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "simris-benefit.h"
#include "simris-codes.h"
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-rules.h"

/* The law's table (app/law/simris-rules.c): dated rows, the conditions' articles, the shortage-
 * occupation exemption (built in code: the case-file field is read by another part), and the
 * plural forms of the core's catalogue reader. Expected figures are written out from
 * docs/calculation.md §3 and §4.3. */

/* A row with dates: the integration allowance is counted until 31/12/2021, exempt from 01/01/2022. */
static void
test_dated_rows (void)
{
  const SimrisKindRule *r;

  r = simris_rules_kind_rule (SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, 20211231);
  g_assert_cmpint (r->treatment, ==, SIMRIS_TREATMENT_COUNTED);
  r = simris_rules_kind_rule (SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, 20220101);
  g_assert_cmpint (r->treatment, ==, SIMRIS_TREATMENT_EXEMPT);
  g_assert_cmpstr (r->article, ==, "art. 22, §1");
  /* The form groups a kind under its newest treatment. */
  g_assert_cmpint (simris_resource_kind_get_group (SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE), ==,
                   SIMRIS_KIND_GROUP_EXEMPT);

  /* Every kind has a row, a name that reads back, a label and help. */
  for (int k = 0; k < SIMRIS_N_RESOURCE_KINDS; k++)
    {
      SimrisResourceKind back;

      g_assert_nonnull (simris_rules_kind_rule (k, 20250101));
      g_assert_true (simris_resource_kind_from_string (simris_resource_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_true (*simris_resource_kind_get_label (k, "en") != '\0');
      g_assert_true (*simris_resource_kind_get_help (k, "en") != '\0');
    }
  g_assert_cmpstr (simris_resource_kind_to_string (SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_FOR_APPLICANT), ==,
                   "family_allowance_for_applicant");
  g_assert_cmpstr (simris_relation_to_string (SIMRIS_RELATION_PARENT_IN_LAW), ==, "parent_in_law");

  /* Art. 35: the lower student amount ends on 31/12/2021, the shortage amount starts on 01/01/2024. */
  g_assert_nonnull (simris_rules_spi_rule (SIMRIS_SPI_STUDENT_GRANT, 20211231));
  g_assert_null (simris_rules_spi_rule (SIMRIS_SPI_STUDENT_GRANT, 20220101));
  g_assert_null (simris_rules_spi_rule (SIMRIS_SPI_SHORTAGE, 20231231));
  g_assert_nonnull (simris_rules_spi_rule (SIMRIS_SPI_SHORTAGE, 20240101));
}

/* The residence condition has one article, art. 3, 1° and 3° of the law (residence and the
 * right of stay), in the trace and in the reason alike. */
static void
test_condition_articles (void)
{
  g_autoptr(SimrisHousehold) h = simris_household_new ();
  g_autoptr(SimrisMember) a = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr(SimrisResult) result = NULL;
  g_autofree char *reason = NULL;
  GPtrArray *steps;
  gboolean found = FALSE;

  simris_member_set_condition (a, SIMRIS_CONDITION_RESIDENCE, SIMRIS_TRISTATE_NO);
  simris_household_append (h, a);
  simris_household_set_reference_date (h, "2025-03-01");
  result = simris_engine_compute (simris_parameters_get_default (), h, 0, "en", NULL);
  g_assert_nonnull (result);
  reason = simris_result_dup_reason_text (result, SIMRIS_REASON_RESIDENCE);
  g_assert_nonnull (strstr (reason, "art. 3, 1°, 3° law 26/05/2002"));
  steps = simris_result_get_steps (result);
  for (guint i = 0; i < steps->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (steps, i);
      if (g_str_has_prefix (s->text, "Residence"))
        {
          g_assert_cmpstr (s->rule, ==, "art. 3, 1°, 3° law 26/05/2002");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static SimrisHousehold *
shortage_household (const char *date,
                    const char *start)
{
  SimrisHousehold *h = simris_household_new ();
  g_autoptr(SimrisMember) a = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr(SimrisMember) c = simris_member_new ("c", SIMRIS_RELATION_CHILD, "2015-01-01");
  g_autoptr(SimrisResource) wage = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 150000, SIMRIS_PERIOD_MONTH);

  simris_resource_set_spi_start (wage, start);
  simris_resource_set_shortage_occupation_start (wage, start);
  simris_member_add_resource (a, wage);
  simris_household_append (h, a);
  simris_household_append (h, c);
  simris_household_set_reference_date (h, date);
  return h;
}

static gboolean
trace_has (SimrisResult *result,
           const char   *needle)
{
  GPtrArray *steps = simris_result_get_steps (result);

  for (guint i = 0; i < steps->len; i++)
    if (strstr (((SimrisStep *) g_ptr_array_index (steps, i))->text, needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Art. 35 §1 RD as amended by the AR of 23/11/2023: the higher exemption for 3 months from the
 * start of a job in a shortage occupation, from 01/01/2024. A famille-à-charge applicant
 * earning 1 500,00 a month (medenam.be's example: RIS 1 707,11, higher exemption 426,30). */
static void
test_shortage_occupation (void)
{
  SimrisParameters *params = simris_parameters_get_default ();
  g_autoptr(SimrisHousehold) in_window = shortage_household ("2024-03-01", "2024-02-01");
  g_autoptr(SimrisHousehold) after = shortage_household ("2024-05-01", "2024-02-01");
  g_autoptr(SimrisHousehold) before_law = shortage_household ("2023-12-15", "2023-12-01");
  g_autoptr(SimrisResult) r = NULL;
  g_autoptr(GError) error = NULL;

  /* 2024-03-01, index 1,6734: famille 20 485,33 a year (1 707,11 a month); higher exemption
   * 254,75 × 1,6734 = 426,298… = 426,30 a month. Counted (1 500 − 426,30) × 12 = 12 884,40;
   * below the amount, so the general exemption of 310: 12 574,40. 20 485,33 − 12 574,40 =
   * 7 910,93 a year; / 12 = 659,24 (medenam.be: 633,41 without the general exemption;
   * 633,41 + 310 / 12 = 659,24). */
  r = simris_engine_compute (params, in_window, 0, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_resources_counted_year (r), ==, 1288440);
  g_assert_cmpint (simris_result_get_amount_year (r), ==, 791093);
  g_assert_cmpint (simris_result_get_amount_month (r), ==, 65924);
  g_assert_true (trace_has (r, "shortage occupation applies from 2024-02-01 until 2024-04-30"));
  g_clear_object (&r);

  /* 2024-05-01 (start + 3 months): the ordinary exemption again, index 1,7069: 177,76 × 1,7069
   * = 303,42. (1 500 − 303,42) × 12 = 14 358,96; − 310 = 14 048,96; famille 20 895,43 −
   * 14 048,96 = 6 846,47; / 12 = 570,54. */
  r = simris_engine_compute (params, after, 0, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_resources_counted_year (r), ==, 1435896);
  g_assert_cmpint (simris_result_get_amount_month (r), ==, 57054);
  g_assert_false (trace_has (r, "shortage occupation"));
  g_clear_object (&r);

  /* Before 01/01/2024 the higher amount does not exist: 2023-12-15, index 1,6734, ordinary
   * 177,76 × 1,6734 = 297,46. (1 500 − 297,46) × 12 = 14 430,48; − 310 = 14 120,48;
   * 20 485,33 − 14 120,48 = 6 364,85; / 12 = 530,40. */
  r = simris_engine_compute (params, before_law, 0, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpint (simris_result_get_resources_counted_year (r), ==, 1443048);
  g_assert_cmpint (simris_result_get_amount_month (r), ==, 53040);
  g_clear_object (&r);

  /* Without the start of art. 35's exemption the wage gets no exemption at all, and the trace
   * says why: 2024-03-01, 1 500 × 12 = 18 000 counted; − 310 = 17 690; 20 485,33 − 17 690 =
   * 2 795,33; / 12 = 232,94. */
  {
    g_autoptr(SimrisHousehold) no_spi = shortage_household ("2024-03-01", "2024-02-01");
    g_autoptr(SimrisMember) a = g_list_model_get_item (G_LIST_MODEL (no_spi), 0);
    g_autoptr(SimrisResource) wage = g_list_model_get_item (simris_member_get_resources (a), 0);

    simris_resource_set_spi_start (wage, NULL);
    r = simris_engine_compute (params, no_spi, 0, "en", &error);
    g_assert_no_error (error);
    g_assert_cmpint (simris_result_get_resources_counted_year (r), ==, 1800000);
    g_assert_cmpint (simris_result_get_amount_month (r), ==, 23294);
    g_assert_true (trace_has (r, "the higher exemption applies only with the conditions"));
  }
}

/* The parameters reproduce the exemption amounts the sources printed (docs/calculation.md §4.3). */
static void
test_spi_amounts (void)
{
  SimrisParameters *params = simris_parameters_get_default ();
  SimrisAmounts a;

  /* Student with a grant: 49,58 × 1,3728 = 68,06 (2017-06-01); × 1,4282 = 70,81 (2020-03-01). */
  g_assert_true (simris_parameters_lookup (params, 20170601, &a, NULL));
  g_assert_cmpint (a.spi_student_grant_month, ==, 6806);
  g_assert_cmpint (a.spi_shortage_month, ==, 0);
  g_assert_true (simris_parameters_lookup (params, 20200301, &a, NULL));
  g_assert_cmpint (a.spi_student_grant_month, ==, 7081);
  /* Shortage occupation: 254,75 × 1,6734 = 426,30 (2024-01-01); × 1,7410 = 443,52 (2025-02-01). */
  g_assert_true (simris_parameters_lookup (params, 20240101, &a, NULL));
  g_assert_cmpint (a.spi_shortage_month, ==, 42630);
  g_assert_true (simris_parameters_lookup (params, 20250201, &a, NULL));
  g_assert_cmpint (a.spi_shortage_month, ==, 44352);
}

/* simris_ntr: English by the rule n != 1; French (n > 1) and Dutch through the catalogues'
 * plural entries, with a msgid that the catalogues already hold. */
static void
test_plurals (void)
{
  g_assert_cmpstr (simris_ntr ("en", "%d cheque", "%d cheques", 1), ==, "%d cheque");
  g_assert_cmpstr (simris_ntr ("en", "%d cheque", "%d cheques", 2), ==, "%d cheques");
  g_assert_cmpstr (simris_ntr ("en", "%d cheque", "%d cheques", 0), ==, "%d cheques");
  /* Not in the catalogue: the English forms, by the language's own rule (French: 0 is singular). */
  g_assert_cmpstr (simris_ntr ("fr", "%d widget", "%d widgets", 0), ==, "%d widget");
  g_assert_cmpstr (simris_ntr ("nl", "%d widget", "%d widgets", 0), ==, "%d widgets");
  /* The decision's ALE cheques: a plural entry of the catalogues (xgettext's keyword
   * simris_report_ntr:2,3, po/meson.build), not two singular ones. */
  g_assert_cmpstr (simris_ntr ("fr", "%d cheque", "%d cheques", 1), ==, "%d chèque");
  g_assert_cmpstr (simris_ntr ("fr", "%d cheque", "%d cheques", 40), ==, "%d chèques");
  g_assert_cmpstr (simris_ntr ("nl", "%d cheque", "%d cheques", 40), ==, "%d cheques");
  g_assert_cmpstr (simris_ntr ("fr", "%d year old", "%d years old", 1), ==, "%d an");
  g_assert_cmpstr (simris_ntr ("fr", "%d year old", "%d years old", 2), ==, "%d ans");
  g_assert_cmpstr (simris_ntr ("nl", "%d year old", "%d years old", 2), ==, "%d jaar");
}

/* The reference names every kind, condition and constant with its source. */
static void
test_dump (void)
{
  g_autofree char *md = simris_rules_dump ("en", TRUE);

  g_assert_nonnull (strstr (md, "| integration_allowance |"));
  g_assert_nonnull (strstr (md, "art. 3, 1°, 3° law 26/05/2002"));
  g_assert_nonnull (strstr (md, "spi_shortage_base_month"));
  g_assert_nonnull (strstr (md, "AR 23/11/2023"));
  g_assert_nonnull (strstr (md, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES));
  for (guint i = 0; i < SIMRIS_N_CONSTANTS; i++)
    g_assert_nonnull (strstr (md, simris_rules_constant_info (i)->name));
}

/* The shipped table: the rows of a kind never overlap (one row in force on any date), and the
 * dates the timeline recomputes on include the table's own: the integration allowance exempt
 * from 2022-01-01 (terralaboris.be), the student-grant amount of art. 35 §2 ending 2021-12-31, the
 * shortage-occupation exemption from 2024-01-01 (AR 23/11/2023). */
static void
test_change_dates (void)
{
  const SimrisRuleTable *table = simris_rule_table_get_default ();
  g_autoptr(GArray) dates = simris_rule_table_change_dates (table);
  gboolean has_2022 = FALSE, has_2024 = FALSE;

  for (guint i = 0; i < simris_rules_n_kind_rules (); i++)
    for (guint j = i + 1; j < simris_rules_n_kind_rules (); j++)
      {
        const SimrisKindRule *a = simris_rules_nth_kind_rule (i);
        const SimrisKindRule *b = simris_rules_nth_kind_rule (j);

        if (a->kind != b->kind)
          continue;
        /* Oldest first, and a ends before b starts. */
        g_assert_cmpuint (a->until, !=, 0);
        g_assert_cmpuint (b->from, >, a->until);
      }

  for (guint i = 0; i < dates->len; i++)
    {
      SimrisDate d = g_array_index (dates, SimrisDate, i);
      if (i > 0)
        g_assert_cmpuint (d, >, g_array_index (dates, SimrisDate, i - 1));
      has_2022 |= d == 20220101;
      has_2024 |= d == 20240101;
    }
  g_assert_true (has_2022);
  g_assert_true (has_2024);

  g_assert_false (simris_rules_age_is_adult (-1));
  g_assert_false (simris_rules_age_is_adult (17));
  /* Art. 3, 2° DIS: 18 years. */
  g_assert_true (simris_rules_age_is_adult (18));
  g_assert_cmpint (simris_rule_table_constant (table, SIMRIS_CONST_ADULT_AGE), ==, 18);
}

/* The kind search (issue 23): each word's first kind in each language, for a student or not.
 * "insertion", "inschakelingsuitkering", "wachtuitkering" are unemployment benefits (the
 * allocations d'insertion / inschakelingsuitkeringen are paid by the ONEM/RVA and counted,
 * art. 16 DIS), never the disability integration allowance, which is exempt since 2022. */
static void
test_kind_search (void)
{
  static const struct
  {
    const char        *query;
    const char        *lang;
    gboolean           student;
    SimrisResourceKind first;
  } cases[] = {
    { "job", "en", TRUE, SIMRIS_RESOURCE_KIND_STUDENT_JOB },
    { "job", "en", FALSE, SIMRIS_RESOURCE_KIND_WAGE },
    { "job", "fr", TRUE, SIMRIS_RESOURCE_KIND_STUDENT_JOB },
    { "job", "fr", FALSE, SIMRIS_RESOURCE_KIND_WAGE },
    { "job", "nl", TRUE, SIMRIS_RESOURCE_KIND_STUDENT_JOB },
    { "job", "nl", FALSE, SIMRIS_RESOURCE_KIND_WAGE },
    { "pension", "fr", FALSE, SIMRIS_RESOURCE_KIND_PENSION },
    { "pension", "en", FALSE, SIMRIS_RESOURCE_KIND_PENSION },
    { "pension", "nl", FALSE, SIMRIS_RESOURCE_KIND_PENSION },
    { "pensioen", "nl", FALSE, SIMRIS_RESOURCE_KIND_PENSION },
    { "pension alimentaire", "fr", FALSE, SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF },
    { "alloc", "fr", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "allowance", "en", FALSE, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE },
    { "insertion", "fr", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "insertion", "en", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "inschakelingsuitkering", "nl", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "wachtuitkering", "nl", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "wachtuitkering", "fr", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "integration", "en", FALSE, SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE },
    { "integratietegemoetkoming", "nl", FALSE, SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE },
    { "salaire", "fr", FALSE, SIMRIS_RESOURCE_KIND_WAGE },
    { "loon", "nl", FALSE, SIMRIS_RESOURCE_KIND_WAGE },
    { "chômage", "fr", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "werkloosheid", "nl", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "unemployment", "en", FALSE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT },
    { "ÉPARGNE", "fr", FALSE, SIMRIS_RESOURCE_KIND_CAPITAL },
    { "spaargeld", "nl", FALSE, SIMRIS_RESOURCE_KIND_CAPITAL },
    { "savings", "en", FALSE, SIMRIS_RESOURCE_KIND_CAPITAL },
    { "mutuelle", "fr", FALSE, SIMRIS_RESOURCE_KIND_SICKNESS },
    { "ziekenfonds", "nl", FALSE, SIMRIS_RESOURCE_KIND_SICKNESS },
    { "maison", "fr", FALSE, SIMRIS_RESOURCE_KIND_REAL_ESTATE },
    { "huis", "nl", FALSE, SIMRIS_RESOURCE_KIND_REAL_ESTATE },
    { "house", "en", FALSE, SIMRIS_RESOURCE_KIND_REAL_ESTATE },
    { "cpas", "fr", FALSE, SIMRIS_RESOURCE_KIND_CPAS_AID },
    { "ocmw", "nl", FALSE, SIMRIS_RESOURCE_KIND_CPAS_AID },
    { "ale", "fr", FALSE, SIMRIS_RESOURCE_KIND_ALE_CHEQUES },
    { "pwa", "nl", FALSE, SIMRIS_RESOURCE_KIND_ALE_CHEQUES },
    { "bourse", "fr", FALSE, SIMRIS_RESOURCE_KIND_STUDY_GRANT },
    { "kinderbijslag", "nl", FALSE, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE },
    { "allocations familiales", "fr", FALSE, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE },
    { "other", "en", FALSE, SIMRIS_RESOURCE_KIND_OTHER },
    { "autre", "fr", FALSE, SIMRIS_RESOURCE_KIND_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) found = simris_rules_kind_search (cases[i].query, cases[i].lang, cases[i].student);

      if (found->len == 0 || g_array_index (found, SimrisResourceKind, 0) != cases[i].first)
        g_error ("\"%s\" (%s%s) finds %s first, not %s", cases[i].query, cases[i].lang,
                 cases[i].student ? ", a student" : "",
                 found->len > 0 ? simris_rules_kind_name (g_array_index (found, SimrisResourceKind, 0)) : "nothing",
                 simris_rules_kind_name (cases[i].first));
      /* The trap: never the integration allowance for the unemployment words. */
      if (cases[i].first == SIMRIS_RESOURCE_KIND_UNEMPLOYMENT && !g_str_equal (cases[i].query, "alloc"))
        for (guint j = 0; j < found->len; j++)
          g_assert_cmpint (g_array_index (found, SimrisResourceKind, j), !=, SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE);
    }

  /* Nothing for nonsense; every kind, the common ones first, for nothing typed. */
  {
    g_autoptr(GArray) none = simris_rules_kind_search ("zzzz", "en", FALSE);
    g_autoptr(GArray) all = simris_rules_kind_search ("  ", "en", FALSE);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (all->len, ==, SIMRIS_N_RESOURCE_KINDS);
    g_assert_cmpint (g_array_index (all, SimrisResourceKind, 0), ==, SIMRIS_RESOURCE_KIND_WAGE);
  }
}

/* Every kind's row says how it is entered; the rows are in the enum's order. */
static void
test_kind_rows (void)
{
  for (int kind = 0; kind < SIMRIS_N_RESOURCE_KINDS; kind++)
    {
      g_assert_nonnull (simris_rules_kind_label (kind, "en"));
      g_assert_nonnull (simris_rules_kind_amount_title (kind, "en"));
      g_assert_cmpint (simris_rules_kind_is_total (kind), ==,
                       kind == SIMRIS_RESOURCE_KIND_CAPITAL || kind == SIMRIS_RESOURCE_KIND_REAL_ESTATE);
      g_assert_cmpint (simris_rules_kind_has_field (kind, SIMRIS_KIND_FIELD_COUNT), ==,
                       kind == SIMRIS_RESOURCE_KIND_ALE_CHEQUES);
    }
  g_assert_cmpstr (simris_rules_kind_amount_title (SIMRIS_RESOURCE_KIND_PENSION, "en"), ==, "Net Amount");
  g_assert_cmpstr (simris_rules_kind_guide_category (SIMRIS_RESOURCE_KIND_STUDENT_JOB), ==, "work");
  g_assert_null (simris_rules_kind_guide_category (SIMRIS_RESOURCE_KIND_OTHER));
  {
    g_autofree char *proof = simris_rules_kind_proof (SIMRIS_RESOURCE_KIND_WAGE, "fr");

    g_assert_nonnull (proof);
  }
}

/* Help texts take the law's figures from the table and the parameters, never typed in:
 * 6,00 € per ALE cheque from 01/01/2023 and 4,10 € until 31/12/2022 (art. 22 §1 d) RD; AR
 * 01/10/2023), 6 200 € and 12 500 € with 6 % and 10 % (art. 27 RD), 750 € plus 125 € per
 * child, times 3 (art. 24–25 RD), the integration allowance exempt since 01/01/2022. */
static void
test_kind_help_figures (void)
{
  static const char * const langs[] = { "en", "fr", "nl" };

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      const char *lang = langs[i];
      g_autofree char *six = simris_money_format (600, lang);
      g_autofree char *four = simris_money_format (410, lang);
      g_autofree char *end_2022 = simris_date_format (20221231, lang);
      g_autofree char *first_ceiling = simris_money_format (620000, lang);
      g_autofree char *second_ceiling = simris_money_format (1250000, lang);
      g_autofree char *abatement = simris_money_format (75000, lang);
      g_autofree char *per_child = simris_money_format (12500, lang);
      g_autofree char *since = simris_date_format (20220101, lang);
      const char *ale = simris_rules_kind_help (SIMRIS_RESOURCE_KIND_ALE_CHEQUES, lang);
      const char *capital = simris_rules_kind_help (SIMRIS_RESOURCE_KIND_CAPITAL, lang);
      const char *house = simris_rules_kind_help (SIMRIS_RESOURCE_KIND_REAL_ESTATE, lang);
      const char *integration = simris_rules_kind_help (SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, lang);

      g_assert_nonnull (strstr (ale, six));
      g_assert_nonnull (strstr (ale, four));
      g_assert_nonnull (strstr (ale, end_2022));
      g_assert_nonnull (strstr (capital, first_ceiling));
      g_assert_nonnull (strstr (capital, second_ceiling));
      g_assert_nonnull (strstr (capital, "6 %"));
      g_assert_nonnull (strstr (capital, "10 %"));
      g_assert_nonnull (strstr (house, abatement));
      g_assert_nonnull (strstr (house, per_child));
      g_assert_nonnull (strstr (integration, since));
      /* No help is left with a conversion of its own. */
      for (int kind = 0; kind < SIMRIS_N_RESOURCE_KINDS; kind++)
        {
          g_assert_null (strstr (simris_rules_kind_help (kind, lang), "%s"));
          g_assert_null (strstr (simris_rules_kind_help (kind, lang), "%d"));
        }
    }
}

/* The conditions' and readings' texts type no figure of the law: each shows the constant its
 * row names (the age of majority 18, art. 3, 2° of the law; the students' age limit 25, the
 * reading of droitsquotidiens.be), so the text changes with the constant. */
static void
test_condition_figures (void)
{
  const SimrisConditionRule *age = simris_rules_condition (SIMRIS_REASON_AGE);
  g_autofree char *label = NULL;
  g_autofree char *adult = g_strdup_printf ("%d", 18);
  g_autofree char *limit = g_strdup_printf ("%d", 25);
  gboolean student_seen = FALSE;

  g_assert_nonnull (age);
  g_assert_cmpint (age->figure, ==, SIMRIS_CONST_ADULT_AGE);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_ADULT_AGE), ==, 18);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_STUDENT_AGE_LIMIT), ==, 25);
  for (guint i = 0; i < simris_rules_n_conditions (); i++)
    {
      const SimrisConditionRule *c = simris_rules_nth_condition (i);

      g_assert_null (strstr (c->label, adult));
      g_assert_null (strstr (c->report_label, adult));
      g_assert_null (strstr (c->reason, adult));
    }
  label = simris_rules_format_figure (age->report_label, age->figure, "en");
  g_assert_true (g_str_has_prefix (label, "Age: 18 or over"));

  for (guint i = 0; i < simris_rules_n_readings (); i++)
    {
      const SimrisReadingRule *r = simris_rules_nth_reading (i);
      g_autofree char *text = simris_rules_format_figure (r->label, r->figure, "en");

      g_assert_null (strstr (r->label, limit));
      g_assert_null (strstr (text, "%d"));
      if (r->figure == SIMRIS_CONST_STUDENT_AGE_LIMIT)
        {
          student_seen = TRUE;
          g_assert_nonnull (strstr (text, "under 25"));
        }
    }
  g_assert_true (student_seen);
}

/* The delays and periods the documents name come from the table, each with its article: the
 * PIIS within 3 months of the grant (art. 11 of the law of 26 May 2002; bdas-wwsb.brussels
 * 2.2.5.3.1), social aid decided within a month (art. 71 LO; droitsquotidiens.be), the
 * transfers of goods of the last 10 years (art. 28 RD), the SPI's 3 years within 6 (art. 35 RD). */
static void
test_procedure_figures (void)
{
  static const struct { SimrisConstantId id; gint64 value; SimrisAct act; const char *text; } figures[] = {
    { SIMRIS_CONST_PIIS_MONTHS, 3, SIMRIS_ACT_LAW, "3 months" },
    { SIMRIS_CONST_AID_DECISION_MONTHS, 1, SIMRIS_ACT_LO, "1 month" },
    { SIMRIS_CONST_TRANSFER_YEARS, 10, SIMRIS_ACT_RD, "10 years" },
    { SIMRIS_CONST_SPI_WINDOW_YEARS, 6, SIMRIS_ACT_RD, "6 years" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      const SimrisConstant *c = simris_rules_constant_info (figures[i].id);
      g_autofree char *text = simris_rules_constant_text (figures[i].id, "en");

      g_assert_cmpint (c->value, ==, figures[i].value);
      g_assert_cmpint (c->act, ==, figures[i].act);
      g_assert_nonnull (c->article);
      g_assert_nonnull (c->source);
      g_assert_cmpstr (text, ==, figures[i].text);
    }
}

/* Issue 23: the texts that named a figure of the law in words show the table's constant in
 * every language: an EU citizen's right of stay of more than 3 months (art. 3, 3° of the law of
 * 26 May 2002; law of 15 December 1980, art. 40 ff.), the stay abroad told beforehand from 7 days
 * (art. 23, §5 of the law, programme law of 26 December 2015; primabook.mi-is.be "De voorwaarden"
 * 1.2.1), the proofs of the last 3 months (a CPAS practice, docs/calculation.md §10). */
static void
test_figures_in_words (void)
{
  static const char * const langs[] = { "en", "fr", "nl", "de" };
  static const struct { SimrisConstantId id; gint64 value; SimrisAct act; const char *article; const char *text; } figures[] = {
    { SIMRIS_CONST_EU_STAY_MONTHS, 3, SIMRIS_ACT_LAW, "art. 3, 3°", "3 months" },
    { SIMRIS_CONST_ABROAD_NOTICE_DAYS, 7, SIMRIS_ACT_LAW, "art. 23, §5", "7 days" },
    { SIMRIS_CONST_PROOF_MONTHS, 3, SIMRIS_ACT_READING, "§10", "3 months" },
  };
  const SimrisResidenceRule *eu = simris_benefit_residence_rule (SIMRIS_RESIDENCE_STATUS_EU_CITIZEN);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      const SimrisConstant *c = simris_rules_constant_info (figures[i].id);
      g_autofree char *text = simris_rules_constant_text (figures[i].id, "en");

      g_assert_cmpint (c->value, ==, figures[i].value);
      g_assert_cmpint (c->act, ==, figures[i].act);
      g_assert_cmpstr (c->article, ==, figures[i].article);
      g_assert_nonnull (c->source);
      g_assert_cmpstr (text, ==, figures[i].text);
    }

  /* The residence statuses type no figure; the EU citizen's shows the table's months. */
  g_assert_cmpint (eu->figure, ==, SIMRIS_CONST_EU_STAY_MONTHS);
  for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
    {
      const SimrisResidenceRule *r = simris_benefit_nth_residence_rule (i);

      g_assert_null (strstr (r->label, "three"));
      g_assert_null (strstr (r->plain, "three"));
      g_assert_null (strstr (r->label, "3"));
      g_assert_null (strstr (r->plain, "3"));
    }
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *months = simris_rules_constant_text (SIMRIS_CONST_EU_STAY_MONTHS, langs[l]);
      g_autofree char *label = simris_benefit_residence_label (eu, langs[l]);
      g_autofree char *plain = simris_benefit_residence_plain (eu, langs[l]);
      g_autofree char *proof = simris_rules_kind_proof (SIMRIS_RESOURCE_KIND_WAGE, langs[l]);
      g_autofree char *proof_months = simris_rules_constant_text (SIMRIS_CONST_PROOF_MONTHS, langs[l]);

      g_assert_nonnull (strstr (label, months));
      g_assert_nonnull (strstr (plain, months));
      g_assert_null (strstr (label, "%"));
      g_assert_null (strstr (plain, "%"));
      g_assert_nonnull (strstr (proof, proof_months));
      /* Every other kind's proof names no period and keeps no conversion. */
      for (int kind = 0; kind < SIMRIS_N_RESOURCE_KINDS; kind++)
        {
          g_autofree char *other = simris_rules_kind_proof (kind, langs[l]);

          g_assert_true (other == NULL || strstr (other, "%") == NULL);
        }
    }
  {
    g_autofree char *label = simris_benefit_residence_label (eu, "en");

    g_assert_cmpstr (label, ==, "Citizen of the European Union, or a family member, with a right of stay of more than 3 months");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simris/rules/dated-rows", test_dated_rows);
  g_test_add_func ("/simris/rules/condition-articles", test_condition_articles);
  g_test_add_func ("/simris/rules/shortage-occupation", test_shortage_occupation);
  g_test_add_func ("/simris/rules/spi-amounts", test_spi_amounts);
  g_test_add_func ("/simris/rules/plurals", test_plurals);
  g_test_add_func ("/simris/rules/dump", test_dump);
  g_test_add_func ("/simris/rules/change-dates", test_change_dates);
  g_test_add_func ("/simris/rules/kind-search", test_kind_search);
  g_test_add_func ("/simris/rules/procedure-figures", test_procedure_figures);
  g_test_add_func ("/simris/rules/kind-rows", test_kind_rows);
  g_test_add_func ("/simris/rules/kind-help-figures", test_kind_help_figures);
  g_test_add_func ("/simris/rules/condition-figures", test_condition_figures);
  g_test_add_func ("/simris/rules/figures-in-words", test_figures_in_words);

  return g_test_run ();
}
