/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_DATES_PAGE (simris_assistant_dates_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantDatesPage, simris_assistant_dates_page, SIMRIS, ASSISTANT_DATES_PAGE,
                      SimrisAssistantPage)

/* The page "Their dates of birth": everyone but the applicant. */
SimrisAssistantPage *simris_assistant_dates_page_new (SimrisGuide *guide);

G_END_DECLS
