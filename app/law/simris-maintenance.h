/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "simris-money.h"
#include "simris-parameters.h"

G_BEGIN_DECLS

/* The specific aid to a person on the integration income (or the equivalent aid) who pays
 * maintenance for their children under a court decision or an approved agreement: art.
 * 68quinquies of the organic law of 08/07/1976 (docs/calculation.md §16). Computed beside the
 * integration income, never counted in it: 50 % of what is paid in the month, at most the
 * monthly ceiling, and at most the yearly ceiling over a year (data/parameters.json). */
typedef struct
{
  SimrisCents paid_month;    /* what the applicant pays a month */
  SimrisCents amount_month;  /* the aid of a month */
  SimrisCents amount_year;   /* the aid over twelve such months */
  gboolean    month_capped;  /* the monthly ceiling applied */
  gboolean    year_capped;   /* the yearly ceiling applied */
} SimrisMaintenanceAid;

/* FALSE when nothing is paid or no ceiling is in force on the date. */
gboolean  simris_maintenance_aid_compute (SimrisCents           paid_month,
                                          const SimrisAmounts  *amounts,
                                          SimrisMaintenanceAid *out);
/* The sentence of the trace and of the decision: the arithmetic and its article. */
char     *simris_maintenance_aid_text    (const SimrisMaintenanceAid *aid,
                                          const SimrisAmounts        *amounts,
                                          const char                 *lang);
/* Why no aid although maintenance is paid: the right to the benefit is the first condition. */
const char *simris_maintenance_aid_refused_text (const char *lang);

G_END_DECLS
