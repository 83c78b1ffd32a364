/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar date as a single integer yyyymmdd: cheap to compare, no time zone. */
typedef guint32 SimrisDate;

#define SIMRIS_DATE_MIN 19000101u
#define SIMRIS_DATE_MAX 21001231u

gboolean   simris_date_parse        (const char *iso,
                                     SimrisDate *out);
gboolean   simris_date_parse_user   (const char *text,
                                     SimrisDate *out);
gboolean   simris_date_is_valid     (guint       year,
                                     guint       month,
                                     guint       day);
char      *simris_date_to_iso       (SimrisDate  date);
char      *simris_date_format       (SimrisDate  date,
                                     const char *lang);
SimrisDate simris_date_make         (guint       year,
                                     guint       month,
                                     guint       day);
guint      simris_date_year         (SimrisDate  date);
guint      simris_date_month        (SimrisDate  date);
guint      simris_date_day          (SimrisDate  date);
SimrisDate simris_date_add_years    (SimrisDate  date,
                                     guint       years);
SimrisDate simris_date_add_months   (SimrisDate  date,
                                     guint       months);
SimrisDate simris_date_add_days     (SimrisDate  date,
                                     int         days);
int        simris_date_age_at       (SimrisDate  birth,
                                     SimrisDate  at);
SimrisDate simris_date_today        (void);
/* Sorts an array of SimrisDate and keeps each date once. */
void       simris_dates_sort_unique (GArray     *dates);

G_END_DECLS
