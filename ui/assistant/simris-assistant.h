/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-assistant-page.h"
#include "simris-result.h"
#include "simris-window.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT (simris_assistant_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistant, simris_assistant, SIMRIS, ASSISTANT, AdwWindow)

/* The guided simulation: one question at a time, in plain words, over the window's own
 * household (the same model as the full form, so nothing is lost either way). Actions of
 * the assistant: "assistant.next" (Enter), "assistant.back" (Alt+Left), "assistant.go-to"
 * (s: a page name; from the summary, Next then returns to it), "assistant.full-form",
 * "assistant.leave" (Escape: asks before showing the full form), "assistant.export" (the one-page summary),
 * "assistant.print" (the same page, printed), "assistant.save" (the window's Save). */
SimrisAssistant *simris_assistant_new                (SimrisWindow    *window);
/* The page shown: "you", "household", "dates", "money-<member id>", "pending",
 * "conditions", "summary", "result". */
const char      *simris_assistant_get_page           (SimrisAssistant *self);
/* The pages of this household, in order (NULL-terminated, owned by the assistant). */
const char * const *simris_assistant_get_pages       (SimrisAssistant *self);
/* The result shown on the result page, or NULL (an answer missing or invalid). */
SimrisResult    *simris_assistant_get_result         (SimrisAssistant *self);
/* How many questions the pages of this household asked (a list of switches "which of
 * these do you receive?" is one question, each amount asked another), and how many
 * fields they showed in all (each switch counted). */
guint            simris_assistant_get_n_questions    (SimrisAssistant *self);
guint            simris_assistant_get_n_fields       (SimrisAssistant *self);
/* The widget of the current page whose widget name is name (for tests and a11y checks). */
GtkWidget       *simris_assistant_find               (SimrisAssistant *self,
                                                      const char      *name);

/* The page shown, as its own class (pages/). */
SimrisAssistantPage *simris_assistant_get_page_widget (SimrisAssistant *self);
/* The toast the last "assistant.export" showed ("Exported …" or why not), or NULL. */
const char      *simris_assistant_get_export_message (SimrisAssistant *self);

/* Installs "win.guide" (opens the assistant on a new case) and "win.guide-current" (the
 * main menu's "Guide Me": the assistant on the case shown) on the window. */
void             simris_assistant_add_window_actions (SimrisWindow    *window);
/* "Guide Me" or "Fill the Form": the choice offered on a first run and on a new case. */
void             simris_assistant_offer              (SimrisWindow    *window);

G_END_DECLS
