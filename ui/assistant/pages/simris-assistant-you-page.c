/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant-pages.h"
#include "simris-date.h"

/* About you: the age decides the category and the rules for young people
 * (docs/calculation.md §13), a full-time student's job is a student job (§4.3), and the
 * month simulated decides which amounts are in force (§2): this month, or a past month for
 * arrears. */

struct _SimrisAssistantYouPage
{
  SimrisAssistantPage parent_instance;

  GtkWidget *student;
  GtkWidget *month;       /* AdwComboRow: this month, a past month */
  GtkWidget *past_month;  /* AdwEntryRow: month/year */
};

G_DEFINE_FINAL_TYPE (SimrisAssistantYouPage, simris_assistant_you_page, SIMRIS_TYPE_ASSISTANT_PAGE)

static void
student_cb (GtkSwitch              *sw,
            GParamSpec             *pspec,
            SimrisAssistantYouPage *self)
{
  SimrisHousehold *household = simris_assistant_page_get_household (SIMRIS_ASSISTANT_PAGE (self));
  SimrisMember *applicant = simris_household_get_applicant (household);
  gboolean student = gtk_switch_get_active (sw);
  GListModel *resources;

  if (applicant == NULL)
    return;
  simris_member_set_student (applicant, student);
  /* The same work, now as a student job or a wage (§4.3). */
  resources = simris_member_get_resources (applicant);
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(SimrisResource) resource = g_list_model_get_item (resources, i);
      SimrisResourceKind kind = simris_resource_get_kind (resource);

      if (student && kind == SIMRIS_RESOURCE_KIND_WAGE)
        simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_STUDENT_JOB);
      else if (!student && kind == SIMRIS_RESOURCE_KIND_STUDENT_JOB)
        simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_WAGE);
    }
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static char *
this_month (void)
{
  SimrisDate today = simris_date_today ();

  return simris_date_to_iso (simris_date_make (simris_date_year (today), simris_date_month (today), 1));
}

/* "01/2024" (or a whole date): the first of that month, or 0. */
static SimrisDate
parse_month (const char *text)
{
  g_autofree char *full = NULL;
  SimrisDate date;

  if (text == NULL || *text == '\0')
    return 0;
  if (!simris_date_parse_user (text, &date))
    {
      full = g_strdup_printf ("01/%s", text);
      if (!simris_date_parse_user (full, &date))
        return 0;
    }
  return simris_date_make (simris_date_year (date), simris_date_month (date), 1);
}

static void
month_cb (GtkWidget              *widget,
          GParamSpec             *pspec,
          SimrisAssistantYouPage *self)
{
  SimrisHousehold *household = simris_assistant_page_get_household (SIMRIS_ASSISTANT_PAGE (self));
  gboolean past = adw_combo_row_get_selected (ADW_COMBO_ROW (self->month)) == 1;
  g_autofree char *iso = NULL;

  gtk_widget_set_visible (self->past_month, past);
  if (!past)
    iso = this_month ();
  else
    {
      SimrisDate date = parse_month (gtk_editable_get_text (GTK_EDITABLE (self->past_month)));
      g_autofree char *now = this_month ();
      SimrisDate today;

      simris_date_parse (now, &today);
      if (date != 0 && date <= today)
        iso = simris_date_to_iso (date);
    }
  /* Only a month that was fully given is written into the case. */
  if (iso != NULL && g_strcmp0 (simris_household_get_reference_date (household), iso) != 0)
    simris_household_set_reference_date (household, iso);
  simris_assistant_page_changed (SIMRIS_ASSISTANT_PAGE (self));
}

static void
simris_assistant_you_page_build (SimrisAssistantPage *page)
{
  SimrisAssistantYouPage *self = SIMRIS_ASSISTANT_YOU_PAGE (page);
  SimrisHousehold *household = simris_assistant_page_get_household (page);
  SimrisMember *applicant = simris_household_get_applicant (household);
  GtkWidget *group;

  group = simris_assistant_page_begin (page, _("About you"),
                                       /* Translators: "Why we ask: …" */
                                       _("the amount depends on your age, and students have their own rules for a job."),
                                       /* Translators: the hint under the date of birth */
                                       _("Day/month/year, for example 14/05/2003"));
  simris_assistant_page_add_birth_row (page, group, applicant, _("Your date of birth"));
  self->student = simris_assistant_page_add_switch (page, group, "student", _("Do you study full time?"),
                                                    _("At school, college or university"),
                                                    simris_member_get_student (applicant));
  g_signal_connect (self->student, "notify::active", G_CALLBACK (student_cb), self);

  {
    const char *reference = simris_household_get_reference_date (household);
    g_autofree char *now = this_month ();
    g_autofree char *text = NULL;
    /* Translators: the answers to "Which month do you want to simulate?" */
    const char *answers[] = { _("This month"), _("A past month"), NULL };
    gboolean past = reference != NULL && g_strcmp0 (reference, now) != 0;
    SimrisDate date;

    self->month = simris_assistant_page_add_combo (page, group, "month", _("Which month do you want to simulate?"),
                                                   _("A past month, for money owed to you"), answers, past ? 1 : 0);
    if (past && simris_date_parse (reference, &date))
      text = g_strdup_printf ("%02u/%04u", simris_date_month (date), simris_date_year (date));
    self->past_month = simris_assistant_page_add_entry (page, group, "past-month",
                                                        _("Which month? Month/year, for example 01/2024"), text);
    gtk_widget_set_visible (self->past_month, past);
    g_signal_connect (self->month, "notify::selected", G_CALLBACK (month_cb), self);
    g_signal_connect (self->past_month, "notify::text", G_CALLBACK (month_cb), self);
  }
}

static char *
simris_assistant_you_page_validate (SimrisAssistantPage *page)
{
  SimrisAssistantYouPage *self = SIMRIS_ASSISTANT_YOU_PAGE (page);
  char *message = simris_assistant_page_validate_births (page);

  if (message == NULL && adw_combo_row_get_selected (ADW_COMBO_ROW (self->month)) == 1)
    {
      SimrisDate date = parse_month (gtk_editable_get_text (GTK_EDITABLE (self->past_month)));
      g_autofree char *now = this_month ();
      SimrisDate today;

      simris_date_parse (now, &today);
      if (date == 0)
        /* Translators: under the month simulated */
        message = g_strdup (_("Write the month as month/year, for example 01/2024."));
      else if (date > today)
        message = g_strdup (_("This month has not come yet: choose this month or a past one."));
    }
  return message;
}

static guint
simris_assistant_you_page_n_questions (SimrisAssistantPage *page)
{
  return 3;
}

static void
simris_assistant_you_page_class_init (SimrisAssistantYouPageClass *klass)
{
  SimrisAssistantPageClass *page_class = SIMRIS_ASSISTANT_PAGE_CLASS (klass);

  page_class->build = simris_assistant_you_page_build;
  page_class->validate = simris_assistant_you_page_validate;
  page_class->n_questions = simris_assistant_you_page_n_questions;
}

static void
simris_assistant_you_page_init (SimrisAssistantYouPage *self)
{
}

SimrisAssistantPage *
simris_assistant_you_page_new (SimrisGuide *guide)
{
  return g_object_new (SIMRIS_TYPE_ASSISTANT_YOU_PAGE, "guide", guide, "name", "you", NULL);
}
