/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "simris-date.h"
#include "simris-money.h"

static void
test_parse (void)
{
  SimrisCents c = -1;

  g_assert_cmpint (simris_money_parse ("5.10", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 510);
  g_assert_cmpint (simris_money_parse ("5.100", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 510);
  g_assert_cmpint (simris_money_parse ("5.1", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 510);
  g_assert_cmpint (simris_money_parse ("0", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 0);
  g_assert_cmpint (simris_money_parse ("5.123", &c), ==, SIMRIS_MONEY_PARSE_PRECISION);
  g_assert_cmpint (simris_money_parse ("-5", &c), ==, SIMRIS_MONEY_PARSE_NEGATIVE);
  g_assert_cmpint (simris_money_parse ("-0.00", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (simris_money_parse ("10000000.00", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 1000000000);
  g_assert_cmpint (simris_money_parse ("10000000.01", &c), ==, SIMRIS_MONEY_PARSE_TOO_LARGE);
  g_assert_cmpint (simris_money_parse ("99999999999999999999999", &c), ==, SIMRIS_MONEY_PARSE_TOO_LARGE);
  g_assert_cmpint (simris_money_parse ("abc", &c), ==, SIMRIS_MONEY_PARSE_SYNTAX);
  g_assert_cmpint (simris_money_parse ("", &c), ==, SIMRIS_MONEY_PARSE_SYNTAX);
  g_assert_cmpint (simris_money_parse ("1,5", &c), ==, SIMRIS_MONEY_PARSE_SYNTAX);
  g_assert_cmpint (simris_money_parse ("1.2.3", &c), ==, SIMRIS_MONEY_PARSE_SYNTAX);
}

static void
test_parse_user (void)
{
  SimrisCents c = -1;

  g_assert_cmpint (simris_money_parse_user ("1 234,50", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 123450);
  g_assert_cmpint (simris_money_parse_user ("1.234,5", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 123450);
  g_assert_cmpint (simris_money_parse_user ("1234.5", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 123450);
  g_assert_cmpint (simris_money_parse_user ("€ 1.234", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 123400);
  g_assert_cmpint (simris_money_parse_user ("300 €", &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 30000);
  g_assert_cmpint (simris_money_parse_user ("12,345", &c), ==, SIMRIS_MONEY_PARSE_PRECISION);
  g_assert_cmpint (simris_money_parse_user ("douze", &c), ==, SIMRIS_MONEY_PARSE_SYNTAX);
}

static void
test_double (void)
{
  SimrisCents c = -1;

  g_assert_cmpint (simris_money_from_double (5.1, &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 510);
  g_assert_cmpint (simris_money_from_double (0.29, &c), ==, SIMRIS_MONEY_PARSE_OK);
  g_assert_cmpint (c, ==, 29);
  g_assert_cmpint (simris_money_from_double (5.123, &c), ==, SIMRIS_MONEY_PARSE_PRECISION);
  g_assert_cmpint (simris_money_from_double (-1, &c), ==, SIMRIS_MONEY_PARSE_NEGATIVE);
  g_assert_cmpint (simris_money_from_double (1e300, &c), ==, SIMRIS_MONEY_PARSE_TOO_LARGE);
}

static void
test_format (void)
{
  g_autofree char *fr = simris_money_format (131420, "fr");
  g_autofree char *nl = simris_money_format (131420, "nl");
  g_autofree char *en = simris_money_format (131420, "en");
  g_autofree char *wire = simris_money_to_string (5);
  g_autofree char *big = simris_money_format (123456789, "fr");

  /* No-break spaces: a narrow one between the thousands and a plain one beside the sign. */
  g_assert_cmpstr (fr, ==, "1\u202f314,20\u00a0€");
  g_assert_cmpstr (nl, ==, "€\u00a01.314,20");
  g_assert_cmpstr (en, ==, "€1,314.20");
  g_assert_cmpstr (wire, ==, "0.05");
  g_assert_cmpstr (big, ==, "1\u202f234\u202f567,89\u00a0€");
  /* What is shown can be typed back. */
  {
    SimrisCents c = 0;

    g_assert_cmpint (simris_money_parse_user (big, &c), ==, SIMRIS_MONEY_PARSE_OK);
    g_assert_cmpint (c, ==, 123456789);
    g_assert_cmpint (simris_money_parse_user (nl, &c), ==, SIMRIS_MONEY_PARSE_OK);
    g_assert_cmpint (c, ==, 131420);
  }
  /* Whole euros for a chart's axis: the same separators, no cents (written here by hand). */
  {
    g_autofree char *whole_fr = simris_money_format_whole (500000, "fr");
    g_autofree char *whole_nl = simris_money_format_whole (500000, "nl");
    g_autofree char *zero_fr = simris_money_format_whole (0, "fr");

    g_assert_cmpstr (whole_fr, ==, "5\u202f000\u00a0€");
    g_assert_cmpstr (whole_nl, ==, "€\u00a05.000");
    g_assert_cmpstr (zero_fr, ==, "0\u00a0€");
  }
}

/* The law rounds half-up: bdas 7 068,60 / 12 = 589,05; 21 312,87 / 12 = 1 776,0725 → 1 776,07. */
static void
test_round (void)
{
  g_assert_cmpint (simris_money_div_round (706860, 12), ==, 58905);
  g_assert_cmpint (simris_money_div_round (2131287, 12), ==, 177607);
  g_assert_cmpint (simris_money_div_round (6, 12), ==, 1);
  g_assert_cmpint (simris_money_div_round (5, 12), ==, 0);
  /* 9 058,25 × 1,7758 = 16 085,640… */
  g_assert_cmpint (simris_money_mul_round (905825, 17758, 10000), ==, 1608564);
}

static void
test_dates (void)
{
  SimrisDate d;
  g_autofree char *fr = NULL;

  g_assert_true (simris_date_parse ("2024-02-29", &d));
  g_assert_false (simris_date_parse ("2025-02-29", &d));
  g_assert_false (simris_date_parse ("2025-13-01", &d));
  g_assert_false (simris_date_parse ("1899-12-31", &d));
  g_assert_false (simris_date_parse ("2101-01-01", &d));
  g_assert_false (simris_date_parse ("2025-3-1", &d));
  g_assert_true (simris_date_parse_user ("12/04/2001", &d));
  g_assert_cmpuint (d, ==, 20010412);
  g_assert_true (simris_date_parse_user (" 1.3.2026 ", &d));
  g_assert_cmpuint (d, ==, 20260301);
  g_assert_false (simris_date_parse_user ("31/02/2001", &d));
  fr = simris_date_format (20260301, "fr");
  g_assert_cmpstr (fr, ==, "01/03/2026");

  /* docs/calculation.md §13: born 29 February, one year older on 1 March of a common year. */
  g_assert_cmpint (simris_date_age_at (20080229, 20260228), ==, 17);
  g_assert_cmpint (simris_date_age_at (20080229, 20260301), ==, 18);
  g_assert_cmpint (simris_date_age_at (20080229, 20240229), ==, 16);
  /* 29 February + 3 years = 28 February (docs/calculation.md §4.3). */
  g_assert_cmpuint (simris_date_add_years (20240229, 3), ==, 20270228);
  g_assert_cmpuint (simris_date_add_months (20260301, 6), ==, 20260901);
  g_assert_cmpuint (simris_date_add_months (20250831, 6), ==, 20260228);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/simris/money/parse", test_parse);
  g_test_add_func ("/simris/money/parse-user", test_parse_user);
  g_test_add_func ("/simris/money/double", test_double);
  g_test_add_func ("/simris/money/format", test_format);
  g_test_add_func ("/simris/money/round", test_round);
  g_test_add_func ("/simris/money/dates", test_dates);
  return g_test_run ();
}
