/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_SUMMARY_PAGE (simris_assistant_summary_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantSummaryPage, simris_assistant_summary_page, SIMRIS, ASSISTANT_SUMMARY_PAGE,
                      SimrisAssistantPage)

/* The page "Your answers": each answer, one click from its page. */
SimrisAssistantPage *simris_assistant_summary_page_new (SimrisGuide *guide);

G_END_DECLS
