/* spec_claim.c — loading a <claim> (its references to tasks, functors and
 * searches; its attributes kept for `yoneda claims`) and the <search>
 * elements (see spec_load.h). */
#include <stdlib.h>
#include <string.h>

#include "specs/spec_load.h"
#include "specs/text.h"
#include "specs/xml.h"

void loader_claim_free(spec_claim *c)
{
  if (!c) return;
  for (int i = 0; i < c->nattr; i++) {
    free(c->key[i]);
    free(c->val[i]);
  }
  free(c->key);
  free(c->val);
  free(c->name);
  free(c);
}

/* References of a claim: task, and those of the claim kinds of issue 8
 * (from, to, functor). */
static void check_claim_refs(loader *L, xmlNodePtr node)
{
  char dbuf[LOAD_DESC], hbuf[NAMES_HINT_MAX + 32];
  const char *desc = xml_describe(node, dbuf, sizeof dbuf);
  char *tk = loader_name_attr(L, node, "task", 0);
  if (tk && names_find(L->kind_index[K_TASK], tk) < 0)
    loader_error(L, node, "unknown task '%s' in %s%s", tk, desc,
                 loader_hint_item(L, K_TASK, tk, hbuf, sizeof hbuf));
  if (tk) xmlFree(tk);
  char *fn = loader_attr(L, node, "from", 0), *tn = loader_name_attr(L, node, "to", 0);
  char *fun = loader_name_attr(L, node, "functor", 0);
  int ti = tn ? loader_find_task(L, tn) : -1;
  if (tn && ti < 0) loader_error(L, node, "unknown task '%s' in %s", tn, desc);
  if (fn && strncmp(fn, "hom:", 4) == 0) {
    const category *c = ti >= 0 ? task_category(L->tasks[ti]) : NULL;
    if (c && category_find_object(c, fn + 4) < 0)
      loader_error(L, node,
                   "unknown object '%s' in from='%s' of %s (category %s has no such object)",
                   fn + 4, fn, desc, category_name(c));
  } else if (fn && loader_find_task(L, fn) < 0) {
    loader_error(L, node, "unknown task '%s' in %s (from is a task or hom:OBJECT)", fn, desc);
  }
  if (fun && names_find(L->kind_index[K_FUNCTOR], fun) < 0)
    loader_error(L, node, "unknown functor '%s' in %s", fun, desc);
  if (fn) xmlFree(fn);
  if (tn) xmlFree(tn);
  if (fun) xmlFree(fun);
  char *se = loader_name_attr(L, node, "search", 0);   /* checked with the searches */
  if (se) xmlFree(se);
}

/* The claim's attributes, copied.  NULL on OOM. */
static spec_claim *new_claim(const item *I)
{
  spec_claim *c = calloc(1, sizeof *c);
  int na = 0;
  for (xmlAttrPtr a = I->node->properties; a; a = a->next) na++;
  if (c) {
    c->name = text_dup(I->unnamed ? "" : I->name);
    c->line = xml_line(I->node);
    c->key = calloc((size_t)na + 1, sizeof *c->key);
    c->val = calloc((size_t)na + 1, sizeof *c->val);
  }
  int oom = !c || !c->name || !c->key || !c->val;
  for (xmlAttrPtr a = I->node->properties; a && !oom; a = a->next) {
    char *v = xml_attr(I->node, (const char *)a->name);
    c->key[c->nattr] = text_dup((const char *)a->name);
    c->val[c->nattr] = v ? text_dup(v) : NULL;
    if (v) xmlFree(v);
    c->nattr++;
    if (!c->key[c->nattr - 1] || !c->val[c->nattr - 1]) oom = 1;
  }
  if (oom) {
    loader_claim_free(c);
    return NULL;
  }
  return c;
}

void loader_read_claim(loader *L, int it)
{
  item *I = &L->items[it];
  check_claim_refs(L, I->node);
  spec_claim *c = new_claim(I);
  spec_claim **nc = c ? realloc(L->claims, ((size_t)L->nclaim + 1) * sizeof *nc) : NULL;
  if (!nc) {
    loader_claim_free(c);
    L->oom = 1;
    return;
  }
  L->claims = nc;
  L->claims[L->nclaim++] = c;
}

/* ---- searches -------------------------------------------------------------- */

/* The last line of n's subtree. */
static long last_line(const xmlNode *n)
{
  long line = xml_line(n);
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    long k = last_line(c);
    if (k > line) line = k;
  }
  return line;
}

/* 1 if the schema walk reported an error inside search element n: its
 * own checks would say the same again. */
static int schema_error_inside(const loader *L, const xmlNode *n)
{
  long from = xml_line(n), to = last_line(n);
  for (int i = 0; i < L->schema_errors && i < diag_count(L->d); i++) {
    long line = diag_line_at(L->d, i);
    if (diag_severity_at(L->d, i) == DIAG_ERROR && line >= from && line <= to) return 1;
  }
  return 0;
}

/* One <search> c, named name: loaded, and indexed if it loads. */
static void load_search(loader *L, xmlNodePtr c)
{
  search *se = NULL;
  int quiet = L->schema_failed && schema_error_inside(L, c);
  diag_list *scratch = quiet ? diag_list_new(0) : NULL;
  if (quiet && !scratch) {
    L->oom = 1;
    return;
  }
  yo_status st = search_load_element(c, L->file, quiet ? scratch : L->d, &se);
  diag_list_free(scratch);
  if (st == YO_INTERNAL) L->oom = 1;
  else if (st != YO_OK) L->invalid++;
  if (se) {
    if (names_insert(L->search_names, search_name(se), L->nsearch, NULL) < 0) L->oom = 1;
    L->searches[L->nsearch++] = se;
  }
}

/* Every <search> of the document (own namespace), then the claims that
 * name a search: the search must exist. */
void loader_read_searches(loader *L, xmlNodePtr root)
{
  char dbuf[LOAD_DESC];
  int n = 0;
  for (xmlNodePtr c = root->children; c; c = c->next)
    if (loader_is_element(c, "search")) n++;
  /* every name seen -> its ordinal among the <search> elements; the spec
   * keeps a separate index of the searches that loaded */
  names *seen = names_new((size_t)n + 1);
  long *line_of = calloc((size_t)n + 1, sizeof *line_of);
  L->search_names = names_new((size_t)n + 1);
  L->searches = calloc((size_t)n + 1, sizeof *L->searches);
  if (!seen || !line_of || !L->search_names || !L->searches) {
    L->oom = 1;
    names_free(seen);
    free(line_of);
    return;
  }
  int k = 0;
  for (xmlNodePtr c = root->children; c && !L->oom && !diag_full(L->d); c = c->next) {
    if (!loader_is_element(c, "search")) continue;
    char *name = loader_keep(L, loader_name_attr(L, c, "name", 1));
    if (!name) continue;
    int old;
    int r = names_insert(seen, name, k, &old);
    if (r < 0) {
      L->oom = 1;
    } else if (r == 1) {
      loader_error(L, c, "duplicate search name '%s' in %s (first declared at line %ld)", name,
                   xml_describe(c, dbuf, sizeof dbuf), line_of[old]);
    } else {
      line_of[k++] = xml_line(c);
      load_search(L, c);
    }
  }
  for (int i = 0; i < L->nclaim && !L->oom; i++) {
    const char *sn = spec_claim_attr(L->claims[i], "search");
    if (sn && names_valid(sn) && names_find(seen, sn) < 0) {
      diag_add(L->d, DIAG_ERROR, L->file, L->claims[i]->line,
               "unknown search '%s' in <claim name=\"%s\">", sn, L->claims[i]->name);
      L->invalid++;
    }
  }
  names_free(seen);
  free(line_of);
}
