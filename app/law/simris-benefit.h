/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "simris-rules.h"

G_BEGIN_DECLS

/* Which benefit a case asks (docs/case-format.md "benefit", docs/calculation.md §15): the
 * integration income of the law of 26/05/2002, or the social aid equivalent to it that the
 * CPAS grants under art. 1 and 57 of the organic law of 08/07/1976 to a person the integration
 * income leaves out by its nationality condition (art. 3, 3° of the law of 26/05/2002). Same
 * categories, amounts and counting of resources; another legal basis, decision and appeal. */
typedef enum
{
  SIMRIS_BENEFIT_INTEGRATION_INCOME,
  SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID,
  SIMRIS_N_BENEFITS,
} SimrisBenefit;

/* The residence status of the applicant, in the words of the sources (bdas-wwsb.brussels 2.2.2;
 * adde.be "Revenu d'intégration"; droitsquotidiens.be): it decides which benefit, if any, the
 * CPAS can grant. UNKNOWN: not given in the case. */
typedef enum
{
  SIMRIS_RESIDENCE_STATUS_UNKNOWN,
  SIMRIS_RESIDENCE_STATUS_BELGIAN,
  SIMRIS_RESIDENCE_STATUS_EU_CITIZEN,
  SIMRIS_RESIDENCE_STATUS_POPULATION_REGISTER,
  SIMRIS_RESIDENCE_STATUS_REFUGEE_STATELESS_SUBSIDIARY,
  SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER,
  SIMRIS_RESIDENCE_STATUS_RECEPTION_STRUCTURE,
  SIMRIS_RESIDENCE_STATUS_NO_RIGHT_OF_STAY,
  SIMRIS_N_RESIDENCE_STATUSES,
} SimrisResidenceStatus;

/* Where a residence status leads. */
typedef enum
{
  SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME,  /* art. 3, 3° law 26/05/2002 */
  SIMRIS_BENEFIT_ROUTE_EQUIVALENT_AID,      /* art. 1 and 57, §1 LO 08/07/1976 */
  SIMRIS_BENEFIT_ROUTE_MATERIAL_AID,        /* art. 57ter LO; the reception structure gives material aid */
  SIMRIS_BENEFIT_ROUTE_URGENT_MEDICAL_AID,  /* art. 57, §2 LO: only urgent medical aid */
} SimrisBenefitRoute;

/* One row of the table of residence statuses (docs/law.md, "Which benefit"). */
typedef struct
{
  SimrisResidenceStatus status;
  const char           *name;       /* as in case files */
  SimrisBenefitRoute    route;
  SimrisAct             act;        /* the law of 26/05/2002 or the organic law of 08/07/1976 */
  const char           *article;    /* the article that decides it, without its act */
  const char           *label;      /* msgid: the status as the sources name it (the full form) */
  const char           *plain;      /* msgid: the same in the applicant's words (the guide's answer) */
  const char           *source;
  int                   figure;     /* SimrisConstantId the texts' %s shows (the EU citizen's months),
                                     * or SIMRIS_NO_FIGURE: read them through the two functions below */
} SimrisResidenceRule;

/* A condition of the integration income (art. 3 of the law of 26/05/2002) that the equivalent
 * aid does not keep, and what applies instead (docs/law.md, "Which benefit"). */
typedef struct
{
  const char           *condition;  /* the condition's code, SIMRIS_REASON_… */
  SimrisAct             act;
  const char           *article;    /* the article that applies instead, without its act */
  const char           *label;      /* msgid: what applies instead */
  const char           *source;
} SimrisEquivalentConditionRule;

const char            *simris_benefit_to_string          (SimrisBenefit          benefit);
gboolean               simris_benefit_from_string        (const char            *name,
                                                          SimrisBenefit         *out);
/* "integration income" / "equivalent social aid", in the SPP IS's terms. */
const char            *simris_benefit_get_label          (SimrisBenefit          benefit,
                                                          const char            *lang);

guint                  simris_benefit_n_residence_rules  (void);
const SimrisResidenceRule *
                       simris_benefit_nth_residence_rule (guint                  n);
const SimrisResidenceRule *
                       simris_benefit_residence_rule     (SimrisResidenceStatus  status);
const char            *simris_residence_status_to_string (SimrisResidenceStatus  status);
gboolean               simris_residence_status_from_string (const char          *name,
                                                          SimrisResidenceStatus *out);

/* The benefit a status gives, for the guide: TRUE with *benefit set when the CPAS can grant
 * the integration income or the equivalent aid; FALSE when neither applies (the route says
 * where to go). */
gboolean               simris_benefit_for_residence      (SimrisResidenceStatus  status,
                                                          SimrisBenefit         *benefit);
/* A sentence saying where a route leads and where to go, with its articles. */
const char            *simris_benefit_route_text         (SimrisBenefitRoute     route,
                                                          const char            *lang);
guint                  simris_benefit_n_equivalent_conditions (void);
const SimrisEquivalentConditionRule *
                       simris_benefit_nth_equivalent_condition (guint                  n);
/* The row for the condition of that code, or NULL when the equivalent aid keeps it. */
const SimrisEquivalentConditionRule *
                       simris_benefit_equivalent_condition (const char            *code);

/* The row's label and its plain form in lang, with the figure of the law they name. */
char                  *simris_benefit_residence_label    (const SimrisResidenceRule *rule,
                                                          const char            *lang);
char                  *simris_benefit_residence_plain    (const SimrisResidenceRule *rule,
                                                          const char            *lang);

/* "art. 57ter LO 08/07/1976" in a language: the row's article with its act. */
char                  *simris_benefit_format_article     (const SimrisResidenceRule *rule,
                                                          const char            *lang);

G_END_DECLS
