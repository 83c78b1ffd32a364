/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-pending-benefit.h"
#include "simris-resource.h"
#include "simris-model-private.h"
#include "simris-property.h"

struct _SimrisPendingBenefit
{
  GObject             parent_instance;

  SimrisResourceKind  kind;
  char               *paying_body;
  char               *since;
};

G_DEFINE_FINAL_TYPE (SimrisPendingBenefit, simris_pending_benefit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PAYING_BODY,
  PROP_SINCE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
simris_pending_benefit_changed (SimrisPendingBenefit *self,
                                GParamSpec           *pspec)
{
  simris_model_emit_changed (self, pspec, signals[CHANGED]);
}

static void
simris_pending_benefit_finalize (GObject *object)
{
  SimrisPendingBenefit *self = (SimrisPendingBenefit *)object;

  g_clear_pointer (&self->paying_body, g_free);
  g_clear_pointer (&self->since, g_free);

  G_OBJECT_CLASS (simris_pending_benefit_parent_class)->finalize (object);
}

/* paying-body: who will pay it (ONEM/RVA payment body, mutuelle, SFP…); since: the ISO date of the
 * claim; both NULL when unknown. */
static const SimrisProperty pending_benefit_properties[N_PROPS] = {
  [PROP_KIND] = SIMRIS_PROPERTY_ENUM ("kind", simris_resource_kind_get_type, SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
                                      simris_pending_benefit_get_kind, simris_pending_benefit_set_kind,
                                      SIMRIS_PROPERTY_READWRITE),
  [PROP_PAYING_BODY] = SIMRIS_PROPERTY_STRING ("paying-body", NULL, simris_pending_benefit_get_paying_body,
                                               simris_pending_benefit_set_paying_body, SIMRIS_PROPERTY_READWRITE),
  [PROP_SINCE] = SIMRIS_PROPERTY_STRING ("since", NULL, simris_pending_benefit_get_since,
                                         simris_pending_benefit_set_since, SIMRIS_PROPERTY_READWRITE),
};

static void
simris_pending_benefit_class_init (SimrisPendingBenefitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_pending_benefit_finalize;

  simris_property_install (object_class, pending_benefit_properties, N_PROPS, properties);

  /**
   * SimrisPendingBenefit::changed:
   *
   * Emitted after any change of the pending benefit.
   */
  signals[CHANGED] = simris_model_changed_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
simris_pending_benefit_init (SimrisPendingBenefit *self)
{
  self->kind = SIMRIS_RESOURCE_KIND_UNEMPLOYMENT;
}

SimrisPendingBenefit *
simris_pending_benefit_new (SimrisResourceKind kind)
{
  SimrisPendingBenefit *self = g_object_new (SIMRIS_TYPE_PENDING_BENEFIT, NULL);

  self->kind = kind;

  return self;
}

/**
 * simris_pending_benefit_copy:
 *
 * Returns: (transfer full): a deep copy of @self, its attachments included (simris-attachment.h)
 */
SimrisPendingBenefit *
simris_pending_benefit_copy (SimrisPendingBenefit *self)
{
  SimrisPendingBenefit *copy;

  g_return_val_if_fail (SIMRIS_IS_PENDING_BENEFIT (self), NULL);

  copy = simris_pending_benefit_new (self->kind);
  copy->paying_body = g_strdup (self->paying_body);
  copy->since = g_strdup (self->since);
  simris_attachment_copy_all (self, copy);

  return copy;
}

SimrisResourceKind
simris_pending_benefit_get_kind (SimrisPendingBenefit *self)
{
  g_return_val_if_fail (SIMRIS_IS_PENDING_BENEFIT (self), SIMRIS_RESOURCE_KIND_OTHER);

  return self->kind;
}

void
simris_pending_benefit_set_kind (SimrisPendingBenefit *self,
                                 SimrisResourceKind    kind)
{
  g_return_if_fail (SIMRIS_IS_PENDING_BENEFIT (self));

  if (simris_model_set_value (&self->kind, kind))
    simris_pending_benefit_changed (self, properties[PROP_KIND]);
}

const char *
simris_pending_benefit_get_paying_body (SimrisPendingBenefit *self)
{
  g_return_val_if_fail (SIMRIS_IS_PENDING_BENEFIT (self), NULL);

  return self->paying_body;
}

void
simris_pending_benefit_set_paying_body (SimrisPendingBenefit *self,
                                        const char           *paying_body)
{
  g_return_if_fail (SIMRIS_IS_PENDING_BENEFIT (self));

  if (simris_model_set_optional (&self->paying_body, paying_body))
    simris_pending_benefit_changed (self, properties[PROP_PAYING_BODY]);
}

const char *
simris_pending_benefit_get_since (SimrisPendingBenefit *self)
{
  g_return_val_if_fail (SIMRIS_IS_PENDING_BENEFIT (self), NULL);

  return self->since;
}

void
simris_pending_benefit_set_since (SimrisPendingBenefit *self,
                                  const char           *since)
{
  g_return_if_fail (SIMRIS_IS_PENDING_BENEFIT (self));

  if (simris_model_set_optional (&self->since, since))
    simris_pending_benefit_changed (self, properties[PROP_SINCE]);
}

