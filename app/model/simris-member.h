/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "simris-enums.h"
#include "simris-pending-benefit.h"
#include "simris-resource.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_MEMBER (simris_member_get_type ())

G_DECLARE_FINAL_TYPE (SimrisMember, simris_member, SIMRIS, MEMBER, GObject)

/* Which yes/no question of a member (applicant conditions and partner split conditions). */
typedef enum
{
  SIMRIS_CONDITION_RESIDENCE,
  SIMRIS_CONDITION_WILLING_TO_WORK,
  SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS,
  SIMRIS_N_CONDITIONS,
} SimrisCondition;

typedef enum
{
  SIMRIS_SPLIT_RESIDENCE,
  SIMRIS_SPLIT_AGE,
  SIMRIS_SPLIT_NO_RESOURCES,
  SIMRIS_SPLIT_CLAIMS_OTHER_BENEFITS,
  SIMRIS_SPLIT_WILLING_TO_WORK,
  SIMRIS_N_SPLIT_CONDITIONS,
} SimrisSplitCondition;

/* Properties: "id", "relation", "name", "birth-date" (ISO string), "married", "student",
 * "disabled", "pregnant", "lives-in-household", "dependent-of" (member id or NULL),
 * "residence", "willing-to-work", "claims-other-benefits" (SimrisTristate, applicant),
 * "split-residence", "split-age", "split-no-resources", "split-claims-other-benefits",
 * "split-willing-to-work" (SimrisTristate, partner), "resources" and "pending-benefits"
 * (GListModel, read-only).
 * Who lives with whom, as the law counts it (docs/case-format.md, docs/calculation.md §2):
 * "shares-household" (boolean, default TRUE: the person settles household matters mainly in
 *   common with the applicant, art. 14, §1, 1° DIS; FALSE: lives at the address on a
 *   separate household — neither makes the applicant a cohabitant nor counts under art. 34
 *   AR; always TRUE for a partner), "custody" (SimrisCustody, default FULL; ALTERNATING for a
 *   minor in alternating custody) and "also-applies" (boolean, default FALSE: another adult
 *   of the household who applies for the integration income too), "shares-household-since"
 *   and "custody-since" (ISO dates or NULL: from when those values hold).
 * Signal "changed": emitted after any change of the member, its resources or its
 * pending benefits — what a household listens to. */
SimrisMember   *simris_member_new                   (const char           *id,
                                                     SimrisRelation        relation,
                                                     const char           *birth_date);
SimrisMember   *simris_member_copy                  (SimrisMember         *self);
const char     *simris_member_get_id                (SimrisMember         *self);
void            simris_member_set_id                (SimrisMember         *self,
                                                     const char           *id);
SimrisRelation  simris_member_get_relation          (SimrisMember         *self);
void            simris_member_set_relation          (SimrisMember         *self,
                                                     SimrisRelation        relation);
const char     *simris_member_get_name              (SimrisMember         *self);
void            simris_member_set_name              (SimrisMember         *self,
                                                     const char           *name);
const char     *simris_member_get_birth_date        (SimrisMember         *self);
void            simris_member_set_birth_date        (SimrisMember         *self,
                                                     const char           *birth_date);
gboolean        simris_member_get_married           (SimrisMember         *self);
void            simris_member_set_married           (SimrisMember         *self,
                                                     gboolean              married);
gboolean        simris_member_get_student           (SimrisMember         *self);
void            simris_member_set_student           (SimrisMember         *self,
                                                     gboolean              student);
gboolean        simris_member_get_disabled          (SimrisMember         *self);
void            simris_member_set_disabled          (SimrisMember         *self,
                                                     gboolean              disabled);
gboolean        simris_member_get_pregnant          (SimrisMember         *self);
void            simris_member_set_pregnant          (SimrisMember         *self,
                                                     gboolean              pregnant);
gboolean        simris_member_get_lives_in_household (SimrisMember        *self);
void            simris_member_set_lives_in_household (SimrisMember        *self,
                                                     gboolean              lives);
gboolean        simris_member_get_shares_household  (SimrisMember         *self);
void            simris_member_set_shares_household  (SimrisMember         *self,
                                                     gboolean              shares);
SimrisCustody   simris_member_get_custody           (SimrisMember         *self);
void            simris_member_set_custody           (SimrisMember         *self,
                                                     SimrisCustody         custody);
/* The date from which "shares-household" / "custody" hold, for a change within a period
 * (docs/case-format.md; a flatmate who starts sharing, a custody that changes): before it,
 * the other value holds. NULL: always. */
const char     *simris_member_get_shares_household_since (SimrisMember    *self);
void            simris_member_set_shares_household_since (SimrisMember    *self,
                                                          const char      *since);
const char     *simris_member_get_custody_since     (SimrisMember         *self);
void            simris_member_set_custody_since     (SimrisMember         *self,
                                                     const char           *since);
/* The values on a date (ISO "YYYY-MM-DD" or a SimrisDate), the "since" dates applied. */
gboolean        simris_member_shares_household_on   (SimrisMember         *self,
                                                     gint64                date);
SimrisCustody   simris_member_custody_on            (SimrisMember         *self,
                                                     gint64                date);
gboolean        simris_member_get_also_applies      (SimrisMember         *self);
void            simris_member_set_also_applies      (SimrisMember         *self,
                                                     gboolean              also_applies);
const char     *simris_member_get_dependent_of      (SimrisMember         *self);
void            simris_member_set_dependent_of      (SimrisMember         *self,
                                                     const char           *dependent_of);
SimrisTristate  simris_member_get_condition         (SimrisMember         *self,
                                                     SimrisCondition       condition);
void            simris_member_set_condition         (SimrisMember         *self,
                                                     SimrisCondition       condition,
                                                     SimrisTristate        value);
SimrisTristate  simris_member_get_split_condition   (SimrisMember         *self,
                                                     SimrisSplitCondition  condition);
void            simris_member_set_split_condition   (SimrisMember         *self,
                                                     SimrisSplitCondition  condition,
                                                     SimrisTristate        value);
GListModel     *simris_member_get_resources         (SimrisMember         *self);
void            simris_member_add_resource          (SimrisMember         *self,
                                                     SimrisResource       *resource);
void            simris_member_insert_resource       (SimrisMember         *self,
                                                     guint                 position,
                                                     SimrisResource       *resource);
void            simris_member_remove_resource       (SimrisMember         *self,
                                                     guint                 position);
GListModel     *simris_member_get_pending_benefits  (SimrisMember         *self);
void            simris_member_add_pending_benefit   (SimrisMember         *self,
                                                     SimrisPendingBenefit *benefit);
void            simris_member_insert_pending_benefit (SimrisMember        *self,
                                                     guint                 position,
                                                     SimrisPendingBenefit *benefit);
void            simris_member_remove_pending_benefit (SimrisMember        *self,
                                                     guint                 position);
/* Whether the file had a "conditions" / "partner_split" object (kept on save). */
gboolean        simris_member_get_has_split         (SimrisMember         *self);
void            simris_member_set_has_split         (SimrisMember         *self,
                                                     gboolean              has_split);

G_END_DECLS
