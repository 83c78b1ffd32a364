/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "simris-household.h"
#include "simris-parameters.h"
#include "simris-result.h"

G_BEGIN_DECLS

/* What-if scenarios (docs/case-format.md, "scenarios"): a scenario is a named list of changes
 * to the base case, saved in the case file as the optional top-level array
 *
 *   "scenarios": [ { "name": "Partner leaves", "changes": [ { "op": "remove_member", "member": "p" } ] } ]
 *
 * The changes apply in order to a copy of the base case. The ops:
 *   { "op": "set_option", "option": O, "value": V }
 *       O is an option of the case's "options" object: count_ascendants_descendants,
 *       count_maintenance_debtors, reform_maf_exempt (V a boolean); art34_regime (V "2002",
 *       "2026" or null = by the reference date); split_applicant_share (V a whole number 0–100).
 *   { "op": "set_amount", "member": ID, "resource": N, "amount": A }
 *       the amount of the member's resource number N (0 = the first, in file order); A as a
 *       case file's amount ("700.00" or 700).
 *   { "op": "remove_resource", "member": ID, "resource": N }
 *   { "op": "add_resource", "member": ID, "resource": { …a case file's resource… } }
 *   { "op": "remove_member", "member": ID }
 *       the member leaves the household (never the applicant); a member whose dependent_of
 *       named them loses it (docs/case-format.md: a child without dependent_of is the
 *       applicant's charge).
 *   { "op": "add_member", "member": { …a case file's member, with a new id… } }
 *   { "op": "set_date", "date": "YYYY-MM-DD" }
 *       moves the reference date (before or after an index step, the 2026 regime).
 * Unknown fields of a scenario or a change are kept (load and save round trip); an unknown op
 * is an error. At most SIMRIS_SCENARIO_MAX scenarios of SIMRIS_SCENARIO_MAX_CHANGES changes.
 * Errors name the path: `scenarios[1].changes[0].member: no such member "x"`. */

#define SIMRIS_SCENARIO_MAX 50
#define SIMRIS_SCENARIO_MAX_CHANGES 100

#define SIMRIS_TYPE_SCENARIO (simris_scenario_get_type ())
G_DECLARE_FINAL_TYPE (SimrisScenario, simris_scenario, SIMRIS, SCENARIO, GObject)

SimrisScenario  *simris_scenario_new              (const char      *name);
const char      *simris_scenario_get_name         (SimrisScenario  *self);
void             simris_scenario_set_name         (SimrisScenario  *self,
                                                   const char      *name);
guint            simris_scenario_get_n_changes    (SimrisScenario  *self);
/* The change as its JSON object (owned by the scenario). */
JsonObject      *simris_scenario_get_change       (SimrisScenario  *self,
                                                   guint            index);
/* Takes a reference on change; it is checked when the scenario is applied. */
void             simris_scenario_add_change       (SimrisScenario  *self,
                                                   JsonObject      *change);
void             simris_scenario_add_set_option   (SimrisScenario  *self,
                                                   const char      *option,
                                                   JsonNode        *value);
void             simris_scenario_add_set_amount   (SimrisScenario  *self,
                                                   const char      *member_id,
                                                   guint            resource,
                                                   SimrisCents      amount);
void             simris_scenario_add_remove_member (SimrisScenario *self,
                                                   const char      *member_id);
void             simris_scenario_add_set_date     (SimrisScenario  *self,
                                                   const char      *date);

/* A copy of base with the changes applied; path prefixes error messages
 * ("scenarios[1]"; NULL: none). */
SimrisHousehold *simris_scenario_apply            (SimrisScenario  *self,
                                                   SimrisHousehold *base,
                                                   const char      *path,
                                                   GError         **error);
/* One sentence per change, in lang, for people ("Partner leaves the household."). */
char            *simris_scenario_dup_change_text  (SimrisScenario  *self,
                                                   guint            index,
                                                   SimrisHousehold *base,
                                                   const char      *lang);

JsonNode        *simris_scenario_to_json          (SimrisScenario  *self);
SimrisScenario  *simris_scenario_from_json        (JsonNode        *node,
                                                   const char      *path,
                                                   GError         **error);

/* The case's saved scenarios (its extra top-level field "scenarios"), each checked against
 * the case: element type SimrisScenario; an empty array when there are none. */
GPtrArray       *simris_scenarios_load            (SimrisHousehold *household,
                                                   GError         **error);
/* Every saved scenario, also those that no longer apply (simris_scenario_get_problem() says
 * why; an entry that is not a scenario at all comes back as an empty one named by its
 * place); each knows its place in the case's list. NULL only when "scenarios" is not a list
 * of at most SIMRIS_SCENARIO_MAX. */
GPtrArray       *simris_scenarios_load_all        (SimrisHousehold *household,
                                                   GError         **error);
const char      *simris_scenario_get_problem      (SimrisScenario  *self);
int              simris_scenario_get_saved_index  (SimrisScenario  *self);
/* Adds to, or removes from, the case's list one entry, every other entry kept as it is. */
gboolean         simris_scenarios_append          (SimrisHousehold *household,
                                                   SimrisScenario  *scenario,
                                                   GError         **error);
gboolean         simris_scenarios_remove          (SimrisHousehold *household,
                                                   guint            index);
/* Writes scenarios (element SimrisScenario) into the case's extra fields; none removes the
 * field. The case emits "changed". */
void             simris_scenarios_store           (SimrisHousehold *household,
                                                   GPtrArray       *scenarios);

/* The household's total monthly income under result: the household's counted monthly
 * resources + the RIS (docs/case-format.md, sweep). See simris-scenario.c for exactly which
 * resources. */
SimrisCents      simris_household_total_month     (SimrisHousehold *household,
                                                   SimrisResult    *result);

G_END_DECLS
