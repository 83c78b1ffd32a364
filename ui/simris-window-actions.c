/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "simris-assistant.h"
#include "simris-comparison.h"
#include "simris-engine.h"
#include "simris-enum-types.h"
#include "simris-member-page.h"
#include "simris-member-row.h"
#include "simris-print-preview.h"
#include "simris-i18n.h"
#include "simris-language-region.h"
#include "simris-report.h"
#include "simris-timeline-view.h"
#include "simris-ui-util.h"
#include "simris-window-private.h"
#include "simris-document-language.h"

#define CASE_SUFFIX ".simris.json"

static GtkFileFilter *
case_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  /* Translators: a file type in the Open and Save dialogs */
  gtk_file_filter_set_name (filter, _("SimRIS Cases"));
  gtk_file_filter_add_pattern (filter, "*" CASE_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-simris-case+json");
  return filter;
}

/* --- Open ------------------------------------------------------------------------------- */

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SimrisWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      if (file != NULL && SIMRIS_IS_APPLICATION (app))
        simris_application_open_file (SIMRIS_APPLICATION (app), file);
      else if (file != NULL)
        simris_window_load_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
simris_window_actions_open (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = case_filter ();

  native = gtk_file_chooser_native_new (_("Open a Case"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
simris_window_actions_open_recent (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (SIMRIS_IS_APPLICATION (app))
    simris_application_open_file (SIMRIS_APPLICATION (app), file);
  else
    simris_window_load_file (self, file);
}

/* --- Save ------------------------------------------------------------------------------- */

/* Saves to the file chosen, in Save As's dialog or through win.save-to, and closes the window
 * when the save was asked on closing. Case files are recognised by their double extension. */
static void
save_as_chosen (SimrisWindow *self,
                GFile        *chosen)
{
  gboolean close_after = self->close_after_save;
  g_autofree char *basename = g_file_get_basename (chosen);
  g_autoptr(GFile) parent = g_file_get_parent (chosen);
  g_autoptr(GFile) file = g_object_ref (chosen);

  self->close_after_save = FALSE;
  /* A file with no name or no folder (a bare "/") is kept as given: saving it fails with its
   * message. */
  if (basename != NULL && parent != NULL && !g_str_has_suffix (basename, CASE_SUFFIX))
    {
      g_autofree char *name = g_strconcat (basename, CASE_SUFFIX, NULL);

      g_clear_object (&file);
      file = g_file_get_child (parent, name);
    }
  if (_simris_window_save_to (self, file) && close_after)
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     SimrisWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    save_as_chosen (self, file);
  self->close_after_save = FALSE;
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_simris_window_save_as (SimrisWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = case_filter ();
  g_autofree char *name = _simris_window_dup_case_name (self);
  g_autofree char *filename = g_strconcat (name, CASE_SUFFIX, NULL);

  native = gtk_file_chooser_native_new (_("Save the Case"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), filename);
  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), parent, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
simris_window_actions_save (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  /* Asks first when another program changed the file (simris-window.c). */
  _simris_window_save (SIMRIS_WINDOW (widget), FALSE);
}

static void
simris_window_actions_save_as (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  _simris_window_save_as (SIMRIS_WINDOW (widget));
}

/* win.save-to (a URI): Save As without its dialog, the file already chosen. */
static void
simris_window_actions_save_to (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  save_as_chosen (SIMRIS_WINDOW (widget), file);
}

/* --- Export and print ------------------------------------------------------------------- */

static void
open_exported_cb (AdwToast *toast,
                  gpointer  user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "window");

  if (uri != NULL)
    gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

/* The decision draft's optional annexes, offered by Export as PDF… */
typedef enum
{
  ANNEX_NONE      = 0,
  ANNEX_PERIOD    = 1 << 0,  /* the "Over time" view's period */
  ANNEX_SCENARIOS = 1 << 1,  /* the case's saved scenarios */
  ANNEX_SWEEP     = 1 << 2,  /* income against the applicant's earnings */
} AnnexFlags;

/* The period the "Over time" view shows (its first and last months); FALSE when it has none. */
static gboolean
annex_period (SimrisWindow *self,
              SimrisDate   *from,
              SimrisDate   *to)
{
  GObject *view = gtk_widget_get_template_child (GTK_WIDGET (self), SIMRIS_TYPE_WINDOW, "timeline_view");
  SimrisTimeline *timeline;

  if (!SIMRIS_IS_TIMELINE_VIEW (view))
    return FALSE;
  simris_timeline_view_flush (SIMRIS_TIMELINE_VIEW (view));
  timeline = simris_timeline_view_get_timeline (SIMRIS_TIMELINE_VIEW (view));
  if (timeline == NULL)
    return FALSE;
  *from = simris_timeline_get_from (timeline);
  *to = simris_timeline_get_to (timeline);
  return TRUE;
}

static guint
annex_n_scenarios (SimrisWindow *self)
{
  g_autoptr(GPtrArray) scenarios = self->household != NULL ? simris_scenarios_load (self->household, NULL) : NULL;

  return scenarios != NULL ? scenarios->len : 0;
}

static gboolean
add_annexes (SimrisWindow     *self,
             SimrisReport     *report,
             SimrisHousehold  *household,
             const char       *lang,
             AnnexFlags        annexes,
             GError          **error)
{
  SimrisParameters *params = simris_parameters_get_default ();
  SimrisDate from, to;

  if ((annexes & ANNEX_PERIOD) && annex_period (self, &from, &to))
    {
      g_autoptr(SimrisTimeline) timeline = simris_timeline_compute (params, household, from, to, lang,
                                                                    SIMRIS_TIMELINE_FLAGS_NONE, error);
      if (timeline == NULL)
        return FALSE;
      simris_report_set_timeline (report, timeline);
    }
  if (annexes & ANNEX_SCENARIOS)
    {
      g_autoptr(GPtrArray) scenarios = simris_scenarios_load (household, error);
      g_autoptr(SimrisComparison) cmp = NULL;

      if (scenarios == NULL)
        return FALSE;
      if (scenarios->len > 0)
        {
          cmp = simris_scenario_compare (params, household, scenarios, lang, error);
          if (cmp == NULL)
            return FALSE;
          simris_report_set_comparison (report, cmp);
        }
    }
  if ((annexes & ANNEX_SWEEP) && simris_household_get_applicant (household) != NULL)
    {
      const char *id = simris_member_get_id (simris_household_get_applicant (household));
      g_autoptr(SimrisSweep) sweep = simris_sweep_run (params, household, id, 0, SIMRIS_SWEEP_DEFAULT_TO,
                                                       SIMRIS_SWEEP_DEFAULT_STEP, error);
      if (sweep == NULL)
        return FALSE;
      simris_report_set_sweep (report, sweep);
    }
  return TRUE;
}

static SimrisReport *
build_report_with (SimrisWindow  *self,
                   const char    *lang,
                   AnnexFlags     annexes,
                   GError       **error)
{
  g_autoptr(SimrisHousehold) household = _simris_window_dup_household_for_document (self);
  g_autoptr(SimrisResult) result = NULL;
  g_autoptr(SimrisReport) report = NULL;

  /* Another applicant's draft: the household seen from their side (docs/calculation.md §5.1). */
  if (self->export_applicant != NULL)
    {
      g_autoptr(SimrisHousehold) theirs = simris_engine_household_for_applicant (household, self->export_applicant, error);

      if (theirs == NULL)
        return NULL;
      g_set_object (&household, theirs);
    }

  /* The trace and the draft in the document's language, whatever the UI's. */
  result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, error);
  if (result == NULL)
    return NULL;
  report = simris_report_new (household, result, lang);
  if (annexes != ANNEX_NONE && !add_annexes (self, report, household, lang, annexes, error))
    return NULL;
  return g_steal_pointer (&report);
}

static SimrisReport *
build_report (SimrisWindow  *self,
              const char    *lang,
              GError       **error)
{
  return build_report_with (self, lang, ANNEX_NONE, error);
}

/* --- decision draft: document language, preview (begin) ---
 * An export's language is remembered in the case (decision.language). Preferences' language
 * is the user's own choice, made in Preferences: an export no longer rewrites it, so that
 * nothing else (a printout, a new case) silently takes the last export's language. */
static void
remember_document_lang (SimrisWindow *self,
                        const char   *lang)
{
  if (self->household != NULL
      && g_strcmp0 (simris_household_get_decision_field (self->household, "language"), lang) != 0)
    {
      gboolean was_modified = self->modified;

      simris_household_set_decision_field (self->household, "language", lang);
      /* Exporting a PDF marked the case modified (issue 27): the language is remembered in
       * the case, written with its next save, and an unchanged case stays unchanged. */
      if (!was_modified)
        {
          g_clear_handle_id (&self->autosave_source, g_source_remove);
          _simris_window_set_modified (self, FALSE);
        }
    }
}

/* The language offered first: the case's, else Preferences', else the UI's. */
static const char *
document_lang (SimrisWindow *self)
{
  const char *remembered = self->household != NULL
                             ? simris_household_get_decision_field (self->household, "language") : NULL;

  if (simris_document_language_is_valid (remembered))
    return remembered;
  return _simris_window_default_document_lang (self);
}
/* The language a print offers first: the one last chosen for print in this window, else the
 * UI's (French for an English UI unless Preferences say Dutch). Never silently the last
 * export's: an export in Dutch does not make the next printout Dutch. */
static const char *
print_lang (SimrisWindow *self)
{
  const char *ui = simris_ui_lang ();

  if (self->print_lang != NULL)
    return self->print_lang;
  if (simris_document_language_is_valid (ui))
    return ui;
  return _simris_window_default_document_lang (self);
}
/* --- decision draft: document language, preview (end) --- */

/* The note for the social worker goes beside the decision's PDF, "NAME-note.pdf", never over
 * a file already there ("NAME-note-2.pdf", …): nothing the user made is replaced silently. */
static char *
note_path_beside (const char *decision_path)
{
  g_autofree char *stem = g_str_has_suffix (decision_path, ".pdf")
                            ? g_strndup (decision_path, strlen (decision_path) - strlen (".pdf"))
                            : g_strdup (decision_path);

  for (int i = 1; i < 1000; i++)
    {
      g_autofree char *candidate = NULL;

      if (i == 1)
        /* Translators: the file of the note for the social worker, beside the decision's
         * PDF: %s is the decision's file name without ".pdf" */
        candidate = g_strdup_printf (_("%s-note.pdf"), stem);
      else
        /* Translators: the same, when "NAME-note.pdf" exists already: %2$d is 2, 3, … */
        candidate = g_strdup_printf (_("%1$s-note-%2$d.pdf"), stem, i);
      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

static void
export_to (SimrisWindow *self,
           GFile        *file,
           const char   *lang,
           AnnexFlags    annexes)
{
  g_autoptr(SimrisReport) report = NULL;
  g_autoptr(SimrisReport) note = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *note_path = NULL;
  AdwToast *toast;

  report = build_report_with (self, lang, annexes, &error);
  g_clear_pointer (&self->export_applicant, g_free);
  if (report == NULL || path == NULL || !simris_report_write_pdf (report, path, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: a toast; %s says why */
      message = g_strdup_printf (_("Could not export the decision draft: %s"),
                                 error ? error->message : _("not a local file"));
      simris_window_add_toast (self, adw_toast_new (message));
      return;
    }

  remember_document_lang (self, lang);
  /* The note for the social worker: a file of its own beside the decision, never pages of it. */
  note_path = note_path_beside (path);
  note = simris_report_dup_note (report);
  if (note_path == NULL || !simris_report_write_pdf (note, note_path, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: a toast; %s says why */
      message = g_strdup_printf (_("Decision draft exported, but not the note for the social worker: %s"),
                                 error != NULL ? error->message : _("no free file name beside it"));
      toast = adw_toast_new (message);
    }
  else
    {
      g_autofree char *base = g_path_get_basename (note_path);
      g_autofree char *message = NULL;

      /* Translators: a toast after writing the PDFs; %s is the file name of the note */
      message = g_strdup_printf (_("Decision draft exported; the note for the social worker is beside it, in “%s”"),
                                 base);
      toast = adw_toast_new (message);
    }
  adw_toast_set_timeout (toast, 8);
  /* Translators: a toast's button that opens the exported PDF */
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  g_object_set_data (G_OBJECT (toast), "window", self);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_exported_cb), NULL);
  simris_window_add_toast (self, toast);
}

static void
export_file_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         SimrisWindow    *self)
{
  const char *lang = g_object_get_data (G_OBJECT (dialog), "lang");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        export_to (self, file, lang, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "annexes")));
    }
  g_clear_pointer (&self->export_applicant, g_free);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
choose_export_file (SimrisWindow *self,
                    const char   *lang,
                    AnnexFlags    annexes)
{
  GtkFileChooserNative *native;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = _simris_window_dup_case_name (self);
  g_autofree char *filename = NULL;

  /* Translators: the file name offered for the PDF: the case's name and the language code */
  filename = g_strdup_printf (_("%s-decision-%s.pdf"), name, lang);

  native = gtk_file_chooser_native_new (_("Export the Decision Draft"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  /* Translators: a file type in the Export dialog */
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), filename);
  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), parent, NULL);
    }
  g_object_set_data_full (G_OBJECT (native), "lang", g_strdup (lang), g_free);
  g_object_set_data (G_OBJECT (native), "annexes", GUINT_TO_POINTER (annexes));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (export_file_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static GtkWidget *
annex_check_new (GtkWidget  *box,
                 const char *label,
                 gboolean    available,
                 const char *key)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_widget_set_sensitive (check, available);
  gtk_box_append (GTK_BOX (box), check);
  g_object_set_data (G_OBJECT (box), key, check);
  return check;
}

/* The document's language, then the annexes it may carry, each off until asked. */
static GtkWidget *
export_chooser_new (SimrisWindow *self,
                    const char   *lang)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *languages = simris_ui_language_chooser_new (lang);
  GtkWidget *annexes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: a heading above the annexes the decision draft may carry */
  GtkWidget *label = gtk_label_new (_("Annexes"));
  g_autofree char *period = NULL;
  SimrisDate from, to;
  gboolean has_period = annex_period (self, &from, &to);

  if (has_period)
    {
      g_autofree char *a = simris_timeline_format_month (from, simris_lang_from_locale ());
      g_autofree char *b = simris_timeline_format_month (to, simris_lang_from_locale ());

      /* Translators: an annex of the decision draft; %1$s and %2$s are the first and last months */
      period = g_strdup_printf (_("_Amounts over the period %1$s – %2$s"), a, b);
    }
  else
    /* Translators: an annex of the decision draft (not available: the period is not valid) */
    period = g_strdup (_("_Amounts over the period"));

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_halign (annexes, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (annexes), label);
  annex_check_new (annexes, period, has_period, "period");
  /* Translators: an annex of the decision draft: the case's saved scenarios side by side */
  annex_check_new (annexes, _("Other _scenarios"), annex_n_scenarios (self) > 0, "scenarios");
  /* Translators: an annex of the decision draft: the chart of the income against the applicant's earnings */
  annex_check_new (annexes, _("_Income against the applicant’s earnings"),
                   self->household != NULL && simris_household_get_applicant (self->household) != NULL, "sweep");
  simris_ui_name_mnemonic_buttons (annexes);

  gtk_box_append (GTK_BOX (box), languages);

  /* Several applicants: whose decision (docs/calculation.md §5.1). */
  if (self->household != NULL)
    {
      g_auto(GStrv) ids = simris_engine_list_applicants (self->household, 0);

      if (ids != NULL && ids[0] != NULL && ids[1] != NULL)
        {
          GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
          /* Translators: a heading above the applicants whose decision draft may be exported */
          GtkWidget *heading = gtk_label_new (_("Decision of"));
          GtkCheckButton *first = NULL;

          gtk_widget_add_css_class (heading, "heading");
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_set_margin_top (heading, 12);
          gtk_widget_set_halign (who, GTK_ALIGN_CENTER);
          gtk_box_append (GTK_BOX (who), heading);
          for (guint i = 0; ids[i] != NULL; i++)
            {
              SimrisMember *m = simris_household_find_member (self->household, ids[i]);
              g_autofree char *name = simris_member_dup_display_name (m);
              GtkWidget *check = gtk_check_button_new_with_label (name);

              if (first == NULL)
                {
                  first = GTK_CHECK_BUTTON (check);
                  gtk_check_button_set_active (first, TRUE);
                }
              else
                gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
              g_object_set_data_full (G_OBJECT (check), "applicant-id", g_strdup (ids[i]), g_free);
              gtk_box_append (GTK_BOX (who), check);
            }
          gtk_box_append (GTK_BOX (box), who);
          g_object_set_data (G_OBJECT (box), "applicants", who);
        }
    }

  gtk_box_append (GTK_BOX (box), annexes);
  g_object_set_data (G_OBJECT (box), "languages", languages);
  g_object_set_data (G_OBJECT (box), "annexes", annexes);
  return box;
}

static AnnexFlags
export_chooser_get_annexes (GtkWidget *chooser)
{
  GtkWidget *annexes = g_object_get_data (G_OBJECT (chooser), "annexes");
  static const struct { const char *key; AnnexFlags flag; } checks[] = {
    { "period", ANNEX_PERIOD }, { "scenarios", ANNEX_SCENARIOS }, { "sweep", ANNEX_SWEEP },
  };
  AnnexFlags flags = ANNEX_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (annexes), checks[i].key);

      if (check != NULL && gtk_widget_get_sensitive (check) && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        flags |= checks[i].flag;
    }
  return flags;
}

/* The language laws' warning for a decision in lang (simris_language_region_check), or NULL. */
static char *
document_language_warning (SimrisWindow *self,
                           const char   *lang)
{
  g_autoptr(SimrisHousehold) household = _simris_window_dup_household_for_document (self);

  return simris_language_region_check (simris_household_get_decision_field (household, "cpas_postcode"), lang);
}

static void
export_language_warning_response_cb (AdwMessageDialog *dialog,
                                     const char       *response,
                                     SimrisWindow     *self)
{
  if (g_strcmp0 (response, "export") == 0)
    choose_export_file (self, g_object_get_data (G_OBJECT (dialog), "lang"),
                        GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "annexes")));
}

static void
export_language_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             SimrisWindow     *self)
{
  GtkWidget *chooser = adw_message_dialog_get_extra_child (dialog);
  const char *lang;
  AnnexFlags annexes;
  g_autofree char *warning = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;
  {
    GtkWidget *who = g_object_get_data (G_OBJECT (chooser), "applicants");

    g_clear_pointer (&self->export_applicant, g_free);
    for (GtkWidget *child = who != NULL ? gtk_widget_get_first_child (who) : NULL; child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        self->export_applicant = g_strdup (g_object_get_data (G_OBJECT (child), "applicant-id"));
  }
  lang = simris_ui_language_chooser_get (g_object_get_data (G_OBJECT (chooser), "languages"));
  annexes = export_chooser_get_annexes (chooser);
  warning = document_language_warning (self, lang);
  if (warning == NULL)
    {
      choose_export_file (self, lang, annexes);
      return;
    }

  /* The language laws, before anything is written: the user decides. */
  {
    AdwMessageDialog *ask = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                     _("Language of the Decision"), warning));

    adw_message_dialog_add_responses (ask,
                                      "cancel", _("_Cancel"),
                                      /* Translators: writes the decision in the language chosen despite the warning */
                                      "export", _("_Write in This Language"),
                                      NULL);
    adw_message_dialog_set_response_appearance (ask, "export", ADW_RESPONSE_DESTRUCTIVE);
    adw_message_dialog_set_default_response (ask, "cancel");
    adw_message_dialog_set_close_response (ask, "cancel");
    g_object_set_data_full (G_OBJECT (ask), "lang", g_strdup (lang), g_free);
    g_object_set_data (G_OBJECT (ask), "annexes", GUINT_TO_POINTER (annexes));
    g_signal_connect_object (ask, "response", G_CALLBACK (export_language_warning_response_cb), self, 0);
    gtk_window_present (GTK_WINDOW (ask));
  }
}

static void
simris_window_actions_export_pdf (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  AdwMessageDialog *dialog;

  /* No document from a form that holds a field not valid or a missing value. */
  if (!_simris_window_can_make_document (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Export the Decision Draft"),
                                                       _("The draft of the CPAS’s reasoned decision, with the calculation "
                                                         "and its legal grounds. In which language should it be written?")));
  adw_message_dialog_set_extra_child (dialog, export_chooser_new (self, document_lang (self)));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    /* Translators: continues to the file chooser */
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_language_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.export-to (uri, language, annexes): Export as PDF… with its answers given — the
 * language ("" for the one the dialog offers) and the annexes ticked, their keys separated by
 * commas ("period,scenarios,sweep"); the file already chosen. An annex the dialog would not
 * offer stays out, as its check would be insensitive. */
static void
simris_window_actions_export_to (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  const char *uri = NULL, *lang = NULL, *keys_text = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) keys = NULL;
  GtkWidget *chooser, *annexes;

  if (!_simris_window_can_make_document (self))
    return;

  g_variant_get (param, "(&s&s&s)", &uri, &lang, &keys_text);
  if (*lang == '\0')
    lang = document_lang (self);
  file = g_file_new_for_uri (uri);
  /* The chooser the dialog would hold, its checks ticked as asked. */
  chooser = g_object_ref_sink (export_chooser_new (self, lang));
  annexes = g_object_get_data (G_OBJECT (chooser), "annexes");
  keys = g_strsplit (keys_text, ",", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      GtkWidget *check = *keys[i] != '\0' ? g_object_get_data (G_OBJECT (annexes), keys[i]) : NULL;

      if (check != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
  export_to (self, file, lang, export_chooser_get_annexes (chooser));
  g_object_unref (chooser);
}

typedef struct
{
  SimrisWindow *window;
  SimrisReport *report;
  char         *lang;
  gboolean      note;   /* win.print-note: the note for the social worker, a job of its own */
} PrintJob;

/* The decision draft, or the note that goes with it. */
static SimrisReport *
build_job_report (PrintJob  *job,
                  GError   **error)
{
  g_autoptr(SimrisReport) decision = build_report (job->window, job->lang, error);

  if (decision == NULL || !job->note)
    return g_steal_pointer (&decision);
  return simris_report_dup_note (decision);
}

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->report);
  g_clear_object (&job->window);
  g_free (job->lang);
  g_free (job);
}

static GObject *
print_create_custom_widget_cb (GtkPrintOperation *op,
                               PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("Language of the decision draft"));
  GtkWidget *chooser = simris_ui_language_chooser_new (job->lang);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_halign (chooser, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chooser);
  g_object_set_data (G_OBJECT (box), "chooser", chooser);
  return G_OBJECT (box);
}

static void
print_custom_widget_apply_cb (GtkPrintOperation *op,
                              GtkWidget         *widget,
                              PrintJob          *job)
{
  GtkWidget *chooser = g_object_get_data (G_OBJECT (widget), "chooser");

  g_free (job->lang);
  job->lang = g_strdup (simris_ui_language_chooser_get (chooser));
  /* Chosen for print: offered first at the next print of this window. */
  g_free (job->window->print_lang);
  job->window->print_lang = g_strdup (job->lang);
}

static void
print_begin_cb (GtkPrintOperation *op,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&job->report);
  job->report = build_job_report (job, &error);
  if (job->report == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      simris_window_add_toast (job->window, adw_toast_new (message));
      gtk_print_operation_cancel (op);
      return;
    }

  /* The language laws: the print dialog chose the language, so the warning comes as a toast
   * (the export asks before writing). */
  {
    g_autofree char *warning = document_language_warning (job->window, job->lang);

    if (warning != NULL)
      simris_window_add_toast (job->window, adw_toast_new (warning));
  }

  /* The same renderer as the PDF, laid out for the printer's page. */
  gtk_print_operation_set_n_pages (op, simris_report_paginate (job->report,
                                                               gtk_print_context_get_width (context),
                                                               gtk_print_context_get_height (context)));
}

static void
print_draw_page_cb (GtkPrintOperation *op,
                    GtkPrintContext   *context,
                    int                page,
                    PrintJob          *job)
{
  if (job->report != NULL)
    simris_report_draw_page (job->report, gtk_print_context_get_cairo_context (context), page);
}

/* The preview in a window of our own: the pages the report renders for the paper chosen,
 * drawn by the same renderer as the printout. */
static void
preview_closed_cb (GtkWidget *window,
                   gpointer   user_data)
{
  GtkPrintOperationPreview *preview = g_object_get_data (G_OBJECT (window), "simris-preview");

  if (preview != NULL)
    gtk_print_operation_preview_end_preview (preview);
}

static gboolean
print_preview_cb (GtkPrintOperation        *op,
                  GtkPrintOperationPreview *preview,
                  GtkPrintContext          *context,
                  GtkWindow                *parent,
                  PrintJob                 *job)
{
  g_autoptr(GError) error = NULL;
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  double width = setup != NULL ? gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS) : 595.28;
  double height = setup != NULL ? gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS) : 841.89;
  SimrisPrintPreview *window;

  /* GTK wants a cairo context on the print context even though our window draws the pages
   * itself (each on its own widget's cairo context): a recording surface, never shown. */
  {
    cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
    cairo_t *cr = cairo_create (surface);

    gtk_print_context_set_cairo_context (context, cr, 72, 72);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  g_clear_object (&job->report);
  job->report = build_job_report (job, &error);
  if (job->report == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      simris_window_add_toast (job->window, adw_toast_new (message));
      gtk_print_operation_preview_end_preview (preview);
      return TRUE;
    }

  window = simris_print_preview_new (parent != NULL ? parent : GTK_WINDOW (job->window), job->report, width, height);
  g_object_set_data_full (G_OBJECT (window), "simris-preview", g_object_ref (preview), g_object_unref);
  g_signal_connect (window, "destroy", G_CALLBACK (preview_closed_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
print_done_cb (GtkPrintOperation       *op,
               GtkPrintOperationResult  result,
               PrintJob                *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (op, &error);
      message = g_strdup_printf (_("Could not print: %s"), error ? error->message : "");
      simris_window_add_toast (job->window, adw_toast_new (message));
    }
}

static void
simris_window_actions_print (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  /* win.print-preview: straight to our preview window (GtkPrintOperation::preview), the
   * document in the case's language. */
  GtkPrintOperationAction action = g_strcmp0 (action_name, "win.print-preview") == 0
                                     ? GTK_PRINT_OPERATION_ACTION_PREVIEW
                                     : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;
  PrintJob *job;

  if (!_simris_window_can_make_document (self))
    return;

  op = gtk_print_operation_new ();
  name = _simris_window_dup_case_name (self);
  job = g_new0 (PrintJob, 1);

  job->window = g_object_ref (self);
  job->lang = g_strdup (print_lang (self));
  job->note = g_str_has_prefix (action_name, "win.print-note");
  g_object_set_data_full (G_OBJECT (op), "simris-print-job", job, print_job_free);

  if (job->note)
    {
      /* Translators: the print job's name of the note for the social worker; %s is the case's name */
      g_autofree char *job_name = g_strdup_printf (_("%s (note for the social worker)"), name);

      gtk_print_operation_set_job_name (op, job_name);
    }
  else
    gtk_print_operation_set_job_name (op, name);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  /* Translators: the tab of the Print dialog that chooses the document's language */
  gtk_print_operation_set_custom_tab_label (op, _("Document"));
  g_signal_connect (op, "create-custom-widget", G_CALLBACK (print_create_custom_widget_cb), job);
  g_signal_connect (op, "custom-widget-apply", G_CALLBACK (print_custom_widget_apply_cb), job);
  g_signal_connect (op, "begin-print", G_CALLBACK (print_begin_cb), job);
  g_signal_connect (op, "draw-page", G_CALLBACK (print_draw_page_cb), job);
  g_signal_connect (op, "preview", G_CALLBACK (print_preview_cb), job);
  g_signal_connect (op, "done", G_CALLBACK (print_done_cb), job);

  if (param != NULL)
    {
      const char *uri = NULL, *lang = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *path = NULL;

      /* win.print-to, win.print-note-to (uri, language): the same pages, written to a PDF
       * instead of a printer, without the dialog; "" is the language the dialog would offer,
       * as if the user did not change it. */
      g_variant_get (param, "(&s&s)", &uri, &lang);
      file = g_file_new_for_uri (uri);
      path = g_file_get_path (file);
      if (path == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not print: %s"), _("not a local file"));

          simris_window_add_toast (self, adw_toast_new (message));
          return;
        }
      if (*lang != '\0')
        {
          g_free (job->lang);
          job->lang = g_strdup (lang);
        }
      gtk_print_operation_set_export_filename (op, path);
      gtk_print_operation_set_allow_async (op, FALSE);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }

  if (gtk_print_operation_run (op, action, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      simris_window_add_toast (self, adw_toast_new (message));
    }
}

/* --- Members ---------------------------------------------------------------------------- */

static SimrisMember *
find_member (SimrisWindow *self,
             const char   *id,
             guint        *position)
{
  GListModel *model = G_LIST_MODEL (self->household);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SimrisMember) member = g_list_model_get_item (model, i);

      if (g_strcmp0 (simris_member_get_id (member), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return member;
        }
    }
  return NULL;
}

static void
simris_window_actions_add_member (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  SimrisRelation relation = SIMRIS_RELATION_UNRELATED;
  g_autoptr(SimrisMember) member = NULL;
  g_autofree char *id = NULL;

  if (!simris_relation_from_string (g_variant_get_string (param, NULL), &relation)
      || relation == SIMRIS_RELATION_APPLICANT)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->household)) >= SIMRIS_MAX_MEMBERS)
    {
      simris_window_add_toast (self, adw_toast_new (_("A household has at most 30 people")));
      return;
    }

  /* No birth date is assumed: the result asks for it. */
  id = simris_household_new_member_id (self->household);
  member = simris_member_new (id, relation, NULL);
  simris_household_append (self->household, member);
  _simris_window_show_member (self, member);
}

static void
undo_remove_member_cb (AdwToast     *toast,
                       SimrisWindow *self)
{
  SimrisMember *member = g_object_get_data (G_OBJECT (toast), "member");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "position"));

  if (member != NULL)
    simris_household_insert (self->household,
                             MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->household))),
                             member);
}

static void
simris_window_actions_remove_member (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  guint position = 0;
  SimrisMember *member = find_member (self, g_variant_get_string (param, NULL), &position);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  AdwToast *toast;

  if (member == NULL || simris_member_get_relation (member) == SIMRIS_RELATION_APPLICANT)
    return;

  name = simris_member_dup_display_name (member);
  /* Translators: a toast; %s is a person's name or relation */
  title = g_strdup_printf (_("%s removed from the household"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "member", g_object_ref (member), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "position", GUINT_TO_POINTER (position));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_member_cb), self, 0);

  simris_household_remove (self->household, position);
  simris_window_add_toast (self, toast);
}

static void
simris_window_actions_move_member (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  const char *id = NULL;
  int delta = 0;
  guint position = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->household));

  g_variant_get (param, "(&si)", &id, &delta);
  if (find_member (self, id, &position) == NULL)
    return;
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n) || delta == 0)
    return;

  simris_household_move (self->household, position, delta < 0 ? position - 1 : position + 1);

  /* Keep the keyboard on the row that moved. */
  {
    SimrisMember *member = find_member (self, id, NULL);
    GtkWidget *row = member ? simris_household_page_get_row_for_member (self->household_page, member) : NULL;

    if (row != NULL)
      gtk_widget_grab_focus (row);
  }
}

static void
simris_window_actions_show_member (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  SimrisMember *member = find_member (self, g_variant_get_string (param, NULL), NULL);

  if (member != NULL)
    _simris_window_show_member (self, member);
}

static void
simris_window_actions_show_household (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  SimrisMember *member = self->member_page ? simris_member_page_get_member ((gpointer) self->member_page) : NULL;
  GtkWidget *row;

  _simris_window_show_household (self);
  row = member ? simris_household_page_get_row_for_member (self->household_page, member) : NULL;
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* win.show-result, win.show-form: the pane shown when the window is narrow. */
static void
simris_window_actions_show_pane (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, g_str_equal (action_name, "win.show-result")
                                                  ? self->result_pane : self->form_pane);
}

/* --- Other readings of the law (issue 10) ----------------------------------------------- */

static void
undo_option_cb (AdwToast     *toast,
                SimrisWindow *self)
{
  const char *property = g_object_get_data (G_OBJECT (toast), "property");
  GValue *old = g_object_get_data (G_OBJECT (toast), "value");

  if (property != NULL && old != NULL)
    g_object_set_property (G_OBJECT (self->household), property, old);
}

static void
free_gvalue (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

static void
simris_window_actions_use_alternative (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  const char *option = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autofree char *property = NULL;
  GParamSpec *pspec;
  GValue *old;
  g_auto(GValue) new_value = G_VALUE_INIT;
  AdwToast *toast;

  g_variant_get (param, "(&sv)", &option, &value);

  /* Options are household properties with the case file's name in kebab case. */
  property = g_strdelimit (g_strdup (option), "_", '-');
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->household), property);
  if (pspec == NULL)
    {
      g_warning ("Unknown option %s", option);
      return;
    }

  g_value_init (&new_value, pspec->value_type);
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec) && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    g_value_set_boolean (&new_value, g_variant_get_boolean (value));
  else if (G_IS_PARAM_SPEC_INT (pspec) && g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    g_value_set_int (&new_value, g_variant_get_int32 (value));
  else if (G_IS_PARAM_SPEC_ENUM (pspec) && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
      GEnumValue *ev = g_enum_get_value_by_nick (klass, g_variant_get_string (value, NULL));

      if (ev == NULL)
        return;
      g_value_set_enum (&new_value, ev->value);
    }
  else if (G_IS_PARAM_SPEC_STRING (pspec) && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    g_value_set_string (&new_value, g_variant_get_string (value, NULL));
  else
    return;

  old = g_new0 (GValue, 1);
  g_value_init (old, pspec->value_type);
  g_object_get_property (G_OBJECT (self->household), property, old);
  g_object_set_property (G_OBJECT (self->household), property, &new_value);

  /* Translators: a toast after applying another reading of the law */
  toast = adw_toast_new (_("Option changed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "property", g_steal_pointer (&property), g_free);
  g_object_set_data_full (G_OBJECT (toast), "value", old, free_gvalue);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_option_cb), self, 0);
  simris_window_add_toast (self, toast);
}

static void
simris_window_actions_no_recent (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
}

static void
simris_window_actions_check_form (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  _simris_window_check_form (SIMRIS_WINDOW (widget));
}

static void
simris_window_actions_go_to_problem (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  _simris_window_go_to_problem (SIMRIS_WINDOW (widget));
}

/* win.recover, win.discard-recovery: the recovery bar's two answers. */
static void
simris_window_actions_recovery (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  _simris_window_recover_offered (SIMRIS_WINDOW (widget), g_str_equal (action_name, "win.recover"));
}

static void
simris_window_actions_dismiss_notice (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  _simris_window_dismiss_notice (SIMRIS_WINDOW (widget));
}

/* A new case replaces this one only when nothing would be lost; otherwise it opens in a
 * window of its own. The keyboard starts in the first question. */
static void
simris_window_actions_new_case (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  SimrisWindow *self = SIMRIS_WINDOW (widget);
  SimrisWindow *target = self;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->modified && SIMRIS_IS_APPLICATION (app))
    target = SIMRIS_WINDOW (simris_application_new_window (SIMRIS_APPLICATION (app)));
  else
    simris_window_new_case (self);
  gtk_window_present (GTK_WINDOW (target));
  gtk_widget_grab_focus (simris_household_page_get_first_field (target->household_page));
  /* guide: a new case asks "Guide Me" or "Fill the Form" (simris-assistant.h); "Fill the
   * Form" (or Escape) leaves the keyboard in the first question. */
  simris_assistant_offer (target);
}

void
_simris_window_actions_update (SimrisWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
}

void
_simris_window_class_actions_init (SimrisWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, simris_window_actions_open);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", simris_window_actions_open_recent);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, simris_window_actions_no_recent);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, simris_window_actions_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, simris_window_actions_save_as);
  gtk_widget_class_install_action (widget_class, "win.save-to", "s", simris_window_actions_save_to);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, simris_window_actions_export_pdf);
  gtk_widget_class_install_action (widget_class, "win.export-to", "(sss)", simris_window_actions_export_to);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, simris_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.print-to", "(ss)", simris_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, simris_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.print-note", NULL, simris_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.print-note-to", "(ss)", simris_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.add-member", "s", simris_window_actions_add_member);
  gtk_widget_class_install_action (widget_class, "win.remove-member", "s", simris_window_actions_remove_member);
  gtk_widget_class_install_action (widget_class, "win.move-member", "(si)", simris_window_actions_move_member);
  gtk_widget_class_install_action (widget_class, "win.show-member", "s", simris_window_actions_show_member);
  gtk_widget_class_install_action (widget_class, "win.show-household", NULL, simris_window_actions_show_household);
  gtk_widget_class_install_action (widget_class, "win.show-result", NULL, simris_window_actions_show_pane);
  gtk_widget_class_install_action (widget_class, "win.show-form", NULL, simris_window_actions_show_pane);
  gtk_widget_class_install_action (widget_class, "win.use-alternative", "(sv)", simris_window_actions_use_alternative);
  gtk_widget_class_install_action (widget_class, "win.check-form", NULL, simris_window_actions_check_form);
  gtk_widget_class_install_action (widget_class, "win.go-to-problem", NULL, simris_window_actions_go_to_problem);
  gtk_widget_class_install_action (widget_class, "win.recover", NULL, simris_window_actions_recovery);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", NULL, simris_window_actions_recovery);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, simris_window_actions_new_case);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notice", NULL, simris_window_actions_dismiss_notice);
}
