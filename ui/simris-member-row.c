/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisMemberRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-member-row.h"
#include "simris-property.h"
#include "simris-ui-util.h"

struct _SimrisMemberRow
{
  AdwActionRow     parent_instance;

  SimrisHousehold *household;
  SimrisMember    *member;

  GtkButton       *up_button;
  GtkButton       *down_button;
  GtkButton       *remove_button;
  GtkWidget       *problem_icon;
  char            *problem;
};

G_DEFINE_FINAL_TYPE (SimrisMemberRow, simris_member_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_HOUSEHOLD,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
simris_member_dup_display_name (SimrisMember *member)
{
  const char *name = simris_member_get_name (member);

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup (simris_relation_get_label (simris_member_get_relation (member), NULL));
}

static void
update_labels (SimrisMemberRow *self)
{
  const char *name = simris_member_get_name (self->member);
  SimrisRelation relation = simris_member_get_relation (self->member);
  int age = simris_ui_age_at (simris_member_get_birth_date (self->member),
                              simris_household_get_reference_date (self->household));
  guint n_resources = g_list_model_get_n_items (simris_member_get_resources (self->member));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = simris_member_dup_display_name (self->member);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (name != NULL && *name != '\0')
    g_ptr_array_add (parts, g_strdup (simris_relation_get_label (relation, NULL)));
  if (age >= 0)
    /* Translators: the age of a person */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year old", "%d years old", age), age));
  else
    /* Translators: a person whose birth date is not filled in or not valid */
    g_ptr_array_add (parts, g_strdup (_("Birth date missing")));
  if (n_resources == 0)
    g_ptr_array_add (parts, g_strdup (_("No resources")));
  else
    {
      GListModel *resources = simris_member_get_resources (self->member);
      guint n_limited = 0;

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource", "%u resources", n_resources),
                                               n_resources));
      /* Resources with a start or an end count only in some months (docs/calculation.md §14). */
      for (guint i = 0; i < n_resources; i++)
        {
          g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, i);

          if (simris_resource_get_from (resource) != NULL || simris_resource_get_until (resource) != NULL)
            n_limited++;
        }
      if (n_limited > 0)
        /* Translators: in the household list: resources with a start or an end date */
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time-limited", "%u time-limited", n_limited),
                                                 n_limited));
    }
  if (!simris_member_get_lives_in_household (self->member))
    /* Translators: a child who lives elsewhere */
    g_ptr_array_add (parts, g_strdup (_("Lives elsewhere")));
  g_ptr_array_add (parts, NULL);

  /* Translators: separator between facts about a person, e.g. "Child · 13 years old" */
  subtitle = g_strjoinv (C_("list separator", " · "), (char **) parts->pdata);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  if (age < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "incomplete");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "incomplete");

  accessible = g_strdup_printf ("%s, %s", title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->problem ? self->problem : "", -1);
}

/* A button whose action would do nothing loses its action, so that it looks and is
 * insensitive (an actionable widget takes its sensitivity from its action). */
static void
set_move_action (GtkButton  *button,
                 const char *id,
                 int         delta,
                 gboolean    possible)
{
  if (possible)
    {
      /* The target first: an action name without its target warns. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(si)", id, delta);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.move-member");
    }
  else
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (button), possible);
}

static void
update_buttons (SimrisMemberRow *self)
{
  GListModel *model = G_LIST_MODEL (self->household);
  guint n = g_list_model_get_n_items (model);
  guint position = 0;
  gboolean found = simris_ui_list_model_find (model, self->member, &position);
  gboolean applicant = simris_member_get_relation (self->member) == SIMRIS_RELATION_APPLICANT;
  const char *id = simris_member_get_id (self->member);

  set_move_action (self->up_button, id, -1, found && position > 0);
  set_move_action (self->down_button, id, 1, found && position + 1 < n);

  /* Every case has exactly one applicant (docs/case-format.md). */
  if (applicant)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), _("The applicant cannot be removed"));
    }
  else
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "win.remove-member");
      gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), TRUE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), _("Remove From the Household"));
    }
}

static void
simris_member_row_constructed (GObject *object)
{
  SimrisMemberRow *self = SIMRIS_MEMBER_ROW (object);
  g_autofree char *title = simris_member_dup_display_name (self->member);
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *remove = NULL;

  G_OBJECT_CLASS (simris_member_row_parent_class)->constructed (object);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", simris_member_get_id (self->member));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-member");

  /* Translators: accessible name of a button; %s is a person's name or relation */
  up = g_strdup_printf (_("Move %s Up"), title);
  /* Translators: accessible name of a button; %s is a person's name or relation */
  down = g_strdup_printf (_("Move %s Down"), title);
  /* Translators: accessible name of a button; %s is a person's name or relation */
  remove = g_strdup_printf (_("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->up_button), GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->down_button), GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);

  g_signal_connect_object (self->member, "changed", G_CALLBACK (update_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->household, "notify::reference-date", G_CALLBACK (update_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->household, "items-changed", G_CALLBACK (update_buttons), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->member, "notify::relation", G_CALLBACK (update_buttons), self, G_CONNECT_SWAPPED);
  update_labels (self);
  update_buttons (self);
}

static void
simris_member_row_dispose (GObject *object)
{
  SimrisMemberRow *self = SIMRIS_MEMBER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_MEMBER_ROW);
  g_clear_object (&self->household);
  g_clear_object (&self->member);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (simris_member_row_parent_class)->dispose (object);
}

static const SimrisProperty member_row_properties[N_PROPS] = {
  [PROP_HOUSEHOLD] = SIMRIS_PROPERTY_OBJECT_FIELD ("household", simris_household_get_type, SimrisMemberRow, household),
  [PROP_MEMBER] = SIMRIS_PROPERTY_OBJECT_FIELD ("member", simris_member_get_type, SimrisMemberRow, member),
};

static void
simris_member_row_class_init (SimrisMemberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = simris_member_row_constructed;
  object_class->dispose = simris_member_row_dispose;

  simris_property_install (object_class, member_row_properties, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-member-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisMemberRow, remove_button);
}

static void
simris_member_row_init (SimrisMemberRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->problem_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->problem_icon, "warning");
  gtk_widget_set_visible (self->problem_icon, FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->problem_icon);
}

GtkWidget *
simris_member_row_new (SimrisHousehold *household,
                       SimrisMember    *member)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (household), NULL);
  g_return_val_if_fail (SIMRIS_IS_MEMBER (member), NULL);

  return g_object_new (SIMRIS_TYPE_MEMBER_ROW,
                       "household", household,
                       "member", member,
                       NULL);
}

SimrisMember *
simris_member_row_get_member (SimrisMemberRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER_ROW (self), NULL);

  return self->member;
}

void
simris_member_row_set_problem (SimrisMemberRow *self,
                               const char      *problem)
{
  g_return_if_fail (SIMRIS_IS_MEMBER_ROW (self));

  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_widget_set_visible (self->problem_icon, problem != NULL);
  gtk_widget_set_tooltip_text (self->problem_icon, problem);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  problem ? problem : "", -1);
}

const char *
simris_member_row_get_problem (SimrisMemberRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER_ROW (self), NULL);

  return self->problem;
}
