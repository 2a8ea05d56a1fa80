/* progress.h — the one-line progress indicator of long runs
 * ("\r[i/N] name" on stderr), shown only when stderr is a terminal and the
 * run has taken more than about a second, and cleared before every line of
 * real output and at the end.
 *
 * Ownership: a progress value is plain caller-owned state.
 */
#ifndef YONEDA_PROGRESS_H
#define YONEDA_PROGRESS_H

typedef struct progress {
  int enabled;    /* stderr is a terminal */
  double start;   /* when the run began */
  int shown;      /* an indicator is on screen */
} progress;

void progress_init(progress *p);
/* Show "[i/n] name" if enabled and more than ~1 s has passed. */
void progress_update(progress *p, int i, int n, const char *name);
/* Erase the indicator, if shown. */
void progress_clear(progress *p);

/* --quiet: no progress line at all (set before anything runs). */
void progress_set_quiet(int quiet);

/* The live line of one long computation (specs/progress_hook.h): when
 * stderr is a terminal and not --quiet, install the library's progress
 * callback, which draws one line on stderr ("enumerating: N nodes defined,
 * K coincidences", "kernel 1: category (check 3)", "z3: call 5") once the
 * run has taken a second, at most 10 times a second (and once more at each
 * change of stage).  stdout and stderr are
 * wrapped so that the line is erased before any other output.
 * progress_live_stop erases it and restores the streams. */
void progress_live_start(void);
void progress_live_stop(void);
/* Erase the live line if it is shown (safe to call at any time). */
void progress_live_clear(void);

#endif
