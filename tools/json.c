/* json.c — see json.h. */
#include "tools/json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct json_writer {
  FILE *f;
  int base;
  int depth;                        /* open containers */
  char is_object[JSON_MAX_DEPTH];   /* per open container */
  int count[JSON_MAX_DEPTH];        /* members / elements written so far */
  int after_key;                    /* a key was written, its value is due */
  int error;
};

json_writer *json_new(FILE *f, int base)
{
  json_writer *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->f = f;
  w->base = base;
  return w;
}

void json_free(json_writer *w) { free(w); }

static void indent(json_writer *w, int level)
{
  fputc('\n', w->f);
  for (int i = 0; i < level; i++) fputs("  ", w->f);
}

/* Before a value: the comma and newline of an array element; inside an
 * object a value must follow its key. */
static void before_value(json_writer *w)
{
  if (w->depth == 0) {
    if (w->count[0]++ > 0 && w->base == 0) w->error = 1;   /* two documents */
    return;
  }
  int top = w->depth - 1;
  if (w->is_object[top]) {
    if (!w->after_key) w->error = 1;
    w->after_key = 0;
    return;
  }
  if (w->count[top]++ > 0) fputc(',', w->f);
  indent(w, w->base + w->depth);
}

void json_key(json_writer *w, const char *key)
{
  if (w->depth == 0 || !w->is_object[w->depth - 1] || w->after_key) {
    w->error = 1;
    return;
  }
  int top = w->depth - 1;
  if (w->count[top]++ > 0) fputc(',', w->f);
  indent(w, w->base + w->depth);
  json_write_string(w->f, key, strlen(key));
  fputs(": ", w->f);
  w->after_key = 1;
}

static void open_container(json_writer *w, int object)
{
  before_value(w);
  if (w->depth >= JSON_MAX_DEPTH) {
    w->error = 1;
    return;
  }
  fputc(object ? '{' : '[', w->f);
  w->is_object[w->depth] = (char)object;
  w->count[w->depth] = 0;
  w->depth++;
}

static void close_container(json_writer *w, int object)
{
  if (w->depth == 0 || w->is_object[w->depth - 1] != object || w->after_key) {
    w->error = 1;
    return;
  }
  w->depth--;
  if (w->count[w->depth] > 0) indent(w, w->base + w->depth);
  fputc(object ? '}' : ']', w->f);
  if (w->depth == 0 && w->base == 0) fputc('\n', w->f);
}

void json_object_begin(json_writer *w) { open_container(w, 1); }
void json_object_end(json_writer *w) { close_container(w, 1); }
void json_array_begin(json_writer *w) { open_container(w, 0); }
void json_array_end(json_writer *w) { close_container(w, 0); }

void json_close_all(json_writer *w)
{
  if (w->after_key) json_null(w);
  while (w->depth > 0) close_container(w, w->is_object[w->depth - 1]);
}

/* The length of the valid UTF-8 sequence at s (n bytes left), 0 if none
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
static size_t utf8_length(const unsigned char *s, size_t n)
{
  unsigned c = s[0];
  size_t len;
  unsigned cp, min;
  if (c >= 0xc2 && c <= 0xdf) len = 2, cp = c & 0x1f, min = 0x80;
  else if (c >= 0xe0 && c <= 0xef) len = 3, cp = c & 0x0f, min = 0x800;
  else if (c >= 0xf0 && c <= 0xf4) len = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if (len > n) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3fu);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

void json_write_string(FILE *f, const char *str, size_t n)
{
  const unsigned char *s = (const unsigned char *)str;
  fputc('"', f);
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    if (c == '"' || c == '\\') {
      fputc('\\', f);
      fputc((int)c, f);
      i++;
    } else if (c < 0x20 || c == 0x7f) {
      switch (c) {
      case '\b': fputs("\\b", f); break;
      case '\f': fputs("\\f", f); break;
      case '\n': fputs("\\n", f); break;
      case '\r': fputs("\\r", f); break;
      case '\t': fputs("\\t", f); break;
      default: fprintf(f, "\\u%04x", c); break;
      }
      i++;
    } else if (c < 0x80) {
      fputc((int)c, f);
      i++;
    } else {
      size_t len = utf8_length(s + i, n - i);
      if (len == 0) {
        fputs("\\ufffd", f);
        i++;
      } else {
        fwrite(s + i, 1, len, f);
        i += len;
      }
    }
  }
  fputc('"', f);
}

void json_string_n(json_writer *w, const char *s, size_t n)
{
  before_value(w);
  json_write_string(w->f, s, n);
}

void json_string(json_writer *w, const char *s)
{
  if (!s) {
    json_null(w);
    return;
  }
  json_string_n(w, s, strlen(s));
}

void json_int(json_writer *w, long v)
{
  before_value(w);
  fprintf(w->f, "%ld", v);
}

void json_double(json_writer *w, double v)
{
  if (!isfinite(v)) {
    json_null(w);
    return;
  }
  before_value(w);
  fprintf(w->f, "%.15g", v);
}

void json_bool(json_writer *w, int v)
{
  before_value(w);
  fputs(v ? "true" : "false", w->f);
}

void json_null(json_writer *w)
{
  before_value(w);
  fputs("null", w->f);
}

void json_raw(json_writer *w, const char *text)
{
  before_value(w);
  fputs(text, w->f);
}

void json_member_string(json_writer *w, const char *key, const char *s)
{
  json_key(w, key);
  json_string(w, s);
}

void json_member_int(json_writer *w, const char *key, long v)
{
  json_key(w, key);
  json_int(w, v);
}

void json_member_double(json_writer *w, const char *key, double v)
{
  json_key(w, key);
  json_double(w, v);
}

void json_member_bool(json_writer *w, const char *key, int v)
{
  json_key(w, key);
  json_bool(w, v);
}

int json_depth(const json_writer *w) { return w->base + w->depth; }

int json_error(const json_writer *w) { return w->error || ferror(w->f); }
