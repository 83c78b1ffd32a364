/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the parts of the decision draft share (simris-report.c): the report's state and the
 * helpers that word, escape and format. Each part builds its pieces on self->doc:
 *   simris-report-decision.c  the decision itself, from the letterhead to the signatures
 *   simris-report-annexes.c   the calculation annex and the optional annexes
 *   simris-report-note.c      the note for the social worker, a document of its own
 *   simris-report-marks.c     the running marks of every page (band, diagonal, footer) */

#include "simris-date.h"
#include "simris-household.h"
#include "simris-labour-court.h"
#include "simris-page-layout.h"
#include "simris-report.h"
#include "simris-result.h"
#include "simris-report-equivalent.h"

G_BEGIN_DECLS

struct _SimrisReport
{
  GObject           parent_instance;

  SimrisHousehold  *household;
  SimrisResult     *result;
  char             *lang;

  SimrisPageLayout *doc;
  GHashTable       *names;        /* member id → display name */
  gboolean          built;
  gboolean          note;         /* the note for the social worker, not the decision */

  /* The optional annexes (NULL: none). */
  SimrisTimeline   *timeline;
  SimrisComparison *comparison;
  SimrisSweep      *sweep;
  int               sweep_present;  /* the sweep's point of the present earnings, or -1 */
};

/* simris_tr () and simris_ntr () with the format_arg attribute, so that the compiler checks
 * every translated format string against its arguments (like _()). xgettext knows
 * simris_report_ntr's plural arguments (po/meson.build): call it with the two literal
 * forms, never N_() around them, or the catalogue gets two singular entries that
 * simris_ntr () never finds. */
const char *simris_report_tr  (const char *lang,
                               const char *msgid) G_GNUC_FORMAT (2);
const char *simris_report_ntr (const char *lang,
                               const char *singular,
                               const char *plural,
                               gulong      n) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

#define T(msgid) simris_report_tr (self->lang, (msgid))

/* The wording of the benefit the result is for (simris-report-equivalent.c), else the
 * integration income's own msgid. */
#define BT(which, msgid) \
  (simris_report_benefit_text (simris_result_get_benefit (self->result), (which), self->lang) \
     ?: T (msgid))

/* Escapes text for Pango markup. */
char        *simris_report_esc               (const char   *text);
/* Formats markup: the (translated) format's own text is escaped, the arguments are markup
 * already (escaped user text, placeholders). */
char        *simris_report_markup_printf     (const char   *format,
                                              ...) G_GNUC_PRINTF (1, 2);
/* A date "YYYY-MM-DD" in the report's language (the text as given when it does not parse). */
char        *simris_report_format_date       (const char   *iso,
                                              const char   *lang);
/* A field of the case's "decision" block, NULL when missing or blank. */
const char  *simris_report_decision_field    (SimrisReport *self,
                                              const char   *name);
const char  *simris_report_member_name       (SimrisReport *self,
                                              const char   *id);
char        *simris_report_money             (SimrisReport *self,
                                              SimrisCents   cents);
/* Today (SOURCE_DATE_EPOCH when set, so that a reproducible build's PDF is stable). */
SimrisDate   simris_report_today             (void);
/* A blank the social worker fills in, as markup in the placeholder colour. */
char        *simris_report_placeholder       (const char   *text);
/* The applicant's name as markup, or the placeholder. */
char        *simris_report_applicant_display (SimrisReport *self);
/* A condition of art. 3's label (a row of the rules table), in the report's language. */
char        *simris_report_condition_label   (SimrisReport *self,
                                              const char   *code);
/* The competent labour court: the address typed in the case (or Preferences), else the
 * court of the CPAS's postcode (data/labour-courts.json); NULL when neither is known. */
SimrisLabourCourt *simris_report_find_court  (SimrisReport *self);

void         simris_report_build_decision    (SimrisReport *self);
void         simris_report_build_annexes     (SimrisReport *self);
void         simris_report_build_note        (SimrisReport *self);
void         simris_report_decorate_page     (SimrisPageLayout *doc,
                                              cairo_t          *cr,
                                              int               page,
                                              int               n_pages,
                                              gpointer          user_data);

G_END_DECLS
