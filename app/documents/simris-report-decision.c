/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The decision itself (docs/calculation.md §10): the letterhead, the facts, the decision,
 * its grounds, what the applicant must do, the appeal notice and the signatures.
 *
 * Legal content (checked against): formal motivation law of 29/07/1991; Charter of the
 * social insured, law of 11/04/1995, art. 14 (missing mentions: the appeal period does not
 * run); loi 26/05/2002 art. 20 (hearing: mi-is.be FAQ "l'intéressé a-t-il le droit d'être
 * entendu", bdas-wwsb.brussels 5.1), art. 21 (decision within 30 days, notified within
 * 8 days), art. 47 (appeal to the labour court within 3 months), art. 3, 6° and art. 24
 * §1, 2° (advance and recovery, seed 000); Judicial Code art. 728 and 1017 (appearance,
 * costs borne by the institution). */

#define G_LOG_DOMAIN "SimrisReport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-date.h"
#include "simris-enums.h"
#include "simris-labour-court.h"
#include "simris-member.h"
#include "simris-parameters.h"
#include "simris-pending-benefit.h"
#include "simris-resource.h"
#include "simris-rules.h"
#include "simris-codes.h"
#include "simris-report-private.h"

static gboolean
strv_contains (const char * const *strv,
               const char         *str)
{
  return strv != NULL && g_strv_contains (strv, str);
}

/* The applicant studies full time (the member's "student"). */
static gboolean
applicant_studies (SimrisReport *self)
{
  SimrisMember *applicant = simris_household_get_applicant (self->household);

  return applicant != NULL && simris_member_get_student (applicant);
}

static void
build_letterhead (SimrisReport *self)
{
  static const double cols[] = { 0.55, 0.45 };
  const char *cpas = simris_report_decision_field (self, "cpas_name");
  const char *address = simris_report_decision_field (self, "cpas_address");
  const char *reference = simris_report_decision_field (self, "case_reference");
  const char *worker = simris_report_decision_field (self, "social_worker");
  g_autoptr (GString) left = g_string_new (NULL);
  g_autoptr (GString) right = g_string_new (NULL);
  g_autofree char *draft_date = NULL;
  g_autofree char *e = NULL;
  const char *cells[2];
  SimrisPageTable *t;

  if (cpas != NULL)
    {
      e = simris_report_esc (cpas);
      g_string_append_printf (left, "<span size=\"%d\" weight=\"bold\">%s</span>\n",
                              (int) (13 * PANGO_SCALE), e);
      g_clear_pointer (&e, g_free);
    }
  else
    {
      /* Translators: a placeholder on the letterhead when the CPAS (OCMW) is not given. */
      e = simris_report_placeholder (T (N_("[CPAS name]")));
      g_string_append_printf (left, "<span size=\"%d\" weight=\"bold\">%s</span>\n",
                              (int) (13 * PANGO_SCALE), e);
      g_clear_pointer (&e, g_free);
    }
  if (address != NULL)
    {
      e = simris_report_esc (address);
      g_string_append_printf (left, "%s\n", e);
      g_clear_pointer (&e, g_free);
    }
  else
    {
      e = simris_report_placeholder (T (N_("[CPAS address]")));
      g_string_append_printf (left, "%s\n", e);
      g_clear_pointer (&e, g_free);
    }
  /* Translators: the deciding body of the CPAS (fr "Comité spécial du service social",
   * nl "Bijzonder Comité voor de Sociale Dienst"). */
  e = simris_report_esc (T (N_("Special Committee for Social Services")));
  g_string_append_printf (left, "<i>%s</i>", e);
  g_clear_pointer (&e, g_free);

  /* The right column: label and value lines. The draft's date is the day it is made (or the
   * date the case gives), never the application's. */
  if (simris_report_decision_field (self, "draft_date") != NULL)
    draft_date = simris_report_format_date (simris_report_decision_field (self, "draft_date"), self->lang);
  else
    draft_date = simris_date_format (simris_report_today (), self->lang);

  {
    struct { const char *label; const char *value; const char *missing; } rows[] = {
      { N_("File reference"), reference, N_("[file reference]") },
      { N_("Date of the draft"), draft_date, NULL },
      { N_("Social worker"), worker, N_("[social worker]") },
      /* Translators: the service of the CPAS that handles the file (Charter of the social
       * insured, art. 14, 5°): fr "Service social", nl "Sociale dienst". */
      { N_("Service handling the file"), T (N_("Social service")), NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autofree char *label = simris_report_esc (T (rows[i].label));
        g_autofree char *value = rows[i].value != NULL ? simris_report_esc (rows[i].value)
                                                       : simris_report_placeholder (T (rows[i].missing));

        g_string_append_printf (right, "%s<span foreground=\"#5f6068\">%s</span>\n%s",
                                i > 0 ? "\n" : "", label, value);
      }
  }

  t = simris_page_layout_add_table (self->doc, 2, cols);
  simris_page_table_set_pad_x (t, 0);
  cells[0] = left->str;
  cells[1] = right->str;
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_PLAIN, "lr", SIMRIS_PAGE_SIZE_BODY, cells);

  /* The addressee, as on a letter: the applicant's name and address. */
  {
    const char *applicant_address = simris_report_decision_field (self, "applicant_address");
    g_autofree char *who = simris_report_applicant_display (self);
    g_autofree char *where = NULL;
    g_autofree char *block = NULL;
    const char *row[2];

    if (applicant_address != NULL)
      where = simris_report_esc (applicant_address);
    else
      /* Translators: a placeholder on the letterhead when the applicant's address is not given. */
      where = simris_report_placeholder (T (N_("[address of the applicant]")));
    /* "Madame", "Monsieur": as the case gives it, before the name. */
    if (simris_report_decision_field (self, "applicant_title") != NULL)
      {
        g_autofree char *title = simris_report_esc (simris_report_decision_field (self, "applicant_title"));

        block = g_strdup_printf ("%s %s\n%s", title, who, where);
      }
    else
      block = g_strdup_printf ("%s\n%s", who, where);
    row[0] = "";
    row[1] = block;
    simris_page_layout_add_space (self->doc, 10.0);
    simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_PLAIN, "ll", SIMRIS_PAGE_SIZE_BODY, row);
  }
}

static void
build_title (SimrisReport *self)
{
  SimrisTextStyle style = { 0 };
  g_autofree char *title = simris_report_esc (BT (SIMRIS_WORDING_TITLE, N_("Decision on the right to social integration: integration income")));

  style.size = SIMRIS_PAGE_SIZE_H1;
  style.bold = TRUE;
  style.space_before = 18.0;
  style.space_after = 4.0;
  style.color = simris_page_ink_head;
  style.keep_with_next = TRUE;
  style.line_spacing = 1.1;
  simris_page_layout_add_text (self->doc, &style, title);
}
static void
build_facts (SimrisReport *self)
{
  GListModel *members = G_LIST_MODEL (self->household);
  guint n = g_list_model_get_n_items (members);
  SimrisDate ref = simris_result_get_reference_date (self->result);
  g_autofree char *ref_text = simris_date_format (ref, self->lang);
  const char *application = simris_report_decision_field (self, "application_date");
  g_autofree char *who = simris_report_applicant_display (self);
  SimrisMember *applicant = simris_household_get_applicant (self->household);
  g_autofree char *born = NULL;
  g_autofree char *sentence = NULL;
  gboolean any_resource = FALSE;
  gboolean any_pending = FALSE;

  simris_page_layout_add_heading (self->doc, 1, T (N_("Facts")));

  if (applicant != NULL)
    born = simris_report_format_date (simris_member_get_birth_date (applicant), self->lang);

  if (application != NULL)
    {
      g_autofree char *app_text = simris_report_format_date (application, self->lang);
      g_autofree char *e_born = simris_report_esc (born);
      g_autofree char *e_app = simris_report_esc (app_text);

      /* Translators: %1$s is the applicant's name, %2$s the date of birth, %3$s the date of
       * the application. Keep the wording neutral: no "né(e)", "geboren" is fine. */
      sentence = simris_report_markup_printf (BT (SIMRIS_WORDING_FACTS_APPLIED_ON, N_("The applicant, %1$s (date of birth: %2$s), applied for the integration "
                                      "income on %3$s.")),
                                  who, e_born, e_app);
    }
  else
    {
      g_autofree char *e_born = simris_report_esc (born);

      /* Translators: %1$s is the applicant's name, %2$s the date of birth. Keep the wording
       * neutral: no "né(e)". */
      sentence = simris_report_markup_printf (BT (SIMRIS_WORDING_FACTS_APPLIED, N_("The applicant, %1$s (date of birth: %2$s), applied for the integration "
                                      "income.")),
                                  who, e_born);
    }
  simris_page_layout_add_para (self->doc, sentence);
  if (simris_report_decision_field (self, "national_register_number") != NULL)
    {
      g_autofree char *s = NULL;

      /* Translators: %s is the applicant's national register number. */
      s = g_strdup_printf (T (N_("National register number: %s.")),
                           simris_report_decision_field (self, "national_register_number"));
      simris_page_layout_add_para_text (self->doc, s);
    }
  {
    g_autofree char *e_ref = simris_report_esc (ref_text);
    g_autofree char *s = NULL;

    /* Translators: %s is the reference date. */
    s = simris_report_markup_printf (T (N_("The situation is examined as it stands on %s (reference date); "
                               "the household is composed as follows.")),
                         e_ref);
    simris_page_layout_add_para (self->doc, s);
  }

  /* Members. */
  {
    static const double cols[] = { 0.24, 0.18, 0.08, 0.14, 0.36 };
    g_autofree char *h0 = simris_report_esc (T (N_("Member")));
    g_autofree char *h1 = simris_report_esc (T (N_("Relation")));
    g_autofree char *h2 = simris_report_esc (T (N_("Age")));
    g_autofree char *h3 = simris_report_esc (T (N_("In the household")));
    g_autofree char *h4 = simris_report_esc (T (N_("Remarks")));
    const char *head[] = { h0, h1, h2, h3, h4 };
    guint first;
    SimrisPageTable *t;

    simris_page_layout_add_heading (self->doc, 2, T (N_("Members of the household")));
    t = simris_page_layout_add_table (self->doc, 5, cols);
    first = simris_page_layout_get_n_pieces (self->doc);
    simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llrcl", SIMRIS_PAGE_SIZE_TABLE, head);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
        g_autoptr (GPtrArray) remarks = g_ptr_array_new_with_free_func (g_free);
        SimrisDate birth;
        g_autofree char *c0 = simris_report_esc (simris_report_member_name (self, simris_member_get_id (m)));
        g_autofree char *c1 = simris_report_esc (simris_relation_get_label (simris_member_get_relation (m), self->lang));
        g_autofree char *c2 = NULL;
        g_autofree char *c3 = NULL;
        g_autofree char *c4 = NULL;
        g_autofree char *joined = NULL;
        const char *row[5];
        gboolean lives = simris_member_get_lives_in_household (m)
                         || simris_member_get_relation (m) == SIMRIS_RELATION_APPLICANT;

        if (simris_date_parse (simris_member_get_birth_date (m), &birth))
          c2 = g_strdup_printf ("%d", simris_date_age_at (birth, ref));
        else
          c2 = g_strdup ("");
        /* docs/calculation.md §2.1: at the address on a separate household is not "in the
         * household" for the law. */
        if (lives && simris_member_get_relation (m) != SIMRIS_RELATION_APPLICANT
            && simris_member_get_relation (m) != SIMRIS_RELATION_PARTNER
            && !simris_member_get_shares_household (m))
          c3 = simris_report_esc (T (N_("lives at the address, separate household")));
        else
          c3 = simris_report_esc (lives ? T (N_("yes")) : T (N_("no")));

        /* Translators: remarks on a member, in words that fit anyone: no "marié(e)" or
         * "étudiant(e)" (e.g. fr "dans les liens du mariage", "fait des études de plein
         * exercice"). */
        if (simris_member_get_married (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("is married"))));
        if (simris_member_get_student (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("studies full time"))));
        if (simris_member_get_disabled (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("disabled"))));
        if (simris_member_get_pregnant (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("pregnant"))));
        if (simris_member_get_custody (m) == SIMRIS_CUSTODY_ALTERNATING)
          g_ptr_array_add (remarks, g_strdup (T (N_("alternating custody"))));
        if (simris_member_get_also_applies (m))
          g_ptr_array_add (remarks, g_strdup (T (N_("applies for the integration income too"))));
        if (simris_member_get_dependent_of (m) != NULL)
          /* Translators: a minor whose costs are borne by %s. */
          g_ptr_array_add (remarks, g_strdup_printf (T (N_("in the charge of %s")),
                                                     simris_report_member_name (self, simris_member_get_dependent_of (m))));
        g_ptr_array_add (remarks, NULL);
        /* Translators: the separator between remarks in a list, e.g. "married, student". */
        joined = g_strjoinv (", ", (char **) remarks->pdata);
        c4 = simris_report_esc (joined);

        row[0] = c0; row[1] = c1; row[2] = c2; row[3] = c3; row[4] = c4;
        simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llrcl", SIMRIS_PAGE_SIZE_TABLE, row);
      }
    simris_page_layout_end_table (self->doc, first);
  }

  /* Resources, as entered. */
  for (guint i = 0; i < n && !any_resource; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      any_resource = g_list_model_get_n_items (simris_member_get_resources (m)) > 0;
    }
  simris_page_layout_add_heading (self->doc, 2, T (N_("Resources declared")));
  if (!any_resource)
    simris_page_layout_add_para_text (self->doc, T (N_("No resource was declared for any member of the household.")));
  else
    {
      static const double cols[] = { 0.19, 0.27, 0.16, 0.12, 0.26 };
      g_autofree char *h0 = simris_report_esc (T (N_("Member")));
      g_autofree char *h1 = simris_report_esc (T (N_("Kind")));
      g_autofree char *h2 = simris_report_esc (T (N_("Amount")));
      g_autofree char *h3 = simris_report_esc (T (N_("Period")));
      g_autofree char *h4 = simris_report_esc (T (N_("Details")));
      const char *head[] = { h0, h1, h2, h3, h4 };
      SimrisPageTable *t = simris_page_layout_add_table (self->doc, 5, cols);
      guint first = simris_page_layout_get_n_pieces (self->doc);

      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llrll", SIMRIS_PAGE_SIZE_TABLE, head);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
          GListModel *resources = simris_member_get_resources (m);
          guint n_res = g_list_model_get_n_items (resources);

          for (guint j = 0; j < n_res; j++)
            {
              g_autoptr (SimrisResource) r = g_list_model_get_item (resources, j);
              g_autoptr (GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
              g_autofree char *c0 = simris_report_esc (simris_report_member_name (self, simris_member_get_id (m)));
              g_autofree char *c1 = simris_report_esc (simris_resource_kind_get_label (simris_resource_get_kind (r), self->lang));
              g_autofree char *c2 = simris_report_money (self, simris_resource_get_amount (r));
              g_autofree char *c3 = simris_report_esc (simris_period_get_label (simris_resource_get_period (r), self->lang));
              g_autofree char *joined = NULL;
              g_autofree char *c4 = NULL;
              const char *row[5];
              const char *label = simris_resource_get_label (r);

              if (label != NULL && *label != '\0')
                g_ptr_array_add (details, g_strdup (label));
              if (simris_resource_get_spi_start (r) != NULL)
                {
                  g_autofree char *d = simris_report_format_date (simris_resource_get_spi_start (r), self->lang);
                  /* Translators: the date work began while on the integration income
                   * (socio-professional exemption). */
                  g_ptr_array_add (details, g_strdup_printf (T (N_("work begun on %s")), d));
                }
              if (simris_resource_get_count (r) >= 0)
                /* Translators: the number of ALE (PWA) cheques the amount pays. */
                g_ptr_array_add (details, g_strdup_printf (simris_report_ntr (self->lang, "%d cheque", "%d cheques",
                                                                MAX (simris_resource_get_count (r), 0)),
                                                           simris_resource_get_count (r)));
              if (simris_resource_get_allowance_children (r) >= 0)
                /* Translators: real estate: children for whom the owner receives family allowances. */
                g_ptr_array_add (details,
                                 g_strdup_printf (simris_report_ntr (self->lang, "family allowances for %d child",
                                                       "family allowances for %d children",
                                                       MAX (simris_resource_get_allowance_children (r), 0)),
                                                  simris_resource_get_allowance_children (r)));
              g_ptr_array_add (details, NULL);
              joined = g_strjoinv (", ", (char **) details->pdata);
              c4 = simris_report_esc (joined);

              {
                g_autofree char *e2 = simris_report_esc (c2);
                row[0] = c0; row[1] = c1; row[2] = e2; row[3] = c3; row[4] = c4;
                simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llrll", SIMRIS_PAGE_SIZE_TABLE, row);
              }
            }
        }
      simris_page_layout_end_table (self->doc, first);
    }

  /* Benefits claimed but not yet paid. */
  for (guint i = 0; i < n && !any_pending; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      any_pending = g_list_model_get_n_items (simris_member_get_pending_benefits (m)) > 0;
    }
  if (any_pending)
    {
      static const double cols[] = { 0.22, 0.34, 0.26, 0.18 };
      g_autofree char *h0 = simris_report_esc (T (N_("Member")));
      g_autofree char *h1 = simris_report_esc (T (N_("Benefit")));
      g_autofree char *h2 = simris_report_esc (T (N_("Paying body")));
      g_autofree char *h3 = simris_report_esc (T (N_("Claimed on")));
      const char *head[] = { h0, h1, h2, h3 };
      guint first;
      SimrisPageTable *t;

      simris_page_layout_add_heading (self->doc, 2, T (N_("Benefits claimed, not yet paid")));
      t = simris_page_layout_add_table (self->doc, 4, cols);
      first = simris_page_layout_get_n_pieces (self->doc);
      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llll", SIMRIS_PAGE_SIZE_TABLE, head);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
          GListModel *pending = simris_member_get_pending_benefits (m);

          for (guint j = 0; j < g_list_model_get_n_items (pending); j++)
            {
              g_autoptr (SimrisPendingBenefit) b = g_list_model_get_item (pending, j);
              const char *body = simris_pending_benefit_get_paying_body (b);
              const char *since = simris_pending_benefit_get_since (b);
              g_autofree char *since_text = simris_report_format_date (since, self->lang);
              g_autofree char *c0 = simris_report_esc (simris_report_member_name (self, simris_member_get_id (m)));
              g_autofree char *c1 = simris_report_esc (simris_resource_kind_get_label (simris_pending_benefit_get_kind (b), self->lang));
              g_autofree char *c2 = simris_report_esc (body != NULL ? body : T (N_("not known yet")));
              g_autofree char *c3 = simris_report_esc (since_text != NULL ? since_text : "");
              const char *row[] = { c0, c1, c2, c3 };

              simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llll", SIMRIS_PAGE_SIZE_TABLE, row);
            }
        }
      simris_page_layout_end_table (self->doc, first);
    }
}

static void
build_figures (SimrisReport *self)
{
  static const double cols[] = { 0.5, 0.5 };
  gboolean eligible = simris_result_get_eligible (self->result);
  g_autofree char *month = simris_report_money (self, simris_result_get_amount_month (self->result));
  g_autofree char *year = simris_report_money (self, simris_result_get_amount_year (self->result));
  g_autofree char *l_month = simris_report_esc (T (N_("Monthly amount")));
  g_autofree char *l_year = simris_report_esc (T (N_("Yearly amount")));
  g_autofree char *c0 = NULL;
  g_autofree char *c1 = NULL;
  const char *cells[2];
  SimrisPageTable *t = simris_page_layout_add_table (self->doc, 2, cols);

  simris_page_table_set_pad_x (t, 12.0);
  c0 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>\n"
                        "<span size=\"%d\" weight=\"bold\" foreground=\"%s\">%s</span>",
                        l_month, 21 * PANGO_SCALE, eligible ? "#1a3359" : "#6b1d0a", month);
  c1 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>\n"
                        "<span size=\"%d\" weight=\"bold\" foreground=\"%s\">%s</span>",
                        l_year, 15 * PANGO_SCALE, eligible ? "#1a3359" : "#6b1d0a", year);
  cells[0] = c0;
  cells[1] = c1;
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_FIGURES, "lr", SIMRIS_PAGE_SIZE_BODY, cells);
}

static void
build_decision (SimrisReport *self)
{
  gboolean eligible = simris_result_get_eligible (self->result);
  SimrisCategory category = simris_result_get_category (self->result);
  g_autofree char *cat = simris_report_esc (simris_category_get_label (category, self->lang));
  g_autofree char *who = simris_report_applicant_display (self);
  const char *application = simris_report_decision_field (self, "application_date");
  g_autofree char *app_text = application != NULL ? simris_report_format_date (application, self->lang) : NULL;
  g_autofree char *e_app = simris_report_esc (app_text);
  GPtrArray *advance = simris_result_get_advance (self->result);
  SimrisCents split_applicant = 0, split_partner = 0;

  simris_page_layout_add_heading (self->doc, 1, T (N_("Decision")));

  if (eligible)
    {
      g_autofree char *s = NULL;

      if (app_text != NULL)
        /* Translators: %1$s is the applicant's name, %2$s the category (e.g. "isolé"),
         * %3$s the date of the application. */
        s = simris_report_markup_printf (BT (SIMRIS_WORDING_GRANT_ON, N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                   "integration income at the rate of the category “%2$s”, from %3$s, "
                                   "the date of the application.")),
                             who, cat, e_app);
      else
        /* Translators: %1$s is the applicant's name, %2$s the category. */
        s = simris_report_markup_printf (BT (SIMRIS_WORDING_GRANT, N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                   "integration income at the rate of the category “%2$s”, from the date "
                                   "of the application (to be completed).")),
                             who, cat);
      simris_page_layout_add_para (self->doc, s);
    }
  else
    {
      const char * const *reasons = simris_result_get_ineligible_reasons (self->result);
      g_autofree char *s = NULL;

      guint n_reasons = reasons != NULL ? g_strv_length ((char **) reasons) : 0;

      /* Translators: %s is the applicant's name; the reasons follow, one a line. */
      s = simris_report_markup_printf (simris_report_benefit_refusal (simris_result_get_benefit (self->result),
                                                                      MAX (n_reasons, 1), self->lang) ?:
                                       simris_report_ntr (self->lang,
                                     "The Special Committee for Social Services refuses the integration income "
                                        "to the applicant, %s, for the following reason:",
                                     "The Special Committee for Social Services refuses the integration income "
                                        "to the applicant, %s, for the following reasons:",
                                     MAX (n_reasons, 1)),
                           who);
      simris_page_layout_add_para (self->doc, s);
      for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
        {
          g_autofree char *text = simris_result_dup_reason_text (self->result, reasons[i]);
          simris_page_layout_add_bullet_text (self->doc, text != NULL ? text : reasons[i], SIMRIS_BOX_NONE);
        }
    }

  /* A refusal for a condition other than the resources never reached the calculation: no
   * amount, no category that played no part. */
  if (!eligible && !strv_contains (simris_result_get_ineligible_reasons (self->result),
                                            SIMRIS_REASON_RESOURCES))
    return;

  build_figures (self);
  simris_report_add_benefit_extras (self->doc, self->result, self->lang);

  /* docs/calculation.md §5.1: the other applicants of the household, each decided apart. */
  {
    GPtrArray *applicants = simris_result_get_applicants (self->result);

    for (guint i = 1; applicants != NULL && i < applicants->len; i++)
      {
        SimrisApplicantAmount *a = g_ptr_array_index (applicants, i);
        g_autofree char *name = simris_report_esc (a->name);
        g_autofree char *m = a->computed ? simris_report_money (self, a->amount_month) : NULL;
        g_autofree char *s = NULL;

        if (a->computed)
          /* Translators: %1$s is another applicant of the household, %2$s their monthly amount */
          s = simris_report_markup_printf (T (N_("%1$s, who lives in the same household, also applies: their own decision "
                                                 "(%2$s a month as computed here) shares with this one what the cohabitants' "
                                                 "resources exceed.")),
                                           name, m);
        else
          /* Translators: %s is another applicant of the household */
          s = simris_report_markup_printf (T (N_("%s, who lives in the same household, also applies: their own decision is "
                                                 "made apart.")),
                                           name);
        simris_page_layout_add_para (self->doc, s);
      }
  }

  /* Category, start date, split: a small table of label and value. */
  {
    static const double cols[] = { 0.26, 0.74 };
    SimrisPageTable *t = simris_page_layout_add_table (self->doc, 2, cols);
    const char *reason = simris_result_get_category_finding (self->result);
    g_autofree char *l_cat = simris_report_esc (T (N_("Category")));
    g_autofree char *e_reason = simris_report_esc (reason);
    g_autofree char *v_cat = g_strdup_printf ("<b>%s</b>%s%s", cat, reason != NULL ? "\n" : "", e_reason);
    g_autofree char *l_start = simris_report_esc (T (N_("Start date")));
    g_autofree char *v_start = NULL;
    const char *row[2];

    simris_page_table_set_pad_x (t, 0);
    row[0] = l_cat;
    row[1] = v_cat;
    simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "ll", SIMRIS_PAGE_SIZE_BODY, row);

    /* A refusal has no start date. */
    if (eligible)
      {
        if (app_text != NULL)
          /* Translators: %s is the date of the application. */
          v_start = simris_report_markup_printf (T (N_("%s (date of the application)")), e_app);
        else
          v_start = simris_report_placeholder (T (N_("[date of the application]")));
        row[0] = l_start;
        row[1] = v_start;
        simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "ll", SIMRIS_PAGE_SIZE_BODY, row);
      }

    if (simris_result_get_split (self->result, &split_applicant, &split_partner))
      {
        g_autofree char *l_split = simris_report_esc (T (N_("Split between the partners")));
        g_autofree char *a = simris_report_money (self, split_applicant);
        g_autofree char *b = simris_report_money (self, split_partner);
        g_autofree char *v = NULL;
        g_autofree char *e_v = NULL;

        /* Translators: %1$s and %2$s are monthly amounts, %3$d the applicant's share in
         * percent (art. 14 §1, 3° of the law: the famille-à-charge amount split). */
        v = g_strdup_printf (T (N_("%1$s a month to the applicant and %2$s a month to the partner "
                                   "(the applicant's share: %3$d %%).")),
                             a, b, simris_result_get_split_share (self->result));
        e_v = simris_report_esc (v);
        row[0] = l_split;
        row[1] = e_v;
        simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "ll", SIMRIS_PAGE_SIZE_BODY, row);
      }
  }

  /* The advance on benefits claimed (docs/calculation.md §8; seed 000). */
  if (advance != NULL && advance->len > 0)
    {
      simris_page_layout_add_heading (self->doc, 2, T (N_("Advance on the benefits claimed")));
      simris_page_layout_add_para_text (self->doc, T (N_("The applicant has claimed the following benefits, which have not been paid yet:")));
      for (guint i = 0; i < advance->len; i++)
        {
          SimrisAdvanceBenefit *b = g_ptr_array_index (advance, i);
          const char *kind = simris_resource_kind_get_label (b->kind, self->lang);
          g_autofree char *s = NULL;

          if (b->paying_body != NULL)
            /* Translators: %1$s is a benefit (e.g. "unemployment benefit"), %2$s the paying
             * body (e.g. "CAPAC"), %3$s the member who claimed it. */
            s = g_strdup_printf (T (N_("%1$s, paid by %2$s (claimed by %3$s)")),
                                 kind, b->paying_body, simris_report_member_name (self, b->member_id));
          else
            /* Translators: %1$s is a benefit, %2$s the member who claimed it. */
            s = g_strdup_printf (T (N_("%1$s, paying body not known yet (claimed by %2$s)")),
                                 kind, simris_report_member_name (self, b->member_id));
          simris_page_layout_add_bullet_text (self->doc, s, SIMRIS_BOX_NONE);
        }
      if (simris_result_get_benefit (self->result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
        simris_page_layout_add_para_text (self->doc, BT (SIMRIS_WORDING_ADVANCE, NULL));
      else
      simris_page_layout_add_para_text (self->doc, T (N_("The integration income is paid as an advance on these benefits (art. 3, 6° "
                                 "and art. 24, §1, 2° of the law of 26 May 2002). The applicant signs an "
                                 "authorisation allowing the CPAS to recover the advance directly from the "
                                 "paying body, which pays the CPAS and pays the rest to the applicant.")));
      if (simris_result_get_benefit (self->result) != SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
      simris_page_layout_add_para_text (self->doc, T (N_("The CPAS is subrogated by law in the applicant's rights. The recovery is "
                                 "limited to the period for which the advance was paid and to the amount "
                                 "that would have been counted as resources for that period. The CPAS helps "
                                 "the applicant with the claim and may file it on the applicant's behalf.")));
    }
}

static void
build_grounds (SimrisReport *self)
{
  const char * const *reasons = simris_result_get_ineligible_reasons (self->result);
  GPtrArray *options = simris_result_get_options_applied (self->result);
  const char *regime = simris_result_get_art34_regime (self->result);
  const char *regime_reason = simris_result_get_art34_regime_reason (self->result);
  const char * const *assumed = simris_result_get_assumed_conditions (self->result);
  gboolean eligible = simris_result_get_eligible (self->result);
  /* A grant, or a refusal for the resources, rests on the calculation; a refusal for another
   * condition never reached it: the category, art. 34 and the CPAS's choices played no part
   * and are not said. */
  gboolean calculated = eligible || strv_contains (reasons, SIMRIS_REASON_RESOURCES);

  simris_page_layout_add_heading (self->doc, 1, T (N_("Grounds and legal basis")));

  simris_page_layout_add_para_text (self->doc, BT (SIMRIS_WORDING_LEGAL_BASIS, N_("Legal basis: the law of 26 May 2002 on the right to social integration, in "
                             "particular art. 3 (conditions), 14 (categories and amounts), 16 (resources) "
                             "and 24 (recovery); the royal decree of 11 July 2002 laying down the general "
                             "regulation on the right to social integration, in particular art. 22 to 35 "
                             "(calculation of resources); the law of 29 July 1991 on the formal motivation "
                             "of administrative acts; the law of 11 April 1995 establishing the Charter of "
                             "the social insured.")));

  /* The conditions of art. 3. */
  {
    static const double cols[] = { 0.62, 0.38 };
    g_autofree char *h0 = simris_report_esc (BT (SIMRIS_WORDING_CONDITIONS_HEADER, N_("Condition (art. 3 of the law)")));
    g_autofree char *h1 = simris_report_esc (T (N_("Finding")));
    const char *head[] = { h0, h1 };
    guint first;
    SimrisPageTable *t;

    simris_page_layout_add_heading (self->doc, 2, T (N_("Conditions of the right")));
    t = simris_page_layout_add_table (self->doc, 2, cols);
    first = simris_page_layout_get_n_pieces (self->doc);
    simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "ll", SIMRIS_PAGE_SIZE_TABLE, head);
    for (guint i = 0; i < simris_rules_n_conditions (); i++)
      {
        const char *code = simris_rules_nth_condition (i)->code;
        g_autofree char *label = simris_report_condition_label (self, code);
        g_autofree char *c0 = simris_report_esc (label);
        g_autofree char *c1 = NULL;
        const char *row[2];

        if (strv_contains (reasons, code))
          c1 = g_strdup_printf ("<b>%s</b>", T (N_("not met")));
        /* A student is not declared willing to work: the studies exempt (art. 3, 5°). */
        else if (g_strcmp0 (code, SIMRIS_REASON_WILLING_TO_WORK) == 0 && applicant_studies (self))
          c1 = simris_report_esc (T (N_("exempted: full-time studies, a reason of equity")));
        /* A condition nobody answered is never printed as met: a refusal did not examine
         * it, a grant leaves the finding to the social worker (the note lists them). */
        else if (strv_contains (assumed, code) && !eligible)
          /* Translators: a condition of the right a refusal did not need to examine. */
          c1 = simris_report_esc (T (N_("not examined")));
        else if (strv_contains (assumed, code))
          /* Translators: a blank in the conditions' table: the social worker confirms the
           * condition (nobody answered it in the case). */
          c1 = simris_report_placeholder (T (N_("[met: to be confirmed by the social service]")));
        else if (g_strcmp0 (code, SIMRIS_REASON_RESOURCES) == 0)
          c1 = simris_report_esc (T (N_("met (see the calculation)")));
        else
          c1 = simris_report_esc (T (N_("met")));
        row[0] = c0;
        row[1] = c1;
        simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "ll", SIMRIS_PAGE_SIZE_TABLE, row);
      }
    simris_page_layout_end_table (self->doc, first);
  }

  /* Category and resources: the figures the annex justifies (the category's reason is
   * given in the decision above). */
  if (calculated)
  {
    const char *cat = simris_category_get_label (simris_result_get_category (self->result), self->lang);
    g_autofree char *a = simris_report_money (self, simris_result_get_category_amount_year (self->result));
    g_autofree char *r = simris_report_money (self, simris_result_get_resources_counted_year (self->result));
    g_autofree char *e = simris_report_money (self, simris_result_get_exemptions_year (self->result));
    g_autofree char *s = NULL;

    simris_page_layout_add_heading (self->doc, 2, T (N_("Category and resources")));
    /* Translators: %1$s is the category, %2$s its yearly amount, %3$s the yearly resources
     * counted, %4$s the general exemption applied. */
    s = g_strdup_printf (BT (SIMRIS_WORDING_CATEGORY, N_("The yearly amount of the category “%1$s” (art. 14, §1 of the law) is %2$s. "
                               "The resources counted amount to %3$s a year and the general exemption "
                               "(art. 22, §2 of the royal decree) to %4$s. The calculation, with the legal "
                               "basis of each step, is set out in the annex.")),
                         cat, a, r, e);
    simris_page_layout_add_para_text (self->doc, s);
  }

  /* Art. 34: the resources of the people one lives with. */
  if (calculated && regime != NULL)
    {
      g_autofree char *s = NULL;
      const SimrisArt34RegimeInfo *info =
        simris_parameters_get_art34_regime (simris_parameters_get_default (), regime, 0);
      g_autofree char *act = info != NULL && info->act_date != 0 ? simris_date_format (info->act_date, self->lang) : NULL;
      g_autofree char *name = act != NULL
        /* Translators: the name of the rules of art. 34 ("2026"), then the date of the royal
         * decree that worded them */
        ? g_strdup_printf (T (N_("the rules of %s (royal decree of %s)")), regime, act)
        /* Translators: the name of the rules of art. 34, e.g. "2026" */
        : g_strdup_printf (T (N_("the rules of %s")), regime);

      simris_page_layout_add_heading (self->doc, 2, T (N_("Resources of the people living with the applicant")));
      /* Translators: %1$s names the rules of art. 34 applied, %2$s says why. */
      s = g_strdup_printf (T (N_("Art. 34 of the royal decree is applied according to %1$s. %2$s")),
                           name, regime_reason != NULL ? regime_reason : "");
      simris_page_layout_add_para_text (self->doc, s);
    }

  /* The CPAS's options and the other readings. */
  if (calculated && options != NULL && (options->len > 1
                          || (options->len == 1
                              && (regime == NULL
                                  || g_strcmp0 (((SimrisWarning *) g_ptr_array_index (options, 0))->code,
                                                SIMRIS_OPTION_ART34_REGIME) != 0))))
    {
      simris_page_layout_add_heading (self->doc, 2, T (N_("Choices left to the CPAS, as applied")));
      for (guint i = 0; i < options->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (options, i);

          /* Said in the paragraph above. */
          if (regime != NULL && g_strcmp0 (w->code, SIMRIS_OPTION_ART34_REGIME) == 0)
            continue;
          simris_page_layout_add_bullet_text (self->doc, w->text != NULL ? w->text : w->code, SIMRIS_BOX_NONE);
        }
    }

}

static void build_hearing (SimrisReport *self);


/* What a refusal must say beside the appeal (formal motivation, law of 29 July 1991; the
 * Charter of the social insured, art. 3): the right to social aid under the organic law of
 * 8 July 1976 on the public centres for social welfare (art. 1 and 57, §1), which the CPAS
 * examines on its own request, and a new application whenever the situation changes
 * (mi-is.be, "revenu d'intégration": the refusal of the integration income does not end the
 * right to social aid). No PIIS and no obligation of a beneficiary. */
static void
build_refusal_rights (SimrisReport *self)
{
  simris_page_layout_add_heading (self->doc, 1, T (N_("Your rights after this refusal")));
  simris_page_layout_add_bullet_text (self->doc,
                                      T (N_("You keep the right to social aid: under the organic law of 8 July 1976 "
                                            "on the public centres for social welfare (art. 1 and 57), the CPAS "
                                            "examines whether you need help to live in human dignity. Ask the "
                                            "social service.")), SIMRIS_BOX_NONE);
  simris_page_layout_add_bullet_text (self->doc,
                                      T (N_("You may make a new application for the integration income at any "
                                            "time, in particular when your situation changes.")), SIMRIS_BOX_NONE);
}

static void
build_obligations (SimrisReport *self)
{
  if (!simris_result_get_eligible (self->result))
    {
      build_refusal_rights (self);
      build_hearing (self);
      return;
    }
  simris_page_layout_add_heading (self->doc, 1, T (N_("Your obligations")));
  simris_page_layout_add_bullet_text (self->doc, T (N_("Report to the CPAS, without delay, every change in your resources or in your "
                               "situation (household, address, work, income).")), SIMRIS_BOX_NONE);
  {
    /* Art. 23, §5 of the law of 26 May 2002: the length comes from the table. */
    /* Translators: %s is a length, "7 days" (the table's figure) */
    g_autofree char *abroad = simris_rules_format_constant (N_("Tell the CPAS beforehand of any stay abroad of %s or more, "
                                                               "with its length and reason."),
                                                            SIMRIS_CONST_ABROAD_NOTICE_DAYS, self->lang);

    simris_page_layout_add_bullet_text (self->doc, abroad, SIMRIS_BOX_NONE);
  }
  simris_page_layout_add_bullet_text (self->doc, T (N_("Claim the other benefits you may be entitled to, in Belgium or abroad "
                               "(unemployment, sickness, disability, pension, allowances).")), SIMRIS_BOX_NONE);
  /* A student: the PIIS "full-time studies" (art. 11 of the law of 26 May 2002; the studies
   * an equity reason exempting from the availability for work, art. 3, 5°: ocmw-info-cpas.be,
   * "PIIS études de plein exercice"). */
  if (applicant_studies (self))
    simris_page_layout_add_bullet_text (self->doc,
                                        T (N_("An individualised project for social integration “full-time "
                                              "studies” (PIIS) is drawn up with you (art. 11 of the law of 26 May "
                                              "2002): you pursue your studies regularly, sit your exams and give "
                                              "the CPAS your results.")), SIMRIS_BOX_NONE);
  else if (simris_report_benefit_text (simris_result_get_benefit (self->result), SIMRIS_WORDING_PROJECT,
                                       self->lang) != NULL)
    simris_page_layout_add_bullet_text (self->doc, BT (SIMRIS_WORDING_PROJECT, NULL), SIMRIS_BOX_NONE);
  else
    {
      /* Art. 11 of the law: within 3 months of the grant (the table's constant). */
      g_autofree char *months = simris_rules_constant_text (SIMRIS_CONST_PIIS_MONTHS, self->lang);
      g_autofree char *project = NULL;

      /* Translators: %s is a length of time, "3 months". */
      project = g_strdup_printf (T (N_("An individualised project for social integration (PIIS) is drawn up with "
                                       "you within %s of the grant, unless you are exempted from it for health or "
                                       "equity reasons.")), months);
      simris_page_layout_add_bullet_text (self->doc, project, SIMRIS_BOX_NONE);
    }
  build_hearing (self);
}

static void
build_hearing (SimrisReport *self)
{
  const char *hearing = simris_report_decision_field (self, "hearing");
  const char *hearing_date = simris_report_decision_field (self, "hearing_date");

  /* Art. 20 of the law of 26 May 2002: the decision records whether the applicant was heard,
   * and when, or did not ask to be (the case's "hearing" and "hearing_date"). */
  simris_page_layout_add_heading (self->doc, 1, T (N_("Right to be heard")));
  /* The equivalent social aid is no decision under the law of 26 May 2002: its own wording
   * (simris-report-equivalent.c), without that law's art. 20 and 21. */
  if (simris_result_get_benefit (self->result) == SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID)
    {
      simris_page_layout_add_para_text (self->doc, BT (SIMRIS_WORDING_HEARD, NULL));
      g_autofree char *month = simris_rules_constant_text (SIMRIS_CONST_AID_DECISION_MONTHS, self->lang);
      g_autofree char *delay = g_strdup_printf (BT (SIMRIS_WORDING_DELAY, NULL), month);

      simris_page_layout_add_para_text (self->doc, delay);
      return;
    }
  if (g_strcmp0 (hearing, "heard") == 0)
    {
      g_autofree char *date = hearing_date != NULL ? simris_report_format_date (hearing_date, self->lang) : NULL;
      g_autofree char *e_date = date != NULL ? simris_report_esc (date)
                                             : simris_report_placeholder (T (N_("[date of the hearing]")));
      g_autofree char *s = NULL;

      /* Translators: %s is the date of the hearing. */
      s = simris_report_markup_printf (T (N_("The applicant was heard by the Special Committee for Social Services "
                                             "on %s (art. 20 of the law of 26 May 2002).")),
                                       e_date);
      simris_page_layout_add_para (self->doc, s);
    }
  else if (g_strcmp0 (hearing, "not_asked") == 0)
    simris_page_layout_add_para_text (self->doc,
                                      T (N_("The applicant was informed of the right to be heard by the Special "
                                            "Committee for Social Services, assisted or represented by a person of "
                                            "their choice (art. 20 of the law of 26 May 2002), and did not ask to "
                                            "be heard.")));
  else
    {
      g_autofree char *blank = simris_report_placeholder (T (N_("[the applicant was heard on … / did not ask to be "
                                                                "heard (art. 20 of the law of 26 May 2002)]")));

      simris_page_layout_add_para (self->doc, blank);
    }
  {
    g_autofree char *decide = simris_rules_constant_text (SIMRIS_CONST_DECISION_DAYS, self->lang);
    g_autofree char *notify = simris_rules_constant_text (SIMRIS_CONST_NOTIFICATION_DAYS, self->lang);
    g_autofree char *delay = NULL;

    /* Translators: %1$s and %2$s are lengths of time, "30 days" and "8 days" */
    delay = g_strdup_printf (T (N_("The CPAS decides within %1$s of the request and notifies its decision within "
                                   "%2$s, by registered letter or against receipt (art. 21 of the law of 26 May "
                                   "2002).")), decide, notify);
    simris_page_layout_add_para_text (self->doc, delay);
  }
}

static void
build_appeal (SimrisReport *self)
{
  g_autoptr (SimrisLabourCourt) court = simris_report_find_court (self);
  const char *reference = simris_report_decision_field (self, "case_reference");
  const char *worker = simris_report_decision_field (self, "social_worker");
  const char *cpas = simris_report_decision_field (self, "cpas_name");
  g_autofree char *where = NULL;
  g_autofree char *months = NULL;
  g_autofree char *months_markup = NULL;
  g_autofree char *s = NULL;

  simris_page_layout_add_heading (self->doc, 1, T (N_("Appeal")));

  /* 1°, 2°, 3°: the court, its address, the time limit and the form. */
  {
    g_autofree char *name = NULL;
    g_autofree char *address = NULL;

    if (court != NULL && court->court != NULL && court->division != NULL)
      /* Translators: a labour court and its division, e.g. "Tribunal du travail de Gand,
       * division de Gand". */
      {
        g_autofree char *e_court = simris_report_esc (court->court);
        g_autofree char *e_division = simris_report_esc (court->division);

        name = simris_report_markup_printf (T (N_("%1$s, %2$s")), e_court, e_division);
      }
    else if (court != NULL && court->court != NULL)
      name = simris_report_esc (court->court);

    if (court != NULL && court->address != NULL)
      address = simris_report_esc (court->address);
    else if (court != NULL && court->court != NULL)
      /* Translators: a placeholder: the table of courts knows the court but has no
       * address of its registry. */
      address = simris_report_placeholder (T (N_("[address of the registry of the labour court]")));
    else
      /* Translators: a placeholder when neither the CPAS's postcode nor the court's address is
       * known: which court to fill in (art. 628, 14° of the Judicial Code: the court of the
       * beneficiary's domicile). */
      address = simris_report_placeholder (T (N_("[the labour court of the district where the applicant lives "
                                                 "(art. 628, 14° of the Judicial Code), and its address]")));

    where = name != NULL ? g_strdup_printf ("%s, %s", name, address) : g_steal_pointer (&address);
  }
  months = simris_rules_constant_text (SIMRIS_CONST_APPEAL_MONTHS, self->lang);
  months_markup = simris_report_esc (months);
  /* Translators: %1$s is the labour court and its address (fr "tribunal du travail",
   * nl "arbeidsrechtbank"), %2$s a length of time, "3 months". */
  s = simris_report_markup_printf (BT (SIMRIS_WORDING_APPEAL, N_("You may appeal against this decision to the labour court: %1$s. The appeal must "
                             "be lodged within %2$s of the notification of this decision, by a request "
                             "filed at or sent by registered letter to the registry of the labour court "
                             "(art. 47 of the law of 26 May 2002).")),
                       where, months_markup);
  simris_page_layout_add_para (self->doc, s);

  /* 4°: the content of art. 728 and 1017 of the Judicial Code. */
  simris_page_layout_add_para_text (self->doc,
                                    T (N_("Before the labour court, you appear in person or through a lawyer. You "
                                          "may also be represented by your spouse or by a relative holding a "
                                          "written proxy and approved by the judge, or by a delegate of a "
                                          "representative workers' organisation holding a written proxy, and you "
                                          "may be assisted or represented by a delegate of a social organisation "
                                          "that defends the interests of people entitled to social integration "
                                          "(art. 728 of the Judicial Code). The appeal is free of charge. The costs "
                                          "of the proceedings are borne by the CPAS, unless the appeal is reckless "
                                          "or vexatious (art. 1017, second paragraph, of the Judicial Code). The "
                                          "appeal does not suspend this decision.")));

  /* 5°, 6°: the file, the service that handles it, and where to get explanations. */
  {
    g_autofree char *e_ref = reference != NULL ? simris_report_esc (reference) : simris_report_placeholder (T (N_("[file reference]")));
    g_autofree char *e_worker = worker != NULL ? simris_report_esc (worker) : simris_report_placeholder (T (N_("[social worker]")));
    g_autofree char *e_cpas = cpas != NULL ? simris_report_esc (cpas) : simris_report_placeholder (T (N_("[CPAS name]")));
    g_autofree char *file = NULL;

    /* Translators: %1$s is the file reference, %2$s the CPAS, %3$s the social worker. */
    file = simris_report_markup_printf (T (N_("Your file has the reference %1$s and is handled by the social service of %2$s "
                                  "(social worker: %3$s). You may get any explanation about this decision "
                                  "from that service; please quote your file reference.")),
                          e_ref, e_cpas, e_worker);
    simris_page_layout_add_para (self->doc, file);
  }

  simris_page_layout_add_para_text (self->doc,
                                    T (N_("If this decision does not contain all the mentions required by law, the "
                                          "appeal period does not start to run (art. 14 of the law of 11 April 1995 "
                                          "establishing the Charter of the social insured).")));
}

static void
build_signatures (SimrisReport *self)
{
  static const double cols[] = { 0.5, 0.5 };
  g_autofree char *place = simris_report_esc (T (N_("Done at ………………………, on ………………………")));
  g_autofree char *a = simris_report_esc (T (N_("The general director")));
  g_autofree char *b = simris_report_esc (T (N_("The chair")));
  g_autofree char *c0 = g_strdup_printf ("%s\n\n\n\n………………………………", a);
  g_autofree char *c1 = g_strdup_printf ("%s\n\n\n\n………………………………", b);
  const char *row[2];
  SimrisPageTable *t;

  /* The signatures never stand alone on a page: the last paragraph comes along. */
  {
    simris_page_piece_set_keep_with_next (simris_page_layout_get_last_piece (self->doc), TRUE);
  }
  {
    SimrisTextStyle style = *simris_page_style_body ();

    style.space_before = 14.0;
    style.keep_with_next = TRUE;
    simris_page_layout_add_text (self->doc, &style, place);
  }
  t = simris_page_layout_add_table (self->doc, 2, cols);
  simris_page_table_set_pad_x (t, 0);
  row[0] = c0;
  row[1] = c1;
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_PLAIN, "lr", SIMRIS_PAGE_SIZE_BODY, row);
}

/* The totals, so that the sum can be checked with a pencil: A − R + E = yearly amount,
 * yearly / 12 = monthly (docs/calculation.md §0). Kept together on one page. */
void
simris_report_build_decision (SimrisReport *self)
{
  build_letterhead (self);
  build_title (self);
  build_facts (self);
  build_decision (self);
  build_grounds (self);
  build_obligations (self);
  build_appeal (self);
  build_signatures (self);
}
