/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "simris-household.h"
#include "simris-parameters.h"
#include "simris-result.h"
#include "simris-scenario.h"

G_BEGIN_DECLS

/* The comparison view shows the base case and up to three scenarios. */
#define SIMRIS_COMPARE_MAX_COLUMNS 4

/* A step of one column that differs from the base case's (matched by kind and rule, then
 * by position among the steps of that kind and rule). */
typedef struct
{
  int             step;        /* index in this column's steps, -1 when absent here */
  int             base_step;   /* index in the base case's steps, -1 when absent there */
  SimrisStepKind  kind;
  char           *rule;
  char           *why;         /* a sentence saying why it differs, in the comparison's language */
} SimrisStepDiff;

typedef struct
{
  char            *name;        /* the scenario's name; the base case's column: "Base case" */
  SimrisScenario  *scenario;    /* NULL for the base case */
  SimrisHousehold *household;   /* the case the column computed */
  SimrisResult    *result;
  SimrisCents      total_month;
  GPtrArray       *changes;     /* char*: the scenario's changes as sentences */
  GPtrArray       *differs;     /* SimrisStepDiff*; in the base column, its steps that
                                 * differ in any scenario (why names the scenarios) */
} SimrisCompareColumn;

typedef struct _SimrisComparison SimrisComparison;

/* The base case and each scenario side by side (column 0 is the base case). Fails when the
 * base case cannot be computed; a scenario that cannot be applied fails with its path. */
SimrisComparison    *simris_scenario_compare        (SimrisParameters *params,
                                                     SimrisHousehold  *base,
                                                     GPtrArray        *scenarios,
                                                     const char       *lang,
                                                     GError          **error);
SimrisComparison    *simris_comparison_ref          (SimrisComparison *self);
void                 simris_comparison_unref        (SimrisComparison *self);
guint                simris_comparison_get_n_columns (SimrisComparison *self);
SimrisCompareColumn *simris_comparison_get_column   (SimrisComparison *self,
                                                     guint             index);
const char          *simris_comparison_get_lang     (SimrisComparison *self);
/* Whether column's step number step differs from the base (for highlighting); its diff. */
SimrisStepDiff      *simris_comparison_find_diff    (SimrisComparison *self,
                                                     guint             column,
                                                     guint             step);
/* { "simris_compare": 1, "scenarios": [ { "name", <result fields>, "total_month",
 *   "changes": [...], "differs": [ { "kind", "rule", "step", "base_step", "text" } ] } ] } */
JsonNode            *simris_comparison_to_json      (SimrisComparison *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SimrisComparison, simris_comparison_unref)

G_END_DECLS
