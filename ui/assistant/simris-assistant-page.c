/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include "simris-rules.h"

#include <glib/gi18n.h>

#include "simris-assistant-page.h"
#include "simris-date.h"
#include "simris-property.h"
#include "simris-summary.h"
#include "simris-ui-util.h"

typedef struct
{
  SimrisGuide *guide;

  /* Template */
  GtkLabel    *title_label;
  GtkLabel    *why_label;
  AdwPreferencesGroup *group;
  GtkLabel    *error_label;

  /* The dates of birth asked on this page, in order (BirthRow). */
  GArray      *births;
} SimrisAssistantPagePrivate;

typedef struct
{
  GtkWidget        *row;     /* owned by the page's widget tree */
  SimrisMember     *member;  /* a reference */
  SimrisGuideGroup  expected;
} BirthRow;

static void
birth_row_clear (gpointer data)
{
  BirthRow *birth = data;

  g_clear_object (&birth->member);
}

G_DEFINE_TYPE_WITH_PRIVATE (SimrisAssistantPage, simris_assistant_page, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_GUIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  ACTIVATE_NEXT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
simris_assistant_page_constructed (GObject *object)
{
  SimrisAssistantPage *self = SIMRIS_ASSISTANT_PAGE (object);

  G_OBJECT_CLASS (simris_assistant_page_parent_class)->constructed (object);
  if (SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->build != NULL)
    SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->build (self);
}

static void
simris_assistant_page_finalize (GObject *object)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (SIMRIS_ASSISTANT_PAGE (object));

  g_clear_object (&priv->guide);
  g_array_unref (priv->births);
  G_OBJECT_CLASS (simris_assistant_page_parent_class)->finalize (object);
}

static guint
default_n_zero (SimrisAssistantPage *self)
{
  return 0;
}

static void
set_guide (SimrisAssistantPage *self,
           SimrisGuide         *guide)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  g_set_object (&priv->guide, guide);
}

static const SimrisProperty assistant_page_properties[N_PROPS] = {
  [PROP_GUIDE] = SIMRIS_PROPERTY_OBJECT ("guide", simris_guide_get_type, simris_assistant_page_get_guide, set_guide,
                                         SIMRIS_PROPERTY_CONSTRUCT),
};

static void
simris_assistant_page_class_init (SimrisAssistantPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = simris_assistant_page_constructed;
  /* No gtk_widget_dispose_template (): GTK 4.8 looks the template up on the instance's
   * class, which is the page's subclass, and finds none. GtkBox's own dispose unparents the
   * template's children, which the page does not own. */
  object_class->finalize = simris_assistant_page_finalize;
  klass->n_questions = default_n_zero;
  klass->n_fields = NULL;

  simris_property_install (object_class, assistant_page_properties, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ACTIVATE_NEXT] = g_signal_new ("activate-next", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/assistant/simris-assistant-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SimrisAssistantPage, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, SimrisAssistantPage, why_label);
  gtk_widget_class_bind_template_child_private (widget_class, SimrisAssistantPage, group);
  gtk_widget_class_bind_template_child_private (widget_class, SimrisAssistantPage, error_label);
}

static void
simris_assistant_page_init (SimrisAssistantPage *self)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->births = g_array_new (FALSE, TRUE, sizeof (BirthRow));
  g_array_set_clear_func (priv->births, birth_row_clear);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->title_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
}

SimrisGuide *
simris_assistant_page_get_guide (SimrisAssistantPage *self)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  return priv->guide;
}

SimrisHousehold *
simris_assistant_page_get_household (SimrisAssistantPage *self)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  return simris_guide_get_household (priv->guide);
}

const char *
simris_assistant_page_get_name (SimrisAssistantPage *self)
{
  /* The page's name in the flow is its widget name, given at construction. */
  return gtk_widget_get_name (GTK_WIDGET (self));
}

char *
simris_assistant_page_validate (SimrisAssistantPage *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT_PAGE (self), NULL);

  if (SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->validate == NULL)
    return NULL;
  return SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->validate (self);
}

guint
simris_assistant_page_get_n_questions (SimrisAssistantPage *self)
{
  return SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->n_questions (self);
}

guint
simris_assistant_page_get_n_fields (SimrisAssistantPage *self)
{
  /* By default each question is one field. */
  if (SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->n_fields == NULL)
    return simris_assistant_page_get_n_questions (self);
  return SIMRIS_ASSISTANT_PAGE_GET_CLASS (self)->n_fields (self);
}

void
simris_assistant_page_show_error (SimrisAssistantPage *self,
                                  const char          *message)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  gtk_label_set_label (priv->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  message ? message : "", -1);
}

GtkWidget *
simris_assistant_find_named (GtkWidget  *root,
                             const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = simris_assistant_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
simris_assistant_page_find (SimrisAssistantPage *self,
                            const char          *name)
{
  return simris_assistant_find_named (GTK_WIDGET (self), name);
}

void
simris_assistant_page_focus_first (SimrisAssistantPage *self)
{
  /* Keyboard first: the first question of the page takes the focus. */
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

GtkWidget *
simris_assistant_page_begin (SimrisAssistantPage *self,
                             const char          *title,
                             const char          *why,
                             const char          *hint)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  gtk_label_set_label (priv->title_label, title);
  if (why != NULL)
    {
      /* Translators: the short line under each question of the guided simulation */
      g_autofree char *text = g_strdup_printf (_("Why we ask: %s"), why);

      gtk_label_set_label (priv->why_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->why_label), why != NULL);
  adw_preferences_group_set_description (priv->group, hint);
  return GTK_WIDGET (priv->group);
}

GtkWidget *
simris_assistant_page_get_group (SimrisAssistantPage *self)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);

  return GTK_WIDGET (priv->group);
}

void
simris_assistant_page_changed (SimrisAssistantPage *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
activate_next_cb (SimrisAssistantPage *self)
{
  g_signal_emit (self, signals[ACTIVATE_NEXT], 0);
}

void
simris_assistant_name_control (GtkWidget  *widget,
                               const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Mirrored for the tests, which check that every control has a name. */
  g_object_set_data_full (G_OBJECT (widget), "simris-a11y-label", g_strdup (label), g_free);
}

GtkWidget *
simris_assistant_new_text (const char *text,
                           const char *name,
                           const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (name != NULL)
    gtk_widget_set_name (label, name);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

void
simris_assistant_name_switches (GtkWidget  *root,
                                const char *label)
{
  /* libadwaita 1.2 leaves an expander row's enable switch without a name: a screen reader
   * says "GtkSwitch". Name it after its row. */
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        simris_assistant_name_control (child, label);
      else
        simris_assistant_name_switches (child, label);
    }
}

static void
add_to (GtkWidget *group,
        GtkWidget *row)
{
  if (ADW_IS_PREFERENCES_GROUP (group))
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  else
    adw_expander_row_add_row (ADW_EXPANDER_ROW (group), row);
}

static gboolean
switch_key_cb (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               gpointer               user_data)
{
  /* Enter on a focused switch (or its row) is Next, as in every field of the guide: it never
   * turns the switch on (a partner added by the key meant to go on). Space still toggles. */
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      activate_next_cb (SIMRIS_ASSISTANT_PAGE (user_data));
      return TRUE;
    }
  return FALSE;
}

/* Adds to group a row of row_type (an AdwActionRow, or any preferences row when subtitle
 * and control are NULL) asking title, with subtitle under it. control, the widget that
 * answers, goes at the row's end (at its start when at_start), or is the row itself when
 * NULL: it takes name as its widget name and the question as its accessible name. The
 * texts are plain: a person's name may hold "&" or "<". */
static GtkWidget *
add_question (GtkWidget  *group,
              GType       row_type,
              const char *name,
              const char *title,
              const char *subtitle,
              GtkWidget  *control,
              gboolean    at_start)
{
  GtkWidget *row = g_object_new (row_type, "title", title, "use-markup", FALSE, NULL);

  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (control != NULL)
    {
      gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
      if (at_start)
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), control);
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), control);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), control);
    }
  else
    control = row;
  gtk_widget_set_name (control, name);
  simris_assistant_name_control (control, title);
  add_to (group, row);
  return row;
}

GtkWidget *
simris_assistant_page_add_switch (SimrisAssistantPage *self,
                                  GtkWidget           *group,
                                  const char          *name,
                                  const char          *title,
                                  const char          *subtitle,
                                  gboolean             active)
{
  GtkWidget *sw = gtk_switch_new ();
  GtkWidget *row = add_question (group, ADW_TYPE_ACTION_ROW, name, title, subtitle, sw, FALSE);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *row_keys = gtk_event_controller_key_new ();

  gtk_switch_set_active (GTK_SWITCH (sw), active);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (switch_key_cb), self);
  gtk_widget_add_controller (sw, keys);
  g_signal_connect (row_keys, "key-pressed", G_CALLBACK (switch_key_cb), self);
  gtk_widget_add_controller (row, row_keys);
  return sw;
}

typedef struct
{
  SimrisAssistantPage *page;
  SimrisMember        *member;  /* a reference */
  SimrisMemberWrite    write;
} MemberSwitch;

static void
member_switch_free (gpointer  data,
                    GClosure *closure)
{
  MemberSwitch *answer = data;

  g_object_unref (answer->member);
  g_free (answer);
}

static void
member_switch_cb (GtkSwitch    *sw,
                  GParamSpec   *pspec,
                  MemberSwitch *answer)
{
  answer->write (answer->member, gtk_switch_get_active (sw));
  simris_assistant_page_changed (answer->page);
}

GtkWidget *
simris_assistant_page_add_member_switch (SimrisAssistantPage *self,
                                         GtkWidget           *group,
                                         SimrisMember        *member,
                                         const char          *name,
                                         const char          *title,
                                         const char          *subtitle,
                                         gboolean             active,
                                         SimrisMemberWrite    write)
{
  GtkWidget *sw = simris_assistant_page_add_switch (self, group, name, title, subtitle, active);
  MemberSwitch *answer = g_new0 (MemberSwitch, 1);

  answer->page = self;
  answer->member = g_object_ref (member);
  answer->write = write;
  g_signal_connect_data (sw, "notify::active", G_CALLBACK (member_switch_cb), answer, member_switch_free, 0);
  return sw;
}

GtkWidget *
simris_assistant_page_add_check (SimrisAssistantPage *self,
                                 GtkWidget           *group,
                                 const char          *name,
                                 const char          *title,
                                 const char          *subtitle,
                                 GtkWidget           *first)
{
  GtkWidget *button = gtk_check_button_new ();

  if (first != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), GTK_CHECK_BUTTON (first));
  add_question (group, ADW_TYPE_ACTION_ROW, name, title, subtitle, button, TRUE);
  return button;
}

GtkWidget *
simris_assistant_page_add_spin (SimrisAssistantPage *self,
                                GtkWidget           *group,
                                const char          *name,
                                const char          *title,
                                const char          *subtitle,
                                guint                value,
                                guint                max)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  add_question (group, ADW_TYPE_ACTION_ROW, name, title, subtitle, spin, FALSE);
  if (delegate != NULL)
    g_signal_connect_swapped (delegate, "activate", G_CALLBACK (activate_next_cb), self);
  return spin;
}

GtkWidget *
simris_assistant_page_add_entry (SimrisAssistantPage *self,
                                 GtkWidget           *group,
                                 const char          *name,
                                 const char          *title,
                                 const char          *text)
{
  GtkWidget *row = add_question (group, ADW_TYPE_ENTRY_ROW, name, title, NULL, NULL, FALSE);
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  if (delegate != NULL)
    simris_assistant_name_control (GTK_WIDGET (delegate), title);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (activate_next_cb), self);
  return row;
}

GtkWidget *
simris_assistant_page_add_combo (SimrisAssistantPage *self,
                                 GtkWidget           *group,
                                 const char          *name,
                                 const char          *title,
                                 const char          *subtitle,
                                 const char * const  *answers,
                                 guint                selected)
{
  GtkWidget *row = add_question (group, ADW_TYPE_COMBO_ROW, name, title, subtitle, NULL, FALSE);
  g_autoptr(GtkStringList) model = gtk_string_list_new (answers);

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

/* The answers of a yes/no question, in the order its row lists them. */
static const SimrisTristate tristate_order[] = {
  SIMRIS_TRISTATE_UNKNOWN, SIMRIS_TRISTATE_YES, SIMRIS_TRISTATE_NO,
};

const char *
simris_assistant_tristate_label (SimrisTristate value)
{
  /* Translators: the answers to a yes/no question of the guided simulation */
  return value == SIMRIS_TRISTATE_YES ? _("Yes") : value == SIMRIS_TRISTATE_NO ? _("No") : _("Not sure");
}

GtkWidget *
simris_assistant_page_add_tristate (SimrisAssistantPage *self,
                                    GtkWidget           *group,
                                    const char          *name,
                                    const char          *title,
                                    const char          *subtitle,
                                    SimrisTristate       value)
{
  const char *answers[G_N_ELEMENTS (tristate_order) + 1] = { NULL };
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tristate_order); i++)
    {
      answers[i] = simris_assistant_tristate_label (tristate_order[i]);
      if (tristate_order[i] == value)
        selected = i;
    }
  return simris_assistant_page_add_combo (self, group, name, title, subtitle, answers, selected);
}

SimrisTristate
simris_assistant_page_tristate_of (GtkWidget *row)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  return selected < G_N_ELEMENTS (tristate_order) ? tristate_order[selected] : SIMRIS_TRISTATE_UNKNOWN;
}

char *
simris_assistant_format_iso_for_entry (const char *iso)
{
  SimrisDate date;

  if (iso == NULL || !simris_date_parse (iso, &date))
    return g_strdup ("");
  return g_strdup_printf ("%02u/%02u/%04u", simris_date_day (date), simris_date_month (date),
                          simris_date_year (date));
}

char *
simris_assistant_parse_birth_date (SimrisHousehold *household,
                                   const char      *text,
                                   char           **message)
{
  SimrisDate date, reference = 0;

  *message = NULL;
  if (text == NULL || *text == '\0')
    return NULL;
  if (!simris_date_parse_user (text, &date))
    {
      /* Translators: under a date of birth the guided simulation cannot read */
      *message = g_strdup (_("Write the date as day/month/year, for example 14/05/2003."));
      return NULL;
    }
  simris_date_parse (simris_household_get_reference_date (household), &reference);
  if (reference != 0 && date > reference)
    {
      *message = g_strdup (_("This date is after the month simulated: check the year."));
      return NULL;
    }
  return simris_date_to_iso (date);
}

/* Someone else's date of birth, or only their age ("34"), which the guide turns into a
 * date giving that age in the month simulated (half a year past the birthday) and states
 * as an assumption. The applicant's own date is always asked. */
static char *
parse_date_or_age (SimrisAssistantPage *self,
                   SimrisMember        *member,
                   const char          *text,
                   char               **message)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);
  SimrisHousehold *household = simris_guide_get_household (priv->guide);
  const char *p = text;
  SimrisDate reference;
  guint64 age;

  while (*p == ' ')
    p++;
  if (simris_member_get_relation (member) != SIMRIS_RELATION_APPLICANT && *p != '\0'
      && strlen (p) <= 3 && g_ascii_string_to_unsigned (p, 10, 0, 120, &age, NULL)
      && simris_date_parse (simris_household_get_reference_date (household), &reference))
    {
      SimrisDate birth = simris_date_make (simris_date_year (reference) - (guint) age, simris_date_month (reference), 1);

      *message = NULL;
      simris_guide_set_age_only (priv->guide, member, (int) age);
      return simris_date_to_iso (simris_date_add_days (birth, -182));
    }
  simris_guide_set_age_only (priv->guide, member, -1);
  return simris_assistant_parse_birth_date (household, text, message);
}

static void
birth_changed_cb (GtkEditable         *row,
                  SimrisAssistantPage *self)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);
  g_autofree char *message = NULL;
  g_autofree char *iso = NULL;

  for (guint i = 0; i < priv->births->len; i++)
    {
      BirthRow *birth = &g_array_index (priv->births, BirthRow, i);

      if (birth->row != GTK_WIDGET (row))
        continue;
      iso = parse_date_or_age (self, birth->member, gtk_editable_get_text (row), &message);
      /* Text that is not a valid date is never kept (docs/case-format.md, Drafts). */
      if (g_strcmp0 (simris_member_get_birth_date (birth->member), iso) != 0)
        simris_member_set_birth_date (birth->member, iso);
    }
  simris_assistant_page_changed (self);
}

GtkWidget *
simris_assistant_page_add_birth_row (SimrisAssistantPage *self,
                                     GtkWidget           *group,
                                     SimrisMember        *member,
                                     const char          *title)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);
  int age = simris_guide_get_age_only (priv->guide, member);
  g_autofree char *text = age >= 0 ? g_strdup_printf ("%d", age)
                          : simris_assistant_format_iso_for_entry (simris_member_get_birth_date (member));
  g_autofree char *name = g_strdup_printf ("birth-%s", simris_member_get_id (member));
  BirthRow birth = { 0 };

  birth.row = simris_assistant_page_add_entry (self, group, name, title, text);
  birth.member = g_object_ref (member);
  birth.expected = simris_guide_member_group (priv->guide, member);
  g_array_append_val (priv->births, birth);
  g_signal_connect (birth.row, "changed", G_CALLBACK (birth_changed_cb), self);
  return birth.row;
}

char *
simris_assistant_page_validate_births (SimrisAssistantPage *self)
{
  SimrisAssistantPagePrivate *priv = simris_assistant_page_get_instance_private (self);
  SimrisHousehold *household = simris_assistant_page_get_household (self);

  for (guint i = 0; i < priv->births->len; i++)
    {
      BirthRow *birth = &g_array_index (priv->births, BirthRow, i);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (birth->row));
      gboolean is_applicant = simris_member_get_relation (birth->member) == SIMRIS_RELATION_APPLICANT;
      g_autofree char *message = NULL;
      g_autofree char *iso = parse_date_or_age (self, birth->member, text, &message);
      g_autofree char *person = simris_summary_dup_person (household, birth->member, NULL);
      int age;

      if (message != NULL && is_applicant)
        return g_steal_pointer (&message);
      if (message != NULL)
        /* Translators: "Child 1: …"; under a date of birth or an age */
        return g_strdup_printf (_("%s: write the date as day/month/year, or only the age in years if you do not know it."),
                                person);
      if (iso == NULL)
        {
          if (is_applicant)
            return g_strdup (_("Your date of birth is needed: the law looks at your age."));
          /* Translators: %s is a person ("your partner", "Child 1") */
          return g_strdup_printf (_("The date of birth of %s is needed."), person);
        }
      age = simris_ui_age_at (iso, simris_household_get_reference_date (household));
      /* Art. 3, 2° DIS: the age of majority, from the table. */
      int adult = (int) simris_rules_constant (SIMRIS_CONST_ADULT_AGE);

      if (birth->expected == SIMRIS_GUIDE_GROUP_MINOR && simris_rules_age_is_adult (age))
        /* Translators: %1$s is a person ("Child 1"), %2$d an age, 18 (the table's figure) */
        return g_strdup_printf (_("%1$s is %2$d or over on that date: count them among the children aged %2$d or over."),
                                person, adult);
      if (birth->expected == SIMRIS_GUIDE_GROUP_ADULT_CHILD && age >= 0 && !simris_rules_age_is_adult (age))
        /* Translators: %1$s is a person ("Child 1"), %2$d an age, 18 (the table's figure) */
        return g_strdup_printf (_("%1$s is under %2$d on that date: count them among the children under %2$d."),
                                person, adult);
    }
  return NULL;
}
