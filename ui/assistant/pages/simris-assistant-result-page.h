/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"
#include "simris-result.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_RESULT_PAGE (simris_assistant_result_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantResultPage, simris_assistant_result_page, SIMRIS, ASSISTANT_RESULT_PAGE,
                      SimrisAssistantPage)

/* The page "Your result": the amount, what to bring, what the CPAS may decide. */
SimrisAssistantPage *simris_assistant_result_page_new (SimrisGuide *guide);
/* The result shown, or NULL (an answer missing or invalid). */
SimrisResult        *simris_assistant_result_page_get_result (SimrisAssistantResultPage *self);

G_END_DECLS
