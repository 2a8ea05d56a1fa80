/* progress.c — see progress.h. */
#include "tools/progress.h"

#include <stdio.h>
#include <unistd.h>

#include "tools/decision.h"

void progress_init(progress *p)
{
  p->enabled = isatty(STDERR_FILENO);
  p->start = decision_clock();
  p->shown = 0;
}

void progress_update(progress *p, int i, int n, const char *name)
{
  if (!p->enabled || decision_clock() - p->start < 1.0) return;
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
