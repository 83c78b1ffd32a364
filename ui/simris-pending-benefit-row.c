/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisPendingBenefitRow"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-date-row.h"
#include "simris-help-button.h"
#include "simris-kind-row.h"
#include "simris-pending-benefit-row.h"
#include "simris-property.h"
#include "simris-ui-util.h"

struct _SimrisPendingBenefitRow
{
  AdwExpanderRow        parent_instance;

  SimrisPendingBenefit *benefit;

  SimrisKindRow        *kind_row;
  AdwEntryRow          *paying_body_row;
  SimrisDateRow        *since_row;
  GtkButton            *remove_button;
};

G_DEFINE_FINAL_TYPE (SimrisPendingBenefitRow, simris_pending_benefit_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_BENEFIT,
  N_PROPS
};

enum {
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_summary (SimrisPendingBenefitRow *self)
{
  const char *body = simris_pending_benefit_get_paying_body (self->benefit);
  g_autofree char *since = simris_ui_format_date (simris_pending_benefit_get_since (self->benefit));
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 simris_ui_kind_title (simris_pending_benefit_get_kind (self->benefit)));

  if (body != NULL && *body != '\0' && since != NULL)
    /* Translators: a pending benefit: the body that will pay it and the date it was claimed */
    subtitle = g_strdup_printf (_("%s, claimed on %s"), body, since);
  else if (body != NULL && *body != '\0')
    subtitle = g_strdup (body);
  else if (since != NULL)
    /* Translators: a pending benefit: the date it was claimed */
    subtitle = g_strdup_printf (_("Claimed on %s"), since);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle ? subtitle : "");
}

static void
remove_clicked_cb (SimrisPendingBenefitRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
simris_pending_benefit_row_constructed (GObject *object)
{
  SimrisPendingBenefitRow *self = SIMRIS_PENDING_BENEFIT_ROW (object);

  G_OBJECT_CLASS (simris_pending_benefit_row_parent_class)->constructed (object);

  g_object_bind_property (self->benefit, "kind", self->kind_row, "kind",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  simris_bind_text (self->benefit, "paying-body", self->paying_body_row);
  g_object_bind_property (self->benefit, "since", self->since_row, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->benefit, "notify", G_CALLBACK (update_summary),
                           self, G_CONNECT_SWAPPED);
  update_summary (self);
}

static void
simris_pending_benefit_row_dispose (GObject *object)
{
  SimrisPendingBenefitRow *self = SIMRIS_PENDING_BENEFIT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_PENDING_BENEFIT_ROW);
  g_clear_object (&self->benefit);

  G_OBJECT_CLASS (simris_pending_benefit_row_parent_class)->dispose (object);
}

static const SimrisProperty pending_benefit_row_properties[N_PROPS] = {
  [PROP_BENEFIT] = SIMRIS_PROPERTY_OBJECT_FIELD ("benefit", simris_pending_benefit_get_type,
                                                 SimrisPendingBenefitRow, benefit),
};

static void
simris_pending_benefit_row_class_init (SimrisPendingBenefitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = simris_pending_benefit_row_constructed;
  object_class->dispose = simris_pending_benefit_row_dispose;

  simris_property_install (object_class, pending_benefit_row_properties, N_PROPS, properties);

  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SIMRIS_TYPE_DATE_ROW);
  g_type_ensure (SIMRIS_TYPE_HELP_BUTTON);
  g_type_ensure (SIMRIS_TYPE_KIND_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/simris-pending-benefit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisPendingBenefitRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPendingBenefitRow, paying_body_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPendingBenefitRow, since_row);
  gtk_widget_class_bind_template_child (widget_class, SimrisPendingBenefitRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
simris_pending_benefit_row_init (SimrisPendingBenefitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  simris_ui_limit_text (GTK_WIDGET (self->paying_body_row), SIMRIS_UI_MAX_NAME);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Claim"),
                                  -1);
}

GtkWidget *
simris_pending_benefit_row_new (SimrisPendingBenefit *benefit)
{
  g_return_val_if_fail (SIMRIS_IS_PENDING_BENEFIT (benefit), NULL);

  return g_object_new (SIMRIS_TYPE_PENDING_BENEFIT_ROW, "benefit", benefit, NULL);
}

SimrisPendingBenefit *
simris_pending_benefit_row_get_benefit (SimrisPendingBenefitRow *self)
{
  g_return_val_if_fail (SIMRIS_IS_PENDING_BENEFIT_ROW (self), NULL);

  return self->benefit;
}
