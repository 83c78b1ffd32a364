/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "simris-sweep.h"

G_BEGIN_DECLS

/* The earnings chart drawn with Cairo, shared by the application (ui/simris-earnings-chart.c)
 * and any printed annex: the RIS, the earnings and the household's monthly income against the
 * earnings, the marks of the sweep (exemptions used up, RIS stops, income falls), a legend and,
 * when cursor ≥ 0, that point's figures. */
typedef struct
{
  double fg[4];          /* text, axes, cursor (RGBA 0–1) */
  double background[4];  /* the cursor's box */
  double ris[4];
  double earnings[4];
  double total[4];
  double exemption[4];   /* the "exemptions used up" mark */
  double zero[4];        /* the "RIS stops" mark */
  double drop[4];        /* where the income falls */
} SimrisSweepChartColours;

/* Colours for paper: dark text, saturated lines. */
void  simris_sweep_chart_print_colours (SimrisSweepChartColours       *colours);
/* font: NULL for Pango's default; lang: the labels' language ("fr", "nl", "en", NULL). */
void  simris_sweep_chart_draw          (SimrisSweep                   *sweep,
                                        cairo_t                       *cr,
                                        double                         width,
                                        double                         height,
                                        const SimrisSweepChartColours *colours,
                                        const PangoFontDescription    *font,
                                        int                            cursor,
                                        const char                    *lang);
/* The point of the sweep nearest to x in a chart of that width. */
int   simris_sweep_chart_point_at      (SimrisSweep                   *sweep,
                                        double                         width,
                                        double                         x);
/* "Earnings €700.00: RIS €498.53, household income €1,198.53 a month". */
char *simris_sweep_dup_point_text      (SimrisSweep                   *sweep,
                                        guint                          index,
                                        const char                    *lang);

G_END_DECLS
