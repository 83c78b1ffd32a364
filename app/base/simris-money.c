/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisMoney"

#include "config.h"

#include <math.h>
#include <string.h>

#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-language.h"

/* Parses "1234", "1234.5", "1234.50" (the case-file form, docs/case-format.md): digits, at most
 * one '.', at most two decimals judged by value ("5.100" is 5.10, "5.123" is refused). */
static SimrisMoneyParse
parse_digits (const char  *text,
              char         decimal_mark,
              const char  *group_marks,
              SimrisCents *out)
{
  const char *p = text;
  gboolean negative = FALSE;
  gboolean seen_digit = FALSE;
  gboolean in_decimals = FALSE;
  guint64 units = 0;
  guint decimals = 0;
  guint64 cents_part = 0;
  gboolean too_precise = FALSE;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  else if (*p == '+')
    p++;

  for (; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          guint d = *p - '0';
          seen_digit = TRUE;
          if (!in_decimals)
            {
              if (units > G_GUINT64_CONSTANT (100000000000))
                return SIMRIS_MONEY_PARSE_TOO_LARGE;
              units = units * 10 + d;
            }
          else
            {
              decimals++;
              if (decimals <= 2)
                cents_part = cents_part * 10 + d;
              else if (d != 0)
                too_precise = TRUE;
            }
        }
      else if (*p == decimal_mark && !in_decimals)
        in_decimals = TRUE;
      else if (group_marks != NULL && !in_decimals && strchr (group_marks, *p) != NULL)
        continue;
      else
        break;
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || !seen_digit)
    return SIMRIS_MONEY_PARSE_SYNTAX;

  if (decimals == 1)
    cents_part *= 10;

  if (negative && (units != 0 || cents_part != 0 || too_precise))
    return SIMRIS_MONEY_PARSE_NEGATIVE;
  if (too_precise)
    return SIMRIS_MONEY_PARSE_PRECISION;
  if (units * 100 + cents_part > (guint64) SIMRIS_CENTS_MAX)
    return SIMRIS_MONEY_PARSE_TOO_LARGE;

  *out = (SimrisCents) (units * 100 + cents_part);
  return SIMRIS_MONEY_PARSE_OK;
}

SimrisMoneyParse
simris_money_parse (const char  *text,
                    SimrisCents *out)
{
  g_return_val_if_fail (out != NULL, SIMRIS_MONEY_PARSE_SYNTAX);

  if (text == NULL)
    return SIMRIS_MONEY_PARSE_SYNTAX;
  return parse_digits (text, '.', NULL, out);
}

/* What people type: "1 234,50", "1.234,50", "1234.5", "€ 12", "12 €". A comma is the decimal
 * mark when present; otherwise a single '.' followed by one or two digits is. */
SimrisMoneyParse
simris_money_parse_user (const char  *text,
                         SimrisCents *out)
{
  g_autoptr(GString) clean = NULL;
  const char *last_dot;
  gboolean has_comma;

  g_return_val_if_fail (out != NULL, SIMRIS_MONEY_PARSE_SYNTAX);

  if (text == NULL)
    return SIMRIS_MONEY_PARSE_SYNTAX;

  clean = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x20AC || g_unichar_isspace (c) || c == 0x202F || c == 0x00A0 || c == '\'')
        continue;
      g_string_append_unichar (clean, c);
    }

  has_comma = strchr (clean->str, ',') != NULL;
  if (has_comma)
    return parse_digits (clean->str, ',', ".", out);

  last_dot = strrchr (clean->str, '.');
  if (last_dot != NULL && strchr (clean->str, '.') == last_dot && strlen (last_dot + 1) != 3)
    return parse_digits (clean->str, '.', NULL, out);

  /* "1.234" or "1.234.567": dots group thousands, as in Belgium. */
  return parse_digits (clean->str, '\0', ".", out);
}

/* A JSON number is a double: accepted when within 0.000001 € of a whole number of cents. */
SimrisMoneyParse
simris_money_from_double (double       value,
                          SimrisCents *out)
{
  double cents;
  double rounded;

  g_return_val_if_fail (out != NULL, SIMRIS_MONEY_PARSE_SYNTAX);

  if (!isfinite (value))
    return SIMRIS_MONEY_PARSE_SYNTAX;
  if (value < 0)
    return SIMRIS_MONEY_PARSE_NEGATIVE;
  if (value > (double) SIMRIS_CENTS_MAX / 100.0 + 0.000001)
    return SIMRIS_MONEY_PARSE_TOO_LARGE;

  cents = value * 100.0;
  rounded = round (cents);
  if (fabs (cents - rounded) > 0.0001)
    return SIMRIS_MONEY_PARSE_PRECISION;
  if (rounded > (double) SIMRIS_CENTS_MAX)
    return SIMRIS_MONEY_PARSE_TOO_LARGE;

  *out = (SimrisCents) rounded;
  return SIMRIS_MONEY_PARSE_OK;
}

/* "1234.56", "-3.05": the wire form (docs/case-format.md: exactly two decimals). */
char *
simris_money_to_string (SimrisCents cents)
{
  guint64 abs_cents = cents < 0 ? (guint64) (-cents) : (guint64) cents;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          cents < 0 ? "-" : "",
                          abs_cents / 100,
                          (guint) (abs_cents % 100));
}

/* The document formats of each language (data/languages.json), which never break across
 * lines: French "1 314,20 €" with a narrow no-break space (U+202F) between the thousands and a
 * no-break space (U+00A0) before the euro sign, as French typography and CLDR's "fr" have it;
 * Dutch "€ 1.314,20" with a no-break space after the sign; German "1.314,20 €" (CLDR de-BE);
 * English "€1,314.20". Written by hand (no printf): the trace formats thousands of amounts a
 * second. */
static char *
money_format (SimrisCents  cents,
              const char  *lang,
              gboolean     with_cents)
{
  const SimrisLanguage *language = simris_language_get (lang);
  guint64 abs_cents = cents < 0 ? (guint64) (-cents) : (guint64) cents;
  guint64 units = abs_cents / 100;
  guint cent = (guint) (abs_cents % 100);
  char digits[24];
  GString *out = g_string_sized_new (32);
  int n = 0;

  do
    {
      digits[n++] = '0' + units % 10;
      units /= 10;
    }
  while (units > 0);

  if (cents < 0)
    g_string_append (out, "\xe2\x88\x92"); /* U+2212 MINUS SIGN */
  g_string_append (out, language->currency_before);
  for (int i = n - 1; i >= 0; i--)
    {
      g_string_append_c (out, digits[i]);
      if (i > 0 && i % 3 == 0)
        g_string_append (out, language->thousands);
    }
  if (with_cents)
    {
      g_string_append (out, language->decimal);
      g_string_append_c (out, '0' + cent / 10);
      g_string_append_c (out, '0' + cent % 10);
    }
  g_string_append (out, language->currency_after);
  return g_string_free (out, FALSE);
}

char *
simris_money_format (SimrisCents  cents,
                     const char  *lang)
{
  return money_format (cents, lang, TRUE);
}

/* Whole euros (the cents dropped, not rounded), in the language's format: a chart's axis. */
char *
simris_money_format_whole (SimrisCents  cents,
                           const char  *lang)
{
  return money_format (cents, lang, FALSE);
}

/* numerator / denominator rounded half away from zero: the law's "rounded to the cent". */
SimrisCents
simris_money_div_round (SimrisCents numerator,
                        gint64      denominator)
{
  gboolean negative;
  guint64 n, d, q, r;

  g_return_val_if_fail (denominator != 0, 0);

  negative = (numerator < 0) != (denominator < 0);
  n = numerator < 0 ? (guint64) (-numerator) : (guint64) numerator;
  d = denominator < 0 ? (guint64) (-denominator) : (guint64) denominator;
  q = n / d;
  r = n % d;
  if (r * 2 >= d)
    q++;

  return negative ? -(SimrisCents) q : (SimrisCents) q;
}

/* cents × factor / divisor, rounded half-up once (e.g. base × coefficient / 10 000). */
SimrisCents
simris_money_mul_round (SimrisCents cents,
                        gint64      factor,
                        gint64      divisor)
{
  return simris_money_div_round (cents * factor, divisor);
}
