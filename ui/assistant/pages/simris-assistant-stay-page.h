/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_STAY_PAGE (simris_assistant_stay_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantStayPage, simris_assistant_stay_page, SIMRIS, ASSISTANT_STAY_PAGE,
                      SimrisAssistantPage)

/* The page "Your right to stay in Belgium": the residence status in plain words, and the
 * benefit it leads to (docs/calculation.md §15). */
SimrisAssistantPage *simris_assistant_stay_page_new (SimrisGuide *guide);

/* What the guide says of a status: the benefit it simulates, or that neither applies and
 * where to go (a new string). status may be SIMRIS_RESIDENCE_STATUS_UNKNOWN. */
char                *simris_assistant_stay_describe (SimrisResidenceStatus status,
                                                     const char           *lang);

G_END_DECLS
