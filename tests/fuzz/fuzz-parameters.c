/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The user's parameters file ($XDG_DATA_HOME/simris/parameters.json, README "Amounts and a
 * new index step"), merged over the shipped parameters as simris_parameters_get_default()
 * does; when it merges, the amounts are looked up on a few dates. */

#include "fuzz-common.h"

#include <gio/gio.h>

#include "simris-parameters.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static GBytes *shipped;
  g_autoptr(SimrisParameters) params = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user = NULL;
  const char *texts[3] = { NULL, NULL, NULL };
  const char *origins[3] = { "parameters.json (SimRIS)", "parameters.json (user)", NULL };
  static const SimrisDate dates[] = { 20020101, 20221201, 20260301, 20261001, 20991231 };

  fuzz_init_once ();
  if (shipped == NULL)
    shipped = g_resources_lookup_data ("/io/github/simris/SimRIS/core/parameters.json",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (shipped != NULL);

  /* The file as g_file_get_contents() hands it: NUL-terminated. */
  user = g_malloc (size + 1);
  memcpy (user, data, size);
  user[size] = '\0';

  texts[0] = g_bytes_get_data (shipped, NULL);
  texts[1] = user;
  params = simris_parameters_new_from_data (texts, origins, &error);
  if (params == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GError) lookup_error = NULL;
      SimrisAmounts amounts;

      if (simris_parameters_lookup (params, dates[i], &amounts, &lookup_error))
        g_assert (amounts.coefficient > 0);
      else
        g_assert (lookup_error != NULL);
      /* The regime in force on the date (NULL), then each regime by its name. */
      {
        const SimrisArt34RegimeInfo *r = simris_parameters_get_art34_regime (params, NULL, dates[i]);

        g_assert (r == NULL || r->name != NULL);
      }
      for (guint k = 0; k < simris_parameters_get_n_art34_regimes (params); k++)
        {
          const char *name = simris_parameters_get_nth_art34_regime (params, k)->name;
          const SimrisArt34RegimeInfo *r = simris_parameters_get_art34_regime (params, name, dates[i]);

          g_assert (r == NULL || r->name != NULL);
        }
    }

  return 0;
}
