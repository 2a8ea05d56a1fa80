/* progress_hook.h — how long library computations tell the tool that they
 * are still running, without printing: the enumeration of a category
 * (nodes defined, coincidences), the kernel's checks and the SMT calls each
 * call a hook below, which forwards to the one callback the application set
 * (tools/progress.c draws a line on a terminal).  With no callback set a
 * hook costs a test of one pointer; the enumeration calls its hook once
 * every 65536 definitions.
 *
 * Ownership: the callback and its user pointer are borrowed until replaced
 * (NULL: none).  Not thread-safe: the library computes on one thread.
 */
#ifndef YONEDA_PROGRESS_HOOK_H
#define YONEDA_PROGRESS_HOOK_H

typedef enum progress_stage {
  PROGRESS_ENUMERATION = 0,   /* defined, coincidences */
  PROGRESS_KERNEL = 1,        /* kernel_checks; what = the check starting */
  PROGRESS_SMT = 2            /* smt_calls */
} progress_stage;

typedef struct progress_state {
  progress_stage stage;       /* what just reported */
  long defined;               /* enumeration: nodes defined so far */
  long coincidences;          /* enumeration: nodes merged away so far */
  long kernel_checks;         /* kernel checks started in this run */
  long smt_calls;             /* SMT solver calls started in this run */
  const char *what;           /* PROGRESS_KERNEL: e.g. "kernel 1 (category C)" */
} progress_state;

typedef void (*progress_fn)(void *user, const progress_state *s);

/* Set (or with NULL clear) the callback. */
void progress_hook_set(progress_fn fn, void *user);

/* The hooks. */
void progress_hook_enumeration(long defined, long coincidences);
void progress_hook_kernel(const char *what);
void progress_hook_smt(void);

#endif
