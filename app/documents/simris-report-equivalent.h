/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-benefit.h"
#include "simris-household.h"
#include "simris-page-layout.h"
#include "simris-result.h"

G_BEGIN_DECLS

/* The decision's wording that depends on the benefit (issue 29, docs/calculation.md §15):
 * the decision on the equivalent social aid rests on the organic law of 08/07/1976 (art. 1,
 * 57, 71), not on the law of 26/05/2002. Each text keeps the placeholders of the integration
 * income's text it replaces. */
typedef enum
{
  SIMRIS_WORDING_TITLE,
  SIMRIS_WORDING_FACTS_APPLIED_ON,      /* %1$s name, %2$s birth date, %3$s application date */
  SIMRIS_WORDING_FACTS_APPLIED,         /* %1$s name, %2$s birth date */
  SIMRIS_WORDING_GRANT_ON,              /* %1$s name, %2$s category, %3$s application date */
  SIMRIS_WORDING_GRANT,                 /* %1$s name, %2$s category */
  SIMRIS_WORDING_ADVANCE,
  SIMRIS_WORDING_LEGAL_BASIS,
  SIMRIS_WORDING_CONDITIONS_HEADER,
  SIMRIS_WORDING_CATEGORY,              /* %1$s category, %2$s year, %3$s resources, %4$s exemption */
  SIMRIS_WORDING_PROJECT,               /* the PIIS bullet of the obligations */
  SIMRIS_WORDING_HEARD,
  SIMRIS_WORDING_DELAY,
  SIMRIS_WORDING_APPEAL,                /* %s the labour court and its address */
  SIMRIS_WORDING_SUMMARY_YEAR,
  SIMRIS_WORDING_SUMMARY_MONTH,
  SIMRIS_WORDING_SUMMARY_DUE,
  SIMRIS_WORDING_PDF_TITLE_NAME,        /* %s the applicant's name */
  SIMRIS_WORDING_PDF_TITLE,
  SIMRIS_WORDING_PDF_SUBJECT,
  SIMRIS_WORDING_PDF_KEYWORDS,
} SimrisReportWording;

/* The translated text for the equivalent aid, or NULL for the integration income: the
 * report then keeps its own. */
const char *simris_report_benefit_text    (SimrisBenefit        benefit,
                                           SimrisReportWording  which,
                                           const char          *lang);
/* The refusal's first sentence, for n reasons (%s the applicant's name); NULL as above. */
const char *simris_report_benefit_refusal (SimrisBenefit        benefit,
                                           gulong               n,
                                           const char          *lang);
/* After the decision's figures: the PIIS for full-time studies and the maintenance aid. */
void        simris_report_add_benefit_extras (SimrisPageLayout *doc,
                                              SimrisResult     *result,
                                              const char       *lang);

G_END_DECLS
