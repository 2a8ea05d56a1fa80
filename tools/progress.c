/* progress.c — see progress.h. */
#define _GNU_SOURCE   /* fopencookie */
#include "tools/progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "specs/clock.h"
#include "specs/progress_hook.h"

static int quiet;   /* --quiet */

void progress_init(progress *p)
{
  p->enabled = isatty(STDERR_FILENO) && !quiet;
  p->start = clock_seconds();
  p->shown = 0;
}

void progress_update(progress *p, int i, int n, const char *name)
{
  if (!p->enabled || clock_seconds() - p->start < 1.0) return;
  fflush(stdout);
  fprintf(stderr, "\r\033[K[%d/%d] %s", i, n, name);
  fflush(stderr);
  p->shown = 1;
}

void progress_clear(progress *p)
{
  if (!p->shown) return;
  fputs("\r\033[K", stderr);
  fflush(stderr);
  p->shown = 0;
}

/* ---- the live line (progress_hook.h) ------------------------------------ */

static struct {
  int on;               /* installed */
  double start, last;   /* run start, last drawing */
  double delay;         /* seconds before the first drawing */
  int shown;            /* a line is on the terminal */
  int stage;            /* of the line drawn last (-1: none) */
  FILE *out, *err;      /* the wrapping streams */
  FILE *real_out, *real_err;
} live;

void progress_set_quiet(int q) { quiet = q; }

static void write_all(int fd, const char *buf, size_t n)
{
  while (n > 0) {
    ssize_t w = write(fd, buf, n);
    if (w <= 0) return;
    buf += w;
    n -= (size_t)w;
  }
}

void progress_live_clear(void)
{
  if (!live.shown) return;
  write_all(STDERR_FILENO, "\r\033[K", 4);
  live.shown = 0;
}

static void on_progress(void *user, const progress_state *s)
{
  (void)user;
  double t = clock_seconds();
  /* at most 10 a second; a new stage (e.g. the kernel after the
   * enumeration) is shown at once, as it may run long without a hook */
  int changed = (int)s->stage != live.stage;
  if (t - live.start < live.delay || t - live.last < (changed ? 0.0 : 0.1)) return;
  live.last = t;
  live.stage = (int)s->stage;
  char line[200];
  int n;
  switch (s->stage) {
  case PROGRESS_ENUMERATION:
    n = snprintf(line, sizeof line, "\r\033[Kenumerating: %ld nodes defined, %ld coincidences",
                 s->defined, s->coincidences);
    break;
  case PROGRESS_KERNEL:
    n = snprintf(line, sizeof line, "\r\033[K%s (check %ld)", s->what ? s->what : "kernel",
                 s->kernel_checks);
    break;
  default:
    n = snprintf(line, sizeof line, "\r\033[Kz3: call %ld", s->smt_calls);
    break;
  }
  if (n <= 0) return;
  if (live.real_out) fflush(live.real_out);
  write_all(STDERR_FILENO, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
  live.shown = 1;
}

/* The wrapping streams: erase the line, then write through to the stream
 * they replaced (the real one, or --format json's capture), which keeps
 * its own error state for outfile_check_stdout. */
static ssize_t wrap_write(void *cookie, const char *buf, size_t size)
{
  FILE *to = *(FILE **)cookie;
  progress_live_clear();
  size_t w = fwrite(buf, 1, size, to);
  if (to == live.real_err) fflush(to);
  return w == size ? (ssize_t)size : -1;
}

void progress_live_start(void)
{
  if (live.on || quiet || !isatty(STDERR_FILENO)) return;
  cookie_io_functions_t io = {NULL, wrap_write, NULL, NULL};
  fflush(stdout);
  fflush(stderr);
  live.real_out = stdout;
  live.real_err = stderr;
  FILE *o = fopencookie((void *)&live.real_out, "w", io);
  FILE *e = o ? fopencookie((void *)&live.real_err, "w", io) : NULL;
  if (!e) {
    if (o) fclose(o);
    live.real_out = live.real_err = NULL;
    return;
  }
  setvbuf(o, NULL, _IONBF, 0);   /* the stream below buffers */
  setvbuf(e, NULL, _IONBF, 0);
  live.out = o;
  live.err = e;
  stdout = o;
  stderr = e;
  live.on = 1;
  live.start = clock_seconds();
  live.last = 0;
  live.stage = -1;
  /* tests set YONEDA_PROGRESS_DELAY=0 to see the line of a short run */
  const char *delay = getenv("YONEDA_PROGRESS_DELAY");
  live.delay = delay ? atof(delay) : 1.0;
  progress_hook_set(on_progress, NULL);
}

void progress_live_stop(void)
{
  if (!live.on) return;
  progress_hook_set(NULL, NULL);
  fflush(stdout);
  fflush(stderr);
  stdout = live.real_out;
  stderr = live.real_err;
  fclose(live.out);
  fclose(live.err);
  progress_live_clear();
  memset(&live, 0, sizeof live);
}
