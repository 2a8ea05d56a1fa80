/* report.h — `--format json`: one JSON document per run on stdout
 * (docs/json.md).  When a command's options ask for JSON, the run's
 * stdout and stderr are replaced by capturing streams: what the command
 * would print on stdout is kept as the document's "output" lines (nothing
 * of it reaches stdout), what it prints on stderr still reaches stderr and
 * is also kept, each line parsed into a diagnostic ("FILE:LINE: error:
 * message" -> file, line, severity, message) for the document's "errors"
 * and "warnings".  A command adds its structured answer as members of the
 * document's "result" object through report_result().  At the end
 * report_finish writes the document to the real stdout.
 *
 * In text mode (the default) nothing is replaced and every function below
 * is a no-op; report_result() returns NULL.
 *
 * Ownership: all state is global to the run and owned here; the writer
 * returned by report_result is borrowed (valid until report_finish).
 */
#ifndef YONEDA_REPORT_H
#define YONEDA_REPORT_H

#include "specs/diag.h"
#include "tools/json.h"

/* Switch the run to JSON for command `command` (a static string): from now
 * on stdout and stderr are captured.  Idempotent.  Returns 0, or -1 when
 * the streams could not be replaced (then the run stays in text mode). */
int report_start_json(const char *command);

/* 1 when the run writes a JSON document. */
int report_is_json(void);

/* The writer of the "result" object (already open: write members with
 * json_key / json_member_*), or NULL in text mode. */
json_writer *report_result(void);

/* Flush captured output, restore stdout and stderr and write the document
 * with exit status rc; returns rc.  In text mode returns rc. */
int report_finish(int rc);

/* The name of a status in documents: "ok", "invalid", "usage", "limit",
 * "internal", "yes", "no". */
const char *report_status_name(int rc);

/* For the watchdog: a complete document for a run stopped by the timeout
 * (exit 3, the message as its error), rendered in advance because the
 * signal handler may not allocate; NULL in text mode. */
const char *report_timeout_document(const char *message, size_t *len);

#endif
