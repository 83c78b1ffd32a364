/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"
#include "simris-result.h"

G_BEGIN_DECLS

/* The pages of the guide, one class each (as GNOME Initial Setup's pages/); each page's own
 * questions and checks are in its simris-assistant-NAME-page.c. The money page, which is also
 * asked for the widgets of its rows, has its own header. */

#define SIMRIS_TYPE_ASSISTANT_YOU_PAGE (simris_assistant_you_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantYouPage, simris_assistant_you_page, SIMRIS, ASSISTANT_YOU_PAGE,
                      SimrisAssistantPage)
/* The page "About you": date of birth, full-time studies. */
SimrisAssistantPage *simris_assistant_you_page_new (SimrisGuide *guide);

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

#define SIMRIS_TYPE_ASSISTANT_HOUSEHOLD_PAGE (simris_assistant_household_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantHouseholdPage, simris_assistant_household_page, SIMRIS, ASSISTANT_HOUSEHOLD_PAGE,
                      SimrisAssistantPage)
/* The page "Who lives with you?": a partner, children, parents, others. */
SimrisAssistantPage *simris_assistant_household_page_new (SimrisGuide *guide);

#define SIMRIS_TYPE_ASSISTANT_DATES_PAGE (simris_assistant_dates_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantDatesPage, simris_assistant_dates_page, SIMRIS, ASSISTANT_DATES_PAGE,
                      SimrisAssistantPage)
/* The page "Their dates of birth": everyone but the applicant. */
SimrisAssistantPage *simris_assistant_dates_page_new (SimrisGuide *guide);

#define SIMRIS_TYPE_ASSISTANT_CONDITIONS_PAGE (simris_assistant_conditions_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantConditionsPage, simris_assistant_conditions_page, SIMRIS, ASSISTANT_CONDITIONS_PAGE,
                      SimrisAssistantPage)
/* The page "Three conditions" (and the partner's, for the split). */
SimrisAssistantPage *simris_assistant_conditions_page_new (SimrisGuide *guide);

#define SIMRIS_TYPE_ASSISTANT_PENDING_PAGE (simris_assistant_pending_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantPendingPage, simris_assistant_pending_page, SIMRIS, ASSISTANT_PENDING_PAGE,
                      SimrisAssistantPage)
/* The page "Have you asked for a benefit you have not received yet?". */
SimrisAssistantPage *simris_assistant_pending_page_new (SimrisGuide *guide);
/* The benefits the page asks about, and whether member waits for one of kind. */
const SimrisResourceKind *simris_assistant_get_pending_kinds (guint              *n_kinds);
gboolean                  simris_assistant_find_pending      (SimrisMember       *member,
                                                              SimrisResourceKind  kind,
                                                              guint              *position);

#define SIMRIS_TYPE_ASSISTANT_SUMMARY_PAGE (simris_assistant_summary_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantSummaryPage, simris_assistant_summary_page, SIMRIS, ASSISTANT_SUMMARY_PAGE,
                      SimrisAssistantPage)
/* The page "Your answers": each answer, one click from its page. */
SimrisAssistantPage *simris_assistant_summary_page_new (SimrisGuide *guide);

#define SIMRIS_TYPE_ASSISTANT_RESULT_PAGE (simris_assistant_result_page_get_type ())
G_DECLARE_FINAL_TYPE (SimrisAssistantResultPage, simris_assistant_result_page, SIMRIS, ASSISTANT_RESULT_PAGE,
                      SimrisAssistantPage)
/* The page "Your result": the amount, what to bring, what the CPAS may decide. */
SimrisAssistantPage *simris_assistant_result_page_new (SimrisGuide *guide);
/* The result shown, or NULL (an answer missing or invalid). */
SimrisResult        *simris_assistant_result_page_get_result (SimrisAssistantResultPage *self);

G_END_DECLS
