/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-engine.h"
#include "simris-guide.h"
#include "simris-rules.h"
#include "simris-i18n.h"
#include "simris-parameters.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

struct _SimrisGuide
{
  GObject          parent_instance;

  SimrisHousehold *household;
  /* Members said to be 18 or over before their date of birth was given (owned ids). */
  GHashTable      *adult_ids;
  /* Ages given instead of a date of birth (member id → age + 1). */
  GHashTable      *ages;
  /* The answers about each job (SimrisResource → JobAnswers). */
  GHashTable      *jobs;
};

typedef struct
{
  SimrisTristate integration;
  SimrisTristate shortage;
  char          *start;
} JobAnswers;

static void
job_answers_free (gpointer data)
{
  JobAnswers *answers = data;

  g_free (answers->start);
  g_free (answers);
}

G_DEFINE_FINAL_TYPE (SimrisGuide, simris_guide, G_TYPE_OBJECT)

enum
{
  FOR_APPLICANT = 1 << 0,
  FOR_PARTNER = 1 << 1,
  FOR_OTHERS = 1 << 2,
  WITH_CHILDREN = 1 << 3,
};

static const SimrisGuideCategory categories[] = {
  { "work", SIMRIS_RESOURCE_KIND_WAGE, SIMRIS_PERIOD_MONTH,
    /* Translators: a kind of money in the guided simulation */
    N_("Work"), N_("Net pay each month, after tax and social security"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "unemployment", SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, SIMRIS_PERIOD_MONTH,
    N_("Unemployment benefit"), N_("Paid through a union or the public payment fund (CAPAC)"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "sickness", SIMRIS_RESOURCE_KIND_SICKNESS, SIMRIS_PERIOD_MONTH,
    N_("Sickness or disability benefit"), N_("Paid by the health insurance fund"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "pension", SIMRIS_RESOURCE_KIND_PENSION, SIMRIS_PERIOD_MONTH,
    N_("Pension"), N_("Retirement or survivor's pension, or the income guarantee for the elderly"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "family_allowance", SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, SIMRIS_PERIOD_MONTH,
    N_("Family allowances"), N_("Received for the children: they are not deducted, but the CPAS asks for the statement"),
    FOR_APPLICANT | FOR_PARTNER | WITH_CHILDREN },
  { "savings", SIMRIS_RESOURCE_KIND_CAPITAL, SIMRIS_PERIOD_TOTAL,
    N_("Savings"), N_("The total on every bank and savings account"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "house", SIMRIS_RESOURCE_KIND_REAL_ESTATE, SIMRIS_PERIOD_TOTAL,
    N_("A house or flat you own"), N_("Its cadastral income, on the tax bill: not its price"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "family_help", SIMRIS_RESOURCE_KIND_REGULAR_GIFT, SIMRIS_PERIOD_MONTH,
    N_("Help from family"), N_("Money that family members who do not live with you give every month"),
    FOR_APPLICANT | FOR_PARTNER },
};

static void
simris_guide_finalize (GObject *object)
{
  SimrisGuide *self = SIMRIS_GUIDE (object);

  g_clear_object (&self->household);
  g_hash_table_unref (self->adult_ids);
  g_hash_table_unref (self->jobs);
  g_hash_table_unref (self->ages);
  G_OBJECT_CLASS (simris_guide_parent_class)->finalize (object);
}

static void
simris_guide_class_init (SimrisGuideClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_guide_finalize;
}

static void
simris_guide_init (SimrisGuide *self)
{
  self->adult_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->jobs = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, job_answers_free);
}

SimrisGuide *
simris_guide_new (SimrisHousehold *household)
{
  SimrisGuide *self = g_object_new (SIMRIS_TYPE_GUIDE, NULL);

  self->household = g_object_ref (household);
  return self;
}

SimrisHousehold *
simris_guide_get_household (SimrisGuide *self)
{
  g_return_val_if_fail (SIMRIS_IS_GUIDE (self), NULL);

  return self->household;
}

SimrisGuideGroup
simris_guide_member_group (SimrisGuide  *self,
                           SimrisMember *member)
{
  int age;

  switch (simris_member_get_relation (member))
    {
    case SIMRIS_RELATION_APPLICANT:
      return SIMRIS_GUIDE_GROUP_NONE;
    case SIMRIS_RELATION_PARTNER:
      return SIMRIS_GUIDE_GROUP_PARTNER;
    case SIMRIS_RELATION_PARENT:
      return SIMRIS_GUIDE_GROUP_PARENT;
    case SIMRIS_RELATION_CHILD:
      /* Age at the reference date (docs/calculation.md §13): of age (art. 3, 2° DIS) is an adult child. */
      age = simris_ui_age_at (simris_member_get_birth_date (member),
                              simris_household_get_reference_date (self->household));
      if (simris_rules_age_is_adult (age))
        return SIMRIS_GUIDE_GROUP_ADULT_CHILD;
      if (age < 0 && g_hash_table_contains (self->adult_ids, simris_member_get_id (member)))
        return SIMRIS_GUIDE_GROUP_ADULT_CHILD;
      return SIMRIS_GUIDE_GROUP_MINOR;
    default:
      return SIMRIS_GUIDE_GROUP_OTHER;
    }
}

GPtrArray *
simris_guide_members_of (SimrisGuide      *self,
                         SimrisGuideGroup  group)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *members = G_LIST_MODEL (self->household);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      SimrisMember *member = g_list_model_get_item (members, i);

      if (simris_guide_member_group (self, member) == group)
        g_ptr_array_add (list, member);
      else
        g_object_unref (member);
    }
  return list;
}

guint
simris_guide_count_of (SimrisGuide      *self,
                       SimrisGuideGroup  group)
{
  g_autoptr(GPtrArray) list = simris_guide_members_of (self, group);

  return list->len;
}

static char *
default_name (SimrisGuideGroup group,
              guint            number)
{
  switch (group)
    {
    case SIMRIS_GUIDE_GROUP_MINOR:
      /* Translators: the name given to a child added by the guided simulation */
      return g_strdup_printf (_("Child %u"), number);
    case SIMRIS_GUIDE_GROUP_ADULT_CHILD:
      /* Translators: the name given to a child aged 18 or over added by the guided simulation */
      return g_strdup_printf (_("Adult child %u"), number);
    case SIMRIS_GUIDE_GROUP_PARENT:
      /* Translators: the name given to a parent added by the guided simulation */
      return g_strdup_printf (_("Parent %u"), number);
    case SIMRIS_GUIDE_GROUP_OTHER:
      /* Translators: the name given to another person added by the guided simulation */
      return g_strdup_printf (_("Person %u"), number);
    default:
      return NULL;
    }
}

void
simris_guide_set_group_count (SimrisGuide      *self,
                              SimrisGuideGroup  group,
                              guint             wanted)
{
  static const SimrisRelation relations[] = {
    [SIMRIS_GUIDE_GROUP_PARTNER] = SIMRIS_RELATION_PARTNER,
    [SIMRIS_GUIDE_GROUP_MINOR] = SIMRIS_RELATION_CHILD,
    [SIMRIS_GUIDE_GROUP_PARENT] = SIMRIS_RELATION_PARENT,
    [SIMRIS_GUIDE_GROUP_ADULT_CHILD] = SIMRIS_RELATION_CHILD,
    /* Siblings, friends, other relatives: the law never counts their income (§5, §9). */
    [SIMRIS_GUIDE_GROUP_OTHER] = SIMRIS_RELATION_UNRELATED,
  };
  g_autoptr(GPtrArray) list = NULL;
  guint have;

  g_return_if_fail (SIMRIS_IS_GUIDE (self));
  g_return_if_fail (group > SIMRIS_GUIDE_GROUP_NONE && group <= SIMRIS_GUIDE_GROUP_OTHER);

  list = simris_guide_members_of (self, group);
  have = list->len;
  while (have > wanted)
    {
      SimrisMember *last = g_ptr_array_index (list, have - 1);
      guint position;

      g_hash_table_remove (self->adult_ids, simris_member_get_id (last));
      if (simris_ui_list_model_find (G_LIST_MODEL (self->household), last, &position))
        simris_household_remove (self->household, position);
      have--;
    }
  while (have < wanted)
    {
      g_autofree char *id = simris_household_new_member_id (self->household);
      g_autofree char *name = default_name (group, have + 1);
      g_autoptr(SimrisMember) member = simris_member_new (id, relations[group], NULL);

      simris_member_set_name (member, name);
      if (group == SIMRIS_GUIDE_GROUP_ADULT_CHILD)
        g_hash_table_add (self->adult_ids, g_strdup (id));
      simris_household_append (self->household, member);
      have++;
    }
}

gboolean
simris_guide_money_matters (SimrisGuide  *self,
                            SimrisMember *member)
{
  SimrisGuideGroup group = simris_guide_member_group (self, member);

  /* The applicant and the partner (§4, §5), the parents and adult children (§5 option, §9
   * maintenance debtors). Minors, siblings and friends: never. */
  return simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT
         || group == SIMRIS_GUIDE_GROUP_PARTNER || group == SIMRIS_GUIDE_GROUP_PARENT
         || group == SIMRIS_GUIDE_GROUP_ADULT_CHILD;
}

const SimrisGuideCategory *
simris_guide_get_categories (guint *n_categories)
{
  *n_categories = G_N_ELEMENTS (categories);
  return categories;
}

static gboolean
kind_matches (const SimrisGuideCategory *category,
              SimrisResourceKind         kind)
{
  /* The guide's plain category of a kind is in its row of the law's table. */
  return kind >= 0 && g_strcmp0 (simris_rules_kind_guide_category (kind), category->id) == 0;
}

SimrisResourceKind
simris_guide_category_kind_for (const SimrisGuideCategory *category,
                                SimrisMember              *member)
{
  /* The work of a full-time student is a student job (§4.3: the SPI for the whole studies). */
  if (category->kind == SIMRIS_RESOURCE_KIND_WAGE
      && simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT
      && simris_member_get_student (member))
    return SIMRIS_RESOURCE_KIND_STUDENT_JOB;
  return category->kind;
}

SimrisResource *
simris_guide_find_resource (SimrisMember              *member,
                            const SimrisGuideCategory *category,
                            guint                     *position)
{
  GListModel *resources = simris_member_get_resources (member);

  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, i);

      if (kind_matches (category, simris_resource_get_kind (resource)))
        {
          if (position != NULL)
            *position = i;
          return resource;
        }
    }
  return NULL;
}

gboolean
simris_guide_category_applies (SimrisGuide               *self,
                               SimrisMember              *member,
                               const SimrisGuideCategory *category)
{
  SimrisRelation relation = simris_member_get_relation (member);
  guint who = relation == SIMRIS_RELATION_APPLICANT ? FOR_APPLICANT
              : relation == SIMRIS_RELATION_PARTNER ? FOR_PARTNER : FOR_OTHERS;

  if ((category->flags & who) == 0)
    return FALSE;
  if ((category->flags & WITH_CHILDREN) && simris_guide_count_of (self, SIMRIS_GUIDE_GROUP_MINOR) == 0)
    return FALSE;
  return TRUE;
}

int
simris_guide_get_age_only (SimrisGuide  *self,
                           SimrisMember *member)
{
  gpointer value = g_hash_table_lookup (self->ages, simris_member_get_id (member));

  return value != NULL ? GPOINTER_TO_INT (value) - 1 : -1;
}

void
simris_guide_set_age_only (SimrisGuide  *self,
                           SimrisMember *member,
                           int           age)
{
  if (age < 0)
    g_hash_table_remove (self->ages, simris_member_get_id (member));
  else
    g_hash_table_replace (self->ages, g_strdup (simris_member_get_id (member)), GINT_TO_POINTER (age + 1));
}

/* ---- the questions about a job -------------------------------------------------------- */

gboolean
simris_guide_job_is_asked (SimrisGuide    *self,
                           SimrisMember   *member,
                           SimrisResource *resource)
{
  SimrisRelation relation = simris_member_get_relation (member);

  /* The socio-professional exemption is the applicant's and the partner's (§4.3); a
   * full-time student's job has it for the whole studies, without these questions. */
  return (relation == SIMRIS_RELATION_APPLICANT || relation == SIMRIS_RELATION_PARTNER)
         && simris_resource_get_kind (resource) == SIMRIS_RESOURCE_KIND_WAGE;
}

static JobAnswers *
job_answers (SimrisGuide    *self,
             SimrisResource *resource)
{
  JobAnswers *answers = g_hash_table_lookup (self->jobs, resource);
  const char *spi, *shortage;

  if (answers != NULL)
    return answers;
  /* A case opened again: what the resource holds is what was answered. */
  spi = simris_resource_get_spi_start (resource);
  shortage = simris_resource_get_shortage_occupation_start (resource);
  answers = g_new0 (JobAnswers, 1);
  answers->integration = spi != NULL ? SIMRIS_TRISTATE_YES : SIMRIS_TRISTATE_UNKNOWN;
  answers->shortage = shortage != NULL ? SIMRIS_TRISTATE_YES : SIMRIS_TRISTATE_UNKNOWN;
  answers->start = g_strdup (spi != NULL ? spi : shortage);
  g_hash_table_insert (self->jobs, g_object_ref (resource), answers);
  return answers;
}

/* The resource holds a start only for a question answered "Yes" (never a guess). */
static void
job_apply (SimrisResource *resource,
           JobAnswers     *answers)
{
  const char *spi = answers->integration == SIMRIS_TRISTATE_YES ? answers->start : NULL;
  const char *shortage = answers->shortage == SIMRIS_TRISTATE_YES ? answers->start : NULL;

  if (g_strcmp0 (simris_resource_get_spi_start (resource), spi) != 0)
    simris_resource_set_spi_start (resource, spi);
  if (g_strcmp0 (simris_resource_get_shortage_occupation_start (resource), shortage) != 0)
    simris_resource_set_shortage_occupation_start (resource, shortage);
}

SimrisTristate
simris_guide_get_job_answer (SimrisGuide            *self,
                             SimrisResource         *resource,
                             SimrisGuideJobQuestion  question)
{
  JobAnswers *answers = job_answers (self, resource);

  return question == SIMRIS_GUIDE_JOB_INTEGRATION ? answers->integration : answers->shortage;
}

void
simris_guide_set_job_answer (SimrisGuide            *self,
                             SimrisResource         *resource,
                             SimrisGuideJobQuestion  question,
                             SimrisTristate          answer)
{
  JobAnswers *answers = job_answers (self, resource);

  if (question == SIMRIS_GUIDE_JOB_INTEGRATION)
    answers->integration = answer;
  else
    answers->shortage = answer;
  job_apply (resource, answers);
}

const char *
simris_guide_get_job_start (SimrisGuide    *self,
                            SimrisResource *resource)
{
  return job_answers (self, resource)->start;
}

void
simris_guide_set_job_start (SimrisGuide    *self,
                            SimrisResource *resource,
                            const char     *iso)
{
  JobAnswers *answers = job_answers (self, resource);

  g_free (answers->start);
  answers->start = g_strdup (iso);
  job_apply (resource, answers);
}

/* ---- the result, with what was assumed --------------------------------------------- */

void
simris_guide_outcome_free (SimrisGuideOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_clear_object (&outcome->result);
  g_clear_pointer (&outcome->missing, g_ptr_array_unref);
  g_clear_pointer (&outcome->assumptions, g_ptr_array_unref);
  g_free (outcome);
}

static SimrisResource *
nth_resource (SimrisHousehold *household,
              const char      *member_id,
              guint            index)
{
  SimrisMember *member = simris_household_find_member (household, member_id);
  SimrisResource *resource;

  if (member == NULL)
    return NULL;
  resource = g_list_model_get_item (simris_member_get_resources (member), index);
  /* Borrowed: the member holds its own reference. */
  if (resource != NULL)
    g_object_unref (resource);
  return resource;
}

static SimrisCents
amount_of (SimrisHousehold *household,
           const char      *lang)
{
  g_autoptr(SimrisResult) result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, NULL);

  return result != NULL ? simris_result_get_amount_month (result) : -1;
}

/* The smallest amount of this resource (cents) at which the right ends, found through the
 * engine; -1 when even a very large amount leaves a right (or none is found). */
static SimrisCents
level_where_right_ends (SimrisHousehold *assumed,
                        const char      *member_id,
                        guint            index,
                        const char      *lang)
{
  g_autoptr(SimrisHousehold) copy = simris_household_copy (assumed);
  SimrisResource *resource = nth_resource (copy, member_id, index);
  SimrisCents low = 0, high = 100000000; /* 1 000 000,00 €: past any right */

  if (resource == NULL)
    return -1;
  simris_resource_set_amount (resource, high);
  if (amount_of (copy, lang) != 0)
    return -1;
  while (high - low > 1)
    {
      SimrisCents middle = low + (high - low) / 2;

      simris_resource_set_amount (resource, middle);
      if (amount_of (copy, lang) == 0)
        high = middle;
      else
        low = middle;
    }
  return high;
}

static char *
money_in (SimrisCents  cents,
          const char  *lang)
{
  return simris_money_format (cents, lang);
}

SimrisGuideOutcome *
simris_guide_compute (SimrisGuide  *self,
                      const char   *lang,
                      GError      **error)
{
  SimrisGuideOutcome *outcome = g_new0 (SimrisGuideOutcome, 1);
  g_autoptr(SimrisHousehold) assumed = simris_household_copy (self->household);
  GListModel *members = G_LIST_MODEL (self->household);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free); /* "id\nindex" */
  SimrisCents base;

  outcome->assumptions = g_ptr_array_new_with_free_func (g_free);

  /* Unknown amounts: an income the law does not count is not needed (left out); a counted
   * one is taken as none, and the result becomes "at most". */
  for (guint m = 0; m < g_list_model_get_n_items (members); m++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, m);
      SimrisMember *copy = simris_household_find_member (assumed, simris_member_get_id (member));
      GListModel *resources = simris_member_get_resources (member);

      for (guint r = g_list_model_get_n_items (resources); r-- > 0;)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);
          SimrisResourceKind kind = simris_resource_get_kind (resource);

          if (kind == SIMRIS_RESOURCE_KIND_NONE || simris_resource_get_amount (resource) != SIMRIS_CENTS_MISSING)
            continue;
          if (simris_resource_kind_get_group (kind) == SIMRIS_KIND_GROUP_EXEMPT)
            {
              /* Translators: %s is a kind of money ("Family allowances") */
              g_ptr_array_add (outcome->assumptions,
                               g_strdup_printf (simris_tr (lang, N_("%s: you do not know the amount; it is not needed, "
                                                                     "as this money is not deducted.")),
                                                simris_resource_kind_get_label (kind, lang)));
              simris_member_remove_resource (copy, r);
            }
          else
            {
              g_autoptr(SimrisResource) counted = g_list_model_get_item (simris_member_get_resources (copy), r);

              simris_resource_set_amount (counted, 0);
              g_ptr_array_add (unknown, g_strdup_printf ("%s\n%u", simris_member_get_id (member), r));
            }
        }
    }

  outcome->missing = simris_summary_dup_missing (assumed, lang);
  if (outcome->missing->len > 0)
    return outcome;
  outcome->result = simris_engine_compute (simris_parameters_get_default (), assumed, 0, lang, error);
  if (outcome->result == NULL)
    return outcome;
  base = simris_result_get_amount_month (outcome->result);
  outcome->range = unknown->len > 0;

  /* Each unknown counted amount: the amount with none of it, and where the right ends. */
  for (guint i = 0; i < unknown->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (unknown, i), "\n", 2);
      guint index = (guint) g_ascii_strtoull (parts[1], NULL, 10);
      SimrisMember *member = simris_household_find_member (assumed, parts[0]);
      SimrisResource *resource = nth_resource (assumed, parts[0], index);
      g_autofree char *person = simris_summary_dup_person (assumed, member, lang);
      const char *label = simris_resource_kind_get_label (simris_resource_get_kind (resource), lang);
      SimrisCents level = level_where_right_ends (assumed, parts[0], index, lang);
      g_autofree char *most = money_in (base, lang);

      if (level > 0)
        {
          g_autofree char *ends = money_in (level, lang);

          g_ptr_array_add (outcome->assumptions,
                           g_strdup_printf (simris_resource_get_period (resource) == SIMRIS_PERIOD_TOTAL
                                            /* Translators: "The savings of you: …"; the amounts are in euros */
                                            ? simris_tr (lang, N_("%s (%s): the amount is not known, so none of it was "
                                                                  "counted: %s a month is the most you may get. The more "
                                                                  "it is, the less you get; from %s in all, nothing. "
                                                                  "Bring the exact figure to the CPAS."))
                                            : simris_tr (lang, N_("%s (%s): the amount is not known, so none of it was "
                                                                  "counted: %s a month is the most you may get. The more "
                                                                  "it is, the less you get; from %s a month, nothing. "
                                                                  "Bring the exact figure to the CPAS.")),
                                            label, person, most, ends));
        }
      else
        g_ptr_array_add (outcome->assumptions,
                         g_strdup_printf (simris_tr (lang, N_("%s (%s): the amount is not known, so none of it was "
                                                              "counted: %s a month is the most you may get. Bring the "
                                                              "exact figure to the CPAS.")),
                                          label, person, most));
    }

  /* Each age given instead of a date of birth. */
  for (guint m = 0; m < g_list_model_get_n_items (members); m++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, m);
      int age = simris_guide_get_age_only (self, member);
      g_autofree char *person = NULL;

      if (age < 0)
        continue;
      person = simris_summary_dup_person (assumed, member, lang);
      g_ptr_array_add (outcome->assumptions,
                       g_strdup_printf (simris_ntr (lang, "%s: you gave an age, %d year, not a date of birth; the CPAS will ask for it.",
                                                    "%s: you gave an age, %d years, not a date of birth; the CPAS will ask for it.",
                                                    (gulong) age),
                                        person, age));
    }

  /* Each job question answered "Not sure": the answer assumed (no), and what "yes" gives. */
  for (guint m = 0; m < g_list_model_get_n_items (members); m++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (members, m);
      GListModel *resources = simris_member_get_resources (member);

      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);
          const char *reference = simris_household_get_reference_date (assumed);

          if (!simris_guide_job_is_asked (self, member, resource))
            continue;
          for (guint q = 0; q < 2; q++)
            {
              SimrisGuideJobQuestion question = q == 0 ? SIMRIS_GUIDE_JOB_INTEGRATION : SIMRIS_GUIDE_JOB_SHORTAGE;
              g_autoptr(SimrisHousehold) other = NULL;
              SimrisResource *job;
              SimrisCents more;
              gboolean yours = simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT;

              if (simris_guide_get_job_answer (self, resource, question) != SIMRIS_TRISTATE_UNKNOWN)
                continue;
              /* The other answer, through the engine: the job started this month. */
              other = simris_household_copy (assumed);
              job = nth_resource (other, simris_member_get_id (member), r);
              if (job == NULL)
                continue;
              if (simris_resource_get_spi_start (job) == NULL)
                simris_resource_set_spi_start (job, reference);
              if (question == SIMRIS_GUIDE_JOB_SHORTAGE)
                simris_resource_set_shortage_occupation_start (job, reference);
              more = amount_of (other, lang) - base;
              if (more > 0)
                {
                  g_autofree char *money = money_in (more, lang);

                  g_ptr_array_add (outcome->assumptions,
                                   g_strdup_printf (question == SIMRIS_GUIDE_JOB_INTEGRATION
                                                    ? (yours ? simris_tr (lang, N_("We assumed your job did not start while you received the integration income; if it did, you may get up to %s more a month."))
                                                       : simris_tr (lang, N_("We assumed your partner's job did not start while you received the integration income; if it did, you may get up to %s more a month.")))
                                                    : (yours ? simris_tr (lang, N_("We assumed your job is not in a shortage occupation; if it is (with the attestation of the regional employment service), you may get up to %s more a month."))
                                                       : simris_tr (lang, N_("We assumed your partner's job is not in a shortage occupation; if it is (with the attestation of the regional employment service), you may get up to %s more a month."))),
                                                    money));
                }
            }
        }
    }
  return outcome;
}
