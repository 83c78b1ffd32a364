/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include "simris-date.h"
#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-member.h"
#include "simris-model-private.h"
#include "simris-property.h"

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

/* shares-household, custody, also-applies: who lives with whom, as the law counts it (art. 14, §1, 1°
 * DIS; docs/calculation.md §2): whether the person settles household matters mainly in common with the
 * applicant, the custody of a minor child, whether this adult applies for the integration income too.
 * The applicant's conditions (docs/case-format.md, "conditions") and the partner's for the split
 * (docs/calculation.md §7, "partner_split") are read by their index. */
/* The member's yes/no questions: a SimrisTristate read and written by its index. */
#define CONDITION(name, index) \
  SIMRIS_PROPERTY_ENUM_AT (name, simris_tristate_get_type, SIMRIS_TRISTATE_UNKNOWN, simris_member_get_condition, \
                           simris_member_set_condition, index, SIMRIS_PROPERTY_READWRITE)
#define SPLIT_CONDITION(name, index) \
  SIMRIS_PROPERTY_ENUM_AT (name, simris_tristate_get_type, SIMRIS_TRISTATE_UNKNOWN, \
                           simris_member_get_split_condition, simris_member_set_split_condition, index, \
                           SIMRIS_PROPERTY_READWRITE)

static const SimrisProperty member_properties[N_PROPS] = {
  [PROP_ID] = SIMRIS_PROPERTY_STRING ("id", NULL, simris_member_get_id, simris_member_set_id,
                                      SIMRIS_PROPERTY_READWRITE),
  [PROP_RELATION] = SIMRIS_PROPERTY_ENUM ("relation", simris_relation_get_type, SIMRIS_RELATION_APPLICANT,
                                          simris_member_get_relation, simris_member_set_relation,
                                          SIMRIS_PROPERTY_READWRITE),
  [PROP_NAME] = SIMRIS_PROPERTY_STRING ("name", NULL, simris_member_get_name, simris_member_set_name,
                                        SIMRIS_PROPERTY_READWRITE),
  [PROP_BIRTH_DATE] = SIMRIS_PROPERTY_STRING ("birth-date", NULL, simris_member_get_birth_date,
                                              simris_member_set_birth_date, SIMRIS_PROPERTY_READWRITE),
  [PROP_MARRIED] = SIMRIS_PROPERTY_BOOLEAN ("married", FALSE, simris_member_get_married,
                                            simris_member_set_married, SIMRIS_PROPERTY_READWRITE),
  [PROP_STUDENT] = SIMRIS_PROPERTY_BOOLEAN ("student", FALSE, simris_member_get_student,
                                            simris_member_set_student, SIMRIS_PROPERTY_READWRITE),
  [PROP_DISABLED] = SIMRIS_PROPERTY_BOOLEAN ("disabled", FALSE, simris_member_get_disabled,
                                             simris_member_set_disabled, SIMRIS_PROPERTY_READWRITE),
  [PROP_PREGNANT] = SIMRIS_PROPERTY_BOOLEAN ("pregnant", FALSE, simris_member_get_pregnant,
                                             simris_member_set_pregnant, SIMRIS_PROPERTY_READWRITE),
  [PROP_LIVES_IN_HOUSEHOLD] = SIMRIS_PROPERTY_BOOLEAN ("lives-in-household", TRUE,
                                                       simris_member_get_lives_in_household,
                                                       simris_member_set_lives_in_household,
                                                       SIMRIS_PROPERTY_READWRITE),
  [PROP_DEPENDENT_OF] = SIMRIS_PROPERTY_STRING ("dependent-of", NULL, simris_member_get_dependent_of,
                                                simris_member_set_dependent_of, SIMRIS_PROPERTY_READWRITE),
  [PROP_SHARES_HOUSEHOLD] = SIMRIS_PROPERTY_BOOLEAN ("shares-household", TRUE,
                                                     simris_member_get_shares_household,
                                                     simris_member_set_shares_household,
                                                     SIMRIS_PROPERTY_READWRITE),
  [PROP_CUSTODY] = SIMRIS_PROPERTY_ENUM ("custody", simris_custody_get_type, SIMRIS_CUSTODY_FULL,
                                         simris_member_get_custody, simris_member_set_custody,
                                         SIMRIS_PROPERTY_READWRITE),
  [PROP_ALSO_APPLIES] = SIMRIS_PROPERTY_BOOLEAN ("also-applies", FALSE, simris_member_get_also_applies,
                                                 simris_member_set_also_applies, SIMRIS_PROPERTY_READWRITE),
  [PROP_SHARES_HOUSEHOLD_SINCE] = SIMRIS_PROPERTY_STRING ("shares-household-since", NULL,
                                                          simris_member_get_shares_household_since,
                                                          simris_member_set_shares_household_since,
                                                          SIMRIS_PROPERTY_READWRITE),
  [PROP_CUSTODY_SINCE] = SIMRIS_PROPERTY_STRING ("custody-since", NULL, simris_member_get_custody_since,
                                                 simris_member_set_custody_since, SIMRIS_PROPERTY_READWRITE),
  [PROP_RESIDENCE] = CONDITION ("residence", SIMRIS_CONDITION_RESIDENCE),
  [PROP_WILLING_TO_WORK] = CONDITION ("willing-to-work", SIMRIS_CONDITION_WILLING_TO_WORK),
  [PROP_CLAIMS_OTHER_BENEFITS] = CONDITION ("claims-other-benefits", SIMRIS_CONDITION_CLAIMS_OTHER_BENEFITS),
  [PROP_SPLIT_RESIDENCE] = SPLIT_CONDITION ("split-residence", SIMRIS_SPLIT_RESIDENCE),
  [PROP_SPLIT_AGE] = SPLIT_CONDITION ("split-age", SIMRIS_SPLIT_AGE),
  [PROP_SPLIT_NO_RESOURCES] = SPLIT_CONDITION ("split-no-resources", SIMRIS_SPLIT_NO_RESOURCES),
  [PROP_SPLIT_CLAIMS_OTHER_BENEFITS] = SPLIT_CONDITION ("split-claims-other-benefits",
                                                        SIMRIS_SPLIT_CLAIMS_OTHER_BENEFITS),
  [PROP_SPLIT_WILLING_TO_WORK] = SPLIT_CONDITION ("split-willing-to-work",
                                                  SIMRIS_SPLIT_WILLING_TO_WORK),
  [PROP_RESOURCES] = SIMRIS_PROPERTY_OBJECT ("resources", g_list_model_get_type, simris_member_get_resources,
                                             NULL, G_PARAM_READABLE),
  [PROP_PENDING_BENEFITS] = SIMRIS_PROPERTY_OBJECT ("pending-benefits", g_list_model_get_type,
                                                    simris_member_get_pending_benefits, NULL, G_PARAM_READABLE),
};

static void
simris_member_class_init (SimrisMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = simris_member_dispose;
  object_class->finalize = simris_member_finalize;

  simris_property_install (object_class, member_properties, N_PROPS, properties);

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
