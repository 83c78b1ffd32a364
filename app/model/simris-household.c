/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "simris-attachment.h"
#include "simris-enum-types.h"
#include "simris-household.h"
#include "simris-household-private.h"
#include "simris-model-private.h"
#include "simris-property.h"

/* Keep in the order of the decision properties (PROP_CPAS_NAME …). */
static const char * const decision_field_names[] = {
  "cpas_name",
  "cpas_address",
  "application_date",
  "case_reference",
  "social_worker",
  "tribunal_address",
  "cpas_postcode",
  "applicant_address",
  "language",
  "draft_date",
  "hearing",
  "hearing_date",
  "applicant_title",
  "national_register_number",
  NULL
};

#define N_DECISION_FIELDS (G_N_ELEMENTS (decision_field_names) - 1)

G_STATIC_ASSERT (N_DECISION_FIELDS == SIMRIS_HOUSEHOLD_N_DECISION_FIELDS);

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SimrisHousehold, simris_household, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (simris-household-error-quark, simris_household_error)

enum {
  PROP_0,
  PROP_REFERENCE_DATE,
  PROP_DESCRIPTION,
  PROP_COUNT_ASCENDANTS_DESCENDANTS,
  PROP_COUNT_MAINTENANCE_DEBTORS,
  PROP_ART34_REGIME,
  PROP_REFORM_MAF_EXEMPT,
  PROP_ISOLATED_PARTNER_NO_RESOURCES,
  PROP_ALTERNATING_CUSTODY_ALTERNATE_MONTHS,
  PROP_APPLICANTS_SHARE_EXCESS,
  PROP_SPLIT_APPLICANT_SHARE,
  /* Issue 29. */
  PROP_BENEFIT,
  PROP_RESIDENCE_STATUS,
  PROP_MAINTENANCE_PAID_MONTH,
  PROP_STUDENT_EXEMPTION_UNDER_25,
  PROP_STUDENT_GRANT_COVID_ALIGNMENT,
  PROP_CPAS_NAME,
  PROP_CPAS_ADDRESS,
  PROP_APPLICATION_DATE,
  PROP_CASE_REFERENCE,
  PROP_SOCIAL_WORKER,
  PROP_TRIBUNAL_ADDRESS,
  PROP_CPAS_POSTCODE,
  PROP_APPLICANT_ADDRESS,
  PROP_DOCUMENT_LANGUAGE,
  PROP_DRAFT_DATE,
  PROP_HEARING,
  PROP_HEARING_DATE,
  PROP_APPLICANT_TITLE,
  PROP_NATIONAL_REGISTER_NUMBER,
  N_PROPS
};

G_STATIC_ASSERT (PROP_NATIONAL_REGISTER_NUMBER - PROP_CPAS_NAME + 1 == N_DECISION_FIELDS);

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
decision_field_index (const char *name)
{
  if (name == NULL)
    return -1;

  for (guint i = 0; i < N_DECISION_FIELDS; i++)
    if (strcmp (decision_field_names[i], name) == 0)
      return i;

  return -1;
}

static void
simris_household_changed (SimrisHousehold *self,
                          GParamSpec      *pspec)
{
  self->valid = FALSE;
  simris_model_emit_changed (self, pspec, signals[CHANGED]);
}

static void
member_changed_cb (SimrisHousehold *self)
{
  self->valid = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static GType
simris_household_get_item_type (GListModel *model)
{
  return SIMRIS_TYPE_MEMBER;
}

static guint
simris_household_get_n_items (GListModel *model)
{
  SimrisHousehold *self = SIMRIS_HOUSEHOLD (model);

  return self->members->len;
}

static gpointer
simris_household_get_item (GListModel *model,
                           guint       position)
{
  SimrisHousehold *self = SIMRIS_HOUSEHOLD (model);

  if (position >= self->members->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->members, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = simris_household_get_item_type;
  iface->get_n_items = simris_household_get_n_items;
  iface->get_item = simris_household_get_item;
}

static void
simris_household_dispose (GObject *object)
{
  SimrisHousehold *self = (SimrisHousehold *)object;

  if (self->members != NULL)
    {
      for (guint i = 0; i < self->members->len; i++)
        g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->members, i),
                                              member_changed_cb, self);
      g_clear_pointer (&self->members, g_ptr_array_unref);
    }

  G_OBJECT_CLASS (simris_household_parent_class)->dispose (object);
}

static void
simris_household_finalize (GObject *object)
{
  SimrisHousehold *self = (SimrisHousehold *)object;

  g_clear_pointer (&self->reference_date, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->art34_regime, g_free);
  for (guint i = 0; i < N_DECISION_FIELDS; i++)
    g_clear_pointer (&self->decision[i], g_free);

  G_OBJECT_CLASS (simris_household_parent_class)->finalize (object);
}

/* The benefit asked and the residence status as properties by their case file names (issue 29,
 * docs/case-format.md): an unknown name is ignored; a NULL status is "unknown". */
static const char *
get_benefit_name (SimrisHousehold *self)
{
  return simris_benefit_to_string (self->benefit);
}

static void
set_benefit_name (SimrisHousehold *self,
                  const char      *name)
{
  SimrisBenefit benefit;

  if (simris_benefit_from_string (name, &benefit))
    simris_household_set_benefit (self, benefit);
}

static const char *
get_residence_status_name (SimrisHousehold *self)
{
  return simris_residence_status_to_string (self->residence_status);
}

static void
set_residence_status_name (SimrisHousehold *self,
                           const char      *name)
{
  SimrisResidenceStatus status = SIMRIS_RESIDENCE_STATUS_UNKNOWN;

  if (name == NULL || simris_residence_status_from_string (name, &status))
    simris_household_set_residence_status (self, status);
}

/* What the decision draft needs (docs/calculation.md §10), by its index in decision_field_names. */
static const char *
get_decision (SimrisHousehold *self,
              int              i)
{
  return self->decision[i];
}

static void
set_decision (SimrisHousehold *self,
              int              i,
              const char      *value)
{
  simris_household_set_decision_field (self, decision_field_names[i], value);
}

#define OPTION(name, default_value, field) \
  SIMRIS_PROPERTY_BOOLEAN (name, default_value, simris_household_get_##field, simris_household_set_##field, \
                           SIMRIS_PROPERTY_READWRITE)
#define TEXT(name, field) \
  SIMRIS_PROPERTY_STRING (name, NULL, simris_household_get_##field, simris_household_set_##field, \
                          SIMRIS_PROPERTY_READWRITE)
#define DECISION(name, prop) \
  SIMRIS_PROPERTY_STRING_AT (name, NULL, get_decision, set_decision, prop - PROP_CPAS_NAME, \
                             SIMRIS_PROPERTY_READWRITE)

/* The CPAS's options (docs/case-format.md "options", docs/calculation.md); art34-regime: the name
 * of an art. 34 regime of the parameters ("art34_regimes"), NULL: by date. The decision's fields:
 * the CPAS's postcode chooses the labour court; the document's language is the one the draft was
 * last exported or printed in; the day the draft is made (else today), the hearing of art. 20 of
 * the law ("heard" on hearing_date, or "not_asked"), how the letter addresses the applicant and the
 * national register number (docs/case-format.md, "Decision"). Issue 29: the maintenance paid a
 * month in cents, the students' readings. */
static const SimrisProperty household_properties[N_PROPS] = {
  [PROP_REFERENCE_DATE] = TEXT ("reference-date", reference_date),
  [PROP_DESCRIPTION] = TEXT ("description", description),
  [PROP_COUNT_ASCENDANTS_DESCENDANTS] = OPTION ("count-ascendants-descendants", FALSE,
                                                count_ascendants_descendants),
  [PROP_COUNT_MAINTENANCE_DEBTORS] = OPTION ("count-maintenance-debtors", TRUE, count_maintenance_debtors),
  [PROP_ART34_REGIME] = TEXT ("art34-regime", art34_regime),
  [PROP_ISOLATED_PARTNER_NO_RESOURCES] = OPTION ("isolated-partner-no-resources", FALSE,
                                                 isolated_partner_no_resources),
  [PROP_ALTERNATING_CUSTODY_ALTERNATE_MONTHS] = OPTION ("alternating-custody-alternate-months", FALSE,
                                                        alternating_custody_alternate_months),
  [PROP_APPLICANTS_SHARE_EXCESS] = OPTION ("applicants-share-excess", TRUE, applicants_share_excess),
  [PROP_REFORM_MAF_EXEMPT] = OPTION ("reform-maf-exempt", FALSE, reform_maf_exempt),
  [PROP_SPLIT_APPLICANT_SHARE] = SIMRIS_PROPERTY_INT ("split-applicant-share", 0, 100, 50,
                                                      simris_household_get_split_applicant_share,
                                                      simris_household_set_split_applicant_share,
                                                      SIMRIS_PROPERTY_READWRITE),
  [PROP_CPAS_NAME] = DECISION ("cpas-name", PROP_CPAS_NAME),
  [PROP_CPAS_ADDRESS] = DECISION ("cpas-address", PROP_CPAS_ADDRESS),
  [PROP_APPLICATION_DATE] = DECISION ("application-date", PROP_APPLICATION_DATE),
  [PROP_CASE_REFERENCE] = DECISION ("case-reference", PROP_CASE_REFERENCE),
  [PROP_SOCIAL_WORKER] = DECISION ("social-worker", PROP_SOCIAL_WORKER),
  [PROP_TRIBUNAL_ADDRESS] = DECISION ("tribunal-address", PROP_TRIBUNAL_ADDRESS),
  [PROP_CPAS_POSTCODE] = DECISION ("cpas-postcode", PROP_CPAS_POSTCODE),
  [PROP_APPLICANT_ADDRESS] = DECISION ("applicant-address", PROP_APPLICANT_ADDRESS),
  [PROP_DOCUMENT_LANGUAGE] = DECISION ("document-language", PROP_DOCUMENT_LANGUAGE),
  [PROP_DRAFT_DATE] = DECISION ("draft-date", PROP_DRAFT_DATE),
  [PROP_HEARING] = DECISION ("hearing", PROP_HEARING),
  [PROP_HEARING_DATE] = DECISION ("hearing-date", PROP_HEARING_DATE),
  [PROP_APPLICANT_TITLE] = DECISION ("applicant-title", PROP_APPLICANT_TITLE),
  [PROP_NATIONAL_REGISTER_NUMBER] = DECISION ("national-register-number", PROP_NATIONAL_REGISTER_NUMBER),
  [PROP_BENEFIT] = SIMRIS_PROPERTY_STRING ("benefit", NULL, get_benefit_name, set_benefit_name,
                                           SIMRIS_PROPERTY_READWRITE),
  [PROP_RESIDENCE_STATUS] = SIMRIS_PROPERTY_STRING ("residence-status", NULL, get_residence_status_name,
                                                    set_residence_status_name, SIMRIS_PROPERTY_READWRITE),
  [PROP_MAINTENANCE_PAID_MONTH] = SIMRIS_PROPERTY_INT64 ("maintenance-paid-month", 0, SIMRIS_CENTS_MAX, 0,
                                                         simris_household_get_maintenance_paid_month,
                                                         simris_household_set_maintenance_paid_month,
                                                         SIMRIS_PROPERTY_READWRITE),
  [PROP_STUDENT_EXEMPTION_UNDER_25] = OPTION ("student-exemption-under-25", FALSE, student_exemption_under_25),
  [PROP_STUDENT_GRANT_COVID_ALIGNMENT] = OPTION ("student-grant-covid-alignment", TRUE,
                                                 student_grant_covid_alignment),
};

static void
simris_household_class_init (SimrisHouseholdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = simris_household_dispose;
  object_class->finalize = simris_household_finalize;

  simris_property_install (object_class, household_properties, N_PROPS, properties);

  /**
   * SimrisHousehold::changed:
   *
   * Emitted after any change anywhere in the case: a property, data another layer attached, the
   * list of members, or a member (its resources and pending benefits included).
   */
  signals[CHANGED] = simris_model_changed_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
simris_household_init (SimrisHousehold *self)
{
  self->members = g_ptr_array_new_with_free_func (g_object_unref);
  self->count_maintenance_debtors = TRUE;
  self->applicants_share_excess = TRUE;
  self->split_applicant_share = 50;
  self->student_grant_covid_alignment = TRUE;
}

SimrisHousehold *
simris_household_new (void)
{
  return g_object_new (SIMRIS_TYPE_HOUSEHOLD, NULL);
}

/**
 * simris_household_copy:
 *
 * Returns: (transfer full): a deep copy of @self: members, their resources and every
 *   attachment (simris-attachment.h) are copied too
 */
SimrisHousehold *
simris_household_copy (SimrisHousehold *self)
{
  SimrisHousehold *copy;

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  copy = simris_household_new ();
  copy->reference_date = g_strdup (self->reference_date);
  copy->description = g_strdup (self->description);
  for (guint i = 0; i < N_DECISION_FIELDS; i++)
    copy->decision[i] = g_strdup (self->decision[i]);
  copy->count_ascendants_descendants = self->count_ascendants_descendants;
  copy->count_maintenance_debtors = self->count_maintenance_debtors;
  copy->art34_regime = g_strdup (self->art34_regime);
  copy->isolated_partner_no_resources = self->isolated_partner_no_resources;
  copy->alternating_custody_alternate_months = self->alternating_custody_alternate_months;
  copy->applicants_share_excess = self->applicants_share_excess;
  copy->reform_maf_exempt = self->reform_maf_exempt;
  copy->split_applicant_share = self->split_applicant_share;
  copy->benefit = self->benefit;
  copy->residence_status = self->residence_status;
  copy->maintenance_paid_month = self->maintenance_paid_month;
  copy->student_exemption_under_25 = self->student_exemption_under_25;
  copy->student_grant_covid_alignment = self->student_grant_covid_alignment;
  simris_attachment_copy_all (self, copy);

  for (guint i = 0; i < self->members->len; i++)
    {
      g_autoptr(SimrisMember) member = simris_member_copy (g_ptr_array_index (self->members, i));

      simris_household_append (copy, member);
    }

  return copy;
}

const char *
simris_household_get_reference_date (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  return self->reference_date;
}

void
simris_household_set_reference_date (SimrisHousehold *self,
                                     const char      *reference_date)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  if (simris_model_set_optional (&self->reference_date, reference_date))
    simris_household_changed (self, properties[PROP_REFERENCE_DATE]);
}

const char *
simris_household_get_description (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  return self->description;
}

void
simris_household_set_description (SimrisHousehold *self,
                                  const char      *description)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  if (simris_model_set_optional (&self->description, description))
    simris_household_changed (self, properties[PROP_DESCRIPTION]);
}

/**
 * simris_household_append:
 * @member: (transfer none): added at the end; the household listens to its changes
 */
void
simris_household_append (SimrisHousehold *self,
                         SimrisMember    *member)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  simris_household_insert (self, self->members->len, member);
}

void
simris_household_insert (SimrisHousehold *self,
                         guint            position,
                         SimrisMember    *member)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));
  g_return_if_fail (SIMRIS_IS_MEMBER (member));
  g_return_if_fail (position <= self->members->len);
  g_return_if_fail (!g_ptr_array_find (self->members, member, NULL));

  g_signal_connect_swapped (member, "changed",
                            G_CALLBACK (member_changed_cb), self);
  g_ptr_array_insert (self->members, position, g_object_ref (member));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  simris_household_changed (self, NULL);
}

void
simris_household_remove (SimrisHousehold *self,
                         guint            position)
{
  SimrisMember *member;

  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));
  g_return_if_fail (position < self->members->len);

  member = g_ptr_array_steal_index (self->members, position);
  g_signal_handlers_disconnect_by_func (member, member_changed_cb, self);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  simris_household_changed (self, NULL);
  g_object_unref (member);
}

/* Moves the member at @from so that it ends at @to: one items-changed covering the
 * span, one "changed". */
void
simris_household_move (SimrisHousehold *self,
                       guint            from,
                       guint            to)
{
  gpointer member;

  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));
  g_return_if_fail (from < self->members->len);
  g_return_if_fail (to < self->members->len);

  if (from == to)
    return;

  member = g_ptr_array_steal_index (self->members, from);
  g_ptr_array_insert (self->members, to, member);
  g_list_model_items_changed (G_LIST_MODEL (self),
                              MIN (from, to),
                              MAX (from, to) - MIN (from, to) + 1,
                              MAX (from, to) - MIN (from, to) + 1);
  simris_household_changed (self, NULL);
}

/**
 * simris_household_get_applicant:
 *
 * Returns: (transfer none) (nullable): the first member whose relation is
 *   %SIMRIS_RELATION_APPLICANT
 */
SimrisMember *
simris_household_get_applicant (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  for (guint i = 0; i < self->members->len; i++)
    {
      SimrisMember *member = g_ptr_array_index (self->members, i);

      if (simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
        return member;
    }

  return NULL;
}

/**
 * simris_household_has_kind:
 *
 * Returns: whether any member of @self has a resource of @kind
 */
gboolean
simris_household_has_kind (SimrisHousehold    *self,
                           SimrisResourceKind  kind)
{
  GListModel *members = G_LIST_MODEL (self);

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SimrisMember) m = g_list_model_get_item (members, i);
      GListModel *resources = simris_member_get_resources (m);

      for (guint j = 0; j < g_list_model_get_n_items (resources); j++)
        {
          g_autoptr(SimrisResource) r = g_list_model_get_item (resources, j);

          if (simris_resource_get_kind (r) == kind)
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * simris_household_find_member:
 *
 * Returns: (transfer none) (nullable): the first member whose id is @id
 */
SimrisMember *
simris_household_find_member (SimrisHousehold *self,
                              const char      *id)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->members->len; i++)
    {
      SimrisMember *member = g_ptr_array_index (self->members, i);

      if (g_strcmp0 (simris_member_get_id (member), id) == 0)
        return member;
    }

  return NULL;
}

/**
 * simris_household_new_member_id:
 *
 * Returns: (transfer full): "m1", "m2"…: the first such id no member has
 */
char *
simris_household_new_member_id (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  for (guint i = 1; ; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);

      if (simris_household_find_member (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

gboolean
simris_household_get_count_ascendants_descendants (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  return self->count_ascendants_descendants;
}

void
simris_household_set_count_ascendants_descendants (SimrisHousehold *self,
                                                   gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->count_ascendants_descendants != value)
    {
      self->count_ascendants_descendants = value;
      simris_household_changed (self, properties[PROP_COUNT_ASCENDANTS_DESCENDANTS]);
    }
}

gboolean
simris_household_get_count_maintenance_debtors (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), TRUE);

  return self->count_maintenance_debtors;
}

void
simris_household_set_count_maintenance_debtors (SimrisHousehold *self,
                                                gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->count_maintenance_debtors != value)
    {
      self->count_maintenance_debtors = value;
      simris_household_changed (self, properties[PROP_COUNT_MAINTENANCE_DEBTORS]);
    }
}

const char *
simris_household_get_art34_regime (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);

  return self->art34_regime;
}

/* value: a regime's name as in the parameters ("2002", "2026"), or NULL for the regime in
 * force on the reference date; an unknown name is reported by simris_household_validate(). */
void
simris_household_set_art34_regime (SimrisHousehold *self,
                                   const char      *value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (self->art34_regime, value) != 0)
    {
      g_free (self->art34_regime);
      self->art34_regime = g_strdup (value);
      simris_household_changed (self, properties[PROP_ART34_REGIME]);
    }
}

gboolean
simris_household_get_isolated_partner_no_resources (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  return self->isolated_partner_no_resources;
}

void
simris_household_set_isolated_partner_no_resources (SimrisHousehold *self,
                                                    gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->isolated_partner_no_resources != value)
    {
      self->isolated_partner_no_resources = value;
      simris_household_changed (self, properties[PROP_ISOLATED_PARTNER_NO_RESOURCES]);
    }
}

gboolean
simris_household_get_alternating_custody_alternate_months (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  return self->alternating_custody_alternate_months;
}

void
simris_household_set_alternating_custody_alternate_months (SimrisHousehold *self,
                                                           gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->alternating_custody_alternate_months != value)
    {
      self->alternating_custody_alternate_months = value;
      simris_household_changed (self, properties[PROP_ALTERNATING_CUSTODY_ALTERNATE_MONTHS]);
    }
}

gboolean
simris_household_get_applicants_share_excess (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), TRUE);

  return self->applicants_share_excess;
}

void
simris_household_set_applicants_share_excess (SimrisHousehold *self,
                                              gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->applicants_share_excess != value)
    {
      self->applicants_share_excess = value;
      simris_household_changed (self, properties[PROP_APPLICANTS_SHARE_EXCESS]);
    }
}

gboolean
simris_household_get_reform_maf_exempt (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);

  return self->reform_maf_exempt;
}

void
simris_household_set_reform_maf_exempt (SimrisHousehold *self,
                                        gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->reform_maf_exempt != value)
    {
      self->reform_maf_exempt = value;
      simris_household_changed (self, properties[PROP_REFORM_MAF_EXEMPT]);
    }
}

int
simris_household_get_split_applicant_share (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), 50);

  return self->split_applicant_share;
}

/* Stored as given: simris_household_validate() reports a value outside 0…100. */
void
simris_household_set_split_applicant_share (SimrisHousehold *self,
                                            int              value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  if (simris_model_set_value (&self->split_applicant_share, value))
    simris_household_changed (self, properties[PROP_SPLIT_APPLICANT_SHARE]);
}

/**
 * simris_household_get_decision_field:
 * @name: one of simris_household_decision_field_names()
 *
 * Returns: (nullable): the field's value
 */
const char *
simris_household_get_decision_field (SimrisHousehold *self,
                                     const char      *name)
{
  int i = decision_field_index (name);

  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return self->decision[i];
}

void
simris_household_set_decision_field (SimrisHousehold *self,
                                     const char      *name,
                                     const char      *value)
{
  int i = decision_field_index (name);

  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));
  g_return_if_fail (i >= 0);

  if (simris_model_set_optional (&self->decision[i], value))
    simris_household_changed (self, properties[PROP_CPAS_NAME + i]);
}

/**
 * simris_household_decision_field_names:
 *
 * Returns: (transfer none): the decision fields, in the order a case file lists them,
 *   %NULL-terminated
 */
const char * const *
simris_household_decision_field_names (void)
{
  return decision_field_names;
}

/* ---- Issue 29: the benefit, the residence status, students, maintenance paid -------------- */

/* "benefit" of a case file (docs/case-format.md): the integration income (default) or the
 * equivalent social aid (app/law/simris-benefit.c). */
SimrisBenefit
simris_household_get_benefit (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), SIMRIS_BENEFIT_INTEGRATION_INCOME);
  return self->benefit;
}

void
simris_household_set_benefit (SimrisHousehold *self,
                              SimrisBenefit    value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));
  g_return_if_fail (value < SIMRIS_N_BENEFITS);

  if (simris_model_set_value (&self->benefit, value))
    simris_household_changed (self, properties[PROP_BENEFIT]);
}

/* "residence_status": the applicant's, SIMRIS_RESIDENCE_STATUS_UNKNOWN when not given. */
SimrisResidenceStatus
simris_household_get_residence_status (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), SIMRIS_RESIDENCE_STATUS_UNKNOWN);
  return self->residence_status;
}

void
simris_household_set_residence_status (SimrisHousehold       *self,
                                       SimrisResidenceStatus  value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));
  g_return_if_fail (value < SIMRIS_N_RESIDENCE_STATUSES);

  if (simris_model_set_value (&self->residence_status, value))
    simris_household_changed (self, properties[PROP_RESIDENCE_STATUS]);
}

/* "maintenance_paid": what the applicant pays each month for their children (art. 68quinquies
 * LO; docs/calculation.md §16); 0 when nothing. */
SimrisCents
simris_household_get_maintenance_paid_month (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), 0);
  return self->maintenance_paid_month;
}

void
simris_household_set_maintenance_paid_month (SimrisHousehold *self,
                                             SimrisCents      value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = CLAMP (value, 0, SIMRIS_CENTS_MAX);
  if (simris_model_set_value (&self->maintenance_paid_month, value))
    simris_household_changed (self, properties[PROP_MAINTENANCE_PAID_MONTH]);
}

/* Option "student_exemption_under_25" (false): the reading that art. 35, §2 RD needs the
 * student to be under 25 (simris-rules.c, readings). */
gboolean
simris_household_get_student_exemption_under_25 (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), FALSE);
  return self->student_exemption_under_25;
}

void
simris_household_set_student_exemption_under_25 (SimrisHousehold *self,
                                                 gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->student_exemption_under_25 != value)
    {
      self->student_exemption_under_25 = value;
      simris_household_changed (self, properties[PROP_STUDENT_EXEMPTION_UNDER_25]);
    }
}

/* Option "student_grant_covid_alignment" (true): the Covid-time alignment of the grant
 * students' exemption applies on the dates of its row (simris-rules.c). */
gboolean
simris_household_get_student_grant_covid_alignment (SimrisHousehold *self)
{
  g_return_val_if_fail (SIMRIS_IS_HOUSEHOLD (self), TRUE);
  return self->student_grant_covid_alignment;
}

void
simris_household_set_student_grant_covid_alignment (SimrisHousehold *self,
                                                    gboolean         value)
{
  g_return_if_fail (SIMRIS_IS_HOUSEHOLD (self));

  value = !!value;
  if (self->student_grant_covid_alignment != value)
    {
      self->student_grant_covid_alignment = value;
      simris_household_changed (self, properties[PROP_STUDENT_GRANT_COVID_ALIGNMENT]);
    }
}
