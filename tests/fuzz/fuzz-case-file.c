/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A case file from memory (docs/case-format.md): load → compute → result JSON. A case that
 * loads also saves, and what it saves loads again (whatever can be saved can be reopened). */

#include "fuzz-common.h"

#include "simris-case-file.h"
#include "simris-engine.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisHousehold) again = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gsize saved_length = 0;

  fuzz_init_once ();

  household = simris_case_file_load_data ((const char *) data, size, &error);
  if (household == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  result = simris_engine_compute (simris_parameters_get_default (), household, 0, "fr", &error);
  if (result != NULL)
    {
      g_autoptr(JsonNode) node = simris_result_to_json (result);
      g_autofree char *text = json_to_string (node, FALSE);

      g_assert (text != NULL && text[0] == '{');
    }
  else
    g_assert (error != NULL);
  g_clear_error (&error);

  saved = simris_case_file_to_data (household, &saved_length);
  again = simris_case_file_load_data (saved, saved_length, &error);
  if (again == NULL)
    g_error ("a loaded case saved as a file that does not load: %s", error->message);

  return 0;
}
