/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-household.h"
#include "simris-property.h"
#include "simris-resource.h"
#include "simris-model-private.h"

struct _SimrisResource
{
  GObject             parent_instance;

  SimrisResourceKind  kind;
  SimrisCents         amount;
  SimrisPeriod        period;
  char               *label;
  char               *spi_start;
  char               *from;
  char               *until;
  char               *shortage_occupation_start;
  int                 count;
  int                 allowance_children;
};

G_DEFINE_FINAL_TYPE (SimrisResource, simris_resource, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_AMOUNT,
  PROP_PERIOD,
  PROP_LABEL,
  PROP_SPI_START,
  PROP_FROM,
  PROP_UNTIL,
  PROP_SHORTAGE_OCCUPATION_START,
  PROP_COUNT,
  PROP_ALLOWANCE_CHILDREN,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
simris_resource_changed (SimrisResource *self,
                         GParamSpec     *pspec)
{
  simris_model_emit_changed (self, pspec, signals[CHANGED]);
}

static void
simris_resource_finalize (GObject *object)
{
  SimrisResource *self = (SimrisResource *)object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->spi_start, g_free);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->until, g_free);
  g_clear_pointer (&self->shortage_occupation_start, g_free);

  G_OBJECT_CLASS (simris_resource_parent_class)->finalize (object);
}

/* Cents: the range is what a case file accepts (docs/case-format.md); the C setter stores anything,
 * and simris_household_validate() judges it. The dates are ISO or NULL: the start of work or
 * training while on the RIS (docs/calculation.md §4.3), from and until when the resource exists
 * (§14), the start of a job in a shortage occupation (§4.3; wage only). Counts are -1 when absent:
 * the ALE cheques the amount pays, the children a real estate owner receives family allowances for. */
static const SimrisProperty resource_properties[N_PROPS] = {
  [PROP_KIND] = SIMRIS_PROPERTY_ENUM ("kind", simris_resource_kind_get_type, SIMRIS_RESOURCE_KIND_WAGE,
                                      simris_resource_get_kind, simris_resource_set_kind,
                                      SIMRIS_PROPERTY_READWRITE),
  [PROP_AMOUNT] = SIMRIS_PROPERTY_INT64 ("amount", SIMRIS_CENTS_MISSING, SIMRIS_CENTS_MAX, 0,
                                         simris_resource_get_amount, simris_resource_set_amount,
                                         SIMRIS_PROPERTY_READWRITE),
  [PROP_PERIOD] = SIMRIS_PROPERTY_ENUM ("period", simris_period_get_type, SIMRIS_PERIOD_MONTH,
                                        simris_resource_get_period, simris_resource_set_period,
                                        SIMRIS_PROPERTY_READWRITE),
  [PROP_LABEL] = SIMRIS_PROPERTY_STRING ("label", NULL, simris_resource_get_label, simris_resource_set_label,
                                         SIMRIS_PROPERTY_READWRITE),
  [PROP_SPI_START] = SIMRIS_PROPERTY_STRING ("spi-start", NULL, simris_resource_get_spi_start,
                                             simris_resource_set_spi_start, SIMRIS_PROPERTY_READWRITE),
  [PROP_FROM] = SIMRIS_PROPERTY_STRING ("from", NULL, simris_resource_get_from, simris_resource_set_from,
                                        SIMRIS_PROPERTY_READWRITE),
  [PROP_UNTIL] = SIMRIS_PROPERTY_STRING ("until", NULL, simris_resource_get_until, simris_resource_set_until,
                                         SIMRIS_PROPERTY_READWRITE),
  [PROP_SHORTAGE_OCCUPATION_START] = SIMRIS_PROPERTY_STRING ("shortage-occupation-start", NULL,
                                                             simris_resource_get_shortage_occupation_start,
                                                             simris_resource_set_shortage_occupation_start,
                                                             SIMRIS_PROPERTY_READWRITE),
  [PROP_COUNT] = SIMRIS_PROPERTY_INT ("count", -1, SIMRIS_MAX_COUNT, -1, simris_resource_get_count,
                                      simris_resource_set_count, SIMRIS_PROPERTY_READWRITE),
  [PROP_ALLOWANCE_CHILDREN] = SIMRIS_PROPERTY_INT ("allowance-children", -1, SIMRIS_MAX_COUNT, -1,
                                                   simris_resource_get_allowance_children,
                                                   simris_resource_set_allowance_children,
                                                   SIMRIS_PROPERTY_READWRITE),
};

static void
simris_resource_class_init (SimrisResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_resource_finalize;

  simris_property_install (object_class, resource_properties, N_PROPS, properties);

  /**
   * SimrisResource::changed:
   *
   * Emitted after any change of the resource (a property, or data another layer attached).
   */
  signals[CHANGED] = simris_model_changed_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
simris_resource_init (SimrisResource *self)
{
  self->kind = SIMRIS_RESOURCE_KIND_WAGE;
  self->period = SIMRIS_PERIOD_MONTH;
  self->count = -1;
  self->allowance_children = -1;
}

SimrisResource *
simris_resource_new (SimrisResourceKind kind,
                     SimrisCents        amount,
                     SimrisPeriod       period)
{
  SimrisResource *self = g_object_new (SIMRIS_TYPE_RESOURCE, NULL);

  /* Through the fields, not g_object_new(): the model may hold values a file must not,
   * for simris_household_validate() to report. */
  self->kind = kind;
  self->amount = amount;
  self->period = period;

  return self;
}

/**
 * simris_resource_copy:
 *
 * Returns: (transfer full): a deep copy of @self, its attachments included (simris-attachment.h)
 */
SimrisResource *
simris_resource_copy (SimrisResource *self)
{
  SimrisResource *copy;

  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), NULL);

  copy = simris_resource_new (self->kind, self->amount, self->period);
  copy->label = g_strdup (self->label);
  copy->spi_start = g_strdup (self->spi_start);
  copy->from = g_strdup (self->from);
  copy->until = g_strdup (self->until);
  copy->shortage_occupation_start = g_strdup (self->shortage_occupation_start);
  copy->count = self->count;
  copy->allowance_children = self->allowance_children;
  simris_attachment_copy_all (self, copy);

  return copy;
}

SimrisResourceKind
simris_resource_get_kind (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), SIMRIS_RESOURCE_KIND_OTHER);

  return self->kind;
}

void
simris_resource_set_kind (SimrisResource     *self,
                          SimrisResourceKind  kind)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_value (&self->kind, kind))
    simris_resource_changed (self, properties[PROP_KIND]);
}

SimrisCents
simris_resource_get_amount (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), 0);

  return self->amount;
}

void
simris_resource_set_amount (SimrisResource *self,
                            SimrisCents     amount)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_value (&self->amount, amount))
    simris_resource_changed (self, properties[PROP_AMOUNT]);
}

SimrisPeriod
simris_resource_get_period (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), SIMRIS_PERIOD_MONTH);

  return self->period;
}

void
simris_resource_set_period (SimrisResource *self,
                            SimrisPeriod    period)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_value (&self->period, period))
    simris_resource_changed (self, properties[PROP_PERIOD]);
}

const char *
simris_resource_get_label (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), NULL);

  return self->label;
}

void
simris_resource_set_label (SimrisResource *self,
                           const char     *label)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_optional (&self->label, label))
    simris_resource_changed (self, properties[PROP_LABEL]);
}

const char *
simris_resource_get_spi_start (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), NULL);

  return self->spi_start;
}

void
simris_resource_set_spi_start (SimrisResource *self,
                               const char     *spi_start)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_optional (&self->spi_start, spi_start))
    simris_resource_changed (self, properties[PROP_SPI_START]);
}

const char *
simris_resource_get_from (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), NULL);

  return self->from;
}

void
simris_resource_set_from (SimrisResource *self,
                         const char     *from)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_optional (&self->from, from))
    simris_resource_changed (self, properties[PROP_FROM]);
}

const char *
simris_resource_get_until (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), NULL);

  return self->until;
}

void
simris_resource_set_until (SimrisResource *self,
                          const char     *until)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_optional (&self->until, until))
    simris_resource_changed (self, properties[PROP_UNTIL]);
}

const char *
simris_resource_get_shortage_occupation_start (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), NULL);

  return self->shortage_occupation_start;
}

void
simris_resource_set_shortage_occupation_start (SimrisResource *self,
                                              const char     *shortage_occupation_start)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_optional (&self->shortage_occupation_start, shortage_occupation_start))
    simris_resource_changed (self, properties[PROP_SHORTAGE_OCCUPATION_START]);
}

int
simris_resource_get_count (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), -1);

  return self->count;
}

void
simris_resource_set_count (SimrisResource *self,
                           int             count)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_value (&self->count, count))
    simris_resource_changed (self, properties[PROP_COUNT]);
}

int
simris_resource_get_allowance_children (SimrisResource *self)
{
  g_return_val_if_fail (SIMRIS_IS_RESOURCE (self), -1);

  return self->allowance_children;
}

void
simris_resource_set_allowance_children (SimrisResource *self,
                                        int             allowance_children)
{
  g_return_if_fail (SIMRIS_IS_RESOURCE (self));

  if (simris_model_set_value (&self->allowance_children, allowance_children))
    simris_resource_changed (self, properties[PROP_ALLOWANCE_CHILDREN]);
}

