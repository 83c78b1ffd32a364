/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-household.h"

G_BEGIN_DECLS

/* The household's fields, shared by simris-household.c (the object) and
 * simris-household-check.c (its validation); nothing else includes this. */

#define SIMRIS_HOUSEHOLD_N_DECISION_FIELDS 14

struct _SimrisHousehold
{
  GObject            parent_instance;

  GPtrArray         *members;
  char              *reference_date;
  char              *description;
  char              *decision[SIMRIS_HOUSEHOLD_N_DECISION_FIELDS];
  char              *art34_regime;  /* a regime name of the parameters, NULL: by date */
  int                split_applicant_share;

  /* simris_household_validate() succeeded and nothing changed since ("changed" clears it):
   * simris-cli validates on loading, the engine again before computing. */
  guint              valid : 1;
  guint              count_ascendants_descendants : 1;
  guint              count_maintenance_debtors : 1;
  guint              reform_maf_exempt : 1;
  guint              isolated_partner_no_resources : 1;
  guint              alternating_custody_alternate_months : 1;
  guint              applicants_share_excess : 1;
  /* Issue 29: the benefit asked, the residence status, students, maintenance paid
   * (simris_household_get_benefit() and below). */
  guint              student_exemption_under_25 : 1;
  guint              student_grant_covid_alignment : 1;
  SimrisBenefit      benefit;
  SimrisResidenceStatus residence_status;
  SimrisCents        maintenance_paid_month;
};

G_END_DECLS
