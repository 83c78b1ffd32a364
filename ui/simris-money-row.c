/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisMoneyRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-i18n.h"
#include "simris-money-row.h"
#include "simris-language.h"
#include "simris-property.h"
#include "simris-ui-util.h"

/* A monthly amount above this is asked about: 10 000,00 €. */
#define PLAUSIBLE_MONTHLY_MAX ((SimrisCents) 1000000)

struct _SimrisMoneyRow
{
  SimrisFieldRow  parent_instance;

  SimrisCents     cents;
  /* The question about a likely typo, what it suggests instead, and the text the user
   * chose to keep as typed (no question again while it stays the same). */
  char           *question;
  SimrisCents     suggestion;
  char           *kept_text;
  guint           updating : 1;
  guint           monthly : 1;
};

G_DEFINE_FINAL_TYPE (SimrisMoneyRow, simris_money_row, SIMRIS_TYPE_FIELD_ROW)

enum {
  PROP_0,
  PROP_CENTS,
  PROP_MONTHLY,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_question (SimrisMoneyRow *self,
              char           *question,
              SimrisCents     suggestion)
{
  if (g_strcmp0 (self->question, question) == 0 && self->suggestion == suggestion)
    {
      g_free (question);
      return;
    }
  g_free (self->question);
  self->question = question;
  self->suggestion = suggestion;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
  /* An open question holds the amount back: the window's one form state must know when it
   * is asked and when it is answered ("Keep as typed" changes no value). */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.check-form", NULL);
}

/* "1,100" is read as 1,10 € (three decimals, judged by value), but whoever types it most
 * likely meant one thousand one hundred; a monthly amount above 10 000 € is most likely
 * a yearly one or a slip of the finger. Either way the value stays as typed until the user
 * answers. */
static void
update_question (SimrisMoneyRow *self,
                 const char     *text,
                 SimrisCents     cents)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *comma = strchr (text, ',');
  gboolean only_digits = TRUE;

  if (cents == SIMRIS_CENTS_MISSING || g_strcmp0 (text, self->kept_text) == 0)
    {
      set_question (self, NULL, SIMRIS_CENTS_MISSING);
      return;
    }

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (p != comma)
        only_digits = FALSE;
    }

  if (comma != NULL && only_digits && comma > text && comma - text <= 3 && strlen (comma + 1) == 3
      && digits->len <= 12)
    {
      SimrisCents meant = g_ascii_strtoll (digits->str, NULL, 10) * 100;
      g_autofree char *money = simris_ui_format_money (meant);

      /* Translators: asked under an amount typed like "1,100"; %s is e.g. "1 100,00 €" */
      set_question (self, g_strdup_printf (_("Did you mean %s?"), money), meant);
      return;
    }

  if (self->monthly && cents > PLAUSIBLE_MONTHLY_MAX)
    {
      g_autofree char *money = simris_ui_format_money (cents);

      /* Translators: asked under a monthly amount above 10 000 €; %s is the amount */
      set_question (self, g_strdup_printf (_("%s a month is unusually high. Is it right?"), money),
                    SIMRIS_CENTS_MISSING);
      return;
    }

  set_question (self, NULL, SIMRIS_CENTS_MISSING);
}

/* Stores what the model gets: a value, or "missing" when the text is empty or not an
 * amount — never the last good value, which would be a figure the user no longer sees. */
static void
store_cents (SimrisMoneyRow *self,
             SimrisCents     cents)
{
  if (cents == self->cents)
    return;
  self->cents = cents;
  self->updating = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTS]);
  self->updating = FALSE;
}

static void
changed_cb (SimrisMoneyRow *self)
{
  g_autofree char *text = NULL;
  SimrisCents cents = 0;
  const char *error = NULL;

  if (self->updating)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  if (*text == '\0')
    {
      /* Nothing typed is a draft's missing amount, not an error. */
      simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
      set_question (self, NULL, SIMRIS_CENTS_MISSING);
      store_cents (self, SIMRIS_CENTS_MISSING);
      return;
    }

  switch (simris_money_parse_user (text, &cents))
    {
    case SIMRIS_MONEY_PARSE_OK:
      break;
    case SIMRIS_MONEY_PARSE_NEGATIVE:
      /* Translators: shown beside an amount field */
      error = _("Cannot be negative");
      break;
    case SIMRIS_MONEY_PARSE_PRECISION:
      /* Translators: shown beside an amount field */
      error = _("At most two decimals");
      break;
    case SIMRIS_MONEY_PARSE_TOO_LARGE:
      /* Translators: shown beside an amount field */
      error = _("Too large");
      break;
    case SIMRIS_MONEY_PARSE_SYNTAX:
    default:
      /* Translators: shown beside an amount field whose text is not a number */
      error = _("Not an amount, e.g. 1234,50");
      break;
    }

  if (error != NULL)
    cents = SIMRIS_CENTS_MISSING;
  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), error);
  update_question (self, text, cents);
  store_cents (self, cents);
}

static void
simris_money_row_finalize (GObject *object)
{
  SimrisMoneyRow *self = SIMRIS_MONEY_ROW (object);

  g_free (self->question);
  g_free (self->kept_text);

  G_OBJECT_CLASS (simris_money_row_parent_class)->finalize (object);
}

static gboolean
get_monthly (SimrisMoneyRow *self)
{
  return self->monthly;
}

/* The question is read-only: the row asks it, the user answers (accept or keep as typed). */
static const SimrisProperty money_row_properties[N_PROPS] = {
  [PROP_CENTS] = SIMRIS_PROPERTY_INT64 ("cents", SIMRIS_CENTS_MISSING, G_MAXINT64, 0, simris_money_row_get_cents,
                                        simris_money_row_set_cents, SIMRIS_PROPERTY_READWRITE),
  [PROP_MONTHLY] = SIMRIS_PROPERTY_BOOLEAN ("monthly", FALSE, get_monthly, simris_money_row_set_monthly,
                                            SIMRIS_PROPERTY_READWRITE),
  [PROP_QUESTION] = SIMRIS_PROPERTY_STRING ("question", NULL, simris_money_row_get_question, NULL,
                                            G_PARAM_READABLE),
};

static void
simris_money_row_class_init (SimrisMoneyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_money_row_finalize;

  simris_property_install (object_class, money_row_properties, N_PROPS, properties);
}

static void
simris_money_row_init (SimrisMoneyRow *self)
{
  GtkWidget *currency;
  g_autofree char *text = NULL;

  currency = gtk_label_new ("€");
  gtk_widget_add_css_class (currency, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), currency);

  self->suggestion = SIMRIS_CENTS_MISSING;
  text = simris_ui_format_money_for_entry (0);
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
  g_return_val_if_fail (SIMRIS_IS_MONEY_ROW (self), SIMRIS_CENTS_MISSING);

  return self->cents;
}

void
simris_money_row_set_cents (SimrisMoneyRow *self,
                            SimrisCents     cents)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_MONEY_ROW (self));

  /* The model echoing what was just typed must not rewrite the text ("1234,5" stays, and so
   * does "11OO" when the model holds it as missing). */
  if (self->updating || cents == self->cents)
    return;

  self->cents = cents;
  text = simris_ui_format_money_for_entry (cents);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  simris_field_row_set_error (SIMRIS_FIELD_ROW (self), NULL);
  update_question (self, text, cents);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTS]);
}

const char *
simris_money_row_get_error (SimrisMoneyRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MONEY_ROW (self), NULL);

  return simris_field_row_get_error (SIMRIS_FIELD_ROW (self));
}

void
simris_money_row_set_monthly (SimrisMoneyRow *self,
                              gboolean        monthly)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_MONEY_ROW (self));

  monthly = !!monthly;
  if (self->monthly == monthly)
    return;
  self->monthly = monthly;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  update_question (self, text, simris_field_row_get_error (SIMRIS_FIELD_ROW (self)) ? SIMRIS_CENTS_MISSING : self->cents);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTHLY]);
}

const char *
simris_money_row_get_question (SimrisMoneyRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MONEY_ROW (self), NULL);

  return self->question;
}

SimrisCents
simris_money_row_get_suggestion (SimrisMoneyRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MONEY_ROW (self), SIMRIS_CENTS_MISSING);

  return self->suggestion;
}

void
simris_money_row_accept_suggestion (SimrisMoneyRow *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIMRIS_IS_MONEY_ROW (self));

  if (self->suggestion == SIMRIS_CENTS_MISSING)
    return;
  text = simris_ui_format_money_for_entry (self->suggestion);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

void
simris_money_row_keep_as_typed (SimrisMoneyRow *self)
{
  g_return_if_fail (SIMRIS_IS_MONEY_ROW (self));

  g_free (self->kept_text);
  self->kept_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  set_question (self, NULL, SIMRIS_CENTS_MISSING);
}
