/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-household.h"
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

static void
simris_resource_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SimrisResource *self = SIMRIS_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_PERIOD:
      g_value_set_enum (value, self->period);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_SPI_START:
      g_value_set_string (value, self->spi_start);
      break;

    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;

    case PROP_UNTIL:
      g_value_set_string (value, self->until);
      break;

    case PROP_SHORTAGE_OCCUPATION_START:
      g_value_set_string (value, self->shortage_occupation_start);
      break;

    case PROP_COUNT:
      g_value_set_int (value, self->count);
      break;

    case PROP_ALLOWANCE_CHILDREN:
      g_value_set_int (value, self->allowance_children);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_resource_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SimrisResource *self = SIMRIS_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      simris_resource_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_AMOUNT:
      simris_resource_set_amount (self, g_value_get_int64 (value));
      break;

    case PROP_PERIOD:
      simris_resource_set_period (self, g_value_get_enum (value));
      break;

    case PROP_LABEL:
      simris_resource_set_label (self, g_value_get_string (value));
      break;

    case PROP_SPI_START:
      simris_resource_set_spi_start (self, g_value_get_string (value));
      break;

    case PROP_FROM:
      simris_resource_set_from (self, g_value_get_string (value));
      break;

    case PROP_UNTIL:
      simris_resource_set_until (self, g_value_get_string (value));
      break;

    case PROP_SHORTAGE_OCCUPATION_START:
      simris_resource_set_shortage_occupation_start (self, g_value_get_string (value));
      break;

    case PROP_COUNT:
      simris_resource_set_count (self, g_value_get_int (value));
      break;

    case PROP_ALLOWANCE_CHILDREN:
      simris_resource_set_allowance_children (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_resource_class_init (SimrisResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = simris_resource_finalize;
  object_class->get_property = simris_resource_get_property;
  object_class->set_property = simris_resource_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SIMRIS_TYPE_RESOURCE_KIND,
                       SIMRIS_RESOURCE_KIND_WAGE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Cents. The range is what a case file accepts (docs/case-format.md); the C setter stores
   * anything, and simris_household_validate() judges it. */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        SIMRIS_CENTS_MISSING, SIMRIS_CENTS_MAX, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERIOD] =
    g_param_spec_enum ("period", NULL, NULL,
                       SIMRIS_TYPE_PERIOD,
                       SIMRIS_PERIOD_MONTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* ISO date the work or training began while on the RIS (docs/calculation.md §4.3), or NULL. */
  properties[PROP_SPI_START] =
    g_param_spec_string ("spi-start", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* ISO date from which the resource exists (docs/calculation.md §14), or NULL. */
  properties[PROP_FROM] =
    g_param_spec_string ("from", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* ISO date until which the resource exists (docs/calculation.md §14), or NULL. */
  properties[PROP_UNTIL] =
    g_param_spec_string ("until", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* ISO date a job in a shortage occupation began (docs/calculation.md §4.3; wage only), or NULL. */
  properties[PROP_SHORTAGE_OCCUPATION_START] =
    g_param_spec_string ("shortage-occupation-start", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* ALE cheques: how many cheques the amount pays; -1 when absent. */
  properties[PROP_COUNT] =
    g_param_spec_int ("count", NULL, NULL,
                      -1, SIMRIS_MAX_COUNT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Real estate: children for whom the owner receives family allowances; -1 when absent. */
  properties[PROP_ALLOWANCE_CHILDREN] =
    g_param_spec_int ("allowance-children", NULL, NULL,
                      -1, SIMRIS_MAX_COUNT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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

