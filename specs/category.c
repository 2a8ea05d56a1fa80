/* category.c — the presentation of a finite category (objects, generators,
 * equations: building it, its queries, copies and the opposite) and the
 * queries of the enumerated category (see category.h).  The enumeration
 * itself is category_enumerate.c (the block driver) over the coset table of
 * coset_*.c; docs/categories.md explains the algorithm and names the files.
 */
#include "specs/category_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/text.h"

/* ---- small helpers ------------------------------------------------------- */


/* Grow *p (elements of size sz, capacity *cap) to hold at least need. */
static int grow(void **p, int *cap, int need, size_t sz)
{
  if (need <= *cap) return 1;
  int nc = *cap ? *cap : 8;
  while (nc < need) {
    if (nc > INT32_MAX / 2) return 0;
    nc *= 2;
  }
  void *q = realloc(*p, (size_t)nc * sz);
  if (!q) return 0;
  *p = q;
  *cap = nc;
  return 1;
}

/* ---- building ------------------------------------------------------------ */

category *category_new(const char *name, long line)
{
  category *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->name = text_dup(name ? name : "");
  if (!c->name) {
    free(c);
    return NULL;
  }
  c->line = line;
  return c;
}

void category_free_enumeration(category *c)
{
  free(c->bstart);
  free(c->mtgt);
  free(c->mpar);
  free(c->mpgen);
  free(c->lstart);
  free(c->lvoff);
  free(c->row);
  free(c->next);
  free(c->outoff);
  free(c->outgen);
  free(c->local);
  free(c->hoff);
  free(c->htgt);
  free(c->hcnt);
  c->bstart = c->mtgt = c->mpar = c->mpgen = c->lstart = c->lvoff = NULL;
  c->nlev = 0;
  c->row = NULL;
  c->next = c->outoff = c->outgen = c->local = NULL;
  c->hoff = c->htgt = c->hcnt = NULL;
  c->nmor = 0;
  c->enumerated = 0;
}

void category_free(category *c)
{
  if (!c) return;
  category_free_enumeration(c);
  for (int i = 0; i < c->nobj; i++) free(c->oname[i]);
  for (int i = 0; i < c->ngen; i++) free(c->gname[i]);
  for (int i = 0; i < c->neq; i++) {
    free(c->eqs[i].lhs);
    free(c->eqs[i].rhs);
  }
  names_free(c->onames);
  names_free(c->gnames);
  free(c->oname);
  free(c->oline);
  free(c->gname);
  free(c->gline);
  free(c->gsrc);
  free(c->gtgt);
  free(c->eqs);
  free(c->name);
  free(c);
}

int category_add_object(category *c, const char *name, long line)
{
  int n = c->nobj + 1, cap = c->cobj;
  if (!grow((void **)&c->oname, &cap, n, sizeof *c->oname)) return -1;
  cap = c->cobj;
  if (!grow((void **)&c->oline, &cap, n, sizeof *c->oline)) return -1;
  c->cobj = cap;
  char *s = text_dup(name ? name : "");
  if (!s) return -1;
  c->oname[c->nobj] = s;
  c->oline[c->nobj] = line;
  if (!c->onames && !(c->onames = names_new(16))) {
    free(s);
    return -1;
  }
  if (names_insert(c->onames, s, c->nobj, NULL) < 0) {
    free(s);
    return -1;
  }
  return c->nobj++;
}

int category_add_generator(category *c, const char *name, int source,
                           int target, long line)
{
  if (source < 0 || source >= c->nobj || target < 0 || target >= c->nobj) return -1;
  int n = c->ngen + 1, cap;
  cap = c->cgen;
  if (!grow((void **)&c->gname, &cap, n, sizeof *c->gname)) return -1;
  cap = c->cgen;
  if (!grow((void **)&c->gline, &cap, n, sizeof *c->gline)) return -1;
  cap = c->cgen;
  if (!grow((void **)&c->gsrc, &cap, n, sizeof *c->gsrc)) return -1;
  cap = c->cgen;
  if (!grow((void **)&c->gtgt, &cap, n, sizeof *c->gtgt)) return -1;
  c->cgen = cap;
  char *s = text_dup(name ? name : "");
  if (!s) return -1;
  c->gname[c->ngen] = s;
  c->gline[c->ngen] = line;
  c->gsrc[c->ngen] = source;
  c->gtgt[c->ngen] = target;
  if (!c->gnames && !(c->gnames = names_new(16))) {
    free(s);
    return -1;
  }
  if (names_insert(c->gnames, s, c->ngen, NULL) < 0) {
    free(s);
    return -1;
  }
  return c->ngen++;
}

static int *dup_word(const int *w, int n)
{
  int *r = malloc(sizeof *r * (size_t)(n > 0 ? n : 1));
  if (r && n > 0) memcpy(r, w, sizeof *r * (size_t)n);
  return r;
}

int category_add_equation(category *c, int source, const int *lhs, int nlhs,
                          const int *rhs, int nrhs, long line)
{
  if (nlhs < 0 || nrhs < 0) return -1;
  if (!grow((void **)&c->eqs, &c->ceq, c->neq + 1, sizeof *c->eqs)) return -1;
  equation *e = &c->eqs[c->neq];
  e->source = source;
  e->lhs = dup_word(lhs, nlhs);
  e->rhs = dup_word(rhs, nrhs);
  if (!e->lhs || !e->rhs) {
    free(e->lhs);
    free(e->rhs);
    return -1;
  }
  e->nlhs = nlhs;
  e->nrhs = nrhs;
  e->line = line;
  return c->neq++;
}

/* ---- the presentation ------------------------------------------------------ */
const char *category_name(const category *c) { return c->name; }
long category_line(const category *c) { return c->line; }
int category_object_count(const category *c) { return c->nobj; }
const char *category_object_name(const category *c, int x)
{
  return x >= 0 && x < c->nobj ? c->oname[x] : NULL;
}
long category_object_line(const category *c, int x)
{
  return x >= 0 && x < c->nobj ? c->oline[x] : 0;
}
int category_find_object(const category *c, const char *name)
{
  return c->onames && name ? names_find(c->onames, name) : -1;
}
int category_generator_count(const category *c) { return c->ngen; }
const char *category_generator_name(const category *c, int g)
{
  return g >= 0 && g < c->ngen ? c->gname[g] : NULL;
}
long category_generator_line(const category *c, int g)
{
  return g >= 0 && g < c->ngen ? c->gline[g] : 0;
}
int category_generator_source(const category *c, int g)
{
  return g >= 0 && g < c->ngen ? c->gsrc[g] : -1;
}
int category_generator_target(const category *c, int g)
{
  return g >= 0 && g < c->ngen ? c->gtgt[g] : -1;
}
int category_find_generator(const category *c, const char *name)
{
  return c->gnames && name ? names_find(c->gnames, name) : -1;
}
int category_equation_count(const category *c) { return c->neq; }

void category_equation(const category *c, int i, int *source,
                       const int **lhs, int *nlhs, const int **rhs, int *nrhs,
                       long *line)
{
  const equation *e = &c->eqs[i];
  if (source) *source = e->source;
  if (lhs) *lhs = e->lhs;
  if (nlhs) *nlhs = e->nlhs;
  if (rhs) *rhs = e->rhs;
  if (nrhs) *nrhs = e->nrhs;
  if (line) *line = e->line;
}

int category_word_target(const category *c, int source, const int *w, int n)
{
  if (source < 0 || source >= c->nobj) return -1;
  int y = source;
  for (int i = 0; i < n; i++) {
    int g = w[i];
    if (g < 0 || g >= c->ngen || c->gsrc[g] != y) return -1;
    y = c->gtgt[g];
  }
  return y;
}

int category_equations_typed(const category *c)
{
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    int a = category_word_target(c, e->source, e->lhs, e->nlhs);
    int b = category_word_target(c, e->source, e->rhs, e->nrhs);
    if (a < 0 || a != b) return 0;
  }
  return 1;
}

/* ---- copies ------------------------------------------------------------------ */

/* Add equation e of c to o, reversed when `reversed` (then it starts at the
 * target of its lhs, tgt).  0 on OOM. */
static int copy_equation(category *o, const equation *e, int reversed, int tgt)
{
  if (!reversed)
    return category_add_equation(o, e->source, e->lhs, e->nlhs, e->rhs, e->nrhs, e->line) >= 0;
  int *l = malloc(sizeof(int) * (size_t)(e->nlhs + 1));
  int *r = malloc(sizeof(int) * (size_t)(e->nrhs + 1));
  int ok = 0;
  if (l && r) {
    for (int k = 0; k < e->nlhs; k++) l[k] = e->lhs[e->nlhs - 1 - k];
    for (int k = 0; k < e->nrhs; k++) r[k] = e->rhs[e->nrhs - 1 - k];
    ok = category_add_equation(o, tgt, l, e->nlhs, r, e->nrhs, e->line) >= 0;
  }
  free(l);
  free(r);
  return ok;
}

category *category_copy_presentation(const category *c, int reversed, yo_status *st)
{
  *st = YO_INTERNAL;
  category *o = category_new(c->name, c->line);
  if (!o) return NULL;
  for (int x = 0; x < c->nobj; x++)
    if (category_add_object(o, c->oname[x], c->oline[x]) < 0) goto fail;
  for (int g = 0; g < c->ngen; g++) {
    int s = reversed ? c->gtgt[g] : c->gsrc[g], t = reversed ? c->gsrc[g] : c->gtgt[g];
    if (category_add_generator(o, c->gname[g], s, t, c->gline[g]) < 0) goto fail;
  }
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    int tgt = category_word_target(c, e->source, e->lhs, e->nlhs);
    if (tgt < 0) {
      *st = YO_INVALID;
      goto fail;
    }
    if (!copy_equation(o, e, reversed, tgt)) goto fail;
  }
  *st = YO_OK;
  return o;
fail:
  category_free(o);
  return NULL;
}

category *category_opposite(const category *c, int max_morphisms, yo_status *st)
{
  yo_status s;
  category *o = category_copy_presentation(c, 1, &s);
  if (o) {
    s = category_enumerate(o, max_morphisms);
    if (s != YO_OK) {
      category_free(o);
      o = NULL;
    } else if (c->enumerated) {
      o->orig = c;
    }
  }
  if (st) *st = s;
  return o;
}

int category_layout_generators(category *c, int ngen)
{
  c->outoff = calloc((size_t)c->nobj + 1, sizeof(int));
  c->outgen = malloc((size_t)(ngen > 0 ? ngen : 1) * sizeof(int));
  c->local = malloc((size_t)(ngen > 0 ? ngen : 1) * sizeof(int));
  if (!c->outoff || !c->outgen || !c->local) return 0;
  for (int g = 0; g < ngen; g++) c->local[g] = c->outoff[c->gsrc[g] + 1]++;
  for (int x = 0; x < c->nobj; x++) c->outoff[x + 1] += c->outoff[x];
  for (int g = 0; g < ngen; g++) c->outgen[c->outoff[c->gsrc[g]] + c->local[g]] = g;
  return 1;
}

/* ---- the enumerated category -------------------------------------------------- */

int category_is_enumerated(const category *c) { return c->enumerated; }
int category_morphism_count(const category *c) { return c->enumerated ? c->nmor : 0; }

static int valid_morphism(const category *c, int f)
{
  return c->enumerated && f >= 0 && f < c->nmor;
}

/* The block that f is in (every block holds at least its identity). */
static int block_of(const category *c, int f)
{
  int lo = 0, hi = c->nobj - 1;
  while (lo < hi) {
    int mid = lo + (hi - lo + 1) / 2;
    if (c->bstart[mid] <= f) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

int category_source(const category *c, int f) { return valid_morphism(c, f) ? block_of(c, f) : -1; }
int category_target(const category *c, int f) { return valid_morphism(c, f) ? c->mtgt[f] : -1; }
int category_identity(const category *c, int x)
{
  return c->enumerated && x >= 0 && x < c->nobj ? c->bstart[x] : -1;
}
int category_block_start(const category *c, int x)
{
  return c->enumerated && x >= 0 && x < c->nobj ? c->bstart[x] : -1;
}
int category_block_size(const category *c, int x)
{
  return c->enumerated && x >= 0 && x < c->nobj ? c->bstart[x + 1] - c->bstart[x] : 0;
}

int category_step(const category *c, int f, int g)
{
  if (!valid_morphism(c, f) || g < 0 || g >= c->ngen) return -1;
  if (c->mtgt[f] != c->gsrc[g]) return -1;
  return c->next[category_row(c, f) + c->local[g]];
}

/* Length of f's normal form (f valid): see lstart. */
static int word_length(const category *c, int f)
{
  int x = block_of(c, f);
  int lo = c->lvoff[x], hi = c->lvoff[x + 1] - 1;
  while (lo < hi) {
    int mid = lo + (hi - lo + 1) / 2;
    if (c->lstart[mid] <= f) lo = mid;
    else hi = mid - 1;
  }
  return lo - c->lvoff[x];
}

/* Follow g's normal form from f (targets already checked). */
static int follow(const category *c, int f, int g)
{
  /* a short word straight from the parent chain (last letter first) */
  int small[64], n = 0, h = g;
  while (n < 64 && c->mpar[h] >= 0) {
    small[n++] = c->mpgen[h];
    h = c->mpar[h];
  }
  if (c->mpar[h] < 0) {
    int r = f;
    for (int k = n - 1; k >= 0; k--) r = c->next[category_row(c, r) + c->local[small[k]]];
    return r;
  }
  int len = word_length(c, g);
  int *w = malloc(sizeof(int) * (size_t)len);
  if (!w) return -1;
  h = g;
  for (int k = len - 1; k >= 0; k--, h = c->mpar[h]) w[k] = c->mpgen[h];
  int r = f;
  for (int k = 0; k < len; k++) r = c->next[category_row(c, r) + c->local[w[k]]];
  free(w);
  return r;
}

int category_compose(const category *c, int f, int g)
{
  if (!valid_morphism(c, f) || !valid_morphism(c, g)) return -1;
  if (c->mtgt[f] != block_of(c, g)) return -1;
  return follow(c, f, g);
}

int category_trace(const category *c, int source, const int *w, int n)
{
  if (!c->enumerated || source < 0 || source >= c->nobj) return -1;
  int f = c->bstart[source];
  for (int k = 0; k < n; k++) {
    f = category_step(c, f, w[k]);
    if (f < 0) return -1;
  }
  return f;
}

int category_generator_morphism(const category *c, int g)
{
  if (!c->enumerated || g < 0 || g >= c->ngen) return -1;
  return category_step(c, c->bstart[c->gsrc[g]], g);
}

int category_parent(const category *c, int f) { return valid_morphism(c, f) ? c->mpar[f] : -1; }
int category_parent_generator(const category *c, int f)
{
  return valid_morphism(c, f) ? c->mpgen[f] : -1;
}
int category_arrays(const category *c, const int **tgt, const int **parent, const int **pgen,
                    const int **next, int *width)
{
  if (!c->enumerated) return 0;
  *tgt = c->mtgt;
  *parent = c->mpar;
  *pgen = c->mpgen;
  *next = c->row ? NULL : c->next;
  *width = c->row ? -1 : c->width;
  return 1;
}
int category_word_length(const category *c, int f) { return valid_morphism(c, f) ? word_length(c, f) : 0; }

int category_word(const category *c, int f, int *buf, int cap)
{
  if (!valid_morphism(c, f)) return 0;
  int len = word_length(c, f);
  for (int k = len - 1, h = f; k >= 0; k--, h = c->mpar[h])
    if (k < cap) buf[k] = c->mpgen[h];
  return len;
}

/* 1 when "id_" followed by name is itself a name of c. */
static int id_name_taken(const category *c, const char *name)
{
  char small[128];
  size_t n = strlen(name) + 4;
  char *s = n <= sizeof small ? small : malloc(n);
  if (!s) return 1;   /* cannot tell: keep the unambiguous form */
  memcpy(s, "id_", 3);
  memcpy(s + 3, name, n - 3);
  int taken = category_find_object(c, s) >= 0 || category_find_generator(c, s) >= 0;
  if (s != small) free(s);
  return taken;
}

int category_format_identity(const category *c, int x, char *buf, int cap)
{
  if (cap > 0) buf[0] = '\0';
  if (x < 0 || x >= c->nobj) return 0;
  const char *name = c->oname[x];
  int id = !id_name_taken(c, name);
  int n = (int)strlen(name) + (id ? 3 : 0);
  if (cap > 0) snprintf(buf, (size_t)cap, "%s%s", id ? "id_" : "", name);
  return n;
}

int category_format_morphism(const category *c, int f, int reversed, char *buf, int cap)
{
  if (cap > 0) buf[0] = '\0';
  if (!valid_morphism(c, f)) return 0;
  if (reversed && c->orig && c->mpar[f] >= 0) {
    /* the same morphism of the original: its letters are f's, last first,
     * from f's target (the parent chain yields them in that order) */
    const category *o = c->orig;
    int h = category_identity(o, c->mtgt[f]);
    for (int k = f; h >= 0 && c->mpar[k] >= 0; k = c->mpar[k]) h = category_step(o, h, c->mpgen[k]);
    if (h >= 0) return category_format_morphism(o, h, 0, buf, cap);
  }
  if (c->mpar[f] < 0) return category_format_identity(c, block_of(c, f), buf, cap);
  /* total length first, then write from the right end of the word */
  int total = 0;
  for (int h = f; c->mpar[h] >= 0; h = c->mpar[h]) total += (int)strlen(c->gname[c->mpgen[h]]) + 1;
  total -= 1;
  /* position of each generator: walk the parent chain (last generator first) */
  int pos = reversed ? 0 : total;
  for (int h = f, first = 1; c->mpar[h] >= 0; h = c->mpar[h], first = 0) {
    const char *s = c->gname[c->mpgen[h]];
    int n = (int)strlen(s);
    int at;
    if (reversed) {
      if (!first) {
        if (pos < cap - 1) buf[pos] = ' ';
        pos++;
      }
      at = pos;
      pos += n;
    } else {
      if (!first) {
        pos--;
        if (pos < cap - 1) buf[pos] = ' ';
      }
      pos -= n;
      at = pos;
    }
    for (int k = 0; k < n; k++)
      if (at + k < cap - 1) buf[at + k] = s[k];
  }
  if (cap > 0) buf[total < cap - 1 ? total : cap - 1] = '\0';
  return total;
}

int category_hom_count(const category *c, int x, int y)
{
  if (!c->enumerated || x < 0 || x >= c->nobj || y < 0 || y >= c->nobj) return 0;
  int lo = c->hoff[x], hi = c->hoff[x + 1];
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (c->htgt[mid] == y) return c->hcnt[mid];
    if (c->htgt[mid] < y) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

int category_limit_width(const category *c, int *object, long *rows, int *width,
                         long *max_rows)
{
  if (!c->wide) return 0;
  if (object) *object = c->wide_object;
  if (rows) *rows = c->wide_rows;
  if (width) *width = c->wide_width;
  if (max_rows) *max_rows = c->wide_max_rows;
  return 1;
}

long category_nodes_defined(const category *c) { return c->defined; }

const char *category_engine(const category *c)
{
  static const char *const engine_names[] = {"", "general", "groupoid", "coxeter"};
  return c->engine >= 0 && c->engine <= 3 ? engine_names[c->engine] : "";
}
size_t category_peak_bytes(const category *c) { return c->peak; }
