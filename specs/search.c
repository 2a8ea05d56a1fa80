/* search.c — see search.h. */
#include "specs/search.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "specs/text.h"
#include "specs/xml.h"

struct search_prop {
  search_prop_kind kind;
  int size;
  long line;
  search_prop **kids;
  int nkids, akids;
};

struct search {
  char *name;
  long line;
  int max_objects, max_morphisms, max_elements;
  task_variance variance;
  search_prop *hyp, *concl;
};

static const char *const kind_names[PROP_KIND_COUNT] = {
  "connected", "groupoid", "thin", "one-object", "has-initial", "has-terminal", "discrete",
  "representable", "nonempty", "constant", "not", "and", "or"
};

const char *search_prop_kind_name(search_prop_kind k)
{
  return (int)k >= 0 && k < PROP_KIND_COUNT ? kind_names[k] : "?";
}

/* ---- building ------------------------------------------------------------ */

search_prop *search_prop_new(search_prop_kind k, int size, long line)
{
  search_prop *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->kind = k;
  p->size = size;
  p->line = line;
  return p;
}

void search_prop_free(search_prop *p)
{
  if (!p) return;
  for (int i = 0; i < p->nkids; i++) search_prop_free(p->kids[i]);
  free(p->kids);
  free(p);
}

int search_prop_add(search_prop *parent, search_prop *child)
{
  if (!parent || !child) {
    search_prop_free(child);
    return -1;
  }
  if (parent->nkids == parent->akids) {
    int na = parent->akids ? 2 * parent->akids : 4;
    search_prop **k = realloc(parent->kids, (size_t)na * sizeof *k);
    if (!k) {
      search_prop_free(child);
      return -1;
    }
    parent->kids = k;
    parent->akids = na;
  }
  parent->kids[parent->nkids++] = child;
  return 0;
}

search *search_new(const char *name, long line, int max_objects, int max_morphisms,
                   int max_elements, task_variance v)
{
  search *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  size_t n = strlen(name ? name : "") + 1;
  s->name = malloc(n);
  s->hyp = search_prop_new(PROP_AND, 0, line);
  s->concl = search_prop_new(PROP_AND, 0, line);
  if (!s->name || !s->hyp || !s->concl) {
    search_free(s);
    return NULL;
  }
  memcpy(s->name, name ? name : "", n);
  s->line = line;
  s->max_objects = max_objects;
  s->max_morphisms = max_morphisms;
  s->max_elements = max_elements;
  s->variance = v;
  return s;
}

void search_free(search *s)
{
  if (!s) return;
  free(s->name);
  search_prop_free(s->hyp);
  search_prop_free(s->concl);
  free(s);
}

int search_add_hypothesis(search *s, search_prop *p) { return search_prop_add(s->hyp, p); }
int search_add_conclusion(search *s, search_prop *p) { return search_prop_add(s->concl, p); }

/* ---- queries ------------------------------------------------------------- */

const char *search_name(const search *s) { return s->name; }
long search_line(const search *s) { return s->line; }
int search_max_objects(const search *s) { return s->max_objects; }
int search_max_morphisms(const search *s) { return s->max_morphisms; }
int search_max_elements(const search *s) { return s->max_elements; }
task_variance search_variance(const search *s) { return s->variance; }
const search_prop *search_hypothesis(const search *s) { return s->hyp; }
const search_prop *search_conclusion(const search *s) { return s->concl; }
search_prop_kind search_prop_kind_of(const search_prop *p) { return p->kind; }
int search_prop_size(const search_prop *p) { return p->size; }
long search_prop_line(const search_prop *p) { return p->line; }
int search_prop_child_count(const search_prop *p) { return p->nkids; }
const search_prop *search_prop_child(const search_prop *p, int i)
{
  return i >= 0 && i < p->nkids ? p->kids[i] : NULL;
}

int search_prop_uses(const search_prop *p, search_prop_kind k)
{
  if (!p) return 0;
  if (p->kind == k) return 1;
  for (int i = 0; i < p->nkids; i++)
    if (search_prop_uses(p->kids[i], k)) return 1;
  return 0;
}

/* ---- text ---------------------------------------------------------------- */

static void format_prop(const search_prop *p, text_buf *b, int nested)
{
  switch (p->kind) {
  case PROP_CONSTANT: text_printf(b, "constant size=%d", p->size); return;
  case PROP_NOT:
    text_printf(b, "not ");
    if (p->nkids == 1) format_prop(p->kids[0], b, 1);
    return;
  case PROP_AND:
  case PROP_OR:
    if (p->nkids == 0) {
      text_printf(b, "%s", p->kind == PROP_AND ? "true" : "false");
      return;
    }
    if (p->nkids == 1) {
      format_prop(p->kids[0], b, nested);
      return;
    }
    if (nested) text_printf(b, "(");
    for (int i = 0; i < p->nkids; i++) {
      if (i) text_printf(b, " %s ", p->kind == PROP_AND ? "and" : "or");
      format_prop(p->kids[i], b, 1);
    }
    if (nested) text_printf(b, ")");
    return;
  default: text_printf(b, "%s", search_prop_kind_name(p->kind)); return;
  }
}

int search_prop_format(const search_prop *p, char *buf, size_t cap)
{
  text_buf b = {0};
  format_prop(p, &b, 0);
  size_t len = b.oom || !b.s ? 0 : b.len;
  if (buf && cap) {
    size_t k = len < cap ? len : cap - 1;
    if (k) memcpy(buf, b.s, k);
    buf[k] = '\0';
  }
  free(b.s);
  return len > INT_MAX ? INT_MAX : (int)len;
}

static void xml_prop(const search_prop *p, text_buf *b, const char *indent, int depth)
{
  text_printf(b, "%s%*s", indent, 2 * depth, "");
  if (p->kind == PROP_CONSTANT) {
    text_printf(b, "<constant size=\"%d\"/>\n", p->size);
  } else if (p->kind == PROP_NOT || p->kind == PROP_AND || p->kind == PROP_OR) {
    text_printf(b, "<%s>\n", kind_names[p->kind]);
    for (int i = 0; i < p->nkids; i++) xml_prop(p->kids[i], b, indent, depth + 1);
    text_printf(b, "%s%*s</%s>\n", indent, 2 * depth, "", kind_names[p->kind]);
  } else {
    text_printf(b, "<%s/>\n", search_prop_kind_name(p->kind));
  }
}

static void xml_search(const search *s, text_buf *b, const char *indent)
{
  text_printf(b, "%s<search name=\"%s\" max-objects=\"%d\" max-morphisms=\"%d\" max-elements=\"%d\" "
               "variance=\"%s\">\n",
            indent, s->name, s->max_objects, s->max_morphisms, s->max_elements,
            s->variance == TASK_CONTRAVARIANT ? "contravariant" : "covariant");
  if (s->hyp->nkids) {
    text_printf(b, "%s  <hypothesis>\n", indent);
    for (int i = 0; i < s->hyp->nkids; i++) xml_prop(s->hyp->kids[i], b, indent, 2);
    text_printf(b, "%s  </hypothesis>\n", indent);
  }
  text_printf(b, "%s  <conclusion>\n", indent);
  for (int i = 0; i < s->concl->nkids; i++) xml_prop(s->concl->kids[i], b, indent, 2);
  text_printf(b, "%s  </conclusion>\n", indent);
  text_printf(b, "%s</search>\n", indent);
}

char *search_to_xml(const search *s, const char *indent)
{
  text_buf b = {0};
  xml_search(s, &b, indent ? indent : "");
  if (b.oom) {
    free(b.s);
    return NULL;
  }
  return b.s;
}

/* ---- loading ------------------------------------------------------------- */

typedef struct loadctx {
  const char *file;
  diag_list *d;
  int errors, oom;
} loadctx;

static void err(loadctx *L, const xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void err(loadctx *L, const xmlNode *n, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  diag_vadd(L->d, DIAG_ERROR, L->file, xml_line(n), fmt, ap);
  va_end(ap);
  L->errors++;
}

/* Integer attribute in [lo, hi]; reports and returns -1 otherwise. */
static int int_attr(loadctx *L, const xmlNode *n, const char *attr, int lo, int hi,
                    const char *what)
{
  char *v = xml_attr(n, attr);
  char desc[200];
  xml_describe(n, desc, sizeof desc);
  if (!v) {
    err(L, n, "missing attribute %s in %s", attr, desc);
    return -1;
  }
  char *end;
  errno = 0;
  long k = strtol(v, &end, 10);
  int ok = end != v && *end == '\0' && errno == 0 && k >= lo && k <= hi;
  if (!ok)
    err(L, n, "%s=\"%.40s\" in %s: %s must be an integer from %d to %d", attr, v, desc, what,
        lo, hi);
  xmlFree(v);
  return ok ? (int)k : -1;
}

static int kind_from_name(const char *tag)
{
  for (int k = 0; k < PROP_KIND_COUNT; k++)
    if (strcmp(tag, kind_names[k]) == 0) return k;
  return -1;
}

static search_prop *load_prop(loadctx *L, const xmlNode *n, int depth)
{
  int k = kind_from_name((const char *)n->name);
  if (k < 0) {   /* only with a lax schema file */
    err(L, n, "unknown property <%s> in a search", (const char *)n->name);
    return NULL;
  }
  if (depth > 200) {
    err(L, n, "properties nested too deeply in a search (more than 200 levels)");
    return NULL;
  }
  int size = 0;
  if (k == PROP_CONSTANT) {
    size = int_attr(L, n, "size", 0, INT_MAX, "the size of a constant task");
    if (size < 0) return NULL;
  }
  search_prop *p = search_prop_new((search_prop_kind)k, size, xml_line(n));
  if (!p) {
    L->oom = 1;
    return NULL;
  }
  int nkids = 0;
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    nkids++;
    search_prop *q = load_prop(L, c, depth + 1);
    if (q && search_prop_add(p, q) < 0) L->oom = 1;
  }
  if (k == PROP_NOT && nkids != 1)
    err(L, n, "<not> in a search takes exactly one property, not %d", nkids);
  else if ((k == PROP_AND || k == PROP_OR) && nkids == 0)
    err(L, n, "<%s> in a search needs at least one property", kind_names[k]);
  else if (k < PROP_NOT && nkids)
    err(L, n, "<%s> in a search takes no content", kind_names[k]);
  return p;
}

yo_status search_load_element(const struct _xmlNode *node, const char *file, diag_list *d,
                              search **out)
{
  loadctx L = {file, d, 0, 0};
  *out = NULL;
  char *name = xml_attr(node, "name");
  int mo = int_attr(&L, node, "max-objects", 1, SEARCH_LIMIT_OBJECTS, "the number of objects");
  int mm = int_attr(&L, node, "max-morphisms", 1, SEARCH_LIMIT_MORPHISMS,
                    "the number of morphisms");
  int me = int_attr(&L, node, "max-elements", 0, SEARCH_LIMIT_ELEMENTS,
                    "the number of elements per set");
  char *var = xml_attr(node, "variance");
  task_variance v = TASK_COVARIANT;
  if (var && strcmp(var, "contravariant") == 0)
    v = TASK_CONTRAVARIANT;
  else if (var && strcmp(var, "covariant") != 0)
    err(&L, node, "unknown variance '%.40s' in <search> (covariant or contravariant)", var);
  if (var) xmlFree(var);
  search *s = search_new(name ? name : "", xml_line(node), mo, mm, me, v);
  if (name) xmlFree(name);
  if (!s) return YO_INTERNAL;
  int nconcl = 0;
  for (const xmlNode *c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    int hyp = strcmp((const char *)c->name, "hypothesis") == 0;
    int concl = strcmp((const char *)c->name, "conclusion") == 0;
    if (!hyp && !concl) {   /* only with a lax schema file */
      err(&L, c, "unknown element <%s> in <search>", (const char *)c->name);
      continue;
    }
    if (concl && ++nconcl > 1) {
      err(&L, c, "a search has exactly one <conclusion>");
      continue;
    }
    int nprops = 0;
    for (const xmlNode *q = c->children; q; q = q->next) {
      if (q->type != XML_ELEMENT_NODE) continue;
      nprops++;
      search_prop *p = load_prop(&L, q, 0);
      if (!p) continue;
      if ((hyp ? search_add_hypothesis(s, p) : search_add_conclusion(s, p)) < 0) L.oom = 1;
    }
    if (!nprops) err(&L, c, "<%s> needs at least one property", (const char *)c->name);
  }
  if (!nconcl) err(&L, node, "search %s has no <conclusion>", s->name);
  if (L.oom) {
    search_free(s);
    diag_add(d, DIAG_ERROR, file, xml_line(node), "out of memory while loading a search");
    return YO_INTERNAL;
  }
  if (L.errors) {
    search_free(s);
    return YO_INVALID;
  }
  *out = s;
  return YO_OK;
}
