/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "simris-case-file.h"

/* Helpers the core's and the UI's tests share (tests/test-*.c, tests/ui/): loading the cases
 * of tests/cases/ and checking files; each fails the test on error. */

/* tests/cases/DIR/NAME in the source tree, or tests/cases/NAME when dir is NULL. */
static inline char *
simris_test_case_path (const char *dir,
                       const char *name)
{
  return dir != NULL ? g_test_build_filename (G_TEST_DIST, "cases", dir, name, NULL)
                     : g_test_build_filename (G_TEST_DIST, "cases", name, NULL);
}

/* A case file by path. */
static inline SimrisHousehold *
simris_test_load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SimrisHousehold *household = simris_case_file_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (household);
  return household;
}

/* tests/cases/DIR/NAME, or tests/cases/NAME when dir is NULL. */
static inline SimrisHousehold *
simris_test_load_case (const char *dir,
                       const char *name)
{
  g_autofree char *path = simris_test_case_path (dir, name);

  return simris_test_load_path (path);
}

/* A JSON file as json-glib reads it (to compare with what SimRIS writes). */
static inline JsonNode *
simris_test_load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static inline void
simris_test_assert_file_text (const char *path,
                              const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, expected);
}

/* How many entries the folder holds (it must exist). */
static inline guint
simris_test_count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static inline int
simris_test_compare_names (gconstpointer a,
                           gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names of the case files (*.simris.json) in folder, sorted; the folder must exist and
 * hold at least one. */
static inline GPtrArray *
simris_test_list_cases (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".simris.json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, simris_test_compare_names);
  g_assert_cmpuint (names->len, >, 0);
  return names;
}
