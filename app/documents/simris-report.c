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
#include <string.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "simris-date.h"
#include "simris-i18n.h"
#include "simris-labour-court.h"
#include "simris-member.h"
#include "simris-money.h"
#include "simris-rules.h"
#include "simris-report-private.h"
#include "simris-file.h"
#include "simris-property.h"

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

/* ---- helpers shared by the parts (simris-report-private.h) ---------------------------------- */

const char *
simris_report_tr (const char *lang,
                  const char *msgid)
{
  return simris_tr (lang, msgid);
}

const char *
simris_report_ntr (const char *lang,
                   const char *singular,
                   const char *plural,
                   gulong      n)
{
  return simris_ntr (lang, singular, plural, n);
}

char *
simris_report_esc (const char *text)
{
  return simris_page_escape (text);
}

/* Formats markup: the (translated) format's own text is escaped, the arguments are
 * markup already (escaped user text, placeholders). */
char *
simris_report_markup_printf (const char *format,
                             ...)
{
  g_autofree char *escaped = simris_report_esc (format);
  va_list args;
  char *result;

  va_start (args, format);
  result = g_strdup_vprintf (escaped, args);
  va_end (args);
  return result;
}

char *
simris_report_format_date (const char *iso,
                           const char *lang)
{
  SimrisDate date;

  if (iso != NULL && simris_date_parse (iso, &date))
    return simris_date_format (date, lang);
  return g_strdup (iso);
}

const char *
simris_report_decision_field (SimrisReport *self,
                              const char   *name)
{
  const char *value = simris_household_get_decision_field (self->household, name);

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;
  return *value != '\0' ? value : NULL;
}

/* ---- the document ------------------------------------------------------------------------ */

const char *
simris_report_member_name (SimrisReport *self,
                           const char   *id)
{
  const char *name = id != NULL ? g_hash_table_lookup (self->names, id) : NULL;

  return name != NULL ? name : (id != NULL ? id : "");
}

char *
simris_report_money (SimrisReport *self,
                     SimrisCents   cents)
{
  return simris_money_format (cents, self->lang);
}

SimrisDate
simris_report_today (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr (GDateTime) then = NULL;

  if (epoch != NULL && g_ascii_isdigit (*epoch))
    then = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (then == NULL)
    return simris_date_today ();
  return simris_date_make (g_date_time_get_year (then), g_date_time_get_month (then),
                           g_date_time_get_day_of_month (then));
}

char *
simris_report_placeholder (const char *text)
{
  g_autofree char *e = simris_report_esc (text);

  return g_strdup_printf ("<span foreground=\"#8a2a0b\">%s</span>", e);
}


char *
simris_report_applicant_display (SimrisReport *self)
{
  SimrisMember *applicant = simris_household_get_applicant (self->household);
  const char *name = applicant != NULL ? simris_member_get_name (applicant) : NULL;

  if (name != NULL && *name != '\0')
    return simris_report_esc (name);
  return simris_report_placeholder (T (N_("[name of the applicant]")));
}

/* The conditions' labels are rows of the law's table (simris-rules.c). */
char *
simris_report_condition_label (SimrisReport *self,
                               const char   *code)
{
  const SimrisConditionRule *c = simris_rules_condition (code);

  return c != NULL ? simris_rules_format_figure (c->report_label, c->figure, self->lang) : NULL;
}

/* The competent labour court: the address typed in the case (or Preferences), else the
 * court of the CPAS's postcode (data/labour-courts.json). */
SimrisLabourCourt *
simris_report_find_court (SimrisReport *self)
{
  const char *typed = simris_report_decision_field (self, "tribunal_address");
  const char *postcode = simris_report_decision_field (self, "cpas_postcode");

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
/* ---- the document ------------------------------------------------------------------------ */

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

static void
build_document (SimrisReport *self)
{
  g_hash_table_remove_all (self->names);
  compute_names (self);

  /* The note for the social worker is a document of its own: never a page of the decision. */
  if (self->note)
    {
      simris_report_build_note (self);
      return;
    }
  simris_report_build_decision (self);
  /* The calculation, part of the motivation, and the annexes asked for. */
  simris_report_build_annexes (self);
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

/* The household, its result (computed in the document's language) and that language, given once. */
static const char *
get_lang (SimrisReport *self)
{
  return self->lang;
}

static void
set_lang (SimrisReport *self,
          const char   *lang)
{
  self->lang = g_strdup (lang);
}

static const SimrisProperty report_properties[N_PROPS] = {
  [PROP_HOUSEHOLD] = SIMRIS_PROPERTY_OBJECT_FIELD ("household", simris_household_get_type, SimrisReport,
                                                   household),
  [PROP_RESULT] = SIMRIS_PROPERTY_OBJECT_FIELD ("result", simris_result_get_type, SimrisReport, result),
  [PROP_LANG] = SIMRIS_PROPERTY_STRING ("lang", NULL, get_lang, set_lang, SIMRIS_PROPERTY_CONSTRUCT),
};

static void
simris_report_class_init (SimrisReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_report_finalize;

  simris_property_install (object_class, report_properties, N_PROPS, properties);
}

static void
simris_report_init (SimrisReport *self)
{
  self->doc = simris_page_layout_new ();
  self->sweep_present = -1;
  simris_page_layout_set_decorate (self->doc, simris_report_decorate_page, self);
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

SimrisReport *
simris_report_new_note (SimrisHousehold *household,
                        SimrisResult    *result,
                        const char      *lang)
{
  SimrisReport *self = simris_report_new (household, result, lang);

  if (self != NULL)
    self->note = TRUE;
  return self;
}

SimrisReport *
simris_report_dup_note (SimrisReport *self)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), NULL);

  return simris_report_new_note (self->household, self->result, self->lang);
}

gboolean
simris_report_is_note (SimrisReport *self)
{
  g_return_val_if_fail (SIMRIS_IS_REPORT (self), FALSE);

  return self->note;
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

      if (self->note)
        /* Translators: the title of the note that goes with a decision draft; %s is the
         * applicant's name. */
        return g_strdup_printf (T (N_("Note for the social worker: %s")), capped);
      /* Translators: the PDF's title; %s is the applicant's name. */
      return g_strdup_printf (BT (SIMRIS_WORDING_PDF_TITLE_NAME, N_("Draft decision on the integration income: %s")), capped);
    }
  if (self->note)
    return g_strdup (T (N_("Note for the social worker")));
  return g_strdup (BT (SIMRIS_WORDING_PDF_TITLE, N_("Draft decision on the integration income")));
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
  SimrisPageStream wc = { stream, cancellable, NULL };
  cairo_surface_t *surface;
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

  surface = cairo_pdf_surface_create_for_stream (simris_page_stream_write, &wc, SIMRIS_PAGE_A4_WIDTH, SIMRIS_PAGE_A4_HEIGHT);
  title = simris_report_dup_title (self);
  date = creation_date ();
  creator = g_strdup_printf ("SimRIS %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "SimRIS");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  self->note ? T (N_("Integration income: note for the social worker on a decision draft"))
                                             : BT (SIMRIS_WORDING_PDF_SUBJECT, N_("Integration income: reasoned decision draft (simulation)")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  BT (SIMRIS_WORDING_PDF_KEYWORDS, N_("integration income, CPAS, draft decision")));
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
  return simris_page_stream_finish (&wc, surface, _("Could not lay out the decision draft: %s"), error);
}

gboolean
simris_report_write_pdf (SimrisReport *self,
                         const char   *filename,
                         GError      **error)
{
  g_autoptr (GOutputStream) memory = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SIMRIS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The whole document first, then the one safe writer (simris-file.h): a temporary file
   * created 0600 beside the target, synced and renamed over it, so a failed export never
   * leaves half a PDF over an older one and a decision (personal data) is readable by its
   * owner only; a device, a FIFO or a socket at the path is refused, never replaced, and a
   * symbolic link is followed. Its error names the file and the reason. */
  memory = g_memory_output_stream_new_resizable ();
  if (simris_report_write_pdf_to_stream (self, memory, NULL, &local_error)
      && g_output_stream_close (memory, NULL, &local_error))
    return simris_file_replace_contents_full (filename,
                                              g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                              g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                                              SIMRIS_FILE_PRIVATE, error);

  name = g_filename_display_name (filename);
  g_set_error (error, G_IO_ERROR, local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
               /* Translators: %1$s is a file name, %2$s the reason. */
               _("Could not write the PDF “%1$s”: %2$s"), name, local_error->message);
  return FALSE;
}
