/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisHelpButton"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-help-button.h"
#include "simris-property.h"

struct _SimrisHelpButton
{
  GtkWidget       parent_instance;

  GtkMenuButton  *button;
  GtkLabel       *title_label;
  GtkLabel       *meaning_label;
  GtkWidget      *example_box;
  GtkLabel       *example_label;
  GtkWidget      *if_wrong_box;
  GtkLabel       *if_wrong_label;

  char           *title;
  char           *meaning;
  char           *example;
  char           *if_wrong;

  /* The field that opened the help from the keyboard: it gets the focus back. */
  GWeakRef        return_focus;
};

G_DEFINE_FINAL_TYPE (SimrisHelpButton, simris_help_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_MEANING,
  PROP_EXAMPLE,
  PROP_IF_WRONG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (SimrisHelpButton *self)
{
  g_autofree char *label = NULL;

  if (self->title != NULL && *self->title != '\0')
    /* Translators: accessible name of a "?" button; %s is the field's name */
    label = g_strdup_printf (_("Help about “%s”"), self->title);
  else
    label = g_strdup (_("Help"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->meaning,
                                  -1);
}

static void
show_text (GtkLabel   *label,
           GtkWidget  *box,
           const char *text)
{
  /* The popover is built when first shown (build_popover), not with the button: a form
   * holds dozens of these, and their labels cost the window's first frame. */
  if (label == NULL)
    return;
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (box ? box : GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
set_text (char      **field,
          GtkLabel   *label,
          GtkWidget  *box,
          const char *text)
{
  g_free (*field);
  *field = g_strdup (text);
  show_text (label, box, text);
}

static GtkLabel *
wrapped_label (GtkWidget *box)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 42);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

/* A titled part of the popover: its heading above its text, hidden while it has none. */
static GtkWidget *
section_box (GtkWidget  *parent,
             const char *heading,
             GtkLabel  **label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *heading_label = gtk_label_new (heading);

  gtk_label_set_xalign (GTK_LABEL (heading_label), 0);
  gtk_widget_add_css_class (heading_label, "caption-heading");
  gtk_widget_add_css_class (heading_label, "dim-label");
  gtk_box_append (GTK_BOX (box), heading_label);
  *label = wrapped_label (box);
  gtk_box_append (GTK_BOX (parent), box);
  return box;
}

/* Back to the field the help was opened from with Shift+F1. */
static void
popover_closed_cb (SimrisHelpButton *self)
{
  g_autoptr(GtkWidget) field = g_weak_ref_get (&self->return_focus);

  g_weak_ref_set (&self->return_focus, NULL);
  if (field != NULL && gtk_widget_get_root (field) != NULL)
    gtk_widget_grab_focus (field);
}

static void
build_popover (GtkMenuButton *button,
               gpointer       user_data)
{
  SimrisHelpButton *self = SIMRIS_HELP_BUTTON (user_data);
  GtkWidget *popover;
  GtkWidget *box;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  self->title_label = wrapped_label (box);
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  self->meaning_label = wrapped_label (box);
  self->example_box = section_box (box,
                                   /* Translators: heading in a field's help popover */
                                   _("Example"),
                                   &self->example_label);
  self->if_wrong_box = section_box (box,
                                    /* Translators: heading in a field's help popover: what changes in the result when the answer is wrong */
                                    _("If This Is Wrong"),
                                    &self->if_wrong_label);

  show_text (self->title_label, NULL, self->title);
  show_text (self->meaning_label, NULL, self->meaning);
  show_text (self->example_label, self->example_box, self->example);
  show_text (self->if_wrong_label, self->if_wrong_box, self->if_wrong);

  popover = gtk_popover_new ();
  gtk_widget_add_css_class (popover, "help-popover");
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
  g_signal_connect_object (popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
}

static void
simris_help_button_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), SIMRIS_TYPE_HELP_BUTTON);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (simris_help_button_parent_class)->dispose (object);
}

static void
simris_help_button_finalize (GObject *object)
{
  SimrisHelpButton *self = SIMRIS_HELP_BUTTON (object);

  g_free (self->title);
  g_free (self->meaning);
  g_free (self->example);
  g_free (self->if_wrong);
  g_weak_ref_clear (&self->return_focus);

  G_OBJECT_CLASS (simris_help_button_parent_class)->finalize (object);
}

/* The four texts are alike: where each is kept, the label that shows it in the popover (and the
 * section box around it, or 0: the label alone), and whether the button's accessible name or
 * description says it, by property. Places are offsets in SimrisHelpButton. */
typedef struct {
  gsize    text;
  gsize    label;
  gsize    box;
  gboolean accessible;
} TextPart;

#define AT(member_) G_STRUCT_OFFSET (SimrisHelpButton, member_)

static const TextPart text_parts[N_PROPS] = {
  [PROP_TITLE] = { AT (title), AT (title_label), 0, TRUE },
  [PROP_MEANING] = { AT (meaning), AT (meaning_label), 0, TRUE },
  [PROP_EXAMPLE] = { AT (example), AT (example_label), AT (example_box), FALSE },
  [PROP_IF_WRONG] = { AT (if_wrong), AT (if_wrong_label), AT (if_wrong_box), FALSE },
};

#undef AT

static const char *
get_text_part (SimrisHelpButton *self,
               int               i)
{
  const TextPart *part = &text_parts[i];

  return G_STRUCT_MEMBER (char *, self, part->text);
}

static void
set_text_part (SimrisHelpButton *self,
               int               i,
               const char       *text)
{
  const TextPart *part = &text_parts[i];

  set_text (G_STRUCT_MEMBER_P (self, part->text), G_STRUCT_MEMBER (GtkLabel *, self, part->label),
            part->box != 0 ? G_STRUCT_MEMBER (GtkWidget *, self, part->box) : NULL, text);
  if (part->accessible)
    update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

#define TEXT_PROPERTY(name_, prop_) \
  [prop_] = SIMRIS_PROPERTY_STRING_AT (name_, NULL, get_text_part, set_text_part, prop_, SIMRIS_PROPERTY_READWRITE)

static const SimrisProperty help_button_properties[N_PROPS] = {
  TEXT_PROPERTY ("title", PROP_TITLE),
  TEXT_PROPERTY ("meaning", PROP_MEANING),
  TEXT_PROPERTY ("example", PROP_EXAMPLE),
  TEXT_PROPERTY ("if-wrong", PROP_IF_WRONG),
};

#undef TEXT_PROPERTY

static void
simris_help_button_class_init (SimrisHelpButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_help_button_dispose;
  object_class->finalize = simris_help_button_finalize;

  simris_property_install (object_class, help_button_properties, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-help-button.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisHelpButton, button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "helpbutton");
}

static void
simris_help_button_init (SimrisHelpButton *self)
{
  GtkWidget *toggle;

  g_weak_ref_init (&self->return_focus, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->button, build_popover, self, NULL);
  update_accessible (self);

  /* One Tab stop per field: the "?" beside it is not a second one. The keyboard opens it with
   * Shift+F1 from the field (simris_ui_show_field_help()), the tooltip says so, and a screen
   * reader still finds it by its name, "Help about …". */
  toggle = gtk_widget_get_first_child (GTK_WIDGET (self->button));
  if (toggle != NULL)
    gtk_widget_set_focusable (toggle, FALSE);
}

GtkWidget *
simris_help_button_new (const char *title,
                        const char *meaning,
                        const char *example,
                        const char *if_wrong)
{
  return g_object_new (SIMRIS_TYPE_HELP_BUTTON,
                       "title", title,
                       "meaning", meaning,
                       "example", example,
                       "if-wrong", if_wrong,
                       NULL);
}

const char *
simris_help_button_get_meaning (SimrisHelpButton *self)
{
  g_return_val_if_fail (SIMRIS_IS_HELP_BUTTON (self), NULL);

  return self->meaning;
}

void
simris_help_button_popup (SimrisHelpButton *self)
{
  g_return_if_fail (SIMRIS_IS_HELP_BUTTON (self));

  gtk_menu_button_popup (self->button);
}

void
simris_help_button_popup_from (SimrisHelpButton *self,
                               GtkWidget        *field)
{
  g_return_if_fail (SIMRIS_IS_HELP_BUTTON (self));
  g_return_if_fail (field == NULL || GTK_IS_WIDGET (field));

  g_weak_ref_set (&self->return_focus, field);
  gtk_menu_button_popup (self->button);
}

gboolean
simris_help_button_is_shown (SimrisHelpButton *self)
{
  GtkPopover *popover;

  g_return_val_if_fail (SIMRIS_IS_HELP_BUTTON (self), FALSE);

  popover = gtk_menu_button_get_popover (self->button);
  return popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover));
}
