/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisCli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "simris-case-file.h"
#include "simris-comparison.h"
#include "simris-date.h"
#include "simris-cli-whatif.h"  /* whatif: sweep, compare */
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-language.h"
#include "simris-document-language.h"
#include "simris-json.h"
#include "simris-language-region.h"
#include "simris-report.h"
#include "simris-rules.h"
#include "simris-timeline.h"

/* simris-cli, as docs/case-format.md fixes it. Exit status: 0 success; 1 the case is invalid;
 * 2 usage error; 3 I/O error. */
enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
  EXIT_IO = 3,
};

static char *opt_date;
static char *opt_lang;
static char *opt_pdf;
static char *opt_note;
static gboolean opt_json;
static gboolean opt_markdown;
static char *opt_from;
static char *opt_to;
static gboolean opt_steps;
static char *opt_period_from;
static char *opt_period_to;
static gboolean opt_scenarios;
static char *opt_sweep_member;
static char *opt_applicant;

static const GOptionEntry compute_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of the case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation, by its code (see the usage)"), N_("LANG") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the result object as JSON"), NULL },
  { NULL }
};

static const GOptionEntry decision_entries[] = {
  { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &opt_pdf, N_("Write the decision draft to this PDF file"), N_("FILE") },
  { "note", 0, 0, G_OPTION_ARG_FILENAME, &opt_note, N_("Write the note for the social worker to this PDF file"), N_("FILE") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of the case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the document, by its code (see the usage)"), N_("LANG") },
  { "period-from", 0, 0, G_OPTION_ARG_STRING, &opt_period_from, N_("Add the amounts over the period from this month (annex)"), N_("YYYY-MM") },
  { "period-to", 0, 0, G_OPTION_ARG_STRING, &opt_period_to, N_("Last month of the period annex"), N_("YYYY-MM") },
  { "scenarios", 0, 0, G_OPTION_ARG_NONE, &opt_scenarios, N_("Add the case's saved scenarios side by side (annex)"), NULL },
  { "sweep-member", 0, 0, G_OPTION_ARG_STRING, &opt_sweep_member, N_("Add the income against this member's earnings (annex)"), N_("ID") },
  { "applicant", 0, 0, G_OPTION_ARG_STRING, &opt_applicant, N_("The decision of this applicant, when several members of the household apply"), N_("ID") },
  { NULL }
};

static const GOptionEntry batch_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print one result object per line (the default)"), NULL },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of each case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation, by its code (see the usage)"), N_("LANG") },
  { NULL }
};

static const GOptionEntry rules_entries[] = {
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the reference, by its code (see the usage)"), N_("LANG") },
  { "markdown", 0, 0, G_OPTION_ARG_NONE, &opt_markdown, N_("Print Markdown tables (docs/law.md)"), NULL },
  { NULL }
};

static const GOptionEntry timeline_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("First month of the period"), N_("YYYY-MM") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("Last month of the period"), N_("YYYY-MM") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation, by its code (see the usage)"), N_("LANG") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the months as JSON"), NULL },
  { "steps", 0, 0, G_OPTION_ARG_NONE, &opt_steps, N_("Include each month's explanation steps"), NULL },
  { NULL }
};

static int
usage (const char *message)
{
  if (message != NULL)
    g_printerr ("simris-cli: %s\n", message);
  g_printerr ("%s\n", _("Usage:\n"
                        "  simris-cli compute CASE.json [--date YYYY-MM-DD] [--lang LANG] [--json]\n"
                        "  simris-cli decision CASE.json --pdf OUT.pdf [--note NOTE.pdf] [--lang LANG] [--date YYYY-MM-DD]\n"
                        "      [--period-from YYYY-MM --period-to YYYY-MM] [--scenarios] [--sweep-member ID] [--applicant ID]\n"
                        "  simris-cli batch CASES.jsonl [--json]\n"
                        "  simris-cli rules [--lang LANG] [--markdown]\n"
                        "  simris-cli timeline CASE.json --from YYYY-MM --to YYYY-MM [--lang LANG] [--json] [--steps]"));
  g_printerr ("%s\n", simris_cli_whatif_usage ());  /* whatif */
  {
    g_autofree char *codes = simris_languages_list_codes (", ");

    /* Translators: %s is the list of language codes, e.g. "fr, nl, de". */
    g_printerr (_("LANG: %s, or en (English)"), codes);
    g_printerr ("\n");
  }
  return EXIT_USAGE;
}

static gboolean
parse_common (SimrisDate *date,
              const char **lang,
              char       **message)
{
  *date = 0;
  if (opt_date != NULL && !simris_date_parse (opt_date, date))
    {
      *message = g_strdup_printf (_("--date: \"%s\" is not a date (YYYY-MM-DD)"), opt_date);
      return FALSE;
    }
  if (opt_lang != NULL && !simris_lang_is_known (opt_lang))
    {
      g_autofree char *codes = simris_languages_list_codes (", ");

      /* Translators: the second %s is the list of language codes, e.g. "fr, nl, de". */
      *message = g_strdup_printf (_("--lang: \"%s\" is not a known language (%s or en)"), opt_lang, codes);
      return FALSE;
    }
  *lang = opt_lang != NULL ? opt_lang : simris_lang_from_locale ();
  return TRUE;
}

/* Load errors: I/O problems exit 3, an invalid case exits 1. */
static SimrisHousehold *
load_case (const char *path,
           int        *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  SimrisHousehold *household = simris_case_file_load (file, NULL, &error);

  if (household == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      *status = g_error_matches (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO) ? EXIT_IO : EXIT_INVALID;
    }
  return household;
}

static void
print_json (JsonNode *node,
            gboolean  pretty)
{
  g_autofree char *text = simris_json_to_string (node, pretty);

  g_print ("%s\n", text);
}

static void
print_text (SimrisResult *result)
{
  const char *lang = simris_result_get_lang (result);
  GPtrArray *steps = simris_result_get_steps (result);
  GPtrArray *warnings = simris_result_get_warnings (result);
  GPtrArray *alternatives = simris_result_get_alternatives (result);
  const char * const *reasons = simris_result_get_ineligible_reasons (result);
  g_autofree char *month = simris_money_format (simris_result_get_amount_month (result), lang);
  g_autofree char *year = simris_money_format (simris_result_get_amount_year (result), lang);
  g_autofree char *date = simris_date_format (simris_result_get_reference_date (result), lang);
  SimrisCents a, p;

  g_print ("%s: %s\n", simris_tr (lang, N_("Reference date")), date);
  if (simris_result_get_benefit (result) != SIMRIS_BENEFIT_INTEGRATION_INCOME)
    g_print ("%s: %s\n", simris_tr (lang, N_("Benefit")),
             simris_benefit_get_label (simris_result_get_benefit (result), lang));
  g_print ("%s: %s\n", simris_tr (lang, N_("Category")),
           simris_category_get_label (simris_result_get_category (result), lang));
  g_print ("%s: %s\n", simris_tr (lang, N_("Eligible")),
           simris_result_get_eligible (result) ? simris_tr (lang, N_("yes")) : simris_tr (lang, N_("no")));
  for (guint i = 0; reasons[i] != NULL; i++)
    {
      g_autofree char *why = simris_result_dup_reason_text (result, reasons[i]);
      g_print ("  - %s\n", why);
    }
  g_print ("%s: %s\n", simris_tr (lang, N_("Monthly amount")), month);
  g_print ("%s: %s\n", simris_tr (lang, N_("Yearly amount")), year);
  if (simris_result_get_split (result, &a, &p))
    {
      g_autofree char *sa = simris_money_format (a, lang);
      g_autofree char *sp = simris_money_format (p, lang);
      g_print ("%s: %s / %s\n", simris_tr (lang, N_("Split (applicant / partner)")), sa, sp);
    }
  if (simris_result_get_maintenance_aid (result, NULL, &a, &p))
    {
      g_autofree char *sa = simris_money_format (a, lang);
      g_autofree char *sp = simris_money_format (p, lang);
      /* Translators: art. 68quinquies of the organic law of the CPAS; a monthly then a yearly amount */
      g_print ("%s: %s / %s\n", simris_tr (lang, N_("Maintenance aid (month / year)")), sa, sp);
    }

  if (warnings->len > 0)
    {
      g_print ("\n%s:\n", simris_tr (lang, N_("Warnings")));
      for (guint i = 0; i < warnings->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (warnings, i);
          g_print ("  ! %s [%s]\n", w->text, w->code);
        }
    }

  if (simris_result_get_applicants (result)->len > 0)
    {
      GPtrArray *applicants = simris_result_get_applicants (result);

      g_print ("\n%s:\n", simris_tr (lang, N_("Each applicant's monthly amount")));
      for (guint i = 0; i < applicants->len; i++)
        {
          SimrisApplicantAmount *ap = g_ptr_array_index (applicants, i);
          g_autofree char *m = ap->computed ? simris_money_format (ap->amount_month, lang)
                                            : g_strdup (simris_tr (lang, N_("not computed: a case of its own")));
          g_print ("  - %s [%s]: %s\n", ap->name, ap->member_id, m);
        }
    }

  if (alternatives->len > 0)
    {
      g_print ("\n%s:\n", simris_tr (lang, N_("Alternatives")));
      for (guint i = 0; i < alternatives->len; i++)
        {
          SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
          g_print ("  * %s [%s]\n", alt->text, alt->option);
        }
    }

  g_print ("\n%s:\n", simris_tr (lang, N_("Calculation")));
  for (guint i = 0; i < steps->len; i++)
    {
      SimrisStep *s = g_ptr_array_index (steps, i);
      if (s->has_amount)
        {
          g_autofree char *amount = simris_money_format (s->amount, lang);
          g_print ("%2u. %s\n    [%s] %s%s\n", i + 1, s->text, s->rule,
                   s->amount_sign < 0 ? "−" : "", amount);
        }
      else
        g_print ("%2u. %s\n    [%s]\n", i + 1, s->text, s->rule);
    }
}

static int
cmd_compute (const char *path)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *lang;
  SimrisDate date;
  int status = EXIT_OK;

  if (!parse_common (&date, &lang, &message))
    return usage (message);
  if (!(household = load_case (path, &status)))
    return status;

  result = simris_engine_compute (simris_parameters_get_default (), household, date, lang, &error);
  if (result == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_INVALID;
    }

  if (opt_json)
    {
      g_autoptr(JsonNode) node = simris_result_to_json (result);
      print_json (node, TRUE);
    }
  else
    print_text (result);

  return EXIT_OK;
}

static int
cmd_decision (const char *path)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(SimrisReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *lang;
  SimrisDate date;
  int status = EXIT_OK;

  if (opt_pdf == NULL)
    return usage (_("decision needs --pdf OUT.pdf"));
  if (!parse_common (&date, &lang, &message))
    return usage (message);
  if (!(household = load_case (path, &status)))
    return status;
  /* Without --lang: the language the case's draft was last written in, else the language of
   * the CPAS's region, else the locale's (simris-document-language.h). */
  if (opt_lang == NULL)
    {
      lang = simris_document_language_default (household, NULL, lang);
    }

  /* docs/calculation.md §5.1: another applicant's decision, the household seen from their side. */
  if (opt_applicant != NULL)
    {
      g_auto(GStrv) ids = simris_engine_list_applicants (household, date);
      g_autoptr(SimrisHousehold) theirs = NULL;

      if (ids == NULL || !g_strv_contains ((const char * const *) ids, opt_applicant))
        {
          g_autofree char *list = g_strjoinv (", ", ids);
          /* Translators: an id given with --applicant, then the ids of the applicants */
          g_printerr ("simris-cli: %s: %s\n", path,
                      message = g_strdup_printf (_("--applicant: \"%s\" is not one of the applicants of this case (%s)"),
                                                 opt_applicant, list));
          return EXIT_INVALID;
        }
      theirs = simris_engine_household_for_applicant (household, opt_applicant, &error);
      if (theirs == NULL)
        {
          g_printerr ("simris-cli: %s: %s\n", path, error->message);
          return EXIT_INVALID;
        }
      g_set_object (&household, theirs);
    }

  result = simris_engine_compute (simris_parameters_get_default (), household, date, lang, &error);
  if (result == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_INVALID;
    }

  /* The language laws: a warning, never a refusal (a municipality with language facilities
   * may write in the applicant's language). */
  {
    g_autofree char *warning = simris_language_region_check (simris_household_get_decision_field (household,
                                                                                                "cpas_postcode"),
                                                             lang);

    if (warning != NULL)
      g_printerr ("simris-cli: %s: %s\n", path, warning);
  }

  report = simris_report_new (household, result, lang);

  /* The optional annexes (docs/case-format.md, `decision`). */
  if (opt_period_from != NULL || opt_period_to != NULL)
    {
      g_autoptr(SimrisTimeline) timeline = NULL;
      SimrisDate from, to;

      if (opt_period_from == NULL || opt_period_to == NULL)
        return usage (_("--period-from and --period-to go together"));
      if (!simris_timeline_parse_month (opt_period_from, &from))
        {
          message = g_strdup_printf (_("--period-from: \"%s\" is not a month (YYYY-MM)"), opt_period_from);
          return usage (message);
        }
      if (!simris_timeline_parse_month (opt_period_to, &to))
        {
          message = g_strdup_printf (_("--period-to: \"%s\" is not a month (YYYY-MM)"), opt_period_to);
          return usage (message);
        }
      if (to < from)
        return usage (_("--period-to is before --period-from"));
      timeline = simris_timeline_compute (simris_parameters_get_default (), household, from, to, lang,
                                          SIMRIS_TIMELINE_FLAGS_NONE, &error);
      if (timeline == NULL)
        {
          g_printerr ("simris-cli: %s: %s\n", path, error->message);
          return EXIT_INVALID;
        }
      simris_report_set_timeline (report, timeline);
    }
  if (opt_scenarios || opt_sweep_member != NULL)
    {
      /* The scenarios and the sweep start from the situation the draft decides: at --date
       * when given. */
      g_autoptr(SimrisHousehold) at = simris_household_copy (household);

      if (date != 0)
        {
          g_autofree char *iso = simris_date_to_iso (date);
          simris_household_set_reference_date (at, iso);
        }
      if (opt_scenarios)
        {
          g_autoptr(GPtrArray) scenarios = simris_scenarios_load (at, &error);
          g_autoptr(SimrisComparison) cmp = NULL;

          if (scenarios != NULL)
            cmp = simris_scenario_compare (simris_parameters_get_default (), at, scenarios, lang, &error);
          if (cmp == NULL)
            {
              g_printerr ("simris-cli: %s: %s\n", path, error->message);
              return EXIT_INVALID;
            }
          simris_report_set_comparison (report, cmp);
        }
      if (opt_sweep_member != NULL)
        {
          g_autoptr(SimrisSweep) sweep = simris_sweep_run (simris_parameters_get_default (), at, opt_sweep_member,
                                                          0, SIMRIS_SWEEP_DEFAULT_TO, SIMRIS_SWEEP_DEFAULT_STEP,
                                                          &error);
          if (sweep == NULL)
            {
              g_printerr ("simris-cli: %s: %s\n", path, error->message);
              return EXIT_INVALID;
            }
          simris_report_set_sweep (report, sweep);
        }
    }

  if (!simris_report_write_pdf (report, opt_pdf, &error))
    {
      g_printerr ("simris-cli: %s: %s\n", opt_pdf, error->message);
      return EXIT_IO;
    }
  /* The note for the social worker: a document of its own, never pages of the decision. */
  if (opt_note != NULL)
    {
      g_autoptr(SimrisReport) note = simris_report_new_note (household, result, lang);

      if (!simris_report_write_pdf (note, opt_note, &error))
        {
          g_printerr ("simris-cli: %s: %s\n", opt_note, error->message);
          return EXIT_IO;
        }
    }
  return EXIT_OK;
}

/* Reads a JSON Lines file line by line (a line ends at \n, \r\n or \r), holding at most one
 * line: a line longer than a case file may be is refused while it is read, its bytes skipped,
 * never gathered whole (docs/case-format.md: at most 10 MiB). A NUL byte stays in the line, for
 * the loader to refuse as it refuses it in a file. */
typedef struct
{
  GInputStream *stream;
  guint8       *chunk;
  gsize         chunk_len;
  gsize         chunk_pos;
  GByteArray   *line;
  gboolean      eof;
  gboolean      after_cr;
} LineReader;

#define LINE_CHUNK (64 * 1024)

typedef enum
{
  LINE_OK,
  LINE_TOO_LONG,
  LINE_END,
  LINE_ERROR,
} LineStatus;

static LineStatus
line_reader_next (LineReader  *reader,
                  gsize       *too_long_size,
                  GError     **error)
{
  gboolean too_long = FALSE;
  gsize size = 0;

  g_byte_array_set_size (reader->line, 0);

  for (;;)
    {
      const guint8 *start;
      const guint8 *end;
      const guint8 *nl;
      gsize n;

      if (reader->chunk_pos == reader->chunk_len)
        {
          gssize got;

          if (reader->eof)
            break;
          got = g_input_stream_read (reader->stream, reader->chunk, LINE_CHUNK, NULL, error);
          if (got < 0)
            return LINE_ERROR;
          reader->chunk_len = got;
          reader->chunk_pos = 0;
          if (got == 0)
            {
              reader->eof = TRUE;
              break;
            }
        }

      start = reader->chunk + reader->chunk_pos;
      end = reader->chunk + reader->chunk_len;

      /* The \n of a \r\n ends nothing. */
      if (reader->after_cr)
        {
          reader->after_cr = FALSE;
          if (*start == '\n')
            {
              reader->chunk_pos++;
              continue;
            }
        }

      for (nl = start; nl < end && *nl != '\n' && *nl != '\r'; nl++)
        ;
      n = nl - start;
      size += n;
      if (size > SIMRIS_CASE_FILE_MAX_SIZE)
        too_long = TRUE;
      if (!too_long)
        g_byte_array_append (reader->line, start, n);

      if (nl < end)
        {
          reader->after_cr = *nl == '\r';
          reader->chunk_pos += n + 1;
          *too_long_size = size;
          return too_long ? LINE_TOO_LONG : LINE_OK;
        }
      reader->chunk_pos = reader->chunk_len;
    }

  *too_long_size = size;
  if (too_long)
    return LINE_TOO_LONG;
  if (size == 0 && reader->eof)
    return LINE_END;
  return LINE_OK;
}

/* One line of a batch: read by the main thread, computed by a worker, written in order. */
typedef struct
{
  char    *data;      /* the case, blanks around it trimmed; NULL for a blank line */
  gsize    length;
  guint    line_no;
  char    *error;     /* the message when the line is refused */
  GString *out;       /* the result object, or the error object, with its newline */
} BatchItem;

typedef struct
{
  BatchItem  *items;
  guint       n_items;
  SimrisDate  date;
  const char *lang;
  gint        next;   /* the next item to compute (atomic) */
  gint        left;   /* workers still running (atomic) */
  GMutex      lock;
  GCond       done;
} BatchBlock;

/* Lines are computed in blocks, the block's lines shared among the processors: the cases are
 * independent, the results are written in the order of the lines. A block holds at most this
 * many lines and, unless a single line is larger, this many bytes. */
#define BATCH_BLOCK_LINES 512
#define BATCH_BLOCK_BYTES (4 * 1024 * 1024)

static void
batch_compute_item (BatchItem  *item,
                    SimrisDate  date,
                    const char *lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisResult) result = NULL;

  item->out = g_string_sized_new (4096);
  if (item->error == NULL)
    {
      household = simris_case_file_load_data (item->data, item->length, &error);
      if (household != NULL)
        result = simris_engine_compute (simris_parameters_get_default (), household, date, lang, &error);
      if (result == NULL)
        item->error = g_strdup (error->message);
    }

  if (item->error != NULL)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, item->error);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, item->line_no);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      simris_json_write (item->out, node, FALSE);
    }
  else
    /* docs/case-format.md defines one shape for a result, the JSON object: batch writes JSON
     * Lines whether or not --json is given (it is accepted for symmetry with compute). */
    {
      g_autoptr(JsonNode) node = simris_result_to_json (result);

      simris_json_write (item->out, node, FALSE);
    }
  g_string_append_c (item->out, '\n');
}

static void
batch_worker (gpointer data,
              gpointer user_data)
{
  BatchBlock *block = data;

  for (;;)
    {
      gint i = g_atomic_int_add (&block->next, 1);

      if (i >= (gint) block->n_items)
        break;
      if (block->items[i].data != NULL || block->items[i].error != NULL)
        batch_compute_item (&block->items[i], block->date, block->lang);
    }

  g_mutex_lock (&block->lock);
  if (g_atomic_int_dec_and_test (&block->left))
    g_cond_signal (&block->done);
  g_mutex_unlock (&block->lock);
}

static void
batch_run_block (BatchBlock  *block,
                 GThreadPool *pool,
                 guint        n_workers)
{
  block->next = 0;
  if (pool == NULL)
    {
      block->left = 1;
      batch_worker (block, NULL);
      return;
    }

  block->left = n_workers;
  for (guint i = 0; i < n_workers; i++)
    g_thread_pool_push (pool, block, NULL);

  g_mutex_lock (&block->lock);
  while (g_atomic_int_get (&block->left) > 0)
    g_cond_wait (&block->done, &block->lock);
  g_mutex_unlock (&block->lock);
}

/* Writes the block's results in order; frees its lines. FALSE when stdout fails. */
static gboolean
batch_write_block (BatchBlock *block,
                   const char *path,
                   int        *status)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < block->n_items; i++)
    {
      BatchItem *item = &block->items[i];

      if (item->error != NULL)
        {
          *status = EXIT_INVALID;
          g_printerr ("simris-cli: %s:%u: %s\n", path, item->line_no, item->error);
        }
      if (item->out != NULL && ok)
        ok = fwrite (item->out->str, 1, item->out->len, stdout) == item->out->len;
      if (item->error != NULL)
        fflush (stdout);

      g_free (item->data);
      g_free (item->error);
      if (item->out != NULL)
        g_string_free (item->out, TRUE);
    }
  block->n_items = 0;

  return ok;
}

static int
cmd_batch (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree guint8 *chunk = NULL;
  g_autoptr(GByteArray) line = NULL;
  g_autofree BatchItem *items = NULL;
  GThreadPool *pool = NULL;
  LineReader reader = { 0 };
  BatchBlock block = { 0 };
  guint n_workers = MIN (g_get_num_processors (), 8);
  gsize block_bytes = 0;
  gboolean end = FALSE;
  int status = EXIT_OK;
  guint line_no = 0;

  if (!parse_common (&block.date, &block.lang, &message))
    return usage (message);

  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_IO;
    }

  /* Loaded once, before any worker asks for them. */
  simris_parameters_get_default ();
  if (n_workers > 1)
    pool = g_thread_pool_new (batch_worker, NULL, n_workers, FALSE, NULL);

  chunk = g_malloc (LINE_CHUNK);
  line = g_byte_array_new ();
  items = g_new0 (BatchItem, BATCH_BLOCK_LINES);
  block.items = items;
  g_mutex_init (&block.lock);
  g_cond_init (&block.done);
  reader.stream = G_INPUT_STREAM (stream);
  reader.chunk = chunk;
  reader.line = line;

  while (!end)
    {
      g_autoptr(GError) line_error = NULL;
      BatchItem *item;
      LineStatus got;
      gsize size = 0;
      gsize start, stop;

      got = line_reader_next (&reader, &size, &line_error);
      if (got == LINE_ERROR)
        {
          batch_run_block (&block, pool, n_workers);
          batch_write_block (&block, path, &status);
          g_printerr ("simris-cli: %s: %s\n", path, line_error->message);
          status = EXIT_IO;
          break;
        }
      end = got == LINE_END;

      if (!end)
        {
          line_no++;
          item = &block.items[block.n_items];
          memset (item, 0, sizeof *item);
          item->line_no = line_no;

          if (got == LINE_TOO_LONG)
            {
              g_autofree char *text = g_strdup_printf ("%" G_GSIZE_FORMAT, size);

              item->error =
                /* Translators: %s is the size of a line of a batch file in bytes. */
                g_strdup_printf (_("The line is too large for a case: %s bytes, at most 10 MiB (10 485 760 bytes)"), text);
              block.n_items++;
            }
          else
            {
              /* Blank lines are skipped; a case is passed with its length, NUL bytes
               * included, for the loader to refuse. */
              for (start = 0; start < line->len && g_ascii_isspace (line->data[start]); start++)
                ;
              for (stop = line->len; stop > start && g_ascii_isspace (line->data[stop - 1]); stop--)
                ;
              if (stop > start)
                {
                  item->data = g_memdup2 (line->data + start, stop - start);
                  item->length = stop - start;
                  block_bytes += item->length;
                  block.n_items++;
                }
            }
        }

      if (block.n_items > 0 && (end || block.n_items == BATCH_BLOCK_LINES || block_bytes >= BATCH_BLOCK_BYTES))
        {
          batch_run_block (&block, pool, n_workers);
          if (!batch_write_block (&block, path, &status))
            break;
          block_bytes = 0;
        }
    }

  if (pool != NULL)
    g_thread_pool_free (pool, FALSE, TRUE);
  g_mutex_clear (&block.lock);
  g_cond_clear (&block.done);

  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("simris-cli: %s\n", g_strerror (errno));
      return EXIT_IO;
    }

  return status;
}

/* The law as implemented, article by article with its sources (app/law/simris-rules.c). */
static int
cmd_rules (void)
{
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  SimrisDate date;
  const char *lang;

  if (!parse_common (&date, &lang, &message))
    return usage (message);
  text = simris_rules_dump (lang, opt_markdown);
  g_print ("%s", text);
  return EXIT_OK;
}

/* docs/case-format.md, `timeline`; docs/calculation.md §14. */
static int
cmd_timeline (const char *path)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *lang;
  SimrisDate date, from, to;
  int status = EXIT_OK;

  if (opt_date != NULL)
    return usage (_("timeline takes --from and --to, not --date"));
  if (!parse_common (&date, &lang, &message))
    return usage (message);
  if (opt_from == NULL || opt_to == NULL)
    return usage (_("timeline needs --from YYYY-MM and --to YYYY-MM"));
  if (!simris_timeline_parse_month (opt_from, &from))
    {
      message = g_strdup_printf (_("--from: \"%s\" is not a month (YYYY-MM)"), opt_from);
      return usage (message);
    }
  if (!simris_timeline_parse_month (opt_to, &to))
    {
      message = g_strdup_printf (_("--to: \"%s\" is not a month (YYYY-MM)"), opt_to);
      return usage (message);
    }
  if (to < from)
    return usage (_("--to is before --from"));
  if (!(household = load_case (path, &status)))
    return status;

  timeline = simris_timeline_compute (simris_parameters_get_default (), household, from, to, lang,
                                      opt_steps ? SIMRIS_TIMELINE_FLAGS_FULL_TRACE : SIMRIS_TIMELINE_FLAGS_NONE,
                                      &error);
  if (timeline == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_INVALID;
    }

  if (opt_json)
    {
      g_autoptr(JsonNode) node = simris_timeline_to_json (timeline, opt_steps);
      print_json (node, TRUE);
      return EXIT_OK;
    }

  lang = simris_timeline_get_lang (timeline);
  if (simris_timeline_get_benefit (timeline) != SIMRIS_BENEFIT_INTEGRATION_INCOME)
    g_print ("%s: %s\n", simris_tr (lang, N_("Benefit")),
             simris_benefit_get_label (simris_timeline_get_benefit (timeline), lang));
  for (guint i = 0; i < simris_timeline_get_n_months (timeline); i++)
    {
      SimrisResult *result = simris_timeline_get_result (timeline, i);
      GPtrArray *changes = simris_timeline_get_changes (timeline, i);
      g_autofree char *month = simris_timeline_format_month (simris_timeline_get_month (timeline, i), lang);
      g_autofree char *amount = simris_money_format (simris_result_get_amount_month (result), lang);

      const char *category = simris_category_get_label (simris_result_get_category (result), lang);
      glong width = g_utf8_strlen (category, -1), amount_width = g_utf8_strlen (amount, -1);

      /* Columns padded by characters, not bytes ("isolé"). */
      g_print ("%s  %s%*s%*s%s", month, category, (int) MAX (1, 24 - width), "",
               (int) MAX (0, 12 - amount_width), "", amount);
      for (guint j = 0; j < changes->len; j++)
        {
          SimrisTimelineChange *c = g_ptr_array_index (changes, j);
          g_print ("%s%s", j == 0 ? "  " : " ", c->text);
        }
      g_print ("\n");

      if (opt_steps)
        {
          GPtrArray *steps = simris_result_get_steps (result);
          for (guint j = 0; j < steps->len; j++)
            {
              SimrisStep *s = g_ptr_array_index (steps, j);
              g_print ("      %2u. %s [%s]\n", j + 1, s->text, s->rule);
            }
        }
    }
  {
    g_autofree char *total = simris_money_format (simris_timeline_get_total (timeline), lang);
    g_print ("%s: %s\n", simris_tr (lang, N_("Total over the period")), total);
    if (simris_timeline_get_maintenance_aid_total (timeline) > 0)
      {
        g_autofree char *aid = simris_money_format (simris_timeline_get_maintenance_aid_total (timeline), lang);

        g_print ("%s: %s\n", simris_tr (lang, N_("Maintenance aid over the period, beside it")), aid);
      }
  }
  return EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry *entries;
  const char *command;
  const char *localedir = g_getenv ("SIMRIS_LOCALEDIR");

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return usage (NULL);
  command = argv[1];
  /* whatif: sweep and compare (simris-cli-whatif.c) */
  if (simris_cli_whatif_handles (command))
    return simris_cli_whatif_main (argc, argv);
  /* end whatif */
  if (g_str_equal (command, "compute"))
    entries = compute_entries;
  else if (g_str_equal (command, "decision"))
    entries = decision_entries;
  else if (g_str_equal (command, "batch"))
    entries = batch_entries;
  else if (g_str_equal (command, "rules"))
    entries = rules_entries;
  else if (g_str_equal (command, "timeline"))
    entries = timeline_entries;
  else if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    {
      usage (NULL);
      return EXIT_OK;
    }
  else if (g_str_equal (command, "--version"))
    {
      g_print ("simris-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("unknown command \"%s\""), command);
      return usage (message);
    }

  context = g_option_context_new (_("CASE"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  argv[1] = argv[0];
  argc--;
  argv++;
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);
  if (g_str_equal (command, "rules"))
    return argc == 1 ? cmd_rules () : usage (_("rules takes no file"));
  if (argc != 2)
    return usage (_("exactly one case file is needed"));

  if (g_str_equal (command, "compute"))
    return cmd_compute (argv[1]);
  if (g_str_equal (command, "decision"))
    return cmd_decision (argv[1]);
  if (g_str_equal (command, "timeline"))
    return cmd_timeline (argv[1]);
  return cmd_batch (argv[1]);
}
