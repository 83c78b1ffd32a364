/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What if (docs/case-format.md, "scenarios"; docs/calculation.md §14): a loaded household's
 * saved scenarios, every one read (those that no longer apply included) and those that apply
 * compared; a timeline of 1 to 120 months from its reference month; an earnings sweep; the
 * labour court of a postcode; then the decision with all its annexes, written to memory.
 *
 * Input: byte 0 chooses the language (bit 0) and which parts run (bits 1-3), byte 1 the
 * timeline's length, byte 2 the sweep's step, bytes 3-4 the CPAS's postcode; the rest is the
 * case file. */

#include "fuzz-common.h"

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-labour-court.h"
#include "simris-presence.h"
#include "simris-comparison.h"
#include "simris-scenario.h"
#include "simris-sweep.h"
#include "simris-timeline.h"

#define HEADER 5

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(SimrisReport) report = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisLabourCourt) court = NULL;
  g_autofree char *postcode = NULL;
  SimrisParameters *params;
  SimrisDate reference;
  const char *lang;
  guint months;
  SimrisCents step;

  fuzz_init_once ();
  if (size < HEADER)
    return 0;
  lang = (data[0] & 1) ? "nl" : "fr";
  months = 1 + data[1] % SIMRIS_TIMELINE_MAX_MONTHS;
  /* 50 € to 500 € steps: at most 51 points, so that an input stays quick. */
  step = 5 * SIMRIS_SWEEP_DEFAULT_STEP * (1 + data[2] % 10);
  postcode = g_strdup_printf ("%04u", (guint) ((data[3] << 8) | data[4]) % 10000);
  params = simris_parameters_get_default ();

  household = simris_case_file_load_data ((const char *) data + HEADER, size - HEADER, &error);
  if (household == NULL)
    return 0;

  /* The labour court of a postcode, and the decision naming it. */
  court = simris_labour_court_find (postcode, lang);
  if (court != NULL)
    {
      g_assert (court->court != NULL && court->court[0] != '\0');
      simris_household_set_decision_field (household, "cpas_postcode", postcode);
    }

  result = simris_engine_compute (params, household, 0, lang, &error);
  if (result == NULL)
    return 0;
  report = simris_report_new (household, result, lang);

  /* Every saved scenario, each change said in words; those that apply compared. */
  all = simris_scenarios_load_all (household, NULL);
  if (all != NULL && (data[0] & 2))
    {
      g_autoptr(GPtrArray) applicable = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < all->len; i++)
        {
          SimrisScenario *s = g_ptr_array_index (all, i);

          for (guint c = 0; c < simris_scenario_get_n_changes (s); c++)
            g_free (simris_scenario_dup_change_text (s, c, household, lang));
          if (simris_scenario_get_problem (s) == NULL && applicable->len < 3)
            g_ptr_array_add (applicable, g_object_ref (s));
        }
      if (applicable->len > 0)
        {
          g_autoptr(SimrisComparison) cmp = simris_scenario_compare (params, household, applicable, lang, NULL);

          if (cmp != NULL)
            {
              g_assert (simris_comparison_get_n_columns (cmp) == applicable->len + 1);
              simris_report_set_comparison (report, cmp);
            }
        }
    }

  /* A timeline of 1 to 120 months from the reference month. */
  if ((data[0] & 4) && simris_date_parse (simris_household_get_reference_date (household), &reference))
    {
      SimrisDate from = simris_date_month_start (reference);
      SimrisDate to = simris_date_add_months (from, months - 1);
      g_autoptr(SimrisTimeline) timeline = simris_timeline_compute (params, household, from, to, lang,
                                                                    SIMRIS_TIMELINE_FLAGS_NONE, NULL);

      if (timeline != NULL)
        {
          g_assert (simris_timeline_get_n_months (timeline) == months);
          simris_report_set_timeline (report, timeline);
        }
    }

  /* The applicant's earnings swept from 0 to 2 500 €. */
  if ((data[0] & 8) && simris_household_get_applicant (household) != NULL)
    {
      const char *id = simris_member_get_id (simris_household_get_applicant (household));
      g_autoptr(SimrisSweep) sweep = simris_sweep_run (params, household, id, 0, SIMRIS_SWEEP_DEFAULT_TO, step, NULL);

      if (sweep != NULL)
        {
          g_assert (simris_sweep_get_n_points (sweep) >= SIMRIS_SWEEP_DEFAULT_TO / step);
          simris_report_set_sweep (report, sweep);
        }
    }

  fuzz_write_decision (report);

  return 0;
}
