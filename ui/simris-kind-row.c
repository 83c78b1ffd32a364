/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisKindRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-enum-types.h"
#include "simris-kind-row.h"
#include "simris-ui-util.h"

struct _SimrisKindRow
{
  AdwComboRow         parent_instance;

  GtkSortListModel   *sorted;
  SimrisResourceKind  kind;
  guint               updating : 1;
};

G_DEFINE_FINAL_TYPE (SimrisKindRow, simris_kind_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
group_title (SimrisKindGroup group)
{
  switch (group)
    {
    case SIMRIS_KIND_GROUP_COUNTED:
      /* Translators: heading in the list of resource kinds: deducted from the integration income */
      return _("Counted");
    case SIMRIS_KIND_GROUP_EXEMPT:
      /* Translators: heading in the list of resource kinds: not deducted */
      return _("Exempt");
    case SIMRIS_KIND_GROUP_SPECIAL:
    default:
      /* Translators: heading in the list of resource kinds: counted in a particular way */
      return _("Special rules");
    }
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int ka = adw_enum_list_item_get_value ((AdwEnumListItem *) a);
  int kb = adw_enum_list_item_get_value ((AdwEnumListItem *) b);
  int ga = simris_resource_kind_get_group (ka);
  int gb = simris_resource_kind_get_group (kb);

  if (ga != gb)
    return ga < gb ? -1 : 1;
  return g_utf8_collate (simris_resource_kind_get_label (ka, NULL),
                         simris_resource_kind_get_label (kb, NULL));
}

/* A draft's "no kind yet" is not a choice. */
static gboolean
is_real_kind (gpointer item,
              gpointer user_data)
{
  return adw_enum_list_item_get_value (item) != SIMRIS_RESOURCE_KIND_NONE;
}

static char *
item_label_cb (AdwEnumListItem *item,
               gpointer         user_data)
{
  return g_strdup (simris_resource_kind_get_label (adw_enum_list_item_get_value (item), NULL));
}

static void
list_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_label_new (NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "kind-group-header");
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

static void
list_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  SimrisKindRow *self = user_data;
  AdwEnumListItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *header = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  guint position = gtk_list_item_get_position (list_item);
  SimrisResourceKind kind = adw_enum_list_item_get_value (item);
  SimrisKindGroup group = simris_resource_kind_get_group (kind);
  gboolean first = TRUE;

  if (position > 0)
    {
      g_autoptr(AdwEnumListItem) previous = g_list_model_get_item (G_LIST_MODEL (self->sorted), position - 1);

      first = simris_resource_kind_get_group (adw_enum_list_item_get_value (previous)) != group;
    }

  gtk_label_set_label (GTK_LABEL (header), group_title (group));
  gtk_widget_set_visible (header, first);
  gtk_label_set_label (GTK_LABEL (label), simris_resource_kind_get_label (kind, NULL));
  gtk_widget_set_tooltip_text (box, simris_resource_kind_get_help (kind, NULL));
}

static void
sync_selected (SimrisKindRow *self)
{
  self->updating = TRUE;
  simris_ui_combo_row_select_enum (ADW_COMBO_ROW (self), self->kind);
  self->updating = FALSE;
}

static void
selected_cb (SimrisKindRow *self)
{
  int kind;

  if (self->updating || !simris_ui_combo_row_get_enum (ADW_COMBO_ROW (self), &kind))
    return;

  simris_kind_row_set_kind (self, kind);
}

static void
simris_kind_row_dispose (GObject *object)
{
  SimrisKindRow *self = SIMRIS_KIND_ROW (object);

  g_clear_object (&self->sorted);

  G_OBJECT_CLASS (simris_kind_row_parent_class)->dispose (object);
}

static void
simris_kind_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SimrisKindRow *self = SIMRIS_KIND_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_kind_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SimrisKindRow *self = SIMRIS_KIND_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      simris_kind_row_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_kind_row_class_init (SimrisKindRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = simris_kind_row_dispose;
  object_class->get_property = simris_kind_row_get_property;
  object_class->set_property = simris_kind_row_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SIMRIS_TYPE_RESOURCE_KIND, SIMRIS_RESOURCE_KIND_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
simris_kind_row_init (SimrisKindRow *self)
{
  g_autoptr(GtkListItemFactory) list_factory = NULL;
  GtkExpression *expression;
  GtkSorter *sorter;
  GtkFilterListModel *filtered;

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_kinds, NULL, NULL));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (adw_enum_list_model_new (SIMRIS_TYPE_RESOURCE_KIND)),
                                        GTK_FILTER (gtk_custom_filter_new (is_real_kind, NULL, NULL)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), sorter);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (item_label_cb), NULL, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (self), expression);
  gtk_expression_unref (expression);

  list_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (list_factory, "setup", G_CALLBACK (list_setup_cb), self);
  g_signal_connect (list_factory, "bind", G_CALLBACK (list_bind_cb), self);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self), list_factory);
  /* Labels are long: the choice shows in full under the title. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self), TRUE);

  self->kind = SIMRIS_RESOURCE_KIND_NONE;
  self->updating = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (self->sorted));
  self->updating = FALSE;
  sync_selected (self);

  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
}

GtkWidget *
simris_kind_row_new (void)
{
  return g_object_new (SIMRIS_TYPE_KIND_ROW, NULL);
}

SimrisResourceKind
simris_kind_row_get_kind (SimrisKindRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_KIND_ROW (self), SIMRIS_RESOURCE_KIND_WAGE);

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
  sync_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
