/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The annexes of the decision: the calculation (a part of the motivation) and, when asked,
 * the amounts over a period, other scenarios side by side and the income against earnings. */

#define G_LOG_DOMAIN "SimrisReport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "simris-member.h"
#include "simris-resource.h"
#include "simris-comparison.h"
#include "simris-sweep-chart.h"
#include "simris-timeline.h"
#include "simris-report-private.h"

static /* "1 234,56 €" preceded by an operator: + (adds), − (deducts), or nothing. */
char *
signed_money (SimrisReport *self,
              SimrisCents   cents,
              int           sign)
{
  g_autofree char *m = simris_report_money (self, cents);

  if (sign > 0)
    return g_strconcat ("+\u202f", m, NULL);
  if (sign < 0)
    return g_strconcat ("\u2212\u202f", m, NULL);
  return g_steal_pointer (&m);
}

static void
build_annex_summary (SimrisReport *self)
{
  SimrisCents a = simris_result_get_category_amount_year (self->result);
  SimrisCents r = simris_result_get_resources_counted_year (self->result);
  SimrisCents e = simris_result_get_exemptions_year (self->result);
  SimrisCents computed = MAX (0, a - r + e);
  SimrisCents year = simris_result_get_amount_year (self->result);
  SimrisCents month = simris_result_get_amount_month (self->result);

  {
    static const double cols[] = { 0.70, 0.06, 0.24 };
    const char *cat = simris_category_get_label (simris_result_get_category (self->result), self->lang);
    g_autofree char *l_a = NULL;
    g_autofree char *l_r = simris_report_esc (T (N_("Resources counted")));
    g_autofree char *l_e = simris_report_esc (T (N_("General exemption (art. 22, §2 of the royal decree)")));
    g_autofree char *l_y = simris_report_esc (BT (SIMRIS_WORDING_SUMMARY_YEAR, N_("Yearly integration income (not below zero)")));
    g_autofree char *l_m = simris_report_esc (BT (SIMRIS_WORDING_SUMMARY_MONTH, N_("Monthly integration income: the yearly amount ÷ 12, rounded to the cent")));
    g_autofree char *m_a = simris_report_money (self, a);
    g_autofree char *m_r = simris_report_money (self, r);
    g_autofree char *m_e = simris_report_money (self, e);
    g_autofree char *m_c = simris_report_money (self, computed);
    g_autofree char *m_y = simris_report_money (self, year);
    g_autofree char *m_m = simris_report_money (self, month);
    const char *row[3];
    SimrisPagePiece *last;
    SimrisPageTable *t;

    {
      g_autofree char *raw = NULL;
      /* Translators: %s is the category (e.g. "cohabitant"). */
      raw = g_strdup_printf (T (N_("Yearly amount of the category “%s” (art. 14, §1 of the law)")), cat);
      l_a = simris_report_esc (raw);
    }

    simris_page_layout_add_heading (self->doc, 2, T (N_("Summary")));
    t = simris_page_layout_add_table (self->doc, 3, cols);

    /* The block is kept whole: each row stays with the next. */
    row[0] = l_a; row[1] = ""; row[2] = m_a;
    simris_page_piece_set_keep_with_next (simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "lcr", SIMRIS_PAGE_SIZE_BODY, row), TRUE);
    row[0] = l_r; row[1] = "\u2212"; row[2] = m_r;
    simris_page_piece_set_keep_with_next (simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "lcr", SIMRIS_PAGE_SIZE_BODY, row), TRUE);
    row[0] = l_e; row[1] = "+"; row[2] = m_e;
    simris_page_piece_set_keep_with_next (simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "lcr", SIMRIS_PAGE_SIZE_BODY, row), TRUE);
    row[0] = l_y; row[1] = "="; row[2] = m_c;
    simris_page_piece_set_keep_with_next (simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_TOTAL, "lcr", SIMRIS_PAGE_SIZE_BODY, row), TRUE);
    if (year != computed)
      {
        g_autofree char *l_due = simris_report_esc (BT (SIMRIS_WORDING_SUMMARY_DUE, N_("Yearly integration income due (a condition of the right is not met)")));
        row[0] = l_due; row[1] = "="; row[2] = m_y;
        simris_page_piece_set_keep_with_next (simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_TOTAL, "lcr", SIMRIS_PAGE_SIZE_BODY, row), TRUE);
      }
    row[0] = l_m; row[1] = "="; row[2] = m_m;
    last = simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_TOTAL, "lcr", SIMRIS_PAGE_SIZE_BODY, row);
    simris_page_piece_set_keep_with_next (last, FALSE);
  }
}

static void
add_step_row (SimrisReport    *self,
              SimrisPageTable *t,
              SimrisStep      *step)
{
  gboolean strong = step->kind == SIMRIS_STEP_TOTAL || step->kind == SIMRIS_STEP_AMOUNT;
  g_autofree char *text = simris_report_esc (step->text);
  g_autofree char *rule = simris_report_esc (step->rule);
  g_autofree char *c0 = strong ? g_strdup_printf ("<b>%s</b>", text) : g_strdup (text);
  g_autofree char *c1 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>", rule);
  g_autofree char *c2 = NULL;
  const char *row[3];

  if (step->has_amount)
    {
      g_autofree char *m = signed_money (self, step->amount, step->amount_sign);
      g_autofree char *e_m = simris_report_esc (m);

      if (step->amount_sign == 0 && !strong)
        c2 = g_strdup_printf ("<span foreground=\"#6a6d77\">%s</span>", e_m);
      else if (strong)
        c2 = g_strdup_printf ("<b>%s</b>", e_m);
      else
        c2 = g_steal_pointer (&e_m);
    }
  row[0] = c0;
  row[1] = c1;
  row[2] = c2;
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llr", SIMRIS_PAGE_SIZE_TABLE, row);
}

/* The explanation trace, one row a step; a row never splits, the header row is repeated
 * on every page the table runs on. */
static void
build_annex_steps (SimrisReport *self)
{
  GPtrArray *steps = simris_result_get_steps (self->result);

  simris_page_layout_add_heading (self->doc, 2, T (N_("Steps of the calculation")));
  simris_page_layout_add_para_text (self->doc, T (N_("Each step of the calculation, in order, with its legal basis. Amounts are yearly "
                             "unless stated otherwise; + adds to the total of its kind, − deducts from it.")));

  if (steps != NULL && steps->len > 0)
    {
      static const double cols[] = { 0.52, 0.28, 0.20 };
      g_autofree char *h0 = simris_report_esc (T (N_("Step")));
      g_autofree char *h1 = simris_report_esc (T (N_("Legal basis")));
      g_autofree char *h2 = simris_report_esc (T (N_("Amount")));
      const char *head[] = { h0, h1, h2 };
      SimrisPageTable *t = simris_page_layout_add_table (self->doc, 3, cols);
      guint first = simris_page_layout_get_n_pieces (self->doc);

      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llr", SIMRIS_PAGE_SIZE_TABLE, head);
      for (guint i = 0; i < steps->len; i++)
        {
          SimrisStep *step = g_ptr_array_index (steps, i);

          /* The conditions stand in the grounds, as the CPAS finds them; those the tool
           * assumed are listed in the note for the social worker. */
          if (step->kind != SIMRIS_STEP_CONDITION)
            add_step_row (self, t, step);
        }
      simris_page_layout_end_table (self->doc, first);
    }
}

/* ---- the optional annexes ------------------------------------------------------------------ */

/* "Amounts over the period": one row a month (docs/calculation.md §14), then the total. */
static void
build_annex_timeline (SimrisReport *self)
{
  static const double cols[] = { 0.13, 0.23, 0.18, 0.46 };
  SimrisTimeline *tl = self->timeline;
  guint n = simris_timeline_get_n_months (tl);
  g_autofree char *h0 = simris_report_esc (T (N_("Month")));
  g_autofree char *h1 = simris_report_esc (T (N_("Category")));
  g_autofree char *h2 = simris_report_esc (T (N_("Monthly amount")));
  g_autofree char *h3 = simris_report_esc (T (N_("What changed")));
  const char *head[] = { h0, h1, h2, h3 };
  g_autofree char *from = NULL;
  g_autofree char *to = simris_timeline_format_month (simris_timeline_get_to (tl), self->lang);
  g_autofree char *intro = NULL;
  const char *application = simris_report_decision_field (self, "application_date");
  SimrisDate applied;
  SimrisCents total = 0;
  guint start = 0;
  SimrisPageTable *t;
  guint first;

  /* The right starts on the day of the application (art. 21 of the law of 26 May 2002): no
   * month before it is listed, whatever period was asked for. */
  if (application != NULL && simris_date_parse (application, &applied))
    while (start < n && simris_date_add_months (simris_timeline_get_month (tl, start), 1) <= applied)
      start++;
  if (start >= n)
    return;
  from = simris_timeline_format_month (simris_timeline_get_month (tl, start), self->lang);

  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Annex: amounts over the period")));
  /* Translators: the first and the last month of the period, e.g. "01/2026" and "12/2026". */
  intro = g_strdup_printf (T (N_("For information: the integration income month by month from %1$s to %2$s, each "
                                 "month computed with the situation of its first day and the resources present in "
                                 "it. The total is given for information; the decision grants the monthly amount.")),
                           from, to);
  simris_page_layout_add_para_text (self->doc, intro);

  t = simris_page_layout_add_table (self->doc, 4, cols);
  first = simris_page_layout_get_n_pieces (self->doc);
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llrl", SIMRIS_PAGE_SIZE_TABLE, head);
  for (guint i = start; i < n; i++)
    {
      SimrisResult *r = simris_timeline_get_result (tl, i);
      GPtrArray *changes = simris_timeline_get_changes (tl, i);
      g_autofree char *month = simris_timeline_format_month (simris_timeline_get_month (tl, i), self->lang);
      g_autofree char *amount = simris_report_money (self, simris_result_get_amount_month (r));
      g_autofree char *c0 = simris_report_esc (month);
      g_autofree char *c1 = NULL;
      g_autofree char *c2 = simris_report_esc (amount);
      g_autoptr(GString) c3 = g_string_new (NULL);
      const char *row[4];

      if (simris_result_get_eligible (r))
        c1 = simris_report_esc (simris_category_get_label (simris_result_get_category (r), self->lang));
      else
        c1 = simris_report_esc (T (N_("no right")));
      for (guint j = 0; changes != NULL && j < changes->len; j++)
        {
          SimrisTimelineChange *ch = g_ptr_array_index (changes, j);
          g_autofree char *e = simris_report_esc (ch->text);

          if (c3->len > 0)
            g_string_append_c (c3, '\n');
          g_string_append (c3, e);
        }
      row[0] = c0; row[1] = c1; row[2] = c2; row[3] = c3->str;
      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llrl", SIMRIS_PAGE_SIZE_TABLE, row);
      total += simris_result_get_amount_month (r);
    }
  {
    g_autofree char *total_text = simris_report_money (self, total);
    g_autofree char *l = NULL;
    g_autofree char *lt = NULL;
    g_autofree char *c2 = simris_report_esc (total_text);
    const char *row[4];

    g_autofree char *tot = simris_report_esc (T (N_("Total, for information")));

    /* Translators: the length of the period the total covers. */
    l = g_strdup_printf (simris_report_ntr (self->lang, "%d month", "%d months", n - start), (int) (n - start));
    lt = simris_report_esc (l);
    row[0] = tot; row[1] = lt; row[2] = c2; row[3] = "";
    simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_TOTAL, "llrl", SIMRIS_PAGE_SIZE_TABLE, row);
  }
  simris_page_layout_end_table (self->doc, first);
}

/* "Other scenarios": the base case and each scenario side by side, then the steps that differ. */
static void
build_annex_comparison (SimrisReport *self)
{
  static const double cols[] = { 0.34, 0.22, 0.22, 0.22 };
  SimrisComparison *cmp = self->comparison;
  guint n = simris_comparison_get_n_columns (cmp);
  g_autofree char *h0 = simris_report_esc (T (N_("Scenario")));
  g_autofree char *h1 = simris_report_esc (T (N_("Category")));
  g_autofree char *h2 = simris_report_esc (T (N_("Monthly amount")));
  g_autofree char *h3 = simris_report_esc (T (N_("Household total income a month")));
  const char *head[] = { h0, h1, h2, h3 };
  SimrisPageTable *t;
  guint first;

  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Annex: other scenarios")));
  simris_page_layout_add_para_text (self->doc, T (N_("For information: the same case computed with other assumptions. "
                                                     "Only the base case is decided.")));
  t = simris_page_layout_add_table (self->doc, 4, cols);
  first = simris_page_layout_get_n_pieces (self->doc);
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llrr", SIMRIS_PAGE_SIZE_TABLE, head);
  for (guint i = 0; i < n; i++)
    {
      SimrisCompareColumn *col = simris_comparison_get_column (cmp, i);
      g_autofree char *name = simris_report_esc (i == 0 ? T (N_("Base case")) : col->name);
      g_autofree char *cat = NULL;
      g_autofree char *m = simris_report_money (self, simris_result_get_amount_month (col->result));
      g_autofree char *tot = simris_report_money (self, col->total_month);
      g_autofree char *e_m = simris_report_esc (m);
      g_autofree char *e_tot = simris_report_esc (tot);
      const char *row[4];

      if (simris_result_get_eligible (col->result))
        cat = simris_report_esc (simris_category_get_label (simris_result_get_category (col->result), self->lang));
      else
        cat = simris_report_esc (T (N_("no right")));
      row[0] = name; row[1] = cat; row[2] = e_m; row[3] = e_tot;
      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llrr", SIMRIS_PAGE_SIZE_TABLE, row);
    }
  simris_page_layout_end_table (self->doc, first);

  for (guint i = 1; i < n; i++)
    {
      SimrisCompareColumn *col = simris_comparison_get_column (cmp, i);

      simris_page_layout_add_heading (self->doc, 2, col->name);
      for (guint j = 0; col->changes != NULL && j < col->changes->len; j++)
        simris_page_layout_add_bullet_text (self->doc, g_ptr_array_index (col->changes, j), SIMRIS_BOX_NONE);
      if (col->differs == NULL || col->differs->len == 0)
        simris_page_layout_add_para_text (self->doc, T (N_("No step of the calculation differs from the base case.")));
      else
        {
          /* The lead-in never ends a page alone. */
          simris_page_piece_set_keep_with_next (
            simris_page_layout_add_para_text (self->doc, T (N_("Steps that differ from the base case:"))), TRUE);
          for (guint j = 0; j < col->differs->len; j++)
            {
              SimrisStepDiff *d = g_ptr_array_index (col->differs, j);
              SimrisResult *r = d->step >= 0 ? col->result : simris_comparison_get_column (cmp, 0)->result;
              GPtrArray *steps = simris_result_get_steps (r);
              int k = d->step >= 0 ? d->step : d->base_step;
              SimrisStep *step = steps != NULL && k >= 0 && (guint) k < steps->len ? g_ptr_array_index (steps, k) : NULL;
              g_autofree char *e_why = simris_report_esc (d->why);
              g_autofree char *e_text = step != NULL ? simris_report_esc (step->text) : NULL;
              g_autofree char *e_rule = simris_report_esc (d->rule);
              g_autofree char *markup = NULL;

              /* The step (its text and its rule), then why it differs. */
              if (e_text != NULL)
                markup = g_strdup_printf ("%s <span foreground=\"#4a4d57\">(%s)</span> — <i>%s</i>", e_text, e_rule, e_why);
              else
                markup = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span> — <i>%s</i>", e_rule, e_why);
              simris_page_layout_add_bullet (self->doc, markup, SIMRIS_BOX_NONE);
            }
        }
    }
}

static void
draw_sweep_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  SimrisReport *self = user_data;
  SimrisSweepChartColours colours;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 7");

  simris_sweep_chart_print_colours (&colours);
  /* The member's present earnings marked on the chart, with their figures. */
  simris_sweep_chart_draw (self->sweep, cr, width, height, &colours, font, self->sweep_present, self->lang);
}

#define SWEEP_CHART_HEIGHT 300.0

/* The point of the member's present earnings (their first monthly work resource, as the
 * sweep varies it), when it lies on the sweep's grid; -1 otherwise. */
static int
sweep_present_point (SimrisReport *self)
{
  const char *id = simris_sweep_get_member_id (self->sweep);
  SimrisMember *member = simris_household_find_member (self->household, id);
  GListModel *resources = member != NULL ? simris_member_get_resources (member) : NULL;

  for (guint i = 0; resources != NULL && i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) r = g_list_model_get_item (resources, i);
      SimrisResourceKind kind = simris_resource_get_kind (r);

      if ((kind == SIMRIS_RESOURCE_KIND_WAGE || kind == SIMRIS_RESOURCE_KIND_SELF_EMPLOYED ||
           kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB) &&
          simris_resource_get_period (r) == SIMRIS_PERIOD_MONTH &&
          simris_resource_get_amount (r) >= 0)
        {
          for (guint k = 0; k < simris_sweep_get_n_points (self->sweep); k++)
            if (simris_sweep_get_point (self->sweep, k)->earnings == simris_resource_get_amount (r))
              return (int) k;
          return -1;
        }
    }
  return -1;
}

/* "Income against earnings": the chart of the earnings sweep and what it shows. */
static void
build_annex_sweep (SimrisReport *self)
{
  const char *id = simris_sweep_get_member_id (self->sweep);
  const char *name = g_hash_table_lookup (self->names, id);
  g_autofree char *summary = simris_sweep_dup_summary (self->sweep, self->lang);
  g_autofree char *intro = NULL;

  self->sweep_present = sweep_present_point (self);
  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Annex: income against earnings")));
  /* Translators: %s is the member's name. */
  intro = g_strdup_printf (T (N_("For information: the integration income and the household's income a month "
                                 "as %s's monthly net earnings vary, everything else unchanged.")),
                           name != NULL ? name : id);
  simris_page_layout_add_para_text (self->doc, intro);
  /* The layout holds a weak pointer: the report outlives its pieces. */
  simris_page_layout_add_drawing (self->doc, SWEEP_CHART_HEIGHT, draw_sweep_cb, self, NULL);
  if (summary != NULL)
    simris_page_layout_add_para_text (self->doc, summary);
  if (self->sweep_present >= 0)
    {
      g_autofree char *point = simris_sweep_dup_point_text (self->sweep, self->sweep_present, self->lang);
      g_autofree char *line = NULL;

      /* Translators: %s is a point of the chart, e.g. "Earnings €700.00: RIS €498.53,
       * household income €1,198.53 a month". */
      line = g_strdup_printf (T (N_("At the present earnings: %s.")), point);
      simris_page_layout_add_para_text (self->doc, line);
    }
}

void
simris_report_build_annexes (SimrisReport *self)
{
  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Annex: calculation")));
  build_annex_summary (self);
  build_annex_steps (self);
  if (self->timeline != NULL)
    build_annex_timeline (self);
  if (self->comparison != NULL)
    build_annex_comparison (self);
  if (self->sweep != NULL)
    build_annex_sweep (self);
}
