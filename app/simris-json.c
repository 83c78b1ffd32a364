/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisJson"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "simris-json.h"

/* Strict JSON reading for hostile input (docs/case-format.md, "Validity and limits"): what json-glib
 * accepts but a case file must not (comments, single quotes, integers beyond 64 bits, \u0000, text
 * after the top-level value, lone surrogates) is refused here, and what bounds the work (encoding,
 * nesting) is checked on the bytes before a tree is built. Also the pretty writer the case files
 * use. What the fields mean is simris-case-file.c's business. */

G_DEFINE_QUARK (simris-json-error-quark, simris_json_error)

#define UTF8_BOM "\xEF\xBB\xBF"

static gboolean G_GNUC_PRINTF (2, 3)
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (SIMRIS_JSON_ERROR, SIMRIS_JSON_ERROR_INVALID, format, args);
  va_end (args);

  return FALSE;
}

gboolean
simris_json_node_is (JsonNode *node,
                     GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
simris_json_node_is_number (JsonNode *node)
{
  return simris_json_node_is (node, G_TYPE_INT64) || simris_json_node_is (node, G_TYPE_DOUBLE);
}

/* The shortest text that reads back as the same double, with a '.' or an exponent so
 * that it reads back as a double (as Python's json module writes them). */
char *
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

/* How a number of the file is quoted back in a message. */
char *
simris_json_number_text (JsonNode *node)
{
  if (simris_json_node_is (node, G_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return simris_json_format_double (json_node_get_double (node));
}

/* A JSON integer, or a double with no fractional part (2.0 is 2). */
gboolean
simris_json_node_get_whole (JsonNode *node,
                            gint64   *out)
{
  if (simris_json_node_is (node, G_TYPE_INT64))
    {
      *out = json_node_get_int (node);
      return TRUE;
    }

  if (simris_json_node_is (node, G_TYPE_DOUBLE))
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
 *  - nesting: [ and { outside strings, at most max_depth, the top object
 *    being level 1;
 *  - only JSON's tokens outside strings (no comments, quotes, hex numbers, identifiers);
 *  - numbers json-glib would misread: integers beyond 64 bits (it wraps them silently)
 *    and numbers beyond a double (it makes them infinite);
 *  - the escape \u0000 (json-glib cuts the string there);
 *  - nothing after the top-level value (json-glib ignores a second one). */
static gboolean
check_syntax (const char  *data,
              gsize        length,
              guint        max_depth,
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
        return fail (error,
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
                    return fail (error,
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
          if (++depth > max_depth)
            return fail (error,
                         /* Translators: %d is the limit (32), %u a line number. */
                         _("The file nests objects and arrays more than %d levels deep (line %u)"),
                         max_depth, line);
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

                  return fail (error,
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

                  return fail (error,
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

              return fail (error,
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
  return fail (error,
               /* Translators: %s is the path of a field; keep \u as is. */
               _("%s: the text holds a \\u escape that is not a character"),
               path->len > 0 ? path->str : "(top level)");
}

/**
 * simris_json_check_strings:
 * @root: a tree
 * @error: a %SIMRIS_JSON_ERROR naming the path of the first string that is not UTF-8
 *
 * Returns: whether every member name and string of @root is UTF-8
 */
gboolean
simris_json_check_strings (JsonNode  *root,
                           GError   **error)
{
  g_autoptr(GString) path = g_string_new (NULL);

  g_return_val_if_fail (root != NULL, FALSE);

  return check_strings (root, path, error);
}

/**
 * simris_json_parse_strict:
 * @data: (array length=length): UTF-8 JSON text
 * @length: its length in bytes
 * @max_depth: the deepest nesting allowed, the top-level value being level 1
 * @error: a %SIMRIS_JSON_ERROR whose message names the line
 *
 * Refuses NUL bytes, text that is not UTF-8, and what check_syntax() refuses, on the bytes,
 * then parses them. A leading byte-order mark is skipped. Lone surrogate escapes are left to
 * simris_json_check_strings(), so that a caller can check the tree's own version first.
 *
 * Returns: (transfer full) (nullable): the tree, or %NULL on error
 */
JsonNode *
simris_json_parse_strict (const char  *data,
                          gsize        length,
                          guint        max_depth,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *nul;
  const char *end;
  JsonNode *root;
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

  if (!check_syntax (data, length, max_depth, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the text it choked on, lone surrogate escapes included: what it
       * says may not be UTF-8. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      /* Translators: %s is the parser's own message, with a line and column. */
      fail (error, _("The file is not valid JSON: %s"), message);
      return NULL;
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      /* Translators: the case file holds nothing but spaces. */
      fail (error, _("The file is empty"));
      return NULL;
    }

  return root;
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
  g_return_if_fail (out != NULL);
  g_return_if_fail (node != NULL);

  write_node (out, node, 0);
}
