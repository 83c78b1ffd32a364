/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_HOUSEHOLD_PAGE (simris_assistant_household_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantHouseholdPage, simris_assistant_household_page, SIMRIS, ASSISTANT_HOUSEHOLD_PAGE,
                      SimrisAssistantPage)

/* The page "Who lives with you?": a partner, children, parents, others. */
SimrisAssistantPage *simris_assistant_household_page_new (SimrisGuide *guide);

G_END_DECLS
