/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisBenefit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-benefit.h"
#include "simris-codes.h"
#include "simris-i18n.h"

/* Which benefit the CPAS can grant, by residence status (docs/calculation.md §15). One table:
 * the engine, the decision, the guide and docs/law.md read it.
 *
 * - The integration income needs Belgian nationality, an EU citizen's (or family member's)
 *   right of stay of more than three months (SIMRIS_CONST_EU_STAY_MONTHS), registration as a foreigner in the population
 *   register, or the status of stateless person, recognised refugee or beneficiary of
 *   subsidiary protection (art. 3, 3° of the law of 26/05/2002; bdas-wwsb.brussels 2.2.2,
 *   "Que signifie la condition de nationalité ou de séjour ?", updated 01/10/2024).
 * - A foreigner with a legal stay who is not among them — typically registered in the
 *   foreigners' register, even with a long stay — may get the social aid equivalent to the
 *   integration income (same text of bdas-wwsb.brussels; adde.be "Revenu d'intégration";
 *   droitsquotidiens.be), under art. 1 and 57, §1 of the organic law of 08/07/1976 (LO).
 * - An applicant for international protection assigned to a reception structure receives
 *   material aid there, not social aid from a CPAS (art. 57ter LO; law of 12/01/2007 on the
 *   reception of asylum seekers; terralaboris.be, C. trav. Mons 18/12/2013, R.G. 2012/AM/480).
 * - A person without a right of stay gets neither, in principle only urgent medical aid
 *   (art. 57, §2 LO; bdas-wwsb.brussels 2.2.2 and 4.3.3). */

#define SOURCE_BDAS "bdas-wwsb.brussels 2.2.2 (updated 01/10/2024); adde.be, \"Revenu d'intégration\""

static const SimrisResidenceRule residence_rules[] = {
  { SIMRIS_RESIDENCE_STATUS_BELGIAN, "belgian", SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME,
    SIMRIS_ACT_LAW, "art. 3, 3°",
    N_("Belgian"),
    /* Translators: an answer of the guide to "What is your right to stay in Belgium?" */
    N_("I am Belgian"), SOURCE_BDAS, SIMRIS_NO_FIGURE },
  { SIMRIS_RESIDENCE_STATUS_EU_CITIZEN, "eu_citizen", SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME,
    SIMRIS_ACT_LAW, "art. 3, 3°",
    /* Translators: %s is a length, "3 months" (the table's figure) */
    N_("Citizen of the European Union, or a family member, with a right of stay of more than %s"),
    /* Translators: %s is a length, "3 months" (the table's figure) */
    N_("I am a citizen of another country of the European Union (or a family member) and live here for more than %s"),
    SOURCE_BDAS "; bdas-wwsb.brussels 11.1", SIMRIS_CONST_EU_STAY_MONTHS },
  { SIMRIS_RESIDENCE_STATUS_POPULATION_REGISTER, "population_register", SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME,
    SIMRIS_ACT_LAW, "art. 3, 3°",
    N_("Foreigner registered in the population register (settled, long-term resident)"),
    N_("I am a foreigner registered in the population register (for example settled or long-term resident)"),
    SOURCE_BDAS "; droitsquotidiens.be (cards C, D, K, L)", SIMRIS_NO_FIGURE },
  { SIMRIS_RESIDENCE_STATUS_REFUGEE_STATELESS_SUBSIDIARY, "refugee_stateless_subsidiary",
    SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME, SIMRIS_ACT_LAW, "art. 3, 3°",
    N_("Recognised refugee, stateless person or beneficiary of subsidiary protection"),
    N_("I am a recognised refugee, I have subsidiary protection, or I am stateless"), SOURCE_BDAS, SIMRIS_NO_FIGURE },
  { SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER, "foreigners_register", SIMRIS_BENEFIT_ROUTE_EQUIVALENT_AID,
    SIMRIS_ACT_LO, "art. 1, 57, §1",
    N_("Foreigner with a legal stay registered in the foreigners' register (limited or unlimited stay)"),
    N_("I am a foreigner with a stay registered in the foreigners' register (for example a limited stay)"),
    SOURCE_BDAS "; mi-is.be, \"(L'Equivalent du) Revenu d'Intégration\"", SIMRIS_NO_FIGURE },
  { SIMRIS_RESIDENCE_STATUS_RECEPTION_STRUCTURE, "reception_structure", SIMRIS_BENEFIT_ROUTE_MATERIAL_AID,
    SIMRIS_ACT_LO, "art. 57ter",
    N_("Applicant for international protection assigned to a reception structure"),
    N_("I asked for asylum and I am assigned to a reception centre"),
    "art. 57ter LO; law of 12/01/2007 on reception (medimmigrant.be, Justel); terralaboris.be "
    "(C. trav. Mons 18/12/2013, R.G. 2012/AM/480)", SIMRIS_NO_FIGURE },
  { SIMRIS_RESIDENCE_STATUS_NO_RIGHT_OF_STAY, "no_right_of_stay", SIMRIS_BENEFIT_ROUTE_URGENT_MEDICAL_AID,
    SIMRIS_ACT_LO, "art. 57, §2",
    N_("No right of stay in Belgium"),
    N_("I have no right to stay in Belgium (no papers, or an order to leave)"),
    SOURCE_BDAS " (urgent medical aid, 4.3.3)", SIMRIS_NO_FIGURE },
};

/* The integration income's conditions the equivalent aid sets aside (docs/calculation.md §15).
 *
 * - Age (art. 3, 2° of the law of 26/05/2002): social aid under art. 1 and 57, §1 LO has no age
 *   condition: "Ici, il n'y a donc pas de condition d'âge, ni de nationalité" (bdas-wwsb.brussels
 *   3.2, updated 01/10/2024; the aid may be asked instead of the integration income when its
 *   nationality, resources "et/ou d'âge" condition is not met); mi-is.be, "(L'Equivalent du)
 *   Revenu d'Intégration", FAQ on minors: individual social aid "n'est pas soumise à une
 *   condition de majorité". The State reimburses the social aid granted to a foreigner not
 *   registered in the population register up to the amount of art. 14, §1 of the law of
 *   26/05/2002 "pour la catégorie de personnes à laquelle appartient le bénéficiaire" (art. 5,
 *   §1 of the law of 02/04/1965, as quoted by wordscope.be): by category, with no age condition
 *   either. So a minor in need gets the equivalent aid at the amount of their category; the
 *   CPAS assesses the need in its social inquiry. */
static const SimrisEquivalentConditionRule equivalent_conditions[] = {
  { SIMRIS_REASON_AGE, SIMRIS_ACT_LO, "art. 1, 57, §1",
    N_("No age condition: a minor in need may get the equivalent aid, at the amount of their category; the State "
       "reimburses it up to that amount (art. 5 of the law of 2 April 1965)"),
    "bdas-wwsb.brussels 3.2 (updated 01/10/2024: \"pas de condition d'âge, ni de nationalité\"); mi-is.be, "
    "\"(L'Equivalent du) Revenu d'Intégration\", FAQ on minors; art. 5, §1 law 02/04/1965 as quoted by "
    "wordscope.be (up to art. 14, §1 DIS for the beneficiary's category)" },
};

static const char * const benefit_names[SIMRIS_N_BENEFITS] = {
  "integration_income", "equivalent_social_aid",
};

const char *
simris_benefit_to_string (SimrisBenefit benefit)
{
  g_return_val_if_fail (benefit < SIMRIS_N_BENEFITS, NULL);
  return benefit_names[benefit];
}

gboolean
simris_benefit_from_string (const char    *name,
                            SimrisBenefit *out)
{
  for (guint i = 0; i < SIMRIS_N_BENEFITS; i++)
    if (g_strcmp0 (name, benefit_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

/* The names the SPP IS and the CPAS/OCMW use: "revenu d'intégration" / "leefloon"; "aide
 * sociale financière équivalente au revenu d'intégration" / "financiële maatschappelijke
 * dienstverlening gelijkwaardig aan het leefloon" (primabook.mi-is.be, "Aide spécifique au
 * paiement de pensions alimentaires": "aide sociale financière similaire (équivalent du revenu
 * d'intégration)"; vlaanderen.be: "equivalent leefloon"). */
const char *
simris_benefit_get_label (SimrisBenefit  benefit,
                          const char    *lang)
{
  switch (benefit)
    {
    case SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID:
      /* Translators: FR "aide sociale financière équivalente au revenu d'intégration", NL "financiële maatschappelijke dienstverlening gelijkwaardig aan het leefloon" */
      return simris_tr (lang, N_("financial social aid equivalent to the integration income"));
    case SIMRIS_BENEFIT_INTEGRATION_INCOME:
    default:
      /* Translators: FR "revenu d'intégration", NL "leefloon" */
      return simris_tr (lang, N_("integration income"));
    }
}

guint
simris_benefit_n_residence_rules (void)
{
  return G_N_ELEMENTS (residence_rules);
}

const SimrisResidenceRule *
simris_benefit_nth_residence_rule (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (residence_rules), NULL);
  return &residence_rules[n];
}

const SimrisResidenceRule *
simris_benefit_residence_rule (SimrisResidenceStatus status)
{
  for (guint i = 0; i < G_N_ELEMENTS (residence_rules); i++)
    if (residence_rules[i].status == status)
      return &residence_rules[i];
  return NULL;
}

char *
simris_benefit_residence_label (const SimrisResidenceRule *rule,
                                const char                *lang)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return simris_rules_format_constant (rule->label, rule->figure, lang);
}

char *
simris_benefit_residence_plain (const SimrisResidenceRule *rule,
                                const char                *lang)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return simris_rules_format_constant (rule->plain, rule->figure, lang);
}

const char *
simris_residence_status_to_string (SimrisResidenceStatus status)
{
  const SimrisResidenceRule *r = simris_benefit_residence_rule (status);

  return r != NULL ? r->name : NULL;
}

gboolean
simris_residence_status_from_string (const char            *name,
                                     SimrisResidenceStatus *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (residence_rules); i++)
    if (g_strcmp0 (name, residence_rules[i].name) == 0)
      {
        *out = residence_rules[i].status;
        return TRUE;
      }
  return FALSE;
}

gboolean
simris_benefit_for_residence (SimrisResidenceStatus  status,
                              SimrisBenefit         *benefit)
{
  const SimrisResidenceRule *r = simris_benefit_residence_rule (status);

  if (r == NULL)
    return FALSE;
  switch (r->route)
    {
    case SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME:
      *benefit = SIMRIS_BENEFIT_INTEGRATION_INCOME;
      return TRUE;
    case SIMRIS_BENEFIT_ROUTE_EQUIVALENT_AID:
      *benefit = SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID;
      return TRUE;
    case SIMRIS_BENEFIT_ROUTE_MATERIAL_AID:
    case SIMRIS_BENEFIT_ROUTE_URGENT_MEDICAL_AID:
    default:
      return FALSE;
    }
}

const char *
simris_benefit_route_text (SimrisBenefitRoute  route,
                           const char         *lang)
{
  switch (route)
    {
    case SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME:
      return simris_tr (lang, N_("This status gives the right to the integration income (art. 3, 3° of the law "
                                 "of 26 May 2002)."));
    case SIMRIS_BENEFIT_ROUTE_EQUIVALENT_AID:
      return simris_tr (lang, N_("This status does not give the integration income, but the CPAS may grant the "
                                 "financial social aid equivalent to it (art. 1 and 57, §1 of the organic law of "
                                 "8 July 1976), with the same categories and amounts."));
    case SIMRIS_BENEFIT_ROUTE_MATERIAL_AID:
      return simris_tr (lang, N_("Neither the integration income nor the equivalent aid: a person assigned to a "
                                 "reception structure receives material aid there (art. 57ter of the organic law "
                                 "of 8 July 1976; law of 12 January 2007). Ask the reception structure or Fedasil."));
    case SIMRIS_BENEFIT_ROUTE_URGENT_MEDICAL_AID:
    default:
      return simris_tr (lang, N_("Neither the integration income nor the equivalent aid: without a right of stay, "
                                 "the CPAS grants in principle only urgent medical aid (art. 57, §2 of the organic "
                                 "law of 8 July 1976). A service specialised in foreigners' law can help."));
    }
}

guint
simris_benefit_n_equivalent_conditions (void)
{
  return G_N_ELEMENTS (equivalent_conditions);
}

const SimrisEquivalentConditionRule *
simris_benefit_nth_equivalent_condition (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (equivalent_conditions), NULL);
  return &equivalent_conditions[n];
}

const SimrisEquivalentConditionRule *
simris_benefit_equivalent_condition (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (equivalent_conditions); i++)
    if (g_strcmp0 (code, equivalent_conditions[i].condition) == 0)
      return &equivalent_conditions[i];
  return NULL;
}

char *
simris_benefit_format_article (const SimrisResidenceRule *rule,
                               const char                *lang)
{
  return simris_rules_format_article (rule->act, rule->article, lang);
}
