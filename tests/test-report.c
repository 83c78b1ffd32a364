/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The decision draft (issue 4): every public case, in French and in Dutch, is written as a
 * PDF and read back with poppler's pdfinfo and pdftotext (docs/hacking.md §6); a large
 * household checks pagination; every page is also drawn on an image surface, as the
 * GUI's printout does on its own cairo context. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <locale.h>
#include <string.h>
#include <cairo.h>
#include <json-glib/json-glib.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-labour-court.h"
#include "simris-money.h"
#include "simris-parameters.h"
#include "simris-report.h"
#include "simris-rules.h"
#include "simris-comparison.h"
#include "simris-scenario.h"
#include "simris-summary.h"
#include "simris-sweep.h"
#include "simris-timeline.h"
#include "simris-core-test.h"

static char *tmp_dir;

static const char *tr (const char *lang,
                       const char *msgid) G_GNUC_FORMAT (2);

static const char *
tr (const char *lang,
    const char *msgid)
{
  return simris_tr (lang, msgid);
}

/* ---- helpers ------------------------------------------------------------------------- */

static gboolean
have_poppler (void)
{
  g_autofree char *info = g_find_program_in_path ("pdfinfo");
  g_autofree char *text = g_find_program_in_path ("pdftotext");

  return info != NULL && text != NULL;
}

/* A test that reads the PDF back needs poppler-utils: without it, it says so and stops. */
static gboolean
skip_without_poppler (void)
{
  if (have_poppler ())
    return FALSE;
  g_test_skip ("pdfinfo or pdftotext (poppler-utils) is not installed");
  return TRUE;
}

static char *
cases_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "cases", "public", NULL);
}

static char *
run (const char * const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

/* Every run of white space (spaces, no-break spaces, thin spaces, line ends) becomes one
 * space, and the case is folded: a phrase is found whether pdftotext wraps it, justifies
 * it or the money format uses a no-break space. */
static char *
normalize (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;
  gboolean line_end = FALSE;
  g_autofree char *folded = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009)
        {
          space = TRUE;
          line_end |= (c == '\n');
          continue;
        }
      /* A line broken after a hyphen ("Waals-↵Brabant") reads as one word. */
      if (space && s->len > 0 && !(line_end && s->str[s->len - 1] == '-'))
        g_string_append_c (s, ' ');
      line_end = FALSE;
      space = FALSE;
      g_string_append_unichar (s, c);
    }
  folded = g_string_free (s, FALSE);
  return g_utf8_casefold (folded, -1);
}

static void
assert_contains (const char *haystack_normalized,
                 const char *needle,
                 const char *where)
{
  g_autofree char *n = normalize (needle);

  if (strstr (haystack_normalized, n) == NULL)
    g_error ("%s: “%s” not found in the PDF text:\n%s", where, needle, haystack_normalized);
}

/* The page text without the running header band and footer, so that a phrase that
 * straddles two pages is still found in one piece. */
static char *
page_body (const char *page,
           const char *draft_mark,
           const char *lang,
           int         page_no,
           int         n_pages)
{
  g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
  g_autofree char *mark = normalize (draft_mark);
  g_autofree char *footer = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);
  g_autofree char *number = g_strdup_printf (tr (lang, N_("page %d / %d")), page_no, n_pages);
  g_autofree char *n_number = normalize (number);
  GString *body = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *n = normalize (lines[i]);

      /* The band, the footer of the note, the page number alone on the decision's pages. */
      if (strstr (n, mark) != NULL || strstr (lines[i], footer) != NULL || g_str_equal (n, n_number))
        continue;
      g_string_append (body, lines[i]);
      g_string_append_c (body, '\n');
    }
  return g_string_free (body, FALSE);
}

typedef struct
{
  int    n_pages;
  char  *raw;       /* pdftotext -layout's output, as it is */
  char **pages;     /* normalized text of each page */
  char **bodies;    /* the same without the running band and footer */
  char  *body;      /* normalized text of the whole document, without header and footer */
  char  *info;      /* pdfinfo's output, normalized */
} PdfText;

static void
pdf_text_free (PdfText *t)
{
  g_strfreev (t->pages);
  g_strfreev (t->bodies);
  g_free (t->raw);
  g_free (t->body);
  g_free (t->info);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfText, pdf_text_free)

static PdfText *
read_pdf (const char *path,
          const char *lang)
{
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  PdfText *t = g_new0 (PdfText, 1);
  g_autofree char *text = NULL;
  g_auto (GStrv) raw_pages = NULL;
  g_autoptr (GString) body = g_string_new (NULL);
  const char *mark = simris_tr (lang, N_("Draft — simulation, not a decision"));
  const char *pages_line;
  guint n_raw;

  {
    g_autofree char *info = run (info_argv);

    pages_line = strstr (info, "Pages:");
    g_assert_nonnull (pages_line);
    t->n_pages = atoi (pages_line + strlen ("Pages:"));
    t->info = normalize (info);
  }

  text = run (text_argv);
  raw_pages = g_strsplit (text, "\f", -1);
  n_raw = g_strv_length (raw_pages);
  /* pdftotext ends every page with a form feed: the last piece is empty. */
  if (n_raw > 0 && raw_pages[n_raw - 1][0] == '\0')
    n_raw--;
  g_assert_cmpint (n_raw, ==, t->n_pages);

  t->pages = g_new0 (char *, n_raw + 1);
  t->bodies = g_new0 (char *, n_raw + 1);
  for (guint i = 0; i < n_raw; i++)
    {
      g_autofree char *b = page_body (raw_pages[i], mark, lang, i + 1, n_raw);

      t->pages[i] = normalize (raw_pages[i]);
      t->bodies[i] = normalize (b);
      g_string_append (body, b);
    }
  t->body = normalize (body->str);
  t->raw = g_steal_pointer (&text);
  return t;
}

/* An amount is never broken across lines: some line of the extracted text holds it whole
 * (its no-break spaces read as spaces). */
static void
assert_on_one_line (const char *raw,
                    const char *amount,
                    const char *where)
{
  g_auto (GStrv) lines = g_strsplit (raw, "\n", -1);
  g_autofree char *want = normalize (amount);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = normalize (lines[i]);

      if (strstr (line, want) != NULL)
        return;
    }
  g_error ("%s: the amount “%s” is on no single line of the PDF text:\n%s", where, amount, raw);
}

/* The report written as tmp_dir/NAME (the test fails if it cannot be), then read back when
 * poppler-utils is installed; NULL without it. */
static PdfText *
write_pdf (SimrisReport *report,
           const char   *name,
           const char   *lang)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_no_error (error);
  return have_poppler () ? read_pdf (out, lang) : NULL;
}

/* How many pages have needle in their text. */
static int
n_pages_with (PdfText    *pdf,
              const char *needle)
{
  g_autofree char *n = normalize (needle);
  int count = 0;

  for (int i = 0; i < pdf->n_pages; i++)
    if (strstr (pdf->pages[i], n) != NULL)
      count++;
  return count;
}

/* The decision's pages without their band and footer, one after the other. */
static char *
join_bodies (PdfText *pdf)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < pdf->n_pages; i++)
    g_string_append_printf (text, "%s ", pdf->bodies[i]);
  return g_string_free (text, FALSE);
}

/* The note for the social worker that goes with a decision draft: a document of its own,
 * written and read apart. */
static PdfText *
write_note (SimrisReport *report,
            const char   *name,
            const char   *lang)
{
  g_autoptr (SimrisReport) note = simris_report_dup_note (report);
  g_autoptr (GError) error = NULL;
  g_autofree char *file = g_strdup_printf ("%s-note-%s.pdf", name, lang);
  g_autofree char *out = g_build_filename (tmp_dir, file, NULL);
  g_autofree char *title = normalize (simris_tr (lang, N_("Note for the social worker")));
  PdfText *pdf;

  g_assert_true (simris_report_is_note (note));
  g_assert_false (simris_report_is_note (report));
  g_assert_true (simris_report_write_pdf (note, out, &error));
  g_assert_no_error (error);
  pdf = read_pdf (out, lang);
  g_assert_nonnull (strstr (pdf->pages[0], title));
  return pdf;
}

/* The tool's cautions stand in the note, never in the pages of the decision. */
static void
assert_cautions_in_note (PdfText      *pdf,
                         PdfText      *note,
                         SimrisResult *result,
                         const char   *lang,
                         const char   *where)
{
  const char *cautions[] = {
    simris_tr (lang, N_("What SimRIS does not model")),
    simris_tr (lang, N_("Points of attention")),
    simris_tr (lang, N_("This draft was prepared with SimRIS, a simulator. It is not a decision: "
                        "the social worker checks the facts and the conditions, and the Special "
                        "Committee for Social Services decides.")),
    simris_tr (lang, N_("Conditions assumed met, to be checked by the CPAS")),
    simris_tr (lang, N_("assumed met, to be checked by the CPAS")),
    simris_tr (lang, N_("Note for the social worker")),
    simris_tr (lang, N_("Amount under the other readings")),
  };
  GPtrArray *warnings = simris_result_get_warnings (result);
  GPtrArray *alternatives = simris_result_get_alternatives (result);
  const char *caveat = simris_result_get_category_caveat (result);
  g_autofree char *intro = normalize (cautions[2]);
  g_autofree char *footer = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);

  for (guint i = 0; i < G_N_ELEMENTS (cautions); i++)
    {
      g_autofree char *n = normalize (cautions[i]);

      if (strstr (pdf->body, n) != NULL)
        g_error ("%s: the caution “%s” stands in the decision's pages", where, cautions[i]);
    }
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);
      g_autofree char *n = normalize (w->text);

      if (strstr (pdf->body, n) != NULL)
        g_error ("%s: the warning “%s” stands in the decision's pages", where, w->text);
    }
  /* The other readings and the disputed rate: the CPAS's working notes, in the note only. */
  for (guint i = 0; alternatives != NULL && i < alternatives->len; i++)
    {
      SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
      g_autofree char *n = normalize (alt->text);

      g_autofree char *month = simris_money_format (alt->amount_month, lang);

      if (strstr (pdf->body, n) != NULL)
        g_error ("%s: the other reading “%s” stands in the decision's pages", where, alt->text);
      /* A table row: its cells side by side in pdftotext's layout, its amount whole. */
      assert_contains (note->body, simris_tr (lang, N_("Amount under the other readings")), where);
      assert_on_one_line (note->raw, month, where);
    }
  if (caveat != NULL)
    {
      g_autofree char *n = normalize (caveat);

      g_assert_null (strstr (pdf->body, n));
      assert_contains (note->body, caveat, where);
    }
  /* The tool's line is the note's footer, never the decision's. */
  g_assert_null (strstr (pdf->raw, footer));
  g_assert_nonnull (strstr (note->raw, footer));
  /* The note says it is apart, and carries the tool's own explanation. */
  assert_contains (note->body, simris_tr (lang, N_("This note is not part of the decision: it is neither signed "
                                                   "nor sent to the applicant.")), where);
  g_assert_nonnull (strstr (note->body, intro));
}

static SimrisResult *
compute (SimrisHousehold *household,
         const char      *lang)
{
  g_autoptr (GError) error = NULL;
  SimrisResult *result;

  result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* Whether the fr/nl catalogue compiled into the core carries the draft's translations:
 * until po/fr.po and po/nl.po are filled, the literal French and Dutch words cannot be
 * found, and those assertions are reported as incomplete rather than skipped silently. */
static gboolean
catalogue_is_real (const char *lang)
{
  static const char *probe = N_("Special Committee for Social Services");

  return g_strcmp0 (simris_tr (lang, probe), probe) != 0;
}

static void
draw_all_pages_on_image (SimrisReport *report)
{
  int n = simris_report_paginate (report, 595.28, 841.89);

  for (int page = 0; page < n; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 0.5, 0.5);
      simris_report_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
    }
}

/* ---- every public case, fr and nl ------------------------------------------------------- */

typedef struct
{
  char *path;
  char *lang;
} CaseData;

static void
case_data_free (gpointer data)
{
  CaseData *d = data;

  g_free (d->path);
  g_free (d->lang);
  g_free (d);
}

/* Literals written independently of SimRIS's formatters (docs/calculation.md §3: 21 312,87 / 12 =
 * 1 776,07 from 01/02/2025; bdas: 7 068,60 / 12 = 589,05). */
static const struct
{
  const char *case_name;
  const char *fr;
  const char *nl;
} known_amounts[] = {
  { "seed001-1-alone-with-minor-child", "1 776,07 €", "€ 1.776,07" },
  { "family-pending-unemployment-advance", "1 776,07 €", "€ 1.776,07" },
  { "bdas-student-parents-contribution", "589,05 €", "€ 589,05" },
};

static void
test_case (gconstpointer user_data)
{
  const CaseData *d = user_data;
  g_autoptr (GFile) file = g_file_new_for_path (d->path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SimrisHousehold) household = NULL;
  g_autoptr (SimrisResult) result = NULL;
  g_autoptr (SimrisReport) report = NULL;
  g_autoptr (PdfText) pdf = NULL;
  g_autofree char *base = g_path_get_basename (d->path);
  g_autofree char *name = g_strndup (base, strlen (base) - strlen (".simris.json"));
  g_autofree char *monthly = NULL;
  g_autofree char *pdf_name = NULL;
  const char *lang = d->lang;
  const char *mark = simris_tr (lang, N_("Draft — simulation, not a decision"));
  gboolean fr = g_str_equal (lang, "fr");

  if (skip_without_poppler ())
    return;

  household = simris_case_file_load (file, NULL, &error);
  g_assert_no_error (error);
  result = compute (household, lang);
  report = simris_report_new (household, result, lang);

  pdf_name = g_strdup_printf ("%s-%s.pdf", name, lang);
  pdf = write_pdf (report, pdf_name, lang);
  g_assert_cmpint (pdf->n_pages, >=, 1);
  g_assert_cmpint (pdf->n_pages, <=, 8);
  g_assert_cmpint (pdf->n_pages, ==, simris_report_get_n_pages (report));

  /* Metadata. */
  assert_contains (pdf->info, "Author: SimRIS", name);
  assert_contains (pdf->info, "Creator: SimRIS " PACKAGE_VERSION, name);
  assert_contains (pdf->info, "Page size: 595.28 x 841.89 pts (A4)", name);
  {
    g_autofree char *title = simris_report_dup_title (report);
    assert_contains (pdf->info, title, name);
  }

  /* The draft mark and the page number on every page. */
  for (int i = 0; i < pdf->n_pages; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s page %d", name, i + 1);
      g_autofree char *page_no = g_strdup_printf (tr (lang, N_("page %d / %d")), i + 1, pdf->n_pages);

      assert_contains (pdf->pages[i], mark, where);
      assert_contains (pdf->pages[i], page_no, where);
      if (catalogue_is_real (lang))
        assert_contains (pdf->pages[i], fr ? "Projet — simulation, pas une décision"
                                           : "Ontwerp — simulatie, geen beslissing", where);
    }

  /* The monthly amount in this language, the category, the legal basis, the appeal. */
  monthly = simris_money_format (simris_result_get_amount_month (result), lang);
  assert_contains (pdf->body, monthly, name);
  assert_on_one_line (pdf->raw, monthly, name);
  for (guint i = 0; i < G_N_ELEMENTS (known_amounts); i++)
    if (g_str_equal (known_amounts[i].case_name, name))
      {
        assert_contains (pdf->body, fr ? known_amounts[i].fr : known_amounts[i].nl, name);
        assert_on_one_line (pdf->raw, fr ? known_amounts[i].fr : known_amounts[i].nl, name);
      }
  /* Every amount of the trace too. */
  {
    GPtrArray *steps = simris_result_get_steps (result);

    for (guint i = 0; steps != NULL && i < steps->len; i++)
      {
        SimrisStep *step = g_ptr_array_index (steps, i);
        g_autofree char *m = step->has_amount ? simris_money_format (step->amount, lang) : NULL;

        if (m != NULL)
          assert_on_one_line (pdf->raw, m, name);
      }
  }
  {
    g_autoptr (PdfText) note = write_note (report, name, lang);

    assert_cautions_in_note (pdf, note, result, lang, name);
  }
  /* A reference to the law never breaks either ("art. 22, §2" of the general exemption). */
  if (strstr (pdf->body, "art. 22, §2") != NULL)
    assert_on_one_line (pdf->raw, "art. 22, §2", name);
  /* Wording that fits anyone, counted words in their form: no "né(e)", "étudiant(e)",
   * "personne(s)", "reason(s)" in what the decision says (the annex's steps are the
   * engine's trace, checked with it). */
  {
    g_autofree char *annex = normalize (simris_tr (lang, N_("Annex: calculation")));
    g_autoptr (GString) said = g_string_new (NULL);

    for (int i = 0; i < pdf->n_pages && strstr (pdf->bodies[i], annex) == NULL; i++)
      g_string_append (said, pdf->bodies[i]);
    g_assert_null (strstr (said->str, "(e)"));
    g_assert_null (strstr (said->str, "(s)"));
  }
  assert_contains (pdf->body, simris_category_get_label (simris_result_get_category (result), lang), name);
  assert_contains (pdf->body, "1017", name);
  assert_contains (pdf->body, "728", name);

  if (!catalogue_is_real (lang))
    {
      g_test_incomplete ("the catalogue of this language does not translate the decision draft yet "
                         "(po/fr.po, po/nl.po): the French and Dutch wording is not checked");
      return;
    }

  {
    static const char *fr_categories[] = { NULL, "cohabitant", "isolé", "famille à charge" };
    static const char *nl_categories[] = { NULL, "samenwonende", "alleenstaande", "gezin ten laste" };
    SimrisCategory category = simris_result_get_category (result);

    assert_contains (pdf->body, fr ? fr_categories[category] : nl_categories[category], name);
  }
  if (fr)
    {
      assert_contains (pdf->body, "26 mai 2002", name);
      assert_contains (pdf->body, "tribunal du travail", name);
      assert_contains (pdf->body, "3 mois", name);
      assert_contains (pdf->body, "Comité spécial du service social", name);
    }
  else
    {
      assert_contains (pdf->body, "26 mei 2002", name);
      assert_contains (pdf->body, "arbeidsrechtbank", name);
      assert_contains (pdf->body, "3 maanden", name);
      assert_contains (pdf->body, "Bijzonder Comité voor de Sociale Dienst", name);
    }
}

/* ---- documents built here ----------------------------------------------------------------- */

static SimrisMember *
add_member (SimrisHousehold *household,
            const char      *id,
            SimrisRelation   relation,
            const char      *birth_date)
{
  g_autoptr (SimrisMember) member = simris_member_new (id, relation, birth_date);

  simris_household_append (household, member);
  return member;
}

/* 30 members (the limit), 20 resources each: 600 table rows. */
static SimrisHousehold *
large_household (void)
{
  SimrisHousehold *household = simris_household_new ();
  static const SimrisResourceKind kinds[] = {
    SIMRIS_RESOURCE_KIND_WAGE, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE,
    SIMRIS_RESOURCE_KIND_STUDY_GRANT, SIMRIS_RESOURCE_KIND_REGULAR_GIFT, SIMRIS_RESOURCE_KIND_OTHER,
  };

  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_set_decision_field (household, "cpas_name", "CPAS de Test-sur-Meuse");
  simris_household_set_decision_field (household, "case_reference", "RIS/2025/0042");
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      SimrisRelation relation = i == 0 ? SIMRIS_RELATION_APPLICANT
                                       : (i == 1 ? SIMRIS_RELATION_PARTNER
                                                 : (i < 12 ? SIMRIS_RELATION_CHILD : SIMRIS_RELATION_SIBLING));
      SimrisMember *member = add_member (household, id, relation, i < 12 && i > 1 ? "2015-06-01" : "1985-01-15");

      for (guint j = 0; j < 20; j++)
        {
          g_autoptr (SimrisResource) resource = simris_resource_new (kinds[(i + j) % G_N_ELEMENTS (kinds)],
                                                                     1000 + 137 * (i * 20 + j),
                                                                     SIMRIS_PERIOD_MONTH);
          g_autofree char *label = (i == 29 && j == 19)
                                     ? g_strdup ("the last row")
                                     : g_strdup_printf ("resource %u of member %u, with a label long enough to "
                                                        "wrap in its cell of the table", j, i);

          simris_resource_set_label (resource, label);
          simris_member_add_resource (member, resource);
        }
    }
  return household;
}

static void
test_large_household (void)
{
  g_autoptr (SimrisHousehold) household = large_household ();
  g_autoptr (SimrisResult) result = compute (household, "fr");
  g_autoptr (SimrisReport) report = simris_report_new (household, result, "fr");
  g_autoptr (PdfText) pdf = NULL;
  int n = simris_report_paginate (report, 595.28, 841.89);

  /* 600 rows of resources at about 45 a page, the trace, the text. */
  g_assert_cmpint (n, >=, 12);
  g_assert_cmpint (n, <=, 60);
  draw_all_pages_on_image (report);

  pdf = write_pdf (report, "large-fr.pdf", "fr");
  if (pdf != NULL)
    {
      g_assert_cmpint (pdf->n_pages, ==, n);
      /* The resources table runs over many pages, and its header row on each of them. */
      g_assert_cmpint (n_pages_with (pdf, simris_tr ("fr", N_("Details"))), >=, 10);
      /* The last row is there. */
      assert_contains (pdf->body, "the last row", "large household");
    }
}

/* The printout hands its own paper size (US Letter here) and its own cairo context. */
static void
test_other_paper_and_surfaces (void)
{
  g_autoptr (SimrisHousehold) household = large_household ();
  g_autoptr (SimrisResult) result = compute (household, "nl");
  g_autoptr (SimrisReport) report = simris_report_new (household, result, "nl");
  int a4, letter;

  a4 = simris_report_paginate (report, 595.28, 841.89);
  letter = simris_report_paginate (report, 612.0, 792.0);
  /* Letter is wider and shorter than A4: about as many pages. */
  g_assert_cmpint (letter, >=, a4 * 3 / 4);
  g_assert_cmpint (letter, <=, a4 * 5 / 4);
  g_assert_cmpint (simris_report_get_n_pages (report), ==, letter);

  for (int page = 0; page < letter; page++)
    {
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (recording);
      double x, y, w, h;

      simris_report_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
      /* Nothing is drawn outside the paper. */
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, 612.0 + 0.5);
      g_assert_cmpfloat (y + h, <=, 792.0 + 0.5);
      cairo_destroy (cr);
      cairo_surface_destroy (recording);
    }
}

/* The draft of a minimal household: an applicant born in 1990, March 2025, no decision fields,
 * no name. The report holds the household and its result. */
static SimrisReport *
minimal_report (const char *lang)
{
  g_autoptr (SimrisHousehold) household = simris_household_new ();
  g_autoptr (SimrisResult) result = NULL;

  simris_household_set_reference_date (household, "2025-03-01");
  add_member (household, "a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  result = compute (household, lang);
  return simris_report_new (household, result, lang);
}

/* A minimal household: no decision fields, no name — the placeholders show. */
static void
test_placeholders (void)
{
  g_autoptr (SimrisReport) report = minimal_report ("en");
  g_autoptr (PdfText) pdf = write_pdf (report, "placeholders-en.pdf", "en");

  draw_all_pages_on_image (report);

  if (pdf != NULL)
    {
      assert_contains (pdf->body, "[CPAS name]", "placeholders");
      assert_contains (pdf->body, "[file reference]", "placeholders");
      /* Which court to fill in, and why (art. 628, 14° of the Judicial Code). */
      assert_contains (pdf->body, "[the labour court of the district where the applicant lives (art. 628, 14° of "
                                  "the Judicial Code), and its address]", "placeholders");
      assert_contains (pdf->body, "€1,314.20", "placeholders");   /* isolé from 01/02/2025, docs/calculation.md §3 */
      assert_contains (pdf->info, "Draft decision on the integration income", "placeholders");
    }
}

/* A write error is a GError naming the file; nothing is left behind. */
static void
test_write_error (void)
{
  g_autoptr (SimrisReport) report = minimal_report ("fr");
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "no-such-dir", "out.pdf", NULL);

  g_assert_false (simris_report_write_pdf (report, out, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* The object's own life: the report holds the household and result, and lets them go. */
static void
test_lifecycle (void)
{
  SimrisHousehold *household = simris_household_new ();
  SimrisResult *result;
  SimrisReport *report;

  simris_household_set_reference_date (household, "2025-03-01");
  add_member (household, "a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  result = compute (household, "nl");
  report = simris_report_new (household, result, "nl");
  g_assert_cmpint (simris_report_get_n_pages (report), >=, 2);
  g_assert_finalize_object (report);
  g_assert_finalize_object (result);
  g_assert_finalize_object (household);
}


/* ---- the labour court, the Charter's mentions, the letterhead --------------------------- */

/* The courts' names and addresses, copied from their sources (data/labour-courts.json cites
 * them): rechtbanken-tribunaux.be/nl/arbeidsrechtbank-gent (afdeling Gent, Opgeëistenlaan
 * 401 C); hovenenrechtbanken.be, the Tribunal du travail du Brabant wallon (one seat since
 * 1 October 2024, Rue Clarisse 115, Nivelles); tribunaux-rechtbanken.be, the Tribunal du
 * travail francophone de Bruxelles (Place Poelaert 3, bte 3). */
static const struct
{
  const char *postcode;
  const char *fr;
  const char *nl;
} courts[] = {
  { "9000", "Tribunal du travail de Gand, division de Gand, Opgeëistenlaan 401 C, 9000 Gand",
            "Arbeidsrechtbank Gent, afdeling Gent, Opgeëistenlaan 401 C, 9000 Gent" },
  { "1400", "Tribunal du travail du Brabant wallon, Rue Clarisse 115, 1400 Nivelles",
            "Arbeidsrechtbank Waals-Brabant, Rue Clarisse 115, 1400 Nijvel" },
  { "1000", "Tribunal du travail francophone de Bruxelles, Place Poelaert 3, bte 3, 1000 Bruxelles",
            "Nederlandstalige arbeidsrechtbank Brussel, Poelaertplein 3, 1000 Brussel" },
};

static void
test_court_lookup (void)
{
  g_autoptr (SimrisLabourCourt) gent = simris_labour_court_find ("9000", "nl");
  g_autoptr (SimrisLabourCourt) gand = simris_labour_court_find (" 9000 ", "fr");
  g_autoptr (SimrisLabourCourt) bxl_fr = simris_labour_court_find ("1050", "fr");
  g_autoptr (SimrisLabourCourt) bxl_nl = simris_labour_court_find ("1050", "nl");
  g_autoptr (SimrisLabourCourt) vilvoorde = simris_labour_court_find ("1800", "fr");
  g_autoptr (SimrisLabourCourt) overijse = simris_labour_court_find ("3090", "nl");
  g_autoptr (SimrisLabourCourt) leuven = simris_labour_court_find ("3000", "nl");
  g_autoptr (SimrisLabourCourt) eupen = simris_labour_court_find ("4700", "fr");
  g_autoptr (SimrisLabourCourt) liege = simris_labour_court_find ("4000", "fr");
  g_autoptr (SimrisLabourCourt) knokke = simris_labour_court_find ("8300", "nl");
  g_autoptr (SimrisLabourCourt) oostende = simris_labour_court_find ("8400", "nl");

  g_assert_cmpstr (gent->court, ==, "Arbeidsrechtbank Gent");
  g_assert_cmpstr (gent->division, ==, "afdeling Gent");
  g_assert_cmpstr (gent->address, ==, "Opgeëistenlaan 401 C, 9000 Gent");
  g_assert_nonnull (strstr (gent->source, "rechtbanken-tribunaux.be"));
  g_assert_cmpstr (gand->court, ==, "Tribunal du travail de Gand");
  g_assert_cmpstr (gand->address, ==, "Opgeëistenlaan 401 C, 9000 Gand");
  /* Brussels: the court of the document's language. */
  g_assert_cmpstr (bxl_fr->court, ==, "Tribunal du travail francophone de Bruxelles");
  g_assert_cmpstr (bxl_nl->court, ==, "Nederlandstalige arbeidsrechtbank Brussel");
  /* Halle-Vilvoorde, Overijse included (postcode 3090), goes to the Dutch-speaking court. */
  g_assert_cmpstr (vilvoorde->court, ==, "Tribunal du travail néerlandophone de Bruxelles");
  g_assert_cmpstr (overijse->court, ==, "Nederlandstalige arbeidsrechtbank Brussel");
  g_assert_cmpstr (leuven->court, ==, "Arbeidsrechtbank Leuven");
  g_assert_cmpstr (eupen->court, ==, "Tribunal du travail d’Eupen");
  /* A division without a sourced address, and a court whose division the table does not
   * know: no address is made up. */
  g_assert_cmpstr (liege->division, ==, "division de Liège");
  /* tribunaux-rechtbanken.be, "Tribunal du travail Liège": the eight divisions' addresses. */
  g_assert_cmpstr (liege->address, ==, "Place Saint-Lambert 30/0004, 4000 Liège");
  g_assert_nonnull (strstr (liege->source, "tribunaux-rechtbanken.be"));
  /* Eupen left Klötzerbahn 27 for the Rathausplatz in June 2020 (BRF, GrenzEcho): no
   * official source gives the registry's number, so no address, and a remark that says why. */
  g_assert_null (eupen->address);
  g_assert_true (eupen->single);
  g_assert_nonnull (strstr (eupen->remark, "Rathausplatz"));
  g_assert_cmpstr (knokke->court, ==, "Arbeidsrechtbank Gent");
  g_assert_null (knokke->division);
  g_assert_null (knokke->address);
  /* The Brugge division has the two cantons of Oostende (the court's regulation). */
  g_assert_cmpstr (oostende->division, ==, "afdeling Brugge");
  g_assert_null (simris_labour_court_find ("0999", "fr"));
  g_assert_null (simris_labour_court_find ("999", "fr"));
  g_assert_null (simris_labour_court_find ("90001", "fr"));
  g_assert_null (simris_labour_court_find ("abcd", "fr"));
  g_assert_null (simris_labour_court_find (NULL, "fr"));
}

static SimrisHousehold *
decided_household (const char *postcode)
{
  SimrisHousehold *household = simris_household_new ();
  g_autoptr (SimrisMember) applicant = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");

  simris_member_set_name (applicant, "Alex Martin");
  simris_household_append (household, applicant);
  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_set_decision_field (household, "cpas_name", "CPAS de Test");
  simris_household_set_decision_field (household, "cpas_address", "Rue du Test 1");
  simris_household_set_decision_field (household, "case_reference", "RIS/2025/0042");
  simris_household_set_decision_field (household, "social_worker", "Camille Dupont");
  simris_household_set_decision_field (household, "application_date", "2025-02-20");
  simris_household_set_decision_field (household, "applicant_address", "Rue de la Station 12");
  simris_household_set_decision_field (household, "cpas_postcode", postcode);
  return household;
}

/* The draft of decided_household (postcode) in lang; the report holds the household and its
 * result. */
static SimrisReport *
decided_report (const char *postcode,
                const char *lang)
{
  g_autoptr (SimrisHousehold) household = decided_household (postcode);
  g_autoptr (SimrisResult) result = compute (household, lang);

  return simris_report_new (household, result, lang);
}

static PdfText *write_and_read (SimrisReport *report, const char *name, const char *lang);

/* Every range of postcodes of the table, at both ends, in every language the table names its
 * courts in: a court, and either the registry's address with its source, or what the note
 * tells the social worker to fill in (a division without a sourced address, a court whose
 * division the table does not know, a court with one seat whose address moved). The
 * divisions of the Liège court all have their address (tribunaux-rechtbanken.be). */
static void
test_court_every_range (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = g_resources_lookup_data ("/io/github/simris/SimRIS/core/labour-courts.json", 0, &error);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray *list;
  guint n_checked = 0;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  list = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "courts");
  for (guint c = 0; c < json_array_get_length (list); c++)
    {
      JsonObject *court = json_array_get_object_element (list, c);
      JsonArray *divisions = json_object_get_array_member (court, "divisions");
      g_autoptr (GList) langs = json_object_get_members (json_object_get_object_member (court, "name"));
      g_autoptr (GPtrArray) ranges = g_ptr_array_new ();
      const char *id = json_object_get_string_member (court, "id");

      g_ptr_array_add (ranges, json_object_get_array_member (court, "postcodes"));
      for (guint d = 0; d < json_array_get_length (divisions); d++)
        g_ptr_array_add (ranges, json_object_get_array_member (json_array_get_object_element (divisions, d), "postcodes"));

      for (guint r = 0; r < ranges->len; r++)
        for (guint k = 0; k < json_array_get_length (g_ptr_array_index (ranges, r)); k++)
          for (guint end = 0; end < 2; end++)
            for (GList *l = langs; l != NULL; l = l->next)
              {
                JsonArray *range = json_array_get_array_element (g_ptr_array_index (ranges, r), k);
                g_autofree char *postcode = g_strdup_printf ("%04" G_GINT64_FORMAT, json_array_get_int_element (range, end));
                g_autoptr (SimrisLabourCourt) found = simris_labour_court_find (postcode, l->data);

                g_assert_nonnull (found);
                g_assert_nonnull (found->court);
                if (found->address != NULL)
                  g_assert_true (g_str_has_prefix (found->source, "http"));
                else
                  /* The note's fill-in text: a division without its address, a court whose
                   * division is unknown, or a single seat with the remark that says why. */
                  g_assert_true (found->division != NULL || !found->single || found->remark != NULL);
                if (g_strcmp0 (id, "liege") == 0 && found->division != NULL)
                  g_assert_nonnull (found->address);
                n_checked++;
              }
    }
  g_assert_cmpuint (n_checked, >, 100);
}

/* What the decision and the note say when the address is missing, in each language: the
 * placeholder in the appeal notice and, in the note, which court to fill in and why. */
static const struct
{
  const char *postcode;   /* NULL: none given */
  const char *decision;   /* a msgid the decision holds, translated */
  const char *note;       /* a msgid the note holds, %s the court (NULL: none) */
  const char *note_plain; /* words the note holds, as they are */
} court_blanks[] = {
  { "6000", N_("[address of the registry of the labour court]"), NULL, "Charleroi" },
  { "7130", N_("[address of the registry of the labour court]"), NULL, "La Louvière" },
  { "4700", N_("[address of the registry of the labour court]"),
    N_("No source gives the address of the registry of the %s: the appeal notice shows a placeholder. Enter "
       "the address in the case."), "Rathausplatz" },
  { NULL, N_("[the labour court of the district where the applicant lives (art. 628, 14° of the Judicial "
             "Code), and its address]"),
    N_("Neither the CPAS’s postcode nor the labour court’s address is given: the appeal notice asks for the "
       "labour court of the district where the applicant lives, competent under art. 628, 14° of the Judicial "
       "Code. Enter the CPAS’s postcode (or the court’s address) in the case or in Preferences."), "628" },
};

static void
test_court_blanks (gconstpointer data)
{
  const char *lang = data;

  if (skip_without_poppler ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (court_blanks); i++)
    {
      g_autoptr (SimrisReport) report = decided_report (court_blanks[i].postcode, lang);
      g_autofree char *name = g_strdup_printf ("blank-%s", court_blanks[i].postcode ? court_blanks[i].postcode : "none");
      g_autoptr (PdfText) pdf = write_and_read (report, name, lang);
      g_autoptr (PdfText) note = write_note (report, name, lang);

      assert_contains (pdf->body, simris_tr (lang, court_blanks[i].decision), name);
      assert_contains (note->body, court_blanks[i].note_plain, name);
      if (court_blanks[i].note != NULL)
        {
          g_autoptr (SimrisLabourCourt) court = court_blanks[i].postcode != NULL
                                                  ? simris_labour_court_find (court_blanks[i].postcode, lang) : NULL;
          g_autofree char *said = g_strdup_printf (simris_tr (lang, court_blanks[i].note),
                                                   court != NULL ? court->court : "");

          assert_contains (note->body, court != NULL ? said : simris_tr (lang, court_blanks[i].note), name);
        }
    }
}

/* The table itself: 9 courts; every address has its source; every postcode from 1000 to
 * 9999 belongs to one court, or to the two of Brussels (1000–1299), and a division's
 * postcodes are its court's. */
static void
test_court_table (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = g_resources_lookup_data ("/io/github/simris/SimRIS/core/labour-courts.json", 0, &error);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray *courts_array;
  int owners[10000] = { 0 };

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  courts_array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "courts");
  g_assert_cmpuint (json_array_get_length (courts_array), ==, 9);

  for (guint c = 0; c < json_array_get_length (courts_array); c++)
    {
      JsonObject *court = json_array_get_object_element (courts_array, c);
      JsonArray *ranges = json_object_get_array_member (court, "postcodes");
      JsonArray *divisions = json_object_get_array_member (court, "divisions");
      gboolean court_has[10000] = { FALSE };

      for (guint r = 0; r < json_array_get_length (ranges); r++)
        {
          JsonArray *range = json_array_get_array_element (ranges, r);
          gint64 from = json_array_get_int_element (range, 0), to = json_array_get_int_element (range, 1);

          g_assert_cmpint (from, >=, 1000);
          g_assert_cmpint (to, <=, 9999);
          g_assert_cmpint (from, <=, to);
          for (gint64 p = from; p <= to; p++)
            {
              owners[p]++;
              court_has[p] = TRUE;
            }
        }
      g_assert_cmpuint (json_array_get_length (divisions), >=, 1);
      for (guint d = 0; d < json_array_get_length (divisions); d++)
        {
          JsonObject *division = json_array_get_object_element (divisions, d);
          JsonNode *address = json_object_get_member (division, "address");
          JsonNode *source = json_object_get_member (division, "source");
          JsonArray *division_ranges = json_object_get_array_member (division, "postcodes");

          /* No address without its source. */
          g_assert_true (JSON_NODE_HOLDS_NULL (address) == JSON_NODE_HOLDS_NULL (source));
          if (!JSON_NODE_HOLDS_NULL (address))
            {
              JsonObject *texts = json_node_get_object (address);

              g_assert_nonnull (json_object_get_string_member (texts, "fr"));
              g_assert_nonnull (json_object_get_string_member (texts, "nl"));
              g_assert_true (g_str_has_prefix (json_node_get_string (source), "http"));
            }
          for (guint r = 0; r < json_array_get_length (division_ranges); r++)
            {
              JsonArray *range = json_array_get_array_element (division_ranges, r);

              for (gint64 p = json_array_get_int_element (range, 0); p <= json_array_get_int_element (range, 1); p++)
                g_assert_true (court_has[p]);
            }
        }
    }
  for (int p = 1000; p <= 9999; p++)
    {
      if (p <= 1299)
        g_assert_cmpint (owners[p], ==, 2);
      else if (owners[p] != 1)
        g_error ("postcode %d belongs to %d courts", p, owners[p]);
    }
}

/* Both parts of a translated sentence around its one %s. */
static void
assert_sentence (const char *body,
                 const char *translated,
                 const char *where)
{
  /* The text around the conversions ("%s", "%1$s"…), each part found as is. */
  g_auto (GStrv) parts = g_regex_split_simple ("%[0-9]*\\$?s", translated, 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      assert_contains (body, parts[i], where);
}

/* Art. 14 of the Charter of the social insured (law of 11 April 1995; famipedia.be lists the
 * mentions): 1° the possibility of an appeal, 2° the address of the competent court, 3° the
 * time limit and the form, 4° the content of art. 728 and 1017 of the Judicial Code, 5° the
 * references of the file and of the service that handles it, 6° the possibility to get
 * explanations from that service; each is found in the PDF, in French and in Dutch. */
static void
test_charter (gconstpointer data)
{
  const char *lang = data;
  gboolean fr = g_str_equal (lang, "fr");

  if (skip_without_poppler ())
    return;

  for (guint c = 0; c < G_N_ELEMENTS (courts); c++)
    {
      g_autoptr (SimrisReport) report = decided_report (courts[c].postcode, lang);
      g_autofree char *name = g_strdup_printf ("charter-%s-%s.pdf", courts[c].postcode, lang);
      g_autoptr (PdfText) pdf = write_pdf (report, name, lang);
      g_autoptr (PdfText) note = write_note (report, name, lang);
      g_autofree char *decision = join_bodies (pdf);
      g_autofree char *file = NULL;

      /* 1°, 2°, 3°: the court and its address, the time limit, the form. */
      assert_contains (decision, fr ? courts[c].fr : courts[c].nl, name);
      assert_sentence (decision, simris_tr (lang, N_("You may appeal against this decision to the labour court: %1$s. "
                                                          "The appeal must be lodged within %2$s of the "
                                                          "notification of this decision, by a request filed at or "
                                                          "sent by registered letter to the registry of the labour "
                                                          "court (art. 47 of the law of 26 May 2002).")), name);
      /* Art. 47, §1 of the law: 3 months. */
      assert_contains (decision, fr ? "dans les 3 mois de la notification" : "binnen 3 maanden na de kennisgeving", name);
      assert_contains (decision, fr ? "loi du 26 mai 2002" : "wet van 26 mei 2002", name);
      assert_contains (decision, fr ? "lettre recommandée" : "aangetekende brief", name);
      /* 4°: the content of art. 728 and 1017. */
      assert_contains (decision, simris_tr (lang, N_("Before the labour court, you appear in person or through a "
                                                          "lawyer. You may also be represented by your spouse or by a "
                                                          "relative holding a written proxy and approved by the judge, "
                                                          "or by a delegate of a representative workers' organisation "
                                                          "holding a written proxy, and you may be assisted or "
                                                          "represented by a delegate of a social organisation that "
                                                          "defends the interests of people entitled to social "
                                                          "integration (art. 728 of the Judicial Code). The appeal is free "
                                                          "of charge. The costs of the proceedings are borne by the CPAS, "
                                                          "unless the appeal is reckless or vexatious (art. 1017, second "
                                                          "paragraph, of the Judicial Code). The appeal does not suspend "
                                                          "this decision.")),
                       name);
      /* Art. 1017, second paragraph, as it reads ("téméraire ou vexatoire", "roekeloos of
       * tergend"), and the appeal's cost in plain words. */
      assert_contains (decision, fr ? "téméraire ou vexatoire" : "roekeloos of tergend", name);
      assert_contains (decision, fr ? "Le recours est gratuit" : "Het beroep is kosteloos", name);
      g_assert_null (strstr (decision, fr ? "téméraire et vexatoire" : "roekeloos en tergend"));
      assert_contains (decision, "728", name);
      assert_contains (decision, "1017", name);
      /* 5°, 6°: the file, its service, the explanations. */
      file = g_strdup_printf (simris_tr (lang, N_("Your file has the reference %1$s and is handled by the social "
                                                  "service of %2$s (social worker: %3$s). You may get any "
                                                  "explanation about this decision from that service; please "
                                                  "quote your file reference.")),
                              "RIS/2025/0042", "CPAS de Test", "Camille Dupont");
      assert_contains (decision, file, name);
      assert_contains (decision, simris_tr (lang, N_("If this decision does not contain all the mentions required "
                                                          "by law, the appeal period does not start to run (art. 14 of "
                                                          "the law of 11 April 1995 establishing the Charter of the "
                                                          "social insured).")), name);
      assert_contains (decision, fr ? "11 avril 1995" : "11 april 1995", name);

      /* The letterhead: the applicant's address; gender-neutral, counted wording. */
      assert_contains (decision, "Rue de la Station 12", name);
      g_assert_null (strstr (pdf->body, "né(e)"));
      g_assert_null (strstr (pdf->body, "(s)"));
      {
        g_autofree char *missing = normalize (simris_tr (lang, N_("[the labour court of the district where the applicant lives (art. 628, 14° "
                                                                        "of the Judicial Code), and its address]")));

        g_assert_null (strstr (pdf->body, missing));
      }
      /* The note says where the address comes from. */
      assert_contains (note->body, fr ? courts[c].fr + strlen (courts[c].fr) - 20
                                            : courts[c].nl + strlen (courts[c].nl) - 20, name);
    }
}

/* Issue 29 (docs/calculation.md §15, §16): the decision on the equivalent social aid rests on
 * the organic law of 8 July 1976 — its title, operative sentence, legal basis and appeal (art. 71)
 * — with no integration-income wording where it does not apply; the maintenance aid of art.
 * 68quinquies is stated beside the amount (300,00 paid → 91,67 a month, 1 100,00 a year). */
static void
test_equivalent_aid (gconstpointer data)
{
  const char *lang = data;
  gboolean fr = g_str_equal (lang, "fr");
  g_autoptr (SimrisHousehold) household = decided_household ("1000");
  g_autoptr (SimrisResult) result = NULL;
  g_autoptr (SimrisReport) report = NULL;
  g_autoptr (PdfText) pdf = NULL;
  g_autofree char *name = g_strdup_printf ("equivalent-%s.pdf", lang);
  g_autofree char *decision = NULL;

  if (skip_without_poppler ())
    return;

  simris_household_set_benefit (household, SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID);
  simris_household_set_residence_status (household, SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER);
  simris_household_set_maintenance_paid_month (household, 30000);
  result = compute (household, lang);
  report = simris_report_new (household, result, lang);
  pdf = write_pdf (report, name, lang);
  /* The note for the social worker is a document of its own: every page is the decision's. */
  decision = join_bodies (pdf);

  assert_contains (decision, fr ? "aide sociale financière équivalente au revenu d'intégration"
                                     : "financiële maatschappelijke dienstverlening gelijkwaardig aan het leefloon", name);
  assert_contains (decision, fr ? "art. 71 de la loi organique du 8 juillet 1976"
                                     : "art. 71 van de organieke wet van 8 juli 1976", name);
  assert_contains (decision, fr ? "57, §1er" : "57, §1", name);
  assert_contains (decision, "68quinquies", name);
  assert_contains (decision, fr ? "91,67 €" : "€ 91,67", name);
  assert_contains (decision, fr ? "1 100,00 €" : "€ 1.100,00", name);
  {
    /* Its share is the table's (art. 68quinquies LO: half of what is paid), never typed in. */
    g_autofree char *share = simris_rules_constant_text (SIMRIS_CONST_MAINTENANCE_AID_PERCENT, lang);

    assert_contains (decision, share, name);
    g_assert_null (strstr (decision, fr ? "la moitié" : "de helft"));
  }
  {
    /* No integration-income decision: not its appeal (art. 47), not its grant or request. */
    g_autofree char *ris_appeal = normalize (fr ? "art. 47 de la loi du 26 mai 2002" : "art. 47 van de wet van 26 mei 2002");
    g_autofree char *ris_grant = normalize (fr ? "le revenu d'intégration au taux de la catégorie" : "het leefloon toe tegen het bedrag");
    g_autofree char *ris_request = normalize (fr ? "demande de revenu d'intégration" : "het leefloon aangevraagd");
    g_autofree char *ris_hearing = normalize (fr ? "art. 20 de la loi du 26 mai 2002" : "art. 20 van de wet van 26 mei 2002");

    g_assert_null (strstr (decision, ris_appeal));
    g_assert_null (strstr (decision, ris_grant));
    g_assert_null (strstr (decision, ris_request));
    g_assert_null (strstr (decision, ris_hearing));
  }
}

/* Issue 23: the figures of the law the documents name come from the rules table, never typed
 * in words: the stay abroad told beforehand from 7 days (art. 23, §5 of the law of 26 May 2002:
 * "een week of meer", primabook.mi-is.be; "7 jours ou plus", bdas-wwsb.brussels 2.2.1.2), the
 * maintenance aid's 50 % (art. 68quinquies LO: half of what is paid), the proofs of the last 3
 * months (a CPAS practice, docs/calculation.md §10). The texts show the table's value in each
 * language, and the old words are gone. */
static void
test_figures_from_table (gconstpointer data)
{
  const char *lang = data;
  static const struct { const char *lang; const char *week; const char *half; } words[] = {
    { "fr", "une semaine", "la moitié" },
    { "nl", "een week", "de helft" },
    { "de", "eine woche", "die hälfte" },
  };
  g_autoptr (SimrisHousehold) household = decided_household ("1000");
  g_autoptr (SimrisMember) applicant = g_list_model_get_item (G_LIST_MODEL (household), 0);
  g_autoptr (SimrisResource) wage = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 50000, SIMRIS_PERIOD_MONTH);
  g_autoptr (SimrisResult) result = NULL;
  g_autoptr (SimrisReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdfText) pdf = NULL;
  g_autoptr (GPtrArray) checklist = NULL;
  g_autoptr (GPtrArray) differences = NULL;
  g_autofree char *name = g_strdup_printf ("figures-%s.pdf", lang);
  g_autofree char *out = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *days = simris_rules_constant_text (SIMRIS_CONST_ABROAD_NOTICE_DAYS, lang);
  g_autofree char *months = simris_rules_constant_text (SIMRIS_CONST_PROOF_MONTHS, lang);
  g_autofree char *share = simris_rules_constant_text (SIMRIS_CONST_MAINTENANCE_AID_PERCENT, lang);
  g_autofree char *wage_proof = simris_rules_kind_proof (SIMRIS_RESOURCE_KIND_WAGE, lang);
  g_autoptr (GString) decision = g_string_new (NULL);
  g_autoptr (GString) said = g_string_new (NULL);
  gboolean bank_seen = FALSE;
  guint w;

  if (!have_poppler ())
    {
      g_test_skip ("pdfinfo or pdftotext (poppler-utils) is not installed");
      return;
    }
  for (w = 0; !g_str_equal (words[w].lang, lang); w++)
    ;

  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_ABROAD_NOTICE_DAYS), ==, 7);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_MAINTENANCE_AID_PERCENT), ==, 50);
  g_assert_cmpint (simris_rules_constant (SIMRIS_CONST_PROOF_MONTHS), ==, 3);

  simris_member_add_resource (applicant, wage);
  simris_household_set_maintenance_paid_month (household, 30000);
  result = compute (household, lang);
  report = simris_report_new (household, result, lang);
  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_no_error (error);
  pdf = read_pdf (out, lang);
  for (int i = 0; i < pdf->n_pages; i++)
    g_string_append_printf (decision, "%s ", pdf->bodies[i]);
  assert_contains (decision->str, days, name);
  g_assert_null (strstr (decision->str, words[w].week));

  /* The applicant's checklist: the wage's pay slips and the bank statements name the table's
   * months; the bank statements only with a reason (mi-is.be FAQ, 21/09/2015). */
  checklist = simris_summary_dup_checklist (household, lang);
  g_assert_nonnull (strstr (wage_proof, months));
  g_assert_true (g_ptr_array_find_with_equal_func (checklist, wage_proof, g_str_equal, NULL));
  for (guint i = 0; i < checklist->len; i++)
    {
      const char *item = g_ptr_array_index (checklist, i);

      g_assert_null (strstr (item, "%"));
      if (item != NULL && strstr (item, months) != NULL && g_strcmp0 (item, wage_proof) != 0)
        bank_seen = TRUE;
    }
  g_assert_true (bank_seen);

  /* The maintenance aid in the applicant's words: the table's share, not "half". */
  differences = simris_summary_dup_differences (result, lang);
  for (guint i = 0; i < differences->len; i++)
    g_string_append_printf (said, "%s\n", (const char *) g_ptr_array_index (differences, i));
  g_assert_nonnull (strstr (said->str, share));
  {
    g_autofree char *folded = g_utf8_casefold (said->str, -1);

    g_assert_null (strstr (folded, words[w].half));
  }
}

/* A court the table knows without the address of its registry: a placeholder, and the note
 * says so; no address is made up. */
static void
test_court_without_address (void)
{
  g_autoptr (SimrisReport) report = decided_report ("8300", "nl");
  g_autoptr (PdfText) pdf = NULL;
  g_autofree char *said = NULL;

  if (skip_without_poppler ())
    return;
  pdf = write_pdf (report, "court-8300-nl.pdf", "nl");
  assert_contains (pdf->body, "Arbeidsrechtbank Gent", "8300");
  assert_contains (pdf->body, simris_tr ("nl", N_("[address of the registry of the labour court]")), "8300");
  said = g_strdup_printf (simris_tr ("nl", N_("The postcode %2$s is served by the %1$s, which has several divisions; "
                                              "the table does not know the division of this municipality. Check the "
                                              "division of the canton and enter the address of its registry in the "
                                              "case.")),
                          "Arbeidsrechtbank Gent", "8300");
  {
    g_autoptr (PdfText) note = write_note (report, "court-8300", "nl");

    assert_contains (note->body, said, "8300");
  }
}

/* ---- long texts ------------------------------------------------------------------------- */

/* One word of 100 000 characters in a name, a label and a paying body: the text is cut
 * before it is shaped, wrapped inside its cell, and a row taller than a page is split
 * between pages. Bounded by construction: the capped text is at most
 * SIMRIS_PAGE_MAX_TEXT characters, so the page count has a small bound. */
static void
test_long_words (void)
{
  g_autoptr (SimrisHousehold) household = simris_household_new ();
  g_autoptr (SimrisMember) applicant = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr (SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_OTHER, 10000, SIMRIS_PERIOD_MONTH);
  g_autoptr (SimrisResult) result = NULL;
  g_autoptr (SimrisReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *word = g_strnfill (100000, 'w');
  g_autofree char *label = g_strconcat ("LABELSTART", word, NULL);
  g_autoptr (PdfText) pdf = NULL;
  SimrisPageLayout *layout;
  int n;

  simris_member_add_resource (applicant, resource);
  {
    g_autofree char *cut = simris_page_cap_text (label, 10);
    g_autoptr (GString) accents = g_string_new (NULL);
    g_autofree char *cut_accents = NULL;

    g_assert_cmpstr (cut, ==, "LABELSTART…");
    for (int i = 0; i < 20; i++)
      g_string_append (accents, "é");
    cut_accents = simris_page_cap_text (accents->str, 3);
    g_assert_cmpstr (cut_accents, ==, "ééé…");
  }
  simris_household_append (household, applicant);
  simris_household_set_reference_date (household, "2025-03-01");
  /* The case file refuses such texts (docs/case-format.md: 200 and 2 000 characters), and so
   * does the engine; the renderer must stay safe whatever it is given: the result is
   * computed first, the texts are then made too long. */
  result = compute (household, "fr");
  simris_member_set_name (applicant, word);
  simris_resource_set_label (resource, label);
  {
    /* Two bytes a character: the cut counts characters, not bytes. */
    g_autoptr (GString) accents = g_string_new (NULL);

    for (int i = 0; i < 50000; i++)
      g_string_append (accents, "é");
    simris_household_set_decision_field (household, "cpas_name", accents->str);
    simris_household_set_decision_field (household, "social_worker", "Invalid \xff\xfe UTF-8 \xe2");
  }
  simris_household_set_decision_field (household, "applicant_address", word);
  report = simris_report_new (household, result, "fr");

  n = simris_report_paginate (report, 595.28, 841.89);
  layout = simris_report_get_page_layout (report);
  /* Each capped text fills at most a few pages at a column's width; the document stays
   * within a handful of pages more than a short one. */
  g_assert_cmpint (n, >=, 4);
  g_assert_cmpint (n, <=, 40);
  /* Every piece placed, the parts of the tall rows included, lies inside its page's body. */
  g_assert_true (simris_page_layout_check_fits (layout));
  draw_all_pages_on_image (report);
  pdf = write_pdf (report, "long-words-fr.pdf", "fr");
  if (pdf != NULL)
    {
      g_assert_cmpint (pdf->n_pages, ==, n);
      assert_contains (pdf->body, "LABELSTART", "long words");
      /* The resource's row runs over more than one page: its text continues. */
      g_assert_cmpint (n_pages_with (pdf, "wwwwwwwwwwwwwwwwwwww"), >=, 3);
      /* The cut text ends with an ellipsis. */
      assert_contains (pdf->body, "w…", "long words");
    }
}

/* The layout alone: a row of three cells, each many lines long, taller than two pages. */
static void
test_tall_row (void)
{
  g_autoptr (SimrisPageLayout) layout = simris_page_layout_new ();
  static const double cols[] = { 0.3, 0.3, 0.4 };
  g_autoptr (GString) a = g_string_new (NULL);
  g_autoptr (GString) b = g_string_new (NULL);
  const char *cells[3];
  SimrisPageTable *t;
  int n;

  simris_page_layout_reset (layout, 595.28, 841.89);
  for (int i = 0; i < 150; i++)
    g_string_append_printf (a, "line %d\n", i);
  for (int i = 0; i < 40; i++)
    g_string_append_printf (b, "other %d\n", i);
  simris_page_layout_add_para_text (layout, "Before the table.");
  t = simris_page_layout_add_table (layout, 3, cols);
  cells[0] = "Head A"; cells[1] = "Head B"; cells[2] = "Head C";
  simris_page_layout_add_row (layout, t, SIMRIS_ROW_HEADER, "lll", SIMRIS_PAGE_SIZE_TABLE, cells);
  cells[0] = a->str; cells[1] = b->str; cells[2] = "short";
  simris_page_layout_add_row (layout, t, SIMRIS_ROW_BODY, "lll", SIMRIS_PAGE_SIZE_TABLE, cells);
  cells[0] = "after"; cells[1] = NULL; cells[2] = NULL;
  simris_page_layout_add_row (layout, t, SIMRIS_ROW_BODY, "lll", SIMRIS_PAGE_SIZE_TABLE, cells);
  simris_page_layout_end_table (layout, 1);

  n = simris_page_layout_paginate (layout);
  /* 150 lines of 8.8 pt × 1.1 at about 11 pt a line: 1 650 pt, in a body of 715 pt. */
  g_assert_cmpint (n, >=, 3);
  g_assert_cmpint (n, <=, 4);
  g_assert_true (simris_page_layout_check_fits (layout));
}

/* ---- decided files are the owner's only ------------------------------------------------ */

static void
test_file_mode (void)
{
  g_autoptr (SimrisReport) report = decided_report ("9000", "fr");
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "mode.pdf", NULL);
  GStatBuf st;
  mode_t old_mask = umask (022);

  g_unlink (out);
  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Replacing a 0600 PDF keeps it 0600; replacing a 0644 one makes it 0600. */
  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_chmod (out, 0644), ==, 0);
  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);
  umask (old_mask);
}


/* ---- every document through the one safe writer (issue 27, defects 4 and 5) ------------- */

typedef gboolean (*WriteFunc) (SimrisHousehold *household,
                               SimrisResult    *result,
                               const char      *path,
                               GError         **error);

static gboolean
write_decision (SimrisHousehold *household,
                SimrisResult    *result,
                const char      *path,
                GError         **error)
{
  g_autoptr (SimrisReport) report = simris_report_new (household, result, "fr");

  return simris_report_write_pdf (report, path, error);
}

static gboolean
write_summary (SimrisHousehold *household,
               SimrisResult    *result,
               const char      *path,
               GError         **error)
{
  return simris_summary_write_pdf (household, result, "fr", path, error);
}

/* A device node, a FIFO, a symbolic link to either: refused with a message naming the file,
 * and left as it was (as root, "--pdf /dev/null" replaced the system's /dev/null). A symbolic
 * link to a regular file: its target replaced, the link kept. A hard link: the other name
 * keeps the old contents. New files are 0600 whatever the umask. */
static void
test_safe_targets (gconstpointer data)
{
  WriteFunc write = (WriteFunc) data;
  g_autoptr (SimrisHousehold) household = decided_household ("9000");
  g_autoptr (SimrisResult) result = compute (household, "fr");
  g_autofree char *dir = g_dir_make_tmp ("simris-safe-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.pdf", NULL);
  g_autofree char *device = g_build_filename (dir, "null.pdf", NULL);
  g_autofree char *to_device = g_build_filename (dir, "sym-to-null.pdf", NULL);
  g_autofree char *target = g_build_filename (dir, "target.pdf", NULL);
  g_autofree char *sym = g_build_filename (dir, "sym.pdf", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.pdf", NULL);
  const char *specials[] = { fifo, device, to_device };
  g_autofree char *link_text = NULL;
  GStatBuf st;
  mode_t old_mask;

  g_assert_no_errno (mkfifo (fifo, 0600));
  /* A character device like /dev/null (1, 3), made in the temporary folder. Without the
   * right to make one (not root), the system's own /dev/null under a name of ours. */
  if (mknod (device, S_IFCHR | 0600, makedev (1, 3)) != 0)
    {
      g_test_message ("mknod: %s; using a link to /dev/null", g_strerror (errno));
      g_assert_no_errno (symlink ("/dev/null", device));
    }
  g_assert_no_errno (symlink (device, to_device));

  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (write (household, result, specials[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
      g_assert_cmpint (g_stat (specials[i], &st), ==, 0);
      g_assert_false (S_ISREG (st.st_mode));
    }
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpint (g_stat (device, &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  /* A symbolic link to a regular file: the target is written, the link stays a link. */
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_no_errno (g_chmod (target, 0644));
  g_assert_no_errno (symlink ("target.pdf", sym));
  g_assert_true (write (household, result, sym, NULL));
  g_assert_cmpint (g_lstat (sym, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  link_text = g_file_read_link (sym, NULL);
  g_assert_cmpstr (link_text, ==, "target.pdf");
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* A hard link is not rewritten in place: the other name keeps the old contents. */
  g_assert_true (g_file_set_contents (hard, "shared", -1, NULL));
  g_assert_no_errno (g_unlink (target));
  g_assert_no_errno (link (hard, target));
  g_assert_true (write (household, result, target, NULL));
  simris_test_assert_file_text (hard, "shared");
  g_assert_cmpint (g_stat (hard, &st), ==, 0);
  g_assert_cmpuint (st.st_nlink, ==, 1);

  /* 0600 even under umask 000. */
  old_mask = umask (0);
  g_assert_true (write (household, result, fresh, NULL));
  umask (old_mask);
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* Nothing else was left in the folder (no temporary file). */
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        n++;
        g_unlink (path);
      }
    g_assert_cmpuint (n, ==, 7);
  }
  g_assert_no_errno (g_rmdir (dir));
}


/* ---- the optional annexes (issues 16 and 18) -------------------------------------------- */

static PdfText *
write_and_read (SimrisReport *report,
                const char   *name,
                const char   *lang)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.pdf", name, lang);
  PdfText *pdf = write_pdf (report, file, lang);

  g_assert_true (simris_page_layout_check_fits (simris_report_get_page_layout (report)));
  draw_all_pages_on_image (report);
  return pdf;
}

/* Where the heading stands in the body (-1: absent). */
static gssize
heading_at (PdfText    *pdf,
            const char *lang,
            const char *msgid)
{
  g_autofree char *n = normalize (simris_tr (lang, msgid));
  const char *at = strstr (pdf->body, n);

  return at != NULL ? at - pdf->body : -1;
}

/* The annex stands after the calculation annex; the note for the social worker is apart. */
static void
assert_annex_in_place (PdfText    *pdf,
                       const char *lang,
                       const char *heading)
{
  gssize calc = heading_at (pdf, lang, N_("Annex: calculation"));
  gssize annex = heading_at (pdf, lang, heading);

  g_assert_cmpint (calc, >=, 0);
  g_assert_cmpint (annex, >, calc);
  /* The note for the social worker is a document of its own. */
  g_assert_cmpint (heading_at (pdf, lang, N_("Note for the social worker")), <, 0);
}

static void
assert_no_annex (PdfText    *pdf,
                 const char *lang)
{
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: amounts over the period")), <, 0);
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: other scenarios")), <, 0);
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: income against earnings")), <, 0);
}

/* tests/cases/timeline/index-step-2026-03.simris.json: isolé without resources, 15 770,41 / 12
 * = 1 314,20 a month in 2026-01 and 02; the index step of 2026-03: 16 085,64 / 12 = 1 340,47;
 * total 2 × 1 314,20 + 2 × 1 340,47 = 5 309,34 (the case's description). */
static void
test_annex_timeline (gconstpointer data)
{
  const char *lang = data;
  gboolean fr = g_str_equal (lang, "fr");
  g_autoptr (SimrisHousehold) household = simris_test_load_case ("timeline", "index-step-2026-03.simris.json");
  g_autoptr (SimrisResult) result = compute (household, lang);
  g_autoptr (SimrisReport) report = simris_report_new (household, result, lang);
  g_autoptr (SimrisTimeline) timeline = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdfText) plain = NULL;
  g_autoptr (PdfText) pdf = NULL;
  SimrisDate from, to;
  GPtrArray *changes;

  if (skip_without_poppler ())
    return;

  plain = write_and_read (report, "annex-none", lang);
  assert_no_annex (plain, lang);

  g_assert_true (simris_timeline_parse_month ("2026-01", &from));
  g_assert_true (simris_timeline_parse_month ("2026-04", &to));
  timeline = simris_timeline_compute (simris_parameters_get_default (), household, from, to, lang,
                                      SIMRIS_TIMELINE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  simris_report_set_timeline (report, timeline);
  pdf = write_and_read (report, "annex-timeline", lang);

  assert_annex_in_place (pdf, lang, N_("Annex: amounts over the period"));
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: other scenarios")), <, 0);
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: income against earnings")), <, 0);
  g_assert_cmpint (pdf->n_pages, ==, plain->n_pages + 1);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *month = g_strdup_printf ("%02u/2026", i + 1);
      assert_contains (pdf->body, month, "timeline annex");
    }
  /* The amounts, each whole on a line. */
  assert_on_one_line (pdf->raw, fr ? "1 314,20 €" : "€ 1.314,20", "timeline annex");
  assert_on_one_line (pdf->raw, fr ? "1 340,47 €" : "€ 1.340,47", "timeline annex");
  assert_on_one_line (pdf->raw, fr ? "5 309,34 €" : "€ 5.309,34", "timeline annex");
  /* The total only in the annex: the draft without it never shows it. */
  g_assert_null (strstr (plain->body, fr ? "5 309,34" : "5.309,34"));
  assert_contains (pdf->body, simris_tr (lang, N_("What changed")), "timeline annex");
  /* The index step's change, in the month it happens (2026-03). */
  changes = simris_timeline_get_changes (timeline, 2);
  g_assert_cmpuint (changes->len, >, 0);
  g_assert_true (simris_timeline_has_change (timeline, 2, "parameters"));
  for (guint i = 0; i < changes->len; i++)
    assert_contains (pdf->body, ((SimrisTimelineChange *) g_ptr_array_index (changes, i))->text, "timeline annex");

  /* NULL removes it again. */
  simris_report_set_timeline (report, NULL);
  {
    g_autoptr (PdfText) again = write_and_read (report, "annex-removed", lang);
    assert_no_annex (again, lang);
    g_assert_cmpint (again->n_pages, ==, plain->n_pages);
  }
}

/* tests/cases/scenarios-cohabitant-job-parent.simris.json (its description): base 498,53 a
 * month, household 3 698,53; "CPAS counts the parent" 0,00, 3 200,00; "Parent leaves" 944,51,
 * 1 644,51; "Job pays 1 000" 198,53, 3 698,53. */
static void
test_annex_scenarios (gconstpointer data)
{
  const char *lang = data;
  gboolean fr = g_str_equal (lang, "fr");
  g_autoptr (SimrisHousehold) household = simris_test_load_case (NULL, "scenarios-cohabitant-job-parent.simris.json");
  g_autoptr (SimrisResult) result = compute (household, lang);
  g_autoptr (SimrisReport) report = simris_report_new (household, result, lang);
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (SimrisComparison) cmp = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdfText) plain = NULL;
  g_autoptr (PdfText) pdf = NULL;
  static const char * const fr_amounts[] = { "498,53 €", "3 698,53 €", "0,00 €", "3 200,00 €",
                                             "944,51 €", "1 644,51 €", "198,53 €" };
  static const char * const nl_amounts[] = { "€ 498,53", "€ 3.698,53", "€ 0,00", "€ 3.200,00",
                                             "€ 944,51", "€ 1.644,51", "€ 198,53" };

  if (skip_without_poppler ())
    return;

  plain = write_and_read (report, "annex-none-cmp", lang);
  assert_no_annex (plain, lang);
  g_assert_null (strstr (plain->body, "parent leaves"));

  scenarios = simris_scenarios_load (household, &error);
  g_assert_no_error (error);
  cmp = simris_scenario_compare (simris_parameters_get_default (), household, scenarios, lang, &error);
  g_assert_no_error (error);
  simris_report_set_comparison (report, cmp);
  pdf = write_and_read (report, "annex-scenarios", lang);

  assert_annex_in_place (pdf, lang, N_("Annex: other scenarios"));
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: amounts over the period")), <, 0);
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: income against earnings")), <, 0);
  assert_contains (pdf->body, "CPAS counts the parent", "scenarios annex");
  assert_contains (pdf->body, "Parent leaves", "scenarios annex");
  assert_contains (pdf->body, "Job pays 1 000", "scenarios annex");
  for (guint i = 0; i < G_N_ELEMENTS (fr_amounts); i++)
    assert_on_one_line (pdf->raw, fr ? fr_amounts[i] : nl_amounts[i], "scenarios annex");
  /* The plain draft has no scenario (944,51 € may still show there as the other answer to
   * "do you share the household with the parent?", issue 24). */
  g_assert_null (strstr (plain->body, "Job pays 1 000"));
  /* Each scenario's changes and why its differing steps differ, as sentences. */
  for (guint c = 1; c < simris_comparison_get_n_columns (cmp); c++)
    {
      SimrisCompareColumn *col = simris_comparison_get_column (cmp, c);

      g_assert_cmpuint (col->differs->len, >, 0);
      for (guint j = 0; j < col->changes->len; j++)
        assert_contains (pdf->body, g_ptr_array_index (col->changes, j), "scenarios annex");
      for (guint j = 0; j < col->differs->len; j++)
        assert_contains (pdf->body, ((SimrisStepDiff *) g_ptr_array_index (col->differs, j))->why, "scenarios annex");
    }
}

/* The annex names the person each variant changes (tests/cases/whatif/scenarios-names.simris.json:
 * Sara raises Lea and Tom; "Lea leaves", and one variant per other op about a person). Before,
 * "Lea leaves" printed the base case's step about Tom as the one missing. */
static void
test_annex_names (gconstpointer data)
{
  const char *lang = data;
  g_autoptr (SimrisHousehold) household = simris_test_load_case ("whatif", "scenarios-names.simris.json");
  g_autoptr (SimrisResult) result = compute (household, lang);
  g_autoptr (SimrisReport) report = simris_report_new (household, result, lang);
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (SimrisComparison) cmp = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdfText) pdf = NULL;
  g_autoptr (SimrisScenario) add = simris_scenario_new ("Nora is born");
  g_autoptr (SimrisScenario) amount = simris_scenario_new ("Sara earns 1 200");
  g_autoptr (JsonNode) newborn = json_from_string ("{ \"op\": \"add_member\", \"member\": { \"id\": \"n\", "
                                                   "\"relation\": \"child\", \"name\": \"Nora\", "
                                                   "\"birth_date\": \"2024-06-01\" } }", NULL);
  const char *whom[] = { NULL, "Lea", "Nora", "Sara" };
  const char *other[] = { NULL, "Tom", "Lea", "Lea" };

  if (skip_without_poppler ())
    return;

  scenarios = simris_scenarios_load (household, &error);
  g_assert_no_error (error);
  simris_scenario_add_change (add, json_node_get_object (newborn));
  g_ptr_array_add (scenarios, g_object_ref (add));
  simris_scenario_add_set_amount (amount, "a", 0, 120000);
  g_ptr_array_add (scenarios, g_object_ref (amount));
  cmp = simris_scenario_compare (simris_parameters_get_default (), household, scenarios, lang, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (simris_comparison_get_n_columns (cmp), ==, 4);
  simris_report_set_comparison (report, cmp);
  pdf = write_and_read (report, "annex-names", lang);
  assert_annex_in_place (pdf, lang, N_("Annex: other scenarios"));

  for (guint c = 1; c < 4; c++)
    {
      SimrisCompareColumn *col = simris_comparison_get_column (cmp, c);
      GPtrArray *base_steps = simris_result_get_steps (simris_comparison_get_column (cmp, 0)->result);

      assert_contains (pdf->body, col->name, "scenarios annex");
      /* The sentence names the person, in the document's language. */
      g_assert_nonnull (strstr (g_ptr_array_index (col->changes, 0), whom[c]));
      g_assert_null (strstr (g_ptr_array_index (col->changes, 0), other[c]));
      assert_contains (pdf->body, g_ptr_array_index (col->changes, 0), "scenarios annex");
      /* A base step missing in the variant is about the person the variant changes. */
      for (guint j = 0; j < col->differs->len; j++)
        {
          SimrisStepDiff *d = g_ptr_array_index (col->differs, j);
          SimrisStep *s;

          if (d->step >= 0)
            continue;
          s = g_ptr_array_index (base_steps, d->base_step);
          g_assert_null (strstr (s->text, other[c]));
          assert_contains (pdf->body, s->text, "scenarios annex");
        }
    }
  /* "Lea leaves": Lea's own step is the one the variant lacks. */
  {
    SimrisCompareColumn *col = simris_comparison_get_column (cmp, 1);
    GPtrArray *base_steps = simris_result_get_steps (simris_comparison_get_column (cmp, 0)->result);
    gboolean found = FALSE;

    for (guint j = 0; j < col->differs->len; j++)
      {
        SimrisStepDiff *d = g_ptr_array_index (col->differs, j);

        if (d->step < 0 && strstr (((SimrisStep *) g_ptr_array_index (base_steps, d->base_step))->text, "Lea") != NULL)
          found = TRUE;
      }
    g_assert_true (found);
  }
}

/* tests/cases/public/spi-new-job.simris.json (its description): at 700 € of earnings,
 * (700 − 309,48) × 12 = 4 686,24 counted; 10 513,60 − 4 686,24 + 155 = 5 982,36 a year =
 * 498,53 a month; the household's income 700 + 498,53 = 1 198,53. Without earnings the
 * category's 10 513,60 / 12 = 876,13 a month. */
static void
test_annex_sweep (gconstpointer data)
{
  const char *lang = data;
  gboolean fr = g_str_equal (lang, "fr");
  g_autoptr (SimrisHousehold) household = simris_test_load_case ("public", "spi-new-job.simris.json");
  g_autoptr (SimrisResult) result = compute (household, lang);
  g_autoptr (SimrisReport) report = simris_report_new (household, result, lang);
  g_autoptr (SimrisSweep) sweep = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdfText) pdf = NULL;
  g_autofree char *summary = NULL;

  if (skip_without_poppler ())
    return;

  sweep = simris_sweep_run (simris_parameters_get_default (), household, "a", 0,
                            SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
  g_assert_no_error (error);
  simris_report_set_sweep (report, sweep);
  pdf = write_and_read (report, "annex-sweep", lang);

  assert_annex_in_place (pdf, lang, N_("Annex: income against earnings"));
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: amounts over the period")), <, 0);
  g_assert_cmpint (heading_at (pdf, lang, N_("Annex: other scenarios")), <, 0);
  /* The summary, and the point of the present earnings. */
  summary = simris_sweep_dup_summary (sweep, lang);
  assert_contains (pdf->body, summary, "sweep annex");
  assert_on_one_line (pdf->raw, fr ? "700,00 €" : "€ 700,00", "sweep annex");
  assert_on_one_line (pdf->raw, fr ? "498,53 €" : "€ 498,53", "sweep annex");
  assert_on_one_line (pdf->raw, fr ? "1 198,53 €" : "€ 1.198,53", "sweep annex");
  assert_on_one_line (pdf->raw, fr ? "876,13 €" : "€ 876,13", "sweep annex");
  /* The chart is drawn in the page: its axis label and legend come out as text, the axis
   * figures in the document's format ("2 500 €", "€ 2.500"), never "2500 €". */
  assert_contains (pdf->body, fr ? "2 500 €" : "€ 2.500", "sweep annex");
  g_assert_null (strstr (pdf->body, "2500 €"));

  /* All three together, each once, in their order. */
  {
    g_autoptr (SimrisHousehold) h = simris_test_load_case (NULL, "scenarios-cohabitant-job-parent.simris.json");
    g_autoptr (SimrisResult) r = compute (h, lang);
    g_autoptr (SimrisReport) all = simris_report_new (h, r, lang);
    g_autoptr (GPtrArray) scenarios = simris_scenarios_load (h, &error);
    g_autoptr (SimrisComparison) cmp = simris_scenario_compare (simris_parameters_get_default (), h, scenarios, lang, &error);
    g_autoptr (SimrisSweep) s = simris_sweep_run (simris_parameters_get_default (), h, "a", 0,
                                                  SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP, &error);
    g_autoptr (SimrisTimeline) tl = NULL;
    g_autoptr (PdfText) p = NULL;
    SimrisDate from, to;

    g_assert_no_error (error);
    g_assert_true (simris_timeline_parse_month ("2025-03", &from));
    g_assert_true (simris_timeline_parse_month ("2025-05", &to));
    tl = simris_timeline_compute (simris_parameters_get_default (), h, from, to, lang, SIMRIS_TIMELINE_FLAGS_NONE, &error);
    g_assert_no_error (error);
    simris_report_set_timeline (all, tl);
    simris_report_set_comparison (all, cmp);
    simris_report_set_sweep (all, s);
    p = write_and_read (all, "annex-all", lang);
    assert_annex_in_place (p, lang, N_("Annex: amounts over the period"));
    g_assert_cmpint (heading_at (p, lang, N_("Annex: other scenarios")), >,
                     heading_at (p, lang, N_("Annex: amounts over the period")));
    g_assert_cmpint (heading_at (p, lang, N_("Annex: income against earnings")), >,
                     heading_at (p, lang, N_("Annex: other scenarios")));
    assert_annex_in_place (p, lang, N_("Annex: income against earnings"));
    /* 3 × 498,53 = 1 495,59 over 2025-03..05. */
    assert_on_one_line (p->raw, fr ? "1 495,59 €" : "€ 1.495,59", "all annexes");
  }
}

/* ---- refusals ------------------------------------------------------------------------------ */

/* A refusal is worded in the document's language, its lead-in sentence in the form of the
 * number of reasons (tests/cases/condition-residence-false: one reason, the residence;
 * condition-and-resources: two). The sentences are written here, not taken from the
 * catalogue: a missing plural entry printed them in English. */
static const struct
{
  const char *lang;
  const char *one;
  const char *several;
  const char *cheques;
  const char *social_aid;     /* the organic law of 8 July 1976 */
  const char *new_application;
  const char *not_examined;
  const char *piis;           /* never in a refusal */
} refusal_words[] = {
  { "fr", "Le Comité spécial du service social refuse le revenu d'intégration au demandeur, Alex Martin, pour le motif suivant :",
          "pour les motifs suivants :", "40 chèques", "loi organique du 8 juillet 1976",
          "nouvelle demande de revenu d'intégration", "non examinée", "PIIS" },
  { "nl", "Het Bijzonder Comité voor de Sociale Dienst weigert de aanvrager, Alex Martin, het leefloon om de volgende reden:",
          "om de volgende redenen:", "40 cheques", "organieke wet van 8 juli 1976",
          "nieuwe aanvraag voor het leefloon", "niet onderzocht", "GPMI" },
};

static void
test_refusal_language (gconstpointer data)
{
  guint l = GPOINTER_TO_UINT (data);
  const char *lang = refusal_words[l].lang;
  const char *names[] = { "condition-residence-false.simris.json", "condition-and-resources.simris.json" };

  if (skip_without_poppler ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (SimrisHousehold) household = simris_test_load_case (NULL, names[i]);
      g_autoptr (SimrisMember) applicant = g_object_ref (simris_household_get_applicant (household));
      g_autoptr (SimrisResult) result = NULL;
      g_autoptr (SimrisReport) report = NULL;
      g_autoptr (PdfText) pdf = NULL;

      simris_member_set_name (applicant, "Alex Martin");
      result = compute (household, lang);
      g_assert_false (simris_result_get_eligible (result));
      report = simris_report_new (household, result, lang);
      pdf = write_and_read (report, names[i], lang);
      if (i == 0)
        assert_contains (pdf->body, refusal_words[l].one, names[i]);
      else
        assert_contains (pdf->body, refusal_words[l].several, names[i]);
      g_assert_null (strstr (pdf->body, "special committee for social services"));
      g_assert_null (strstr (pdf->body, "for the following reason"));
      /* What a refusal must say, and nothing of a grant: social aid under the organic law of
       * 8 July 1976, a new application; no PIIS, no obligations of a beneficiary. */
      assert_contains (pdf->body, refusal_words[l].social_aid, names[i]);
      assert_contains (pdf->body, refusal_words[l].new_application, names[i]);
      {
        g_autofree char *piis = normalize (refusal_words[l].piis);
        g_autofree char *obligations = normalize (simris_tr (lang, "Your obligations"));

        g_assert_null (strstr (pdf->body, piis));
        g_assert_null (strstr (pdf->body, obligations));
      }
      /* condition-residence-false answers nothing about the willingness to work: "not
       * examined", never "met". */
      if (i == 0)
        assert_contains (pdf->body, refusal_words[l].not_examined, names[i]);
    }
  /* "%d cheques": tests/cases/ale-cheques-2025 declares 40 cheques. */
  {
    g_autoptr (SimrisHousehold) household = simris_test_load_case (NULL, "ale-cheques-2025.simris.json");
    g_autoptr (SimrisResult) result = compute (household, lang);
    g_autoptr (SimrisReport) report = simris_report_new (household, result, lang);
    g_autoptr (PdfText) pdf = write_and_read (report, "ale-cheques-2025", lang);

    assert_contains (pdf->body, refusal_words[l].cheques, "ale-cheques-2025");
  }
}

/* The decision's own fields (docs/case-format.md, "Decision"): the draft's date is the day it
 * is made, never the application's; the hearing of art. 20 as it happened; "Madame" and the
 * national register number as the case gives them. Words written here per language. */
static const struct
{
  const char *lang;
  const char *title;
  const char *addressed;
  const char *heard;
  const char *not_asked;
  const char *nrn;
  const char *before_it_decides;   /* the old announcement, never again */
  const char *studies_piis;
  const char *studies_exempt;
} field_words[] = {
  { "fr", "Madame", "Madame Alex Martin", "entendu par le Comité spécial du service social le 03/03/2025",
    "n'a pas demandé à être entendu", "Numéro de registre national : 90.01.01-123.45", "avant qu'il ne statue",
    "« études de plein exercice »", "dispense : études de plein exercice" },
  { "nl", "Mevrouw", "Mevrouw Alex Martin", "op 03/03/2025 gehoord door het Bijzonder Comité",
    "heeft niet gevraagd om gehoord te worden", "Rijksregisternummer: 90.01.01-123.45", "voordat het beslist",
    "‘voltijds onderwijs’ (GPMI)", "vrijgesteld: voltijds onderwijs" },
};

static void
test_decision_fields (gconstpointer data)
{
  guint l = GPOINTER_TO_UINT (data);
  const char *lang = field_words[l].lang;

  if (skip_without_poppler ())
    return;
  {
    g_autoptr (SimrisHousehold) household = decided_household ("9000");
    g_autoptr (SimrisResult) result = NULL;
    g_autoptr (SimrisReport) report = NULL;
    g_autoptr (PdfText) pdf = NULL;

    simris_household_set_decision_field (household, "draft_date", "2025-03-05");
    simris_household_set_decision_field (household, "hearing", "heard");
    simris_household_set_decision_field (household, "hearing_date", "2025-03-03");
    simris_household_set_decision_field (household, "applicant_title", field_words[l].title);
    simris_household_set_decision_field (household, "national_register_number", "90.01.01-123.45");
    g_assert_true (simris_household_validate (household, NULL));
    result = compute (household, lang);
    report = simris_report_new (household, result, lang);
    pdf = write_and_read (report, "fields-heard", lang);
    assert_contains (pdf->body, field_words[l].addressed, "fields");
    assert_contains (pdf->body, field_words[l].heard, "fields");
    assert_contains (pdf->body, field_words[l].nrn, "fields");
    assert_contains (pdf->body, "05/03/2025", "fields");
    g_assert_null (strstr (pdf->body, field_words[l].before_it_decides));
  }
  {
    g_autoptr (SimrisHousehold) household = decided_household ("9000");
    g_autoptr (SimrisResult) result = NULL;
    g_autoptr (SimrisReport) report = NULL;
    g_autoptr (PdfText) pdf = NULL;

    simris_household_set_decision_field (household, "hearing", "not_asked");
    /* Without draft_date: the day the draft is made (SOURCE_DATE_EPOCH 1767225600 is
     * 2026-01-01), never the application's 20/02/2025. */
    g_setenv ("SOURCE_DATE_EPOCH", "1767225600", TRUE);
    result = compute (household, lang);
    report = simris_report_new (household, result, lang);
    pdf = write_and_read (report, "fields-not-asked", lang);
    g_unsetenv ("SOURCE_DATE_EPOCH");
    assert_contains (pdf->body, field_words[l].not_asked, "fields");
    assert_contains (pdf->body, "01/01/2026", "fields");
  }
  {
    g_autoptr (SimrisHousehold) household = decided_household ("9000");

    simris_household_set_decision_field (household, "hearing", "maybe");
    g_assert_false (simris_household_validate (household, NULL));
  }
  /* A student (tests/cases/public/student-isolated-job-400-2022-01): the PIIS "full-time
   * studies", and the studies exempt from the willingness to work (art. 3, 5°): never
   * declared willing to work. */
  {
    g_autoptr (SimrisHousehold) household = simris_test_load_case ("public", "student-isolated-job-400-2022-01.simris.json");
    g_autoptr (SimrisResult) result = compute (household, lang);
    g_autoptr (SimrisReport) report = simris_report_new (household, result, lang);
    g_autoptr (PdfText) pdf = write_and_read (report, "fields-student", lang);

    assert_contains (pdf->body, field_words[l].studies_piis, "student");
    assert_contains (pdf->body, field_words[l].studies_exempt, "student");
  }
}

static void
remove_tmp_dir (void)
{
  g_autoptr (GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  if (g_getenv ("SIMRIS_KEEP_TEST_PDF") != NULL)
    {
      g_printerr ("# PDFs kept in %s\n", tmp_dir);
      return;
    }
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);
}

/* The languages every decision test runs in. */
static const char * const langs[] = { "fr", "nl" };

/* The test at path/LANG for each of langs, run in that language. */
static void
add_per_language (const char    *path,
                  GTestDataFunc  func)
{
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *full = g_strdup_printf ("%s/%s", path, langs[l]);

      g_test_add_data_func (full, langs[l], func);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir_path = NULL;
  g_autoptr (GPtrArray) names = NULL;
  int ret;

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("simris-report-XXXXXX", &error);
  g_assert_no_error (error);

  dir_path = cases_dir ();
  names = simris_test_list_cases (dir_path);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);

      for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          CaseData *d = g_new0 (CaseData, 1);
          g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".simris.json"));
          g_autofree char *path = g_strdup_printf ("/simris/report/case/%s/%s", langs[l], stem);

          d->path = g_build_filename (dir_path, file, NULL);
          d->lang = g_strdup (langs[l]);
          g_test_add_data_func_full (path, d, test_case, case_data_free);
        }
    }

  g_test_add_func ("/simris/report/large-household", test_large_household);
  g_test_add_func ("/simris/report/other-paper-and-surfaces", test_other_paper_and_surfaces);
  g_test_add_func ("/simris/report/placeholders", test_placeholders);
  g_test_add_func ("/simris/report/write-error", test_write_error);
  g_test_add_func ("/simris/report/lifecycle", test_lifecycle);
  g_test_add_func ("/simris/report/court-lookup", test_court_lookup);
  g_test_add_func ("/simris/report/court-table", test_court_table);
  g_test_add_func ("/simris/report/court-every-range", test_court_every_range);
  for (guint l = 0; l < G_N_ELEMENTS (refusal_words); l++)
    {
      g_autofree char *path = g_strdup_printf ("/simris/report/court-blanks/%s", refusal_words[l].lang);

      g_test_add_data_func (path, refusal_words[l].lang, test_court_blanks);
    }
  add_per_language ("/simris/report/charter", test_charter);
  g_test_add_func ("/simris/report/court-without-address", test_court_without_address);
  add_per_language ("/simris/report/equivalent-aid", test_equivalent_aid);
  g_test_add_data_func ("/simris/report/figures-from-table/fr", "fr", test_figures_from_table);
  g_test_add_data_func ("/simris/report/figures-from-table/nl", "nl", test_figures_from_table);
  g_test_add_data_func ("/simris/report/figures-from-table/de", "de", test_figures_from_table);
  g_test_add_func ("/simris/report/long-words", test_long_words);
  g_test_add_func ("/simris/report/tall-row", test_tall_row);
  g_test_add_func ("/simris/report/file-mode", test_file_mode);
  g_test_add_data_func ("/simris/report/safe-targets/decision", (gconstpointer) write_decision, test_safe_targets);
  g_test_add_data_func ("/simris/report/safe-targets/summary", (gconstpointer) write_summary, test_safe_targets);
  add_per_language ("/simris/report/annex/timeline", test_annex_timeline);
  add_per_language ("/simris/report/annex/scenarios", test_annex_scenarios);
  add_per_language ("/simris/report/annex/names", test_annex_names);
  add_per_language ("/simris/report/annex/sweep", test_annex_sweep);

  for (guint l = 0; l < G_N_ELEMENTS (refusal_words); l++)
    {
      g_autofree char *path = g_strdup_printf ("/simris/report/refusal-language/%s", refusal_words[l].lang);

      g_test_add_data_func (path, GUINT_TO_POINTER (l), test_refusal_language);
    }

  for (guint l = 0; l < G_N_ELEMENTS (field_words); l++)
    {
      g_autofree char *path = g_strdup_printf ("/simris/report/decision-fields/%s", field_words[l].lang);

      g_test_add_data_func (path, GUINT_TO_POINTER (l), test_decision_fields);
    }

  ret = g_test_run ();
  remove_tmp_dir ();
  g_free (tmp_dir);
  return ret;
}
