/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "simris-date.h"
#include "simris-enums.h"
#include "simris-money.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_PARAMETERS (simris_parameters_get_type ())

G_DECLARE_FINAL_TYPE (SimrisParameters, simris_parameters, SIMRIS, PARAMETERS, GObject)

#define SIMRIS_PARAMETERS_ERROR (simris_parameters_error_quark ())

typedef enum
{
  SIMRIS_PARAMETERS_ERROR_INVALID,
  SIMRIS_PARAMETERS_ERROR_TOO_EARLY,
} SimrisParametersError;

/* Which art. 34 AR regime (docs/calculation.md §5, §9), read from the parameters data. */
typedef struct
{
  const char *name;              /* "2002", "2026" */
  SimrisDate  from;
  guint       relations;         /* bit (1 << SimrisRelation) for each relation that counts */
  gboolean    in_law_needs_marriage;
  const char *option;            /* the case option that switches counting */
  gboolean    option_default;
  gboolean    mandatory;         /* the law's wording: an obligation (TRUE) or the CPAS's choice */
  gboolean    family_allowance_for_applicant_counted;
  gboolean    unverified_method; /* the pooled fictive amount is our reading, not a source's */
  SimrisDate  act_date;          /* the royal decree that worded it (0: not given) */
  const char *source;
  const char *origin;            /* the file the entry came from */
} SimrisArt34RegimeInfo;

/* The amounts in force on a date (docs/calculation.md §3). */
typedef struct
{
  SimrisDate   from;                  /* the row's effective date: max of base and index */
  SimrisCents  year[4];               /* indexed by SimrisCategory */
  SimrisCents  month[4];
  SimrisCents  spi_month;             /* art. 35 AR, indexed */
  SimrisCents  ale_cheque_exempt;     /* art. 22 §1 d AR, per cheque */
  SimrisCents  spi_shortage_month;    /* art. 35 §1 AR, shortage occupation, indexed (0: none) */
  SimrisCents  spi_student_grant_month; /* art. 35 §2 AR, student with a study grant, indexed (0: none) */
  SimrisCents  maintenance_aid_month_max; /* art. 68quinquies LO, not indexed (0: none) */
  SimrisCents  maintenance_aid_year_max;
  SimrisDate   base_from;
  SimrisCents  base[4];
  const char  *base_source;
  const char  *base_origin;
  SimrisDate   coefficient_from;
  guint        coefficient;           /* × 10 000 */
  const char  *coefficient_source;
  const char  *coefficient_origin;
  gboolean     printed[4];            /* a source printed the monthly amount of this category */
  const char  *printed_source;
  SimrisDate   newest_step;           /* the newest base or index step known */
  gboolean     user_values;           /* a figure above comes from the user's parameters file */
} SimrisAmounts;

GQuark            simris_parameters_error_quark   (void);
/* The shipped parameters (GResource), merged with the user's file in
 * $XDG_DATA_HOME/simris/parameters.json when it exists. Cached: call freely. */
SimrisParameters *simris_parameters_get_default   (void);
SimrisParameters *simris_parameters_new_from_data (const char * const *json_texts,
                                                   const char * const *origins,
                                                   GError            **error);
gboolean          simris_parameters_lookup        (SimrisParameters  *self,
                                                   SimrisDate         date,
                                                   SimrisAmounts     *out,
                                                   GError           **error);
SimrisDate        simris_parameters_get_first_date (SimrisParameters *self);
SimrisDate        simris_parameters_get_newest_step (SimrisParameters *self);
/* The "from" of every row of every series and regime, unsorted: the dates on which a
 * computation may read the parameters differently. */
GArray           *simris_parameters_get_change_dates (SimrisParameters *self);
/* name NULL: the regime in force on date; else the regime of that name (NULL if unknown). */
const SimrisArt34RegimeInfo *
                  simris_parameters_get_art34_regime (SimrisParameters *self,
                                                      const char       *name,
                                                      SimrisDate        date);
guint             simris_parameters_get_n_art34_regimes (SimrisParameters *self);
const SimrisArt34RegimeInfo *
                  simris_parameters_get_nth_art34_regime (SimrisParameters *self,
                                                          guint             n);
gboolean          simris_parameters_get_series_row (SimrisParameters  *self,
                                                    const char        *which,
                                                    guint              n,
                                                    SimrisDate        *from,
                                                    SimrisCents       *amount,
                                                    const char       **source);
const char       *simris_parameters_get_user_file (SimrisParameters  *self);
/* Warnings met while merging the user's file (invalid file ignored, with its reason). */
const char       *simris_parameters_get_user_error (SimrisParameters *self);

G_END_DECLS
