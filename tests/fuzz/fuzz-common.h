/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>

#include "simris-report.h"

/* libFuzzer's entry point (tests/fuzz/meson.build links with -fsanitize=fuzzer). */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* GLib breaks into a debugger (SIGTRAP) on a fatal message, which libFuzzer does not catch;
 * abort() it catches, and it keeps the input that did it. */
static void
fuzz_log_handler (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  fprintf (stderr, "%s: %s\n", domain ? domain : "(none)", message);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

/* What every target does first: no user parameters file is read, and GLib's criticals
 * and warnings abort, so the fuzzer reports them as crashes. */
static inline void
fuzz_init_once (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_setenv ("XDG_DATA_HOME", "/nonexistent-simris-fuzz", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_log_set_default_handler (fuzz_log_handler, NULL);
}

/* The decision draft written as a PDF to memory: whatever a case computed, it is written,
 * and is not empty. */
static inline void
fuzz_write_decision (SimrisReport *report)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  if (!simris_report_write_pdf_to_stream (report, out, NULL, &error))
    g_error ("the decision of a computed case was not written: %s", error->message);
  g_assert (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)) > 0);
}
