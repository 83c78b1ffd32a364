/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant.h"
#include "simris-date.h"
#include "simris-engine.h"
#include "simris-parameters.h"
#include "simris-summary.h"
#include "simris-ui-util.h"
#include "simris-window-private.h"

/* The guided path (docs/calculation.md §0 read as questions): who you are, who lives with
 * you, everyone's money whose income the law may count (§4, §5, §9), benefits you are
 * waiting for (§8), the conditions (§1). Every answer is written at once into the
 * window's household — the assistant keeps no state of its own — so the full form and the
 * case file always hold what was answered. The assistant asks; the engine decides. */

struct _SimrisAssistant
{
  AdwWindow        parent_instance;

  /* Template */
  AdwWindowTitle  *window_title;
  GtkButton       *full_form_button;
  GtkProgressBar  *progress;
  GtkScrolledWindow *scroller;
  GtkStack        *stack;
  GtkButton       *back_button;
  GtkLabel        *step_label;
  GtkButton       *next_button;

  /* State */
  SimrisWindow    *window;          /* weak */
  SimrisHousehold *household;       /* the window's, when the assistant opened */
  GPtrArray       *pages;           /* char *, NULL-terminated */
  char            *page;
  GtkWidget       *page_widget;
  GtkLabel        *error_label;
  char           *(*validate)      (SimrisAssistant *self);
  GHashTable      *questions;       /* page name → number of questions asked there */
  GHashTable      *fields;          /* page name → number of fields shown there */
  guint            n_fields;
  SimrisResult    *result;
  gboolean         updating;

  GFile           *export_target_for_testing;
  char            *export_lang_for_testing;
  GFile           *print_target_for_testing;
};

G_DEFINE_FINAL_TYPE (SimrisAssistant, simris_assistant, ADW_TYPE_WINDOW)

/* ---- the household as the assistant sees it --------------------------------------------- */

typedef enum
{
  GROUP_NONE,
  GROUP_PARTNER,
  GROUP_MINOR,
  GROUP_PARENT,
  GROUP_ADULT_CHILD,
  GROUP_OTHER,
} Group;

#define ADULT_MARK "simris-assistant-adult"

static gboolean
close_idle (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The case the assistant was opened on. When the window shows another one (a file opened
 * meanwhile) or is gone, the assistant has nothing left to ask about: it closes. */
static SimrisHousehold *
get_household (SimrisAssistant *self)
{
  if (self->window != NULL && simris_window_get_household (self->window) == self->household)
    return self->household;
  if (g_object_get_data (G_OBJECT (self), "closing") == NULL)
    {
      g_object_set_data (G_OBJECT (self), "closing", GINT_TO_POINTER (1));
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
  return self->household;
}

static Group
member_group (SimrisHousehold *household,
              SimrisMember    *member)
{
  int age;

  switch (simris_member_get_relation (member))
    {
    case SIMRIS_RELATION_APPLICANT:
      return GROUP_NONE;
    case SIMRIS_RELATION_PARTNER:
      return GROUP_PARTNER;
    case SIMRIS_RELATION_PARENT:
      return GROUP_PARENT;
    case SIMRIS_RELATION_CHILD:
      /* Age at the reference date (docs/calculation.md §13): of age (art. 3, 2° DIS) is an adult child. */
      age = simris_ui_age_at (simris_member_get_birth_date (member),
                              simris_household_get_reference_date (household));
      if (simris_rules_age_is_adult (age))
        return GROUP_ADULT_CHILD;
      if (age < 0 && g_object_get_data (G_OBJECT (member), ADULT_MARK) != NULL)
        return GROUP_ADULT_CHILD;
      return GROUP_MINOR;
    default:
      return GROUP_OTHER;
    }
}

static GPtrArray *
members_of (SimrisHousehold *household,
            Group            group)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      SimrisMember *member = g_list_model_get_item (G_LIST_MODEL (household), i);

      if (member_group (household, member) == group)
        g_ptr_array_add (list, member);
      else
        g_object_unref (member);
    }
  return list;
}

static guint
count_of (SimrisHousehold *household,
          Group            group)
{
  g_autoptr(GPtrArray) list = members_of (household, group);

  return list->len;
}

static char *
default_name (Group group,
              guint number)
{
  switch (group)
    {
    case GROUP_MINOR:
      /* Translators: the name given to a child added by the guided simulation */
      return g_strdup_printf (_("Child %u"), number);
    case GROUP_ADULT_CHILD:
      /* Translators: the name given to a child aged 18 or over added by the guided simulation */
      return g_strdup_printf (_("Adult child %u"), number);
    case GROUP_PARENT:
      /* Translators: the name given to a parent added by the guided simulation */
      return g_strdup_printf (_("Parent %u"), number);
    case GROUP_OTHER:
      /* Translators: the name given to another person added by the guided simulation */
      return g_strdup_printf (_("Person %u"), number);
    default:
      return NULL;
    }
}

static void
set_group_count (SimrisHousehold *household,
                 Group            group,
                 guint            wanted)
{
  static const SimrisRelation relations[] = {
    [GROUP_PARTNER] = SIMRIS_RELATION_PARTNER,
    [GROUP_MINOR] = SIMRIS_RELATION_CHILD,
    [GROUP_PARENT] = SIMRIS_RELATION_PARENT,
    [GROUP_ADULT_CHILD] = SIMRIS_RELATION_CHILD,
    /* Siblings, friends, other relatives: the law never counts their income (§5, §9). */
    [GROUP_OTHER] = SIMRIS_RELATION_UNRELATED,
  };
  g_autoptr(GPtrArray) list = members_of (household, group);
  guint have = list->len;

  while (have > wanted)
    {
      SimrisMember *last = g_ptr_array_index (list, have - 1);
      guint position;

      if (simris_ui_list_model_find (G_LIST_MODEL (household), last, &position))
        simris_household_remove (household, position);
      have--;
    }
  while (have < wanted)
    {
      g_autofree char *id = simris_household_new_member_id (household);
      g_autofree char *name = default_name (group, have + 1);
      g_autoptr(SimrisMember) member = simris_member_new (id, relations[group], NULL);

      simris_member_set_name (member, name);
      if (group == GROUP_ADULT_CHILD)
        g_object_set_data (G_OBJECT (member), ADULT_MARK, GINT_TO_POINTER (1));
      simris_household_append (household, member);
      have++;
    }
}

/* Whose money the law may count: the applicant and the partner (§4, §5), the parents and
 * adult children (§5 option, §9 maintenance debtors). Minors, siblings and friends: never. */
static gboolean
money_matters (SimrisHousehold *household,
               SimrisMember    *member)
{
  Group group = member_group (household, member);

  return simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT
         || group == GROUP_PARTNER || group == GROUP_PARENT || group == GROUP_ADULT_CHILD;
}

/* ---- money categories ---------------------------------------------------------------- */

enum
{
  FOR_APPLICANT = 1 << 0,
  FOR_PARTNER = 1 << 1,
  FOR_OTHERS = 1 << 2,
  WITH_CHILDREN = 1 << 3,
};

typedef struct
{
  const char         *id;
  SimrisResourceKind  kind;
  SimrisPeriod        period;
  const char         *title;
  const char         *subtitle;
  guint               flags;
} Category;

static const Category categories[] = {
  { "work", SIMRIS_RESOURCE_KIND_WAGE, SIMRIS_PERIOD_MONTH,
    /* Translators: a kind of money in the guided simulation */
    N_("Work"), N_("Net pay each month, after tax and social security"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "unemployment", SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, SIMRIS_PERIOD_MONTH,
    N_("Unemployment benefit"), N_("Paid through a union or the CAPAC"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "sickness", SIMRIS_RESOURCE_KIND_SICKNESS, SIMRIS_PERIOD_MONTH,
    N_("Sickness or disability benefit"), N_("Paid by the health insurance fund"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "pension", SIMRIS_RESOURCE_KIND_PENSION, SIMRIS_PERIOD_MONTH,
    N_("Pension"), N_("Retirement or survivor's pension, or the income guarantee for the elderly"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "family_allowance", SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, SIMRIS_PERIOD_MONTH,
    N_("Family allowances"), N_("Received for the children: they are not deducted, but the CPAS asks for the statement"),
    FOR_APPLICANT | FOR_PARTNER | WITH_CHILDREN },
  { "savings", SIMRIS_RESOURCE_KIND_CAPITAL, SIMRIS_PERIOD_TOTAL,
    N_("Savings"), N_("The total on every bank and savings account"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "house", SIMRIS_RESOURCE_KIND_REAL_ESTATE, SIMRIS_PERIOD_TOTAL,
    N_("A house or flat you own"), N_("Its cadastral income, on the tax bill: not its price"),
    FOR_APPLICANT | FOR_PARTNER | FOR_OTHERS },
  { "family_help", SIMRIS_RESOURCE_KIND_REGULAR_GIFT, SIMRIS_PERIOD_MONTH,
    N_("Help from family"), N_("Money that family members who do not live with you give every month"),
    FOR_APPLICANT | FOR_PARTNER },
};

static gboolean
kind_matches (const Category     *category,
              SimrisResourceKind  kind)
{
  /* The guide's plain category of a kind is in its row of the law's table. */
  return kind >= 0 && g_strcmp0 (simris_rules_kind_guide_category (kind), category->id) == 0;
}

/* The work of a full-time student is a student job (§4.3: the SPI for the whole studies). */
static SimrisResourceKind
kind_for (const Category *category,
          SimrisMember   *member)
{
  if (category->kind == SIMRIS_RESOURCE_KIND_WAGE
      && simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT
      && simris_member_get_student (member))
    return SIMRIS_RESOURCE_KIND_STUDENT_JOB;
  return category->kind;
}

static SimrisResource *
find_resource (SimrisMember   *member,
               const Category *category,
               guint          *position)
{
  GListModel *resources = simris_member_get_resources (member);

  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, i);

      if (kind_matches (category, simris_resource_get_kind (resource)))
        {
          if (position != NULL)
            *position = i;
          return resource;
        }
    }
  return NULL;
}

static gboolean
category_applies (SimrisHousehold *household,
                  SimrisMember    *member,
                  const Category  *category)
{
  SimrisRelation relation = simris_member_get_relation (member);
  guint who = relation == SIMRIS_RELATION_APPLICANT ? FOR_APPLICANT
              : relation == SIMRIS_RELATION_PARTNER ? FOR_PARTNER : FOR_OTHERS;

  if ((category->flags & who) == 0)
    return FALSE;
  if ((category->flags & WITH_CHILDREN) && count_of (household, GROUP_MINOR) == 0)
    return FALSE;
  return TRUE;
}

static SimrisMember *
find_member_by_page (SimrisAssistant *self,
                     const char      *page)
{
  SimrisHousehold *household = get_household (self);

  if (household == NULL || !g_str_has_prefix (page, "money-"))
    return NULL;
  return simris_household_find_member (household, page + strlen ("money-"));
}

/* ---- page scaffolding ---------------------------------------------------------------- */

static void
name_control (GtkWidget  *widget,
              const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (widget), "simris-a11y-label", g_strdup (label), g_free);
}

static void
name_entry_row (AdwEntryRow *row,
                const char  *label)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  name_control (GTK_WIDGET (row), label);
  if (delegate != NULL)
    name_control (GTK_WIDGET (delegate), label);
}

/* libadwaita 1.2 leaves an expander row's enable switch without a name: a screen reader
 * says "GtkSwitch". Name it after its row. */
static void
name_switches (GtkWidget  *root,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        name_control (child, label);
      else
        name_switches (child, label);
    }
}

static GtkWidget *
page_new (SimrisAssistant *self,
          const char      *title,
          const char      *why,
          GtkWidget      **group)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label;

  label = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (box), label);

  if (why != NULL)
    {
      /* Translators: the short line under each question of the guided simulation */
      g_autofree char *text = g_strdup_printf (_("Why we ask: %s"), why);

      label = gtk_label_new (text);
      gtk_widget_set_name (label, "why");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (group != NULL)
    {
      *group = adw_preferences_group_new ();
      gtk_box_append (GTK_BOX (box), *group);
    }

  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "error");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), label);
  self->error_label = GTK_LABEL (label);
  return box;
}

static void update_validity (SimrisAssistant *self);
static void go_next (SimrisAssistant *self);

static void
activate_next_cb (SimrisAssistant *self)
{
  /* Enter in a field: Next, when the page is complete. */
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->next_button)))
    go_next (self);
}

static GtkWidget *
switch_row (GtkWidget  *group,
            const char *name,
            const char *title,
            const char *subtitle,
            gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_widget_set_name (sw, name);
  name_control (sw, title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return sw;
}

static GtkWidget *
spin_row (SimrisAssistant *self,
          GtkWidget       *group,
          const char      *name,
          const char      *title,
          const char      *subtitle,
          guint            value,
          guint            max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, name);
  name_control (spin, title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  if (gtk_editable_get_delegate (GTK_EDITABLE (spin)) != NULL)
    g_signal_connect_swapped (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate",
                              G_CALLBACK (activate_next_cb), self);
  return spin;
}

static GtkWidget *
entry_row (SimrisAssistant *self,
           GtkWidget       *group,
           const char      *name,
           const char      *title,
           const char      *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_set_name (row, name);
  name_entry_row (ADW_ENTRY_ROW (row), title);
  if (ADW_IS_PREFERENCES_GROUP (group))
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  else
    adw_expander_row_add_row (ADW_EXPANDER_ROW (group), row);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (activate_next_cb), self);
  return row;
}

/* Yes / No / Not sure, as the model's tristate. */
static GtkWidget *
tristate_row (GtkWidget      *group,
              const char     *name,
              const char     *title,
              const char     *subtitle,
              SimrisTristate  value)
{
  GtkWidget *row = adw_combo_row_new ();
  /* Translators: the answers to a yes/no question of the guided simulation */
  const char *answers[] = { N_("Not sure"), N_("Yes"), N_("No"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; answers[i] != NULL; i++)
    gtk_string_list_append (model, _(answers[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  /* SIMRIS_TRISTATE_UNKNOWN, _NO, _YES → Not sure, No, Yes. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              value == SIMRIS_TRISTATE_YES ? 1 : value == SIMRIS_TRISTATE_NO ? 2 : 0);
  gtk_widget_set_name (row, name);
  name_control (row, title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static SimrisTristate
tristate_of (GtkWidget *row)
{
  switch (adw_combo_row_get_selected (ADW_COMBO_ROW (row)))
    {
    case 1:
      return SIMRIS_TRISTATE_YES;
    case 2:
      return SIMRIS_TRISTATE_NO;
    default:
      return SIMRIS_TRISTATE_UNKNOWN;
    }
}

static char *
format_iso_for_entry (const char *iso)
{
  SimrisDate date;

  if (iso == NULL || !simris_date_parse (iso, &date))
    return g_strdup ("");
  return g_strdup_printf ("%02u/%02u/%04u", simris_date_day (date), simris_date_month (date),
                          simris_date_year (date));
}

/* A date of birth typed as dd/mm/yyyy: the ISO date, or NULL with a message saying why. */
static char *
parse_birth_date (SimrisHousehold *household,
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

/* ---- page "you" ---------------------------------------------------------------------- */

static void
birth_changed_cb (GtkEditable     *row,
                  SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *member = g_object_get_data (G_OBJECT (row), "member");
  g_autofree char *message = NULL;
  g_autofree char *iso = NULL;

  if (self->updating || household == NULL)
    return;
  iso = parse_birth_date (household, gtk_editable_get_text (row), &message);
  /* Text that is not a valid date is never kept (docs/case-format.md, Drafts). */
  if (g_strcmp0 (simris_member_get_birth_date (member), iso) != 0)
    simris_member_set_birth_date (member, iso);
  update_validity (self);
}

static void
student_cb (GtkSwitch       *sw,
            GParamSpec      *pspec,
            SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = household ? simris_household_get_applicant (household) : NULL;
  gboolean student = gtk_switch_get_active (sw);
  GListModel *resources;

  if (self->updating || applicant == NULL)
    return;
  simris_member_set_student (applicant, student);
  /* The same work, now as a student job or a wage (§4.3). */
  resources = simris_member_get_resources (applicant);
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, i);
      SimrisResourceKind kind = simris_resource_get_kind (resource);

      if (student && kind == SIMRIS_RESOURCE_KIND_WAGE)
        simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_STUDENT_JOB);
      else if (!student && kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB)
        simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_WAGE);
    }
}

static char *
validate_dates (SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);

  for (GtkWidget *row = g_object_get_data (G_OBJECT (self->page_widget), "first-date"); row != NULL;
       row = g_object_get_data (G_OBJECT (row), "next-date"))
    {
      SimrisMember *member = g_object_get_data (G_OBJECT (row), "member");
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
      g_autofree char *message = NULL;
      g_autofree char *iso = parse_birth_date (household, text, &message);
      g_autofree char *person = simris_summary_dup_person (household, member, NULL);
      Group expected = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "group"));
      int age;

      if (message != NULL && simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        return g_steal_pointer (&message);
      if (message != NULL)
        /* Translators: "Child 1: Write the date as …" */
        return g_strdup_printf (_("%s: %s"), person, message);
      if (iso == NULL)
        {
          if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
            return g_strdup (_("Your date of birth is needed: the law looks at your age."));
          /* Translators: %s is a person ("your partner", "Child 1") */
          return g_strdup_printf (_("The date of birth of %s is needed."), person);
        }
      age = simris_ui_age_at (iso, simris_household_get_reference_date (household));
      if (expected == GROUP_MINOR && age >= 18)
        return g_strdup_printf (_("%s is 18 or over on that date: count them among the children aged 18 or over."),
                                person);
      if (expected == GROUP_ADULT_CHILD && age < 18)
        return g_strdup_printf (_("%s is under 18 on that date: count them among the children under 18."), person);
    }
  return NULL;
}

static void
add_date_row (SimrisAssistant *self,
              GtkWidget       *group,
              SimrisMember    *member,
              const char      *title,
              GtkWidget      **last)
{
  g_autofree char *text = format_iso_for_entry (simris_member_get_birth_date (member));
  g_autofree char *name = g_strdup_printf ("birth-%s", simris_member_get_id (member));
  GtkWidget *row = entry_row (self, group, name, title, text);

  g_object_set_data (G_OBJECT (row), "member", member);
  g_object_set_data (G_OBJECT (row), "group",
                     GINT_TO_POINTER (member_group (get_household (self), member)));
  g_signal_connect (row, "changed", G_CALLBACK (birth_changed_cb), self);
  if (*last == NULL)
    g_object_set_data (G_OBJECT (self->page_widget), "first-date", row);
  else
    g_object_set_data (G_OBJECT (*last), "next-date", row);
  *last = row;
}

static GtkWidget *
build_you (SimrisAssistant *self,
           guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = simris_household_get_applicant (household);
  GtkWidget *group, *last = NULL;
  GtkWidget *box;

  box = page_new (self, _("About you"),
                  /* Translators: "Why we ask: …" */
                  _("the amount depends on your age, and students have their own rules for a job."), &group);
  self->page_widget = box;
  /* Translators: the hint under the date of birth */
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Day/month/year, for example 14/05/2003"));
  add_date_row (self, group, applicant, _("Your date of birth"), &last);
  {
    GtkWidget *sw = switch_row (group, "student", _("Do you study full time?"),
                                _("At school, college or university"), simris_member_get_student (applicant));

    g_signal_connect (sw, "notify::active", G_CALLBACK (student_cb), self);
  }
  self->validate = validate_dates;
  *n_questions = 2;
  return box;
}

/* ---- page "household" ---------------------------------------------------------------- */

static void
group_count_cb (GtkWidget       *widget,
                GParamSpec      *pspec,
                SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);
  Group group = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "group"));
  guint wanted;

  if (self->updating || household == NULL)
    return;
  if (GTK_IS_SWITCH (widget))
    wanted = gtk_switch_get_active (GTK_SWITCH (widget)) ? 1 : 0;
  else
    wanted = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget));
  set_group_count (household, group, wanted);
}

static GtkWidget *
build_household (SimrisAssistant *self,
                 guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  GtkWidget *group, *box, *w;
  static const struct
  {
    Group       group;
    const char *name;
    const char *title;
    const char *subtitle;
    guint       max;
  } counts[] = {
    { GROUP_MINOR, "children", N_("How many children under 18 live with you?"),
      N_("Yours, your partner's, or children you look after"), 15 },
    { GROUP_PARENT, "parents", N_("Do you live with your parents or one parent? How many?"), NULL, 2 },
    { GROUP_ADULT_CHILD, "adult-children", N_("How many of your children aged 18 or over live with you?"), NULL, 10 },
    { GROUP_OTHER, "others", N_("Anyone else? How many?"),
      N_("Brothers, sisters, other family, friends…"), 20 },
  };

  box = page_new (self, _("Who lives with you?"),
                  _("the amount is not the same when you live alone, with others or with children in your charge."),
                  &group);
  self->page_widget = box;
  w = switch_row (group, "partner", _("Do you live with a partner?"),
                  _("Husband, wife or partner, married or not"), count_of (household, GROUP_PARTNER) > 0);
  g_object_set_data (G_OBJECT (w), "group", GINT_TO_POINTER (GROUP_PARTNER));
  g_signal_connect (w, "notify::active", G_CALLBACK (group_count_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      w = spin_row (self, group, counts[i].name, _(counts[i].title),
                    counts[i].subtitle ? _(counts[i].subtitle) : NULL,
                    count_of (household, counts[i].group), counts[i].max);
      g_object_set_data (G_OBJECT (w), "group", GINT_TO_POINTER (counts[i].group));
      g_signal_connect (w, "notify::value", G_CALLBACK (group_count_cb), self);
    }
  self->validate = NULL;
  *n_questions = 1 + G_N_ELEMENTS (counts);
  return box;
}

/* ---- page "dates" -------------------------------------------------------------------- */

static GtkWidget *
build_dates (SimrisAssistant *self,
             guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  GtkWidget *group, *box, *last = NULL;

  box = page_new (self, _("Their dates of birth"),
                  _("the law looks at everyone's age: a child under 18, an adult child or a parent do not count the same way."),
                  &group);
  self->page_widget = box;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Day/month/year, for example 14/05/2003"));
  *n_questions = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      g_autofree char *person = NULL;
      g_autofree char *title = NULL;

      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        continue;
      person = simris_summary_dup_person (household, member, NULL);
      /* Translators: %s is a person ("your partner", "Child 1") */
      title = g_strdup_printf (_("Date of birth of %s"), person);
      add_date_row (self, group, member, title, &last);
      (*n_questions)++;
    }
  self->validate = validate_dates;
  return box;
}

/* ---- pages "money-<id>" -------------------------------------------------------------- */

static void
money_toggled_cb (AdwExpanderRow  *row,
                  GParamSpec      *pspec,
                  SimrisAssistant *self)
{
  SimrisMember *member = g_object_get_data (G_OBJECT (row), "member");
  const Category *category = g_object_get_data (G_OBJECT (row), "category");
  GtkWidget *amount = g_object_get_data (G_OBJECT (row), "amount");
  GtkWidget *unknown = g_object_get_data (G_OBJECT (row), "unknown");
  gboolean on = adw_expander_row_get_enable_expansion (row);
  guint position;

  if (self->updating)
    return;
  if (on && find_resource (member, category, NULL) == NULL)
    {
      g_autoptr(SimrisResource) resource = NULL;
      SimrisCents cents = SIMRIS_CENTS_MISSING;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (unknown)))
        simris_money_parse_user (gtk_editable_get_text (GTK_EDITABLE (amount)), &cents);
      resource = simris_resource_new (kind_for (category, member), cents, category->period);
      simris_member_add_resource (member, resource);
    }
  else if (!on)
    while (find_resource (member, category, &position) != NULL)
      simris_member_remove_resource (member, position);
  if (on)
    adw_expander_row_set_expanded (row, TRUE);
  update_validity (self);
}

static void
money_amount_cb (GtkWidget       *widget,
                 GParamSpec      *pspec,
                 SimrisAssistant *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (widget), "expander");
  SimrisMember *member = g_object_get_data (G_OBJECT (row), "member");
  const Category *category = g_object_get_data (G_OBJECT (row), "category");
  GtkWidget *amount = g_object_get_data (G_OBJECT (row), "amount");
  GtkWidget *unknown = g_object_get_data (G_OBJECT (row), "unknown");
  gboolean dont_know = gtk_check_button_get_active (GTK_CHECK_BUTTON (unknown));
  SimrisResource *resource;
  SimrisCents cents = SIMRIS_CENTS_MISSING;

  if (self->updating)
    return;
  gtk_widget_set_sensitive (amount, !dont_know);
  resource = find_resource (member, category, NULL);
  /* "I don't know" leaves the amount missing: the case is a draft until it is known. */
  if (!dont_know && simris_money_parse_user (gtk_editable_get_text (GTK_EDITABLE (amount)), &cents)
      != SIMRIS_MONEY_PARSE_OK)
    cents = SIMRIS_CENTS_MISSING;
  if (resource != NULL && simris_resource_get_amount (resource) != cents)
    simris_resource_set_amount (resource, cents);
  update_validity (self);
}

static char *
validate_money (SimrisAssistant *self)
{
  for (GtkWidget *row = g_object_get_data (G_OBJECT (self->page_widget), "first-money"); row != NULL;
       row = g_object_get_data (G_OBJECT (row), "next-money"))
    {
      const Category *category = g_object_get_data (G_OBJECT (row), "category");
      GtkWidget *amount = g_object_get_data (G_OBJECT (row), "amount");
      GtkWidget *unknown = g_object_get_data (G_OBJECT (row), "unknown");
      SimrisCents cents;
      SimrisMoneyParse parsed;

      if (!adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row))
          || gtk_check_button_get_active (GTK_CHECK_BUTTON (unknown)))
        continue;
      parsed = simris_money_parse_user (gtk_editable_get_text (GTK_EDITABLE (amount)), &cents);
      if (parsed == SIMRIS_MONEY_PARSE_OK)
        continue;
      if (*gtk_editable_get_text (GTK_EDITABLE (amount)) == '\0')
        /* Translators: %s is a kind of money ("Pension") */
        return g_strdup_printf (_("%s: enter the amount, or choose “I don't know”."), _(category->title));
      return g_strdup_printf (_("%s: write the amount in euros, for example 1250,50."), _(category->title));
    }
  return NULL;
}

static GtkWidget *
build_money (SimrisAssistant *self,
             SimrisMember    *member,
             guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  gboolean is_applicant = simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT;
  g_autofree char *person = simris_summary_dup_person (household, member, NULL);
  g_autofree char *title = NULL;
  GtkWidget *group, *box, *last = NULL;

  if (is_applicant)
    title = g_strdup (_("Your money"));
  else
    /* Translators: the title of a page of the guided simulation; %s is a person */
    title = g_strdup_printf (_("The money of %s"), person);

  box = page_new (self, title,
                  is_applicant || simris_member_get_relation (member) == SIMRIS_RELATION_PARTNER
                  ? _("the integration income makes up what is missing: the CPAS counts the money that comes in.")
                  : _("part of the income of the parents or adult children you live with may be counted."),
                  &group);
  self->page_widget = box;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Switch on each kind of money received, then give the amount."));
  *n_questions = 0;
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      const Category *category = &categories[i];
      SimrisResource *resource = find_resource (member, category, NULL);
      SimrisCents cents = resource ? simris_resource_get_amount (resource) : SIMRIS_CENTS_MISSING;
      GtkWidget *row, *amount, *unknown, *unknown_row, *help;
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;
      const char *amount_title;

      if (!category_applies (household, member, category))
        continue;

      row = adw_expander_row_new ();
      name = g_strdup_printf ("money-%s", category->id);
      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(category->title));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _(category->subtitle));
      adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), TRUE);
      name_control (row, _(category->title));
      name_switches (row, _(category->title));
      g_object_set_data (G_OBJECT (row), "member", member);
      g_object_set_data (G_OBJECT (row), "category", (gpointer) category);

      if (category->kind == SIMRIS_RESOURCE_KIND_CAPITAL)
        amount_title = _("Total amount, in euros");
      else if (category->kind == SIMRIS_RESOURCE_KIND_REAL_ESTATE)
        amount_title = _("Cadastral income, in euros");
      else
        amount_title = _("Amount per month, in euros");
      if (cents != SIMRIS_CENTS_MISSING)
        text = simris_money_to_string (cents);
      amount = entry_row (self, row, "amount", amount_title, text);
      g_object_set_data (G_OBJECT (amount), "expander", row);

      unknown_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (unknown_row), _("I don't know the amount"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (unknown_row), _("The result waits until you know it"));
      unknown = gtk_check_button_new ();
      gtk_widget_set_name (unknown, "unknown");
      name_control (unknown, _("I don't know the amount"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (unknown_row), unknown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (unknown_row), unknown);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), unknown_row);
      g_object_set_data (G_OBJECT (unknown), "expander", row);

      /* The help text the full form shows for this kind. */
      help = gtk_label_new (simris_resource_kind_get_help (kind_for (category, member), NULL));
      gtk_label_set_wrap (GTK_LABEL (help), TRUE);
      gtk_label_set_xalign (GTK_LABEL (help), 0);
      gtk_widget_add_css_class (help, "dim-label");
      gtk_widget_set_margin_start (help, 12);
      gtk_widget_set_margin_end (help, 12);
      gtk_widget_set_margin_top (help, 6);
      gtk_widget_set_margin_bottom (help, 6);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), help);

      g_object_set_data (G_OBJECT (row), "amount", amount);
      g_object_set_data (G_OBJECT (row), "unknown", unknown);

      self->updating = TRUE;
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), resource != NULL);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), resource != NULL);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (unknown), resource != NULL && cents == SIMRIS_CENTS_MISSING);
      gtk_widget_set_sensitive (amount, !(resource != NULL && cents == SIMRIS_CENTS_MISSING));
      self->updating = FALSE;

      g_signal_connect (row, "notify::enable-expansion", G_CALLBACK (money_toggled_cb), self);
      g_signal_connect (amount, "notify::text", G_CALLBACK (money_amount_cb), self);
      g_signal_connect (unknown, "notify::active", G_CALLBACK (money_amount_cb), self);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      if (last == NULL)
        g_object_set_data (G_OBJECT (box), "first-money", row);
      else
        g_object_set_data (G_OBJECT (last), "next-money", row);
      last = row;
      /* One question "which of these?" for the whole list, then one per amount asked. */
      self->n_fields += resource != NULL ? 2 : 1;
      *n_questions += resource != NULL ? 1 : 0;
    }
  *n_questions += 1;
  self->validate = validate_money;
  return box;
}

/* ---- page "pending" ------------------------------------------------------------------ */

static const SimrisResourceKind pending_kinds[] = {
  SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
  SIMRIS_RESOURCE_KIND_SICKNESS,
  SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE,
  SIMRIS_RESOURCE_KIND_PENSION,
};

static gboolean
find_pending (SimrisMember       *member,
              SimrisResourceKind  kind,
              guint              *position)
{
  GListModel *pending = simris_member_get_pending_benefits (member);

  for (guint i = 0; i < g_list_model_get_n_items (pending); i++)
    {
      g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (pending, i);

      if (simris_pending_benefit_get_kind (benefit) == kind)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
pending_cb (GtkSwitch       *sw,
            GParamSpec      *pspec,
            SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = household ? simris_household_get_applicant (household) : NULL;
  SimrisResourceKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sw), "kind"));
  guint position;

  if (self->updating || applicant == NULL)
    return;
  if (gtk_switch_get_active (sw) && !find_pending (applicant, kind, NULL))
    {
      g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (kind);

      simris_member_add_pending_benefit (applicant, benefit);
    }
  else if (!gtk_switch_get_active (sw))
    while (find_pending (applicant, kind, &position))
      simris_member_remove_pending_benefit (applicant, position);
}

static GtkWidget *
build_pending (SimrisAssistant *self,
               guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = simris_household_get_applicant (household);
  GtkWidget *group, *box;

  box = page_new (self, _("Have you asked for a benefit you have not received yet?"),
                  _("while you wait for it, the CPAS can pay you in advance and get the money back later."), &group);
  self->page_widget = box;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Switch on each benefit you asked for and are still waiting for."));
  for (guint i = 0; i < G_N_ELEMENTS (pending_kinds); i++)
    {
      const char *label = simris_resource_kind_get_label (pending_kinds[i], NULL);
      g_autofree char *name = g_strdup_printf ("pending-%s", simris_resource_kind_to_string (pending_kinds[i]));
      GtkWidget *sw = switch_row (group, name, label, NULL, find_pending (applicant, pending_kinds[i], NULL));

      g_object_set_data (G_OBJECT (sw), "kind", GINT_TO_POINTER (pending_kinds[i]));
      g_signal_connect (sw, "notify::active", G_CALLBACK (pending_cb), self);
    }
  self->validate = NULL;
  *n_questions = 1;
  return box;
}

/* ---- page "conditions" --------------------------------------------------------------- */

static gboolean
has_any_resource (SimrisMember *member)
{
  return g_list_model_get_n_items (simris_member_get_resources (member)) > 0;
}

static SimrisMember *
split_partner (SimrisHousehold *household)
{
  g_autoptr(GPtrArray) partners = members_of (household, GROUP_PARTNER);

  /* The split (§7) is only open to a partner without resources: otherwise, nothing to ask. */
  if (partners->len == 0 || has_any_resource (g_ptr_array_index (partners, 0))
      || count_of (household, GROUP_MINOR) == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (partners, 0));
}

static void
condition_cb (GtkWidget       *row,
              GParamSpec      *pspec,
              SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = household ? simris_household_get_applicant (household) : NULL;
  int condition = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "condition"));
  SimrisTristate value = tristate_of (row);

  if (self->updating || applicant == NULL)
    return;
  if (condition >= 0)
    simris_member_set_condition (applicant, condition, value);
  else
    {
      g_autoptr(SimrisMember) partner = split_partner (household);
      int age;

      if (partner == NULL)
        return;
      age = simris_ui_age_at (simris_member_get_birth_date (partner), simris_household_get_reference_date (household));
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_RESIDENCE, value);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_CLAIMS_OTHER_BENEFITS, value);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_WILLING_TO_WORK, value);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_NO_RESOURCES,
                                         value == SIMRIS_TRISTATE_UNKNOWN ? SIMRIS_TRISTATE_UNKNOWN : SIMRIS_TRISTATE_YES);
      simris_member_set_split_condition (partner, SIMRIS_SPLIT_AGE,
                                         value == SIMRIS_TRISTATE_UNKNOWN ? SIMRIS_TRISTATE_UNKNOWN
                                         : age >= 18 ? SIMRIS_TRISTATE_YES : SIMRIS_TRISTATE_NO);
    }
}

static GtkWidget *
build_conditions (SimrisAssistant *self,
                  guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = simris_household_get_applicant (household);
  g_autoptr(SimrisMember) partner = split_partner (household);
  GtkWidget *group, *box, *row;
  static const struct
  {
    SimrisCondition condition;
    const char     *name;
    const char     *title;
    const char     *subtitle;
  } questions[] = {
    { SIMRIS_CONDITION_RESIDENCE, "residence", N_("Do you live in Belgium, with the right to stay here?"),
      N_("Belgian, registered European, recognised refugee, or with a residence permit; and you really live here.") },
    { SIMRIS_CONDITION_WILLING_TO_WORK, "willing-to-work", N_("Are you ready to work, if you can?"),
      N_("Your health, full-time studies or another good reason can excuse you: the CPAS takes it into account.") },
    { SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS, "claims-other-benefits",
      N_("Have you asked for the other benefits you may have a right to?"),
      N_("Unemployment, sickness, pension, allowances… The integration income comes last; the CPAS helps you ask.") },
  };

  box = page_new (self, _("Three conditions"),
                  _("the law asks these three things of everyone; “Not sure” is a fine answer: the CPAS will check."),
                  &group);
  self->page_widget = box;
  *n_questions = 0;
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      row = tristate_row (group, questions[i].name, _(questions[i].title), _(questions[i].subtitle),
                          simris_member_get_condition (applicant, questions[i].condition));
      g_object_set_data (G_OBJECT (row), "condition", GINT_TO_POINTER (questions[i].condition));
      g_signal_connect (row, "notify::selected", G_CALLBACK (condition_cb), self);
      (*n_questions)++;
    }
  if (partner != NULL)
    {
      row = tristate_row (group, "partner-conditions", _("Does your partner meet these three conditions too?"),
                          _("Then the CPAS can pay half of the amount to each of you."),
                          simris_member_get_split_condition (partner, SIMRIS_SPLIT_RESIDENCE));
      g_object_set_data (G_OBJECT (row), "condition", GINT_TO_POINTER (-1));
      g_signal_connect (row, "notify::selected", G_CALLBACK (condition_cb), self);
      (*n_questions)++;
    }
  self->validate = NULL;
  return box;
}

/* ---- page "summary" ------------------------------------------------------------------ */

static const char *
tristate_label (SimrisTristate value)
{
  return value == SIMRIS_TRISTATE_YES ? _("Yes") : value == SIMRIS_TRISTATE_NO ? _("No") : _("Not sure");
}

static char *
money_summary (SimrisHousehold *household,
               SimrisMember    *member)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      SimrisResource *resource = find_resource (member, &categories[i], NULL);
      g_autofree char *money = NULL;

      if (resource == NULL || !category_applies (household, member, &categories[i]))
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      if (simris_resource_get_amount (resource) == SIMRIS_CENTS_MISSING)
        money = g_strdup (_("amount not known"));
      else
        money = simris_ui_format_money (simris_resource_get_amount (resource));
      /* Translators: "Work: 1 200,00 €" in the summary of the answers */
      g_string_append_printf (text, _("%s: %s"), _(categories[i].title), money);
    }
  if (text->len == 0)
    g_string_append (text, _("No money coming in"));
  return g_string_free (text, FALSE);
}

static void add_summary_row (GtkWidget *group, const char *page, const char *title, const char *subtitle);

static GtkWidget *
build_summary (SimrisAssistant *self,
               guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  SimrisMember *applicant = simris_household_get_applicant (household);
  GtkWidget *group, *box;
  g_autofree char *birth = simris_ui_format_date (simris_member_get_birth_date (applicant));
  g_autofree char *you = NULL;
  GString *who = g_string_new (NULL);
  GString *dates = g_string_new (NULL);
  GString *pending = g_string_new (NULL);
  g_autofree char *conditions = NULL;
  static const Group groups[] = { GROUP_PARTNER, GROUP_MINOR, GROUP_PARENT, GROUP_ADULT_CHILD, GROUP_OTHER };

  box = page_new (self, _("Your answers"), _("check them before the result: choose one to change it."), &group);
  self->page_widget = box;

  /* Translators: the summary of the page "About you": a date, then "studies" or not */
  you = g_strdup_printf (_("Born on %s; %s"), birth ? birth : _("date not known"),
                         simris_member_get_student (applicant) ? _("you study full time") : _("you do not study full time"));
  add_summary_row (group, "you", _("About you"), you);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      guint n = count_of (household, groups[i]);

      if (n == 0)
        continue;
      if (who->len > 0)
        g_string_append (who, ", ");
      switch (groups[i])
        {
        case GROUP_PARTNER:
          /* Translators: in the summary of "Who lives with you?" */
          g_string_append (who, _("your partner"));
          break;
        case GROUP_MINOR:
          g_string_append_printf (who, ngettext ("%u child under 18", "%u children under 18", n), n);
          break;
        case GROUP_PARENT:
          g_string_append_printf (who, ngettext ("%u parent", "%u parents", n), n);
          break;
        case GROUP_ADULT_CHILD:
          g_string_append_printf (who, ngettext ("%u adult child", "%u adult children", n), n);
          break;
        default:
          g_string_append_printf (who, ngettext ("%u other person", "%u other people", n), n);
          break;
        }
    }
  add_summary_row (group, "household", _("Who lives with you?"), who->len ? who->str : _("You live alone"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      g_autofree char *person = NULL;
      g_autofree char *date = NULL;

      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        continue;
      person = simris_summary_dup_person (household, member, NULL);
      date = simris_ui_format_date (simris_member_get_birth_date (member));
      if (dates->len > 0)
        g_string_append (dates, "; ");
      g_string_append_printf (dates, _("%s: %s"), person, date ? date : _("date not known"));
    }
  if (dates->len > 0)
    add_summary_row (group, "dates", _("Their dates of birth"), dates->str);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);
      g_autofree char *page = NULL;
      g_autofree char *title = NULL;
      g_autofree char *money = NULL;
      g_autofree char *person = NULL;

      if (!money_matters (household, member))
        continue;
      page = g_strdup_printf ("money-%s", simris_member_get_id (member));
      person = simris_summary_dup_person (household, member, NULL);
      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        title = g_strdup (_("Your money"));
      else
        title = g_strdup_printf (_("The money of %s"), person);
      money = money_summary (household, member);
      add_summary_row (group, page, title, money);
    }

  for (guint i = 0; i < G_N_ELEMENTS (pending_kinds); i++)
    if (find_pending (applicant, pending_kinds[i], NULL))
      {
        if (pending->len > 0)
          g_string_append (pending, ", ");
        g_string_append (pending, simris_resource_kind_get_label (pending_kinds[i], NULL));
      }
  add_summary_row (group, "pending", _("Benefits you are waiting for"), pending->len ? pending->str : _("None"));

  /* Translators: the three answers of the conditions page, "Yes / Not sure / Yes" */
  conditions = g_strdup_printf (_("Living in Belgium: %s; ready to work: %s; other benefits asked for: %s"),
                                tristate_label (simris_member_get_condition (applicant, SIMRIS_CONDITION_RESIDENCE)),
                                tristate_label (simris_member_get_condition (applicant, SIMRIS_CONDITION_WILLING_TO_WORK)),
                                tristate_label (simris_member_get_condition (applicant, SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS)));
  add_summary_row (group, "conditions", _("Three conditions"), conditions);

  g_string_free (who, TRUE);
  g_string_free (dates, TRUE);
  g_string_free (pending, TRUE);
  self->validate = NULL;
  *n_questions = 0;
  return box;
}

static void
add_summary_row (GtkWidget  *group,
                 const char *page,
                 const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-edit-symbolic");
  g_autofree char *name = g_strdup_printf ("edit-%s", page);
  /* Translators: the accessible name of an answer in the summary: "Change: About you" */
  g_autofree char *label = g_strdup_printf (_("Change: %s"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "assistant.go-to");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", page);
  name_control (row, label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* ---- page "result" ------------------------------------------------------------------- */

static GtkWidget *
text_label (const char *text,
            const char *name,
            const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (name != NULL)
    gtk_widget_set_name (label, name);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static void
add_list (GtkWidget  *box,
          const char *heading,
          const char *name,
          GPtrArray  *items,
          const char *icon)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
  GtkWidget *previous = NULL;

  gtk_widget_set_name (group, name);
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      /* The rows in order, for link_missing (). */
      if (previous == NULL)
        gtk_widget_set_name (row, "missing-row");
      else
        g_object_set_data (G_OBJECT (previous), "next-row", row);
      previous = row;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (items, i));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (box), group);
}

static GtkWidget *find_named (GtkWidget *root, const char *name);

static GtkWidget *
simris_assistant_find_in (GtkWidget  *root,
                          const char *name)
{
  return find_named (root, name);
}

/* The page where each missing answer is given, in simris_summary_dup_missing ()'s order:
 * each row of "Still missing" takes you there in one click (or Enter). */
static void
link_missing (SimrisHousehold *household,
              GtkWidget       *group)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *row;
  guint i = 0;

  for (guint m = 0; m < g_list_model_get_n_items (G_LIST_MODEL (household)); m++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), m);
      GListModel *resources = simris_member_get_resources (member);
      gboolean is_applicant = simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT;

      if (simris_member_get_birth_date (member) == NULL)
        g_ptr_array_add (pages, g_strdup (is_applicant ? "you" : "dates"));
      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, r);

          if (simris_resource_get_kind (resource) == SIMRIS_RESOURCE_KIND_NONE
              || simris_resource_get_amount (resource) == SIMRIS_CENTS_MISSING)
            g_ptr_array_add (pages, money_matters (household, member)
                                    ? g_strdup_printf ("money-%s", simris_member_get_id (member))
                                    : g_strdup ("summary"));
        }
    }

  for (row = group ? find_named (group, "missing-row") : NULL; row != NULL && i < pages->len;
       row = g_object_get_data (G_OBJECT (row), "next-row"), i++)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "assistant.go-to");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", g_ptr_array_index (pages, i));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *name,
               gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *plain = NULL;
  GString *s = g_string_new (NULL);

  for (const char *p = label; *p; p++)
    if (*p != '_')
      g_string_append_c (s, *p);
  plain = g_string_free (s, FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  name_control (button, plain);
  return button;
}

static GtkWidget *
build_result (SimrisAssistant *self,
              guint           *n_questions)
{
  SimrisHousehold *household = get_household (self);
  const char *lang = simris_ui_lang ();
  g_autoptr(GPtrArray) missing = simris_summary_dup_missing (household, lang);
  g_autoptr(GError) error = NULL;
  GtkWidget *box, *buttons;

  g_clear_object (&self->result);
  box = page_new (self, _("Your result"), NULL, NULL);
  self->page_widget = box;
  *n_questions = 0;
  self->validate = NULL;

  if (missing->len == 0)
    self->result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);

  if (missing->len > 0)
    {
      gtk_box_append (GTK_BOX (box), text_label (_("A few answers are still missing"), "headline", "title-1"));
      gtk_box_append (GTK_BOX (box), text_label (_("The amount can only be computed once you know them. Choose one in “Your answers” to fill it in."),
                                                 "why-result", NULL));
      add_list (box, _("Still missing"), "missing", missing, "dialog-question-symbolic");
      link_missing (household, simris_assistant_find_in (box, "missing"));
    }
  else if (self->result == NULL)
    {
      /* Translators: %s says what is wrong, naming the field */
      g_autofree char *text = g_strdup_printf (_("The simulation could not be computed: %s"), error->message);

      gtk_box_append (GTK_BOX (box), text_label (_("No result yet"), "headline", "title-1"));
      gtk_box_append (GTK_BOX (box), text_label (text, "why-result", NULL));
    }
  else
    {
      g_autofree char *headline = simris_summary_dup_headline (self->result, lang);
      g_autofree char *why = simris_summary_dup_why (self->result, lang);
      g_autoptr(GPtrArray) checklist = simris_summary_dup_checklist (household, lang);
      g_autoptr(GPtrArray) differences = simris_summary_dup_differences (self->result, lang);

      gtk_box_append (GTK_BOX (box), text_label (headline, "headline", "title-1"));
      gtk_box_append (GTK_BOX (box), text_label (why, "why-result", NULL));
      add_list (box, _("What to bring to the CPAS"), "checklist", checklist, "checkbox-symbolic");
      if (differences->len > 0)
        add_list (box, _("What the CPAS may decide differently"), "differences", differences, "dialog-information-symbolic");
      gtk_box_append (GTK_BOX (box), text_label (_("This is a simulation: only the CPAS decides. The full explanation, "
                                                   "with the law, is in the full form."), "disclaimer", "dim-label"));
    }

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (buttons, 12);
  if (self->result != NULL)
    {
      gtk_box_append (GTK_BOX (buttons), action_button (_("_Export My Simulation…"), "assistant.export", "export", TRUE));
      gtk_box_append (GTK_BOX (buttons), action_button (_("_Print My Simulation…"), "assistant.print", "print", FALSE));
    }
  else
    gtk_box_append (GTK_BOX (buttons), action_button (_("_Change My Answers"), "assistant.back", "change", TRUE));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Save the Case…"), "assistant.save", "save", FALSE));
  gtk_box_append (GTK_BOX (buttons), action_button (_("Show the _Full Form and the Explanation"), "assistant.full-form",
                                                    "full-form", FALSE));
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

/* ---- navigation ---------------------------------------------------------------------- */

static void
rebuild_sequence (SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_add (self->pages, g_strdup ("you"));
  g_ptr_array_add (self->pages, g_strdup ("household"));
  if (household != NULL && g_list_model_get_n_items (G_LIST_MODEL (household)) > 1)
    g_ptr_array_add (self->pages, g_strdup ("dates"));
  for (guint i = 0; household != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);

      if (money_matters (household, member))
        g_ptr_array_add (self->pages, g_strdup_printf ("money-%s", simris_member_get_id (member)));
    }
  g_ptr_array_add (self->pages, g_strdup ("pending"));
  g_ptr_array_add (self->pages, g_strdup ("conditions"));
  g_ptr_array_add (self->pages, g_strdup ("summary"));
  g_ptr_array_add (self->pages, g_strdup ("result"));
  g_ptr_array_add (self->pages, NULL);
  /* The NULL terminator is not a page. */
  self->pages->len--;
}

static int
page_index (SimrisAssistant *self,
            const char      *page)
{
  for (guint i = 0; i < self->pages->len; i++)
    if (g_str_equal (g_ptr_array_index (self->pages, i), page))
      return (int) i;
  return -1;
}

static void
update_validity (SimrisAssistant *self)
{
  g_autofree char *message = self->validate ? self->validate (self) : NULL;
  gboolean last = self->page != NULL && g_str_equal (self->page, "result");
  int index = self->page ? page_index (self, self->page) : 0;

  /* Never a "Next" while an answer is invalid; the message says what to change. An empty
   * required field is said only after something was typed or Next was refused. */
  if (self->error_label != NULL)
    {
      gtk_label_set_label (self->error_label, message ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      message ? message : "", -1);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next", message == NULL && !last);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.back", index > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !last);
}

static void
focus_first_input (GtkWidget *page)
{
  /* Keyboard first: the first field of the page takes the focus. */
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
show_page (SimrisAssistant *self,
           const char      *name)
{
  /* name may be one of self->pages, which the sequence below rebuilds. */
  g_autofree char *page = g_strdup (name);
  SimrisHousehold *household = get_household (self);
  GtkWidget *old = self->page_widget;
  GtkWidget *widget = NULL;
  SimrisMember *member;
  guint n_questions = 0;
  int index;
  g_autofree char *step = NULL;

  if (household == NULL)
    return;

  rebuild_sequence (self);
  if (page_index (self, page) < 0)
    {
      g_free (page);
      page = g_strdup ("summary");
    }

  self->page_widget = NULL;
  self->n_fields = 0;
  self->error_label = NULL;
  self->validate = NULL;
  if (g_str_equal (page, "you"))
    widget = build_you (self, &n_questions);
  else if (g_str_equal (page, "household"))
    widget = build_household (self, &n_questions);
  else if (g_str_equal (page, "dates"))
    widget = build_dates (self, &n_questions);
  else if ((member = find_member_by_page (self, page)) != NULL)
    widget = build_money (self, member, &n_questions);
  else if (g_str_equal (page, "pending"))
    widget = build_pending (self, &n_questions);
  else if (g_str_equal (page, "conditions"))
    widget = build_conditions (self, &n_questions);
  else if (g_str_equal (page, "result"))
    widget = build_result (self, &n_questions);
  else
    widget = build_summary (self, &n_questions);

  g_free (self->page);
  self->page = g_strdup (page);
  g_hash_table_replace (self->questions, g_strdup (page), GUINT_TO_POINTER (n_questions));
  g_hash_table_replace (self->fields, g_strdup (page), GUINT_TO_POINTER (self->n_fields ? self->n_fields : n_questions));

  gtk_stack_add_named (self->stack, widget, page);
  gtk_stack_set_visible_child (self->stack, widget);
  if (old != NULL)
    gtk_stack_remove (self->stack, old);
  simris_ui_name_mnemonic_buttons (widget);

  index = page_index (self, page);
  gtk_progress_bar_set_fraction (self->progress, (double) index / MAX (1, (int) self->pages->len - 1));
  /* Translators: under the questions: "Step 2 of 9" */
  step = g_strdup_printf (_("Step %d of %u"), index + 1, self->pages->len);
  gtk_label_set_label (self->step_label, step);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL, step, -1);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  update_validity (self);
  focus_first_input (widget);
}

static void
go_next (SimrisAssistant *self)
{
  int index;

  if (self->page == NULL || self->validate != NULL)
    {
      g_autofree char *message = self->validate ? self->validate (self) : NULL;

      if (message != NULL)
        {
          update_validity (self);
          return;
        }
    }
  /* The pages depend on the answers just given (a partner, parents…). */
  rebuild_sequence (self);
  index = page_index (self, self->page);
  if (index >= 0 && (guint) index + 1 < self->pages->len)
    show_page (self, g_ptr_array_index (self->pages, index + 1));
}

static void
go_back (SimrisAssistant *self)
{
  int index;

  rebuild_sequence (self);
  index = page_index (self, self->page);
  if (index > 0)
    show_page (self, g_ptr_array_index (self->pages, index - 1));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  go_next (SIMRIS_ASSISTANT (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  go_back (SIMRIS_ASSISTANT (widget));
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  show_page (SIMRIS_ASSISTANT (widget), g_variant_get_string (param, NULL));
}

static void
full_form_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);

  /* The form shows the same household: nothing to copy, nothing lost. */
  if (self->window != NULL)
    gtk_window_present (GTK_WINDOW (self->window));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);

  if (self->window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->window), "win.save", NULL);
}

static void
export_to (SimrisAssistant *self,
           GFile           *file,
           const char      *lang)
{
  SimrisHousehold *household = get_household (self);
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *message = NULL;

  /* The document's language may differ from the window's: compute in it. */
  result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);
  if (result != NULL && path != NULL)
    simris_summary_write_pdf (household, result, lang, path, &error);
  if (error != NULL)
    /* Translators: %s is the reason */
    message = g_strdup_printf (_("Could not export the simulation: %s"), error->message);
  else if (path == NULL)
    message = g_strdup (_("Could not export the simulation: choose a local file"));
  else
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Translators: a toast; %s is a file name */
      message = g_strdup_printf (_("Exported “%s”"), name);
    }
  if (self->window != NULL)
    simris_window_add_toast (self->window, adw_toast_new (message));
  g_object_set_data_full (G_OBJECT (self), "last-export-message", g_strdup (message), g_free);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    SimrisAssistant *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *lang = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "lang");

      export_to (self, file, g_strcmp0 (lang, "nl") == 0 ? "nl" : "fr");
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  GtkFileChooserNative *chooser;
  const char *lang = self->window ? _simris_window_default_document_lang (self->window) : "fr";
  const char *ids[] = { "fr", "nl", NULL };
  const char *labels[] = { N_("French"), N_("Dutch"), NULL };
  const char *translated[3] = { _(labels[0]), _(labels[1]), NULL };

  if (self->export_target_for_testing != NULL)
    {
      export_to (self, self->export_target_for_testing,
                 self->export_lang_for_testing ? self->export_lang_for_testing : lang);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export My Simulation"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name proposed for the applicant's summary */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("my-simulation.pdf"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "lang", _("Language"), ids, translated);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "lang", lang);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_begin_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
print_draw_cb (GtkPrintOperation *operation,
               GtkPrintContext   *context,
               int                page,
               SimrisAssistant   *self)
{
  const char *lang = g_object_get_data (G_OBJECT (operation), "lang");
  SimrisHousehold *household = get_household (self);
  g_autoptr(SimrisResult) result = NULL;

  result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, NULL);
  if (result != NULL)
    simris_summary_draw (household, result, lang, gtk_print_context_get_cairo_context (context));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  const char *lang = self->window ? _simris_window_default_document_lang (self->window) : "fr";

  if (self->result == NULL)
    return;
  /* The page is laid out in points from the paper's corner (simris-summary.h). */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("My Simulation"));
  g_object_set_data_full (G_OBJECT (operation), "lang", g_strdup (lang), g_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (print_begin_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (print_draw_cb), self);
  if (self->print_target_for_testing != NULL)
    {
      g_autofree char *path = g_file_get_path (self->print_target_for_testing);

      gtk_print_operation_set_export_filename (operation, path);
      gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), &error);
    }
  else
    gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (error != NULL && self->window != NULL)
    {
      /* Translators: %s is the reason */
      g_autofree char *message = g_strdup_printf (_("Could not print the simulation: %s"), error->message);

      simris_window_add_toast (self->window, adw_toast_new (message));
    }
}

/* ---- object -------------------------------------------------------------------------- */

static void
simris_assistant_dispose (GObject *object)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (object);

  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
  g_clear_object (&self->household);
  g_clear_object (&self->result);
  g_clear_object (&self->export_target_for_testing);
  g_clear_object (&self->print_target_for_testing);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_ASSISTANT);
  G_OBJECT_CLASS (simris_assistant_parent_class)->dispose (object);
}

static void
simris_assistant_finalize (GObject *object)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (object);

  g_ptr_array_unref (self->pages);
  g_hash_table_unref (self->questions);
  g_hash_table_unref (self->fields);
  g_free (self->page);
  g_free (self->export_lang_for_testing);
  G_OBJECT_CLASS (simris_assistant_parent_class)->finalize (object);
}

static void
simris_assistant_class_init (SimrisAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_assistant_dispose;
  object_class->finalize = simris_assistant_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, full_form_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, progress);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, scroller);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, step_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, next_button);

  gtk_widget_class_install_action (widget_class, "assistant.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "assistant.go-to", "s", go_to_action);
  gtk_widget_class_install_action (widget_class, "assistant.full-form", NULL, full_form_action);
  gtk_widget_class_install_action (widget_class, "assistant.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "assistant.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "assistant.print", NULL, print_action);

  /* Keyboard first: Alt+Left is Back everywhere; Enter is Next where no field uses it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "assistant.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "assistant.full-form", NULL);
}

static void
simris_assistant_init (SimrisAssistant *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = g_ptr_array_new_with_free_func (g_free);
  self->questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (self));
}

SimrisAssistant *
simris_assistant_new (SimrisWindow *window)
{
  SimrisAssistant *self;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (window), NULL);

  self = g_object_new (SIMRIS_TYPE_ASSISTANT,
                       "transient-for", window,
                       "application", gtk_window_get_application (GTK_WINDOW (window)),
                       NULL);
  self->window = window;
  self->household = g_object_ref (simris_window_get_household (window));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  show_page (self, "you");
  return self;
}

const char *
simris_assistant_get_page (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->page;
}

const char * const *
simris_assistant_get_pages (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  rebuild_sequence (self);
  return (const char * const *) self->pages->pdata;
}

SimrisResult *
simris_assistant_get_result (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->result;
}

static guint
money_answered (SimrisAssistant *self,
                SimrisMember    *member)
{
  SimrisHousehold *household = get_household (self);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (category_applies (household, member, &categories[i]) && find_resource (member, &categories[i], NULL) != NULL)
      n++;
  return n;
}

static guint
money_shown (SimrisAssistant *self,
             SimrisMember    *member)
{
  SimrisHousehold *household = get_household (self);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (category_applies (household, member, &categories[i]))
      n++;
  return n;
}

guint
simris_assistant_get_n_questions (SimrisAssistant *self)
{
  guint n = 0;

  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), 0);

  rebuild_sequence (self);
  for (guint i = 0; i < self->pages->len; i++)
    {
      const char *page = g_ptr_array_index (self->pages, i);
      SimrisMember *member = find_member_by_page (self, page);

      if (member != NULL && g_hash_table_contains (self->questions, page))
        /* The list of money, then one amount per kind received, as answered now. */
        n += 1 + money_answered (self, member);
      else
        n += GPOINTER_TO_UINT (g_hash_table_lookup (self->questions, page));
    }
  return n;
}

guint
simris_assistant_get_n_fields (SimrisAssistant *self)
{
  guint n = 0;

  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), 0);

  rebuild_sequence (self);
  for (guint i = 0; i < self->pages->len; i++)
    {
      const char *page = g_ptr_array_index (self->pages, i);
      SimrisMember *member = find_member_by_page (self, page);

      if (member != NULL && g_hash_table_contains (self->fields, page))
        n += money_shown (self, member) + money_answered (self, member);
      else
        n += GPOINTER_TO_UINT (g_hash_table_lookup (self->fields, page));
    }
  return n;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
simris_assistant_find (SimrisAssistant *self,
                       const char      *name)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->page_widget ? find_named (self->page_widget, name) : NULL;
}

void
simris_assistant_set_print_target_for_testing (SimrisAssistant *self,
                                               GFile           *file)
{
  g_return_if_fail (SIMRIS_IS_ASSISTANT (self));

  g_set_object (&self->print_target_for_testing, file);
}

void
simris_assistant_set_export_target_for_testing (SimrisAssistant *self,
                                                GFile           *file,
                                                const char      *lang)
{
  g_return_if_fail (SIMRIS_IS_ASSISTANT (self));

  g_set_object (&self->export_target_for_testing, file);
  g_free (self->export_lang_for_testing);
  self->export_lang_for_testing = g_strdup (lang);
}

/* ---- entry points -------------------------------------------------------------------- */

/* The guided path starts from an empty case: in this window when nothing in it would be
 * lost (a new case, the example untouched), else in a new window. */
static void
open_guide (SimrisWindow *window)
{
  if (simris_window_get_modified (window) || simris_window_get_file (window) != NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

      window = simris_window_new (SIMRIS_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    simris_window_new_case (window);
  gtk_window_present (GTK_WINDOW (simris_assistant_new (window)));
}

static void
guide_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  open_guide (SIMRIS_WINDOW (user_data));
}

void
simris_assistant_add_window_actions (SimrisWindow *window)
{
  g_autoptr(GSimpleAction) guide = g_simple_action_new ("guide", NULL);

  g_return_if_fail (SIMRIS_IS_WINDOW (window));

  g_signal_connect_object (guide, "activate", G_CALLBACK (guide_activated), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (guide));
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SimrisWindow     *window)
{
  if (g_strcmp0 (response, "guide") == 0)
    open_guide (window);
}

void
simris_assistant_offer (SimrisWindow *window)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (SIMRIS_IS_WINDOW (window));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("How Do You Want to Start?"), NULL));
  adw_message_dialog_set_body (dialog, _("“Guide Me” asks one question at a time, in plain words, and shows the "
                                         "result with what to bring to the CPAS. “Fill the Form” shows every field "
                                         "at once, for social workers and volunteers."));
  adw_message_dialog_add_responses (dialog,
                                    "form", _("_Fill the Form"),
                                    "guide", _("_Guide Me"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "guide", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "guide");
  adw_message_dialog_set_close_response (dialog, "form");
  g_signal_connect_object (dialog, "response", G_CALLBACK (offer_response_cb), window, 0);
  /* Read "Guide Me", not "_Guide Me Guide Me", to a screen reader. */
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}
