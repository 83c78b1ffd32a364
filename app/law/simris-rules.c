/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisRules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-benefit.h"
#include "simris-codes.h"
#include "simris-enum-types.h"
#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-parameters.h"
#include "simris-rules.h"

/* The law in one table (docs/calculation.md §1–§9, §13). Articles are those of the law of
 * 26/05/2002 (DIS) or of the royal decree of 11/07/2002 (RD); each row names the source
 * its reading was checked against. Labels are gettext msgids (N_), translated per call. */

/* ---- Resource kinds: names (docs/case-format.md), labels, help -------------------------- */

/* Per kind, everything the form, the guide, the summary and the search need beside its rows of
 * the law: labels and help (msgids), how its amount is entered, its extra fields, the proof the
 * CPAS asks (the usual proofs of the social inquiry, art. 16 DIS: the CPAS checks every
 * resource), the words people search it by (folded: lower case, no accents) and the guide's
 * plain category. Names are the enum's nicks (simris-enums.h annotations), as in case files. */
typedef struct
{
  SimrisResourceKind kind;
  const char        *label;
  const char        *help;
  SimrisKindAmount   amount;
  guint              fields;     /* SimrisKindField */
  const char        *proof;      /* msgid, or NULL: "Proof of: <label>"; a %s shows the proof
                                  * period (SIMRIS_CONST_PROOF_MONTHS) */
  const char        *words[3];   /* fr, nl, en */
  const char        *guide;      /* the guide's category, or NULL */
  int                common;     /* rank among the kinds most people have, or -1 */
} KindInfo;

static const KindInfo kinds[] = {
  { SIMRIS_RESOURCE_KIND_WAGE,
    N_("Wage"),
    /* Translators: %s is a length, "3 months" (the parameters' figure) */
    N_("Net pay from a job. Counted, but part of it is exempted when the job began while on the integration income, and a higher part for the first %s of a job in a shortage occupation."),
    SIMRIS_KIND_AMOUNT_NET, SIMRIS_KIND_FIELD_SHORTAGE_START,
    /* Translators: %s is a length, "3 months" (the table's figure) */
    N_("Pay slips of the last %s"),
    { "salaire paie travail emploi job remuneration", "loon wedde werk job", "salary pay earnings job work" },
    "work", 0 },
  { SIMRIS_RESOURCE_KIND_SELF_EMPLOYED,
    N_("Self-employed income"),
    N_("Net income from self-employment. Counted."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    N_("The latest statement of income from self-employment (tax assessment or accountant)"),
    { "independant travailleur", "zelfstandige freelance", "freelance self employed" },
    NULL, 8 },
  { SIMRIS_RESOURCE_KIND_STUDENT_JOB,
    N_("Student job"),
    N_("Pay from a student job. For a full-time student, part of it is exempted for the whole duration of the studies."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    N_("The student job contract and its pay slips"),
    { "etudiant jobiste job", "student studentenjob jobstudent", "student job" },
    "work", 6 },
  { SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
    N_("Unemployment benefit"),
    N_("Unemployment benefit actually received. Counted in full."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    N_("A statement of the unemployment benefit paid, from the payment body"),
    { "chomage onem capac syndicat allocations d'insertion insertion", "werkloosheid werkloos rva hvw vakbond inschakelingsuitkering wachtuitkering", "unemployment jobless dole" },
    "unemployment", 1 },
  { SIMRIS_RESOURCE_KIND_SICKNESS,
    N_("Sickness or invalidity benefit"),
    N_("Benefit from the health insurance fund. Counted in full."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    N_("A statement of the benefit paid, from the health insurance fund"),
    { "maladie mutuelle mutualite inami incapacite invalidite", "ziekte ziek mutualiteit ziekenfonds riziv arbeidsongeschikt invaliditeit", "sickness sick illness invalidity health insurance" },
    "sickness", 2 },
  { SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE,
    N_("Income replacement allowance (disability)"),
    N_("The disability income replacement allowance. Counted in full."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    N_("A statement of the benefit paid, from the health insurance fund"),
    { "handicap handicape arr remplacement", "handicap inkomensvervangende ivt", "disability handicap replacement" },
    NULL, 9 },
  { SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE,
    N_("Integration allowance (disability)"),
    /* Translators: %s is the date its exemption began (the law's table) */
    N_("The disability integration allowance. Exempt since %s, counted before."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    NULL,
    { "handicap handicape integration", "handicap integratietegemoetkoming", "disability handicap integration" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_PENSION,
    N_("Pension"),
    N_("Retirement or survivor's pension, or income guarantee for the elderly. Counted in full."),
    SIMRIS_KIND_AMOUNT_NET, 0,
    N_("The pension statement showing the amount paid each month"),
    { "pension retraite grapa survie", "pensioen rustpensioen igo overlevingspensioen", "pension retirement survivor" },
    "pension", 7 },
  { SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF,
    N_("Maintenance received for oneself"),
    N_("Maintenance paid to this person for themselves, e.g. by a former spouse. Counted when actually received."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    N_("A written statement of the help the family gives each month"),
    { "pension alimentaire secal", "alimentatie onderhoudsgeld dava", "maintenance alimony" },
    NULL, 4 },
  { SIMRIS_RESOURCE_KIND_MAINTENANCE_CHILDREN,
    N_("Maintenance for one's children"),
    N_("Maintenance received for the unmarried children one raises. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "pension alimentaire enfants secal", "alimentatie onderhoudsgeld kinderen dava", "child maintenance support children" },
    NULL, 5 },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE,
    N_("Family allowances for children one raises"),
    N_("Child benefit received for the children this person raises. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    N_("The statement of the family allowances paid for the children"),
    { "allocations familiales famiris famiwal", "kinderbijslag groeipakket kindergeld", "family allowance child benefit" },
    "family_allowance", 3 },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_SELF,
    N_("Family allowances received for oneself"),
    N_("Family allowances this person receives for themselves. Counted."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "allocations familiales", "kinderbijslag groeipakket", "family allowance" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_DISABILITY_SUPPLEMENT,
    N_("Family allowance supplement (disability)"),
    N_("The supplement of family allowances for a child with a disability. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "allocations familiales handicap supplement", "kinderbijslag toeslag handicap", "family allowance disability supplement" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_FOR_APPLICANT,
    N_("Family allowances received for the applicant"),
    N_("Family allowances a member of the household receives for the applicant. Exempt under the 2002 rules, counted under the 2026 rules."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "allocations familiales", "kinderbijslag groeipakket", "family allowance" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_CPAS_AID,
    N_("Social aid from a CPAS"),
    N_("Aid granted by a CPAS. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "cpas aide sociale", "ocmw steun hulp", "social aid welfare" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_ALE_CHEQUES,
    N_("Local employment agency (ALE) cheques"),
    /* Translators: the amount exempt per cheque now, the amount before, then the last day of that amount */
    N_("Pay for work with ALE cheques. Up to %s per cheque is exempt (%s until %s); enter the number of cheques."),
    SIMRIS_KIND_AMOUNT_RECEIVED, SIMRIS_KIND_FIELD_COUNT,
    NULL,
    { "ale cheques titres", "pwa cheques", "ale cheques vouchers" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_TRAINING_PREMIUM,
    N_("Vocational training premium"),
    N_("Productivity or encouragement premium of an individual vocational training. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "formation prime forem actiris", "opleiding premie vdab", "training premium" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_REGIONAL_HOUSING_PREMIUM,
    N_("Regional housing premium"),
    N_("Moving, installation or rent premium from a Region. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "logement loyer demenagement installation", "huur woonpremie verhuis installatie", "housing rent moving" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_STUDY_GRANT,
    N_("Study grant"),
    N_("A study grant. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "bourse etudes", "studietoelage beurs", "grant scholarship bursary" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_FOSTER_CARE_ALLOWANCE,
    N_("Foster care allowance"),
    N_("Allowance for a foster child placed in the family. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "placement accueil familial", "pleegzorg pleegkind", "foster care" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_ATTENDANCE_FEE,
    N_("Attendance fee"),
    N_("Attendance fees for taking part in official bodies. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "jeton presence", "presentiegeld zitpenning", "attendance fee" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_IRREGULAR_GIFT,
    N_("Occasional gift"),
    N_("An occasional gift from someone who does not live with you and owes you no maintenance. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "cadeau don", "gift schenking cadeau", "gift present" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_REGULAR_GIFT,
    N_("Regular contribution or gift"),
    N_("A regular contribution, e.g. parents giving money every month. Counted."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    N_("A written statement of the help the family gives each month"),
    { "cadeau don parents contribution famille", "gift schenking ouders bijdrage familie", "gift parents contribution family help" },
    "family_help", -1 },
  { SIMRIS_RESOURCE_KIND_WAR_RENT,
    N_("War pension or rent"),
    N_("Pensions and rents for war victims and their families. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "guerre victime", "oorlog slachtoffer", "war victim" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_CARE_ALLOWANCE,
    N_("Care allowance"),
    N_("Allowance for help to the elderly or care budget. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "aide soins personnes agees budget", "zorg zorgbudget zorgverzekering", "care elderly" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_TAX_CREDIT,
    N_("Tax credit"),
    N_("A refundable tax credit for children. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "impot credit", "belasting krediet", "tax credit" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_GUARDIAN_ALLOWANCE,
    N_("Guardian's allowance"),
    N_("Allowance paid to a guardian of an unaccompanied minor. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "tuteur mena", "voogd", "guardian" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_VOLUNTEER_ALLOWANCE,
    N_("Volunteer expenses"),
    N_("Expenses paid to a volunteer. Exempt."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "volontaire benevole defraiement", "vrijwilliger", "volunteer expenses" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_MAF_REFUND,
    N_("Maximum billing (MAF) refund"),
    N_("Health-care costs refunded under the maximum billing. Counted under the law as it stands; the 2008 proposal would exempt it."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "maf maximum facturer remboursement", "maf mab maximumfactuur terugbetaling", "maf maximum billing refund" },
    NULL, -1 },
  { SIMRIS_RESOURCE_KIND_CAPITAL,
    N_("Savings and investments"),
    /* Translators: an amount, a rate in percent, an amount, a rate in percent (the law's figures) */
    N_("The total of bank accounts and investments. Only a yearly return is counted: nothing on the first %s, %d %% up to %s, %d %% above."),
    SIMRIS_KIND_AMOUNT_CAPITAL, 0,
    N_("Bank statements of every account and savings account"),
    { "epargne compte placement capital banque", "sparen spaargeld rekening belegging kapitaal bank", "savings account investment capital bank" },
    "savings", 10 },
  { SIMRIS_RESOURCE_KIND_REAL_ESTATE,
    N_("Real estate (cadastral income)"),
    /* Translators: two amounts, then a factor (the law's figures: 750 €, 125 €, 3) */
    N_("The non-indexed cadastral income of a building you own, your home included. It is counted after a deduction of %s plus %s per child, times %d."),
    SIMRIS_KIND_AMOUNT_CADASTRAL, SIMRIS_KIND_FIELD_CHILDREN,
    N_("The statement of the cadastral income of the house you own (tax bill or land register extract)"),
    { "maison immeuble appartement revenu cadastral propriete", "huis woning appartement kadastraal inkomen eigendom", "house flat property cadastral income" },
    "house", 11 },
  { SIMRIS_RESOURCE_KIND_OTHER,
    N_("Other resource"),
    N_("Any other resource. Counted in full; add a label saying what it is."),
    SIMRIS_KIND_AMOUNT_RECEIVED, 0,
    NULL,
    { "autre", "ander overig", "other" },
    NULL, -1 },
};

/* Every kind has its row, in the enum's order (simris_rules_kind_*() index by kind). */
G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == SIMRIS_N_RESOURCE_KINDS);

#define SOURCE_COUNTED "art. 16 DIS: all resources count, net (Primabook mi-is.be; bdas-wwsb.brussels 2.2.4.3)"
#define SOURCE_ART22 "art. 22 §1 RD, letters a)–q) (seed 003: the list of exempt resources; Primabook mi-is.be)"
#define SOURCE_SPI "art. 35 RD (bdas-wwsb.brussels 2.2.4.7; mi-is.be FAQ on the socio-professional exemption)"

/* Art. 16 DIS, art. 22–35 RD: one row per kind and period of application, oldest first. */
static const SimrisKindRule kind_rules[] = {
  { SIMRIS_RESOURCE_KIND_WAGE, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_WORK, SIMRIS_ACT_LAW, "art. 16", SOURCE_SPI },
  { SIMRIS_RESOURCE_KIND_SELF_EMPLOYED, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_WORK, SIMRIS_ACT_LAW, "art. 16", SOURCE_SPI },
  { SIMRIS_RESOURCE_KIND_STUDENT_JOB, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_WORK, SIMRIS_ACT_LAW, "art. 16", SOURCE_SPI },
  { SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16", SOURCE_COUNTED },
  { SIMRIS_RESOURCE_KIND_SICKNESS, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16", SOURCE_COUNTED },
  { SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16", SOURCE_COUNTED },
  /* Counted until 31/12/2021, exempt from 01/01/2022 (terralaboris.be: "allocation
   * d'intégration … avant le 1er janvier 2022"). */
  { SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, 0, 20211231, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16",
    "terralaboris.be: the integration allowance (disability) was counted before 1 January 2022" },
  { SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, 20220101, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1",
    "terralaboris.be: the integration allowance (disability) is exempt from 1 January 2022" },
  { SIMRIS_RESOURCE_KIND_PENSION, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16", SOURCE_COUNTED },
  { SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16",
    SOURCE_COUNTED "; only maintenance actually received" },
  { SIMRIS_RESOURCE_KIND_MAINTENANCE_CHILDREN, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, c)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, b)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_SELF, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16", SOURCE_COUNTED },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_DISABILITY_SUPPLEMENT, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, b)",
    "droitsquotidiens.be: the disability supplement of family allowances is exempt" },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE_FOR_APPLICANT, 0, 0, SIMRIS_TREATMENT_SPECIAL, SIMRIS_SPECIAL_BY_REGIME, SIMRIS_ACT_RD, "art. 22, §1, b); art. 34",
    "exempt under the 2002 rules of art. 34, counted under the 2026 rules (SPP IS newsflash via cpasconnect.be)" },
  { SIMRIS_RESOURCE_KIND_CPAS_AID, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, a)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_ALE_CHEQUES, 0, 0, SIMRIS_TREATMENT_SPECIAL, SIMRIS_SPECIAL_ALE_CHEQUES, SIMRIS_ACT_RD, "art. 22, §1, d)",
    "art. 22 §1 d) RD; AR 01/04/2003 art. 2–3 (the excess gets neither the general nor the socio-professional exemption); "
    "AR 01/10/2023 (6.00 per cheque from 01/01/2023); the amounts per cheque are dated parameters" },
  { SIMRIS_RESOURCE_KIND_TRAINING_PREMIUM, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, e)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_REGIONAL_HOUSING_PREMIUM, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, f)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_STUDY_GRANT, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, g)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_FOSTER_CARE_ALLOWANCE, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, h)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_ATTENDANCE_FEE, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, i)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_IRREGULAR_GIFT, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, j)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_REGULAR_GIFT, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16",
    SOURCE_COUNTED "; bdas-wwsb.brussels E1 (parents' monthly contribution)" },
  { SIMRIS_RESOURCE_KIND_WAR_RENT, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, k), l), n)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_CARE_ALLOWANCE, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, m)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_TAX_CREDIT, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, o)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_GUARDIAN_ALLOWANCE, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, p)", SOURCE_ART22 },
  { SIMRIS_RESOURCE_KIND_VOLUNTEER_ALLOWANCE, 0, 0, SIMRIS_TREATMENT_EXEMPT, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_RD, "art. 22, §1, q)", SOURCE_ART22 },
  /* Not in art. 22 §1; the 2008 proposal (seed 003) would exempt it: option reform_maf_exempt. */
  { SIMRIS_RESOURCE_KIND_MAF_REFUND, 0, 0, SIMRIS_TREATMENT_SPECIAL, SIMRIS_SPECIAL_MAF, SIMRIS_ACT_RD, "art. 22, §1 (MAF not listed)",
    "seed 003: the 2008 proposal to exempt MAF refunds; no source shows it was adopted" },
  { SIMRIS_RESOURCE_KIND_CAPITAL, 0, 0, SIMRIS_TREATMENT_SPECIAL, SIMRIS_SPECIAL_CAPITAL, SIMRIS_ACT_RD, "art. 27",
    "bdas-wwsb.brussels 2.2.4.11 (25 500 → 1 678 a year); ADAS; droitsquotidiens.be" },
  { SIMRIS_RESOURCE_KIND_REAL_ESTATE, 0, 0, SIMRIS_TREATMENT_SPECIAL, SIMRIS_SPECIAL_REAL_ESTATE, SIMRIS_ACT_RD, "art. 24–25",
    "droitsquotidiens.be (RC 1 250, single → 1 250 a year); ADAS (RC 2 000 → 3 750)" },
  { SIMRIS_RESOURCE_KIND_OTHER, 0, 0, SIMRIS_TREATMENT_COUNTED, SIMRIS_SPECIAL_NONE, SIMRIS_ACT_LAW, "art. 16",
    SOURCE_COUNTED "; land, rent, usufruct and benefits in kind (art. 28–33 RD) are entered here as counted amounts" },
};

/* ---- Art. 35 RD: the amounts of the socio-professional exemption ------------------------ */

static const SimrisSpiRule spi_rules[] = {
  { SIMRIS_SPI_ORDINARY, "spi", "spi_base_month", 0, 0, "art. 35, §1–2",
    /* Translators: %s is a duration, "3 years" */
    N_("Socio-professional exemption: work begun while on the integration income, for %s from its start; a full-time student's job, for the whole studies"),
    SOURCE_SPI },
  /* AR 23/11/2023 (numac 2023047733) inserts a paragraph in art. 35 §1: a person who meets the
   * conditions of art. 35 and starts a job in a shortage occupation (the regional employment
   * service's list or written confirmation) gets a higher amount for 3 months, from
   * 01/01/2024 (medenam.be; cpasconnect.be: 297,46 → 426,30 a month). */
  { SIMRIS_SPI_SHORTAGE, "spi_shortage_occupation", "spi_shortage_base_month", 20240101, 0, "art. 35, §1",
    /* Translators: %s is a duration, "3 months" */
    N_("Higher socio-professional exemption for the first %s of a job in a shortage occupation (attestation of the regional employment service)"),
    "AR 23/11/2023 amending art. 35 §1 RD (etaamb.openjustice.be, numac 2023047733); medenam.be; cpasconnect.be" },
  /* Art. 35 §2 had two amounts for students, the lower one for a student with a study grant
   * (wordscope.be quoting the RD: "deux montants qui sont fonction du fait que l'intéressé perçoit
   * ou non une bourse d'études"). During the Covid crisis, grant students got the ordinary
   * amount "durant plusieurs mois", until 30/09/2021 (uvcw.be/aide-sociale/actus/art-7023);
   * the lower amount applied again from 01/10/2021 (72,23 a month, Lalieux press release of
   * 16/12/2021) until the RD of 25/01/2022 (M.B. 14/02/2022), with effect from 01/01/2022,
   * aligned the amounts for good (uvcw.be art-7023; news.belgium.be). The start of the Covid
   * measure is not in the sources searched: "initiée au début de la crise du coronavirus"
   * (bx1.be, Belga 16/12/2021); SimRIS reads 01/04/2020 (docs/calculation.md §4.3) and shows
   * the lower amount as an alternative on every date of that row
   * (option student_grant_covid_alignment). */
  { SIMRIS_SPI_STUDENT_GRANT, "spi_student_grant", "spi_student_grant_base_month", 0, 20200331, "art. 35, §2",
    N_("Lower socio-professional exemption for a student who receives a study grant, until the Covid-time alignment"),
    "droitsquotidiens.be espace-jeunes; Stad Tienen; centenvoorstudenten.be (68,06 a month at 01/06/2017, 70,81 at 01/03/2020)" },
  { SIMRIS_SPI_STUDENT_GRANT_ALIGNED, "spi_student_grant_covid_alignment", "spi_base_month", 20200401, 20210930, "art. 35, §2",
    N_("Covid-time measure: a student who receives a study grant gets the ordinary amount (start date: SimRIS reading)"),
    "uvcw.be/aide-sociale/actus/art-7023 (until 30/09/2021); bx1.be/Belga 16/12/2021 (\"initiée au début de la crise\"); "
    "start 01/04/2020 is SimRIS's reading, the act was not found" },
  { SIMRIS_SPI_STUDENT_GRANT, "spi_student_grant", "spi_student_grant_base_month", 20211001, 20211231, "art. 35, §2",
    N_("Lower socio-professional exemption for a student who receives a study grant again, after the Covid-time measure"),
    "uvcw.be art-7023; Lalieux press release 16/12/2021 (72,23 a month until 31/12/2021; 264,13 for all from "
    "01/01/2022 by the RD of 25/01/2022, M.B. 14/02/2022)" },
};

/* ---- Art. 3 DIS: the conditions ---------------------------------------------------------- */

static const SimrisConditionRule conditions[] = {
  { SIMRIS_REASON_AGE, -1, "art. 3, 2°, art. 7",
    /* Translators: %d is the age of majority, 18 */
    N_("Age: %d or over, or a minor assimilated (married, pregnant or with a child in charge)"),
    N_("age"),
    /* Translators: %d is the age of majority, 18 */
    N_("Age: %d or over, or a minor assimilated (married, pregnant or with a child in charge)"),
    /* Translators: %1$s is an article ("art. 3, 2°, law 26/05/2002"), %2$d the age of majority (18) */
    N_("The applicant is under %2$d and is not married, pregnant or raising a minor child (%1$s)."),
    "art. 3, 2° and art. 7 §1 DIS", SIMRIS_CONST_ADULT_AGE },
  { SIMRIS_REASON_RESIDENCE, SIMRIS_CONDITION_RESIDENCE, "art. 3, 1°, 3°",
    N_("Residence: habitual and effective residence in Belgium, with a right of stay"),
    N_("residence"),
    N_("Actual residence in Belgium, with a right of stay"),
    /* Translators: %s is a reference to an article */
    N_("The applicant does not reside habitually and effectively in Belgium with a right of stay (%s)."),
    "art. 3, 1° (residence) and 3° (nationality or right of stay) DIS", SIMRIS_NO_FIGURE },
  { SIMRIS_REASON_WILLING_TO_WORK, SIMRIS_CONDITION_WILLING_TO_WORK, "art. 3, 5°",
    N_("Willingness to work, unless exempted for health or equity reasons (e.g. full-time studies)"),
    N_("willingness to work"),
    N_("Willingness to work, unless exempted for health or equity reasons"),
    /* Translators: %s is a reference to an article */
    N_("The applicant is not willing to work and no health or equity reason exempts them (%s)."),
    "art. 3, 5° DIS", SIMRIS_NO_FIGURE },
  { SIMRIS_REASON_CLAIMS_OTHER_BENEFITS, SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS, "art. 3, 6°",
    N_("Claiming the other benefits one is entitled to (the integration income is residual)"),
    N_("claiming the other benefits"),
    N_("Claiming the other benefits one is entitled to"),
    /* Translators: %s is a reference to an article */
    N_("The applicant does not claim the other benefits they are entitled to (%s)."),
    "art. 3, 6° DIS (seed 000)", SIMRIS_NO_FIGURE },
  { SIMRIS_REASON_RESOURCES, -1, "art. 3, 4°; art. 14",
    N_("Insufficient resources"),
    N_("insufficient resources"),
    N_("Insufficient resources"),
    /* Translators: %s is a reference to an article */
    N_("The counted resources reach or exceed the amount of the category (%s)."),
    "art. 3, 4° and art. 14 DIS", SIMRIS_NO_FIGURE },
};

/* ---- Constants of the law that are not indexed ------------------------------------------- */

static const SimrisConstant constants[SIMRIS_N_CONSTANTS] = {
  { SIMRIS_CONST_GENERAL_EXEMPTION_COHABITANT, "general_exemption_cohabitant", 0, 15500, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 22, §2",
    N_("General exemption a year, cohabitant"), "bdas-wwsb.brussels 2.2.4.6; droitsquotidiens.be" },
  { SIMRIS_CONST_GENERAL_EXEMPTION_ISOLATED, "general_exemption_isolated", 0, 25000, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 22, §2",
    N_("General exemption a year, single person"), "bdas-wwsb.brussels 2.2.4.6; droitsquotidiens.be \"petit job\" (20,83 a month = 250 / 12)" },
  { SIMRIS_CONST_GENERAL_EXEMPTION_FAMILY, "general_exemption_family", 0, 31000, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 22, §2",
    N_("General exemption a year, person with a family to support"), "bdas-wwsb.brussels 2.2.4.6; droitsquotidiens.be" },
  { SIMRIS_CONST_CAPITAL_FREE_CEILING, "capital_free_ceiling", 0, 620000, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 27",
    N_("Movable capital: nothing counted up to"), "bdas-wwsb.brussels 2.2.4.11" },
  { SIMRIS_CONST_CAPITAL_SECOND_CEILING, "capital_second_ceiling", 0, 1250000, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 27",
    N_("Movable capital: the lower rate applies up to"), "bdas-wwsb.brussels 2.2.4.11" },
  { SIMRIS_CONST_CAPITAL_LOW_RATE, "capital_low_rate", 0, 6, SIMRIS_UNIT_PERCENT, SIMRIS_ACT_RD, "art. 27",
    N_("Movable capital: yearly rate between the two ceilings"), "bdas-wwsb.brussels 2.2.4.11 (25 500 → 1 678 a year)" },
  { SIMRIS_CONST_CAPITAL_HIGH_RATE, "capital_high_rate", 0, 10, SIMRIS_UNIT_PERCENT, SIMRIS_ACT_RD, "art. 27",
    N_("Movable capital: yearly rate above the second ceiling"), "bdas-wwsb.brussels 2.2.4.11; ADAS (29 780 → 2 106)" },
  { SIMRIS_CONST_REAL_ESTATE_ABATEMENT, "real_estate_abatement", 0, 75000, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 24–25",
    N_("Built real estate: abatement on the cadastral income"), "droitsquotidiens.be; ADAS" },
  { SIMRIS_CONST_REAL_ESTATE_ABATEMENT_PER_CHILD, "real_estate_abatement_per_child", 0, 12500, SIMRIS_UNIT_CENTS, SIMRIS_ACT_RD, "art. 24–25",
    N_("Built real estate: abatement per child with family allowances"), "ADAS (RC 850 with one child → 0)" },
  { SIMRIS_CONST_REAL_ESTATE_FACTOR, "real_estate_factor", 0, 3, SIMRIS_UNIT_FACTOR, SIMRIS_ACT_RD, "art. 24–25",
    N_("Built real estate: the rest of the cadastral income is multiplied by"), "droitsquotidiens.be (RC 1 250 → 1 500); ADAS (RC 2 000 → 3 750)" },
  { SIMRIS_CONST_SPI_YEARS, "spi_years", 0, 3, SIMRIS_UNIT_YEARS, SIMRIS_ACT_RD, "art. 35, §1",
    N_("Socio-professional exemption: length from the start of the work"), SOURCE_SPI },
  { SIMRIS_CONST_SHORTAGE_MONTHS, "shortage_occupation_months", 0, 3, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_RD, "art. 35, §1",
    N_("Shortage occupation: length of the higher exemption from the start of the job"), "AR 23/11/2023; medenam.be" },
  { SIMRIS_CONST_NEWER_INDEX_MONTHS, "newer_index_months", 0, 6, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_READING, "§3",
    N_("Warn that a newer indexation may apply this long after the newest step"), "docs/calculation.md §3" },
  { SIMRIS_CONST_ADULT_AGE, "adult_age", 0, 18, SIMRIS_UNIT_YEARS, SIMRIS_ACT_LAW, "art. 3, 2°",
    N_("Age of majority"), "art. 3, 2° DIS" },
  /* Only under the option student_exemption_under_25 (readings below). */
  { SIMRIS_CONST_STUDENT_AGE_LIMIT, "student_exemption_age_limit", 0, 25, SIMRIS_UNIT_YEARS, SIMRIS_ACT_READING, "§4.3",
    N_("Student exemption: the age limit of one reading (under this age)"),
    "droitsquotidiens.be, \"RIS : plus de distinction entre les étudiants boursiers et non boursiers\" (2022)" },
  { SIMRIS_CONST_MAINTENANCE_AID_PERCENT, "maintenance_aid_percent", 0, 50, SIMRIS_UNIT_PERCENT, SIMRIS_ACT_LO, "art. 68quinquies",
    N_("Specific aid for maintenance paid for one's children: share of what is paid in the month"),
    "art. 68quinquies LO and its royal decree (wordscope.be quoting it); primabook.mi-is.be; droitsquotidiens.be" },
  /* The procedure the decision draft states (docs/calculation.md does not compute with them). */
  { SIMRIS_CONST_DECISION_DAYS, "decision_days", 0, 30, SIMRIS_UNIT_DAYS, SIMRIS_ACT_LAW, "art. 21, §1",
    N_("The CPAS decides within this time of the request"),
    "art. 21 §1 DIS; bdas-wwsb.brussels 2.6 and 4 (30 days, then 8 days to notify)" },
  { SIMRIS_CONST_NOTIFICATION_DAYS, "notification_days", 0, 8, SIMRIS_UNIT_DAYS, SIMRIS_ACT_LAW, "art. 21, §2",
    N_("The CPAS notifies its decision within this time of deciding"),
    "art. 21 §2 DIS; bdas-wwsb.brussels 2.6 and 4" },
  { SIMRIS_CONST_APPEAL_MONTHS, "appeal_months", 0, 3, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_LAW, "art. 47, §1",
    N_("The appeal to the labour court is lodged within this time of the notification (art. 71 LO for social aid)"),
    "art. 47 §1 DIS; art. 71 LO; bdas-wwsb.brussels 6.3 (3 months from the notification)" },
  /* Art. 11 DIS as the law of 21 July 2016 generalised the PIIS: concluded within 3 months of
   * the grant (bdas-wwsb.brussels 2.2.5.3.1: "dans les 3 mois de la notification de l'octroi";
   * bruxelles-j.be: "dans les trois mois suivant la décision d'octroyer le RIS"). */
  { SIMRIS_CONST_PIIS_MONTHS, "piis_months", 0, 3, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_LAW, "art. 11",
    N_("The individualised project for social integration is drawn up within this time of the grant"),
    "art. 11 DIS (law of 21/07/2016); bdas-wwsb.brussels 2.2.5.3.1; bruxelles-j.be" },
  /* Social aid (the equivalent aid): the CPAS decides within a month of the request; its silence
   * for that month opens the appeal of art. 71, al. 1 LO (droitsquotidiens.be: "1 mois si vous
   * avez introduit une demande d'aide sociale, 30 jours ... de revenu d'intégration"). */
  { SIMRIS_CONST_AID_DECISION_MONTHS, "social_aid_decision_months", 0, 1, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_LO, "art. 71",
    N_("Social aid: the CPAS decides within this time of the request"),
    "art. 71, al. 1 LO; droitsquotidiens.be (appeal against the absence of a decision)" },
  /* What docs/calculation.md says is not modelled: named in the social worker's note. */
  { SIMRIS_CONST_SPI_WINDOW_YEARS, "spi_window_years", 0, 6, SIMRIS_UNIT_YEARS, SIMRIS_ACT_RD, "art. 35, §1",
    N_("Socio-professional exemption: its years are counted within this period (not modelled)"), SOURCE_SPI },
  { SIMRIS_CONST_TRANSFER_YEARS, "transferred_goods_years", 0, 10, SIMRIS_UNIT_YEARS, SIMRIS_ACT_RD, "art. 28",
    N_("Goods transferred within this time before the request are counted (not modelled)"),
    "art. 28–32 RD; docs/calculation.md (what is not modelled)" },
  /* Art. 3, 3° DIS: a citizen of the European Union (or a family member) needs a right of stay
   * of more than three months under the law of 15 December 1980 (its title II, chapter I, art.
   * 40 ff.; chapter III of its title I is "Séjour de plus de trois mois"). The guide's answer
   * and the form's status show it. */
  { SIMRIS_CONST_EU_STAY_MONTHS, "eu_citizen_stay_months", 0, 3, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_LAW, "art. 3, 3°",
    N_("A citizen of the European Union (or a family member) has a right of stay of more than this time"),
    "art. 3, 3° DIS; law of 15/12/1980, art. 40 ff.; bdas-wwsb.brussels 2.2.2 (updated 01/10/2024); "
    "ocmw.dehaan.be, \"Leefloon\" (\"verblijfsrecht van meer dan drie maanden\")" },
  /* Art. 23, §5 DIS, inserted by the programme law (I) of 26 December 2015 (art. 70–71, in force
   * 9 January 2016, replacing art. 38 RD and its month): the beneficiary tells the CPAS
   * beforehand of a stay abroad of a week or more, with its length and reason (primabook.mi-is.be,
   * "De voorwaarden" 1.2.1: "een periode van een week of meer"; mi-is.be FAQ on art. 23, §5:
   * "sept jours consécutifs ou plus"; bdas-wwsb.brussels 2.2.1.2: "7 jours ou plus"). The
   * decision's obligations state it. */
  { SIMRIS_CONST_ABROAD_NOTICE_DAYS, "stay_abroad_notice_days", 0, 7, SIMRIS_UNIT_DAYS, SIMRIS_ACT_LAW, "art. 23, §5",
    N_("A stay abroad this long or longer is told to the CPAS beforehand, with its length and reason"),
    "art. 23, §5 DIS (programme law (I) of 26/12/2015, art. 70–71, in force 09/01/2016); primabook.mi-is.be "
    "\"De voorwaarden\" 1.2.1; mi-is.be FAQ \"Que mentionne le nouvel article 23, §5\"; bdas-wwsb.brussels 2.2.1.2" },
  /* No text sets how far back the proofs go: CPAS lists ask the pay slips of the last 3 months
   * (nieuwerkerken.be, "Leefloon": "loonfiches van de laatste 3 maanden"). The SPP IS forbids
   * asking every applicant for the bank statements of the three previous months (mi-is.be FAQ,
   * 21/09/2015, "Est-ce que le CPAS peut demander ... systématiquement des extraits de compte
   * des trois mois précédents ?": no), so the checklist asks them only as the CPAS gives a
   * reason (docs/calculation.md §10). */
  { SIMRIS_CONST_PROOF_MONTHS, "proof_months", 0, 3, SIMRIS_UNIT_MONTHS, SIMRIS_ACT_READING, "§10",
    N_("The checklist's proofs of income cover this time (a practice of the CPAS; no text sets it)"),
    "nieuwerkerken.be \"Leefloon\" (CPAS list); mi-is.be FAQ 21/09/2015 (bank statements: never systematically)" },
};

/* ---- Readings a case may choose ------------------------------------------------------------ */

/* Who lives with whom (docs/calculation.md §2.1, §2.2, §5.1). */
static const SimrisHouseholdRule household_rules[] = {
  { SIMRIS_HOUSEHOLD_RULE_SHARING, "shares_household", SIMRIS_ACT_LAW, "art. 14, §1, 1°",
    N_("A cohabitant lives under the same roof AND settles household matters mainly in common with the applicant; someone at the address on a separate household (own budget, own food, own share of the rent) is not one"),
    "art. 14, §1, 1° DIS; droitsquotidiens.be, \"Quel montant de revenu d'intégration sociale ai-je droit en tant que colocataire ?\" (the CPAS proves cohabitation through its social inquiry); Primabook mi-is.be, categories 1.1; ULB Street Law Clinic, fiche 9" },
  { SIMRIS_HOUSEHOLD_RULE_SEPARATE_NOT_COUNTED, "separate_household_not_counted", SIMRIS_ACT_RD, "art. 34",
    N_("The resources of someone at the address on a separate household are never counted: art. 34 counts those of the persons the applicant cohabits with"),
    "art. 34 RD (2002 and 2026 texts: \"cohabite\"); art. 14, §1, 1° DIS; droitsquotidiens.be espace-jeunes, \"Dans quels cas le CPAS prend-il en compte les ressources des personnes avec lesquelles je cohabite ?\"" },
  { SIMRIS_HOUSEHOLD_RULE_ALTERNATING_CUSTODY, "alternating_custody", SIMRIS_ACT_LAW, "art. 14, §1, 3°",
    N_("A minor child in alternating custody is a family in charge every month: living with a family requires its regular presence, not an uninterrupted one"),
    "Cass. 27/06/2022, S.20.0015.F (quashing C. trav. Bruxelles 19/12/2019, R.G. 2018/AB/515, which alternated the rates month by month); terralaboris.be article 3496" },
  { SIMRIS_HOUSEHOLD_RULE_SEVERAL_APPLICANTS, "several_applicants", SIMRIS_ACT_RD, "art. 34",
    N_("Several applicants of one household share the counted excess of the same cohabitants: the household keeps a cohabitant amount for each adult whose resources count and for each applicant"),
    "Infor Jeunes (inforjeunes.be, CPAS: \"multiplié par le nombre de personnes majeures\"); C. trav. Liège 18/01/2012, R.G. 2009/AL/36.669 and 2010/AL/617 (terralaboris.be article 1135, two student applicants); SimRIS reading, docs/calculation.md §5.1" },
};
G_STATIC_ASSERT (G_N_ELEMENTS (household_rules) == SIMRIS_N_HOUSEHOLD_RULES);

const SimrisHouseholdRule *
simris_rules_household_rule (SimrisHouseholdRuleId which)
{
  g_return_val_if_fail (which < SIMRIS_N_HOUSEHOLD_RULES, &household_rules[0]);

  return &household_rules[which];
}

static const SimrisReadingRule readings[] = {
  { SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS, FALSE,
    N_("2002 rules of art. 34, §2: the CPAS may count what the resources of cohabiting parents and adult children exceed (pooled, a cohabitant amount each)"),
    "art. 34 §2 RD; Cass. 18/11/2019, S.19.0021.F; droitsquotidiens.be espace-jeunes", SIMRIS_NO_FIGURE },
  { SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS, TRUE,
    N_("2026 rules of art. 34: the resources of cohabiting adult maintenance debtors are counted (one analysis says the CPAS keeps its discretion)"),
    "AR 07/01/2026 (SPP IS newsflash; cpasuccle.be, vertardent.be; against: cpasconnect.be)", SIMRIS_NO_FIGURE },
  { SIMRIS_OPTION_REFORM_MAF_EXEMPT, FALSE,
    N_("The 2008 proposal exempting maximum billing (MAF) refunds, never adopted"),
    "seed 003", SIMRIS_NO_FIGURE },
  /* The labour tribunal of Nivelles granted the single rate to a man living with a partner
   * without any resources; the Brussels labour court reversed it (C. trav. Bruxelles
   * 17/02/2011, R.G. 2008/AB/51.321, terralaboris.be article 953), following Cass.
   * 18/02/2008 (a household exists even when one member has no income). The same court, on
   * 11/05/2011 (R.G. 2010/AB/225, terralaboris.be article 967), held that the lower rate
   * rests on the cohabitant's contribution to the household, failing which the person may be
   * treated as single. A contested reading: an option, off by default. */
  { SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES, FALSE,
    N_("Single rate for an applicant who lives only with a partner who has no resources at all (a reading of some labour courts, reversed on appeal)"),
    "Trib. trav. Nivelles, reversed by C. trav. Bruxelles 17/02/2011, R.G. 2008/AB/51.321 (terralaboris.be); "
    "C. trav. Bruxelles 11/05/2011, R.G. 2010/AB/225 (terralaboris.be); against: Cass. 18/02/2008", SIMRIS_NO_FIGURE },
  /* docs/calculation.md §2.2: the practice the Court of Cassation censured, still applied by
   * some CPAS (the CPAS in that case; avocat-fricke.be describes it as an average). */
  { SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS, FALSE,
    N_("A child in alternating custody: the CPAS alternates the rates month by month (with and without the child), a practice the Court of Cassation censured"),
    "C. trav. Bruxelles 19/12/2019, R.G. 2018/AB/515, quashed by Cass. 27/06/2022, S.20.0015.F (terralaboris.be article 3496)", SIMRIS_NO_FIGURE },
  /* docs/calculation.md §5.1: no text settles it; SimRIS shares by default. */
  { SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS, TRUE,
    N_("Several applicants under one roof share the counted excess of the same cohabitants; false counts the whole excess for each applicant"),
    "Infor Jeunes (inforjeunes.be, CPAS); C. trav. Liège 18/01/2012, R.G. 2009/AL/36.669 (terralaboris.be article 1135); docs/calculation.md §5.1", SIMRIS_NO_FIGURE },
  /* Art. 35, §2 RD exempts a full-time student's work income "pendant toute la durée des
   * études" (wordscope.be quoting it) for a student whose right rests on the PIIS for studies of
   * art. 11, §2, a) of the law; neither text, as quoted, sets an age limit, and the PIIS for
   * studies is open to applicants of any age, with specific conditions for those under 25
   * (ocmw-info-cpas.be, "PIIS études de plein exercice", §5). droitsquotidiens.be (2022) adds
   * "être âgé de moins de 25 ans": an option, off by default. */
  { SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25, FALSE,
    /* Translators: %d is an age, 25 */
    N_("The student exemption only for a student under %d (a reading of droitsquotidiens.be, 2022; art. 35, §2 as quoted sets no age limit)"),
    "droitsquotidiens.be 2022; against: art. 35 §2 RD as quoted by wordscope.be; ocmw-info-cpas.be PIIS études",
    SIMRIS_CONST_STUDENT_AGE_LIMIT },
  { SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT, TRUE,
    N_("The Covid-time alignment of grant students on the ordinary exemption applies on the dates of its row (its start date is SimRIS's reading)"),
    "uvcw.be art-7023; bx1.be/Belga 16/12/2021", SIMRIS_NO_FIGURE },
};

/* ---- Kinds ---------------------------------------------------------------------------------- */

static gboolean
kind_valid (SimrisResourceKind kind)
{
  return kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS;
}

static GEnumClass *
kind_class (void)
{
  static GEnumClass *klass;

  if (g_once_init_enter (&klass))
    g_once_init_leave (&klass, g_type_class_ref (SIMRIS_TYPE_RESOURCE_KIND));
  return klass;
}

const char *
simris_rules_kind_name (SimrisResourceKind kind)
{
  g_return_val_if_fail (kind_valid (kind), NULL);
  return g_enum_get_value (kind_class (), kind)->value_nick;
}

gboolean
simris_rules_kind_from_name (const char         *name,
                             SimrisResourceKind *kind)
{
  GEnumValue *v;

  if (name == NULL)
    return FALSE;
  v = g_enum_get_value_by_nick (kind_class (), name);
  if (v == NULL || !kind_valid (v->value))
    return FALSE;
  *kind = v->value;
  return TRUE;
}

const char *
simris_rules_kind_label (SimrisResourceKind  kind,
                         const char         *lang)
{
  g_return_val_if_fail (kind_valid (kind), NULL);
  return simris_tr (lang, kinds[kind].label);
}

static char *constant_value (const SimrisConstant *c,
                             const char           *lang);

static char *
money_constant (SimrisConstantId  id,
                const char       *lang)
{
  return simris_money_format (constants[id].value, lang);
}

/* The ALE amount per cheque in force today, the one before it and its last day (art. 22 §1 d)
 * RD; the parameters' series "ale_cheque_exempt", oldest first). */
static void
ale_amounts (SimrisCents *now,
             SimrisCents *before,
             SimrisDate  *before_until)
{
  SimrisParameters *params = simris_parameters_get_default ();
  SimrisDate today = simris_date_today (), from;
  SimrisCents amount;
  const char *source;

  *now = *before = 0;
  *before_until = 0;
  for (guint n = 0; simris_parameters_get_series_row (params, "ale_cheque_exempt", n, &from, &amount, &source); n++)
    {
      if (n > 0 && from > today)
        break;
      *before = n > 0 ? *now : amount;
      *before_until = simris_date_add_days (from, -1);
      *now = amount;
    }
}

/* The help of a kind with the figures of the law's table and the parameters (never typed in
 * the text): the kind's special rule says which. Interned: a help text is kept for the run. */
const char *
simris_rules_kind_help (SimrisResourceKind  kind,
                        const char         *lang)
{
  const char *help;
  const SimrisKindRule *newest;
  g_autofree char *text = NULL;

  g_return_val_if_fail (kind_valid (kind), NULL);

  help = simris_tr (lang, kinds[kind].help);
  newest = simris_rules_kind_rule (kind, 0);
  switch (newest->special)
    {
    case SIMRIS_SPECIAL_WORK:
      if (simris_rules_kind_has_field (kind, SIMRIS_KIND_FIELD_SHORTAGE_START))
        {
          g_autofree char *months = constant_value (&constants[SIMRIS_CONST_SHORTAGE_MONTHS], lang);
          text = g_strdup_printf (help, months);
        }
      break;
    case SIMRIS_SPECIAL_ALE_CHEQUES:
      {
        SimrisCents now, before;
        SimrisDate until;
        g_autofree char *now_text = NULL, *before_text = NULL, *until_text = NULL;

        ale_amounts (&now, &before, &until);
        now_text = simris_money_format (now, lang);
        before_text = simris_money_format (before, lang);
        until_text = simris_date_format (until, lang);
        text = g_strdup_printf (help, now_text, before_text, until_text);
      }
      break;
    case SIMRIS_SPECIAL_CAPITAL:
      {
        g_autofree char *free_ceiling = money_constant (SIMRIS_CONST_CAPITAL_FREE_CEILING, lang);
        g_autofree char *second_ceiling = money_constant (SIMRIS_CONST_CAPITAL_SECOND_CEILING, lang);

        text = g_strdup_printf (help, free_ceiling, (int) constants[SIMRIS_CONST_CAPITAL_LOW_RATE].value,
                                second_ceiling, (int) constants[SIMRIS_CONST_CAPITAL_HIGH_RATE].value);
      }
      break;
    case SIMRIS_SPECIAL_REAL_ESTATE:
      {
        g_autofree char *abatement = money_constant (SIMRIS_CONST_REAL_ESTATE_ABATEMENT, lang);
        g_autofree char *per_child = money_constant (SIMRIS_CONST_REAL_ESTATE_ABATEMENT_PER_CHILD, lang);

        text = g_strdup_printf (help, abatement, per_child, (int) constants[SIMRIS_CONST_REAL_ESTATE_FACTOR].value);
      }
      break;
    case SIMRIS_SPECIAL_NONE:
    case SIMRIS_SPECIAL_BY_REGIME:
    case SIMRIS_SPECIAL_MAF:
    default:
      /* A kind whose treatment changed on a date says since when. */
      if (newest->from != 0)
        {
          g_autofree char *since = simris_date_format (newest->from, lang);
          text = g_strdup_printf (help, since);
        }
      break;
    }
  return text != NULL ? g_intern_string (text) : help;
}

SimrisKindAmount
simris_rules_kind_amount (SimrisResourceKind kind)
{
  g_return_val_if_fail (kind_valid (kind), SIMRIS_KIND_AMOUNT_RECEIVED);
  return kinds[kind].amount;
}

gboolean
simris_rules_kind_is_total (SimrisResourceKind kind)
{
  return kind_valid (kind)
         && (kinds[kind].amount == SIMRIS_KIND_AMOUNT_CAPITAL || kinds[kind].amount == SIMRIS_KIND_AMOUNT_CADASTRAL);
}

gboolean
simris_rules_kind_has_field (SimrisResourceKind kind,
                             SimrisKindField    field)
{
  return kind_valid (kind) && (kinds[kind].fields & field) != 0;
}

const char *
simris_rules_kind_amount_title (SimrisResourceKind  kind,
                                const char         *lang)
{
  switch (kind_valid (kind) ? kinds[kind].amount : SIMRIS_KIND_AMOUNT_RECEIVED)
    {
    case SIMRIS_KIND_AMOUNT_CAPITAL:
      /* Translators: amount field of savings and investments */
      return simris_tr (lang, N_("Total of savings and investments"));
    case SIMRIS_KIND_AMOUNT_CADASTRAL:
      /* Translators: amount field of a building one owns */
      return simris_tr (lang, N_("Cadastral income, not indexed"));
    case SIMRIS_KIND_AMOUNT_NET:
      /* Translators: amount field of a wage or benefit: the law counts it after tax and
       * social security */
      return simris_tr (lang, N_("Net Amount"));
    case SIMRIS_KIND_AMOUNT_RECEIVED:
    default:
      /* Translators: amount field of a resource */
      return simris_tr (lang, N_("Amount"));
    }
}

char *
simris_rules_kind_proof (SimrisResourceKind  kind,
                         const char         *lang)
{
  g_return_val_if_fail (kind_valid (kind), NULL);
  if (kinds[kind].proof == NULL)
    return NULL;
  /* A proof that names no period ignores the argument (C11 7.21.6.1: extra arguments are
   * evaluated and ignored). */
  return simris_rules_format_constant (kinds[kind].proof, SIMRIS_CONST_PROOF_MONTHS, lang);
}

const char *
simris_rules_kind_guide_category (SimrisResourceKind kind)
{
  g_return_val_if_fail (kind_valid (kind), NULL);
  return kinds[kind].guide;
}

/* ---- The kind search -------------------------------------------------------------------- */

static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  return g_str_to_ascii (folded, NULL);
}

/* How well a folded word is found in a folded text: 2 as one of its words, 1 as the start of
 * one, 0 not at the start of any. */
static int
word_match (const char *text,
            const char *word)
{
  gsize n = strlen (word);
  int best = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      if (p != text && g_ascii_isalnum (p[-1]))
        continue;
      if (!g_ascii_isalnum (p[n]))
        return 2;
      best = 1;
    }
  return best;
}

static int
lang_index (const char *lang)
{
  lang = simris_lang_normalize (lang);
  if (g_str_equal (lang, "fr"))
    return 0;
  if (g_str_equal (lang, "nl"))
    return 1;
  return 2;
}

typedef struct
{
  SimrisResourceKind kind;
  int                score;
  int                common;
  char              *label;   /* collation key of the label in lang */
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a, *y = b;
  int cx = x->common < 0 ? G_MAXINT : x->common;
  int cy = y->common < 0 ? G_MAXINT : y->common;
  int c;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (cx != cy)
    return cx < cy ? -1 : 1;
  c = strcmp (x->label, y->label);
  return c != 0 ? c : (int) x->kind - (int) y->kind;
}

/* The score of a kind for the query's words, or -1 when a word is found nowhere. */
static int
kind_score (SimrisResourceKind  kind,
            const char         *lang,
            char              **words,
            const char         *whole)
{
  static const char * const langs[] = { "fr", "nl", "en" };
  int li = lang_index (lang);
  g_autofree char *label = fold (simris_rules_kind_label (kind, lang));
  g_autofree char *own = fold (kinds[kind].words[li]);
  g_autoptr(GString) rest = g_string_new (simris_rules_kind_name (kind));
  g_autofree char *other = NULL;
  int score = 0;

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_string_append_printf (rest, " %s", simris_rules_kind_label (kind, langs[i]));
      if ((int) i != li)
        g_string_append_printf (rest, " %s", kinds[kind].words[i]);
    }
  other = fold (rest->str);

  for (guint i = 0; words[i] != NULL; i++)
    {
      int m;

      /* A word or the start of one in the label counts the same: "allowance" finds the
       * common family allowances before the disability allowance. */
      if (word_match (label, words[i]) > 0)
        score += 6;
      else if (word_match (own, words[i]) > 0)
        score += 5;
      else if ((m = word_match (other, words[i])) > 0)
        score += 2 + m;
      else if (strstr (label, words[i]) != NULL || strstr (own, words[i]) != NULL
               || strstr (other, words[i]) != NULL)
        score += 1;
      else
        return -1;
    }
  /* The whole query is the label (in lang, else in another language): "pension" is the
   * Pension, not a maintenance pension. */
  if (*whole != '\0' && g_str_equal (label, whole))
    score += 10;
  else if (*whole != '\0')
    for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
      {
        g_autofree char *l = fold (simris_rules_kind_label (kind, langs[i]));
        if (g_str_equal (l, whole))
          {
            score += 8;
            break;
          }
      }
  return score;
}

GArray *
simris_rules_kind_search (const char *query,
                          const char *lang,
                          gboolean    student)
{
  g_autofree char *whole = g_strstrip (fold (query));
  g_auto(GStrv) split = g_strsplit_set (whole, " \t", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SimrisResourceKind));
  int wage = -1, student_job = -1;

  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      g_ptr_array_add (words, split[i]);
  g_ptr_array_add (words, NULL);

  for (int kind = 0; kind < SIMRIS_N_RESOURCE_KINDS; kind++)
    {
      Hit hit = { kind, kind_score (kind, lang, (char **) words->pdata, whole), kinds[kind].common, NULL };

      if (hit.score < 0)
        continue;
      hit.label = g_utf8_collate_key (simris_rules_kind_label (kind, lang), -1);
      if (kind == SIMRIS_RESOURCE_KIND_WAGE)
        wage = hits->len;
      else if (kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB)
        student_job = hits->len;
      g_array_append_val (hits, hit);
    }
  /* "job": a student's job is a student job (art. 35 §2 RD), anyone else's a wage. */
  if (words->len > 1 && wage >= 0 && student_job >= 0)
    g_array_index (hits, Hit, student ? student_job : wage).score += 20;

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    {
      g_array_append_val (out, g_array_index (hits, Hit, i).kind);
      g_free (g_array_index (hits, Hit, i).label);
    }
  return out;
}

static gboolean
in_force (SimrisDate from,
          SimrisDate until,
          SimrisDate date)
{
  return (from == 0 || date >= from) && (until == 0 || date <= until);
}

/* ---- The table as a value ---------------------------------------------------------------- */

struct _SimrisRuleTable
{
  const SimrisKindRule *kind_rules;
  guint                 n_kind_rules;
  const SimrisSpiRule  *spi_rules;
  guint                 n_spi_rules;
  const SimrisConstant *constants;      /* SIMRIS_N_CONSTANTS, indexed by id */
  GArray               *owned_kind_rules; /* a copy's rows; NULL for the shipped table */
};

static const SimrisRuleTable shipped = {
  kind_rules, G_N_ELEMENTS (kind_rules),
  spi_rules, G_N_ELEMENTS (spi_rules),
  constants,
  NULL,
};

const SimrisRuleTable *
simris_rule_table_get_default (void)
{
  return &shipped;
}

SimrisRuleTable *
simris_rule_table_copy (const SimrisRuleTable *self)
{
  SimrisRuleTable *copy = g_new0 (SimrisRuleTable, 1);

  g_return_val_if_fail (self != NULL, NULL);

  *copy = *self;
  copy->owned_kind_rules = g_array_sized_new (FALSE, FALSE, sizeof (SimrisKindRule), self->n_kind_rules + 1);
  g_array_append_vals (copy->owned_kind_rules, self->kind_rules, self->n_kind_rules);
  copy->kind_rules = (const SimrisKindRule *) (gpointer) copy->owned_kind_rules->data;
  return copy;
}

void
simris_rule_table_free (SimrisRuleTable *self)
{
  if (self == NULL || self == &shipped)
    return;
  g_clear_pointer (&self->owned_kind_rules, g_array_unref);
  g_free (self);
}

void
simris_rule_table_add_kind_rule (SimrisRuleTable      *self,
                                 const SimrisKindRule *rule)
{
  g_return_if_fail (self != NULL && self->owned_kind_rules != NULL);
  g_return_if_fail (rule != NULL && kind_valid (rule->kind));

  g_array_append_vals (self->owned_kind_rules, rule, 1);
  self->kind_rules = (const SimrisKindRule *) (gpointer) self->owned_kind_rules->data;
  self->n_kind_rules = self->owned_kind_rules->len;
}

/* The row of a kind in force on date (the one with the latest `from` when several are); the
 * newest row for date 0, and as a fallback before the oldest row. */
const SimrisKindRule *
simris_rule_table_kind_rule (const SimrisRuleTable *self,
                             SimrisResourceKind     kind,
                             SimrisDate             date)
{
  const SimrisKindRule *newest = NULL;
  const SimrisKindRule *found = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind_valid (kind), NULL);

  for (guint i = 0; i < self->n_kind_rules; i++)
    {
      const SimrisKindRule *r = &self->kind_rules[i];
      if (r->kind != kind)
        continue;
      if (date != 0 && in_force (r->from, r->until, date) && (found == NULL || r->from > found->from))
        found = r;
      if (newest == NULL || r->from >= newest->from)
        newest = r;
    }
  return found != NULL ? found : newest;
}

const SimrisSpiRule *
simris_rule_table_spi_rule (const SimrisRuleTable *self,
                            SimrisSpiKind          which,
                            SimrisDate             date)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->n_spi_rules; i++)
    if (self->spi_rules[i].which == which && in_force (self->spi_rules[i].from, self->spi_rules[i].until, date))
      return &self->spi_rules[i];
  return NULL;
}

gint64
simris_rule_table_constant (const SimrisRuleTable *self,
                            SimrisConstantId       id)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (id < SIMRIS_N_CONSTANTS, 0);
  return self->constants[id].value;
}

static void
add_period_dates (GArray     *dates,
                  SimrisDate  from,
                  SimrisDate  until)
{
  if (from != 0)
    g_array_append_val (dates, from);
  if (until != 0)
    {
      SimrisDate after = simris_date_add_days (until, 1);
      g_array_append_val (dates, after);
    }
}

GArray *
simris_rule_table_change_dates (const SimrisRuleTable *self)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (SimrisDate));

  g_return_val_if_fail (self != NULL, dates);

  for (guint i = 0; i < self->n_kind_rules; i++)
    add_period_dates (dates, self->kind_rules[i].from, self->kind_rules[i].until);
  for (guint i = 0; i < self->n_spi_rules; i++)
    add_period_dates (dates, self->spi_rules[i].from, self->spi_rules[i].until);
  for (guint i = 0; i < SIMRIS_N_CONSTANTS; i++)
    add_period_dates (dates, self->constants[i].from, 0);

  simris_dates_sort_unique (dates);
  return dates;
}

const SimrisKindRule *
simris_rules_kind_rule (SimrisResourceKind kind,
                        SimrisDate         date)
{
  return simris_rule_table_kind_rule (&shipped, kind, date);
}

/* Art. 35, §2 RD 11/07/2002 (docs/calculation.md §4.3): a full-time student's student job gets
 * the socio-professional exemption for the whole studies, whatever its start: only what
 * exceeds the monthly amount is counted (bdas-wwsb.brussels 2.2.4.7, "étudiants qui suivent
 * des études de plein exercice et ont un job étudiant"). The engine (art35_spi_eligible) and
 * the form's list of kinds both ask here. The CPAS's under-25 reading (option
 * student_exemption_under_25) is the engine's, on the person's age. */
gboolean
simris_rules_kind_exempt_for_student (SimrisResourceKind kind,
                                      gboolean           full_time_student)
{
  g_return_val_if_fail (kind_valid (kind), FALSE);
  return full_time_student && kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB
         && simris_rules_kind_rule (kind, 0)->special == SIMRIS_SPECIAL_WORK;
}

SimrisKindGroup
simris_rules_kind_group (SimrisResourceKind kind)
{
  g_return_val_if_fail (kind_valid (kind), SIMRIS_KIND_GROUP_COUNTED);
  return (SimrisKindGroup) simris_rules_kind_rule (kind, 0)->treatment;
}

guint
simris_rules_n_kind_rules (void)
{
  return G_N_ELEMENTS (kind_rules);
}

const SimrisKindRule *
simris_rules_nth_kind_rule (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (kind_rules), NULL);
  return &kind_rules[n];
}

/* ---- Art. 35, conditions, constants, readings -------------------------------------------------- */

const SimrisSpiRule *
simris_rules_spi_rule (SimrisSpiKind which,
                       SimrisDate    date)
{
  return simris_rule_table_spi_rule (&shipped, which, date);
}

guint
simris_rules_n_conditions (void)
{
  return G_N_ELEMENTS (conditions);
}

const SimrisConditionRule *
simris_rules_nth_condition (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (conditions), NULL);
  return &conditions[n];
}

const SimrisConditionRule *
simris_rules_condition (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
    if (g_strcmp0 (conditions[i].code, code) == 0)
      return &conditions[i];
  return NULL;
}

const SimrisConstant *
simris_rules_constant_info (SimrisConstantId id)
{
  g_return_val_if_fail (id < SIMRIS_N_CONSTANTS, NULL);
  return &constants[id];
}

gint64
simris_rules_constant (SimrisConstantId id)
{
  g_return_val_if_fail (id < SIMRIS_N_CONSTANTS, 0);
  return constants[id].value;
}

char *
simris_rules_constant_text (SimrisConstantId id,
                            const char      *lang)
{
  g_return_val_if_fail (id < SIMRIS_N_CONSTANTS, NULL);
  return constant_value (&constants[id], lang);
}

char *
simris_rules_format_figure (const char *msgid,
                            int         figure,
                            const char *lang)
{
  g_return_val_if_fail (figure == SIMRIS_NO_FIGURE || (figure >= 0 && figure < SIMRIS_N_CONSTANTS), NULL);

  if (figure == SIMRIS_NO_FIGURE)
    return g_strdup (simris_tr (lang, msgid));
  return g_strdup_printf (simris_tr (lang, msgid), (int) constants[figure].value);
}

char *
simris_rules_format_constant (const char *msgid,
                              int         figure,
                              const char *lang)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (figure == SIMRIS_NO_FIGURE || (figure >= 0 && figure < SIMRIS_N_CONSTANTS), NULL);

  if (figure == SIMRIS_NO_FIGURE)
    return g_strdup (simris_tr (lang, msgid));
  text = constant_value (&constants[figure], lang);
  return g_strdup_printf (simris_tr (lang, msgid), text);
}

/* An SPI row's label, with the duration of the law it names (art. 35, §1: the constants). */
static char *
spi_label (const SimrisSpiRule *rule,
           const char          *lang)
{
  g_autofree char *duration = NULL;

  switch (rule->which)
    {
    case SIMRIS_SPI_ORDINARY:
      duration = simris_rules_constant_text (SIMRIS_CONST_SPI_YEARS, lang);
      break;
    case SIMRIS_SPI_SHORTAGE:
      duration = simris_rules_constant_text (SIMRIS_CONST_SHORTAGE_MONTHS, lang);
      break;
    case SIMRIS_SPI_STUDENT_GRANT:
    case SIMRIS_SPI_STUDENT_GRANT_ALIGNED:
    default:
      return g_strdup (simris_tr (lang, rule->label));
    }
  return g_strdup_printf (simris_tr (lang, rule->label), duration);
}

gboolean
simris_rules_age_is_adult (int age)
{
  return age >= 0 && age >= constants[SIMRIS_CONST_ADULT_AGE].value;
}

guint
simris_rules_n_readings (void)
{
  return G_N_ELEMENTS (readings);
}

const SimrisReadingRule *
simris_rules_nth_reading (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (readings), NULL);
  return &readings[n];
}

char *
simris_rules_format_article (SimrisAct   act,
                             const char *article,
                             const char *lang)
{
  const char *format;

  switch (act)
    {
    case SIMRIS_ACT_LAW:
      /* Translators: a reference to the law of 26 May 2002 (FR "%s loi 26/05/2002", NL "%s wet 26/05/2002") */
      format = simris_tr (lang, N_("%s law 26/05/2002"));
      break;
    case SIMRIS_ACT_RD:
      /* Translators: a reference to the Royal Decree of 11 July 2002 (FR "%s AR 11/07/2002", NL "%s KB 11/07/2002") */
      format = simris_tr (lang, N_("%s RD 11/07/2002"));
      break;
    case SIMRIS_ACT_LO:
      /* Translators: a reference to the organic law of 8 July 1976 on the CPAS (FR "%s LO 08/07/1976", NL "%s OCMW-wet 08/07/1976") */
      format = simris_tr (lang, N_("%s LO 08/07/1976"));
      break;
    case SIMRIS_ACT_READING:
    default:
      /* Translators: a reading of SimRIS where the texts are silent, %s is a § of its documentation */
      format = simris_tr (lang, N_("SimRIS reading, %s"));
      break;
    }
  /* The usual shape "%s …": a concatenation, cheaper than printf for every step of a trace. */
  if (format[0] == '%' && format[1] == 's' && strchr (format + 2, '%') == NULL)
    return g_strconcat (article, format + 2, NULL);
  return g_strdup_printf (format, article);
}

const char *
simris_rules_treatment_label (SimrisTreatment  treatment,
                              const char      *lang)
{
  switch (treatment)
    {
    case SIMRIS_TREATMENT_COUNTED:
      return simris_tr (lang, N_("counted"));
    case SIMRIS_TREATMENT_EXEMPT:
      return simris_tr (lang, N_("exempt"));
    case SIMRIS_TREATMENT_SPECIAL:
    default:
      return simris_tr (lang, N_("special rule"));
    }
}

/* ---- The reference (simris-cli rules) ------------------------------------------------------------ */

static const char *
treatment_text (const SimrisKindRule *r,
                const char           *lang)
{
  switch (r->special)
    {
    case SIMRIS_SPECIAL_WORK:
      return simris_tr (lang, N_("counted, after the socio-professional exemption (art. 35)"));
    case SIMRIS_SPECIAL_ALE_CHEQUES:
      return simris_tr (lang, N_("exempt up to an amount per cheque, the excess counted"));
    case SIMRIS_SPECIAL_BY_REGIME:
      return simris_tr (lang, N_("as the art. 34 regime says"));
    case SIMRIS_SPECIAL_MAF:
      return simris_tr (lang, N_("counted (exempt under the 2008 proposal, an option)"));
    case SIMRIS_SPECIAL_CAPITAL:
      return simris_tr (lang, N_("a yearly return on the total capital"));
    case SIMRIS_SPECIAL_REAL_ESTATE:
      return simris_tr (lang, N_("the cadastral income after abatement, times a factor"));
    case SIMRIS_SPECIAL_NONE:
    default:
      return simris_rules_treatment_label (r->treatment, lang);
    }
}

static char *
dates_text (SimrisDate  from,
            SimrisDate  until,
            const char *lang)
{
  g_autofree char *f = from != 0 ? simris_date_format (from, lang) : NULL;
  g_autofree char *u = until != 0 ? simris_date_format (until, lang) : NULL;

  if (f != NULL && u != NULL)
    /* Translators: a period of application, two dates */
    return g_strdup_printf (simris_tr (lang, N_("from %s to %s")), f, u);
  if (f != NULL)
    /* Translators: a period of application that has not ended */
    return g_strdup_printf (simris_tr (lang, N_("from %s")), f);
  if (u != NULL)
    /* Translators: a period of application that ended */
    return g_strdup_printf (simris_tr (lang, N_("until %s")), u);
  return g_strdup (simris_tr (lang, N_("always")));
}

static char *
cell (const char *text,
      gboolean    markdown)
{
  g_autoptr(GString) s = g_string_new (text);

  if (markdown)
    g_string_replace (s, "|", "\\|", 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
row (GString            *out,
     gboolean            markdown,
     const char * const *cells)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *c = cell (cells[i], markdown);
      if (markdown)
        g_string_append_printf (out, "| %s ", c);
      else
        g_string_append_printf (out, "%s%s", i > 0 ? " — " : "", c);
    }
  g_string_append (out, markdown ? "|\n" : "\n");
}

static void
header (GString            *out,
        gboolean            markdown,
        const char * const *cells)
{
  guint n = 0;

  if (!markdown)
    return;
  row (out, markdown, cells);
  while (cells[n] != NULL)
    n++;
  for (guint i = 0; i < n; i++)
    g_string_append (out, "|---");
  g_string_append (out, "|\n");
}

static void
heading (GString    *out,
         gboolean    markdown,
         int         level,
         const char *text)
{
  if (markdown)
    g_string_append_printf (out, "\n%s %s\n\n", level == 1 ? "#" : "##", text);
  else
    g_string_append_printf (out, "\n%s\n", text);
}

static char *
constant_value (const SimrisConstant *c,
                const char           *lang)
{
  switch (c->unit)
    {
    case SIMRIS_UNIT_CENTS:
      return simris_money_format (c->value, lang);
    case SIMRIS_UNIT_PERCENT:
      return g_strdup_printf ("%" G_GINT64_FORMAT " %%", c->value);
    case SIMRIS_UNIT_FACTOR:
      return g_strdup_printf ("× %" G_GINT64_FORMAT, c->value);
    case SIMRIS_UNIT_YEARS:
      return g_strdup_printf (simris_ntr (lang, "%d year", "%d years", c->value), (int) c->value);
    case SIMRIS_UNIT_MONTHS:
      return g_strdup_printf (simris_ntr (lang, "%d month", "%d months", c->value), (int) c->value);
    case SIMRIS_UNIT_DAYS:
      return g_strdup_printf (simris_ntr (lang, "%d day", "%d days", c->value), (int) c->value);
    case SIMRIS_UNIT_DATE:
    default:
      return simris_date_format ((SimrisDate) c->value, lang);
    }
}

static void
dump_series (GString          *out,
             gboolean          markdown,
             SimrisParameters *params,
             const char       *which,
             const char       *lang)
{
  SimrisDate from;
  SimrisCents amount;
  const char *source;

  for (guint n = 0; simris_parameters_get_series_row (params, which, n, &from, &amount, &source); n++)
    {
      g_autofree char *d = simris_date_format (from, lang);
      g_autofree char *a = simris_money_format (amount, lang);
      const char *cells[] = { which, d, a, source != NULL ? source : "", NULL };
      row (out, markdown, cells);
    }
}

char *
simris_rules_dump (const char *lang,
                   gboolean    markdown)
{
  GString *out = g_string_new (NULL);
  SimrisParameters *params = simris_parameters_get_default ();

  lang = simris_lang_normalize (lang);

  if (markdown)
    g_string_append_printf (out, "# %s\n\n%s\n",
                            simris_tr (lang, N_("The law as SimRIS implements it")),
                            simris_tr (lang, N_("Generated by `simris-cli rules --markdown` from the table of "
                                                "app/law/simris-rules.c and the parameters of data/parameters.json; "
                                                "do not edit by hand. The reading behind each rule is explained "
                                                "in docs/calculation.md.")));
  else
    g_string_append_printf (out, "%s\n", simris_tr (lang, N_("The law as SimRIS implements it")));

  /* Art. 3 DIS. */
  heading (out, markdown, 2, simris_tr (lang, N_("Conditions (art. 3 of the law of 26 May 2002)")));
  {
    const char *h[] = { simris_tr (lang, N_("Code")), simris_tr (lang, N_("Article")),
                        simris_tr (lang, N_("Condition")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
      {
        g_autofree char *art = simris_rules_format_article (SIMRIS_ACT_LAW, conditions[i].article, lang);
        g_autofree char *label = simris_rules_format_figure (conditions[i].report_label, conditions[i].figure, lang);
        const char *cells[] = { conditions[i].code, art, label,
                                conditions[i].source, NULL };
        row (out, markdown, cells);
      }
  }

  /* Resources. */
  heading (out, markdown, 2, simris_tr (lang, N_("Resources (art. 16 of the law; art. 22–35 of the royal decree)")));
  {
    const char *h[] = { simris_tr (lang, N_("Kind")), simris_tr (lang, N_("Label")),
                        simris_tr (lang, N_("Treatment")), simris_tr (lang, N_("Article")),
                        simris_tr (lang, N_("Applies")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < G_N_ELEMENTS (kind_rules); i++)
      {
        const SimrisKindRule *r = &kind_rules[i];
        g_autofree char *art = simris_rules_format_article (r->act, r->article, lang);
        g_autofree char *dates = dates_text (r->from, r->until, lang);
        const char *cells[] = { simris_rules_kind_name (r->kind), simris_rules_kind_label (r->kind, lang),
                                treatment_text (r, lang), art, dates, r->source, NULL };
        row (out, markdown, cells);
      }
  }

  /* Art. 35 RD and the dated amounts of the parameters. */
  heading (out, markdown, 2, simris_tr (lang, N_("Socio-professional exemption (art. 35 of the royal decree)")));
  {
    const char *h[] = { simris_tr (lang, N_("Rule")), simris_tr (lang, N_("Article")),
                        simris_tr (lang, N_("Applies")), simris_tr (lang, N_("What")),
                        simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < G_N_ELEMENTS (spi_rules); i++)
      {
        g_autofree char *art = simris_rules_format_article (SIMRIS_ACT_RD, spi_rules[i].article, lang);
        g_autofree char *dates = dates_text (spi_rules[i].from, spi_rules[i].until, lang);
        g_autofree char *label = spi_label (&spi_rules[i], lang);
        const char *cells[] = { spi_rules[i].name, art, dates, label,
                                spi_rules[i].source, NULL };
        row (out, markdown, cells);
      }
  }
  heading (out, markdown, 2, simris_tr (lang, N_("Dated amounts of the parameters (a month; the exemptions are multiplied by the index coefficient in force)")));
  {
    const char *h[] = { simris_tr (lang, N_("Series")), simris_tr (lang, N_("From")),
                        simris_tr (lang, N_("Amount")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < G_N_ELEMENTS (spi_rules); i++)
      {
        gboolean seen = FALSE;

        for (guint j = 0; j < i; j++)
          seen |= g_str_equal (spi_rules[j].parameter, spi_rules[i].parameter);
        if (!seen)
          dump_series (out, markdown, params, spi_rules[i].parameter, lang);
      }
    dump_series (out, markdown, params, "ale_cheque_exempt", lang);
    dump_series (out, markdown, params, "maintenance_aid_month_max", lang);
    dump_series (out, markdown, params, "maintenance_aid_year_max", lang);
  }

  /* Constants. */
  heading (out, markdown, 2, simris_tr (lang, N_("Constants that are not indexed")));
  {
    const char *h[] = { simris_tr (lang, N_("Name")), simris_tr (lang, N_("Value")),
                        simris_tr (lang, N_("Article")), simris_tr (lang, N_("What")),
                        simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < SIMRIS_N_CONSTANTS; i++)
      {
        g_autofree char *v = constant_value (&constants[i], lang);
        g_autofree char *art = simris_rules_format_article (constants[i].act, constants[i].article, lang);
        const char *cells[] = { constants[i].name, v, art, simris_tr (lang, constants[i].label),
                                constants[i].source, NULL };
        row (out, markdown, cells);
      }
  }

  /* Art. 34 RD: the regimes of the parameters. */
  heading (out, markdown, 2, simris_tr (lang, N_("Cohabitants (art. 34 of the royal decree): the regimes")));
  {
    const char *h[] = { simris_tr (lang, N_("Regime")), simris_tr (lang, N_("From")),
                        simris_tr (lang, N_("Option")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < simris_parameters_get_n_art34_regimes (params); i++)
      {
        const SimrisArt34RegimeInfo *r = simris_parameters_get_nth_art34_regime (params, i);
        g_autofree char *d = simris_date_format (r->from, lang);
        const char *cells[] = { r->name, d, r->option, r->source != NULL ? r->source : "", NULL };
        row (out, markdown, cells);
      }
  }

  /* Art. 14, §1 DIS and art. 34 RD: who lives with whom. */
  heading (out, markdown, 2, simris_tr (lang, N_("Who lives with whom (art. 14, §1 of the law; art. 34 of the royal decree)")));
  {
    const char *h[] = { simris_tr (lang, N_("Rule")), simris_tr (lang, N_("Article")),
                        simris_tr (lang, N_("What")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < G_N_ELEMENTS (household_rules); i++)
      {
        g_autofree char *art = simris_rules_format_article (household_rules[i].act, household_rules[i].article, lang);
        const char *cells[] = { household_rules[i].name, art, simris_tr (lang, household_rules[i].label),
                                household_rules[i].source, NULL };
        row (out, markdown, cells);
      }
  }

  /* Which benefit (simris-benefit.c). */
  heading (out, markdown, 2, simris_tr (lang, N_("Which benefit: the residence status (art. 3, 3° of the law; art. 1, 57 and 57ter of the organic law of 8 July 1976)")));
  {
    const char *h[] = { simris_tr (lang, N_("Status")), simris_tr (lang, N_("Label")),
                        simris_tr (lang, N_("Article")), simris_tr (lang, N_("What")),
                        simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
      {
        const SimrisResidenceRule *r = simris_benefit_nth_residence_rule (i);
        g_autofree char *art = simris_benefit_format_article (r, lang);
        g_autofree char *label = simris_benefit_residence_label (r, lang);
        const char *cells[] = { r->name, label, art,
                                simris_benefit_route_text (r->route, lang), r->source, NULL };
        row (out, markdown, cells);
      }
  }

  /* The integration income's conditions the equivalent aid sets aside (simris-benefit.c). */
  heading (out, markdown, 2, simris_tr (lang, N_("The equivalent aid: conditions of the integration income it sets aside")));
  {
    const char *h[] = { simris_tr (lang, N_("Condition")), simris_tr (lang, N_("Article")),
                        simris_tr (lang, N_("What")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < simris_benefit_n_equivalent_conditions (); i++)
      {
        const SimrisEquivalentConditionRule *r = simris_benefit_nth_equivalent_condition (i);
        g_autofree char *art = simris_rules_format_article (r->act, r->article, lang);
        const char *cells[] = { r->condition, art, simris_tr (lang, r->label), r->source, NULL };
        row (out, markdown, cells);
      }
  }

  /* Options. */
  heading (out, markdown, 2, simris_tr (lang, N_("Readings a case may choose (shown as alternatives)")));
  {
    const char *h[] = { simris_tr (lang, N_("Option")), simris_tr (lang, N_("Default")),
                        simris_tr (lang, N_("What")), simris_tr (lang, N_("Source")), NULL };
    header (out, markdown, h);
    for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
      {
        g_autofree char *label = simris_rules_format_figure (readings[i].label, readings[i].figure, lang);
        const char *cells[] = { readings[i].option, readings[i].default_value ? "true" : "false",
                                label, readings[i].source, NULL };
        row (out, markdown, cells);
      }
  }

  return g_string_free (out, FALSE);
}
