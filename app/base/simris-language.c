/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisLanguage"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "simris-json-member.h"
#include "simris-language.h"

/* The languages are data: po/LINGUAS (which catalogues exist, in order) and
 * data/languages.json (each one's name and its formats), both compiled into the core's
 * GResource beside the catalogues. The plural rule is read from each catalogue's own header
 * ("Plural-Forms: nplurals=2; plural=(n > 1);"), as gettext itself does. */

#define RESOURCE_DIR "/io/github/simris/SimRIS/core/"

/* --- plural expressions ------------------------------------------------------------------
 * The C subset gettext's Plural-Forms use (GNU gettext manual, "Plural forms"): n, unsigned
 * numbers, ( ), ! , * / %, + -, < > <= >=, == !=, &&, ||, ? :. Parsed once into a tree. */

typedef enum
{
  P_NUM, P_N, P_NOT, P_MUL, P_DIV, P_MOD, P_ADD, P_SUB, P_LT, P_GT, P_LE, P_GE, P_EQ, P_NE,
  P_AND, P_OR, P_COND
} PluralOp;

typedef struct PluralNode PluralNode;
struct PluralNode
{
  PluralOp    op;
  gulong      value;
  PluralNode *a, *b, *c;
};

typedef struct
{
  const char *p;
  gboolean    error;
  guint       depth;
} PluralParser;

static PluralNode *parse_cond (PluralParser *pp);

static void
skip_space (PluralParser *pp)
{
  while (*pp->p == ' ' || *pp->p == '\t' || *pp->p == '\n')
    pp->p++;
}

static PluralNode *
node_new (PluralOp op, PluralNode *a, PluralNode *b)
{
  PluralNode *node = g_new0 (PluralNode, 1);

  node->op = op;
  node->a = a;
  node->b = b;
  return node;
}

static void
node_free (PluralNode *node)
{
  if (node == NULL)
    return;
  node_free (node->a);
  node_free (node->b);
  node_free (node->c);
  g_free (node);
}

static PluralNode *
parse_primary (PluralParser *pp)
{
  skip_space (pp);
  if (++pp->depth > 64)
    {
      pp->error = TRUE;
      return NULL;
    }
  if (*pp->p == '(')
    {
      PluralNode *inner;

      pp->p++;
      inner = parse_cond (pp);
      skip_space (pp);
      if (*pp->p != ')')
        pp->error = TRUE;
      else
        pp->p++;
      pp->depth--;
      return inner;
    }
  if (*pp->p == '!')
    {
      pp->p++;
      pp->depth--;
      return node_new (P_NOT, parse_primary (pp), NULL);
    }
  if (*pp->p == 'n')
    {
      pp->p++;
      pp->depth--;
      return node_new (P_N, NULL, NULL);
    }
  if (g_ascii_isdigit (*pp->p))
    {
      PluralNode *num = node_new (P_NUM, NULL, NULL);

      while (g_ascii_isdigit (*pp->p))
        {
          if (num->value < 1000000)
            num->value = num->value * 10 + (gulong) (*pp->p - '0');
          pp->p++;
        }
      pp->depth--;
      return num;
    }
  pp->error = TRUE;
  pp->depth--;
  return NULL;
}

/* Binary operators by precedence, lowest first. */
static const struct { const char *text; PluralOp op; guint level; } binary_ops[] = {
  { "||", P_OR, 0 }, { "&&", P_AND, 1 },
  { "==", P_EQ, 2 }, { "!=", P_NE, 2 },
  { "<=", P_LE, 3 }, { ">=", P_GE, 3 }, { "<", P_LT, 3 }, { ">", P_GT, 3 },
  { "+", P_ADD, 4 }, { "-", P_SUB, 4 },
  { "*", P_MUL, 5 }, { "/", P_DIV, 5 }, { "%", P_MOD, 5 },
};

static PluralNode *
parse_binary (PluralParser *pp,
              guint         level)
{
  PluralNode *left;

  if (level > 5)
    return parse_primary (pp);

  left = parse_binary (pp, level + 1);
  for (;;)
    {
      gboolean found = FALSE;

      skip_space (pp);
      for (guint i = 0; i < G_N_ELEMENTS (binary_ops); i++)
        {
          gsize len = strlen (binary_ops[i].text);

          if (binary_ops[i].level == level && strncmp (pp->p, binary_ops[i].text, len) == 0)
            {
              pp->p += len;
              left = node_new (binary_ops[i].op, left, parse_binary (pp, level + 1));
              found = TRUE;
              break;
            }
        }
      if (!found || pp->error)
        return left;
    }
}

static PluralNode *
parse_cond (PluralParser *pp)
{
  PluralNode *test = parse_binary (pp, 0);

  skip_space (pp);
  if (*pp->p == '?')
    {
      PluralNode *node = node_new (P_COND, test, NULL);

      pp->p++;
      node->b = parse_cond (pp);
      skip_space (pp);
      if (*pp->p != ':')
        {
          pp->error = TRUE;
          return node;
        }
      pp->p++;
      node->c = parse_cond (pp);
      return node;
    }
  return test;
}

static gulong
plural_eval (const PluralNode *node,
             gulong            n)
{
  gulong a, b;

  if (node == NULL)
    return 0;
  switch (node->op)
    {
    case P_NUM:
      return node->value;
    case P_N:
      return n;
    case P_NOT:
      return !plural_eval (node->a, n);
    case P_COND:
      return plural_eval (node->a, n) ? plural_eval (node->b, n) : plural_eval (node->c, n);
    case P_AND:
      return plural_eval (node->a, n) && plural_eval (node->b, n);
    case P_OR:
      return plural_eval (node->a, n) || plural_eval (node->b, n);
    default:
      break;
    }

  a = plural_eval (node->a, n);
  b = plural_eval (node->b, n);
  switch (node->op)
    {
    case P_MUL: return a * b;
    case P_DIV: return b != 0 ? a / b : 0;
    case P_MOD: return b != 0 ? a % b : 0;
    case P_ADD: return a + b;
    case P_SUB: return a - b;
    case P_LT: return a < b;
    case P_GT: return a > b;
    case P_LE: return a <= b;
    case P_GE: return a >= b;
    case P_EQ: return a == b;
    case P_NE: return a != b;
    default: return 0;
    }
}

/* "nplurals=2; plural=(n > 1);" → the tree of the plural expression, or NULL. */
static PluralNode *
plural_parse_header (const char *header,
                     guint      *nplurals)
{
  const char *line = header != NULL ? strstr (header, "Plural-Forms:") : NULL;
  const char *np, *expr;
  PluralParser pp = { 0 };
  PluralNode *tree;

  *nplurals = 2;
  if (line == NULL)
    return NULL;
  np = strstr (line, "nplurals=");
  expr = strstr (line, "plural=");
  if (np == NULL || expr == NULL)
    return NULL;
  *nplurals = (guint) CLAMP (g_ascii_strtoull (np + strlen ("nplurals="), NULL, 10), 1, 6);
  pp.p = expr + strlen ("plural=");
  tree = parse_cond (&pp);
  skip_space (&pp);
  if (pp.error || (*pp.p != ';' && *pp.p != '\n' && *pp.p != '\0'))
    {
      g_warning ("Unreadable Plural-Forms header: %s", line);
      node_free (tree);
      return NULL;
    }
  return tree;
}

/* --- the language records ------------------------------------------------------------------ */

typedef struct
{
  SimrisLanguage  public;
  GBytes         *catalogue;
  PluralNode     *plural;    /* NULL: English's (n != 1) */
  guint           nplurals;
  guint           (*postcodes)[2];
  guint           n_postcodes;
  guint           (*bilingual)[2];   /* "bilingual_postcodes" */
  guint           n_bilingual;
  GStrv           month_words[12];
} Language;

static Language *languages;
static const SimrisLanguage **language_list;
static guint n_languages;

/* The header of a .mo file: the translation of the empty msgid (the first entry, since the
 * original strings are sorted). GNU gettext manual, "The Format of GNU MO Files". */
static char *
mo_header (GBytes *bytes)
{
  const guint8 *data;
  gsize size;
  guint32 magic, n, orig, trans, olen, tlen, toff;
  gboolean swapped;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (size < 28)
    return NULL;
  memcpy (&magic, data, 4);
  if (magic != 0x950412de && magic != 0xde120495)
    return NULL;
  swapped = magic == 0xde120495;
#define U32(off) (swapped ? GUINT32_SWAP_LE_BE (*(const guint32 *) (gconstpointer) (data + (off))) \
                          : *(const guint32 *) (gconstpointer) (data + (off)))
  n = U32 (8);
  orig = U32 (12);
  trans = U32 (16);
  if (n == 0 || (guint64) orig + 8 > size || (guint64) trans + 8 > size)
    return NULL;
  olen = U32 (orig);
  tlen = U32 (trans);
  toff = U32 (trans + 4);
#undef U32
  if (olen != 0 || (guint64) toff + tlen > size)
    return NULL;
  return g_strndup ((const char *) data + toff, tlen);
}

/* "1300-1499,4000-4699" → pairs of bounds in *out. */
static void
parse_postcodes (const char   *text,
                 guint       (**out)[2],
                 guint        *n_out)
{
  g_auto(GStrv) ranges = NULL;
  GArray *array;

  if (text == NULL)
    return;
  ranges = g_strsplit (text, ",", -1);
  array = g_array_new (FALSE, FALSE, sizeof (guint[2]));
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      char *dash = strchr (ranges[i], '-');
      guint range[2];

      range[0] = (guint) g_ascii_strtoull (ranges[i], NULL, 10);
      range[1] = dash != NULL ? (guint) g_ascii_strtoull (dash + 1, NULL, 10) : range[0];
      g_array_append_val (array, range);
    }
  *n_out = array->len;
  *out = (guint (*)[2]) (gpointer) g_array_free (array, FALSE);
}

static gboolean
in_ranges (guint64 value,
           guint (*ranges)[2],
           guint   n_ranges)
{
  for (guint r = 0; r < n_ranges; r++)
    if (value >= ranges[r][0] && value <= ranges[r][1])
      return TRUE;
  return FALSE;
}

static void
language_fill (Language   *language,
               const char *code,
               JsonObject *formats)
{
  SimrisLanguage *l = &language->public;

  l->code = g_intern_string (code);
  l->name = g_intern_string (formats != NULL && simris_json_member_string (formats, "name") ? simris_json_member_string (formats, "name") : code);
#define FORMAT(field, fallback) \
  l->field = g_intern_string (formats != NULL && simris_json_member_string (formats, #field) ? simris_json_member_string (formats, #field) : fallback)
  FORMAT (thousands, ",");
  FORMAT (decimal, ".");
  FORMAT (currency_before, "");
  FORMAT (currency_after, "");
#undef FORMAT
  l->date_separator = formats != NULL && simris_json_member_string (formats, "date_separator")
                      ? g_intern_string (simris_json_member_string (formats, "date_separator")) : NULL;
  l->region_postcodes = formats != NULL && simris_json_member_string (formats, "region_postcodes")
                        ? g_intern_string (simris_json_member_string (formats, "region_postcodes")) : NULL;
  parse_postcodes (l->region_postcodes, &language->postcodes, &language->n_postcodes);
  parse_postcodes (formats != NULL ? simris_json_member_string (formats, "bilingual_postcodes") : NULL,
                   &language->bilingual, &language->n_bilingual);
  l->name_msgid = g_intern_string (formats != NULL && simris_json_member_string (formats, "name_msgid")
                                   ? simris_json_member_string (formats, "name_msgid") : l->name);

  for (guint m = 0; m < 12; m++)
    {
      JsonNode *months = formats != NULL ? json_object_get_member (formats, "month_words") : NULL;
      JsonArray *list = months != NULL && JSON_NODE_HOLDS_ARRAY (months) ? json_node_get_array (months) : NULL;
      JsonNode *words = list != NULL && m < json_array_get_length (list) ? json_array_get_element (list, m) : NULL;
      GPtrArray *out = g_ptr_array_new ();

      if (words != NULL && JSON_NODE_HOLDS_ARRAY (words))
        for (guint i = 0; i < json_array_get_length (json_node_get_array (words)); i++)
          {
            JsonNode *word = json_array_get_element (json_node_get_array (words), i);

            if (JSON_NODE_HOLDS_VALUE (word) && json_node_get_value_type (word) == G_TYPE_STRING)
              g_ptr_array_add (out, g_strdup (json_node_get_string (word)));
          }
      g_ptr_array_add (out, NULL);
      language->month_words[m] = (GStrv) g_ptr_array_free (out, FALSE);
    }
}

static gpointer
languages_load (gpointer data)
{
  g_autoptr(GBytes) linguas = g_resources_lookup_data (RESOURCE_DIR "LINGUAS", 0, NULL);
  g_autoptr(GBytes) formats_bytes = g_resources_lookup_data (RESOURCE_DIR "languages.json", 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GStrv) lines = NULL;
  JsonObject *formats = NULL;
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  (void) data;
  if (formats_bytes != NULL
      && json_parser_load_from_data (parser, g_bytes_get_data (formats_bytes, NULL),
                                     (gssize) g_bytes_get_size (formats_bytes), NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (json_parser_get_root (parser)), "languages");

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        formats = json_node_get_object (node);
    }
  if (formats == NULL)
    g_warning ("The core's languages.json is missing or unreadable");

  /* English, the language of the msgids, then po/LINGUAS in its order. */
  g_ptr_array_add (codes, g_strdup ("en"));
  if (linguas != NULL)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (linguas, NULL), g_bytes_get_size (linguas));

      lines = g_strsplit_set (text, "\n ", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *code = g_strstrip (lines[i]);

          if (*code != '\0' && *code != '#')
            g_ptr_array_add (codes, g_strdup (code));
        }
    }

  n_languages = codes->len;
  languages = g_new0 (Language, n_languages);
  language_list = g_new0 (const SimrisLanguage *, n_languages + 1);
  for (guint i = 0; i < n_languages; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      JsonNode *node = formats != NULL ? json_object_get_member (formats, code) : NULL;
      Language *language = &languages[i];

      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        g_warning ("No formats for language %s in languages.json", code);
      language_fill (language, code, node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL);
      language->nplurals = 2;
      if (i > 0)
        {
          g_autofree char *path = g_strdup_printf (RESOURCE_DIR "locale/%s.mo", code);
          g_autofree char *header = NULL;

          language->catalogue = g_resources_lookup_data (path, 0, NULL);
          header = mo_header (language->catalogue);
          language->plural = plural_parse_header (header, &language->nplurals);
        }
      language_list[i] = &language->public;
    }
  g_ptr_array_free (codes, TRUE);
  return NULL;
}

static void
languages_ensure (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, languages_load, NULL);
}

const SimrisLanguage * const *
simris_languages (void)
{
  languages_ensure ();
  return language_list;
}

guint
simris_languages_count (void)
{
  languages_ensure ();
  return n_languages;
}

const SimrisLanguage *
simris_language_lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  languages_ensure ();
  for (guint i = 0; i < n_languages; i++)
    {
      const char *c = languages[i].public.code;
      gsize len = strlen (c);

      /* "fr", "fr_BE", "fr_BE.UTF-8", "fr-BE": the code, then nothing or a separator. */
      if (g_ascii_strncasecmp (code, c, len) == 0
          && (code[len] == '\0' || code[len] == '_' || code[len] == '-' || code[len] == '.' || code[len] == '@'))
        return &languages[i].public;
    }
  return NULL;
}

static const SimrisLanguage *
language_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const SimrisLanguage *language;

      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        break;
      language = simris_language_lookup (names[i]);
      if (language != NULL)
        return language;
    }
  return simris_languages ()[0];
}

const SimrisLanguage *
simris_language_get (const char *code)
{
  const SimrisLanguage *language;

  if (code == NULL)
    return language_from_locale ();
  language = simris_language_lookup (code);
  return language != NULL ? language : simris_languages ()[0];
}

guint
simris_language_plural_index (const SimrisLanguage *language,
                              gulong                n)
{
  const Language *l = (const Language *) language;
  gulong index;

  g_return_val_if_fail (language != NULL, n != 1);

  if (l->plural == NULL)
    return n != 1 ? 1 : 0;
  index = plural_eval (l->plural, n);
  return index < l->nplurals ? (guint) index : 0;
}

/* The number a postcode starts with (leading blanks skipped); FALSE when none. */
static gboolean
postcode_value (const char *postcode,
                guint64    *value)
{
  char *end = NULL;

  if (postcode == NULL)
    return FALSE;
  while (g_ascii_isspace (*postcode))
    postcode++;
  *value = g_ascii_strtoull (postcode, &end, 10);
  return end != postcode;
}

const SimrisLanguage *
simris_language_for_postcode (const char *postcode)
{
  guint64 value;

  if (!postcode_value (postcode, &value))
    return NULL;

  languages_ensure ();
  for (guint i = 0; i < n_languages; i++)
    if (in_ranges (value, languages[i].postcodes, languages[i].n_postcodes))
      return &languages[i].public;
  return NULL;
}

gboolean
simris_language_in_bilingual_region (const SimrisLanguage *language,
                                     const char           *postcode)
{
  const Language *l = (const Language *) language;
  guint64 value;

  g_return_val_if_fail (language != NULL, FALSE);

  return postcode_value (postcode, &value) && in_ranges (value, l->bilingual, l->n_bilingual);
}

const char * const *
simris_language_month_words (const SimrisLanguage *language,
                             guint                 month)
{
  g_return_val_if_fail (language != NULL && month >= 1 && month <= 12, NULL);

  return (const char * const *) ((const Language *) language)->month_words[month - 1];
}

char *
simris_languages_list_codes (const char *separator)
{
  GString *out = g_string_new (NULL);

  languages_ensure ();
  for (guint i = 1; i < n_languages; i++)
    {
      if (i > 1)
        g_string_append (out, separator);
      g_string_append (out, languages[i].public.code);
    }
  return g_string_free (out, FALSE);
}

GBytes *
_simris_language_catalogue (const SimrisLanguage *language)
{
  g_return_val_if_fail (language != NULL, NULL);
  return ((const Language *) language)->catalogue;
}
