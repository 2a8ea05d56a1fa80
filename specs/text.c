/* text.c — see text.h. */
#include "specs/text.h"

#include <stdarg.h>
#include <stdio.h>
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

void text_vprintf(text_buf *b, const char *fmt, va_list ap)
{
  if (b->oom) return;
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0, fmt, ap);
  if (n < 0) {
    b->oom = 1;
  } else if (!b->s || b->len + (size_t)n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + (size_t)n + 1) cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      b->oom = 1;
    } else {
      b->s = p;
      b->cap = cap;
      vsnprintf(b->s + b->len, b->cap - b->len, fmt, again);
    }
  }
  if (!b->oom) b->len += (size_t)n;
  va_end(again);
}

void text_printf(text_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  text_vprintf(b, fmt, ap);
  va_end(ap);
}
