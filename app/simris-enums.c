/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisEnums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-enums.h"
#include "simris-i18n.h"

/* Stable names are those of docs/case-format.md; labels are gettext msgids (N_) translated per call. */

static const char * const relation_names[SIMRIS_N_RELATIONS] = {
  "applicant", "partner", "child", "parent", "grandparent", "grandchild", "sibling",
  "parent_in_law", "child_in_law", "former_partner", "other_relative", "unrelated",
};

static const char * const relation_labels[SIMRIS_N_RELATIONS] = {
  N_("Applicant"),
  /* Translators: spouse, legal or de facto partner */
  N_("Partner"),
  /* Translators: a child of the applicant or of the partner */
  N_("Child"),
  N_("Parent"),
  N_("Grandparent"),
  N_("Grandchild"),
  N_("Brother or sister"),
  N_("Parent-in-law"),
  N_("Son- or daughter-in-law"),
  N_("Former partner"),
  N_("Other relative"),
  N_("Not related"),
};

static const char * const period_names[SIMRIS_N_PERIODS] = { "month", "year", "once", "total" };

static const char * const period_labels[SIMRIS_N_PERIODS] = {
  N_("per month"),
  N_("per year"),
  /* Translators: a resource received once this year */
  N_("once"),
  /* Translators: the total of a capital or the cadastral income of a property */
  N_("total"),
};

typedef struct
{
  const char     *name;
  const char     *label;
  SimrisKindGroup group;
  const char     *help;
} KindInfo;

static const KindInfo kinds[SIMRIS_N_RESOURCE_KINDS] = {
  { "wage", N_("Wage"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Net pay from a job. Counted, but part of it is exempted when the job began while on the integration income.") },
  { "self_employed", N_("Self-employed income"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Net income from self-employment. Counted.") },
  { "student_job", N_("Student job"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Pay from a student job. For a full-time student, part of it is exempted for the whole duration of the studies.") },
  { "unemployment", N_("Unemployment benefit"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Unemployment benefit actually received. Counted in full.") },
  { "sickness", N_("Sickness or invalidity benefit"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Benefit from the health insurance fund. Counted in full.") },
  { "disability_allowance", N_("Income replacement allowance (disability)"), SIMRIS_KIND_GROUP_COUNTED,
    N_("The disability income replacement allowance. Counted in full.") },
  { "integration_allowance", N_("Integration allowance (disability)"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("The disability integration allowance. Exempt since 1 January 2022, counted before.") },
  { "pension", N_("Pension"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Retirement or survivor's pension, or income guarantee for the elderly. Counted in full.") },
  { "maintenance_self", N_("Maintenance received for oneself"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Maintenance paid to this person for themselves, e.g. by a former spouse. Counted when actually received.") },
  { "maintenance_children", N_("Maintenance for one's children"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Maintenance received for the unmarried children one raises. Exempt.") },
  { "family_allowance", N_("Family allowances for children one raises"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Child benefit received for the children this person raises. Exempt.") },
  { "family_allowance_self", N_("Family allowances received for oneself"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Family allowances this person receives for themselves. Counted.") },
  { "family_allowance_disability_supplement", N_("Family allowance supplement (disability)"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("The supplement of family allowances for a child with a disability. Exempt.") },
  { "family_allowance_for_applicant", N_("Family allowances received for the applicant"), SIMRIS_KIND_GROUP_SPECIAL,
    N_("Family allowances a member of the household receives for the applicant. Exempt under the 2002 rules, counted under the 2026 rules.") },
  { "cpas_aid", N_("Social aid from a CPAS"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Aid granted by a CPAS. Exempt.") },
  { "ale_cheques", N_("Local employment agency (ALE) cheques"), SIMRIS_KIND_GROUP_SPECIAL,
    N_("Pay for work with ALE cheques. Up to 6.00 € per cheque is exempt (4.10 € until 2022); enter the number of cheques.") },
  { "training_premium", N_("Vocational training premium"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Productivity or encouragement premium of an individual vocational training. Exempt.") },
  { "regional_housing_premium", N_("Regional housing premium"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Moving, installation or rent premium from a Region. Exempt.") },
  { "study_grant", N_("Study grant"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("A study grant. Exempt.") },
  { "foster_care_allowance", N_("Foster care allowance"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Allowance for a foster child placed in the family. Exempt.") },
  { "attendance_fee", N_("Attendance fee"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Attendance fees for taking part in official bodies. Exempt.") },
  { "irregular_gift", N_("Occasional gift"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("An occasional gift from someone who does not live with you and owes you no maintenance. Exempt.") },
  { "regular_gift", N_("Regular contribution or gift"), SIMRIS_KIND_GROUP_COUNTED,
    N_("A regular contribution, e.g. parents giving money every month. Counted.") },
  { "war_rent", N_("War pension or rent"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Pensions and rents for war victims and their families. Exempt.") },
  { "care_allowance", N_("Care allowance"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Allowance for help to the elderly or care budget. Exempt.") },
  { "tax_credit", N_("Tax credit"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("A refundable tax credit for children. Exempt.") },
  { "guardian_allowance", N_("Guardian's allowance"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Allowance paid to a guardian of an unaccompanied minor. Exempt.") },
  { "volunteer_allowance", N_("Volunteer expenses"), SIMRIS_KIND_GROUP_EXEMPT,
    N_("Expenses paid to a volunteer. Exempt.") },
  { "maf_refund", N_("Maximum billing (MAF) refund"), SIMRIS_KIND_GROUP_SPECIAL,
    N_("Health-care costs refunded under the maximum billing. Counted under the law as it stands; the 2008 proposal would exempt it.") },
  { "capital", N_("Savings and investments"), SIMRIS_KIND_GROUP_SPECIAL,
    /* xgettext:no-c-format */
    N_("The total of bank accounts and investments. Only a yearly return is counted: nothing on the first 6 200 €, 6 % up to 12 500 €, 10 % above.") },
  { "real_estate", N_("Real estate (cadastral income)"), SIMRIS_KIND_GROUP_SPECIAL,
    N_("The non-indexed cadastral income of a building you own, your home included. It is counted after a deduction of 750 € plus 125 € per child, times three.") },
  { "other", N_("Other resource"), SIMRIS_KIND_GROUP_COUNTED,
    N_("Any other resource. Counted in full; add a label saying what it is.") },
};

static const char * const category_names[4] = { NULL, "cohabitant", "isolated", "family" };

static const char * const category_labels[4] = {
  NULL,
  /* Translators: category 1 of the integration income (NL samenwonende) */
  N_("cohabitant"),
  /* Translators: category 2 of the integration income (NL alleenstaande) */
  N_("single person"),
  /* Translators: category 3 of the integration income (FR famille à charge, NL gezin ten laste) */
  N_("person with a family to support"),
};

static gboolean
lookup_name (const char * const *names,
             guint               n,
             const char         *str,
             guint              *out)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (names[i] != NULL && g_str_equal (names[i], str))
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
simris_relation_to_string (SimrisRelation relation)
{
  g_return_val_if_fail (relation < SIMRIS_N_RELATIONS, NULL);
  return relation_names[relation];
}

gboolean
simris_relation_from_string (const char     *str,
                             SimrisRelation *relation)
{
  guint v;

  if (!lookup_name (relation_names, SIMRIS_N_RELATIONS, str, &v))
    return FALSE;
  *relation = v;
  return TRUE;
}

const char *
simris_period_to_string (SimrisPeriod period)
{
  g_return_val_if_fail (period < SIMRIS_N_PERIODS, NULL);
  return period_names[period];
}

gboolean
simris_period_from_string (const char   *str,
                           SimrisPeriod *period)
{
  guint v;

  if (!lookup_name (period_names, SIMRIS_N_PERIODS, str, &v))
    return FALSE;
  *period = v;
  return TRUE;
}

const char *
simris_resource_kind_to_string (SimrisResourceKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
simris_resource_kind_from_string (const char         *str,
                                  SimrisResourceKind *kind)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < SIMRIS_N_RESOURCE_KINDS; i++)
    {
      if (g_str_equal (kinds[i].name, str))
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

SimrisKindGroup
simris_resource_kind_get_group (SimrisResourceKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS, SIMRIS_KIND_GROUP_COUNTED);
  return kinds[kind].group;
}

/* Work income that the socio-professional exemption may apply to (art. 35 AR). */
gboolean
simris_resource_kind_is_work (SimrisResourceKind kind)
{
  return kind == SIMRIS_RESOURCE_KIND_WAGE
         || kind == SIMRIS_RESOURCE_KIND_SELF_EMPLOYED
         || kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB;
}

const char *
simris_category_to_string (SimrisCategory category)
{
  g_return_val_if_fail (category >= 1 && category <= 3, NULL);
  return category_names[category];
}

const char *
simris_art34_regime_to_string (SimrisArt34Regime regime)
{
  switch (regime)
    {
    case SIMRIS_ART34_REGIME_2002:
      return "2002";
    case SIMRIS_ART34_REGIME_2026:
      return "2026";
    case SIMRIS_ART34_REGIME_AUTO:
    default:
      return NULL;
    }
}

const char *
simris_relation_get_label (SimrisRelation  relation,
                           const char     *lang)
{
  g_return_val_if_fail (relation < SIMRIS_N_RELATIONS, NULL);
  return simris_tr (lang, relation_labels[relation]);
}

const char *
simris_period_get_label (SimrisPeriod  period,
                         const char   *lang)
{
  g_return_val_if_fail (period < SIMRIS_N_PERIODS, NULL);
  return simris_tr (lang, period_labels[period]);
}

const char *
simris_resource_kind_get_label (SimrisResourceKind  kind,
                                const char         *lang)
{
  g_return_val_if_fail (kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS, NULL);
  return simris_tr (lang, kinds[kind].label);
}

const char *
simris_resource_kind_get_help (SimrisResourceKind  kind,
                               const char         *lang)
{
  g_return_val_if_fail (kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS, NULL);
  return simris_tr (lang, kinds[kind].help);
}

const char *
simris_category_get_label (SimrisCategory  category,
                           const char     *lang)
{
  g_return_val_if_fail (category >= 1 && category <= 3, NULL);
  return simris_tr (lang, category_labels[category]);
}
