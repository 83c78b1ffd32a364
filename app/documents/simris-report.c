/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The reasoned decision draft (docs/calculation.md §10), laid out with Pango on Cairo.
 *
 * The document is built once as a list of "pieces" (headings, paragraphs, table rows,
 * spaces, page breaks), each with its PangoLayout measured for the page width; pagination
 * then places the pieces on pages: a paragraph may split between lines (never leaving
 * fewer than two lines at either end), a table row never splits and a table's header row
 * is repeated at the top of each page the table continues on, a heading always stays
 * with what follows. Drawing only replays the placed pieces, so the PDF, the printout
 * (GtkPrintOperation hands its own cairo context) and the tests see the same pages.
 *
 * Every word goes through simris_tr () in the document's language, independently of the
 * process's locale; amounts through simris_money_format () and dates through
 * simris_date_format (). The layouts use their own PangoContext (72 dpi, unhinted metrics)
 * so that the measures do not depend on the surface drawn on.
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
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "simris-date.h"
#include "simris-enums.h"
#include "simris-i18n.h"
#include "simris-labour-court.h"
#include "simris-member.h"
#include "simris-money.h"
#include "simris-page-layout.h"
#include "simris-parameters.h"
#include "simris-pending-benefit.h"
#include "simris-report.h"
#include "simris-resource.h"
#include "simris-rules.h"
#include "simris-codes.h"
#include "simris-scenario.h"
#include "simris-sweep-chart.h"
#include "simris-timeline.h"

struct _SimrisReport
{
  GObject           parent_instance;

  SimrisHousehold  *household;
  SimrisResult     *result;
  char             *lang;

  SimrisPageLayout *doc;
  GHashTable       *names;        /* member id → display name */
  gboolean          built;

  /* The optional annexes (NULL: none). */
  SimrisTimeline   *timeline;
  SimrisComparison *comparison;
  SimrisSweep      *sweep;
};

G_DEFINE_FINAL_TYPE (SimrisReport, simris_report, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_HOUSEHOLD,
  PROP_RESULT,
  PROP_LANG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- translation helpers --------------------------------------------------------------- */

/* simris_tr () with the format_arg attribute, so that the compiler checks every
 * translated format string against its arguments (like _()). */
static const char *tr (const char *lang,
                       const char *msgid) G_GNUC_FORMAT (2);

static const char *
tr (const char *lang,
    const char *msgid)
{
  return simris_tr (lang, msgid);
}

/* simris_ntr () likewise. */
static const char *ntr (const char *lang,
                        const char *singular,
                        const char *plural,
                        gulong      n) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

static const char *
ntr (const char *lang,
     const char *singular,
     const char *plural,
     gulong      n)
{
  return simris_ntr (lang, singular, plural, n);
}

#define T(msgid) tr (self->lang, (msgid))

static char *
esc (const char *text)
{
  return simris_page_escape (text);
}

/* Formats markup: the (translated) format's own text is escaped, the arguments are
 * markup already (escaped user text, placeholders). */
static char *markup_printf (const char *format,
                            ...) G_GNUC_PRINTF (1, 2);

static char *
markup_printf (const char *format,
               ...)
{
  g_autofree char *escaped = esc (format);
  va_list args;
  char *result;

  va_start (args, format);
  result = g_strdup_vprintf (escaped, args);
  va_end (args);
  return result;
}

static char *
format_date_iso (const char *iso,
                 const char *lang)
{
  SimrisDate date;

  if (iso != NULL && simris_date_parse (iso, &date))
    return simris_date_format (date, lang);
  return g_strdup (iso);
}

static const char *
decision_field (SimrisReport *self,
                const char   *name)
{
  const char *value = simris_household_get_decision_field (self->household, name);

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;
  return *value != '\0' ? value : NULL;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *str)
{
  return strv != NULL && g_strv_contains (strv, str);
}

/* ---- the document ------------------------------------------------------------------------ */

static const char *
member_name (SimrisReport *self,
             const char   *id)
{
  const char *name = id != NULL ? g_hash_table_lookup (self->names, id) : NULL;

  return name != NULL ? name : (id != NULL ? id : "");
}

/* A member is called by the name entered, else by the relation's label, numbered when
 * several members share it ("child 2"). */
static void
compute_names (SimrisReport *self)
{
  GListModel *members = G_LIST_MODEL (self->household);
  guint n = g_list_model_get_n_items (members);
  int counts[SIMRIS_N_RELATIONS] = { 0 };
  int seen[SIMRIS_N_RELATIONS] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      const char *name = simris_member_get_name (m);

      if (name == NULL || *name == '\0')
        counts[simris_member_get_relation (m)]++;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SimrisMember) m = g_list_model_get_item (members, i);
      const char *name = simris_member_get_name (m);
      SimrisRelation rel = simris_member_get_relation (m);
      char *display;

      if (name != NULL && *name != '\0')
        display = g_strdup (name);
      else if (counts[rel] > 1)
        /* Translators: a member without a name: the relation's label and a number,
         * e.g. "child 2". */
        display = g_strdup_printf (T (N_("%1$s %2$d")), simris_relation_get_label (rel, self->lang),
                                   ++seen[rel]);
      else
        display = g_strdup (simris_relation_get_label (rel, self->lang));
      g_hash_table_insert (self->names, g_strdup (simris_member_get_id (m)), display);
    }
}

static char *
money (SimrisReport *self,
       SimrisCents   cents)
{
  return simris_money_format (cents, self->lang);
}

/* "1 234,56 €" preceded by an operator: + (adds), − (deducts), or nothing. */
static char *
signed_money (SimrisReport *self,
              SimrisCents   cents,
              int           sign)
{
  g_autofree char *m = money (self, cents);

  if (sign > 0)
    return g_strconcat ("+\u202f", m, NULL);
  if (sign < 0)
    return g_strconcat ("\u2212\u202f", m, NULL);
  return g_steal_pointer (&m);
}

static char *
placeholder (const char *text)
{
  g_autofree char *e = esc (text);

  return g_strdup_printf ("<span foreground=\"#8a2a0b\">%s</span>", e);
}

static char *applicant_display (SimrisReport *self);

static void
build_letterhead (SimrisReport *self)
{
  static const double cols[] = { 0.55, 0.45 };
  const char *cpas = decision_field (self, "cpas_name");
  const char *address = decision_field (self, "cpas_address");
  const char *reference = decision_field (self, "case_reference");
  const char *worker = decision_field (self, "social_worker");
  const char *application = decision_field (self, "application_date");
  g_autoptr (GString) left = g_string_new (NULL);
  g_autoptr (GString) right = g_string_new (NULL);
  g_autofree char *draft_date = NULL;
  g_autofree char *e = NULL;
  const char *cells[2];
  SimrisPageTable *t;

  if (cpas != NULL)
    {
      e = esc (cpas);
      g_string_append_printf (left, "<span size=\"%d\" weight=\"bold\">%s</span>\n",
                              (int) (13 * PANGO_SCALE), e);
      g_clear_pointer (&e, g_free);
    }
  else
    {
      /* Translators: a placeholder on the letterhead when the CPAS (OCMW) is not given. */
      e = placeholder (T (N_("[CPAS name]")));
      g_string_append_printf (left, "<span size=\"%d\" weight=\"bold\">%s</span>\n",
                              (int) (13 * PANGO_SCALE), e);
      g_clear_pointer (&e, g_free);
    }
  if (address != NULL)
    {
      e = esc (address);
      g_string_append_printf (left, "%s\n", e);
      g_clear_pointer (&e, g_free);
    }
  else
    {
      e = placeholder (T (N_("[CPAS address]")));
      g_string_append_printf (left, "%s\n", e);
      g_clear_pointer (&e, g_free);
    }
  /* Translators: the deciding body of the CPAS (fr "Comité spécial du service social",
   * nl "Bijzonder Comité voor de Sociale Dienst"). */
  e = esc (T (N_("Special Committee for Social Services")));
  g_string_append_printf (left, "<i>%s</i>", e);
  g_clear_pointer (&e, g_free);

  /* The right column: label and value lines. */
  if (application != NULL)
    draft_date = format_date_iso (application, self->lang);
  else
    draft_date = simris_date_format (simris_result_get_reference_date (self->result), self->lang);

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
        g_autofree char *label = esc (T (rows[i].label));
        g_autofree char *value = rows[i].value != NULL ? esc (rows[i].value)
                                                       : placeholder (T (rows[i].missing));

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
    const char *applicant_address = decision_field (self, "applicant_address");
    g_autofree char *who = applicant_display (self);
    g_autofree char *where = NULL;
    g_autofree char *block = NULL;
    const char *row[2];

    if (applicant_address != NULL)
      where = esc (applicant_address);
    else
      /* Translators: a placeholder on the letterhead when the applicant's address is not given. */
      where = placeholder (T (N_("[address of the applicant]")));
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
  g_autofree char *title = esc (T (N_("Decision on the right to social integration: integration income")));

  style.size = SIMRIS_PAGE_SIZE_H1;
  style.bold = TRUE;
  style.space_before = 18.0;
  style.space_after = 4.0;
  style.color = simris_page_ink_head;
  style.keep_with_next = TRUE;
  style.line_spacing = 1.1;
  simris_page_layout_add_text (self->doc, &style, title);
}

static char *
applicant_display (SimrisReport *self)
{
  SimrisMember *applicant = simris_household_get_applicant (self->household);
  const char *name = applicant != NULL ? simris_member_get_name (applicant) : NULL;

  if (name != NULL && *name != '\0')
    return esc (name);
  return placeholder (T (N_("[name of the applicant]")));
}

static void
build_facts (SimrisReport *self)
{
  GListModel *members = G_LIST_MODEL (self->household);
  guint n = g_list_model_get_n_items (members);
  SimrisDate ref = simris_result_get_reference_date (self->result);
  g_autofree char *ref_text = simris_date_format (ref, self->lang);
  const char *application = decision_field (self, "application_date");
  g_autofree char *who = applicant_display (self);
  SimrisMember *applicant = simris_household_get_applicant (self->household);
  g_autofree char *born = NULL;
  g_autofree char *sentence = NULL;
  gboolean any_resource = FALSE;
  gboolean any_pending = FALSE;

  simris_page_layout_add_heading (self->doc, 1, T (N_("Facts")));

  if (applicant != NULL)
    born = format_date_iso (simris_member_get_birth_date (applicant), self->lang);

  if (application != NULL)
    {
      g_autofree char *app_text = format_date_iso (application, self->lang);
      g_autofree char *e_born = esc (born);
      g_autofree char *e_app = esc (app_text);

      /* Translators: %1$s is the applicant's name, %2$s the date of birth, %3$s the date of
       * the application. Keep the wording neutral: no "né(e)", "geboren" is fine. */
      sentence = markup_printf (T (N_("The applicant, %1$s (date of birth: %2$s), applied for the integration "
                                      "income on %3$s.")),
                                  who, e_born, e_app);
    }
  else
    {
      g_autofree char *e_born = esc (born);

      /* Translators: %1$s is the applicant's name, %2$s the date of birth. Keep the wording
       * neutral: no "né(e)". */
      sentence = markup_printf (T (N_("The applicant, %1$s (date of birth: %2$s), applied for the integration "
                                      "income.")),
                                  who, e_born);
    }
  simris_page_layout_add_para (self->doc, sentence);
  {
    g_autofree char *e_ref = esc (ref_text);
    g_autofree char *s = NULL;

    /* Translators: %s is the reference date. */
    s = markup_printf (T (N_("The situation is examined as it stands on %s (reference date); "
                               "the household is composed as follows.")),
                         e_ref);
    simris_page_layout_add_para (self->doc, s);
  }

  /* Members. */
  {
    static const double cols[] = { 0.24, 0.18, 0.08, 0.14, 0.36 };
    g_autofree char *h0 = esc (T (N_("Member")));
    g_autofree char *h1 = esc (T (N_("Relation")));
    g_autofree char *h2 = esc (T (N_("Age")));
    g_autofree char *h3 = esc (T (N_("In the household")));
    g_autofree char *h4 = esc (T (N_("Remarks")));
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
        g_autofree char *c0 = esc (member_name (self, simris_member_get_id (m)));
        g_autofree char *c1 = esc (simris_relation_get_label (simris_member_get_relation (m), self->lang));
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
          c3 = esc (T (N_("lives at the address, separate household")));
        else
          c3 = esc (lives ? T (N_("yes")) : T (N_("no")));

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
                                                     member_name (self, simris_member_get_dependent_of (m))));
        g_ptr_array_add (remarks, NULL);
        /* Translators: the separator between remarks in a list, e.g. "married, student". */
        joined = g_strjoinv (", ", (char **) remarks->pdata);
        c4 = esc (joined);

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
      g_autofree char *h0 = esc (T (N_("Member")));
      g_autofree char *h1 = esc (T (N_("Kind")));
      g_autofree char *h2 = esc (T (N_("Amount")));
      g_autofree char *h3 = esc (T (N_("Period")));
      g_autofree char *h4 = esc (T (N_("Details")));
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
              g_autofree char *c0 = esc (member_name (self, simris_member_get_id (m)));
              g_autofree char *c1 = esc (simris_resource_kind_get_label (simris_resource_get_kind (r), self->lang));
              g_autofree char *c2 = money (self, simris_resource_get_amount (r));
              g_autofree char *c3 = esc (simris_period_get_label (simris_resource_get_period (r), self->lang));
              g_autofree char *joined = NULL;
              g_autofree char *c4 = NULL;
              const char *row[5];
              const char *label = simris_resource_get_label (r);

              if (label != NULL && *label != '\0')
                g_ptr_array_add (details, g_strdup (label));
              if (simris_resource_get_spi_start (r) != NULL)
                {
                  g_autofree char *d = format_date_iso (simris_resource_get_spi_start (r), self->lang);
                  /* Translators: the date work began while on the integration income
                   * (socio-professional exemption). */
                  g_ptr_array_add (details, g_strdup_printf (T (N_("work begun on %s")), d));
                }
              if (simris_resource_get_count (r) >= 0)
                /* Translators: the number of ALE (PWA) cheques the amount pays. */
                g_ptr_array_add (details, g_strdup_printf (ntr (self->lang, N_("%d cheque"), N_("%d cheques"),
                                                                MAX (simris_resource_get_count (r), 0)),
                                                           simris_resource_get_count (r)));
              if (simris_resource_get_allowance_children (r) >= 0)
                /* Translators: real estate: children for whom the owner receives family allowances. */
                g_ptr_array_add (details,
                                 g_strdup_printf (ntr (self->lang, N_("family allowances for %d child"),
                                                       N_("family allowances for %d children"),
                                                       MAX (simris_resource_get_allowance_children (r), 0)),
                                                  simris_resource_get_allowance_children (r)));
              g_ptr_array_add (details, NULL);
              joined = g_strjoinv (", ", (char **) details->pdata);
              c4 = esc (joined);

              {
                g_autofree char *e2 = esc (c2);
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
      g_autofree char *h0 = esc (T (N_("Member")));
      g_autofree char *h1 = esc (T (N_("Benefit")));
      g_autofree char *h2 = esc (T (N_("Paying body")));
      g_autofree char *h3 = esc (T (N_("Claimed on")));
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
              g_autofree char *since_text = format_date_iso (since, self->lang);
              g_autofree char *c0 = esc (member_name (self, simris_member_get_id (m)));
              g_autofree char *c1 = esc (simris_resource_kind_get_label (simris_pending_benefit_get_kind (b), self->lang));
              g_autofree char *c2 = esc (body != NULL ? body : T (N_("not known yet")));
              g_autofree char *c3 = esc (since_text != NULL ? since_text : "");
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
  g_autofree char *month = money (self, simris_result_get_amount_month (self->result));
  g_autofree char *year = money (self, simris_result_get_amount_year (self->result));
  g_autofree char *l_month = esc (T (N_("Monthly amount")));
  g_autofree char *l_year = esc (T (N_("Yearly amount")));
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
  g_autofree char *cat = esc (simris_category_get_label (category, self->lang));
  g_autofree char *who = applicant_display (self);
  const char *application = decision_field (self, "application_date");
  g_autofree char *app_text = application != NULL ? format_date_iso (application, self->lang) : NULL;
  g_autofree char *e_app = esc (app_text);
  GPtrArray *advance = simris_result_get_advance (self->result);
  SimrisCents split_applicant = 0, split_partner = 0;

  simris_page_layout_add_heading (self->doc, 1, T (N_("Decision")));

  if (eligible)
    {
      g_autofree char *s = NULL;

      if (app_text != NULL)
        /* Translators: %1$s is the applicant's name, %2$s the category (e.g. "isolé"),
         * %3$s the date of the application. */
        s = markup_printf (T (N_("The Special Committee for Social Services grants the applicant, %1$s, the "
                                   "integration income at the rate of the category “%2$s”, from %3$s, "
                                   "the date of the application.")),
                             who, cat, e_app);
      else
        /* Translators: %1$s is the applicant's name, %2$s the category. */
        s = markup_printf (T (N_("The Special Committee for Social Services grants the applicant, %1$s, the "
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
      s = markup_printf (ntr (self->lang,
                                     N_("The Special Committee for Social Services refuses the integration income "
                                        "to the applicant, %s, for the following reason:"),
                                     N_("The Special Committee for Social Services refuses the integration income "
                                        "to the applicant, %s, for the following reasons:"),
                                     MAX (n_reasons, 1)),
                           who);
      simris_page_layout_add_para (self->doc, s);
      for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
        {
          g_autofree char *text = simris_result_dup_reason_text (self->result, reasons[i]);
          simris_page_layout_add_bullet_text (self->doc, text != NULL ? text : reasons[i], SIMRIS_BOX_NONE);
        }
    }

  build_figures (self);

  /* docs/calculation.md §5.1: the other applicants of the household, each decided apart. */
  {
    GPtrArray *applicants = simris_result_get_applicants (self->result);

    for (guint i = 1; applicants != NULL && i < applicants->len; i++)
      {
        SimrisApplicantAmount *a = g_ptr_array_index (applicants, i);
        g_autofree char *name = esc (a->name);
        g_autofree char *m = a->computed ? money (self, a->amount_month) : NULL;
        g_autofree char *s = NULL;

        if (a->computed)
          /* Translators: %1$s is another applicant of the household, %2$s their monthly amount */
          s = markup_printf (T (N_("%1$s, who lives in the same household, also applies: their own decision "
                                   "(%2$s a month as computed here) shares with this one what the cohabitants' "
                                   "resources exceed.")),
                             name, m);
        else
          /* Translators: %s is another applicant of the household */
          s = markup_printf (T (N_("%s, who lives in the same household, also applies: their own decision is "
                                   "made apart.")),
                             name);
        simris_page_layout_add_para (self->doc, s);
      }
  }

  /* Category, start date, split: a small table of label and value. */
  {
    static const double cols[] = { 0.26, 0.74 };
    SimrisPageTable *t = simris_page_layout_add_table (self->doc, 2, cols);
    const char *reason = simris_result_get_category_reason (self->result);
    g_autofree char *l_cat = esc (T (N_("Category")));
    g_autofree char *e_reason = esc (reason);
    g_autofree char *v_cat = g_strdup_printf ("<b>%s</b>%s%s", cat, reason != NULL ? "\n" : "", e_reason);
    g_autofree char *l_start = esc (T (N_("Start date")));
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
          v_start = markup_printf (T (N_("%s (date of the application)")), e_app);
        else
          v_start = placeholder (T (N_("[date of the application]")));
        row[0] = l_start;
        row[1] = v_start;
        simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "ll", SIMRIS_PAGE_SIZE_BODY, row);
      }

    if (simris_result_get_split (self->result, &split_applicant, &split_partner))
      {
        g_autofree char *l_split = esc (T (N_("Split between the partners")));
        g_autofree char *a = money (self, split_applicant);
        g_autofree char *b = money (self, split_partner);
        g_autofree char *v = NULL;
        g_autofree char *e_v = NULL;

        /* Translators: %1$s and %2$s are monthly amounts, %3$d the applicant's share in
         * percent (art. 14 §1, 3° of the law: the famille-à-charge amount split). */
        v = g_strdup_printf (T (N_("%1$s a month to the applicant and %2$s a month to the partner "
                                   "(the applicant's share: %3$d %%).")),
                             a, b, simris_result_get_split_share (self->result));
        e_v = esc (v);
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
                                 kind, b->paying_body, member_name (self, b->member_id));
          else
            /* Translators: %1$s is a benefit, %2$s the member who claimed it. */
            s = g_strdup_printf (T (N_("%1$s, paying body not known yet (claimed by %2$s)")),
                                 kind, member_name (self, b->member_id));
          simris_page_layout_add_bullet_text (self->doc, s, SIMRIS_BOX_NONE);
        }
      simris_page_layout_add_para_text (self->doc, T (N_("The integration income is paid as an advance on these benefits (art. 3, 6° "
                                 "and art. 24, §1, 2° of the law of 26 May 2002). The applicant signs an "
                                 "authorisation allowing the CPAS to recover the advance directly from the "
                                 "paying body, which pays the CPAS and pays the rest to the applicant.")));
      simris_page_layout_add_para_text (self->doc, T (N_("The CPAS is subrogated by law in the applicant's rights. The recovery is "
                                 "limited to the period for which the advance was paid and to the amount "
                                 "that would have been counted as resources for that period. The CPAS helps "
                                 "the applicant with the claim and may file it on the applicant's behalf.")));
    }
}

/* The conditions' labels are rows of the law's table (simris-rules.c). */
static const char *
condition_label (SimrisReport *self,
                 const char   *code)
{
  const SimrisConditionRule *c = simris_rules_condition (code);

  return c != NULL ? T (c->report_label) : NULL;
}

static void
build_grounds (SimrisReport *self)
{
  const char * const *reasons = simris_result_get_ineligible_reasons (self->result);
  GPtrArray *options = simris_result_get_options_applied (self->result);
  GPtrArray *alternatives = simris_result_get_alternatives (self->result);
  const char *regime = simris_result_get_art34_regime (self->result);
  const char *regime_reason = simris_result_get_art34_regime_reason (self->result);

  simris_page_layout_add_heading (self->doc, 1, T (N_("Grounds and legal basis")));

  simris_page_layout_add_para_text (self->doc, T (N_("Legal basis: the law of 26 May 2002 on the right to social integration, in "
                             "particular art. 3 (conditions), 14 (categories and amounts), 16 (resources) "
                             "and 24 (recovery); the royal decree of 11 July 2002 laying down the general "
                             "regulation on the right to social integration, in particular art. 22 to 35 "
                             "(calculation of resources); the law of 29 July 1991 on the formal motivation "
                             "of administrative acts; the law of 11 April 1995 establishing the Charter of "
                             "the social insured.")));

  /* The conditions of art. 3. */
  {
    static const double cols[] = { 0.62, 0.38 };
    g_autofree char *h0 = esc (T (N_("Condition (art. 3 of the law)")));
    g_autofree char *h1 = esc (T (N_("Finding")));
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
        g_autofree char *c0 = esc (condition_label (self, code));
        g_autofree char *c1 = NULL;
        const char *row[2];

        if (strv_contains (reasons, code))
          c1 = g_strdup_printf ("<b>%s</b>", T (N_("not met")));
        else if (g_strcmp0 (code, SIMRIS_REASON_RESOURCES) == 0)
          c1 = esc (T (N_("met (see the calculation)")));
        else
          c1 = esc (T (N_("met")));
        row[0] = c0;
        row[1] = c1;
        simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "ll", SIMRIS_PAGE_SIZE_TABLE, row);
      }
    simris_page_layout_end_table (self->doc, first);
  }

  /* Category and resources: the figures the annex justifies (the category's reason is
   * given in the decision above). */
  {
    const char *cat = simris_category_get_label (simris_result_get_category (self->result), self->lang);
    g_autofree char *a = money (self, simris_result_get_category_amount_year (self->result));
    g_autofree char *r = money (self, simris_result_get_resources_counted_year (self->result));
    g_autofree char *e = money (self, simris_result_get_exemptions_year (self->result));
    g_autofree char *s = NULL;

    simris_page_layout_add_heading (self->doc, 2, T (N_("Category and resources")));
    /* Translators: %1$s is the category, %2$s its yearly amount, %3$s the yearly resources
     * counted, %4$s the general exemption applied. */
    s = g_strdup_printf (T (N_("The yearly amount of the category “%1$s” (art. 14, §1 of the law) is %2$s. "
                               "The resources counted amount to %3$s a year and the general exemption "
                               "(art. 22, §2 of the royal decree) to %4$s. The calculation, with the legal "
                               "basis of each step, is set out in the annex.")),
                         cat, a, r, e);
    simris_page_layout_add_para_text (self->doc, s);
  }

  /* Art. 34: the resources of the people one lives with. */
  if (regime != NULL)
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
  if (options != NULL && (options->len > 1
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
  /* The other readings: what each would give, beside each other (docs/calculation.md §5:
   * volunteers argue from exactly that figure). */
  if (alternatives != NULL && alternatives->len > 0)
    {
      static const double cols[] = { 0.58, 0.21, 0.21 };
      g_autofree char *h0 = esc (T (N_("Other reading")));
      g_autofree char *h1 = esc (T (N_("Per month")));
      g_autofree char *h2 = esc (T (N_("Per year")));
      const char *head[] = { h0, h1, h2 };
      guint first;
      SimrisPageTable *t;

      simris_page_layout_add_heading (self->doc, 2, T (N_("Amount under the other readings")));
      t = simris_page_layout_add_table (self->doc, 3, cols);
      first = simris_page_layout_get_n_pieces (self->doc);
      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "lrr", SIMRIS_PAGE_SIZE_TABLE, head);
      for (guint i = 0; i < alternatives->len; i++)
        {
          SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
          g_autofree char *m = money (self, alt->amount_month);
          g_autofree char *y = money (self, alt->amount_year);
          g_autofree char *c0 = esc (alt->text != NULL ? alt->text : alt->option);
          g_autofree char *e_m = esc (m);
          g_autofree char *c1 = g_strdup_printf ("<b>%s</b>", e_m);
          g_autofree char *c2 = esc (y);
          const char *row[] = { c0, c1, c2 };

          simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "lrr", SIMRIS_PAGE_SIZE_TABLE, row);
        }
      simris_page_layout_end_table (self->doc, first);
    }

}

static void
build_obligations (SimrisReport *self)
{
  simris_page_layout_add_heading (self->doc, 1, T (N_("Your obligations")));
  simris_page_layout_add_bullet_text (self->doc, T (N_("Report to the CPAS, without delay, every change in your resources or in your "
                               "situation (household, address, work, income).")), SIMRIS_BOX_NONE);
  simris_page_layout_add_bullet_text (self->doc, T (N_("Tell the CPAS beforehand of any stay abroad of a week or more.")), SIMRIS_BOX_NONE);
  simris_page_layout_add_bullet_text (self->doc, T (N_("Claim the other benefits you may be entitled to, in Belgium or abroad "
                               "(unemployment, sickness, disability, pension, allowances).")), SIMRIS_BOX_NONE);
  simris_page_layout_add_bullet_text (self->doc, T (N_("An individualised project for social integration (PIIS) is drawn up with you "
                               "within 3 months of the grant, unless you are exempted from it for health or "
                               "equity reasons.")), SIMRIS_BOX_NONE);

  simris_page_layout_add_heading (self->doc, 1, T (N_("Right to be heard")));
  simris_page_layout_add_para_text (self->doc, T (N_("You have the right to be heard by the Special Committee for Social Services "
                             "before it decides on your request, and you may be assisted or represented by a "
                             "person of your choice (art. 20 of the law of 26 May 2002). Ask the social "
                             "worker in writing.")));
  simris_page_layout_add_para_text (self->doc, T (N_("The CPAS decides within 30 days of the request and notifies its decision within "
                             "8 days, by registered letter or against receipt (art. 21 of the law of 26 May "
                             "2002).")));
}

/* The competent labour court: the address typed in the case (or Preferences), else the
 * court of the CPAS's postcode (data/labour-courts.json). */
static SimrisLabourCourt *
find_court (SimrisReport *self)
{
  const char *typed = decision_field (self, "tribunal_address");
  const char *postcode = decision_field (self, "cpas_postcode");

  if (typed != NULL)
    {
      SimrisLabourCourt *court = g_new0 (SimrisLabourCourt, 1);

      court->address = g_strdup (typed);
      g_strdelimit (court->address, "\n", ',');
      return court;
    }
  return postcode != NULL ? simris_labour_court_find (postcode, self->lang) : NULL;
}

/* The mentions of art. 14 of the Charter of the social insured (law of 11 April 1995),
 * each in its own paragraph: 1° the possibility of an appeal to the competent court, 2° its
 * address, 3° the time limit and the form of the appeal (art. 47 of the law of 26 May 2002),
 * 4° the content of art. 728 and 1017 of the Judicial Code, 5° the references of the file
 * and of the service that handles it, 6° the possibility to get any explanation about the
 * decision from that service. Without them the appeal period does not run (art. 14, §1,
 * second paragraph). */
static void
build_appeal (SimrisReport *self)
{
  g_autoptr (SimrisLabourCourt) court = find_court (self);
  const char *reference = decision_field (self, "case_reference");
  const char *worker = decision_field (self, "social_worker");
  const char *cpas = decision_field (self, "cpas_name");
  g_autofree char *where = NULL;
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
        g_autofree char *e_court = esc (court->court);
        g_autofree char *e_division = esc (court->division);

        name = markup_printf (T (N_("%1$s, %2$s")), e_court, e_division);
      }
    else if (court != NULL && court->court != NULL)
      name = esc (court->court);

    if (court != NULL && court->address != NULL)
      address = esc (court->address);
    else if (court != NULL && court->court != NULL)
      /* Translators: a placeholder: the table of courts knows the court but has no
       * address of its registry. */
      address = placeholder (T (N_("[address of the registry of the labour court]")));
    else
      address = placeholder (T (N_("[address of the labour court of the district]")));

    where = name != NULL ? g_strdup_printf ("%s, %s", name, address) : g_steal_pointer (&address);
  }
  /* Translators: %s is the labour court and its address (fr "tribunal du travail",
   * nl "arbeidsrechtbank"). */
  s = markup_printf (T (N_("You may appeal against this decision to the labour court: %s. The appeal must "
                             "be lodged within 3 months of the notification of this decision, by a request "
                             "filed at or sent by registered letter to the registry of the labour court "
                             "(art. 47 of the law of 26 May 2002).")),
                       where);
  simris_page_layout_add_para (self->doc, s);

  /* 4°: the content of art. 728 and 1017 of the Judicial Code. */
  simris_page_layout_add_para_text (self->doc,
                                    T (N_("Before the labour court, you appear in person or through a lawyer. You "
                                          "may also be represented by your spouse or by a relative holding a "
                                          "written proxy and approved by the judge, or by a delegate of a "
                                          "representative workers' organisation holding a written proxy, and you "
                                          "may be assisted or represented by a delegate of a social organisation "
                                          "that defends the interests of people entitled to social integration "
                                          "(art. 728 of the Judicial Code). The costs of the proceedings are borne "
                                          "by the CPAS, unless the appeal is reckless and vexatious (art. 1017, "
                                          "second paragraph, of the Judicial Code). The appeal does not suspend "
                                          "this decision.")));

  /* 5°, 6°: the file, the service that handles it, and where to get explanations. */
  {
    g_autofree char *e_ref = reference != NULL ? esc (reference) : placeholder (T (N_("[file reference]")));
    g_autofree char *e_worker = worker != NULL ? esc (worker) : placeholder (T (N_("[social worker]")));
    g_autofree char *e_cpas = cpas != NULL ? esc (cpas) : placeholder (T (N_("[CPAS name]")));
    g_autofree char *file = NULL;

    /* Translators: %1$s is the file reference, %2$s the CPAS, %3$s the social worker. */
    file = markup_printf (T (N_("Your file has the reference %1$s and is handled by the social service of %2$s "
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
build_not_modelled (SimrisReport *self)
{
  static const char * const fixed[] = {
    N_("alternating custody of a child (the Court of cassation, 27 June 2022, grants the category with a "
       "family in charge full time; some CPAS alternate months);"),
    N_("a homeless person with an individualised project for social integration (isolated rate);"),
    N_("land, rented-out property, part ownership, usufruct and transfers of goods in the last 10 years "
       "(art. 28 to 32 of the royal decree): the social worker enters the counted amount as another resource;"),
    N_("benefits in kind (art. 33 of the royal decree);"),
    N_("the once-in-a-lifetime limit of the higher exemption for a shortage occupation: the social worker "
       "checks that it was not granted before;"),
    N_("the yearly exemption of artistic income;"),
    N_("the 3 years of the socio-professional exemption counted as 3 years of work within 6 years: the start "
       "date entered is taken as given;"),
    N_("a couple where both partners apply as cohabitants, and several applicants with the same parents "
       "(each is computed as a separate case)."),
  };
  const char * const *case_specific = simris_result_get_not_modelled (self->result);
  GPtrArray *warnings = simris_result_get_warnings (self->result);
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  /* What this case touches: the engine's notes and its detailed warnings. */
  for (guint i = 0; case_specific != NULL && case_specific[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) case_specific[i]);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (w->code, SIMRIS_WARNING_NOT_MODELLED) == 0 && w->text != NULL)
        g_ptr_array_add (items, w->text);
    }

  simris_page_layout_add_heading (self->doc, 2, T (N_("What SimRIS does not model")));
  if (items->len > 0)
    {
      guint first;

      simris_page_layout_add_para_text (self->doc, T (N_("In this case, the social worker must check by hand:")));
      first = simris_page_layout_get_n_pieces (self->doc);
      for (guint i = 0; i < items->len; i++)
        simris_page_layout_add_bullet_text (self->doc, g_ptr_array_index (items, i), SIMRIS_BOX_NOTE);
      simris_page_layout_close_box (self->doc, first);
    }
  simris_page_layout_add_para_text (self->doc, T (N_("In general, SimRIS does not model:")));
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    simris_page_layout_add_bullet_text (self->doc, T (fixed[i]), SIMRIS_BOX_NONE);
}

/* For the social worker, apart from the decision: the tool's cautions, what to check before
 * signing, and where the labour court's address comes from. */
static void
build_note_warnings (SimrisReport *self)
{
  const char * const *assumed = simris_result_get_assumed_conditions (self->result);
  GPtrArray *warnings = simris_result_get_warnings (self->result);
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();

  /* The conditions assumed met and what is not modelled have their own lists below. */
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (w->code, "assumed_condition") == 0 && assumed != NULL && assumed[0] != NULL)
        continue;
      if (g_strcmp0 (w->code, "not_modelled") == 0)
        continue;
      g_ptr_array_add (shown, w);
    }
  if (shown->len > 0)
    {
      SimrisTextStyle style = *simris_page_style_body ();
      guint first;
      g_autofree char *title = esc (T (N_("Points of attention")));
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", title);

      simris_page_layout_add_space (self->doc, 4.0);
      first = simris_page_layout_get_n_pieces (self->doc);
      style.box = SIMRIS_BOX_WARNING;
      style.justify = FALSE;
      style.keep_with_next = TRUE;
      simris_page_layout_add_text (self->doc, &style, markup);
      for (guint i = 0; i < shown->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (shown, i);
          simris_page_layout_add_bullet_text (self->doc, w->text != NULL ? w->text : w->code, SIMRIS_BOX_WARNING);
        }
      simris_page_layout_close_box (self->doc, first);
    }

  if (assumed != NULL && assumed[0] != NULL)
    {
      simris_page_layout_add_heading (self->doc, 2, T (N_("Conditions assumed met, to be checked by the CPAS")));
      simris_page_layout_add_para_text (self->doc,
                                        T (N_("The decision states these conditions as met: check them before it "
                                              "is signed.")));
      for (guint i = 0; assumed[i] != NULL; i++)
        {
          const char *label = condition_label (self, assumed[i]);
          simris_page_layout_add_bullet_text (self->doc, label != NULL ? label : assumed[i], SIMRIS_BOX_NONE);
        }
    }
}

static void
build_note_court (SimrisReport *self)
{
  g_autoptr (SimrisLabourCourt) court = find_court (self);
  const char *postcode = decision_field (self, "cpas_postcode");
  g_autofree char *s = NULL;

  simris_page_layout_add_heading (self->doc, 2, T (N_("Labour court")));
  if (court == NULL && postcode != NULL)
    /* Translators: %s is a postcode that no labour court of the table serves. */
    s = g_strdup_printf (T (N_("No labour court is known for the postcode “%s”: the appeal notice shows a "
                               "placeholder. Enter the court’s address in the case or in Preferences.")),
                         postcode);
  else if (court == NULL)
    s = g_strdup (T (N_("Neither the CPAS’s postcode nor the labour court’s address is given: the appeal notice "
                        "shows a placeholder. Enter the CPAS’s postcode (or the court’s address) in the case or "
                        "in Preferences.")));
  else if (court->court == NULL)
    s = g_strdup (T (N_("The labour court’s address is the one entered in the case or in Preferences.")));
  else if (court->address == NULL && court->division == NULL)
    /* Translators: %1$s is a labour court, %2$s a postcode. */
    s = g_strdup_printf (T (N_("The postcode %2$s is served by the %1$s, which has several divisions; the "
                               "table does not know the division of this municipality. Check the division of "
                               "the canton and enter the address of its registry in the case.")),
                         court->court, postcode);
  else if (court->address == NULL)
    /* Translators: %1$s is a labour court, %2$s its division. */
    s = g_strdup_printf (T (N_("No source gives the address of the registry of the %1$s, %2$s: the appeal "
                               "notice shows a placeholder. Enter the address in the case.")),
                         court->court, court->division);
  else
    /* Translators: %1$s is a labour court's address, %2$s where it comes from (a web page). */
    s = g_strdup_printf (T (N_("The labour court’s address, %1$s, comes from %2$s. Check it before the "
                               "decision is sent.")),
                         court->address, court->source != NULL ? court->source : "");
  simris_page_layout_add_para_text (self->doc, s);
}

static void
build_note (SimrisReport *self)
{
  SimrisTextStyle style = *simris_page_style_body ();
  g_autofree char *apart = esc (T (N_("This note is not part of the decision: it is neither signed nor sent "
                                      "to the applicant.")));
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", apart);

  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Note for the social worker")));
  style.box = SIMRIS_BOX_NOTE;
  {
    guint first = simris_page_layout_get_n_pieces (self->doc);

    simris_page_layout_add_text (self->doc, &style, markup);
    simris_page_layout_close_box (self->doc, first);
  }
  simris_page_layout_add_para_text (self->doc,
                                    T (N_("This draft was prepared with SimRIS, a simulator. It is not a decision: "
                                          "the social worker checks the facts and the conditions, and the Special "
                                          "Committee for Social Services decides.")));
  build_note_warnings (self);
  build_note_court (self);
  build_not_modelled (self);
}

static void
build_signatures (SimrisReport *self)
{
  static const double cols[] = { 0.5, 0.5 };
  g_autofree char *place = esc (T (N_("Done at ………………………, on ………………………")));
  g_autofree char *a = esc (T (N_("The general director")));
  g_autofree char *b = esc (T (N_("The chair")));
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
    g_autofree char *l_r = esc (T (N_("Resources counted")));
    g_autofree char *l_e = esc (T (N_("General exemption (art. 22, §2 of the royal decree)")));
    g_autofree char *l_y = esc (T (N_("Yearly integration income (not below zero)")));
    g_autofree char *l_m = esc (T (N_("Monthly integration income: the yearly amount ÷ 12, rounded to the cent")));
    g_autofree char *m_a = money (self, a);
    g_autofree char *m_r = money (self, r);
    g_autofree char *m_e = money (self, e);
    g_autofree char *m_c = money (self, computed);
    g_autofree char *m_y = money (self, year);
    g_autofree char *m_m = money (self, month);
    const char *row[3];
    SimrisPagePiece *last;
    SimrisPageTable *t;

    {
      g_autofree char *raw = NULL;
      /* Translators: %s is the category (e.g. "cohabitant"). */
      raw = g_strdup_printf (T (N_("Yearly amount of the category “%s” (art. 14, §1 of the law)")), cat);
      l_a = esc (raw);
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
        g_autofree char *l_due = esc (T (N_("Yearly integration income due (a condition of the right is not met)")));
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
  g_autofree char *text = esc (step->text);
  g_autofree char *rule = esc (step->rule);
  g_autofree char *c0 = strong ? g_strdup_printf ("<b>%s</b>", text) : g_strdup (text);
  g_autofree char *c1 = g_strdup_printf ("<span foreground=\"#4a4d57\">%s</span>", rule);
  g_autofree char *c2 = NULL;
  const char *row[3];

  if (step->has_amount)
    {
      g_autofree char *m = signed_money (self, step->amount, step->amount_sign);
      g_autofree char *e_m = esc (m);

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
      g_autofree char *h0 = esc (T (N_("Step")));
      g_autofree char *h1 = esc (T (N_("Legal basis")));
      g_autofree char *h2 = esc (T (N_("Amount")));
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
  g_autofree char *h0 = esc (T (N_("Month")));
  g_autofree char *h1 = esc (T (N_("Category")));
  g_autofree char *h2 = esc (T (N_("Monthly amount")));
  g_autofree char *h3 = esc (T (N_("What changed")));
  const char *head[] = { h0, h1, h2, h3 };
  g_autofree char *from = simris_timeline_format_month (simris_timeline_get_from (tl), self->lang);
  g_autofree char *to = simris_timeline_format_month (simris_timeline_get_to (tl), self->lang);
  g_autofree char *intro = NULL;
  SimrisPageTable *t;
  guint first;

  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Annex: amounts over the period")));
  /* Translators: the first and the last month of the period, e.g. "01/2026" and "12/2026". */
  intro = g_strdup_printf (T (N_("The integration income month by month from %1$s to %2$s, each month computed "
                                 "with the situation of its first day and the resources present in it.")),
                           from, to);
  simris_page_layout_add_para_text (self->doc, intro);

  t = simris_page_layout_add_table (self->doc, 4, cols);
  first = simris_page_layout_get_n_pieces (self->doc);
  simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "llrl", SIMRIS_PAGE_SIZE_TABLE, head);
  for (guint i = 0; i < n; i++)
    {
      SimrisResult *r = simris_timeline_get_result (tl, i);
      GPtrArray *changes = simris_timeline_get_changes (tl, i);
      g_autofree char *month = simris_timeline_format_month (simris_timeline_get_month (tl, i), self->lang);
      g_autofree char *amount = money (self, simris_result_get_amount_month (r));
      g_autofree char *c0 = esc (month);
      g_autofree char *c1 = NULL;
      g_autofree char *c2 = esc (amount);
      g_autoptr(GString) c3 = g_string_new (NULL);
      const char *row[4];

      if (simris_result_get_eligible (r))
        c1 = esc (simris_category_get_label (simris_result_get_category (r), self->lang));
      else
        c1 = esc (T (N_("no right")));
      for (guint j = 0; changes != NULL && j < changes->len; j++)
        {
          SimrisTimelineChange *ch = g_ptr_array_index (changes, j);
          g_autofree char *e = esc (ch->text);

          if (c3->len > 0)
            g_string_append_c (c3, '\n');
          g_string_append (c3, e);
        }
      row[0] = c0; row[1] = c1; row[2] = c2; row[3] = c3->str;
      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "llrl", SIMRIS_PAGE_SIZE_TABLE, row);
    }
  {
    g_autofree char *total = money (self, simris_timeline_get_total (tl));
    g_autofree char *l = NULL;
    g_autofree char *lt = NULL;
    g_autofree char *c2 = esc (total);
    const char *row[4];

    g_autofree char *tot = esc (T (N_("Total")));

    /* Translators: the length of the period the total covers. */
    l = g_strdup_printf (ntr (self->lang, N_("%d month"), N_("%d months"), n), (int) n);
    lt = esc (l);
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
  g_autofree char *h0 = esc (T (N_("Scenario")));
  g_autofree char *h1 = esc (T (N_("Category")));
  g_autofree char *h2 = esc (T (N_("Monthly amount")));
  g_autofree char *h3 = esc (T (N_("Household total income a month")));
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
      g_autofree char *name = esc (i == 0 ? T (N_("Base case")) : col->name);
      g_autofree char *cat = NULL;
      g_autofree char *m = money (self, simris_result_get_amount_month (col->result));
      g_autofree char *tot = money (self, col->total_month);
      g_autofree char *e_m = esc (m);
      g_autofree char *e_tot = esc (tot);
      const char *row[4];

      if (simris_result_get_eligible (col->result))
        cat = esc (simris_category_get_label (simris_result_get_category (col->result), self->lang));
      else
        cat = esc (T (N_("no right")));
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
              g_autofree char *e_why = esc (d->why);
              g_autofree char *e_text = step != NULL ? esc (step->text) : NULL;
              g_autofree char *e_rule = esc (d->rule);
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
  simris_sweep_chart_draw (self->sweep, cr, width, height, &colours, font, -1, self->lang);
}

#define SWEEP_CHART_HEIGHT 300.0

/* "Income against earnings": the chart of the earnings sweep and what it shows. */
static void
build_annex_sweep (SimrisReport *self)
{
  const char *id = simris_sweep_get_member_id (self->sweep);
  const char *name = g_hash_table_lookup (self->names, id);
  g_autofree char *summary = simris_sweep_dup_summary (self->sweep, self->lang);
  g_autofree char *intro = NULL;

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

  /* The point of the member's present earnings (their first monthly work resource, as the
   * sweep varies it), when it lies on the sweep's grid. */
  {
    SimrisMember *member = simris_household_find_member (self->household, id);
    GListModel *resources = member != NULL ? simris_member_get_resources (member) : NULL;
    gboolean found = FALSE;
    SimrisCents earnings = 0;

    for (guint i = 0; resources != NULL && i < g_list_model_get_n_items (resources) && !found; i++)
      {
        g_autoptr(SimrisResource) r = g_list_model_get_item (resources, i);
        SimrisResourceKind kind = simris_resource_get_kind (r);

        if ((kind == SIMRIS_RESOURCE_KIND_WAGE || kind == SIMRIS_RESOURCE_KIND_SELF_EMPLOYED ||
             kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB) &&
            simris_resource_get_period (r) == SIMRIS_PERIOD_MONTH &&
            simris_resource_get_amount (r) >= 0)
          {
            earnings = simris_resource_get_amount (r);
            found = TRUE;
          }
      }
    for (guint i = 0; found && i < simris_sweep_get_n_points (self->sweep); i++)
      if (simris_sweep_get_point (self->sweep, i)->earnings == earnings)
        {
          g_autofree char *point = simris_sweep_dup_point_text (self->sweep, i, self->lang);
          g_autofree char *line = NULL;

          /* Translators: %s is a point of the chart, e.g. "Earnings €700.00: RIS €498.53,
           * household income €1,198.53 a month". */
          line = g_strdup_printf (T (N_("At the present earnings: %s.")), point);
          simris_page_layout_add_para_text (self->doc, line);
          break;
        }
  }
}

static void
build_annex (SimrisReport *self)
{
  simris_page_layout_add_page_break (self->doc);
  simris_page_layout_add_heading (self->doc, 1, T (N_("Annex: calculation")));
  build_annex_summary (self);
  build_annex_steps (self);
}

static void
build_document (SimrisReport *self)
{
  g_hash_table_remove_all (self->names);
  compute_names (self);

  build_letterhead (self);
  build_title (self);
  build_facts (self);
  build_decision (self);
  build_grounds (self);
  build_obligations (self);
  build_appeal (self);
  build_signatures (self);
  /* The calculation, part of the motivation; then, apart, the note for the social worker. */
  build_annex (self);
  if (self->timeline != NULL)
    build_annex_timeline (self);
  if (self->comparison != NULL)
    build_annex_comparison (self);
  if (self->sweep != NULL)
    build_annex_sweep (self);
  build_note (self);
}

/* ---- the running marks ------------------------------------------------------------------ */

static void
set_rgb (cairo_t         *cr,
         const SimrisRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* The draft mark on every page: a band at the top (text, so that it can be read and
 * searched) and a light diagonal across the page (drawn as a path, so that it stays out
 * of the text a reader or a screen reader extracts). */
static void
draw_draft_marks (SimrisReport *self,
                  cairo_t      *cr)
{
  const char *mark = T (N_("Draft — simulation, not a decision"));
  const char *reference = decision_field (self, "case_reference");
  double w = simris_page_layout_get_text_width (self->doc);
  double width = simris_page_layout_get_width (self->doc);
  double height = simris_page_layout_get_height (self->doc);
  g_autoptr (PangoLayout) band = NULL;
  g_autoptr (PangoLayout) diagonal = NULL;
  PangoRectangle ink_rect, logical;
  double angle, scale, diag;

  /* The diagonal. */
  diagonal = simris_page_layout_make_text_layout (self->doc, mark, 40.0, TRUE, -1, PANGO_ALIGN_LEFT);
  pango_layout_set_width (diagonal, -1);
  pango_layout_get_extents (diagonal, &ink_rect, &logical);
  diag = sqrt (width * width + height * height);
  scale = MIN (2.0, 0.72 * diag / ((double) logical.width / PANGO_SCALE));
  angle = -atan2 (height, width);
  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);
  cairo_rotate (cr, angle);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, -(double) logical.width / PANGO_SCALE / 2, -(double) logical.height / PANGO_SCALE / 2);
  pango_cairo_layout_path (cr, diagonal);
  cairo_set_source_rgba (cr, simris_page_draft_ink.r, simris_page_draft_ink.g, simris_page_draft_ink.b, 0.075);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The band. */
  set_rgb (cr, &simris_page_draft_bg);
  cairo_rectangle (cr, SIMRIS_PAGE_MARGIN_X, SIMRIS_PAGE_BAND_TOP, w, SIMRIS_PAGE_BAND_HEIGHT);
  cairo_fill (cr);
  set_rgb (cr, &simris_page_draft_ink);
  cairo_rectangle (cr, SIMRIS_PAGE_MARGIN_X, SIMRIS_PAGE_BAND_TOP, 3.0, SIMRIS_PAGE_BAND_HEIGHT);
  cairo_fill (cr);

  band = simris_page_layout_make_text_layout (self->doc, mark, SIMRIS_PAGE_SIZE_SMALL + 0.5, TRUE, w - 20.0, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (band, NULL, &logical);
  set_rgb (cr, &simris_page_draft_ink);
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X + 10.0, SIMRIS_PAGE_BAND_TOP + (SIMRIS_PAGE_BAND_HEIGHT - (double) logical.height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, band);

  if (reference != NULL)
    {
      g_autoptr (PangoLayout) ref = NULL;
      g_autofree char *text = NULL;

      /* Translators: the file reference in the page header band. */
      text = g_strdup_printf (T (N_("File %s")), reference);
      ref = simris_page_layout_make_text_layout (self->doc, text, SIMRIS_PAGE_SIZE_SMALL, FALSE, w / 2 - 10.0, PANGO_ALIGN_RIGHT);
      pango_layout_get_extents (ref, NULL, &logical);
      cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X + w / 2, SIMRIS_PAGE_BAND_TOP + (SIMRIS_PAGE_BAND_HEIGHT - (double) logical.height / PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, ref);
    }
}

static void
draw_footer (SimrisReport *self,
             cairo_t      *cr,
             int           page,
             int           n_pages)
{
  double w = simris_page_layout_get_text_width (self->doc);
  double y = simris_page_layout_get_height (self->doc) - SIMRIS_PAGE_FOOTER_GAP;
  g_autofree char *params = simris_date_format (simris_result_get_parameters_date (self->result), self->lang);
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autoptr (PangoLayout) l = NULL;
  g_autoptr (PangoLayout) r = NULL;

  if (simris_result_has_warning (self->result, SIMRIS_WARNING_DERIVED_AMOUNTS))
    /* Translators: the rule version line in the footer: %1$s is the date the amounts are in
     * force from, %2$s the SimRIS version. */
    left = g_strdup_printf (T (N_("Amounts in force since %1$s, derived from the index · SimRIS %2$s")),
                            params, PACKAGE_VERSION);
  else
    /* Translators: the rule version line in the footer: %1$s is the date the amounts are in
     * force from, %2$s the SimRIS version. */
    left = g_strdup_printf (T (N_("Amounts in force since %1$s, as published · SimRIS %2$s")),
                            params, PACKAGE_VERSION);
  /* Translators: the page number in the footer: page 2 of 3. */
  right = g_strdup_printf (T (N_("page %d / %d")), page + 1, n_pages);

  set_rgb (cr, &simris_page_rule_light);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X, y - 5.0);
  cairo_line_to (cr, SIMRIS_PAGE_MARGIN_X + w, y - 5.0);
  cairo_stroke (cr);

  l = simris_page_layout_make_text_layout (self->doc, left, SIMRIS_PAGE_SIZE_SMALL - 0.6, FALSE, w * 0.78, PANGO_ALIGN_LEFT);
  r = simris_page_layout_make_text_layout (self->doc, right, SIMRIS_PAGE_SIZE_SMALL, FALSE, w * 0.2, PANGO_ALIGN_RIGHT);
  set_rgb (cr, &simris_page_ink_soft);
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X, y);
  pango_cairo_show_layout (cr, l);
  cairo_move_to (cr, SIMRIS_PAGE_MARGIN_X + w * 0.8, y);
  pango_cairo_show_layout (cr, r);
}

static void
decorate_page (SimrisPageLayout *doc,
               cairo_t          *cr,
               int               page,
               int               n_pages,
               gpointer          user_data)
{
  SimrisReport *self = user_data;

  draw_draft_marks (self, cr);
  draw_footer (self, cr, page, n_pages);
}

/* ---- GObject ------------------------------------------------------------------------------ */

static void
simris_report_finalize (GObject *object)
{
  SimrisReport *self = (SimrisReport *) object;

  g_clear_object (&self->household);
  g_clear_object (&self->result);
  g_clear_pointer (&self->lang, g_free);
  g_clear_object (&self->doc);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_object (&self->timeline);
  g_clear_pointer (&self->comparison, simris_comparison_unref);
  g_clear_object (&self->sweep);

  G_OBJECT_CLASS (simris_report_parent_class)->finalize (object);
}

static void
simris_report_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SimrisReport *self = SIMRIS_REPORT (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD:
      g_value_set_object (value, self->household);
      break;
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_report_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SimrisReport *self = SIMRIS_REPORT (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD:
      self->household = g_value_dup_object (value);
      break;
    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;
    case PROP_LANG:
      self->lang = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_report_class_init (SimrisReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_report_finalize;
  object_class->get_property = simris_report_get_property;
  object_class->set_property = simris_report_set_property;

  properties[PROP_HOUSEHOLD] =
    g_param_spec_object ("household", NULL, NULL, SIMRIS_TYPE_HOUSEHOLD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, SIMRIS_TYPE_RESULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANG] =
    g_param_spec_string ("lang", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
simris_report_init (SimrisReport *self)
{
  self->doc = simris_page_layout_new ();
  simris_page_layout_set_decorate (self->doc, decorate_page, self);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- public API ---------------------------------------------------------------------------- */

SimrisReport *
simris_report_new (SimrisHousehold *household,
                   SimrisResult    *result,
                   const char      *lang)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);
  g_return_val_if_fail (SIMRIS_IS_RESULT (result), NULL);

  return g_object_new (SIMRIS_TYPE_REPORT,
                       "household", household,
                       "result", result,
                       "lang", lang != NULL ? lang : simris_result_get_lang (result),
                       NULL);
}

void
simris_report_set_timeline (SimrisReport   *self,
                            SimrisTimeline *timeline)
{
  g_return_if_fail (SIMRIS_IS_REPORT (self));
  g_return_if_fail (timeline == NULL || SIMRIS_IS_TIMELINE (timeline));

  g_set_object (&self->timeline, timeline);
  self->built = FALSE;
}

void
simris_report_set_comparison (SimrisReport     *self,
                              SimrisComparison *comparison)
{
  g_return_if_fail (SIMRIS_IS_REPORT (self));

  if (comparison != NULL)
    simris_comparison_ref (comparison);
  g_clear_pointer (&self->comparison, simris_comparison_unref);
  self->comparison = comparison;
  self->built = FALSE;
}

void
simris_report_set_sweep (SimrisReport *self,
                         SimrisSweep  *sweep)
{
  g_return_if_fail (SIMRIS_IS_REPORT (self));
  g_return_if_fail (sweep == NULL || SIMRIS_IS_SWEEP (sweep));

  g_set_object (&self->sweep, sweep);
  self->built = FALSE;
}

int
simris_report_paginate (SimrisReport *self,
                        double        width,
                        double        height)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), 0);
  g_return_val_if_fail (width > 2 * SIMRIS_PAGE_MARGIN_X + 100
                        && height > SIMRIS_PAGE_BODY_TOP + SIMRIS_PAGE_BODY_BOTTOM_GAP + 100, 0);

  if (!self->built || width != simris_page_layout_get_width (self->doc)
      || height != simris_page_layout_get_height (self->doc))
    {
      simris_page_layout_reset (self->doc, width, height);
      build_document (self);
      self->built = TRUE;
    }
  return simris_page_layout_paginate (self->doc);
}

int
simris_report_get_n_pages (SimrisReport *self)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), 0);

  if (!self->built)
    simris_report_paginate (self, SIMRIS_PAGE_A4_WIDTH, SIMRIS_PAGE_A4_HEIGHT);
  return simris_page_layout_get_n_pages (self->doc);
}

void
simris_report_draw_page (SimrisReport *self,
                         cairo_t      *cr,
                         int           page)
{
  g_return_if_fail (SIMRIS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);

  if (!self->built)
    simris_report_paginate (self, SIMRIS_PAGE_A4_WIDTH, SIMRIS_PAGE_A4_HEIGHT);
  g_return_if_fail (page >= 0 && page < simris_page_layout_get_n_pages (self->doc));

  simris_page_layout_draw_page (self->doc, cr, page);
}

SimrisPageLayout *
simris_report_get_page_layout (SimrisReport *self)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), NULL);

  if (!self->built)
    simris_report_paginate (self, SIMRIS_PAGE_A4_WIDTH, SIMRIS_PAGE_A4_HEIGHT);
  return self->doc;
}

char *
simris_report_dup_title (SimrisReport *self)
{
  SimrisMember *applicant;
  const char *name;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), NULL);

  applicant = simris_household_get_applicant (self->household);
  name = applicant != NULL ? simris_member_get_name (applicant) : NULL;
  if (name != NULL && *name != '\0')
    {
      g_autofree char *capped = simris_page_cap_text (name, 200);

      /* Translators: the PDF's title; %s is the applicant's name. */
      return g_strdup_printf (T (N_("Draft decision on the integration income: %s")), capped);
    }
  return g_strdup (T (N_("Draft decision on the integration income")));
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *wc = closure;

  if (wc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (wc->stream, data, length, NULL, wc->cancellable, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static char *
creation_date (void)
{
  g_autoptr (GDateTime) now = NULL;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  /* Reproducible builds' convention: a fixed date makes the PDF byte for byte stable. */
  if (epoch != NULL && g_ascii_isdigit (*epoch))
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

gboolean
simris_report_write_pdf_to_stream (SimrisReport  *self,
                                   GOutputStream *stream,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  WriteClosure wc = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int n_pages;
  int ids[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                 CAIRO_PDF_OUTLINE_ROOT };
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *creator = NULL;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_pages = simris_report_paginate (self, SIMRIS_PAGE_A4_WIDTH, SIMRIS_PAGE_A4_HEIGHT);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &wc, SIMRIS_PAGE_A4_WIDTH, SIMRIS_PAGE_A4_HEIGHT);
  title = simris_report_dup_title (self);
  date = creation_date ();
  creator = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "SimRIS");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  T (N_("Integration income: reasoned decision draft (simulation)")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  T (N_("integration income, CPAS, draft decision")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  for (int page = 0; page < n_pages; page++)
    {
      g_autofree char *label = g_strdup_printf ("%d", page + 1);

      cairo_pdf_surface_set_page_label (surface, label);
      simris_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  /* The outline: a bookmark for each heading. */
  for (guint i = 0; i < simris_page_layout_get_n_outline (self->doc); i++)
    {
      int level, page;
      double y;
      const char *heading = simris_page_layout_get_outline (self->doc, i, &level, &page, &y);
      g_autofree char *link = NULL;

      level = CLAMP (level, 1, 3);
      link = g_strdup_printf ("page=%d pos=[%d %d]", page, (int) SIMRIS_PAGE_MARGIN_X, (int) y);
      ids[level] = cairo_pdf_surface_add_outline (surface, ids[level - 1], heading, link,
                                                  level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN
                                                             : (cairo_pdf_outline_flags_t) 0);
      for (int l = level + 1; l < 4; l++)
        ids[l] = ids[level];
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (wc.error != NULL)
    {
      g_propagate_error (error, wc.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not lay out the decision draft: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
simris_report_write_pdf (SimrisReport *self,
                         const char   *filename,
                         GError      **error)
{
  g_autoptr (GOutputStream) memory = NULL;
  g_autoptr (GError) local_error = NULL;
  GQuark domain = G_IO_ERROR;
  int code = G_IO_ERROR_FAILED;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The whole document first, then a temporary file created 0600 beside the target, synced
   * and renamed over it: a failed export never leaves half a PDF over an older one, and a
   * decision (personal data) is readable by its owner only, a replaced one included. */
  memory = g_memory_output_stream_new_resizable ();
  if (simris_report_write_pdf_to_stream (self, memory, NULL, &local_error)
      && g_output_stream_close (memory, NULL, &local_error)
      && g_file_set_contents_full (filename,
                                   g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    return TRUE;

  if (local_error->domain == G_FILE_ERROR)
    code = g_io_error_from_file_error (local_error->code);
  else if (local_error->domain == G_IO_ERROR)
    code = local_error->code;
  g_set_error (error, domain, code,
               /* Translators: %1$s is a file name, %2$s the reason. */
               _("Could not write the PDF “%1$s”: %2$s"), filename, local_error->message);
  return FALSE;
}
