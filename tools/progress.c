/* progress.c — see progress.h. */
#include "tools/progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void progress_init(progress *p)
{
  p->enabled = isatty(STDERR_FILENO);
  p->start = now();
  p->shown = 0;
}

void progress_update(progress *p, int i, int n, const char *name)
{
  if (!p->enabled || now() - p->start < 1.0) return;
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
