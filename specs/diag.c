/* diag.c — see diag.h. */
#include "specs/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/text.h"

typedef struct diag_entry {
  diag_severity sev;
  char *file;
  long line, col;
  char *message;
} diag_entry;

struct diag_list {
  diag_entry *v;
  int n, alloc, cap;
  int errors, warnings, dropped;
};

diag_list *diag_list_new(int cap)
{
  diag_list *d = calloc(1, sizeof *d);
  if (d) d->cap = cap > 0 ? cap : 100;
  return d;
}

void diag_list_clear(diag_list *d)
{
  if (!d) return;
  for (int i = 0; i < d->n; i++) {
    free(d->v[i].file);
    free(d->v[i].message);
  }
  d->n = 0;
  d->errors = d->warnings = d->dropped = 0;
}

void diag_list_free(diag_list *d)
{
  if (!d) return;
  diag_list_clear(d);
  free(d->v);
  free(d);
}


/* The whole message, malloc'ed (NULL on OOM): never cut. */
static char *format_message(const char *fmt, va_list ap)
{
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (buf) vsnprintf(buf, (size_t)n + 1, fmt, again);
  va_end(again);
  return buf;
}

char *diag_escape(const char *s)
{
  if (!s) return NULL;
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    n += *p < 0x20 || *p == 0x7f ? 4 : 1;
  char *r = malloc(n + 1), *q = r;
  if (!r) return NULL;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '\n') q += sprintf(q, "\\n");
    else if (*p == '\t') q += sprintf(q, "\\t");
    else if (*p == '\r') q += sprintf(q, "\\r");
    else if (*p < 0x20 || *p == 0x7f) q += sprintf(q, "\\x%02X", *p);
    else *q++ = (char)*p;
  }
  *q = '\0';
  return r;
}

static void add_entry(diag_list *d, diag_severity sev, const char *file, long line, long col,
                      const char *fmt, va_list ap)
{
  if (!d) return;
  if (sev == DIAG_ERROR) {
    d->errors++;
    if (d->errors > d->cap) {
      d->dropped++;
      return;
    }
  } else if (sev == DIAG_WARNING) {
    d->warnings++;
  }
  if (d->n == d->alloc) {
    int na = d->alloc ? 2 * d->alloc : 16;
    diag_entry *nv = realloc(d->v, (size_t)na * sizeof *nv);
    if (!nv) return;
    d->v = nv;
    d->alloc = na;
  }
  char *msg = format_message(fmt, ap);
  diag_entry *e = &d->v[d->n++];
  e->sev = sev;
  e->file = diag_escape(file);
  e->line = line;
  e->col = line > 0 && col > 0 ? col : 0;
  e->message = diag_escape(msg);
  free(msg);
}

void diag_add(diag_list *d, diag_severity sev, const char *file, long line,
              const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  add_entry(d, sev, file, line, 0, fmt, ap);
  va_end(ap);
}

void diag_vadd(diag_list *d, diag_severity sev, const char *file, long line,
               const char *fmt, va_list ap)
{
  add_entry(d, sev, file, line, 0, fmt, ap);
}

void diag_add_at(diag_list *d, diag_severity sev, const char *file, long line, long col,
                 const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  add_entry(d, sev, file, line, col, fmt, ap);
  va_end(ap);
}

void diag_list_append(diag_list *dst, const diag_list *src)
{
  if (!dst || !src) return;
  for (int i = 0; i < src->n; i++)
    diag_add_at(dst, src->v[i].sev, src->v[i].file, src->v[i].line, src->v[i].col, "%s",
                diag_message_at(src, i));
  /* errors src counted but did not keep: counted, not kept, here too */
  dst->errors += src->dropped;
  dst->dropped += src->dropped;
}

int diag_count(const diag_list *d) { return d ? d->n : 0; }
int diag_error_count(const diag_list *d) { return d ? d->errors : 0; }
int diag_warning_count(const diag_list *d) { return d ? d->warnings : 0; }
int diag_dropped(const diag_list *d) { return d ? d->dropped : 0; }
int diag_full(const diag_list *d) { return d ? d->errors >= d->cap : 0; }
int diag_cap(const diag_list *d) { return d ? d->cap : 0; }

/* Position order; equal positions keep their order (i < j). */
static int position_before(const diag_entry *a, int i, const diag_entry *b, int j)
{
  if (a->line != b->line) return a->line < b->line;
  if (a->col != b->col) return a->col < b->col;
  return i < j;
}

void diag_sort(diag_list *d, int from)
{
  if (!d || from < 0 || d->n - from < 2) return;
  /* a bottom-up merge sort of indices: stable, O(n log n) */
  int n = d->n - from;
  diag_entry *a = d->v + from;
  diag_entry *tmp = malloc((size_t)n * sizeof *tmp);
  int *idx = malloc((size_t)n * 2 * sizeof *idx);
  if (!tmp || !idx) {   /* out of memory: leave the order as it is */
    free(tmp);
    free(idx);
    return;
  }
  int *ord = idx, *buf = idx + n;
  for (int i = 0; i < n; i++) ord[i] = i;
  for (int width = 1; width < n; width *= 2) {
    for (int lo = 0; lo < n; lo += 2 * width) {
      int mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      int i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        buf[k++] = position_before(&a[ord[j]], ord[j], &a[ord[i]], ord[i]) ? ord[j++] : ord[i++];
      while (i < mid) buf[k++] = ord[i++];
      while (j < hi) buf[k++] = ord[j++];
    }
    int *t = ord;
    ord = buf;
    buf = t;
  }
  for (int i = 0; i < n; i++) tmp[i] = a[ord[i]];
  memcpy(a, tmp, (size_t)n * sizeof *tmp);
  free(tmp);
  free(idx);
}
diag_severity diag_severity_at(const diag_list *d, int i) { return d->v[i].sev; }
const char *diag_file_at(const diag_list *d, int i) { return d->v[i].file; }
long diag_line_at(const diag_list *d, int i) { return d->v[i].line; }
long diag_column_at(const diag_list *d, int i) { return d->v[i].col; }
const char *diag_message_at(const diag_list *d, int i)
{
  return d->v[i].message ? d->v[i].message : "(out of memory)";
}

int diag_format(const diag_list *d, int i, char *buf, size_t cap)
{
  static const char *const sevs[] = {"error", "warning", "note"};
  const diag_entry *e = &d->v[i];
  const char *msg = diag_message_at(d, i);
  if (e->file && e->line > 0 && e->col > 0)
    return snprintf(buf, cap, "%s:%ld:%ld: %s: %s", e->file, e->line, e->col, sevs[e->sev], msg);
  if (e->file && e->line > 0)
    return snprintf(buf, cap, "%s:%ld: %s: %s", e->file, e->line, sevs[e->sev], msg);
  if (e->file)
    return snprintf(buf, cap, "%s: %s: %s", e->file, sevs[e->sev], msg);
  return snprintf(buf, cap, "%s: %s", sevs[e->sev], msg);
}

const char *yo_status_name(yo_status s)
{
  switch (s) {
  case YO_OK: return "ok";
  case YO_INVALID: return "invalid input";
  case YO_USAGE: return "usage error";
  case YO_LIMIT: return "limit reached or unknown";
  case YO_INTERNAL: return "certificate rejected or internal error";
  case YO_YES: return "yes";
  case YO_NO: return "no";
  }
  return "unknown status";
}
