/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "simris-benefit.h"
#include "simris-date.h"
#include "simris-enums.h"
#include "simris-money.h"

G_BEGIN_DECLS

/* What the trace's steps are about, so views can group or style them. */
typedef enum
{
  SIMRIS_STEP_PARAMETERS,
  SIMRIS_STEP_FACTS,
  SIMRIS_STEP_CONDITION,
  SIMRIS_STEP_CATEGORY,
  SIMRIS_STEP_RESOURCE,
  SIMRIS_STEP_EXEMPTION,
  SIMRIS_STEP_COHABITANTS,
  SIMRIS_STEP_TOTAL,
  SIMRIS_STEP_AMOUNT,
  SIMRIS_STEP_SPLIT,
  SIMRIS_STEP_ADVANCE,
  SIMRIS_STEP_NOTE,
} SimrisStepKind;

/* One step of the explanation trace: its legal reference, a plain sentence (in the
 * language the result was computed in) and, when it has one, an annual amount.
 * amount_sign: +1 adds to the resources or amount, -1 deducts, 0 informative. */
typedef struct
{
  SimrisStepKind kind;
  char          *rule;
  char          *text;
  gboolean       has_amount;
  SimrisCents    amount;
  int            amount_sign;
} SimrisStep;

typedef struct
{
  char *code;
  char *text;
} SimrisWarning;

typedef struct
{
  char        *option;       /* "reform_maf_exempt", "count_ascendants_descendants", … */
  JsonNode    *value;        /* the other value: a boolean or a string */
  SimrisCents  amount_year;
  SimrisCents  amount_month;
  char        *text;         /* what differs, in the result's language */
} SimrisAlternative;

/* One applicant's own amount when several adults of the household apply (docs/calculation.md
 * §5.1): the applicant first, then each member with "also_applies", in file order. */
typedef struct
{
  char        *member_id;
  char        *name;         /* the member's name, or its relation's label */
  gboolean     computed;     /* FALSE: SimRIS cannot put that member in the applicant's place */
  gboolean     eligible;
  SimrisCents  amount_year;
  SimrisCents  amount_month;
} SimrisApplicantAmount;

typedef struct
{
  SimrisResourceKind kind;
  char              *paying_body;   /* NULL when unknown */
  char              *member_id;
} SimrisAdvanceBenefit;

#define SIMRIS_TYPE_RESULT (simris_result_get_type ())

G_DECLARE_FINAL_TYPE (SimrisResult, simris_result, SIMRIS, RESULT, GObject)

const char        *simris_result_get_lang                  (SimrisResult *self);
SimrisDate         simris_result_get_reference_date        (SimrisResult *self);
SimrisDate         simris_result_get_parameters_date       (SimrisResult *self);
gboolean           simris_result_get_eligible              (SimrisResult *self);
/* Codes: "age", "residence", "willing_to_work", "claims_other_benefits", "resources". */
const char * const *simris_result_get_ineligible_reasons   (SimrisResult *self);
char              *simris_result_dup_reason_text           (SimrisResult *self,
                                                            const char   *code);
SimrisCategory     simris_result_get_category              (SimrisResult *self);
const char        *simris_result_get_category_reason       (SimrisResult *self);
/* The reason without its caveat (what the decision states), and the caveat alone: a reading
 * the courts dispute, for the note for the social worker (NULL when none). */
const char        *simris_result_get_category_finding      (SimrisResult *self);
const char        *simris_result_get_category_caveat       (SimrisResult *self);
SimrisCents        simris_result_get_category_amount_year  (SimrisResult *self);
SimrisCents        simris_result_get_category_amount_month (SimrisResult *self);
SimrisCents        simris_result_get_resources_counted_year (SimrisResult *self);
SimrisCents        simris_result_get_exemptions_year       (SimrisResult *self);
SimrisCents        simris_result_get_amount_year           (SimrisResult *self);
SimrisCents        simris_result_get_amount_month          (SimrisResult *self);
gboolean           simris_result_get_split                 (SimrisResult *self,
                                                            SimrisCents  *applicant,
                                                            SimrisCents  *partner);
int                simris_result_get_split_share           (SimrisResult *self);
/* Element type SimrisAdvanceBenefit; NULL when there is no advance. */
GPtrArray         *simris_result_get_advance               (SimrisResult *self);
/* Element type SimrisAlternative. */
GPtrArray         *simris_result_get_alternatives          (SimrisResult *self);
/* Element type SimrisApplicantAmount; empty unless several adults of the household apply. */
GPtrArray         *simris_result_get_applicants            (SimrisResult *self);
/* Element type SimrisStep. */
GPtrArray         *simris_result_get_steps                 (SimrisResult *self);
/* Element type SimrisWarning. */
GPtrArray         *simris_result_get_warnings              (SimrisResult *self);
gboolean           simris_result_has_warning               (SimrisResult *self,
                                                            const char   *code);
/* Conditions of art. 3 not answered in the case: "assumed met, to be checked by the CPAS". */
const char * const *simris_result_get_assumed_conditions   (SimrisResult *self);
/* Which art. 34 regime applied ("2002" or "2026") and why (a sentence). */
const char        *simris_result_get_art34_regime          (SimrisResult *self);
const char        *simris_result_get_art34_regime_reason   (SimrisResult *self);
/* Options the CPAS chose, as applied, each with a motivation sentence: element SimrisWarning
 * (code = option name, text = what was chosen and why). */
GPtrArray         *simris_result_get_options_applied       (SimrisResult *self);
/* What the case touches that SimRIS does not model (sentences). */
const char * const *simris_result_get_not_modelled         (SimrisResult *self);

JsonNode          *simris_result_to_json                   (SimrisResult *self);

/* Issue 29: the benefit the result is for (integration income or equivalent social aid);
 * whether the right rests on a PIIS for full-time studies (art. 11, §2, a) of the law); the
 * specific aid for maintenance paid for one's children (art. 68quinquies LO), computed beside
 * the benefit — FALSE when none. */
SimrisBenefit      simris_result_get_benefit               (SimrisResult *self);
gboolean           simris_result_get_piis_studies          (SimrisResult *self);
gboolean           simris_result_get_maintenance_aid       (SimrisResult *self,
                                                            SimrisCents  *paid_month,
                                                            SimrisCents  *amount_month,
                                                            SimrisCents  *amount_year);

G_END_DECLS
