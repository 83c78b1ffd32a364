/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household.h"
#include "simris-parameters.h"
#include "simris-result.h"
#include "simris-rules.h"

G_BEGIN_DECLS

/* The right month by month over a period (docs/calculation.md §14): each month computed with
 * the situation of its first day and the resources present in it, what changed from the
 * month before, and the total. Immutable once computed; the decision draft's annex
 * ("amounts over the period") and the application's "Over time" view read it. */

#define SIMRIS_TIMELINE_MAX_MONTHS 120

#define SIMRIS_TIMELINE_ERROR (simris_timeline_error_quark ())

typedef enum
{
  SIMRIS_TIMELINE_ERROR_PERIOD,  /* the period is empty, too long or before the first amounts */
} SimrisTimelineError;

typedef enum
{
  SIMRIS_TIMELINE_FLAGS_NONE = 0,
  /* Every month gets its own exact trace. Without it, a month whose situation matches the
   * month before (same amounts row, regime, resources present, no threshold crossed) shares
   * that month's result: same figures, but the trace (and its reference date) of the
   * earlier month; simris_timeline_compute_month() gives the exact one. */
  SIMRIS_TIMELINE_FLAGS_FULL_TRACE = 1 << 0,
} SimrisTimelineFlags;

/* One change from the month before: a stable code and a sentence in the timeline's language.
 * Codes: "parameters" (new amounts: index step or base), "regime" (art. 34 rules), "birth",
 * "age" (a member comes of age), "resource_in", "resource_out", "spi_window",
 * "shortage_window", "exemption" (a dated exemption rule), "shares_household" (a person starts
 * or stops sharing the household), "custody" (a child's custody changes), "category", "eligibility",
 * "amount". Causes come first, then their effects (category, eligibility, amount). */
typedef struct
{
  char *code;
  char *text;
} SimrisTimelineChange;

#define SIMRIS_TYPE_TIMELINE (simris_timeline_get_type ())

G_DECLARE_FINAL_TYPE (SimrisTimeline, simris_timeline, SIMRIS, TIMELINE, GObject)

GQuark          simris_timeline_error_quark     (void);

/* Computes the months from the month of from to the month of to (any day of each), in lang
 * ("fr", "nl", "en" or NULL for the process's). Fails on an invalid case (as
 * simris_engine_compute) or a period that is empty, longer than SIMRIS_TIMELINE_MAX_MONTHS
 * or starts before the first amounts of the parameters. */
SimrisTimeline *simris_timeline_compute         (SimrisParameters    *params,
                                                 SimrisHousehold     *household,
                                                 SimrisDate           from,
                                                 SimrisDate           to,
                                                 const char          *lang,
                                                 SimrisTimelineFlags  flags,
                                                 GError             **error);
/* The same against another table of the law (rules NULL: the shipped one; the timeline keeps
 * its own copy), e.g. a test's copy with one more dated row. */
SimrisTimeline *simris_timeline_compute_with_rules (SimrisParameters      *params,
                                                    const SimrisRuleTable *rules,
                                                    SimrisHousehold       *household,
                                                    SimrisDate             from,
                                                    SimrisDate             to,
                                                    const char            *lang,
                                                    SimrisTimelineFlags    flags,
                                                    GError               **error);

const char     *simris_timeline_get_lang        (SimrisTimeline *self);
SimrisDate      simris_timeline_get_from        (SimrisTimeline *self);
SimrisDate      simris_timeline_get_to          (SimrisTimeline *self);
guint           simris_timeline_get_n_months    (SimrisTimeline *self);
/* The first day of month i. */
SimrisDate      simris_timeline_get_month       (SimrisTimeline *self,
                                                 guint           i);
/* Month i's result: its figures are exact; see SIMRIS_TIMELINE_FLAGS_FULL_TRACE for the trace. */
SimrisResult   *simris_timeline_get_result      (SimrisTimeline *self,
                                                 guint           i);
/* Element type SimrisTimelineChange; empty for the first month. */
GPtrArray      *simris_timeline_get_changes     (SimrisTimeline *self,
                                                 guint           i);
gboolean        simris_timeline_has_change      (SimrisTimeline *self,
                                                 guint           i,
                                                 const char     *code);
/* The sum of the monthly amounts, each already rounded to the cent (no pro rata). */
SimrisCents     simris_timeline_get_total       (SimrisTimeline *self);
/* Month i's exact result, with its own trace (a new reference). */
SimrisCents     simris_timeline_get_maintenance_aid_total (SimrisTimeline *self);
SimrisBenefit   simris_timeline_get_benefit     (SimrisTimeline *self);
SimrisResult   *simris_timeline_compute_month   (SimrisTimeline *self,
                                                 guint           i,
                                                 GError        **error);
/* docs/case-format.md, `timeline --json`: steps omitted unless steps. */
JsonNode       *simris_timeline_to_json         (SimrisTimeline *self,
                                                 gboolean        steps);

/* "2026-03" → 2026-03-01. */
gboolean        simris_timeline_parse_month     (const char     *text,
                                                 SimrisDate     *out);
/* "2026-03"; in French and Dutch "03/2026". */
char           *simris_timeline_format_month    (SimrisDate      month,
                                                 const char     *lang);

G_END_DECLS
