/* text.c — see text.h. */
#include "specs/text.h"

#include <stdlib.h>
#include <string.h>

char *text_dup(const char *s)
{
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *r = malloc(n);
  if (r) memcpy(r, s, n);
  return r;
}

char *text_cut(char *buf, size_t cap, int need)
{
  if (need >= 0 && (size_t)need >= cap && cap > 4) memcpy(buf + cap - 4, "...", 4);
  return buf;
}
