/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisAssistant"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-assistant.h"
#include "simris-assistant-page.h"
#include "simris-document-language.h"
#include "simris-engine.h"
#include "simris-guide.h"
#include "simris-language.h"
#include "simris-parameters.h"
#include "simris-summary.h"
#include "simris-ui-util.h"
#include "simris-window-private.h"
#include "pages/simris-assistant-money-page.h"
#include "pages/simris-assistant-pages.h"

/* The guided path (docs/calculation.md §0 read as questions), as GNOME Initial Setup lays
 * out its own: this file is the flow — which pages, in which order, Next, Back, the
 * actions — and each page is a class of its own under pages/. Every answer is written at
 * once into the window's household (through the SimrisGuide the pages share), so the full
 * form and the case file always hold what was answered. The guide asks; the engine decides. */

struct _SimrisAssistant
{
  AdwWindow        parent_instance;

  /* Template */
  AdwWindowTitle  *window_title;
  GtkButton       *full_form_button;
  GtkProgressBar  *progress;
  GtkScrolledWindow *scroller;
  GtkStack        *stack;
  GtkButton       *back_button;
  GtkLabel        *step_label;
  GtkButton       *next_button;

  /* State */
  SimrisWindow    *window;          /* weak */
  SimrisHousehold *household;       /* the window's, when the assistant opened */
  SimrisGuide     *guide;
  GPtrArray       *pages;           /* char *, NULL-terminated */
  char            *page;
  SimrisAssistantPage *page_widget;
  GHashTable      *questions;       /* page name → number of questions asked there */
  GHashTable      *fields;          /* page name → number of fields shown there */
  gboolean         closing;
  /* Set when an answer is changed from the summary: Next goes back to it, as long as the
   * pages stay the same (a partner added must still be asked about). */
  char            *return_pages;
  char            *export_message;  /* what the last export said */
  char            *print_lang;
};

G_DEFINE_FINAL_TYPE (SimrisAssistant, simris_assistant, ADW_TYPE_WINDOW)

static gboolean
close_idle (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The case the assistant was opened on. When the window shows another one (a file opened
 * meanwhile) or is gone, the assistant has nothing left to ask about: it closes. */
static SimrisHousehold *
get_household (SimrisAssistant *self)
{
  if (self->window != NULL && simris_window_get_household (self->window) == self->household)
    return self->household;
  if (!self->closing)
    {
      self->closing = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
  return NULL;
}

static SimrisMember *
find_member_by_page (SimrisAssistant *self,
                     const char      *page)
{
  SimrisHousehold *household = get_household (self);

  if (household == NULL || !g_str_has_prefix (page, "money-"))
    return NULL;
  return simris_household_find_member (household, page + strlen ("money-"));
}

static void show_page (SimrisAssistant *self, const char *name);
static void go_next (SimrisAssistant *self);

/* ---- navigation ---------------------------------------------------------------------- */

static void
rebuild_sequence (SimrisAssistant *self)
{
  SimrisHousehold *household = get_household (self);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_add (self->pages, g_strdup ("you"));
  g_ptr_array_add (self->pages, g_strdup ("household"));
  if (household != NULL && g_list_model_get_n_items (G_LIST_MODEL (household)) > 1)
    g_ptr_array_add (self->pages, g_strdup ("dates"));
  for (guint i = 0; household != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (household)); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (household), i);

      if (simris_guide_money_matters (self->guide, member))
        g_ptr_array_add (self->pages, simris_assistant_money_page_dup_name (member));
    }
  g_ptr_array_add (self->pages, g_strdup ("pending"));
  g_ptr_array_add (self->pages, g_strdup ("stay"));
  g_ptr_array_add (self->pages, g_strdup ("conditions"));
  g_ptr_array_add (self->pages, g_strdup ("summary"));
  g_ptr_array_add (self->pages, g_strdup ("result"));
  g_ptr_array_add (self->pages, NULL);
  /* The NULL terminator is not a page. */
  self->pages->len--;
}

static int
page_index (SimrisAssistant *self,
            const char      *page)
{
  for (guint i = 0; i < self->pages->len; i++)
    if (g_str_equal (g_ptr_array_index (self->pages, i), page))
      return (int) i;
  return -1;
}

static void
update_validity (SimrisAssistant *self)
{
  g_autofree char *message = self->page_widget ? simris_assistant_page_validate (self->page_widget) : NULL;
  gboolean last = self->page != NULL && g_str_equal (self->page, "result");
  int index = self->page ? page_index (self, self->page) : 0;

  /* Never a "Next" while an answer is invalid; the message says what to change. */
  if (self->page_widget != NULL)
    simris_assistant_page_show_error (self->page_widget, message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next", message == NULL && !last);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.back", index > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !last);
}

/* What the page asked and showed, as answered when it was left (or now, if shown). */
static void
record_counts (SimrisAssistant *self)
{
  const char *name;

  if (self->page_widget == NULL)
    return;
  name = simris_assistant_page_get_name (self->page_widget);
  g_hash_table_replace (self->questions, g_strdup (name),
                        GUINT_TO_POINTER (simris_assistant_page_get_n_questions (self->page_widget)));
  g_hash_table_replace (self->fields, g_strdup (name),
                        GUINT_TO_POINTER (simris_assistant_page_get_n_fields (self->page_widget)));
}

static void
page_changed_cb (SimrisAssistant *self)
{
  if (get_household (self) != NULL)
    update_validity (self);
}

static void
page_activate_next_cb (SimrisAssistant *self)
{
  /* Enter in a field: Next, when the page is complete. */
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->next_button)))
    go_next (self);
}

/* The steps: about you, who lives with you, their dates of birth, everyone's money, benefits
 * you wait for, your right to stay, the conditions, your answers, the result. */
#define N_STEPS 9

static int
step_of (const char *page)
{
  static const char *steps[] = { "you", "household", "dates", "money-", "pending", "stay", "conditions", "summary", "result" };

  G_STATIC_ASSERT (G_N_ELEMENTS (steps) == N_STEPS);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (g_str_equal (page, steps[i]) || (g_str_has_suffix (steps[i], "-") && g_str_has_prefix (page, steps[i])))
      return (int) i + 1;
  return N_STEPS;
}

static char *
joined_pages (SimrisAssistant *self)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < self->pages->len; i++)
    g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (self->pages, i));
  return g_string_free (all, FALSE);
}

static SimrisAssistantPage *
page_new (SimrisAssistant *self,
          const char      *page)
{
  SimrisMember *member;

  if (g_str_equal (page, "you"))
    return simris_assistant_you_page_new (self->guide);
  if (g_str_equal (page, "household"))
    return simris_assistant_household_page_new (self->guide);
  if (g_str_equal (page, "dates"))
    return simris_assistant_dates_page_new (self->guide);
  if ((member = find_member_by_page (self, page)) != NULL)
    return simris_assistant_money_page_new (self->guide, member);
  if (g_str_equal (page, "pending"))
    return simris_assistant_pending_page_new (self->guide);
  if (g_str_equal (page, "stay"))
    return simris_assistant_stay_page_new (self->guide);
  if (g_str_equal (page, "conditions"))
    return simris_assistant_conditions_page_new (self->guide);
  if (g_str_equal (page, "result"))
    return simris_assistant_result_page_new (self->guide);
  return simris_assistant_summary_page_new (self->guide);
}

static void
show_page (SimrisAssistant *self,
           const char      *name)
{
  /* name may be one of self->pages, which the sequence below rebuilds. */
  g_autofree char *page = g_strdup (name);
  SimrisHousehold *household = get_household (self);
  GtkWidget *old = GTK_WIDGET (self->page_widget);
  SimrisAssistantPage *widget;
  int index;
  g_autofree char *step = NULL;

  if (household == NULL)
    return;

  record_counts (self);
  rebuild_sequence (self);
  if (page_index (self, page) < 0)
    {
      g_free (page);
      page = g_strdup ("summary");
    }

  widget = page_new (self, page);
  g_signal_connect_object (widget, "changed", G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (widget, "activate-next", G_CALLBACK (page_activate_next_cb), self, G_CONNECT_SWAPPED);
  self->page_widget = widget;
  g_free (self->page);
  self->page = g_strdup (page);
  record_counts (self);

  /* The page's name is its widget's name; a stack name would clash when the page shown is
   * asked again (assistant.go-to on it) while the old widget is still in the stack. */
  gtk_stack_add_child (self->stack, GTK_WIDGET (widget));
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (widget));
  if (old != NULL)
    gtk_stack_remove (self->stack, old);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (widget));

  /* A fixed count of steps, whatever the household: it never grows under the user's feet.
   * Everyone's money is one step, whatever the number of people. */
  index = step_of (page);
  gtk_progress_bar_set_fraction (self->progress, (double) (index - 1) / (N_STEPS - 1));
  /* Translators: under the questions: "Step 2 of 8" */
  step = g_strdup_printf (_("Step %d of %d"), index, N_STEPS);
  gtk_label_set_label (self->step_label, step);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL, step, -1);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  update_validity (self);
  simris_assistant_page_focus_first (widget);
}

static void
go_next (SimrisAssistant *self)
{
  int index;

  if (self->page_widget != NULL)
    {
      g_autofree char *message = simris_assistant_page_validate (self->page_widget);

      if (message != NULL)
        {
          update_validity (self);
          return;
        }
    }
  if (get_household (self) == NULL)
    return;
  /* The pages depend on the answers just given (a partner, parents…). */
  rebuild_sequence (self);
  if (self->return_pages != NULL)
    {
      g_autofree char *now = joined_pages (self);
      gboolean same = g_str_equal (now, self->return_pages);

      g_clear_pointer (&self->return_pages, g_free);
      if (same)
        {
          /* An answer changed from the summary: back to the summary. */
          show_page (self, "summary");
          return;
        }
    }
  index = page_index (self, self->page);
  if (index >= 0 && (guint) index + 1 < self->pages->len)
    show_page (self, g_ptr_array_index (self->pages, index + 1));
}

static void
go_back (SimrisAssistant *self)
{
  int index;

  rebuild_sequence (self);
  index = page_index (self, self->page);
  if (index > 0)
    show_page (self, g_ptr_array_index (self->pages, index - 1));
}

/* assistant.next, assistant.back */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  if (g_str_equal (action_name, "assistant.next"))
    go_next (SIMRIS_ASSISTANT (widget));
  else
    go_back (SIMRIS_ASSISTANT (widget));
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  const char *target = g_variant_get_string (param, NULL);

  g_clear_pointer (&self->return_pages, g_free);
  if (self->page != NULL && (g_str_equal (self->page, "summary") || g_str_equal (self->page, "result"))
      && !g_str_equal (target, "summary") && !g_str_equal (target, "result") && get_household (self) != NULL)
    {
      rebuild_sequence (self);
      self->return_pages = joined_pages (self);
    }
  show_page (self, target);
}

static void
leave_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SimrisAssistant  *self)
{
  if (g_strcmp0 (response, "form") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "assistant.full-form", NULL);
}

/* Escape asks before leaving the guide: a key pressed by mistake never throws the
 * applicant out. The answers are kept either way (the full form shows the same case). */
static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Leave the Guide?"), NULL));
  adw_message_dialog_set_body (dialog, _("Your answers are kept: the full form shows the same case, and “Guide Me” "
                                         "in the main menu brings you back here."));
  adw_message_dialog_add_responses (dialog,
                                    "stay", _("_Stay in the Guide"),
                                    "form", _("_Show the Full Form"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "stay");
  adw_message_dialog_set_close_response (dialog, "stay");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
map_cb (SimrisAssistant *self)
{
  /* The first question of the page, never the header's "Switch to the Full Form". */
  if (self->page_widget != NULL)
    simris_assistant_page_focus_first (self->page_widget);
}

static void
full_form_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);

  /* The form shows the same household: nothing to copy, nothing lost. */
  if (self->window != NULL)
    gtk_window_present (GTK_WINDOW (self->window));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* assistant.save: the window's Save; assistant.save-to (a URI): its Save As, the file
 * already chosen. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);

  if (self->window != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self->window), param != NULL ? "win.save-to" : "win.save", param);
}

static void
export_to (SimrisAssistant *self,
           GFile           *file,
           const char      *lang)
{
  SimrisHousehold *household = get_household (self);
  g_autoptr(SimrisGuideOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *message = NULL;

  if (household == NULL)
    return;
  /* The document's language may differ from the window's: compute in it, with what was
   * assumed said in it too. */
  outcome = simris_guide_compute (self->guide, lang, &error);
  if (outcome->result != NULL && path != NULL)
    simris_summary_write_pdf_with_assumptions (household, outcome->result, outcome->assumptions, lang, path, &error);
  if (error == NULL && outcome->result == NULL)
    message = g_strdup (_("Could not export the simulation: a few answers are still missing"));
  else if (error != NULL)
    /* Translators: %s is the reason */
    message = g_strdup_printf (_("Could not export the simulation: %s"), error->message);
  else if (path == NULL)
    message = g_strdup (_("Could not export the simulation: choose a local file"));
  else
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Translators: a toast; %s is a file name */
      message = g_strdup_printf (_("Exported “%s”"), name);
    }
  if (self->window != NULL)
    simris_window_add_toast (self->window, adw_toast_new (message));
  g_free (self->export_message);
  self->export_message = g_steal_pointer (&message);
}

/* The language the guide's documents are offered in: the window's (Preferences, the last
 * export), else the default for the UI's language. */
static const char *
document_lang (SimrisAssistant *self)
{
  if (self->window != NULL)
    return _simris_window_default_document_lang (self->window);
  return simris_document_language_default (NULL, NULL, simris_ui_lang ());
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    SimrisAssistant *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *lang = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "lang");

      /* The chooser offers only the document languages; a portal that answers nothing gets the
       * language it was offered first. */
      if (lang == NULL || !simris_document_language_is_valid (lang))
        lang = document_lang (self);
      export_to (self, file, lang);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  GtkFileChooserNative *chooser;
  const char *lang = document_lang (self);
  const SimrisLanguage * const *languages = simris_languages ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  /* The document languages of data/languages.json, each by its own name as in the window's
   * export (languages[0] is English, the msgids' language: no document is written in it). */
  for (guint i = 1; languages[i] != NULL; i++)
    {
      g_ptr_array_add (ids, (gpointer) languages[i]->code);
      g_ptr_array_add (names, (gpointer) languages[i]->name);
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (names, NULL);

  chooser = gtk_file_chooser_native_new (_("Export My Simulation"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name proposed for the applicant's summary */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("my-simulation.pdf"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "lang", _("Language"),
                               (const char **) ids->pdata, (const char **) names->pdata);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "lang", lang);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* assistant.export-to (uri, language): the file chooser's answers given; "" is the language
 * it would offer. */
static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  const char *uri = NULL, *lang = NULL;
  g_autoptr(GFile) file = NULL;

  if (self->window == NULL)
    return;
  g_variant_get (param, "(&s&s)", &uri, &lang);
  if (*lang == '\0')
    lang = document_lang (self);
  file = g_file_new_for_uri (uri);
  export_to (self, file, lang);
}

static void
print_begin_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
print_draw_cb (GtkPrintOperation *operation,
               GtkPrintContext   *context,
               int                page,
               SimrisAssistant   *self)
{
  const char *lang = self->print_lang;
  SimrisHousehold *household = get_household (self);
  g_autoptr(SimrisGuideOutcome) outcome = NULL;

  if (household == NULL)
    return;
  outcome = simris_guide_compute (self->guide, lang, NULL);
  if (outcome->result != NULL)
    simris_summary_draw_with_assumptions (household, outcome->result, outcome->assumptions, lang,
                                          gtk_print_context_get_cairo_context (context));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  const char *lang = document_lang (self);

  if (simris_assistant_get_result (self) == NULL)
    return;
  /* The page is laid out in points from the paper's corner (simris-summary.h). */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("My Simulation"));
  g_free (self->print_lang);
  self->print_lang = g_strdup (lang);
  g_signal_connect (operation, "begin-print", G_CALLBACK (print_begin_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (print_draw_cb), self);
  if (param != NULL)
    {
      /* assistant.print-to (a URI): the same page, exported to a PDF without the dialog. */
      g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("not a local file"));
      else
        {
          gtk_print_operation_set_export_filename (operation, path);
          gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), &error);
        }
    }
  else
    gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (error != NULL && self->window != NULL)
    {
      /* Translators: %s is the reason */
      g_autofree char *message = g_strdup_printf (_("Could not print the simulation: %s"), error->message);

      simris_window_add_toast (self->window, adw_toast_new (message));
    }
}

/* ---- object -------------------------------------------------------------------------- */

static void
simris_assistant_dispose (GObject *object)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (object);

  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
  g_clear_object (&self->household);
  g_clear_object (&self->guide);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIMRIS_TYPE_ASSISTANT);
  G_OBJECT_CLASS (simris_assistant_parent_class)->dispose (object);
}

static void
simris_assistant_finalize (GObject *object)
{
  SimrisAssistant *self = SIMRIS_ASSISTANT (object);

  g_ptr_array_unref (self->pages);
  g_hash_table_unref (self->questions);
  g_hash_table_unref (self->fields);
  g_free (self->page);
  g_free (self->export_message);
  g_free (self->return_pages);
  g_free (self->print_lang);
  G_OBJECT_CLASS (simris_assistant_parent_class)->finalize (object);
}

static void
simris_assistant_class_init (SimrisAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = simris_assistant_dispose;
  object_class->finalize = simris_assistant_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/assistant/simris-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, full_form_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, progress);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, scroller);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, step_label);
  gtk_widget_class_bind_template_child (widget_class, SimrisAssistant, next_button);

  gtk_widget_class_install_action (widget_class, "assistant.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "assistant.go-to", "s", go_to_action);
  gtk_widget_class_install_action (widget_class, "assistant.full-form", NULL, full_form_action);
  gtk_widget_class_install_action (widget_class, "assistant.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "assistant.save-to", "s", save_action);
  gtk_widget_class_install_action (widget_class, "assistant.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "assistant.export-to", "(ss)", export_to_action);
  gtk_widget_class_install_action (widget_class, "assistant.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "assistant.print-to", "s", print_action);
  gtk_widget_class_install_action (widget_class, "assistant.leave", NULL, leave_action);

  /* Keyboard first: Alt+Left is Back everywhere; Enter is Next where no field uses it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "assistant.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "assistant.leave", NULL);
}

static void
simris_assistant_init (SimrisAssistant *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = g_ptr_array_new_with_free_func (g_free);
  self->questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (self));
  g_signal_connect_after (self, "map", G_CALLBACK (map_cb), NULL);
}

SimrisAssistant *
simris_assistant_new (SimrisWindow *window)
{
  SimrisAssistant *self;

  g_return_val_if_fail (SIMRIS_IS_WINDOW (window), NULL);

  self = g_object_new (SIMRIS_TYPE_ASSISTANT,
                       "transient-for", window,
                       "application", gtk_window_get_application (GTK_WINDOW (window)),
                       NULL);
  self->window = window;
  self->household = g_object_ref (simris_window_get_household (window));
  self->guide = simris_guide_new (self->household);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  show_page (self, "you");
  return self;
}

const char *
simris_assistant_get_page (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->page;
}

const char * const *
simris_assistant_get_pages (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  rebuild_sequence (self);
  return (const char * const *) self->pages->pdata;
}

SimrisResult *
simris_assistant_get_result (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  if (self->page_widget == NULL || !SIMRIS_IS_ASSISTANT_RESULT_PAGE (self->page_widget))
    return NULL;
  return simris_assistant_result_page_get_result (SIMRIS_ASSISTANT_RESULT_PAGE (self->page_widget));
}

static guint
sum_counts (SimrisAssistant *self,
            GHashTable      *counts)
{
  guint n = 0;

  record_counts (self);
  rebuild_sequence (self);
  for (guint i = 0; i < self->pages->len; i++)
    n += GPOINTER_TO_UINT (g_hash_table_lookup (counts, g_ptr_array_index (self->pages, i)));
  return n;
}

guint
simris_assistant_get_n_questions (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), 0);

  return sum_counts (self, self->questions);
}

guint
simris_assistant_get_n_fields (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), 0);

  return sum_counts (self, self->fields);
}

GtkWidget *
simris_assistant_find (SimrisAssistant *self,
                       const char      *name)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->page_widget ? simris_assistant_page_find (self->page_widget, name) : NULL;
}

SimrisAssistantPage *
simris_assistant_get_page_widget (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->page_widget;
}

const char *
simris_assistant_get_export_message (SimrisAssistant *self)
{
  g_return_val_if_fail (SIMRIS_IS_ASSISTANT (self), NULL);

  return self->export_message;
}

/* ---- entry points -------------------------------------------------------------------- */

/* The guided path starts from an empty case: in this window when nothing in it would be
 * lost (a new case, the example untouched), else in a new window. */
static void
open_guide (SimrisWindow *window)
{
  if (simris_window_get_modified (window) || simris_window_get_file (window) != NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

      window = simris_window_new (SIMRIS_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    simris_window_new_case (window);
  gtk_window_present (GTK_WINDOW (simris_assistant_new (window)));
}

/* "Guide Me" in the main menu: the guide on the case shown, its answers read from it. */
static void
guide_current_activated (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  SimrisWindow *window = SIMRIS_WINDOW (user_data);

  gtk_window_present (GTK_WINDOW (simris_assistant_new (window)));
}

static void
guide_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  open_guide (SIMRIS_WINDOW (user_data));
}

void
simris_assistant_add_window_actions (SimrisWindow *window)
{
  g_autoptr(GSimpleAction) guide = g_simple_action_new ("guide", NULL);
  g_autoptr(GSimpleAction) current = g_simple_action_new ("guide-current", NULL);

  g_return_if_fail (SIMRIS_IS_WINDOW (window));

  g_signal_connect_object (guide, "activate", G_CALLBACK (guide_activated), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (guide));
  g_signal_connect_object (current, "activate", G_CALLBACK (guide_current_activated), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (current));
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SimrisWindow     *window)
{
  if (g_strcmp0 (response, "guide") == 0)
    open_guide (window);
}

void
simris_assistant_offer (SimrisWindow *window)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (SIMRIS_IS_WINDOW (window));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("How Do You Want to Start?"), NULL));
  adw_message_dialog_set_body (dialog, _("“Guide Me” asks one question at a time, in plain words, and shows the "
                                         "result with what to bring to the CPAS. “Fill the Form” shows every field "
                                         "at once, for social workers and volunteers."));
  adw_message_dialog_add_responses (dialog,
                                    "form", _("_Fill the Form"),
                                    "guide", _("_Guide Me"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "guide", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "guide");
  adw_message_dialog_set_close_response (dialog, "form");
  g_signal_connect_object (dialog, "response", G_CALLBACK (offer_response_cb), window, 0);
  /* Read "Guide Me", not "_Guide Me Guide Me", to a screen reader. */
  simris_ui_name_mnemonic_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}
