/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The stable codes of the result object and the option names of a case file
 * (docs/case-format.md): one place, so the engine, the case-file reader, the report and the
 * form never spell them twice. */

/* Case options (docs/case-format.md, "options"). */
#define SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS "count_ascendants_descendants"
#define SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS    "count_maintenance_debtors"
#define SIMRIS_OPTION_ART34_REGIME                 "art34_regime"
#define SIMRIS_OPTION_REFORM_MAF_EXEMPT            "reform_maf_exempt"
#define SIMRIS_OPTION_SPLIT_APPLICANT_SHARE        "split_applicant_share"
#define SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES "isolated_if_partner_without_resources"
/* docs/calculation.md §2.2 and §5.1 (who lives with whom). */
#define SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS "alternating_custody_alternate_months"
#define SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS      "applicants_share_excess"
/* An alternative that changes a fact of a member, not a CPAS option: its value is
 * {"member": id, "shares_household": bool} (docs/case-format.md, alternatives). */
#define SIMRIS_ALTERNATIVE_SHARES_HOUSEHOLD        "shares_household"
#define SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25   "student_exemption_under_25"
#define SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT "student_grant_covid_alignment"
/* Not an option but a case field: an alternative under the other benefit (issue 29). */
#define SIMRIS_OPTION_BENEFIT                      "benefit"

/* Warnings (result "warnings[].code"). */
#define SIMRIS_WARNING_NEWER_INDEX_MAY_APPLY       "newer_index_may_apply"
#define SIMRIS_WARNING_DERIVED_AMOUNTS             "derived_amounts"
#define SIMRIS_WARNING_USER_PARAMETERS_INVALID     "user_parameters_invalid"
#define SIMRIS_WARNING_USER_PARAMETERS             "user_parameters"
#define SIMRIS_WARNING_ASSUMED_CONDITION           "assumed_condition"
#define SIMRIS_WARNING_ALE_COUNT_MISSING           "ale_count_missing"
#define SIMRIS_WARNING_ART34_REGIME_NOT_IN_FORCE   "art34_regime_not_in_force"
#define SIMRIS_WARNING_ART34_2026_UNVERIFIED       "art34_2026_unverified"
#define SIMRIS_WARNING_NOT_MODELLED                "not_modelled"
#define SIMRIS_WARNING_CUSTODY_TO_CHECK            "custody_to_check"
#define SIMRIS_WARNING_OTHER_BENEFIT               "other_benefit_applies"
#define SIMRIS_WARNING_SPI_NOT_CLAIMED             "spi_not_claimed"

/* Ineligibility reasons and condition codes (result "ineligible_reasons", "assumed_conditions"). */
#define SIMRIS_REASON_AGE                          "age"
#define SIMRIS_REASON_RESIDENCE                    "residence"
#define SIMRIS_REASON_WILLING_TO_WORK              "willing_to_work"
#define SIMRIS_REASON_CLAIMS_OTHER_BENEFITS        "claims_other_benefits"
#define SIMRIS_REASON_RESOURCES                    "resources"
