/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisCaseFile"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "simris-case-file.h"
#include "simris-date.h" /* timeline: from/until */
#include "simris-enums.h"
#include "simris-money.h"

/* Case files (docs/case-format.md, "Case file"). Loading is hostile-input code: the checks that
 * bound the work (size, encoding, nesting) run on the bytes before json-glib builds a
 * tree, and every field is type-checked before it reaches the model, so no input can
 * reach a g_return_if_fail() or an assertion. Each message starts with the JSON path of
 * the field at fault ("members[2].resources[0].amount: …"). */

G_DEFINE_QUARK (simris-case-file-error-quark, simris_case_file_error)

#define UTF8_BOM "\xEF\xBB\xBF"

static const char * const top_keys[] = {
  "simris_case", "reference_date", "description", "members", "options", "decision", NULL
};

static const char * const member_keys[] = {
  "id", "relation", "name", "birth_date", "married", "student", "disabled", "pregnant",
  "lives_in_household", "dependent_of", "conditions", "partner_split", "resources",
  "pending_benefits", NULL
};

/* In the order of SimrisCondition. */
static const char * const condition_keys[] = {
  "residence", "willing_to_work", "claims_other_benefits", NULL
};
G_STATIC_ASSERT (G_N_ELEMENTS (condition_keys) == SIMRIS_N_CONDITIONS + 1);

/* In the order of SimrisSplitCondition. */
static const char * const split_keys[] = {
  "residence", "age", "no_resources", "claims_other_benefits", "willing_to_work", NULL
};
G_STATIC_ASSERT (G_N_ELEMENTS (split_keys) == SIMRIS_N_SPLIT_CONDITIONS + 1);

static const char * const resource_keys[] = {
  "kind", "amount", "period", "label", "spi_start", "count", "allowance_children", NULL
};

static const char * const benefit_keys[] = {
  "kind", "paying_body", "since", NULL
};

static const char * const option_keys[] = {
  "count_ascendants_descendants", "count_maintenance_debtors", "art34_regime",
  "reform_maf_exempt", "split_applicant_share", NULL
};

static gboolean G_GNUC_PRINTF (3, 4)
fail (GError              **error,
      SimrisCaseFileError   code,
      const char           *format,
      ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (SIMRIS_CASE_FILE_ERROR, code, format, args);
  va_end (args);

  return FALSE;
}

static char *
field_path (const char *parent,
            const char *name)
{
  if (parent == NULL)
    return g_strdup (name);

  return g_strdup_printf ("%s.%s", parent, name);
}

static gboolean
node_is (JsonNode *node,
         GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
node_is_number (JsonNode *node)
{
  return node_is (node, G_TYPE_INT64) || node_is (node, G_TYPE_DOUBLE);
}

/* The shortest text that reads back as the same double, with a '.' or an exponent so
 * that it reads back as a double (as Python's json module writes them). */
static char *
format_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup (value > 0 ? "inf" : value < 0 ? "-inf" : "nan");

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  if (strpbrk (buf, ".e") == NULL)
    return g_strconcat (buf, ".0", NULL);

  return g_strdup (buf);
}

/* How a number of the file is quoted back in a message. */
static char *
number_text (JsonNode *node)
{
  if (node_is (node, G_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return format_double (json_node_get_double (node));
}

/* A JSON integer, or a double with no fractional part (2.0 is 2). */
static gboolean
node_get_whole (JsonNode *node,
                gint64   *out)
{
  if (node_is (node, G_TYPE_INT64))
    {
      *out = json_node_get_int (node);
      return TRUE;
    }

  if (node_is (node, G_TYPE_DOUBLE))
    {
      double value = json_node_get_double (node);

      if (isfinite (value) && value == floor (value) && fabs (value) < 1e15)
        {
          *out = (gint64) value;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
in_list (const char         *name,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;

  return FALSE;
}

/* The members of @object that are not in @known, deep-copied: unknown fields are kept,
 * never an error (docs/case-format.md). NULL when there are none. */
static JsonObject *
collect_extra (JsonObject         *object,
               const char * const *known)
{
  g_autoptr(JsonObject) shallow = NULL;
  g_autoptr(GList) names = json_object_get_members (object);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (in_list (name, known))
        continue;

      if (shallow == NULL)
        shallow = json_object_new ();
      json_object_set_member (shallow, name, json_node_ref (json_object_get_member (object, name)));
    }

  return simris_json_object_copy_deep (shallow);
}

/* Looks a field up. *out is NULL when the field is absent, or null where null is allowed
 * (@nullable: inside conditions, partner_split, options, a pending benefit, decision). */
static gboolean
lookup (JsonObject  *object,
        const char  *parent,
        const char  *name,
        gboolean     nullable,
        JsonNode   **out,
        GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;

  if (node == NULL)
    return TRUE;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_autofree char *path = NULL;

      if (nullable)
        return TRUE;

      path = field_path (parent, name);
      /* Translators: %s is the path of a field in a case file, e.g. "members[0].name". */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: null is not allowed here"), path);
    }

  *out = node;
  return TRUE;
}

static gboolean
missing (const char  *parent,
         const char  *name,
         GError     **error)
{
  g_autofree char *path = field_path (parent, name);

  /* Translators: %s is the path of a field in a case file, e.g. "members[0].relation". */
  return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: this field is required"), path);
}

static gboolean
read_string (JsonObject   *object,
             const char   *parent,
             const char   *name,
             gboolean      nullable,
             const char  **out,
             GError      **error)
{
  JsonNode *node;

  *out = NULL;

  if (!lookup (object, parent, name, nullable, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!node_is (node, G_TYPE_STRING))
    {
      g_autofree char *path = field_path (parent, name);

      /* Translators: %s is the path of a field in a case file. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected a string"), path);
    }

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_bool (JsonObject  *object,
           const char  *parent,
           const char  *name,
           gboolean     nullable,
           gboolean    *present,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node;

  *present = FALSE;

  if (!lookup (object, parent, name, nullable, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!node_is (node, G_TYPE_BOOLEAN))
    {
      g_autofree char *path = field_path (parent, name);

      /* Translators: %s is the path of a field in a case file; keep true and false. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected true or false"), path);
    }

  *present = TRUE;
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* true, false, or null / absent for "unknown". */
static gboolean
read_tristate (JsonObject      *object,
               const char      *parent,
               const char      *name,
               SimrisTristate  *out,
               GError         **error)
{
  gboolean present;
  gboolean value = FALSE;

  if (!read_bool (object, parent, name, TRUE, &present, &value, error))
    return FALSE;

  *out = !present ? SIMRIS_TRISTATE_UNKNOWN : value ? SIMRIS_TRISTATE_YES : SIMRIS_TRISTATE_NO;
  return TRUE;
}

static gboolean
read_object (JsonObject  *object,
             const char  *parent,
             const char  *name,
             gboolean     nullable,
             JsonObject **out,
             GError     **error)
{
  JsonNode *node;

  *out = NULL;

  if (!lookup (object, parent, name, nullable, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node) || json_node_get_object (node) == NULL)
    {
      g_autofree char *path = field_path (parent, name);

      /* Translators: %s is the path of a field in a case file; an object is { … }. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected an object"), path);
    }

  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_array (JsonObject  *object,
            const char  *parent,
            const char  *name,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node;

  *out = NULL;

  if (!lookup (object, parent, name, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_node_get_array (node) == NULL)
    {
      g_autofree char *path = field_path (parent, name);

      /* Translators: %s is the path of a field in a case file; an array is [ … ]. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected an array"), path);
    }

  *out = json_node_get_array (node);
  return TRUE;
}

/* An element of an array that must be an object (a member, a resource…). */
static gboolean
element_object (JsonArray   *array,
                guint        index,
                const char  *path,
                JsonObject **out,
                GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    /* Translators: %s is the path of a field in a case file, e.g. "members[1]". */
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: null is not allowed here"), path);

  if (!JSON_NODE_HOLDS_OBJECT (node) || json_node_get_object (node) == NULL)
    /* Translators: %s is the path of a field in a case file; an object is { … }. */
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected an object"), path);

  *out = json_node_get_object (node);
  return TRUE;
}

/* An amount: a string "123.45" or a number (docs/case-format.md: judged by value, at most two
 * decimals, not negative, at most 10 000 000.00). */
static gboolean
read_amount (JsonObject   *object,
             const char   *parent,
             SimrisCents  *out,
             GError      **error)
{
  g_autofree char *path = field_path (parent, "amount");
  g_autofree char *text = NULL;
  SimrisMoneyParse result;
  JsonNode *node;

  if (!lookup (object, parent, "amount", FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return missing (parent, "amount", error);

  if (node_is (node, G_TYPE_STRING))
    {
      text = g_strdup (json_node_get_string (node));
      result = simris_money_parse (text, out);
    }
  else if (node_is (node, G_TYPE_INT64))
    {
      gint64 euros = json_node_get_int (node);

      text = number_text (node);
      if (euros < 0)
        result = SIMRIS_MONEY_PARSE_NEGATIVE;
      else if (euros > SIMRIS_CENTS_MAX / 100)
        result = SIMRIS_MONEY_PARSE_TOO_LARGE;
      else
        {
          *out = euros * 100;
          result = SIMRIS_MONEY_PARSE_OK;
        }
    }
  else if (node_is (node, G_TYPE_DOUBLE))
    {
      text = number_text (node);
      result = simris_money_from_double (json_node_get_double (node), out);
    }
  else
    {
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                   /* Translators: %s is the path of a field; keep the example as is. */
                   _("%s: expected an amount, a string such as \"1234.56\" or a number"), path);
    }

  switch (result)
    {
    case SIMRIS_MONEY_PARSE_OK:
      return TRUE;

    case SIMRIS_MONEY_PARSE_NEGATIVE:
      /* Translators: %s is the path of a field, e.g. "members[0].resources[1].amount",
       * then the amount as written in the file. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: negative amount \"%s\""), path, text);

    case SIMRIS_MONEY_PARSE_PRECISION:
      /* Translators: %s is the path of a field, then the amount as written in the file. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: \"%s\" has more than two decimals"), path, text);

    case SIMRIS_MONEY_PARSE_TOO_LARGE:
      /* Translators: %s is the path of a field. Write the limit the way your language
       * writes amounts. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: amount above 10 000 000.00"), path);

    case SIMRIS_MONEY_PARSE_SYNTAX:
    default:
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                   /* Translators: %s is the path of a field, then what the file holds; keep the
                    * example as is. */
                   _("%s: \"%s\" is not an amount (write it like \"1234.56\")"), path, text);
    }
}

/* count and allowance_children: a whole number 0 … 1 000 000, or absent (-1). */
static gboolean
read_count (JsonObject  *object,
            const char  *parent,
            const char  *name,
            int         *out,
            GError     **error)
{
  g_autofree char *path = field_path (parent, name);
  JsonNode *node;
  gint64 value;

  *out = -1;

  if (!lookup (object, parent, name, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!node_is_number (node))
    /* Translators: %s is the path of a field in a case file. */
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected a whole number"), path);

  if (!node_get_whole (node, &value) || value < 0 || value > SIMRIS_MAX_COUNT)
    {
      g_autofree char *text = number_text (node);

      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                   /* Translators: %s is the path of a field, then the number it holds. */
                   _("%s: %s is not a whole number between 0 and 1 000 000"), path, text);
    }

  *out = (int) value;
  return TRUE;
}

static gboolean
read_kind (JsonObject          *object,
           const char          *parent,
           SimrisResourceKind  *out,
           GError             **error)
{
  const char *str;

  if (!read_string (object, parent, "kind", FALSE, &str, error))
    return FALSE;
  if (str == NULL)
    return missing (parent, "kind", error);

  if (!simris_resource_kind_from_string (str, out))
    {
      g_autofree char *path = field_path (parent, "kind");

      /* Translators: %s is the path of a field, then the kind the file names. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: unknown resource kind \"%s\""), path, str);
    }

  return TRUE;
}

static SimrisResource *
resource_from_json (JsonObject  *object,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(SimrisResource) resource = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SimrisResourceKind kind;
  SimrisPeriod period;
  SimrisCents amount = 0;
  const char *str;
  int count;

  if (!read_kind (object, path, &kind, error) ||
      !read_amount (object, path, &amount, error))
    return NULL;

  if (!read_string (object, path, "period", FALSE, &str, error))
    return NULL;
  if (str == NULL)
    {
      missing (path, "period", error);
      return NULL;
    }
  if (!simris_period_from_string (str, &period))
    {
      g_autofree char *period_path = field_path (path, "period");

      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: %s is the path of a field, then the period the file names. Keep
             * month, year, once and total as is. */
            _("%s: unknown period \"%s\" (month, year, once or total)"), period_path, str);
      return NULL;
    }

  resource = simris_resource_new (kind, amount, period);

  if (!read_string (object, path, "label", FALSE, &str, error))
    return NULL;
  simris_resource_set_label (resource, str);

  if (!read_string (object, path, "spi_start", FALSE, &str, error))
    return NULL;
  simris_resource_set_spi_start (resource, str);

  /* ---- timeline: minimal reading of from/until (docs/case-format.md); the fields stay in
   * the extras too, so a save writes them back unchanged. ---- */
  {
    const char *from = NULL, *until = NULL;
    SimrisDate from_date = 0, until_date = 0;

    if (!read_string (object, path, "from", FALSE, &from, error) ||
        !read_string (object, path, "until", FALSE, &until, error))
      return NULL;
    if ((from != NULL && !simris_date_parse (from, &from_date)) ||
        (until != NULL && !simris_date_parse (until, &until_date)))
      {
        g_autofree char *field = field_path (path, from != NULL && from_date == 0 ? "from" : "until");

        fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
              /* Translators: %s is the path of a field; keep yyyy-mm-dd as is. */
              _("%s: not a date of the form yyyy-mm-dd"), field);
        return NULL;
      }
    if (from_date != 0 && until_date != 0 && until_date < from_date)
      {
        g_autofree char *field = field_path (path, "until");

        /* Translators: %s is the path of a field. */
        fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: before \"from\""), field);
        return NULL;
      }
    simris_resource_set_from (resource, from);
    simris_resource_set_until (resource, until);
  }
  /* ---- end of timeline's block ---- */

  if (!read_count (object, path, "count", &count, error))
    return NULL;
  simris_resource_set_count (resource, count);

  if (!read_count (object, path, "allowance_children", &count, error))
    return NULL;
  simris_resource_set_allowance_children (resource, count);

  extra = collect_extra (object, resource_keys);
  simris_resource_set_extra (resource, extra);

  return g_steal_pointer (&resource);
}

static SimrisPendingBenefit *
benefit_from_json (JsonObject  *object,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(SimrisPendingBenefit) benefit = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SimrisResourceKind kind;
  const char *str;

  if (!read_kind (object, path, &kind, error))
    return NULL;

  benefit = simris_pending_benefit_new (kind);

  if (!read_string (object, path, "paying_body", TRUE, &str, error))
    return NULL;
  simris_pending_benefit_set_paying_body (benefit, str);

  if (!read_string (object, path, "since", TRUE, &str, error))
    return NULL;
  simris_pending_benefit_set_since (benefit, str);

  extra = collect_extra (object, benefit_keys);
  simris_pending_benefit_set_extra (benefit, extra);

  return g_steal_pointer (&benefit);
}

static SimrisMember *
member_from_json (JsonObject  *object,
                  const char  *path,
                  GError     **error)
{
  static const struct {
    const char *name;
    void      (*set) (SimrisMember *, gboolean);
  } flags[] = {
    { "married", simris_member_set_married },
    { "student", simris_member_set_student },
    { "disabled", simris_member_set_disabled },
    { "pregnant", simris_member_set_pregnant },
    { "lives_in_household", simris_member_set_lives_in_household },
  };
  g_autoptr(SimrisMember) member = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *conditions;
  JsonObject *split;
  JsonArray *array;
  SimrisRelation relation;
  const char *id;
  const char *str;

  if (!read_string (object, path, "id", FALSE, &id, error))
    return NULL;
  if (id == NULL)
    {
      missing (path, "id", error);
      return NULL;
    }

  if (!read_string (object, path, "relation", FALSE, &str, error))
    return NULL;
  if (str == NULL)
    {
      missing (path, "relation", error);
      return NULL;
    }
  if (!simris_relation_from_string (str, &relation))
    {
      g_autofree char *relation_path = field_path (path, "relation");

      /* Translators: %s is the path of a field, then the relation the file names. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: unknown relation \"%s\""), relation_path, str);
      return NULL;
    }

  if (!read_string (object, path, "birth_date", FALSE, &str, error))
    return NULL;

  member = simris_member_new (id, relation, str);

  if (!read_string (object, path, "name", FALSE, &str, error))
    return NULL;
  simris_member_set_name (member, str);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      gboolean present;
      gboolean value = FALSE;

      if (!read_bool (object, path, flags[i].name, FALSE, &present, &value, error))
        return NULL;
      if (present)
        flags[i].set (member, value);
    }

  if (!read_string (object, path, "dependent_of", FALSE, &str, error))
    return NULL;
  simris_member_set_dependent_of (member, str);

  if (!read_object (object, path, "conditions", FALSE, &conditions, error))
    return NULL;
  if (conditions != NULL)
    {
      g_autofree char *conditions_path = field_path (path, "conditions");
      g_autoptr(JsonObject) conditions_extra = NULL;

      for (guint i = 0; i < SIMRIS_N_CONDITIONS; i++)
        {
          SimrisTristate value;

          if (!read_tristate (conditions, conditions_path, condition_keys[i], &value, error))
            return NULL;
          simris_member_set_condition (member, i, value);
        }

      conditions_extra = collect_extra (conditions, condition_keys);
      simris_member_set_conditions_extra (member, conditions_extra);
    }

  if (!read_object (object, path, "partner_split", FALSE, &split, error))
    return NULL;
  if (split != NULL)
    {
      g_autofree char *split_path = field_path (path, "partner_split");
      g_autoptr(JsonObject) split_extra = NULL;

      for (guint i = 0; i < SIMRIS_N_SPLIT_CONDITIONS; i++)
        {
          SimrisTristate value;

          if (!read_tristate (split, split_path, split_keys[i], &value, error))
            return NULL;
          simris_member_set_split_condition (member, i, value);
        }

      split_extra = collect_extra (split, split_keys);
      simris_member_set_split_extra (member, split_extra);
      simris_member_set_has_split (member, TRUE);
    }

  if (!read_array (object, path, "resources", &array, error))
    return NULL;
  if (array != NULL)
    {
      guint n = json_array_get_length (array);

      /* Checked before building anything: a hostile file may list millions. */
      if (n > SIMRIS_MAX_RESOURCES)
        {
          fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                /* Translators: %s is the path of a member, e.g. "members[0]"; then the number of
                 * resources and the limit. */
                _("%s.resources: %u resources, at most %u are allowed"),
                path, n, (guint) SIMRIS_MAX_RESOURCES);
          return NULL;
        }

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *resource_path = g_strdup_printf ("%s.resources[%u]", path, i);
          g_autoptr(SimrisResource) resource = NULL;
          JsonObject *element;

          if (!element_object (array, i, resource_path, &element, error) ||
              !(resource = resource_from_json (element, resource_path, error)))
            return NULL;
          simris_member_add_resource (member, resource);
        }
    }

  if (!read_array (object, path, "pending_benefits", &array, error))
    return NULL;
  if (array != NULL)
    {
      guint n = json_array_get_length (array);

      if (n > SIMRIS_MAX_PENDING_BENEFITS)
        {
          fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                /* Translators: %s is the path of a member, e.g. "members[0]"; then the number of
                 * pending benefits and the limit. */
                _("%s.pending_benefits: %u pending benefits, at most %u are allowed"),
                path, n, (guint) SIMRIS_MAX_PENDING_BENEFITS);
          return NULL;
        }

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *benefit_path = g_strdup_printf ("%s.pending_benefits[%u]", path, i);
          g_autoptr(SimrisPendingBenefit) benefit = NULL;
          JsonObject *element;

          if (!element_object (array, i, benefit_path, &element, error) ||
              !(benefit = benefit_from_json (element, benefit_path, error)))
            return NULL;
          simris_member_add_pending_benefit (member, benefit);
        }
    }

  extra = collect_extra (object, member_keys);
  simris_member_set_extra (member, extra);

  return g_steal_pointer (&member);
}

static gboolean
options_from_json (SimrisHousehold  *household,
                   JsonObject       *options,
                   GError          **error)
{
  static const struct {
    const char *name;
    void      (*set) (SimrisHousehold *, gboolean);
  } flags[] = {
    { "count_ascendants_descendants", simris_household_set_count_ascendants_descendants },
    { "count_maintenance_debtors", simris_household_set_count_maintenance_debtors },
    { "reform_maf_exempt", simris_household_set_reform_maf_exempt },
  };
  g_autoptr(JsonObject) extra = NULL;
  const char *str;
  JsonNode *node;

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      gboolean present;
      gboolean value = FALSE;

      if (!read_bool (options, "options", flags[i].name, TRUE, &present, &value, error))
        return FALSE;
      if (present)
        flags[i].set (household, value);
    }

  if (!read_string (options, "options", "art34_regime", TRUE, &str, error))
    return FALSE;
  if (str != NULL)
    {
      if (strcmp (str, "2002") == 0)
        simris_household_set_art34_regime (household, SIMRIS_ART34_REGIME_2002);
      else if (strcmp (str, "2026") == 0)
        simris_household_set_art34_regime (household, SIMRIS_ART34_REGIME_2026);
      else
        return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                     /* Translators: %s is the path of a field, then what the file holds. Keep "2002",
                      * "2026" and null as is. */
                     _("%s: unknown regime \"%s\" (\"2002\", \"2026\" or null)"),
                     "options.art34_regime", str);
    }

  if (!lookup (options, "options", "split_applicant_share", TRUE, &node, error))
    return FALSE;
  if (node != NULL)
    {
      gint64 value;

      if (!node_is_number (node))
        return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                     /* Translators: %s is the path of a field in a case file. */
                     _("%s: expected a whole number"), "options.split_applicant_share");

      if (!node_get_whole (node, &value) || value < 0 || value > 100)
        {
          g_autofree char *text = number_text (node);

          return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                       /* Translators: %s is the path of a field, then the number it holds. */
                       _("%s: %s is not a percentage between 0 and 100"),
                       "options.split_applicant_share", text);
        }

      simris_household_set_split_applicant_share (household, (int) value);
    }

  extra = collect_extra (options, option_keys);
  simris_household_set_options_extra (household, extra);

  return TRUE;
}

static gboolean
decision_from_json (SimrisHousehold  *household,
                    JsonObject       *decision,
                    GError          **error)
{
  const char * const *names = simris_household_decision_field_names ();
  g_autoptr(JsonObject) extra = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *str;

      if (!read_string (decision, "decision", names[i], TRUE, &str, error))
        return FALSE;
      simris_household_set_decision_field (household, names[i], str);
    }

  extra = collect_extra (decision, names);
  simris_household_set_decision_extra (household, extra);

  return TRUE;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, RFC 8259 §6. */
static gboolean
is_json_number (const char *s,
                gsize       n,
                gboolean   *is_integer)
{
  gsize k = 0;

  *is_integer = TRUE;

  if (k < n && s[k] == '-')
    k++;
  if (k >= n || !g_ascii_isdigit (s[k]))
    return FALSE;
  if (s[k] == '0')
    k++;
  else
    while (k < n && g_ascii_isdigit (s[k]))
      k++;

  if (k < n && s[k] == '.')
    {
      *is_integer = FALSE;
      k++;
      if (k >= n || !g_ascii_isdigit (s[k]))
        return FALSE;
      while (k < n && g_ascii_isdigit (s[k]))
        k++;
    }

  if (k < n && (s[k] == 'e' || s[k] == 'E'))
    {
      *is_integer = FALSE;
      k++;
      if (k < n && (s[k] == '+' || s[k] == '-'))
        k++;
      if (k >= n || !g_ascii_isdigit (s[k]))
        return FALSE;
      while (k < n && g_ascii_isdigit (s[k]))
        k++;
    }

  return k == n;
}

/* A token quoted back in a message, cut short. */
static char *
token_text (const char *data,
            gsize       length)
{
  const char *end;

  if (length <= 24)
    return g_strndup (data, length);

  end = g_utf8_find_prev_char (data, data + 24);
  return g_strdup_printf ("%.*s…", (int) (end - data), data);
}

/* A strict look at the bytes before json-glib builds a tree (docs/case-format.md: "checked before
 * the tree is built"). json-glib recurses once per level, and is lenient where a hostile
 * file could hide brackets from a plain count: it takes C comments and 'single-quoted'
 * strings. So this walks the JSON tokens itself:
 *  - nesting: [ and { outside strings, at most SIMRIS_CASE_FILE_MAX_DEPTH, the top object
 *    being level 1;
 *  - only JSON's tokens outside strings (no comments, quotes, hex numbers, identifiers);
 *  - numbers json-glib would misread: integers beyond 64 bits (it wraps them silently)
 *    and numbers beyond a double (it makes them infinite);
 *  - the escape \u0000 (json-glib cuts the string there);
 *  - nothing after the top-level value (json-glib ignores a second one). */
static gboolean
check_syntax (const char  *data,
              gsize        length,
              GError     **error)
{
  gboolean top_done = FALSE;
  guint depth = 0;
  guint line = 1;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];
      gsize j;

      if (c == '\n')
        {
          line++;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\r')
        continue;

      if (top_done)
        return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                     /* Translators: %u is a line number. */
                     _("The file is not valid JSON: text follows the end of the top-level object (line %u)"),
                     line);

      switch (c)
        {
        case '"':
          for (i++; i < length && data[i] != '"'; i++)
            {
              if (data[i] == '\n')
                line++;
              else if (data[i] == '\\' && i + 1 < length)
                {
                  if (data[i + 1] == 'u' && i + 5 < length && memcmp (data + i + 2, "0000", 4) == 0)
                    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                                 /* Translators: %u is a line number; keep \u0000 as is. */
                                 _("The file holds the escape \\u0000, a NUL character, on line %u"), line);
                  i++;
                }
            }
          /* An unterminated string is json-glib's to report. */
          if (depth == 0)
            top_done = TRUE;
          break;

        case '[':
        case '{':
          if (++depth > SIMRIS_CASE_FILE_MAX_DEPTH)
            return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                         /* Translators: %d is the limit (32), %u a line number. */
                         _("The file nests objects and arrays more than %d levels deep (line %u)"),
                         SIMRIS_CASE_FILE_MAX_DEPTH, line);
          break;

        case ']':
        case '}':
          if (depth > 0 && --depth == 0)
            top_done = TRUE;
          break;

        case ':':
        case ',':
          break;

        default:
          for (j = i; j < length && (g_ascii_isalnum (data[j]) || data[j] == '.' || data[j] == '_' ||
                                     data[j] == '+' || data[j] == '-'); j++)
            ;

          if (c == '-' || g_ascii_isdigit (c))
            {
              g_autofree char *token = g_strndup (data + i, j - i);
              gboolean is_integer;
              gboolean in_range;

              if (!is_json_number (token, j - i, &is_integer))
                {
                  g_autofree char *text = token_text (data + i, j - i);

                  return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                               /* Translators: %s is what the file holds, %u a line number. */
                               _("The file is not valid JSON: “%s” is not a number (line %u)"), text, line);
                }

              if (is_integer)
                in_range = g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, NULL, NULL);
              else
                in_range = isfinite (g_ascii_strtod (token, NULL));

              if (!in_range)
                {
                  g_autofree char *text = token_text (data + i, j - i);

                  return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                               /* Translators: %s is a number of the file, %u a line number. */
                               _("The file holds a number too large to read, %s (line %u)"), text, line);
                }
            }
          else if (!((j - i == 4 && memcmp (data + i, "true", 4) == 0) ||
                     (j - i == 5 && memcmp (data + i, "false", 5) == 0) ||
                     (j - i == 4 && memcmp (data + i, "null", 4) == 0)))
            {
              g_autofree char *text = NULL;

              /* Not a word: one character, whole even when it is not ASCII. */
              if (j == i)
                j = g_utf8_next_char (data + i) - data;
              text = token_text (data + i, j - i);

              return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                           /* Translators: %s is what the file holds, %u a line number. */
                           _("The file is not valid JSON: unexpected “%s” (line %u)"), text, line);
            }

          if (depth == 0)
            top_done = TRUE;
          i = j - 1;
          break;
        }
    }

  return TRUE;
}

/* json-glib turns a lone surrogate escape ("\ud800x") into bytes that are not UTF-8: the
 * model, GTK and Pango must never see them. */
static gboolean
check_strings (JsonNode  *node,
               GString   *path,
               GError   **error)
{
  gsize len = path->len;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) names = object != NULL ? json_object_get_members (object) : NULL;

        for (const GList *l = names; l != NULL; l = l->next)
          {
            const char *name = l->data;

            if (len > 0)
              g_string_append_c (path, '.');
            if (g_utf8_validate (name, -1, NULL))
              g_string_append (path, name);
            if (!g_utf8_validate (name, -1, NULL) ||
                !check_strings (json_object_get_member (object, name), path, error))
              goto invalid;
            g_string_truncate (path, len);
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = array != NULL ? json_array_get_length (array) : 0;

        for (guint i = 0; i < n; i++)
          {
            g_string_append_printf (path, "[%u]", i);
            if (!check_strings (json_array_get_element (array, i), path, error))
              return FALSE;
            g_string_truncate (path, len);
          }
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          !g_utf8_validate (json_node_get_string (node), -1, NULL))
        goto invalid;
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }

  return TRUE;

invalid:
  if (error != NULL && *error != NULL)
    return FALSE;
  return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
               /* Translators: %s is the path of a field; keep \u as is. */
               _("%s: the text holds a \\u escape that is not a character"),
               path->len > 0 ? path->str : "(top level)");
}

/**
 * simris_case_file_from_json:
 * @root: the parsed file
 * @error: a %SIMRIS_CASE_FILE_ERROR whose message names the field
 *
 * Builds a household from a case file's tree, checking every field's type, then
 * validates it with simris_household_validate(). @root is not changed nor kept.
 *
 * Returns: (transfer full) (nullable): the household, or %NULL on error
 */
SimrisHousehold *
simris_case_file_from_json (JsonNode  *root,
                            GError   **error)
{
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GString) string_path = NULL;
  JsonObject *top;
  JsonObject *object;
  JsonArray *members;
  JsonNode *node;
  const char *str;
  gint64 version;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root) || json_node_get_object (root) == NULL)
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: keep "simris_case", the name of a field. */
            _("Not a case file: a case file is a JSON object { \"simris_case\": 1, … }"));
      return NULL;
    }
  top = json_node_get_object (root);

  /* The version first: a newer file may have other shapes than this build knows. */
  node = json_object_get_member (top, "simris_case");
  if (node == NULL)
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: keep "simris_case", the name of a field. */
            _("simris_case: this field is missing, this is not a SimRIS case file"));
      return NULL;
    }
  if (!node_is (node, G_TYPE_INT64))
    {
      /* Translators: %s is the path of a field in a case file. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected a whole number"), "simris_case");
      return NULL;
    }
  version = json_node_get_int (node);
  if (version > SIMRIS_CASE_FILE_VERSION)
    {
      g_autofree char *text = number_text (node);

      fail (error, SIMRIS_CASE_FILE_ERROR_TOO_NEW,
            /* Translators: %s is a version number of the case-file format, %d the version this
             * build reads. */
            _("simris_case: version %s was made by a newer SimRIS; this one reads version %d. Update SimRIS to open it."),
            text, SIMRIS_CASE_FILE_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_autofree char *text = number_text (node);

      /* Translators: %s is a version number of the case-file format. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("simris_case: unknown version %s"), text);
      return NULL;
    }
  /* Version 1 is the only one so far: nothing to migrate. */

  string_path = g_string_new (NULL);
  if (!check_strings (root, string_path, error))
    return NULL;

  household = simris_household_new ();

  if (!read_string (top, NULL, "reference_date", FALSE, &str, error))
    return NULL;
  simris_household_set_reference_date (household, str);

  if (!read_string (top, NULL, "description", FALSE, &str, error))
    return NULL;
  simris_household_set_description (household, str);

  if (!read_array (top, NULL, "members", &members, error))
    return NULL;
  if (members == NULL)
    {
      missing (NULL, "members", error);
      return NULL;
    }

  if (json_array_get_length (members) > SIMRIS_MAX_MEMBERS)
    {
      /* Translators: the number of members in the file, then the limit. Keep "members". */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("members: %u members, at most %u are allowed"),
            json_array_get_length (members), (guint) SIMRIS_MAX_MEMBERS);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      g_autofree char *path = g_strdup_printf ("members[%u]", i);
      g_autoptr(SimrisMember) member = NULL;
      JsonObject *element;

      if (!element_object (members, i, path, &element, error) ||
          !(member = member_from_json (element, path, error)))
        return NULL;
      simris_household_append (household, member);
    }

  if (!read_object (top, NULL, "options", FALSE, &object, error))
    return NULL;
  if (object != NULL && !options_from_json (household, object, error))
    return NULL;

  if (!read_object (top, NULL, "decision", FALSE, &object, error))
    return NULL;
  if (object != NULL && !decision_from_json (household, object, error))
    return NULL;

  extra = collect_extra (top, top_keys);
  simris_household_set_extra (household, extra);

  /* Its messages already name the field. */
  if (!simris_household_validate (household, &local_error))
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, "%s", local_error->message);
      return NULL;
    }

  return g_steal_pointer (&household);
}

static guint
line_of (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

static gboolean
check_size (gsize    length,
            GError **error)
{
  g_autofree char *size = NULL;

  if (length <= SIMRIS_CASE_FILE_MAX_SIZE)
    return TRUE;

  size = g_strdup_printf ("%" G_GSIZE_FORMAT, length);
  return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
               /* Translators: %s is the size of the file in bytes. */
               _("The file is too large for a case file: %s bytes, at most 10 MiB (10 485 760 bytes)"), size);
}

/**
 * simris_case_file_load_data:
 * @data: (array length=length): the bytes of a case file
 * @length: their length, or -1 if @data is nul-terminated
 * @error: a %SIMRIS_CASE_FILE_ERROR
 *
 * Checks the bytes (size, NUL bytes, UTF-8, nesting), parses them, and builds and
 * validates the household. A leading UTF-8 byte-order mark is ignored.
 *
 * Returns: (transfer full) (nullable): the household, or %NULL on error
 */
SimrisHousehold *
simris_case_file_load_data (const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *nul;
  const char *end;
  JsonNode *root;
  gsize len;
  gsize i;

  g_return_val_if_fail (data != NULL || length <= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    len = 0;
  else if (length < 0)
    len = strlen (data);
  else
    len = length;

  if (!check_size (len, error))
    return NULL;

  nul = len > 0 ? memchr (data, '\0', len) : NULL;
  if (nul != NULL)
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: %u is a line number. */
            _("The file holds a NUL byte (line %u): it is not a text file"),
            line_of (data, nul - data));
      return NULL;
    }

  if (len > 0 && !g_utf8_validate_len (data, len, &end))
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: %u is a line number. */
            _("The file is not UTF-8 text (line %u); save it as UTF-8"),
            line_of (data, end - data));
      return NULL;
    }

  if (len >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  for (i = 0; i < len && g_ascii_isspace (data[i]); i++)
    ;
  if (i == len)
    {
      /* Translators: the case file holds nothing but spaces. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("The file is empty"));
      return NULL;
    }

  if (!check_syntax (data, len, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      /* json-glib quotes the text it choked on, lone surrogate escapes included: what it
       * says may not be UTF-8. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      /* Translators: %s is the parser's own message, with a line and column. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("The file is not valid JSON: %s"), message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      /* Translators: the case file holds nothing but spaces. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("The file is empty"));
      return NULL;
    }

  return simris_case_file_from_json (root, error);
}

/**
 * simris_case_file_load:
 * @error: a %SIMRIS_CASE_FILE_ERROR; %SIMRIS_CASE_FILE_ERROR_IO when the file cannot be read
 *
 * Reads at most 10 MiB (a larger file is refused before and while reading, so a device or
 * a growing file cannot exhaust memory), then as simris_case_file_load_data().
 *
 * Returns: (transfer full) (nullable): the household, or %NULL on error
 */
SimrisHousehold *
simris_case_file_load (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree guint8 *chunk = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      /* Translators: the first %s is a file name, the second the system's reason. */
      fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      /* Translators: %s is a file name. */
      fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not read “%s”: it is a folder"), name);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_get_size (info) > 0 &&
      !check_size (g_file_info_get_size (info), error))
    return NULL;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      /* Translators: the first %s is a file name, the second the system's reason. */
      fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  bytes = g_byte_array_new ();
  chunk = g_malloc (64 * 1024);
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, 64 * 1024, cancellable, &local_error);

      if (n < 0)
        {
          /* Translators: the first %s is a file name, the second the system's reason. */
          fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not read “%s”: %s"), name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;

      g_byte_array_append (bytes, chunk, n);
      if (!check_size (bytes->len, error))
        return NULL;
    }

  return simris_case_file_load_data ((const char *) bytes->data, bytes->len, error);
}

/* Saving. */

static void
add_extras (JsonObject         *object,
            JsonObject         *extra,
            const char * const *known)
{
  g_autoptr(JsonObject) copy = NULL;
  g_autoptr(GList) names = NULL;

  if (extra == NULL)
    return;

  /* A copy, so that the tree returned never shares the model's objects. */
  copy = simris_json_object_copy_deep (extra);
  names = json_object_get_members (copy);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      /* A known key is the model's to write, even when an API user put it in extra. */
      if (in_list (name, known) || json_object_has_member (object, name))
        continue;

      json_object_set_member (object, name, json_node_ref (json_object_get_member (copy, name)));
    }
}

static void
set_tristate (JsonObject     *object,
              const char     *name,
              SimrisTristate  value)
{
  if (value == SIMRIS_TRISTATE_YES)
    json_object_set_boolean_member (object, name, TRUE);
  else if (value == SIMRIS_TRISTATE_NO)
    json_object_set_boolean_member (object, name, FALSE);
}

static void
set_string (JsonObject *object,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

static JsonObject *
resource_to_json (SimrisResource *resource)
{
  JsonObject *object = json_object_new ();
  g_autofree char *amount = simris_money_to_string (simris_resource_get_amount (resource));
  const char *kind = simris_resource_kind_to_string (simris_resource_get_kind (resource));
  const char *period = simris_period_to_string (simris_resource_get_period (resource));

  set_string (object, "kind", kind);
  json_object_set_string_member (object, "amount", amount);
  set_string (object, "period", period);
  set_string (object, "label", simris_resource_get_label (resource));
  set_string (object, "spi_start", simris_resource_get_spi_start (resource));
  if (simris_resource_get_count (resource) != -1)
    json_object_set_int_member (object, "count", simris_resource_get_count (resource));
  if (simris_resource_get_allowance_children (resource) != -1)
    json_object_set_int_member (object, "allowance_children",
                                simris_resource_get_allowance_children (resource));
  add_extras (object, simris_resource_get_extra (resource), resource_keys);

  return object;
}

static JsonObject *
benefit_to_json (SimrisPendingBenefit *benefit)
{
  JsonObject *object = json_object_new ();

  set_string (object, "kind", simris_resource_kind_to_string (simris_pending_benefit_get_kind (benefit)));
  set_string (object, "paying_body", simris_pending_benefit_get_paying_body (benefit));
  set_string (object, "since", simris_pending_benefit_get_since (benefit));
  add_extras (object, simris_pending_benefit_get_extra (benefit), benefit_keys);

  return object;
}

static JsonObject *
member_to_json (SimrisMember *member)
{
  JsonObject *object = json_object_new ();
  g_autoptr(JsonObject) conditions = json_object_new ();
  g_autoptr(JsonObject) split = json_object_new ();
  GListModel *resources = simris_member_get_resources (member);
  GListModel *benefits = simris_member_get_pending_benefits (member);
  guint n;

  set_string (object, "id", simris_member_get_id (member));
  set_string (object, "relation", simris_relation_to_string (simris_member_get_relation (member)));
  set_string (object, "name", simris_member_get_name (member));
  set_string (object, "birth_date", simris_member_get_birth_date (member));
  if (simris_member_get_married (member))
    json_object_set_boolean_member (object, "married", TRUE);
  if (simris_member_get_student (member))
    json_object_set_boolean_member (object, "student", TRUE);
  if (simris_member_get_disabled (member))
    json_object_set_boolean_member (object, "disabled", TRUE);
  if (simris_member_get_pregnant (member))
    json_object_set_boolean_member (object, "pregnant", TRUE);
  if (!simris_member_get_lives_in_household (member))
    json_object_set_boolean_member (object, "lives_in_household", FALSE);
  set_string (object, "dependent_of", simris_member_get_dependent_of (member));

  for (guint i = 0; i < SIMRIS_N_CONDITIONS; i++)
    set_tristate (conditions, condition_keys[i], simris_member_get_condition (member, i));
  add_extras (conditions, simris_member_get_conditions_extra (member), condition_keys);
  if (json_object_get_size (conditions) > 0)
    json_object_set_object_member (object, "conditions", g_steal_pointer (&conditions));

  for (guint i = 0; i < SIMRIS_N_SPLIT_CONDITIONS; i++)
    set_tristate (split, split_keys[i], simris_member_get_split_condition (member, i));
  add_extras (split, simris_member_get_split_extra (member), split_keys);
  if (json_object_get_size (split) > 0 || simris_member_get_has_split (member))
    json_object_set_object_member (object, "partner_split", g_steal_pointer (&split));

  n = g_list_model_get_n_items (resources);
  if (n > 0)
    {
      JsonArray *array = json_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, i);

          json_array_add_object_element (array, resource_to_json (resource));
        }
      json_object_set_array_member (object, "resources", array);
    }

  n = g_list_model_get_n_items (benefits);
  if (n > 0)
    {
      JsonArray *array = json_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (benefits, i);

          json_array_add_object_element (array, benefit_to_json (benefit));
        }
      json_object_set_array_member (object, "pending_benefits", array);
    }

  add_extras (object, simris_member_get_extra (member), member_keys);

  return object;
}

/**
 * simris_case_file_to_json:
 *
 * The household as a case file's tree, keys in a stable order (docs/case-format.md): defaults
 * and unknown answers are left out, unknown fields of the loaded file are written back.
 * The household need not be valid.
 *
 * Returns: (transfer full): a new tree, sharing nothing with @household
 */
JsonNode *
simris_case_file_to_json (SimrisHousehold *household)
{
  g_autoptr(JsonObject) top = json_object_new ();
  g_autoptr(JsonObject) options = json_object_new ();
  g_autoptr(JsonObject) decision = json_object_new ();
  const char * const *names = simris_household_decision_field_names ();
  JsonArray *members;
  guint n;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  json_object_set_int_member (top, "simris_case", SIMRIS_CASE_FILE_VERSION);
  set_string (top, "reference_date", simris_household_get_reference_date (household));
  set_string (top, "description", simris_household_get_description (household));

  n = g_list_model_get_n_items (G_LIST_MODEL (household));
  members = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);

      json_array_add_object_element (members, member_to_json (member));
    }
  json_object_set_array_member (top, "members", members);

  if (simris_household_get_count_ascendants_descendants (household))
    json_object_set_boolean_member (options, "count_ascendants_descendants", TRUE);
  if (!simris_household_get_count_maintenance_debtors (household))
    json_object_set_boolean_member (options, "count_maintenance_debtors", FALSE);
  switch (simris_household_get_art34_regime (household))
    {
    case SIMRIS_ART34_REGIME_2002:
      json_object_set_string_member (options, "art34_regime", "2002");
      break;

    case SIMRIS_ART34_REGIME_2026:
      json_object_set_string_member (options, "art34_regime", "2026");
      break;

    case SIMRIS_ART34_REGIME_AUTO:
    default:
      break;
    }
  if (simris_household_get_reform_maf_exempt (household))
    json_object_set_boolean_member (options, "reform_maf_exempt", TRUE);
  if (simris_household_get_split_applicant_share (household) != 50)
    json_object_set_int_member (options, "split_applicant_share",
                                simris_household_get_split_applicant_share (household));
  add_extras (options, simris_household_get_options_extra (household), option_keys);
  if (json_object_get_size (options) > 0)
    json_object_set_object_member (top, "options", g_steal_pointer (&options));

  for (guint i = 0; names[i] != NULL; i++)
    set_string (decision, names[i], simris_household_get_decision_field (household, names[i]));
  add_extras (decision, simris_household_get_decision_extra (household), names);
  if (json_object_get_size (decision) > 0)
    json_object_set_object_member (top, "decision", g_steal_pointer (&decision));

  add_extras (top, simris_household_get_extra (household), top_keys);

  return json_node_init_object (json_node_alloc (), top);
}

/* JSON text as Python's json.dump (indent=2, ensure_ascii=False) writes it, like the
 * shared cases: people read and diff these files. */

static void
write_indent (GString *out,
              guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
write_string (GString    *out,
              const char *str)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate (str, -1, NULL))
    str = valid = g_utf8_make_valid (str, -1);

  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;

        case '\\':
          g_string_append (out, "\\\\");
          break;

        case '\b':
          g_string_append (out, "\\b");
          break;

        case '\f':
          g_string_append (out, "\\f");
          break;

        case '\n':
          g_string_append (out, "\\n");
          break;

        case '\r':
          g_string_append (out, "\\r");
          break;

        case '\t':
          g_string_append (out, "\\t");
          break;

        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     level)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) names = object != NULL ? json_object_get_members (object) : NULL;

        if (names == NULL)
          {
            g_string_append (out, "{}");
            break;
          }

        g_string_append (out, "{\n");
        for (const GList *l = names; l != NULL; l = l->next)
          {
            write_indent (out, level + 1);
            write_string (out, l->data);
            g_string_append (out, ": ");
            write_node (out, json_object_get_member (object, l->data), level + 1);
            g_string_append (out, l->next != NULL ? ",\n" : "\n");
          }
        write_indent (out, level);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = array != NULL ? json_array_get_length (array) : 0;

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }

        g_string_append (out, "[\n");
        for (guint i = 0; i < n; i++)
          {
            write_indent (out, level + 1);
            write_node (out, json_array_get_element (array, i), level + 1);
            g_string_append (out, i + 1 < n ? ",\n" : "\n");
          }
        write_indent (out, level);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;

        case G_TYPE_DOUBLE:
          if (isfinite (json_node_get_double (node)))
            {
              g_autofree char *text = format_double (json_node_get_double (node));

              g_string_append (out, text);
            }
          else
            g_string_append (out, "null");
          break;

        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;

        case G_TYPE_STRING:
          write_string (out, json_node_get_string (node));
          break;

        default:
          g_string_append (out, "null");
          break;
        }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * simris_case_file_to_data:
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the case file's text, UTF-8, ending with a newline
 */
char *
simris_case_file_to_data (SimrisHousehold *household,
                          gsize           *length)
{
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);

  root = simris_case_file_to_json (household);
  out = g_string_new (NULL);
  write_node (out, root, 0);
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/**
 * simris_case_file_save:
 * @error: a %SIMRIS_CASE_FILE_ERROR_IO
 *
 * Writes the case file atomically (a temporary file renamed over the old one), so an
 * interrupted save never leaves half a file.
 */
gboolean
simris_case_file_save (SimrisHousehold  *household,
                       GFile            *file,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = simris_case_file_to_data (household, &length);
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: the first %s is a file name, the second the system's reason. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not save “%s”: %s"), name, local_error->message);
    }

  return TRUE;
}
