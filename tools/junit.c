/* junit.c — see junit.h. */
#include "tools/junit.h"

#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/text.h"
#include "tools/outfile.h"
#include "tools/print.h"

typedef struct junit_case {
  char *name, *classname, *message, *type, *text;
  double seconds;
  junit_outcome outcome;
} junit_case;

typedef struct junit_suite {
  char *name;
  junit_case *cases;
  int n, alloc;
} junit_suite;

struct junit_report {
  junit_suite *suites;
  int n, alloc;
};

junit_report *junit_new(void) { return calloc(1, sizeof(junit_report)); }

void junit_free(junit_report *r)
{
  if (!r) return;
  for (int i = 0; i < r->n; i++) {
    junit_suite *s = &r->suites[i];
    for (int j = 0; j < s->n; j++) {
      junit_case *c = &s->cases[j];
      free(c->name);
      free(c->classname);
      free(c->message);
      free(c->type);
      free(c->text);
    }
    free(s->cases);
    free(s->name);
  }
  free(r->suites);
  free(r);
}

int junit_add_suite(junit_report *r, const char *name)
{
  if (r->n == r->alloc) {
    int na = r->alloc ? 2 * r->alloc : 8;
    junit_suite *v = realloc(r->suites, (size_t)na * sizeof *v);
    if (!v) return -1;
    r->suites = v;
    r->alloc = na;
  }
  junit_suite *s = &r->suites[r->n];
  memset(s, 0, sizeof *s);
  s->name = text_dup(name ? name : "");
  if (!s->name) return -1;
  return r->n++;
}

int junit_add_case(junit_report *r, int si, const char *name, const char *classname,
                   double seconds, junit_outcome outcome, const char *message,
                   const char *type, const char *text)
{
  if (si < 0 || si >= r->n) return -1;
  junit_suite *s = &r->suites[si];
  if (s->n == s->alloc) {
    int na = s->alloc ? 2 * s->alloc : 16;
    junit_case *v = realloc(s->cases, (size_t)na * sizeof *v);
    if (!v) return -1;
    s->cases = v;
    s->alloc = na;
  }
  junit_case *c = &s->cases[s->n];
  memset(c, 0, sizeof *c);
  c->name = text_dup(name ? name : "");
  c->classname = text_dup(classname ? classname : "");
  c->message = text_dup(message);
  c->type = text_dup(type);
  c->text = text_dup(text);
  c->seconds = seconds >= 0 ? seconds : 0;
  c->outcome = outcome;
  if (!c->name || !c->classname || (message && !c->message) || (type && !c->type) ||
      (text && !c->text)) {
    free(c->name);
    free(c->classname);
    free(c->message);
    free(c->type);
    free(c->text);
    return -1;
  }
  s->n++;
  return 0;
}

#define X(s) ((const xmlChar *)(s))

static int attr(xmlTextWriterPtr w, const char *name, const char *value)
{
  return xmlTextWriterWriteAttribute(w, X(name), X(value)) < 0 ? -1 : 0;
}

static int attr_int(xmlTextWriterPtr w, const char *name, int v)
{
  char buf[32];
  snprintf(buf, sizeof buf, "%d", v);
  return attr(w, name, buf);
}

static int attr_time(xmlTextWriterPtr w, const char *name, double v)
{
  char buf[32];
  snprintf(buf, sizeof buf, "%.3f", v);
  return attr(w, name, buf);
}

static int write_case(xmlTextWriterPtr w, const junit_case *c)
{
  static const char *const tags[] = {NULL, "failure", "error", "skipped"};
  int rc = 0;
  rc |= xmlTextWriterStartElement(w, X("testcase")) < 0 ? -1 : 0;
  rc |= attr(w, "name", c->name);
  rc |= attr(w, "classname", c->classname);
  rc |= attr_time(w, "time", c->seconds);
  if (c->outcome != JUNIT_PASSED) {
    rc |= xmlTextWriterStartElement(w, X(tags[c->outcome])) < 0 ? -1 : 0;
    if (c->message) rc |= attr(w, "message", c->message);
    if (c->type && c->outcome != JUNIT_SKIPPED) rc |= attr(w, "type", c->type);
    if (c->text && c->outcome != JUNIT_SKIPPED)
      rc |= xmlTextWriterWriteString(w, X(c->text)) < 0 ? -1 : 0;
    rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
  }
  rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
  return rc;
}

static int write_all(xmlTextWriterPtr w, const junit_report *r)
{
  int rc = 0, tests = 0, failures = 0, errors = 0, skipped = 0;
  double total = 0;
  for (int i = 0; i < r->n; i++)
    for (int j = 0; j < r->suites[i].n; j++) {
      const junit_case *c = &r->suites[i].cases[j];
      tests++;
      failures += c->outcome == JUNIT_FAILED;
      errors += c->outcome == JUNIT_ERROR;
      skipped += c->outcome == JUNIT_SKIPPED;
      total += c->seconds;
    }
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, X("  "));
  rc |= xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 ? -1 : 0;
  rc |= xmlTextWriterStartElement(w, X("testsuites")) < 0 ? -1 : 0;
  rc |= attr(w, "name", "yoneda claims");
  rc |= attr_int(w, "tests", tests);
  rc |= attr_int(w, "failures", failures);
  rc |= attr_int(w, "errors", errors);
  rc |= attr_int(w, "skipped", skipped);
  rc |= attr_time(w, "time", total);
  for (int i = 0; i < r->n && rc == 0; i++) {
    const junit_suite *s = &r->suites[i];
    int f = 0, e = 0, sk = 0;
    double t = 0;
    for (int j = 0; j < s->n; j++) {
      f += s->cases[j].outcome == JUNIT_FAILED;
      e += s->cases[j].outcome == JUNIT_ERROR;
      sk += s->cases[j].outcome == JUNIT_SKIPPED;
      t += s->cases[j].seconds;
    }
    rc |= xmlTextWriterStartElement(w, X("testsuite")) < 0 ? -1 : 0;
    rc |= attr(w, "name", s->name);
    rc |= attr_int(w, "tests", s->n);
    rc |= attr_int(w, "failures", f);
    rc |= attr_int(w, "errors", e);
    rc |= attr_int(w, "skipped", sk);
    rc |= attr_time(w, "time", t);
    for (int j = 0; j < s->n && rc == 0; j++) rc |= write_case(w, &s->cases[j]);
    rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
  }
  rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
  rc |= xmlTextWriterEndDocument(w) < 0 ? -1 : 0;
  return rc;
}

int junit_write(const junit_report *r, const char *path)
{
  outfile out;
  if (outfile_reserve(&out, path) < 0) return -1;
  const char *target = out.tmp ? out.tmp : "-";
  xmlTextWriterPtr w = xmlNewTextWriterFilename(target, 0);
  if (!w) {
    print_error("cannot write the JUnit report %s", path);
    outfile_abort(&out);
    return -1;
  }
  int rc = write_all(w, r);
  xmlFreeTextWriter(w);   /* flushes and closes the file */
  if (rc != 0) {
    print_error("cannot write the JUnit report %s", path);
    outfile_abort(&out);
    return -1;
  }
  return outfile_commit(&out);
}
