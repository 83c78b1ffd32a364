/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisUi"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "simris-field-row.h"
#include "simris-help-button.h"
#include "simris-i18n.h"
#include "simris-money-row.h"
#include "simris-ui-util.h"
#include "simris-language.h"
#include "simris-window.h"

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *str = g_value_get_string (from);

  g_value_set_string (to, str ? str : "");
  return TRUE;
}

static gboolean
text_to_string (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *str = g_value_get_string (from);

  g_value_set_string (to, (str && *str) ? str : NULL);
  return TRUE;
}

GBinding *
simris_bind_text (gpointer    object,
                  const char *property,
                  gpointer    editable)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  return g_object_bind_property_full (object, property, editable, "text",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      string_to_text, text_to_string, NULL, NULL);
}

void
simris_bind_group_text (GBindingGroup *group,
                        const char    *property,
                        gpointer       editable)
{
  g_return_if_fail (G_IS_BINDING_GROUP (group));
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  g_binding_group_bind_full (group, property, editable, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             string_to_text, text_to_string, NULL, NULL);
}

static gboolean
count_to_spin (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_double (to, MAX (0, g_value_get_int (from)));
  return TRUE;
}

static gboolean
spin_to_count (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_autoptr(GObject) source = g_binding_dup_source (binding);
  int value = (int) g_value_get_double (from);
  int current = -1;

  if (source == NULL)
    return FALSE;
  g_object_get (source, g_binding_get_source_property (binding), &current, NULL);
  /* The spin button clamping an absent (-1) count to 0 is no edit. */
  if (current < 0 && value == 0)
    return FALSE;
  g_value_set_int (to, value);
  return TRUE;
}

GBinding *
simris_bind_optional_count (gpointer       object,
                            const char    *property,
                            GtkSpinButton *spin)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), NULL);

  return g_object_bind_property_full (object, property, spin, "value",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      count_to_spin, spin_to_count, NULL, NULL);
}

const char *
simris_ui_kind_title (SimrisResourceKind kind)
{
  /* A draft's kind may be SIMRIS_RESOURCE_KIND_NONE: no table is looked up. */
  if (kind < 0 || kind >= SIMRIS_N_RESOURCE_KINDS)
    /* Translators: the title of a resource or a claimed benefit whose kind is not chosen yet */
    return _("Kind not chosen yet");
  return simris_resource_kind_get_label (kind, NULL);
}

const char *
simris_ui_lang (void)
{
  return simris_lang_from_locale ();
}

GtkWidget *
simris_ui_language_chooser_new (const char *selected)
{
  const SimrisLanguage * const *languages = simris_languages ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkCheckButton *first = NULL;

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  /* languages[0] is English, the msgids' language: no document is written in it. */
  for (guint i = 1; languages[i] != NULL; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_label (languages[i]->name);

      /* The code travels in the widget's name: read back by simris_ui_language_chooser_get. */
      gtk_widget_set_name (button, languages[i]->code);
      if (first != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), first);
      else
        first = GTK_CHECK_BUTTON (button);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button),
                                   g_strcmp0 (selected, languages[i]->code) == 0);
      gtk_box_append (GTK_BOX (box), button);
    }
  if (first != NULL && simris_ui_language_chooser_get (box) == NULL)
    gtk_check_button_set_active (first, TRUE);
  return box;
}

const char *
simris_ui_language_chooser_get (GtkWidget *chooser)
{
  g_return_val_if_fail (GTK_IS_WIDGET (chooser), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (chooser); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      return simris_language_lookup (gtk_widget_get_name (child))->code;
  return NULL;
}

char *
simris_ui_format_money (SimrisCents cents)
{
  return simris_money_format (cents, simris_ui_lang ());
}

/* What a money entry shows: no thousands separator, the UI language's decimal mark, so that
 * simris_money_parse_user reads it back unchanged. A missing amount shows nothing. */
char *
simris_ui_format_money_for_entry (SimrisCents cents)
{
  const char *mark = simris_language_get (NULL)->decimal;
  SimrisCents size;

  if (cents == SIMRIS_CENTS_MISSING)
    return g_strdup ("");
  size = ABS (cents);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT "%s%02d", cents < 0 ? "-" : "", size / 100, mark, (int) (size % 100));
}

char *
simris_ui_format_date (const char *iso)
{
  SimrisDate date;

  if (iso == NULL || !simris_date_parse (iso, &date))
    return NULL;
  return simris_ui_format_date_value (date);
}

/* dd/mm/yyyy, or the UI language's own separator (German dd.mm.yyyy; data/languages.json);
 * English, whose documents write ISO 8601, shows the Belgian dd/mm/yyyy too. */
char *
simris_ui_format_date_value (SimrisDate date)
{
  const SimrisLanguage *language = simris_language_get (NULL);
  char separator = language->date_separator != NULL ? language->date_separator[0] : '/';

  return g_strdup_printf ("%02u%c%02u%c%04u", simris_date_day (date), separator,
                          simris_date_month (date), separator, simris_date_year (date));
}

int
simris_ui_age_at (const char *birth_iso,
                  const char *reference_iso)
{
  SimrisDate birth, reference;

  if (birth_iso == NULL || reference_iso == NULL
      || !simris_date_parse (birth_iso, &birth)
      || !simris_date_parse (reference_iso, &reference)
      || birth > reference)
    return -1;
  return simris_date_age_at (birth, reference);
}

gboolean
simris_ui_list_model_find (GListModel *model,
                           gpointer    item,
                           guint      *position)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), FALSE);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

void
simris_ui_combo_row_select_enum (AdwComboRow *row,
                                 int          value)
{
  GListModel *model;
  guint n;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  model = adw_combo_row_get_model (row);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwEnumListItem) item = g_list_model_get_item (model, i);

      if (adw_enum_list_item_get_value (item) == value)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  /* Not offered (a draft's "no kind yet"): nothing is selected rather than a guess. */
  adw_combo_row_set_selected (row, GTK_INVALID_LIST_POSITION);
}

gboolean
simris_ui_combo_row_get_enum (AdwComboRow *row,
                              int         *value)
{
  g_autoptr(AdwEnumListItem) item = NULL;
  GListModel *model;
  guint selected;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);

  model = adw_combo_row_get_model (row);
  selected = adw_combo_row_get_selected (row);
  if (model == NULL || selected == GTK_INVALID_LIST_POSITION)
    return FALSE;
  item = g_list_model_get_item (model, selected);
  if (item == NULL)
    return FALSE;
  *value = adw_enum_list_item_get_value (item);
  return TRUE;
}

void
simris_ui_show_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (SIMRIS_IS_WINDOW (root))
    simris_window_add_toast (SIMRIS_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static char *
strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            g_string_append_c (out, *++p);
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
simris_ui_name_mnemonic_buttons (GtkWidget *root)
{
  const char *label = NULL;
  gboolean underline = FALSE;

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (root));

      if (ADW_IS_BUTTON_CONTENT (child))
        {
          label = adw_button_content_get_label (ADW_BUTTON_CONTENT (child));
          underline = adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (child));
        }
      else
        {
          label = gtk_button_get_label (GTK_BUTTON (root));
          underline = gtk_button_get_use_underline (GTK_BUTTON (root));
        }
    }
  else if (GTK_IS_CHECK_BUTTON (root))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (root));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (root));
    }

  if (underline && label != NULL && strchr (label, '_') != NULL)
    {
      g_autofree char *name = strip_mnemonic (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    simris_ui_name_mnemonic_buttons (child);
}

gboolean
simris_ui_household_is_complete (SimrisHousehold *household,
                                 SimrisUiGap     *gap,
                                 guint           *member_index,
                                 guint           *item_index)
{
  SimrisUiGap found = SIMRIS_UI_GAP_NONE;
  g_autofree char *path = NULL;
  const char *list = NULL, *field = NULL;
  int member = 0, item = 0;
  guint i = 0, j = 0;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), FALSE);

  if (simris_household_get_reference_date (household) == NULL)
    {
      if (gap != NULL)
        *gap = SIMRIS_UI_GAP_REFERENCE_DATE;
      if (member_index != NULL)
        *member_index = 0;
      if (item_index != NULL)
        *item_index = 0;
      return FALSE;
    }

  /* The core's walk in file order (docs/case-format.md, Drafts), mapped to the form's gaps. */
  path = simris_household_find_first_missing (household, &member, &list, &item, &field);
  if (path != NULL)
    {
      if (list == NULL)
        found = SIMRIS_UI_GAP_BIRTH_DATE;
      else if (g_str_equal (list, "pending_benefits"))
        found = SIMRIS_UI_GAP_BENEFIT_KIND;
      else if (g_strcmp0 (field, "kind") == 0)
        found = SIMRIS_UI_GAP_RESOURCE_KIND;
      else
        found = SIMRIS_UI_GAP_RESOURCE_AMOUNT;
      i = (guint) MAX (member, 0);
      j = (guint) MAX (item, 0);
    }

  if (gap != NULL)
    *gap = found;
  if (member_index != NULL)
    *member_index = found != SIMRIS_UI_GAP_NONE ? i : 0;
  if (item_index != NULL)
    *item_index = found != SIMRIS_UI_GAP_NONE ? j : 0;
  return found == SIMRIS_UI_GAP_NONE;
}

GtkWidget *
simris_ui_find_invalid_field (GtkWidget *root)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (SIMRIS_IS_FIELD_ROW (root) && simris_field_row_get_error (SIMRIS_FIELD_ROW (root)) != NULL)
    return root;
  /* A question still open ("Did you mean 1 100,00 €?") holds the amount back as an error
   * does: "1,100" is read as 1,10 € until the user answers. */
  if (SIMRIS_IS_MONEY_ROW (root) && simris_money_row_get_question (SIMRIS_MONEY_ROW (root)) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = simris_ui_find_invalid_field (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
simris_ui_limit_text (GtkWidget *editable,
                      int        max_chars)
{
  GtkEditable *delegate;

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  /* An entry row edits through its GtkText: that is where the limit holds as one types
   * or pastes. */
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));
  if (delegate == NULL)
    delegate = GTK_EDITABLE (editable);
  g_return_if_fail (GTK_IS_TEXT (delegate));
  gtk_text_set_max_length (GTK_TEXT (delegate), max_chars);
}

/* A row that toggles its switch on Enter, or that does nothing itself, should not be a Tab
 * stop of its own: the keyboard goes to the switch, spin button or entry it holds, which
 * the user then chooses on purpose. */
void
simris_ui_drop_dead_tab_stops (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_ACTION_ROW (root) && !ADW_IS_COMBO_ROW (root))
    {
      GtkWidget *target = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (root));

      if (GTK_IS_SWITCH (target) || GTK_IS_SPIN_BUTTON (target)
          || !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (root)))
        gtk_widget_set_focusable (root, FALSE);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    simris_ui_drop_dead_tab_stops (child);
}

static void
balanced_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  GtkWidget *partner = g_object_get_data (G_OBJECT (widget), "simris-partner-pane");
  GtkWidget *partner_child = partner ? adw_bin_get_child (ADW_BIN (partner)) : NULL;
  int own = 0, other = 0;

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_get_visible (child))
    return;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
      return;
    }
  gtk_widget_measure (child, orientation, for_size, &own, NULL, NULL, NULL);
  /* The partner measured with this pane's old minimum: it measures again. */
  if (partner != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "simris-pane-minimum")) != own + 1)
    {
      g_object_set_data (G_OBJECT (widget), "simris-pane-minimum", GINT_TO_POINTER (own + 1));
      gtk_widget_queue_resize (partner);
    }
  if (partner_child != NULL && gtk_widget_get_visible (partner_child))
    gtk_widget_measure (partner_child, orientation, -1, &other, NULL, NULL, NULL);
  *minimum = *natural = MAX (own, other);
}

static void
balanced_allocate (GtkWidget *widget,
                   int        width,
                   int        height,
                   int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

void
simris_ui_balance_panes (GtkWidget *first,
                         GtkWidget *second)
{
  g_return_if_fail (ADW_IS_BIN (first));
  g_return_if_fail (ADW_IS_BIN (second));

  /* The partner is a sibling under the same leaflet: it lives as long as the pane. */
  g_object_set_data (G_OBJECT (first), "simris-partner-pane", second);
  g_object_set_data (G_OBJECT (second), "simris-partner-pane", first);
  gtk_widget_set_layout_manager (first, gtk_custom_layout_new (NULL, balanced_measure, balanced_allocate));
  gtk_widget_set_layout_manager (second, gtk_custom_layout_new (NULL, balanced_measure, balanced_allocate));
}

static SimrisHelpButton *
find_help_button (GtkWidget *root)
{
  if (SIMRIS_IS_HELP_BUTTON (root))
    return SIMRIS_HELP_BUTTON (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      SimrisHelpButton *found;

      /* The rows of an expander are fields of their own. */
      if (ADW_IS_PREFERENCES_ROW (child))
        continue;
      if ((found = find_help_button (child)) != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
simris_ui_find_field_help (GtkWidget *focus)
{
  g_return_val_if_fail (GTK_IS_WIDGET (focus), NULL);

  /* The nearest row holding the focus is the field; its own "?" is the help. */
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_PREFERENCES_ROW (w))
      return (GtkWidget *) find_help_button (w);
  return NULL;
}

gboolean
simris_ui_show_field_help (GtkWidget *focus)
{
  GtkWidget *help;

  g_return_val_if_fail (GTK_IS_WIDGET (focus), FALSE);

  help = simris_ui_find_field_help (focus);
  if (help == NULL)
    return FALSE;
  simris_help_button_popup_from (SIMRIS_HELP_BUTTON (help), focus);
  return TRUE;
}

static void
field_help_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    simris_ui_show_field_help (focus);
}

void
simris_ui_install_field_help (GtkWidgetClass *widget_class)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  gtk_widget_class_install_action (widget_class, "field.help", NULL, field_help_cb);
  /* Shift+F1: the desktop's "what is this?" key, F1 being the manual (app.help). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, GDK_SHIFT_MASK, "field.help", NULL);
}

static void
wrap_label_with_text (GtkWidget  *root,
                      const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (root), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (root), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (root), PANGO_WRAP_WORD_CHAR);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    wrap_label_with_text (child, text);
}

void
simris_ui_wrap_group_titles (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_PREFERENCES_GROUP (root))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (root));

      if (title != NULL && *title != '\0')
        wrap_label_with_text (root, title);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    simris_ui_wrap_group_titles (child);
}

/* The fields a case file's message may name, in plain words. */
static const struct { const char *key; const char *label; } plain_fields[] = {
  { "birth_date", N_("date of birth") },
  { "relation", N_("relation to the applicant") },
  { "dependent_of", N_("who bears this child’s costs") },
  { "amount", N_("amount") },
  { "kind", N_("kind") },
  { "period", N_("how often") },
  { "label", N_("description") },
  { "name", N_("name") },
  { "spi_start", N_("start of the job or training") },
  { "shortage_occupation_start", N_("start of the shortage occupation job") },
  { "from", N_("first day received") },
  { "until", N_("last day received") },
  { "since", N_("date the benefit was claimed") },
  { "count", N_("number of cheques") },
  { "reference_date", N_("month simulated") },
  { "application_date", N_("application date") },
  { "members", N_("household") },
};

const char *
simris_ui_field_label (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (plain_fields); i++)
    if (g_str_equal (key, plain_fields[i].key))
      return _(plain_fields[i].label);
  return NULL;
}

gboolean
simris_ui_split_field_error (const char  *message,
                             char       **path,
                             const char **reason)
{
  const char *end = message;
  const char *colon;

  g_return_val_if_fail (message != NULL, FALSE);

  /* "path: reason", or "path : reason" as French typography writes it. */
  while (g_ascii_isalnum (*end) || *end == '_' || *end == '.' || *end == '[' || *end == ']')
    end++;
  colon = end;
  while (*colon == ' ' || *colon == '\xc2' || *colon == '\xa0')
    colon++;
  /* A path has a dot, a bracket or an underscore; "Note: …" is no path. */
  if (end == message || *colon != ':'
      || (memchr (message, '.', end - message) == NULL && memchr (message, '[', end - message) == NULL
          && memchr (message, '_', end - message) == NULL))
    return FALSE;
  for (colon++; *colon == ' '; colon++)
    ;
  *path = g_strndup (message, end - message);
  *reason = colon;
  return TRUE;
}

char *
simris_ui_plain_error (const char *message)
{
  const char *reason;
  g_autofree char *path = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (message != NULL, NULL);

  if (!simris_ui_split_field_error (message, &path, &reason))
    return g_strdup (message);
  parts = g_strsplit (path, ".", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint index = 0;

      if (out->len > 0)
        g_string_append (out, C_("path separator", ", "));
      if (sscanf (parts[i], "members[%u]", &index) == 1)
        /* Translators: the n-th person of the household in a message */
        g_string_append_printf (out, _("person %u"), index + 1);
      else if (sscanf (parts[i], "resources[%u]", &index) == 1)
        /* Translators: the n-th resource of a person in a message */
        g_string_append_printf (out, _("resource %u"), index + 1);
      else if (sscanf (parts[i], "pending_benefits[%u]", &index) == 1)
        /* Translators: the n-th benefit claimed by a person in a message */
        g_string_append_printf (out, _("benefit claimed %u"), index + 1);
      else
        {
          const char *label = simris_ui_field_label (parts[i]);

          g_string_append (out, label ? label : parts[i]);
        }
    }
  /* Translators: a field in plain words ("person 2, amount"), then what is wrong */
  return g_strdup_printf (_("%s: %s"), out->str, reason);
}

void
simris_ui_set_label (GtkLabel   *label,
                     const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (g_strcmp0 (gtk_label_get_label (label), text ? text : "") != 0)
    gtk_label_set_label (label, text);
}

void
simris_ui_set_row_title (AdwPreferencesRow *row,
                         const char        *title)
{
  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  if (g_strcmp0 (adw_preferences_row_get_title (row), title ? title : "") != 0)
    adw_preferences_row_set_title (row, title);
}

void
simris_ui_set_row_subtitle (AdwActionRow *row,
                            const char   *subtitle)
{
  const char *shown;

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  shown = adw_action_row_get_subtitle (row);
  if (g_strcmp0 (shown ? shown : "", subtitle ? subtitle : "") != 0)
    adw_action_row_set_subtitle (row, subtitle);
}

static void
revealer_changed_cb (GtkRevealer *revealer)
{
  GtkWidget *child = gtk_revealer_get_child (revealer);

  if (child == NULL)
    return;
  if (gtk_revealer_get_reveal_child (revealer))
    gtk_widget_set_visible (child, TRUE);
  else if (!gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (child, FALSE);
}

void
simris_ui_revealer_hide_when_closed (GtkRevealer *revealer)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));

  g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (revealer_changed_cb), NULL);
  g_signal_connect (revealer, "notify::child-revealed", G_CALLBACK (revealer_changed_cb), NULL);
  revealer_changed_cb (revealer);
}
