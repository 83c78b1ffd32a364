/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-date.h"
#include "simris-error.h"
#include "simris-household-check.h"
#include "simris-household-private.h"
#include "simris-money.h"
#include "simris-parameters.h"
#include "simris-rules.h"

/* Validation (docs/case-format.md, "Validity and limits"). Every message starts with the JSON path
 * of the field, as a case file names it, so the CLI, the form and the loader say the same. */

/* Sets error and gives FALSE: `return invalid (error, "…", …);`. */
#define invalid(error, ...) \
  simris_error_fail ((error), SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID, __VA_ARGS__)

/* Where a field is, formatted only when a message needs it: validation runs at every
 * compute, and almost never fails. */
typedef struct
{
  int         member;  /* -1: a top-level field */
  const char *list;    /* "resources", "pending_benefits" or NULL */
  guint       item;
  const char *field;   /* "birth_date", "decision.application_date"… */
} Where;

static char *
where_path (const Where *where)
{
  if (where->member < 0)
    return g_strdup (where->field);
  if (where->list == NULL)
    return g_strdup_printf ("members[%d].%s", where->member, where->field);
  return g_strdup_printf ("members[%d].%s[%u].%s", where->member, where->list, where->item, where->field);
}

#define WHERE_TOP(name) (&(Where) { -1, NULL, 0, (name) })
#define WHERE_MEMBER(i, name) (&(Where) { (i), NULL, 0, (name) })
#define WHERE_ITEM(i, list, j, name) (&(Where) { (i), (list), (j), (name) })

/* A real calendar date yyyy-mm-dd between SIMRIS_DATE_MIN and SIMRIS_DATE_MAX; NULL is
 * "absent", which is for the caller to judge. */
static gboolean
check_date (const char   *iso,
            const Where  *where,
            SimrisDate   *out,
            GError      **error)
{
  g_autofree char *path = NULL;
  guint year, month, day;
  SimrisDate date;

  if (out != NULL)
    *out = 0;
  if (iso == NULL)
    return TRUE;

  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-' ||
      !g_ascii_isdigit (iso[0]) || !g_ascii_isdigit (iso[1]) || !g_ascii_isdigit (iso[2]) ||
      !g_ascii_isdigit (iso[3]) || !g_ascii_isdigit (iso[5]) || !g_ascii_isdigit (iso[6]) ||
      !g_ascii_isdigit (iso[8]) || !g_ascii_isdigit (iso[9]))
    {
      path = where_path (where);
      /* Translators: the first %s is the path of a field, the second what the file holds;
       * keep yyyy-mm-dd as is, it is the format of dates in case files. */
      return invalid (error, _("%s: \"%s\" is not a date of the form yyyy-mm-dd"), path, iso);
    }

  year = g_ascii_digit_value (iso[0]) * 1000 + g_ascii_digit_value (iso[1]) * 100 +
         g_ascii_digit_value (iso[2]) * 10 + g_ascii_digit_value (iso[3]);
  month = g_ascii_digit_value (iso[5]) * 10 + g_ascii_digit_value (iso[6]);
  day = g_ascii_digit_value (iso[8]) * 10 + g_ascii_digit_value (iso[9]);

  if (month < 1 || month > 12 || day < 1 || day > 31)
    goto not_real;

  date = year * 10000 + month * 100 + day;
  if (date < SIMRIS_DATE_MIN || date > SIMRIS_DATE_MAX)
    {
      path = where_path (where);
      /* Translators: the first %s is the path of a field, the second a date. */
      return invalid (error, _("%s: %s is outside the dates SimRIS accepts (1900-01-01 to 2100-12-31)"),
                      path, iso);
    }

  if (!simris_date_is_valid (year, month, day))
    goto not_real;

  if (out != NULL)
    *out = date;

  return TRUE;

not_real:
  path = where_path (where);
  /* Translators: the first %s is the path of a field, the second a date such as
   * "2025-02-30". */
  return invalid (error, _("%s: \"%s\" is not a real date"), path, iso);
}

static gboolean
check_amount (SimrisCents   amount,
              const Where  *where,
              GError      **error)
{
  g_autofree char *path = NULL;

  /* A draft's missing amount (docs/case-format.md, Drafts). */
  if (amount == SIMRIS_CENTS_MISSING)
    return TRUE;

  if (amount < 0)
    {
      g_autofree char *text = simris_money_to_string (amount);

      path = where_path (where);
      /* Translators: %s is the path of a field, e.g. "members[0].resources[1].amount",
       * then the amount as written in the file. */
      return invalid (error, _("%s: negative amount \"%s\""), path, text);
    }

  if (amount > SIMRIS_CENTS_MAX)
    {
      path = where_path (where);
      /* Translators: %s is the path of a field. Write the limit the way your language
       * writes amounts. */
      return invalid (error, _("%s: amount above 10 000 000.00"), path);
    }

  return TRUE;
}

static gboolean
check_count (int           count,
             const Where  *where,
             GError      **error)
{
  g_autofree char *path = NULL;

  if (count == -1 || (count >= 0 && count <= SIMRIS_MAX_COUNT))
    return TRUE;

  path = where_path (where);
  /* Translators: %s is the path of a field, %d the number it holds. */
  return invalid (error, _("%s: %d is not a whole number between 0 and 1 000 000"), path, count);
}

/* docs/case-format.md: names and labels at most 200 characters, other free texts 2 000 (a longer
 * text cannot be laid out sanely in a decision). */
static gboolean
check_text (const char   *text,
            guint         max,
            const Where  *where,
            GError      **error)
{
  g_autofree char *path = NULL;
  glong n;

  /* No more bytes than the limit: no more characters either. */
  if (text == NULL || strlen (text) <= max)
    return TRUE;

  n = g_utf8_strlen (text, -1);
  if (n <= (glong) max)
    return TRUE;

  path = where_path (where);
  /* Translators: %s is the path of a field, e.g. "members[0].name"; then the length of the
   * text and the limit, in characters. */
  return invalid (error, _("%s: the text is %ld characters long, at most %u are allowed"),
                  path, n, max);
}

static gboolean
validate_resource (SimrisResource  *resource,
                   int              member,
                   guint            item,
                   GError         **error)
{
  SimrisResourceKind kind = simris_resource_get_kind (resource);
  SimrisPeriod period = simris_resource_get_period (resource);
  g_autofree char *path = NULL;
  SimrisDate from, until;
  gboolean is_total_kind;

  /* A draft's missing kind (docs/case-format.md, Drafts) is SIMRIS_RESOURCE_KIND_NONE. */
  if (kind != SIMRIS_RESOURCE_KIND_NONE && (guint) kind >= SIMRIS_N_RESOURCE_KINDS)
    {
      path = where_path (WHERE_ITEM (member, "resources", item, "kind"));
      /* Translators: %s is the path of a field, %d a number. */
      return invalid (error, _("%s: unknown resource kind %d"), path, (int) kind);
    }

  if ((guint) period >= SIMRIS_N_PERIODS)
    {
      path = where_path (WHERE_ITEM (member, "resources", item, "period"));
      /* Translators: %s is the path of a field, %d a number. */
      return invalid (error, _("%s: unknown period %d"), path, (int) period);
    }

  /* docs/case-format.md: capital and real estate are a total (the capital, the cadastral income);
   * every other resource is received by the month, the year or once. A resource whose kind is
   * still missing may have any period. */
  is_total_kind = simris_rules_kind_is_total (kind);
  if (is_total_kind && period != SIMRIS_PERIOD_TOTAL)
    {
      path = where_path (WHERE_ITEM (member, "resources", item, "period"));
      /* Translators: %s is the path of a field; then the kind ("capital" or
       * "real_estate") and the period, as written in case files. Keep "total" as is. */
      return invalid (error, _("%s: a \"%s\" resource needs the period \"total\", not \"%s\""),
                      path, simris_resource_kind_to_string (kind), simris_period_to_string (period));
    }
  if (kind != SIMRIS_RESOURCE_KIND_NONE && !is_total_kind && period == SIMRIS_PERIOD_TOTAL)
    {
      path = where_path (WHERE_ITEM (member, "resources", item, "period"));
      /* Translators: %s is the path of a field; then a resource kind as written in case
       * files. Keep "total", "capital", "real_estate", "month", "year", "once" as is. */
      return invalid (error, _("%s: the period \"total\" is only for \"capital\" and \"real_estate\", not \"%s\" (use \"month\", \"year\" or \"once\")"),
                      path, simris_resource_kind_to_string (kind));
    }

  if (!check_amount (simris_resource_get_amount (resource), WHERE_ITEM (member, "resources", item, "amount"), error) ||
      !check_text (simris_resource_get_label (resource), SIMRIS_MAX_NAME_LENGTH,
                   WHERE_ITEM (member, "resources", item, "label"), error) ||
      !check_date (simris_resource_get_spi_start (resource), WHERE_ITEM (member, "resources", item, "spi_start"),
                   NULL, error) ||
      !check_count (simris_resource_get_count (resource), WHERE_ITEM (member, "resources", item, "count"), error) ||
      !check_count (simris_resource_get_allowance_children (resource),
                    WHERE_ITEM (member, "resources", item, "allowance_children"), error) ||
      !check_date (simris_resource_get_from (resource), WHERE_ITEM (member, "resources", item, "from"),
                   &from, error) ||
      !check_date (simris_resource_get_until (resource), WHERE_ITEM (member, "resources", item, "until"),
                   &until, error) ||
      !check_date (simris_resource_get_shortage_occupation_start (resource),
                   WHERE_ITEM (member, "resources", item, "shortage_occupation_start"), NULL, error))
    return FALSE;

  /* docs/case-format.md: until before from is invalid. */
  if (from != 0 && until != 0 && until < from)
    {
      path = where_path (WHERE_ITEM (member, "resources", item, "until"));
      /* Translators: %s is the path of a field, then two dates. Keep "from" as is, the name
       * of a field. */
      return invalid (error, _("%s: %s is before \"from\" %s"), path,
                      simris_resource_get_until (resource), simris_resource_get_from (resource));
    }

  /* docs/calculation.md §4.3: the higher exemption of a shortage occupation is for a job. */
  if (simris_resource_get_shortage_occupation_start (resource) != NULL && kind != SIMRIS_RESOURCE_KIND_NONE
      && !simris_rules_kind_has_field (kind, SIMRIS_KIND_FIELD_SHORTAGE_START))
    {
      path = where_path (WHERE_ITEM (member, "resources", item, "shortage_occupation_start"));
      /* Translators: %s is the path of a field, then a resource kind as written in case files.
       * Keep "wage" as is. */
      return invalid (error, _("%s: only a \"wage\" can start in a shortage occupation, not \"%s\""),
                      path, simris_resource_kind_to_string (kind));
    }

  return TRUE;
}

static gboolean
validate_member (SimrisMember  *member,
                 int            index,
                 SimrisDate     reference,
                 const char    *reference_iso,
                 GError       **error)
{
  GListModel *resources = simris_member_get_resources (member);
  GListModel *benefits = simris_member_get_pending_benefits (member);
  guint n_resources = g_list_model_get_n_items (resources);
  guint n_benefits = g_list_model_get_n_items (benefits);
  const char *birth_iso = simris_member_get_birth_date (member);
  g_autofree char *path = NULL;
  SimrisDate birth;

  if ((guint) simris_member_get_relation (member) >= SIMRIS_N_RELATIONS)
    {
      path = where_path (WHERE_MEMBER (index, "relation"));
      /* Translators: %s is the path of a field, %d a number. */
      return invalid (error, _("%s: unknown relation %d"), path, (int) simris_member_get_relation (member));
    }

  if (!check_text (simris_member_get_name (member), SIMRIS_MAX_NAME_LENGTH, WHERE_MEMBER (index, "name"), error))
    return FALSE;

  if (!check_date (simris_member_get_shares_household_since (member), WHERE_MEMBER (index, "shares_household_since"), NULL, error)
      || !check_date (simris_member_get_custody_since (member), WHERE_MEMBER (index, "custody_since"), NULL, error))
    return FALSE;

  /* Alternating custody is a child's (docs/case-format.md, members[].custody). */
  if (simris_member_get_custody (member) != SIMRIS_CUSTODY_FULL
      && (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT
          || simris_member_get_relation (member) == SIMRIS_RELATION_PARTNER))
    {
      path = where_path (WHERE_MEMBER (index, "custody"));
      /* Translators: %s is the path of a field, e.g. "members[0].custody". Keep "alternating". */
      return invalid (error, _("%s: \"alternating\" is for a child who lives here part of the time, "
                               "not for the applicant or the partner"), path);
    }

  /* A draft's missing birth date (docs/case-format.md, Drafts) is NULL. */
  if (!check_date (birth_iso, WHERE_MEMBER (index, "birth_date"), &birth, error))
    return FALSE;

  if (birth_iso != NULL && birth > reference)
    {
      path = where_path (WHERE_MEMBER (index, "birth_date"));
      /* Translators: the first %s is the path of a field, e.g. "members[2].birth_date",
       * the second the birth date, the third the reference date (the month simulated). */
      return invalid (error, _("%s: \"%s\" is after the reference date %s"),
                      path, birth_iso, reference_iso);
    }

  if (n_resources > SIMRIS_MAX_RESOURCES)
    /* Translators: %s is the path of a field, e.g. "members[0].resources"; then the number
     * of resources and the limit. */
    return invalid (error, _("%s.resources: %u resources, at most %u are allowed"),
                    (path = g_strdup_printf ("members[%d]", index)), n_resources, (guint) SIMRIS_MAX_RESOURCES);

  for (guint j = 0; j < n_resources; j++)
    {
      SimrisResource *resource = g_list_model_get_item (resources, j);
      gboolean ok = validate_resource (resource, index, j, error);

      g_object_unref (resource);
      if (!ok)
        return FALSE;
    }

  if (n_benefits > SIMRIS_MAX_PENDING_BENEFITS)
    /* Translators: %s is the path of a member, e.g. "members[0]"; then the number of pending
     * benefits and the limit. */
    return invalid (error, _("%s.pending_benefits: %u pending benefits, at most %u are allowed"),
                    (path = g_strdup_printf ("members[%d]", index)), n_benefits, (guint) SIMRIS_MAX_PENDING_BENEFITS);

  for (guint j = 0; j < n_benefits; j++)
    {
      g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (benefits, j);
      SimrisResourceKind kind = simris_pending_benefit_get_kind (benefit);

      if (kind != SIMRIS_RESOURCE_KIND_NONE && (guint) kind >= SIMRIS_N_RESOURCE_KINDS)
        {
          path = where_path (WHERE_ITEM (index, "pending_benefits", j, "kind"));
          /* Translators: %s is the path of a field, %d a number. */
          return invalid (error, _("%s: unknown resource kind %d"), path, (int) kind);
        }

      if (!check_text (simris_pending_benefit_get_paying_body (benefit), SIMRIS_MAX_TEXT_LENGTH,
                       WHERE_ITEM (index, "pending_benefits", j, "paying_body"), error) ||
          !check_date (simris_pending_benefit_get_since (benefit),
                       WHERE_ITEM (index, "pending_benefits", j, "since"), NULL, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * simris_household_validate:
 * @error: a %SIMRIS_HOUSEHOLD_ERROR_INVALID naming the first invalid field
 *
 * Checks what the model can get wrong against docs/case-format.md's "Validity and limits": dates,
 * limits, amounts, ids, relations. The engine computes only from a valid household.
 *
 * Returns: whether the household is valid
 */
gboolean
simris_household_validate (SimrisHousehold  *self,
                           GError          **error)
{
  g_autofree char *path = NULL;
  SimrisDate reference;
  int applicant = -1;
  int partner = -1;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  if (self->valid)
    return TRUE;

  if (self->reference_date == NULL)
    /* Translators: %s is the path of a field in a case file, e.g. "reference_date". */
    return invalid (error, _("%s: the date is missing"), "reference_date");
  if (!check_date (self->reference_date, WHERE_TOP ("reference_date"), &reference, error))
    return FALSE;

  if (!check_text (self->description, SIMRIS_MAX_TEXT_LENGTH, WHERE_TOP ("description"), error))
    return FALSE;

  if (self->art34_regime != NULL
      && simris_parameters_get_art34_regime (simris_parameters_get_default (), self->art34_regime, 0) == NULL)
    /* Translators: %s is the path of a field, then the name it holds. */
    return invalid (error, _("%s: unknown regime \"%s\""), "options.art34_regime", self->art34_regime);

  if (self->split_applicant_share < 0 || self->split_applicant_share > 100)
    /* Translators: %s is the path of a field, %d the number it holds. */
    return invalid (error, _("%s: %d is not a percentage between 0 and 100"),
                    "options.split_applicant_share", self->split_applicant_share);

  if (!check_date (simris_household_get_decision_field (self, "application_date"),
                   WHERE_TOP ("decision.application_date"), NULL, error))
    return FALSE;
  if (!check_date (simris_household_get_decision_field (self, "draft_date"),
                   WHERE_TOP ("decision.draft_date"), NULL, error))
    return FALSE;
  if (!check_date (simris_household_get_decision_field (self, "hearing_date"),
                   WHERE_TOP ("decision.hearing_date"), NULL, error))
    return FALSE;
  {
    const char *hearing = simris_household_get_decision_field (self, "hearing");

    if (hearing != NULL && g_strcmp0 (hearing, "heard") != 0 && g_strcmp0 (hearing, "not_asked") != 0)
      /* Translators: %s is the path of a field, then the value it holds; keep "heard" and
       * "not_asked" as they are. */
      return invalid (error, _("%s: \"%s\" is neither \"heard\" nor \"not_asked\""), "decision.hearing", hearing);
  }

  for (guint i = 0; i < SIMRIS_HOUSEHOLD_N_DECISION_FIELDS; i++)
    {
      g_autofree char *field = NULL;

      if (self->decision[i] == NULL || strlen (self->decision[i]) <= SIMRIS_MAX_TEXT_LENGTH)
        continue;
      field = g_strconcat ("decision.", simris_household_decision_field_names ()[i], NULL);
      if (!check_text (self->decision[i], SIMRIS_MAX_TEXT_LENGTH, WHERE_TOP (field), error))
        return FALSE;
    }

  if (self->members->len > SIMRIS_MAX_MEMBERS)
    /* Translators: the number of members in the file, then the limit. Keep "members". */
    return invalid (error, _("members: %u members, at most %u are allowed"),
                    self->members->len, (guint) SIMRIS_MAX_MEMBERS);

  for (guint i = 0; i < self->members->len; i++)
    {
      SimrisMember *member = g_ptr_array_index (self->members, i);
      const char *id = simris_member_get_id (member);

      if (id == NULL || *id == '\0')
        /* Translators: %s is the path of a member, e.g. "members[2]". Keep "id". */
        return invalid (error, _("%s.id: every member needs an id"), (path = g_strdup_printf ("members[%u]", i)));

      /* At most 30 members: a scan costs less than a table. */
      for (guint k = 0; k < i; k++)
        if (strcmp (simris_member_get_id (g_ptr_array_index (self->members, k)), id) == 0)
          /* Translators: %s is the path of a member, e.g. "members[2]"; then the id, then the
           * index of the other member that has it. */
          return invalid (error, _("%s.id: \"%s\" is already the id of members[%u]"),
                          (path = g_strdup_printf ("members[%u]", i)), id, k);

      if (!validate_member (member, i, reference, self->reference_date, error))
        return FALSE;

      switch (simris_member_get_relation (member))
        {
        case SIMRIS_RELATION_APPLICANT:
          if (applicant >= 0)
            /* Translators: %s is the path of a member, e.g. "members[2]"; %d the index of the
             * first applicant. Keep "relation" and "members". */
            return invalid (error, _("%s.relation: a second applicant, members[%d] is already the applicant"),
                            (path = g_strdup_printf ("members[%u]", i)), applicant);
          applicant = i;
          break;

        case SIMRIS_RELATION_PARTNER:
          /* A couple settles household matters in common by definition (art. 14, §1, 1° DIS;
           * docs/calculation.md §2.1): a partner on a separate household is not a partner. */
          if (!simris_member_get_shares_household (member))
            /* Translators: %s is the path of a member, e.g. "members[2]". Keep
             * "shares_household", "false" and "partner", the names used in case files. */
            return invalid (error, _("%s.shares_household: a partner always shares the household; "
                                     "false is for someone who lives at the address on a separate household "
                                     "(change the relation instead)"),
                            (path = g_strdup_printf ("members[%u]", i)));
          if (partner >= 0)
            /* Translators: %s is the path of a member, e.g. "members[2]"; %d the index of the
             * first partner. Keep "relation" and "members". */
            return invalid (error, _("%s.relation: a second partner, members[%d] is already the partner"),
                            (path = g_strdup_printf ("members[%u]", i)), partner);
          partner = i;
          break;

        case SIMRIS_RELATION_CHILD:
        case SIMRIS_RELATION_PARENT:
        case SIMRIS_RELATION_GRANDPARENT:
        case SIMRIS_RELATION_GRANDCHILD:
        case SIMRIS_RELATION_SIBLING:
        case SIMRIS_RELATION_PARENT_IN_LAW:
        case SIMRIS_RELATION_CHILD_IN_LAW:
        case SIMRIS_RELATION_FORMER_PARTNER:
        case SIMRIS_RELATION_OTHER_RELATIVE:
        case SIMRIS_RELATION_UNRELATED:
        default:
          break;
        }
    }

  if (applicant < 0)
    /* Translators: keep "members" and "applicant", the names used in case files. */
    return invalid (error, _("members: no member has the relation \"applicant\""));

  for (guint i = 0; i < self->members->len; i++)
    {
      SimrisMember *member = g_ptr_array_index (self->members, i);
      const char *dependent_of = simris_member_get_dependent_of (member);

      if (dependent_of == NULL)
        continue;

      if (g_strcmp0 (dependent_of, simris_member_get_id (member)) == 0)
        /* Translators: %u is the index of a member. Keep "dependent_of". */
        return invalid (error, _("members[%u].dependent_of: a member cannot be dependent on themself"), i);

      if (simris_household_find_member (self, dependent_of) == NULL)
        /* Translators: %u is the index of a member, %s the id it names. */
        return invalid (error, _("members[%u].dependent_of: no member has the id \"%s\""), i, dependent_of);
    }

  self->valid = TRUE;
  return TRUE;
}

/**
 * simris_household_find_first_missing:
 * @member_index: (out) (optional): the member's index, -1 when nothing is missing
 * @list_name: (out) (optional) (transfer none): "resources", "pending_benefits", or %NULL
 *   for a field of the member itself
 * @item_index: (out) (optional): the index in @list_name, -1 for a field of the member
 * @field_name: (out) (optional) (transfer none): "birth_date", "kind" or "amount"
 *
 * The first value a draft misses, in file order (docs/case-format.md, Drafts).
 *
 * Returns: (transfer full) (nullable): its path, e.g. "members[0].resources[1].amount", or
 *   %NULL when the household is complete
 */
char *
simris_household_find_first_missing (SimrisHousehold  *self,
                                     int              *member_index,
                                     const char      **list_name,
                                     int              *item_index,
                                     const char      **field_name)
{
  const char *list = NULL;
  const char *field = NULL;
  int member = -1;
  int item = -1;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  for (guint i = 0; i < self->members->len && field == NULL; i++)
    {
      SimrisMember *m = g_ptr_array_index (self->members, i);
      GListModel *resources = simris_member_get_resources (m);
      GListModel *benefits = simris_member_get_pending_benefits (m);
      guint n;

      member = i;
      if (simris_member_get_birth_date (m) == NULL)
        {
          field = "birth_date";
          break;
        }

      n = g_list_model_get_n_items (resources);
      for (guint j = 0; j < n && field == NULL; j++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, j);

          /* A case file lists kind before amount. */
          if (simris_resource_get_kind (resource) == SIMRIS_RESOURCE_KIND_NONE)
            field = "kind";
          else if (simris_resource_get_amount (resource) == SIMRIS_CENTS_MISSING)
            field = "amount";
          if (field != NULL)
            {
              list = "resources";
              item = j;
            }
        }

      n = g_list_model_get_n_items (benefits);
      for (guint j = 0; j < n && field == NULL; j++)
        {
          g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (benefits, j);

          if (simris_pending_benefit_get_kind (benefit) == SIMRIS_RESOURCE_KIND_NONE)
            {
              field = "kind";
              list = "pending_benefits";
              item = j;
            }
        }
    }

  if (field == NULL)
    {
      member = -1;
      list = NULL;
      item = -1;
    }

  if (member_index != NULL)
    *member_index = member;
  if (list_name != NULL)
    *list_name = list;
  if (item_index != NULL)
    *item_index = item;
  if (field_name != NULL)
    *field_name = field;

  if (field == NULL)
    return NULL;
  if (list == NULL)
    return g_strdup_printf ("members[%d].%s", member, field);
  return g_strdup_printf ("members[%d].%s[%d].%s", member, list, item, field);
}

/**
 * simris_household_check_complete:
 * @error: a %SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE naming the first missing value
 *
 * A draft (docs/case-format.md, Drafts) loads and saves, but nothing is computed from it.
 *
 * Returns: whether no value is missing
 */
gboolean
simris_household_check_complete (SimrisHousehold  *self,
                                 GError          **error)
{
  g_autofree char *path = NULL;
  const char *field;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  path = simris_household_find_first_missing (self, NULL, NULL, NULL, &field);
  if (path == NULL)
    return TRUE;

  if (g_str_equal (field, "birth_date"))
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE,
                 /* Translators: %s is the path of a field, e.g. "members[0].birth_date". The case
                  * is a draft: it can be saved, not computed. */
                 _("%s: incomplete — the date is missing"), path);
  else if (g_str_equal (field, "kind"))
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE,
                 /* Translators: %s is the path of a field, e.g. "members[0].resources[1].kind". */
                 _("%s: incomplete — the kind is missing"), path);
  else
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE,
                 /* Translators: %s is the path of a field, e.g. "members[0].resources[1].amount". */
                 _("%s: incomplete — the amount is missing"), path);

  return FALSE;
}
