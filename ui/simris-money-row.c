/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisMoneyRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-i18n.h"
#include "simris-money-row.h"

struct _SimrisMoneyRow
{
  SimrisFieldRow  parent_instance;

  SimrisCents     cents;
  guint           updating : 1;
};

G_DEFINE_FINAL_TYPE (SimrisMoneyRow, simris_money_row, SIMRIS_TYPE_FIELD_ROW)

enum {
  PROP_0,
  PROP_CENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the entry shows: no thousands separator, the UI language's decimal mark, so that
 * simris_money_parse_user reads it back unchanged. */
static char *
format_for_entry (SimrisCents cents)
{
  const char *lang = simris_lang_from_locale ();
  const char *mark = g_str_equal (lang, "en") ? "." : ",";

  return g_strdup_printf ("%" G_GINT64_FORMAT "%s%02d",
                          cents / 100, mark, (int) (cents % 100));
}

static void
changed_cb (SimrisMoneyRow *self)
{
  g_autofree char *text = NULL;
  SimrisCents cents = 0;

  if (self->updating)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  if (*text == '\0')
    {
      /* Translators: shown beside an empty amount field */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("Enter an amount, 0 if none"));
      return;
    }

  switch (simris_money_parse_user (text, &cents))
    {
    case SIMRIS_MONEY_PARSE_OK:
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
      if (cents != self->cents)
        {
          self->cents = cents;
          self->updating = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTS]);
          self->updating = FALSE;
        }
      break;
    case SIMRIS_MONEY_PARSE_NEGATIVE:
      /* Translators: shown beside an amount field */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("Cannot be negative"));
      break;
    case SIMRIS_MONEY_PARSE_PRECISION:
      /* Translators: shown beside an amount field */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("At most two decimals"));
      break;
    case SIMRIS_MONEY_PARSE_TOO_LARGE:
      /* Translators: shown beside an amount field */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("Too large"));
      break;
    case SIMRIS_MONEY_PARSE_SYNTAX:
    default:
      /* Translators: shown beside an amount field whose text is not a number */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), _("Not an amount, e.g. 1234,50"));
      break;
    }
}

static void
simris_money_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SimrisMoneyRow *self = SIMRIS_MONEY_ROW (object);

  switch (prop_id)
    {
    case PROP_CENTS:
      g_value_set_int64 (value, self->cents);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_money_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SimrisMoneyRow *self = SIMRIS_MONEY_ROW (object);

  switch (prop_id)
    {
    case PROP_CENTS:
      simris_money_row_set_cents (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_money_row_class_init (SimrisMoneyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = simris_money_row_get_property;
  object_class->set_property = simris_money_row_set_property;

  properties[PROP_CENTS] =
    g_param_spec_int64 ("cents", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
simris_money_row_init (SimrisMoneyRow *self)
{
  GtkWidget *currency;
  g_autofree char *text = NULL;

  currency = gtk_label_new ("€");
  gtk_widget_add_css_class (currency, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), currency);

  text = format_for_entry (0);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;

  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
}

GtkWidget *
simris_money_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_MONEY_ROW, NULL);
}

SimrisCents
simris_money_row_get_cents (SimrisMoneyRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MONEY_ROW (self), 0);

  return self->cents;
}

void
simris_money_row_set_cents (SimrisMoneyRow *self,
                            SimrisCents     cents)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_MONEY_ROW (self));

  /* The model echoing what was just typed must not rewrite the text ("1234,5" stays). */
  if (self->updating || cents == self->cents)
    return;

  self->cents = cents;
  text = format_for_entry (cents);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTS]);
}

const char *
simris_money_row_get_error (SimrisMoneyRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MONEY_ROW (self), NULL);

  return simris_field_row_get_error (SIMRIS_FIELD_ROW (self));
}
