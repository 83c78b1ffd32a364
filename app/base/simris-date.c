/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisDate"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "simris-date.h"
#include "simris-language.h"
#include "simris-i18n.h"

gboolean
simris_date_is_valid (guint year,
                      guint month,
                      guint day)
{
  return year <= G_MAXUINT16 && month <= 12 && day <= 31 && g_date_valid_dmy (day, month, year);
}

SimrisDate
simris_date_make (guint year,
                  guint month,
                  guint day)
{
  return year * 10000 + month * 100 + day;
}

guint
simris_date_year (SimrisDate date)
{
  return date / 10000;
}

guint
simris_date_month (SimrisDate date)
{
  return (date / 100) % 100;
}

guint
simris_date_day (SimrisDate date)
{
  return date % 100;
}

static gboolean
parse_uint (const char *p,
            gsize       len,
            guint      *out)
{
  guint v = 0;

  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* Exactly "yyyy-mm-dd", a real calendar date between 1900-01-01 and 2100-12-31. */
gboolean
simris_date_parse (const char *iso,
                   SimrisDate *out)
{
  guint y, m, d;
  SimrisDate date;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  if (!parse_uint (iso, 4, &y) || !parse_uint (iso + 5, 2, &m) || !parse_uint (iso + 8, 2, &d))
    return FALSE;
  if (!simris_date_is_valid (y, m, d))
    return FALSE;

  date = simris_date_make (y, m, d);
  if (date < SIMRIS_DATE_MIN || date > SIMRIS_DATE_MAX)
    return FALSE;

  if (out != NULL)
    *out = date;
  return TRUE;
}

/* What people type: "12/04/2001", "12-4-2001", "12.04.2001" (day first, as in Belgium) or ISO. */
gboolean
simris_date_parse_user (const char *text,
                        SimrisDate *out)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *stripped = NULL;
  guint d, m, y;
  SimrisDate date;

  if (text == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (text));
  if (simris_date_parse (stripped, out))
    return TRUE;

  parts = g_regex_split_simple ("[/.\\- ]+", stripped, 0, 0);
  if (g_strv_length (parts) != 3)
    return FALSE;
  if (!parse_uint (parts[0], strlen (parts[0]), &d)
      || !parse_uint (parts[1], strlen (parts[1]), &m)
      || !parse_uint (parts[2], strlen (parts[2]), &y)
      || strlen (parts[2]) != 4)
    return FALSE;
  if (!simris_date_is_valid (y, m, d))
    return FALSE;

  date = simris_date_make (y, m, d);
  if (date < SIMRIS_DATE_MIN || date > SIMRIS_DATE_MAX)
    return FALSE;
  if (out != NULL)
    *out = date;
  return TRUE;
}

char *
simris_date_to_iso (SimrisDate date)
{
  guint y = simris_date_year (date), m = simris_date_month (date), d = simris_date_day (date);
  char out[11];

  if (y > 9999)
    return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  out[0] = '0' + y / 1000;
  out[1] = '0' + y / 100 % 10;
  out[2] = '0' + y / 10 % 10;
  out[3] = '0' + y % 10;
  out[4] = '-';
  out[5] = '0' + m / 10;
  out[6] = '0' + m % 10;
  out[7] = '-';
  out[8] = '0' + d / 10;
  out[9] = '0' + d % 10;
  out[10] = '\0';
  return g_strdup (out);
}

/* dd/mm/yyyy in French and Dutch, dd.mm.yyyy in German (Belgian usage; the separator is the
 * language's, data/languages.json); ISO 8601 in English. */
char *
simris_date_format (SimrisDate  date,
                    const char *lang)
{
  const SimrisLanguage *language = simris_language_get (lang);
  guint d = simris_date_day (date), m = simris_date_month (date), y = simris_date_year (date);
  char separator;
  char out[11];

  if (language->date_separator == NULL || y > 9999)
    return simris_date_to_iso (date);
  separator = language->date_separator[0];
  /* dd/mm/yyyy, written by hand: the trace formats many dates. */
  out[0] = '0' + d / 10;
  out[1] = '0' + d % 10;
  out[2] = separator;
  out[3] = '0' + m / 10;
  out[4] = '0' + m % 10;
  out[5] = separator;
  out[6] = '0' + y / 1000;
  out[7] = '0' + y / 100 % 10;
  out[8] = '0' + y / 10 % 10;
  out[9] = '0' + y % 10;
  out[10] = '\0';
  return g_strdup (out);
}

/* docs/calculation.md §4.3 and §13: "spi_start + 3 years, same day; 29 February + 3 years = 28 February". */
static void
to_gdate (SimrisDate  date,
          GDate      *out)
{
  g_date_clear (out, 1);
  g_date_set_dmy (out, simris_date_day (date), simris_date_month (date), simris_date_year (date));
}

static SimrisDate
from_gdate (const GDate *date)
{
  return simris_date_make (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* GDate clamps the day to the month's last one: 29 February + 3 years = 28 February, as
 * docs/calculation.md §13 reads the SPI's 3 years. */
SimrisDate
simris_date_add_years (SimrisDate date,
                       guint      years)
{
  GDate d;

  to_gdate (date, &d);
  g_date_add_years (&d, years);
  return from_gdate (&d);
}

SimrisDate
simris_date_add_months (SimrisDate date,
                        guint      months)
{
  GDate d;

  to_gdate (date, &d);
  g_date_add_months (&d, months);
  return from_gdate (&d);
}

SimrisDate
simris_date_add_days (SimrisDate date,
                      int        days)
{
  GDate d;

  to_gdate (date, &d);
  if (days >= 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return from_gdate (&d);
}

/* Completed years at a date (docs/calculation.md §13): comparing (month, day) pairs makes someone born
 * on 29 February one year older on 1 March of a common year. */
int
simris_date_age_at (SimrisDate birth,
                    SimrisDate at)
{
  int age = (int) simris_date_year (at) - (int) simris_date_year (birth);

  if ((at % 10000) < (birth % 10000))
    age--;
  return age;
}

SimrisDate
simris_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return simris_date_make (g_date_time_get_year (now),
                           g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  SimrisDate x = *(const SimrisDate *) a, y = *(const SimrisDate *) b;

  return x < y ? -1 : x > y;
}

void
simris_dates_sort_unique (GArray *dates)
{
  guint n = 0;

  g_return_if_fail (dates != NULL);

  g_array_sort (dates, compare_dates);
  for (guint i = 0; i < dates->len; i++)
    if (n == 0 || g_array_index (dates, SimrisDate, i) != g_array_index (dates, SimrisDate, n - 1))
      g_array_index (dates, SimrisDate, n++) = g_array_index (dates, SimrisDate, i);
  g_array_set_size (dates, n);
}
