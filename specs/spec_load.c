/* spec_load.c — the loader's pass over a document and the helpers every
 * kind shares (see spec_load.h).  The pass registers every name (one
 * namespace per kind; duplicates), then loads the kinds in order: the
 * categories (objects, then morphisms, then equations, so forward
 * references work; then enumeration), tasks, functors, claims,
 * transformations, and last the searches.  A part that depends on something
 * already broken is skipped silently. */
#include "specs/spec_load.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/path.h"
#include "specs/xml.h"

#define NAME_RULE "names match [A-Za-z_][A-Za-z0-9_.'-]*"

int loader_kind_of(const xmlNode *n)
{
  if (n->type != XML_ELEMENT_NODE || n->ns) return K_OTHER;
  const char *t = (const char *)n->name;
  if (strcmp(t, "category") == 0) return K_CATEGORY;
  if (strcmp(t, "task") == 0) return K_TASK;
  if (strcmp(t, "functor") == 0) return K_FUNCTOR;
  if (strcmp(t, "claim") == 0) return K_CLAIM;
  if (strcmp(t, "transformation") == 0) return K_TRANSFORMATION;
  return K_OTHER;
}

int loader_is_element(const xmlNode *n, const char *tag)
{
  return n->type == XML_ELEMENT_NODE && !n->ns && strcmp((const char *)n->name, tag) == 0;
}

static void add_error(loader *L, const xmlNode *n, const char *fmt, va_list ap)
{
  diag_vadd(L->d, DIAG_ERROR, L->file, xml_line(n), fmt, ap);
}

void loader_error(loader *L, const xmlNode *n, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  add_error(L, n, fmt, ap);
  va_end(ap);
  L->invalid++;
}

void loader_structural(loader *L, const xmlNode *n, const char *fmt, ...)
{
  if (!L->schema_failed) {
    va_list ap;
    va_start(ap, fmt);
    add_error(L, n, fmt, ap);
    va_end(ap);
  }
  L->invalid++;
}

char *loader_keep(loader *L, char *s)
{
  if (!s) return NULL;
  if (L->nkeep == L->akeep) {
    size_t na = L->akeep ? 2 * L->akeep : 64;
    char **nk = realloc(L->keep, na * sizeof *nk);
    if (!nk) {
      L->oom = 1;
      xmlFree(s);
      return NULL;
    }
    L->keep = nk;
    L->akeep = na;
  }
  L->keep[L->nkeep++] = s;
  return s;
}

char *loader_attr(loader *L, const xmlNode *n, const char *attr, int required)
{
  char *v = xml_attr(n, attr);
  if (!v && required) {
    char dbuf[LOAD_DESC];
    loader_structural(L, n, "missing attribute '%s' in %s", attr,
                      xml_describe(n, dbuf, sizeof dbuf));
  }
  return v;
}

const char *loader_attr_ref(loader *L, const xmlNode *n, const char *attr, int required,
                            char **owned)
{
  const char *v = xml_attr_ref(n, attr, owned);
  if (!v && required) {
    char dbuf[LOAD_DESC];
    loader_structural(L, n, "missing attribute '%s' in %s", attr,
                      xml_describe(n, dbuf, sizeof dbuf));
  }
  return v;
}

char *loader_name_attr(loader *L, const xmlNode *n, const char *attr, int required)
{
  char *v = loader_attr(L, n, attr, required);
  if (v && !names_valid(v)) {
    char dbuf[LOAD_DESC];
    loader_structural(L, n, "invalid name '%.80s' in %s of %s (" NAME_RULE ")", v, attr,
                      xml_describe(n, dbuf, sizeof dbuf));
    xmlFree(v);
    return NULL;
  }
  return v;
}

int loader_names_valid(loader *L, const xmlNode *n, const char *attr, const char *text)
{
  const char *p = text;
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    if (!*p) return 1;
    const char *tok = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') p++;
    if (!names_valid_n(tok, (size_t)(p - tok))) {
      char dbuf[LOAD_DESC];
      int len = p - tok < 80 ? (int)(p - tok) : 80;
      loader_structural(L, n, "invalid name '%.*s' in %s of %s (" NAME_RULE ")", len, tok, attr,
                        xml_describe(n, dbuf, sizeof dbuf));
      return 0;
    }
  }
}

int loader_token_is(const char *v, const char *lit)
{
  while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r') v++;
  size_t n = strlen(lit);
  if (strncmp(v, lit, n) != 0) return 0;
  for (v += n; *v == ' ' || *v == '\t' || *v == '\n' || *v == '\r'; v++) {}
  return *v == '\0';
}

int loader_parse_path(loader *L, const category *c, const names *index, const char *text,
                      int **word, int *cap, int *src, int *tgt, char *err, size_t errcap)
{
  int n = path_parse(c, index, text, *word, *cap, src, tgt, err, errcap);
  if (n > *cap) {
    int *w = realloc(*word, (size_t)n * sizeof *w);
    if (!w) {
      L->oom = 1;
      return PATH_SKIP;
    }
    *word = w;
    *cap = n;
    n = path_parse(c, index, text, *word, *cap, src, tgt, err, errcap);
  }
  return n;
}

int loader_path_reported(loader *L, int r, const char *err)
{
  if (r != PATH_BAD_NAME || !L->schema_failed ||
      (strncmp(err, "invalid name", 12) != 0 && strncmp(err, "empty path", 10) != 0))
    return 0;
  L->invalid++;
  return 1;
}

int loader_elements(loader *L, const xmlNode *n, const task *src, int dom, const task *dst,
                    int cod, const char *text, int *into, int **img)
{
  char dbuf[LOAD_DESC];
  const category *c = task_category(src);
  *img = NULL;
  int size = task_set_size(src, dom);
  int *out = into ? into : malloc(((size_t)size + 1) * sizeof *out);
  if (!out) {
    L->oom = 1;
    return -1;
  }
  size_t k = task_find_elements(dst, cod, text, out, (size_t)size);
  int found = k == (size_t)size;
  for (int i = 0; found && i < size; i++) found = out[i] >= 0;
  /* an invalid name is never an element (element names are checked): the
   * names are checked only when something is not found, and an invalid one
   * is reported first */
  if (!found && !loader_names_valid(L, n, "to", text)) {
    if (!into) free(out);
    return -1;
  }
  if (k != (size_t)size) {
    loader_error(L, n, "wrong number of names in %s: %ld for the %d element%s of %s(%s)",
                 xml_describe(n, dbuf, sizeof dbuf), (long)k, size, size == 1 ? "" : "s",
                 task_name(src), category_object_name(c, dom));
    if (!into) free(out);
    return -1;
  }
  for (int i = 0; i < size; i++) {
    if (out[i] >= 0) continue;
    size_t len = 0;
    const char *tok = names_token(text, (size_t)i, &len);
    loader_error(L, n, "unknown element '%.*s' in %s: %s(%s) has no such element",
                 (int)(len < 80 ? len : 80), tok ? tok : "", xml_describe(n, dbuf, sizeof dbuf),
                 task_name(dst), category_object_name(c, cod));
    if (!into) free(out);
    return -1;
  }
  *img = out;
  return 0;
}

/* ---- "did you mean" hints -------------------------------------------------- */

static const char *hint_text(const names_hint *h, char *buf, size_t cap)
{
  if (!h->best) return "";
  snprintf(buf, cap, " (did you mean '%s'?)", h->best);
  return buf;
}

const char *loader_hint_in_category(const category *c, const char *want, int kinds, char *buf,
                                    size_t cap)
{
  names_hint h;
  names_hint_init(&h, want);
  if (kinds & HINT_OBJECTS)
    for (int x = 0; x < category_object_count(c); x++)
      names_hint_offer(&h, category_object_name(c, x));
  if (kinds & HINT_MORPHISMS)
    for (int g = 0; g < category_generator_count(c); g++)
      names_hint_offer(&h, category_generator_name(c, g));
  return hint_text(&h, buf, cap);
}

const char *loader_hint_item(const loader *L, int kind, const char *want, char *buf, size_t cap)
{
  names_hint h;
  names_hint_init(&h, want);
  for (int i = 0; i < L->nitems; i++)
    if (!L->items[i].unnamed && !L->items[i].dup && loader_kind_of(L->items[i].node) == kind)
      names_hint_offer(&h, L->items[i].name);
  return hint_text(&h, buf, cap);
}

/* ---- lookups --------------------------------------------------------------- */

catinfo *loader_find_category(loader *L, const char *name)
{
  int it = name ? names_find(L->kind_index[K_CATEGORY], name) : -1;
  return it >= 0 ? &L->cats[it] : NULL;
}

int loader_find_task(const loader *L, const char *name)
{
  for (int i = 0; name && i < L->ntask; i++)
    if (strcmp(task_name(L->tasks[i]), name) == 0) return i;
  return -1;
}

int loader_object(const catinfo *ci, const char *name)
{
  int v = name ? names_find(ci->index, name) : -1;
  return v >= 0 && v % 2 == 0 ? v / 2 : -1;
}

int loader_generator(const catinfo *ci, const char *name, int *broken)
{
  int v = name ? names_find(ci->index, name) : -1;
  *broken = v == LOAD_BROKEN;
  return v >= 0 && v % 2 == 1 ? v / 2 : -1;
}

int loader_claim(loader *L, const catinfo *ci, const xmlNode *n, const char *name, int kind,
                 long *line)
{
  char dbuf[LOAD_DESC], hbuf[NAMES_HINT_MAX + 32];
  if (!name) return -1;
  int broken = 0;
  int i = kind == HINT_OBJECTS ? loader_object(ci, name) : loader_generator(ci, name, &broken);
  if (broken) return LOAD_BROKEN;
  const char *what = kind == HINT_OBJECTS ? "object" : "morphism";
  if (i < 0) {
    loader_error(L, n, "unknown %s '%s' in %s (category %s has no such %s)%s", what, name,
                 xml_describe(n, dbuf, sizeof dbuf), category_name(ci->c), what,
                 loader_hint_in_category(ci->c, name, kind, hbuf, sizeof hbuf));
    return -1;
  }
  if (line[i]) {
    loader_error(L, n, "duplicate %s (first at line %ld)", xml_describe(n, dbuf, sizeof dbuf),
                 line[i]);
    return -1;
  }
  line[i] = xml_line(n);
  return i;
}

/* ---- the whole document ---------------------------------------------------- */

static const char *const kind_word[K_KINDS] = {"category", "task", "functor", "claim",
                                               "transformation"};

static void register_items(loader *L, xmlNodePtr root)
{
  int n = 0;
  for (xmlNodePtr c = root->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) n++;
  L->items = calloc((size_t)n + 1, sizeof *L->items);
  L->cats = calloc((size_t)n + 1, sizeof *L->cats);
  int bad = !L->items || !L->cats;
  for (int k = 0; k < K_KINDS; k++) {
    L->kind_index[k] = names_new((size_t)n);
    if (!L->kind_index[k]) bad = 1;
  }
  if (bad) {
    L->oom = 1;
    return;
  }
  for (xmlNodePtr c = root->children; c && !L->oom; c = c->next) {
    int k = loader_kind_of(c);
    if (k == K_OTHER) continue;   /* the schema walk reports it */
    item *I = &L->items[L->nitems++];
    I->node = c;
    I->name = loader_keep(L, loader_attr(L, c, "name", 1));
    if (I->name && !names_valid(I->name)) {
      char dbuf[LOAD_DESC];
      loader_structural(L, c, "invalid name '%.80s' in %s (" NAME_RULE ")", I->name,
                        xml_describe(c, dbuf, sizeof dbuf));
      I->unnamed = 1;
    }
    if (!I->name) {
      I->name = "(unnamed)";
      I->unnamed = 1;
    }
    if (I->unnamed) continue;   /* checked all the same, under a name no reference uses */
    int old;
    int r = names_insert(L->kind_index[k], I->name, L->nitems - 1, &old);
    if (r < 0) {
      L->oom = 1;
    } else if (r == 1) {
      I->dup = 1;
      I->first = old;
    }
  }
}

/* Reported when its kind is loaded. */
static void report_duplicate(loader *L, int i)
{
  char dbuf[LOAD_DESC];
  item *I = &L->items[i];
  loader_error(L, I->node, "duplicate %s name '%s' in %s (first declared at line %ld)",
               kind_word[loader_kind_of(I->node)], I->name,
               xml_describe(I->node, dbuf, sizeof dbuf), xml_line(L->items[I->first].node));
}

void loader_run(loader *L, xmlNodePtr root)
{
  register_items(L, root);
  for (int k = 0; k < K_KINDS && !L->oom; k++)
    for (int i = 0; i < L->nitems && !L->oom && !diag_full(L->d); i++) {
      if (loader_kind_of(L->items[i].node) != k) continue;
      if (L->items[i].dup) report_duplicate(L, i);
      else if (k == K_CATEGORY) loader_read_category(L, i);
      else if (k == K_TASK) loader_read_task(L, i);
      else if (k == K_FUNCTOR) loader_read_functor(L, i);
      else if (k == K_TRANSFORMATION) loader_read_transformation(L, i);
      else loader_read_claim(L, i);
    }
  if (!L->oom && !diag_full(L->d)) loader_read_searches(L, root);
}

void loader_free(loader *L)
{
  for (int i = 0; i < L->nitems; i++) names_free(L->cats[i].index);
  for (size_t i = 0; i < L->nkeep; i++) xmlFree(L->keep[i]);
  free(L->keep);
  for (int k = 0; k < K_KINDS; k++) names_free(L->kind_index[k]);
  free(L->items);
  free(L->cats);
}

void loader_drop_loaded(loader *L)
{
  for (int i = 0; i < L->ntask; i++) task_free(L->tasks[i]);
  free(L->tasks);
  for (int i = 0; i < L->nfun; i++) functor_free(L->funs[i]);
  free(L->funs);
  for (int i = 0; i < L->nclaim; i++) loader_claim_free(L->claims[i]);
  free(L->claims);
  for (int i = 0; i < L->ntrans; i++) transformation_free(L->trans[i]);
  free(L->trans);
  free(L->task_ok);
  for (int i = 0; i < L->nitems; i++) category_free(L->cats[i].c);
  for (int i = 0; i < L->nsearch; i++) search_free(L->searches[i]);
  free(L->searches);
  names_free(L->search_names);
}
