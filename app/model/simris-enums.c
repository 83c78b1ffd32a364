/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisEnums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-enums.h"
#include "simris-enum-types.h"
#include "simris-i18n.h"
#include "simris-rules.h"

/* Stable names are those of docs/case-format.md; labels are gettext msgids (N_) translated per call. */

static const char * const relation_labels[SIMRIS_N_RELATIONS] = {
  N_("Applicant"),
  /* Translators: spouse, legal or de facto partner */
  N_("Partner"),
  /* Translators: a child of the applicant or of the partner */
  N_("Child"),
  N_("Parent"),
  N_("Grandparent"),
  N_("Grandchild"),
  N_("Brother or sister"),
  N_("Parent-in-law"),
  N_("Son- or daughter-in-law"),
  N_("Former partner"),
  N_("Other relative"),
  N_("Not related"),
};

static const char * const period_labels[SIMRIS_N_PERIODS] = {
  N_("per month"),
  N_("per year"),
  /* Translators: a resource received once this year */
  N_("once"),
  /* Translators: the total of a capital or the cadastral income of a property */
  N_("total"),
};


static const char * const category_labels[4] = {
  NULL,
  /* Translators: category 1 of the integration income (NL samenwonende) */
  N_("cohabitant"),
  /* Translators: category 2 of the integration income (NL alleenstaande) */
  N_("single person"),
  /* Translators: category 3 of the integration income (FR famille à charge, NL gezin ten laste) */
  N_("person with a family to support"),
};

/* Case-file names are the enums' nicks (simris-enums.h annotations). */
static GEnumClass *
enum_class (GType type)
{
  /* Kept referenced for the life of the process: the lookups are hot in the case-file reader. */
  return g_type_class_peek (type) != NULL ? g_type_class_peek (type) : g_type_class_ref (type);
}

static const char *
nick_of (GType type,
         int   value)
{
  GEnumValue *v = g_enum_get_value (enum_class (type), value);

  return v != NULL ? v->value_nick : NULL;
}

static gboolean
value_of (GType       type,
          const char *nick,
          int        *out)
{
  GEnumValue *v;

  if (nick == NULL)
    return FALSE;
  v = g_enum_get_value_by_nick (enum_class (type), nick);
  if (v == NULL)
    return FALSE;
  *out = v->value;
  return TRUE;
}

const char *
simris_relation_to_string (SimrisRelation relation)
{
  g_return_val_if_fail (relation < SIMRIS_N_RELATIONS, NULL);
  return nick_of (SIMRIS_TYPE_RELATION, relation);
}

gboolean
simris_relation_from_string (const char     *str,
                             SimrisRelation *relation)
{
  int v;

  if (!value_of (SIMRIS_TYPE_RELATION, str, &v))
    return FALSE;
  *relation = v;
  return TRUE;
}

const char *
simris_custody_to_string (SimrisCustody custody)
{
  g_return_val_if_fail (custody <= SIMRIS_CUSTODY_ALTERNATING, NULL);
  return nick_of (SIMRIS_TYPE_CUSTODY, custody);
}

gboolean
simris_custody_from_string (const char    *str,
                            SimrisCustody *custody)
{
  int v;

  if (!value_of (SIMRIS_TYPE_CUSTODY, str, &v))
    return FALSE;
  *custody = v;
  return TRUE;
}

const char *
simris_period_to_string (SimrisPeriod period)
{
  g_return_val_if_fail (period < SIMRIS_N_PERIODS, NULL);
  return nick_of (SIMRIS_TYPE_PERIOD, period);
}

gboolean
simris_period_from_string (const char   *str,
                           SimrisPeriod *period)
{
  int v;

  if (!value_of (SIMRIS_TYPE_PERIOD, str, &v))
    return FALSE;
  *period = v;
  return TRUE;
}

/* Resource kinds: their names, labels, help and group are rows of the law's table
 * (simris-rules.c); these wrappers keep the enum's API. */
const char *
simris_resource_kind_to_string (SimrisResourceKind kind)
{
  return simris_rules_kind_name (kind);
}

gboolean
simris_resource_kind_from_string (const char         *str,
                                  SimrisResourceKind *kind)
{
  return simris_rules_kind_from_name (str, kind);
}

SimrisKindGroup
simris_resource_kind_get_group (SimrisResourceKind kind)
{
  return simris_rules_kind_group (kind);
}

/* Work income that the socio-professional exemption may apply to (art. 35 AR). */
gboolean
simris_resource_kind_is_work (SimrisResourceKind kind)
{
  return kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS
         && simris_rules_kind_rule (kind, 0)->special == SIMRIS_SPECIAL_WORK;
}

const char *
simris_category_to_string (SimrisCategory category)
{
  g_return_val_if_fail (category >= 1 && category <= 3, NULL);
  return nick_of (SIMRIS_TYPE_CATEGORY, category);
}

const char *
simris_relation_get_label (SimrisRelation  relation,
                           const char     *lang)
{
  g_return_val_if_fail (relation < SIMRIS_N_RELATIONS, NULL);
  return simris_tr (lang, relation_labels[relation]);
}

const char *
simris_period_get_label (SimrisPeriod  period,
                         const char   *lang)
{
  g_return_val_if_fail (period < SIMRIS_N_PERIODS, NULL);
  return simris_tr (lang, period_labels[period]);
}

const char *
simris_resource_kind_get_label (SimrisResourceKind  kind,
                                const char         *lang)
{
  return simris_rules_kind_label (kind, lang);
}

const char *
simris_resource_kind_get_help (SimrisResourceKind  kind,
                               const char         *lang)
{
  return simris_rules_kind_help (kind, lang);
}

const char *
simris_category_get_label (SimrisCategory  category,
                           const char     *lang)
{
  g_return_val_if_fail (category >= 1 && category <= 3, NULL);
  return simris_tr (lang, category_labels[category]);
}
