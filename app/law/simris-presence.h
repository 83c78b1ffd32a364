/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-date.h"
#include "simris-resource.h"

G_BEGIN_DECLS

/* Whether a resource exists in the month of a date (docs/calculation.md §14). */
typedef enum
{
  SIMRIS_PRESENCE_PRESENT,
  SIMRIS_PRESENCE_NOT_YET,          /* `from` after the month */
  SIMRIS_PRESENCE_ENDED,            /* `until` before the month */
  SIMRIS_PRESENCE_ONCE_OTHER_MONTH, /* a `once` resource counts in the month of its `from` only */
} SimrisPresence;

/* The first day of the month of date. */
SimrisDate      simris_date_month_start           (SimrisDate      date);

SimrisPresence  simris_resource_get_presence      (SimrisResource *resource,
                                                   SimrisDate      date);
gboolean        simris_resource_is_present        (SimrisResource *resource,
                                                   SimrisDate      date);
/* The trace's sentence for a resource left out of the month of date, in lang: who, what
 * (the resource's label as the trace shows it) and why. NULL when it is present. */
char           *simris_resource_dup_absence_text  (SimrisResource *resource,
                                                   SimrisDate      date,
                                                   const char     *who,
                                                   const char     *what,
                                                   const char     *lang);

G_END_DECLS
