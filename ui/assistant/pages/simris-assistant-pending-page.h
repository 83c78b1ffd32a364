/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

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
G_END_DECLS
