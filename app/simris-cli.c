/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisCli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-report.h"
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
static gboolean opt_json;
static char *opt_from;
static char *opt_to;
static gboolean opt_steps;

static const GOptionEntry compute_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of the case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation: fr or nl"), N_("LANG") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the result object as JSON"), NULL },
  { NULL }
};

static const GOptionEntry decision_entries[] = {
  { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &opt_pdf, N_("Write the decision draft to this PDF file"), N_("FILE") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of the case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the document: fr or nl"), N_("LANG") },
  { NULL }
};

static const GOptionEntry batch_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print one result object per line (the default)"), NULL },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of each case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation: fr or nl"), N_("LANG") },
  { NULL }
};

static const GOptionEntry timeline_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("First month of the period"), N_("YYYY-MM") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("Last month of the period"), N_("YYYY-MM") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation: fr or nl"), N_("LANG") },
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
                        "  simris-cli compute CASE.json [--date YYYY-MM-DD] [--lang fr|nl] [--json]\n"
                        "  simris-cli decision CASE.json --pdf OUT.pdf [--lang fr|nl] [--date YYYY-MM-DD]\n"
                        "  simris-cli batch CASES.jsonl [--json]\n"
                        "  simris-cli timeline CASE.json --from YYYY-MM --to YYYY-MM [--lang fr|nl] [--json] [--steps]"));
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
      *message = g_strdup_printf (_("--lang: \"%s\" is not a known language (fr, nl or en)"), opt_lang);
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
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
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

  if (warnings->len > 0)
    {
      g_print ("\n%s:\n", simris_tr (lang, N_("Warnings")));
      for (guint i = 0; i < warnings->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (warnings, i);
          g_print ("  ! %s [%s]\n", w->text, w->code);
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
  if (opt_lang == NULL)
    lang = g_str_equal (lang, "nl") ? "nl" : "fr";
  if (!(household = load_case (path, &status)))
    return status;

  result = simris_engine_compute (simris_parameters_get_default (), household, date, lang, &error);
  if (result == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_INVALID;
    }

  report = simris_report_new (household, result, lang);
  if (!simris_report_write_pdf (report, opt_pdf, &error))
    {
      g_printerr ("simris-cli: %s: %s\n", opt_pdf, error->message);
      return EXIT_IO;
    }
  return EXIT_OK;
}

static int
cmd_batch (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  SimrisParameters *params = simris_parameters_get_default ();
  const char *lang;
  SimrisDate date;
  int status = EXIT_OK;
  guint line_no = 0;

  if (!parse_common (&date, &lang, &message))
    return usage (message);

  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_IO;
    }
  data = g_data_input_stream_new (G_INPUT_STREAM (stream));
  g_data_input_stream_set_newline_type (data, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  for (;;)
    {
      g_autoptr(GError) line_error = NULL;
      g_autofree char *line = NULL;
      g_autoptr(SimrisHousehold) household = NULL;
      g_autoptr(SimrisResult) result = NULL;
      gsize length = 0;

      line = g_data_input_stream_read_line (data, &length, NULL, &line_error);
      if (line == NULL)
        {
          if (line_error != NULL)
            {
              g_printerr ("simris-cli: %s: %s\n", path, line_error->message);
              return EXIT_IO;
            }
          break;
        }
      line_no++;
      if (g_strstrip (line)[0] == '\0')
        continue;

      household = simris_case_file_load_data (line, -1, &line_error);
      if (household != NULL)
        result = simris_engine_compute (params, household, date, lang, &line_error);

      if (result == NULL)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) node = NULL;

          g_printerr ("simris-cli: %s:%u: %s\n", path, line_no, line_error->message);
          status = EXIT_INVALID;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "error");
          json_builder_add_string_value (builder, line_error->message);
          json_builder_set_member_name (builder, "line");
          json_builder_add_int_value (builder, line_no);
          json_builder_end_object (builder);
          node = json_builder_get_root (builder);
          print_json (node, FALSE);
          continue;
        }

      /* docs/case-format.md defines one shape for a result, the JSON object: batch writes JSON
       * Lines whether or not --json is given (it is accepted for symmetry with compute). */
      {
        g_autoptr(JsonNode) node = simris_result_to_json (result);
        print_json (node, FALSE);
      }
    }

  return status;
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
  if (g_str_equal (command, "compute"))
    entries = compute_entries;
  else if (g_str_equal (command, "decision"))
    entries = decision_entries;
  else if (g_str_equal (command, "batch"))
    entries = batch_entries;
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
