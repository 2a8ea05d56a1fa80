/* report.c — see report.h. */
#define _GNU_SOURCE   /* fopencookie */
#include "tools/report.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The lines written to one captured stream. */
typedef struct capture {
  int forward_fd;        /* also write every byte here (-1: no) */
  char *partial;         /* the unfinished last line */
  size_t plen, pcap;
  char **lines;
  int nlines, alines;
  int oom;
} capture;

static struct {
  const char *command;
  FILE *real_stdout, *real_stderr;
  FILE *out, *err;                 /* the capturing streams */
  capture cap_out, cap_err;
  char *result_text;               /* the "result" object being built */
  size_t result_len;
  FILE *result_f;
  json_writer *result;
  char timeout_doc[1024];
} R;

static void add_line(capture *c, const char *s, size_t n)
{
  if (c->nlines == c->alines) {
    int na = c->alines ? 2 * c->alines : 16;
    char **l = realloc(c->lines, (size_t)na * sizeof *l);
    if (!l) {
      c->oom = 1;
      return;
    }
    c->lines = l;
    c->alines = na;
  }
  char *copy = malloc(n + 1);
  if (!copy) {
    c->oom = 1;
    return;
  }
  memcpy(copy, s, n);
  copy[n] = '\0';
  c->lines[c->nlines++] = copy;
}

static void add_bytes(capture *c, const char *buf, size_t size)
{
  for (size_t i = 0; i < size; i++) {
    if (buf[i] == '\n') {
      add_line(c, c->partial ? c->partial : "", c->plen);
      c->plen = 0;
      continue;
    }
    if (c->plen + 1 >= c->pcap) {
      size_t na = c->pcap ? 2 * c->pcap : 128;
      char *p = realloc(c->partial, na);
      if (!p) {
        c->oom = 1;
        return;
      }
      c->partial = p;
      c->pcap = na;
    }
    c->partial[c->plen++] = buf[i];
  }
}

static ssize_t capture_write(void *cookie, const char *buf, size_t size)
{
  capture *c = cookie;
  if (c->forward_fd >= 0) {
    size_t done = 0;
    while (done < size) {
      ssize_t w = write(c->forward_fd, buf + done, size - done);
      if (w <= 0) break;
      done += (size_t)w;
    }
  }
  add_bytes(c, buf, size);
  return (ssize_t)size;
}

static int capture_close(void *cookie)
{
  capture *c = cookie;
  if (c->plen > 0) add_line(c, c->partial, c->plen);
  c->plen = 0;
  return 0;
}

static FILE *open_capture(capture *c, int forward_fd, int buffered)
{
  memset(c, 0, sizeof *c);
  c->forward_fd = forward_fd;
  cookie_io_functions_t io = {NULL, capture_write, NULL, capture_close};
  FILE *f = fopencookie(c, "w", io);
  if (f && !buffered) setvbuf(f, NULL, _IONBF, 0);
  return f;
}

int report_start_json(const char *command)
{
  if (R.out) return 0;
  R.command = command;
  R.result_f = open_memstream(&R.result_text, &R.result_len);
  R.result = R.result_f ? json_new(R.result_f, 1) : NULL;
  fflush(stdout);
  fflush(stderr);
  R.out = open_capture(&R.cap_out, -1, 1);
  R.err = R.out ? open_capture(&R.cap_err, STDERR_FILENO, 0) : NULL;
  if (!R.result || !R.out || !R.err) {
    if (R.out) fclose(R.out);
    if (R.err) fclose(R.err);
    json_free(R.result);
    if (R.result_f) fclose(R.result_f);
    free(R.result_text);
    memset(&R, 0, sizeof R);
    return -1;
  }
  json_object_begin(R.result);
  R.real_stdout = stdout;
  R.real_stderr = stderr;
  stdout = R.out;
  stderr = R.err;
  return 0;
}

int report_is_json(void) { return R.out != NULL; }

json_writer *report_result(void) { return R.result; }

const char *report_status_name(int rc)
{
  switch (rc) {
  case 0: return "ok";
  case 1: return "invalid";
  case 2: return "usage";
  case 3: return "limit";
  case 4: return "internal";
  case 10: return "yes";
  case 20: return "no";
  default: return "other";
  }
}

/* A stderr line taken apart: severity, file, line and message.  Lines
 * without a severity tag are errors when the run failed, notes otherwise. */
typedef struct parsed {
  const char *severity;
  const char *file;   /* into buf, or NULL */
  long line;          /* 0: none */
  long column;        /* 0: none */
  const char *message;
} parsed;

static void parse_line(const char *text, int failed, char *buf, size_t cap, parsed *p)
{
  static const char *const tags[] = {": error: ", ": warning: ", ": note: ", NULL};
  static const char *const names[] = {"error", "warning", "note"};
  snprintf(buf, cap, "%s", text);
  p->severity = failed ? "error" : "note";
  p->file = NULL;
  p->line = 0;
  p->column = 0;
  p->message = buf;
  char *at = NULL;
  int which = -1;
  for (int i = 0; tags[i]; i++) {
    char *q = strstr(buf, tags[i]);
    if (q && (!at || q < at)) at = q, which = i;
  }
  char *prefix = NULL;
  if (at) {
    *at = '\0';
    p->severity = names[which];
    p->message = at + strlen(tags[which]);
    prefix = buf;
  } else {
    /* "yoneda: message", "yoneda CMD: message" */
    char *colon = strstr(buf, ": ");
    if (colon && strncmp(buf, "yoneda", 6) == 0 && (buf[6] == ':' || buf[6] == ' ')) {
      *colon = '\0';
      p->message = colon + 2;
    }
    if (strncmp(text, "Try 'yoneda", 11) == 0) p->severity = "note";
    return;
  }
  if (strcmp(prefix, "yoneda") == 0 || strncmp(prefix, "yoneda ", 7) == 0) return;
  /* FILE, FILE:LINE or FILE:LINE:COLUMN */
  long nums[2];
  int k = 0;
  while (k < 2) {
    char *c = strrchr(prefix, ':');
    if (!c || c[1] == '\0') break;
    char *q = c + 1;
    while (*q && isdigit((unsigned char)*q)) q++;
    if (*q) break;
    nums[k++] = strtol(c + 1, NULL, 10);
    *c = '\0';
  }
  if (k > 0) p->line = nums[k - 1];
  if (k > 1) p->column = nums[0];
  p->file = prefix;
}

/* A captured stderr line as it would look on a terminal: only what follows
 * the last carriage return, without the erase-line escape. */
static const char *visible(const char *line)
{
  const char *cr = strrchr(line, '\r');
  if (cr) line = cr + 1;
  if (strncmp(line, "\033[K", 3) == 0) line += 3;
  return line;
}

static void write_diagnostics(json_writer *w, int failed, int want_errors)
{
  json_array_begin(w);
  for (int i = 0; i < R.cap_err.nlines; i++) {
    const char *text = visible(R.cap_err.lines[i]);
    if (!*text) continue;
    size_t cap = strlen(text) + 1;
    char *buf = malloc(cap);
    if (!buf) continue;
    parsed p;
    parse_line(text, failed, buf, cap, &p);
    if ((strcmp(p.severity, "error") == 0) == want_errors) {
      json_object_begin(w);
      json_member_string(w, "severity", p.severity);
      json_member_string(w, "file", p.file);
      json_key(w, "line");
      if (p.line > 0) json_int(w, p.line); else json_null(w);
      json_key(w, "column");
      if (p.column > 0) json_int(w, p.column); else json_null(w);
      json_member_string(w, "message", p.message);
      json_member_string(w, "text", text);
      json_object_end(w);
    }
    free(buf);
  }
  json_array_end(w);
}

int report_finish(int rc)
{
  if (!R.out) return rc;
  fflush(R.out);
  fflush(R.err);
  stdout = R.real_stdout;
  stderr = R.real_stderr;
  fclose(R.out);
  fclose(R.err);
  json_close_all(R.result);
  int result_bad = json_error(R.result);
  fclose(R.result_f);
  int failed = !(rc == 0 || rc == 10 || rc == 20);
  json_writer *w = json_new(stdout, 0);
  if (!w) {
    fprintf(stderr, "yoneda: out of memory\n");
    return 4;
  }
  json_object_begin(w);
  json_member_int(w, "format", 1);
  json_member_string(w, "command", R.command);
  json_member_int(w, "exit", rc);
  json_member_string(w, "status", report_status_name(rc));
  json_key(w, "result");
  if (result_bad) json_null(w);
  else json_raw(w, R.result_text);
  json_key(w, "output");
  json_array_begin(w);
  for (int i = 0; i < R.cap_out.nlines; i++) json_string(w, R.cap_out.lines[i]);
  json_array_end(w);
  json_key(w, "errors");
  write_diagnostics(w, failed, 1);
  json_key(w, "warnings");
  write_diagnostics(w, failed, 0);
  json_object_end(w);
  int bad = json_error(w) || R.cap_out.oom || R.cap_err.oom || result_bad;
  json_free(w);
  json_free(R.result);
  free(R.result_text);
  for (int i = 0; i < R.cap_out.nlines; i++) free(R.cap_out.lines[i]);
  for (int i = 0; i < R.cap_err.nlines; i++) free(R.cap_err.lines[i]);
  free(R.cap_out.lines);
  free(R.cap_err.lines);
  free(R.cap_out.partial);
  free(R.cap_err.partial);
  memset(&R, 0, sizeof R);
  if (bad) {
    fprintf(stderr, "yoneda: internal error: the JSON document is incomplete\n");
    return 4;
  }
  return rc;
}

const char *report_timeout_document(const char *message, size_t *len)
{
  if (!R.out) return NULL;
  /* message: "yoneda: timeout after S s\n" (no characters to escape) */
  char text[256];
  snprintf(text, sizeof text, "%s", message);
  text[strcspn(text, "\n")] = '\0';
  const char *msg = strncmp(text, "yoneda: ", 8) == 0 ? text + 8 : text;
  int n = snprintf(R.timeout_doc, sizeof R.timeout_doc,
                   "{\n  \"format\": 1,\n  \"command\": \"%s\",\n  \"exit\": 3,\n"
                   "  \"status\": \"limit\",\n  \"result\": null,\n  \"output\": [],\n"
                   "  \"errors\": [\n    {\n      \"severity\": \"error\",\n"
                   "      \"file\": null,\n      \"line\": null,\n      \"column\": null,\n"
                   "      \"message\": \"%s\",\n      \"text\": \"%s\"\n    }\n  ],\n"
                   "  \"warnings\": []\n}\n",
                   R.command, msg, text);
  if (n < 0 || (size_t)n >= sizeof R.timeout_doc) return NULL;
  *len = (size_t)n;
  return R.timeout_doc;
}
