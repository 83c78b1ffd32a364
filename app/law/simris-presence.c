/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisPresence"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-i18n.h"
#include "simris-presence.h"

/* docs/calculation.md §14 [choice]: the RIS is a monthly right and a month counts whole. A
 * resource without `from`/`until` is present every month; with them, when [from, until]
 * overlaps the month at all (from ≤ the month's last day, until absent or ≥ its first day).
 * A `once` resource with `from` counts in the month of `from` only. A `year` resource is
 * present or not as a whole, like any other. */

SimrisDate
simris_date_month_start (SimrisDate date)
{
  return simris_date_make (simris_date_year (date), simris_date_month (date), 1);
}

SimrisPresence
simris_resource_get_presence (SimrisResource *resource,
                              SimrisDate      date)
{
  SimrisDate first = simris_date_month_start (date);
  SimrisDate next = simris_date_add_months (first, 1);
  SimrisDate from = 0, until = 0;
  gboolean has_from, has_until;

  g_return_val_if_fail (SIMRIS_IS_RESOURCE (resource), SIMRIS_PRESENCE_PRESENT);

  has_from = simris_date_parse (simris_resource_get_from (resource), &from);
  has_until = simris_date_parse (simris_resource_get_until (resource), &until);

  if (has_from && simris_resource_get_period (resource) == SIMRIS_PERIOD_ONCE)
    {
      if (from < first)
        return SIMRIS_PRESENCE_ONCE_OTHER_MONTH;
      if (from >= next)
        return SIMRIS_PRESENCE_NOT_YET;
      return SIMRIS_PRESENCE_PRESENT;
    }

  /* Dates are yyyymmdd integers: from ≤ last day ⇔ from < the next month's first day. */
  if (has_from && from >= next)
    return SIMRIS_PRESENCE_NOT_YET;
  if (has_until && until < first)
    return SIMRIS_PRESENCE_ENDED;
  return SIMRIS_PRESENCE_PRESENT;
}

gboolean
simris_resource_is_present (SimrisResource *resource,
                            SimrisDate      date)
{
  return simris_resource_get_presence (resource, date) == SIMRIS_PRESENCE_PRESENT;
}

char *
simris_resource_dup_absence_text (SimrisResource *resource,
                                  SimrisDate      date,
                                  const char     *who,
                                  const char     *what,
                                  const char     *lang)
{
  SimrisPresence presence = simris_resource_get_presence (resource, date);
  SimrisDate from = 0, until = 0;
  g_autofree char *from_text = NULL;
  g_autofree char *until_text = NULL;

  simris_date_parse (simris_resource_get_from (resource), &from);
  simris_date_parse (simris_resource_get_until (resource), &until);
  if (from != 0)
    from_text = simris_date_format (from, lang);
  if (until != 0)
    until_text = simris_date_format (until, lang);

  switch (presence)
    {
    case SIMRIS_PRESENCE_NOT_YET:
      /* Translators: a person, a resource, then the date it starts */
      return g_strdup_printf (simris_tr (lang, N_("%s — %s: left out, it only starts on %s, after this month.")),
                              who, what, from_text);
    case SIMRIS_PRESENCE_ENDED:
      /* Translators: a person, a resource, then the date it ended */
      return g_strdup_printf (simris_tr (lang, N_("%s — %s: left out, it ended on %s, before this month.")),
                              who, what, until_text);
    case SIMRIS_PRESENCE_ONCE_OTHER_MONTH:
      /* Translators: a person, a resource, then the date it was received */
      return g_strdup_printf (simris_tr (lang, N_("%s — %s: left out, received once on %s and counted in that "
                                                  "month only.")),
                              who, what, from_text);
    case SIMRIS_PRESENCE_PRESENT:
    default:
      return NULL;
    }
}
