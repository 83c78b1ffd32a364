/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisCaseFile"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "simris-attachment.h"
#include "simris-case-file.h"
#include "simris-codes.h"
#include "simris-date.h"
#include "simris-enums.h"
#include "simris-error.h"
#include "simris-file.h"
#include "simris-json.h"
#include "simris-money.h"
#include "simris-parameters.h"

/* Case files (docs/case-format.md, "Case file"): what the fields of a case file mean. Loading is
 * hostile-input code: the size is checked first, the strict reader (simris-json.c) bounds
 * the rest of the work (encoding, nesting), and every field is type-checked before it reaches
 * the model, so no input can reach a g_return_if_fail() or an assertion. Each message starts
 * with the JSON path of the field at fault ("members[2].resources[0].amount: …"). */

G_DEFINE_QUARK (simris-case-file-error-quark, simris_case_file_error)

/* The unknown fields of one model object (simris-case-file.h), attached to it under a quark
 * private to this file; simris-attachment.h lets the model's *_copy() carry them. */
typedef struct
{
  JsonObject *parts[SIMRIS_CASE_N_EXTRAS];
} Extras;

static GQuark
extras_quark (void)
{
  return g_quark_from_static_string ("simris-case-file-extras");
}

static void
extras_free (gpointer data)
{
  Extras *extras = data;

  for (guint i = 0; i < SIMRIS_CASE_N_EXTRAS; i++)
    g_clear_pointer (&extras->parts[i], json_object_unref);
  g_free (extras);
}

static gpointer
extras_copy (gpointer data)
{
  const Extras *extras = data;
  Extras *copy = g_new0 (Extras, 1);

  for (guint i = 0; i < SIMRIS_CASE_N_EXTRAS; i++)
    copy->parts[i] = simris_json_object_copy_deep (extras->parts[i]);
  return copy;
}

JsonObject *
simris_case_file_get_extra (gpointer        object,
                            SimrisCaseExtra part)
{
  Extras *extras;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (part < SIMRIS_CASE_N_EXTRAS, NULL);

  extras = g_object_get_qdata (object, extras_quark ());
  return extras != NULL ? extras->parts[part] : NULL;
}

void
simris_case_file_set_extra (gpointer         object,
                            SimrisCaseExtra  part,
                            JsonObject      *extra)
{
  Extras *extras;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (part < SIMRIS_CASE_N_EXTRAS);

  extras = g_object_get_qdata (object, extras_quark ());
  if ((extras != NULL ? extras->parts[part] : NULL) == extra)
    return;
  if (extras == NULL)
    {
      simris_attachment_register (extras_quark (), extras_copy, extras_free);
      extras = g_new0 (Extras, 1);
      g_object_set_qdata_full (object, extras_quark (), extras, extras_free);
    }
  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&extras->parts[part], json_object_unref);
  extras->parts[part] = extra;
  /* Every model object has "changed"; the household's window marks the case as modified. */
  g_signal_emit_by_name (object, "changed");
}

static const char * const top_keys[] = {
  "simris_case", "reference_date", "description", "members", "options", "decision",
  "benefit", "residence_status", "maintenance_paid", NULL
};

static const char * const member_keys[] = {
  "id", "relation", "name", "birth_date", "married", "student", "disabled", "pregnant",
  "lives_in_household", "dependent_of", "conditions", "partner_split", "resources",
  "pending_benefits", "shares_household", "custody", "also_applies", "shares_household_since", "custody_since", NULL
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
  "kind", "amount", "period", "label", "spi_start", "count", "allowance_children",
  "from", "until", "shortage_occupation_start", NULL
};

static const char * const benefit_keys[] = {
  "kind", "paying_body", "since", NULL
};

static const char * const option_keys[] = {
  SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS, SIMRIS_OPTION_ART34_REGIME,
  SIMRIS_OPTION_REFORM_MAF_EXEMPT, SIMRIS_OPTION_SPLIT_APPLICANT_SHARE, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES,
  SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS,
  SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT,
  NULL
};

/* Sets error and gives FALSE: `return fail (error, code, "…", …);`. */
#define fail(error, code, ...) simris_error_fail ((error), SIMRIS_CASE_FILE_ERROR, (code), __VA_ARGS__)

/* "parent.list[index]", without printf: a path is made for every member and resource. */
static char *
index_path (const char *parent,
            const char *list,
            guint       index)
{
  char digits[16];
  int n = 0;
  gsize parent_len = parent != NULL ? strlen (parent) : 0;
  gsize list_len = strlen (list);
  char *path, *p;

  do
    {
      digits[n++] = '0' + index % 10;
      index /= 10;
    }
  while (index > 0);

  p = path = g_malloc (parent_len + 1 + list_len + n + 3);
  if (parent_len > 0)
    {
      memcpy (p, parent, parent_len);
      p += parent_len;
      *p++ = '.';
    }
  memcpy (p, list, list_len);
  p += list_len;
  *p++ = '[';
  while (n > 0)
    *p++ = digits[--n];
  *p++ = ']';
  *p = '\0';

  return path;
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
collect_extra (SimrisJsonValue    *object,
               const char * const *known)
{
  JsonObject *extra = NULL;

  for (guint i = 0; i < object->v.object.n; i++)
    {
      SimrisJsonMember *member = &object->v.object.members[i];

      if (in_list (member->name, known))
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, member->name, simris_json_value_to_node (&member->value));
    }

  return extra;
}

/* Looks a field up. *out is NULL when the field is absent, or null where null is allowed
 * (@nullable: inside conditions, partner_split, options, a pending benefit, decision). */
static gboolean
lookup (SimrisJsonValue *object,
        const char  *parent,
        const char  *name,
        gboolean     nullable,
        SimrisJsonValue **out,
        GError     **error)
{
  SimrisJsonValue *node = simris_json_object_get (object, name);

  *out = NULL;

  if (node == NULL)
    return TRUE;

  if (node->type == SIMRIS_JSON_NULL)
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
read_string (SimrisJsonValue *object,
             const char   *parent,
             const char   *name,
             gboolean      nullable,
             const char  **out,
             GError      **error)
{
  SimrisJsonValue *node;

  *out = NULL;

  if (!lookup (object, parent, name, nullable, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (node->type != SIMRIS_JSON_STRING)
    {
      g_autofree char *path = field_path (parent, name);

      /* Translators: %s is the path of a field in a case file. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected a string"), path);
    }

  *out = node->v.string.str;
  return TRUE;
}

/* A date string: the model takes "" for absent, the file must not. */
static gboolean
read_date (SimrisJsonValue *object,
           const char   *parent,
           const char   *name,
           gboolean      nullable,
           const char  **out,
           GError      **error)
{
  if (!read_string (object, parent, name, nullable, out, error))
    return FALSE;

  if (*out != NULL && **out == '\0')
    {
      g_autofree char *path = field_path (parent, name);

      /* Translators: the first %s is the path of a field, the second what the file holds;
       * keep yyyy-mm-dd as is, it is the format of dates in case files. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: \"%s\" is not a date of the form yyyy-mm-dd"),
                   path, *out);
    }

  return TRUE;
}

/* The field, when present, of the type asked; else the message (translated, with the field's
 * path) naming what was expected. *out is NULL when the field is absent (or null and nullable). */
static gboolean
lookup_typed (SimrisJsonValue  *object,
              const char       *parent,
              const char       *name,
              gboolean          nullable,
              SimrisJsonType    type,
              const char       *expected,
              SimrisJsonValue **out,
              GError          **error)
{
  g_autofree char *path = NULL;

  if (!lookup (object, parent, name, nullable, out, error))
    return FALSE;
  if (*out == NULL || (*out)->type == type)
    return TRUE;

  path = field_path (parent, name);
  *out = NULL;
  return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, expected, path);
}

static gboolean
read_bool (SimrisJsonValue *object,
           const char  *parent,
           const char  *name,
           gboolean     nullable,
           gboolean    *present,
           gboolean    *out,
           GError     **error)
{
  SimrisJsonValue *node;

  *present = FALSE;
  if (!lookup_typed (object, parent, name, nullable, SIMRIS_JSON_BOOLEAN,
                     /* Translators: %s is the path of a field in a case file; keep true and false. */
                     _("%s: expected true or false"), &node, error))
    return FALSE;
  if (node != NULL)
    {
      *present = TRUE;
      *out = node->v.boolean;
    }
  return TRUE;
}

/* true, false, or null / absent for "unknown". */
static gboolean
read_tristate (SimrisJsonValue *object,
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
read_object (SimrisJsonValue  *object,
             const char       *parent,
             const char       *name,
             gboolean          nullable,
             SimrisJsonValue **out,
             GError          **error)
{
  return lookup_typed (object, parent, name, nullable, SIMRIS_JSON_OBJECT,
                       /* Translators: %s is the path of a field in a case file; an object is { … }. */
                       _("%s: expected an object"), out, error);
}

static gboolean
read_array (SimrisJsonValue  *object,
            const char       *parent,
            const char       *name,
            SimrisJsonValue **out,
            GError          **error)
{
  return lookup_typed (object, parent, name, FALSE, SIMRIS_JSON_ARRAY,
                       /* Translators: %s is the path of a field in a case file; an array is [ … ]. */
                       _("%s: expected an array"), out, error);
}

/* An element of an array that must be an object (a member, a resource…). */
static gboolean
element_object (SimrisJsonValue  *array,
                guint             index,
                const char       *path,
                SimrisJsonValue **out,
                GError          **error)
{
  SimrisJsonValue *node = &array->v.array.items[index];

  if (node->type == SIMRIS_JSON_NULL)
    /* Translators: %s is the path of a field in a case file, e.g. "members[1]". */
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: null is not allowed here"), path);

  if (node->type != SIMRIS_JSON_OBJECT)
    /* Translators: %s is the path of a field in a case file; an object is { … }. */
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected an object"), path);

  *out = node;
  return TRUE;
}

/* An amount: a string "123.45" or a number (docs/case-format.md: judged by value, at most two
 * decimals, not negative, at most 10 000 000.00). */
static gboolean
read_amount (SimrisJsonValue *object,
             const char   *parent,
             SimrisCents  *out,
             GError      **error)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  SimrisMoneyParse result;
  SimrisJsonValue *node;

  /* Absent or null: a draft's missing amount (docs/case-format.md, Drafts). */
  *out = SIMRIS_CENTS_MISSING;
  if (!lookup (object, parent, "amount", TRUE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (node->type == SIMRIS_JSON_STRING)
    {
      result = simris_money_parse (node->v.string.str, out);
      if (result != SIMRIS_MONEY_PARSE_OK)
        text = g_strdup (node->v.string.str);
    }
  else if (node->type == SIMRIS_JSON_INT)
    {
      gint64 euros = node->v.integer;

      text = simris_json_value_number_text (node);
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
  else if (node->type == SIMRIS_JSON_DOUBLE)
    {
      text = simris_json_value_number_text (node);
      result = simris_money_from_double (node->v.number, out);
    }
  else
    {
      path = field_path (parent, "amount");
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                   /* Translators: %s is the path of a field; keep the example as is. */
                   _("%s: expected an amount, a string such as \"1234.56\" or a number"), path);
    }

  if (result == SIMRIS_MONEY_PARSE_OK)
    return TRUE;

  path = field_path (parent, "amount");
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
read_count (SimrisJsonValue *object,
            const char  *parent,
            const char  *name,
            int         *out,
            GError     **error)
{
  g_autofree char *path = NULL;
  SimrisJsonValue *node;
  gint64 value;

  *out = -1;

  if (!lookup (object, parent, name, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (node->type != SIMRIS_JSON_INT && node->type != SIMRIS_JSON_DOUBLE)
    /* Translators: %s is the path of a field in a case file. */
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected a whole number"),
                 (path = field_path (parent, name)));

  if (!simris_json_value_get_whole (node, &value) || value < 0 || value > SIMRIS_MAX_COUNT)
    {
      g_autofree char *text = simris_json_value_number_text (node);

      path = field_path (parent, name);

      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                   /* Translators: %s is the path of a field, then the number it holds. */
                   _("%s: %s is not a whole number between 0 and 1 000 000"), path, text);
    }

  *out = (int) value;
  return TRUE;
}

static gboolean
read_kind (SimrisJsonValue *object,
           const char          *parent,
           SimrisResourceKind  *out,
           GError             **error)
{
  const char *str;

  /* Absent or null: a draft's missing kind (docs/case-format.md, Drafts). */
  *out = SIMRIS_RESOURCE_KIND_NONE;
  if (!read_string (object, parent, "kind", TRUE, &str, error))
    return FALSE;
  if (str == NULL)
    return TRUE;

  if (!simris_resource_kind_from_string (str, out))
    {
      g_autofree char *path = field_path (parent, "kind");

      /* Translators: %s is the path of a field, then the kind the file names. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: unknown resource kind \"%s\""), path, str);
    }

  return TRUE;
}

static SimrisResource *
resource_from_json (SimrisJsonValue *object,
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

  /* Dates checked, and until against from, by simris_household_validate(). */
  if (!read_date (object, path, "from", FALSE, &str, error))
    return NULL;
  simris_resource_set_from (resource, str);

  if (!read_date (object, path, "until", FALSE, &str, error))
    return NULL;
  simris_resource_set_until (resource, str);

  if (!read_date (object, path, "shortage_occupation_start", FALSE, &str, error))
    return NULL;
  simris_resource_set_shortage_occupation_start (resource, str);

  if (!read_count (object, path, "count", &count, error))
    return NULL;
  simris_resource_set_count (resource, count);

  if (!read_count (object, path, "allowance_children", &count, error))
    return NULL;
  simris_resource_set_allowance_children (resource, count);

  extra = collect_extra (object, resource_keys);
  simris_case_file_set_extra (resource, SIMRIS_CASE_EXTRA_OWN, extra);

  return g_steal_pointer (&resource);
}

static SimrisPendingBenefit *
benefit_from_json (SimrisJsonValue *object,
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
  simris_case_file_set_extra (benefit, SIMRIS_CASE_EXTRA_OWN, extra);

  return g_steal_pointer (&benefit);
}

typedef gpointer (*ItemFromJson) (SimrisJsonValue *object,
                                   const char      *path,
                                   GError         **error);
typedef void (*ItemAdd) (SimrisMember *member,
                         gpointer      item);

/* A member's list (resources, pending benefits): its length checked against the limit before
 * anything is built (a hostile file may list millions), then each item read and added.
 * @too_many: the translated message, with the member's path, the number and the limit. */
static gboolean
read_items (SimrisJsonValue *object,
            const char      *path,
            const char      *name,
            guint            max,
            const char      *too_many,
            ItemFromJson     from_json,
            ItemAdd          add,
            SimrisMember    *member,
            GError         **error)
{
  SimrisJsonValue *array;

  if (!read_array (object, path, name, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (array->v.array.n > max)
    return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, too_many, path, array->v.array.n, max);

  for (guint i = 0; i < array->v.array.n; i++)
    {
      g_autofree char *item_path = index_path (path, name, i);
      SimrisJsonValue *element;
      gpointer item;

      if (!element_object (array, i, item_path, &element, error) ||
          !(item = from_json (element, item_path, error)))
        return FALSE;
      add (member, item);
      g_object_unref (item);
    }
  return TRUE;
}

static SimrisMember *
member_from_json (SimrisJsonValue *object,
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
    { "shares_household", simris_member_set_shares_household },
    { "also_applies", simris_member_set_also_applies },
  };
  g_autoptr(SimrisMember) member = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SimrisJsonValue *conditions;
  SimrisJsonValue *split;
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

  /* Absent or null: a draft's missing birth date (docs/case-format.md, Drafts). */
  if (!read_date (object, path, "birth_date", TRUE, &str, error))
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

  /* From when those values hold (docs/case-format.md); absent or null: always. */
  if (!read_date (object, path, "shares_household_since", TRUE, &str, error))
    return NULL;
  simris_member_set_shares_household_since (member, str);
  if (!read_date (object, path, "custody_since", TRUE, &str, error))
    return NULL;
  simris_member_set_custody_since (member, str);

  /* Alternating custody of a minor (docs/case-format.md, members[].custody). */
  if (!read_string (object, path, "custody", FALSE, &str, error))
    return NULL;
  if (str != NULL)
    {
      SimrisCustody custody;

      if (!simris_custody_from_string (str, &custody))
        {
          g_autofree char *custody_path = field_path (path, "custody");

          /* Translators: %s is the path of a field, then the value the file gives; "full" and
           * "alternating" are the values of the file format: do not translate them. */
          fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                _("%s: unknown custody \"%s\" (expected \"full\" or \"alternating\")"),
                custody_path, str);
          return NULL;
        }
      simris_member_set_custody (member, custody);
    }

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
      simris_case_file_set_extra (member, SIMRIS_CASE_EXTRA_CONDITIONS, conditions_extra);
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
      simris_case_file_set_extra (member, SIMRIS_CASE_EXTRA_PARTNER_SPLIT, split_extra);
      simris_member_set_has_split (member, TRUE);
    }

  if (!read_items (object, path, "resources", SIMRIS_MAX_RESOURCES,
                   /* Translators: %s is the path of a member, e.g. "members[0]"; then the number of
                    * resources and the limit. */
                   _("%s.resources: %u resources, at most %u are allowed"),
                   (ItemFromJson) resource_from_json, (ItemAdd) simris_member_add_resource, member, error) ||
      !read_items (object, path, "pending_benefits", SIMRIS_MAX_PENDING_BENEFITS,
                   /* Translators: %s is the path of a member, e.g. "members[0]"; then the number of
                    * pending benefits and the limit. */
                   _("%s.pending_benefits: %u pending benefits, at most %u are allowed"),
                   (ItemFromJson) benefit_from_json, (ItemAdd) simris_member_add_pending_benefit, member, error))
    return NULL;

  extra = collect_extra (object, member_keys);
  simris_case_file_set_extra (member, SIMRIS_CASE_EXTRA_OWN, extra);

  return g_steal_pointer (&member);
}

static gboolean
options_from_json (SimrisHousehold  *household,
                   SimrisJsonValue  *options,
                   GError          **error)
{
  static const struct {
    const char *name;
    void      (*set) (SimrisHousehold *, gboolean);
  } flags[] = {
    { SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS, simris_household_set_count_ascendants_descendants },
    { SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS, simris_household_set_count_maintenance_debtors },
    { SIMRIS_OPTION_REFORM_MAF_EXEMPT, simris_household_set_reform_maf_exempt },
    { SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES, simris_household_set_isolated_partner_no_resources },
    { SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS, simris_household_set_alternating_custody_alternate_months },
    { SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS, simris_household_set_applicants_share_excess },
    { SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25, simris_household_set_student_exemption_under_25 },
    { SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT, simris_household_set_student_grant_covid_alignment },
  };
  g_autoptr(JsonObject) extra = NULL;
  const char *str;
  SimrisJsonValue *node;

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      gboolean present;
      gboolean value = FALSE;

      if (!read_bool (options, "options", flags[i].name, TRUE, &present, &value, error))
        return FALSE;
      if (present)
        flags[i].set (household, value);
    }

  if (!read_string (options, "options", SIMRIS_OPTION_ART34_REGIME, TRUE, &str, error))
    return FALSE;
  if (str != NULL)
    {
      /* The regimes are those of the parameters (data/parameters.json, "art34_regimes"). */
      SimrisParameters *params = simris_parameters_get_default ();
      g_autoptr(GString) names = g_string_new (NULL);

      if (simris_parameters_get_art34_regime (params, str, 0) == NULL)
        {
          for (guint i = 0; i < simris_parameters_get_n_art34_regimes (params); i++)
            g_string_append_printf (names, "\"%s\", ", simris_parameters_get_nth_art34_regime (params, i)->name);
          return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                       /* Translators: %s is the path of a field, then what the file holds, then the known
                        * names, e.g. "\"2002\", \"2026\", ". Keep null as is. */
                       _("%s: unknown regime \"%s\" (%sor null)"),
                       "options.art34_regime", str, names->str);
        }
      simris_household_set_art34_regime (household, str);
    }

  if (!lookup (options, "options", SIMRIS_OPTION_SPLIT_APPLICANT_SHARE, TRUE, &node, error))
    return FALSE;
  if (node != NULL)
    {
      gint64 value;

      if (node->type != SIMRIS_JSON_INT && node->type != SIMRIS_JSON_DOUBLE)
        return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                     /* Translators: %s is the path of a field in a case file. */
                     _("%s: expected a whole number"), "options.split_applicant_share");

      if (!simris_json_value_get_whole (node, &value) || value < 0 || value > 100)
        {
          g_autofree char *text = simris_json_value_number_text (node);

          return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                       /* Translators: %s is the path of a field, then the number it holds. */
                       _("%s: %s is not a percentage between 0 and 100"),
                       "options.split_applicant_share", text);
        }

      simris_household_set_split_applicant_share (household, (int) value);
    }

  extra = collect_extra (options, option_keys);
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OPTIONS, extra);

  return TRUE;
}

/* Issue 29 (docs/case-format.md): "benefit", "residence_status" and "maintenance_paid". */
static gboolean
case_benefit_from_json (SimrisHousehold  *household,
                        SimrisJsonValue  *top,
                        GError          **error)
{
  const char *str;
  SimrisJsonValue *object;

  if (!read_string (top, NULL, "benefit", FALSE, &str, error))
    return FALSE;
  if (str != NULL)
    {
      SimrisBenefit benefit;

      if (!simris_benefit_from_string (str, &benefit))
        /* Translators: %s is the path of a field, then what the file holds. Keep the quoted names as is. */
        return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
                     _("%s: unknown benefit \"%s\" (\"integration_income\" or \"equivalent_social_aid\")"),
                     "benefit", str);
      simris_household_set_benefit (household, benefit);
    }

  if (!read_string (top, NULL, "residence_status", TRUE, &str, error))
    return FALSE;
  if (str != NULL)
    {
      SimrisResidenceStatus status;

      if (!simris_residence_status_from_string (str, &status))
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < simris_benefit_n_residence_rules (); i++)
            g_string_append_printf (names, "%s\"%s\"", i > 0 ? ", " : "", simris_benefit_nth_residence_rule (i)->name);
          /* Translators: %s is the path of a field, then what the file holds, then the known names. */
          return fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: unknown residence status \"%s\" (%s)"),
                       "residence_status", str, names->str);
        }
      simris_household_set_residence_status (household, status);
    }

  if (!read_object (top, NULL, "maintenance_paid", TRUE, &object, error))
    return FALSE;
  if (object != NULL)
    {
      SimrisCents amount;

      if (!read_amount (object, "maintenance_paid", &amount, error))
        return FALSE;
      if (amount == SIMRIS_CENTS_MISSING)
        return missing ("maintenance_paid", "amount", error);
      simris_household_set_maintenance_paid_month (household, amount);
    }
  return TRUE;
}

static gboolean
decision_from_json (SimrisHousehold  *household,
                    SimrisJsonValue  *decision,
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
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_DECISION, extra);

  return TRUE;
}

static SimrisHousehold *
household_from_doc (SimrisJsonDoc  *doc,
                    GError        **error)
{
  SimrisJsonValue *root = simris_json_doc_get_root (doc);
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SimrisJsonValue *top;
  SimrisJsonValue *object;
  SimrisJsonValue *members;
  SimrisJsonValue *node;
  const char *str;
  gint64 version;

  if (root->type != SIMRIS_JSON_OBJECT)
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: keep "simris_case", the name of a field. */
            _("Not a case file: a case file is a JSON object { \"simris_case\": 1, … }"));
      return NULL;
    }
  top = root;

  /* The version first: a newer file may have other shapes than this build knows. */
  node = simris_json_object_get (top, "simris_case");
  if (node == NULL)
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID,
            /* Translators: keep "simris_case", the name of a field. */
            _("simris_case: this field is missing, this is not a SimRIS case file"));
      return NULL;
    }
  if (node->type != SIMRIS_JSON_INT)
    {
      /* Translators: %s is the path of a field in a case file. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("%s: expected a whole number"), "simris_case");
      return NULL;
    }
  version = node->v.integer;
  if (version > SIMRIS_CASE_FILE_VERSION)
    {
      g_autofree char *text = simris_json_value_number_text (node);

      fail (error, SIMRIS_CASE_FILE_ERROR_TOO_NEW,
            /* Translators: %s is a version number of the case-file format, %d the version this
             * build reads. */
            _("simris_case: version %s was made by a newer SimRIS; this one reads version %d. Update SimRIS to open it."),
            text, SIMRIS_CASE_FILE_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_autofree char *text = simris_json_value_number_text (node);

      /* Translators: %s is a version number of the case-file format. */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("simris_case: unknown version %s"), text);
      return NULL;
    }
  /* Version 1 is the only one so far: nothing to migrate. */

  /* A \u escape that is not a character, after the version: a newer file may allow more. */
  if (!simris_json_doc_check_strings (doc, &local_error))
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, "%s", local_error->message);
      return NULL;
    }

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

  if (members->v.array.n > SIMRIS_MAX_MEMBERS)
    {
      /* Translators: the number of members in the file, then the limit. Keep "members". */
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, _("members: %u members, at most %u are allowed"),
            members->v.array.n, (guint) SIMRIS_MAX_MEMBERS);
      return NULL;
    }

  for (guint i = 0; i < members->v.array.n; i++)
    {
      g_autofree char *path = index_path (NULL, "members", i);
      g_autoptr(SimrisMember) member = NULL;
      SimrisJsonValue *element;

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

  if (!case_benefit_from_json (household, top, error))
    return NULL;

  extra = collect_extra (top, top_keys);
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);

  /* Its messages already name the field. */
  if (!simris_household_validate (household, &local_error))
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, "%s", local_error->message);
      return NULL;
    }

  return g_steal_pointer (&household);
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
  g_autoptr(SimrisJsonDoc) doc = NULL;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = simris_json_doc_from_node (root);
  return household_from_doc (doc, error);
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
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SimrisJsonDoc) doc = NULL;
  gsize len;

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

  doc = simris_json_doc_parse (data, len, SIMRIS_CASE_FILE_MAX_DEPTH, &local_error);
  if (doc == NULL)
    {
      fail (error, SIMRIS_CASE_FILE_ERROR_INVALID, "%s", local_error->message);
      return NULL;
    }

  return household_from_doc (doc, error);
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

  /* A local file: opened non-blocking, regular files only (simris_file_read_regular()), so
   * a FIFO or a device chosen in the file chooser is refused at once instead of freezing
   * the window. A symbolic link is followed. */
  if (g_file_is_native (file))
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (path != NULL)
        {
          if (simris_file_read_regular (path, SIMRIS_CASE_FILE_MAX_SIZE, SIMRIS_FILE_NONE,
                                        &contents, &length, &local_error))
            return simris_case_file_load_data (contents, length, error);
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
            {
              struct stat st;

              /* The same message as for bytes given in memory. */
              check_size (stat (path, &st) == 0 ? MAX ((gsize) st.st_size, SIMRIS_CASE_FILE_MAX_SIZE + 1)
                                                : SIMRIS_CASE_FILE_MAX_SIZE + 1, error);
              return NULL;
            }
          fail (error, SIMRIS_CASE_FILE_ERROR_IO, "%s", local_error->message);
          return NULL;
        }
    }

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

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      /* Translators: %s is a file name. */
      fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not read “%s”: it is not a regular file"), name);
      return NULL;
    }

  if (g_file_info_get_size (info) > 0 &&
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
  SimrisResourceKind kind = simris_resource_get_kind (resource);
  SimrisCents amount = simris_resource_get_amount (resource);
  const char *period = simris_period_to_string (simris_resource_get_period (resource));

  /* A draft's missing kind or amount is written absent (docs/case-format.md, Drafts). */
  if (kind != SIMRIS_RESOURCE_KIND_NONE)
    set_string (object, "kind", simris_resource_kind_to_string (kind));
  if (amount != SIMRIS_CENTS_MISSING)
    {
      g_autofree char *text = simris_money_to_string (amount);

      json_object_set_string_member (object, "amount", text);
    }
  set_string (object, "period", period);
  set_string (object, "label", simris_resource_get_label (resource));
  set_string (object, "spi_start", simris_resource_get_spi_start (resource));
  set_string (object, "from", simris_resource_get_from (resource));
  set_string (object, "until", simris_resource_get_until (resource));
  set_string (object, "shortage_occupation_start", simris_resource_get_shortage_occupation_start (resource));
  if (simris_resource_get_count (resource) != -1)
    json_object_set_int_member (object, "count", simris_resource_get_count (resource));
  if (simris_resource_get_allowance_children (resource) != -1)
    json_object_set_int_member (object, "allowance_children",
                                simris_resource_get_allowance_children (resource));
  add_extras (object, simris_case_file_get_extra (resource, SIMRIS_CASE_EXTRA_OWN), resource_keys);

  return object;
}

static JsonObject *
benefit_to_json (SimrisPendingBenefit *benefit)
{
  JsonObject *object = json_object_new ();

  if (simris_pending_benefit_get_kind (benefit) != SIMRIS_RESOURCE_KIND_NONE)
    set_string (object, "kind", simris_resource_kind_to_string (simris_pending_benefit_get_kind (benefit)));
  set_string (object, "paying_body", simris_pending_benefit_get_paying_body (benefit));
  set_string (object, "since", simris_pending_benefit_get_since (benefit));
  add_extras (object, simris_case_file_get_extra (benefit, SIMRIS_CASE_EXTRA_OWN), benefit_keys);

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
  if (!simris_member_get_shares_household (member))
    json_object_set_boolean_member (object, "shares_household", FALSE);
  if (simris_member_get_custody (member) != SIMRIS_CUSTODY_FULL)
    set_string (object, "custody", simris_custody_to_string (simris_member_get_custody (member)));
  if (simris_member_get_also_applies (member))
    json_object_set_boolean_member (object, "also_applies", TRUE);
  set_string (object, "shares_household_since", simris_member_get_shares_household_since (member));
  set_string (object, "custody_since", simris_member_get_custody_since (member));
  set_string (object, "dependent_of", simris_member_get_dependent_of (member));

  for (guint i = 0; i < SIMRIS_N_CONDITIONS; i++)
    set_tristate (conditions, condition_keys[i], simris_member_get_condition (member, i));
  add_extras (conditions, simris_case_file_get_extra (member, SIMRIS_CASE_EXTRA_CONDITIONS), condition_keys);
  if (json_object_get_size (conditions) > 0)
    json_object_set_object_member (object, "conditions", g_steal_pointer (&conditions));

  for (guint i = 0; i < SIMRIS_N_SPLIT_CONDITIONS; i++)
    set_tristate (split, split_keys[i], simris_member_get_split_condition (member, i));
  add_extras (split, simris_case_file_get_extra (member, SIMRIS_CASE_EXTRA_PARTNER_SPLIT), split_keys);
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

  add_extras (object, simris_case_file_get_extra (member, SIMRIS_CASE_EXTRA_OWN), member_keys);

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
    json_object_set_boolean_member (options, SIMRIS_OPTION_COUNT_ASCENDANTS_DESCENDANTS, TRUE);
  if (!simris_household_get_count_maintenance_debtors (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_COUNT_MAINTENANCE_DEBTORS, FALSE);
  if (simris_household_get_art34_regime (household) != NULL)
    json_object_set_string_member (options, SIMRIS_OPTION_ART34_REGIME, simris_household_get_art34_regime (household));
  if (simris_household_get_reform_maf_exempt (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_REFORM_MAF_EXEMPT, TRUE);
  if (simris_household_get_isolated_partner_no_resources (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_ISOLATED_PARTNER_NO_RESOURCES, TRUE);
  if (simris_household_get_alternating_custody_alternate_months (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_ALTERNATING_CUSTODY_ALTERNATE_MONTHS, TRUE);
  if (!simris_household_get_applicants_share_excess (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_APPLICANTS_SHARE_EXCESS, FALSE);
  if (simris_household_get_student_exemption_under_25 (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_STUDENT_EXEMPTION_UNDER_25, TRUE);
  if (!simris_household_get_student_grant_covid_alignment (household))
    json_object_set_boolean_member (options, SIMRIS_OPTION_STUDENT_GRANT_COVID_ALIGNMENT, FALSE);
  if (simris_household_get_split_applicant_share (household) != 50)
    json_object_set_int_member (options, SIMRIS_OPTION_SPLIT_APPLICANT_SHARE,
                                simris_household_get_split_applicant_share (household));
  add_extras (options, simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OPTIONS), option_keys);
  if (json_object_get_size (options) > 0)
    json_object_set_object_member (top, "options", g_steal_pointer (&options));

  for (guint i = 0; names[i] != NULL; i++)
    set_string (decision, names[i], simris_household_get_decision_field (household, names[i]));
  add_extras (decision, simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_DECISION), names);
  if (json_object_get_size (decision) > 0)
    json_object_set_object_member (top, "decision", g_steal_pointer (&decision));

  if (simris_household_get_benefit (household) != SIMRIS_BENEFIT_INTEGRATION_INCOME)
    set_string (top, "benefit", simris_benefit_to_string (simris_household_get_benefit (household)));
  if (simris_household_get_residence_status (household) != SIMRIS_RESIDENCE_STATUS_UNKNOWN)
    set_string (top, "residence_status",
                simris_residence_status_to_string (simris_household_get_residence_status (household)));
  if (simris_household_get_maintenance_paid_month (household) > 0)
    {
      JsonObject *paid = json_object_new ();
      g_autofree char *amount = simris_money_to_string (simris_household_get_maintenance_paid_month (household));

      json_object_set_string_member (paid, "amount", amount);
      json_object_set_object_member (top, "maintenance_paid", paid);
    }

  add_extras (top, simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OWN), top_keys);

  return json_node_init_object (json_node_alloc (), top);
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
  simris_json_write_pretty (out, root);
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/**
 * simris_case_file_save:
 * @error: a %SIMRIS_CASE_FILE_ERROR_IO saying why
 *
 * Writes the case file atomically, new files too (simris_file_replace_contents_private(): a
 * temporary file in the same folder, fsync, rename), so an interrupted or failed save never
 * leaves half a file and the household is left as it was. A symbolic link is followed; a new
 * file is 0600, an existing one keeps its mode.
 */
gboolean
simris_case_file_save (SimrisHousehold  *household,
                       GFile            *file,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gboolean ok;
  gsize length;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    ok = FALSE;
  else
    {
      data = simris_case_file_to_data (household, &length);
      path = g_file_get_path (file);
      if (path != NULL)
        {
          /* Its message names the file and the reason. */
          if (simris_file_replace_contents_private (path, data, length, &local_error))
            return TRUE;
          return fail (error, SIMRIS_CASE_FILE_ERROR_IO, "%s", local_error->message);
        }

      /* Not a local file (a GVfs location): GIO's own replace, still through a temporary file. */
      ok = g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                    NULL, cancellable, &local_error);
    }

  if (!ok)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: the first %s is a file name, the second the system's reason. */
      return fail (error, SIMRIS_CASE_FILE_ERROR_IO, _("Could not save “%s”: %s"), name, local_error->message);
    }

  return TRUE;
}
