/* SPDX-License-Identifier: GPL-3.0-or-later */
/* simris-cli batch (docs/case-format.md): the input is a JSON Lines text read as the CLI reads
 * it, a line at a time; each line is a case computed to its result JSON. */

#include "fuzz-common.h"

#include <gio/gio.h>

#include "simris-case-file.h"
#include "simris-engine.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GInputStream) memory = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  SimrisParameters *params;

  fuzz_init_once ();
  params = simris_parameters_get_default ();

  memory = g_memory_input_stream_new_from_data (g_memdup2 (data, size), size, g_free);
  lines = g_data_input_stream_new (memory);
  g_data_input_stream_set_newline_type (lines, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  for (guint n = 0; n < 64; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisHousehold) household = NULL;
      g_autoptr(SimrisResult) result = NULL;
      g_autofree char *line = NULL;
      gsize length = 0;

      line = g_data_input_stream_read_line (lines, &length, NULL, &error);
      if (line == NULL)
        break;

      household = simris_case_file_load_data (line, length, &error);
      if (household != NULL)
        result = simris_engine_compute (params, household, 0, (n & 1) ? "nl" : "fr", &error);
      if (result == NULL)
        {
          g_assert (error != NULL);
          continue;
        }
      {
        g_autoptr(JsonNode) node = simris_result_to_json (result);
        g_autofree char *text = json_to_string (node, FALSE);

        g_assert (text != NULL);
      }
    }

  return 0;
}
