/* spec.c — see spec.h.  Parsing, schema validation and the loader's pass
 * (spec_load.h: one file per kind of element), then the loaded parts moved
 * into a spec; the accessors.  Every error of a file is reported in one
 * run: when the schema rejects the document the loader still checks what it
 * can, and the messages come sorted by line. */
#include "specs/spec.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "specs/names.h"
#include "specs/path.h"
#include "specs/schema.h"
#include "specs/spec_load.h"
#include "specs/text.h"
#include "specs/xml.h"

#define DEFAULT_MAX_BYTES (64L * 1024 * 1024)

struct spec {
  char *file;
  category **cats;
  int ncat;
  task **tasks;
  int ntask;
  functor **funs;
  int nfun;
  spec_claim **claims;
  int nclaim;
  names *cat_index, *task_index, *fun_index;
  /* <transformation> (issue 8) */
  transformation **trans;
  int ntrans;
  names *trans_index;
  /* searches (issue 9) */
  search **searches;
  int nsearch;
  names *search_index;
};

/* Move everything into a spec.  NULL on OOM. */
static spec *build_spec(loader *L)
{
  spec *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->file = text_dup(L->file);
  s->cats = calloc((size_t)L->nitems + 1, sizeof *s->cats);
  s->cat_index = names_new((size_t)L->nitems);
  s->task_index = names_new((size_t)L->ntask);
  s->fun_index = names_new((size_t)L->nfun);
  if (!s->file || !s->cats || !s->cat_index || !s->task_index || !s->fun_index) {
    spec_free(s);
    return NULL;
  }
  for (int i = 0; i < L->nitems; i++) {
    if (!L->cats[i].c) continue;
    s->cats[s->ncat] = L->cats[i].c;
    L->cats[i].c = NULL;
    names_insert(s->cat_index, category_name(s->cats[s->ncat]), s->ncat, NULL);
    s->ncat++;
  }
  s->tasks = L->tasks;
  s->ntask = L->ntask;
  L->tasks = NULL;
  L->ntask = 0;
  for (int i = 0; i < s->ntask; i++) names_insert(s->task_index, task_name(s->tasks[i]), i, NULL);
  s->funs = L->funs;
  s->nfun = L->nfun;
  L->funs = NULL;
  L->nfun = 0;
  for (int i = 0; i < s->nfun; i++) names_insert(s->fun_index, functor_name(s->funs[i]), i, NULL);
  s->claims = L->claims;
  s->nclaim = L->nclaim;
  L->claims = NULL;
  L->nclaim = 0;
  s->trans = L->trans;
  s->ntrans = L->ntrans;
  L->trans = NULL;
  L->ntrans = 0;
  s->trans_index = names_new((size_t)s->ntrans);
  if (!s->trans_index) {
    spec_free(s);
    return NULL;
  }
  for (int i = 0; i < s->ntrans; i++)
    names_insert(s->trans_index, transformation_name(s->trans[i]), i, NULL);
  s->searches = L->searches;
  s->nsearch = L->nsearch;
  s->search_index = L->search_names;
  L->searches = NULL;
  L->nsearch = 0;
  L->search_names = NULL;
  return s;
}

void spec_options_init(spec_options *o)
{
  o->max_morphisms = CATEGORY_DEFAULT_MAX_MORPHISMS;
  o->strict = 0;
  o->max_bytes = DEFAULT_MAX_BYTES;
  o->schema = NULL;
}

/* At most this many times the caller's cap of errors are looked for. */
#define PENDING_FACTOR 4

/* The loader's pass over the document under root, into *out (if not NULL)
 * when nothing is wrong; schema_failed: the schema rejected it (the status
 * is then YO_INVALID at best). */
static yo_status load_document(xmlNodePtr root, const char *file, const spec_options *o,
                               int schema_failed, diag_list *d, spec **out)
{
  spec_options opt = *o;
  if (opt.max_morphisms <= 0) opt.max_morphisms = CATEGORY_DEFAULT_MAX_MORPHISMS;
  loader L;
  memset(&L, 0, sizeof L);
  L.file = file;
  L.o = &opt;
  L.d = d;
  L.schema_failed = schema_failed;
  L.schema_errors = diag_count(d);
  loader_run(&L, root);
  yo_status st = YO_OK;
  if (L.oom) {
    diag_add(d, DIAG_ERROR, file, 0, "out of memory while loading");
    st = YO_INTERNAL;
  } else if (L.invalid || schema_failed) {
    st = YO_INVALID;
  } else if (L.limit) {
    st = YO_LIMIT;
  } else {
    spec *s = build_spec(&L);
    if (!s) {
      diag_add(d, DIAG_ERROR, file, 0, "out of memory while loading");
      st = YO_INTERNAL;
    } else if (out) {
      *out = s;
    } else {
      spec_free(s);
    }
  }
  loader_drop_loaded(&L);
  loader_free(&L);
  return st;
}

/* Checks, gathering of messages and loading of a parsed document (freed
 * here). */
static yo_status load_parsed(xmlDocPtr doc, const char *file, const spec_options *o, spec **out,
                             diag_list *d)
{
  /* the file's messages are gathered here, sorted by line, then passed to
   * d, whose cap keeps the first ones; the loader stops looking once it has
   * PENDING_FACTOR times that many */
  diag_list *mine = diag_list_new(PENDING_FACTOR * (d ? diag_cap(d) : 0));
  if (!mine) {
    xmlFreeDoc(doc);
    diag_add(d, DIAG_ERROR, file, 0, "out of memory while loading");
    return YO_INTERNAL;
  }
  yo_status st = schema_validate(doc, file, o->schema, mine);
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (st == YO_OK || (st == YO_INVALID && root && !root->ns &&
                      strcmp((const char *)root->name, "yoneda") == 0))
    st = load_document(root, file, o, st == YO_INVALID, mine, out);
  diag_sort(mine, 0);
  diag_list_append(d, mine);
  diag_list_free(mine);
  xmlFreeDoc(doc);
  return st;
}

/* The parse of buf[0..len) under the size limits of o: the document, or
 * NULL with *st set. */
static xmlDocPtr parse_text(const char *buf, size_t len, const char *file, const spec_options *o,
                            char *lend, yo_status *st, diag_list *d)
{
  long max_bytes = o->max_bytes > 0 ? o->max_bytes : DEFAULT_MAX_BYTES;
  if (len > (size_t)max_bytes || len > (size_t)INT_MAX) {
    diag_add(d, DIAG_ERROR, file, 0, "the file is too large: %zu bytes, the limit is %ld bytes",
             len, max_bytes);
    *st = YO_LIMIT;
    return NULL;
  }
  int oom = 0;
  xmlDocPtr doc = lend ? xml_parse_lending(lend, len, file, d, &oom)
                       : xml_parse(buf, len, file, d, &oom);
  *st = doc ? YO_OK : oom ? YO_INTERNAL : YO_INVALID;
  return doc;
}

yo_status spec_load_buffer(const char *buf, size_t len, const char *display_name,
                           const spec_options *o, spec **out, diag_list *d)
{
  spec_options defaults;
  if (!o) {
    spec_options_init(&defaults);
    o = &defaults;
  }
  if (out) *out = NULL;
  const char *file = display_name ? display_name : "(buffer)";
  yo_status st;
  xmlDocPtr doc = parse_text(buf, len, file, o, NULL, &st, d);
  return doc ? load_parsed(doc, file, o, out, d) : st;
}

yo_status spec_load_file(const char *path, const spec_options *o, spec **out, diag_list *d)
{
  spec_options defaults;
  if (!o) {
    spec_options_init(&defaults);
    o = &defaults;
  }
  if (out) *out = NULL;
  long max_bytes = o->max_bytes > 0 ? o->max_bytes : DEFAULT_MAX_BYTES;
  xml_file *f = NULL;
  yo_status st = xml_file_open(path, max_bytes, &f, d);
  if (st != YO_OK) return st;
  size_t n = 0;
  char *buf = xml_file_text(f, &n);
  /* the long lists of element names stay in buf, which the document
   * borrows: it goes after the loading */
  xmlDocPtr doc = parse_text(buf, n, path, o, buf, &st, d);
  if (doc) st = load_parsed(doc, path, o, out, d);
  xml_file_close(f);
  return st;
}

void spec_free(spec *s)
{
  if (!s) return;
  for (int i = 0; i < s->ntrans; i++) transformation_free(s->trans[i]);
  free(s->trans);
  names_free(s->trans_index);
  for (int i = 0; i < s->ntask; i++) task_free(s->tasks[i]);
  for (int i = 0; i < s->nfun; i++) functor_free(s->funs[i]);
  for (int i = 0; i < s->ncat; i++) category_free(s->cats[i]);
  for (int i = 0; i < s->nclaim; i++) loader_claim_free(s->claims[i]);
  free(s->tasks);
  free(s->funs);
  free(s->cats);
  free(s->claims);
  for (int i = 0; i < s->nsearch; i++) search_free(s->searches[i]);
  free(s->searches);
  names_free(s->search_index);
  names_free(s->cat_index);
  names_free(s->task_index);
  names_free(s->fun_index);
  free(s->file);
  free(s);
}

/* ---- accessors ------------------------------------------------------------- */

const char *spec_file(const spec *s) { return s->file; }
int spec_category_count(const spec *s) { return s->ncat; }
const category *spec_category(const spec *s, int i)
{
  return i >= 0 && i < s->ncat ? s->cats[i] : NULL;
}
const category *spec_find_category(const spec *s, const char *name)
{
  int i = name ? names_find(s->cat_index, name) : -1;
  return i >= 0 ? s->cats[i] : NULL;
}
int spec_task_count(const spec *s) { return s->ntask; }
const task *spec_task(const spec *s, int i) { return i >= 0 && i < s->ntask ? s->tasks[i] : NULL; }
const task *spec_find_task(const spec *s, const char *name)
{
  int i = name ? names_find(s->task_index, name) : -1;
  return i >= 0 ? s->tasks[i] : NULL;
}
int spec_functor_count(const spec *s) { return s->nfun; }
const functor *spec_functor(const spec *s, int i)
{
  return i >= 0 && i < s->nfun ? s->funs[i] : NULL;
}
const functor *spec_find_functor(const spec *s, const char *name)
{
  int i = name ? names_find(s->fun_index, name) : -1;
  return i >= 0 ? s->funs[i] : NULL;
}
int spec_claim_count(const spec *s) { return s->nclaim; }
const spec_claim *spec_claim_at(const spec *s, int i)
{
  return i >= 0 && i < s->nclaim ? s->claims[i] : NULL;
}
const char *spec_claim_name(const spec_claim *c) { return c->name; }
const char *spec_claim_expect(const spec_claim *c) { return spec_claim_attr(c, "expect"); }
long spec_claim_line(const spec_claim *c) { return c->line; }
const char *spec_claim_attr(const spec_claim *c, const char *attr)
{
  for (int i = 0; c && attr && i < c->nattr; i++)
    if (strcmp(c->key[i], attr) == 0) return c->val[i];
  return NULL;
}

int spec_transformation_count(const spec *s) { return s->ntrans; }
const transformation *spec_transformation(const spec *s, int i)
{
  return i >= 0 && i < s->ntrans ? s->trans[i] : NULL;
}
const transformation *spec_find_transformation(const spec *s, const char *name)
{
  int i = name ? names_find(s->trans_index, name) : -1;
  return i >= 0 ? s->trans[i] : NULL;
}

int spec_parse_path(const category *c, const char *text, int *word, int cap, int *source,
                    int *target, char *err, size_t errcap)
{
  char tmp[300];
  int n = path_parse(c, NULL, text ? text : "", word, cap < 0 ? 0 : cap, source, target, tmp,
                     sizeof tmp);
  if (n >= 0) return n;
  if (err && errcap) {
    if (n == PATH_NO_COMPOSE)
      snprintf(err, errcap, "path '%.100s' does not compose: %s", text, tmp);
    else
      snprintf(err, errcap, "%s", tmp);
  }
  return -1;
}

/* ---- searches (issue 9) ---------------------------------------------------- */

int spec_search_count(const spec *s) { return s->nsearch; }
const search *spec_search(const spec *s, int i)
{
  return i >= 0 && i < s->nsearch ? s->searches[i] : NULL;
}
const search *spec_find_search(const spec *s, const char *name)
{
  int i = name && s->search_index ? names_find(s->search_index, name) : -1;
  return i >= 0 ? s->searches[i] : NULL;
}
