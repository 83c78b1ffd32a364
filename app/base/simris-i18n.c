/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisI18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "simris-i18n.h"
#include "simris-language.h"

/* The decision draft's language is chosen at export, independently of the UI's (docs/hacking.md §3).
 * gettext decides its language once per process, so the core reads the catalogues itself: the
 * same .mo files msgfmt builds from po/, one per language of po/LINGUAS, compiled into the core's
 * GResource (simris-language.c lists them). A .mo file (GNU gettext manual, "The Format of GNU
 * MO Files"): magic 0x950412de, revision, N strings, offset of the original table, offset of the
 * translation table; each table entry is (length, offset). */

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

typedef struct
{
  GBytes     *bytes;
  GHashTable *table; /* msgid → translation, both pointing into bytes */
  GHashTable *plurals; /* singular msgid → GStrv of the plural forms (into bytes) */
  gpointer   *cache; /* TR_CACHE_SIZE slots, see cached_lookup () */
} Catalogue;

#define TR_CACHE_SIZE 512

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
catalogue_load (const SimrisLanguage *language)
{
  Catalogue *cat = g_new0 (Catalogue, 1);
  const guint8 *data;
  gsize size;
  guint32 magic, n, orig, trans;
  gboolean swapped;

  cat->table = g_hash_table_new (g_str_hash, g_str_equal);
  cat->plurals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  cat->cache = g_new0 (gpointer, TR_CACHE_SIZE);
  cat->bytes = _simris_language_catalogue (language);
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

/* One catalogue per language, loaded at its first use, then read without a lock (the trace
 * looks up every sentence). */
static Catalogue *
catalogue_get (const SimrisLanguage *language)
{
  static Catalogue **slots;
  const SimrisLanguage * const *all = simris_languages ();
  guint index = 0;

  if (g_once_init_enter (&slots))
    g_once_init_leave (&slots, g_new0 (Catalogue *, simris_languages_count ()));
  while (all[index] != NULL && all[index] != language)
    index++;
  g_return_val_if_fail (all[index] != NULL, NULL);
  if (g_once_init_enter (&slots[index]))
    g_once_init_leave (&slots[index], catalogue_load (language));
  return slots[index];
}

gboolean
simris_lang_is_known (const char *lang)
{
  const SimrisLanguage *language = simris_language_lookup (lang);

  /* The code itself, not a locale name that starts with it. */
  return language != NULL && g_str_equal (language->code, lang);
}

/* The UI's language, from the process's locale: one of simris_languages (), else "en". */
const char *
simris_lang_from_locale (void)
{
  return simris_language_get (NULL)->code;
}

/* NULL means the process's language; an unknown code, English. */
const char *
simris_lang_normalize (const char *lang)
{
  return simris_language_get (lang)->code;
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
  const SimrisLanguage *language;
  Catalogue *cat;

  if (msgid == NULL || *msgid == '\0')
    return msgid;

  language = simris_language_get (lang);
  if (language == simris_languages ()[0])
    return msgid;

  cat = catalogue_get (language);
  return cached_lookup (cat, cat->cache, msgid);
}

const char *
simris_ntr (const char *lang,
            const char *singular,
            const char *plural,
            gulong      n)
{
  const SimrisLanguage *language;
  Catalogue *cat;
  char **forms;
  guint index;

  g_return_val_if_fail (singular != NULL && plural != NULL, singular);

  language = simris_language_get (lang);
  /* The catalogue's own Plural-Forms (po/fr.po "plural=(n > 1)", po/nl.po "plural=(n != 1)"). */
  index = simris_language_plural_index (language, n);
  if (language == simris_languages ()[0])
    return index == 0 ? singular : plural;

  cat = catalogue_get (language);
  forms = g_hash_table_lookup (cat->plurals, singular);
  if (forms != NULL && g_strv_length (forms) > index)
    return forms[index];
  return index == 0 ? singular : plural;
}
