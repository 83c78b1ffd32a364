/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisI18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "simris-i18n.h"

/* The decision draft's language is chosen at export, independently of the UI's (docs/hacking.md §3).
 * gettext decides its language once per process, so the core reads the fr and nl catalogues
 * itself: the same .mo files msgfmt builds from po/, compiled into the core's GResource.
 * A .mo file (GNU gettext manual, "The Format of GNU MO Files"): magic 0x950412de, revision,
 * N strings, offset of the original table, offset of the translation table; each table entry
 * is (length, offset). */

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

typedef struct
{
  GBytes     *bytes;
  GHashTable *table; /* msgid → translation, both pointing into bytes */
  GHashTable *plurals; /* singular msgid → GStrv of the plural forms (into bytes) */
} Catalogue;

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 v;

  memcpy (&v, data + offset, 4);
  return swapped ? GUINT32_SWAP_LE_BE (v) : v;
}

static Catalogue *
catalogue_load (const char *lang)
{
  g_autofree char *path = g_strdup_printf ("/io/github/simris/SimRIS/core/locale/%s.mo", lang);
  Catalogue *cat = g_new0 (Catalogue, 1);
  const guint8 *data;
  gsize size;
  guint32 magic, n, orig, trans;
  gboolean swapped;

  cat->table = g_hash_table_new (g_str_hash, g_str_equal);
  cat->plurals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  cat->bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (cat->bytes == NULL)
    return cat;

  data = g_bytes_get_data (cat->bytes, &size);
  if (size < 28)
    return cat;

  memcpy (&magic, data, 4);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return cat;
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  orig = read_u32 (data, 12, swapped);
  trans = read_u32 (data, 16, swapped);
  if ((guint64) orig + (guint64) n * 8 > size || (guint64) trans + (guint64) n * 8 > size)
    return cat;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (data, orig + i * 8, swapped);
      guint32 ooff = read_u32 (data, orig + i * 8 + 4, swapped);
      guint32 tlen = read_u32 (data, trans + i * 8, swapped);
      guint32 toff = read_u32 (data, trans + i * 8 + 4, swapped);

      /* Strings are NUL-terminated inside the file; skip anything that is not. */
      if ((guint64) ooff + olen >= size || (guint64) toff + tlen >= size)
        continue;
      if (olen == 0 || tlen == 0)
        continue;
      g_hash_table_insert (cat->table, (char *) data + ooff, (char *) data + toff);

      /* A plural entry: "singular\0plural" → "form0\0form1…" (the MO format's layout). */
      if (strlen ((const char *) data + ooff) < olen)
        {
          GPtrArray *forms = g_ptr_array_new ();
          const char *t = (const char *) data + toff;
          const char *end = t + tlen;

          while (t <= end && forms->len < 8)
            {
              g_ptr_array_add (forms, (char *) t);
              t += strlen (t) + 1;
            }
          g_ptr_array_add (forms, NULL);
          g_hash_table_insert (cat->plurals, (char *) data + ooff,
                               g_ptr_array_free (forms, FALSE));
        }
    }

  return cat;
}

static Catalogue *
catalogue_get (const char *lang)
{
  static Catalogue *fr, *nl;
  Catalogue **slot = lang[0] == 'f' ? &fr : &nl;

  /* Loaded once per language, then read without a lock (the trace looks up every sentence). */
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, catalogue_load (lang));
  return *slot;
}

gboolean
simris_lang_is_known (const char *lang)
{
  return lang != NULL
         && (g_str_equal (lang, "fr") || g_str_equal (lang, "nl") || g_str_equal (lang, "en"));
}

/* The UI's language, from the process's locale: "fr", "nl" or "en". */
const char *
simris_lang_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "fr"))
        return "fr";
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
}

/* NULL means the process's language. */
const char *
simris_lang_normalize (const char *lang)
{
  if (lang == NULL)
    return simris_lang_from_locale ();
  if (lang[0] == 'f' && lang[1] == 'r')
    return "fr";
  if (lang[0] == 'n' && lang[1] == 'l')
    return "nl";
  return "en";
}

/* Most msgids are string literals looked up again and again (every step of every trace): a
 * small cache keyed by the msgid's address answers them without hashing the text. The entry
 * keeps a copy of the text, compared on a hit, so a msgid that is not a literal (an address
 * reused for another string) is never answered wrongly. A slot is filled once and never
 * replaced: the memory stays bounded and readers need no lock. */
typedef struct
{
  const char *key;
  char       *text;
  const char *translated;  /* NULL: not in the catalogue, the msgid itself */
} CachedTranslation;

#define TR_CACHE_SIZE 512

static const char *
cached_lookup (Catalogue  *cat,
               gpointer   *cache,
               const char *msgid)
{
  guint slot = (guint) ((GPOINTER_TO_SIZE (msgid) >> 3) % TR_CACHE_SIZE);
  const CachedTranslation *hit = g_atomic_pointer_get (&cache[slot]);
  CachedTranslation *entry;
  const char *translated;

  if (hit != NULL && hit->key == msgid && strcmp (hit->text, msgid) == 0)
    return hit->translated != NULL ? hit->translated : msgid;

  translated = g_hash_table_lookup (cat->table, msgid);
  if (hit == NULL)
    {
      entry = g_new (CachedTranslation, 1);
      entry->key = msgid;
      entry->text = g_strdup (msgid);
      entry->translated = translated;
      if (!g_atomic_pointer_compare_and_exchange (&cache[slot], NULL, entry))
        {
          g_free (entry->text);
          g_free (entry);
        }
    }
  return translated != NULL ? translated : msgid;
}

const char *
simris_tr (const char *lang,
           const char *msgid)
{
  static gpointer cache_fr[TR_CACHE_SIZE], cache_nl[TR_CACHE_SIZE];

  if (msgid == NULL || *msgid == '\0')
    return msgid;

  lang = simris_lang_normalize (lang);
  if (lang[0] == 'e')
    return msgid;

  return cached_lookup (catalogue_get (lang), lang[0] == 'f' ? cache_fr : cache_nl, msgid);
}

/* The plural form index of n in lang, as the catalogues' Plural-Forms headers say
 * (po/fr.po: "plural=(n > 1)"; po/nl.po and English: "plural=(n != 1)"). */
static guint
plural_index (const char *lang,
              gulong      n)
{
  if (g_str_equal (lang, "fr"))
    return n > 1 ? 1 : 0;
  return n != 1 ? 1 : 0;
}

const char *
simris_ntr (const char *lang,
            const char *singular,
            const char *plural,
            gulong      n)
{
  Catalogue *cat;
  char **forms;
  guint index;

  g_return_val_if_fail (singular != NULL && plural != NULL, singular);

  lang = simris_lang_normalize (lang);
  index = plural_index (lang, n);
  if (g_str_equal (lang, "en"))
    return index == 0 ? singular : plural;

  cat = catalogue_get (lang);
  forms = g_hash_table_lookup (cat->plurals, singular);
  if (forms != NULL && g_strv_length (forms) > index)
    return forms[index];
  return index == 0 ? singular : plural;
}
