/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisScenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-case-file.h"
#include "simris-codes.h"
#include "simris-engine.h"
#include "simris-json-member.h"
#include "simris-enum-types.h"
#include "simris-i18n.h"
#include "simris-json.h"
#include "simris-resource.h"
#include "simris-rules.h"
#include "simris-scenario.h"
#include "simris-property.h"

/* What-if scenarios (docs/case-format.md, "scenarios"; the ops are listed in simris-scenario.h);
 * their comparison side by side is simris-comparison.c. A scenario never touches the base case: it is applied to a deep copy
 * (simris_household_copy), and the case file keeps scenarios as an extra top-level field, so
 * the loader's round trip of unknown fields carries them. */

struct _SimrisScenario
{
  GObject     parent_instance;

  char       *name;
  GPtrArray  *changes;   /* JsonObject* */
  JsonObject *extra;     /* the scenario object's other fields, kept for the round trip */
  char       *problem;   /* why a saved scenario no longer applies (NULL: it applies) */
  int         saved_index; /* its place in the case's list, -1 when not saved */
};

G_DEFINE_FINAL_TYPE (SimrisScenario, simris_scenario, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The length of a leading "field: " (lower-case letters and '_'), 0 when there is none. */
static gsize
field_length (const char *message)
{
  gsize n = 0;

  while (g_ascii_islower (message[n]) || message[n] == '_')
    n++;
  return n > 0 && message[n] == ':' ? n : 0;
}

static gboolean G_GNUC_PRINTF (3, 4)
fail (GError    **error,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* A message that starts with a field of the change ("member: …") extends the path:
   * "scenarios[1].changes[0].member: …", as the case file names its fields. */
  if (field_length (message) > 0)
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID, "%s.%s", path, message);
  else
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

static void
simris_scenario_finalize (GObject *object)
{
  SimrisScenario *self = SIMRIS_SCENARIO (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (simris_scenario_parent_class)->finalize (object);
}

static const SimrisProperty scenario_properties[N_PROPS] = {
  [PROP_NAME] = SIMRIS_PROPERTY_STRING ("name", NULL, simris_scenario_get_name, simris_scenario_set_name,
                                        SIMRIS_PROPERTY_READWRITE),
};

static void
simris_scenario_class_init (SimrisScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_scenario_finalize;

  simris_property_install (object_class, scenario_properties, N_PROPS, properties);
}

static void
simris_scenario_init (SimrisScenario *self)
{
  self->saved_index = -1;
  self->name = g_strdup ("");
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
}

SimrisScenario *
simris_scenario_new (const char *name)
{
  return g_object_new (SIMRIS_TYPE_SCENARIO, "name", name != NULL ? name : "", NULL);
}

const char *
simris_scenario_get_name (SimrisScenario *self)
{
  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), NULL);
  return self->name;
}

void
simris_scenario_set_name (SimrisScenario *self,
                          const char     *name)
{
  g_return_if_fail (SIMRIS_IS_SCENARIO (self));

  if (name == NULL)
    name = "";
  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint
simris_scenario_get_n_changes (SimrisScenario *self)
{
  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), 0);
  return self->changes->len;
}

JsonObject *
simris_scenario_get_change (SimrisScenario *self,
                            guint           index)
{
  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return g_ptr_array_index (self->changes, index);
}

void
simris_scenario_add_change (SimrisScenario *self,
                            JsonObject     *change)
{
  g_return_if_fail (SIMRIS_IS_SCENARIO (self));
  g_return_if_fail (change != NULL);
  g_ptr_array_add (self->changes, json_object_ref (change));
}

static JsonObject *
new_change (const char *op)
{
  JsonObject *change = json_object_new ();

  json_object_set_string_member (change, "op", op);
  return change;
}

void
simris_scenario_add_set_option (SimrisScenario *self,
                                const char     *option,
                                JsonNode       *value)
{
  g_autoptr(JsonObject) change = new_change ("set_option");

  json_object_set_string_member (change, "option", option);
  json_object_set_member (change, "value", json_node_copy (value));
  simris_scenario_add_change (self, change);
}

void
simris_scenario_add_set_amount (SimrisScenario *self,
                                const char     *member_id,
                                guint           resource,
                                SimrisCents     amount)
{
  g_autoptr(JsonObject) change = new_change ("set_amount");
  g_autofree char *text = simris_money_to_string (amount);

  json_object_set_string_member (change, "member", member_id);
  json_object_set_int_member (change, "resource", resource);
  json_object_set_string_member (change, "amount", text);
  simris_scenario_add_change (self, change);
}

void
simris_scenario_add_remove_member (SimrisScenario *self,
                                   const char     *member_id)
{
  g_autoptr(JsonObject) change = new_change ("remove_member");

  json_object_set_string_member (change, "member", member_id);
  simris_scenario_add_change (self, change);
}

void
simris_scenario_add_set_date (SimrisScenario *self,
                              const char     *date)
{
  g_autoptr(JsonObject) change = new_change ("set_date");

  json_object_set_string_member (change, "date", date);
  simris_scenario_add_change (self, change);
}

/* --- applying ------------------------------------------------------------------------------ */

static gboolean
find_member (SimrisHousehold *household,
             JsonObject      *change,
             const char      *path,
             SimrisMember   **member,
             guint           *position,
             GError         **error)
{
  const char *id = simris_json_member_string (change, "member");

  if (id == NULL)
    return fail (error, path, _("%s: expected a member id"), "member");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (G_LIST_MODEL (household), i);

      if (g_strcmp0 (simris_member_get_id (m), id) == 0)
        {
          *member = m;   /* the household keeps it alive */
          *position = i;
          return TRUE;
        }
    }
  /* Translators: the first %s is the field ("member"), the second a member id. */
  return fail (error, path, _("%s: no such member \"%s\""), "member", id);
}

static gboolean
find_resource (SimrisMember    *member,
               JsonObject      *change,
               const char      *path,
               guint           *index,
               GError         **error)
{
  GListModel *resources = simris_member_get_resources (member);
  JsonNode *node = json_object_get_member (change, "resource");
  gint64 n;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, path, _("%s: expected the number of one of the member's resources (0 = the first)"),
                 "resource");
  n = json_node_get_int (node);
  if (n < 0 || n >= g_list_model_get_n_items (resources))
    {
      /* The number as given: 4294967296 was reported as number 0 (issue 27). */
      g_autofree char *given = g_strdup_printf ("%" G_GINT64_FORMAT, n);

      /* Translators: %s is "resource", then a member id, then the number given. */
      return fail (error, path, _("%s: member \"%s\" has no resource number %s"),
                   "resource", simris_member_get_id (member), given);
    }
  *index = n;
  return TRUE;
}

/* "members[3].birth_date: …" from the case-file parser → "<path>.member.birth_date: …". */
static void
remap_error (GError    **error,
             GError     *local,
             const char *members_prefix,
             const char *path)
{
  const char *message = local->message;

  if (g_str_has_prefix (message, members_prefix))
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID, "%s%s", path,
                 message + strlen (members_prefix));
  else
    g_set_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID, "%s: %s", path, message);
}

/* A member or resource object is read by the case-file reader itself, so that it obeys
 * exactly the rules of docs/case-format.md: the case is written out, the object added where
 * it belongs, and the whole read back. */
static SimrisHousehold *
reread_with (SimrisHousehold *household,
             JsonObject      *object,
             guint            member_position,
             gboolean         as_member,
             const char      *path,
             guint           *new_index,
             GError         **error)
{
  g_autoptr(JsonNode) root = simris_case_file_to_json (household);
  g_autoptr(GError) local = NULL;
  g_autofree char *prefix = NULL;
  JsonObject *top = json_node_get_object (root);
  JsonArray *members = json_object_get_array_member (top, "members");
  SimrisHousehold *reread;

  json_object_remove_member (top, "scenarios");
  if (as_member)
    {
      *new_index = json_array_get_length (members);
      json_array_add_object_element (members, json_object_ref (object));
      prefix = g_strdup_printf ("members[%u]", *new_index);
    }
  else
    {
      JsonObject *member = json_array_get_object_element (members, member_position);
      JsonArray *resources;

      if (!json_object_has_member (member, "resources"))
        json_object_set_array_member (member, "resources", json_array_new ());
      resources = json_object_get_array_member (member, "resources");
      *new_index = json_array_get_length (resources);
      json_array_add_object_element (resources, json_object_ref (object));
      prefix = g_strdup_printf ("members[%u].resources[%u]", member_position, *new_index);
    }

  reread = simris_case_file_from_json (root, &local);
  if (reread == NULL)
    remap_error (error, local, prefix, path);
  return reread;
}

static gboolean
apply_set_option (SimrisHousehold *household,
                  JsonObject      *change,
                  const char      *path,
                  GError         **error)
{
  const char *option = simris_json_member_string (change, "option");
  JsonNode *value = json_object_get_member (change, "value");
  gboolean is_bool = value != NULL && JSON_NODE_HOLDS_VALUE (value) &&
                     json_node_get_value_type (value) == G_TYPE_BOOLEAN;

  if (option == NULL)
    return fail (error, path, _("%s: expected the name of an option"), "option");
  if (value == NULL)
    return fail (error, path, _("%s: missing"), "value");

  if (g_str_equal (option, SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS) ||
      g_str_equal (option, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS) ||
      g_str_equal (option, SIMRIS_OPTION_REFORM_MAF_EXEMPT) ||
      g_str_equal (option, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES) ||
      g_str_equal (option, SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS) ||
      g_str_equal (option, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS) ||
      g_str_equal (option, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25) ||
      g_str_equal (option, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT))
    {
      if (!is_bool)
        return fail (error, path, _("%s: expected true or false"), "value");
      if (g_str_equal (option, SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS))
        simris_household_set_count_ascendants_descendants (household, json_node_get_boolean (value));
      else if (g_str_equal (option, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS))
        simris_household_set_count_maintenance_debtors (household, json_node_get_boolean (value));
      else if (g_str_equal (option, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES))
        simris_household_set_isolated_partner_no_resources (household, json_node_get_boolean (value));
      else if (g_str_equal (option, SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS))
        simris_household_set_alternating_custody_alternate_months (household, json_node_get_boolean (value));
      else if (g_str_equal (option, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS))
        simris_household_set_applicants_share_excess (household, json_node_get_boolean (value));
      else if (g_str_equal (option, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25))
        simris_household_set_student_exemption_under_25 (household, json_node_get_boolean (value));
      else if (g_str_equal (option, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT))
        simris_household_set_student_grant_covid_alignment (household, json_node_get_boolean (value));
      else
        simris_household_set_reform_maf_exempt (household, json_node_get_boolean (value));
      return TRUE;
    }

  if (g_str_equal (option, "art34_regime"))
    {
      const char *regime = simris_json_member_string (change, "value");

      /* The regimes are those of the parameters (data/parameters.json, "art34_regimes"). */
      if (JSON_NODE_HOLDS_NULL (value))
        simris_household_set_art34_regime (household, NULL);
      else if (regime != NULL
               && simris_parameters_get_art34_regime (simris_parameters_get_default (), regime, 0) != NULL)
        simris_household_set_art34_regime (household, regime);
      else
        return fail (error, path, _("%s: expected the name of an art. 34 regime or null"), "value");
      return TRUE;
    }

  /* Issue 29: the other benefit, as a variant (docs/case-format.md, "benefit"). */
  if (g_str_equal (option, SIMRIS_OPTION_BENEFIT))
    {
      SimrisBenefit benefit;

      if (!simris_benefit_from_string (simris_json_member_string (change, "value"), &benefit))
        return fail (error, path, _("%s: expected \"integration_income\" or \"equivalent_social_aid\""), "value");
      simris_household_set_benefit (household, benefit);
      return TRUE;
    }

  if (g_str_equal (option, "split_applicant_share"))
    {
      gint64 share;

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_INT64 ||
          (share = json_node_get_int (value)) < 0 || share > 100)
        return fail (error, path, _("%s: expected a whole number from 0 to 100"), "value");
      simris_household_set_split_applicant_share (household, (int) share);
      return TRUE;
    }

  /* Translators: %s is "option", then the name written in the file. */
  return fail (error, path, _("%s: unknown option \"%s\""), "option", option);
}

static gboolean
read_amount (JsonObject  *change,
             const char  *path,
             SimrisCents *amount,
             GError     **error)
{
  JsonNode *node = json_object_get_member (change, "amount");
  SimrisMoneyParse parsed = SIMRIS_MONEY_PARSE_SYNTAX;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_STRING)
        parsed = simris_money_parse (json_node_get_string (node), amount);
      else if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        parsed = simris_money_from_double (json_node_get_double (node), amount);
    }

  switch (parsed)
    {
    case SIMRIS_MONEY_PARSE_OK:
      return TRUE;
    case SIMRIS_MONEY_PARSE_NEGATIVE:
      return fail (error, path, _("%s: negative amount"), "amount");
    case SIMRIS_MONEY_PARSE_TOO_LARGE:
      return fail (error, path, _("%s: amount above 10 000 000.00"), "amount");
    case SIMRIS_MONEY_PARSE_PRECISION:
    case SIMRIS_MONEY_PARSE_SYNTAX:
    default:
      return fail (error, path, _("%s: expected an amount, a string such as \"1234.56\" or a number"), "amount");
    }
}

static gboolean
apply_change (SimrisHousehold **household,
              JsonObject       *change,
              const char       *path,
              GError          **error)
{
  const char *op = simris_json_member_string (change, "op");
  SimrisMember *member = NULL;
  guint position = 0, index = 0;

  if (op == NULL)
    return fail (error, path, _("%s: expected the name of a change"), "op");

  if (g_str_equal (op, "set_option"))
    return apply_set_option (*household, change, path, error);

  if (g_str_equal (op, "set_date"))
    {
      const char *date = simris_json_member_string (change, "date");

      if (!simris_date_parse (date, NULL))
        return fail (error, path, _("%s: expected a date (YYYY-MM-DD) between 1900 and 2100"), "date");
      simris_household_set_reference_date (*household, date);
      return TRUE;
    }

  if (g_str_equal (op, "set_amount") || g_str_equal (op, "remove_resource"))
    {
      g_autoptr(SimrisResource) resource = NULL;
      SimrisCents amount = 0;

      if (!find_member (*household, change, path, &member, &position, error) ||
          !find_resource (member, change, path, &index, error))
        return FALSE;
      if (g_str_equal (op, "remove_resource"))
        {
          simris_member_remove_resource (member, index);
          return TRUE;
        }
      if (!read_amount (change, path, &amount, error))
        return FALSE;
      resource = g_list_model_get_item (simris_member_get_resources (member), index);
      simris_resource_set_amount (resource, amount);
      return TRUE;
    }

  /* docs/case-format.md, Scenarios: who lives with whom (issue 24). */
  if (g_str_equal (op, "set_shares_household") || g_str_equal (op, "set_also_applies")
      || g_str_equal (op, "set_custody"))
    {
      JsonNode *value = json_object_get_member (change, "value");
      SimrisRelation rel;

      if (!find_member (*household, change, path, &member, &position, error))
        return FALSE;
      rel = simris_member_get_relation (member);
      if (g_str_equal (op, "set_custody"))
        {
          SimrisCustody custody;

          if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING
              || !simris_custody_from_string (json_node_get_string (value), &custody))
            /* Translators: %s is "value"; "full" and "alternating" are names of the file format */
            return fail (error, path, _("%s: expected \"full\" or \"alternating\""), "value");
          if (custody != SIMRIS_CUSTODY_FULL
              && (rel == SIMRIS_RELATION_APPLICANT || rel == SIMRIS_RELATION_PARTNER))
            return fail (error, path, _("%s: alternating custody is for a child"), "member");
          simris_member_set_custody (member, custody);
          return TRUE;
        }
      if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
        return fail (error, path, _("%s: expected true or false"), "value");
      if (rel == SIMRIS_RELATION_APPLICANT)
        return fail (error, path, _("%s: not for the applicant"), "member");
      if (g_str_equal (op, "set_also_applies"))
        {
          simris_member_set_also_applies (member, json_node_get_boolean (value));
          return TRUE;
        }
      if (rel == SIMRIS_RELATION_PARTNER && !json_node_get_boolean (value))
        return fail (error, path, _("%s: a partner always shares the household"), "member");
      simris_member_set_shares_household (member, json_node_get_boolean (value));
      return TRUE;
    }

  if (g_str_equal (op, "remove_member"))
    {
      const char *id;

      if (!find_member (*household, change, path, &member, &position, error))
        return FALSE;
      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        return fail (error, path, _("%s: the applicant cannot leave the case"), "member");

      id = simris_member_get_id (member);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (*household)); i++)
        {
          g_autoptr(SimrisMember) other = g_list_model_get_item (G_LIST_MODEL (*household), i);

          if (other != member && g_strcmp0 (simris_member_get_dependent_of (other), id) == 0)
            simris_member_set_dependent_of (other, NULL);
        }
      simris_household_remove (*household, position);
      return TRUE;
    }

  if (g_str_equal (op, "add_member") || g_str_equal (op, "add_resource"))
    {
      gboolean as_member = g_str_equal (op, "add_member");
      JsonNode *node = json_object_get_member (change, as_member ? "member" : "resource");
      g_autofree char *sub_path = g_strdup_printf ("%s.%s", path, as_member ? "member" : "resource");
      g_autoptr(SimrisHousehold) reread = NULL;

      if (!as_member && !find_member (*household, change, path, &member, &position, error))
        return FALSE;
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, path, as_member ? _("%s: expected a member object, as in a case file's members")
                                            : _("%s: expected a resource object, as in a case file's resources"),
                     as_member ? "member" : "resource");

      reread = reread_with (*household, json_node_get_object (node), position, as_member, sub_path,
                            &index, error);
      if (reread == NULL)
        return FALSE;
      /* The reread case is the original plus the new object, read by the case-file rules. */
      g_clear_object (household);
      *household = g_steal_pointer (&reread);
      return TRUE;
    }

  /* Translators: %s is "op", then the name written in the file. */
  return fail (error, path, _("%s: unknown change \"%s\""), "op", op);
}

SimrisHousehold *
simris_scenario_apply (SimrisScenario  *self,
                       SimrisHousehold *base,
                       const char      *path,
                       GError         **error)
{
  g_autoptr(SimrisHousehold) household = NULL;

  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (base), NULL);

  household = simris_household_copy (base);
  for (guint i = 0; i < self->changes->len; i++)
    {
      g_autofree char *change_path = path != NULL ? g_strdup_printf ("%s.changes[%u]", path, i)
                                                  : g_strdup_printf ("changes[%u]", i);

      if (!apply_change (&household, g_ptr_array_index (self->changes, i), change_path, error))
        return NULL;
    }
  return g_steal_pointer (&household);
}

/* --- sentences ------------------------------------------------------------------------------- */

static const char *
member_label (SimrisHousehold *household,
              const char      *id,
              const char      *lang)
{
  SimrisMember *member = simris_household_find_member (household, id);
  const char *name;

  if (member == NULL)
    return id != NULL ? id : "?";
  name = simris_member_get_name (member);
  if (name != NULL && name[0] != '\0')
    return name;
  return simris_relation_get_label (simris_member_get_relation (member), lang);
}

static char *
option_label (const char *option,
              const char *lang)
{
  if (g_strcmp0 (option, "count_ascendants_descendants") == 0)
    return g_strdup (simris_tr (lang, N_("count the parents' and adult children's resources")));
  if (g_strcmp0 (option, "count_maintenance_debtors") == 0)
    return g_strdup (simris_tr (lang, N_("count the cohabiting maintenance debtors' resources")));
  if (g_strcmp0 (option, "reform_maf_exempt") == 0)
    return g_strdup (simris_tr (lang, N_("exempt maximum billing (MAF) refunds (2008 proposal)")));
  if (g_strcmp0 (option, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES) == 0)
    return g_strdup (simris_tr (lang, N_("the single rate when the partner has no resources at all (contested)")));
  if (g_strcmp0 (option, SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS) == 0)
    return g_strdup (simris_tr (lang, N_("alternate the rates month by month for a child in alternating custody")));
  if (g_strcmp0 (option, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS) == 0)
    return g_strdup (simris_tr (lang, N_("several applicants share the cohabitants' counted excess")));
  if (g_strcmp0 (option, "art34_regime") == 0)
    return g_strdup (simris_tr (lang, N_("rules of art. 34")));
  if (g_strcmp0 (option, "split_applicant_share") == 0)
    return g_strdup (simris_tr (lang, N_("applicant's share of a split amount (percent)")));
  if (g_strcmp0 (option, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25) == 0)
    /* Translators: %d is an age, 25 */
    return simris_rules_format_figure (N_("the student exemption only under %d (a reading)"),
                                       SIMRIS_CONST_STUDENT_AGE_LIMIT, lang);
  if (g_strcmp0 (option, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT) == 0)
    return g_strdup (simris_tr (lang, N_("the Covid-time alignment of grant students")));
  if (g_strcmp0 (option, SIMRIS_OPTION_BENEFIT) == 0)
    return g_strdup (simris_tr (lang, N_("benefit")));
  return g_strdup (option != NULL ? option : "?");
}

char *
simris_scenario_dup_change_text (SimrisScenario  *self,
                                 guint            index,
                                 SimrisHousehold *base,
                                 const char      *lang)
{
  JsonObject *change;
  const char *op;
  const char *who;

  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  change = g_ptr_array_index (self->changes, index);
  op = simris_json_member_string (change, "op");
  who = member_label (base, simris_json_member_string (change, "member"), lang);

  if (g_strcmp0 (op, "set_option") == 0)
    {
      JsonNode *value = json_object_get_member (change, "value");
      g_autofree char *shown = NULL;

      if (value == NULL || JSON_NODE_HOLDS_NULL (value))
        shown = g_strdup (simris_tr (lang, N_("by the reference date")));
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_BOOLEAN)
        shown = g_strdup (json_node_get_boolean (value) ? simris_tr (lang, N_("yes")) : simris_tr (lang, N_("no")));
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        shown = g_strdup (json_node_get_string (value));
      else if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_INT64)
        shown = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value));
      else
        shown = g_strdup ("?");
      g_autofree char *label = option_label (simris_json_member_string (change, "option"), lang);

      /* Translators: the CPAS option (a phrase), then its value ("yes", "2026", "60"). */
      return g_strdup_printf (simris_tr (lang, N_("Option “%s”: %s.")), label, shown);
    }
  if (g_strcmp0 (op, "set_amount") == 0)
    {
      SimrisMember *member = simris_household_find_member (base, simris_json_member_string (change, "member"));
      JsonNode *node = json_object_get_member (change, "resource");
      const char *kind = "?";
      SimrisCents amount = 0;
      g_autofree char *shown = NULL;

      if (member != NULL && node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_INT64 && json_node_get_int (node) >= 0 &&
          json_node_get_int (node) < g_list_model_get_n_items (simris_member_get_resources (member)))
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (simris_member_get_resources (member),
                                                               json_node_get_int (node));
          if (simris_resource_get_kind (r) != SIMRIS_RESOURCE_KIND_NONE)
            kind = simris_resource_kind_get_label (simris_resource_get_kind (r), lang);
        }
      if (!read_amount (change, "", &amount, NULL))
        amount = 0;
      shown = simris_money_format (amount, lang);
      /* Translators: a member's name, a resource kind, then an amount. */
      return g_strdup_printf (simris_tr (lang, N_("%s: %s set to %s.")), who, kind, shown);
    }
  if (g_strcmp0 (op, "remove_resource") == 0)
    /* Translators: a member's name. */
    return g_strdup_printf (simris_tr (lang, N_("%s: one resource removed.")), who);
  if (g_strcmp0 (op, "add_resource") == 0)
    return g_strdup_printf (simris_tr (lang, N_("%s: one resource added.")), who);
  if (g_strcmp0 (op, "remove_member") == 0)
    return g_strdup_printf (simris_tr (lang, N_("%s leaves the household.")), who);
  if (g_strcmp0 (op, "add_member") == 0)
    {
      /* The newcomer by name, else by relation: the sentence names whom the variant adds. */
      JsonNode *node = json_object_get_member (change, "member");
      JsonObject *added = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = added != NULL ? simris_json_member_string (added, "name") : NULL;
      SimrisRelation relation;

      if ((name == NULL || name[0] == '\0') && added != NULL
          && simris_relation_from_string (simris_json_member_string (added, "relation"), &relation))
        name = simris_relation_get_label (relation, lang);
      if (name == NULL || name[0] == '\0')
        return g_strdup (simris_tr (lang, N_("Someone joins the household.")));
      /* Translators: a person's name or relation. */
      return g_strdup_printf (simris_tr (lang, N_("%s joins the household.")), name);
    }
  if (g_strcmp0 (op, "set_shares_household") == 0 || g_strcmp0 (op, "set_also_applies") == 0)
    {
      JsonNode *value = json_object_get_member (change, "value");
      gboolean yes = value != NULL && JSON_NODE_HOLDS_VALUE (value)
                     && json_node_get_value_type (value) == G_TYPE_BOOLEAN && json_node_get_boolean (value);

      if (g_strcmp0 (op, "set_also_applies") == 0)
        return g_strdup_printf (yes ? simris_tr (lang, N_("%s applies for the integration income too."))
                                    : simris_tr (lang, N_("%s does not apply for the integration income.")),
                                who);
      /* Translators: a member's name */
      return g_strdup_printf (yes ? simris_tr (lang, N_("%s shares the household (rent, food, bills)."))
                                  : simris_tr (lang, N_("%s lives at the address on a separate household.")),
                              who);
    }
  if (g_strcmp0 (op, "set_custody") == 0)
    {
      const char *value = simris_json_member_string (change, "value");

      /* Translators: a member's name */
      return g_strdup_printf (g_strcmp0 (value, "alternating") == 0
                                ? simris_tr (lang, N_("%s lives here in alternating custody."))
                                : simris_tr (lang, N_("%s lives here all the time.")),
                              who);
    }
  if (g_strcmp0 (op, "set_date") == 0)
    {
      SimrisDate date = 0;
      g_autofree char *shown = NULL;

      if (!simris_date_parse (simris_json_member_string (change, "date"), &date))
        return g_strdup ("?");
      shown = simris_date_format (date, lang);
      /* Translators: a date. */
      return g_strdup_printf (simris_tr (lang, N_("Computed on %s.")), shown);
    }
  return g_strdup (op != NULL ? op : "?");
}

/* --- JSON ---------------------------------------------------------------------------------- */

JsonNode *
simris_scenario_to_json (SimrisScenario *self)
{
  g_autoptr(JsonObject) object = NULL;
  JsonArray *changes = json_array_new ();
  JsonNode *node;

  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), NULL);

  object = self->extra != NULL ? simris_json_object_copy_deep (self->extra) : json_object_new ();
  json_object_set_string_member (object, "name", self->name);
  for (guint i = 0; i < self->changes->len; i++)
    json_array_add_object_element (changes, simris_json_object_copy_deep (g_ptr_array_index (self->changes, i)));
  json_object_set_array_member (object, "changes", changes);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

SimrisScenario *
simris_scenario_from_json (JsonNode   *node,
                           const char *path,
                           GError    **error)
{
  g_autoptr(SimrisScenario) self = NULL;
  JsonObject *object;
  JsonNode *changes;
  const char *name;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, path, _("expected an object with a name and changes"));
      return NULL;
    }
  object = json_node_get_object (node);
  name = simris_json_member_string (object, "name");
  if (name == NULL || name[0] == '\0')
    {
      fail (error, path, _("%s: expected a non-empty text"), "name");
      return NULL;
    }
  if (g_utf8_strlen (name, -1) > 200)
    {
      fail (error, path, _("%s: longer than 200 characters"), "name");
      return NULL;
    }
  changes = json_object_get_member (object, "changes");
  if (changes == NULL || !JSON_NODE_HOLDS_ARRAY (changes))
    {
      fail (error, path, _("%s: expected an array of changes"), "changes");
      return NULL;
    }
  if (json_array_get_length (json_node_get_array (changes)) > SIMRIS_SCENARIO_MAX_CHANGES)
    {
      fail (error, path, _("%s: more than %d changes"), "changes", SIMRIS_SCENARIO_MAX_CHANGES);
      return NULL;
    }

  self = simris_scenario_new (name);
  self->extra = simris_json_object_copy_deep (object);
  json_object_remove_member (self->extra, "name");
  json_object_remove_member (self->extra, "changes");

  for (guint i = 0; i < json_array_get_length (json_node_get_array (changes)); i++)
    {
      JsonNode *change = json_array_get_element (json_node_get_array (changes), i);

      if (!JSON_NODE_HOLDS_OBJECT (change))
        {
          g_autofree char *change_path = g_strdup_printf ("%s.changes[%u]", path, i);
          fail (error, change_path, _("expected an object with an \"op\""));
          return NULL;
        }
      g_ptr_array_add (self->changes, simris_json_object_copy_deep (json_node_get_object (change)));
    }
  return g_steal_pointer (&self);
}

/* The case's saved list (the case file's top-level "scenarios", kept with its unknown fields):
 * *array NULL when there is none; FALSE when it is not a list of at most SIMRIS_SCENARIO_MAX. */
static gboolean
saved_list (SimrisHousehold  *household,
            JsonArray       **array,
            GError          **error)
{
  JsonObject *extra = simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OWN);
  JsonNode *node = extra != NULL ? json_object_get_member (extra, "scenarios") : NULL;

  *array = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, "scenarios", _("expected an array of scenarios"));
  if (json_array_get_length (json_node_get_array (node)) > SIMRIS_SCENARIO_MAX)
    return fail (error, "scenarios", _("more than %d scenarios"), SIMRIS_SCENARIO_MAX);
  *array = json_node_get_array (node);
  return TRUE;
}

GPtrArray *
simris_scenarios_load (SimrisHousehold *household,
                       GError         **error)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  if (!saved_list (household, &array, error))
    return NULL;
  if (array == NULL)
    return g_steal_pointer (&scenarios);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("scenarios[%u]", i);
      g_autoptr(SimrisScenario) scenario = simris_scenario_from_json (json_array_get_element (array, i),
                                                                      path, error);
      g_autoptr(SimrisHousehold) applied = NULL;

      if (scenario == NULL)
        return NULL;
      /* Checked against the case now, so that a bad reference is named at load time. */
      applied = simris_scenario_apply (scenario, household, path, error);
      if (applied == NULL)
        return NULL;
      g_ptr_array_add (scenarios, g_steal_pointer (&scenario));
    }
  return g_steal_pointer (&scenarios);
}

/* Issue 27, defect 1: one saved scenario that no longer applied (a person it names was
 * removed) made the whole list fail to load, and the next suggestion clicked was stored
 * alone over it. Every entry is returned: those that apply, and those that do not with their
 * reason (an entry that is not even a scenario comes back named by its place). */
GPtrArray *
simris_scenarios_load_all (SimrisHousehold *household,
                           GError         **error)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  if (!saved_list (household, &array, error))
    return NULL;
  if (array == NULL)
    return g_steal_pointer (&scenarios);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("scenarios[%u]", i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SimrisScenario) scenario = simris_scenario_from_json (json_array_get_element (array, i),
                                                                      path, &local_error);
      g_autoptr(SimrisHousehold) applied = NULL;

      if (scenario == NULL)
        {
          /* Translators: the name given to a saved scenario that cannot be read; %u counts from 1 */
          g_autofree char *name = g_strdup_printf (_("Variant %u"), i + 1);

          scenario = simris_scenario_new (name);
        }
      else
        applied = simris_scenario_apply (scenario, household, path, &local_error);
      if (applied == NULL)
        scenario->problem = g_strdup (local_error->message);
      scenario->saved_index = i;
      g_ptr_array_add (scenarios, g_steal_pointer (&scenario));
    }
  return g_steal_pointer (&scenarios);
}

const char *
simris_scenario_get_problem (SimrisScenario *self)
{
  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), NULL);
  return self->problem;
}

int
simris_scenario_get_saved_index (SimrisScenario *self)
{
  g_return_val_if_fail (SIMRIS_IS_SCENARIO (self), -1);
  return self->saved_index;
}

/* The case's list as it is, or a new empty one; NULL when "scenarios" is not a list. */
static JsonObject *
copy_extra_with_list (SimrisHousehold  *household,
                      JsonArray       **list,
                      GError          **error)
{
  JsonObject *old = simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OWN);
  g_autoptr(JsonObject) extra = old != NULL ? simris_json_object_copy_deep (old) : json_object_new ();
  JsonNode *node = json_object_get_member (extra, "scenarios");

  if (node == NULL)
    json_object_set_array_member (extra, "scenarios", json_array_new ());
  else if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, "scenarios", _("expected an array of scenarios"));
      return NULL;
    }
  *list = json_object_get_array_member (extra, "scenarios");
  return g_steal_pointer (&extra);
}

gboolean
simris_scenarios_append (SimrisHousehold  *household,
                         SimrisScenario   *scenario,
                         GError          **error)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonArray *list = NULL;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);
  g_return_val_if_fail (SIMRIS_IS_SCENARIO (scenario), FALSE);

  extra = copy_extra_with_list (household, &list, error);
  if (extra == NULL)
    return FALSE;
  if (json_array_get_length (list) >= SIMRIS_SCENARIO_MAX)
    return fail (error, "scenarios", _("more than %d scenarios"), SIMRIS_SCENARIO_MAX);
  /* Every other entry stays as it was, unknown fields and all. */
  json_array_add_element (list, simris_scenario_to_json (scenario));
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);
  return TRUE;
}

gboolean
simris_scenarios_remove (SimrisHousehold *household,
                         guint            index)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonArray *list = NULL;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);

  extra = copy_extra_with_list (household, &list, NULL);
  if (extra == NULL || index >= json_array_get_length (list))
    return FALSE;
  json_array_remove_element (list, index);
  if (json_array_get_length (list) == 0)
    json_object_remove_member (extra, "scenarios");
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);
  return TRUE;
}

void
simris_scenarios_store (SimrisHousehold *household,
                        GPtrArray       *scenarios)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *old;

  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (household));

  old = simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OWN);
  extra = old != NULL ? simris_json_object_copy_deep (old) : json_object_new ();
  if (scenarios == NULL || scenarios->len == 0)
    json_object_remove_member (extra, "scenarios");
  else
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < scenarios->len; i++)
        json_array_add_element (array, simris_scenario_to_json (g_ptr_array_index (scenarios, i)));
      json_object_set_array_member (extra, "scenarios", array);
    }
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);
}

/* --- total income ---------------------------------------------------------------------------- */

/* docs/calculation.md §14: a resource is present in month M when [from, until] overlaps M. */
static gboolean
present_in_month (SimrisResource *resource,
                  SimrisDate      reference)
{
  SimrisDate first = simris_date_make (simris_date_year (reference), simris_date_month (reference), 1);
  SimrisDate last = simris_date_add_months (first, 1) - 1;   /* dates are yyyymmdd: day 0 < day 1 */
  SimrisDate from, until;

  if (simris_resource_get_from (resource) != NULL &&
      simris_date_parse (simris_resource_get_from (resource), &from) && from > last)
    return FALSE;
  if (simris_resource_get_until (resource) != NULL &&
      simris_date_parse (simris_resource_get_until (resource), &until) && until < first)
    return FALSE;
  return TRUE;
}

/* docs/case-format.md (sweep): "total_month = the household's counted monthly resources + the
 * RIS". Read literally, that is what the household has in hand each month:
 *   - "the household": every member who lives in it (the applicant always, docs/calculation.md
 *     §13), whether or not the law counts their resources for the RIS — the sibling's wage is
 *     in the household even though art. 34 never counts it;
 *   - "monthly resources": the resources given per month (`period: month`) and present in the
 *     reference month (§14); yearly, one-off and capital resources are not monthly income;
 *   - "counted": each at the amount received (net, as entered), before any exemption — the SPI
 *     and the general exemption only decide how much comes off the RIS, not what is received.
 *     The legal "counted resources" R (result's resources_counted_year) cannot be meant: the
 *     format's own example, 700.00;498.53;1198.53 (a cohabitant with the SPI, whose R is
 *     390,52 a month), adds the earnings in full to the RIS.
 *   - "the RIS": the monthly amount of the case (a split is only its distribution). */
SimrisCents
simris_household_total_month (SimrisHousehold *household,
                              SimrisResult    *result)
{
  SimrisDate reference = simris_result_get_reference_date (result);
  SimrisCents total = simris_result_get_amount_month (result);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      GListModel *resources = simris_member_get_resources (member);

      if (!simris_member_get_lives_in_household (member) &&
          simris_member_get_relation (member) != SIMRIS_RELATION_APPLICANT)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (resources); j++)
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (resources, j);
          SimrisCents amount = simris_resource_get_amount (r);

          if (simris_resource_get_period (r) == SIMRIS_PERIOD_MONTH && amount != SIMRIS_CENTS_MISSING &&
              simris_resource_get_kind (r) != SIMRIS_RESOURCE_KIND_NONE && present_in_month (r, reference))
            total += amount;
        }
    }
  return total;
}
