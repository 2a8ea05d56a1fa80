/* load.h — what every `yoneda` command does first: load a spec file with
 * the common options (printing its diagnostics), pick the task / category /
 * functor named on the command line (or the only one).
 *
 * Ownership: load_spec returns a spec the caller frees with spec_free.
 */
#ifndef YONEDA_LOAD_H
#define YONEDA_LOAD_H

#include "specs/spec.h"
#include "tools/cli.h"

/* Load path with the common options; prints every diagnostic (warnings
 * too) to stderr.  Returns the loader's status; *out is set on YO_OK. */
yo_status load_spec(const char *path, const cli_common *o, spec **out);

/* Same, and copies every error as "FILE:LINE: error: message", one per
 * line, into first_error (cap bytes, cut at the cap; "" when there is
 * none), e.g. for JUnit reports. */
yo_status load_spec_report(const char *path, const cli_common *o, spec **out,
                           char *first_error, size_t cap);

/* The task named `name`, or the only task when name is NULL.  On failure
 * prints a usage error for cmd (no such task, several tasks: lists them,
 * no task) and returns NULL with *status = YO_USAGE (or YO_INVALID when
 * the file has no task at all). */
const task *load_pick_task(const spec *s, const char *name, const cli_command *cmd,
                           yo_status *status);

/* Same for categories. */
const category *load_pick_category(const spec *s, const char *name,
                                   const cli_command *cmd, yo_status *status);

/* The functor named `name`, or the only functor when name is NULL.  On
 * failure prints a usage error for cmd (no such functor; none or several
 * and no name) and returns NULL with *status = YO_USAGE. */
const functor *load_pick_functor(const spec *s, const char *name, const cli_command *cmd,
                                 yo_status *status);

/* load_spec, then load_pick_task: what a one-file command does first.  On
 * success returns the task and sets *s to its spec (freed by the caller
 * with spec_free); on failure returns NULL with *s = NULL, *status set and
 * everything printed. */
const task *load_task(const char *path, const cli_common *o, const char *name,
                      const cli_command *cmd, spec **s, yo_status *status);

/* Same with load_pick_category. */
const category *load_category(const char *path, const cli_common *o, const char *name,
                              const cli_command *cmd, spec **s, yo_status *status);

/* Same with load_pick_functor. */
const functor *load_functor(const char *path, const cli_common *o, const char *name,
                            const cli_command *cmd, spec **s, yo_status *status);

#endif
