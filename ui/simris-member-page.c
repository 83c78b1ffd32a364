/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisMemberPage"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-date-row.h"
#include "simris-enum-row.h"
#include "simris-enum-types.h"
#include "simris-help-button.h"
#include "simris-member-page.h"
#include "simris-parameters.h"
#include "simris-rules.h"
#include "simris-member-row.h"
#include "simris-pending-benefit-row.h"
#include "simris-property.h"
#include "simris-resource-row.h"
#include "simris-tristate-row.h"
#include "simris-ui-util.h"

struct _SimrisMemberPage
{
  GtkWidget             parent_instance;

  SimrisHousehold      *household;
  SimrisMember         *member;
  GPtrArray            *dependent_ids;
  /* What binds the page to its person and household: showing another person would be
   * setting the groups' sources, with nothing kept by hand. */
  GBindingGroup        *bindings;
  GSignalGroup         *member_signals;
  GSignalGroup         *household_signals;

  GtkLabel             *title_label;
  AdwPreferencesPage   *page;
  SimrisEnumRow        *relation_row;
  AdwEntryRow          *name_row;
  SimrisDateRow        *birth_row;
  AdwPreferencesGroup  *conditions_group;
  SimrisTristateRow    *residence_row;
  SimrisTristateRow    *willing_row;
  SimrisTristateRow    *claims_row;
  GtkSwitch            *married_switch;
  GtkSwitch            *student_switch;
  GtkSwitch            *pregnant_switch;
  GtkSwitch            *disabled_switch;
  GtkSwitch            *lives_switch;
  AdwActionRow         *shares_row;
  GtkSwitch            *shares_switch;
  AdwActionRow         *custody_row;
  GtkSwitch            *custody_switch;
  AdwActionRow         *also_applies_row;
  GtkSwitch            *also_applies_switch;
  AdwComboRow          *dependent_row;
  AdwPreferencesGroup  *split_group;
  SimrisTristateRow    *split_residence_row;
  SimrisTristateRow    *split_age_row;
  SimrisTristateRow    *split_no_resources_row;
  SimrisTristateRow    *split_claims_row;
  SimrisTristateRow    *split_willing_row;
  GtkListBox           *resources_list;
  GtkListBox           *pending_list;
  GtkWidget            *birth_help;
  GtkWidget            *shares_help;
  GtkWidget            *split_age_help;

  guint                 updating_dependent : 1;
  guint                 expand_next : 1;
};

G_DEFINE_FINAL_TYPE (SimrisMemberPage, simris_member_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HOUSEHOLD,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (SimrisMemberPage *self)
{
  g_autofree char *name = simris_member_dup_display_name (self->member);
  g_autofree char *question = NULL;

  gtk_label_set_label (self->title_label, name);
  /* Art. 14, §1, 1° of the law, in plain words (docs/calculation.md §2.1). */
  /* Translators: %s is the person's name, e.g. "Sam" */
  question = g_strdup_printf (_("Do you share the costs of the home — rent, food, bills — with %s?"), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->shares_row), question);
}

/* Which of the questions about who lives with whom apply to this person (docs/case-format.md):
 * sharing the household for anyone at the address but the applicant and the partner (a minor
 * child is asked about custody instead), custody for a minor, applying too for an adult. */
static void
update_household_questions (SimrisMemberPage *self)
{
  SimrisRelation relation = simris_member_get_relation (self->member);
  gboolean lives = simris_member_get_lives_in_household (self->member);
  gboolean other = relation != SIMRIS_RELATION_APPLICANT && relation != SIMRIS_RELATION_PARTNER;
  int age = simris_ui_age_at (simris_member_get_birth_date (self->member),
                              simris_household_get_reference_date (self->household));
  gboolean minor = age >= 0 && !simris_rules_age_is_adult (age);

  gtk_widget_set_visible (GTK_WIDGET (self->shares_row),
                          other && lives && !(minor && relation == SIMRIS_RELATION_CHILD));
  gtk_widget_set_visible (GTK_WIDGET (self->custody_row), other && lives && minor);
  gtk_widget_set_visible (GTK_WIDGET (self->also_applies_row),
                          relation != SIMRIS_RELATION_APPLICANT && lives && !minor);
}

static gboolean
custody_to_switch (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == SIMRIS_CUSTODY_ALTERNATING);
  return TRUE;
}

static gboolean
switch_to_custody (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      data)
{
  g_value_set_enum (to, g_value_get_boolean (from) ? SIMRIS_CUSTODY_ALTERNATING : SIMRIS_CUSTODY_FULL);
  return TRUE;
}

static void
update_dependent_choices (SimrisMemberPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GListModel *members = G_LIST_MODEL (self->household);
  const char *current = simris_member_get_dependent_of (self->member);
  SimrisRelation relation = simris_member_get_relation (self->member);
  guint selected = 0;
  int age;

  g_ptr_array_set_size (self->dependent_ids, 0);

  /* What an absent dependent_of means depends on the relation (docs/case-format.md). */
  if (relation == SIMRIS_RELATION_CHILD)
    gtk_string_list_append (model, _("The applicant or the couple (default)"));
  else
    gtk_string_list_append (model, _("Someone outside the applicant’s couple (default)"));
  g_ptr_array_add (self->dependent_ids, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) other = g_list_model_get_item (members, i);
      g_autofree char *label = NULL;
      const char *name = simris_member_get_name (other);

      if (other == self->member)
        continue;

      if (name != NULL && *name != '\0')
        /* Translators: a person in a list: name and relation, e.g. "Sophie (Applicant)" */
        label = g_strdup_printf (_("%s (%s)"), name,
                                 simris_relation_get_label (simris_member_get_relation (other), NULL));
      else
        label = g_strdup (simris_relation_get_label (simris_member_get_relation (other), NULL));

      if (g_strcmp0 (current, simris_member_get_id (other)) == 0)
        selected = self->dependent_ids->len;
      gtk_string_list_append (model, label);
      g_ptr_array_add (self->dependent_ids, g_strdup (simris_member_get_id (other)));
    }

  self->updating_dependent = TRUE;
  adw_combo_row_set_model (self->dependent_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->dependent_row, selected);
  self->updating_dependent = FALSE;

  age = simris_ui_age_at (simris_member_get_birth_date (self->member),
                          simris_household_get_reference_date (self->household));
  gtk_widget_set_visible (GTK_WIDGET (self->dependent_row),
                          relation != SIMRIS_RELATION_APPLICANT
                          && relation != SIMRIS_RELATION_PARTNER
                          && !simris_rules_age_is_adult (age));
}

static void
dependent_selected_cb (SimrisMemberPage *self)
{
  guint selected;

  if (self->updating_dependent)
    return;

  selected = adw_combo_row_get_selected (self->dependent_row);
  if (selected < self->dependent_ids->len)
    simris_member_set_dependent_of (self->member, g_ptr_array_index (self->dependent_ids, selected));
}

static void
update_relation (SimrisMemberPage *self)
{
  SimrisRelation relation = simris_member_get_relation (self->member);

  gtk_widget_set_visible (GTK_WIDGET (self->relation_row), relation != SIMRIS_RELATION_APPLICANT);
  gtk_widget_set_visible (GTK_WIDGET (self->conditions_group), relation == SIMRIS_RELATION_APPLICANT);
  gtk_widget_set_visible (GTK_WIDGET (self->split_group), relation == SIMRIS_RELATION_PARTNER);
  update_dependent_choices (self);
  update_household_questions (self);
}

/* --- Resources and claims: added, removed and put back the same way --------------------- */

typedef struct
{
  SimrisMember *member;
  GObject      *item;
  guint         position;
} RemovedItem;

static void
removed_item_free (gpointer  data,
                   GClosure *closure)
{
  RemovedItem *removed = data;

  g_clear_object (&removed->member);
  g_clear_object (&removed->item);
  g_free (removed);
}

static void
insert_item (SimrisMember *member,
             guint         position,
             GObject      *item)
{
  if (SIMRIS_IS_RESOURCE (item))
    simris_member_insert_resource (member, position, SIMRIS_RESOURCE (item));
  else
    simris_member_insert_pending_benefit (member, position, SIMRIS_PENDING_BENEFIT (item));
}

static void
undo_remove_cb (AdwToast    *toast,
                RemovedItem *removed)
{
  /* Back where it was, not at the end. */
  insert_item (removed->member, removed->position, removed->item);
}

static void
remove_item (SimrisMemberPage *self,
             GListModel       *items,
             GObject          *item,
             const char       *title)
{
  RemovedItem *removed;
  AdwToast *toast;
  guint position;

  if (!simris_ui_list_model_find (items, item, &position))
    return;

  removed = g_new0 (RemovedItem, 1);
  removed->member = g_object_ref (self->member);
  removed->item = g_object_ref (item);
  removed->position = position;

  if (SIMRIS_IS_RESOURCE (item))
    simris_member_remove_resource (self->member, position);
  else
    simris_member_remove_pending_benefit (self->member, position);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         removed, removed_item_free, 0);
  simris_ui_show_toast (GTK_WIDGET (self), toast);
}

static void
remove_resource_cb (SimrisResourceRow *row,
                    SimrisMemberPage  *self)
{
  remove_item (self, simris_member_get_resources (self->member),
               G_OBJECT (simris_resource_row_get_resource (row)), _("Resource removed"));
}

static void
remove_benefit_cb (SimrisPendingBenefitRow *row,
                   SimrisMemberPage        *self)
{
  remove_item (self, simris_member_get_pending_benefits (self->member),
               G_OBJECT (simris_pending_benefit_row_get_benefit (row)), _("Claim removed"));
}

static GtkWidget *
setup_item_row (SimrisMemberPage *self,
                GtkWidget        *row,
                GCallback         remove_cb)
{
  g_signal_connect_object (row, "remove", remove_cb, self, 0);
  if (self->expand_next)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      self->expand_next = FALSE;
    }
  return row;
}

static GtkWidget *
create_resource_row (gpointer item,
                     gpointer user_data)
{
  SimrisMemberPage *self = user_data;
  GtkWidget *row = simris_resource_row_new (item);

  /* A student's "job" is searched as a student job first (art. 35 §2 RD). */
  g_object_bind_property (self->member, "student",
                          simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "kind"), "student",
                          G_BINDING_SYNC_CREATE);
  return setup_item_row (self, row, G_CALLBACK (remove_resource_cb));
}

static GtkWidget *
create_benefit_row (gpointer item,
                    gpointer user_data)
{
  return setup_item_row (user_data, simris_pending_benefit_row_new (item), G_CALLBACK (remove_benefit_cb));
}

/* The first field of a new row: a resource's kind (its button: the row is no Tab stop), a
 * claim's row itself. */
static void
focus_first_field (GtkWidget *row)
{
  GtkWidget *field = SIMRIS_IS_RESOURCE_ROW (row)
                     ? simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "kind") : row;

  if (!gtk_widget_grab_focus (field))
    gtk_widget_child_focus (field, GTK_DIR_TAB_FORWARD);
}

/* Scrolls the page so that the new row's title and first field show, frame after frame
 * while the row opens: the viewport's own scroll to the focus runs before the new row has
 * a place, and would leave it below the window. Stops once the row stays where it is. */
static gboolean
reveal_tick_cb (GtkWidget     *row,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = scrolled ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
  GtkWidget *field = SIMRIS_IS_RESOURCE_ROW (row)
                     ? simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row), "kind") : row;
  GtkAdjustment *adjustment;
  graphene_rect_t top, bottom;
  double value, page, want;
  int *stable = g_object_get_data (G_OBJECT (row), "simris-reveal-stable");
  GtkWidget *owner = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_PAGE);

  /* Positions in the scrolled content (what the adjustment's value counts in), not in the
   * viewport, which shows it shifted. */
  if (content != NULL && GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  /* Only the newest row: two added at once would pull the page each its own way. */
  if (content == NULL || stable == NULL || owner == NULL
      || g_object_get_data (G_OBJECT (owner), "simris-revealing") != row)
    {
      g_object_set_data (G_OBJECT (row), "simris-reveal-stable", NULL);
      return G_SOURCE_REMOVE;
    }
  /* Not laid out yet: the next frame. */
  if (gtk_widget_get_width (row) <= 0
      || !gtk_widget_compute_bounds (row, content, &top)
      || !gtk_widget_compute_bounds (field, content, &bottom))
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  want = value;
  /* The bottom of the first field in view, and the row's title too when both fit. */
  if (bottom.origin.y + bottom.size.height > want + page)
    want = bottom.origin.y + bottom.size.height - page;
  if (top.origin.y < want)
    want = top.origin.y;
  if (want != value)
    {
      gtk_adjustment_set_value (adjustment, want);
      *stable = 0;
    }
  else if (++*stable >= 2 && gtk_root_get_focus (gtk_widget_get_root (row)) == NULL)
    /* The field could not take the keyboard while its row was still closed. */
    focus_first_field (row);
  if (*stable >= 2)
    {
      g_object_set_data (G_OBJECT (row), "simris-reveal-stable", NULL);
      g_object_set_data (G_OBJECT (owner), "simris-revealing", NULL);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* The new row opens and takes the keyboard in its first field, ready to be filled in, and
 * the page scrolls to it. */
static void
add_item (SimrisMemberPage *self,
          GtkListBox       *list_box,
          GListModel       *items,
          GObject          *item)
{
  GtkListBoxRow *row;

  self->expand_next = TRUE;
  insert_item (self->member, G_MAXUINT, item);
  self->expand_next = FALSE;
  row = gtk_list_box_get_row_at_index (list_box, g_list_model_get_n_items (items) - 1);
  if (row == NULL)
    return;
  focus_first_field (GTK_WIDGET (row));
  g_object_set_data_full (G_OBJECT (row), "simris-reveal-stable", g_new0 (int, 1), g_free);
  /* The page, marked with the row it brings into view (a pointer
   * compared, never used: the row removes the mark when done, or a newer row replaces it). */
  g_object_set_data (G_OBJECT (self->page), "simris-revealing", row);
  gtk_widget_add_tick_callback (GTK_WIDGET (row), reveal_tick_cb, NULL, NULL);
}

static void
add_resource_cb (SimrisMemberPage *self)
{
  simris_member_page_add_resource (self);
}

static void
add_benefit_cb (SimrisMemberPage *self)
{
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);

  add_item (self, self->pending_list, simris_member_get_pending_benefits (self->member), G_OBJECT (benefit));
}

static void
bind_switch (SimrisMemberPage *self,
             const char       *property,
             GtkSwitch        *widget)
{
  g_binding_group_bind (self->bindings, property, widget, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
bind_tristate (SimrisMemberPage  *self,
               const char        *property,
               SimrisTristateRow *row)
{
  g_binding_group_bind (self->bindings, property, row, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
simris_member_page_constructed (GObject *object)
{
  SimrisMemberPage *self = SIMRIS_MEMBER_PAGE (object);

  G_OBJECT_CLASS (simris_member_page_parent_class)->constructed (object);

  self->bindings = g_binding_group_new ();
  simris_enum_row_bind_group (self->relation_row, self->bindings, "relation");
  simris_bind_group_text (self->bindings, "name", self->name_row);
  g_binding_group_bind (self->bindings, "birth-date", self->birth_row, "date",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  bind_switch (self, "married", self->married_switch);
  bind_switch (self, "student", self->student_switch);
  bind_switch (self, "pregnant", self->pregnant_switch);
  bind_switch (self, "disabled", self->disabled_switch);
  bind_switch (self, "lives-in-household", self->lives_switch);
  bind_switch (self, "shares-household", self->shares_switch);
  bind_switch (self, "also-applies", self->also_applies_switch);
  g_binding_group_bind_full (self->bindings, "custody", self->custody_switch, "active",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             custody_to_switch, switch_to_custody, NULL, NULL);
  bind_tristate (self, "residence", self->residence_row);
  bind_tristate (self, "willing-to-work", self->willing_row);
  bind_tristate (self, "claims-other-benefits", self->claims_row);
  bind_tristate (self, "split-residence", self->split_residence_row);
  bind_tristate (self, "split-age", self->split_age_row);
  bind_tristate (self, "split-no-resources", self->split_no_resources_row);
  bind_tristate (self, "split-claims-other-benefits", self->split_claims_row);
  bind_tristate (self, "split-willing-to-work", self->split_willing_row);
  g_binding_group_set_source (self->bindings, self->member);

  gtk_list_box_bind_model (self->resources_list, simris_member_get_resources (self->member),
                           create_resource_row, self, NULL);
  gtk_list_box_bind_model (self->pending_list, simris_member_get_pending_benefits (self->member),
                           create_benefit_row, self, NULL);

  self->member_signals = g_signal_group_new (SIMRIS_TYPE_MEMBER);
  g_signal_group_connect_swapped (self->member_signals, "changed", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->member_signals, "notify::relation", G_CALLBACK (update_relation), self);
  g_signal_group_connect_swapped (self->member_signals, "notify::birth-date", G_CALLBACK (update_dependent_choices), self);
  g_signal_group_connect_swapped (self->member_signals, "notify::birth-date", G_CALLBACK (update_household_questions), self);
  g_signal_group_connect_swapped (self->member_signals, "notify::lives-in-household", G_CALLBACK (update_household_questions), self);
  g_signal_group_set_target (self->member_signals, self->member);
  self->household_signals = g_signal_group_new (SIMRIS_TYPE_HOUSEHOLD);
  g_signal_group_connect_swapped (self->household_signals, "notify::reference-date", G_CALLBACK (update_dependent_choices), self);
  g_signal_group_connect_swapped (self->household_signals, "notify::reference-date", G_CALLBACK (update_household_questions), self);
  g_signal_group_connect_swapped (self->household_signals, "items-changed", G_CALLBACK (update_dependent_choices), self);
  g_signal_group_set_target (self->household_signals, self->household);
  g_signal_connect_swapped (self->dependent_row, "notify::selected", G_CALLBACK (dependent_selected_cb), self);

  update_title (self);
  update_relation (self);
}

static void
simris_member_page_dispose (GObject *object)
{
  SimrisMemberPage *self = SIMRIS_MEMBER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_MEMBER_PAGE);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->member_signals != NULL)
    g_signal_group_set_target (self->member_signals, NULL);
  if (self->household_signals != NULL)
    g_signal_group_set_target (self->household_signals, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->member_signals);
  g_clear_object (&self->household_signals);
  g_clear_object (&self->household);
  g_clear_object (&self->member);
  g_clear_pointer (&self->dependent_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (simris_member_page_parent_class)->dispose (object);
}

static const SimrisProperty member_page_properties[N_PROPS] = {
  [PROP_HOUSEHOLD] = SIMRIS_PROPERTY_OBJECT_FIELD ("household", simris_household_get_type, SimrisMemberPage, household),
  [PROP_MEMBER] = SIMRIS_PROPERTY_OBJECT_FIELD ("member", simris_member_get_type, SimrisMemberPage, member),
};

static void
simris_member_page_class_init (SimrisMemberPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = simris_member_page_constructed;
  object_class->dispose = simris_member_page_dispose;

  simris_property_install (object_class, member_page_properties, N_PROPS, properties);

  g_type_ensure (SIMRIS_TYPE_DATE_ROW);
  g_type_ensure (SIMRIS_TYPE_ENUM_ROW);
  g_type_ensure (SIMRIS_TYPE_HELP_BUTTON);
  simris_ui_install_field_help (widget_class);
  g_type_ensure (SIMRIS_TYPE_TRISTATE_ROW);
  g_type_ensure (SIMRIS_TYPE_RELATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-member-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, page);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, relation_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, birth_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, conditions_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, residence_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, willing_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, claims_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, married_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, student_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, pregnant_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, disabled_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, lives_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, shares_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, shares_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, custody_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, custody_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, also_applies_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, also_applies_switch);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, dependent_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_group);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_residence_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_age_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_no_resources_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_claims_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_willing_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, resources_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, pending_list);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, birth_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, shares_help);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberPage, split_age_help);
  gtk_widget_class_bind_template_callback (widget_class, add_resource_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_benefit_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The help texts that name a figure of the law take it from the rules table and the parameters
 * (a .ui cannot format): the age of majority (art. 3, 2° DIS) and the amounts of the categories
 * in force at the newest step (art. 14, §1 DIS; data/parameters.json). */
static void
fill_figures (SimrisMemberPage *self)
{
  SimrisParameters *params = simris_parameters_get_default ();
  SimrisAmounts amounts;
  g_autofree char *birth = NULL;
  g_autofree char *split_age = NULL;

  /* Translators: %d is an age, 18 (the table's figure) */
  birth = simris_rules_format_figure (N_("Day, month and year of birth, written as day/month/year. SimRIS uses it to "
                                         "know who is a minor (under %d) and who is an adult in the month simulated."),
                                      SIMRIS_CONST_ADULT_AGE, simris_ui_lang ());
  g_object_set (self->birth_help, "meaning", birth, NULL);
  /* Translators: %d is an age, 18 (the table's figure) */
  split_age = simris_rules_format_figure (N_("The partner is %d or over, or a minor who is married, pregnant or raises "
                                             "a child."),
                                          SIMRIS_CONST_ADULT_AGE, simris_ui_lang ());
  g_object_set (self->split_age_help, "meaning", split_age, NULL);

  if (simris_parameters_lookup (params, simris_parameters_get_newest_step (params), &amounts, NULL))
    {
      g_autofree char *cohabitant = simris_ui_format_money (amounts.month[SIMRIS_CATEGORY_COHABITANT]);
      g_autofree char *isolated = simris_ui_format_money (amounts.month[SIMRIS_CATEGORY_ISOLATED]);
      g_autofree char *since = simris_ui_format_date_value (amounts.from);
      g_autofree char *if_wrong = NULL;

      /* Translators: %1$s and %2$s are the monthly amounts of a cohabitant and of a single person,
       * %3$s the date they apply from */
      if_wrong = g_strdup_printf (_("Answering “yes” for a flatmate on their own budget gives the lower cohabitant "
                                    "amount (%1$s instead of %2$s a month since %3$s). The result shows the amount "
                                    "for the other answer."), cohabitant, isolated, since);
      g_object_set (self->shares_help, "if-wrong", if_wrong, NULL);
    }
}

static void
simris_member_page_init (SimrisMemberPage *self)
{
  self->dependent_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_figures (self);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (self));
  simris_ui_drop_dead_tab_stops (GTK_WIDGET (self));
  simris_ui_wrap_group_titles (GTK_WIDGET (self));
  simris_ui_limit_text (GTK_WIDGET (self->name_row), SIMRIS_UI_MAX_NAME);
  simris_enum_row_set_hidden_mask (self->relation_row, 1u << SIMRIS_RELATION_APPLICANT);
}

GtkWidget *
simris_member_page_new (SimrisHousehold *household,
                        SimrisMember    *member)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);
  g_return_val_if_fail (SIMRIS_IS_MEMBER (member), NULL);

  return g_object_new (SIMRIS_TYPE_MEMBER_PAGE,
                       "household", household,
                       "member", member,
                       NULL);
}

SimrisMember *
simris_member_page_get_member (SimrisMemberPage *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER_PAGE (self), NULL);

  return self->member;
}

void
simris_member_page_add_resource (SimrisMemberPage *self)
{
  g_autoptr(SimrisResource) resource = NULL;

  g_return_if_fail (SIMRIS_IS_MEMBER_PAGE (self));

  /* No kind and no amount until the person gives them: a draft's gaps, never a guess. */
  resource = simris_resource_new (SIMRIS_RESOURCE_KIND_NONE, SIMRIS_CENTS_MISSING, SIMRIS_PERIOD_MONTH);
  add_item (self, self->resources_list, simris_member_get_resources (self->member), G_OBJECT (resource));
}

/* The row that holds a draft's gap (simris_ui_household_is_complete()) on this page. */
GtkWidget *
simris_member_page_get_gap_widget (SimrisMemberPage *self,
                                   SimrisUiGap       gap,
                                   guint             item_index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SIMRIS_IS_MEMBER_PAGE (self), NULL);

  switch (gap)
    {
    case SIMRIS_UI_GAP_BIRTH_DATE:
      return GTK_WIDGET (self->birth_row);
    case SIMRIS_UI_GAP_RESOURCE_KIND:
    case SIMRIS_UI_GAP_RESOURCE_AMOUNT:
      row = gtk_list_box_get_row_at_index (self->resources_list, item_index);
      if (row == NULL || !SIMRIS_IS_RESOURCE_ROW (row))
        return NULL;
      return simris_resource_row_get_field (SIMRIS_RESOURCE_ROW (row),
                                            gap == SIMRIS_UI_GAP_RESOURCE_KIND ? "kind" : "amount");
    case SIMRIS_UI_GAP_BENEFIT_KIND:
      row = gtk_list_box_get_row_at_index (self->pending_list, item_index);
      return row ? GTK_WIDGET (row) : NULL;
    case SIMRIS_UI_GAP_NONE:
    case SIMRIS_UI_GAP_REFERENCE_DATE:
    default:
      return NULL;
    }
}

/* The first field of the page, in the order shown: the relation (not asked of the
 * applicant), then the name. */
GtkWidget *
simris_member_page_get_first_field (SimrisMemberPage *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER_PAGE (self), NULL);

  if (gtk_widget_get_visible (GTK_WIDGET (self->relation_row)))
    return GTK_WIDGET (self->relation_row);
  return GTK_WIDGET (self->name_row);
}
