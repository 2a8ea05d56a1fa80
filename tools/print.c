/* print.c — see print.h. */
#include "tools/print.h"

#include <stdarg.h>
#include <string.h>

#include "specs/text.h"

void print_diags(const diag_list *d, const char *file)
{
  char buf[2048];
  int n = diag_count(d);
  for (int i = 0; i < n; i++) {
    diag_format(d, i, buf, sizeof buf);
    fprintf(stderr, "%s\n", buf);
  }
  int dropped = diag_dropped(d);
  if (dropped > 0) {
    if (file)
      fprintf(stderr, "%s: %d more errors not shown\n", file, dropped);
    else
      fprintf(stderr, "%d more errors not shown\n", dropped);
  }
}

const char *print_kernel_reason(const char *msg)
{
  static const char *const prefixes[] = {"kernel rejected the certificate for ",
                                         "kernel rejected ", "kernel: ", NULL};
  for (int i = 0; prefixes[i]; i++) {
    size_t n = strlen(prefixes[i]);
    if (strncmp(msg, prefixes[i], n) == 0 && msg[n]) return msg + n;
  }
  return msg;
}

static void print_prefixed(const diag_list *d, const char *prefix, int strip);

void print_diags_prefixed(const diag_list *d, const char *prefix)
{
  print_prefixed(d, prefix, 0);
}

void print_kernel_rejection(const diag_list *d, const char *prefix)
{
  print_prefixed(d, prefix, 1);
}

static void print_prefixed(const diag_list *d, const char *prefix, int strip)
{
  char buf[2048];
  int n = diag_count(d), errors = 0;
  for (int i = 0; i < n; i++) {
    if (diag_severity_at(d, i) == DIAG_ERROR) {
      const char *file = diag_file_at(d, i);
      long line = diag_line_at(d, i);
      const char *msg = diag_message_at(d, i);
      if (strip) msg = print_kernel_reason(msg);
      long col = diag_column_at(d, i);
      if (file && line > 0 && col > 0)
        fprintf(stderr, "%s: %s:%ld:%ld: %s\n", prefix, file, line, col, msg);
      else if (file && line > 0)
        fprintf(stderr, "%s: %s:%ld: %s\n", prefix, file, line, msg);
      else if (file)
        fprintf(stderr, "%s: %s: %s\n", prefix, file, msg);
      else
        fprintf(stderr, "%s: %s\n", prefix, msg);
      errors++;
    } else {
      diag_format(d, i, buf, sizeof buf);
      fprintf(stderr, "%s\n", buf);
    }
  }
  if (diag_dropped(d) > 0)
    fprintf(stderr, "%s: %d more errors not shown\n", prefix, diag_dropped(d));
  if (errors == 0 && diag_dropped(d) == 0) fprintf(stderr, "%s\n", prefix);
}

void print_error(const char *fmt, ...)
{
  va_list ap;
  fputs("yoneda: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

char *print_morphism(const category *c, int f, int reversed, char *buf, size_t cap)
{
  if (cap == 0) return buf;
  int need = category_format_morphism(c, f, reversed, buf, (int)cap);
  if (need < 0) snprintf(buf, cap, "?");
  return text_cut(buf, cap, need);
}

const char *print_s(long n) { return n == 1 ? "" : "s"; }

const char *print_first_error(const diag_list *d, const char *fallback)
{
  int n = diag_count(d);
  for (int i = 0; i < n; i++)
    if (diag_severity_at(d, i) == DIAG_ERROR) return diag_message_at(d, i);
  return fallback;
}
