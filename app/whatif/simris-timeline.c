/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTimeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-presence.h"
#include "simris-rules.h"
#include "simris-timeline.h"

/* docs/calculation.md §14: the RIS month by month. Month M = the case computed with reference date
 * = M's first day [choice: ages, the SPI's 3 years, the shortage-occupation 3 months, the
 * parameters and the art. 34 regime of that day] with only the resources present in M (the
 * engine applies the presence rule for the month of its date). No pro rata: a month counts
 * whole. The total is the sum of the monthly amounts, each rounded to the cent.
 *
 * Speed: the engine's trace is most of its cost, and most months repeat the month before.
 * Each month's situation is summed up in a key of everything the figures depend on besides
 * the date itself: the amounts row in force, the art. 34 regime, the dated warnings and
 * exemptions, each member's presence (born yet) and majority, each resource's presence and
 * its SPI and shortage windows, and how many of the dates on which a row of the law's table or
 * of the parameters starts or stops applying have passed (simris_rule_table_change_dates(),
 * simris_parameters_get_change_dates()). A month whose key equals the month before shares its
 * result; a dated row added to the table is therefore a new key from its date, with no list of
 * dates to keep here. */

typedef struct
{
  SimrisDate                   month;
  SimrisAmounts                amounts;
  const SimrisArt34RegimeInfo *regime;      /* the regime that applies */
  const SimrisArt34RegimeInfo *in_force;    /* the regime in force by date (alternatives) */
  gboolean                     newer_index;
  guint                        dates_passed; /* change dates ≤ month */
  GByteArray                  *facts;       /* per member: born, adult; per resource: presence, spi, shortage */
} MonthState;

typedef struct
{
  SimrisDate    month;
  SimrisResult *result;
  GPtrArray    *changes;  /* SimrisTimelineChange* */
  gboolean      shared;   /* result is the previous month's */
} Month;

struct _SimrisTimeline
{
  GObject           parent_instance;

  SimrisParameters *params;
  SimrisRuleTable  *rules_copy;    /* a copy given by the caller, or NULL */
  const SimrisRuleTable *rules;
  GArray           *change_dates;  /* SimrisDate, sorted, each once */
  SimrisHousehold  *household;
  char             *lang;
  SimrisTimelineFlags flags;
  GArray           *months;   /* Month */
  SimrisCents       total;
  SimrisCents       maintenance_aid_total;  /* art. 68quinquies LO, beside the benefit (issue 29) */
};

G_DEFINE_FINAL_TYPE (SimrisTimeline, simris_timeline, G_TYPE_OBJECT)

G_DEFINE_QUARK (simris-timeline-error-quark, simris_timeline_error)

#define TR(s) simris_tr (self->lang, (s))

static void
change_free (gpointer data)
{
  SimrisTimelineChange *c = data;

  g_free (c->code);
  g_free (c->text);
  g_free (c);
}

static void
add_change (GPtrArray  *changes,
            const char *code,
            char       *text)
{
  SimrisTimelineChange *c = g_new0 (SimrisTimelineChange, 1);

  c->code = g_strdup (code);
  c->text = text;
  g_ptr_array_add (changes, c);
}

static void
month_clear (gpointer data)
{
  Month *m = data;

  g_clear_object (&m->result);
  g_clear_pointer (&m->changes, g_ptr_array_unref);
}

/* ---- The situation of a month ---------------------------------------------------------- */

enum
{
  FACT_BORN = 1 << 0,
  FACT_ADULT = 1 << 1,
  /* docs/calculation.md §2.1, §2.2: who shares the household, who is in alternating custody. */
  FACT_SHARES = 1 << 2,
  FACT_ALTERNATING = 1 << 3,
};

static gboolean
member_born (SimrisMember *m,
             SimrisDate    month,
             SimrisDate   *birth)
{
  SimrisDate b = 0;

  simris_date_parse (simris_member_get_birth_date (m), &b);
  if (birth != NULL)
    *birth = b;
  return b != 0 && b <= month;
}

static gboolean
spi_open (SimrisTimeline *self,
          SimrisResource *r,
          SimrisDate      month,
          SimrisDate     *end)
{
  SimrisDate start, until;

  /* Art. 35 AR (docs/calculation.md §4.3): until spi_start + the table's number of years. */
  if (!simris_date_parse (simris_resource_get_spi_start (r), &start))
    return FALSE;
  until = simris_date_add_years (start, (int) simris_rule_table_constant (self->rules, SIMRIS_CONST_SPI_YEARS));
  if (end != NULL)
    *end = until;
  return month < until;
}

static gboolean
shortage_open (SimrisTimeline *self,
               SimrisResource *r,
               SimrisDate      month,
               SimrisDate     *start_out)
{
  SimrisDate start;

  /* Art. 35 AR (AR 23/11/2023, docs/calculation.md §4.3): [start, start + the table's months),
   * while the table's shortage-occupation row is in force. */
  if (!simris_date_parse (simris_resource_get_shortage_occupation_start (r), &start))
    return FALSE;
  if (start_out != NULL)
    *start_out = start;
  return simris_rule_table_spi_rule (self->rules, SIMRIS_SPI_SHORTAGE, month) != NULL && month >= start
         && month < simris_date_add_months (start, (int) simris_rule_table_constant (self->rules,
                                                                                     SIMRIS_CONST_SHORTAGE_MONTHS));
}

/* How many change dates are ≤ month (the dates are sorted). */
static guint
dates_passed (SimrisTimeline *self,
              SimrisDate      month)
{
  guint lo = 0, hi = self->change_dates->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (self->change_dates, SimrisDate, mid) <= month)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
month_state_fill (SimrisTimeline  *self,
                  SimrisDate       month,
                  MonthState      *state,
                  GError         **error)
{
  GListModel *members = G_LIST_MODEL (self->household);
  const char *asked = simris_household_get_art34_regime (self->household);

  state->month = month;
  if (!simris_parameters_lookup (self->params, month, &state->amounts, error))
    return FALSE;

  /* docs/calculation.md §9, §13, §14: each month's first day decides the regime unless the options
   * fix it; a regime asked for before it is in force gives way to the one in force. */
  state->in_force = simris_parameters_get_art34_regime (self->params, NULL, month);
  state->regime = state->in_force;
  if (asked != NULL)
    {
      const SimrisArt34RegimeInfo *chosen = simris_parameters_get_art34_regime (self->params, asked, month);
      if (chosen != NULL && chosen->from <= month)
        state->regime = chosen;
    }

  state->newer_index = month > simris_date_add_months (state->amounts.newest_step,
                                                       (int) simris_rule_table_constant (self->rules,
                                                                                         SIMRIS_CONST_NEWER_INDEX_MONTHS));
  state->dates_passed = dates_passed (self, month);

  if (state->facts == NULL)
    state->facts = g_byte_array_new ();
  g_byte_array_set_size (state->facts, 0);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (m);
      SimrisDate birth;
      guint8 fact = 0;

      if (member_born (m, month, &birth))
        {
          fact |= FACT_BORN;
          if (simris_date_age_at (birth, month) >= simris_rule_table_constant (self->rules, SIMRIS_CONST_ADULT_AGE))
            fact |= FACT_ADULT;
        }
      if (simris_member_shares_household_on (m, month))
        fact |= FACT_SHARES;
      if (simris_member_custody_on (m, month) == SIMRIS_CUSTODY_ALTERNATING)
        fact |= FACT_ALTERNATING;
      g_byte_array_append (state->facts, &fact, 1);

      for (guint j = 0; j < g_list_model_get_n_items (resources); j++)
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (resources, j);
          guint8 facts[3] = {
            (guint8) simris_resource_get_presence (r, month),
            (guint8) spi_open (self, r, month, NULL),
            (guint8) shortage_open (self, r, month, NULL),
          };
          g_byte_array_append (state->facts, facts, sizeof facts);
        }
    }
  return TRUE;
}

static gboolean
month_state_equal (const MonthState *a,
                   const MonthState *b)
{
  return a->amounts.from == b->amounts.from
         && a->amounts.spi_month == b->amounts.spi_month
         && a->amounts.ale_cheque_exempt == b->amounts.ale_cheque_exempt
         && memcmp (a->amounts.year, b->amounts.year, sizeof a->amounts.year) == 0
         && memcmp (a->amounts.printed, b->amounts.printed, sizeof a->amounts.printed) == 0
         && a->regime == b->regime
         && a->in_force == b->in_force
         && a->newer_index == b->newer_index
         && a->amounts.spi_shortage_month == b->amounts.spi_shortage_month
         && a->amounts.spi_student_grant_month == b->amounts.spi_student_grant_month
         && a->dates_passed == b->dates_passed
         && a->facts->len == b->facts->len
         && memcmp (a->facts->data, b->facts->data, a->facts->len) == 0;
}

/* ---- What changed, and why -------------------------------------------------------------- */

static const char *
member_name (SimrisTimeline *self,
             SimrisMember   *m)
{
  const char *name = simris_member_get_name (m);

  if (name != NULL && *name != '\0')
    return name;
  return simris_relation_get_label (simris_member_get_relation (m), self->lang);
}

static char *
resource_name (SimrisTimeline *self,
               SimrisResource *r)
{
  const char *label = simris_resource_get_label (r);
  const char *kind = simris_resource_kind_get_label (simris_resource_get_kind (r), self->lang);

  if (label != NULL && *label != '\0')
    return g_strdup_printf ("%s (%s)", kind, label);
  return g_strdup (kind);
}

static char *
fmt_date (SimrisTimeline *self,
          SimrisDate      date)
{
  return simris_date_format (date, self->lang);
}

static char *
fmt_money (SimrisTimeline *self,
           SimrisCents     cents)
{
  return simris_money_format (cents, self->lang);
}

/* The causes, from the two months' situations. */
static void
cause_changes (SimrisTimeline   *self,
               const MonthState *before,
               const MonthState *now,
               SimrisResult     *result,
               GPtrArray        *changes)
{
  GListModel *members = G_LIST_MODEL (self->household);
  guint k = 0;

  if (before->amounts.from != now->amounts.from)
    {
      g_autofree char *from = fmt_date (self, now->amounts.from);
      g_autofree char *month = fmt_money (self, simris_result_get_category_amount_month (result));
      const char *why = now->amounts.coefficient != before->amounts.coefficient
                        ? TR (N_("index step"))
                        : TR (N_("new base amounts"));

      /* Translators: a date, "index step" or "new base amounts", then a monthly amount */
      add_change (changes, "parameters",
                  g_strdup_printf (TR (N_("New amounts in force from %s (%s): %s a month for this category.")),
                                   from, why, month));
    }

  if (before->regime != now->regime)
    add_change (changes, "regime", g_strdup (simris_result_get_art34_regime_reason (result)));

  /* A kind of the household whose row of the table changes treatment this month. */
  if (before->dates_passed != now->dates_passed)
    for (guint kind = 0; kind < SIMRIS_N_RESOURCE_KINDS; kind++)
      {
        const SimrisKindRule *was = simris_rule_table_kind_rule (self->rules, kind, before->month);
        const SimrisKindRule *is = simris_rule_table_kind_rule (self->rules, kind, now->month);
        g_autofree char *from = NULL;
        const char *label;

        if (was->treatment == is->treatment || !simris_household_has_kind (self->household, kind))
          continue;
        from = fmt_date (self, now->month);
        label = simris_rules_kind_label (kind, self->lang);
        if (is->treatment == SIMRIS_TREATMENT_EXEMPT)
          /* Translators: a kind of resource, then a date */
          add_change (changes, "exemption", g_strdup_printf (TR (N_("%s: exempt from %s.")), label, from));
        else if (is->treatment == SIMRIS_TREATMENT_COUNTED)
          /* Translators: a kind of resource, then a date */
          add_change (changes, "exemption", g_strdup_printf (TR (N_("%s: counted from %s.")), label, from));
        else
          /* Translators: a kind of resource, then a date */
          add_change (changes, "exemption", g_strdup_printf (TR (N_("%s: a special rule applies from %s.")),
                                                             label, from));
      }

  /* Art. 35, §2 AR: a row of the grant students' exemption starts or ends (the rules table). */
  if (before->dates_passed != now->dates_passed
      && simris_household_has_kind (self->household, SIMRIS_RESOURCE_KIND_STUDY_GRANT))
    {
      const SimrisSpiRule *was_grant = simris_rule_table_spi_rule (self->rules, SIMRIS_SPI_STUDENT_GRANT, before->month);
      const SimrisSpiRule *was_aligned = simris_rule_table_spi_rule (self->rules, SIMRIS_SPI_STUDENT_GRANT_ALIGNED, before->month);
      const SimrisSpiRule *is_grant = simris_rule_table_spi_rule (self->rules, SIMRIS_SPI_STUDENT_GRANT, now->month);
      const SimrisSpiRule *is_aligned = simris_rule_table_spi_rule (self->rules, SIMRIS_SPI_STUDENT_GRANT_ALIGNED, now->month);

      if (was_grant != is_grant || was_aligned != is_aligned)
        {
          const SimrisSpiRule *row = is_aligned != NULL ? is_aligned : is_grant;

          if (row != NULL)
            /* Translators: %s names a rule of the socio-professional exemption for students with a study grant */
            add_change (changes, "exemption", g_strdup_printf (TR (N_("From this month: %s.")), TR (row->label)));
          else
            add_change (changes, "exemption",
                        g_strdup (TR (N_("From this month, a student with a study grant gets the ordinary "
                                         "socio-professional exemption."))));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (m);
      guint8 was = before->facts->data[k], is = now->facts->data[k];
      SimrisDate birth = 0;
      g_autofree char *born = NULL;

      k++;
      simris_date_parse (simris_member_get_birth_date (m), &birth);
      if (birth != 0)
        born = fmt_date (self, birth);

      if (!(was & FACT_BORN) && (is & FACT_BORN))
        /* Translators: a member's name, then a birth date */
        add_change (changes, "birth",
                    g_strdup_printf (TR (N_("%s, born on %s, is in the household from this month.")),
                                     member_name (self, m), born));
      /* docs/case-format.md, shares_household_since and custody_since. */
      if ((was & FACT_BORN) && (is & FACT_BORN) && (was & FACT_SHARES) != (is & FACT_SHARES)
          && simris_member_get_relation (m) != SIMRIS_RELATION_APPLICANT)
        add_change (changes, "shares_household",
                    (is & FACT_SHARES)
                      /* Translators: a member's name */
                      ? g_strdup_printf (TR (N_("%s shares the household with the applicant from this month "
                                                "(rent, food, bills in common).")), member_name (self, m))
                      /* Translators: a member's name */
                      : g_strdup_printf (TR (N_("%s lives at the address on a separate household from this "
                                                "month.")), member_name (self, m)));
      if ((was & FACT_BORN) && (is & FACT_BORN) && (was & FACT_ALTERNATING) != (is & FACT_ALTERNATING))
        add_change (changes, "custody",
                    (is & FACT_ALTERNATING)
                      /* Translators: a member's name */
                      ? g_strdup_printf (TR (N_("%s lives here in alternating custody from this month.")),
                                         member_name (self, m))
                      /* Translators: a member's name */
                      : g_strdup_printf (TR (N_("%s lives here all the time from this month (no longer in "
                                                "alternating custody).")), member_name (self, m)));
      if (!(was & FACT_ADULT) && (is & FACT_ADULT))
        {
          int majority = (int) simris_rule_table_constant (self->rules, SIMRIS_CONST_ADULT_AGE);
          /* Translators: a member's name, a birth date, then the age of majority (18) */
          add_change (changes, "age",
                      g_strdup_printf (simris_ntr (self->lang, "%s (born on %s) is %d on the first day of this "
                                                   "month: an adult from now on.",
                                                   "%s (born on %s) is %d on the first day of this month: an adult "
                                                   "from now on.", majority),
                                       member_name (self, m), born, majority));
        }

      for (guint j = 0; j < g_list_model_get_n_items (resources); j++)
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (resources, j);
          g_autofree char *what = resource_name (self, r);
          guint8 p0 = before->facts->data[k], p1 = now->facts->data[k];
          guint8 s0 = before->facts->data[k + 1], s1 = now->facts->data[k + 1];
          guint8 o0 = before->facts->data[k + 2], o1 = now->facts->data[k + 2];

          k += 3;
          if (p0 != SIMRIS_PRESENCE_PRESENT && p1 == SIMRIS_PRESENCE_PRESENT)
            {
              SimrisDate from = 0;
              g_autofree char *from_text = NULL;

              simris_date_parse (simris_resource_get_from (r), &from);
              from_text = from != 0 ? fmt_date (self, from) : g_strdup ("");
              if (simris_resource_get_period (r) == SIMRIS_PERIOD_ONCE)
                /* Translators: a member's name, a resource, then the date it was received */
                add_change (changes, "resource_in",
                            g_strdup_printf (TR (N_("%s — %s: received once on %s, counted in this month only.")),
                                             member_name (self, m), what, from_text));
              else
                /* Translators: a member's name, a resource, then its start date */
                add_change (changes, "resource_in",
                            g_strdup_printf (TR (N_("%s — %s: present from this month (from %s).")),
                                             member_name (self, m), what, from_text));
            }
          else if (p0 == SIMRIS_PRESENCE_PRESENT && p1 != SIMRIS_PRESENCE_PRESENT)
            {
              SimrisDate until = 0;

              simris_date_parse (simris_resource_get_until (r), &until);
              if (p1 == SIMRIS_PRESENCE_ENDED && until != 0)
                {
                  g_autofree char *until_text = fmt_date (self, until);
                  /* Translators: a member's name, a resource, then its end date */
                  add_change (changes, "resource_out",
                              g_strdup_printf (TR (N_("%s — %s: no longer present (until %s).")),
                                               member_name (self, m), what, until_text));
                }
              else
                /* Translators: a member's name, then a resource */
                add_change (changes, "resource_out",
                            g_strdup_printf (TR (N_("%s — %s: received once, last month; no longer counted.")),
                                             member_name (self, m), what));
            }

          if (s0 && !s1 && p1 == SIMRIS_PRESENCE_PRESENT)
            {
              SimrisDate end = 0;
              g_autofree char *end_text = NULL;

              spi_open (self, r, now->month, &end);
              end_text = fmt_date (self, end);
              int years = (int) simris_rule_table_constant (self->rules, SIMRIS_CONST_SPI_YEARS);

              /* Translators: a member's name, a resource, the date the exemption ended, then its length in years */
              add_change (changes, "spi_window",
                          g_strdup_printf (simris_ntr (self->lang,
                                                       "%s — %s: the socio-professional exemption ended on %s (%d "
                                                       "year after its start); the income is counted in full.",
                                                       "%s — %s: the socio-professional exemption ended on %s (%d "
                                                       "years after its start); the income is counted in full.",
                                                       years),
                                           member_name (self, m), what, end_text, years));
            }

          if (o0 != o1 && p1 == SIMRIS_PRESENCE_PRESENT)
            {
              int months = (int) simris_rule_table_constant (self->rules, SIMRIS_CONST_SHORTAGE_MONTHS);
              SimrisDate start = 0;
              g_autofree char *start_text = NULL;

              shortage_open (self, r, now->month, &start);
              start_text = fmt_date (self, start);
              if (o1)
                /* Translators: a member's name, a resource, the length in months, then the job's start date */
                add_change (changes, "shortage_window",
                            g_strdup_printf (simris_ntr (self->lang,
                                                         "%s — %s: the higher socio-professional exemption for a job "
                                                         "in a shortage occupation applies (%d month from %s).",
                                                         "%s — %s: the higher socio-professional exemption for a job "
                                                         "in a shortage occupation applies (%d months from %s).",
                                                         months),
                                             member_name (self, m), what, months, start_text));
              else
                /* Translators: a member's name, a resource, the length in months, then the job's start date */
                add_change (changes, "shortage_window",
                            g_strdup_printf (simris_ntr (self->lang,
                                                         "%s — %s: the %d month of the higher exemption for a "
                                                         "shortage occupation (from %s) is over; the ordinary one "
                                                         "applies.",
                                                         "%s — %s: the %d months of the higher exemption for a "
                                                         "shortage occupation (from %s) are over; the ordinary one "
                                                         "applies.",
                                                         months),
                                             member_name (self, m), what, months, start_text));
            }
        }
    }
}

/* The effects, from the two months' results. */
static void
effect_changes (SimrisTimeline *self,
                SimrisResult   *before,
                SimrisResult   *now,
                GPtrArray      *changes)
{
  SimrisCents a0 = simris_result_get_amount_month (before);
  SimrisCents a1 = simris_result_get_amount_month (now);

  if (simris_result_get_category (before) != simris_result_get_category (now))
    {
      const char *was = simris_category_get_label (simris_result_get_category (before), self->lang);
      const char *is = simris_category_get_label (simris_result_get_category (now), self->lang);

      /* Translators: two categories, then the sentence saying why */
      add_change (changes, "category",
                  g_strdup_printf (TR (N_("Category: %s, then %s. %s")), was, is,
                                   simris_result_get_category_reason (now)));
    }

  if (simris_result_get_eligible (before) != simris_result_get_eligible (now))
    {
      if (simris_result_get_eligible (now))
        add_change (changes, "eligibility", g_strdup (TR (N_("Eligible from this month."))));
      else
        {
          const char * const *reasons = simris_result_get_ineligible_reasons (now);
          g_autofree char *why = reasons[0] != NULL ? simris_result_dup_reason_text (now, reasons[0]) : g_strdup ("");

          /* Translators: %s is the reason */
          add_change (changes, "eligibility",
                      g_strdup_printf (TR (N_("Not eligible from this month: %s")), why));
        }
    }

  if (a0 != a1)
    {
      g_autofree char *was = fmt_money (self, a0);
      g_autofree char *is = fmt_money (self, a1);
      g_autofree char *diff = fmt_money (self, a1 > a0 ? a1 - a0 : a0 - a1);

      /* Translators: the amount before, the amount now, then the difference with its sign */
      add_change (changes, "amount",
                  g_strdup_printf (TR (N_("Monthly amount: %s, then %s (%s%s).")), was, is,
                                   a1 > a0 ? "+" : "−", diff));
    }
}

/* ---- Object ---------------------------------------------------------------------------- */

static void
simris_timeline_finalize (GObject *object)
{
  SimrisTimeline *self = SIMRIS_TIMELINE (object);

  g_clear_object (&self->params);
  g_clear_pointer (&self->rules_copy, simris_rule_table_free);
  g_clear_pointer (&self->change_dates, g_array_unref);
  g_clear_object (&self->household);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->months, g_array_unref);

  G_OBJECT_CLASS (simris_timeline_parent_class)->finalize (object);
}

static void
simris_timeline_class_init (SimrisTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_timeline_finalize;
}

static void
simris_timeline_init (SimrisTimeline *self)
{
  self->months = g_array_new (FALSE, TRUE, sizeof (Month));
  g_array_set_clear_func (self->months, month_clear);
}

/* ---- Public API ------------------------------------------------------------------------ */

gboolean
simris_timeline_parse_month (const char *text,
                             SimrisDate *out)
{
  guint y = 0, m;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;
  for (guint i = 0; i < 4; i++)
    y = y * 10 + g_ascii_digit_value (text[i]);
  m = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  if (m < 1 || m > 12)
    return FALSE;
  if (simris_date_make (y, m, 1) < SIMRIS_DATE_MIN || simris_date_make (y, m, 1) > SIMRIS_DATE_MAX)
    return FALSE;
  *out = simris_date_make (y, m, 1);
  return TRUE;
}

char *
simris_timeline_format_month (SimrisDate  month,
                              const char *lang)
{
  if (g_str_equal (simris_lang_normalize (lang), "en"))
    return g_strdup_printf ("%04u-%02u", simris_date_year (month), simris_date_month (month));
  return g_strdup_printf ("%02u/%04u", simris_date_month (month), simris_date_year (month));
}

SimrisTimeline *
simris_timeline_compute (SimrisParameters    *params,
                         SimrisHousehold     *household,
                         SimrisDate           from,
                         SimrisDate           to,
                         const char          *lang,
                         SimrisTimelineFlags  flags,
                         GError             **error)
{
  return simris_timeline_compute_with_rules (params, NULL, household, from, to, lang, flags, error);
}

/* The change dates of the table and of the parameters, sorted, each once. */
static GArray *
collect_change_dates (const SimrisRuleTable *rules,
                      SimrisParameters      *params)
{
  GArray *dates = simris_rule_table_change_dates (rules);
  g_autoptr(GArray) more = simris_parameters_get_change_dates (params);

  g_array_append_vals (dates, more->data, more->len);
  simris_dates_sort_unique (dates);
  return dates;
}

SimrisTimeline *
simris_timeline_compute_with_rules (SimrisParameters      *params,
                                    const SimrisRuleTable *rules,
                                    SimrisHousehold       *household,
                                    SimrisDate             from,
                                    SimrisDate             to,
                                    const char            *lang,
                                    SimrisTimelineFlags    flags,
                                    GError               **error)
{
  g_autoptr(SimrisTimeline) self = NULL;
  MonthState states[2] = { { 0 }, { 0 } };
  SimrisDate first, last, month, first_params;
  guint n = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (params), NULL);
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  self = g_object_new (SIMRIS_TYPE_TIMELINE, NULL);
  self->params = g_object_ref (params);
  if (rules != NULL)
    self->rules_copy = simris_rule_table_copy (rules);
  self->rules = self->rules_copy != NULL ? self->rules_copy : simris_rule_table_get_default ();
  self->change_dates = collect_change_dates (self->rules, params);
  self->household = g_object_ref (household);
  self->lang = g_strdup (simris_lang_normalize (lang));
  self->flags = flags;

  first = simris_date_month_start (from);
  last = simris_date_month_start (to);
  if (from == 0 || to == 0 || last < first)
    {
      g_set_error_literal (error, SIMRIS_TIMELINE_ERROR, SIMRIS_TIMELINE_ERROR_PERIOD,
                           _("The period is empty: its last month is before its first."));
      return NULL;
    }
  n = (simris_date_year (last) * 12 + simris_date_month (last))
      - (simris_date_year (first) * 12 + simris_date_month (first)) + 1;
  if (n > SIMRIS_TIMELINE_MAX_MONTHS)
    {
      g_set_error (error, SIMRIS_TIMELINE_ERROR, SIMRIS_TIMELINE_ERROR_PERIOD,
                   /* Translators: the number of months asked for, then the limit */
                   _("The period has %u months; at most %u are computed at once."),
                   n, (guint) SIMRIS_TIMELINE_MAX_MONTHS);
      return NULL;
    }
  first_params = simris_parameters_get_first_date (params);
  if (first < first_params)
    {
      g_autofree char *since = simris_date_to_iso (first_params);
      g_autofree char *asked = simris_timeline_format_month (first, "en");

      g_set_error (error, SIMRIS_TIMELINE_ERROR, SIMRIS_TIMELINE_ERROR_PERIOD,
                   /* Translators: a month (yyyy-mm), then the date of the first amounts known */
                   _("The period starts in %s, before the first amounts SimRIS knows (in force from %s)."),
                   asked, since);
      return NULL;
    }

  /* ---- timeline: the draft check (helper "files" adds simris_household_check_complete()):
   * refuse an incomplete case here, before any month, with its message. ---- */

  if (!simris_household_validate (household, error))
    return NULL;

  month = first;
  for (guint i = 0; i < n; i++, month = simris_date_add_months (month, 1))
    {
      MonthState *now = &states[i % 2], *before = &states[(i + 1) % 2];
      Month m = { 0 };

      if (!month_state_fill (self, month, now, error))
        goto out;

      m.month = month;
      m.changes = g_ptr_array_new_with_free_func (change_free);
      if (i > 0 && !(flags & SIMRIS_TIMELINE_FLAGS_FULL_TRACE) && month_state_equal (before, now))
        {
          m.result = g_object_ref (g_array_index (self->months, Month, i - 1).result);
          m.shared = TRUE;
        }
      else
        {
          m.result = simris_engine_compute_with_rules (params, self->rules, household, month, self->lang, error);
          if (m.result == NULL)
            {
              g_ptr_array_unref (m.changes);
              goto out;
            }
          if (i > 0)
            {
              SimrisResult *previous = g_array_index (self->months, Month, i - 1).result;
              cause_changes (self, before, now, m.result, m.changes);
              effect_changes (self, previous, m.result, m.changes);
            }
        }

      self->total += simris_result_get_amount_month (m.result);
      {
        SimrisCents aid = 0;

        if (simris_result_get_maintenance_aid (m.result, NULL, &aid, NULL))
          self->maintenance_aid_total += aid;
      }
      g_array_append_val (self->months, m);
    }
  ok = TRUE;

out:
  for (guint i = 0; i < 2; i++)
    g_clear_pointer (&states[i].facts, g_byte_array_unref);
  return ok ? g_steal_pointer (&self) : NULL;
}

const char *
simris_timeline_get_lang (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), NULL);
  return self->lang;
}

SimrisDate
simris_timeline_get_from (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), 0);
  return g_array_index (self->months, Month, 0).month;
}

SimrisDate
simris_timeline_get_to (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), 0);
  return g_array_index (self->months, Month, self->months->len - 1).month;
}

guint
simris_timeline_get_n_months (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), 0);
  return self->months->len;
}

SimrisDate
simris_timeline_get_month (SimrisTimeline *self,
                           guint           i)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), 0);
  g_return_val_if_fail (i < self->months->len, 0);
  return g_array_index (self->months, Month, i).month;
}

SimrisResult *
simris_timeline_get_result (SimrisTimeline *self,
                            guint           i)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (i < self->months->len, NULL);
  return g_array_index (self->months, Month, i).result;
}

GPtrArray *
simris_timeline_get_changes (SimrisTimeline *self,
                             guint           i)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (i < self->months->len, NULL);
  return g_array_index (self->months, Month, i).changes;
}

gboolean
simris_timeline_has_change (SimrisTimeline *self,
                            guint           i,
                            const char     *code)
{
  GPtrArray *changes = simris_timeline_get_changes (self, i);

  for (guint j = 0; changes != NULL && j < changes->len; j++)
    {
      SimrisTimelineChange *c = g_ptr_array_index (changes, j);
      if (g_str_equal (c->code, code))
        return TRUE;
    }
  return FALSE;
}

SimrisCents
simris_timeline_get_total (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), 0);
  return self->total;
}

/* The specific aid for maintenance paid (art. 68quinquies LO) over the period, beside the
 * benefit's total: the sum of the months' aid. */
SimrisCents
simris_timeline_get_maintenance_aid_total (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), 0);
  return self->maintenance_aid_total;
}

/* The benefit of the case (the first month's result says it: the case does not change it). */
SimrisBenefit
simris_timeline_get_benefit (SimrisTimeline *self)
{
  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), SIMRIS_BENEFIT_INTEGRATION_INCOME);
  if (self->months->len == 0)
    return SIMRIS_BENEFIT_INTEGRATION_INCOME;
  return simris_result_get_benefit (g_array_index (self->months, Month, 0).result);
}

SimrisResult *
simris_timeline_compute_month (SimrisTimeline *self,
                               guint           i,
                               GError        **error)
{
  Month *m;

  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (i < self->months->len, NULL);

  m = &g_array_index (self->months, Month, i);
  if (!m->shared)
    return g_object_ref (m->result);
  return simris_engine_compute_with_rules (self->params, self->rules, self->household, m->month, self->lang, error);
}

static char *
month_iso (SimrisDate month)
{
  return simris_timeline_format_month (month, "en");
}

JsonNode *
simris_timeline_to_json (SimrisTimeline *self,
                         gboolean        steps)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (SIMRIS_IS_TIMELINE (self), NULL);

  from = month_iso (simris_timeline_get_from (self));
  to = month_iso (simris_timeline_get_to (self));
  total = simris_money_to_string (self->total);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "simris_timeline");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, to);
  json_builder_set_member_name (builder, "benefit");
  json_builder_add_string_value (builder, simris_benefit_to_string (simris_timeline_get_benefit (self)));
  json_builder_set_member_name (builder, "total");
  json_builder_add_string_value (builder, total);
  {
    g_autofree char *aid = simris_money_to_string (self->maintenance_aid_total);

    json_builder_set_member_name (builder, "maintenance_aid_total");
    json_builder_add_string_value (builder, aid);
  }
  json_builder_set_member_name (builder, "months");
  json_builder_begin_array (builder);

  for (guint i = 0; i < self->months->len; i++)
    {
      Month *m = &g_array_index (self->months, Month, i);
      g_autoptr(SimrisResult) exact = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GList) names = NULL;
      g_autofree char *month = month_iso (m->month);
      g_autofree char *reference = simris_date_to_iso (m->month);
      JsonObject *object;

      /* A shared result carries an earlier month's trace: give the steps of this month. */
      if (steps && m->shared)
        exact = simris_timeline_compute_month (self, i, NULL);
      node = simris_result_to_json (exact != NULL ? exact : m->result);
      object = json_node_get_object (node);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "month");
      json_builder_add_string_value (builder, month);
      names = json_object_get_members (object);
      for (GList *l = names; l != NULL; l = l->next)
        {
          const char *name = l->data;

          if (g_str_equal (name, "simris_result") || (!steps && g_str_equal (name, "steps")))
            continue;
          json_builder_set_member_name (builder, name);
          if (g_str_equal (name, "reference_date"))
            json_builder_add_string_value (builder, reference);
          else
            json_builder_add_value (builder, json_node_copy (json_object_get_member (object, name)));
        }

      json_builder_set_member_name (builder, "changes");
      json_builder_begin_array (builder);
      for (guint j = 0; j < m->changes->len; j++)
        {
          SimrisTimelineChange *c = g_ptr_array_index (m->changes, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, c->code);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, c->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
