/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <glib/gi18n.h>

#include "simris-application.h"
#include "simris-assistant.h"
#include "pages/simris-assistant-money-page.h"
#include "simris-kind-row.h"
#include "simris-result-view.h"
#include "simris-ui-test.h"
#include "simris-window.h"

/* Run once per language of po/LINGUAS: `test-translation fr`, `nl`, `de` (one process per
 * language: GLib decides at its first lookup whether to translate, docs/hacking.md §3). The
 * window is built from the build tree's catalogues and must show key strings translated. */

static const char *lang;
static SimrisApplication *app;

typedef struct
{
  const char *msgid;
  const char *fr;
  const char *nl;
  const char *de;
} Expected;

/* What the translators are asked for (see the lead's notes): the window's group titles and
 * the Export menu item. */
static const Expected group_titles[] = {
  { "Household", "Ménage", "Huishouden", "Haushalt" },
  { "CPAS Options", "Options du CPAS", "Opties van het OCMW", "Optionen des ÖSHZ" },
};

static const Expected menu_items[] = {
  { "_Export as PDF…", "_Exporter en PDF…", "_Exporteren als PDF…", "Als PDF _exportieren…" },
};

static const char *
expected_for (const Expected *e)
{
  if (g_str_equal (lang, "de"))
    return e->de;
  return g_str_equal (lang, "nl") ? e->nl : e->fr;
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
         && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static gboolean
has_group_titled (GtkWidget  *root,
                  const char *title)
{
  return simris_ui_test_find (root, is_group_titled, title) != NULL;
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static GMenuModel *
find_primary_menu (GtkWidget *root)
{
  GtkWidget *button = simris_ui_test_find (root, is_primary_menu_button, NULL);

  return button != NULL ? gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) : NULL;
}

static void
test_window_strings (void)
{
  SimrisWindow *window = simris_window_new (app);
  GtkWidget *page = simris_window_get_household_page (window);
  GMenuModel *menu;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  for (guint i = 0; i < G_N_ELEMENTS (group_titles); i++)
    {
      g_test_message ("%s → %s", group_titles[i].msgid, expected_for (&group_titles[i]));
      g_assert_cmpstr (_(group_titles[i].msgid), ==, expected_for (&group_titles[i]));
      g_assert_true (has_group_titled (page, expected_for (&group_titles[i])));
    }

  menu = find_primary_menu (GTK_WIDGET (window));
  g_assert_nonnull (menu);
  for (guint i = 0; i < G_N_ELEMENTS (menu_items); i++)
    {
      g_test_message ("%s → %s", menu_items[i].msgid, expected_for (&menu_items[i]));
      g_assert_true (simris_ui_test_menu_has (menu, G_MENU_ATTRIBUTE_LABEL, expected_for (&menu_items[i])));
    }

  /* The new case's title. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, _("New Case"));
  g_assert_cmpstr (_("New Case"), !=, "New Case");

  simris_ui_test_close (window);
}

/* The list of kinds never contradicts the treatment for this person (art. 35, §2 RD
 * 11/07/2002): a full-time student's student job is partly exempt, not "Counted"; anyone
 * else's student job and a wage are counted; child benefit stays exempt. */
static const Expected partly_exempt = {
  "Partly exempt for a full-time student",
  "Exonérées en partie (études de plein exercice)",
  "Gedeeltelijk vrijgesteld (voltijds student)",
  "Teilweise freigestellt (Vollzeitstudent)",
};
static const Expected counted = { "Counted", "Prises en compte", "Meegeteld", "Berücksichtigt" };
static const Expected exempt = { "Exempt", "Exonérées", "Vrijgesteld", "Freigestellt" };

static void
test_kind_captions (void)
{
  GtkWidget *row = g_object_ref_sink (simris_kind_row_new ());
  SimrisKindRow *kind_row = SIMRIS_KIND_ROW (row);

  g_assert_cmpstr (simris_kind_row_get_caption (kind_row, SIMRIS_RESOURCE_KIND_STUDENT_JOB), ==, expected_for (&counted));
  simris_kind_row_set_student (kind_row, TRUE);
  g_assert_cmpstr (simris_kind_row_get_caption (kind_row, SIMRIS_RESOURCE_KIND_STUDENT_JOB), ==, expected_for (&partly_exempt));
  g_assert_cmpstr (simris_kind_row_get_caption (kind_row, SIMRIS_RESOURCE_KIND_WAGE), ==, expected_for (&counted));
  g_assert_cmpstr (simris_kind_row_get_caption (kind_row, SIMRIS_RESOURCE_KIND_FAMILY_ALLOWANCE), ==, expected_for (&exempt));
  simris_kind_row_set_student (kind_row, FALSE);
  g_assert_cmpstr (simris_kind_row_get_caption (kind_row, SIMRIS_RESOURCE_KIND_STUDENT_JOB), ==, expected_for (&counted));
  g_object_unref (row);
}

/* Three warnings above the result, opened from a file, in a 1366x768 window (as wide as the
 * test display allows): the warning
 * box lies whole within the scrolled content, its lines not cut (its allocation at least its
 * minimum height for its width), and the result card starts below it, never over it. */
static void
test_warnings_not_clipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "household-two-applicants-2026.simris.json", NULL);
  SimrisWindow *window = simris_ui_test_open_window (app, path);
  GtkWidget *view = simris_window_get_result_view (window);
  GtkWidget *warnings = simris_ui_test_find_named (view, "warnings-box");
  GtkWidget *card = simris_ui_test_find_named (view, "status-label");
  GtkWidget *scrolled, *content;
  graphene_rect_t box, summary;
  int minimum;
  guint lines = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  simris_ui_test_settle_window (window);
  /* The test display is 1280 px wide: the window gets what it can (narrower is harder). */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1200);

  while (card != NULL && !gtk_widget_has_css_class (card, "result-summary"))
    card = gtk_widget_get_parent (card);
  g_assert_nonnull (card);
  g_assert_nonnull (warnings);
  g_assert_true (gtk_widget_get_mapped (warnings) && gtk_widget_get_mapped (card));
  g_assert_cmpuint (simris_result_get_warnings (simris_result_view_get_result (SIMRIS_RESULT_VIEW (view)))->len, ==, 3);
  /* The heading and one line per warning. */
  for (GtkWidget *w = gtk_widget_get_last_child (warnings); w != NULL; w = gtk_widget_get_prev_sibling (w))
    if (GTK_IS_BOX (w))
      for (GtkWidget *line = gtk_widget_get_first_child (w); line != NULL; line = gtk_widget_get_next_sibling (line))
        lines += gtk_widget_get_visible (line);
  g_assert_cmpuint (lines, ==, 3);

  scrolled = gtk_widget_get_ancestor (warnings, GTK_TYPE_SCROLLED_WINDOW);
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_compute_bounds (warnings, content, &box));
  g_assert_true (gtk_widget_compute_bounds (card, content, &summary));
  g_test_message ("warnings %.0f,%.0f %.0fx%.0f; card from y %.0f; content %dx%d", box.origin.x, box.origin.y,
                  box.size.width, box.size.height, summary.origin.y,
                  gtk_widget_get_width (content), gtk_widget_get_height (content));
  g_assert_cmpfloat (box.origin.x, >=, 0);
  g_assert_cmpfloat (box.origin.y, >=, 0);
  g_assert_cmpfloat (box.origin.x + box.size.width, <=, gtk_widget_get_width (content));
  g_assert_cmpfloat (box.origin.y + box.size.height, <=, gtk_widget_get_height (content));
  /* What it needs at its width (margins included, as measured) against what it got. */
  gtk_widget_measure (warnings, GTK_ORIENTATION_VERTICAL,
                      (int) box.size.width + gtk_widget_get_margin_start (warnings) + gtk_widget_get_margin_end (warnings),
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpfloat (box.size.height + gtk_widget_get_margin_top (warnings) + gtk_widget_get_margin_bottom (warnings), >=, minimum);
  g_assert_cmpfloat (summary.origin.y, >=, box.origin.y + box.size.height);

  simris_ui_test_close (window);
}

/* The guide shows an amount already known as the form shows it: the UI language's decimal mark
 * (data/languages.json), no thousands separator, so that reading it back gives the same cents. */
static const Expected savings_amount[] = {
  { "10500.00", "10500,00", "10500,00", "10500,00" },
};

static void
test_guide_amount (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cases", "capital-10500.simris.json", NULL);
  SimrisWindow *window = simris_ui_test_open_window (app, path);
  SimrisAssistant *assistant = simris_assistant_new (window);
  GtkWidget *row, *amount;

  gtk_window_present (GTK_WINDOW (assistant));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (assistant));
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.go-to", "s", "money-a");
  simris_ui_test_settle ();
  row = simris_assistant_find (assistant, "money-savings");
  g_assert_nonnull (row);
  amount = simris_assistant_money_page_get_amount (
    SIMRIS_ASSISTANT_MONEY_PAGE (simris_assistant_get_page_widget (assistant)), row);
  g_assert_nonnull (amount);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, expected_for (&savings_amount[0]));
  simris_ui_test_close (assistant);
  simris_ui_test_close (window);
  simris_ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("SIMRIS_LOCALEDIR");
  g_autofree char *mo = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *test_path = NULL;
  g_autofree char *kinds_path = NULL;
  g_autofree char *warnings_path = NULL;
  g_autofree char *guide_path = NULL;

  lang = (argc > 1 && !g_str_has_prefix (argv[argc - 1], "-")) ? argv[argc - 1] : "fr";
  if (!localedir)
    localedir = BUILD_LOCALEDIR;

  /* Before anything is translated. */
  g_setenv ("LANGUAGE", lang, TRUE);
  app = simris_ui_test_init (&argc, &argv, &tmp_dir);
  if (app == NULL)
    return 0;

  test_path = g_strdup_printf ("/simris/ui/translation/%s", lang);
  mo = g_build_filename (localedir, lang, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  /* The catalogues are built with the program: one missing fails, never a skip. */
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_print ("Bail out! no catalogue %s (meson compile first)\n", mo);
      g_clear_object (&app);
      simris_ui_test_remove_tree (tmp_dir);
      return 1;
    }
  g_test_add_func (test_path, test_window_strings);
  kinds_path = g_strdup_printf ("/simris/ui/translation/%s/kind-captions", lang);
  g_test_add_func (kinds_path, test_kind_captions);
  warnings_path = g_strdup_printf ("/simris/ui/translation/%s/warnings-not-clipped", lang);
  g_test_add_func (warnings_path, test_warnings_not_clipped);
  guide_path = g_strdup_printf ("/simris/ui/translation/%s/guide-amount", lang);
  g_test_add_func (guide_path, test_guide_amount);

  return simris_ui_test_run (&app, &tmp_dir);
}
