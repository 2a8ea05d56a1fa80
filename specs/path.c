/* path.c — see path.h. */
#include "specs/path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* 2x for object x, 2g+1 for generator g, -1 unknown, < -1 silently bad. */
static int resolve(const category *c, const names *index, const char *s, size_t len)
{
  if (index) return names_find_n(index, s, len);
  char small[128];
  char *tmp = len < sizeof small ? small : malloc(len + 1);
  if (!tmp) return -1;
  memcpy(tmp, s, len);
  tmp[len] = '\0';
  int r = -1;
  int x = category_find_object(c, tmp);
  if (x >= 0) {
    r = 2 * x;
  } else {
    int g = category_find_generator(c, tmp);
    if (g >= 0) r = 2 * g + 1;
  }
  if (tmp != small) free(tmp);
  return r;
}

/* The name a token resolved to (for messages). */
static const char *ref_name(const category *c, int ref)
{
  return ref % 2 == 0 ? category_object_name(c, ref / 2) : category_generator_name(c, ref / 2);
}

int path_parse(const category *c, const names *index, const char *text, int *word, int cap,
               int *source, int *target, char *err, size_t errcap)
{
  if (err && errcap) err[0] = '\0';
  int n = 0;
  int src = -1, cur = -1, prev_ref = -1;
  const char *p = text;
  for (;;) {
    while (*p && is_space(*p)) p++;
    if (!*p) break;
    const char *tok = p;
    while (*p && !is_space(*p)) p++;
    size_t len = (size_t)(p - tok);
    if (!names_valid_n(tok, len)) {
      snprintf(err, errcap, "invalid name '%.*s'", len > 80 ? 80 : (int)len, tok);
      return PATH_BAD_NAME;
    }
    int ref = resolve(c, index, tok, len);
    if (ref == -1) {
      snprintf(err, errcap, "unknown name '%.*s'", len > 80 ? 80 : (int)len, tok);
      return PATH_BAD_NAME;
    }
    if (ref < -1) return PATH_SKIP;
    int from, to;
    if (ref % 2 == 0) {
      from = to = ref / 2;
    } else {
      from = category_generator_source(c, ref / 2);
      to = category_generator_target(c, ref / 2);
    }
    if (cur >= 0 && from != cur) {
      snprintf(err, errcap, "%s ends at %s but %.*s starts at %s", ref_name(c, prev_ref),
               category_object_name(c, cur), len > 80 ? 80 : (int)len, tok,
               category_object_name(c, from));
      return PATH_NO_COMPOSE;
    }
    if (src < 0) src = from;
    cur = to;
    prev_ref = ref;
    if (ref % 2 == 1) {
      if (n < cap) word[n] = ref / 2;
      n++;
    }
  }
  if (src < 0) {
    snprintf(err, errcap, "empty path");
    return PATH_BAD_NAME;
  }
  if (source) *source = src;
  if (target) *target = cur;
  return n;
}

int path_format(const category *c, int source, const int *w, int n, char *buf, size_t cap)
{
  if (n == 0) return snprintf(buf, cap, "%s", category_object_name(c, source));
  if (cap) buf[0] = '\0';
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    int k = snprintf(at < cap ? buf + at : NULL, at < cap ? cap - at : 0, "%s%s", i ? " " : "",
                     category_generator_name(c, w[i]));
    if (k < 0) return -1;
    at += (size_t)k;
  }
  return (int)at;
}
