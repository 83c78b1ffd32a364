/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_YOU_PAGE (simris_assistant_you_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantYouPage, simris_assistant_you_page, SIMRIS, ASSISTANT_YOU_PAGE,
                      SimrisAssistantPage)

/* The page "About you": date of birth, full-time studies. */
SimrisAssistantPage *simris_assistant_you_page_new (SimrisGuide *guide);

G_END_DECLS
