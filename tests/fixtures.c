/* fixtures.c — see fixtures.h. */
#include "tests/fixtures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

spec *fixtures_load_body(const char *body, const char *file, diag_list *d)
{
  static const char head[] = "<?xml version=\"1.0\"?>\n<yoneda version=\"1\">\n";
  static const char tail[] = "</yoneda>\n";
  size_t n = strlen(head) + strlen(body) + strlen(tail);
  char *buf = malloc(n + 1);
  if (!buf) return NULL;
  snprintf(buf, n + 1, "%s%s%s", head, body, tail);
  spec *s = NULL;
  spec_options o;
  spec_options_init(&o);
  spec_load_buffer(buf, n, file, &o, &s, d);
  free(buf);
  return s;
}

char *fixtures_read_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *b = NULL;
  long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
  if (n >= 0 && fseek(f, 0, SEEK_SET) == 0) b = calloc(1, (size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  fclose(f);
  return b;
}

double fixtures_cpu_seconds(clock_t t0)
{
  double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
#ifdef YONEDA_SANITIZED
  s /= 10.0;
#endif
  return s;
}
