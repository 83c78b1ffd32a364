/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisSummary"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "simris-codes.h"
#include "simris-date.h"
#include "simris-file.h"
#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-page-layout.h"
#include "simris-rules.h"
#include "simris-summary.h"

/* The applicant's one-page summary. It tells the result computed by the engine; it decides
 * nothing itself: every amount here is one of the result's (docs/calculation.md §0). */

#define A4_WIDTH 595.28
#define A4_HEIGHT 841.89
#define MARGIN 56.0
#define FONT_FAMILY "DejaVu Sans, Sans"

static const char *tr (const char *lang,
                       const char *msgid) G_GNUC_FORMAT (2);

static const char *
tr (const char *lang,
    const char *msgid)
{
  return simris_tr (lang, msgid);
}

char *
simris_summary_dup_person (SimrisHousehold *household,
                           SimrisMember    *member,
                           const char      *lang)
{
  const char *name = simris_member_get_name (member);

  switch (simris_member_get_relation (member))
    {
    case SIMRIS_RELATION_APPLICANT:
      /* Translators: the applicant, addressed directly ("vous" / "u") */
      return g_strdup (tr (lang, N_("you")));
    case SIMRIS_RELATION_PARTNER:
      /* Translators: the applicant's partner, addressed to the applicant */
      return g_strdup (tr (lang, N_("your partner")));
    default:
      break;
    }
  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup (simris_relation_get_label (simris_member_get_relation (member), lang));
}

static void
add_unique (GPtrArray *items,
            char      *text)
{
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (g_ptr_array_index (items, i), text))
      {
        g_free (text);
        return;
      }
  g_ptr_array_add (items, text);
}

GPtrArray *
simris_summary_dup_checklist (SimrisHousehold *household,
                              const char      *lang)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GListModel *members = G_LIST_MODEL (household);
  guint n = g_list_model_get_n_items (members);

  add_unique (items, g_strdup (tr (lang, N_("Your identity card, and your residence permit if you have one"))));
  add_unique (items, g_strdup (tr (lang, N_("The number of a bank account in your name"))));
  /* The CPAS checks where you live and what comes in (art. 3 of the law of 26 May 2002,
   * docs/calculation.md §1 and §10): the lease or another proof of address. It may not ask
   * every applicant for the bank statements of the last months (mi-is.be FAQ, 21/09/2015:
   * an interference in private life; the CPAS sees the resources through the Crossroads Bank),
   * so they are listed as what to bring only when it gives a reason. */
  add_unique (items, g_strdup (tr (lang, N_("Your lease, or another proof of where you live"))));
  /* Translators: a checklist item; %s is a length, "3 months" (the table's figure) */
  add_unique (items, simris_rules_format_constant (N_("The statements of your bank accounts for the last %s, only "
                                                      "if the CPAS gives you a reason: it may not ask them of "
                                                      "everyone"),
                                                   SIMRIS_CONST_PROOF_MONTHS, lang));
  if (n > 1)
    add_unique (items, g_strdup (tr (lang, N_("A certificate of the composition of your household, from your commune"))));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (member);
      GListModel *pending = simris_member_get_pending_benefits (member);
      gboolean is_applicant = simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT;
      g_autofree char *person = simris_summary_dup_person (household, member, lang);

      if (is_applicant && simris_member_get_student (member))
        add_unique (items, g_strdup (tr (lang, N_("A certificate of registration at your school or university"))));

      /* docs/calculation.md §2.1: the CPAS must prove cohabitation; the applicant may show that
       * the costs are not shared (droitsquotidiens.be). */
      if (!is_applicant && simris_member_get_relation (member) != SIMRIS_RELATION_PARTNER
          && simris_member_get_lives_in_household (member) && !simris_member_get_shares_household (member))
        /* Translators: a checklist item; %s is a person ("Sam") */
        add_unique (items, g_strdup_printf (tr (lang, N_("What shows you do not share the costs of the home with %s: "
                                                         "your own lease, who pays which bills, no common kitty")),
                                            person));
      if (simris_member_get_custody (member) == SIMRIS_CUSTODY_ALTERNATING)
        /* Translators: a checklist item; %s is a child ("Léo") */
        add_unique (items, g_strdup_printf (tr (lang, N_("The judgment or agreement on the alternating custody of %s")),
                                            person));

      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);
          SimrisResourceKind kind = simris_resource_get_kind (resource);
          g_autofree char *text = NULL;

          if (kind == SIMRIS_RESOURCE_KIND_NONE)
            continue;
          /* The document the CPAS asks, from the kind's row of the law's table. */
          text = simris_rules_kind_proof (kind, lang);
          if (text == NULL)
            /* Translators: a checklist item; %s is a kind of income ("Training premium") */
            text = g_strdup_printf (tr (lang, N_("Proof of: %s")), simris_resource_kind_get_label (kind, lang));
          if (!is_applicant)
            {
              char *with_person;

              /* Translators: a checklist item for someone else than the applicant: "Pay slips… (your partner)" */
              with_person = g_strdup_printf (tr (lang, N_("%1$s (%2$s)")), text, person);
              g_free (text);
              text = with_person;
            }
          add_unique (items, g_steal_pointer (&text));
          /* A job that changes the exemption (§4.3): the proof of its start and of the
           * shortage occupation, once. */
          if (simris_resource_get_shortage_occupation_start (resource) != NULL)
            add_unique (items, g_strdup (tr (lang, N_("The work contract, and the attestation of a shortage occupation "
                                                      "from the regional employment service"))));
          else if (simris_resource_get_spi_start (resource) != NULL)
            add_unique (items, g_strdup (tr (lang, N_("The work contract, showing when the job started"))));
        }

      for (guint p = 0; p < g_list_model_get_n_items (pending); p++)
        {
          g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (pending, p);
          SimrisResourceKind kind = simris_pending_benefit_get_kind (benefit);

          if (kind == SIMRIS_RESOURCE_KIND_NONE)
            continue;
          /* Translators: a checklist item; %s is a benefit ("Unemployment benefit") */
          add_unique (items, g_strdup_printf (tr (lang, N_("Proof that the benefit was applied for (the receipt): %s")),
                                              simris_resource_kind_get_label (kind, lang)));
        }
    }
  return items;
}

/* The summary's title names the benefit (issue 29). */
static const char *
summary_title (SimrisResult *result,
               const char   *lang)
{
  if (simris_result_get_benefit (result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    return tr (lang, N_("My simulation of the equivalent social aid"));
  return tr (lang, N_("My simulation of the integration income"));
}

GPtrArray *
simris_summary_dup_answers (SimrisHousehold *household,
                            const char      *lang)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GListModel *members = G_LIST_MODEL (household);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (member);
      g_autofree char *person = simris_summary_dup_person (household, member, lang);
      g_autofree char *born = NULL;
      GString *money = g_string_new (NULL);
      SimrisDate birth;

      if (simris_date_parse (simris_member_get_birth_date (member), &birth))
        born = simris_date_format (birth, lang);
      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);
          SimrisCents amount = simris_resource_get_amount (resource);
          g_autofree char *figure = amount == SIMRIS_CENTS_MISSING ? g_strdup (tr (lang, N_("amount not known")))
                                    : simris_money_format (amount, lang);

          if (simris_resource_get_kind (resource) == SIMRIS_RESOURCE_KIND_NONE)
            continue;
          if (money->len > 0)
            g_string_append (money, "; ");
          g_string_append_printf (money,
                                  simris_resource_get_period (resource) == SIMRIS_PERIOD_MONTH
                                  /* Translators: an income in "My simulation": "Wage: 1 200,00 € a month" */
                                  ? tr (lang, N_("%s: %s a month"))
                                  /* Translators: an income in "My simulation" not paid by the month */
                                  : tr (lang, N_("%s: %s")),
                                  simris_resource_kind_get_label (simris_resource_get_kind (resource), lang), figure);
        }
      if (money->len == 0)
        g_string_append (money, tr (lang, N_("No money coming in")));
      {
        /* Translators: one person in "My simulation": "your partner, born on 20 January 1988: Wage: …" */
        g_autofree char *line = g_strdup_printf (tr (lang, N_("%s, born on %s: %s")), person,
                                                 born ? born : tr (lang, N_("date not known")), money->str);
        gunichar first = g_utf8_get_char (line);
        const char *rest = g_utf8_next_char (line);
        char upper[8] = { 0 };

        /* A sentence: "You, born on …", "U, geboren op …". */
        g_unichar_to_utf8 (g_unichar_totitle (first), upper);
        g_ptr_array_add (items, g_strconcat (upper, rest, NULL));
      }
      g_string_free (money, TRUE);
    }
  return items;
}

char *
simris_summary_dup_headline (SimrisResult *result,
                             const char   *lang)
{
  const char * const *reasons = simris_result_get_ineligible_reasons (result);
  g_autofree char *money = NULL;

  if (simris_result_get_eligible (result))
    {
      money = simris_money_format (simris_result_get_amount_month (result), lang);
      /* Translators: the result of the guided simulation; %s is an amount */
      return g_strdup_printf (tr (lang, N_("%s per month")), money);
    }
  /* Issue 29: the benefit's own words (the equivalent social aid, art. 1 and 57 LO). */
  if (simris_result_get_benefit (result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    {
      if (reasons != NULL && reasons[0] != NULL && g_str_equal (reasons[0], "resources"))
        return g_strdup (tr (lang, N_("Your income is too high for the equivalent social aid")));
      return g_strdup (tr (lang, N_("You probably have no right to the equivalent social aid")));
    }
  if (reasons != NULL && reasons[0] != NULL && g_str_equal (reasons[0], "resources"))
    return g_strdup (tr (lang, N_("Your income is too high for the integration income")));
  return g_strdup (tr (lang, N_("You probably have no right to the integration income")));
}

char *
simris_summary_dup_whose (SimrisHousehold *household,
                          SimrisResult    *result,
                          const char      *lang)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_free);
  SimrisCents counted = simris_result_get_resources_counted_year (result) - simris_result_get_exemptions_year (result);
  SimrisCents applicant_share, partner_share;
  gboolean has_partner = FALSE;
  SimrisDate reference = simris_result_get_reference_date (result);
  GListModel *members = G_LIST_MODEL (household);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (member);
      SimrisRelation relation = simris_member_get_relation (member);
      SimrisDate birth;
      gboolean adult = simris_date_parse (simris_member_get_birth_date (member), &birth)
                       && simris_date_age_at (birth, reference) >= 18;
      gboolean counts = FALSE;

      if (relation == SIMRIS_RELATION_PARTNER)
        has_partner = TRUE;
      /* Whose money the law may count (§4, §5, §9): never a minor's, a sibling's or a friend's. */
      if (relation != SIMRIS_RELATION_APPLICANT && relation != SIMRIS_RELATION_PARTNER
          && relation != SIMRIS_RELATION_PARENT && !(relation == SIMRIS_RELATION_CHILD && adult))
        continue;
      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);

          if (simris_resource_kind_get_group (simris_resource_get_kind (resource)) != SIMRIS_KIND_GROUP_EXEMPT)
            counts = TRUE;
        }
      if (counts)
        g_ptr_array_add (people, simris_summary_dup_person (household, member, lang));
    }

  if (counted > 0 && people->len > 0)
    {
      GString *names = g_string_new (NULL);
      /* A month is a twelfth of the year the law counts in (docs/calculation.md §2). */
      g_autofree char *month = simris_money_format ((counted + 6) / 12, lang);

      for (guint i = 0; i < people->len; i++)
        {
          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, g_ptr_array_index (people, i));
        }
      /* Translators: "Whose money was counted: you, Parent 1 — about 125,00 € a month in all." */
      g_string_append_printf (text, tr (lang, N_("Whose money was counted: %s — about %s a month in all, after what "
                                                 "the law leaves aside.")), names->str, month);
      g_string_free (names, TRUE);
      g_string_append_c (text, ' ');
    }

  if (simris_result_get_split (result, &applicant_share, &partner_share))
    {
      g_autofree char *a = simris_money_format (applicant_share, lang);
      g_autofree char *b = simris_money_format (partner_share, lang);

      /* Translators: the amount split between two partners (§7) */
      g_string_append_printf (text, tr (lang, N_("The amount is shared between you: %s a month for you and %s a month "
                                                 "for your partner.")), a, b);
    }
  else if (has_partner)
    g_string_append (text, tr (lang, N_("The amount is for your household, you and your partner together.")));
  else
    g_string_append (text, tr (lang, N_("The amount is for you.")));
  return g_string_free (text, FALSE);
}

char *
simris_summary_dup_why (SimrisResult *result,
                        const char   *lang)
{
  GString *text = g_string_new (NULL);
  g_autofree char *full = simris_money_format (simris_result_get_category_amount_month (result), lang);
  SimrisCents counted = simris_result_get_resources_counted_year (result) - simris_result_get_exemptions_year (result);
  const char * const *reasons = simris_result_get_ineligible_reasons (result);
  SimrisCents applicant, partner;

  switch (simris_result_get_category (result))
    {
    case SIMRIS_CATEGORY_FAMILY:
      /* Translators: %1$d is the age of majority (18), %2$s the monthly amount of the category */
      g_string_append_printf (text, tr (lang, N_("You live with at least one child under %1$d in your charge: the amount "
                                                 "for a person with a family in their charge applies, %2$s per month.")),
                              (int) simris_rules_constant (SIMRIS_CONST_ADULT_AGE), full);
      break;
    case SIMRIS_CATEGORY_COHABITANT:
      g_string_append_printf (text, tr (lang, N_("You live with other people: the amount for a person living with "
                                                 "others applies, %s per month.")), full);
      break;
    case SIMRIS_CATEGORY_ISOLATED:
    default:
      g_string_append_printf (text, tr (lang, N_("You live alone: the amount for a person living alone applies, "
                                                 "%s per month.")), full);
      break;
    }

  g_string_append_c (text, ' ');
  if (counted > 0)
    {
      g_autofree char *year = simris_money_format (counted, lang);

      /* Translators: %s is a yearly amount */
      g_string_append_printf (text, tr (lang, N_("The income taken into account, after what the law leaves aside, "
                                                 "is %s per year: it is deducted from that amount.")), year);
    }
  else
    g_string_append (text, tr (lang, N_("No income is deducted from that amount.")));

  for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
    {
      if (g_str_equal (reasons[i], "resources"))
        continue;
      g_string_append_c (text, ' ');
      if (g_str_equal (reasons[i], "age"))
        /* Translators: %d is the age of majority, 18 */
        g_string_append_printf (text, tr (lang, N_("You must be %d or over, unless you are married, pregnant or have "
                                                   "a child in your charge.")),
                                (int) simris_rules_constant (SIMRIS_CONST_ADULT_AGE));
      else if (g_str_equal (reasons[i], "residence"))
        g_string_append (text, tr (lang, N_("You must live in Belgium and have the right to stay here.")));
      else if (g_str_equal (reasons[i], "willing_to_work"))
        g_string_append (text, tr (lang, N_("You must be ready to work, unless your health or your studies prevent it.")));
      else if (g_str_equal (reasons[i], "claims_other_benefits"))
        g_string_append (text, tr (lang, N_("You must first ask for the other benefits you may have a right to.")));
    }

  if (simris_result_get_split (result, &applicant, &partner))
    {
      g_autofree char *a = simris_money_format (applicant, lang);
      g_autofree char *p = simris_money_format (partner, lang);

      g_string_append_c (text, ' ');
      /* Translators: the amount shared between the two partners */
      g_string_append_printf (text, tr (lang, N_("The amount is shared between you: %1$s for you and %2$s for your partner.")),
                              a, p);
    }
  return g_string_free (text, FALSE);
}

static const char *
alternative_text (const SimrisAlternative *alt)
{
  gboolean value = alt->value != NULL && JSON_NODE_HOLDS_VALUE (alt->value)
                   && json_node_get_value_type (alt->value) == G_TYPE_BOOLEAN
                   && json_node_get_boolean (alt->value);

  if (g_str_equal (alt->option, "count_ascendants_descendants")
      || g_str_equal (alt->option, "count_maintenance_debtors"))
    return value ? N_("If the CPAS counts part of the income of the parents or adult children you live with")
                 : N_("If the CPAS does not count the income of the parents or adult children you live with");
  if (g_str_equal (alt->option, "reform_maf_exempt"))
    return value ? N_("If the refunds of medical costs (maximum billing) are not counted")
                 : N_("If the refunds of medical costs (maximum billing) are counted");
  if (g_str_equal (alt->option, "art34_regime"))
    return N_("If the CPAS applies the other rules on the income of the people you live with (older file or review)");
  if (g_str_equal (alt->option, "alternating_custody_alternate_months"))
    return value ? N_("In the months your child spends with the other parent, if the CPAS alternates the amounts")
                 : N_("If the CPAS pays the family amount every month, as the Court of Cassation holds");
  if (g_str_equal (alt->option, "applicants_share_excess"))
    return value ? N_("If the income of the people you live with is shared between all who apply")
                 : N_("If the CPAS counts the whole income of the people you live with for each who applies");
  if (g_str_equal (alt->option, "student_exemption_under_25"))
    /* Translators: %d is an age, 25 */
    return value ? N_("If the CPAS leaves part of a student's pay aside only under %d")
                 : N_("If the CPAS leaves part of a student's pay aside at any age");
  if (g_str_equal (alt->option, "student_grant_covid_alignment"))
    return value ? N_("If the Covid-time rule for students with a study grant already applied")
                 : N_("If the Covid-time rule for students with a study grant did not apply yet");
  if (g_str_equal (alt->option, "benefit"))
    return N_("If you live in Belgium legally, the CPAS may give you the equivalent social aid instead");
  return NULL;
}

GPtrArray *
simris_summary_dup_differences (SimrisResult *result,
                                const char   *lang)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *alternatives = simris_result_get_alternatives (result);
  GPtrArray *advance = simris_result_get_advance (result);
  const char * const *assumed = simris_result_get_assumed_conditions (result);

  for (guint i = 0; alternatives != NULL && i < alternatives->len; i++)
    {
      const SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
      const char *plain = alternative_text (alt);
      g_autofree char *money = simris_money_format (alt->amount_month, lang);
      g_autofree char *plain_text = NULL;

      if (plain == NULL)
        {
          g_ptr_array_add (items, g_strdup (alt->text));
          continue;
        }
      /* The student reading names its age limit, a constant of the table. */
      plain_text = simris_rules_format_figure (plain, g_str_equal (alt->option, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25)
                                                        ? SIMRIS_CONST_STUDENT_AGE_LIMIT : SIMRIS_NO_FIGURE, lang);
      /* Translators: "If the CPAS counts …: 265,18 € per month." */
      g_ptr_array_add (items, g_strdup_printf (tr (lang, N_("%1$s: %2$s per month.")), plain_text, money));
    }

  if (advance != NULL && advance->len > 0)
    {
      GString *kinds = g_string_new (NULL);

      for (guint i = 0; i < advance->len; i++)
        {
          const SimrisAdvanceBenefit *b = g_ptr_array_index (advance, i);

          if (kinds->len > 0)
            g_string_append (kinds, ", ");
          g_string_append (kinds, simris_resource_kind_get_label (b->kind, lang));
        }
      /* Translators: %s lists benefits not received yet ("Unemployment benefit, Pension") */
      g_ptr_array_add (items, g_strdup_printf (tr (lang, N_("You are still waiting for: %s. The CPAS pays you in advance, "
                                                            "and gets the money back from the body that pays that benefit "
                                                            "(you sign your agreement for that).")), kinds->str));
      g_string_free (kinds, TRUE);
    }

  for (guint i = 0; assumed != NULL && assumed[i] != NULL; i++)
    {
      const char *what = NULL;

      if (g_str_equal (assumed[i], "residence"))
        what = N_("You were not sure whether you live in Belgium with a right to stay: the CPAS will check it.");
      else if (g_str_equal (assumed[i], "willing_to_work"))
        what = N_("You were not sure about being ready to work: the CPAS will talk about it with you.");
      else if (g_str_equal (assumed[i], "claims_other_benefits"))
        what = N_("You were not sure whether you asked for every other benefit: the CPAS will help you with it.");
      if (what != NULL)
        g_ptr_array_add (items, g_strdup (tr (lang, what)));
    }

  {
    SimrisCents paid, month, year;

    if (simris_result_get_maintenance_aid (result, &paid, &month, &year))
      {
        g_autofree char *m = simris_money_format (month, lang);
        g_autofree char *share = simris_rules_constant_text (SIMRIS_CONST_MAINTENANCE_AID_PERCENT, lang);

        /* Translators: %1$s is the monthly aid (art. 68quinquies of the organic law of the CPAS),
         * %2$s its share of the maintenance paid ("50 %", the table's figure) */
        g_ptr_array_add (items, g_strdup_printf (tr (lang, N_("You pay maintenance for your children: ask the CPAS for "
                                                              "the extra help of %1$s a month (%2$s of what you pay, "
                                                              "with a limit), with the judgment and your bank "
                                                              "statements.")),
                                                 m, share));
      }
  }
  if (simris_result_get_piis_studies (result))
    g_ptr_array_add (items, g_strdup (tr (lang, N_("As a student, you sign a project for your studies with the CPAS: "
                                                   "you follow your courses, take your exams and show your results."))));

  if (simris_result_has_warning (result, "newer_index_may_apply"))
    g_ptr_array_add (items, g_strdup (tr (lang, N_("The amounts may have risen since: the CPAS uses the amounts in force."))));
  return items;
}

GPtrArray *
simris_summary_dup_missing (SimrisHousehold *household,
                            const char      *lang)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GListModel *members = G_LIST_MODEL (household);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (member);
      g_autofree char *person = simris_summary_dup_person (household, member, lang);
      gboolean is_applicant = simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT;

      if (simris_member_get_birth_date (member) == NULL)
        {
          if (is_applicant)
            g_ptr_array_add (items, g_strdup (tr (lang, N_("your date of birth"))));
          else
            /* Translators: something still missing; %s is a person ("your partner", "Child 1") */
            g_ptr_array_add (items, g_strdup_printf (tr (lang, N_("the date of birth of %s")), person));
        }
      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);
          SimrisResourceKind kind = simris_resource_get_kind (resource);

          if (kind == SIMRIS_RESOURCE_KIND_NONE)
            g_ptr_array_add (items, g_strdup_printf (tr (lang, N_("the kind of an income of %s")), person));
          else if (simris_resource_get_amount (resource) == SIMRIS_CENTS_MISSING)
            /* Translators: something still missing; "the amount of: Pension (your partner)" */
            g_ptr_array_add (items, g_strdup_printf (tr (lang, N_("the amount of: %1$s (%2$s)")),
                                                     simris_resource_kind_get_label (kind, lang), person));
        }
    }
  return items;
}

/* ---- the page ------------------------------------------------------------------------ */

typedef struct
{
  cairo_t      *cr;
  PangoContext *pango;
  double        y;
} Page;

static double
block (Page       *page,
       const char *text,
       double      size,
       gboolean    bold,
       double      indent,
       double      after)
{
  PangoLayout *layout = pango_layout_new (page->pango);
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILY);
  int width, height;

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE + 0.5));
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) ((A4_WIDTH - 2 * MARGIN - indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);

  cairo_move_to (page->cr, MARGIN + indent, page->y);
  pango_cairo_update_layout (page->cr, layout);
  pango_cairo_show_layout (page->cr, layout);
  page->y += (double) height / PANGO_SCALE + after;
  g_object_unref (layout);
  return page->y;
}

/* A list: a box to tick before each document to bring (checkboxes), a dot before each
 * note that is only read (what the CPAS may decide, what was assumed). */
static void
list (Page      *page,
      GPtrArray *items,
      double     size,
      gboolean   checkboxes)
{
  for (guint i = 0; i < items->len; i++)
    {
      double y = page->y;

      if (checkboxes)
        {
          cairo_rectangle (page->cr, MARGIN + 2, y + 2.5, size * 0.8, size * 0.8);
          cairo_set_line_width (page->cr, 0.8);
          cairo_stroke (page->cr);
        }
      else
        {
          cairo_new_sub_path (page->cr);
          cairo_arc (page->cr, MARGIN + 2 + size * 0.4, y + 2.5 + size * 0.4, size * 0.2, 0, 2 * G_PI);
          cairo_fill (page->cr);
        }
      block (page, g_ptr_array_index (items, i), size, FALSE, 18, 4);
    }
}

void
simris_summary_draw (SimrisHousehold *household,
                     SimrisResult    *result,
                     const char      *lang,
                     cairo_t         *cr)
{
  simris_summary_draw_with_assumptions (household, result, NULL, lang, cr);
}

void
simris_summary_draw_with_assumptions (SimrisHousehold *household,
                                      SimrisResult    *result,
                                      GPtrArray       *assumptions,
                                      const char      *lang,
                                      cairo_t         *cr)
{
  PangoFontMap *fontmap = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autoptr(GPtrArray) checklist = simris_summary_dup_checklist (household, lang);
  g_autoptr(GPtrArray) differences = simris_summary_dup_differences (result, lang);
  g_autoptr(GPtrArray) answers = simris_summary_dup_answers (household, lang);
  g_autofree char *whose = simris_summary_dup_whose (household, result, lang);
  g_autofree char *in_force = simris_date_format (simris_result_get_parameters_date (result), lang);
  g_autofree char *amounts = NULL;
  g_autofree char *headline = simris_summary_dup_headline (result, lang);
  g_autofree char *why = simris_summary_dup_why (result, lang);
  g_autofree char *month = simris_date_format (simris_result_get_reference_date (result), lang);
  g_autofree char *when = NULL;
  Page page = { cr, pango_font_map_create_context (fontmap), MARGIN };

  pango_cairo_context_set_resolution (page.pango, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (page.pango, options);
  cairo_font_options_destroy (options);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  /* Translators: the title of the applicant's one-page summary */
  block (&page, summary_title (result, lang), 18, TRUE, 0, 4);
  /* Translators: %s is a date; the summary's subtitle */
  when = g_strdup_printf (tr (lang, N_("Made with SimRIS for the month of %s")), month);
  block (&page, when, 9, FALSE, 0, 18);

  block (&page, headline, 22, TRUE, 0, 14);

  block (&page, tr (lang, N_("Why")), 12, TRUE, 0, 4);
  block (&page, why, 10, FALSE, 0, 4);
  block (&page, whose, 10, FALSE, 0, 4);
  /* Translators: under "Why" in "My simulation"; %s is a date */
  amounts = g_strdup_printf (tr (lang, N_("The amounts of the law used are those in force on %s.")), in_force);
  block (&page, amounts, 9, FALSE, 0, 14);

  /* Translators: the heading of the answers "My simulation" rests on */
  block (&page, tr (lang, N_("The answers this simulation rests on")), 12, TRUE, 0, 6);
  list (&page, answers, 9, FALSE);
  page.y += 10;

  if (assumptions != NULL && assumptions->len > 0)
    {
      /* Translators: the heading of what the guide assumed where the applicant did not know */
      block (&page, tr (lang, N_("What we assumed")), 12, TRUE, 0, 6);
      list (&page, assumptions, 10, FALSE);
      page.y += 10;
    }

  block (&page, tr (lang, N_("What to bring to the CPAS")), 12, TRUE, 0, 6);
  list (&page, checklist, 10, TRUE);
  page.y += 10;

  /* docs/calculation.md §5.1: each applicant's own amount. */
  if (simris_result_get_applicants (result)->len > 0)
    {
      GPtrArray *applicants = simris_result_get_applicants (result);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < applicants->len; i++)
        {
          SimrisApplicantAmount *a = g_ptr_array_index (applicants, i);
          g_autofree char *m = a->computed ? simris_money_format (a->amount_month, lang) : NULL;

          if (a->computed)
            /* Translators: a person's name, then a monthly amount */
            g_ptr_array_add (lines, g_strdup_printf (tr (lang, N_("%1$s: %2$s per month.")), a->name, m));
          else
            /* Translators: a person's name */
            g_ptr_array_add (lines, g_strdup_printf (tr (lang, N_("%s: in a simulation of their own.")), a->name));
        }
      block (&page, tr (lang, N_("Each person who applies")), 12, TRUE, 0, 6);
      list (&page, lines, 10, FALSE);
      page.y += 10;
    }

  if (differences->len > 0)
    {
      block (&page, tr (lang, N_("What the CPAS may decide differently")), 12, TRUE, 0, 6);
      list (&page, differences, 10, FALSE);
      page.y += 10;
    }

  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, MARGIN, page.y);
  cairo_line_to (cr, A4_WIDTH - MARGIN, page.y);
  cairo_stroke (cr);
  page.y += 8;
  block (&page, tr (lang, N_("This is a simulation: only the CPAS decides. Ask your CPAS for an appointment: it must "
                             "help you with your application and answer you in writing.")), 10, TRUE, 0, 0);

  cairo_restore (cr);
  g_object_unref (page.pango);
}

gboolean
simris_summary_write_pdf (SimrisHousehold *household,
                          SimrisResult    *result,
                          const char      *lang,
                          const char      *filename,
                          GError         **error)
{
  return simris_summary_write_pdf_with_assumptions (household, result, NULL, lang, filename, error);
}

gboolean
simris_summary_write_pdf_with_assumptions (SimrisHousehold *household,
                                           SimrisResult    *result,
                                           GPtrArray       *assumptions,
                                           const char      *lang,
                                           const char      *filename,
                                           GError         **error)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  SimrisPageStream wc = { memory, NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autofree char *creator = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);
  g_return_val_if_fail (SIMRIS_IS_RESULT (result), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  /* Drawn in memory, then written by the one safe writer (simris-file.h): a new file is
   * 0600 (it holds the household's situation), a hard link or a symbolic link's target is
   * never rewritten in place, a device or a FIFO is refused. */
  surface = cairo_pdf_surface_create_for_stream (simris_page_stream_write, &wc, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, summary_title (result, lang));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "SimRIS");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cr = cairo_create (surface);
  simris_summary_draw_with_assumptions (household, result, assumptions, lang, cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  if (!simris_page_stream_finish (&wc, surface, NULL, error))
    return FALSE;
  if (!g_output_stream_close (memory, NULL, error))
    return FALSE;
  return simris_file_replace_contents_full (filename,
                                            g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                            g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                                            SIMRIS_FILE_PRIVATE, error);
}
