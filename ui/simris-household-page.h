/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-household.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_HOUSEHOLD_PAGE (simris_household_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisHouseholdPage, simris_household_page, SIMRIS, HOUSEHOLD_PAGE, AdwPreferencesPage)

/* The case's first page: the month simulated, the people of the household, the CPAS's
 * options and the details of the decision, bound to the model. */
GtkWidget       *simris_household_page_new           (void);
SimrisHousehold *simris_household_page_get_household (SimrisHouseholdPage *self);
void             simris_household_page_set_household (SimrisHouseholdPage *self,
                                                      SimrisHousehold     *household);
GtkWidget       *simris_household_page_get_row_for_member (SimrisHouseholdPage *self,
                                                           SimrisMember        *member);

/* The first question of the page, where a new case starts. */
GtkWidget       *simris_household_page_get_first_field (SimrisHouseholdPage *self);

G_END_DECLS
