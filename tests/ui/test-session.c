/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unsaved work kept across a crash (ui/simris-session.c), attacked as issue 27 did: a
 * planted symbolic link folder, a folder open to others, a FIFO among the autosaves, a note
 * naming a file that is not a case file, an autosave from a newer SimRIS; and the window
 * telling the user when its unsaved work cannot be kept, trying again until it can. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "simris-case-file.h"
#include "simris-session.h"
#include "simris-ui-test.h"

static SimrisApplication *app;
static char *tmp_dir;

#define CASE_TEXT "{\"simris_case\": 1, \"reference_date\": \"2026-03-01\", \"members\": " \
                  "[{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}]}\n"

static SimrisHousehold *
small_household (void)
{
  g_autoptr(GError) error = NULL;
  SimrisHousehold *household = simris_case_file_load_data (CASE_TEXT, -1, &error);

  g_assert_no_error (error);
  return household;
}

static char *
scratch (const char *name)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  simris_ui_test_remove_tree (path);
  g_assert_no_errno (g_mkdir_with_parents (path, 0700));
  return path;
}

/* With $SIMRIS_SESSION_SHOTS set, the window as the user sees it, to look at (docs/hacking.md). */
static void
maybe_shot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("SIMRIS_SESSION_SHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  gtk_test_widget_wait_for_draw (widget);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (simris_ui_test_save_png (widget, path));
}

/* A symbolic link planted where the folder should be: nothing written through it, nothing
 * offered from it, nothing removed in it. */
static void
test_symlink_folder (void)
{
  g_autofree char *base = scratch ("symlink-folder");
  g_autofree char *elsewhere = g_build_filename (base, "elsewhere", NULL);
  g_autofree char *dir = g_build_filename (base, "autosave", NULL);
  g_autofree char *planted = g_build_filename (elsewhere, "planted.simris.json", NULL);
  g_autoptr(SimrisSession) session = simris_session_new (dir);
  g_autoptr(SimrisHousehold) household = small_household ();
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir (elsewhere, 0700));
  g_assert_true (g_file_set_contents (planted, CASE_TEXT, -1, NULL));
  g_assert_no_errno (symlink (elsewhere, dir));

  g_assert_false (simris_session_check_dir (session, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_clear_error (&error);

  g_assert_false (simris_session_save (session, "id", household, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpuint (simris_test_count_entries (elsewhere), ==, 1);

  paths = simris_session_list (session);
  g_assert_cmpuint (paths->len, ==, 0);
  simris_session_remove_path (session, planted);
  g_assert_true (g_file_test (planted, G_FILE_TEST_IS_REGULAR));

  simris_ui_test_remove_tree (base);
}

/* A folder others can write is closed to them (0700) before use; one of another user is
 * refused. */
static void
test_folder_mode (void)
{
  g_autofree char *base = scratch ("folder-mode");
  g_autofree char *dir = g_build_filename (base, "autosave", NULL);
  g_autoptr(SimrisSession) session = simris_session_new (dir);
  g_autoptr(SimrisHousehold) household = small_household ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* Created 0700. */
  g_assert_true (simris_session_save (session, "one", household, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (dir, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);

  /* World-writable: narrowed. */
  g_assert_no_errno (g_chmod (dir, 0777));
  g_assert_true (simris_session_check_dir (session, &error));
  g_assert_no_errno (g_stat (dir, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);

  /* Another user's folder (made so where we may: as root). */
  if (chown (dir, 65534, 65534) == 0)
    {
      g_autoptr(GPtrArray) paths = NULL;

      g_assert_false (simris_session_check_dir (session, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, "another user"));
      paths = simris_session_list (session);
      g_assert_cmpuint (paths->len, ==, 0);
      g_assert_no_errno (chown (dir, geteuid (), getegid ()));
    }
  else
    g_test_message ("not root: a folder of another user cannot be made here");

  simris_ui_test_remove_tree (base);
}

/* A FIFO among the autosaves froze the window on Recover: it is not offered, and reading it
 * is refused at once. */
static void
test_fifo_autosave (void)
{
  g_autofree char *base = scratch ("fifo-autosave");
  g_autofree char *dir = g_build_filename (base, "autosave", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.simris.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.simris.json", NULL);
  g_autofree char *good = g_build_filename (dir, "good.simris.json", NULL);
  g_autoptr(SimrisSession) session = simris_session_new (dir);
  g_autoptr(SimrisHousehold) household = small_household ();
  g_autoptr(SimrisHousehold) loaded = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  const char *refused[] = { fifo, link };

  g_assert_true (simris_session_save (session, "good", household, NULL, NULL, &error));
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink (good, link));

  paths = simris_session_list (session);
  g_assert_cmpuint (paths->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (paths, 0), ==, good);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(SimrisHousehold) none = simris_session_load (session, refused[i], NULL, NULL, NULL, &error);

      g_assert_null (none);
      g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
      g_clear_error (&error);
    }

  /* Writing over a planted link is refused too. */
  g_assert_false (simris_session_save (session, "link", household, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  loaded = simris_session_load (session, good, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (simris_household_get_reference_date (loaded), ==, "2026-03-01");

  simris_ui_test_remove_tree (base);
}

/* A note naming a file that is not a case file the user can write (a planted autosave whose
 * note named the victim's file, then Ctrl+S overwrote it): the case comes back unsaved,
 * with a note saying why. A real case file is kept as the target. */
static void
test_planted_note (void)
{
  g_autofree char *base = scratch ("planted-note");
  g_autofree char *dir = g_build_filename (base, "autosave", NULL);
  g_autofree char *notes = g_build_filename (base, "notes.txt", NULL);
  g_autofree char *fifo = g_build_filename (base, "fifo.simris.json", NULL);
  g_autofree char *device = g_build_filename (base, "null.simris.json", NULL);
  g_autofree char *real = g_build_filename (base, "real.simris.json", NULL);
  g_autofree char *path = g_build_filename (dir, "x.simris.json", NULL);
  g_autoptr(SimrisSession) session = simris_session_new (dir);
  g_autoptr(SimrisHousehold) household = small_household ();
  /* The file the note names, and whether the case comes back with it as its file. */
  const struct
  {
    const char *path;
    gboolean    kept;
  } targets[] = { { notes, FALSE }, { fifo, FALSE }, { device, FALSE }, { real, TRUE } };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (notes, "my own notes, not a case\n", -1, NULL));
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink ("/dev/null", device));
  g_assert_true (g_file_set_contents (real, CASE_TEXT, -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (targets[i].path);
      g_autoptr(GFile) file = NULL;
      g_autoptr(SimrisHousehold) loaded = NULL;
      g_autofree char *note = NULL;

      g_assert_true (simris_session_save (session, "x", household, target, NULL, &error));
      loaded = simris_session_load (session, path, &file, NULL, &note, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      if (targets[i].kept)
        {
          g_assert_nonnull (file);
          g_assert_true (g_file_equal (file, target));
          g_assert_null (note);
        }
      else
        {
          g_assert_null (file);
          g_assert_nonnull (note);
          g_assert_nonnull (strstr (note, "not saved yet"));
        }
    }

  simris_ui_test_remove_tree (base);
}

/* An autosave from a newer SimRIS was offered at every start and Discard deleted it: kept
 * for later, it is not offered again by this version, and is kept on disk. */
static void
test_keep_for_later (void)
{
  g_autofree char *base = scratch ("keep-for-later");
  g_autofree char *dir = g_build_filename (base, "autosave", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.simris.json", NULL);
  g_autoptr(SimrisSession) session = simris_session_new (dir);
  g_autoptr(SimrisHousehold) none = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (simris_session_check_dir (session, NULL));
  g_assert_true (g_file_set_contents (newer, "{\"simris_case\": 99, \"members\": []}\n", -1, NULL));
  before = simris_session_list (session);
  g_assert_cmpuint (before->len, ==, 1);
  none = simris_session_load (session, newer, NULL, NULL, NULL, &error);
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_TOO_NEW);

  simris_session_keep_for_later (session, newer);
  after = simris_session_list (session);
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_true (g_file_test (newer, G_FILE_TEST_IS_REGULAR));

  simris_ui_test_remove_tree (base);
}

static void
count_signal_cb (SimrisSession *session,
                 const char    *id,
                 gpointer       user_data)
{
  (*(guint *) user_data)++;
}

static void
count_failed_cb (SimrisSession *session,
                 const char    *id,
                 const char    *message,
                 gpointer       user_data)
{
  g_test_message ("autosave failed: %s", message);
  (*(guint *) user_data)++;
}

/* A failed autosave was only on stderr: the window says it and keeps trying; once the
 * folder is usable again, the next try succeeds and the bar goes. Waits for the session's
 * signals, not the clock. */
static void
test_window_autosave_failure (void)
{
  SimrisSession *session = simris_session_get_default ();
  const char *dir = simris_session_get_dir (session);
  g_autofree char *elsewhere = g_strconcat (dir, "-elsewhere", NULL);
  g_autofree char *path = simris_test_case_path ("public", "isolated-nothing-2026-03.simris.json");
  SimrisWindow *window;
  GtkWidget *bar;
  guint failed = 0, saved = 0;
  gulong failed_id, saved_id;

  simris_ui_test_remove_tree (dir);
  g_assert_no_errno (g_mkdir_with_parents (elsewhere, 0700));
  g_assert_no_errno (symlink (elsewhere, dir));

  failed_id = g_signal_connect (session, "failed", G_CALLBACK (count_failed_cb), &failed);
  saved_id = g_signal_connect (session, "saved", G_CALLBACK (count_signal_cb), &saved);

  window = simris_ui_test_open_window (app, path);
  bar = simris_ui_test_find_named (GTK_WIDGET (window), "notice-bar");
  g_assert_nonnull (bar);
  g_assert_false (gtk_widget_is_visible (bar));
  simris_household_set_reference_date (simris_window_get_household (window), "2026-04-01");
  while (failed == 0)
    g_main_context_iteration (NULL, TRUE);
  simris_ui_test_settle ();
  g_assert_true (gtk_widget_is_visible (bar));
  g_assert_cmpuint (simris_test_count_entries (elsewhere), ==, 0);
  maybe_shot (GTK_WIDGET (window), "autosave-failed.png");

  /* The folder is made right: the next try keeps the work, and the bar goes. */
  g_assert_no_errno (g_unlink (dir));
  while (saved == 0)
    g_main_context_iteration (NULL, TRUE);
  simris_ui_test_settle ();
  g_assert_false (gtk_widget_is_visible (bar));
  g_assert_cmpuint (simris_test_count_entries (dir), ==, 2);

  g_signal_handler_disconnect (session, failed_id);
  g_signal_handler_disconnect (session, saved_id);
  simris_ui_test_close (window);
  simris_ui_test_remove_tree (dir);
  simris_ui_test_remove_tree (elsewhere);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Issue 27, defect 2: another program changes the open file; Ctrl+S asks instead of
 * overwriting it. "Keep Mine" writes ours; "Reload Theirs" shows theirs. */
static void
test_changed_on_disk (void)
{
  g_autofree char *base = scratch ("changed-on-disk");
  g_autofree char *path = g_build_filename (base, "case.simris.json", NULL);
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;
  SimrisWindow *window;

  g_assert_true (g_file_set_contents (path, CASE_TEXT, -1, NULL));
  window = simris_ui_test_open_window (app, path);
  simris_household_set_reference_date (simris_window_get_household (window), "2026-04-01");
  g_assert_false (simris_window_file_changed_on_disk (window));

  /* Another program rewrites it. */
  g_assert_true (g_file_set_contents (path, "{\"simris_case\": 1, \"reference_date\": \"2026-06-01\", \"members\": "
                                            "[{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}]}\n",
                                      -1, NULL));
  g_assert_true (simris_window_file_changed_on_disk (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = simris_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL, "changed-on-disk");
  g_assert_nonnull (dialog);
  simris_ui_test_settle ();
  maybe_shot (GTK_WIDGET (dialog), "changed-on-disk.png");
  text = read_text (path);
  g_assert_nonnull (strstr (text, "2026-06-01"));
  g_assert_true (simris_window_get_modified (window));

  adw_message_dialog_response (dialog, "keep");
  simris_ui_test_settle ();
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "2026-04-01"));
  g_assert_false (simris_window_get_modified (window));
  g_assert_false (simris_window_file_changed_on_disk (window));

  /* Again, and this time theirs is reloaded. */
  simris_household_set_reference_date (simris_window_get_household (window), "2026-05-01");
  g_assert_true (g_file_set_contents (path, CASE_TEXT, -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = simris_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL, "changed-on-disk");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "reload");
  simris_ui_test_settle ();
  g_assert_cmpstr (simris_household_get_reference_date (simris_window_get_household (window)), ==, "2026-03-01");
  g_assert_false (simris_window_get_modified (window));
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_cmpstr (text, ==, CASE_TEXT);

  simris_ui_test_close (window);
  simris_ui_test_remove_tree (base);
}

static guint
count_windows_on (GFile *file)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SIMRIS_IS_WINDOW (l->data) && simris_window_get_file (l->data) != NULL)
      {
        g_autofree char *a = g_file_get_path (simris_window_get_file (l->data));
        g_autofree char *b = g_file_get_path (file);
        GStatBuf sa, sb;

        if (g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_ino == sb.st_ino && sa.st_dev == sb.st_dev)
          n++;
      }
  return n;
}

/* Issue 27, defect 2: the same file opened twice, once through a symbolic link (and once
 * through a hard link), gave two windows that overwrote each other. One window per file. */
static void
test_one_window_per_file (void)
{
  g_autofree char *base = scratch ("one-window");
  g_autofree char *path = g_build_filename (base, "case.simris.json", NULL);
  g_autofree char *sym = g_build_filename (base, "link.simris.json", NULL);
  g_autofree char *hard = g_build_filename (base, "hard.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) via_link = g_file_new_for_path (sym);
  g_autoptr(GFile) via_hard = g_file_new_for_path (hard);
  GtkWindow *first;

  g_assert_true (g_file_set_contents (path, CASE_TEXT, -1, NULL));
  g_assert_no_errno (symlink ("case.simris.json", sym));
  g_assert_no_errno (link (path, hard));

  simris_application_open_file (app, file);
  simris_ui_test_settle ();
  first = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (SIMRIS_IS_WINDOW (first));
  simris_application_open_file (app, via_link);
  simris_application_open_file (app, via_hard);
  simris_ui_test_settle ();
  g_assert_cmpuint (count_windows_on (file), ==, 1);

  simris_ui_test_close (first);
  simris_ui_test_remove_tree (base);
}

int
main (int   argc,
      char *argv[])
{
  static const SimrisUiTest tests[] = {
    { "/simris/session/symlink-folder", test_symlink_folder },
    { "/simris/session/folder-mode", test_folder_mode },
    { "/simris/session/fifo-autosave", test_fifo_autosave },
    { "/simris/session/planted-note", test_planted_note },
    { "/simris/session/keep-for-later", test_keep_for_later },
    { "/simris/session/window-autosave-failure", test_window_autosave_failure },
    { "/simris/session/changed-on-disk", test_changed_on_disk },
    { "/simris/session/one-window-per-file", test_one_window_per_file },
  };

  return simris_ui_test_main (&argc, &argv, tests, G_N_ELEMENTS (tests), &app, &tmp_dir);
}
