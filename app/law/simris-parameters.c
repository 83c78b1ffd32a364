/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisParameters"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "simris-file.h"
#include "simris-json-member.h"
#include "simris-parameters.h"

/* The law's own numbers as dated series (docs/calculation.md §3): base amounts (art. 2 of the AR of
 * 03/09/2004, amended by each welfare adjustment) and index coefficients (1.02^n rounded to
 * 4 decimals). The shipped file lives in the core's GResource; a user file of the same shape
 * is merged over it so a new index step needs no new release. */

typedef struct
{
  SimrisDate  from;
  SimrisCents base[4];
  char       *source;
  char       *status;
  char       *origin;
} BaseRow;

typedef struct
{
  SimrisDate from;
  guint      coefficient; /* × 10 000 */
  char      *source;
  char      *status;
  char      *origin;
} CoefficientRow;

typedef struct
{
  SimrisDate  from;
  SimrisCents amount;
  char       *source;
  char       *origin;
} AmountRow;

typedef struct
{
  SimrisDate from;
  gboolean   printed[4];
  char      *source;
} PrintedRow;

struct _SimrisParameters
{
  GObject    parent_instance;

  SimrisDate first_date;
  GArray    *bases;        /* BaseRow, sorted by from */
  GArray    *coefficients; /* CoefficientRow */
  GArray    *spi;          /* AmountRow */
  GArray    *ale;          /* AmountRow */
  GArray    *spi_shortage; /* AmountRow: art. 35 §1 AR, shortage occupations */
  GArray    *spi_grant;    /* AmountRow: art. 35 §2 AR, students with a study grant */
  GArray    *maint_month;  /* AmountRow: art. 68quinquies LO, specific aid a month at most */
  GArray    *maint_year;   /* AmountRow: art. 68quinquies, §3 LO, a year at most */
  GArray    *printed;      /* PrintedRow */
  GPtrArray *regimes;      /* SimrisArt34RegimeInfo*, sorted by from */
  GStringChunk *strings;
  char      *user_file;
  char      *user_error;
  /* The origin of the first (shipped) text: a row of another origin is the user's. */
  const char *shipped_origin;
};

/* Issue 27, defect 8: a user's coefficient of 0 gave 0,00 €, one of 9.9999 gave 7 548,47 €
 * a month. Not the law's numbers but a guard against typing errors: a value of the user's
 * file must lie within this band around SimRIS's own value in force at its date (an index
 * step is +2 %, a base increase a few percent; art. 2 RD 03/09/2004). */
#define USER_BAND_LOW_PERCENT  80
#define USER_BAND_HIGH_PERCENT 125
/* A step is added when announced: a user's row dated further ahead is refused (a row dated
 * 2099 hid the "newer index may apply" warning at every date). */
#define USER_MAX_MONTHS_AHEAD  12
/* How documents name the user's file: never a path of the user's machine. */
#define USER_ORIGIN "$XDG_DATA_HOME/simris/parameters.json"

G_DEFINE_FINAL_TYPE (SimrisParameters, simris_parameters, G_TYPE_OBJECT)

G_DEFINE_QUARK (simris-parameters-error-quark, simris_parameters_error)

static void
simris_parameters_finalize (GObject *object)
{
  SimrisParameters *self = (SimrisParameters *) object;

  g_clear_pointer (&self->bases, g_array_unref);
  g_clear_pointer (&self->coefficients, g_array_unref);
  g_clear_pointer (&self->spi, g_array_unref);
  g_clear_pointer (&self->ale, g_array_unref);
  g_clear_pointer (&self->spi_shortage, g_array_unref);
  g_clear_pointer (&self->spi_grant, g_array_unref);
  g_clear_pointer (&self->maint_month, g_array_unref);
  g_clear_pointer (&self->maint_year, g_array_unref);
  g_clear_pointer (&self->printed, g_array_unref);
  g_clear_pointer (&self->regimes, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->user_file, g_free);
  g_clear_pointer (&self->user_error, g_free);

  G_OBJECT_CLASS (simris_parameters_parent_class)->finalize (object);
}

static void
simris_parameters_class_init (SimrisParametersClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = simris_parameters_finalize;
}

static void
simris_parameters_init (SimrisParameters *self)
{
  self->bases = g_array_new (FALSE, TRUE, sizeof (BaseRow));
  self->coefficients = g_array_new (FALSE, TRUE, sizeof (CoefficientRow));
  self->spi = g_array_new (FALSE, TRUE, sizeof (AmountRow));
  self->ale = g_array_new (FALSE, TRUE, sizeof (AmountRow));
  self->spi_shortage = g_array_new (FALSE, TRUE, sizeof (AmountRow));
  self->spi_grant = g_array_new (FALSE, TRUE, sizeof (AmountRow));
  self->maint_month = g_array_new (FALSE, TRUE, sizeof (AmountRow));
  self->maint_year = g_array_new (FALSE, TRUE, sizeof (AmountRow));
  self->printed = g_array_new (FALSE, TRUE, sizeof (PrintedRow));
  self->regimes = g_ptr_array_new_with_free_func (g_free);
  self->strings = g_string_chunk_new (1024);
}

static const char *
intern (SimrisParameters *self,
        const char       *str)
{
  return str != NULL ? g_string_chunk_insert_const (self->strings, str) : NULL;
}

static gboolean
fail (GError    **error,
      const char *origin,
      const char *path,
      const char *what)
{
  g_set_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_INVALID,
               /* Translators: a parameters file, the place in it, what is wrong */
               _("%s: %s: %s"), origin, path, what);
  return FALSE;
}

static gboolean
get_date (JsonObject *obj,
          const char *member,
          SimrisDate *out)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  return simris_date_parse (json_node_get_string (node), out);
}

static gboolean
get_cents (JsonObject  *obj,
           const char  *member,
           SimrisCents *out)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  return simris_money_parse (json_node_get_string (node), out) == SIMRIS_MONEY_PARSE_OK;
}

/* "1.7758" → 17758: exactly four decimals, as the law rounds the coefficient. */
static gboolean
parse_coefficient (const char *text,
                   guint      *out)
{
  guint units = 0, decimals = 0, ndec = 0;
  const char *p = text;

  if (text == NULL)
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    units = units * 10 + (*p - '0');
  if (p == text || *p != '.')
    return FALSE;
  for (p++; g_ascii_isdigit (*p); p++, ndec++)
    decimals = decimals * 10 + (*p - '0');
  if (*p != '\0' || ndec != 4 || units > 9)
    return FALSE;
  *out = units * 10000 + decimals;
  return TRUE;
}

static JsonArray *
get_array (JsonObject *root,
           const char *member)
{
  JsonNode *node = json_object_get_member (root, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

/* The element when it is an object (or a string), NULL otherwise: json-glib's own getters
 * warn on an element of another type, and a user's file may hold anything. */
static JsonObject *
get_object_element (JsonArray *arr,
                    guint      i)
{
  JsonNode *node = json_array_get_element (arr, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
get_string_element (JsonArray *arr,
                    guint      i)
{
  JsonNode *node = json_array_get_element (arr, i);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Replaces the row with the same date, or inserts it in order. */
static void
upsert (GArray     *array,
        gconstpointer row,
        SimrisDate  from)
{
  guint i;

  for (i = 0; i < array->len; i++)
    {
      SimrisDate d = *(SimrisDate *) (array->data + i * g_array_get_element_size (array));
      if (d == from)
        {
          memcpy (array->data + i * g_array_get_element_size (array), row,
                  g_array_get_element_size (array));
          return;
        }
      if (d > from)
        break;
    }
  g_array_insert_vals (array, i, row, 1);
}

static gboolean
parse_relation_bits (JsonArray *arr,
                     guint     *bits)
{
  static const struct { const char *name; SimrisRelation rel; } names[] = {
    { "parent", SIMRIS_RELATION_PARENT }, { "grandparent", SIMRIS_RELATION_GRANDPARENT },
    { "child", SIMRIS_RELATION_CHILD }, { "grandchild", SIMRIS_RELATION_GRANDCHILD },
    { "parent_in_law", SIMRIS_RELATION_PARENT_IN_LAW }, { "child_in_law", SIMRIS_RELATION_CHILD_IN_LAW },
    { "former_partner", SIMRIS_RELATION_FORMER_PARTNER }, { "sibling", SIMRIS_RELATION_SIBLING },
    { "other_relative", SIMRIS_RELATION_OTHER_RELATIVE }, { "unrelated", SIMRIS_RELATION_UNRELATED },
  };

  *bits = 0;
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      const char *s = get_string_element (arr, i);
      gboolean found = FALSE;

      for (guint j = 0; s != NULL && j < G_N_ELEMENTS (names); j++)
        if (g_str_equal (names[j].name, s))
          {
            *bits |= 1u << names[j].rel;
            found = TRUE;
          }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static gboolean
get_bool (JsonObject *obj,
          const char *member,
          gboolean    fallback)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

/* The row of @array in force at @from before this file's rows, or NULL. */
static gconstpointer
row_in_force (GArray     *array,
              SimrisDate  from)
{
  int found = -1;
  guint size = g_array_get_element_size (array);

  for (guint i = 0; i < array->len; i++)
    {
      SimrisDate d;

      memcpy (&d, array->data + i * size, sizeof d);
      if (d <= from)
        found = i;
      else
        break;
    }
  return found >= 0 ? array->data + found * size : NULL;
}

/* A user's row: its date once in its list, at most a year ahead (a missing row of the same
 * date from the same file is what upsert() would have replaced silently). */
static gboolean
check_user_date (GArray      *array,
                 SimrisDate   from,
                 const char  *origin,
                 gsize        origin_offset,
                 const char  *path,
                 GError     **error)
{
  guint size = g_array_get_element_size (array);
  g_autofree char *iso = simris_date_to_iso (from);

  for (guint i = 0; i < array->len; i++)
    {
      SimrisDate d;
      const char *row_origin;

      memcpy (&d, array->data + i * size, sizeof d);
      memcpy (&row_origin, array->data + i * size + origin_offset, sizeof row_origin);
      if (d == from && row_origin == origin)
        {
          g_autofree char *what = g_strdup_printf (_("the date %s is given twice"), iso);

          return fail (error, origin, path, what);
        }
    }
  if (from > simris_date_add_months (simris_date_today (), USER_MAX_MONTHS_AHEAD))
    {
      g_autofree char *what = g_strdup_printf (_("the date %s is more than a year ahead: add a step when it "
                                                 "is announced"), iso);

      return fail (error, origin, path, what);
    }
  return TRUE;
}

/* A user's value within the band around SimRIS's own value in force then (@reference 0:
 * none known; then only a positive value is asked). @format_value writes it as in the file. */
static gboolean
check_user_value (gint64       value,
                  gint64       reference,
                  char      *(*format_value) (gint64),
                  const char  *origin,
                  const char  *path,
                  GError     **error)
{
  gint64 low = reference * USER_BAND_LOW_PERCENT / 100;
  gint64 high = reference * USER_BAND_HIGH_PERCENT / 100;
  g_autofree char *shown = format_value (value);

  if (value <= 0)
    {
      /* Translators: a value of the user's parameters file */
      g_autofree char *what = g_strdup_printf (_("%s is not a plausible amount or coefficient"), shown);

      return fail (error, origin, path, what);
    }
  if (reference > 0 && (value < low || value > high))
    {
      g_autofree char *ref = format_value (reference);
      g_autofree char *low_text = format_value (low);
      g_autofree char *high_text = format_value (high);
      /* Translators: the user's value, SimRIS's own value at that date, then the band allowed */
      g_autofree char *what = g_strdup_printf (_("%s is too far from SimRIS's own %s at that date (between "
                                                 "%s and %s is accepted): a typing error?"),
                                               shown, ref, low_text, high_text);

      return fail (error, origin, path, what);
    }
  return TRUE;
}

static char *
format_cents (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

static char *
format_coefficient (gint64 coefficient)
{
  return g_strdup_printf ("%d.%04d", (int) (coefficient / 10000), (int) (coefficient % 10000));
}

static gboolean
merge_json (SimrisParameters *self,
            const char       *text,
            const char       *origin,
            gboolean          user,
            GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *arr;
  SimrisDate first;

  origin = intern (self, origin);

  if (!json_parser_load_from_data (parser, text, -1, &local_error))
    return fail (error, origin, "/", local_error->message);
  /* An empty file parses, to no root at all. */
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return fail (error, origin, "/", _("not a JSON object"));
  root = json_node_get_object (json_parser_get_root (parser));

  if (get_date (root, "first_date", &first))
    self->first_date = first;

  if ((arr = get_array (root, "base_amounts")))
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        JsonObject *o = get_object_element (arr, i);
        BaseRow row = { 0 };
        g_autofree char *path = g_strdup_printf ("base_amounts[%u]", i);

        if (o == NULL || !get_date (o, "from", &row.from)
            || !get_cents (o, "cohabitant", &row.base[SIMRIS_CATEGORY_COHABITANT])
            || !get_cents (o, "isolated", &row.base[SIMRIS_CATEGORY_ISOLATED])
            || !get_cents (o, "family", &row.base[SIMRIS_CATEGORY_FAMILY]))
          return fail (error, origin, path, _("needs from, cohabitant, isolated and family"));
        if (user)
          {
            const BaseRow *ref = row_in_force (self->bases, row.from);

            if (!check_user_date (self->bases, row.from, origin, G_STRUCT_OFFSET (BaseRow, origin), path, error))
              return FALSE;
            for (guint cat = SIMRIS_CATEGORY_COHABITANT; cat <= SIMRIS_CATEGORY_FAMILY; cat++)
              if (!check_user_value (row.base[cat], ref != NULL ? ref->base[cat] : 0, format_cents,
                                     origin, path, error))
                return FALSE;
          }
        row.source = (char *) intern (self, simris_json_member_string (o, "source"));
        row.status = (char *) intern (self, simris_json_member_string (o, "status"));
        row.origin = (char *) origin;
        upsert (self->bases, &row, row.from);
      }

  if ((arr = get_array (root, "index_coefficients")))
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        JsonObject *o = get_object_element (arr, i);
        CoefficientRow row = { 0 };
        g_autofree char *path = g_strdup_printf ("index_coefficients[%u]", i);

        if (o == NULL || !get_date (o, "from", &row.from)
            || !parse_coefficient (simris_json_member_string (o, "coefficient"), &row.coefficient))
          return fail (error, origin, path, _("needs from and a coefficient with four decimals"));
        if (user)
          {
            const CoefficientRow *ref = row_in_force (self->coefficients, row.from);

            if (!check_user_date (self->coefficients, row.from, origin, G_STRUCT_OFFSET (CoefficientRow, origin),
                                  path, error)
                || !check_user_value (row.coefficient, ref != NULL ? ref->coefficient : 0, format_coefficient,
                                      origin, path, error))
              return FALSE;
          }
        row.source = (char *) intern (self, simris_json_member_string (o, "source"));
        row.status = (char *) intern (self, simris_json_member_string (o, "status"));
        row.origin = (char *) origin;
        upsert (self->coefficients, &row, row.from);
      }

  for (guint which = 0; which < 6; which++)
    {
      static const char * const names[] = {
        "spi_base_month", "ale_cheque_exempt", "spi_shortage_base_month", "spi_student_grant_base_month",
        "maintenance_aid_month_max", "maintenance_aid_year_max",
      };
      GArray *targets[] = { self->spi, self->ale, self->spi_shortage, self->spi_grant,
                            self->maint_month, self->maint_year };
      const char *name = names[which];
      GArray *target = targets[which];

      if ((arr = get_array (root, name)))
        for (guint i = 0; i < json_array_get_length (arr); i++)
          {
            JsonObject *o = get_object_element (arr, i);
            AmountRow row = { 0 };
            g_autofree char *path = g_strdup_printf ("%s[%u]", name, i);

            if (o == NULL || !get_date (o, "from", &row.from) || !get_cents (o, "amount", &row.amount))
              return fail (error, origin, path, _("needs from and amount"));
            if (user)
              {
                const AmountRow *ref = row_in_force (target, row.from);

                if (!check_user_date (target, row.from, origin, G_STRUCT_OFFSET (AmountRow, origin), path, error)
                    || !check_user_value (row.amount, ref != NULL ? ref->amount : 0, format_cents,
                                          origin, path, error))
                  return FALSE;
              }
            row.source = (char *) intern (self, simris_json_member_string (o, "source"));
            row.origin = (char *) origin;
            upsert (target, &row, row.from);
          }
    }

  if ((arr = get_array (root, "printed_amounts")))
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        JsonObject *o = get_object_element (arr, i);
        PrintedRow row = { 0 };
        JsonArray *cats;
        g_autofree char *path = g_strdup_printf ("printed_amounts[%u]", i);

        if (o == NULL || !get_date (o, "from", &row.from) || !(cats = get_array (o, "categories")))
          return fail (error, origin, path, _("needs from and categories"));
        for (guint j = 0; j < json_array_get_length (cats); j++)
          {
            const char *c = get_string_element (cats, j);
            if (g_strcmp0 (c, "cohabitant") == 0)
              row.printed[SIMRIS_CATEGORY_COHABITANT] = TRUE;
            else if (g_strcmp0 (c, "isolated") == 0)
              row.printed[SIMRIS_CATEGORY_ISOLATED] = TRUE;
            else if (g_strcmp0 (c, "family") == 0)
              row.printed[SIMRIS_CATEGORY_FAMILY] = TRUE;
            else
              return fail (error, origin, path, _("unknown category"));
          }
        row.source = (char *) intern (self, simris_json_member_string (o, "source"));
        upsert (self->printed, &row, row.from);
      }

  if ((arr = get_array (root, "art34_regimes")))
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        JsonObject *o = get_object_element (arr, i);
        g_autofree SimrisArt34RegimeInfo *info = g_new0 (SimrisArt34RegimeInfo, 1);
        JsonArray *rels;
        g_autofree char *path = g_strdup_printf ("art34_regimes[%u]", i);
        guint pos;

        if (o == NULL || simris_json_member_string (o, "name") == NULL || !get_date (o, "from", &info->from)
            || !(rels = get_array (o, "relations")) || !parse_relation_bits (rels, &info->relations)
            || simris_json_member_string (o, "option") == NULL)
          return fail (error, origin, path, _("needs name, from, relations and option"));
        info->name = intern (self, simris_json_member_string (o, "name"));
        info->option = intern (self, simris_json_member_string (o, "option"));
        info->option_default = get_bool (o, "option_default", FALSE);
        info->mandatory = get_bool (o, "mandatory", FALSE);
        info->in_law_needs_marriage = get_bool (o, "in_law_needs_marriage", TRUE);
        info->family_allowance_for_applicant_counted = get_bool (o, "family_allowance_for_applicant_counted", FALSE);
        info->unverified_method = get_bool (o, "unverified_method", FALSE);
        info->source = intern (self, simris_json_member_string (o, "source"));
        if (!get_date (o, "act_date", &info->act_date))
          info->act_date = 0;
        info->origin = origin;

        for (pos = 0; pos < self->regimes->len; pos++)
          {
            SimrisArt34RegimeInfo *r = g_ptr_array_index (self->regimes, pos);
            if (g_str_equal (r->name, info->name))
              {
                g_ptr_array_remove_index (self->regimes, pos);
                break;
              }
          }
        for (pos = 0; pos < self->regimes->len; pos++)
          if (((SimrisArt34RegimeInfo *) g_ptr_array_index (self->regimes, pos))->from > info->from)
            break;
        g_ptr_array_insert (self->regimes, pos, g_steal_pointer (&info));
      }

  return TRUE;
}

SimrisParameters *
simris_parameters_new_from_data (const char * const *json_texts,
                                 const char * const *origins,
                                 GError            **error)
{
  g_autoptr(SimrisParameters) self = g_object_new (SIMRIS_TYPE_PARAMETERS, NULL);

  for (guint i = 0; json_texts[i] != NULL; i++)
    if (!merge_json (self, json_texts[i], origins[i], i > 0, error))
      return NULL;
  self->shipped_origin = json_texts[0] != NULL ? intern (self, origins[0]) : NULL;

  if (self->bases->len == 0 || self->coefficients->len == 0 || self->spi->len == 0)
    {
      g_set_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_INVALID,
                   _("The parameters hold no base amounts, index coefficients or SPI amount"));
      return NULL;
    }
  if (self->first_date == 0)
    self->first_date = MAX (g_array_index (self->bases, BaseRow, 0).from,
                            g_array_index (self->coefficients, CoefficientRow, 0).from);

  return g_steal_pointer (&self);
}

static SimrisParameters *
load_default (void)
{
  g_autoptr(GBytes) shipped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user_path = NULL;
  g_autofree char *user_text = NULL;
  g_autoptr(SimrisParameters) merged = NULL;
  SimrisParameters *self;
  const char *texts[3] = { NULL, NULL, NULL };
  const char *origins[3] = { "parameters.json (SimRIS)", NULL, NULL };

  shipped = g_resources_lookup_data ("/io/github/simris/SimRIS/core/parameters.json",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (shipped == NULL)
    g_error ("The shipped parameters are missing from the core resource: %s", error->message);
  texts[0] = g_bytes_get_data (shipped, NULL);

  self = simris_parameters_new_from_data (texts, origins, &error);
  if (self == NULL)
    g_error ("The shipped parameters are invalid: %s", error->message);

  /* A user's newer index steps (docs/calculation.md §3: "Users add a newer coefficient step …"). */
  user_path = g_build_filename (g_get_user_data_dir (), "simris", "parameters.json", NULL);
  /* A regular file of at most 10 MiB, opened non-blocking: a FIFO or a link to /dev/zero
   * is refused with its reason instead of hanging or filling the memory. */
  if (!simris_file_read_regular (user_path, SIMRIS_FILE_MAX_SIZE, SIMRIS_FILE_NONE, &user_text, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autoptr(GString) message = g_string_new (error->message);
          g_autofree char *display = g_filename_display_name (user_path);

          /* The result and the decision name no path of the user's machine. */
          g_string_replace (message, display, USER_ORIGIN, 0);
          self->user_error = g_string_free (g_steal_pointer (&message), FALSE);
        }
      g_clear_error (&error);
    }
  else
    {
      texts[1] = user_text;
      origins[1] = USER_ORIGIN;
      merged = simris_parameters_new_from_data (texts, origins, &error);
      if (merged != NULL)
        {
          g_object_unref (self);
          self = g_steal_pointer (&merged);
          self->user_file = g_strdup (USER_ORIGIN);
        }
      else
        self->user_error = g_strdup (error->message);
    }

  return self;
}

SimrisParameters *
simris_parameters_get_default (void)
{
  static gsize initialized;
  static SimrisParameters *instance;

  if (g_once_init_enter (&initialized))
    {
      instance = load_default ();
      g_once_init_leave (&initialized, 1);
    }
  return instance;
}

SimrisDate
simris_parameters_get_first_date (SimrisParameters *self)
{
  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), 0);
  return self->first_date;
}

/* The "from" of an array of rows that start with their SimrisDate. */
static void
append_row_dates (GArray       *dates,
                  const GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      SimrisDate from = *(const SimrisDate *) (gconstpointer) (rows->data + (gsize) i * g_array_get_element_size ((GArray *) rows));
      g_array_append_val (dates, from);
    }
}

GArray *
simris_parameters_get_change_dates (SimrisParameters *self)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (SimrisDate));
  const GArray *series[] = { self->bases, self->coefficients, self->spi, self->ale,
                             self->spi_shortage, self->spi_grant, self->printed };

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), dates);

  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    append_row_dates (dates, series[i]);
  for (guint i = 0; i < self->regimes->len; i++)
    {
      const SimrisArt34RegimeInfo *r = g_ptr_array_index (self->regimes, i);
      g_array_append_val (dates, r->from);
    }
  return dates;
}

SimrisDate
simris_parameters_get_newest_step (SimrisParameters *self)
{
  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), 0);
  return MAX (g_array_index (self->bases, BaseRow, self->bases->len - 1).from,
              g_array_index (self->coefficients, CoefficientRow, self->coefficients->len - 1).from);
}

const char *
simris_parameters_get_user_file (SimrisParameters *self)
{
  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), NULL);
  return self->user_file;
}

const char *
simris_parameters_get_user_error (SimrisParameters *self)
{
  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), NULL);
  return self->user_error;
}

/* The last row whose date is on or before date, or -1. Rows are sorted; the first field of
 * each row type is its SimrisDate. */
static int
find_row (GArray     *array,
          SimrisDate  date)
{
  int found = -1;
  guint size = g_array_get_element_size (array);

  for (guint i = 0; i < array->len; i++)
    {
      if (*(SimrisDate *) (array->data + i * size) <= date)
        found = i;
      else
        break;
    }
  return found;
}

/* docs/calculation.md §3: annual = round half-up (base × coefficient, to the cent), the master value;
 * monthly = annual / 12 rounded half-up; SPI per month = round (177,76 × coefficient). A row
 * applies from its date to the day before the next; before first_date: refused. */
gboolean
simris_parameters_lookup (SimrisParameters *self,
                          SimrisDate        date,
                          SimrisAmounts    *out,
                          GError          **error)
{
  int b, c, s, a, p;
  const BaseRow *base;
  const CoefficientRow *coef;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  b = find_row (self->bases, date);
  c = find_row (self->coefficients, date);
  s = find_row (self->spi, date);
  if (date < self->first_date || b < 0 || c < 0 || s < 0)
    {
      g_autofree char *first = simris_date_to_iso (self->first_date);
      g_autofree char *asked = simris_date_to_iso (date);
      g_set_error (error, SIMRIS_PARAMETERS_ERROR, SIMRIS_PARAMETERS_ERROR_TOO_EARLY,
                   /* Translators: the dates are yyyy-mm-dd */
                   _("No amounts are known before %s; the date %s cannot be computed"),
                   first, asked);
      return FALSE;
    }

  base = &g_array_index (self->bases, BaseRow, b);
  coef = &g_array_index (self->coefficients, CoefficientRow, c);

  memset (out, 0, sizeof *out);
  out->base_from = base->from;
  out->base_source = base->source;
  out->base_origin = base->origin;
  out->coefficient_from = coef->from;
  out->coefficient = coef->coefficient;
  out->coefficient_source = coef->source;
  out->coefficient_origin = coef->origin;
  out->from = MAX (base->from, coef->from);

  for (guint cat = SIMRIS_CATEGORY_COHABITANT; cat <= SIMRIS_CATEGORY_FAMILY; cat++)
    {
      out->base[cat] = base->base[cat];
      out->year[cat] = simris_money_mul_round (base->base[cat], coef->coefficient, 10000);
      out->month[cat] = simris_money_div_round (out->year[cat], 12);
    }
  out->spi_month = simris_money_mul_round (g_array_index (self->spi, AmountRow, s).amount,
                                           coef->coefficient, 10000);

  a = find_row (self->ale, date);
  out->ale_cheque_exempt = a >= 0 ? g_array_index (self->ale, AmountRow, a).amount : 0;

  /* Art. 35 AR: the higher (shortage occupation) and lower (student with a grant) amounts,
   * indexed like the ordinary one; 0 when no base is in force. Their dates of application
   * are rows of the law's table (simris-rules.c). */
  a = find_row (self->spi_shortage, date);
  out->spi_shortage_month = a >= 0 ? simris_money_mul_round (g_array_index (self->spi_shortage, AmountRow, a).amount,
                                                             coef->coefficient, 10000) : 0;
  a = find_row (self->spi_grant, date);
  out->spi_student_grant_month = a >= 0 ? simris_money_mul_round (g_array_index (self->spi_grant, AmountRow, a).amount,
                                                                  coef->coefficient, 10000) : 0;

  /* Art. 68quinquies LO: the ceilings of the specific aid for maintenance paid, not indexed
   * (1 100 a year since 01/01/2005 in every source found); 0 when none is in force. */
  a = find_row (self->maint_month, date);
  out->maintenance_aid_month_max = a >= 0 ? g_array_index (self->maint_month, AmountRow, a).amount : 0;
  a = find_row (self->maint_year, date);
  out->maintenance_aid_year_max = a >= 0 ? g_array_index (self->maint_year, AmountRow, a).amount : 0;

  p = find_row (self->printed, date);
  if (p >= 0 && g_array_index (self->printed, PrintedRow, p).from == out->from)
    {
      const PrintedRow *row = &g_array_index (self->printed, PrintedRow, p);
      memcpy (out->printed, row->printed, sizeof out->printed);
      out->printed_source = row->source;
    }

  /* A figure from the user's file (issue 27, defect 8): the result says so. */
  {
    GArray *amounts[] = { self->spi, self->ale, self->spi_shortage, self->spi_grant };

    out->user_values = base->origin != self->shipped_origin || coef->origin != self->shipped_origin;
    for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
      {
        int row = find_row (amounts[i], date);

        if (row >= 0 && g_array_index (amounts[i], AmountRow, row).origin != self->shipped_origin)
          out->user_values = TRUE;
      }
  }

  out->newest_step = simris_parameters_get_newest_step (self);
  return TRUE;
}

/* name NULL: the regime in force on date (the newest whose from ≤ date); otherwise the
 * regime of that name, as in the parameters' "art34_regimes" (NULL when unknown). */
const SimrisArt34RegimeInfo *
simris_parameters_get_art34_regime (SimrisParameters *self,
                                    const char       *name,
                                    SimrisDate        date)
{
  const SimrisArt34RegimeInfo *found = NULL;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), NULL);

  for (guint i = 0; i < self->regimes->len; i++)
    {
      const SimrisArt34RegimeInfo *r = g_ptr_array_index (self->regimes, i);

      if (name != NULL && g_str_equal (r->name, name))
        return r;
      if (name == NULL && r->from <= date)
        found = r;
    }
  return found;
}

/* The regimes, oldest first (for the form's choice and the law's reference). */
guint
simris_parameters_get_n_art34_regimes (SimrisParameters *self)
{
  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), 0);
  return self->regimes->len;
}

const SimrisArt34RegimeInfo *
simris_parameters_get_nth_art34_regime (SimrisParameters *self,
                                        guint             n)
{
  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), NULL);
  g_return_val_if_fail (n < self->regimes->len, NULL);
  return g_ptr_array_index (self->regimes, n);
}

/* A dated series of the parameters, for the law's reference (simris-cli rules): which is
 * "spi_base_month", "ale_cheque_exempt", "spi_shortage_base_month" or
 * "spi_student_grant_base_month". Returns FALSE past the last row. */
gboolean
simris_parameters_get_series_row (SimrisParameters  *self,
                                  const char        *which,
                                  guint              n,
                                  SimrisDate        *from,
                                  SimrisCents       *amount,
                                  const char       **source)
{
  GArray *arr;
  const AmountRow *row;

  g_return_val_if_fail (SIMRIS_IS_PARAMETERS (self), FALSE);

  if (g_str_equal (which, "spi_base_month"))
    arr = self->spi;
  else if (g_str_equal (which, "ale_cheque_exempt"))
    arr = self->ale;
  else if (g_str_equal (which, "spi_shortage_base_month"))
    arr = self->spi_shortage;
  else if (g_str_equal (which, "spi_student_grant_base_month"))
    arr = self->spi_grant;
  else if (g_str_equal (which, "maintenance_aid_month_max"))
    arr = self->maint_month;
  else if (g_str_equal (which, "maintenance_aid_year_max"))
    arr = self->maint_year;
  else
    return FALSE;
  if (n >= arr->len)
    return FALSE;
  row = &g_array_index (arr, AmountRow, n);
  *from = row->from;
  *amount = row->amount;
  *source = row->source;
  return TRUE;
}
