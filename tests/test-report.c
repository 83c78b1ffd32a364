/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The decision draft (issue 4): every public case, in French and in Dutch, is written as a
 * PDF and read back with poppler's pdfinfo and pdftotext (TOOLCHAIN.md §6); a large
 * household checks pagination; every page is also drawn on an image surface, as the
 * GUI's printout does on its own cairo context. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <cairo.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-money.h"
#include "simris-parameters.h"
#include "simris-report.h"

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
  g_autofree char *folded = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009)
        {
          space = TRUE;
          continue;
        }
      if (space && s->len > 0)
        g_string_append_c (s, ' ');
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
           int         page_no,
           int         n_pages)
{
  g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
  g_autofree char *mark = normalize (draft_mark);
  g_autofree char *footer = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);
  GString *body = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *n = normalize (lines[i]);

      if (strstr (n, mark) != NULL || strstr (lines[i], footer) != NULL)
        continue;
      g_string_append (body, lines[i]);
      g_string_append_c (body, '\n');
    }
  return g_string_free (body, FALSE);
}

typedef struct
{
  int    n_pages;
  char **pages;     /* normalized text of each page */
  char  *body;      /* normalized text of the whole document, without header and footer */
  char  *info;      /* pdfinfo's output, normalized */
} PdfText;

static void
pdf_text_free (PdfText *t)
{
  g_strfreev (t->pages);
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
  for (guint i = 0; i < n_raw; i++)
    {
      g_autofree char *b = page_body (raw_pages[i], mark, i + 1, n_raw);

      t->pages[i] = normalize (raw_pages[i]);
      g_string_append (body, b);
    }
  t->body = normalize (body->str);
  return t;
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
  g_autofree char *out = NULL;
  g_autofree char *monthly = NULL;
  g_autofree char *pdf_name = NULL;
  const char *lang = d->lang;
  const char *mark = simris_tr (lang, N_("Draft — simulation, not a decision"));
  gboolean fr = g_str_equal (lang, "fr");

  if (!have_poppler ())
    {
      g_test_skip ("pdfinfo or pdftotext (poppler-utils) is not installed");
      return;
    }

  household = simris_case_file_load (file, NULL, &error);
  g_assert_no_error (error);
  result = compute (household, lang);
  report = simris_report_new (household, result, lang);

  pdf_name = g_strdup_printf ("%s-%s.pdf", name, lang);
  out = g_build_filename (tmp_dir, pdf_name, NULL);
  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_no_error (error);

  pdf = read_pdf (out, lang);
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
  for (guint i = 0; i < G_N_ELEMENTS (known_amounts); i++)
    if (g_str_equal (known_amounts[i].case_name, name))
      assert_contains (pdf->body, fr ? known_amounts[i].fr : known_amounts[i].nl, name);
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
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "large-fr.pdf", NULL);
  int n = simris_report_paginate (report, 595.28, 841.89);

  /* 600 rows of resources at about 45 a page, the trace, the text. */
  g_assert_cmpint (n, >=, 12);
  g_assert_cmpint (n, <=, 60);
  draw_all_pages_on_image (report);

  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_no_error (error);

  if (have_poppler ())
    {
      g_autoptr (PdfText) pdf = read_pdf (out, "fr");
      const char *header = simris_tr ("fr", N_("Details"));
      g_autofree char *h = normalize (header);
      int with_header = 0;

      g_assert_cmpint (pdf->n_pages, ==, n);
      /* The resources table runs over many pages, and its header row on each of them. */
      for (int i = 0; i < pdf->n_pages; i++)
        if (strstr (pdf->pages[i], h) != NULL)
          with_header++;
      g_assert_cmpint (with_header, >=, 10);
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

/* A minimal household: no decision fields, no name — the placeholders show. */
static void
test_placeholders (void)
{
  g_autoptr (SimrisHousehold) household = simris_household_new ();
  g_autoptr (SimrisResult) result = NULL;
  g_autoptr (SimrisReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "placeholders-en.pdf", NULL);

  simris_household_set_reference_date (household, "2025-03-01");
  add_member (household, "a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  result = compute (household, "en");
  report = simris_report_new (household, result, "en");
  g_assert_true (simris_report_write_pdf (report, out, &error));
  g_assert_no_error (error);
  draw_all_pages_on_image (report);

  if (have_poppler ())
    {
      g_autoptr (PdfText) pdf = read_pdf (out, "en");

      assert_contains (pdf->body, "[CPAS name]", "placeholders");
      assert_contains (pdf->body, "[file reference]", "placeholders");
      assert_contains (pdf->body, "[address of the labour court of the district]", "placeholders");
      assert_contains (pdf->body, "€1,314.20", "placeholders");   /* isolé from 01/02/2025, docs/calculation.md §3 */
      assert_contains (pdf->info, "Draft decision on the integration income", "placeholders");
    }
}

/* A write error is a GError naming the file; nothing is left behind. */
static void
test_write_error (void)
{
  g_autoptr (SimrisHousehold) household = simris_household_new ();
  g_autoptr (SimrisResult) result = NULL;
  g_autoptr (SimrisReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (tmp_dir, "no-such-dir", "out.pdf", NULL);

  simris_household_set_reference_date (household, "2025-03-01");
  add_member (household, "a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  result = compute (household, "fr");
  report = simris_report_new (household, result, "fr");
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

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir_path = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int ret;

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("simris-report-XXXXXX", &error);
  g_assert_no_error (error);

  dir_path = cases_dir ();
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".simris.json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      static const char * const langs[] = { "fr", "nl" };
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

  ret = g_test_run ();
  remove_tmp_dir ();
  g_free (tmp_dir);
  return ret;
}
