/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is a whole number of euro cents, never a double: amounts are rounded once, where the law
 * rounds (docs/calculation.md §3). */
typedef gint64 SimrisCents;

#define SIMRIS_CENTS_MAX ((SimrisCents) 1000000000) /* 10 000 000,00 €, docs/case-format.md */
/* A draft's amount that is not known yet (docs/case-format.md, Drafts): never a real amount. */
#define SIMRIS_CENTS_MISSING ((SimrisCents) -1)

typedef enum
{
  SIMRIS_MONEY_PARSE_OK,
  SIMRIS_MONEY_PARSE_SYNTAX,
  SIMRIS_MONEY_PARSE_NEGATIVE,
  SIMRIS_MONEY_PARSE_PRECISION,
  SIMRIS_MONEY_PARSE_TOO_LARGE,
} SimrisMoneyParse;

SimrisMoneyParse simris_money_parse        (const char  *text,
                                            SimrisCents *out);
SimrisMoneyParse simris_money_parse_user   (const char  *text,
                                            SimrisCents *out);
SimrisMoneyParse simris_money_from_double  (double       value,
                                            SimrisCents *out);
char            *simris_money_to_string    (SimrisCents  cents);
char            *simris_money_format       (SimrisCents  cents,
                                            const char  *lang);
/* The same in whole euros, the cents dropped ("5 000 €", "€ 5.000"): a chart's axis. */
char            *simris_money_format_whole (SimrisCents  cents,
                                            const char  *lang);
SimrisCents      simris_money_div_round    (SimrisCents  numerator,
                                            gint64       denominator);
SimrisCents      simris_money_mul_round    (SimrisCents  cents,
                                            gint64       factor,
                                            gint64       divisor);

G_END_DECLS
