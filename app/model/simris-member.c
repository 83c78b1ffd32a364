/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-date.h"
#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-member.h"
#include "simris-model-private.h"

struct _SimrisMember
{
  GObject         parent_instance;

  char           *id;
  SimrisRelation  relation;
  char           *name;
  char           *birth_date;
  char           *dependent_of;
  char           *shares_since;
  char           *custody_since;
  SimrisTristate  conditions[SIMRIS_N_CONDITIONS];
  SimrisTristate  split[SIMRIS_N_SPLIT_CONDITIONS];
  GListStore     *resources;
  GListStore     *pending_benefits;

  guint           married : 1;
  guint           student : 1;
  guint           disabled : 1;
  guint           pregnant : 1;
  guint           lives_in_household : 1;
  guint           shares_household : 1;
  guint           also_applies : 1;
  guint           has_split : 1;
  SimrisCustody   custody;
};

G_DEFINE_FINAL_TYPE (SimrisMember, simris_member, G_TYPE_OBJECT)

/* PROP_RESIDENCE + SimrisCondition and PROP_SPLIT_RESIDENCE + SimrisSplitCondition: keep
 * both runs in the order of the enums. */
enum {
  PROP_0,
  PROP_ID,
  PROP_RELATION,
  PROP_NAME,
  PROP_BIRTH_DATE,
  PROP_MARRIED,
  PROP_STUDENT,
  PROP_DISABLED,
  PROP_PREGNANT,
  PROP_LIVES_IN_HOUSEHOLD,
  PROP_DEPENDENT_OF,
  PROP_RESIDENCE,
  PROP_WILLING_TO_WORK,
  PROP_CLAIMS_OTHER_BENEFITS,
  PROP_SPLIT_RESIDENCE,
  PROP_SPLIT_AGE,
  PROP_SPLIT_NO_RESOURCES,
  PROP_SPLIT_CLAIMS_OTHER_BENEFITS,
  PROP_SPLIT_WILLING_TO_WORK,
  PROP_RESOURCES,
  PROP_PENDING_BENEFITS,
  PROP_SHARES_HOUSEHOLD,
  PROP_CUSTODY,
  PROP_ALSO_APPLIES,
  PROP_SHARES_HOUSEHOLD_SINCE,
  PROP_CUSTODY_SINCE,
  N_PROPS
};

G_STATIC_ASSERT (PROP_CLAIMS_OTHER_BENEFITS - PROP_RESIDENCE == SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS);
G_STATIC_ASSERT (PROP_SPLIT_WILLING_TO_WORK - PROP_SPLIT_RESIDENCE == SIMRIS_SPLIT_WILLING_TO_WORK);

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
simris_member_changed (SimrisMember *self,
                       GParamSpec   *pspec)
{
  simris_model_emit_changed (self, pspec, signals[CHANGED]);
}

/* A resource or pending benefit of the member changed. */
static void
item_changed_cb (SimrisMember *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
simris_member_dispose (GObject *object)
{
  SimrisMember *self = (SimrisMember *)object;

  if (self->resources != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->resources));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->resources), i);

          g_signal_handlers_disconnect_by_func (item, item_changed_cb, self);
        }
    }

  if (self->pending_benefits != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pending_benefits));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->pending_benefits), i);

          g_signal_handlers_disconnect_by_func (item, item_changed_cb, self);
        }
    }

  g_clear_object (&self->resources);
  g_clear_object (&self->pending_benefits);

  G_OBJECT_CLASS (simris_member_parent_class)->dispose (object);
}

static void
simris_member_finalize (GObject *object)
{
  SimrisMember *self = (SimrisMember *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->birth_date, g_free);
  g_clear_pointer (&self->dependent_of, g_free);
  g_clear_pointer (&self->shares_since, g_free);
  g_clear_pointer (&self->custody_since, g_free);

  G_OBJECT_CLASS (simris_member_parent_class)->finalize (object);
}

static void
simris_member_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SimrisMember *self = SIMRIS_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_RELATION:
      g_value_set_enum (value, self->relation);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    case PROP_MARRIED:
      g_value_set_boolean (value, self->married);
      break;

    case PROP_STUDENT:
      g_value_set_boolean (value, self->student);
      break;

    case PROP_DISABLED:
      g_value_set_boolean (value, self->disabled);
      break;

    case PROP_PREGNANT:
      g_value_set_boolean (value, self->pregnant);
      break;

    case PROP_LIVES_IN_HOUSEHOLD:
      g_value_set_boolean (value, self->lives_in_household);
      break;

    case PROP_SHARES_HOUSEHOLD:
      g_value_set_boolean (value, self->shares_household);
      break;

    case PROP_CUSTODY:
      g_value_set_enum (value, self->custody);
      break;

    case PROP_ALSO_APPLIES:
      g_value_set_boolean (value, self->also_applies);
      break;

    case PROP_SHARES_HOUSEHOLD_SINCE:
      g_value_set_string (value, self->shares_since);
      break;

    case PROP_CUSTODY_SINCE:
      g_value_set_string (value, self->custody_since);
      break;

    case PROP_DEPENDENT_OF:
      g_value_set_string (value, self->dependent_of);
      break;

    case PROP_RESIDENCE:
    case PROP_WILLING_TO_WORK:
    case PROP_CLAIMS_OTHER_BENEFITS:
      g_value_set_enum (value, self->conditions[prop_id - PROP_RESIDENCE]);
      break;

    case PROP_SPLIT_RESIDENCE:
    case PROP_SPLIT_AGE:
    case PROP_SPLIT_NO_RESOURCES:
    case PROP_SPLIT_CLAIMS_OTHER_BENEFITS:
    case PROP_SPLIT_WILLING_TO_WORK:
      g_value_set_enum (value, self->split[prop_id - PROP_SPLIT_RESIDENCE]);
      break;

    case PROP_RESOURCES:
      g_value_set_object (value, self->resources);
      break;

    case PROP_PENDING_BENEFITS:
      g_value_set_object (value, self->pending_benefits);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
simris_member_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SimrisMember *self = SIMRIS_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      simris_member_set_id (self, g_value_get_string (value));
      break;

    case PROP_RELATION:
      simris_member_set_relation (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      simris_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_BIRTH_DATE:
      simris_member_set_birth_date (self, g_value_get_string (value));
      break;

    case PROP_MARRIED:
      simris_member_set_married (self, g_value_get_boolean (value));
      break;

    case PROP_STUDENT:
      simris_member_set_student (self, g_value_get_boolean (value));
      break;

    case PROP_DISABLED:
      simris_member_set_disabled (self, g_value_get_boolean (value));
      break;

    case PROP_PREGNANT:
      simris_member_set_pregnant (self, g_value_get_boolean (value));
      break;

    case PROP_LIVES_IN_HOUSEHOLD:
      simris_member_set_lives_in_household (self, g_value_get_boolean (value));
      break;

    case PROP_SHARES_HOUSEHOLD:
      simris_member_set_shares_household (self, g_value_get_boolean (value));
      break;

    case PROP_CUSTODY:
      simris_member_set_custody (self, g_value_get_enum (value));
      break;

    case PROP_ALSO_APPLIES:
      simris_member_set_also_applies (self, g_value_get_boolean (value));
      break;

    case PROP_SHARES_HOUSEHOLD_SINCE:
      simris_member_set_shares_household_since (self, g_value_get_string (value));
      break;

    case PROP_CUSTODY_SINCE:
      simris_member_set_custody_since (self, g_value_get_string (value));
      break;

    case PROP_DEPENDENT_OF:
      simris_member_set_dependent_of (self, g_value_get_string (value));
      break;

    case PROP_RESIDENCE:
    case PROP_WILLING_TO_WORK:
    case PROP_CLAIMS_OTHER_BENEFITS:
      simris_member_set_condition (self, prop_id - PROP_RESIDENCE, g_value_get_enum (value));
      break;

    case PROP_SPLIT_RESIDENCE:
    case PROP_SPLIT_AGE:
    case PROP_SPLIT_NO_RESOURCES:
    case PROP_SPLIT_CLAIMS_OTHER_BENEFITS:
    case PROP_SPLIT_WILLING_TO_WORK:
      simris_member_set_split_condition (self, prop_id - PROP_SPLIT_RESIDENCE, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
tristate_pspec (const char *name)
{
  return g_param_spec_enum (name, NULL, NULL,
                            SIMRIS_TYPE_TRISTATE,
                            SIMRIS_TRISTATE_UNKNOWN,
                            (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
boolean_pspec (const char *name,
               gboolean    default_value)
{
  return g_param_spec_boolean (name, NULL, NULL,
                               default_value,
                               (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL,
                              NULL,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
simris_member_class_init (SimrisMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = simris_member_dispose;
  object_class->finalize = simris_member_finalize;
  object_class->get_property = simris_member_get_property;
  object_class->set_property = simris_member_set_property;

  properties[PROP_ID] = string_pspec ("id");
  properties[PROP_RELATION] =
    g_param_spec_enum ("relation", NULL, NULL,
                       SIMRIS_TYPE_RELATION,
                       SIMRIS_RELATION_APPLICANT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] = string_pspec ("name");
  properties[PROP_BIRTH_DATE] = string_pspec ("birth-date");
  properties[PROP_MARRIED] = boolean_pspec ("married", FALSE);
  properties[PROP_STUDENT] = boolean_pspec ("student", FALSE);
  properties[PROP_DISABLED] = boolean_pspec ("disabled", FALSE);
  properties[PROP_PREGNANT] = boolean_pspec ("pregnant", FALSE);
  properties[PROP_LIVES_IN_HOUSEHOLD] = boolean_pspec ("lives-in-household", TRUE);
  properties[PROP_DEPENDENT_OF] = string_pspec ("dependent-of");

  /* Who lives with whom, as the law counts it (art. 14, §1, 1° DIS; docs/calculation.md §2):
   * whether the person settles household matters mainly in common with the applicant, the
   * custody of a minor child, and whether this adult applies for the integration income too. */
  properties[PROP_SHARES_HOUSEHOLD] = boolean_pspec ("shares-household", TRUE);
  properties[PROP_CUSTODY] =
    g_param_spec_enum ("custody", NULL, NULL,
                       SIMRIS_TYPE_CUSTODY,
                       SIMRIS_CUSTODY_FULL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ALSO_APPLIES] = boolean_pspec ("also-applies", FALSE);
  properties[PROP_SHARES_HOUSEHOLD_SINCE] = string_pspec ("shares-household-since");
  properties[PROP_CUSTODY_SINCE] = string_pspec ("custody-since");

  /* Applicant's conditions (docs/case-format.md, "conditions"). */
  properties[PROP_RESIDENCE] = tristate_pspec ("residence");
  properties[PROP_WILLING_TO_WORK] = tristate_pspec ("willing-to-work");
  properties[PROP_CLAIMS_OTHER_BENEFITS] = tristate_pspec ("claims-other-benefits");

  /* Partner's conditions for the split (docs/calculation.md §7, "partner_split"). */
  properties[PROP_SPLIT_RESIDENCE] = tristate_pspec ("split-residence");
  properties[PROP_SPLIT_AGE] = tristate_pspec ("split-age");
  properties[PROP_SPLIT_NO_RESOURCES] = tristate_pspec ("split-no-resources");
  properties[PROP_SPLIT_CLAIMS_OTHER_BENEFITS] = tristate_pspec ("split-claims-other-benefits");
  properties[PROP_SPLIT_WILLING_TO_WORK] = tristate_pspec ("split-willing-to-work");

  properties[PROP_RESOURCES] =
    g_param_spec_object ("resources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PENDING_BENEFITS] =
    g_param_spec_object ("pending-benefits", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SimrisMember::changed:
   *
   * Emitted after any change of the member, of one of its resources or pending
   * benefits, or of the lists themselves.
   */
  signals[CHANGED] = simris_model_changed_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
simris_member_init (SimrisMember *self)
{
  self->relation = SIMRIS_RELATION_APPLICANT;
  self->lives_in_household = TRUE;
  self->shares_household = TRUE;
  self->custody = SIMRIS_CUSTODY_FULL;

  /* Changed only through simris_member_insert_*() and _remove_*(), which emit "changed". */
  self->resources = g_list_store_new (SIMRIS_TYPE_RESOURCE);
  self->pending_benefits = g_list_store_new (SIMRIS_TYPE_PENDING_BENEFIT);
}

SimrisMember *
simris_member_new (const char     *id,
                   SimrisRelation  relation,
                   const char     *birth_date)
{
  SimrisMember *self = g_object_new (SIMRIS_TYPE_MEMBER, NULL);

  self->id = g_strdup (id);
  self->relation = relation;
  self->birth_date = simris_model_dup_optional (birth_date);

  return self;
}

/**
 * simris_member_copy:
 *
 * Returns: (transfer full): a deep copy of @self: resources, pending benefits and
 *   attachments (simris-attachment.h) are copied too
 */
SimrisMember *
simris_member_copy (SimrisMember *self)
{
  SimrisMember *copy;
  guint n;

  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  copy = simris_member_new (self->id, self->relation, self->birth_date);
  copy->name = g_strdup (self->name);
  copy->dependent_of = g_strdup (self->dependent_of);
  copy->married = self->married;
  copy->student = self->student;
  copy->disabled = self->disabled;
  copy->pregnant = self->pregnant;
  copy->lives_in_household = self->lives_in_household;
  copy->shares_household = self->shares_household;
  copy->custody = self->custody;
  copy->also_applies = self->also_applies;
  copy->shares_since = g_strdup (self->shares_since);
  copy->custody_since = g_strdup (self->custody_since);
  copy->has_split = self->has_split;
  for (guint i = 0; i < SIMRIS_N_CONDITIONS; i++)
    copy->conditions[i] = self->conditions[i];
  for (guint i = 0; i < SIMRIS_N_SPLIT_CONDITIONS; i++)
    copy->split[i] = self->split[i];
  simris_attachment_copy_all (self, copy);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->resources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisResource) resource = g_list_model_get_item (G_LIST_MODEL (self->resources), i);
      g_autoptr(SimrisResource) resource_copy = simris_resource_copy (resource);

      simris_member_add_resource (copy, resource_copy);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pending_benefits));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SimrisPendingBenefit) benefit = g_list_model_get_item (G_LIST_MODEL (self->pending_benefits), i);
      g_autoptr(SimrisPendingBenefit) benefit_copy = simris_pending_benefit_copy (benefit);

      simris_member_add_pending_benefit (copy, benefit_copy);
    }

  return copy;
}

const char *
simris_member_get_id (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return self->id;
}

/* The id is required: an empty one is kept as is, for simris_household_validate() to
 * report. */
void
simris_member_set_id (SimrisMember *self,
                      const char   *id)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (g_strcmp0 (self->id, id) != 0)
    {
      g_free (self->id);
      self->id = g_strdup (id);
      simris_member_changed (self, properties[PROP_ID]);
    }
}

SimrisRelation
simris_member_get_relation (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), SIMRIS_RELATION_UNRELATED);

  return self->relation;
}

void
simris_member_set_relation (SimrisMember   *self,
                            SimrisRelation  relation)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (simris_model_set_value (&self->relation, relation))
    simris_member_changed (self, properties[PROP_RELATION]);
}

const char *
simris_member_get_name (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return self->name;
}

void
simris_member_set_name (SimrisMember *self,
                        const char   *name)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (simris_model_set_optional (&self->name, name))
    simris_member_changed (self, properties[PROP_NAME]);
}

const char *
simris_member_get_birth_date (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return self->birth_date;
}

void
simris_member_set_birth_date (SimrisMember *self,
                              const char   *birth_date)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (simris_model_set_optional (&self->birth_date, birth_date))
    simris_member_changed (self, properties[PROP_BIRTH_DATE]);
}

gboolean
simris_member_get_married (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), FALSE);

  return self->married;
}

void
simris_member_set_married (SimrisMember *self,
                           gboolean      married)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  married = !!married;
  if (self->married != married)
    {
      self->married = married;
      simris_member_changed (self, properties[PROP_MARRIED]);
    }
}

gboolean
simris_member_get_student (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), FALSE);

  return self->student;
}

void
simris_member_set_student (SimrisMember *self,
                           gboolean      student)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  student = !!student;
  if (self->student != student)
    {
      self->student = student;
      simris_member_changed (self, properties[PROP_STUDENT]);
    }
}

gboolean
simris_member_get_disabled (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), FALSE);

  return self->disabled;
}

void
simris_member_set_disabled (SimrisMember *self,
                            gboolean      disabled)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  disabled = !!disabled;
  if (self->disabled != disabled)
    {
      self->disabled = disabled;
      simris_member_changed (self, properties[PROP_DISABLED]);
    }
}

gboolean
simris_member_get_pregnant (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), FALSE);

  return self->pregnant;
}

void
simris_member_set_pregnant (SimrisMember *self,
                            gboolean      pregnant)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  pregnant = !!pregnant;
  if (self->pregnant != pregnant)
    {
      self->pregnant = pregnant;
      simris_member_changed (self, properties[PROP_PREGNANT]);
    }
}

gboolean
simris_member_get_lives_in_household (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), TRUE);

  return self->lives_in_household;
}

void
simris_member_set_lives_in_household (SimrisMember *self,
                                      gboolean      lives)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  lives = !!lives;
  if (self->lives_in_household != lives)
    {
      self->lives_in_household = lives;
      simris_member_changed (self, properties[PROP_LIVES_IN_HOUSEHOLD]);
    }
}

gboolean
simris_member_get_shares_household (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), TRUE);

  return self->shares_household;
}

/* FALSE for a partner is kept as is, for simris_household_validate() to refuse naming the
 * field. */
void
simris_member_set_shares_household (SimrisMember *self,
                                    gboolean      shares)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  shares = !!shares;
  if (self->shares_household != shares)
    {
      self->shares_household = shares;
      simris_member_changed (self, properties[PROP_SHARES_HOUSEHOLD]);
    }
}

SimrisCustody
simris_member_get_custody (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), SIMRIS_CUSTODY_FULL);

  return self->custody;
}

void
simris_member_set_custody (SimrisMember  *self,
                           SimrisCustody  custody)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));
  g_return_if_fail (custody <= SIMRIS_CUSTODY_ALTERNATING);

  if (simris_model_set_value (&self->custody, custody))
    simris_member_changed (self, properties[PROP_CUSTODY]);
}

const char *
simris_member_get_shares_household_since (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return self->shares_since;
}

/* Stored as given: simris_household_validate() reports a date that is not one. */
void
simris_member_set_shares_household_since (SimrisMember *self,
                                          const char   *since)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (simris_model_set_optional (&self->shares_since, since))
    simris_member_changed (self, properties[PROP_SHARES_HOUSEHOLD_SINCE]);
}

const char *
simris_member_get_custody_since (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return self->custody_since;
}

void
simris_member_set_custody_since (SimrisMember *self,
                                 const char   *since)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (simris_model_set_optional (&self->custody_since, since))
    simris_member_changed (self, properties[PROP_CUSTODY_SINCE]);
}

/* Before the "since" date, the other value holds (docs/case-format.md). */
static gboolean
before_since (const char *since,
              gint64      date)
{
  SimrisDate from;

  return since != NULL && simris_date_parse (since, &from) && date < from;
}

gboolean
simris_member_shares_household_on (SimrisMember *self,
                                   gint64        date)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), TRUE);

  return before_since (self->shares_since, date) ? !self->shares_household : self->shares_household;
}

SimrisCustody
simris_member_custody_on (SimrisMember *self,
                          gint64        date)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), SIMRIS_CUSTODY_FULL);

  if (before_since (self->custody_since, date))
    return self->custody == SIMRIS_CUSTODY_FULL ? SIMRIS_CUSTODY_ALTERNATING : SIMRIS_CUSTODY_FULL;
  return self->custody;
}

gboolean
simris_member_get_also_applies (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), FALSE);

  return self->also_applies;
}

void
simris_member_set_also_applies (SimrisMember *self,
                                gboolean      also_applies)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  also_applies = !!also_applies;
  if (self->also_applies != also_applies)
    {
      self->also_applies = also_applies;
      simris_member_changed (self, properties[PROP_ALSO_APPLIES]);
    }
}

const char *
simris_member_get_dependent_of (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return self->dependent_of;
}

void
simris_member_set_dependent_of (SimrisMember *self,
                                const char   *dependent_of)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  if (simris_model_set_optional (&self->dependent_of, dependent_of))
    simris_member_changed (self, properties[PROP_DEPENDENT_OF]);
}

SimrisTristate
simris_member_get_condition (SimrisMember    *self,
                             SimrisCondition  condition)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), SIMRIS_TRISTATE_UNKNOWN);
  g_return_val_if_fail ((guint) condition < SIMRIS_N_CONDITIONS, SIMRIS_TRISTATE_UNKNOWN);

  return self->conditions[condition];
}

void
simris_member_set_condition (SimrisMember    *self,
                             SimrisCondition  condition,
                             SimrisTristate   value)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));
  g_return_if_fail ((guint) condition < SIMRIS_N_CONDITIONS);
  g_return_if_fail ((guint) value <= SIMRIS_TRISTATE_YES);

  if (self->conditions[condition] != value)
    {
      self->conditions[condition] = value;
      simris_member_changed (self, properties[PROP_RESIDENCE + condition]);
    }
}

SimrisTristate
simris_member_get_split_condition (SimrisMember         *self,
                                   SimrisSplitCondition  condition)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), SIMRIS_TRISTATE_UNKNOWN);
  g_return_val_if_fail ((guint) condition < SIMRIS_N_SPLIT_CONDITIONS, SIMRIS_TRISTATE_UNKNOWN);

  return self->split[condition];
}

void
simris_member_set_split_condition (SimrisMember         *self,
                                   SimrisSplitCondition  condition,
                                   SimrisTristate        value)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));
  g_return_if_fail ((guint) condition < SIMRIS_N_SPLIT_CONDITIONS);
  g_return_if_fail ((guint) value <= SIMRIS_TRISTATE_YES);

  if (self->split[condition] != value)
    {
      self->split[condition] = value;
      simris_member_changed (self, properties[PROP_SPLIT_RESIDENCE + condition]);
    }
}

/* The member's resources and pending benefits are two lists of the same kind: the member
 * listens to each item's "changed" and says "changed" when the list changes. */
static void
list_insert (SimrisMember *self,
             GListStore   *store,
             guint         position,
             gpointer      item)
{
  g_return_if_fail (!g_list_store_find (store, item, NULL));

  g_signal_connect_swapped (item, "changed", G_CALLBACK (item_changed_cb), self);
  g_list_store_insert (store, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store))), item);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
list_remove (SimrisMember *self,
             GListStore   *store,
             guint         position)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (store)));

  item = g_list_model_get_item (G_LIST_MODEL (store), position);
  g_signal_handlers_disconnect_by_func (item, item_changed_cb, self);
  g_list_store_remove (store, position);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * simris_member_get_resources:
 *
 * Returns: (transfer none): a #GListModel of #SimrisResource; change it through
 *   simris_member_add_resource() and simris_member_remove_resource()
 */
GListModel *
simris_member_get_resources (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return G_LIST_MODEL (self->resources);
}

/**
 * simris_member_insert_resource:
 * @position: where it goes (clamped to the end); undoing a removal puts it back there
 * @resource: (transfer none): the member listens to its changes
 */
void
simris_member_insert_resource (SimrisMember   *self,
                               guint           position,
                               SimrisResource *resource)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));
  g_return_if_fail (SIMRIS_IS_RESOURCE (resource));

  list_insert (self, self->resources, position, resource);
}

/**
 * simris_member_add_resource:
 * @resource: (transfer none): appended; the member listens to its changes
 */
void
simris_member_add_resource (SimrisMember   *self,
                            SimrisResource *resource)
{
  simris_member_insert_resource (self, G_MAXUINT, resource);
}

void
simris_member_remove_resource (SimrisMember *self,
                               guint         position)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  list_remove (self, self->resources, position);
}

/**
 * simris_member_get_pending_benefits:
 *
 * Returns: (transfer none): a #GListModel of #SimrisPendingBenefit
 */
GListModel *
simris_member_get_pending_benefits (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), NULL);

  return G_LIST_MODEL (self->pending_benefits);
}

/**
 * simris_member_insert_pending_benefit:
 * @position: where it goes (clamped to the end)
 * @benefit: (transfer none): the member listens to its changes
 */
void
simris_member_insert_pending_benefit (SimrisMember         *self,
                                      guint                 position,
                                      SimrisPendingBenefit *benefit)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));
  g_return_if_fail (SIMRIS_IS_PENDING_BENEFIT (benefit));

  list_insert (self, self->pending_benefits, position, benefit);
}

/**
 * simris_member_add_pending_benefit:
 * @benefit: (transfer none): appended; the member listens to its changes
 */
void
simris_member_add_pending_benefit (SimrisMember         *self,
                                   SimrisPendingBenefit *benefit)
{
  simris_member_insert_pending_benefit (self, G_MAXUINT, benefit);
}

void
simris_member_remove_pending_benefit (SimrisMember *self,
                                      guint         position)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  list_remove (self, self->pending_benefits, position);
}

/* Whether the file had a "partner_split" object: an empty one is written back, so a
 * partner whose split was asked about but not answered keeps saying so. */
gboolean
simris_member_get_has_split (SimrisMember *self)
{
  g_return_val_if_fail (SIMRIS_IS_MEMBER (self), FALSE);

  return self->has_split;
}

void
simris_member_set_has_split (SimrisMember *self,
                             gboolean      has_split)
{
  g_return_if_fail (SIMRIS_IS_MEMBER (self));

  has_split = !!has_split;
  if (self->has_split != has_split)
    {
      self->has_split = has_split;
      simris_member_changed (self, NULL);
    }
}
