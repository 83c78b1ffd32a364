/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household.h"
#include "simris-parameters.h"

G_BEGIN_DECLS

/* The earnings sweep (docs/case-format.md, `simris-cli sweep`): one member's monthly net
 * earnings from `from` to `to` in steps of `step`, each point computed by the engine. Each
 * point sets the amount of the member's first monthly work resource (wage, self_employed,
 * student_job, in file order), keeping its spi_start; a monthly wage is added only when the
 * member has none. For each point: the RIS a month and the household's total monthly income
 * (simris_household_total_month: the household's monthly resources as received + the RIS). */

#define SIMRIS_SWEEP_DEFAULT_TO   ((SimrisCents) 250000)   /* 2 500,00 € */
#define SIMRIS_SWEEP_DEFAULT_STEP ((SimrisCents) 1000)     /* 10,00 € */
#define SIMRIS_SWEEP_MAX_POINTS   10001

#define SIMRIS_SWEEP_ERROR (simris_sweep_error_quark ())
typedef enum
{
  SIMRIS_SWEEP_ERROR_MEMBER,   /* no such member */
  SIMRIS_SWEEP_ERROR_RANGE,    /* from, to, step out of range or too many points */
} SimrisSweepError;

typedef struct
{
  SimrisCents earnings;      /* monthly net earnings of the member */
  SimrisCents ris_month;     /* the RIS a month (the whole amount, before any split) */
  SimrisCents total_month;   /* the household's monthly resources + the RIS */
} SimrisSweepPoint;

/* Where one more cent earned lowers the household's total income: between grid points index
 * and index + 1; at `earnings` (exact, to the cent) the total falls from total_before (one
 * cent less earned) to total_after. */
typedef struct
{
  guint       index;
  SimrisCents earnings;
  SimrisCents total_before;
  SimrisCents total_after;
} SimrisSweepDrop;

#define SIMRIS_TYPE_SWEEP (simris_sweep_get_type ())
G_DECLARE_FINAL_TYPE (SimrisSweep, simris_sweep, SIMRIS, SWEEP, GObject)

GQuark                  simris_sweep_error_quark       (void);
/* Fails when the case cannot be computed (its error), the member does not exist or the range
 * is empty or too large. The household is not modified. */
SimrisSweep            *simris_sweep_run               (SimrisParameters *params,
                                                        SimrisHousehold  *household,
                                                        const char       *member_id,
                                                        SimrisCents       from,
                                                        SimrisCents       to,
                                                        SimrisCents       step,
                                                        GError          **error);
const char             *simris_sweep_get_member_id     (SimrisSweep      *self);
guint                   simris_sweep_get_n_points      (SimrisSweep      *self);
const SimrisSweepPoint *simris_sweep_get_point         (SimrisSweep      *self,
                                                        guint             index);
/* The earnings up to which the RIS stays what it is at the sweep's first point: the
 * socio-professional exemption (docs/calculation.md §4.3), then the general exemption (§6),
 * absorb the earnings; beyond it each euro earned comes off the RIS. Exact to the cent. FALSE
 * when the RIS is nil from the start or never falls within the range. */
gboolean                simris_sweep_get_exemption_end (SimrisSweep      *self,
                                                        SimrisCents      *earnings);
/* The smallest earnings (exact to the cent) from which the RIS is nil to the end of the
 * range. FALSE when it never reaches zero within the range, or is nil from the start. */
SimrisBenefit           simris_sweep_get_benefit       (SimrisSweep      *self);
gboolean                simris_sweep_get_ris_zero      (SimrisSweep      *self,
                                                        SimrisCents      *earnings);
guint                   simris_sweep_get_n_drops       (SimrisSweep      *self);
const SimrisSweepDrop  *simris_sweep_get_drop          (SimrisSweep      *self,
                                                        guint             index);
/* "earnings;ris_month;total_month" then one line per point, dot decimals (docs/case-format.md). */
char                   *simris_sweep_to_csv            (SimrisSweep      *self);
/* A few sentences saying what the chart shows, in lang (screen readers, the decision annex). */
char                   *simris_sweep_dup_summary       (SimrisSweep      *self,
                                                        const char       *lang);

G_END_DECLS
