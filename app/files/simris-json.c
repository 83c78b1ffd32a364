/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisJson"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "simris-error.h"
#include "simris-json.h"

/* Strict JSON reading for hostile input (docs/case-format.md, "Validity and limits"): NUL bytes,
 * text that is not UTF-8, comments, single quotes, integers beyond 64 bits, numbers beyond a
 * double, \u0000, text after the top-level value and nesting beyond the limit are refused, lone
 * surrogate escapes marked for the caller to refuse by path; the parser's recursion is bounded by
 * the nesting limit. Also the one writer of SimRIS's JSON (case files, results, the CLI). What
 * the fields mean is simris-case-file.c's business. */

G_DEFINE_QUARK (simris-json-error-quark, simris_json_error)

#define UTF8_BOM "\xEF\xBB\xBF"

/* Levels a parser keeps scratch space for: more than any case file may nest. */
#define SIMRIS_JSON_MAX_SCRATCH 64

/* Sets error and gives FALSE: `return fail (error, "…", …);`. */
#define fail(error, ...) simris_error_fail ((error), SIMRIS_JSON_ERROR, SIMRIS_JSON_ERROR_INVALID, __VA_ARGS__)

/* The shortest text that reads back as the same double, with a '.' or an exponent so
 * that it reads back as a double (as Python's json module writes them). */
static char *
simris_json_format_double (double value)
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

/* JSON text as Python's json.dump (indent=2, ensure_ascii=False) writes it, like the
 * shared cases: people read and diff these files. */

static void
write_indent (GString *out,
              int      level)
{
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
}

void
simris_json_write_string (GString    *out,
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

/* @level < 0: compact, on one line; else pretty at that indentation level. */
static void
write_node (GString  *out,
            JsonNode *node,
            int       level)
{
  gboolean pretty = level >= 0;

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

        g_string_append (out, pretty ? "{\n" : "{");
        for (const GList *l = names; l != NULL; l = l->next)
          {
            write_indent (out, level + 1);
            simris_json_write_string (out, l->data);
            g_string_append (out, pretty ? ": " : ":");
            write_node (out, json_object_get_member (object, l->data), pretty ? level + 1 : -1);
            if (l->next != NULL)
              g_string_append (out, pretty ? ",\n" : ",");
            else if (pretty)
              g_string_append_c (out, '\n');
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

        g_string_append (out, pretty ? "[\n" : "[");
        for (guint i = 0; i < n; i++)
          {
            write_indent (out, level + 1);
            write_node (out, json_array_get_element (array, i), pretty ? level + 1 : -1);
            if (i + 1 < n)
              g_string_append (out, pretty ? ",\n" : ",");
            else if (pretty)
              g_string_append_c (out, '\n');
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
              g_autofree char *text = simris_json_format_double (json_node_get_double (node));

              g_string_append (out, text);
            }
          else
            g_string_append (out, "null");
          break;

        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;

        case G_TYPE_STRING:
          simris_json_write_string (out, json_node_get_string (node));
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
 * simris_json_write_pretty:
 * @out: where the text is appended
 * @node: a tree
 *
 * Appends @node as Python's json.dump (indent=2, ensure_ascii=False) writes it, without a
 * final newline. Text that is not UTF-8 is made valid; non-finite doubles are written null.
 */
void
simris_json_write_pretty (GString  *out,
                          JsonNode *node)
{
  simris_json_write (out, node, TRUE);
}

/**
 * simris_json_write:
 * @out: where the text is appended
 * @node: a tree
 * @pretty: the layout of Python's json.dump (indent=2), else one line without spaces
 *
 * The one JSON writer of SimRIS (case files, results, the CLI): appends @node without a final
 * newline. Strings are written as UTF-8, escaping only '"', '\\' and the controls below
 * U+0020; text that is not UTF-8 is made valid; non-finite doubles are written null.
 */
void
simris_json_write (GString  *out,
                   JsonNode *node,
                   gboolean  pretty)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (node != NULL);

  write_node (out, node, pretty ? 0 : -1);
}

char *
simris_json_to_string (JsonNode *node,
                       gboolean  pretty)
{
  GString *out = g_string_new (NULL);

  simris_json_write (out, node, pretty);
  return g_string_free (out, FALSE);
}

static JsonNode *
json_node_copy_deep (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      if (json_node_get_object (node) != NULL)
        {
          g_autoptr(JsonObject) object = simris_json_object_copy_deep (json_node_get_object (node));

          return json_node_init_object (json_node_alloc (), object);
        }
      break;

    case JSON_NODE_ARRAY:
      if (json_node_get_array (node) != NULL)
        {
          JsonArray *src = json_node_get_array (node);
          guint n = json_array_get_length (src);
          g_autoptr(JsonArray) array = json_array_sized_new (n);

          for (guint i = 0; i < n; i++)
            json_array_add_element (array, json_node_copy_deep (json_array_get_element (src, i)));

          return json_node_init_array (json_node_alloc (), array);
        }
      break;

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      break;
    }

  return json_node_copy (node);
}

/**
 * simris_json_object_copy_deep:
 * @object: (nullable): a #JsonObject
 *
 * Copies @object and everything it holds, so that the copy can be changed without
 * touching the original (json_object_ref() and json_node_copy() share the contents).
 *
 * Returns: (transfer full) (nullable): a new object, or %NULL if @object is %NULL
 */
JsonObject *
simris_json_object_copy_deep (JsonObject *object)
{
  JsonObject *copy;
  g_autoptr(GList) names = NULL;

  if (object == NULL)
    return NULL;

  copy = json_object_new ();
  names = json_object_get_members (object);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      json_object_set_member (copy, name,
                              json_node_copy_deep (json_object_get_member (object, name)));
    }

  return copy;
}

/* The document tree (simris-json.h). */

typedef struct _Block Block;
struct _Block
{
  Block *next;
  gsize  used;
  gsize  size;
  char   data[];
};

struct _SimrisJsonDoc
{
  Block           *blocks;
  SimrisJsonValue  root;
  guint            n_bad;
};

#define BLOCK_SIZE 16384

static gpointer
doc_alloc (SimrisJsonDoc *doc,
           gsize          n)
{
  Block *block = doc->blocks;
  gpointer p;

  n = (n + 7) & ~(gsize) 7;
  if (block == NULL || block->size - block->used < n)
    {
      gsize size = MAX (BLOCK_SIZE, n);

      block = g_malloc (sizeof (Block) + size);
      block->size = size;
      block->used = 0;
      block->next = doc->blocks;
      doc->blocks = block;
    }

  p = block->data + block->used;
  block->used += n;
  return p;
}

void
simris_json_doc_free (SimrisJsonDoc *doc)
{
  Block *block;

  if (doc == NULL)
    return;

  block = doc->blocks;
  while (block != NULL)
    {
      Block *next = block->next;

      g_free (block);
      block = next;
    }
  g_free (doc);
}

SimrisJsonValue *
simris_json_doc_get_root (SimrisJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return &doc->root;
}

typedef struct
{
  SimrisJsonDoc *doc;
  const char    *data;
  gsize          length;
  gsize          pos;
  guint          max_depth;
  GByteArray    *scratch[SIMRIS_JSON_MAX_SCRATCH];
} Parser;

static gboolean
syntax_error (Parser      *parser,
              const char  *reason,
              GError     **error)
{
  /* Translators: %s says what was expected, e.g. "expected “:”"; %u is a line number. */
  return fail (error, _("The file is not valid JSON: %s (line %u)"), reason,
               line_of (parser->data, MIN (parser->pos, parser->length)));
}

/* What stands where a value or a name should: a number JSON does not write ("01", "1.",
 * "0x1F"), a word it does not know ("True", "NaN", "undefined"), a comment, a single quote…
 * named as the file holds it. */
static gboolean
unexpected_token (Parser  *parser,
                  GError **error)
{
  const char *data = parser->data;
  gsize start = parser->pos, end = start;
  g_autofree char *text = NULL;

  while (end < parser->length && (g_ascii_isalnum (data[end]) || data[end] == '.' || data[end] == '_' ||
                                  data[end] == '+' || data[end] == '-'))
    end++;
  /* Not a word: one character, whole even when it is not ASCII. */
  if (end == start)
    end = g_utf8_next_char (data + start) - data;
  text = token_text (data + start, end - start);
  if (data[start] == '-' || g_ascii_isdigit (data[start]))
    return fail (error,
                 /* Translators: %s is what the file holds, %u a line number. */
                 _("The file is not valid JSON: “%s” is not a number (line %u)"), text, line_of (data, start));
  return fail (error,
               /* Translators: %s is what the file holds, %u a line number. */
               _("The file is not valid JSON: unexpected “%s” (line %u)"), text, line_of (data, start));
}

static void
skip_space (Parser *parser)
{
  while (parser->pos < parser->length)
    {
      char c = parser->data[parser->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      parser->pos++;
    }
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* At the opening quote; the string unescaped into the arena. */
static gboolean
parse_string (Parser      *parser,
              const char **out,
              gsize       *out_len,
              gboolean    *bad,
              GError     **error)
{
  const char *data = parser->data;
  gsize start = ++parser->pos;
  gsize end = start;
  gboolean escaped = FALSE;
  char *buf;
  gsize n = 0;

  *bad = FALSE;

  /* The closing quote: the first one not escaped by a backslash. */
  for (;;)
    {
      const char *quote = end < parser->length ? memchr (data + end, '"', parser->length - end) : NULL;
      const char *backslash;

      if (quote == NULL)
        {
          end = parser->length;
          break;
        }
      backslash = memchr (data + end, '\\', quote - (data + end));
      if (backslash == NULL)
        {
          end = quote - data;
          break;
        }
      escaped = TRUE;
      end = backslash - data + 2;
    }
  if (end >= parser->length)
    {
      parser->pos = start - 1;
      /* Translators: a text in quotes that never ends. */
      return syntax_error (parser, _("a text in quotes is not closed"), error);
    }

  buf = doc_alloc (parser->doc, end - start + 1);
  if (!escaped)
    {
      memcpy (buf, data + start, end - start);
      n = end - start;
    }
  else
    for (gsize i = start; i < end; i++)
      {
        char c = data[i];
        int code;

        if (c != '\\')
          {
            buf[n++] = c;
            continue;
          }

        c = data[++i];
        switch (c)
          {
          case '"': buf[n++] = '"'; break;
          case '\\': buf[n++] = '\\'; break;
          case '/': buf[n++] = '/'; break;
          case 'b': buf[n++] = '\b'; break;
          case 'f': buf[n++] = '\f'; break;
          case 'n': buf[n++] = '\n'; break;
          case 'r': buf[n++] = '\r'; break;
          case 't': buf[n++] = '\t'; break;
          case 'u':
            code = i + 4 < end ? hex4 (data + i + 1) : -1;
            if (code < 0)
              {
                parser->pos = i;
                /* Translators: keep \u as is. */
                return syntax_error (parser, _("a \\u escape needs four hexadecimal digits"), error);
              }
            if (code == 0)
              /* Translators: %u is a line number; keep \u0000 as is. */
              return fail (error, _("The file holds the escape \\u0000, a NUL character, on line %u"),
                           line_of (data, i));
            i += 4;
            if (code >= 0xD800 && code <= 0xDBFF && i + 6 < end &&
                data[i + 1] == '\\' && data[i + 2] == 'u')
              {
                int low = hex4 (data + i + 3);

                if (low >= 0xDC00 && low <= 0xDFFF)
                  {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                  }
              }
            if (code >= 0xD800 && code <= 0xDFFF)
              {
                *bad = TRUE;
                code = 0xFFFD;
              }
            n += g_unichar_to_utf8 (code, buf + n);
            break;

          default:
            parser->pos = i;
            /* Translators: a backslash followed by a letter JSON does not know. */
            return syntax_error (parser, _("unknown escape after a backslash"), error);
          }
      }

  buf[n] = '\0';
  *out = buf;
  *out_len = n;
  parser->pos = end + 1;
  if (*bad)
    parser->doc->n_bad++;
  return TRUE;
}

static gboolean parse_value (Parser          *parser,
                             SimrisJsonValue *value,
                             guint            depth,
                             GError         **error);

static GByteArray *
scratch (Parser *parser,
         guint   depth)
{
  if (parser->scratch[depth] == NULL)
    parser->scratch[depth] = g_byte_array_new ();
  g_byte_array_set_size (parser->scratch[depth], 0);
  return parser->scratch[depth];
}

/* A duplicate name keeps its first place and takes the last value (json-glib's rule). */
static guint
merge_duplicates (SimrisJsonMember *members,
                  guint             n)
{
  g_autoptr(GHashTable) seen = NULL;
  guint kept = 0;

  if (n > 16)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      gpointer found = NULL;
      gboolean dup = FALSE;

      if (seen != NULL)
        dup = g_hash_table_lookup_extended (seen, members[i].name, NULL, &found);
      else
        for (guint k = 0; k < kept && !dup; k++)
          if (strcmp (members[k].name, members[i].name) == 0)
            {
              dup = TRUE;
              found = GUINT_TO_POINTER (k);
            }

      if (dup)
        {
          members[GPOINTER_TO_UINT (found)].value = members[i].value;
          continue;
        }

      members[kept] = members[i];
      if (seen != NULL)
        g_hash_table_insert (seen, (gpointer) members[kept].name, GUINT_TO_POINTER (kept));
      kept++;
    }

  return kept;
}

static gboolean
parse_object (Parser          *parser,
              SimrisJsonValue *value,
              guint            depth,
              GError         **error)
{
  GByteArray *members;
  SimrisJsonMember member;
  guint n;

  parser->pos++;
  skip_space (parser);
  if (parser->pos < parser->length && parser->data[parser->pos] == '}')
    {
      parser->pos++;
      value->type = SIMRIS_JSON_OBJECT;
      value->v.object.members = NULL;
      value->v.object.n = 0;
      return TRUE;
    }

  for (;;)
    {
      gsize len;

      skip_space (parser);
      if (parser->pos < parser->length && strchr (",:]}\"", parser->data[parser->pos]) == NULL)
        return unexpected_token (parser, error);
      if (parser->pos >= parser->length || parser->data[parser->pos] != '"')
        /* Translators: an object's member starts with its name in double quotes. */
        return syntax_error (parser, _("expected a name in double quotes"), error);

      memset (&member, 0, sizeof member);
      if (!parse_string (parser, &member.name, &len, &member.bad_name, error))
        return FALSE;

      skip_space (parser);
      if (parser->pos >= parser->length || parser->data[parser->pos] != ':')
        /* Translators: keep “:” as is. */
        return syntax_error (parser, _("expected “:”"), error);
      parser->pos++;

      if (!parse_value (parser, &member.value, depth + 1, error))
        return FALSE;

      /* The children of a level are gathered in its scratch array, then copied to the arena. */
      members = parser->scratch[depth];
      g_byte_array_append (members, (const guint8 *) &member, sizeof member);

      skip_space (parser);
      if (parser->pos < parser->length && parser->data[parser->pos] == ',')
        {
          parser->pos++;
          continue;
        }
      if (parser->pos < parser->length && parser->data[parser->pos] == '}')
        {
          parser->pos++;
          break;
        }
      /* Translators: keep “,” and “}” as is. */
      return syntax_error (parser, _("expected “,” or “}”"), error);
    }

  members = parser->scratch[depth];
  n = members->len / sizeof (SimrisJsonMember);
  n = merge_duplicates ((SimrisJsonMember *) members->data, n);
  value->type = SIMRIS_JSON_OBJECT;
  value->v.object.members = doc_alloc (parser->doc, n * sizeof (SimrisJsonMember));
  memcpy (value->v.object.members, members->data, n * sizeof (SimrisJsonMember));
  value->v.object.n = n;
  return TRUE;
}

static gboolean
parse_array (Parser          *parser,
             SimrisJsonValue *value,
             guint            depth,
             GError         **error)
{
  GByteArray *items;
  guint n;

  parser->pos++;
  skip_space (parser);
  if (parser->pos < parser->length && parser->data[parser->pos] == ']')
    {
      parser->pos++;
      value->type = SIMRIS_JSON_ARRAY;
      value->v.array.items = NULL;
      value->v.array.n = 0;
      return TRUE;
    }

  for (;;)
    {
      SimrisJsonValue item;

      if (!parse_value (parser, &item, depth + 1, error))
        return FALSE;
      g_byte_array_append (parser->scratch[depth], (const guint8 *) &item, sizeof item);

      skip_space (parser);
      if (parser->pos < parser->length && parser->data[parser->pos] == ',')
        {
          parser->pos++;
          continue;
        }
      if (parser->pos < parser->length && parser->data[parser->pos] == ']')
        {
          parser->pos++;
          break;
        }
      /* Translators: keep “,” and “]” as is. */
      return syntax_error (parser, _("expected “,” or “]”"), error);
    }

  items = parser->scratch[depth];
  n = items->len / sizeof (SimrisJsonValue);
  value->type = SIMRIS_JSON_ARRAY;
  value->v.array.items = doc_alloc (parser->doc, n * sizeof (SimrisJsonValue));
  memcpy (value->v.array.items, items->data, n * sizeof (SimrisJsonValue));
  value->v.array.n = n;
  return TRUE;
}

/* @depth: the level of the value, the top one being 1. */
static gboolean
parse_value (Parser          *parser,
             SimrisJsonValue *value,
             guint            depth,
             GError         **error)
{
  const char *data = parser->data;
  char c;

  memset (value, 0, sizeof *value);
  skip_space (parser);
  if (parser->pos >= parser->length)
    /* Translators: the file ends where a value (a number, a text, an object…) should be. */
    return syntax_error (parser, _("the file ends where a value should be"), error);

  c = data[parser->pos];
  switch (c)
    {
    case '{':
    case '[':
      /* The nesting limit also bounds the parser's recursion. */
      if (depth > parser->max_depth || depth >= SIMRIS_JSON_MAX_SCRATCH)
        return fail (error,
                     /* Translators: %d is the limit (32), %u a line number. */
                     _("The file nests objects and arrays more than %d levels deep (line %u)"),
                     (int) parser->max_depth, line_of (data, parser->pos));
      scratch (parser, depth);
      return c == '{' ? parse_object (parser, value, depth, error) : parse_array (parser, value, depth, error);

    case '"':
      value->type = SIMRIS_JSON_STRING;
      return parse_string (parser, &value->v.string.str, &value->v.string.len, &value->bad_escape, error);

    case 't':
      if (parser->length - parser->pos >= 4 && memcmp (data + parser->pos, "true", 4) == 0)
        {
          value->type = SIMRIS_JSON_BOOLEAN;
          value->v.boolean = TRUE;
          parser->pos += 4;
          return TRUE;
        }
      break;

    case 'f':
      if (parser->length - parser->pos >= 5 && memcmp (data + parser->pos, "false", 5) == 0)
        {
          value->type = SIMRIS_JSON_BOOLEAN;
          value->v.boolean = FALSE;
          parser->pos += 5;
          return TRUE;
        }
      break;

    case 'n':
      if (parser->length - parser->pos >= 4 && memcmp (data + parser->pos, "null", 4) == 0)
        {
          value->type = SIMRIS_JSON_NULL;
          parser->pos += 4;
          return TRUE;
        }
      break;

    default:
      if (c == '-' || g_ascii_isdigit (c))
        {
          gsize end = parser->pos;
          gboolean is_integer;
          char token[G_ASCII_DTOSTR_BUF_SIZE + 8];
          g_autofree char *long_token = NULL;
          const char *text;

          while (end < parser->length && (g_ascii_isalnum (data[end]) || data[end] == '.' || data[end] == '_' ||
                                          data[end] == '+' || data[end] == '-'))
            end++;
          if (!is_json_number (data + parser->pos, end - parser->pos, &is_integer))
            break;

          if (end - parser->pos < sizeof token)
            {
              memcpy (token, data + parser->pos, end - parser->pos);
              token[end - parser->pos] = '\0';
              text = token;
            }
          else
            text = long_token = g_strndup (data + parser->pos, end - parser->pos);

          if (is_integer &&
              g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value->v.integer, NULL))
            value->type = SIMRIS_JSON_INT;
          else
            {
              value->type = SIMRIS_JSON_DOUBLE;
              value->v.number = g_ascii_strtod (text, NULL);
              if (is_integer || !isfinite (value->v.number))
                {
                  g_autofree char *quoted = token_text (data + parser->pos, end - parser->pos);

                  return fail (error,
                               /* Translators: %s is a number of the file, %u a line number. */
                               _("The file holds a number too large to read, %s (line %u)"), quoted,
                               line_of (data, parser->pos));
                }
            }
          parser->pos = end;
          return TRUE;
        }
      break;
    }

  if (c != ',' && c != ':' && c != ']' && c != '}')
    return unexpected_token (parser, error);

  /* Translators: where a value (a number, a text in quotes, an object…) should be. */
  return syntax_error (parser, _("expected a value"), error);
}

/**
 * simris_json_doc_parse:
 * @data: (array length=length): UTF-8 JSON text
 * @length: its length in bytes
 * @max_depth: the deepest nesting allowed, the top-level value being level 1
 * @error: a %SIMRIS_JSON_ERROR whose message names the line
 *
 * Refuses NUL bytes, text that is not UTF-8 and what is not strict JSON (comments, single
 * quotes, words and numbers JSON does not write, integers beyond 64 bits, numbers beyond a
 * double, the escape \u0000, nesting beyond @max_depth, text after the top-level value), each
 * named with its line, while it builds the document: one pass, one reader. A leading byte-order mark is skipped. Lone surrogate escapes are
 * left to simris_json_doc_check_strings(), so that a caller can read the document's version
 * first.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL on error
 */
SimrisJsonDoc *
simris_json_doc_parse (const char  *data,
                       gsize        length,
                       guint        max_depth,
                       GError     **error)
{
  g_autoptr(SimrisJsonDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  Parser parser = { 0 };
  const char *nul;
  const char *end;
  gboolean ok;
  gsize i;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul != NULL)
    {
      fail (error,
            /* Translators: %u is a line number. */
            _("The file holds a NUL byte (line %u): it is not a text file"),
            line_of (data, nul - data));
      return NULL;
    }

  if (length > 0 && !g_utf8_validate_len (data, length, &end))
    {
      fail (error,
            /* Translators: %u is a line number. */
            _("The file is not UTF-8 text (line %u); save it as UTF-8"),
            line_of (data, end - data));
      return NULL;
    }

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      /* Translators: the case file holds nothing but spaces. */
      fail (error, _("The file is empty"));
      return NULL;
    }

  doc = g_new0 (SimrisJsonDoc, 1);
  parser.doc = doc;
  parser.data = data;
  parser.length = length;
  parser.max_depth = MIN (max_depth, SIMRIS_JSON_MAX_SCRATCH - 1);
  ok = parse_value (&parser, &doc->root, 1, &local_error);
  for (guint k = 0; k < SIMRIS_JSON_MAX_SCRATCH; k++)
    if (parser.scratch[k] != NULL)
      g_byte_array_unref (parser.scratch[k]);

  if (ok)
    {
      skip_space (&parser);
      if (parser.pos < parser.length)
        ok = fail (&local_error,
                   /* Translators: %u is a line number. */
                   _("The file is not valid JSON: text follows the end of the top-level object (line %u)"),
                   line_of (data, parser.pos));
    }

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

static gboolean
check_doc_strings (SimrisJsonValue  *value,
                   GString          *path,
                   GError          **error)
{
  gsize len = path->len;

  if (value->bad_escape)
    goto invalid;

  if (value->type == SIMRIS_JSON_OBJECT)
    for (guint i = 0; i < value->v.object.n; i++)
      {
        SimrisJsonMember *member = &value->v.object.members[i];

        if (member->bad_name)
          goto invalid;
        if (len > 0)
          g_string_append_c (path, '.');
        g_string_append (path, member->name);
        if (!check_doc_strings (&member->value, path, error))
          return FALSE;
        g_string_truncate (path, len);
      }
  else if (value->type == SIMRIS_JSON_ARRAY)
    for (guint i = 0; i < value->v.array.n; i++)
      {
        g_string_append_printf (path, "[%u]", i);
        if (!check_doc_strings (&value->v.array.items[i], path, error))
          return FALSE;
        g_string_truncate (path, len);
      }

  return TRUE;

invalid:
  return fail (error,
               /* Translators: %s is the path of a field; keep \u as is. */
               _("%s: the text holds a \\u escape that is not a character"),
               path->len > 0 ? path->str : "(top level)");
}

/**
 * simris_json_doc_check_strings:
 * @error: a %SIMRIS_JSON_ERROR naming the path of the first text holding a \u escape that
 *   is not a character
 *
 * Returns: whether every text of the document is made of characters
 */
gboolean
simris_json_doc_check_strings (SimrisJsonDoc  *doc,
                               GError        **error)
{
  g_autoptr(GString) path = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);

  if (doc->n_bad == 0)
    return TRUE;

  path = g_string_new (NULL);
  return check_doc_strings (&doc->root, path, error);
}

static void
value_from_node (SimrisJsonDoc   *doc,
                 SimrisJsonValue *value,
                 JsonNode        *node)
{
  memset (value, 0, sizeof *value);

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) names = object != NULL ? json_object_get_members (object) : NULL;
        guint n = g_list_length (names), i = 0;

        value->type = SIMRIS_JSON_OBJECT;
        value->v.object.members = doc_alloc (doc, n * sizeof (SimrisJsonMember));
        value->v.object.n = n;
        for (const GList *l = names; l != NULL; l = l->next, i++)
          {
            SimrisJsonMember *member = &value->v.object.members[i];
            gsize len = strlen (l->data);
            char *name = doc_alloc (doc, len + 1);

            memcpy (name, l->data, len + 1);
            member->name = name;
            member->bad_name = !g_utf8_validate (name, len, NULL);
            doc->n_bad += member->bad_name;
            value_from_node (doc, &member->value, json_object_get_member (object, l->data));
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = array != NULL ? json_array_get_length (array) : 0;

        value->type = SIMRIS_JSON_ARRAY;
        value->v.array.items = doc_alloc (doc, n * sizeof (SimrisJsonValue));
        value->v.array.n = n;
        for (guint i = 0; i < n; i++)
          value_from_node (doc, &value->v.array.items[i], json_array_get_element (array, i));
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          value->type = SIMRIS_JSON_INT;
          value->v.integer = json_node_get_int (node);
          break;

        case G_TYPE_DOUBLE:
          value->type = SIMRIS_JSON_DOUBLE;
          value->v.number = json_node_get_double (node);
          break;

        case G_TYPE_BOOLEAN:
          value->type = SIMRIS_JSON_BOOLEAN;
          value->v.boolean = json_node_get_boolean (node);
          break;

        case G_TYPE_STRING:
          {
            const char *str = json_node_get_string (node);
            gsize len = str != NULL ? strlen (str) : 0;
            char *copy = doc_alloc (doc, len + 1);

            memcpy (copy, str != NULL ? str : "", len + 1);
            value->type = SIMRIS_JSON_STRING;
            value->v.string.str = copy;
            value->v.string.len = len;
            value->bad_escape = !g_utf8_validate (copy, len, NULL);
            doc->n_bad += value->bad_escape;
          }
          break;

        default:
          value->type = SIMRIS_JSON_NULL;
          break;
        }
      break;

    case JSON_NODE_NULL:
    default:
      value->type = SIMRIS_JSON_NULL;
      break;
    }
}

/**
 * simris_json_doc_from_node:
 * @node: a json-glib tree
 *
 * A document holding a copy of @node, its texts checked for UTF-8 (see
 * simris_json_doc_check_strings()).
 *
 * Returns: (transfer full): the document
 */
SimrisJsonDoc *
simris_json_doc_from_node (JsonNode *node)
{
  SimrisJsonDoc *doc;

  g_return_val_if_fail (node != NULL, NULL);

  doc = g_new0 (SimrisJsonDoc, 1);
  value_from_node (doc, &doc->root, node);
  return doc;
}

/**
 * simris_json_object_get:
 * @object: an object value
 * @name: a member's name
 *
 * Returns: (transfer none) (nullable): the member's value, or %NULL when @object has none of
 *   that name or is not an object
 */
SimrisJsonValue *
simris_json_object_get (SimrisJsonValue *object,
                        const char      *name)
{
  g_return_val_if_fail (object != NULL, NULL);

  if (object->type != SIMRIS_JSON_OBJECT)
    return NULL;

  for (guint i = 0; i < object->v.object.n; i++)
    if (strcmp (object->v.object.members[i].name, name) == 0)
      return &object->v.object.members[i].value;

  return NULL;
}

/**
 * simris_json_value_to_node:
 *
 * Returns: (transfer full): a json-glib tree holding a copy of @value
 */
JsonNode *
simris_json_value_to_node (SimrisJsonValue *value)
{
  JsonNode *node;

  g_return_val_if_fail (value != NULL, NULL);

  switch (value->type)
    {
    case SIMRIS_JSON_OBJECT:
      {
        JsonObject *object = json_object_new ();

        for (guint i = 0; i < value->v.object.n; i++)
          json_object_set_member (object, value->v.object.members[i].name,
                                  simris_json_value_to_node (&value->v.object.members[i].value));
        node = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
      }
      break;

    case SIMRIS_JSON_ARRAY:
      {
        JsonArray *array = json_array_sized_new (value->v.array.n);

        for (guint i = 0; i < value->v.array.n; i++)
          json_array_add_element (array, simris_json_value_to_node (&value->v.array.items[i]));
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
      }
      break;

    case SIMRIS_JSON_BOOLEAN:
      node = json_node_init_boolean (json_node_alloc (), value->v.boolean);
      break;

    case SIMRIS_JSON_INT:
      node = json_node_init_int (json_node_alloc (), value->v.integer);
      break;

    case SIMRIS_JSON_DOUBLE:
      node = json_node_init_double (json_node_alloc (), value->v.number);
      break;

    case SIMRIS_JSON_STRING:
      node = json_node_init_string (json_node_alloc (), value->v.string.str);
      break;

    case SIMRIS_JSON_NULL:
    default:
      node = json_node_init_null (json_node_alloc ());
      break;
    }

  return node;
}

/* How a number of the file is quoted back in a message. */
char *
simris_json_value_number_text (SimrisJsonValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (value->type == SIMRIS_JSON_INT)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value->v.integer);

  return simris_json_format_double (value->v.number);
}

/* A JSON integer, or a double with no fractional part (2.0 is 2). */
gboolean
simris_json_value_get_whole (SimrisJsonValue *value,
                             gint64          *out)
{
  g_return_val_if_fail (value != NULL, FALSE);

  if (value->type == SIMRIS_JSON_INT)
    {
      *out = value->v.integer;
      return TRUE;
    }

  if (value->type == SIMRIS_JSON_DOUBLE &&
      isfinite (value->v.number) && value->v.number == floor (value->v.number) && fabs (value->v.number) < 1e15)
    {
      *out = (gint64) value->v.number;
      return TRUE;
    }

  return FALSE;
}
