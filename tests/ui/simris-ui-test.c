/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "SimrisTest"

#include "config.h"

#include <string.h>

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "simris-case-file.h"
#include "simris-i18n.h"
#include "simris-result-view.h"
#include "simris-ui-test.h"

char *
simris_ui_test_prepare (void)
{
  const char *localedir = g_getenv ("SIMRIS_LOCALEDIR");
  char *tmp_dir;

  g_setenv ("LANG", "C.UTF-8", FALSE);
  g_setenv ("GDK_BACKEND", "x11", FALSE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);

  tmp_dir = g_dir_make_tmp ("simris-ui-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  {
    g_autofree char *state = g_build_filename (tmp_dir, "state", NULL);
    g_autofree char *data = g_build_filename (tmp_dir, "data", NULL);

    g_setenv ("XDG_STATE_HOME", state, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return tmp_dir;
}

SimrisApplication *
simris_ui_test_start (void)
{
  SimrisApplication *app;

  if (!gtk_init_check ())
    return NULL;
  adw_init ();

  app = simris_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

SimrisApplication *
simris_ui_test_init (int    *argc,
                     char ***argv,
                     char  **tmp_dir)
{
  SimrisApplication *app;
  g_autofree char *dir = simris_ui_test_prepare ();

  g_test_init (argc, argv, NULL);

  app = simris_ui_test_start ();
  if (app == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      simris_ui_test_remove_tree (dir);
      return NULL;
    }
  if (tmp_dir != NULL)
    *tmp_dir = g_steal_pointer (&dir);
  return app;
}

void
simris_ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        simris_ui_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
simris_ui_test_run (SimrisApplication **app,
                    char              **tmp_dir)
{
  int ret = g_test_run ();

  g_clear_object (app);
  if (ret == 0)
    simris_ui_test_remove_tree (*tmp_dir);
  g_clear_pointer (tmp_dir, g_free);
  return ret;
}

GtkWidget *
simris_ui_test_find (GtkWidget         *root,
                     SimrisUiTestMatch  match,
                     gconstpointer      data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = simris_ui_test_find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
simris_ui_test_find_named (GtkWidget  *root,
                           const char *name)
{
  return simris_ui_test_find (root, is_named, name);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) type);
}

GtkWidget *
simris_ui_test_find_type (GtkWidget *root,
                          GType      type)
{
  return simris_ui_test_find (root, is_of_type, &type);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  needle)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL;
}

gboolean
simris_ui_test_has_label_containing (GtkWidget  *root,
                                     const char *needle)
{
  return simris_ui_test_find (root, is_label_containing, needle) != NULL;
}

void
simris_ui_test_settle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
simris_ui_test_draw (GtkWidget *widget)
{
  for (int i = 0; i < 5; i++)
    {
      simris_ui_test_settle ();
      gtk_test_widget_wait_for_draw (widget);
    }
}

void
simris_ui_test_settle_window (SimrisWindow *window)
{
  SimrisResultView *view = SIMRIS_RESULT_VIEW (simris_window_get_result_view (window));

  while (simris_result_view_is_pending (view) || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

SimrisWindow *
simris_ui_test_open_window (SimrisApplication *app,
                            const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SimrisWindow *window = simris_window_new (app);

  g_assert_true (simris_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  simris_ui_test_settle_window (window);
  return window;
}

gboolean
simris_ui_test_save_png (GtkWidget  *widget,
                         const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

gboolean
simris_ui_test_activate_to (GtkWidget  *widget,
                            const char *action,
                            GFile      *file,
                            ...)
{
  g_autofree char *uri = g_file_get_uri (file);
  GVariantBuilder builder;
  const char *answer;
  guint n = 0;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_TUPLE);
  g_variant_builder_add (&builder, "s", uri);
  va_start (args, file);
  while ((answer = va_arg (args, const char *)) != NULL)
    {
      g_variant_builder_add (&builder, "s", answer);
      n++;
    }
  va_end (args);
  if (n == 0)
    {
      g_variant_builder_clear (&builder);
      return gtk_widget_activate_action_variant (widget, action, g_variant_new_string (uri));
    }
  return gtk_widget_activate_action_variant (widget, action, g_variant_builder_end (&builder));
}

void
simris_ui_test_close (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own: transfer none */
  g_autoptr(GPtrArray) children = g_ptr_array_new ();

  g_assert_true (GTK_IS_WINDOW (window));

  /* The windows it is the parent of (a dialog, What If, a preview) go with it. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (other != window && gtk_window_get_transient_for (other) == window)
        {
          gpointer *weak = g_new (gpointer, 1);

          *weak = other;
          g_object_add_weak_pointer (G_OBJECT (other), weak);
          g_ptr_array_add (children, weak);
        }
    }

  /* The test's own reference, so that the last one is dropped here and nowhere else. */
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  simris_ui_test_settle ();
  g_assert_finalize_object (window);
  for (guint i = 0; i < children->len; i++)
    {
      gpointer *weak = g_ptr_array_index (children, i);

      if (*weak != NULL)
        g_test_message ("%s left behind by its parent window", G_OBJECT_TYPE_NAME (*weak));
      g_assert_null (*weak);
      g_free (weak);
    }
}

SimrisWindow *
simris_ui_test_open_case (SimrisApplication *app,
                          const char        *dir,
                          const char        *name)
{
  g_autofree char *path = simris_test_case_path (dir, name);

  return simris_ui_test_open_window (app, path);
}

gboolean
simris_ui_test_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w))
      return FALSE;
  return TRUE;
}

char *
simris_ui_test_money (SimrisCents cents)
{
  return simris_money_format (cents, simris_lang_from_locale ());
}

gpointer
simris_ui_test_find_toplevel (GType      type,
                              GtkWindow *parent,
                              const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own: transfer none */
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GtkWindow *w = g_list_model_get_item (toplevels, i);

      g_object_unref (w);  /* the list keeps it */
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type)
          && (parent == NULL || gtk_window_get_transient_for (w) == parent)
          && (name == NULL || (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (w)), name) == 0
                               && gtk_widget_get_visible (GTK_WIDGET (w)))))
        found = w;
    }
  return found;
}

int
simris_ui_test_main (int                 *argc,
                     char              ***argv,
                     const SimrisUiTest  *tests,
                     guint                n_tests,
                     SimrisApplication  **app,
                     char               **tmp_dir)
{
  *app = simris_ui_test_init (argc, argv, tmp_dir);
  if (*app == NULL)
    return 0;
  for (guint i = 0; i < n_tests; i++)
    g_test_add_func (tests[i].path, tests[i].func);
  return simris_ui_test_run (app, tmp_dir);
}

void
simris_ui_test_wait_until (SimrisUiTestCheck check,
                           gpointer          data)
{
  while (!check (data))
    g_main_context_iteration (NULL, TRUE);
}

gboolean
simris_ui_test_menu_has (GMenuModel *model,
                         const char *attribute,
                         const char *value)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      const char *links[] = { G_MENU_LINK_SECTION, G_MENU_LINK_SUBMENU };
      g_autofree char *text = NULL;

      if (g_menu_model_get_item_attribute (model, i, attribute, "s", &text) && g_strcmp0 (text, value) == 0)
        return TRUE;
      for (guint l = 0; l < G_N_ELEMENTS (links); l++)
        {
          g_autoptr(GMenuModel) link = g_menu_model_get_item_link (model, i, links[l]);

          if (link != NULL && simris_ui_test_menu_has (link, attribute, value))
            return TRUE;
        }
    }
  return FALSE;
}
