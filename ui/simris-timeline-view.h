/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-household.h"
#include "simris-timeline.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_TIMELINE_VIEW (simris_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (SimrisTimelineView, simris_timeline_view, SIMRIS, TIMELINE_VIEW, GtkWidget)

/* "Over time": the right month by month over a period (docs/calculation.md §14), recomputed in an
 * idle on each "changed" of the household (while hidden, once it is shown again). The period
 * defaults to the months from the decision's application date to the reference date, else
 * the 12 months up to the reference date; a row per month with its amount and what changed
 * (changed months marked), the total; choosing a month shows its whole calculation. An
 * incomplete case shows only the message. */
GtkWidget       *simris_timeline_view_new           (void);
SimrisHousehold *simris_timeline_view_get_household (SimrisTimelineView *self);
void             simris_timeline_view_set_household (SimrisTimelineView *self,
                                                     SimrisHousehold    *household);
/* Fixes the period (first days of months); 0, 0 returns to the default. */
void             simris_timeline_view_set_period    (SimrisTimelineView *self,
                                                     SimrisDate          from,
                                                     SimrisDate          to);
/* The window's form state ("form-valid"): what to correct or fill in first, or NULL. While
 * set, the view shows it with "Go to this field" (win.go-to-problem) and no amount. */
void             simris_timeline_view_set_problem   (SimrisTimelineView *self,
                                                     const char         *problem);
const char      *simris_timeline_view_get_problem   (SimrisTimelineView *self);
/* NULL while the case or the period is invalid. */
SimrisTimeline  *simris_timeline_view_get_timeline  (SimrisTimelineView *self);
/* Shows month i's calculation (as choosing its row does). */
void             simris_timeline_view_show_month    (SimrisTimelineView *self,
                                                     guint               i);
void             simris_timeline_view_flush         (SimrisTimelineView *self);

G_END_DECLS
