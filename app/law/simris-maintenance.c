/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisMaintenance"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-i18n.h"
#include "simris-maintenance.h"
#include "simris-rules.h"

/* Art. 68quinquies LO 08/07/1976, in force 01/01/2005 (wordscope.be: "un article 68quinquies
 * est inséré à partir du 1 janvier 2005"), and its royal decree: "Le paiement de l'aide
 * spécifique se fait mensuellement et s'élève à 50 % du montant de la pension alimentaire,
 * payé pour ce mois, limitée au maximum à 91,67 EUR, à savoir un douzième du montant annuel
 * maximal de 1.100 EUR, fixé à l'article 68quinquies, § 3" (wordscope.be quoting it). The
 * conditions (primabook.mi-is.be, "Aide spécifique au paiement de pensions alimentaires en
 * faveur d'enfants"; droitsquotidiens.be, "Quel taux de RIS ai-je droit si je vis seul et paye
 * une contribution alimentaire ?"): a right to the integration income or to the equivalent aid,
 * even partial; maintenance owed under a court decision, an approved divorce agreement or a
 * placement decision; proof of the full payment. Not per child: the total paid. The rate is a
 * constant of the law's table, the ceilings dated parameters. */

gboolean
simris_maintenance_aid_compute (SimrisCents           paid_month,
                                const SimrisAmounts  *amounts,
                                SimrisMaintenanceAid *out)
{
  gint64 percent = simris_rules_constant (SIMRIS_CONST_MAINTENANCE_AID_PERCENT);
  SimrisCents half_month, half_year;

  memset (out, 0, sizeof *out);
  if (paid_month <= 0 || amounts->maintenance_aid_month_max <= 0 || amounts->maintenance_aid_year_max <= 0)
    return FALSE;

  out->paid_month = paid_month;
  /* 50 % of the month's payment, rounded half-up to the cent, at most the monthly ceiling. */
  half_month = simris_money_mul_round (paid_month, percent, 100);
  out->month_capped = half_month > amounts->maintenance_aid_month_max;
  out->amount_month = MIN (half_month, amounts->maintenance_aid_month_max);
  /* Over a year: twelve such months, at most the yearly ceiling (12 × 91,67 = 1 100,04). */
  half_year = 12 * out->amount_month;
  out->year_capped = half_year > amounts->maintenance_aid_year_max;
  out->amount_year = MIN (half_year, amounts->maintenance_aid_year_max);
  return TRUE;
}

char *
simris_maintenance_aid_text (const SimrisMaintenanceAid *aid,
                             const SimrisAmounts        *amounts,
                             const char                 *lang)
{
  g_autofree char *paid = simris_money_format (aid->paid_month, lang);
  g_autofree char *month = simris_money_format (aid->amount_month, lang);
  g_autofree char *year = simris_money_format (aid->amount_year, lang);
  g_autofree char *month_max = simris_money_format (amounts->maintenance_aid_month_max, lang);
  g_autofree char *year_max = simris_money_format (amounts->maintenance_aid_year_max, lang);
  int percent = (int) simris_rules_constant (SIMRIS_CONST_MAINTENANCE_AID_PERCENT);

  return g_strdup_printf (simris_tr (lang, N_("Specific aid for the maintenance paid for one's children, beside "
                                              "the benefit and not counted in it: %d %% of %s paid a month, at "
                                              "most %s a month and %s a year, i.e. %s a month and %s a year. The "
                                              "CPAS grants it on request, with the court decision or approved "
                                              "agreement and the proof of each payment.")),
                          percent, paid, month_max, year_max, month, year);
}

const char *
simris_maintenance_aid_refused_text (const char *lang)
{
  return simris_tr (lang, N_("Maintenance paid for one's children: the specific aid of the CPAS needs a right to "
                             "the integration income or to the equivalent aid, which this case does not give."));
}
