/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-maintenance.h"
#include "simris-result.h"

G_BEGIN_DECLS

/* The engine fills a result through these; views only read it. */
struct _SimrisResult
{
  GObject         parent_instance;

  char           *lang;
  SimrisDate      reference_date;
  SimrisDate      parameters_date;
  gboolean        eligible;
  GPtrArray      *reasons;          /* char*, NULL-terminated */
  SimrisCategory  category;
  char           *category_reason;   /* the finding and its caveat */
  char           *category_finding;
  char           *category_caveat;   /* or NULL */
  SimrisCents     category_amount_year;
  SimrisCents     category_amount_month;
  SimrisCents     resources_counted_year;
  SimrisCents     exemptions_year;
  SimrisCents     amount_year;
  SimrisCents     amount_month;
  gboolean        has_split;
  SimrisCents     split_applicant;
  SimrisCents     split_partner;
  int             split_share;
  GPtrArray      *advance;          /* SimrisAdvanceBenefit*, or NULL */
  GPtrArray      *alternatives;     /* SimrisAlternative* */
  GPtrArray      *applicants;       /* SimrisApplicantAmount* */
  GPtrArray      *steps;            /* SimrisStep* */
  GPtrArray      *warnings;         /* SimrisWarning* */
  GPtrArray      *assumed;          /* char*, NULL-terminated */
  char           *art34_regime;
  char           *art34_regime_reason;
  GPtrArray      *options_applied;  /* SimrisWarning* */
  GPtrArray      *not_modelled;     /* char*, NULL-terminated */
  /* Issue 29: the benefit computed, the PIIS for studies, the maintenance aid. */
  SimrisBenefit   benefit;
  gboolean        piis_studies;
  gboolean        has_maintenance_aid;
  SimrisMaintenanceAid maintenance_aid;
};

SimrisResult *simris_result_new           (const char     *lang);
SimrisStep   *simris_result_add_step      (SimrisResult   *self,
                                           SimrisStepKind  kind,
                                           const char     *rule,
                                           char           *text,
                                           gboolean        has_amount,
                                           SimrisCents     amount,
                                           int             sign);
void          simris_result_add_warning   (SimrisResult   *self,
                                           const char     *code,
                                           char           *text);
void          simris_result_add_reason    (SimrisResult   *self,
                                           const char     *code);
void          simris_result_add_assumed   (SimrisResult   *self,
                                           const char     *code);
void          simris_result_add_not_modelled (SimrisResult *self,
                                           char           *text);
void          simris_result_add_option_applied (SimrisResult *self,
                                           const char     *option,
                                           char           *text);
void          simris_result_add_advance   (SimrisResult   *self,
                                           SimrisResourceKind kind,
                                           const char     *paying_body,
                                           const char     *member_id);
void          simris_result_add_alternative (SimrisResult *self,
                                           const char     *option,
                                           JsonNode       *value,
                                           SimrisCents     amount_year,
                                           SimrisCents     amount_month,
                                           char           *text);

void          simris_result_add_applicant (SimrisResult *self,
                                           const char   *member_id,
                                           const char   *name,
                                           gboolean      computed,
                                           gboolean      eligible,
                                           SimrisCents   amount_year,
                                           SimrisCents   amount_month);

G_END_DECLS
