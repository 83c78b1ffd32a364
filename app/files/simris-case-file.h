/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "simris-household.h"

G_BEGIN_DECLS

#define SIMRIS_CASE_FILE_ERROR (simris_case_file_error_quark ())

typedef enum
{
  SIMRIS_CASE_FILE_ERROR_INVALID,     /* the content is not a valid case */
  SIMRIS_CASE_FILE_ERROR_TOO_NEW,     /* made by a newer SimRIS */
  SIMRIS_CASE_FILE_ERROR_IO,          /* could not read or write */
} SimrisCaseFileError;

#define SIMRIS_CASE_FILE_MAX_SIZE 10485760
#define SIMRIS_CASE_FILE_MAX_DEPTH 32
#define SIMRIS_CASE_FILE_VERSION 1

GQuark           simris_case_file_error_quark (void);
/* Parses and validates (docs/case-format.md); the error message names the field. */
SimrisHousehold *simris_case_file_load_data   (const char      *data,
                                               gssize           length,
                                               GError         **error);
SimrisHousehold *simris_case_file_load        (GFile           *file,
                                               GCancellable    *cancellable,
                                               GError         **error);
SimrisHousehold *simris_case_file_from_json   (JsonNode        *root,
                                               GError         **error);
JsonNode        *simris_case_file_to_json     (SimrisHousehold *household);
char            *simris_case_file_to_data     (SimrisHousehold *household,
                                               gsize           *length);
gboolean         simris_case_file_save        (SimrisHousehold *household,
                                               GFile           *file,
                                               GCancellable    *cancellable,
                                               GError         **error);

G_END_DECLS
