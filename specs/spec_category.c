/* spec_category.c — loading a <category> (see spec_load.h): its object
 * and morphism names (one namespace, declared in any order), the typing of
 * its morphisms and equations, the enumeration of the presented category,
 * and the warning for declared morphisms that turn out equal. */
#include <stdio.h>
#include <stdlib.h>

#include "specs/path.h"
#include "specs/spec_load.h"
#include "specs/xml.h"

/* An <object> or <morphism> of the category. */
typedef struct decl {
  xmlNodePtr n;
  const char *name;
  int is_obj, dup, id;
} decl;

/* Step 1: the names, in document order; ci->index maps a name to its
 * declaration's ordinal.  Returns the declarations (free them) in *out, their
 * count, or -1 on OOM. */
static int declare_names(loader *L, catinfo *ci, xmlNodePtr node, decl **out)
{
  char dbuf[LOAD_DESC];
  int nd = 0;
  for (xmlNodePtr n = node->children; n; n = n->next)
    if (loader_is_element(n, "object") || loader_is_element(n, "morphism")) nd++;
  decl *dv = calloc((size_t)nd + 1, sizeof *dv);
  *out = dv;
  if (!dv) return -1;
  nd = 0;
  for (xmlNodePtr n = node->children; n && !L->oom; n = n->next) {
    int obj = loader_is_element(n, "object");
    if (!obj && !loader_is_element(n, "morphism")) continue;
    decl *e = &dv[nd];
    e->n = n;
    e->is_obj = obj;
    e->id = -1;
    e->name = loader_keep(L, loader_name_attr(L, n, "name", 1));
    if (!e->name) {
      e->dup = 1;
      nd++;
      continue;
    }
    int old;
    int r = names_insert(ci->index, e->name, nd, &old);
    if (r < 0) {
      L->oom = 1;
    } else if (r == 1) {
      e->dup = 1;
      loader_error(L, n, "duplicate name '%s' in %s (first declared at line %ld)", e->name,
                   xml_describe(n, dbuf, sizeof dbuf), xml_line(dv[old].n));
    } else if (obj) {
      e->id = category_add_object(ci->c, e->name, xml_line(n));
      if (e->id < 0) L->oom = 1;
    }
    nd++;
  }
  return nd;
}

/* The object declared as attribute attr of morphism e, or -1 (reported). */
static int end_object(loader *L, catinfo *ci, const decl *dv, const decl *e, const char *attr)
{
  char dbuf[LOAD_DESC], hbuf[NAMES_HINT_MAX + 32];
  char *s = loader_name_attr(L, e->n, attr, 1);
  if (!s) return -1;
  int k = names_find(ci->index, s);
  int x = k >= 0 && dv[k].is_obj ? dv[k].id : -1;
  if (x < 0)
    loader_error(L, e->n, "unknown object '%s' as %s of %s%s", s, attr,
                 xml_describe(e->n, dbuf, sizeof dbuf),
                 loader_hint_in_category(ci->c, s, HINT_OBJECTS, hbuf, sizeof hbuf));
  xmlFree(s);
  return x;
}

/* Step 2: the morphisms (source and target may be declared anywhere), then
 * the index turned into object / generator / broken values. */
static void type_morphisms(loader *L, catinfo *ci, decl *dv, int nd)
{
  for (int k = 0; k < nd && !L->oom; k++) {
    decl *e = &dv[k];
    if (e->is_obj || e->dup) continue;
    int sx = end_object(L, ci, dv, e, "source");
    int tx = end_object(L, ci, dv, e, "target");
    if (sx >= 0 && tx >= 0) {
      e->id = category_add_generator(ci->c, e->name, sx, tx, xml_line(e->n));
      if (e->id < 0) L->oom = 1;
    }
  }
  for (int k = 0; k < nd && !L->oom; k++) {
    decl *e = &dv[k];
    if (e->dup) continue;
    int v = e->id < 0 ? LOAD_BROKEN : e->is_obj ? 2 * e->id : 2 * e->id + 1;
    if (names_set(ci->index, e->name, v) < 0) L->oom = 1;
  }
}

/* One side of an equation as a word in *w; its length, or a PATH_* failure
 * (reported). */
static int equation_side(loader *L, catinfo *ci, xmlNodePtr n, const char *side,
                         const char *text, int **w, int *cap, int *src, int *tgt)
{
  char dbuf[LOAD_DESC], err[300];
  int r = loader_parse_path(L, ci->c, ci->index, text, w, cap, src, tgt, err, sizeof err);
  if (loader_path_reported(L, r, err)) return PATH_SKIP;
  if (r == PATH_BAD_NAME)
    loader_error(L, n, "%s in %s of %s", err, side, xml_describe(n, dbuf, sizeof dbuf));
  else if (r == PATH_NO_COMPOSE)
    loader_error(L, n, "path '%.100s' in %s of %s does not compose: %s", text, side,
                 xml_describe(n, dbuf, sizeof dbuf), err);
  return r;
}

/* Step 3: the equations, typed. */
static void load_equations(loader *L, catinfo *ci, xmlNodePtr node)
{
  char dbuf[LOAD_DESC];
  int lcap = 64, rcap = 64;
  int *lw = malloc((size_t)lcap * sizeof *lw), *rw = malloc((size_t)rcap * sizeof *rw);
  if (!lw || !rw) L->oom = 1;
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!loader_is_element(n, "equation")) continue;
    char *lhs = loader_attr(L, n, "lhs", 1), *rhs = loader_attr(L, n, "rhs", 1);
    int ls = -1, lt = -1, rs = -1, rt = -1;
    int nl = lhs ? equation_side(L, ci, n, "lhs", lhs, &lw, &lcap, &ls, &lt) : PATH_SKIP;
    int nr = rhs ? equation_side(L, ci, n, "rhs", rhs, &rw, &rcap, &rs, &rt) : PATH_SKIP;
    if (nl >= 0 && nr >= 0) {
      if (ls != rs || lt != rt) {
        loader_error(L, n,
                     "paths of different types in %s: %.100s goes from %s to %s, %.100s from %s to %s",
                     xml_describe(n, dbuf, sizeof dbuf), lhs, category_object_name(ci->c, ls),
                     category_object_name(ci->c, lt), rhs, category_object_name(ci->c, rs),
                     category_object_name(ci->c, rt));
      } else if (category_add_equation(ci->c, ls, lw, nl, rw, nr, xml_line(n)) < 0) {
        L->oom = 1;
      }
    }
    if (nl == PATH_SKIP || nr == PATH_SKIP) ci->errors++;
    if (lhs) xmlFree(lhs);
    if (rhs) xmlFree(rhs);
  }
  free(lw);
  free(rw);
}

/* Step 4: the presented category; ci->usable on success. */
static void enumerate(loader *L, catinfo *ci, const item *I)
{
  long line = xml_line(I->node);
  yo_status st = category_enumerate(ci->c, L->o->max_morphisms);
  int wx, ww;
  long wrows, wmax;
  if (st == YO_LIMIT && category_limit_width(ci->c, &wx, &wrows, &ww, &wmax)) {
    diag_add(L->d, DIAG_ERROR, L->file, line,
             "category %s is too wide to enumerate: the morphisms out of %s need at "
             "least %ld rows of %d entries (the most generators out of one object), "
             "more than the %ld such rows that 32-bit table indices allow; nothing "
             "was decided",
             I->name, category_object_name(ci->c, wx), wrows, ww, wmax);
    L->limit++;
  } else if (st == YO_LIMIT) {
    diag_add(L->d, DIAG_ERROR, L->file, line,
             "category %s has more than %d morphisms (or is infinite)", I->name,
             L->o->max_morphisms);
    L->limit++;
  } else if (st == YO_INTERNAL) {
    L->oom = 1;
  } else if (st != YO_OK) {   /* cannot happen: the equations were typed above */
    diag_add(L->d, DIAG_ERROR, L->file, line,
             "internal error: category %s could not be enumerated (%s)", I->name,
             yo_status_name(st));
    L->invalid++;
  } else {
    ci->usable = 1;
  }
}

/* Step 5: declared morphisms that are equal (a warning, or an error with
 * the strict option). */
static void report_equal_generators(loader *L, catinfo *ci, const char *name)
{
  int m = category_morphism_count(ci->c), ng = category_generator_count(ci->c);
  int *first = malloc(((size_t)m + 1) * sizeof *first);
  if (!first) {
    L->oom = 1;
    return;
  }
  for (int f = 0; f < m; f++) first[f] = -1;
  for (int g = 0; g < ng; g++) {
    int f = category_generator_morphism(ci->c, g);
    if (f < 0 || f >= m) continue;
    if (first[f] < 0) {
      first[f] = g;
      continue;
    }
    diag_add(L->d, L->o->strict ? DIAG_ERROR : DIAG_WARNING, L->file,
             category_generator_line(ci->c, g),
             "declared morphisms %s and %s of category %s are equal (%s is declared at line %ld)",
             category_generator_name(ci->c, first[f]), category_generator_name(ci->c, g), name,
             category_generator_name(ci->c, first[f]),
             category_generator_line(ci->c, first[f]));
    if (L->o->strict) L->invalid++;
  }
  free(first);
}

void loader_read_category(loader *L, int it)
{
  item *I = &L->items[it];
  catinfo *ci = &L->cats[it];
  ci->c = category_new(I->name, xml_line(I->node));
  ci->index = names_new(16);
  if (!ci->c || !ci->index) {
    L->oom = 1;
    return;
  }
  int before = L->invalid;
  decl *dv = NULL;
  int nd = declare_names(L, ci, I->node, &dv);
  if (nd < 0) L->oom = 1;
  else type_morphisms(L, ci, dv, nd);
  free(dv);
  if (!L->oom) load_equations(L, ci, I->node);
  ci->errors += L->invalid - before;
  if (ci->errors || L->oom) return;
  enumerate(L, ci, I);
  if (ci->usable) report_equal_generators(L, ci, I->name);
}
