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

#endif
