/* fuzz.c — see fuzz.h. */
#include "tests/fuzz/fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "proofs/excert.h"
#include "solver/exact.h"
#include "solver/represent.h"
#include "specs/schema.h"
#include "specs/spec.h"
#include "specs/xml.h"

const char fuzz_cert_spec[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<yoneda version=\"1\">\n"
    "  <category name=\"Rot\">\n"
    "    <object name=\"x\"/>\n"
    "    <morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
    "    <equation lhs=\"r r r r\" rhs=\"x\"/>\n"
    "  </category>\n"
    "  <category name=\"Span\">\n"
    "    <object name=\"a\"/><object name=\"b\"/><object name=\"c\"/>\n"
    "    <morphism name=\"f\" source=\"a\" target=\"b\"/>\n"
    "    <morphism name=\"g\" source=\"a\" target=\"c\"/>\n"
    "  </category>\n"
    "  <task name=\"Angle\" category=\"Rot\" variance=\"covariant\">\n"
    "    <set object=\"x\" elements=\"a0 a1 a2 a3\"/>\n"
    "    <map morphism=\"r\" to=\"a1 a2 a3 a0\"/>\n"
    "  </task>\n"
    "  <task name=\"Parity\" category=\"Rot\">\n"
    "    <set object=\"x\" elements=\"even odd\"/>\n"
    "    <map morphism=\"r\" to=\"odd even\"/>\n"
    "  </task>\n"
    "  <task name=\"HomA\" category=\"Span\">\n"
    "    <set object=\"a\" elements=\"id\"/><set object=\"b\" elements=\"f\"/>\n"
    "    <set object=\"c\" elements=\"g\"/>\n"
    "    <map morphism=\"f\" to=\"f\"/><map morphism=\"g\" to=\"g\"/>\n"
    "  </task>\n"
    "  <task name=\"Co\" category=\"Span\" variance=\"contravariant\">\n"
    "    <set object=\"a\" elements=\"p q\"/><set object=\"b\" elements=\"p\"/>\n"
    "    <set object=\"c\" elements=\"q\"/>\n"
    "    <map morphism=\"f\" to=\"p\"/><map morphism=\"g\" to=\"q\"/>\n"
    "  </task>\n"
    "</yoneda>\n";

static void excert_finding(const char *what, const category *c, const diag_list *d);

static spec *load(const uint8_t *data, size_t size, const char *name)
{
  spec_options o;
  spec_options_init(&o);
  o.max_morphisms = FUZZ_MAX_MORPHISMS;
  diag_list *d = diag_list_new(0);
  spec *s = NULL;
  if (d) spec_load_buffer((const char *)data, size, name, &o, &s, d);
  diag_list_free(d);
  return s;
}

/* The working category of t (see cert.h); *owned is set when it is new. */
static const category *work_of(const task *t, category **owned)
{
  const category *w = NULL;
  task_work_category(t, FUZZ_MAX_MORPHISMS, &w, owned, NULL);
  return w;
}

/* The structural walk's certain errors skip libxml2's validator
 * (specs/schema.h): on a document the schema accepts there must be none. */
static void walk_sound(const uint8_t *data, size_t size)
{
  diag_list *d = diag_list_new(0);
  int oom = 0;
  xmlDocPtr doc = d ? xml_parse((const char *)data, size, "fuzz-spec.xml", d, &oom) : NULL;
  if (doc) {
    int certain = 0;
    diag_list *w = diag_list_new(0);
    schema_explain(doc, "fuzz-spec.xml", w, &certain);
    if (certain > 0 &&
        schema_validate_text(doc, "fuzz-spec.xml", schema_builtin_text, "yoneda-1.rng", d) == YO_OK) {
      fprintf(stderr, "fuzz spec: the schema accepts, the walk reports: %s\n",
              diag_count(w) > 0 ? diag_message_at(w, 0) : "(no message)");
      abort();
    }
    diag_list_free(w);
    xmlFreeDoc(doc);
  }
  diag_list_free(d);
}

int fuzz_spec(const uint8_t *data, size_t size)
{
  walk_sound(data, size);
  spec *s = load(data, size, "fuzz-spec.xml");
  if (!s) return 0;
  diag_list *d = diag_list_new(0);
  for (int i = 0; d && i < spec_category_count(s); i++) check_category(spec_category(s, i), d);
  for (int i = 0; d && i < spec_task_count(s); i++) {
    const task *t = spec_task(s, i);
    category *owned;
    const category *w = work_of(t, &owned);
    if (w) check_task(t, w, d);
    category_free(owned);
  }
  for (int i = 0; d && i < spec_functor_count(s); i++) check_functor(spec_functor(s, i), d);
  diag_list_free(d);
  spec_free(s);
  return 0;
}

static spec *cert_spec;

int fuzz_cert(const uint8_t *data, size_t size)
{
  if (!cert_spec) {
    cert_spec = load((const uint8_t *)fuzz_cert_spec, strlen(fuzz_cert_spec), "fuzz-cert-spec");
    if (!cert_spec) abort();   /* the fixed spec must load */
  }
  diag_list *nd = diag_list_new(0);
  char *named = cert_task_of((const char *)data, size, "fuzz-cert.xml", nd);
  free(named);
  diag_list_free(nd);
  for (int i = 0; i < spec_task_count(cert_spec); i++) {
    const task *t = spec_task(cert_spec, i);
    category *owned;
    const category *w = work_of(t, &owned);
    diag_list *d = diag_list_new(0);
    rep_cert *c = NULL;
    if (w && d && cert_read_buffer((const char *)data, size, "fuzz-cert.xml", t, w, &c, d) == YO_OK)
      check_representability(t, w, c, d);
    cert_free(c);
    diag_list_free(d);
    category_free(owned);
  }
  return 0;
}

static void finding(const char *what, const task *t, const diag_list *d)
{
  fprintf(stderr, "fuzz roundtrip: %s for task %s: %s\n", what, task_name(t),
          d && diag_count(d) > 0 ? diag_message_at(d, 0) : "(no message)");
  abort();
}

/* Exact category certificates of the categories of s: derived and
 * accepted once, written, read back (as `verify --category` reads) and
 * accepted again, with the same number of morphisms. */
static void exact_roundtrip(const spec *s)
{
  for (int i = 0; i < spec_category_count(s) && i < FUZZ_MAX_TASKS; i++) {
    const category *c = spec_category(s, i);
    diag_list *d = diag_list_new(0);
    excert *x = NULL, *back = NULL;
    if (d && exact_derive(c, &x, d) == YO_OK && excert_check(c, x, c, d) == YO_OK) {
      char *text = NULL;
      size_t len = 0;
      FILE *f = open_memstream(&text, &len);
      if (f) {
        yo_status ws = excert_write(x, c, f, NULL, d);
        if (fclose(f) != 0) ws = YO_INTERNAL;
        if (ws != YO_OK) excert_finding("excert_write failed on an accepted certificate", c, d);
        diag_list_clear(d);
        if (excert_read_buffer(text, len, "fuzz-roundtrip.excert", c, &back, d) != YO_OK)
          excert_finding("the written exact certificate does not read back", c, d);
        yo_status st = excert_check(c, back, NULL, d);
        if (st != YO_OK && st != YO_LIMIT)
          excert_finding("the kernel rejects the exact certificate read back", c, d);
        if (back->n != x->n || back->nedges != x->nedges)
          excert_finding("the exact certificate read back differs", c, d);
        free(text);
      }
    }
    excert_free(back);
    excert_free(x);
    diag_list_free(d);
  }
}

int fuzz_roundtrip(const uint8_t *data, size_t size)
{
  spec *s = load(data, size, "fuzz-roundtrip.xml");
  if (!s) return 0;
  exact_roundtrip(s);
  represent_options o;
  represent_options_init(&o);
  o.engine = ENGINE_DIRECT;
  o.max_morphisms = FUZZ_MAX_MORPHISMS;
  for (int i = 0; i < spec_task_count(s) && i < FUZZ_MAX_TASKS; i++) {
    const task *t = spec_task(s, i);
    diag_list *d = diag_list_new(0);
    represent_result *r = NULL;
    yo_status st = d ? represent_decide(t, &o, &r, d) : YO_INTERNAL;
    if ((st == YO_YES || st == YO_NO) && r) {
      const rep_cert *c = represent_result_cert(r);
      const category *w = represent_result_work(r);
      if (check_representability(t, w, c, d) == YO_OK) {
        char *text = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&text, &len);
        if (f) {
          yo_status ws = cert_write(c, t, w, f, d);
          if (fclose(f) != 0) ws = YO_INTERNAL;
          if (ws != YO_OK) finding("cert_write failed on an accepted certificate", t, d);
          rep_cert *back = NULL;
          diag_list_clear(d);
          st = cert_read_buffer(text, len, "fuzz-roundtrip.cert", t, w, &back, d);
          if (st != YO_OK && st != YO_LIMIT)
            finding("the written certificate does not read back", t, d);
          if (back) {
            st = check_representability(t, w, back, d);
            if (st != YO_OK && st != YO_LIMIT)
              finding("the kernel rejects the certificate read back", t, d);
            if (back->verdict != c->verdict ||
                (c->verdict == CERT_REPRESENTABLE &&
                 (back->object != c->object || back->element != c->element)))
              finding("the certificate read back differs", t, d);
          }
          cert_free(back);
          free(text);
        }
      }
    }
    represent_result_free(r);
    diag_list_free(d);
  }
  spec_free(s);
  return 0;
}

const char fuzz_excert_spec[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<yoneda version=\"1\">\n"
    "  <category name=\"Rot\">\n"
    "    <object name=\"x\"/>\n"
    "    <morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
    "    <equation lhs=\"r r r r\" rhs=\"x\"/>\n"
    "  </category>\n"
    "  <category name=\"S3\">\n"
    "    <object name=\"x\"/>\n"
    "    <morphism name=\"s\" source=\"x\" target=\"x\"/>\n"
    "    <morphism name=\"t\" source=\"x\" target=\"x\"/>\n"
    "    <equation lhs=\"s s\" rhs=\"x\"/>\n"
    "    <equation lhs=\"t t\" rhs=\"x\"/>\n"
    "    <equation lhs=\"s t s\" rhs=\"t s t\"/>\n"
    "  </category>\n"
    "  <category name=\"Retract\">\n"
    "    <object name=\"a\"/><object name=\"b\"/>\n"
    "    <morphism name=\"f\" source=\"a\" target=\"b\"/>\n"
    "    <morphism name=\"g\" source=\"b\" target=\"a\"/>\n"
    "    <equation lhs=\"f g\" rhs=\"a\"/>\n"
    "  </category>\n"
    "  <category name=\"Band\">\n"
    "    <object name=\"x\"/>\n"
    "    <morphism name=\"e\" source=\"x\" target=\"x\"/>\n"
    "    <morphism name=\"u\" source=\"x\" target=\"x\"/>\n"
    "    <equation lhs=\"e e\" rhs=\"e\"/>\n"
    "    <equation lhs=\"u u\" rhs=\"u\"/>\n"
    "    <equation lhs=\"e u e\" rhs=\"e\"/>\n"
    "    <equation lhs=\"u e u\" rhs=\"u\"/>\n"
    "  </category>\n"
    "</yoneda>\n";

static spec *excert_spec;

static void excert_finding(const char *what, const category *c, const diag_list *d)
{
  fprintf(stderr, "fuzz excert: %s for category %s: %s\n", what, category_name(c),
          d && diag_count(d) > 0 ? diag_message_at(d, 0) : "(no message)");
  abort();
}

/* An accepted certificate states a category isomorphic to the presented
 * one: its tree must type every morphism, and its hom-sets must have the
 * sizes of the enumeration's. */
static void excert_compare(const category *c, const excert *x)
{
  int n = x->n, no = category_object_count(c);
  if (n != category_morphism_count(c))
    excert_finding("the kernel accepted a certificate with the wrong number of morphisms", c, NULL);
  int *src = malloc((size_t)(n > 0 ? n : 1) * sizeof(int));
  int *tgt = malloc((size_t)(n > 0 ? n : 1) * sizeof(int));
  long *hom = calloc((size_t)no * (size_t)no, sizeof(long));
  if (!src || !tgt || !hom) abort();
  for (int v = 0; v < n; v++) {
    if (x->parent[v] < 0) {
      if (x->idobj[v] < 0 || x->idobj[v] >= no)
        excert_finding("the kernel accepted an identity of no object", c, NULL);
      src[v] = tgt[v] = x->idobj[v];
    } else {
      int p = x->parent[v], g = x->pgen[v];
      if (p >= v || g < 0 || g >= category_generator_count(c) ||
          category_generator_source(c, g) != tgt[p])
        excert_finding("the kernel accepted an ill-typed spanning tree", c, NULL);
      src[v] = src[p];
      tgt[v] = category_generator_target(c, g);
    }
    hom[(long)src[v] * no + tgt[v]]++;
  }
  for (int a = 0; a < no; a++)
    for (int b = 0; b < no; b++)
      if (hom[(long)a * no + b] != category_hom_count(c, a, b))
        excert_finding("the kernel accepted a certificate with a wrong hom-set", c, NULL);
  free(src);
  free(tgt);
  free(hom);
}

int fuzz_excert(const uint8_t *data, size_t size)
{
  if (!excert_spec) {
    excert_spec = load((const uint8_t *)fuzz_excert_spec, strlen(fuzz_excert_spec),
                       "fuzz-excert-spec");
    if (!excert_spec) abort();   /* the fixed spec must load, and be exact */
    for (int i = 0; i < spec_category_count(excert_spec); i++) {
      diag_list *d = diag_list_new(0);
      if (!d || exact_check_category(spec_category(excert_spec, i), NULL, NULL, d) != YO_OK)
        abort();
      diag_list_free(d);
    }
  }
  /* as `yoneda verify SPEC --category C --cert X` for every C */
  for (int i = 0; i < spec_category_count(excert_spec); i++) {
    const category *c = spec_category(excert_spec, i);
    diag_list *d = diag_list_new(0);
    excert *x = NULL;
    if (d && excert_read_buffer((const char *)data, size, "fuzz-excert.xml", c, &x, d) == YO_OK &&
        excert_check(c, x, NULL, d) == YO_OK)
      excert_compare(c, x);
    excert_free(x);
    diag_list_free(d);
  }
  return 0;
}
