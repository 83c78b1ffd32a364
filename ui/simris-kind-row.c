/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisKindRow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "simris-enum-types.h"
#include "simris-kind-row.h"
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
  char              **search_words;
  SimrisResourceKind  kind;
};

G_DEFINE_FINAL_TYPE (SimrisKindRow, simris_kind_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The kinds most people have, first; the others follow by label. */
static const SimrisResourceKind common_kinds[] = {
  SIMRIS_RESOURCE_KIND_WAGE,
  SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
  SIMRIS_RESOURCE_KIND_SICKNESS,
  SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE,
  SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF,
  SIMRIS_RESOURCE_KIND_MAINTENANCE_CHILDREN,
  SIMRIS_RESOURCE_KIND_STUDENT_JOB,
  SIMRIS_RESOURCE_KIND_PENSION,
  SIMRIS_RESOURCE_KIND_SELF_EMPLOYED,
  SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE,
  SIMRIS_RESOURCE_KIND_CAPITAL,
  SIMRIS_RESOURCE_KIND_REAL_ESTATE,
};

/* Words people use for a kind, beside its label in French, Dutch and English: lower case,
 * without accents (they are matched after the same folding). */
static const struct { SimrisResourceKind kind; const char *words; } keywords[] = {
  { SIMRIS_RESOURCE_KIND_WAGE, "salaire loon wedde job travail emploi werk paie salary pay earnings" },
  { SIMRIS_RESOURCE_KIND_SELF_EMPLOYED, "independant zelfstandige freelance indépendant" },
  { SIMRIS_RESOURCE_KIND_STUDENT_JOB, "etudiant jobiste studentenjob student job" },
  { SIMRIS_RESOURCE_KIND_UNEMPLOYMENT, "chomage werkloosheid werkloos onem rva capac hvw syndicat vakbond" },
  { SIMRIS_RESOURCE_KIND_SICKNESS, "maladie ziekte ziek mutuelle mutualiteit ziekenfonds inami riziv incapacite arbeidsongeschikt" },
  { SIMRIS_RESOURCE_KIND_DISABILITY_ALLOWANCE, "handicap handicape arr ari inkomensvervangende integratietegemoetkoming" },
  { SIMRIS_RESOURCE_KIND_INTEGRATION_ALLOWANCE, "insertion inschakelingsuitkering wachtuitkering" },
  { SIMRIS_RESOURCE_KIND_PENSION, "pension pensioen retraite rente grapa igo" },
  { SIMRIS_RESOURCE_KIND_MAINTENANCE_SELF, "alimentaire alimentatie onderhoudsgeld secal dava" },
  { SIMRIS_RESOURCE_KIND_MAINTENANCE_CHILDREN, "alimentaire alimentatie onderhoudsgeld kinderen enfants secal dava" },
  { SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE, "allocations familiales kinderbijslag groeipakket famiris famiwal kindergeld" },
  { SIMRIS_RESOURCE_KIND_CPAS_AID, "cpas ocmw aide steun" },
  { SIMRIS_RESOURCE_KIND_ALE_CHEQUES, "ale pwa cheques titres" },
  { SIMRIS_RESOURCE_KIND_STUDY_GRANT, "bourse studietoelage beurs" },
  { SIMRIS_RESOURCE_KIND_IRREGULAR_GIFT, "cadeau don gift schenking" },
  { SIMRIS_RESOURCE_KIND_REGULAR_GIFT, "cadeau don gift schenking parents ouders" },
  { SIMRIS_RESOURCE_KIND_CAPITAL, "epargne sparen spaargeld savings compte rekening placement belegging capital kapitaal" },
  { SIMRIS_RESOURCE_KIND_REAL_ESTATE, "maison huis immeuble woning revenu cadastral kadastraal inkomen propriete eigendom" },
  { SIMRIS_RESOURCE_KIND_MAF_REFUND, "maf mab maximum facturation factuur" },
  { SIMRIS_RESOURCE_KIND_TAX_CREDIT, "impot belasting credit krediet" },
  { SIMRIS_RESOURCE_KIND_OTHER, "autre ander overig" },
};

static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);

  return g_str_to_ascii (folded, NULL);
}

static int
common_rank (SimrisResourceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (common_kinds); i++)
    if (common_kinds[i] == kind)
      return i;
  return G_N_ELEMENTS (common_kinds);
}

static const char *
kind_label (SimrisResourceKind kind)
{
  if (kind < 0 || kind >= SIMRIS_N_RESOURCE_KINDS)
    /* Translators: the kind of a resource or a claim not chosen yet */
    return _("Not chosen yet");
  return simris_resource_kind_get_label (kind, NULL);
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int ka = adw_enum_list_item_get_value ((AdwEnumListItem *) a);
  int kb = adw_enum_list_item_get_value ((AdwEnumListItem *) b);
  int ra = common_rank (ka);
  int rb = common_rank (kb);

  if (ra != rb)
    return ra < rb ? -1 : 1;
  return g_utf8_collate (kind_label (ka), kind_label (kb));
}

/* Each word typed must be found somewhere in the kind's labels (in the UI's language, in
 * French, Dutch and English) or its keywords: "salaire", "loon", "chômage", "épargne". */
static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  SimrisKindRow *self = user_data;
  SimrisResourceKind kind = adw_enum_list_item_get_value (item);
  g_autoptr(GString) haystack = NULL;
  g_autofree char *folded = NULL;
  static const char * const langs[] = { "fr", "nl", "en" };

  if (kind == SIMRIS_RESOURCE_KIND_NONE)
    return FALSE;
  if (self->search_words == NULL || self->search_words[0] == NULL)
    return TRUE;

  haystack = g_string_new (simris_resource_kind_get_label (kind, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    g_string_append_printf (haystack, " %s", simris_resource_kind_get_label (kind, langs[i]));
  g_string_append_printf (haystack, " %s", simris_resource_kind_to_string (kind));
  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (keywords[i].kind == kind)
      g_string_append_printf (haystack, " %s", keywords[i].words);
  folded = fold (haystack->str);

  for (guint i = 0; self->search_words[i] != NULL; i++)
    if (strstr (folded, self->search_words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
search_changed_cb (SimrisKindRow *self)
{
  g_autofree char *folded = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_strfreev (self->search_words);
  self->search_words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  /* Drop the empty words of double spaces. */
  {
    guint j = 0;

    for (guint i = 0; self->search_words[i] != NULL; i++)
      {
        if (*self->search_words[i] != '\0')
          self->search_words[j++] = self->search_words[i];
        else
          g_free (self->search_words[i]);
      }
    self->search_words[j] = NULL;
  }
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

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  SimrisResourceKind kind = adw_enum_list_item_get_value (gtk_list_item_get_item (list_item));
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *group = gtk_widget_get_last_child (box);
  g_autofree char *accessible = NULL;

  gtk_label_set_label (GTK_LABEL (label), kind_label (kind));
  gtk_label_set_label (GTK_LABEL (group), group_title (simris_resource_kind_get_group (kind)));
  gtk_widget_set_tooltip_text (box, simris_resource_kind_get_help (kind, NULL));
  accessible = g_strdup_printf ("%s, %s", kind_label (kind), group_title (simris_resource_kind_get_group (kind)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
update_subtitle (SimrisKindRow *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), kind_label (self->kind));
}

static void
simris_kind_row_finalize (GObject *object)
{
  SimrisKindRow *self = SIMRIS_KIND_ROW (object);

  g_strfreev (self->search_words);

  G_OBJECT_CLASS (simris_kind_row_parent_class)->finalize (object);
}

static void
simris_kind_row_dispose (GObject *object)
{
  SimrisKindRow *self = SIMRIS_KIND_ROW (object);

  g_clear_object (&self->filtered);

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

  object_class->finalize = simris_kind_row_finalize;
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
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;
  GtkWidget *box, *scrolled;

  self->kind = SIMRIS_RESOURCE_KIND_NONE;

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (adw_enum_list_model_new (SIMRIS_TYPE_RESOURCE_KIND)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_kinds, NULL, NULL)));
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (self->filter));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
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
