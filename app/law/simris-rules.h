/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "simris-date.h"
#include "simris-enums.h"
#include "simris-member.h"

G_BEGIN_DECLS

/* The law as SimrisRIS implements it, in one table (docs/calculation.md; docs/law.md is
 * generated from it by `simris-cli rules --markdown`). A rule that changes on a date is a
 * row with its dates, never a branch in the engine. Indexed amounts live in the parameters
 * data (data/parameters.json); everything else is here, each with its article and source. */

/* The act a rule comes from. */
typedef enum
{
  SIMRIS_ACT_LAW,    /* loi du 26 mai 2002 concernant le droit à l'intégration sociale */
  SIMRIS_ACT_RD,     /* arrêté royal du 11 juillet 2002 portant règlement général */
  SIMRIS_ACT_READING, /* docs/calculation.md §13: a reading where the texts are silent */
  SIMRIS_ACT_LO,     /* loi du 8 juillet 1976 organique des CPAS (equivalent aid, maintenance aid) */
} SimrisAct;

/* How the amount of a kind is entered (docs/case-format.md, docs/calculation.md §4). */
typedef enum
{
  SIMRIS_KIND_AMOUNT_NET,        /* a flow, net of tax and social security (earnings, replacement incomes) */
  SIMRIS_KIND_AMOUNT_RECEIVED,   /* a flow, the amount received */
  SIMRIS_KIND_AMOUNT_CAPITAL,    /* a total: the capital (art. 27 RD) */
  SIMRIS_KIND_AMOUNT_CADASTRAL,  /* a total: the non-indexed cadastral income (art. 24–25 RD) */
} SimrisKindAmount;

/* The fields a kind has beside its amount and period. */
typedef enum
{
  SIMRIS_KIND_FIELD_COUNT = 1 << 0,          /* a number of cheques (ALE, art. 22 §1 d) RD) */
  SIMRIS_KIND_FIELD_CHILDREN = 1 << 1,       /* children with family allowances (art. 25 RD abatement) */
  SIMRIS_KIND_FIELD_SHORTAGE_START = 1 << 2, /* a job in a shortage occupation (art. 35 §1 RD) */
} SimrisKindField;

/* How a resource kind is treated on a date (art. 16 law; art. 22–35 RD). */
typedef enum
{
  SIMRIS_TREATMENT_COUNTED = SIMRIS_KIND_GROUP_COUNTED,
  SIMRIS_TREATMENT_EXEMPT = SIMRIS_KIND_GROUP_EXEMPT,
  SIMRIS_TREATMENT_SPECIAL = SIMRIS_KIND_GROUP_SPECIAL,
} SimrisTreatment;

/* The special rule of a SPECIAL (or counted-with-exemption) row. */
typedef enum
{
  SIMRIS_SPECIAL_NONE,
  SIMRIS_SPECIAL_WORK,          /* counted, with the socio-professional exemption (art. 35) */
  SIMRIS_SPECIAL_ALE_CHEQUES,   /* art. 22 §1 d): per cheque exempt, the excess counted */
  SIMRIS_SPECIAL_BY_REGIME,     /* art. 34: follows the regime (family allowance for the applicant) */
  SIMRIS_SPECIAL_MAF,           /* counted; the 2008 proposal would exempt it (option) */
  SIMRIS_SPECIAL_CAPITAL,       /* art. 27: yearly return on the total */
  SIMRIS_SPECIAL_REAL_ESTATE,   /* art. 24–25: cadastral income after abatement, × 3 */
} SimrisSpecialRule;

typedef struct
{
  SimrisResourceKind kind;
  SimrisDate         from;       /* 0: since the act came into force */
  SimrisDate         until;      /* 0: still in force; else the last day */
  SimrisTreatment    treatment;
  SimrisSpecialRule  special;
  SimrisAct          act;
  const char        *article;    /* "art. 22, §1, a)" */
  const char        *source;     /* where the reading was checked */
} SimrisKindRule;

/* The art. 3 conditions of the law (docs/calculation.md §1). */
typedef struct
{
  const char *code;          /* SIMRIS_REASON_* */
  int         condition;     /* SimrisCondition answered in the case, or -1 (age, resources) */
  const char *article;       /* of the law of 26/05/2002 */
  const char *label;         /* msgid: the condition, as the trace names it */
  const char *short_label;   /* msgid: for a list ("residence") */
  const char *report_label;  /* msgid: the decision's table */
  const char *reason;        /* msgid: why not eligible; %1$s is the reference of the article,
                              * %2$d the figure */
  const char *source;
  int         figure;        /* SimrisConstantId its texts' %d shows (the age of majority), or
                              * SIMRIS_NO_FIGURE: simris_rules_format_figure() */
} SimrisConditionRule;

/* Constants of the law that are not indexed. */
typedef enum
{
  SIMRIS_CONST_GENERAL_EXEMPTION_COHABITANT,
  SIMRIS_CONST_GENERAL_EXEMPTION_ISOLATED,
  SIMRIS_CONST_GENERAL_EXEMPTION_FAMILY,
  SIMRIS_CONST_CAPITAL_FREE_CEILING,
  SIMRIS_CONST_CAPITAL_SECOND_CEILING,
  SIMRIS_CONST_CAPITAL_LOW_RATE,
  SIMRIS_CONST_CAPITAL_HIGH_RATE,
  SIMRIS_CONST_REAL_ESTATE_ABATEMENT,
  SIMRIS_CONST_REAL_ESTATE_ABATEMENT_PER_CHILD,
  SIMRIS_CONST_REAL_ESTATE_FACTOR,
  SIMRIS_CONST_SPI_YEARS,
  SIMRIS_CONST_SHORTAGE_MONTHS,
  SIMRIS_CONST_NEWER_INDEX_MONTHS,
  SIMRIS_CONST_ADULT_AGE,
  SIMRIS_CONST_STUDENT_AGE_LIMIT,        /* the under-25 reading of art. 35, §2 (an option) */
  SIMRIS_CONST_MAINTENANCE_AID_PERCENT,  /* art. 68quinquies LO: share of the maintenance paid */
  SIMRIS_CONST_DECISION_DAYS,            /* art. 21, §1 DIS: the CPAS decides within */
  SIMRIS_CONST_NOTIFICATION_DAYS,        /* art. 21, §2 DIS: and notifies within */
  SIMRIS_CONST_APPEAL_MONTHS,            /* art. 47, §1 DIS; art. 71 LO: the appeal within */
  SIMRIS_CONST_PIIS_MONTHS,              /* art. 11 DIS: the PIIS is drawn up within, from the grant */
  SIMRIS_CONST_AID_DECISION_MONTHS,      /* art. 71 LO: the CPAS decides on social aid within */
  SIMRIS_CONST_SPI_WINDOW_YEARS,         /* art. 35, §1 RD: the SPI's years fall within */
  SIMRIS_CONST_TRANSFER_YEARS,           /* art. 28 RD: goods transferred within the last */
  SIMRIS_CONST_EU_STAY_MONTHS,           /* art. 3, 3° DIS: an EU citizen's right of stay of more than */
  SIMRIS_CONST_ABROAD_NOTICE_DAYS,       /* art. 23, §5 DIS: a stay abroad this long is told beforehand */
  SIMRIS_CONST_PROOF_MONTHS,             /* docs/calculation.md §10: the usual proofs cover the last */
  SIMRIS_N_CONSTANTS,
} SimrisConstantId;

typedef enum
{
  SIMRIS_UNIT_CENTS,    /* money, in cents a year */
  SIMRIS_UNIT_PERCENT,
  SIMRIS_UNIT_FACTOR,
  SIMRIS_UNIT_YEARS,
  SIMRIS_UNIT_MONTHS,
  SIMRIS_UNIT_DAYS,
  SIMRIS_UNIT_DATE,     /* a SimrisDate */
} SimrisUnit;

typedef struct
{
  SimrisConstantId id;
  const char      *name;     /* stable name, for the reference */
  SimrisDate       from;     /* the value applies from this date (0: since the act came into force) */
  gint64           value;
  SimrisUnit       unit;
  SimrisAct        act;
  const char      *article;
  const char      *label;    /* msgid: what it is */
  const char      *source;
} SimrisConstant;

/* The amounts of the socio-professional exemption (art. 35 RD), each with the dates it
 * applies between; the amounts themselves are indexed parameters. */
typedef enum
{
  SIMRIS_SPI_ORDINARY,       /* art. 35 §1: work begun while on the RIS, 3 years; §2 students */
  SIMRIS_SPI_SHORTAGE,       /* art. 35 §1 (AR 23/11/2023): a shortage occupation, 3 months */
  SIMRIS_SPI_STUDENT_GRANT,  /* art. 35 §2: a student with a study grant, lower amount */
  SIMRIS_SPI_STUDENT_GRANT_ALIGNED, /* Covid time: grant students get the ordinary amount */
} SimrisSpiKind;

typedef struct
{
  SimrisSpiKind  which;
  const char    *name;        /* stable name */
  const char    *parameter;   /* the parameters' series of its indexed base */
  SimrisDate     from;        /* 0: since the act came into force */
  SimrisDate     until;       /* 0: still in force; else the last day */
  const char    *article;
  const char    *label;       /* msgid */
  const char    *source;
} SimrisSpiRule;

/* The rule of that kind in force on a date, or NULL when none is. */
const SimrisSpiRule   *simris_rules_spi_rule         (SimrisSpiKind       which,
                                                      SimrisDate          date);

/* Readings the law leaves open, that a case may choose (docs/calculation.md §13; the
 * `alternatives` of a result show the other value). */
typedef struct
{
  const char *option;        /* SIMRIS_OPTION_* */
  gboolean    default_value;
  const char *label;         /* msgid */
  const char *source;
  int         figure;        /* SimrisConstantId its label's %d shows, or SIMRIS_NO_FIGURE */
} SimrisReadingRule;

/* Who lives with whom, as the law counts it (docs/calculation.md §2.1, §2.2, §5.1). */
typedef enum
{
  SIMRIS_HOUSEHOLD_RULE_SHARING,            /* art. 14, §1, 1° DIS: same roof AND common household */
  SIMRIS_HOUSEHOLD_RULE_SEPARATE_NOT_COUNTED, /* art. 34 RD presupposes cohabitation */
  SIMRIS_HOUSEHOLD_RULE_ALTERNATING_CUSTODY, /* art. 14, §1, 3° DIS: regular presence suffices */
  SIMRIS_HOUSEHOLD_RULE_SEVERAL_APPLICANTS, /* art. 34 RD: the counted excess shared between applicants */
  SIMRIS_N_HOUSEHOLD_RULES,
} SimrisHouseholdRuleId;

typedef struct
{
  SimrisHouseholdRuleId which;
  const char           *name;      /* stable name */
  SimrisAct             act;
  const char           *article;
  const char           *label;     /* msgid */
  const char           *source;
} SimrisHouseholdRule;

const SimrisHouseholdRule *
                       simris_rules_household_rule   (SimrisHouseholdRuleId which);

guint                  simris_rules_n_readings       (void);
const SimrisReadingRule *
                       simris_rules_nth_reading      (guint               n);

/* Kinds: names as in case files, labels and help (msgids translated per call), the form's group. */
const char            *simris_rules_kind_name        (SimrisResourceKind  kind);
gboolean               simris_rules_kind_from_name   (const char         *name,
                                                      SimrisResourceKind *kind);
const char            *simris_rules_kind_label       (SimrisResourceKind  kind,
                                                      const char         *lang);
const char            *simris_rules_kind_help        (SimrisResourceKind  kind,
                                                      const char         *lang);
SimrisKindAmount       simris_rules_kind_amount      (SimrisResourceKind  kind);
/* A total (capital, real estate) rather than a flow by the month, the year or once. */
gboolean               simris_rules_kind_is_total    (SimrisResourceKind  kind);
gboolean               simris_rules_kind_has_field   (SimrisResourceKind  kind,
                                                      SimrisKindField     field);
/* The title of the amount's field: "Net amount", "Cadastral income, not indexed"… */
const char            *simris_rules_kind_amount_title (SimrisResourceKind  kind,
                                                       const char         *lang);
/* The document the CPAS asks for it (newly allocated), or NULL when no usual proof is listed. */
char                  *simris_rules_kind_proof       (SimrisResourceKind  kind,
                                                      const char         *lang);
/* The guide's plain category ("work", "savings"…), or NULL when the guide does not ask it. */
const char            *simris_rules_kind_guide_category (SimrisResourceKind kind);
/* The kinds that match every word of query (in their labels in French, Dutch and English, their
 * names and their search words), best first: a word of the label in lang, then of the kind's
 * words, then elsewhere; for a student a student job before a wage, else the reverse; then the
 * kinds most people have; then by label. An empty query gives every kind in that order.
 * An array of SimrisResourceKind. */
GArray                *simris_rules_kind_search      (const char         *query,
                                                      const char         *lang,
                                                      gboolean            student);
/* Art. 35, §2 RD: whether this kind, for a full-time student (or not), is partly exempt for
 * the whole studies (a student's student job). */
gboolean               simris_rules_kind_exempt_for_student (SimrisResourceKind kind,
                                                             gboolean           full_time_student);
/* The group the form shows a kind in: its treatment under the newest row. */
SimrisKindGroup        simris_rules_kind_group       (SimrisResourceKind  kind);
/* The row in force on a date (never NULL for a valid kind). */
const SimrisKindRule  *simris_rules_kind_rule        (SimrisResourceKind  kind,
                                                      SimrisDate          date);
guint                  simris_rules_n_kind_rules     (void);
const SimrisKindRule  *simris_rules_nth_kind_rule    (guint               n);

guint                  simris_rules_n_conditions     (void);
const SimrisConditionRule *
                       simris_rules_nth_condition    (guint               n);
const SimrisConditionRule *
                       simris_rules_condition        (const char         *code);

const SimrisConstant  *simris_rules_constant_info    (SimrisConstantId    id);
gint64                 simris_rules_constant         (SimrisConstantId    id);
/* A constant as words in lang: "3 years", "3 months" (the catalogue's plural), an amount… */
char                  *simris_rules_constant_text    (SimrisConstantId    id,
                                                      const char         *lang);
/* No figure of the law in a text: the texts of the table never type one, they show the
 * constant a row names (figure) through a %d. */
#define SIMRIS_NO_FIGURE (-1)
/* msgid translated into lang, its %d the value of the constant figure (SIMRIS_NO_FIGURE:
 * the translation as it is). */
char                  *simris_rules_format_figure    (const char         *msgid,
                                                      int                 figure,
                                                      const char         *lang);
/* msgid translated into lang, its %s the constant figure as words (simris_rules_constant_text:
 * "3 months", in the catalogue's plural); SIMRIS_NO_FIGURE: the translation as it is. */
char                  *simris_rules_format_constant (const char         *msgid,
                                                     int                 figure,
                                                     const char         *lang);
/* Art. 3, 2° DIS: whether someone of that age (in whole years; < 0 when unknown) is of age. */
gboolean               simris_rules_age_is_adult     (int                 age);

/* The table as one value. The engine and the timeline read the shipped one unless given another:
 * a test may copy it, add a dated row and compute against the copy. */
typedef struct _SimrisRuleTable SimrisRuleTable;

/* The shipped table (static: never freed). */
const SimrisRuleTable *simris_rule_table_get_default (void);
SimrisRuleTable       *simris_rule_table_copy        (const SimrisRuleTable *self);
void                   simris_rule_table_free        (SimrisRuleTable       *self);
/* Adds a dated row; among the rows of a kind in force on a date, the one with the latest
 * `from` applies, so a row from a date overrides an open-ended older one from that date. */
void                   simris_rule_table_add_kind_rule (SimrisRuleTable      *self,
                                                        const SimrisKindRule *rule);
const SimrisKindRule  *simris_rule_table_kind_rule   (const SimrisRuleTable *self,
                                                      SimrisResourceKind     kind,
                                                      SimrisDate             date);
const SimrisSpiRule   *simris_rule_table_spi_rule    (const SimrisRuleTable *self,
                                                      SimrisSpiKind          which,
                                                      SimrisDate             date);
gint64                 simris_rule_table_constant    (const SimrisRuleTable *self,
                                                      SimrisConstantId       id);
/* Every date on which a row of the table starts or stops applying (a row's from, the day
 * after its until), sorted, each once: the dates on which a computation may read differently. */
GArray                *simris_rule_table_change_dates (const SimrisRuleTable *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SimrisRuleTable, simris_rule_table_free)

/* "art. 22, §1, b) RD 11/07/2002" in a language: the article and its act. */
char                  *simris_rules_format_article   (SimrisAct           act,
                                                      const char         *article,
                                                      const char         *lang);
const char            *simris_rules_treatment_label  (SimrisTreatment     treatment,
                                                      const char         *lang);

/* The whole table as text or Markdown, article by article (simris-cli rules). */
char                  *simris_rules_dump             (const char         *lang,
                                                      gboolean            markdown);

G_END_DECLS
