/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisKindRow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "simris-enum-types.h"
#include "simris-kind-row.h"
#include "simris-property.h"
#include "simris-rules.h"
#include "simris-ui-util.h"

struct _SimrisKindRow
{
  AdwActionRow        parent_instance;

  GtkMenuButton      *button;
  GtkPopover         *popover;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  guint               rank[SIMRIS_N_RESOURCE_KINDS]; /* place in the search's order, G_MAXUINT: not found */
  gboolean            student;
  SimrisResourceKind  kind;
};

G_DEFINE_FINAL_TYPE (SimrisKindRow, simris_kind_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STUDENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
kind_label (SimrisResourceKind kind)
{
  if (kind < 0 || kind >= SIMRIS_N_RESOURCE_KINDS)
    /* Translators: the kind of a resource or a claim not chosen yet */
    return _("Not chosen yet");
  return simris_resource_kind_get_label (kind, NULL);
}

/* The order and the matches are the core's kind search (simris_rules_kind_search()): the
 * words of the law's table in French, Dutch and English, a student's job a student job. */
static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SimrisKindRow *self = user_data;
  int ka = adw_enum_list_item_get_value ((AdwEnumListItem *) a);
  int kb = adw_enum_list_item_get_value ((AdwEnumListItem *) b);
  guint ra = ka >= 0 && ka < SIMRIS_N_RESOURCE_KINDS ? self->rank[ka] : G_MAXUINT;
  guint rb = kb >= 0 && kb < SIMRIS_N_RESOURCE_KINDS ? self->rank[kb] : G_MAXUINT;

  return ra < rb ? -1 : ra > rb;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  SimrisKindRow *self = user_data;
  SimrisResourceKind kind = adw_enum_list_item_get_value (item);

  return kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS && self->rank[kind] != G_MAXUINT;
}

static void
search_changed_cb (SimrisKindRow *self)
{
  g_autoptr(GArray) found = simris_rules_kind_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                                      NULL, self->student);

  for (guint i = 0; i < SIMRIS_N_RESOURCE_KINDS; i++)
    self->rank[i] = G_MAXUINT;
  for (guint i = 0; i < found->len; i++)
    self->rank[g_array_index (found, SimrisResourceKind, i)] = i;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
choose_position (SimrisKindRow *self,
                 guint          position)
{
  g_autoptr(AdwEnumListItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (item == NULL)
    return;
  simris_kind_row_set_kind (self, adw_enum_list_item_get_value (item));
  gtk_popover_popdown (self->popover);
}

static void
activate_cb (GtkListView   *view,
             guint          position,
             SimrisKindRow *self)
{
  choose_position (self, position);
}

/* Enter in the search field takes the first kind found. */
static void
search_activate_cb (SimrisKindRow *self)
{
  choose_position (self, 0);
}

static void
stop_search_cb (SimrisKindRow *self)
{
  gtk_popover_popdown (self->popover);
}

static void
popover_shown_cb (SimrisKindRow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
popover_closed_cb (SimrisKindRow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void student_changed_cb (GtkWidget     *box,
                                GParamSpec    *pspec,
                                SimrisKindRow *self);

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *group = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  /* Long Dutch labels wrap rather than being cut. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_widget_add_css_class (group, "caption");
  gtk_widget_add_css_class (group, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), group);
  gtk_list_item_set_child (list_item, box);
  /* "Full-time student" switched while the list is shown: its captions follow. */
  g_signal_connect_object (user_data, "notify::student", G_CALLBACK (student_changed_cb), box, G_CONNECT_SWAPPED);
}

static const char *
group_title (SimrisKindGroup group)
{
  switch (group)
    {
    case SIMRIS_KIND_GROUP_COUNTED:
      /* Translators: in the list of resource kinds: deducted from the integration income */
      return _("Counted");
    case SIMRIS_KIND_GROUP_EXEMPT:
      /* Translators: in the list of resource kinds: not deducted */
      return _("Exempt");
    case SIMRIS_KIND_GROUP_SPECIAL:
    default:
      /* Translators: in the list of resource kinds: counted in a particular way */
      return _("Special rules");
    }
}

/* What the list says of a kind for this person: the law's table's group, but a full-time
 * student's student job is partly exempt (simris_rules_kind_exempt_for_student(), the
 * engine's own test), never "Counted". */
static const char *
caption_for (SimrisKindRow      *self,
             SimrisResourceKind  kind)
{
  if (simris_rules_kind_exempt_for_student (kind, self->student))
    /* Translators: in the list of resource kinds, under "Student job" for a full-time
     * student: only what exceeds a monthly amount is deducted (art. 35, §2) */
    return _("Partly exempt for a full-time student");
  return group_title (simris_resource_kind_get_group (kind));
}

static void
update_item (GtkWidget     *box,
             SimrisKindRow *self)
{
  SimrisResourceKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "simris-kind")) - 1;
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *group = gtk_widget_get_last_child (box);
  g_autofree char *accessible = NULL;

  if (kind < 0 || kind >= SIMRIS_N_RESOURCE_KINDS)
    return;
  gtk_label_set_label (GTK_LABEL (label), kind_label (kind));
  gtk_label_set_label (GTK_LABEL (group), caption_for (self, kind));
  gtk_widget_set_tooltip_text (box, simris_resource_kind_get_help (kind, NULL));
  accessible = g_strdup_printf ("%s, %s", kind_label (kind), caption_for (self, kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
student_changed_cb (GtkWidget     *box,
                    GParamSpec    *pspec,
                    SimrisKindRow *self)
{
  update_item (box, self);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         SimrisKindRow            *self)
{
  SimrisResourceKind kind = adw_enum_list_item_get_value (gtk_list_item_get_item (list_item));
  GtkWidget *box = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (box), "simris-kind", GINT_TO_POINTER (kind + 1));
  update_item (box, self);
}

static void
update_subtitle (SimrisKindRow *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), kind_label (self->kind));
}

static void
simris_kind_row_dispose (GObject *object)
{
  SimrisKindRow *self = SIMRIS_KIND_ROW (object);

  g_clear_object (&self->filtered);

  G_OBJECT_CLASS (simris_kind_row_parent_class)->dispose (object);
}

static gboolean
get_student (SimrisKindRow *self)
{
  return self->student;
}

/* student: whether the resource is a full-time student's: "job" then finds a student job first. */
static const SimrisProperty kind_row_properties[N_PROPS] = {
  [PROP_KIND] = SIMRIS_PROPERTY_ENUM ("kind", simris_resource_kind_get_type, SIMRIS_RESOURCE_KIND_NONE,
                                      simris_kind_row_get_kind, simris_kind_row_set_kind,
                                      SIMRIS_PROPERTY_READWRITE),
  [PROP_STUDENT] = SIMRIS_PROPERTY_BOOLEAN ("student", FALSE, get_student, simris_kind_row_set_student,
                                            SIMRIS_PROPERTY_READWRITE),
};

static void
simris_kind_row_class_init (SimrisKindRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = simris_kind_row_dispose;

  simris_property_install (object_class, kind_row_properties, N_PROPS, properties);
}

static void
simris_kind_row_init (SimrisKindRow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;
  GtkWidget *box, *scrolled;

  self->kind = SIMRIS_RESOURCE_KIND_NONE;

  self->sorter = gtk_custom_sorter_new (compare_kinds, self, NULL);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (adw_enum_list_model_new (SIMRIS_TYPE_RESOURCE_KIND)),
                                    GTK_SORTER (self->sorter));
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (self->filter));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))),
                                                      g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  /* Translators: accessible name of the list of resource kinds */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kinds"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  /* Translators: placeholder of the search field over the list of resource kinds */
  g_object_set (self->search_entry, "placeholder-text", _("Search: wage, unemployment, savings…"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  /* Translators: accessible name of the search field over the kinds */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search a Kind"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 280, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scrolled);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (popover_shown_cb), self);
  g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (popover_closed_cb), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  /* Translators: the button that opens the searchable list of kinds */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose the Kind"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose the Kind"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  /* One Tab stop, the button: the row would be a second one doing the same. */
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  /* The subtitle is the choice: in full, never cut. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  update_subtitle (self);
  search_changed_cb (self);
}

GtkWidget *
simris_kind_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_KIND_ROW, NULL);
}

SimrisResourceKind
simris_kind_row_get_kind (SimrisKindRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_KIND_ROW (self), SIMRIS_RESOURCE_KIND_NONE);

  return self->kind;
}

void
simris_kind_row_set_kind (SimrisKindRow      *self,
                          SimrisResourceKind  kind)
{
  g_return_if_fail (SIMRIS_IS_KIND_ROW (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
simris_kind_row_set_student (SimrisKindRow *self,
                             gboolean       student)
{
  g_return_if_fail (SIMRIS_IS_KIND_ROW (self));

  student = !!student;
  if (self->student == student)
    return;
  self->student = student;
  search_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT]);
}

const char *
simris_kind_row_get_caption (SimrisKindRow      *self,
                             SimrisResourceKind  kind)
{
  g_return_val_if_fail (SIMRIS_IS_KIND_ROW (self), NULL);
  g_return_val_if_fail (kind >= 0 && kind < SIMRIS_N_RESOURCE_KINDS, NULL);

  return caption_for (self, kind);
}

GListModel *
simris_kind_row_get_choices (SimrisKindRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_KIND_ROW (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
simris_kind_row_search (SimrisKindRow *self,
                        const char    *text)
{
  g_return_if_fail (SIMRIS_IS_KIND_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* "search-changed" waits a moment after typing; a caller wants the list now. */
  search_changed_cb (self);
}

void
simris_kind_row_choose_first (SimrisKindRow *self)
{
  g_return_if_fail (SIMRIS_IS_KIND_ROW (self));

  search_activate_cb (self);
}
