/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisCli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "simris-case-file.h"
#include "simris-cli-whatif.h"
#include "simris-engine.h"
#include "simris-i18n.h"
#include "simris-json.h"
#include "simris-comparison.h"
#include "simris-scenario.h"
#include "simris-sweep.h"

/* The what-if commands of simris-cli, kept apart from simris-cli.c (docs/case-format.md). */

enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
  EXIT_IO = 3,
};

static char *opt_member;
static char *opt_from;
static char *opt_to;
static char *opt_step;
static char *opt_lang;
static char *opt_date;
static gboolean opt_json;

static const GOptionEntry sweep_entries[] = {
  { "member", 0, 0, G_OPTION_ARG_STRING, &opt_member, N_("The member whose earnings are swept"), N_("ID") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("Lowest monthly net earnings (default 0)"), N_("EUROS") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("Highest monthly net earnings (default 2500)"), N_("EUROS") },
  { "step", 0, 0, G_OPTION_ARG_STRING, &opt_step, N_("Step between two points (default 10)"), N_("EUROS") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Compute at this date instead of the case's reference date"), N_("YYYY-MM-DD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Accepted for symmetry: the CSV is the same in every language"), N_("LANG") },
  { NULL }
};

static const GOptionEntry compare_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the comparison as JSON"), NULL },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the explanation, by its code (see the usage)"), N_("LANG") },
  { NULL }
};

const char *
simris_cli_whatif_usage (void)
{
  return _("  simris-cli sweep CASE.json --member ID [--from 0] [--to EUROS] [--step EUROS]\n"
           "  simris-cli compare CASE.json [--json] [--lang LANG]");
}

static int
usage (const char *message)
{
  if (message != NULL)
    g_printerr ("simris-cli: %s\n", message);
  g_printerr ("%s\n%s\n", _("Usage:"), simris_cli_whatif_usage ());
  return EXIT_USAGE;
}

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

static gboolean
parse_euros (const char  *option,
             const char  *text,
             SimrisCents  fallback,
             SimrisCents *out,
             char       **message)
{
  if (text == NULL)
    {
      *out = fallback;
      return TRUE;
    }
  if (simris_money_parse (text, out) != SIMRIS_MONEY_PARSE_OK)
    {
      *message = g_strdup_printf (_("%s: \"%s\" is not an amount in euros (such as 1500 or 12.50)"), option, text);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_sweep (const char *path)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisSweep) sweep = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *csv = NULL;
  SimrisCents from, to, step;
  SimrisDate date;
  int status = EXIT_OK;

  if (opt_member == NULL)
    return usage (_("sweep needs --member ID"));
  if (!parse_euros ("--from", opt_from, 0, &from, &message) ||
      !parse_euros ("--to", opt_to, SIMRIS_SWEEP_DEFAULT_TO, &to, &message) ||
      !parse_euros ("--step", opt_step, SIMRIS_SWEEP_DEFAULT_STEP, &step, &message))
    return usage (message);
  if (opt_date != NULL && !simris_date_parse (opt_date, &date))
    {
      message = g_strdup_printf (_("--date: \"%s\" is not a date (YYYY-MM-DD)"), opt_date);
      return usage (message);
    }
  if (opt_lang != NULL && !simris_lang_is_known (opt_lang))
    {
      message = g_strdup_printf (_("--lang: \"%s\" is not a known language (fr, nl or en)"), opt_lang);
      return usage (message);
    }
  if (!(household = load_case (path, &status)))
    return status;
  if (opt_date != NULL)
    simris_household_set_reference_date (household, opt_date);

  sweep = simris_sweep_run (simris_parameters_get_default (), household, opt_member, from, to, step, &error);
  if (sweep == NULL)
    {
      if (g_error_matches (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_MEMBER))
        {
          message = g_strdup_printf ("--member: %s", error->message);
          return usage (message);
        }
      if (g_error_matches (error, SIMRIS_SWEEP_ERROR, SIMRIS_SWEEP_ERROR_RANGE))
        return usage (error->message);
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_INVALID;
    }

  csv = simris_sweep_to_csv (sweep);
  fputs (csv, stdout);
  return EXIT_OK;
}

/* Pads text to width characters (UTF-8), cutting what is longer. */
static void
append_cell (GString    *line,
             const char *text,
             guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  if ((guint) length > width - 1)
    {
      const char *end = g_utf8_offset_to_pointer (text, width - 2);
      g_string_append_len (line, text, end - text);
      g_string_append (line, "… ");
      return;
    }
  g_string_append (line, text);
  for (guint i = length; i < width; i++)
    g_string_append_c (line, ' ');
}

#define LABEL_WIDTH 26
#define CELL_WIDTH 24

static void
print_row (SimrisComparison *cmp,
           const char       *label,
           char           *(*cell) (SimrisCompareColumn *, const char *))
{
  g_autoptr(GString) line = g_string_new (NULL);
  const char *lang = simris_comparison_get_lang (cmp);

  append_cell (line, label, LABEL_WIDTH);
  for (guint c = 0; c < simris_comparison_get_n_columns (cmp); c++)
    {
      g_autofree char *text = cell (simris_comparison_get_column (cmp, c), lang);
      append_cell (line, text, CELL_WIDTH);
    }
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  g_print ("%s\n", line->str);
}

static char *
cell_name (SimrisCompareColumn *c, const char *lang)
{
  return g_strdup (c->name);
}

static char *
cell_category (SimrisCompareColumn *c, const char *lang)
{
  return g_strdup (simris_category_get_label (simris_result_get_category (c->result), lang));
}

static char *
cell_eligible (SimrisCompareColumn *c, const char *lang)
{
  return g_strdup (simris_result_get_eligible (c->result) ? simris_tr (lang, N_("yes")) : simris_tr (lang, N_("no")));
}

static char *
cell_month (SimrisCompareColumn *c, const char *lang)
{
  return simris_money_format (simris_result_get_amount_month (c->result), lang);
}

static char *
cell_total (SimrisCompareColumn *c, const char *lang)
{
  return simris_money_format (c->total_month, lang);
}

static char *
cell_date (SimrisCompareColumn *c, const char *lang)
{
  return simris_date_format (simris_result_get_reference_date (c->result), lang);
}

static void
print_comparison (SimrisComparison *cmp)
{
  const char *lang = simris_comparison_get_lang (cmp);

  print_row (cmp, "", cell_name);
  print_row (cmp, simris_tr (lang, N_("Reference date")), cell_date);
  print_row (cmp, simris_tr (lang, N_("Category")), cell_category);
  print_row (cmp, simris_tr (lang, N_("Eligible")), cell_eligible);
  print_row (cmp, simris_tr (lang, N_("Monthly amount")), cell_month);
  print_row (cmp, simris_tr (lang, N_("Household income a month")), cell_total);

  for (guint c = 1; c < simris_comparison_get_n_columns (cmp); c++)
    {
      SimrisCompareColumn *column = simris_comparison_get_column (cmp, c);
      GPtrArray *steps = simris_result_get_steps (column->result);
      GPtrArray *base_steps = simris_result_get_steps (simris_comparison_get_column (cmp, 0)->result);

      g_print ("\n“%s”\n", column->name);
      for (guint i = 0; i < column->changes->len; i++)
        g_print ("  * %s\n", (const char *) g_ptr_array_index (column->changes, i));
      if (column->differs->len == 0)
        g_print ("  %s\n", simris_tr (lang, N_("Every step is as in the base case.")));
      for (guint i = 0; i < column->differs->len; i++)
        {
          SimrisStepDiff *diff = g_ptr_array_index (column->differs, i);
          SimrisStep *s = diff->step >= 0 ? g_ptr_array_index (steps, diff->step)
                                          : g_ptr_array_index (base_steps, diff->base_step);

          g_print ("  ≠ [%s] %s\n    %s\n", diff->rule, s->text, diff->why);
        }
    }
}

static int
cmd_compare (const char *path)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(SimrisComparison) cmp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *lang;
  int status = EXIT_OK;

  if (opt_lang != NULL && !simris_lang_is_known (opt_lang))
    {
      message = g_strdup_printf (_("--lang: \"%s\" is not a known language (fr, nl or en)"), opt_lang);
      return usage (message);
    }
  lang = opt_lang != NULL ? opt_lang : simris_lang_from_locale ();
  if (!(household = load_case (path, &status)))
    return status;

  scenarios = simris_scenarios_load (household, &error);
  if (scenarios != NULL)
    cmp = simris_scenario_compare (simris_parameters_get_default (), household, scenarios, lang, &error);
  if (cmp == NULL)
    {
      g_printerr ("simris-cli: %s: %s\n", path, error->message);
      return EXIT_INVALID;
    }

  if (opt_json)
    {
      g_autoptr(JsonNode) node = simris_comparison_to_json (cmp);
      g_autofree char *text = simris_json_to_string (node, TRUE);

      g_print ("%s\n", text);
    }
  else
    print_comparison (cmp);
  return EXIT_OK;
}

gboolean
simris_cli_whatif_handles (const char *command)
{
  return g_strcmp0 (command, "sweep") == 0 || g_strcmp0 (command, "compare") == 0;
}

int
simris_cli_whatif_main (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean sweep = g_str_equal (argv[1], "sweep");

  context = g_option_context_new (_("CASE"));
  g_option_context_add_main_entries (context, sweep ? sweep_entries : compare_entries, GETTEXT_PACKAGE);
  argv[1] = argv[0];
  argc--;
  argv++;
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);
  if (argc != 2)
    return usage (_("exactly one case file is needed"));

  return sweep ? cmd_sweep (argv[1]) : cmd_compare (argv[1]);
}
