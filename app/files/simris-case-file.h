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

/* The fields of a case file this SimRIS does not know ("expected", "scenarios", what a newer
 * SimRIS wrote), kept beside the model object they were read with so that saving writes them
 * back (docs/hacking.md §9). The model never sees them; its *_copy() carries them along
 * (simris-attachment.h), so a scenario's or undo's copy saves them too. */
typedef enum
{
  SIMRIS_CASE_EXTRA_OWN,           /* the object's own fields: the case's top level (on the
                                    * household), a member, a resource, a pending benefit */
  SIMRIS_CASE_EXTRA_OPTIONS,       /* the case's "options" (on the household) */
  SIMRIS_CASE_EXTRA_DECISION,      /* the case's "decision" (on the household) */
  SIMRIS_CASE_EXTRA_CONDITIONS,    /* a member's "conditions" */
  SIMRIS_CASE_EXTRA_PARTNER_SPLIT, /* a member's "partner_split" */
  SIMRIS_CASE_N_EXTRAS
} SimrisCaseExtra;

/* object: a SimrisHousehold, SimrisMember, SimrisResource or SimrisPendingBenefit. The object
 * keeps its own reference; NULL when there are none. */
JsonObject      *simris_case_file_get_extra   (gpointer         object,
                                               SimrisCaseExtra  part);
/* Takes a reference on extra (NULL removes them); the object emits "changed" when they change. */
void             simris_case_file_set_extra   (gpointer         object,
                                               SimrisCaseExtra  part,
                                               JsonObject      *extra);

G_END_DECLS
