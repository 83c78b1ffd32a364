/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "simris-benefit.h"
#include "simris-enums.h"
#include "simris-member.h"
#include "simris-money.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_HOUSEHOLD (simris_household_get_type ())

G_DECLARE_FINAL_TYPE (SimrisHousehold, simris_household, SIMRIS, HOUSEHOLD, GObject)

#define SIMRIS_HOUSEHOLD_ERROR (simris_household_error_quark ())

typedef enum
{
  SIMRIS_HOUSEHOLD_ERROR_INVALID,
  SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE,  /* a draft: a value is still missing */
} SimrisHouseholdError;

#define SIMRIS_MAX_MEMBERS 30
#define SIMRIS_MAX_RESOURCES 50
#define SIMRIS_MAX_PENDING_BENEFITS 50
#define SIMRIS_MAX_COUNT 1000000
/* Characters (docs/case-format.md): a member's name and a resource's label; other free texts. */
#define SIMRIS_MAX_NAME_LENGTH 200
#define SIMRIS_MAX_TEXT_LENGTH 2000

/* A case: a GListModel of SimrisMember plus the case-level fields.
 * Properties: "reference-date" (ISO string), "description",
 * options "count-ascendants-descendants" (bool, false), "count-maintenance-debtors"
 * (bool, true), "art34-regime" (string: a regime's name in the parameters, NULL by date),
 * "reform-maf-exempt" (bool, false), "isolated-partner-no-resources" (bool, false),
 * "split-applicant-share" (int percent, 50);
 * decision fields "cpas-name", "cpas-address", "application-date", "case-reference",
 * "social-worker", "tribunal-address", "cpas-postcode", "applicant-address",
 * "document-language" (strings or NULL).
 * Signal "changed": emitted after any change anywhere in the case (members, resources,
 * options) — the result view recomputes on it. */
GQuark           simris_household_error_quark      (void);
SimrisHousehold *simris_household_new              (void);
SimrisHousehold *simris_household_copy             (SimrisHousehold *self);
const char      *simris_household_get_reference_date (SimrisHousehold *self);
void             simris_household_set_reference_date (SimrisHousehold *self,
                                                    const char      *reference_date);
const char      *simris_household_get_description  (SimrisHousehold *self);
void             simris_household_set_description  (SimrisHousehold *self,
                                                    const char      *description);
void             simris_household_append           (SimrisHousehold *self,
                                                    SimrisMember    *member);
void             simris_household_insert           (SimrisHousehold *self,
                                                    guint            position,
                                                    SimrisMember    *member);
void             simris_household_remove           (SimrisHousehold *self,
                                                    guint            position);
void             simris_household_move             (SimrisHousehold *self,
                                                    guint            from,
                                                    guint            to);
SimrisMember    *simris_household_get_applicant    (SimrisHousehold *self);
SimrisMember    *simris_household_find_member      (SimrisHousehold *self,
                                                    const char      *id);
char            *simris_household_new_member_id    (SimrisHousehold *self);
gboolean         simris_household_has_kind         (SimrisHousehold    *self,
                                                    SimrisResourceKind  kind);

gboolean          simris_household_get_count_ascendants_descendants (SimrisHousehold *self);
void              simris_household_set_count_ascendants_descendants (SimrisHousehold *self,
                                                                     gboolean         value);
gboolean          simris_household_get_count_maintenance_debtors    (SimrisHousehold *self);
void              simris_household_set_count_maintenance_debtors    (SimrisHousehold *self,
                                                                     gboolean         value);
const char       *simris_household_get_art34_regime                 (SimrisHousehold *self);
void              simris_household_set_art34_regime                 (SimrisHousehold *self,
                                                                     const char      *value);
gboolean          simris_household_get_isolated_partner_no_resources (SimrisHousehold *self);
void              simris_household_set_isolated_partner_no_resources (SimrisHousehold *self,
                                                                      gboolean         value);
/* docs/calculation.md §2.2: the practice of alternating the rates month by month for a child
 * in alternating custody (default FALSE: the family rate every month, Cass. 27/06/2022). */
gboolean          simris_household_get_alternating_custody_alternate_months (SimrisHousehold *self);
void              simris_household_set_alternating_custody_alternate_months (SimrisHousehold *self,
                                                                             gboolean         value);
/* docs/calculation.md §5.1: several applicants share the counted excess of the same
 * cohabitants (default TRUE); FALSE counts the whole excess for each of them. */
gboolean          simris_household_get_applicants_share_excess      (SimrisHousehold *self);
void              simris_household_set_applicants_share_excess      (SimrisHousehold *self,
                                                                     gboolean         value);
gboolean          simris_household_get_reform_maf_exempt            (SimrisHousehold *self);
void              simris_household_set_reform_maf_exempt            (SimrisHousehold *self,
                                                                     gboolean         value);
int               simris_household_get_split_applicant_share        (SimrisHousehold *self);
void              simris_household_set_split_applicant_share        (SimrisHousehold *self,
                                                                     int              value);

/* Issue 29 (docs/case-format.md): "benefit", "residence_status", "maintenance_paid" (a month,
 * 0: none) and the options "student_exemption_under_25" (false) and
 * "student_grant_covid_alignment" (true). Setters emit "changed". */
SimrisBenefit     simris_household_get_benefit                      (SimrisHousehold *self);
void              simris_household_set_benefit                      (SimrisHousehold *self,
                                                                     SimrisBenefit    value);
SimrisResidenceStatus
                  simris_household_get_residence_status             (SimrisHousehold *self);
void              simris_household_set_residence_status             (SimrisHousehold       *self,
                                                                     SimrisResidenceStatus  value);
SimrisCents       simris_household_get_maintenance_paid_month       (SimrisHousehold *self);
void              simris_household_set_maintenance_paid_month       (SimrisHousehold *self,
                                                                     SimrisCents      value);
gboolean          simris_household_get_student_exemption_under_25   (SimrisHousehold *self);
void              simris_household_set_student_exemption_under_25   (SimrisHousehold *self,
                                                                     gboolean         value);
gboolean          simris_household_get_student_grant_covid_alignment (SimrisHousehold *self);
void              simris_household_set_student_grant_covid_alignment (SimrisHousehold *self,
                                                                      gboolean         value);

/* Decision fields ("decision" object of a case file; docs/calculation.md §10). name is one of
 * "cpas_name", "cpas_address", "application_date", "case_reference", "social_worker",
 * "tribunal_address", "applicant_address", "cpas_postcode". */
const char      *simris_household_get_decision_field (SimrisHousehold *self,
                                                      const char      *name);
void             simris_household_set_decision_field (SimrisHousehold *self,
                                                      const char      *name,
                                                      const char      *value);
const char * const *simris_household_decision_field_names (void);

G_END_DECLS

/* Validation lives in its own file; every user of the household may call it. */
#include "simris-household-check.h"
