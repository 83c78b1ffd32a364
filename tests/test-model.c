/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "simris-case-file.h"
#include "simris-enum-types.h"
#include "simris-household.h"
#include "simris-member.h"
#include "simris-pending-benefit.h"
#include "simris-resource.h"

/* Counts emissions of a signal ("changed", "notify::x", "items-changed"). */
typedef struct
{
  guint count;
  guint position;
  guint removed;
  guint added;
} Counter;

static void
count_cb (gpointer  instance,
          Counter  *counter)
{
  counter->count++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Counter    *counter)
{
  counter->count++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counter    *counter)
{
  counter->count++;
  counter->position = position;
  counter->removed = removed;
  counter->added = added;
}

static gulong
watch_notify (gpointer    object,
              const char *property,
              Counter    *counter)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  return g_signal_connect (object, signal, G_CALLBACK (notify_cb), counter);
}

static SimrisHousehold *
valid_household (void)
{
  SimrisHousehold *household = simris_household_new ();
  g_autoptr(SimrisMember) applicant = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr(SimrisMember) child = simris_member_new ("c", SIMRIS_RELATION_CHILD, "2020-06-01");
  g_autoptr(SimrisResource) wage = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 120000, SIMRIS_PERIOD_MONTH);

  simris_household_set_reference_date (household, "2025-03-01");
  simris_member_add_resource (applicant, wage);
  simris_household_append (household, applicant);
  simris_household_append (household, child);

  return household;
}

static SimrisMember *
member_at (SimrisHousehold *household,
           guint            position)
{
  g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), position);

  /* The household keeps it alive. */
  return member;
}

static void
assert_invalid (SimrisHousehold *household,
                const char      *prefix)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (simris_household_validate (household, &error));
  g_assert_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected a message starting with “%s”, got “%s”", prefix, error->message);
}

static void
test_resource_properties (void)
{
  g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 100, SIMRIS_PERIOD_MONTH);
  GParamSpec *pspec;
  SimrisResourceKind kind;
  SimrisPeriod period;
  gint64 amount;
  int count, children;
  g_autofree char *label = NULL;
  g_autofree char *spi_start = NULL;

  g_assert_cmpint (simris_resource_get_count (resource), ==, -1);
  g_assert_cmpint (simris_resource_get_allowance_children (resource), ==, -1);
  g_assert_null (simris_resource_get_label (resource));
  g_assert_null (simris_case_file_get_extra (resource, SIMRIS_CASE_EXTRA_OWN));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (resource), "kind");
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == SIMRIS_TYPE_RESOURCE_KIND);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (resource), "period");
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == SIMRIS_TYPE_PERIOD);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  g_object_set (resource,
                "kind", SIMRIS_RESOURCE_KIND_ALE_CHEQUES,
                "amount", (gint64) 4100,
                "period", SIMRIS_PERIOD_YEAR,
                "label", "ALE",
                "spi-start", "2024-10-01",
                "count", 10,
                "allowance-children", 2,
                NULL);
  g_object_get (resource,
                "kind", &kind,
                "amount", &amount,
                "period", &period,
                "label", &label,
                "spi-start", &spi_start,
                "count", &count,
                "allowance-children", &children,
                NULL);
  g_assert_cmpint (kind, ==, SIMRIS_RESOURCE_KIND_ALE_CHEQUES);
  g_assert_cmpint (amount, ==, 4100);
  g_assert_cmpint (period, ==, SIMRIS_PERIOD_YEAR);
  g_assert_cmpstr (label, ==, "ALE");
  g_assert_cmpstr (spi_start, ==, "2024-10-01");
  g_assert_cmpint (count, ==, 10);
  g_assert_cmpint (children, ==, 2);

  /* An emptied entry means "absent". */
  simris_resource_set_label (resource, "");
  g_assert_null (simris_resource_get_label (resource));

  g_assert_finalize_object (g_steal_pointer (&resource));
}

static void
test_resource_notify (void)
{
  g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 100, SIMRIS_PERIOD_MONTH);
  Counter amount = { 0 }, label = { 0 }, changed = { 0 };
  g_autoptr(JsonObject) extra = json_object_new ();

  watch_notify (resource, "amount", &amount);
  watch_notify (resource, "label", &label);
  g_signal_connect (resource, "changed", G_CALLBACK (count_cb), &changed);

  simris_resource_set_amount (resource, 100);
  g_assert_cmpuint (amount.count, ==, 0);
  g_assert_cmpuint (changed.count, ==, 0);

  simris_resource_set_amount (resource, 200);
  simris_resource_set_amount (resource, 200);
  g_assert_cmpuint (amount.count, ==, 1);
  g_assert_cmpuint (changed.count, ==, 1);

  simris_resource_set_label (resource, "x");
  simris_resource_set_label (resource, "x");
  g_object_set (resource, "label", "x", NULL);
  g_assert_cmpuint (label.count, ==, 1);
  g_assert_cmpuint (changed.count, ==, 2);

  simris_case_file_set_extra (resource, SIMRIS_CASE_EXTRA_OWN, extra);
  simris_case_file_set_extra (resource, SIMRIS_CASE_EXTRA_OWN, extra);
  g_assert_cmpuint (changed.count, ==, 3);

  g_assert_finalize_object (g_steal_pointer (&resource));
}

static void
test_pending_benefit_properties (void)
{
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_SICKNESS);
  Counter since = { 0 }, changed = { 0 };
  g_autofree char *paying_body = NULL;

  watch_notify (benefit, "since", &since);
  g_signal_connect (benefit, "changed", G_CALLBACK (count_cb), &changed);

  g_object_set (benefit, "paying-body", "Mutualité", NULL);
  g_object_get (benefit, "paying-body", &paying_body, NULL);
  g_assert_cmpstr (paying_body, ==, "Mutualité");

  simris_pending_benefit_set_since (benefit, "2025-02-10");
  simris_pending_benefit_set_since (benefit, "2025-02-10");
  g_assert_cmpuint (since.count, ==, 1);
  simris_pending_benefit_set_since (benefit, NULL);
  g_assert_cmpuint (since.count, ==, 2);
  g_assert_null (simris_pending_benefit_get_since (benefit));
  g_assert_cmpuint (changed.count, ==, 3);
  g_assert_cmpint (simris_pending_benefit_get_kind (benefit), ==, SIMRIS_RESOURCE_KIND_SICKNESS);

  g_assert_finalize_object (g_steal_pointer (&benefit));
}

static void
test_member_properties (void)
{
  g_autoptr(SimrisMember) member = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  static const char * const tristates[] = {
    "residence", "willing-to-work", "claims-other-benefits", "split-residence", "split-age",
    "split-no-resources", "split-claims-other-benefits", "split-willing-to-work",
  };
  static const char * const booleans[] = { "married", "student", "disabled", "pregnant" };
  g_autoptr(GListModel) resources = NULL;
  SimrisRelation relation;
  gboolean lives;

  g_assert_cmpstr (simris_member_get_id (member), ==, "a");
  g_assert_cmpstr (simris_member_get_birth_date (member), ==, "1990-01-01");
  g_assert_true (simris_member_get_lives_in_household (member));

  for (guint i = 0; i < G_N_ELEMENTS (tristates); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (member), tristates[i]);
      Counter notify = { 0 };
      SimrisTristate value;
      gulong id;

      g_assert_nonnull (pspec);
      g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == SIMRIS_TYPE_TRISTATE);

      id = watch_notify (member, tristates[i], &notify);
      g_object_set (member, tristates[i], SIMRIS_TRISTATE_NO, NULL);
      g_object_set (member, tristates[i], SIMRIS_TRISTATE_NO, NULL);
      g_object_get (member, tristates[i], &value, NULL);
      g_assert_cmpint (value, ==, SIMRIS_TRISTATE_NO);
      g_assert_cmpuint (notify.count, ==, 1);
      g_signal_handler_disconnect (member, id);
    }
  g_assert_cmpint (simris_member_get_condition (member, SIMRIS_CONDITION_WILLING_TO_WORK), ==, SIMRIS_TRISTATE_NO);
  g_assert_cmpint (simris_member_get_split_condition (member, SIMRIS_SPLIT_AGE), ==, SIMRIS_TRISTATE_NO);
  simris_member_set_split_condition (member, SIMRIS_SPLIT_NO_RESOURCES, SIMRIS_TRISTATE_YES);
  g_assert_cmpint (simris_member_get_split_condition (member, SIMRIS_SPLIT_NO_RESOURCES), ==, SIMRIS_TRISTATE_YES);

  for (guint i = 0; i < G_N_ELEMENTS (booleans); i++)
    {
      Counter notify = { 0 };
      gboolean value;
      gulong id = watch_notify (member, booleans[i], &notify);

      g_object_set (member, booleans[i], TRUE, NULL);
      g_object_set (member, booleans[i], TRUE, NULL);
      g_object_get (member, booleans[i], &value, NULL);
      g_assert_true (value);
      g_assert_cmpuint (notify.count, ==, 1);
      g_signal_handler_disconnect (member, id);
    }

  g_object_set (member,
                "relation", SIMRIS_RELATION_PARTNER,
                "lives-in-household", FALSE,
                "dependent-of", "x",
                "name", "Sophie",
                NULL);
  g_object_get (member, "relation", &relation, "lives-in-household", &lives, "resources", &resources, NULL);
  g_assert_cmpint (relation, ==, SIMRIS_RELATION_PARTNER);
  g_assert_false (lives);
  g_assert_cmpstr (simris_member_get_dependent_of (member), ==, "x");
  g_assert_cmpstr (simris_member_get_name (member), ==, "Sophie");
  g_assert_true (resources == simris_member_get_resources (member));
  g_assert_true (g_list_model_get_item_type (resources) == SIMRIS_TYPE_RESOURCE);
  g_assert_true (g_list_model_get_item_type (simris_member_get_pending_benefits (member)) == SIMRIS_TYPE_PENDING_BENEFIT);

  g_clear_object (&resources);
  g_assert_finalize_object (g_steal_pointer (&member));
}

static void
test_household_properties (void)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  const char * const *names = simris_household_decision_field_names ();
  GParamSpec *pspec;
  Counter share = { 0 }, cpas = { 0 }, changed = { 0 };
  g_autofree char *regime = NULL;
  g_autofree char *cpas_name = NULL;

  g_assert_false (simris_household_get_count_ascendants_descendants (household));
  g_assert_true (simris_household_get_count_maintenance_debtors (household));
  g_assert_false (simris_household_get_reform_maf_exempt (household));
  g_assert_null (simris_household_get_art34_regime (household));
  g_assert_cmpint (simris_household_get_split_applicant_share (household), ==, 50);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (household)) == SIMRIS_TYPE_MEMBER);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (household), "art34-regime");
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING);

  watch_notify (household, "split-applicant-share", &share);
  watch_notify (household, "cpas-name", &cpas);
  g_signal_connect (household, "changed", G_CALLBACK (count_cb), &changed);

  g_object_set (household, "split-applicant-share", 60, "art34-regime", "2026", NULL);
  g_object_set (household, "split-applicant-share", 60, NULL);
  g_assert_cmpuint (share.count, ==, 1);
  g_object_get (household, "art34-regime", &regime, NULL);
  g_assert_cmpstr (regime, ==, "2026");

  g_assert_cmpstr (names[0], ==, "cpas_name");
  /* cpas_name … tribunal_address, then cpas_postcode, applicant_address, language, then the
   * draft's date, the hearing, the applicant's title and national register number. */
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 14);
  g_assert_cmpstr (names[6], ==, "cpas_postcode");
  g_assert_cmpstr (names[7], ==, "applicant_address");
  g_assert_cmpstr (names[8], ==, "language");
  g_assert_cmpstr (names[9], ==, "draft_date");
  g_assert_cmpstr (names[10], ==, "hearing");
  g_assert_cmpstr (names[11], ==, "hearing_date");
  g_assert_cmpstr (names[12], ==, "applicant_title");
  g_assert_cmpstr (names[13], ==, "national_register_number");
  simris_household_set_decision_field (household, "cpas_name", "CPAS de Namur");
  simris_household_set_decision_field (household, "cpas_name", "CPAS de Namur");
  g_object_get (household, "cpas-name", &cpas_name, NULL);
  g_assert_cmpstr (cpas_name, ==, "CPAS de Namur");
  g_assert_cmpuint (cpas.count, ==, 1);
  g_object_set (household, "tribunal-address", "Place du Palais", NULL);
  g_assert_cmpstr (simris_household_get_decision_field (household, "tribunal_address"), ==, "Place du Palais");

  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_set_description (household, "test");
  simris_household_set_count_ascendants_descendants (household, TRUE);
  simris_household_set_count_maintenance_debtors (household, FALSE);
  simris_household_set_reform_maf_exempt (household, TRUE);
  /* 2 (share, regime) + 1 (cpas) + 1 (tribunal) + 5 */
  g_assert_cmpuint (changed.count, ==, 9);

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_changed_propagation (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *applicant = member_at (household, 0);
  g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);
  Counter member_changed = { 0 }, household_changed = { 0 };

  g_signal_connect (applicant, "changed", G_CALLBACK (count_cb), &member_changed);
  g_signal_connect (household, "changed", G_CALLBACK (count_cb), &household_changed);

  simris_resource_set_amount (resource, 1);
  g_assert_cmpuint (member_changed.count, ==, 1);
  g_assert_cmpuint (household_changed.count, ==, 1);

  simris_member_add_pending_benefit (applicant, benefit);
  g_assert_cmpuint (household_changed.count, ==, 2);
  simris_pending_benefit_set_paying_body (benefit, "CAPAC");
  g_assert_cmpuint (household_changed.count, ==, 3);

  /* A removed resource no longer speaks for the household. */
  simris_member_remove_resource (applicant, 0);
  g_assert_cmpuint (member_changed.count, ==, 4);
  g_assert_cmpuint (household_changed.count, ==, 4);
  simris_resource_set_amount (resource, 2);
  g_assert_cmpuint (household_changed.count, ==, 4);

  simris_member_remove_pending_benefit (applicant, 0);
  simris_pending_benefit_set_paying_body (benefit, "ONEM");
  g_assert_cmpuint (household_changed.count, ==, 5);

  simris_member_set_student (applicant, TRUE);
  g_assert_cmpuint (household_changed.count, ==, 6);

  g_assert_finalize_object (g_steal_pointer (&household));
  g_assert_finalize_object (g_steal_pointer (&resource));
  g_assert_finalize_object (g_steal_pointer (&benefit));
}

static void
test_items_changed (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  g_autoptr(SimrisMember) parent = simris_member_new ("p", SIMRIS_RELATION_PARENT, "1960-01-01");
  g_autoptr(SimrisMember) removed = NULL;
  Counter items = { 0 }, changed = { 0 }, resources = { 0 };
  g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_PENSION, 100, SIMRIS_PERIOD_MONTH);

  g_signal_connect (household, "items-changed", G_CALLBACK (items_changed_cb), &items);
  g_signal_connect (household, "changed", G_CALLBACK (count_cb), &changed);

  simris_household_insert (household, 1, parent);
  g_assert_cmpuint (items.count, ==, 1);
  g_assert_cmpuint (items.position, ==, 1);
  g_assert_cmpuint (items.removed, ==, 0);
  g_assert_cmpuint (items.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (household)), ==, 3);
  g_assert_true (member_at (household, 1) == parent);
  g_assert_cmpuint (changed.count, ==, 1);

  /* a p c → p c a */
  simris_household_move (household, 0, 2);
  g_assert_cmpuint (items.count, ==, 2);
  g_assert_cmpuint (items.position, ==, 0);
  g_assert_cmpuint (items.removed, ==, 3);
  g_assert_cmpuint (items.added, ==, 3);
  g_assert_cmpstr (simris_member_get_id (member_at (household, 0)), ==, "p");
  g_assert_cmpstr (simris_member_get_id (member_at (household, 2)), ==, "a");
  g_assert_cmpuint (changed.count, ==, 2);

  removed = g_list_model_get_item (G_LIST_MODEL (household), 0);
  simris_household_remove (household, 0);
  g_assert_cmpuint (items.count, ==, 3);
  g_assert_cmpuint (items.position, ==, 0);
  g_assert_cmpuint (items.removed, ==, 1);
  g_assert_cmpuint (items.added, ==, 0);
  g_assert_cmpuint (changed.count, ==, 3);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (household), 2));

  /* The removed member is no longer listened to. */
  simris_member_set_name (removed, "Jean");
  g_assert_cmpuint (changed.count, ==, 3);

  /* A member's resource list is a GListModel too. */
  g_signal_connect (simris_member_get_resources (member_at (household, 1)), "items-changed",
                    G_CALLBACK (items_changed_cb), &resources);
  simris_member_add_resource (member_at (household, 1), resource);
  g_assert_cmpuint (resources.count, ==, 1);
  g_assert_cmpuint (resources.position, ==, 1);
  g_assert_cmpuint (changed.count, ==, 4);

  g_assert_finalize_object (g_steal_pointer (&household));
  g_clear_object (&parent);
  g_assert_finalize_object (g_steal_pointer (&removed));
  g_assert_finalize_object (g_steal_pointer (&resource));
}

static void
test_copy (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  g_autoptr(SimrisHousehold) copy = NULL;
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(JsonObject) nested = json_object_new ();
  g_autoptr(JsonObject) resource_extra = json_object_new ();
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_PENSION);
  g_autoptr(SimrisResource) resource = NULL;
  g_autoptr(SimrisResource) resource_copy = NULL;
  SimrisMember *applicant = member_at (household, 0);
  SimrisMember *applicant_copy;
  JsonObject *copied_extra;

  json_object_set_int_member (nested, "n", 1);
  json_object_set_object_member (extra, "nested", json_object_ref (nested));
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);
  json_object_set_string_member (resource_extra, "note", "x");
  resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  simris_case_file_set_extra (resource, SIMRIS_CASE_EXTRA_OWN, resource_extra);
  simris_resource_set_label (resource, "job");
  simris_member_set_condition (applicant, SIMRIS_CONDITION_RESIDENCE, SIMRIS_TRISTATE_YES);
  simris_member_set_has_split (applicant, TRUE);
  simris_pending_benefit_set_since (benefit, "2025-01-01");
  simris_member_add_pending_benefit (applicant, benefit);
  simris_household_set_decision_field (household, "case_reference", "R-1");
  simris_household_set_split_applicant_share (household, 70);
  simris_household_set_description (household, "d");

  copy = simris_household_copy (household);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (copy)), ==, 2);
  g_assert_cmpstr (simris_household_get_reference_date (copy), ==, "2025-03-01");
  g_assert_cmpstr (simris_household_get_description (copy), ==, "d");
  g_assert_cmpstr (simris_household_get_decision_field (copy, "case_reference"), ==, "R-1");
  g_assert_cmpint (simris_household_get_split_applicant_share (copy), ==, 70);

  applicant_copy = member_at (copy, 0);
  g_assert_true (applicant_copy != applicant);
  g_assert_cmpstr (simris_member_get_id (applicant_copy), ==, "a");
  g_assert_cmpint (simris_member_get_condition (applicant_copy, SIMRIS_CONDITION_RESIDENCE), ==, SIMRIS_TRISTATE_YES);
  g_assert_true (simris_member_get_has_split (applicant_copy));
  g_assert_cmpuint (g_list_model_get_n_items (simris_member_get_pending_benefits (applicant_copy)), ==, 1);

  resource_copy = g_list_model_get_item (simris_member_get_resources (applicant_copy), 0);
  g_assert_true (resource_copy != resource);
  g_assert_cmpstr (simris_resource_get_label (resource_copy), ==, "job");
  g_assert_cmpint (simris_resource_get_amount (resource_copy), ==, 120000);
  g_assert_true (json_node_equal (json_object_get_member (simris_case_file_get_extra (resource_copy, SIMRIS_CASE_EXTRA_OWN), "note"),
                                  json_object_get_member (resource_extra, "note")));

  /* Deep: changing the copy leaves the original alone, extras included. */
  simris_resource_set_amount (resource_copy, 1);
  g_assert_cmpint (simris_resource_get_amount (resource), ==, 120000);
  copied_extra = simris_case_file_get_extra (copy, SIMRIS_CASE_EXTRA_OWN);
  g_assert_true (copied_extra != extra);
  json_object_set_int_member (json_object_get_object_member (copied_extra, "nested"), "n", 2);
  g_assert_cmpint (json_object_get_int_member (nested, "n"), ==, 1);

  g_clear_object (&resource_copy);
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_clear_object (&resource);
  g_assert_finalize_object (g_steal_pointer (&household));
  g_assert_finalize_object (g_steal_pointer (&benefit));
}

static void
test_new_member_id (void)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  g_autoptr(SimrisMember) m1 = simris_member_new ("m1", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr(SimrisMember) m3 = simris_member_new ("m3", SIMRIS_RELATION_CHILD, "2010-01-01");
  g_autofree char *first = simris_household_new_member_id (household);
  g_autofree char *second = NULL;

  g_assert_cmpstr (first, ==, "m1");
  simris_household_append (household, m1);
  simris_household_append (household, m3);
  second = simris_household_new_member_id (household);
  g_assert_cmpstr (second, ==, "m2");

  g_assert_true (simris_household_find_member (household, "m3") == m3);
  g_assert_null (simris_household_find_member (household, "m2"));
  g_assert_true (simris_household_get_applicant (household) == m1);

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_valid (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  g_autoptr(GError) error = NULL;

  g_assert_true (simris_household_validate (household, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_reference_date (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();

  simris_household_set_reference_date (household, NULL);
  assert_invalid (household, "reference_date: ");
  simris_household_set_reference_date (household, "2025-02-30");
  assert_invalid (household, "reference_date: \"2025-02-30\" is not a real date");
  simris_household_set_reference_date (household, "1 March 2025");
  assert_invalid (household, "reference_date: ");
  simris_household_set_reference_date (household, "2101-01-01");
  assert_invalid (household, "reference_date: 2101-01-01 is outside");

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_birth_date (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *child = member_at (household, 1);

  /* A draft's missing birth date is valid (docs/case-format.md, Drafts), but incomplete. */
  simris_member_set_birth_date (child, NULL);
  g_assert_true (simris_household_validate (household, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (simris_household_check_complete (household, &error));
    g_assert_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE);
    g_assert_cmpstr (error->message, ==, "members[1].birth_date: incomplete — the date is missing");
  }
  simris_member_set_birth_date (child, "2025-13-01");
  assert_invalid (household, "members[1].birth_date: \"2025-13-01\" is not a real date");
  simris_member_set_birth_date (child, "1899-12-31");
  assert_invalid (household, "members[1].birth_date: 1899-12-31 is outside");
  simris_member_set_birth_date (child, "2031-01-01");
  assert_invalid (household, "members[1].birth_date: \"2031-01-01\" is after the reference date 2025-03-01");
  simris_member_set_birth_date (child, "2025-03-01");
  g_assert_true (simris_household_validate (household, NULL));

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_other_dates (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *applicant = member_at (household, 0);
  g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);

  simris_resource_set_spi_start (resource, "2024-02-30");
  assert_invalid (household, "members[0].resources[0].spi_start: ");
  simris_resource_set_spi_start (resource, "2024-02-29");
  g_assert_true (simris_household_validate (household, NULL));

  simris_member_add_pending_benefit (applicant, benefit);
  simris_pending_benefit_set_since (benefit, "2025-04-31");
  assert_invalid (household, "members[0].pending_benefits[0].since: ");
  simris_pending_benefit_set_since (benefit, NULL);

  simris_household_set_decision_field (household, "application_date", "2025-00-10");
  assert_invalid (household, "decision.application_date: ");

  g_clear_object (&resource);
  g_clear_object (&benefit);
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_limits (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *applicant = member_at (household, 0);

  for (guint i = 0; i < SIMRIS_MAX_RESOURCES; i++)
    {
      g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_OTHER, 1, SIMRIS_PERIOD_ONCE);

      simris_member_add_resource (applicant, resource);
    }
  assert_invalid (household, "members[0].resources: 51 resources");
  simris_member_remove_resource (applicant, 0);
  g_assert_true (simris_household_validate (household, NULL));

  for (guint i = 0; i <= SIMRIS_MAX_PENDING_BENEFITS; i++)
    {
      g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_PENSION);

      simris_member_add_pending_benefit (applicant, benefit);
    }
  assert_invalid (household, "members[0].pending_benefits: 51 pending benefits");
  simris_member_remove_pending_benefit (applicant, 0);
  g_assert_true (simris_household_validate (household, NULL));

  while (g_list_model_get_n_items (G_LIST_MODEL (household)) <= SIMRIS_MAX_MEMBERS)
    {
      g_autofree char *id = simris_household_new_member_id (household);
      g_autoptr(SimrisMember) member = simris_member_new (id, SIMRIS_RELATION_UNRELATED, "1980-01-01");

      simris_household_append (household, member);
    }
  assert_invalid (household, "members: 31 members");

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_ids (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *child = member_at (household, 1);

  simris_member_set_id (child, "");
  assert_invalid (household, "members[1].id: ");
  simris_member_set_id (child, "a");
  assert_invalid (household, "members[1].id: \"a\" is already the id of members[0]");
  simris_member_set_id (child, "c");

  simris_member_set_dependent_of (child, "nobody");
  assert_invalid (household, "members[1].dependent_of: no member has the id \"nobody\"");
  simris_member_set_dependent_of (child, "c");
  assert_invalid (household, "members[1].dependent_of: ");
  simris_member_set_dependent_of (child, "a");
  g_assert_true (simris_household_validate (household, NULL));

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_relations (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *applicant = member_at (household, 0);
  SimrisMember *child = member_at (household, 1);
  g_autoptr(SimrisMember) partner = simris_member_new ("p", SIMRIS_RELATION_PARTNER, "1990-01-01");
  g_autoptr(SimrisMember) partner2 = simris_member_new ("q", SIMRIS_RELATION_PARTNER, "1990-01-01");

  simris_member_set_relation (child, SIMRIS_RELATION_APPLICANT);
  assert_invalid (household, "members[1].relation: a second applicant");
  simris_member_set_relation (child, SIMRIS_RELATION_CHILD);

  simris_member_set_relation (applicant, SIMRIS_RELATION_SIBLING);
  assert_invalid (household, "members: no member has the relation \"applicant\"");
  simris_member_set_relation (applicant, SIMRIS_RELATION_APPLICANT);

  simris_household_append (household, partner);
  g_assert_true (simris_household_validate (household, NULL));
  simris_household_append (household, partner2);
  assert_invalid (household, "members[3].relation: a second partner");

  g_clear_object (&partner);
  g_clear_object (&partner2);
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_amounts (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *applicant = member_at (household, 0);
  g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);

  simris_resource_set_amount (resource, -500);
  assert_invalid (household, "members[0].resources[0].amount: negative amount");
  simris_resource_set_amount (resource, SIMRIS_CENTS_MAX + 1);
  assert_invalid (household, "members[0].resources[0].amount: amount above 10 000 000.00");
  simris_resource_set_amount (resource, SIMRIS_CENTS_MAX);
  g_assert_true (simris_household_validate (household, NULL));

  simris_resource_set_count (resource, -2);
  assert_invalid (household, "members[0].resources[0].count: ");
  simris_resource_set_count (resource, SIMRIS_MAX_COUNT + 1);
  assert_invalid (household, "members[0].resources[0].count: ");
  simris_resource_set_count (resource, SIMRIS_MAX_COUNT);
  g_assert_true (simris_household_validate (household, NULL));

  simris_resource_set_allowance_children (resource, -7);
  assert_invalid (household, "members[0].resources[0].allowance_children: ");

  g_clear_object (&resource);
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_periods (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();
  SimrisMember *applicant = member_at (household, 0);
  g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);

  simris_resource_set_period (resource, SIMRIS_PERIOD_TOTAL);
  assert_invalid (household, "members[0].resources[0].period: the period \"total\" is only for");
  simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_CAPITAL);
  g_assert_true (simris_household_validate (household, NULL));
  simris_resource_set_period (resource, SIMRIS_PERIOD_MONTH);
  assert_invalid (household, "members[0].resources[0].period: a \"capital\" resource needs the period \"total\"");
  simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_REAL_ESTATE);
  assert_invalid (household, "members[0].resources[0].period: a \"real_estate\" resource");

  g_clear_object (&resource);
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_validate_options (void)
{
  g_autoptr(SimrisHousehold) household = valid_household ();

  simris_household_set_split_applicant_share (household, 101);
  assert_invalid (household, "options.split_applicant_share: 101 ");
  simris_household_set_split_applicant_share (household, -1);
  assert_invalid (household, "options.split_applicant_share: -1 ");
  simris_household_set_split_applicant_share (household, 0);
  g_assert_true (simris_household_validate (household, NULL));

  g_assert_finalize_object (g_steal_pointer (&household));
}

/* Undo puts a removed resource or pending benefit back where it was. */
static void
test_member_insert (void)
{
  g_autoptr(SimrisMember) m = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "1990-01-01");
  g_autoptr(SimrisResource) r1 = simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, 100, SIMRIS_PERIOD_MONTH);
  g_autoptr(SimrisResource) r2 = simris_resource_new (SIMRIS_RESOURCE_KIND_PENSION, 200, SIMRIS_PERIOD_MONTH);
  g_autoptr(SimrisPendingBenefit) b1 = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);
  g_autoptr(SimrisPendingBenefit) b2 = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_SICKNESS);
  g_autoptr(SimrisResource) first = NULL;
  g_autoptr(SimrisPendingBenefit) first_b = NULL;

  simris_member_add_resource (m, r1);
  simris_member_insert_resource (m, 0, r2);
  first = g_list_model_get_item (simris_member_get_resources (m), 0);
  g_assert_true (first == r2);
  simris_member_insert_pending_benefit (m, 99, b1);
  simris_member_insert_pending_benefit (m, 0, b2);
  first_b = g_list_model_get_item (simris_member_get_pending_benefits (m), 0);
  g_assert_true (first_b == b2);
  g_assert_cmpuint (g_list_model_get_n_items (simris_member_get_pending_benefits (m)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simris/model/resource-properties", test_resource_properties);
  g_test_add_func ("/simris/model/resource-notify", test_resource_notify);
  g_test_add_func ("/simris/model/pending-benefit-properties", test_pending_benefit_properties);
  g_test_add_func ("/simris/model/member-properties", test_member_properties);
  g_test_add_func ("/simris/model/household-properties", test_household_properties);
  g_test_add_func ("/simris/model/changed-propagation", test_changed_propagation);
  g_test_add_func ("/simris/model/items-changed", test_items_changed);
  g_test_add_func ("/simris/model/copy", test_copy);
  g_test_add_func ("/simris/model/new-member-id", test_new_member_id);
  g_test_add_func ("/simris/model/validate/valid", test_validate_valid);
  g_test_add_func ("/simris/model/validate/reference-date", test_validate_reference_date);
  g_test_add_func ("/simris/model/validate/birth-date", test_validate_birth_date);
  g_test_add_func ("/simris/model/validate/other-dates", test_validate_other_dates);
  g_test_add_func ("/simris/model/validate/limits", test_validate_limits);
  g_test_add_func ("/simris/model/validate/ids", test_validate_ids);
  g_test_add_func ("/simris/model/validate/relations", test_validate_relations);
  g_test_add_func ("/simris/model/validate/amounts", test_validate_amounts);
  g_test_add_func ("/simris/model/validate/periods", test_validate_periods);
  g_test_add_func ("/simris/model/validate/options", test_validate_options);

  g_test_add_func ("/simris/model/member-insert", test_member_insert);
  return g_test_run ();
}
