/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Relation of a member to the applicant (docs/case-format.md, Member.relation). */
typedef enum
{
  SIMRIS_RELATION_APPLICANT,
  SIMRIS_RELATION_PARTNER,
  SIMRIS_RELATION_CHILD,
  SIMRIS_RELATION_PARENT,
  SIMRIS_RELATION_GRANDPARENT,
  SIMRIS_RELATION_GRANDCHILD,
  SIMRIS_RELATION_SIBLING,
  SIMRIS_RELATION_PARENT_IN_LAW, /*< nick=parent_in_law >*/
  SIMRIS_RELATION_CHILD_IN_LAW, /*< nick=child_in_law >*/
  SIMRIS_RELATION_FORMER_PARTNER, /*< nick=former_partner >*/
  SIMRIS_RELATION_OTHER_RELATIVE, /*< nick=other_relative >*/
  SIMRIS_RELATION_UNRELATED,
} SimrisRelation;

#define SIMRIS_N_RELATIONS (SIMRIS_RELATION_UNRELATED + 1)

/* Period of a resource (docs/case-format.md, resources[].period). */
typedef enum
{
  SIMRIS_PERIOD_MONTH,
  SIMRIS_PERIOD_YEAR,
  SIMRIS_PERIOD_ONCE,
  SIMRIS_PERIOD_TOTAL,
} SimrisPeriod;

#define SIMRIS_N_PERIODS (SIMRIS_PERIOD_TOTAL + 1)

/* Resource kinds (docs/case-format.md). Their legal treatment lives in the engine. */
typedef enum
{
  /* A draft's resource or pending benefit whose kind is not chosen yet (docs/case-format.md,
   * Drafts). Never in a complete case; no table is indexed by it. */
  SIMRIS_RESOURCE_KIND_NONE = -1,
  SIMRIS_RESOURCE_KIND_WAGE,
  SIMRIS_RESOURCE_KIND_SELF_EMPLOYED, /*< nick=self_employed >*/
  SIMRIS_RESOURCE_KIND_STUDENT_JOB, /*< nick=student_job >*/
  SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
  SIMRIS_RESOURCE_KIND_SICKNESS,
  SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE, /*< nick=disability_allowance >*/
  SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, /*< nick=integration_allowance >*/
  SIMRIS_RESOURCE_KIND_PENSION,
  SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF, /*< nick=maintenance_self >*/
  SIMRIS_RESOURCE_KIND_MAINTENANCE_CHILDREN, /*< nick=maintenance_children >*/
  SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, /*< nick=family_allowance >*/
  SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_SELF, /*< nick=family_allowance_self >*/
  SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_DISABILITY_SUPPLEMENT, /*< nick=family_allowance_disability_supplement >*/
  SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_FOR_APPLICANT, /*< nick=family_allowance_for_applicant >*/
  SIMRIS_RESOURCE_KIND_CPAS_AID, /*< nick=cpas_aid >*/
  SIMRIS_RESOURCE_KIND_ALE_CHEQUES, /*< nick=ale_cheques >*/
  SIMRIS_RESOURCE_KIND_TRAINING_PREMIUM, /*< nick=training_premium >*/
  SIMRIS_RESOURCE_KIND_REGIONAL_HOUSING_PREMIUM, /*< nick=regional_housing_premium >*/
  SIMRIS_RESOURCE_KIND_STUDY_GRANT, /*< nick=study_grant >*/
  SIMRIS_RESOURCE_KIND_FOSTER_CARE_ALLOWANCE, /*< nick=foster_care_allowance >*/
  SIMRIS_RESOURCE_KIND_ATTENDANCE_FEE, /*< nick=attendance_fee >*/
  SIMRIS_RESOURCE_KIND_IRREGULAR_GIFT, /*< nick=irregular_gift >*/
  SIMRIS_RESOURCE_KIND_REGULAR_GIFT, /*< nick=regular_gift >*/
  SIMRIS_RESOURCE_KIND_WAR_RENT, /*< nick=war_rent >*/
  SIMRIS_RESOURCE_KIND_CARE_ALLOWANCE, /*< nick=care_allowance >*/
  SIMRIS_RESOURCE_KIND_TAX_CREDIT, /*< nick=tax_credit >*/
  SIMRIS_RESOURCE_KIND_GUARDIAN_ALLOWANCE, /*< nick=guardian_allowance >*/
  SIMRIS_RESOURCE_KIND_VOLUNTEER_ALLOWANCE, /*< nick=volunteer_allowance >*/
  SIMRIS_RESOURCE_KIND_MAF_REFUND, /*< nick=maf_refund >*/
  SIMRIS_RESOURCE_KIND_CAPITAL,
  SIMRIS_RESOURCE_KIND_REAL_ESTATE, /*< nick=real_estate >*/
  SIMRIS_RESOURCE_KIND_OTHER,
} SimrisResourceKind;

#define SIMRIS_N_RESOURCE_KINDS (SIMRIS_RESOURCE_KIND_OTHER + 1)

/* Category of art. 14, §1 DIS. The values are the law's own numbers. */
typedef enum
{
  SIMRIS_CATEGORY_COHABITANT = 1,
  SIMRIS_CATEGORY_ISOLATED = 2,
  SIMRIS_CATEGORY_FAMILY = 3,
} SimrisCategory;

/* Who looks after a minor child (docs/case-format.md, members[].custody): "full" — the
 * child lives at the address all the time; "alternating" — alternating custody, the child
 * lives here part of the time (Cass., 27 June 2022, S.20.0015.F; docs/calculation.md §2.1). */
typedef enum
{
  SIMRIS_CUSTODY_FULL,
  SIMRIS_CUSTODY_ALTERNATING,
} SimrisCustody;

/* A yes/no answer that may be unknown (null in a case file). */
typedef enum
{
  SIMRIS_TRISTATE_UNKNOWN,
  SIMRIS_TRISTATE_NO,
  SIMRIS_TRISTATE_YES,
} SimrisTristate;

/* How a resource kind is grouped for people (the form's list): the legal treatment itself
 * is decided in the engine, which may depend on the date and options. */
typedef enum
{
  SIMRIS_KIND_GROUP_COUNTED,
  SIMRIS_KIND_GROUP_EXEMPT,
  SIMRIS_KIND_GROUP_SPECIAL,
} SimrisKindGroup;

/* Stable names, as in case files (snake_case). */
const char     *simris_relation_to_string        (SimrisRelation      relation);
gboolean        simris_relation_from_string      (const char         *str,
                                                  SimrisRelation     *relation);
const char     *simris_custody_to_string         (SimrisCustody       custody);
gboolean        simris_custody_from_string       (const char         *str,
                                                  SimrisCustody      *custody);
const char     *simris_period_to_string          (SimrisPeriod        period);
gboolean        simris_period_from_string        (const char         *str,
                                                  SimrisPeriod       *period);
const char     *simris_resource_kind_to_string   (SimrisResourceKind  kind);
gboolean        simris_resource_kind_from_string (const char         *str,
                                                  SimrisResourceKind *kind);
SimrisKindGroup simris_resource_kind_get_group   (SimrisResourceKind  kind);
gboolean        simris_resource_kind_is_work     (SimrisResourceKind  kind);
const char     *simris_category_to_string        (SimrisCategory      category);

/* Translated labels; lang is "fr", "nl", "en" or NULL for the process's language. */
const char     *simris_relation_get_label        (SimrisRelation      relation,
                                                  const char         *lang);
const char     *simris_period_get_label          (SimrisPeriod        period,
                                                  const char         *lang);
const char     *simris_resource_kind_get_label   (SimrisResourceKind  kind,
                                                  const char         *lang);
const char     *simris_resource_kind_get_help    (SimrisResourceKind  kind,
                                                  const char         *lang);
const char     *simris_category_get_label        (SimrisCategory      category,
                                                  const char         *lang);

G_END_DECLS
