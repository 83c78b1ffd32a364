/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisDateRow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "simris-date.h"
#include "simris-date-row.h"
#include "simris-language.h"
#include "simris-property.h"
#include "simris-ui-util.h"

struct _SimrisDateRow
{
  SimrisFieldRow  parent_instance;

  char           *date;
  gboolean        allow_empty;
  gboolean        month;
  guint           updating : 1;
};

G_DEFINE_FINAL_TYPE (SimrisDateRow, simris_date_row, SIMRIS_TYPE_FIELD_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_ALLOW_EMPTY,
  PROP_MONTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
store_date (SimrisDateRow *self,
            const char    *iso)
{
  if (g_strcmp0 (self->date, iso) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static const char *month_names[12] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static guint
parse_month_word (const char *word)
{
  size_t len = strlen (word);
  guint found = 0;

  /* Month names as people type them, in every language SimRIS speaks (data/languages.json:
   * lower case, no accents); any unambiguous start of three letters or more is enough. */
  if (len < 3)
    return 0;
  for (const SimrisLanguage * const *l = simris_languages (); *l != NULL; l++)
    for (guint m = 0; m < 12; m++)
      {
        const char * const *words = simris_language_month_words (*l, m + 1);

        for (guint i = 0; words[i] != NULL; i++)
          if (strncmp (words[i], word, len) == 0 || g_str_equal (words[i], word))
            {
              if (found != 0 && found != m + 1)
                return 0;   /* "jui": June or July */
              found = m + 1;
            }
      }
  return found;
}

static gboolean
parse_number (const char *word,
              guint      *out)
{
  guint64 value;

  if (*word == '\0' || strlen (word) > 4)
    return FALSE;
  for (const char *p = word; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  value = g_ascii_strtoull (word, NULL, 10);
  *out = (guint) value;
  return TRUE;
}

/* A year of two digits: 00–69 are 2000–2069, 70–99 are 1970–1999; said back to the user. */
static guint
expand_year (const char *word,
             guint       year,
             gboolean   *two_digits)
{
  if (strlen (word) <= 2)
    {
      *two_digits = TRUE;
      return year <= 69 ? 2000 + year : 1900 + year;
    }
  return year;
}

/* What people type: "12/04/2001", "12-4-01", "12 avril 2001", an ISO date; in a month
 * field also "03/2026", "mars 2026", "maart 2026" (its first day: docs/calculation.md
 * §14). Sets a note saying what was understood when it may not be what was meant. */
static gboolean
parse_user_date (SimrisDateRow *self,
                 const char    *text,
                 SimrisDate    *out,
                 char         **note)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *plain = g_str_to_ascii (folded, NULL);
  g_auto(GStrv) parts = NULL;
  guint n, d = 1, m = 0, y = 0;
  gboolean two_digits = FALSE;
  gboolean month_only = FALSE;
  g_autofree char *shown = NULL;

  *note = NULL;
  if (simris_date_parse (text, out))
    {
      if (self->month)
        {
          g_autofree char *iso = simris_date_to_iso (*out);

          shown = simris_ui_format_date (iso);
          /* Translators: beside the month simulated: what was read; %s is a date */
          *note = g_strdup_printf (_("Understood: %s"), shown);
        }
      return TRUE;
    }

  parts = g_regex_split_simple ("[/.\\-, ]+", g_strstrip (plain), 0, 0);
  n = g_strv_length (parts);
  if (n > 0 && *parts[n - 1] == '\0')
    n--;
  if (n > 0 && *parts[0] == '\0')
    return FALSE;

  if (n == 3)
    {
      if (!parse_number (parts[0], &d) || !parse_number (parts[2], &y))
        return FALSE;
      if (!parse_number (parts[1], &m) && (m = parse_month_word (parts[1])) == 0)
        return FALSE;
      y = expand_year (parts[2], y, &two_digits);
    }
  else if (n == 2 && self->month)
    {
      if (!parse_number (parts[1], &y))
        return FALSE;
      if (!parse_number (parts[0], &m) && (m = parse_month_word (parts[0])) == 0)
        return FALSE;
      y = expand_year (parts[1], y, &two_digits);
      month_only = TRUE;
    }
  else
    return FALSE;

  if (strlen (parts[n - 1]) == 3 || !simris_date_is_valid (y, m, d))
    return FALSE;
  *out = simris_date_make (y, m, d);
  if (*out < SIMRIS_DATE_MIN || *out > SIMRIS_DATE_MAX)
    return FALSE;

  if (month_only)
    /* Translators: beside the month simulated: the month read, e.g. "March 2026" */
    shown = g_strdup_printf (C_("month and year", "%s %u"), g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[m - 1]), y);
  else
    shown = simris_ui_format_date_value (*out);

  if (two_digits)
    /* Translators: beside a date typed with a two-digit year; %s is the date read */
    *note = g_strdup_printf (_("Read as %s (00–69: 2000s, 70–99: 1900s)"), shown);
  else if (self->month || month_only)
    *note = g_strdup_printf (_("Understood: %s"), shown);
  return TRUE;
}

static void
changed_cb (SimrisDateRow *self)
{
  const char *text;
  g_autofree char *stripped = NULL;
  g_autofree char *note = NULL;
  SimrisDate date;

  if (self->updating)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  stripped = g_strstrip (g_strdup (text));

  /* Empty is a missing date (a draft's, or an optional one); text that is not a date is
   * missing too for the model, so that nothing is computed from an older date the user no
   * longer sees, while the row keeps the text and says why. */
  if (*stripped == '\0')
    {
      simris_field_row_set_note (SIMRIS_FIELD_ROW (self), NULL);
      /* Translators: shown beside an empty date field that must be filled in */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), self->allow_empty ? NULL : _("Required"));
      self->updating = TRUE;
      store_date (self, NULL);
      self->updating = FALSE;
      return;
    }

  if (!parse_user_date (self, stripped, &date, &note))
    {
      simris_field_row_set_note (SIMRIS_FIELD_ROW (self), NULL);
      /* Translators: shown beside a date field whose text is not a date; keep the format hint */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("Not a date: use dd/mm/yyyy"));
      self->updating = TRUE;
      store_date (self, NULL);
      self->updating = FALSE;
      return;
    }

  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
  simris_field_row_set_note (SIMRIS_FIELD_ROW (self), note);
  {
    g_autofree char *iso = simris_date_to_iso (date);

    self->updating = TRUE;
    store_date (self, iso);
    self->updating = FALSE;
  }
}

static void
simris_date_row_finalize (GObject *object)
{
  SimrisDateRow *self = SIMRIS_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (simris_date_row_parent_class)->finalize (object);
}

/* A boolean property's setter: stores and notifies when the value changes. */
static void
set_flag (SimrisDateRow *self,
          gboolean      *flag,
          gboolean       value,
          guint          prop_id)
{
  value = !!value;
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
get_allow_empty (SimrisDateRow *self)
{
  return self->allow_empty;
}

static void
set_allow_empty (SimrisDateRow *self,
                 gboolean       allow_empty)
{
  set_flag (self, &self->allow_empty, allow_empty, PROP_ALLOW_EMPTY);
}

static gboolean
get_month (SimrisDateRow *self)
{
  return self->month;
}

static void
set_month (SimrisDateRow *self,
           gboolean       month)
{
  set_flag (self, &self->month, month, PROP_MONTH);
}

/* month: a month field: "03/2026" or "mars 2026" mean the month's first day. */
static const SimrisProperty date_row_properties[N_PROPS] = {
  [PROP_DATE] = SIMRIS_PROPERTY_STRING ("date", NULL, simris_date_row_get_date, simris_date_row_set_date,
                                        SIMRIS_PROPERTY_READWRITE),
  [PROP_ALLOW_EMPTY] = SIMRIS_PROPERTY_BOOLEAN ("allow-empty", FALSE, get_allow_empty, set_allow_empty,
                                                SIMRIS_PROPERTY_READWRITE),
  [PROP_MONTH] = SIMRIS_PROPERTY_BOOLEAN ("month", FALSE, get_month, set_month, SIMRIS_PROPERTY_READWRITE),
};

static void
simris_date_row_class_init (SimrisDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_date_row_finalize;

  simris_property_install (object_class, date_row_properties, N_PROPS, properties);
}

static void
simris_date_row_init (SimrisDateRow *self)
{
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
}

GtkWidget *
simris_date_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_DATE_ROW, NULL);
}

const char *
simris_date_row_get_date (SimrisDateRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_DATE_ROW (self), NULL);

  return self->date;
}

void
simris_date_row_set_date (SimrisDateRow *self,
                          const char    *iso)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_DATE_ROW (self));

  /* The model echoing what was just typed must not rewrite the text ("1/2/2001" stays). */
  if (self->updating || g_strcmp0 (self->date, iso) == 0)
    return;

  /* A value from the model replaces what is shown, so keep "changed" from re-parsing it. */
  store_date (self, iso);
  text = simris_ui_format_date (iso);
  if (text == NULL)
    text = g_strdup (iso ? iso : "");
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
  simris_field_row_set_note (SIMRIS_FIELD_ROW (self), NULL);
}

const char *
simris_date_row_get_error (SimrisDateRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_DATE_ROW (self), NULL);

  return simris_field_row_get_error (SIMRIS_FIELD_ROW (self));
}
