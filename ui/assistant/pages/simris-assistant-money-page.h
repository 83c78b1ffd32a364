/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-assistant-page.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_MONEY_PAGE (simris_assistant_money_page_get_type ())

G_DECLARE_FINAL_TYPE (SimrisAssistantMoneyPage, simris_assistant_money_page, SIMRIS, ASSISTANT_MONEY_PAGE,
                      SimrisAssistantPage)

/* The page "Your money" / "The money of …": one page per person whose money the law may count. */
SimrisAssistantPage *simris_assistant_money_page_new (SimrisGuide  *guide,
                                                   SimrisMember *member);
/* Its name in the flow ("money-m2") and its title: "Your money", "The money of Sam" (also
 * the summary's line that leads to it). */
char                *simris_assistant_money_page_dup_name  (SimrisMember    *member);
char                *simris_assistant_money_page_dup_title (SimrisHousehold *household,
                                                          SimrisMember    *member);
/* The switch row of a kind of money ("money-work") and its amount and "I don't know". */
GtkWidget *simris_assistant_money_page_get_amount  (SimrisAssistantMoneyPage *self,
                                                    GtkWidget                *row);
GtkWidget *simris_assistant_money_page_get_unknown (SimrisAssistantMoneyPage *self,
                                                    GtkWidget                *row);

G_END_DECLS
