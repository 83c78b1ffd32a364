/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisReport"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-report-equivalent.h"

/* The decision on the financial social aid equivalent to the integration income (issue 29):
 * its legal basis is art. 1 and 57, §1 of the organic law of 08/07/1976 on the CPAS (LO), the
 * appeal lies to the labour court within three months under art. 71 LO (luttepauvrete.wallonie.be:
 * "Le recours à l'encontre d'une décision d'aide sociale est prévu à l'article 71 de la loi du
 * 8 juillet 1976"; bdas-wwsb.brussels 7.3), the CPAS decides within a month of the request; the
 * amounts are those of the integration income (bruxelles-j.be; mi-is.be), the State reimburses
 * them (law of 02/04/1965). An advance on a benefit claimed is recovered by subrogation (art.
 * 99, §2 LO). The terms are those of the SPP IS and the CPAS: "aide sociale financière
 * équivalente au revenu d'intégration" / "financiële maatschappelijke dienstverlening
 * gelijkwaardig aan het leefloon" (primabook.mi-is.be; vlaanderen.be "equivalent leefloon"). */

const char *
simris_report_benefit_text (SimrisBenefit        benefit,
                            SimrisReportWording  which,
                            const char          *lang)
{
  if (benefit != SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    return NULL;

  switch (which)
    {
    case SIMRIS_WORDING_TITLE:
      return simris_tr (lang, N_("Decision on social aid: financial social aid equivalent to the integration income"));
    case SIMRIS_WORDING_FACTS_APPLIED_ON:
      /* Translators: %1$s is the applicant's name, %2$s the date of birth, %3$s the date of the application. */
      return simris_tr (lang, N_("The applicant, %1$s (date of birth: %2$s), applied for social aid on %3$s."));
    case SIMRIS_WORDING_FACTS_APPLIED:
      /* Translators: %1$s is the applicant's name, %2$s the date of birth. */
      return simris_tr (lang, N_("The applicant, %1$s (date of birth: %2$s), applied for social aid."));
    case SIMRIS_WORDING_GRANT_ON:
      /* Translators: %1$s is the applicant's name, %2$s the category, %3$s the date of the application. */
      return simris_tr (lang, N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                 "financial social aid equivalent to the integration income, at the rate of the "
                                 "category “%2$s”, from %3$s, the date of the application."));
    case SIMRIS_WORDING_GRANT:
      /* Translators: %1$s is the applicant's name, %2$s the category. */
      return simris_tr (lang, N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                 "financial social aid equivalent to the integration income, at the rate of the "
                                 "category “%2$s”, from the date of the application (to be completed)."));
    case SIMRIS_WORDING_ADVANCE:
      return simris_tr (lang, N_("The aid is paid as an advance on these benefits. The CPAS is subrogated by law in "
                                 "the applicant's rights to them, up to the aid advanced for the same period (art. "
                                 "99, §2 of the organic law of 8 July 1976), and recovers it from the paying body."));
    case SIMRIS_WORDING_LEGAL_BASIS:
      return simris_tr (lang, N_("Legal basis: the organic law of 8 July 1976 on the public centres for social "
                                 "welfare, in particular art. 1 (the right to social aid, to live in human dignity) "
                                 "and 57, §1 (the aid the centre grants), the applicant not meeting the nationality "
                                 "condition of art. 3, 3° of the law of 26 May 2002; the categories and amounts of "
                                 "art. 14 of that law and the calculation of resources of the royal decree of 11 "
                                 "July 2002, which the CPAS applies to the equivalent aid; the law of 2 April 1965 "
                                 "on the State's reimbursement; the law of 29 July 1991 on the formal motivation of "
                                 "administrative acts; the law of 11 April 1995 establishing the Charter of the "
                                 "social insured."));
    case SIMRIS_WORDING_CONDITIONS_HEADER:
      return simris_tr (lang, N_("Condition of the equivalent aid"));
    case SIMRIS_WORDING_CATEGORY:
      /* Translators: %1$s is the category, %2$s its yearly amount, %3$s the yearly resources counted, %4$s the general exemption. */
      return simris_tr (lang, N_("The yearly amount of the category “%1$s”, as for the integration income (art. 14, "
                                 "§1 of the law of 26 May 2002), is %2$s. The resources counted amount to %3$s a "
                                 "year and the general exemption (art. 22, §2 of the royal decree) to %4$s. The "
                                 "calculation is set out in the annex. After its social inquiry the CPAS may grant "
                                 "more, or another form of aid, if the applicant needs it to live in human dignity."));
    case SIMRIS_WORDING_PROJECT:
      return simris_tr (lang, N_("The CPAS may accompany the aid with a support plan agreed with you, towards work, "
                                 "training or your other rights."));
    case SIMRIS_WORDING_HEARD:
      return simris_tr (lang, N_("You may ask, in writing, to be heard by the Special Committee for Social Services, "
                                 "assisted or represented by a person of your choice. Ask the social worker."));
    case SIMRIS_WORDING_DELAY:
      /* Translators: %s is a length of time, "1 month" (art. 71 LO). */
      return simris_tr (lang, N_("The CPAS decides within %s of the request and notifies its decision by "
                                 "registered letter or against receipt."));
    case SIMRIS_WORDING_APPEAL:
      /* Translators: %1$s is the labour court and its address, %2$s a length of time, "3 months". */
      return simris_tr (lang, N_("You may appeal against this decision to the labour court: %1$s. The appeal must be "
                                 "lodged within %2$s of the notification of this decision, by a request filed "
                                 "at or sent by registered letter to the registry of the labour court (art. 71 of "
                                 "the organic law of 8 July 1976)."));
    case SIMRIS_WORDING_SUMMARY_YEAR:
      return simris_tr (lang, N_("Yearly equivalent aid (not below zero)"));
    case SIMRIS_WORDING_SUMMARY_MONTH:
      return simris_tr (lang, N_("Monthly equivalent aid: the yearly amount ÷ 12, rounded to the cent"));
    case SIMRIS_WORDING_SUMMARY_DUE:
      return simris_tr (lang, N_("Yearly equivalent aid due (a condition of the aid is not met)"));
    case SIMRIS_WORDING_PDF_TITLE_NAME:
      /* Translators: the PDF's title; %s is the applicant's name. */
      return simris_tr (lang, N_("Draft decision on the equivalent social aid: %s"));
    case SIMRIS_WORDING_PDF_TITLE:
      return simris_tr (lang, N_("Draft decision on the equivalent social aid"));
    case SIMRIS_WORDING_PDF_SUBJECT:
      return simris_tr (lang, N_("Equivalent social aid: reasoned decision draft (simulation)"));
    case SIMRIS_WORDING_PDF_KEYWORDS:
      return simris_tr (lang, N_("equivalent social aid, social aid, CPAS, draft decision"));
    default:
      return NULL;
    }
}

const char *
simris_report_benefit_refusal (SimrisBenefit  benefit,
                               gulong         n,
                               const char    *lang)
{
  if (benefit != SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    return NULL;
  /* Translators: %s is the applicant's name; the reasons follow, one a line. */
  return simris_ntr (lang,
                     "The Special Committee for Social Services refuses the financial social aid equivalent to "
                     "the integration income to the applicant, %s, for the following reason:",
                     "The Special Committee for Social Services refuses the financial social aid equivalent to "
                     "the integration income to the applicant, %s, for the following reasons:",
                     n);
}

void
simris_report_add_benefit_extras (SimrisPageLayout *doc,
                                  SimrisResult     *result,
                                  const char       *lang)
{
  SimrisCents paid, month, year;

  if (simris_result_get_eligible (result) && simris_result_get_piis_studies (result))
    {
      simris_page_layout_add_heading (doc, 2, simris_tr (lang, N_("Full-time studies")));
      /* Art. 11, §2, a) of the law of 26 May 2002 (ocmw-info-cpas.be, "PIIS études de plein exercice"). */
      simris_page_layout_add_para_text (doc, simris_tr (lang, N_("The right rests on an individualised social "
                                                                 "integration project (PIIS) for full-time studies "
                                                                 "(art. 11, §2, a) of the law of 26 May 2002), the "
                                                                 "Committee finding that the studies increase the "
                                                                 "applicant's chances of finding work. The student "
                                                                 "job is exempted as art. 35, §2 of the royal decree "
                                                                 "provides, for the whole duration of the studies.")));
    }

  if (simris_result_get_maintenance_aid (result, &paid, &month, &year))
    {
      g_autofree char *p = simris_money_format (paid, lang);
      g_autofree char *m = simris_money_format (month, lang);
      g_autofree char *y = simris_money_format (year, lang);
      g_autofree char *share = simris_rules_constant_text (SIMRIS_CONST_MAINTENANCE_AID_PERCENT, lang);
      g_autofree char *s = NULL;

      simris_page_layout_add_heading (doc, 2, simris_tr (lang, N_("Specific aid for maintenance paid for children")));
      /* Translators: %1$s the maintenance paid a month, %2$s the aid a month, %3$s the aid over a year,
       * %4$s its share of the maintenance paid ("50 %", the table's figure). */
      s = g_strdup_printf (simris_tr (lang, N_("The applicant pays %1$s a month of maintenance for their children. "
                                               "On proof of each payment, the CPAS grants, beside the amount above, "
                                               "the specific aid of art. 68quinquies of the organic law of 8 July "
                                               "1976: %4$s of the maintenance paid in the month, at most %2$s a "
                                               "month and %3$s a year.")),
                           p, m, y, share);
      simris_page_layout_add_para_text (doc, s);
    }
}

