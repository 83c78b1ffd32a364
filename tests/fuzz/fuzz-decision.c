/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision draft (docs/calculation.md §10) of a loaded household, written as a PDF to
 * memory in French or Dutch (the first byte chooses). */

#include "fuzz-common.h"

#include "simris-case-file.h"
#include "simris-engine.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(SimrisReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *lang;

  fuzz_init_once ();
  if (size < 1)
    return 0;
  lang = (data[0] & 1) ? "nl" : "fr";

  household = simris_case_file_load_data ((const char *) data + 1, size - 1, &error);
  if (household == NULL)
    return 0;
  result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);
  if (result == NULL)
    return 0;

  report = simris_report_new (household, result, lang);
  fuzz_write_decision (report);
  g_assert (simris_report_get_n_pages (report) >= 1);

  return 0;
}
