/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_CONDITIONS_PAGE (simris_assistant_conditions_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantConditionsPage, simris_assistant_conditions_page, SIMRIS, ASSISTANT_CONDITIONS_PAGE,
                      SimrisAssistantPage)

/* The page "Three conditions" (and the partner's, for the split). */
SimrisAssistantPage *simris_assistant_conditions_page_new (SimrisGuide *guide);

G_END_DECLS
