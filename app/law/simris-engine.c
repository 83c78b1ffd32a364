/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisEngine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-codes.h"
#include "simris-benefit.h"
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-maintenance.h"
#include "simris-presence.h"
#include "simris-result-private.h"
#include "simris-rules.h"

/* The RIS calculation of docs/calculation.md, §0–§9: loi du 26 mai 2002 concernant le
 * droit à l'intégration sociale (DIS) and arrêté royal du 11 juillet 2002 (AR), art. 22–35.
 * Every rule is one function named after its article; each appends its step to the trace.
 * Money is in cents; rounding happens only where the law rounds. */

/* The constants of the law, its articles and its dated rows are in the law's table
 * (simris-rules.c): the engine only applies them. */
#define CONST(id) simris_rule_table_constant (ctx->rules, SIMRIS_CONST_##id)
#define ADULT_AGE ((int) CONST (ADULT_AGE))

/* ---- Context ------------------------------------------------------------------------- */

typedef struct
{
  SimrisMember   *member;
  const char     *id;
  SimrisRelation  relation;
  int             index;
  int             age;
  gboolean        in_household;
  gboolean        minor_in_charge;
  /* Art. 14, §1, 1° DIS (docs/calculation.md §2.1): lives here AND settles household matters
   * mainly in common with the applicant; FALSE for someone at the address on a separate
   * household, who is no cohabitant and whom art. 34 AR never counts. */
  gboolean        shares;
  /* A minor in alternating custody (docs/calculation.md §2.2), and whether this run leaves
   * them out (the months they spend with the other parent, option alternate_months). */
  gboolean        alternating;
  gboolean        away_this_month;
  /* Another adult of the household who applies too (docs/calculation.md §5.1). */
  gboolean        applies;
} Person;

typedef struct
{
  const SimrisRuleTable *rules;            /* the law's table: the shipped one unless a test gives another */
  gboolean          count_ascendants_descendants;
  gboolean          count_maintenance_debtors;
  const char       *art34_regime;          /* a regime's name in the parameters, or NULL: by date */
  gboolean          isolated_partner_no_resources;
  gboolean          reform_maf_exempt;
  int               split_applicant_share;
  gboolean          alternate_months;      /* docs/calculation.md §2.2 */
  gboolean          applicants_share_excess; /* docs/calculation.md §5.1 */
  /* Issue 29 (docs/calculation.md §4.3, §15, §16). */
  SimrisBenefit     benefit;
  SimrisResidenceStatus residence_status;
  gboolean          residence_unanswered;  /* an alternative: the RIS answer says nothing of a legal stay */
  gboolean          student_under_25;
  gboolean          student_grant_covid_alignment;
} Options;

typedef struct
{
  SimrisCents counted;     /* annual, after exemptions of §4 and the SPI */
  SimrisCents ale_excess;  /* the part of counted that is ALE excess (§4.1 D) */
} Counted;

typedef struct
{
  SimrisParameters *params;
  const SimrisRuleTable *rules;
  SimrisHousehold  *household;
  SimrisDate        date;
  const char       *lang;
  Options           options;
  SimrisAmounts     amounts;
  GArray           *people;      /* Person */
  Person           *applicant;
  Person           *partner;     /* the partner when living in the household, else NULL */
  int               minors_in_charge;
  int               n_applicants;  /* the applicant and the members who apply too */
  SimrisResult     *result;
  gboolean          quiet;       /* an alternative: no trace needed */
  const SimrisArt34RegimeInfo *regime;
} Ctx;

/* An alternative (ctx->quiet) needs only the amounts: its sentences are never formatted. */
#define TR(s) (ctx->quiet ? (s) : simris_tr (ctx->lang, (s)))
#define FMT(...) (ctx->quiet ? NULL : g_strdup_printf (__VA_ARGS__))
#define DUP(s) (ctx->quiet ? NULL : g_strdup (s))

static char *
money (Ctx         *ctx,
       SimrisCents  cents)
{
  return ctx->quiet ? NULL : simris_money_format (cents, ctx->lang);
}

static char *
date_text (Ctx        *ctx,
           SimrisDate  date)
{
  return ctx->quiet ? NULL : simris_date_format (date, ctx->lang);
}

/* "art. 22, §1, b) RD 11/07/2002" in the result's language. */
static char *
rule_ar (Ctx        *ctx,
         const char *article)
{
  if (ctx->quiet)
    return NULL;
  return simris_rules_format_article (SIMRIS_ACT_RD, article, ctx->lang);
}

/* "art. 14, §1 law 26/05/2002". */
static char *
rule_law (Ctx        *ctx,
          const char *article)
{
  if (ctx->quiet)
    return NULL;
  return simris_rules_format_article (SIMRIS_ACT_LAW, article, ctx->lang);
}

static char *
rule_of (Ctx        *ctx,
         SimrisAct   act,
         const char *article)
{
  return ctx->quiet ? NULL : simris_rules_format_article (act, article, ctx->lang);
}

static const char *
person_name (Ctx    *ctx,
             Person *p)
{
  const char *name = simris_member_get_name (p->member);

  if (name != NULL && *name != '\0')
    return name;
  return simris_relation_get_label (p->relation, ctx->lang);
}

static void
step (Ctx            *ctx,
      SimrisStepKind  kind,
      char           *rule,
      char           *text,
      gboolean        has_amount,
      SimrisCents     amount,
      int             sign)
{
  if (ctx->quiet)
    {
      g_free (rule);
      g_free (text);
      return;
    }
  simris_result_add_step (ctx->result, kind, rule, text, has_amount, amount, sign);
  g_free (rule);
}

static void
warn (Ctx        *ctx,
      const char *code,
      char       *text)
{
  if (ctx->quiet)
    {
      g_free (text);
      return;
    }
  simris_result_add_warning (ctx->result, code, text);
}

static SimrisCents
annualise (Ctx          *ctx,
           SimrisCents   amount,
           SimrisPeriod  period)
{
  /* docs/calculation.md §4: month × 12; year as is; once counted as is (received in the year). */
  return period == SIMRIS_PERIOD_MONTH ? amount * 12 : amount;
}

static const char *
period_phrase (Ctx          *ctx,
               SimrisPeriod  period)
{
  return simris_period_get_label (period, ctx->lang);
}

/* ---- §1 Facts ------------------------------------------------------------------------ */

static gboolean
person_is_minor (Ctx    *ctx,
                 Person *p)
{
  return p->age < ADULT_AGE;
}

/* docs/calculation.md §2, §13: a minor is in the applicant's charge when `dependent_of` names the
 * applicant or the partner (living in the household), or when a `child` has no
 * `dependent_of`; the minor must be unmarried and live in the household. */
static gboolean
is_minor_in_charge (Ctx    *ctx,
                    Person *p)
{
  const char *dep = simris_member_get_dependent_of (p->member);

  if (p == ctx->applicant || p == ctx->partner || !p->in_household)
    return FALSE;
  if (!person_is_minor (ctx, p) || simris_member_get_married (p->member))
    return FALSE;
  if (dep == NULL || *dep == '\0')
    return p->relation == SIMRIS_RELATION_CHILD;
  if (g_str_equal (dep, ctx->applicant->id))
    return TRUE;
  return ctx->partner != NULL && g_str_equal (dep, ctx->partner->id);
}

static gboolean
collect_people (Ctx     *ctx,
                GError **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (ctx->household));

  ctx->people = g_array_sized_new (FALSE, TRUE, sizeof (Person), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (ctx->household), i);
      Person p = { 0 };
      SimrisDate birth = 0;

      p.member = member; /* the household keeps it alive */
      p.id = simris_member_get_id (member);
      p.relation = simris_member_get_relation (member);
      p.index = i;
      /* docs/calculation.md §14: a member born after the reference date is not yet in the household. */
      if (simris_date_parse (simris_member_get_birth_date (member), &birth) && birth > ctx->date
          && p.relation != SIMRIS_RELATION_APPLICANT)
        continue;
      if (!simris_date_parse (simris_member_get_birth_date (member), &birth) || birth > ctx->date)
        {
          g_autofree char *ref = simris_date_to_iso (ctx->date);
          g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID,
                       /* Translators: %u is a member's position, %s the reference date */
                       _("members[%u].birth_date: missing, not a date, or after the reference date %s"),
                       i, ref);
          return FALSE;
        }
      p.age = simris_date_age_at (birth, ctx->date);
      /* docs/calculation.md §13: the applicant always belongs to the household. */
      p.in_household = p.relation == SIMRIS_RELATION_APPLICANT
                       || simris_member_get_lives_in_household (member);
      /* docs/calculation.md §2.2: a minor in alternating custody lives here part of the time;
       * with the option of the months apart, this run is such a month. */
      p.alternating = p.relation != SIMRIS_RELATION_APPLICANT && p.relation != SIMRIS_RELATION_PARTNER
                      && p.in_household && p.age < ADULT_AGE
                      && simris_member_custody_on (member, ctx->date) == SIMRIS_CUSTODY_ALTERNATING;
      if (p.alternating && ctx->options.alternate_months)
        {
          p.in_household = FALSE;
          p.away_this_month = TRUE;
        }
      /* docs/calculation.md §2.1: a partner always shares (simris_household_validate()). */
      p.shares = p.in_household
                 && (p.relation == SIMRIS_RELATION_APPLICANT || p.relation == SIMRIS_RELATION_PARTNER
                     || simris_member_shares_household_on (member, ctx->date));
      /* docs/calculation.md §5.1: only an adult of the common household applies with the applicant. */
      p.applies = p.relation != SIMRIS_RELATION_APPLICANT && p.shares && p.age >= ADULT_AGE
                  && simris_member_get_also_applies (member);
      g_array_append_val (ctx->people, p);
    }

  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      if (p->relation == SIMRIS_RELATION_APPLICANT)
        ctx->applicant = p;
      /* docs/calculation.md §13: a partner who does not live in the household is no cohabitant. */
      else if (p->relation == SIMRIS_RELATION_PARTNER && p->in_household)
        ctx->partner = p;
    }

  if (ctx->applicant == NULL)
    {
      g_set_error_literal (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID,
                           _("members: the case has no applicant"));
      return FALSE;
    }

  ctx->n_applicants = 1;
  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      p->minor_in_charge = is_minor_in_charge (ctx, p);
      if (p->minor_in_charge)
        ctx->minors_in_charge++;
      if (p->applies)
        ctx->n_applicants++;
    }

  return TRUE;
}

static void
trace_facts (Ctx *ctx)
{
  if (ctx->quiet)
    return;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      const char *where;
      char *text;

      if (p == ctx->applicant)
        where = TR (N_("the applicant"));
      else if (p->away_this_month)
        where = TR (N_("in alternating custody, with the other parent this month"));
      else if (!p->in_household)
        where = TR (N_("does not live in the household"));
      else if (p->minor_in_charge && p->alternating)
        where = TR (N_("lives in the household part of the time (alternating custody), a minor in the "
                       "applicant's charge"));
      else if (p->minor_in_charge)
        where = TR (N_("lives in the household, a minor in the applicant's charge"));
      else if (!p->shares)
        where = TR (N_("lives at the address, separate household"));
      else if (p->applies)
        where = TR (N_("lives in the household and applies for the integration income too"));
      else
        where = TR (N_("lives in the household"));

      /* Translators: "Sophie (Partner), 34 years old: lives in the household" */
      text = FMT (TR (N_("%s (%s), %d years old: %s")),
                              person_name (ctx, p),
                              simris_relation_get_label (p->relation, ctx->lang),
                              p->age, where);
      step (ctx, SIMRIS_STEP_FACTS, DUP (TR (N_("facts of the case"))), text, FALSE, 0, 0);
    }

  /* docs/calculation.md §14: members born after the reference date are left out. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ctx->household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (ctx->household), i);
      SimrisDate birth = 0;

      if (simris_date_parse (simris_member_get_birth_date (m), &birth) && birth > ctx->date
          && simris_member_get_relation (m) != SIMRIS_RELATION_APPLICANT)
        {
          const char *name = simris_member_get_name (m);
          g_autofree char *born = date_text (ctx, birth);

          /* Translators: a member's name (or relation), then a birth date */
          step (ctx, SIMRIS_STEP_FACTS, g_strdup (TR (N_("facts of the case"))),
                g_strdup_printf (TR (N_("%s, born on %s, is not yet in the household on the reference date.")),
                                 name != NULL && *name != '\0'
                                   ? name : simris_relation_get_label (simris_member_get_relation (m), ctx->lang),
                                 born),
                FALSE, 0, 0);
        }
    }
}

/* ---- §3 Parameters ------------------------------------------------------------------- */

static void
trace_parameters (Ctx *ctx)
{
  g_autofree char *ref = date_text (ctx, ctx->date);
  g_autofree char *from = date_text (ctx, ctx->amounts.from);
  g_autofree char *base_from = date_text (ctx, ctx->amounts.base_from);
  g_autofree char *coef_from = date_text (ctx, ctx->amounts.coefficient_from);
  g_autofree char *coef = g_strdup_printf ("%u%s%04u", ctx->amounts.coefficient / 10000,
                                           g_str_equal (ctx->lang, "en") ? "." : ",",
                                           ctx->amounts.coefficient % 10000);
  char *text;

  /* Translators: dates, then the date of the base amounts, the coefficient, its date */
  text = FMT (TR (N_("Amounts in force on %s: those from %s — base amounts of %s "
                                 "× index coefficient %s (in force from %s); yearly amount = base "
                                 "× coefficient rounded to the cent, monthly amount = yearly / 12.")),
                          ref, from, base_from, coef, coef_from);
  step (ctx, SIMRIS_STEP_PARAMETERS,
        DUP (TR (N_("art. 14, §1 law 26/05/2002; art. 2 RD 03/09/2004"))),
        text, FALSE, 0, 0);

  /* The user's own file is named as such, never by its path (a document must not carry a
   * path of the user's machine). */
  if (ctx->amounts.user_values)
    step (ctx, SIMRIS_STEP_PARAMETERS, DUP (TR (N_("parameters"))),
          DUP (TR (N_("Some of these amounts come from the user's own parameters file, not from SimRIS."))),
          FALSE, 0, 0);
}

/* docs/calculation.md §3: newer_index_may_apply strictly after the newest step + 6 months;
 * derived_amounts when no source printed the category's amounts of that row. */
static void
warn_parameters (Ctx            *ctx,
                 SimrisCategory  category)
{
  SimrisDate limit = simris_date_add_months (ctx->amounts.newest_step, CONST (NEWER_INDEX_MONTHS));

  if (ctx->date > limit)
    {
      g_autofree char *since = date_text (ctx, ctx->amounts.newest_step);
      warn (ctx, SIMRIS_WARNING_NEWER_INDEX_MAY_APPLY,
            FMT (TR (N_("Amounts in force since %s; a newer indexation may apply.")), since));
    }

  if (!ctx->amounts.printed[category])
    warn (ctx, SIMRIS_WARNING_DERIVED_AMOUNTS,
          DUP (TR (N_("Amounts computed by SimRIS from the base amounts and the index; check them "
                           "against the SPP IS circular."))));

  /* Issue 27, defect 8: whenever the user's file changes an amount, the result and the
   * decision's note say so. */
  if (ctx->amounts.user_values)
    warn (ctx, SIMRIS_WARNING_USER_PARAMETERS,
          DUP (TR (N_("Some amounts come from a parameters file added on this computer, not from SimRIS: "
                      "check them against the SPP IS circular before relying on this result."))));

  if (simris_parameters_get_user_error (ctx->params) != NULL)
    warn (ctx, SIMRIS_WARNING_USER_PARAMETERS_INVALID,
          FMT (TR (N_("Your parameters file was ignored: %s")),
                           simris_parameters_get_user_error (ctx->params)));
}

/* ---- §1 Conditions, art. 3 DIS --------------------------------------------------------- */

/* Art. 3, 2° DIS and art. 7 §1: 18 or over, or a minor assimilated — married (emancipated),
 * pregnant, or with at least one minor child in charge (docs/calculation.md §1, §13). */
static gboolean
art3_age_condition (Ctx *ctx)
{
  Person *a = ctx->applicant;
  const SimrisEquivalentConditionRule *instead = NULL;
  gboolean met;
  const char *why;
  char *text;

  if (a->age >= ADULT_AGE)
    {
      met = TRUE;
      why = TR (N_("is of age"));
    }
  else if (simris_member_get_married (a->member))
    {
      met = TRUE;
      why = TR (N_("is a minor, assimilated to an adult by marriage"));
    }
  else if (simris_member_get_pregnant (a->member))
    {
      met = TRUE;
      why = TR (N_("is a minor, assimilated to an adult by pregnancy"));
    }
  else if (ctx->minors_in_charge > 0)
    {
      met = TRUE;
      why = TR (N_("is a minor, assimilated to an adult by having a minor child in their charge"));
    }
  else if (ctx->options.benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID
           && (instead = simris_benefit_equivalent_condition (SIMRIS_REASON_AGE)) != NULL)
    {
      /* The equivalent aid has no age condition (simris-benefit.c, docs/calculation.md §15). */
      met = TRUE;
      why = TR (N_("is a minor; the equivalent aid has no age condition: the CPAS assesses the minor's need in "
                   "its social inquiry, and the State reimburses the aid up to the amount of the category (art. 5 "
                   "of the law of 2 April 1965)"));
    }
  else
    {
      met = FALSE;
      why = TR (N_("is a minor, neither married nor pregnant nor with a minor child in their charge: condition not met"));
    }

  /* Translators: "Age: the applicant (24 years old) is of age." */
  text = FMT (TR (N_("Age: the applicant (%d years old) %s.")), a->age, why);
  step (ctx, SIMRIS_STEP_CONDITION,
        instead != NULL ? rule_of (ctx, instead->act, instead->article)
                        : rule_law (ctx, simris_rules_condition (SIMRIS_REASON_AGE)->article),
        text, FALSE, 0, 0);
  return met;
}

/* The equivalent aid's own residence condition (docs/calculation.md §15; simris-benefit.c): an
 * actual residence in Belgium with a legal stay (art. 1 and 57, §1 LO), the integration
 * income's nationality condition (art. 3, 3° DIS) set aside; the residence status, when given,
 * says whether the equivalent aid is the benefit to ask. Returns TRUE when it fails. */
static gboolean
equivalent_residence_check (Ctx            *ctx,
                            SimrisTristate  answer)
{
  const SimrisResidenceRule *status = simris_benefit_residence_rule (ctx->options.residence_status);
  gboolean failed = answer == SIMRIS_TRISTATE_NO;
  GString *text;

  if (status != NULL && (status->route == SIMRIS_BENEFIT_ROUTE_MATERIAL_AID
                         || status->route == SIMRIS_BENEFIT_ROUTE_URGENT_MEDICAL_AID))
    failed = TRUE;
  if (ctx->quiet)
    return failed;

  text = g_string_new (NULL);
  g_string_append_printf (text, TR (N_("Residence for the equivalent aid: actual residence in Belgium with a legal "
                                       "stay; the nationality condition of the integration income does not apply: %s.")),
                          answer == SIMRIS_TRISTATE_YES ? TR (N_("met"))
                          : answer == SIMRIS_TRISTATE_NO ? TR (N_("not met"))
                          : TR (N_("not answered: assumed met, to be checked by the CPAS")));
  if (answer == SIMRIS_TRISTATE_UNKNOWN && status == NULL)
    simris_result_add_assumed (ctx->result, SIMRIS_REASON_RESIDENCE);
  if (status != NULL)
    {
      g_autofree char *label = simris_benefit_residence_label (status, ctx->lang);

      g_string_append_c (text, ' ');
      /* Translators: the residence status in words, then what it gives */
      g_string_append_printf (text, TR (N_("Residence status: %s. %s")), label,
                              simris_benefit_route_text (status->route, ctx->lang));
    }
  step (ctx, SIMRIS_STEP_CONDITION,
        status != NULL ? simris_benefit_format_article (status, ctx->lang) : rule_of (ctx, SIMRIS_ACT_LO, "art. 1, 57, §1"),
        g_string_free (text, FALSE), FALSE, 0, 0);

  if (status != NULL && status->route == SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME)
    warn (ctx, SIMRIS_WARNING_OTHER_BENEFIT,
          g_strdup (TR (N_("This residence status gives the integration income itself: the CPAS grants it rather "
                           "than the equivalent aid (same amount)."))));
  return failed;
}

/* The residence status of the case, when given, leads elsewhere than to the integration
 * income (simris-benefit.c; docs/calculation.md §15). */
static gboolean
residence_status_excludes (Ctx *ctx)
{
  const SimrisResidenceRule *status = simris_benefit_residence_rule (ctx->options.residence_status);

  return status != NULL && status->route != SIMRIS_BENEFIT_ROUTE_INTEGRATION_INCOME;
}

/* Art. 3, 1°, 3°, 5° and 6° DIS, as answered in the case (docs/calculation.md §1): false → not
 * eligible; absent → assumed met, to be checked by the CPAS. The conditions are rows of the
 * law's table; failed[] is indexed like it. */
static void
art3_conditions_check (Ctx      *ctx,
                       gboolean *failed)
{
  g_autoptr(GString) assumed = g_string_new (NULL);

  for (guint i = 0; i < simris_rules_n_conditions (); i++)
    {
      const SimrisConditionRule *c = simris_rules_nth_condition (i);
      SimrisTristate v;
      const char *state;

      if (c->condition < 0)
        continue;
      v = simris_member_get_condition (ctx->applicant->member, c->condition);
      if (c->condition == SIMRIS_CONDITION_RESIDENCE && ctx->options.residence_unanswered)
        v = SIMRIS_TRISTATE_UNKNOWN;
      if (c->condition == SIMRIS_CONDITION_RESIDENCE && ctx->options.benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
        {
          failed[i] = equivalent_residence_check (ctx, v);
          continue;
        }

      failed[i] = v == SIMRIS_TRISTATE_NO;
      /* Art. 3, 3° DIS: a residence status given in the case that does not give the
       * integration income (foreigners' register, reception structure, no right of stay:
       * simris-benefit.c) fails the nationality condition, whatever the answer on actual
       * residence (bdas-wwsb.brussels 2.2.2). equivalent_hint () then says where it leads. */
      if (c->condition == SIMRIS_CONDITION_RESIDENCE && residence_status_excludes (ctx))
        {
          failed[i] = TRUE;
          state = TR (N_("not met: the residence status does not give the integration income (art. 3, 3°)"));
        }
      else if (v == SIMRIS_TRISTATE_YES)
        state = TR (N_("met"));
      else if (v == SIMRIS_TRISTATE_NO)
        state = TR (N_("not met"));
      else
        {
          state = TR (N_("not answered: assumed met, to be checked by the CPAS"));
          if (!ctx->quiet)
            simris_result_add_assumed (ctx->result, c->code);
          if (assumed->len > 0)
            g_string_append (assumed, ", ");
          g_string_append (assumed, TR (c->short_label));
        }

      step (ctx, SIMRIS_STEP_CONDITION, rule_law (ctx, c->article),
            /* Translators: a condition, then "met" / "not met" / … */
            FMT (TR (N_("%s: %s.")), TR (c->label), state), FALSE, 0, 0);
    }

  /* One warning for all the unanswered conditions: they share one consequence. */
  if (assumed->len > 0)
    warn (ctx, SIMRIS_WARNING_ASSUMED_CONDITION,
          /* Translators: %s lists conditions, e.g. "residence, willingness to work" */
          FMT (TR (N_("Not answered, so assumed met and to be checked by the CPAS: %s.")),
                           assumed->str));
}

/* ---- §2 Category, art. 14 §1 DIS ----------------------------------------------------- */

static char *
join_names (Ctx      *ctx,
            gboolean (*pred) (Ctx *, Person *))
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      if (!pred (ctx, p))
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, person_name (ctx, p));
    }
  return g_string_free (s, FALSE);
}

static gboolean
pred_minor_in_charge (Ctx    *ctx,
                      Person *p)
{
  return p->minor_in_charge;
}

/* Art. 14, §1, 1° DIS: a cohabitant lives under the same roof AND settles household matters
 * mainly in common (docs/calculation.md §2.1). */
static gboolean
pred_other_in_household (Ctx    *ctx,
                         Person *p)
{
  return p != ctx->applicant && p->in_household && p->shares;
}

static gboolean
pred_separate_household (Ctx    *ctx,
                         Person *p)
{
  return p != ctx->applicant && p->in_household && !p->shares && !p->minor_in_charge;
}

static gboolean
pred_alternating_in_charge (Ctx    *ctx,
                            Person *p)
{
  return p->alternating && p->minor_in_charge;
}

static gboolean
pred_away_this_month (Ctx    *ctx,
                      Person *p)
{
  return p->away_this_month;
}

/* The steps of who lives with whom, before the category (docs/calculation.md §2.1, §2.2). */
static void
trace_household_sharing (Ctx *ctx)
{
  g_autofree char *separate = NULL;
  g_autofree char *alternating = NULL;
  g_autofree char *away = NULL;

  if (ctx->quiet)
    return;

  separate = join_names (ctx, pred_separate_household);
  if (*separate != '\0')
    step (ctx, SIMRIS_STEP_CATEGORY, rule_law (ctx, simris_rules_household_rule (SIMRIS_HOUSEHOLD_RULE_SHARING)->article),
          /* Translators: %s lists names. Art. 14, §1, 1° DIS; the sources are named in the law's table. */
          FMT (TR (N_("%s live(s) at the address but settle(s) household matters separately: not a "
                      "cohabitant. Cohabitation is living under the same roof and settling household "
                      "matters mainly in common; the CPAS establishes it through its social inquiry "
                      "(droitsquotidiens.be, \"Quel montant de revenu d'intégration sociale ai-je droit en "
                      "tant que colocataire ?\").")), separate),
          FALSE, 0, 0);

  alternating = join_names (ctx, pred_alternating_in_charge);
  if (*alternating != '\0')
    step (ctx, SIMRIS_STEP_CATEGORY, rule_law (ctx, simris_rules_household_rule (SIMRIS_HOUSEHOLD_RULE_ALTERNATING_CUSTODY)->article),
          /* Translators: %s lists names */
          FMT (TR (N_("%s live(s) here in alternating custody: the family rate applies every month. Living "
                      "with a family in charge requires the family's regular presence, not an uninterrupted "
                      "one (Court of Cassation, 27/06/2022, S.20.0015.F).")), alternating),
          FALSE, 0, 0);

  away = join_names (ctx, pred_away_this_month);
  if (*away != '\0')
    step (ctx, SIMRIS_STEP_CATEGORY, rule_law (ctx, simris_rules_household_rule (SIMRIS_HOUSEHOLD_RULE_ALTERNATING_CUSTODY)->article),
          /* Translators: %s lists names */
          FMT (TR (N_("As the case asks, the rates alternate month by month for %s in alternating custody: "
                      "this is the amount of the months spent with the other parent; the other months get "
                      "the rate with the child (see the other readings). The Court of Cassation censured "
                      "this practice on 27/06/2022 (S.20.0015.F).")), away),
          FALSE, 0, 0);
}

/* The contested reading of simris-rules.c (option isolated_if_partner_without_resources): the
 * applicant lives only with a partner who has no resources at all, and no minor in charge. */
static gboolean
partner_only_without_resources (Ctx *ctx)
{
  GListModel *resources;

  if (ctx->partner == NULL || ctx->minors_in_charge > 0)
    return FALSE;
  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      if (p != ctx->applicant && p != ctx->partner && p->in_household)
        return FALSE;
    }
  resources = simris_member_get_resources (ctx->partner->member);
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) r = g_list_model_get_item (resources, i);
      if (simris_resource_get_amount (r) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Art. 14, §1 DIS: famille à charge (3°) with at least one unmarried minor child in one's
 * economic charge, not necessarily one's own (seed 001); cohabitant (1°) when anyone else
 * lives under the same roof; isolé (2°) otherwise. */
static SimrisCategory
art14_category (Ctx   *ctx,
                char **reason,
                char **caveat)
{
  g_autofree char *names = NULL;

  if (ctx->minors_in_charge > 0)
    {
      names = join_names (ctx, pred_minor_in_charge);
      /* "covers the partner too" only when there is one (a single parent has none). */
      if (ctx->partner != NULL)
        *reason = FMT (TR (N_("The applicant lives with at least one unmarried minor child in their "
                                          "economic charge (%s): person with a family to support. The amount "
                                          "covers the partner too.")),
                                   names);
      else
        *reason = FMT (TR (N_("The applicant lives with at least one unmarried minor child in their "
                                          "economic charge (%s): person with a family to support.")),
                                   names);
      return SIMRIS_CATEGORY_FAMILY;
    }

  if (ctx->options.isolated_partner_no_resources && partner_only_without_resources (ctx))
    {
      *reason = DUP (TR (N_("The applicant lives only with a partner who has no resources at all: single "
                                 "person, as the case asks (a reading of some labour courts, reversed on appeal "
                                 "by the Brussels labour court on 17/02/2011; the Court of Cassation holds "
                                 "that a household exists even when one member has no income).")));
      return SIMRIS_CATEGORY_ISOLATED;
    }

  names = join_names (ctx, pred_other_in_household);
  if (*names != '\0')
    {
      *reason = FMT (TR (N_("The applicant shares the household with other persons (%s) and has no "
                                        "unmarried minor child in their charge: cohabitant.")),
                                 names);
      /* A reading the courts dispute: said apart (the result's category caveat), so that the
       * decision states the finding and the note for the social worker the dispute. */
      if (!ctx->quiet && partner_only_without_resources (ctx))
        *caveat = DUP (TR (N_("The partner has no resources at all: some labour courts grant the "
                              "single rate in this situation (see the other readings).")));
      return SIMRIS_CATEGORY_COHABITANT;
    }

  /* docs/calculation.md §2.1: others at the address on a separate household. */
  g_free (names);
  names = join_names (ctx, pred_separate_household);
  if (*names != '\0')
    {
      /* Translators: %s lists names */
      *reason = FMT (TR (N_("The applicant shares a household with nobody (at the address on a separate "
                            "household: %s): single person.")),
                     names);
      return SIMRIS_CATEGORY_ISOLATED;
    }

  *reason = DUP (TR (N_("The applicant lives alone: single person.")));
  return SIMRIS_CATEGORY_ISOLATED;
}

static const char *
category_article (SimrisCategory category)
{
  switch (category)
    {
    case SIMRIS_CATEGORY_COHABITANT:
      return "art. 14, §1, 1°";
    case SIMRIS_CATEGORY_ISOLATED:
      return "art. 14, §1, 2°";
    case SIMRIS_CATEGORY_FAMILY:
    default:
      return "art. 14, §1, 3°";
    }
}

/* ---- §4 Resources of a member (art. 16 DIS; art. 22–35 AR) --------------------------- */

typedef enum
{
  HOLDER_APPLICANT_OR_PARTNER,
  HOLDER_DEBTOR,
} Holder;

/* What the eligible work income of one person says about their socio-professional
 * exemption (art. 35 AR, docs/calculation.md §4.3). */
typedef struct
{
  SimrisCents income;          /* eligible work income, a year */
  gboolean    by_start;        /* some of it through spi_start (work begun while on the RIS) */
  SimrisDate  start_until;     /* the last day of the latest of those 3-year windows */
  gboolean    student;         /* some of it a full-time student's job */
  gboolean    shortage;        /* a shortage-occupation window covers the date */
  SimrisDate  shortage_start;
} Spi;

/* Art. 35 AR (docs/calculation.md §4.3): is this resource work income eligible for the SPI? Work begun
 * while on the RIS, until spi_start + 3 years (same day; 29 February → 28 February), or a
 * full-time student's student job for the whole studies. Income paid once gets none (§13).
 * A wage in a shortage occupation (AR 23/11/2023) opens the higher amount for 3 months from
 * its start, from 01/01/2024, when the wage itself meets art. 35's conditions ("les conditions
 * d'accès de l'article 35 restent applicables", medenam.be). Art. 35 §2 sets no age limit for
 * the student (the text as quoted by wordscope.be: for the whole duration of the studies). */
static gboolean
art35_spi_eligible (Ctx            *ctx,
                    Person         *p,
                    SimrisResource *r,
                    Spi            *spi)
{
  SimrisResourceKind kind = simris_resource_get_kind (r);
  SimrisPeriod period = simris_resource_get_period (r);
  SimrisDate start, until, shortage;

  if (!simris_resource_kind_is_work (kind))
    return FALSE;
  if (period != SIMRIS_PERIOD_MONTH && period != SIMRIS_PERIOD_YEAR)
    return FALSE;
  if (simris_rules_kind_exempt_for_student (kind, simris_member_get_student (p->member)))
    {
      /* The under-25 reading (option student_exemption_under_25, simris-rules.c): the
       * student's job gets no student exemption from that age. */
      if (ctx->options.student_under_25 && p->age >= CONST (STUDENT_AGE_LIMIT))
        {
          if (!ctx->quiet)
            step (ctx, SIMRIS_STEP_EXEMPTION, rule_ar (ctx, "art. 35, §2"),
                  FMT (TR (N_("%s is a student aged %d: under the reading that the student exemption stops at "
                              "%d, the student job gets no socio-professional exemption.")),
                       person_name (ctx, p), p->age, (int) CONST (STUDENT_AGE_LIMIT)),
                  FALSE, 0, 0);
          return FALSE;
        }
      spi->student = TRUE;
      return TRUE;
    }
  if (!simris_date_parse (simris_resource_get_spi_start (r), &start))
    {
      SimrisDate began;

      /* Work that began less than 3 years ago ("from"), with no start on the integration
       * income: if it began while the person received it, art. 35 exempts part of it. The
       * case does not say; the result must not take the lower amount silently (docs/
       * calculation.md §4.3). */
      if (!ctx->quiet && simris_date_parse (simris_resource_get_from (r), &began)
          && began <= ctx->date && ctx->date < simris_date_add_years (began, CONST (SPI_YEARS))
          && ctx->amounts.spi_month > 0)
        {
          g_autofree char *since = date_text (ctx, began);
          g_autofree char *month = money (ctx, ctx->amounts.spi_month);
          int years = CONST (SPI_YEARS);

          /* Translators: a person, a kind of work income, the day it began, the monthly
           * exemption, the years it runs */
          warn (ctx, SIMRIS_WARNING_SPI_NOT_CLAIMED,
                g_strdup_printf (simris_ntr (ctx->lang,
                                             "%s — %s began on %s. If it began while the integration income was "
                                             "received, or is a full-time student's job or a job in a shortage "
                                             "occupation, up to %s a month of it is exempt for %d year "
                                             "(socio-professional exemption, art. 35 RD 11/07/2002): say so on the "
                                             "resource. Not claimed, it is counted in full here.",
                                             "%s — %s began on %s. If it began while the integration income was "
                                             "received, or is a full-time student's job or a job in a shortage "
                                             "occupation, up to %s a month of it is exempt for %d years "
                                             "(socio-professional exemption, art. 35 RD 11/07/2002): say so on the "
                                             "resource. Not claimed, it is counted in full here.",
                                             years),
                                 person_name (ctx, p), simris_resource_kind_get_label (kind, ctx->lang), since,
                                 month, years));
        }
      /* A shortage-occupation job without the start of art. 35's exemption: say why the
       * higher amount does not apply. */
      if (!ctx->quiet && kind == SIMRIS_RESOURCE_KIND_WAGE
          && simris_date_parse (simris_resource_get_shortage_occupation_start (r), &shortage))
        step (ctx, SIMRIS_STEP_EXEMPTION, rule_ar (ctx, "art. 35, §1"),
              FMT (TR (N_("%s — a job in a shortage occupation: the higher exemption applies only with the "
                          "conditions of the socio-professional exemption (work begun while on the integration "
                          "income, with its start date), which the case does not give.")),
                   person_name (ctx, p)),
              FALSE, 0, 0);
      return FALSE;
    }
  until = simris_date_add_years (start, CONST (SPI_YEARS));
  if (ctx->date >= until)
    return FALSE;
  spi->by_start = TRUE;
  spi->start_until = MAX (spi->start_until, simris_date_add_days (until, -1));

  if (kind == SIMRIS_RESOURCE_KIND_WAGE
      && simris_date_parse (simris_resource_get_shortage_occupation_start (r), &shortage)
      && simris_rule_table_spi_rule (ctx->rules, SIMRIS_SPI_SHORTAGE, ctx->date) != NULL
      && ctx->amounts.spi_shortage_month > 0
      && ctx->date >= shortage
      && ctx->date < simris_date_add_months (shortage, CONST (SHORTAGE_MONTHS)))
    {
      spi->shortage = TRUE;
      spi->shortage_start = shortage;
    }
  return TRUE;
}

static gboolean
has_kind (Person             *p,
          SimrisResourceKind  kind)
{
  GListModel *resources = simris_member_get_resources (p->member);

  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) r = g_list_model_get_item (resources, i);
      if (simris_resource_get_kind (r) == kind)
        return TRUE;
    }
  return FALSE;
}

/* Art. 35 AR: one SPI per person, on the sum of the eligible work income (docs/calculation.md
 * §4.3); the amount is the shortage occupation's while its window is open, the lower student
 * amount for a student with a study grant until 31/12/2021 when all the eligible income is
 * student work [choice: mixed income keeps the ordinary amount], the ordinary one otherwise.
 * Returns the yearly amount exempted. */
static SimrisCents
art35_socio_professional (Ctx    *ctx,
                          Person *p,
                          Spi    *spi)
{
  const SimrisSpiRule *grant = simris_rule_table_spi_rule (ctx->rules, SIMRIS_SPI_STUDENT_GRANT, ctx->date);
  const SimrisSpiRule *aligned = simris_rule_table_spi_rule (ctx->rules, SIMRIS_SPI_STUDENT_GRANT_ALIGNED, ctx->date);
  const SimrisSpiRule *rule = simris_rule_table_spi_rule (ctx->rules, SIMRIS_SPI_ORDINARY, ctx->date);
  gboolean grant_student = spi->student && !spi->by_start && has_kind (p, SIMRIS_RESOURCE_KIND_STUDY_GRANT);
  gboolean aligned_applies = FALSE;
  SimrisCents month = ctx->amounts.spi_month;
  SimrisCents exempted;
  g_autofree char *shown_month = NULL;
  g_autofree char *income = money (ctx, spi->income);
  g_autofree char *after = NULL;
  GString *text = g_string_new (NULL);

  if (spi->shortage)
    {
      rule = simris_rule_table_spi_rule (ctx->rules, SIMRIS_SPI_SHORTAGE, ctx->date);
      month = ctx->amounts.spi_shortage_month;
    }
  else if (grant_student && aligned != NULL && !ctx->options.student_grant_covid_alignment
           && ctx->amounts.spi_student_grant_month > 0)
    {
      /* The other reading of the Covid row's dates: the lower amount still applied. */
      rule = grant = aligned;
      month = ctx->amounts.spi_student_grant_month;
    }
  else if (grant_student && grant != NULL && ctx->amounts.spi_student_grant_month > 0)
    {
      rule = grant;
      month = ctx->amounts.spi_student_grant_month;
    }
  else if (grant_student && aligned != NULL)
    {
      rule = aligned;
      aligned_applies = TRUE;
    }

  exempted = MIN (spi->income, 12 * month);
  if (ctx->quiet)
    {
      g_string_free (text, TRUE);
      return exempted;
    }
  shown_month = money (ctx, month);
  after = money (ctx, spi->income - exempted);
  g_string_append_printf (text, TR (N_("Socio-professional exemption of %s: %s a month × 12 deducted from "
                                       "the eligible work income of %s a year; %s a year counted.")),
                          person_name (ctx, p), shown_month, income, after);

  if (spi->shortage)
    {
      SimrisDate last = simris_date_add_days (simris_date_add_months (spi->shortage_start, CONST (SHORTAGE_MONTHS)), -1);
      g_autofree char *from = date_text (ctx, spi->shortage_start);
      g_autofree char *until = date_text (ctx, last);
      g_autofree char *ordinary = money (ctx, ctx->amounts.spi_month);
      int months = CONST (SHORTAGE_MONTHS);

      g_string_append_c (text, ' ');
      /* Translators: the dates of the higher exemption, its length, then the ordinary monthly amount */
      g_string_append_printf (text, simris_ntr (ctx->lang,
                                                "The higher amount for a job in a shortage occupation applies from %s "
                                                "until %s (%d month); then the ordinary amount of %s a month.",
                                                "The higher amount for a job in a shortage occupation applies from %s "
                                                "until %s (%d months); then the ordinary amount of %s a month.",
                                                months),
                              from, until, months, ordinary);
    }
  else if (aligned_applies)
    {
      g_autofree char *until = date_text (ctx, aligned->until);
      g_string_append_c (text, ' ');
      /* Translators: %s is the last day of the Covid-time measure */
      g_string_append_printf (text, TR (N_("A student who receives a study grant: during the Covid crisis, until %s, "
                                           "the ordinary amount applies instead of the lower one (the start date of "
                                           "this measure is SimRIS's reading).")),
                              until);
    }
  else if (rule == grant)
    {
      g_autofree char *until = date_text (ctx, grant->until);
      g_string_append_c (text, ' ');
      /* Translators: %s is the last day the lower amount applied */
      g_string_append_printf (text, TR (N_("The lower amount of a student who receives a study grant applies "
                                           "(until %s).")),
                              until);
    }

  if (spi->by_start)
    {
      g_autofree char *until = date_text (ctx, spi->start_until);
      int years = CONST (SPI_YEARS);

      g_string_append_c (text, ' ');
      /* Translators: the length of the exemption, then its last day */
      g_string_append_printf (text, simris_ntr (ctx->lang,
                                                "It runs for %d year from the start date entered, until %s.",
                                                "It runs for %d years from the start date entered, until %s.",
                                                years),
                              years, until);
    }
  else if (spi->student)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, TR (N_("A full-time student's job: it runs for the whole studies.")));
    }

  step (ctx, SIMRIS_STEP_EXEMPTION, rule_ar (ctx, rule->article), g_string_free (text, FALSE), TRUE, exempted, -1);
  return exempted;
}

/* Art. 27 AR: the yearly return counted on a member's total movable capital. */
static SimrisCents
art27_capital (Ctx         *ctx,
               SimrisCents  total)
{
  SimrisCents free_ceiling = CONST (CAPITAL_FREE_CEILING);
  SimrisCents second_ceiling = CONST (CAPITAL_SECOND_CEILING);
  SimrisCents low = CLAMP (total - free_ceiling, 0, second_ceiling - free_ceiling);
  SimrisCents high = MAX (0, total - second_ceiling);

  /* 6 % and 10 %, rounded half-up to the cent once. */
  return simris_money_div_round (low * CONST (CAPITAL_LOW_RATE) + high * CONST (CAPITAL_HIGH_RATE), 100);
}

/* Art. 24–25 AR: the yearly amount counted for built real estate. */
static SimrisCents
art25_real_estate (Ctx        *ctx,
                   SimrisCents cadastral_income,
                   int         children)
{
  SimrisCents rest = cadastral_income - CONST (REAL_ESTATE_ABATEMENT)
                     - (SimrisCents) children * CONST (REAL_ESTATE_ABATEMENT_PER_CHILD);

  return MAX (0, rest * CONST (REAL_ESTATE_FACTOR));
}

static int
minors_in_charge_of (Ctx    *ctx,
                     Person *owner)
{
  int n = 0;

  if (owner == ctx->applicant || owner == ctx->partner)
    return ctx->minors_in_charge;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      if (p->in_household && person_is_minor (ctx, p) && !simris_member_get_married (p->member)
          && g_strcmp0 (simris_member_get_dependent_of (p->member), owner->id) == 0)
        n++;
    }
  return n;
}

static char *
resource_label (Ctx            *ctx,
                SimrisResource *r)
{
  const char *label = simris_resource_get_label (r);
  const char *kind;

  if (ctx->quiet)
    return NULL;
  kind = simris_resource_kind_get_label (simris_resource_get_kind (r), ctx->lang);
  if (label != NULL && *label != '\0')
    return g_strdup_printf ("%s (%s)", kind, label);
  return g_strdup (kind);
}

/* Art. 22 §1 d) AR and AR 01/04/2003 art. 2–3: ALE cheques — per cheque up to the exempt
 * amount in force (4,10 € until 2022, 6,00 € from 2023-01-01); the excess is counted but gets
 * neither the general exemption nor the SPI. Returns the counted annual excess. */
static SimrisCents
art22_ale_cheques (Ctx            *ctx,
                   Person         *p,
                   SimrisResource *r)
{
  SimrisCents amount = simris_resource_get_amount (r);
  SimrisPeriod period = simris_resource_get_period (r);
  int count = simris_resource_get_count (r);
  g_autofree char *label = resource_label (ctx, r);
  g_autofree char *per_cheque = money (ctx, ctx->amounts.ale_cheque_exempt);
  SimrisCents excess;
  char *text;

  if (count < 0)
    {
      /* docs/calculation.md §13: without count, the pay is taken as within the exempt amount. */
      g_autofree char *shown = money (ctx, amount);
      warn (ctx, SIMRIS_WARNING_ALE_COUNT_MISSING,
            FMT (TR (N_("The number of ALE cheques of %s is missing: their pay is taken as fully exempt.")),
                             person_name (ctx, p)));
      text = FMT (TR (N_("%s — %s: %s %s, number of cheques not given: taken as exempt (up to %s per cheque).")),
                              person_name (ctx, p), label, shown, period_phrase (ctx, period), per_cheque);
      step (ctx, SIMRIS_STEP_RESOURCE, rule_ar (ctx, "art. 22, §1, d)"), text, TRUE, 0, 0);
      return 0;
    }

  excess = MAX (0, amount - (SimrisCents) count * ctx->amounts.ale_cheque_exempt);
  excess = annualise (ctx, excess, period);
  {
    g_autofree char *shown = money (ctx, amount);
    g_autofree char *counted = money (ctx, excess);
    /* Translators: %1$s a person, %2$s the resource, %3$s an amount, %4$s "per month", %5$d the
     * number of cheques, %6$s the exempt amount per cheque, %7$s the counted excess */
    text = FMT (simris_ntr (ctx->lang,
                                        "%1$s — %2$s: %3$s %4$s for %5$d cheque; up to %6$s per cheque is exempt, "
                                        "the excess of %7$s a year is counted and reduced neither by the general "
                                        "exemption nor by the socio-professional exemption.",
                                        "%1$s — %2$s: %3$s %4$s for %5$d cheques; up to %6$s per cheque is exempt, "
                                        "the excess of %7$s a year is counted and reduced neither by the general "
                                        "exemption nor by the socio-professional exemption.",
                                        count),
                            person_name (ctx, p), label, shown, period_phrase (ctx, period), count,
                            per_cheque, counted);
  }
  step (ctx, SIMRIS_STEP_RESOURCE, rule_ar (ctx, "art. 22, §1, d)"), text, TRUE, excess, +1);
  return excess;
}

/* All resources of one member, per docs/calculation.md §4. spi: the member may get the SPI (applicant
 * and partner). fafa_counted: whether family allowances received for the applicant count
 * for this holder (§9, §13). */
static Counted
member_resources (Ctx      *ctx,
                  Person   *p,
                  gboolean  spi,
                  gboolean  fafa_counted)
{
  GListModel *resources = simris_member_get_resources (p->member);
  guint n = g_list_model_get_n_items (resources);
  Counted c = { 0, 0 };
  Spi spi_state = { 0 };
  SimrisCents capital = 0;
  SimrisCents cadastral = 0;
  int real_estate_children = -1;
  gboolean has_capital = FALSE, has_real_estate = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisResource) r = g_list_model_get_item (resources, i);
      SimrisResourceKind kind = simris_resource_get_kind (r);
      SimrisPeriod period = simris_resource_get_period (r);
      SimrisCents amount = simris_resource_get_amount (r);
      SimrisCents yearly = annualise (ctx, amount, period);
      g_autofree char *label = resource_label (ctx, r);
      g_autofree char *shown = money (ctx, amount);
      g_autofree char *shown_year = money (ctx, yearly);
      const SimrisKindRule *rule = simris_rule_table_kind_rule (ctx->rules, kind, ctx->date);
      gboolean exempt;
      char *text;

      /* docs/calculation.md §14: only the resources present in the reference date's month count. */
      if (!simris_resource_is_present (r, ctx->date))
        {
          step (ctx, SIMRIS_STEP_RESOURCE, rule_law (ctx, "art. 16"),
                simris_resource_dup_absence_text (r, ctx->date, person_name (ctx, p), label, ctx->lang),
                FALSE, 0, 0);
          continue;
        }

      switch (rule->special)
        {
        case SIMRIS_SPECIAL_CAPITAL:
          capital += amount;
          has_capital = TRUE;
          continue;

        case SIMRIS_SPECIAL_REAL_ESTATE:
          cadastral += amount;
          has_real_estate = TRUE;
          /* docs/calculation.md §13: with several properties, the largest allowance_children given. */
          if (simris_resource_get_allowance_children (r) >= 0)
            real_estate_children = MAX (real_estate_children, simris_resource_get_allowance_children (r));
          continue;

        case SIMRIS_SPECIAL_ALE_CHEQUES:
          {
            SimrisCents excess = art22_ale_cheques (ctx, p, r);
            c.counted += excess;
            c.ale_excess += excess;
          }
          continue;

        case SIMRIS_SPECIAL_BY_REGIME:
          /* docs/calculation.md §9, §13: as the regime of art. 34 that applies says. */
          if (fafa_counted)
            {
              /* Translators: the last %s names the rules of art. 34 applied, e.g. "2026" */
              text = FMT (TR (N_("%s — %s: %s %s = %s a year, counted under the %s rules of art. 34.")),
                                      person_name (ctx, p), label, shown, period_phrase (ctx, period), shown_year,
                                      ctx->regime->name);
              step (ctx, SIMRIS_STEP_RESOURCE, rule_ar (ctx, "art. 34"), text, TRUE, yearly, +1);
              c.counted += yearly;
            }
          else
            {
              /* Translators: the last %s names the rules of art. 34 applied, e.g. "2002" */
              text = FMT (TR (N_("%s — %s: %s %s, not counted (exempt under the %s rules of art. 34).")),
                                      person_name (ctx, p), label, shown, period_phrase (ctx, period),
                                      ctx->regime->name);
              step (ctx, SIMRIS_STEP_RESOURCE, rule_ar (ctx, rule->article), text, TRUE, 0, 0);
            }
          continue;

        default:
          break;
        }

      /* Art. 22 §1 AR and the dated rows of the law's table; a MAF refund is exempt only
       * under the 2008 proposal (docs/calculation.md §4.2). */
      exempt = rule->treatment == SIMRIS_TREATMENT_EXEMPT
               || (rule->special == SIMRIS_SPECIAL_MAF && ctx->options.reform_maf_exempt);
      if (exempt)
        {
          text = FMT (TR (N_("%s — %s: %s %s, exempt.")),
                                  person_name (ctx, p), label, shown, period_phrase (ctx, period));
          step (ctx, SIMRIS_STEP_RESOURCE,
                rule->special == SIMRIS_SPECIAL_MAF ? rule_ar (ctx, "art. 22, §1 (2008 proposal)")
                                                    : rule_of (ctx, rule->act, rule->article),
                text, TRUE, 0, 0);
          continue;
        }

      if (spi && art35_spi_eligible (ctx, p, r, &spi_state))
        {
          spi_state.income += yearly;
          text = FMT (TR (N_("%s — %s: %s %s = %s a year, counted after the socio-professional exemption below.")),
                                  person_name (ctx, p), label, shown, period_phrase (ctx, period), shown_year);
          step (ctx, SIMRIS_STEP_RESOURCE, rule_law (ctx, "art. 16"), text, TRUE, yearly, +1);
          continue;
        }

      if (period == SIMRIS_PERIOD_ONCE)
        text = FMT (TR (N_("%s — %s: %s received once, counted.")),
                                person_name (ctx, p), label, shown);
      else
        text = FMT (TR (N_("%s — %s: %s %s = %s a year, counted.")),
                                person_name (ctx, p), label, shown, period_phrase (ctx, period), shown_year);
      step (ctx, SIMRIS_STEP_RESOURCE, rule_of (ctx, rule->act, rule->article),
            text, TRUE, yearly, +1);
      c.counted += yearly;

      if (kind == SIMRIS_RESOURCE_KIND_OTHER && !ctx->quiet)
        simris_result_add_not_modelled (ctx->result,
          FMT (TR (N_("%s — %s: entered as an amount already counted (land, rented-out property, "
                                  "usufruct, transfers of goods and benefits in kind are not computed by SimRIS).")),
                           person_name (ctx, p), label));
    }

  /* Art. 35 AR: one SPI per person, on the sum of the eligible work income. */
  if (spi_state.income > 0)
    c.counted += spi_state.income - art35_socio_professional (ctx, p, &spi_state);

  if (has_capital)
    {
      SimrisCents yearly = art27_capital (ctx, capital);
      g_autofree char *total = money (ctx, capital);
      g_autofree char *counted = money (ctx, yearly);
      g_autofree char *free_ceiling = money (ctx, CONST (CAPITAL_FREE_CEILING));
      g_autofree char *second_ceiling = money (ctx, CONST (CAPITAL_SECOND_CEILING));
      /* Translators: %1$s a person, %2$s the total capital, %3$s and %5$s the ceilings, %4$d and %6$d
       * the rates in percent, %7$s the yearly amount counted */
      char *text = FMT (TR (N_("%1$s — savings and investments of %2$s in total: nothing on the first "
                                           "%3$s, %4$d %% of the part from %3$s to %5$s, %6$d %% above; "
                                           "%7$s a year counted.")),
                                    person_name (ctx, p), total, free_ceiling, (int) CONST (CAPITAL_LOW_RATE),
                                    second_ceiling, (int) CONST (CAPITAL_HIGH_RATE), counted);
      step (ctx, SIMRIS_STEP_RESOURCE, rule_ar (ctx, "art. 27"), text, TRUE, yearly, +1);
      c.counted += yearly;
    }

  if (has_real_estate)
    {
      SimrisCents yearly;
      g_autofree char *total = NULL;
      g_autofree char *counted = NULL;
      char *text;

      /* docs/calculation.md §4.5, §13: children for whom the owner receives family allowances —
       * allowance_children when given, else the minors in the owner's charge when the owner
       * has a family_allowance resource (a partner's does not carry over), else none. */
      if (real_estate_children < 0)
        real_estate_children = has_kind (p, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE) ? minors_in_charge_of (ctx, p) : 0;
      yearly = art25_real_estate (ctx, cadastral, real_estate_children);
      total = money (ctx, cadastral);
      counted = money (ctx, yearly);
      {
        g_autofree char *abatement = money (ctx, CONST (REAL_ESTATE_ABATEMENT));
        g_autofree char *per_child = money (ctx, CONST (REAL_ESTATE_ABATEMENT_PER_CHILD));
        /* Translators: %1$s a person, %2$s the cadastral income, %3$s the abatement, %4$s the
         * abatement per child, %5$d the number of children, %6$d the factor, %7$s the yearly amount */
        text = FMT (simris_ntr (ctx->lang,
                                            "%1$s — built real estate, non-indexed cadastral income %2$s: (cadastral "
                                            "income − %3$s − %4$s × %5$d child with family allowances) × %6$d = %7$s "
                                            "a year counted.",
                                            "%1$s — built real estate, non-indexed cadastral income %2$s: (cadastral "
                                            "income − %3$s − %4$s × %5$d children with family allowances) × %6$d = "
                                            "%7$s a year counted.",
                                            real_estate_children),
                                person_name (ctx, p), total, abatement, per_child, real_estate_children,
                                (int) CONST (REAL_ESTATE_FACTOR), counted);
      }
      step (ctx, SIMRIS_STEP_RESOURCE, rule_ar (ctx, "art. 24–25"), text, TRUE, yearly, +1);
      c.counted += yearly;
    }

  return c;
}

/* ---- §5, §9 Cohabitants, art. 34 AR --------------------------------------------------- */

/* docs/calculation.md §9 and §13: which art. 34 regime applies and why. */
static const SimrisArt34RegimeInfo *
art34_regime (Ctx   *ctx,
              char **reason)
{
  const SimrisArt34RegimeInfo *by_date = simris_parameters_get_art34_regime (ctx->params, NULL, ctx->date);
  const SimrisArt34RegimeInfo *chosen;
  g_autofree char *from = NULL;

  if (ctx->options.art34_regime == NULL)
    {
      from = date_text (ctx, by_date->from);
      *reason = FMT (TR (N_("The %s rules of art. 34 apply: they are in force on the reference date "
                                        "(since %s).")),
                                 by_date->name, from);
      return by_date;
    }

  chosen = simris_parameters_get_art34_regime (ctx->params, ctx->options.art34_regime, ctx->date);
  if (chosen == NULL)
    chosen = by_date;
  from = date_text (ctx, chosen->from);

  if (chosen->from > ctx->date)
    {
      warn (ctx, SIMRIS_WARNING_ART34_REGIME_NOT_IN_FORCE,
            FMT (TR (N_("The %s rules of art. 34 are not in force on the reference date (only from "
                                    "%s): the %s rules apply.")),
                             chosen->name, from, by_date->name));
      *reason = FMT (TR (N_("The %s rules of art. 34 apply: the %s rules the case asks for are only in "
                                        "force from %s.")),
                                 by_date->name, chosen->name, from);
      return by_date;
    }

  if (chosen == by_date)
    *reason = FMT (TR (N_("The %s rules of art. 34 apply, as the case states (in force since %s).")),
                               chosen->name, from);
  else
    *reason = FMT (TR (N_("The %s rules of art. 34 apply: the file has not been reviewed since the %s "
                                      "rules came into force.")),
                               chosen->name, by_date->name);
  return chosen;
}

static gboolean
regime_count_option (Ctx                         *ctx,
                     const SimrisArt34RegimeInfo *regime)
{
  if (g_str_equal (regime->option, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS))
    return ctx->options.count_maintenance_debtors;
  return ctx->options.count_ascendants_descendants;
}

/* Is this cohabitant one whose resources art. 34 lets (2002) or makes (2026) the CPAS count?
 * 2002: adult first-degree ascendants and descendants; 2026: every adult maintenance debtor,
 * in-laws only through marriage (docs/calculation.md §5, §9, §13). */
static gboolean
art34_is_debtor (Ctx                         *ctx,
                 const SimrisArt34RegimeInfo *regime,
                 Person                      *p)
{
  if (p == ctx->applicant || p->relation == SIMRIS_RELATION_PARTNER || !p->in_household)
    return FALSE;
  /* docs/calculation.md §2.1: art. 34 presupposes cohabitation, under either text. */
  if (!p->shares)
    return FALSE;
  /* docs/calculation.md §5.1: another applicant's resources count in their own file. */
  if (p->applies)
    return FALSE;
  if (p->age < ADULT_AGE)
    return FALSE;
  if (!(regime->relations & (1u << p->relation)))
    return FALSE;
  if (regime->in_law_needs_marriage)
    {
      if (p->relation == SIMRIS_RELATION_PARENT_IN_LAW && !simris_member_get_married (ctx->applicant->member))
        return FALSE;
      if (p->relation == SIMRIS_RELATION_CHILD_IN_LAW && !simris_member_get_married (p->member))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  SimrisCents share;      /* added to the applicant's resources */
  SimrisCents ale;        /* the ALE part of that share */
  SimrisCents partner_own; /* the partner's own counted resources (after SPI) */
  gboolean    debtors_counted;
} Cohabitants;

/* Art. 34 §1 AR (partner) and §2 (2002) or the 2026 text (maintenance debtors). */
static Cohabitants
art34_cohabitants (Ctx            *ctx,
                   SimrisCategory  category)
{
  Cohabitants out = { 0 };
  SimrisCents coh_year = ctx->amounts.year[SIMRIS_CATEGORY_COHABITANT];
  g_autofree char *coh = money (ctx, coh_year);
  gboolean fafa = ctx->regime->family_allowance_for_applicant_counted;
  gboolean count_debtors = regime_count_option (ctx, ctx->regime);
  SimrisCents pool = 0, pool_ale = 0;
  int n_debtors = 0;
  GString *never = g_string_new (NULL);
  GString *separate = g_string_new (NULL);

  if (ctx->partner != NULL)
    {
      Counted pc = member_resources (ctx, ctx->partner, TRUE, fafa);
      g_autofree char *own = money (ctx, pc.counted);
      char *text;

      out.partner_own = pc.counted;
      if (category == SIMRIS_CATEGORY_FAMILY)
        {
          /* Art. 34 §1: famille à charge — all the partner's counted resources. */
          out.share = pc.counted;
          out.ale = pc.ale_excess;
          text = FMT (TR (N_("The partner's counted resources (%s a year) are added in full: the "
                                         "amount for a person with a family to support covers the couple.")),
                                  own);
        }
      else
        {
          /* Art. 34 §1: cohabitant — the part above the cohabitant amount (the couple keeps
           * twice that amount). docs/calculation.md §13: the fictive amount is taken by the partner's
           * other resources first; the ALE part of the share is min (share, ALE excess). */
          out.share = MAX (0, pc.counted - coh_year);
          out.ale = MIN (out.share, pc.ale_excess);
          {
            g_autofree char *share = money (ctx, out.share);
            text = FMT (TR (N_("The partner's counted resources (%s a year) are counted for the part "
                                           "above the cohabitant amount of %s: %s a year.")),
                                    own, coh, share);
          }
        }
      step (ctx, SIMRIS_STEP_COHABITANTS, rule_ar (ctx, "art. 34, §1"), text, TRUE, out.share, +1);
    }

  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);

      if (p == ctx->applicant || p == ctx->partner)
        continue;
      /* docs/calculation.md §13: a partner living elsewhere is no cohabitant. */
      if (p->relation == SIMRIS_RELATION_PARTNER && !p->in_household)
        {
          step (ctx, SIMRIS_STEP_COHABITANTS, rule_ar (ctx, "art. 34, §1"),
                FMT (TR (N_("%s does not live in the household: as a partner living elsewhere, nothing "
                                        "of theirs is counted and the amount is not split.")),
                                 person_name (ctx, p)),
                FALSE, 0, 0);
          continue;
        }
      if (p->in_household && !p->shares && !p->minor_in_charge)
        {
          if (g_list_model_get_n_items (simris_member_get_resources (p->member)) > 0)
            {
              if (separate->len > 0)
                g_string_append (separate, ", ");
              g_string_append (separate, person_name (ctx, p));
            }
          continue;
        }
      if (art34_is_debtor (ctx, ctx->regime, p))
        {
          n_debtors++;
          if (count_debtors)
            {
              Counted dc = member_resources (ctx, p, FALSE, fafa);
              pool += dc.counted;
              pool_ale += dc.ale_excess;
            }
          continue;
        }
      if (p->in_household && g_list_model_get_n_items (simris_member_get_resources (p->member)) > 0)
        {
          if (never->len > 0)
            g_string_append (never, ", ");
          g_string_append (never, person_name (ctx, p));
        }
    }

  if (n_debtors > 0)
    {
      g_autofree char *rule = rule_ar (ctx, ctx->regime->mandatory ? "art. 34 (2026)" : "art. 34, §2");

      if (count_debtors)
        {
          /* Pooled (droitsquotidiens espace-jeunes; Cass. 18/11/2019, S.19.0021.F): each
           * counted person keeps a fictive cohabitant amount; no SPI on their income. */
          SimrisCents pooled_share = MAX (0, pool - (SimrisCents) n_debtors * coh_year);
          g_autofree char *total = money (ctx, pool);
          g_autofree char *fictive = money (ctx, (SimrisCents) n_debtors * coh_year);
          g_autofree char *share = money (ctx, pooled_share);
          SimrisCents counted_share = pooled_share;
          char *text;

          /* docs/calculation.md §5.1: several applicants share the excess, each keeping a
           * cohabitant amount (Infor Jeunes; C. trav. Liège 18/01/2012). Rounded half up. */
          if (ctx->n_applicants > 1 && ctx->options.applicants_share_excess)
            counted_share = simris_money_div_round (pooled_share, ctx->n_applicants);

          out.share += counted_share;
          out.ale += MIN (counted_share, pool_ale);
          /* Translators: %1$s names the rules of art. 34, %2$d the number of persons, then amounts */
          text = FMT (simris_ntr (ctx->lang,
                                              "Resources of the cohabiting family members counted under the %1$s "
                                              "rules (%2$d person): %3$s a year in total, minus a cohabitant amount "
                                              "of %4$s for each of them (%5$s): %6$s a year counted.",
                                              "Resources of the cohabiting family members counted under the %1$s "
                                              "rules (%2$d persons): %3$s a year in total, minus a cohabitant amount "
                                              "of %4$s for each of them (%5$s): %6$s a year counted.",
                                              n_debtors),
                                  ctx->regime->name, n_debtors, total, coh, fictive, share);
          step (ctx, SIMRIS_STEP_COHABITANTS, g_strdup (rule), text, TRUE, pooled_share, +1);
          out.debtors_counted = pooled_share > 0;

          if (ctx->n_applicants > 1)
            {
              g_autofree char *each = money (ctx, counted_share);
              g_autofree char *several = rule_of (ctx, simris_rules_household_rule (SIMRIS_HOUSEHOLD_RULE_SEVERAL_APPLICANTS)->act,
                                                  simris_rules_household_rule (SIMRIS_HOUSEHOLD_RULE_SEVERAL_APPLICANTS)->article);

              if (ctx->options.applicants_share_excess)
                /* Translators: %1$d the number of applicants (at least 2), then amounts */
                text = FMT (simris_ntr (ctx->lang,
                                        "%1$d applicant of this household share that excess: %2$s / %1$d = %3$s a year "
                                        "counted for this applicant (Infor Jeunes; C. trav. Liège, 18/01/2012).",
                                        "%1$d applicants of this household share that excess: %2$s / %1$d = %3$s a year "
                                        "counted for this applicant (Infor Jeunes; C. trav. Liège, 18/01/2012).",
                                        ctx->n_applicants),
                            ctx->n_applicants, share, each);
              else
                /* Translators: %1$d the number of applicants (at least 2), then an amount */
                text = FMT (simris_ntr (ctx->lang,
                                        "%1$d applicant of this household: as the case asks, the whole excess (%2$s a "
                                        "year) is counted for each of them.",
                                        "%1$d applicants of this household: as the case asks, the whole excess (%2$s a "
                                        "year) is counted for each of them.",
                                        ctx->n_applicants),
                            ctx->n_applicants, each);
              step (ctx, SIMRIS_STEP_COHABITANTS, g_steal_pointer (&several), text, TRUE, counted_share, +1);
            }
        }
      else
        {
          /* Translators: %1$d the number of persons, %2$s names the rules of art. 34 */
          char *text = FMT (simris_ntr (ctx->lang,
                                                    "The resources of the cohabiting family members (%1$d person) are "
                                                    "not counted: the CPAS chose not to count them (%2$s rules).",
                                                    "The resources of the cohabiting family members (%1$d persons) "
                                                    "are not counted: the CPAS chose not to count them (%2$s rules).",
                                                    n_debtors),
                                        n_debtors, ctx->regime->name);
          step (ctx, SIMRIS_STEP_COHABITANTS, g_strdup (rule), text, FALSE, 0, 0);
        }
    }

  if (separate->len > 0)
    {
      const SimrisHouseholdRule *hr = simris_rules_household_rule (SIMRIS_HOUSEHOLD_RULE_SEPARATE_NOT_COUNTED);
      /* Translators: %s lists names */
      char *text = FMT (TR (N_("The resources of %s are not taken into account: they live at the address on a "
                               "separate household, and art. 34 only counts those of the persons the applicant "
                               "cohabits with.")),
                        separate->str);
      step (ctx, SIMRIS_STEP_COHABITANTS, rule_of (ctx, hr->act, hr->article), text, FALSE, 0, 0);
    }
  g_string_free (separate, TRUE);

  if (never->len > 0)
    {
      char *text = FMT (TR (N_("The resources of %s are not taken into account: art. 34 never counts "
                                           "those of siblings, other relatives, friends or minors.")),
                                    never->str);
      step (ctx, SIMRIS_STEP_COHABITANTS, rule_ar (ctx, "art. 34"), text, FALSE, 0, 0);
    }
  g_string_free (never, TRUE);

  return out;
}

/* ---- §6 General exemption, art. 22 §2 AR ---------------------------------------------- */

/* Once, at the end, on the total R, only when R < A; the ALE excess E is left out of what
 * it may absorb (AR 01/04/2003): exemption = min (G, R − E). It cumulates with the SPI. */
static SimrisCents
art22_general_exemption (Ctx            *ctx,
                         SimrisCategory  category,
                         SimrisCents     resources,
                         SimrisCents     ale,
                         SimrisCents     category_amount)
{
  SimrisCents g = simris_rule_table_constant (ctx->rules, category == SIMRIS_CATEGORY_FAMILY ? SIMRIS_CONST_GENERAL_EXEMPTION_FAMILY
                                         : category == SIMRIS_CATEGORY_ISOLATED ? SIMRIS_CONST_GENERAL_EXEMPTION_ISOLATED
                                         : SIMRIS_CONST_GENERAL_EXEMPTION_COHABITANT);
  SimrisCents applied;
  g_autofree char *shown_g = money (ctx, g);
  char *text;

  if (resources >= category_amount)
    {
      text = DUP (TR (N_("No general exemption: the counted resources reach the amount of the "
                              "category (it applies only below it).")));
      step (ctx, SIMRIS_STEP_EXEMPTION, rule_ar (ctx, "art. 22, §2"), text, TRUE, 0, 0);
      return 0;
    }

  applied = MIN (g, MAX (0, resources - ale));
  {
    g_autofree char *shown = money (ctx, applied);
    if (ale > 0)
      text = FMT (TR (N_("General exemption for this category: up to %s a year, not applied to the "
                                     "ALE cheques' excess: %s deducted.")),
                              shown_g, shown);
    else
      text = FMT (TR (N_("General exemption for this category: up to %s a year: %s deducted.")),
                              shown_g, shown);
  }
  step (ctx, SIMRIS_STEP_EXEMPTION, rule_ar (ctx, "art. 22, §2"), text, TRUE, applied, -1);
  return applied;
}

/* ---- §7 Split, §8 advance ------------------------------------------------------------- */

/* Seed 001: the famille-à-charge amount is paid half to each partner when the partner meets
 * all of residence, age, no_resources, claims_other_benefits and — only when the partner's
 * own counted resources are below the yearly cohabitant amount — willing_to_work. */
static void
split_between_partners (Ctx            *ctx,
                        SimrisCategory  category,
                        SimrisCents     partner_own)
{
  SimrisMember *pm;
  gboolean ok;
  SimrisCents applicant_part;
  SimrisResult *r = ctx->result;

  if (ctx->quiet || !r->eligible || category != SIMRIS_CATEGORY_FAMILY || ctx->partner == NULL)
    return;

  pm = ctx->partner->member;
  ok = simris_member_get_split_condition (pm, SIMRIS_SPLIT_RESIDENCE) == SIMRIS_TRISTATE_YES
       && simris_member_get_split_condition (pm, SIMRIS_SPLIT_AGE) == SIMRIS_TRISTATE_YES
       && simris_member_get_split_condition (pm, SIMRIS_SPLIT_NO_RESOURCES) == SIMRIS_TRISTATE_YES
       && simris_member_get_split_condition (pm, SIMRIS_SPLIT_CLAIMS_OTHER_BENEFITS) == SIMRIS_TRISTATE_YES;
  if (ok && partner_own < ctx->amounts.year[SIMRIS_CATEGORY_COHABITANT])
    ok = simris_member_get_split_condition (pm, SIMRIS_SPLIT_WILLING_TO_WORK) == SIMRIS_TRISTATE_YES;

  if (!ok)
    {
      step (ctx, SIMRIS_STEP_SPLIT, rule_law (ctx, "art. 14, §1, 3°"),
            DUP (TR (N_("The partner does not meet (or the case does not confirm) all the conditions for a "
                             "split: the whole amount is paid to the applicant."))),
            FALSE, 0, 0);
      return;
    }

  /* docs/calculation.md §13: applicant's part = monthly × share / 100 rounded half-up; the rest to the
   * partner, so the odd cent of a 50/50 split goes to the applicant. */
  applicant_part = simris_money_mul_round (r->amount_month, ctx->options.split_applicant_share, 100);
  r->has_split = TRUE;
  r->split_share = ctx->options.split_applicant_share;
  r->split_applicant = applicant_part;
  r->split_partner = r->amount_month - applicant_part;
  {
    g_autofree char *a = money (ctx, r->split_applicant);
    g_autofree char *b = money (ctx, r->split_partner);
    step (ctx, SIMRIS_STEP_SPLIT, rule_law (ctx, "art. 14, §1, 3°"),
          FMT (TR (N_("The partner meets the conditions: the amount is split, %d %% to the applicant "
                                  "(%s a month) and the rest to the partner (%s a month).")),
                           ctx->options.split_applicant_share, a, b),
          FALSE, 0, 0);
  }
}

static void
add_pending (Ctx    *ctx,
             Person *p)
{
  GListModel *pending = simris_member_get_pending_benefits (p->member);

  for (guint i = 0; i < g_list_model_get_n_items (pending); i++)
    {
      g_autoptr(SimrisPendingBenefit) b = g_list_model_get_item (pending, i);
      const char *body = simris_pending_benefit_get_paying_body (b);

      simris_result_add_advance (ctx->result, simris_pending_benefit_get_kind (b),
                                 body != NULL && *body != '\0' ? body : NULL, p->id);
    }
}

/* Art. 3, 6° and art. 24 §1, 2° DIS (seed 000): a benefit claimed but not yet received is
 * not counted; meanwhile the RIS is paid as an advance, recovered from the paying body. */
static void
residual_advance (Ctx *ctx)
{
  SimrisResult *r = ctx->result;
  GString *list;

  if (ctx->quiet || !r->eligible)
    return;

  add_pending (ctx, ctx->applicant);
  if (ctx->partner != NULL)
    add_pending (ctx, ctx->partner);
  if (r->advance == NULL)
    return;

  list = g_string_new (NULL);
  for (guint i = 0; i < r->advance->len; i++)
    {
      SimrisAdvanceBenefit *b = g_ptr_array_index (r->advance, i);
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, simris_resource_kind_get_label (b->kind, ctx->lang));
      if (b->paying_body != NULL)
        g_string_append_printf (list, " (%s)", b->paying_body);
    }
  step (ctx, SIMRIS_STEP_ADVANCE, rule_law (ctx, "art. 3, 6°; art. 24, §1, 2°"),
        FMT (TR (N_("Benefits claimed but not yet paid: %s. They are not counted; the integration income "
                                "is paid as an advance, which the CPAS recovers directly from the paying body once "
                                "the benefit is granted, for the same period.")),
                         list->str),
        FALSE, 0, 0);
  g_string_free (list, TRUE);
}

static void
not_modelled_notes (Ctx *ctx)
{
  if (ctx->quiet)
    return;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      Person *p = &g_array_index (ctx->people, Person, i);
      /* docs/calculation.md §2.2: a child living elsewhere may be in alternating custody. */
      if (p->relation == SIMRIS_RELATION_CHILD && person_is_minor (ctx, p) && !p->in_household && !p->away_this_month)
        {
          warn (ctx, SIMRIS_WARNING_CUSTODY_TO_CHECK,
                FMT (TR (N_("%s does not live in the household: if the child lives here part of the time in "
                            "alternating custody, say so in the case — the Court of Cassation (27/06/2022, "
                            "S.20.0015.F) then grants the family rate every month.")),
                     person_name (ctx, p)));
          break;
        }
    }
}

/* ---- Issue 29: the benefit, the PIIS for studies, the maintenance aid ------------------------ */

/* docs/calculation.md §15: the equivalent aid's legal basis, and what the CPAS applies. */
static void
benefit_basis (Ctx *ctx)
{
  if (ctx->quiet || ctx->options.benefit != SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    return;
  /* bruxelles-j.be: "les montants et catégories sont les mêmes pour les bénéficiaires de l'aide
   * sociale équivalente"; ocmw-info-cpas.be, ERIS: two mandatory conditions (legal stay and
   * residence, a state of need) and conditions the CPAS may add (willingness to work, claiming
   * other benefits); mi-is.be: the State reimburses it (law of 02/04/1965). */
  step (ctx, SIMRIS_STEP_CONDITION, rule_of (ctx, SIMRIS_ACT_LO, "art. 1, 57, §1"),
        g_strdup (TR (N_("Benefit: the financial social aid equivalent to the integration income (organic law of "
                         "8 July 1976 on the CPAS). The CPAS applies the categories, amounts and counting of "
                         "resources of the integration income, and usually its conditions of willingness to work "
                         "and of claiming other benefits; after its social inquiry it may grant more, or another "
                         "form of aid, if the person needs it to live in human dignity."))),
        FALSE, 0, 0);
}

/* docs/calculation.md §15: the integration income's residence condition answered "not met":
 * whether the equivalent aid may apply, by the residence status when the case gives it. */
static void
equivalent_hint (Ctx            *ctx,
                 const gboolean *failed)
{
  const SimrisResidenceRule *status = simris_benefit_residence_rule (ctx->options.residence_status);
  gboolean residence_failed = FALSE;

  if (ctx->quiet || ctx->options.benefit != SIMRIS_BENEFIT_INTEGRATION_INCOME)
    return;
  for (guint i = 0; i < simris_rules_n_conditions (); i++)
    if (failed[i] && simris_rules_nth_condition (i)->condition == SIMRIS_CONDITION_RESIDENCE)
      residence_failed = TRUE;
  if (!residence_failed)
    return;

  if (status != NULL)
    {
      g_autofree char *label = simris_benefit_residence_label (status, ctx->lang);

      step (ctx, SIMRIS_STEP_CONDITION, simris_benefit_format_article (status, ctx->lang),
            /* Translators: the residence status in words, then what it gives */
            FMT (TR (N_("Residence status: %s. %s")), label,
                 simris_benefit_route_text (status->route, ctx->lang)),
            FALSE, 0, 0);
    }
  else
    step (ctx, SIMRIS_STEP_CONDITION, rule_of (ctx, SIMRIS_ACT_LO, "art. 1, 57"),
          g_strdup (TR (N_("The integration income's residence condition is not met. If the applicant lives in "
                           "Belgium with a legal stay without meeting its nationality condition (e.g. registered "
                           "in the foreigners' register), the CPAS may grant the financial social aid equivalent "
                           "to the integration income (art. 1 and 57, §1 of the organic law of 8 July 1976); in a "
                           "reception structure, material aid is given there (art. 57ter); without a right of "
                           "stay, only urgent medical aid (art. 57, §2)."))),
          FALSE, 0, 0);
}

/* Art. 11, §2, a) DIS: a full-time student's right rests on a PIIS for full-time studies
 * (ocmw-info-cpas.be, "PIIS études de plein exercice"; circular of 03/08/2004 on students). */
static void
piis_studies (Ctx *ctx)
{
  if (!simris_member_get_student (ctx->applicant->member)
      || ctx->options.benefit != SIMRIS_BENEFIT_INTEGRATION_INCOME)
    return;
  ctx->result->piis_studies = TRUE;
  step (ctx, SIMRIS_STEP_CONDITION, rule_law (ctx, "art. 11, §2, a)"),
        DUP (TR (N_("Full-time student: the right rests on an individualised social integration project (PIIS) "
                    "for full-time studies, which the CPAS agrees to when the studies increase the chances of "
                    "finding work. The student must pursue the studies and sit the exams, take a student job "
                    "compatible with them when the CPAS asks, and report the results and any change; willingness "
                    "to work is assessed against the studies (equity)."))),
        FALSE, 0, 0);
}

/* Art. 68quinquies LO (docs/calculation.md §16): beside the benefit, never counted in it. */
static void
maintenance_aid (Ctx *ctx)
{
  SimrisCents paid = simris_household_get_maintenance_paid_month (ctx->household);
  SimrisMaintenanceAid aid;

  if (ctx->quiet || paid <= 0 || !simris_maintenance_aid_compute (paid, &ctx->amounts, &aid))
    return;
  if (!ctx->result->eligible || ctx->result->amount_month <= 0)
    {
      step (ctx, SIMRIS_STEP_NOTE, rule_of (ctx, SIMRIS_ACT_LO, "art. 68quinquies"),
            g_strdup (simris_maintenance_aid_refused_text (ctx->lang)), FALSE, 0, 0);
      return;
    }
  ctx->result->has_maintenance_aid = TRUE;
  ctx->result->maintenance_aid = aid;
  step (ctx, SIMRIS_STEP_NOTE, rule_of (ctx, SIMRIS_ACT_LO, "art. 68quinquies"),
        simris_maintenance_aid_text (&aid, &ctx->amounts, ctx->lang), TRUE, aid.amount_month, 0);
}

/* ---- The pipeline (docs/calculation.md §0) ------------------------------------------------------- */

static SimrisResult *
compute (SimrisParameters *params,
         SimrisHousehold  *household,
         SimrisDate        date,
         const char       *lang,
         const Options    *options,
         gboolean          quiet,
         GError          **error)
{
  g_autoptr(SimrisResult) result = simris_result_new (lang);
  g_autofree char *category_reason = NULL;
  g_autofree char *category_caveat = NULL;
  g_autofree char *regime_reason = NULL;
  Ctx ctx_ = { 0 }, *ctx = &ctx_;
  gboolean failed[16] = { FALSE };
  gboolean age_ok;
  gboolean condition_failed;
  SimrisCategory category;
  SimrisCents A, R, ale, G, amount_year, amount_month;
  Counted own;
  Cohabitants cohab;
  gboolean ok = FALSE;

  ctx->params = params;
  ctx->rules = options->rules;
  ctx->household = household;
  ctx->date = date;
  ctx->lang = simris_result_get_lang (result);
  ctx->options = *options;
  ctx->result = result;
  ctx->quiet = quiet;

  if (!simris_parameters_lookup (params, date, &ctx->amounts, error))
    return NULL;
  if (!collect_people (ctx, error))
    goto out;

  result->reference_date = date;
  result->parameters_date = ctx->amounts.from;
  result->split_share = options->split_applicant_share;

  /* Step 3 first for the trace's reading order: amounts, facts, conditions, category. */
  trace_parameters (ctx);
  trace_facts (ctx);

  result->benefit = options->benefit;
  benefit_basis (ctx);
  age_ok = art3_age_condition (ctx);
  art3_conditions_check (ctx, failed);
  equivalent_hint (ctx, failed);
  piis_studies (ctx);

  trace_household_sharing (ctx);
  category = art14_category (ctx, &category_reason, &category_caveat);
  A = ctx->amounts.year[category];
  result->category = category;
  /* The reason with its caveat, as the result view and the trace show it; the finding and
   * the caveat apart, for the decision and the note for the social worker. */
  result->category_finding = g_strdup (category_reason);
  result->category_caveat = g_strdup (category_caveat);
  result->category_reason = category_caveat != NULL
                              ? g_strconcat (category_reason, " ", category_caveat, NULL)
                              : g_strdup (category_reason);
  result->category_amount_year = A;
  result->category_amount_month = ctx->amounts.month[category];
  {
    g_autofree char *label = g_strdup (simris_category_get_label (category, ctx->lang));
    g_autofree char *year = money (ctx, A);
    g_autofree char *month = money (ctx, ctx->amounts.month[category]);
    step (ctx, SIMRIS_STEP_CATEGORY, rule_law (ctx, category_article (category)),
          FMT (TR (N_("%s Amount of the category (%s): %s a year, i.e. %s a month.")),
                           category_reason, label, year, month),
          TRUE, A, +1);
  }
  warn_parameters (ctx, category);

  /* §9: the art. 34 regime, as data. */
  ctx->regime = art34_regime (ctx, &regime_reason);
  result->art34_regime = g_strdup (ctx->regime->name);
  result->art34_regime_reason = g_strdup (regime_reason);
  step (ctx, SIMRIS_STEP_COHABITANTS, rule_ar (ctx, "art. 34"), g_strdup (regime_reason), FALSE, 0, 0);

  /* §4: the applicant's own resources, with the SPI. */
  own = member_resources (ctx, ctx->applicant, TRUE, ctx->regime->family_allowance_for_applicant_counted);
  /* §5, §9: the cohabitants' share. */
  cohab = art34_cohabitants (ctx, category);

  R = own.counted + cohab.share;
  ale = own.ale_excess + cohab.ale;
  result->resources_counted_year = R;
  {
    g_autofree char *shown = money (ctx, R);
    step (ctx, SIMRIS_STEP_TOTAL, rule_law (ctx, "art. 16"),
          FMT (TR (N_("Counted resources in total: %s a year.")), shown),
          TRUE, R, -1);
  }

  if (ctx->regime->unverified_method && cohab.debtors_counted)
    warn (ctx, SIMRIS_WARNING_ART34_2026_UNVERIFIED,
          /* Translators: %s names the rules of art. 34 applied, e.g. "2026" */
          FMT (TR (N_("Under the %s rules, SimRIS leaves each counted family member a fictive cohabitant "
                      "amount, as under the earlier rules; no source says yet whether the reform keeps it.")),
               ctx->regime->name));

  /* §6: general exemption; §0 step 6: the amount. */
  G = art22_general_exemption (ctx, category, R, ale, A);
  result->exemptions_year = G;
  amount_year = MAX (0, A - R + G);
  amount_month = simris_money_div_round (amount_year, 12);

  /* §1: conditions. A failed condition → 0.00, the other figures still shown. */
  condition_failed = !age_ok;
  if (!age_ok)
    simris_result_add_reason (result, SIMRIS_REASON_AGE);
  for (guint i = 0; i < simris_rules_n_conditions (); i++)
    if (failed[i])
      {
        simris_result_add_reason (result, simris_rules_nth_condition (i)->code);
        condition_failed = TRUE;
      }
  if (amount_month == 0)
    simris_result_add_reason (result, SIMRIS_REASON_RESOURCES);

  result->eligible = result->reasons->len == 1; /* only the NULL terminator */
  if (condition_failed)
    {
      result->amount_year = 0;
      result->amount_month = 0;
    }
  else
    {
      result->amount_year = amount_year;
      result->amount_month = amount_month;
    }

  {
    g_autofree char *a = money (ctx, A);
    g_autofree char *r = money (ctx, R);
    g_autofree char *g = money (ctx, G);
    g_autofree char *y = money (ctx, amount_year);
    g_autofree char *m = money (ctx, amount_month);
    if (A - R + G >= 0 && options->benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
      step (ctx, SIMRIS_STEP_AMOUNT, rule_law (ctx, "art. 14, §2"),
            FMT (TR (N_("Yearly equivalent aid, computed as the integration income: %s − %s + %s = %s; "
                        "monthly: %s / 12 = %s.")),
                 a, r, g, y, y, m),
            TRUE, amount_year, 0);
    else if (A - R + G >= 0)
      step (ctx, SIMRIS_STEP_AMOUNT, rule_law (ctx, "art. 14, §2"),
            FMT (TR (N_("Yearly integration income: %s − %s + %s = %s; monthly: %s / 12 = %s.")),
                             a, r, g, y, y, m),
            TRUE, amount_year, 0);
    else
      /* docs/calculation.md §0, step 6: max (0, A − R); there is no minimum payment. */
      step (ctx, SIMRIS_STEP_AMOUNT, rule_law (ctx, "art. 14, §2"),
            FMT (TR (N_("Yearly integration income: the counted resources (%s) exceed the amount of the "
                                    "category (%s): nothing is due.")),
                             r, a),
            TRUE, 0, 0);
    if (!result->eligible && result->amount_year == 0 && amount_year > 0
        && options->benefit == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
      step (ctx, SIMRIS_STEP_AMOUNT, rule_of (ctx, SIMRIS_ACT_LO, "art. 57, §1"),
            DUP (TR (N_("A condition of the equivalent aid is not met: nothing is granted; the figures above are "
                        "for information."))),
            TRUE, 0, 0);
    else if (!result->eligible && result->amount_year == 0 && amount_year > 0)
      step (ctx, SIMRIS_STEP_AMOUNT, rule_law (ctx, "art. 3"),
            DUP (TR (N_("A condition of art. 3 is not met: nothing is granted; the figures above are for "
                             "information."))),
            TRUE, 0, 0);
  }

  split_between_partners (ctx, category, cohab.partner_own);
  maintenance_aid (ctx);
  residual_advance (ctx);
  not_modelled_notes (ctx);
  ok = TRUE;

out:
  g_clear_pointer (&ctx->people, g_array_unref);
  return ok ? g_steal_pointer (&result) : NULL;
}

/* Cheap tests before computing an alternative: they answer TRUE whenever the alternative could
 * apply (the computation then decides), FALSE only when it cannot. */
static gboolean
may_have_debtor (SimrisHousehold             *household,
                 const SimrisArt34RegimeInfo *regime)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (household), i);
      SimrisRelation rel = simris_member_get_relation (m);

      if (rel != SIMRIS_RELATION_APPLICANT && rel != SIMRIS_RELATION_PARTNER
          && (regime->relations & (1u << rel)) && simris_member_get_lives_in_household (m))
        return TRUE;
    }
  return FALSE;
}

static gboolean
may_be_partner_only (SimrisHousehold *household)
{
  gboolean partner = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (household), i);
      SimrisRelation rel = simris_member_get_relation (m);

      if (rel == SIMRIS_RELATION_APPLICANT || !simris_member_get_lives_in_household (m))
        continue;
      if (rel != SIMRIS_RELATION_PARTNER)
        return FALSE;
      partner = TRUE;
    }
  return partner;
}

/* The regime description of the regime the result applied. */
static const SimrisArt34RegimeInfo *
applied_regime (SimrisParameters *params,
                SimrisResult     *result)
{
  return simris_parameters_get_art34_regime (params, result->art34_regime, result->reference_date);
}

static void
add_alternative (SimrisHousehold  *household,
                 SimrisParameters *params,
                 SimrisDate        date,
                 SimrisResult     *result,
                 const Options    *options,
                 const char       *option,
                 JsonNode         *value,
                 const char       *what,
                 gboolean          always)
{
  g_autoptr(SimrisResult) alt = compute (params, household, date, simris_result_get_lang (result),
                                         options, TRUE, NULL);
  const char *lang = simris_result_get_lang (result);
  SimrisCents diff;
  g_autofree char *month = NULL;
  g_autofree char *delta = NULL;
  char *text;

  if (alt == NULL || (!always && alt->amount_year == result->amount_year))
    {
      json_node_unref (value);
      return;
    }

  diff = alt->amount_month - result->amount_month;
  month = simris_money_format (alt->amount_month, lang);
  delta = simris_money_format (diff < 0 ? -diff : diff, lang);
  text = g_strdup_printf (simris_tr (lang, N_("%s: %s a month (%s%s a month).")),
                          what, month, diff < 0 ? "−" : "+", delta);
  simris_result_add_alternative (result, option, value, alt->amount_year, alt->amount_month, text);
}

/* A full-time student of the case with a student job, and whether one also has a study grant. */
static gboolean
has_student_job (SimrisHousehold *household,
                 gboolean         with_grant)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (household), i);
      GListModel *resources = simris_member_get_resources (m);
      gboolean job = FALSE, grant = FALSE;

      if (!simris_member_get_student (m))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (resources); j++)
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (resources, j);
          job |= simris_resource_get_kind (r) == SIMRIS_RESOURCE_KIND_STUDENT_JOB;
          grant |= simris_resource_get_kind (r) == SIMRIS_RESOURCE_KIND_STUDY_GRANT;
        }
      if (job && (grant || !with_grant))
        return TRUE;
    }
  return FALSE;
}

/* Issue 29: the other answer of the students' readings (simris-rules.c) and, when the
 * integration income's residence condition is not met, the equivalent aid. */
static void
compute_benefit_alternatives (SimrisParameters *params,
                              SimrisHousehold  *household,
                              SimrisDate        date,
                              const Options    *options,
                              SimrisResult     *result)
{
  const char *lang = simris_result_get_lang (result);
  Options alt;

  if (has_student_job (household, FALSE))
    {
      g_autofree char *what = NULL;

      alt = *options;
      alt.student_under_25 = !options->student_under_25;
      what = alt.student_under_25
               /* Translators: %d is an age, 25 */
               ? simris_rules_format_figure (N_("If the student exemption stops at %d (droitsquotidiens.be, 2022)"),
                                             SIMRIS_CONST_STUDENT_AGE_LIMIT, lang)
               : g_strdup (simris_tr (lang, N_("If the student exemption has no age limit (art. 35, §2 of the "
                                               "royal decree as quoted)")));
      add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25,
                       json_node_init_boolean (json_node_alloc (), alt.student_under_25), what, FALSE);
    }

  if (simris_rules_spi_rule (SIMRIS_SPI_STUDENT_GRANT_ALIGNED, date) != NULL && has_student_job (household, TRUE))
    {
      alt = *options;
      alt.student_grant_covid_alignment = !options->student_grant_covid_alignment;
      add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT,
                       json_node_init_boolean (json_node_alloc (), alt.student_grant_covid_alignment),
                       alt.student_grant_covid_alignment
                         ? simris_tr (lang, N_("If the Covid-time alignment of grant students already applied on "
                                               "that date"))
                         : simris_tr (lang, N_("If the Covid-time alignment of grant students did not yet apply "
                                               "on that date (its start is not established)")),
                       FALSE);
    }

  if (options->benefit == SIMRIS_BENEFIT_INTEGRATION_INCOME)
    {
      SimrisMember *applicant = simris_household_get_applicant (household);
      const SimrisResidenceRule *status = simris_benefit_residence_rule (options->residence_status);

      /* Residence answered "not met", or a status that gives the equivalent aid (it fails
       * art. 3, 3° DIS whatever the answer on actual residence). */
      if (applicant != NULL
          && ((simris_member_get_condition (applicant, SIMRIS_CONDITION_RESIDENCE) == SIMRIS_TRISTATE_NO
               && status == NULL)
              || (status != NULL && status->route == SIMRIS_BENEFIT_ROUTE_EQUIVALENT_AID)))
        {
          alt = *options;
          alt.benefit = SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID;
          alt.residence_unanswered = status == NULL;
          add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_BENEFIT,
                           json_node_init_string (json_node_alloc (), simris_benefit_to_string (alt.benefit)),
                           status == NULL
                             ? simris_tr (lang, N_("The financial social aid equivalent to the integration income, "
                                                   "if the applicant lives in Belgium with a legal stay"))
                             : simris_tr (lang, N_("The financial social aid equivalent to the integration income")),
                           TRUE);
        }
    }
}

/* docs/calculation.md §5, §13 and docs/case-format.md: the amount under the other value of every CPAS option
 * that applies to this case and changes its yearly amount; the MAF proposal always when
 * the case has a MAF refund. */
static void
compute_alternatives (SimrisParameters *params,
                      SimrisHousehold  *household,
                      SimrisDate        date,
                      const Options    *options,
                      SimrisResult     *result)
{
  const char *lang = simris_result_get_lang (result);
  const SimrisArt34RegimeInfo *applied = applied_regime (params, result);
  Options alt;

  /* The regime itself, once a newer one is in force (docs/calculation.md §9): a file not yet
   * reviewed keeps the previous regime, a reviewed file takes the one in force. */
  {
    const SimrisArt34RegimeInfo *by_date = simris_parameters_get_art34_regime (params, NULL, date);
    const SimrisArt34RegimeInfo *other = NULL;
    const char *what = NULL;

    if (applied != NULL && by_date != NULL && applied != by_date)
      {
        other = by_date;
        /* Translators: %s names the rules of art. 34, e.g. "2026" */
        what = simris_tr (lang, N_("Under the %s rules of art. 34 (the file reviewed)"));
      }
    else if (by_date != NULL)
      {
        for (guint i = 1; i < simris_parameters_get_n_art34_regimes (params); i++)
          if (simris_parameters_get_nth_art34_regime (params, i) == by_date)
            other = simris_parameters_get_nth_art34_regime (params, i - 1);
        /* Translators: %s names the rules of art. 34, e.g. "2002" */
        what = simris_tr (lang, N_("Under the %s rules of art. 34 (a file not yet reviewed)"));
      }
    if (other != NULL)
      {
        g_autofree char *text = g_strdup_printf (what, other->name);
        alt = *options;
        alt.art34_regime = other->name;
        add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_ART34_REGIME,
                         json_node_init_string (json_node_alloc (), other->name), text, FALSE);
      }
  }

  /* The counting option of the regime that applied, when someone it could count lives in
   * the household (a cheap test on relations; ages are left to the computation). */
  if (applied != NULL && may_have_debtor (household, applied))
    {
      gboolean is_debtors = g_str_equal (applied->option, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS);
      gboolean current = is_debtors ? options->count_maintenance_debtors : options->count_ascendants_descendants;
      const char *what;

      alt = *options;
      if (is_debtors)
        alt.count_maintenance_debtors = !current;
      else
        alt.count_ascendants_descendants = !current;

      if (current)
        what = is_debtors ? simris_tr (lang, N_("If the CPAS does not count the cohabiting maintenance debtors' resources"))
                          : simris_tr (lang, N_("If the CPAS does not count the parents' and adult children's resources"));
      else
        what = is_debtors ? simris_tr (lang, N_("If the CPAS counts the cohabiting maintenance debtors' resources"))
                          : simris_tr (lang, N_("If the CPAS counts the parents' and adult children's resources"));

      add_alternative (household, params, date, result, &alt, applied->option,
                       json_node_init_boolean (json_node_alloc (), !current), what, FALSE);
    }

  /* The contested single rate (simris-rules.c): only where it applies to the case. */
  {
    Ctx probe = { 0 };

    probe.household = household;
    probe.date = date;
    probe.rules = options->rules;
    if (may_be_partner_only (household) && collect_people (&probe, NULL) && partner_only_without_resources (&probe))
      {
        alt = *options;
        alt.isolated_partner_no_resources = !options->isolated_partner_no_resources;
        add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES,
                         json_node_init_boolean (json_node_alloc (), alt.isolated_partner_no_resources),
                         alt.isolated_partner_no_resources
                           ? simris_tr (lang, N_("If the CPAS grants the single rate because the partner has no "
                                                 "resources at all (some labour courts; reversed on appeal)"))
                           : simris_tr (lang, N_("Under the cohabitant rate, as the Court of Cassation reads a "
                                                 "household (18/02/2008)")),
                         FALSE);
      }
    g_clear_pointer (&probe.people, g_array_unref);
  }

  /* docs/calculation.md §2.2: a child in alternating custody — the other practice. */
  {
    Ctx probe = { 0 };
    gboolean any = FALSE;

    probe.household = household;
    probe.date = date;
    probe.rules = options->rules;
    if (collect_people (&probe, NULL))
      for (guint i = 0; i < probe.people->len && !any; i++)
        any = g_array_index (probe.people, Person, i).alternating;
    g_clear_pointer (&probe.people, g_array_unref);
    if (any)
      {
        alt = *options;
        alt.alternate_months = !options->alternate_months;
        add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS,
                         json_node_init_boolean (json_node_alloc (), alt.alternate_months),
                         alt.alternate_months
                           ? simris_tr (lang, N_("In the months the child spends with the other parent, if the CPAS "
                                                 "alternates the rates month by month (a practice the Court of "
                                                 "Cassation censured on 27/06/2022, S.20.0015.F)"))
                           : simris_tr (lang, N_("With the family rate every month (Court of Cassation, 27/06/2022, "
                                                 "S.20.0015.F)")),
                         FALSE);
      }
  }

  /* docs/calculation.md §5.1: several applicants — sharing the excess or not. */
  {
    g_auto(GStrv) ids = simris_engine_list_applicants (household, date);

    if (ids != NULL && ids[0] != NULL && ids[1] != NULL && applied != NULL && may_have_debtor (household, applied))
      {
        alt = *options;
        alt.applicants_share_excess = !options->applicants_share_excess;
        add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS,
                         json_node_init_boolean (json_node_alloc (), alt.applicants_share_excess),
                         alt.applicants_share_excess
                           ? simris_tr (lang, N_("If the applicants share the counted excess of the cohabitants' "
                                                 "resources (Infor Jeunes; C. trav. Liège, 18/01/2012)"))
                           : simris_tr (lang, N_("If the CPAS counts the whole excess of the cohabitants' resources "
                                                 "for each applicant")),
                         FALSE);
      }
  }

  /* docs/calculation.md §2.1: the other answer to "do you share the household with …?" for
   * each person at the address who is not the partner (a fact the social inquiry settles). */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (household), i);
      SimrisRelation rel = simris_member_get_relation (m);
      g_autoptr(SimrisHousehold) other = NULL;
      g_autoptr(SimrisMember) changed = NULL;
      JsonObject *value;
      JsonNode *node;
      const char *name;
      g_autofree char *what = NULL;
      gboolean shares;

      if (rel == SIMRIS_RELATION_APPLICANT || rel == SIMRIS_RELATION_PARTNER
          || !simris_member_get_lives_in_household (m))
        continue;
      shares = simris_member_shares_household_on (m, date);
      other = simris_household_copy (household);
      changed = g_list_model_get_item (G_LIST_MODEL (other), i);
      simris_member_set_shares_household (changed, !shares);
      simris_member_set_shares_household_since (changed, NULL);

      value = json_object_new ();
      json_object_set_string_member (value, "member", simris_member_get_id (m));
      json_object_set_boolean_member (value, "shares_household", !shares);
      node = json_node_init_object (json_node_alloc (), value);
      json_object_unref (value);

      name = simris_member_get_name (m);
      if (name == NULL || *name == '\0')
        name = simris_relation_get_label (rel, lang);
      /* Translators: %s is a person's name or relation, e.g. "Sam" */
      what = g_strdup_printf (shares ? simris_tr (lang, N_("If you do not share the household with %s"))
                                     : simris_tr (lang, N_("If you share the household with %s")),
                              name);
      add_alternative (other, params, date, result, options, SIMRIS_ALTERNATIVE_SHARES_HOUSEHOLD, node, what, FALSE);
    }
  compute_benefit_alternatives (params, household, date, options, result);

  if (simris_household_has_kind (household, SIMRIS_RESOURCE_KIND_MAF_REFUND))
    {
      alt = *options;
      alt.reform_maf_exempt = !options->reform_maf_exempt;
      add_alternative (household, params, date, result, &alt, SIMRIS_OPTION_REFORM_MAF_EXEMPT,
                       json_node_init_boolean (json_node_alloc (), alt.reform_maf_exempt),
                       alt.reform_maf_exempt
                         ? simris_tr (lang, N_("With the 2008 proposal exempting maximum billing (MAF) refunds"))
                         : simris_tr (lang, N_("Under the law as it stands, counting maximum billing (MAF) refunds")),
                       TRUE);
    }
}

static void
record_options (SimrisResult     *result,
                const Options    *options,
                SimrisParameters *params)
{
  const char *lang = simris_result_get_lang (result);
  const SimrisArt34RegimeInfo *applied = applied_regime (params, result);

  simris_result_add_option_applied (result, SIMRIS_OPTION_ART34_REGIME, g_strdup (result->art34_regime_reason));
  if (applied != NULL && g_str_equal (applied->option, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS))
    simris_result_add_option_applied (result, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS,
      g_strdup (options->count_maintenance_debtors
                  ? simris_tr (lang, N_("The resources of cohabiting adult maintenance debtors are counted, as the 2026 text requires."))
                  : simris_tr (lang, N_("The resources of cohabiting adult maintenance debtors are not counted (the reading that the CPAS keeps its discretion)."))));
  else
    simris_result_add_option_applied (result, SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS,
      g_strdup (options->count_ascendants_descendants
                  ? simris_tr (lang, N_("The CPAS counts the resources of cohabiting parents and adult children above a cohabitant amount each (art. 34, §2)."))
                  : simris_tr (lang, N_("The CPAS does not count the resources of cohabiting parents and adult children (art. 34, §2 leaves it the choice)."))));
  if (options->reform_maf_exempt)
    simris_result_add_option_applied (result, SIMRIS_OPTION_REFORM_MAF_EXEMPT,
      g_strdup (simris_tr (lang, N_("Maximum billing refunds are exempted as the 2008 proposal asks."))));
  if (options->isolated_partner_no_resources)
    simris_result_add_option_applied (result, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES,
      g_strdup (simris_tr (lang, N_("The single rate is granted to an applicant who lives only with a partner "
                                    "without any resources (a reading of some labour courts)."))));
  if (options->alternate_months)
    simris_result_add_option_applied (result, SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS,
      g_strdup (simris_tr (lang, N_("The CPAS alternates the rates month by month for a child in alternating custody; "
                                    "this is the amount of the months without the child."))));
  if (!options->applicants_share_excess)
    simris_result_add_option_applied (result, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS,
      g_strdup (simris_tr (lang, N_("The whole counted excess of the cohabitants' resources is counted for each "
                                    "applicant of the household."))));
  if (options->student_under_25)
    simris_result_add_option_applied (result, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25,
      /* Translators: %d is an age, 25 */
      simris_rules_format_figure (N_("The student exemption is applied only to a student under %d (a reading of "
                                     "droitsquotidiens.be)."), SIMRIS_CONST_STUDENT_AGE_LIMIT, lang));
  if (!options->student_grant_covid_alignment)
    simris_result_add_option_applied (result, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT,
      g_strdup (simris_tr (lang, N_("The Covid-time alignment of grant students is not applied on this date."))));
  if (options->split_applicant_share != 50)
    simris_result_add_option_applied (result, SIMRIS_OPTION_SPLIT_APPLICANT_SHARE,
      g_strdup_printf (simris_tr (lang, N_("For equity, %d %% of a split amount is paid to the applicant.")),
                       options->split_applicant_share));
}

static void compute_applicants (SimrisParameters *params,
                                SimrisHousehold  *household,
                                SimrisDate        date,
                                const Options    *options,
                                SimrisResult     *result);

SimrisResult *
simris_engine_compute (SimrisParameters *params,
                       SimrisHousehold  *household,
                       SimrisDate        date,
                       const char       *lang,
                       GError          **error)
{
  return simris_engine_compute_with_rules (params, NULL, household, date, lang, error);
}

SimrisResult *
simris_engine_compute_with_rules (SimrisParameters      *params,
                                  const SimrisRuleTable *rules,
                                  SimrisHousehold       *household,
                                  SimrisDate             date,
                                  const char            *lang,
                                  GError               **error)
{
  SimrisResult *result;
  Options options;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (params), NULL);
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  if (!simris_household_validate (household, error) ||
      !simris_household_check_complete (household, error))
    return NULL;

  if (date == 0 && !simris_date_parse (simris_household_get_reference_date (household), &date))
    {
      g_set_error_literal (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID,
                           _("reference_date: missing or not a date"));
      return NULL;
    }

  options.rules = rules != NULL ? rules : simris_rule_table_get_default ();
  options.count_ascendants_descendants = simris_household_get_count_ascendants_descendants (household);
  options.count_maintenance_debtors = simris_household_get_count_maintenance_debtors (household);
  options.art34_regime = simris_household_get_art34_regime (household);
  options.reform_maf_exempt = simris_household_get_reform_maf_exempt (household);
  options.isolated_partner_no_resources = simris_household_get_isolated_partner_no_resources (household);
  options.split_applicant_share = simris_household_get_split_applicant_share (household);
  options.alternate_months = simris_household_get_alternating_custody_alternate_months (household);
  options.applicants_share_excess = simris_household_get_applicants_share_excess (household);
  options.benefit = simris_household_get_benefit (household);
  options.residence_status = simris_household_get_residence_status (household);
  options.residence_unanswered = FALSE;
  options.student_under_25 = simris_household_get_student_exemption_under_25 (household);
  options.student_grant_covid_alignment = simris_household_get_student_grant_covid_alignment (household);

  result = compute (params, household, date, lang, &options, FALSE, error);
  if (result == NULL)
    return NULL;

  record_options (result, &options, params);
  compute_alternatives (params, household, date, &options, result);
  compute_applicants (params, household, date, &options, result);
  return result;
}

/* ---- Several applicants (docs/calculation.md §5.1) ------------------------------------- */

char **
simris_engine_list_applicants (SimrisHousehold *household,
                               SimrisDate       date)
{
  GPtrArray *ids = g_ptr_array_new ();
  Ctx probe = { 0 };

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  if (date == 0)
    simris_date_parse (simris_household_get_reference_date (household), &date);
  probe.household = household;
  probe.date = date;
  probe.rules = simris_rule_table_get_default ();
  if (collect_people (&probe, NULL))
    {
      g_ptr_array_add (ids, g_strdup (probe.applicant->id));
      for (guint i = 0; i < probe.people->len; i++)
        {
          Person *p = &g_array_index (probe.people, Person, i);
          if (p->applies)
            g_ptr_array_add (ids, g_strdup (p->id));
        }
    }
  g_clear_pointer (&probe.people, g_array_unref);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}

/* A relation restated from the side of the new applicant, whose relation to the old one is
 * @pivot (docs/calculation.md §5.1). [choice] Where the family tie is not known (the old
 * applicant's partner, seen from their adult child, is taken to be the child's other
 * parent), the closest reading; FALSE when no reading holds. */
static gboolean
restate_relation (SimrisRelation  pivot,
                  SimrisRelation  rel,
                  SimrisRelation *out)
{
  if (rel == SIMRIS_RELATION_UNRELATED)
    {
      *out = rel;
      return TRUE;
    }
  switch (pivot)
    {
    case SIMRIS_RELATION_SIBLING:
      /* Brothers and sisters with the same parents (Infor Jeunes; C. trav. Liège 18/01/2012). */
      switch (rel)
        {
        case SIMRIS_RELATION_APPLICANT: *out = SIMRIS_RELATION_SIBLING; return TRUE;
        case SIMRIS_RELATION_PARENT:
        case SIMRIS_RELATION_GRANDPARENT:
        case SIMRIS_RELATION_SIBLING: *out = rel; return TRUE;
        default: *out = SIMRIS_RELATION_OTHER_RELATIVE; return TRUE;
        }
    case SIMRIS_RELATION_PARTNER:
      switch (rel)
        {
        case SIMRIS_RELATION_APPLICANT: *out = SIMRIS_RELATION_PARTNER; return TRUE;
        case SIMRIS_RELATION_CHILD:
        case SIMRIS_RELATION_GRANDCHILD:
        case SIMRIS_RELATION_CHILD_IN_LAW: *out = rel; return TRUE;
        case SIMRIS_RELATION_PARENT: *out = SIMRIS_RELATION_PARENT_IN_LAW; return TRUE;
        case SIMRIS_RELATION_PARENT_IN_LAW: *out = SIMRIS_RELATION_PARENT; return TRUE;
        default: *out = SIMRIS_RELATION_OTHER_RELATIVE; return TRUE;
        }
    case SIMRIS_RELATION_CHILD:
      switch (rel)
        {
        case SIMRIS_RELATION_APPLICANT:
        case SIMRIS_RELATION_PARTNER: *out = SIMRIS_RELATION_PARENT; return TRUE;
        case SIMRIS_RELATION_CHILD: *out = SIMRIS_RELATION_SIBLING; return TRUE;
        case SIMRIS_RELATION_PARENT: *out = SIMRIS_RELATION_GRANDPARENT; return TRUE;
        default: *out = SIMRIS_RELATION_OTHER_RELATIVE; return TRUE;
        }
    case SIMRIS_RELATION_PARENT:
      switch (rel)
        {
        case SIMRIS_RELATION_APPLICANT:
        case SIMRIS_RELATION_SIBLING: *out = SIMRIS_RELATION_CHILD; return TRUE;
        case SIMRIS_RELATION_CHILD: *out = SIMRIS_RELATION_GRANDCHILD; return TRUE;
        case SIMRIS_RELATION_GRANDPARENT: *out = SIMRIS_RELATION_PARENT; return TRUE;
        default: *out = SIMRIS_RELATION_OTHER_RELATIVE; return TRUE;
        }
    case SIMRIS_RELATION_OTHER_RELATIVE:
      /* Everyone but the unrelated (handled above) is a relative of the new applicant's family. */
      *out = SIMRIS_RELATION_OTHER_RELATIVE;
      return TRUE;
    case SIMRIS_RELATION_UNRELATED:
      *out = SIMRIS_RELATION_UNRELATED;
      return TRUE;
    default:
      return FALSE;
    }
}

SimrisHousehold *
simris_engine_household_for_applicant (SimrisHousehold  *household,
                                       const char       *member_id,
                                       GError          **error)
{
  g_autoptr(SimrisHousehold) copy = NULL;
  SimrisMember *target;
  SimrisRelation pivot;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  target = simris_household_find_member (household, member_id);
  if (target == NULL)
    {
      /* Translators: %s is the id of a member */
      g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID,
                   _("No member has the id \"%s\"."), member_id);
      return NULL;
    }
  pivot = simris_member_get_relation (target);
  if (pivot == SIMRIS_RELATION_APPLICANT)
    return simris_household_copy (household);

  copy = simris_household_copy (household);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (copy)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (copy), i);
      SimrisRelation rel = simris_member_get_relation (m);
      SimrisRelation restated;

      if (g_strcmp0 (simris_member_get_id (m), member_id) == 0)
        {
          simris_member_set_relation (m, SIMRIS_RELATION_APPLICANT);
          simris_member_set_also_applies (m, FALSE);
          simris_member_set_lives_in_household (m, TRUE);
          continue;
        }
      if (!restate_relation (pivot, rel, &restated))
        {
          const char *name = simris_member_get_name (target);
          /* Translators: %s is a member's name or id */
          g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID,
                       _("SimRIS cannot put %s in the applicant's place in this household: describe "
                         "their application in a case of its own."),
                       name != NULL && *name != '\0' ? name : member_id);
          return NULL;
        }
      simris_member_set_relation (m, restated);
      if (rel == SIMRIS_RELATION_APPLICANT)
        {
          simris_member_set_also_applies (m, TRUE);
          simris_member_set_shares_household (m, TRUE);
        }
      /* The applicant's minor children were in charge through being their `child`; seen from
       * a sibling they are nephews in their parent's charge. */
      if (rel == SIMRIS_RELATION_CHILD && restated != SIMRIS_RELATION_CHILD
          && simris_member_get_dependent_of (m) == NULL)
        {
          SimrisMember *old = simris_household_get_applicant (household);
          if (old != NULL)
            simris_member_set_dependent_of (m, simris_member_get_id (old));
        }
    }
  return g_steal_pointer (&copy);
}

/* Each applicant's own monthly amount, when several adults of the household apply. */
static void
compute_applicants (SimrisParameters *params,
                    SimrisHousehold  *household,
                    SimrisDate        date,
                    const Options    *options,
                    SimrisResult     *result)
{
  g_auto(GStrv) ids = simris_engine_list_applicants (household, date);
  const char *lang = simris_result_get_lang (result);

  if (ids == NULL || ids[0] == NULL || ids[1] == NULL)
    return;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      SimrisMember *m = simris_household_find_member (household, ids[i]);
      const char *name = simris_member_get_name (m);
      g_autofree char *label = g_strdup (name != NULL && *name != '\0'
                                           ? name : simris_relation_get_label (simris_member_get_relation (m), lang));
      g_autoptr(SimrisHousehold) other = NULL;
      g_autoptr(SimrisResult) alt = NULL;

      if (i == 0)
        {
          simris_result_add_applicant (result, ids[i], label, TRUE, result->eligible,
                                       result->amount_year, result->amount_month);
          continue;
        }
      other = simris_engine_household_for_applicant (household, ids[i], NULL);
      if (other != NULL)
        alt = compute (params, other, date, lang, options, TRUE, NULL);
      if (alt != NULL)
        simris_result_add_applicant (result, ids[i], label, TRUE, alt->eligible, alt->amount_year, alt->amount_month);
      else
        simris_result_add_applicant (result, ids[i], label, FALSE, FALSE, 0, 0);
    }
}
