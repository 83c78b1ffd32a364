/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-pending-benefit.h"
#include "simris-resource.h"
#include "simris-model-private.h"

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

static void
simris_pending_benefit_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SimrisPendingBenefit *self = SIMRIS_PENDING_BENEFIT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PAYING_BODY:
      g_value_set_string (value, self->paying_body);
      break;

    case PROP_SINCE:
      g_value_set_string (value, self->since);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_pending_benefit_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SimrisPendingBenefit *self = SIMRIS_PENDING_BENEFIT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      simris_pending_benefit_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_PAYING_BODY:
      simris_pending_benefit_set_paying_body (self, g_value_get_string (value));
      break;

    case PROP_SINCE:
      simris_pending_benefit_set_since (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_pending_benefit_class_init (SimrisPendingBenefitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_pending_benefit_finalize;
  object_class->get_property = simris_pending_benefit_get_property;
  object_class->set_property = simris_pending_benefit_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SIMRIS_TYPE_RESOURCE_KIND,
                       SIMRIS_RESOURCE_KIND_UNEMPLOYMENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who will pay it (ONEM/RVA payment body, mutuelle, SFP…), or NULL. */
  properties[PROP_PAYING_BODY] =
    g_param_spec_string ("paying-body", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* ISO date of the claim, or NULL. */
  properties[PROP_SINCE] =
    g_param_spec_string ("since", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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

