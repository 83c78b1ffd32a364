/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "simris-household.h"
#include "simris-result.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_GUIDE (simris_guide_get_type ())

G_DECLARE_FINAL_TYPE (SimrisGuide, simris_guide, SIMRIS, GUIDE, GObject)

/* The household as the guided simulation sees it: the window's own household (every answer
 * is written there at once, so the full form and the case file hold it) and the few things
 * the applicant told the guide that the case has no field for — a child said to be 18 or
 * over before their date of birth is known. These live here, never on the model's objects. */

typedef enum
{
  SIMRIS_GUIDE_GROUP_NONE,
  SIMRIS_GUIDE_GROUP_PARTNER,
  SIMRIS_GUIDE_GROUP_MINOR,
  SIMRIS_GUIDE_GROUP_PARENT,
  SIMRIS_GUIDE_GROUP_ADULT_CHILD,
  SIMRIS_GUIDE_GROUP_OTHER,
} SimrisGuideGroup;

/* A kind of money as the guide asks it (one switch and one amount). */
typedef struct
{
  const char         *id;
  SimrisResourceKind  kind;
  SimrisPeriod        period;
  const char         *title;     /* N_() */
  const char         *subtitle;  /* N_() */
  guint               flags;
} SimrisGuideCategory;

SimrisGuide      *simris_guide_new               (SimrisHousehold  *household);
SimrisHousehold  *simris_guide_get_household     (SimrisGuide      *self);

SimrisGuideGroup  simris_guide_member_group      (SimrisGuide      *self,
                                                  SimrisMember     *member);
/* The members of a group, in the household's order (a new reference each). */
GPtrArray        *simris_guide_members_of        (SimrisGuide      *self,
                                                  SimrisGuideGroup  group);
guint             simris_guide_count_of          (SimrisGuide      *self,
                                                  SimrisGuideGroup  group);
/* Adds or removes the last members of a group until it has wanted members. */
void              simris_guide_set_group_count   (SimrisGuide      *self,
                                                  SimrisGuideGroup  group,
                                                  guint             wanted);
/* Whose money the law may count (docs/calculation.md §4, §5, §9). */
gboolean          simris_guide_money_matters     (SimrisGuide      *self,
                                                  SimrisMember     *member);

/* The kinds of money the guide asks about, in order. */
const SimrisGuideCategory *simris_guide_get_categories (guint *n_categories);
gboolean          simris_guide_category_applies  (SimrisGuide               *self,
                                                  SimrisMember              *member,
                                                  const SimrisGuideCategory *category);
SimrisResourceKind simris_guide_category_kind_for (const SimrisGuideCategory *category,
                                                  SimrisMember              *member);
/* The member's resource of this category (borrowed), and its position. */
SimrisResource   *simris_guide_find_resource     (SimrisMember              *member,
                                                  const SimrisGuideCategory *category,
                                                  guint                     *position);

/* Someone whose date of birth the applicant does not know, only an age: the guide writes
 * a date that gives that age in the month simulated and says so as an assumption.
 * Returns the age given, or -1 when the date was given. */
int               simris_guide_get_age_only      (SimrisGuide            *self,
                                                  SimrisMember           *member);
void              simris_guide_set_age_only      (SimrisGuide            *self,
                                                  SimrisMember           *member,
                                                  int                     age);

/* The two questions the guide asks of a job of the applicant or the partner
 * (docs/calculation.md §4.3): did it start while on the integration income (the
 * socio-professional exemption, `spi_start`), is it in a shortage occupation
 * (`shortage_occupation_start`). "Not sure" is kept here, never on the resource. */
typedef enum
{
  SIMRIS_GUIDE_JOB_INTEGRATION,
  SIMRIS_GUIDE_JOB_SHORTAGE,
} SimrisGuideJobQuestion;

gboolean          simris_guide_job_is_asked      (SimrisGuide            *self,
                                                  SimrisMember           *member,
                                                  SimrisResource         *resource);
SimrisTristate    simris_guide_get_job_answer    (SimrisGuide            *self,
                                                  SimrisResource         *resource,
                                                  SimrisGuideJobQuestion  question);
void              simris_guide_set_job_answer    (SimrisGuide            *self,
                                                  SimrisResource         *resource,
                                                  SimrisGuideJobQuestion  question,
                                                  SimrisTristate          answer);
/* When the job started (ISO), as the applicant said; NULL when not said. */
const char       *simris_guide_get_job_start     (SimrisGuide            *self,
                                                  SimrisResource         *resource);
void              simris_guide_set_job_start     (SimrisGuide            *self,
                                                  SimrisResource         *resource,
                                                  const char             *iso);

/* What the guide shows as the result: the engine's result on the household as answered,
 * where an amount the applicant does not know is, for an income the law does not count,
 * left out (it is not needed) and, for a counted income, taken as none (the most they may
 * get: the result is then a range); each assumption in a plain sentence with its effect,
 * computed by the engine. */
typedef struct
{
  SimrisResult *result;       /* NULL while something else is missing, or on error */
  GPtrArray    *missing;      /* char *: what still blocks a result (dates of birth…) */
  GPtrArray    *assumptions;  /* char *: what was assumed and what it changes */
  gboolean      range;        /* an unknown counted amount: result is the most */
} SimrisGuideOutcome;

SimrisGuideOutcome *simris_guide_compute         (SimrisGuide            *self,
                                                  const char             *lang,
                                                  GError                **error);
void              simris_guide_outcome_free      (SimrisGuideOutcome     *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SimrisGuideOutcome, simris_guide_outcome_free)

G_END_DECLS
