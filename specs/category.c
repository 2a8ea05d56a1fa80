/* category.c — presentations of finite categories and their enumeration by
 * Todd–Coxeter coset enumeration over typed paths (see category.h and
 * docs/categories.md).
 *
 * Enumeration works block by block (one block per source object x): the
 * nodes of the workspace are paths out of x up to the equations found so
 * far, edges are generators; every equation holds at every node whose target
 * is the equation's source.  Felsch strategy: the first undefined edge is
 * defined, then every consequence (deduction) is processed before the next
 * definition; relations at least TRACE_MIN long are first traced at each
 * node (HLT-style relator-based definitions, each followed by its
 * deductions).  Two engines share the workspace:
 *  - general mode: preimage lists find the instances through a deduced edge;
 *    equations whose letters all have inverse generators are scanned as
 *    cyclic relators; a final pass re-scans every equation at every node;
 *  - groupoid mode (every generator has an inverse generator): the table
 *    keeps inverse edges, no preimage list, relators scanned from both ends.
 * Coincidences are merged with a union-find and every edge into a dead node
 * is redirected at once, so the table only names live nodes.  A finished
 * block is renumbered by a breadth-first search (generators in declaration
 * order), which numbers morphisms in shortlex order of their normal forms,
 * and appended to the result arrays.
 */
#include "specs/category.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct equation {
  int source;
  int *lhs, nlhs;
  int *rhs, nrhs;
  long line;
} equation;

struct category {
  char *name;
  long line;
  int nobj, cobj;
  char **oname;
  long *oline;
  int ngen, cgen;
  char **gname;
  long *gline;
  int *gsrc, *gtgt;
  int neq, ceq;
  equation *eqs;
  /* name -> first index with that name: open addressing, -1 = empty */
  int *ohash, ohcap, *ghash, ghcap;

  /* the enumerated category */
  int enumerated;
  int nmor;
  int *bstart;            /* nobj+1 */
  int *msrc, *mtgt, *mpar, *mpgen, *mlen;
  int64_t *row;           /* nmor+1: offsets of each morphism's row in next */
  int *next;              /* rows: one entry per generator out of target(f) */
  int *outoff, *outgen;   /* generators grouped by source: outgen[outoff[y]..] */
  int *local;             /* local[g]: position of g among its source's generators */
  int *hoff, *htgt, *hcnt; /* per block: (target, count) pairs sorted by target */

  long defined;
  size_t peak;
};

/* ---- small helpers ------------------------------------------------------- */

static char *dup_string(const char *s)
{
  if (!s) s = "";
  size_t n = strlen(s) + 1;
  char *r = malloc(n);
  if (r) memcpy(r, s, n);
  return r;
}

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

/* ---- name lookup ----------------------------------------------------------- */

static unsigned name_hash(const char *s)
{
  unsigned h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* Index of `name` among names[0..] through the table, or -1. */
static int hash_find(const int *tab, int cap, char *const *names, const char *name)
{
  if (!tab || !name) return -1;
  unsigned mask = (unsigned)cap - 1;
  for (unsigned i = name_hash(name) & mask;; i = (i + 1) & mask) {
    int k = tab[i];
    if (k < 0) return -1;
    if (strcmp(names[k], name) == 0) return k;
  }
}

/* Enter index `idx` (names[idx] already stored; count names in all) unless
 * its name is already there.  0 on OOM. */
static int hash_add(int **tab, int *cap, char *const *names, int count, int idx)
{
  if (2 * count > *cap) {
    int nc = *cap ? *cap * 2 : 64;
    while (2 * count > nc) nc *= 2;
    int *t = malloc((size_t)nc * sizeof(int));
    if (!t) return 0;
    for (int i = 0; i < nc; i++) t[i] = -1;
    unsigned mask = (unsigned)nc - 1;
    for (int k = 0; k < idx; k++) {
      if (hash_find(t, nc, names, names[k]) >= 0) continue;
      unsigned i = name_hash(names[k]) & mask;
      while (t[i] >= 0) i = (i + 1) & mask;
      t[i] = k;
    }
    free(*tab);
    *tab = t;
    *cap = nc;
  }
  if (hash_find(*tab, *cap, names, names[idx]) >= 0) return 1;
  unsigned mask = (unsigned)*cap - 1, i = name_hash(names[idx]) & mask;
  while ((*tab)[i] >= 0) i = (i + 1) & mask;
  (*tab)[i] = idx;
  return 1;
}

/* ---- building ------------------------------------------------------------ */

category *category_new(const char *name, long line)
{
  category *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->name = dup_string(name);
  if (!c->name) {
    free(c);
    return NULL;
  }
  c->line = line;
  return c;
}

static void free_enumeration(category *c)
{
  free(c->bstart);
  free(c->msrc);
  free(c->mtgt);
  free(c->mpar);
  free(c->mpgen);
  free(c->mlen);
  free(c->row);
  free(c->next);
  free(c->outoff);
  free(c->outgen);
  free(c->local);
  free(c->hoff);
  free(c->htgt);
  free(c->hcnt);
  c->bstart = c->msrc = c->mtgt = c->mpar = c->mpgen = c->mlen = NULL;
  c->row = NULL;
  c->next = c->outoff = c->outgen = c->local = NULL;
  c->hoff = c->htgt = c->hcnt = NULL;
  c->nmor = 0;
  c->enumerated = 0;
}

void category_free(category *c)
{
  if (!c) return;
  free_enumeration(c);
  for (int i = 0; i < c->nobj; i++) free(c->oname[i]);
  for (int i = 0; i < c->ngen; i++) free(c->gname[i]);
  for (int i = 0; i < c->neq; i++) {
    free(c->eqs[i].lhs);
    free(c->eqs[i].rhs);
  }
  free(c->ohash);
  free(c->ghash);
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
  char *s = dup_string(name);
  if (!s) return -1;
  c->oname[c->nobj] = s;
  c->oline[c->nobj] = line;
  if (!hash_add(&c->ohash, &c->ohcap, c->oname, c->nobj + 1, c->nobj)) {
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
  char *s = dup_string(name);
  if (!s) return -1;
  c->gname[c->ngen] = s;
  c->gline[c->ngen] = line;
  c->gsrc[c->ngen] = source;
  c->gtgt[c->ngen] = target;
  if (!hash_add(&c->ghash, &c->ghcap, c->gname, c->ngen + 1, c->ngen)) {
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
  return hash_find(c->ohash, c->ohcap, c->oname, name);
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
  return hash_find(c->ghash, c->ghcap, c->gname, name);
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

/* ---- the enumeration workspace -------------------------------------------- */

/* An equation in local generator indices: u = v from object `source`;
 * tu[j] / tv[j] is the object reached after j letters. */
typedef struct rel {
  const int *u, *v;
  const int *tu, *tv;
  const int *iu, *iv; /* local index of the letter's two-sided inverse
                         generator (at the letter's target), or -1 */
  int nu, nv, source;
  int eq;             /* index of the equation */
} rel;

/* An occurrence of a generator in an equation side: rel, side (0: u, 1: v)
 * and position. */
typedef struct occ {
  int rel, side, k;
} occ;

/* A cyclic word (a distinct rotation of a relator u v^-1 built from an
 * equation whose letters all have inverse generators) in local indices,
 * with the local index of each letter's inverse, starting at object
 * `type`.  Used by both engines. */
typedef struct crel {
  const int *w, *wi;
  int len, type;
  int pw;             /* groupoid mode: index of the long power g^len in
                         tc.pw when the word is one letter repeated, or -1 */
  int selfinv;        /* the relator's inverse is one of its rotations */
} crel;

/* Groupoid mode, a long power relator g^L (L >= POWER_MIN) at object y:
 * scanning it walks the g-orbit, which costs O(L) per deduction and made
 * <r | r^100000> quadratic.  A union-find over the g-components (par, sz:
 * nodes ever joined, an over-count; cyc: a cycle may have formed, set
 * conservatively) tells when a scan cannot conclude anything: a component
 * without a cycle is a g-path, and a path with fewer than L nodes neither
 * closes nor leaves a one-edge gap.  Once g^L closes at a node, its whole
 * orbit is marked (tc.pmark, bit = index) and never scanned again.  Rebuilt
 * exactly at each compaction. */
/* Relations (general mode: |u| + |v|; groupoid mode: the reduced relator)
 * at least this long are traced at each node before its remaining edges are
 * filled.  Breadth-first Felsch closes shorter ones soon enough (for them
 * tracing doubles the time of S_9 and Z_2^19 and defines no fewer nodes); a
 * longer one is only closed once paths as long as it exist, and with
 * redundant generators breadth-first order needs exponentially many nodes
 * for that (g0^10 = g1, g1^10 = g2, g2^10 = 1: over 3*10^6 nodes for Z_1000;
 * traced, with inferred inverses: 1,720). */
#define TRACE_MIN 9
/* General mode traces only while the block has at most this many live
 * nodes: there a traced definition can cost O(nodes) in deductions, and
 * presentations that are infinite or over the limit took 20 times longer
 * to reach YO_LIMIT. */
#define TRACE_LIVE_MAX 16384
#define POWER_MIN 32
#define POWER_MAX 8
typedef struct power {
  int l, hl, L, y;
  int *par, *sz;
  unsigned char *cyc;
} power;

typedef struct tc {
  int W;              /* row width: the largest out-degree */
  const int *outdeg;  /* per object */
  const int *outoff, *outgen;
  const int *lgtgt;   /* lgtgt[y*W+l]: target of the l-th generator out of y */
  const rel *rels;
  const int *roff;    /* equations at object y: rels[roff[y]..roff[y+1]) */
  const occ *occs;
  const int *ooff;    /* occurrences of generator g: occs[ooff[g]..ooff[g+1]) */

  /* Node n, local generator l: row[nW+l] is the edge n.l (-1 undefined,
   * and -1 everywhere in a dead node's row); fi[nW+l] is the head of the
   * list of nodes p with p.l == n, nx[pW+l] the next node of the list the
   * edge p.l is in.  Entries whose edge no longer points to the list's node
   * are stale and skipped.  The lists are freed when a block is done. */
  int *row;           /* edges: row[nW+l] */
  int *nx, *fi;       /* preimage lists */
  int *uf;            /* union-find for ids held on stacks: uf[n]==n iff live */
  int *type;          /* target object of node n */
  int cap, nn, live;
  int pos;            /* next node whose edges get defined */
  int hard;           /* most live nodes allowed */
  int capmax;         /* most node ids allowed */
  long defs, maxdefs;
  int deduce;         /* record deductions */
  int trace_min;      /* relations at least this long are traced at each
                         node before its remaining edges are filled
                         (relator-based definitions) */
  const unsigned char *tracey; /* object y has a relation to trace */
  unsigned epoch;     /* changes at every merge and compaction */
  int npw;            /* long power relators (groupoid mode) */
  power pw[POWER_MAX];
  unsigned char *pmark; /* pmark[n] bit k: pw[k] is known to hold at n */
  /* groupoid mode: every generator has a two-sided inverse generator; the
   * table keeps n.g == m iff m.g' == n, so no preimage list is needed and
   * equations are scanned as cyclic relators from both ends */
  int groupoid;
  const int *linv;    /* linv[y*W+l]: local index of the inverse of (y, l) */
  const crel *crels;      /* (both modes) */
  const int *coff, *cocc; /* rotations starting with generator g */
  const int *voff, *vlist; /* rotation 0 of each relator, by start object */
  int multi;          /* more than one object: check types when walking back */

  int *stack;         /* coincidences (pairs) */
  int scap, sn;
  int *ded;           /* deductions (pairs node, l) */
  int dcap, dn;
  int *starts;        /* scratch for walking back (pairs node, depth) */
  int stcap;
  size_t base_bytes, *peak;
  yo_status fail;
} tc;


static void note_bytes(tc *t)
{
  size_t b = (size_t)t->cap * ((t->groupoid ? 1 : 3) * (size_t)t->W + 2) * sizeof(int) +
             ((size_t)t->scap + (size_t)t->dcap + (size_t)t->stcap) * sizeof(int);
  if (t->base_bytes + b > *t->peak) *t->peak = t->base_bytes + b;
}

static int find(tc *t, int a)
{
  int *uf = t->uf;
  while (uf[a] != a) {
    uf[a] = uf[uf[a]];
    a = uf[a];
  }
  return a;
}

static inline size_t at(const tc *t, int n, int l)
{
  return (size_t)n * (size_t)t->W + (size_t)l;
}

static inline int get(const tc *t, int n, int l)
{
  return t->row[at(t, n, l)];
}

static int grow_array(tc *t, int **p, int *cap, int need)
{
  if (need <= *cap) return 1;
  int nc = *cap ? *cap : 1024;
  while (nc < need) nc *= 2;
  int *q = realloc(*p, (size_t)nc * sizeof(int));
  if (!q) {
    t->fail = YO_INTERNAL;
    return 0;
  }
  *p = q;
  *cap = nc;
  note_bytes(t);
  return 1;
}

static int alloc_nodes(tc *t, int nc)
{
  int *p;
  if (!(p = realloc(t->row, (size_t)nc * (size_t)t->W * sizeof(int)))) goto oom;
  t->row = p;
  if (!t->groupoid) {
    if (!(p = realloc(t->nx, (size_t)nc * (size_t)t->W * sizeof(int)))) goto oom;
    t->nx = p;
    if (!(p = realloc(t->fi, (size_t)nc * (size_t)t->W * sizeof(int)))) goto oom;
    t->fi = p;
  }
  if (!(p = realloc(t->uf, (size_t)nc * sizeof(int)))) goto oom;
  t->uf = p;
  if (!(p = realloc(t->type, (size_t)nc * sizeof(int)))) goto oom;
  t->type = p;
  if (t->npw > 0) {
    unsigned char *b = realloc(t->pmark, (size_t)nc);
    if (!b) goto oom;
    t->pmark = b;
    for (int k = 0; k < t->npw; k++) {
      power *w = &t->pw[k];
      if (!(p = realloc(w->par, (size_t)nc * sizeof(int)))) goto oom;
      w->par = p;
      if (!(p = realloc(w->sz, (size_t)nc * sizeof(int)))) goto oom;
      w->sz = p;
      if (!(b = realloc(w->cyc, (size_t)nc))) goto oom;
      w->cyc = b;
    }
  }
  t->cap = nc;
  note_bytes(t);
  return 1;
oom:
  t->fail = YO_INTERNAL;
  return 0;
}

static int grow_nodes(tc *t)
{
  if (t->cap >= t->capmax) {
    t->fail = YO_LIMIT;
    return 0;
  }
  int nc = t->cap > t->capmax / 2 ? t->capmax : t->cap * 2;
  if (nc < 1024) nc = t->capmax < 1024 ? t->capmax : 1024;
  return alloc_nodes(t, nc);
}

/* A new node of type y, with all edges undefined; -1 on failure. */
static int new_node(tc *t, int y)
{
  if (t->nn == t->cap && !grow_nodes(t)) return -1;
  if (++t->defs > t->maxdefs) {
    t->fail = YO_LIMIT;
    return -1;
  }
  int n = t->nn++;
  t->live++;
  t->uf[n] = n;
  t->type[n] = y;
  size_t i = at(t, n, 0);
  for (int l = 0; l < t->W; l++) t->row[i + (size_t)l] = -1;
  if (t->fi)
    for (int l = 0; l < t->W; l++) t->fi[i + (size_t)l] = -1;
  if (t->npw > 0) {
    t->pmark[n] = 0;
    for (int k = 0; k < t->npw; k++) {
      t->pw[k].par[n] = n;
      t->pw[k].sz[n] = 1;
      t->pw[k].cyc[n] = 0;
    }
  }
  return n;
}

static inline void push_deduction(tc *t, int n, int l)
{
  if (!t->deduce) return;
  if (t->dn + 2 > t->dcap && !grow_array(t, &t->ded, &t->dcap, t->dn + 2)) return;
  t->ded[t->dn++] = n;
  t->ded[t->dn++] = l;
}

static int pw_find(power *w, int a)
{
  int *par = w->par;
  while (par[a] != a) {
    par[a] = par[par[a]];
    a = par[a];
  }
  return a;
}

/* Join the g-components of a and b (an edge or a merge between them). */
static void pw_union(power *w, int a, int b)
{
  int ra = pw_find(w, a), rb = pw_find(w, b);
  if (ra == rb) {
    w->cyc[ra] = 1;
    return;
  }
  if (w->sz[ra] < w->sz[rb]) {
    int s = ra;
    ra = rb;
    rb = s;
  }
  w->par[rb] = ra;
  w->sz[ra] += w->sz[rb];
  w->cyc[ra] |= w->cyc[rb];
}

/* Rebuild the g-components from the edges of nodes 0..nn-1 (all live). */
static void pw_rebuild(tc *t)
{
  for (int k = 0; k < t->npw; k++) {
    power *w = &t->pw[k];
    for (int n = 0; n < t->nn; n++) {
      w->par[n] = n;
      w->sz[n] = 1;
      w->cyc[n] = 0;
    }
    for (int n = 0; n < t->nn; n++) {
      if (t->type[n] != w->y) continue;
      int m = t->row[(size_t)n * (size_t)t->W + (size_t)w->l];
      if (m >= 0) pw_union(w, n, m);
    }
  }
}

/* Put node n (whose edge l points to m) on m's preimage list for l. */
static inline void link_preimage(tc *t, int n, int l, int m)
{
  size_t j = at(t, m, l);
  t->nx[at(t, n, l)] = t->fi[j];
  t->fi[j] = n;
}

/* Define the edge n.l = m (it was undefined). */
static inline void set_edge(tc *t, int n, int l, int m)
{
  t->row[at(t, n, l)] = m;
  link_preimage(t, n, l, m);
  push_deduction(t, n, l);
}

static int push_pair(tc *t, int a, int b)
{
  if (t->sn + 2 > t->scap && !grow_array(t, &t->stack, &t->scap, t->sn + 2)) return 0;
  t->stack[t->sn++] = a;
  t->stack[t->sn++] = b;
  return 1;
}

/* Identify nodes a and b and everything that follows.  The smaller id
 * survives (so a node whose edges were defined stays so); every edge into
 * the dead node is redirected at once, so edges always point to live
 * nodes. */
static void coincide(tc *t, int a0, int b0)
{
  if (!push_pair(t, a0, b0)) return;
  const int W = t->W;
  while (t->sn > 0 && !t->fail) {
    int b = find(t, t->stack[--t->sn]);
    int a = find(t, t->stack[--t->sn]);
    if (a == b) continue;
    if (a > b) {
      int s = a;
      a = b;
      b = s;
    }
    t->uf[b] = a;
    t->live--;
    t->epoch++;
    /* edges into b now go to a; b's preimage lists join a's */
    for (int l = 0; l < W; l++) {
      size_t ib = at(t, b, l);
      int h = t->fi[ib];
      if (h < 0) continue;
      int e = h, last = h;
      while (e >= 0) {
        size_t ie = at(t, e, l);
        if (t->row[ie] == b) {
          t->row[ie] = a;
          push_deduction(t, e, l);
        }
        last = e;
        e = t->nx[ie];
      }
      size_t ia = at(t, a, l);
      t->nx[at(t, last, l)] = t->fi[ia];
      t->fi[ia] = h;
      t->fi[ib] = -1;
    }
    /* edges out of b */
    int d = t->outdeg[t->type[b]];
    for (int l = 0; l < d; l++) {
      size_t ib = at(t, b, l);
      int vb = t->row[ib];
      if (vb < 0) continue;
      t->row[ib] = -1;
      size_t ia = at(t, a, l);
      int va = t->row[ia];
      if (va < 0) {
        t->row[ia] = vb;
        link_preimage(t, a, l, vb);
        push_deduction(t, a, l);
      } else if (va != vb) {
        if (!push_pair(t, va, vb)) return;
      }
    }
  }
}

/* Trace relation r from p (u already traced up to i) and q (v up to j)
 * without defining nodes: fill the last missing edge when the other side is
 * complete, identify the ends when both are. */
static void scan_from(tc *t, const rel *r, int p, int i, int q, int j)
{
  const int *u = r->u, *v = r->v;
  const int nu = r->nu, nv = r->nv;
  while (i < nu) {
    int x = get(t, p, u[i]);
    if (x < 0) break;
    p = x;
    i++;
  }
  if (i < nu - 1) return;
  while (j < nv) {
    int x = get(t, q, v[j]);
    if (x < 0) break;
    q = x;
    j++;
  }
  if (i == nu) {
    if (j == nv) {
      if (p != q) coincide(t, p, q);
    } else if (j == nv - 1) {
      set_edge(t, q, v[j], p);
    }
  } else if (j == nv) {
    set_edge(t, p, u[i], q);
  }
}

static void scan(tc *t, int n, const rel *r)
{
  scan_from(t, r, n, 0, n, 0);
}

/* General mode: scan the cyclic word cr (a rotation of a relator whose
 * letters all have inverses) at node n from both ends, going backwards
 * through the inverse generators' edges.  Every conclusion is a consequence
 * of the equations, whatever the state of the table. */
static void scan_cyclic_m(tc *t, int n, const crel *cr)
{
  const int *w = cr->w, *wi = cr->wi;
  const int L = cr->len;
  int p = n, i = 0;
  while (i < L) {
    int x = get(t, p, w[i]);
    if (x < 0) break;
    p = x;
    i++;
  }
  if (i == L) {
    if (p != n) coincide(t, p, n);
    return;
  }
  int q = n, j = L;
  while (j > i + 1) {
    int x = get(t, q, wi[j - 1]);
    if (x < 0) return;
    q = x;
    j--;
  }
  int x = get(t, q, wi[i]);
  if (x >= 0) {
    if (x != p) coincide(t, p, x);
    return;
  }
  set_edge(t, p, w[i], q);
  if (get(t, q, wi[i]) < 0) set_edge(t, q, wi[i], p);
}

/* Scan every equation instance that uses edge n.l.  With `fresh` (n.l was
 * just defined as a new node, which has no edges yet) only the instances
 * where the edge is one of the last two letters of a side can change
 * anything. */
static void deduce_edge(tc *t, int n, int l, int fresh)
{
  n = find(t, n);
  int y = t->type[n];
  if (l >= t->outdeg[y] || get(t, n, l) < 0) return;
  int g = t->outgen[t->outoff[y] + l];
  for (int k = t->coff[g]; k < t->coff[g + 1] && !t->fail; k++) {
    n = find(t, n);
    if (get(t, n, l) < 0) break;
    scan_cyclic_m(t, n, &t->crels[t->cocc[k]]);
  }
  n = find(t, n);
  for (int o = t->ooff[g]; o < t->ooff[g + 1] && !t->fail; o++) {
    const occ *oc = &t->occs[o];
    const rel *r = &t->rels[oc->rel];
    const int *w = oc->side ? r->v : r->u;
    const int *tw = oc->side ? r->tv : r->tu;
    const int *iw = oc->side ? r->iv : r->iu;
    int len = oc->side ? r->nv : r->nu;
    if (fresh && oc->k < len - 2) continue;
    /* the start nodes: walk k letters back from n through preimages */
    int sp = 0;
    if (t->stcap < 2 && !grow_array(t, &t->starts, &t->stcap, 2)) return;
    t->starts[sp++] = n;
    t->starts[sp++] = oc->k;
    while (sp > 0 && !t->fail) {
      int j = t->starts[--sp];
      int x = find(t, t->starts[--sp]);
      if (j == 0) {
        /* x.w[0..k) == n: go on from n.l at position k+1 */
        n = find(t, n);
        int m = get(t, n, l);
        if (oc->side == 0) scan_from(t, r, m, oc->k + 1, x, 0);
        else scan_from(t, r, x, 0, m, oc->k + 1);
        continue;
      }
      int lj = w[j - 1], ty = tw[j - 1], li = iw[j - 1];
      if (li >= 0) {
        /* the letter has an inverse: once the deductions pending are
         * done, its only preimage is x.inverse (an instance missed here is
         * scanned again when the pending deduction of its edge is done) */
        int e = get(t, x, li);
        if (e >= 0 && get(t, e, lj) == x) {
          if (sp + 2 > t->stcap && !grow_array(t, &t->starts, &t->stcap, sp + 2)) return;
          t->starts[sp++] = e;
          t->starts[sp++] = j - 1;
        }
        continue;
      }
      for (int e = t->fi[at(t, x, lj)]; e >= 0;) {
        size_t ie = at(t, e, lj);
        if (t->row[ie] == x && (!t->multi || t->type[e] == ty)) {
          if (sp + 2 > t->stcap && !grow_array(t, &t->starts, &t->stcap, sp + 2)) return;
          t->starts[sp++] = e;
          t->starts[sp++] = j - 1;
        }
        e = t->nx[ie];
      }
    }
    n = find(t, n);
  }
}

static void process_deductions(tc *t)
{
  while (t->dn > 0 && !t->fail) {
    int l = t->ded[--t->dn];
    int n = t->ded[--t->dn];
    deduce_edge(t, n, l, 0);
  }
}

/* Renumber the live nodes 0..live-1 keeping their order and rebuild the
 * preimage lists (only when no deduction or coincidence is pending). */
static int compact(tc *t)
{
  int *map = malloc((size_t)(t->nn > 0 ? t->nn : 1) * sizeof(int));
  if (!map) {
    t->fail = YO_INTERNAL;
    return 0;
  }
  size_t extra = (size_t)t->nn * sizeof(int);
  t->base_bytes += extra;
  note_bytes(t);
  t->base_bytes -= extra;
  int k = 0, newpos = 0;
  for (int o = 0; o < t->nn; o++) {
    if (t->uf[o] == o) {
      map[o] = k++;
      if (o < t->pos) newpos = k;
    }
  }
  const int W = t->W;
  for (int o = 0; o < t->nn; o++) {
    if (t->uf[o] != o) continue;
    int id = map[o];
    int *src = t->row + at(t, o, 0), *dst = t->row + at(t, id, 0);
    for (int l = 0; l < W; l++) {
      int e = src[l];
      dst[l] = e >= 0 ? map[find(t, e)] : -1;
    }
    t->type[id] = t->type[o];
    if (t->pmark) t->pmark[id] = t->pmark[o];
  }
  for (int i = 0; i < k; i++) t->uf[i] = i;
  t->nn = k;
  t->live = k;
  t->pos = newpos;
  free(map);
  t->epoch++;
  if (t->groupoid) {
    pw_rebuild(t);
    return 1;
  }
  for (size_t i = 0; i < (size_t)k * (size_t)W; i++) t->fi[i] = -1;
  for (int n = 0; n < k; n++) {
    int d = t->outdeg[t->type[n]];
    for (int l = 0; l < d; l++) {
      int m = get(t, n, l);
      if (m >= 0) link_preimage(t, n, l, m);
    }
  }
  return 1;
}

/* Between two nodes: keep room for a node's definitions, compact when many
 * nodes are dead, give up when the live nodes cannot fit. */
static int safe_point(tc *t)
{
  int margin = t->W + 1;
  if (t->live + margin > t->hard) {
    t->fail = YO_LIMIT;
    return 0;
  }
  if (t->nn + margin > t->cap) {
    if (t->nn - t->live >= t->nn / 4 || t->cap >= t->capmax) {
      if (!compact(t)) return 0;
    }
    while (t->nn + margin > t->cap)
      if (!grow_nodes(t)) return 0;
  }
  return 1;
}

/* Define p.l (undefined) as a new node and process every consequence
 * (general mode).  0 on failure. */
static int define_edge(tc *t, int p, int l)
{
  int m = new_node(t, t->lgtgt[t->type[p] * t->W + l]);
  if (m < 0) return 0;
  t->deduce = 0;
  set_edge(t, p, l, m);
  t->deduce = 1;
  deduce_edge(t, p, l, 1);
  process_deductions(t);
  return !t->fail;
}

/* Relator-based definitions (HLT) at node t->pos, general mode: trace every
 * equation u = v at it, defining the missing edges along u and v until the
 * last edge of one side can be filled in or both ends are identified.  Each
 * definition is followed by its deductions, and the node is looked up again
 * after each step (a compaction renumbers nodes, a coincidence may kill it).
 * This closes long relations that a breadth-first Felsch order would only
 * reach after exponentially many definitions (redundant generators). */
static int safe_point(tc *t);
static void trace_node(tc *t)
{
  int y = t->type[t->pos];
  for (int k = t->roff[y]; k < t->roff[y + 1] && !t->fail; k++) {
    const rel *r = &t->rels[k];
    const int *u = r->u, *v = r->v;
    const int nu = r->nu, nv = r->nv;
    if (nu + nv < t->trace_min) continue;
    /* the walks so far, valid while no merge or compaction happened */
    int p = 0, i = 0, q = 0, j = 0, have = 0;
    unsigned ep = 0;
    for (;;) {
      /* (liveness first: a compaction would move pos to the next node) */
      if (t->uf[t->pos] != t->pos || !safe_point(t)) return;
      int n = t->pos;
      if (!have || ep != t->epoch) {
        p = q = n;
        i = j = 0;
      }
      int x;
      while (i < nu && (x = get(t, p, u[i])) >= 0) {
        p = x;
        i++;
      }
      while (j < nv && (x = get(t, q, v[j])) >= 0) {
        q = x;
        j++;
      }
      have = 1;
      ep = t->epoch;
      if (i == nu && j == nv) {
        if (p != q) coincide(t, p, q);
      } else if (i == nu && j == nv - 1) {
        set_edge(t, q, v[j], p);
      } else if (j == nv && i == nu - 1) {
        set_edge(t, p, u[i], q);
      } else {
        if (i < nu - 1 || j >= nv - 1) {
          if (!define_edge(t, p, u[i])) return;
        } else if (!define_edge(t, q, v[j])) {
          return;
        }
        continue;
      }
      process_deductions(t);
      break;
    }
  }
}

/* Check every equation at every node of the complete table, identifying
 * ends that differ, until a pass changes nothing. */
static void verify(tc *t)
{
  t->deduce = 0;
  for (;;) {
    int before = t->live;
    for (int n = 0; n < t->nn && !t->fail; n++) {
      if (t->uf[n] != n) continue;
      int y = t->type[n];
      for (int k = t->roff[y]; k < t->roff[y + 1]; k++) {
        scan(t, n, &t->rels[k]);
        if (t->fail || t->uf[n] != n) break;
      }
    }
    if (t->fail || t->live == before) break;
  }
  t->deduce = 1;
}

/* ---- groupoid mode ---------------------------------------------------------- */

/* Marks the second deduction of an edge pair (below). */
#define PARTNER (1 << 30)

/* Define n.l = m and its inverse m.hl = n (both undefined).  Both ends are
 * deductions: the rotations starting with l are scanned at n, those
 * starting with hl at m.  For a relator whose inverse is one of its
 * rotations (s^2, (s t)^k with involutions, commutators of involutions...)
 * the scans at m retrace the closed paths of the scans at n backwards, so
 * the second deduction (flagged PARTNER) leaves those relators out: this
 * halves the scanning of Coxeter presentations. */
static void set_pair(tc *t, int n, int l, int m, int hl)
{
  t->row[at(t, n, l)] = m;
  t->row[at(t, m, hl)] = n;
  push_deduction(t, n, l);
  push_deduction(t, m, hl | PARTNER);
  for (int k = 0; k < t->npw; k++) {
    power *w = &t->pw[k];
    if ((l == w->l || l == w->hl) && t->type[n] == w->y) pw_union(w, n, m);
  }
}

static void gmerge(tc *t, int a, int b)
{
  a = find(t, a);
  b = find(t, b);
  if (a == b) return;
  if (a > b) {
    int s = a;
    a = b;
    b = s;
  }
  t->uf[b] = a;
  t->live--;
  t->epoch++;
  if (t->npw > 0) {
    t->pmark[a] |= t->pmark[b];
    for (int k = 0; k < t->npw; k++)
      if (t->type[a] == t->pw[k].y) pw_union(&t->pw[k], a, b);
  }
  if (t->sn + 1 > t->scap && !grow_array(t, &t->stack, &t->scap, t->sn + 1)) return;
  t->stack[t->sn++] = b;
}

/* Identify a and b (the standard coincidence procedure of group coset
 * enumeration: every edge of a dead node is moved to its representative
 * together with its inverse). */
static void gcoincide(tc *t, int a, int b)
{
  gmerge(t, a, b);
  const int W = t->W;
  while (t->sn > 0 && !t->fail) {
    int g = t->stack[--t->sn];
    int y = t->type[g];
    int d = t->outdeg[y];
    for (int l = 0; l < d; l++) {
      size_t ig = at(t, g, l);
      int e = t->row[ig];
      if (e < 0) continue;
      int hl = t->linv[y * W + l];
      t->row[ig] = -1;
      size_t ie = at(t, e, hl);
      if (t->row[ie] == g) t->row[ie] = -1;
      int mu = find(t, g), nu = find(t, e);
      int mx = t->row[at(t, mu, l)];
      if (mx >= 0) {
        gmerge(t, nu, mx);
      } else {
        int nx = t->row[at(t, nu, hl)];
        if (nx >= 0) gmerge(t, mu, nx);
        else set_pair(t, mu, l, nu, hl);
      }
    }
  }
}

/* Scan the cyclic word cr at node n from both ends: identify when it
 * closes up, fill the gap (and its inverse) when one edge is missing. */
static void scan_cyclic(tc *t, int n, const crel *cr)
{
  const int *w = cr->w, *wi = cr->wi;
  const int L = cr->len;
  if (cr->pw >= 0) {
    if (t->pmark[n] >> cr->pw & 1) return;
    power *pw = &t->pw[cr->pw];
    int r = pw_find(pw, n);
    if (!pw->cyc[r] && pw->sz[r] < L) return;
  }
  int p = n, i = 0;
  while (i < L) {
    int x = t->row[at(t, p, w[i])];
    if (x < 0) break;
    p = x;
    i++;
  }
  if (i == L) {
    if (p != n) {
      gcoincide(t, p, n);
    } else if (cr->pw >= 0) {
      /* g^L holds at n, hence all along its g-cycle */
      unsigned char bit = (unsigned char)(1u << cr->pw);
      int x = n;
      do {
        t->pmark[x] |= bit;
        x = t->row[at(t, x, w[0])];
      } while (x != n && x >= 0);
    }
    return;
  }
  int q = n, j = L;
  while (j > i + 1) {
    int x = t->row[at(t, q, wi[j - 1])];
    if (x < 0) return;
    q = x;
    j--;
  }
  int x = t->row[at(t, q, wi[i])];
  if (x >= 0) {
    if (x != p) gcoincide(t, p, x);
  } else {
    set_pair(t, p, w[i], q, wi[i]);
  }
}

static void process_deductions_g(tc *t)
{
  while (t->dn > 0 && !t->fail) {
    int l = t->ded[--t->dn];
    int n = find(t, t->ded[--t->dn]);
    int partner = l & PARTNER;
    l &= ~PARTNER;
    int y = t->type[n];
    if (t->row[at(t, n, l)] < 0) continue;
    int g = t->outgen[t->outoff[y] + l];
    for (int k = t->coff[g]; k < t->coff[g + 1] && !t->fail; k++) {
      const crel *cr = &t->crels[t->cocc[k]];
      if (partner && cr->selfinv) continue;
      n = find(t, n);
      scan_cyclic(t, n, cr);
    }
  }
}

static void verify_g(tc *t)
{
  t->deduce = 0;
  for (;;) {
    int before = t->live;
    for (int n = 0; n < t->nn && !t->fail; n++) {
      if (t->uf[n] != n) continue;
      int y = t->type[n];
      for (int k = t->voff[y]; k < t->voff[y + 1]; k++) {
        scan_cyclic(t, n, &t->crels[t->vlist[k]]);
        if (t->fail || t->uf[n] != n) break;
      }
    }
    if (t->fail || t->live == before) break;
  }
  t->deduce = 1;
}

/* Relator-based definitions at node t->pos, groupoid mode: trace every
 * relator (rotation 0, from its start object) at it from both ends,
 * defining at the forward end until one edge is missing, then fill it (see
 * trace_node). */
static void trace_node_g(tc *t)
{
  int y = t->type[t->pos];
  for (int k = t->voff[y]; k < t->voff[y + 1] && !t->fail; k++) {
    const crel *cr = &t->crels[t->vlist[k]];
    const int *w = cr->w, *wi = cr->wi;
    const int L = cr->len;
    if (L < t->trace_min) continue;
    /* the walk so far, valid while no merge or compaction happened */
    int p = 0, i = 0, q = 0, j = L, have = 0;
    unsigned ep = 0;
    for (;;) {
      /* (liveness first: a compaction would move pos to the next node) */
      if (t->uf[t->pos] != t->pos || !safe_point(t)) return;
      int n = t->pos;
      if (cr->pw >= 0 && (t->pmark[n] >> cr->pw & 1)) break;
      if (!have || ep != t->epoch) {
        p = q = n;
        i = 0;
        j = L;
      }
      int x;
      while (i < L && (x = get(t, p, w[i])) >= 0) {
        p = x;
        i++;
      }
      while (j > i + 1 && (x = get(t, q, wi[j - 1])) >= 0) {
        q = x;
        j--;
      }
      have = 1;
      ep = t->epoch;
      if (i == L || j <= i + 1) {
        scan_cyclic(t, n, cr);
        process_deductions_g(t);
        break;
      }
      int m = new_node(t, t->lgtgt[t->type[p] * t->W + w[i]]);
      if (m < 0) return;
      set_pair(t, p, w[i], m, wi[i]);
      process_deductions_g(t);
    }
  }
}

static yo_status enumerate_block_g(tc *t, int x)
{
  if (new_node(t, x) < 0) return t->fail;
  while (t->pos < t->nn && !t->fail) {
    if (!safe_point(t)) return t->fail;
    if (t->pos >= t->nn) break;
    if (t->tracey[t->type[t->pos]] && t->uf[t->pos] == t->pos) {
      trace_node_g(t);
      if (t->fail || !safe_point(t)) return t->fail;
      if (t->pos >= t->nn) break;
    }
    int n = t->pos;
    if (t->uf[n] == n) {
      int y = t->type[n];
      int d = t->outdeg[y];
      for (int l = 0; l < d; l++) {
        if (get(t, n, l) >= 0) continue;
        int m = new_node(t, t->lgtgt[y * t->W + l]);
        if (m < 0) return t->fail;
        set_pair(t, n, l, m, t->linv[y * t->W + l]);
        process_deductions_g(t);
        if (t->fail || t->uf[n] != n) break;
      }
    }
    t->pos++;
  }
  if (t->fail) return t->fail;
  /* Felsch's closure theorem makes this re-scan unnecessary; it is cheap
   * for small blocks and kept there as a safety net */
  if (t->live <= 100000) verify_g(t);
  if (t->fail || !compact(t)) return t->fail;
  return YO_OK;
}

/* Enumerate the block of object x (Felsch: define the first undefined edge
 * in node order, then process all its consequences).  On success the live
 * nodes are 0..live-1, node 0 is the identity, and t->row holds just the
 * edges: row[n*W+l]. */
static yo_status enumerate_block(tc *t, int x)
{
  t->nn = t->live = t->pos = 0;
  t->sn = t->dn = 0;
  t->fail = YO_OK;
  t->deduce = 1;
  t->trace_min = TRACE_MIN;
  if (t->groupoid) return enumerate_block_g(t, x);
  if (t->cap > 0 && !t->nx && !alloc_nodes(t, t->cap)) return t->fail;
  if (new_node(t, x) < 0) return t->fail;
  /* equations with an empty side at the root need no edge to fire */
  for (int k = t->roff[x]; k < t->roff[x + 1]; k++) scan(t, 0, &t->rels[k]);
  process_deductions(t);
  while (t->pos < t->nn && !t->fail) {
    if (!safe_point(t)) return t->fail;
    if (t->pos >= t->nn) break;
    if (t->tracey[t->type[t->pos]] && t->live <= TRACE_LIVE_MAX && t->uf[t->pos] == t->pos) {
      trace_node(t);
      if (t->fail || !safe_point(t)) return t->fail;
      if (t->pos >= t->nn) break;
    }
    int n = t->pos;
    if (t->uf[n] == n) {
      int y = t->type[n];
      int d = t->outdeg[y];
      for (int l = 0; l < d; l++) {
        if (get(t, n, l) >= 0) continue;
        int m = new_node(t, t->lgtgt[y * t->W + l]);
        if (m < 0) return t->fail;
        t->deduce = 0;
        set_edge(t, n, l, m);
        t->deduce = 1;
        deduce_edge(t, n, l, 1);
        process_deductions(t);
        if (t->fail || t->uf[n] != n) break;
      }
    }
    t->pos++;
  }
  if (t->fail) return t->fail;
  verify(t);
  if (t->fail || !compact(t)) return t->fail;
  /* the preimage lists are not needed any more: give them back before the
   * results are built */
  free(t->nx);
  free(t->fi);
  t->nx = t->fi = NULL;
  return YO_OK;
}

/* ---- enumeration ------------------------------------------------------------ */

static int cmp_rel(const void *a, const void *b)
{
  const rel *x = a, *y = b;
  int lx = x->nu + x->nv, ly = y->nu + y->nv;
  return (lx > ly) - (lx < ly);
}

/* Append the block of object x (nodes 0..live-1 of t) to c in BFS order. */
static yo_status append_block(category *c, tc *t, int x, const int *rdeg, int *order,
                              int *newid, int *hcount, int *touched, int *ntouched)
{
  const int n = t->live, W = t->W;
  int base = c->nmor;
  for (int i = 0; i < n; i++) newid[i] = -1;
  int head = 0, tail = 0;
  order[tail++] = 0;
  newid[0] = 0;
  int *par = c->mpar + base, *pg = c->mpgen + base, *len = c->mlen + base;
  par[0] = -1;
  pg[0] = -1;
  len[0] = 0;
  while (head < tail) {
    int o = order[head];
    int y = t->type[o];
    int d = rdeg[y];
    for (int l = 0; l < d; l++) {
      int m = t->row[(size_t)o * (size_t)W + (size_t)l];
      if (m < 0) return YO_INTERNAL; /* incomplete table: cannot happen */
      if (newid[m] < 0) {
        newid[m] = tail;
        par[tail] = base + head;
        pg[tail] = c->outgen[c->outoff[y] + l];
        len[tail] = len[head] + 1;
        order[tail++] = m;
      }
    }
    head++;
  }
  if (tail != n) return YO_INTERNAL;
  /* rows */
  int64_t r = c->row[base];
  int nt = 0;
  for (int k = 0; k < n; k++) {
    int o = order[k];
    int y = t->type[o];
    int d = rdeg[y];
    c->msrc[base + k] = x;
    c->mtgt[base + k] = y;
    int *dst = c->next + r;
    const int *src = t->row + (size_t)o * (size_t)W;
    for (int l = 0; l < d; l++) dst[l] = base + newid[src[l]];
    r += d;
    c->row[base + k + 1] = r;
    if (hcount[y]++ == 0) touched[nt++] = y;
  }
  *ntouched = nt;
  c->nmor = base + n;
  return YO_OK;
}

static int cmp_int(const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* Enumerate c; only its first realG generators (the others are hidden
 * inverses added by category_enumerate, declared last) make the numbering
 * and the rows of the result. */
static yo_status enumerate_core(category *c, int max_morphisms, int realG)
{
  free_enumeration(c);
  c->defined = 0;
  c->peak = 0;
  yo_status st = YO_INTERNAL;
  const int O = c->nobj, G = c->ngen;

  /* typing */
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    int a = category_word_target(c, e->source, e->lhs, e->nlhs);
    int b = category_word_target(c, e->source, e->rhs, e->nrhs);
    if (a < 0 || a != b) return YO_INVALID;
  }

  int *outdeg = calloc((size_t)O + 1, sizeof(int));
  int *rdeg = calloc((size_t)O + 1, sizeof(int));
  c->outoff = calloc((size_t)O + 1, sizeof(int));
  c->outgen = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  c->local = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  c->bstart = calloc((size_t)O + 1, sizeof(int));
  c->hoff = calloc((size_t)O + 1, sizeof(int));
  int *roff = calloc((size_t)O + 1, sizeof(int));
  rel *rels = malloc((size_t)(c->neq > 0 ? c->neq : 1) * sizeof(rel));
  int *lwords = NULL, *lgtgt = NULL, *ooff = NULL, *inv = NULL, *right = NULL;
  int *linv = NULL, *gwords = NULL, *coff = NULL, *cocc = NULL, *voff = NULL, *vlist = NULL;
  crel *crels = NULL;
  unsigned char *tracey = NULL;
  int *cyc = NULL;
  occ *occs = NULL;
  int *order = NULL, *newid = NULL, *hcount = NULL, *touched = NULL;
  tc t;
  memset(&t, 0, sizeof t);
  if (!outdeg || !rdeg || !c->outoff || !c->outgen || !c->local || !c->bstart || !c->hoff ||
      !roff || !rels)
    goto done;
  for (int g = 0; g < realG; g++) rdeg[c->gsrc[g]]++;
  int W = 0;
  for (int g = 0; g < G; g++) c->local[g] = outdeg[c->gsrc[g]]++;
  for (int y = 0; y < O; y++) {
    c->outoff[y + 1] = c->outoff[y] + outdeg[y];
    if (outdeg[y] > W) W = outdeg[y];
  }
  for (int g = 0; g < G; g++) c->outgen[c->outoff[c->gsrc[g]] + c->local[g]] = g;
  if (W == 0) W = 1;
  lgtgt = malloc((size_t)O * (size_t)W * sizeof(int) + 1);
  if (!lgtgt) goto done;
  for (int g = 0; g < G; g++) lgtgt[c->gsrc[g] * W + c->local[g]] = c->gtgt[g];

  /* two-sided inverse generators: g h = 1 and h g = 1 are equations */
  inv = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  right = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  if (!inv || !right) goto done;
  for (int g = 0; g < G; g++) inv[g] = right[g] = -1;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    const int *w = e->nlhs == 2 && e->nrhs == 0 ? e->lhs : e->nrhs == 2 && e->nlhs == 0 ? e->rhs : NULL;
    if (w && right[w[0]] < 0) right[w[0]] = w[1];
  }
  for (int g = 0; g < G; g++)
    if (right[g] >= 0 && right[right[g]] == g) inv[g] = right[g];

  /* relations in local indices with the objects along them and the
   * inverses of their letters, grouped by source, shortest first; then the
   * occurrences of each generator */
  size_t total = 0;
  for (int i = 0; i < c->neq; i++) total += (size_t)c->eqs[i].nlhs + (size_t)c->eqs[i].nrhs;
  lwords = malloc((3 * total + 1) * sizeof(int));
  if (!lwords) goto done;
  for (int i = 0; i < c->neq; i++) roff[c->eqs[i].source + 1]++;
  for (int y = 0; y < O; y++) roff[y + 1] += roff[y];
  {
    int *fill = calloc((size_t)O + 1, sizeof(int));
    if (!fill) goto done;
    size_t w = 0;
    for (int i = 0; i < c->neq; i++) {
      const equation *e = &c->eqs[i];
      rel *r = &rels[roff[e->source] + fill[e->source]++];
      int *words[2] = {e->lhs, e->rhs}, lens[2] = {e->nlhs, e->nrhs};
      for (int side = 0; side < 2; side++) {
        int *lw = lwords + w, *tw = lw + lens[side], *iw = tw + lens[side], y = e->source;
        for (int k = 0; k < lens[side]; k++) {
          int g = words[side][k];
          lw[k] = c->local[g];
          tw[k] = y;
          iw[k] = inv[g] >= 0 ? c->local[inv[g]] : -1;
          y = c->gtgt[g];
        }
        if (side == 0) {
          r->u = lw;
          r->tu = tw;
          r->iu = iw;
        } else {
          r->v = lw;
          r->tv = tw;
          r->iv = iw;
        }
        w += 3 * (size_t)lens[side];
      }
      r->nu = e->nlhs;
      r->nv = e->nrhs;
      r->source = e->source;
      r->eq = i;
    }
    free(fill);
    for (int y = 0; y < O; y++)
      qsort(rels + roff[y], (size_t)(roff[y + 1] - roff[y]), sizeof(rel), cmp_rel);
  }
  /* Equations whose letters all have inverses become relators u v^-1,
   * freely and cyclically reduced; their distinct rotations are scanned from
   * both ends.  Groupoid mode when every generator has an inverse. */
  int all_inv = G > 0;
  for (int g = 0; g < G; g++)
    if (inv[g] < 0) all_inv = 0;
  cyc = calloc((size_t)c->neq + 1, sizeof(int));
  if (!cyc) goto done;
  {
    linv = malloc((size_t)O * (size_t)W * sizeof(int) + 1);
    gwords = malloc((6 * total + 1) * sizeof(int));
    int *buf = malloc((total + 1) * sizeof(int));
    crels = malloc((total + 1) * sizeof(crel));
    int *rstart = malloc(((size_t)c->neq + 1) * sizeof(int)), *rlen = malloc(((size_t)c->neq + 1) * sizeof(int));
    coff = calloc((size_t)G + 2, sizeof(int));
    voff = calloc((size_t)O + 2, sizeof(int));
    cocc = malloc((total + 1) * sizeof(int));
    vlist = malloc(((size_t)c->neq + 1) * sizeof(int));
    if (!linv || !gwords || !buf || !crels || !rstart || !rlen || !coff || !voff || !cocc || !vlist) {
      free(buf);
      free(rstart);
      free(rlen);
      goto done;
    }
    for (int g = 0; g < G; g++)
      linv[c->gsrc[g] * W + c->local[g]] = inv[g] >= 0 ? c->local[inv[g]] : -1;
    /* reduced relators, doubled: gwords[rstart..] = r r (global indices) */
    size_t gw = 0;
    int nrel = 0;
    for (int i = 0; i < c->neq; i++) {
      const equation *e = &c->eqs[i];
      int invertible = 1;
      for (int k = 0; k < e->nlhs; k++) invertible &= inv[e->lhs[k]] >= 0;
      for (int k = 0; k < e->nrhs; k++) invertible &= inv[e->rhs[k]] >= 0;
      if (!invertible) continue;
      int n = 0;
      for (int k = 0; k < e->nlhs + e->nrhs; k++) {
        int g = k < e->nlhs ? e->lhs[k] : inv[e->rhs[e->nrhs - 1 - (k - e->nlhs)]];
        if (n > 0 && buf[n - 1] == inv[g]) n--;
        else buf[n++] = g;
      }
      int a = 0;
      while (n - a >= 2 && buf[a] == inv[buf[n - 1]]) {
        a++;
        n--;
      }
      n -= a;
      if (n <= 0) continue;
      cyc[i] = 1;
      rstart[nrel] = (int)gw;
      rlen[nrel++] = n;
      for (int k = 0; k < 2 * n; k++) gwords[gw++] = buf[a + k % n];
    }
    free(buf);
    /* distinct rotations (up to the relator's period) */
    int nc = 0;
    for (int r = 0; r < nrel; r++) {
      const int *rw = gwords + rstart[r];
      int L = rlen[r], per = L;
      for (int p = 1; p < L; p++) {
        if (L % p) continue;
        int ok = 1;
        for (int k = 0; k < L && ok; k++) ok = rw[k] == rw[(k + p) % L];
        if (ok) {
          per = p;
          break;
        }
      }
      for (int k = 0; k < per; k++) coff[rw[k] + 1]++;
      voff[c->gsrc[rw[0]] + 1]++;
    }
    for (int g = 0; g < G; g++) coff[g + 1] += coff[g];
    for (int y = 0; y < O; y++) voff[y + 1] += voff[y];
    int *cfill = calloc((size_t)G + 1, sizeof(int)), *vfill = calloc((size_t)O + 1, sizeof(int));
    if (!cfill || !vfill) {
      free(cfill);
      free(vfill);
      free(rstart);
      free(rlen);
      goto done;
    }
    /* local letters and inverses, after the global ones */
    int *lw = gwords + gw, *li = lw + gw;
    for (size_t k = 0; k < gw; k++) {
      lw[k] = c->local[gwords[k]];
      li[k] = c->local[inv[gwords[k]]];
    }
    for (int r = 0; r < nrel; r++) {
      const int *rw = gwords + rstart[r];
      int L = rlen[r], per = L;
      for (int p = 1; p < L; p++) {
        if (L % p) continue;
        int ok = 1;
        for (int k = 0; k < L && ok; k++) ok = rw[k] == rw[(k + p) % L];
        if (ok) {
          per = p;
          break;
        }
      }
      /* is the inverse r^-1 a rotation of r?  (only for moderate lengths;
       * 0 is always safe) */
      int selfinv = 0;
      for (int sh = 0; sh < L && !selfinv && L <= 1024; sh++) {
        int ok = 1;
        for (int k = 0; k < L && ok; k++) ok = inv[rw[L - 1 - k]] == rw[(sh + k) % L];
        selfinv = ok;
      }
      for (int k = 0; k < per; k++) {
        crel *cr = &crels[nc];
        cr->selfinv = selfinv;
        cr->w = lw + rstart[r] + k;
        cr->wi = li + rstart[r] + k;
        cr->len = L;
        cr->type = c->gsrc[rw[k]];
        cr->pw = -1;
        if (all_inv && per == 1 && L >= POWER_MIN && t.npw < POWER_MAX) {
          power *pw = &t.pw[t.npw];
          pw->l = c->local[rw[0]];
          pw->hl = c->local[inv[rw[0]]];
          pw->L = L;
          pw->y = cr->type;
          cr->pw = t.npw++;
        }
        cocc[coff[rw[k]] + cfill[rw[k]]++] = nc;
        if (k == 0) vlist[voff[cr->type] + vfill[cr->type]++] = nc;
        nc++;
      }
    }
    free(cfill);
    free(vfill);
    free(rstart);
    free(rlen);
    t.groupoid = all_inv;
    t.linv = linv;
    t.crels = crels;
    t.coff = coff;
    t.cocc = cocc;
    t.voff = voff;
    t.vlist = vlist;
  }
  if (total > (size_t)INT32_MAX / 2) goto done;
  ooff = calloc((size_t)G + 2, sizeof(int));
  occs = malloc((total + 1) * sizeof(occ));
  if (!ooff || !occs) goto done;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    if (cyc[i] || all_inv) continue;
    for (int k = 0; k < e->nlhs; k++) ooff[e->lhs[k] + 1]++;
    for (int k = 0; k < e->nrhs; k++) ooff[e->rhs[k] + 1]++;
  }
  for (int g = 0; g < G; g++) ooff[g + 1] += ooff[g];
  {
    int *fill = calloc((size_t)G + 1, sizeof(int));
    if (!fill) goto done;
    for (int i = 0; i < c->neq; i++) {
      const rel *r = &rels[i];
      if (cyc[r->eq] || all_inv) continue;
      for (int side = 0; side < 2; side++) {
        const int *lw = side ? r->v : r->u, *tw = side ? r->tv : r->tu;
        int n = side ? r->nv : r->nu;
        for (int k = 0; k < n; k++) {
          int g = c->outgen[c->outoff[tw[k]] + lw[k]];
          occ *o = &occs[ooff[g] + fill[g]++];
          o->rel = i;
          o->side = side;
          o->k = k;
        }
      }
    }
    free(fill);
  }

  tracey = calloc((size_t)O + 1, 1);
  if (!tracey) goto done;
  for (int k = 0; k < c->neq; k++)
    if (rels[k].nu + rels[k].nv >= TRACE_MIN) tracey[rels[k].source] = 1;
  for (int k = 0; k < (t.vlist ? voff[O] : 0); k++)
    if (crels[vlist[k]].len >= TRACE_MIN) tracey[crels[vlist[k]].type] = 1;
  t.tracey = tracey;
  t.W = W;
  t.outdeg = outdeg;
  t.outoff = c->outoff;
  t.outgen = c->outgen;
  t.lgtgt = lgtgt;
  t.rels = rels;
  t.roff = roff;
  t.occs = occs;
  t.ooff = ooff;
  int64_t hard = 3 * (int64_t)max_morphisms + 65536 + 2 * (int64_t)W;
  int64_t capmax = hard + hard / 2;
  if (capmax > INT32_MAX / (3 * W)) capmax = INT32_MAX / (3 * W);
  if (hard > capmax) hard = capmax;
  t.hard = (int)hard;
  t.capmax = (int)capmax;
  t.maxdefs = 64L * (long)max_morphisms + (1L << 22);
  t.peak = &c->peak;
  t.multi = O > 1;


  hcount = calloc((size_t)O + 1, sizeof(int));
  touched = malloc(((size_t)O + 1) * sizeof(int));
  if (!hcount || !touched) goto done;
  c->row = malloc(sizeof(int64_t));
  if (!c->row) goto done;
  c->row[0] = 0;
  int64_t hpairs = 0;
  size_t res_bytes = 0;

  for (int x = 0; x < O; x++) {
    c->bstart[x] = c->nmor;
    t.base_bytes = res_bytes;
    st = enumerate_block(&t, x);
    c->defined = t.defs;
    if (st != YO_OK) goto done;
    int n = t.live;
    if ((int64_t)c->nmor + n > max_morphisms) {
      st = YO_LIMIT;
      goto done;
    }
    /* grow result arrays to exactly nmor + n */
    size_t nm = (size_t)c->nmor + (size_t)n;
    int **arrs[5] = {&c->msrc, &c->mtgt, &c->mpar, &c->mpgen, &c->mlen};
    for (int a = 0; a < 5; a++) {
      int *p = realloc(*arrs[a], nm * sizeof(int));
      if (!p) {
        st = YO_INTERNAL;
        goto done;
      }
      *arrs[a] = p;
    }
    int64_t *rp = realloc(c->row, (nm + 1) * sizeof(int64_t));
    if (!rp) {
      st = YO_INTERNAL;
      goto done;
    }
    c->row = rp;
    int64_t edges = c->row[c->nmor];
    for (int k = 0; k < n; k++) edges += rdeg[t.type[k]];
    int *np = realloc(c->next, (size_t)(edges > 0 ? edges : 1) * sizeof(int));
    if (!np) {
      st = YO_INTERNAL;
      goto done;
    }
    c->next = np;
    int *o2 = realloc(order, (size_t)n * sizeof(int));
    if (!o2) {
      st = YO_INTERNAL;
      goto done;
    }
    order = o2;
    int *n2 = realloc(newid, (size_t)n * sizeof(int));
    if (!n2) {
      st = YO_INTERNAL;
      goto done;
    }
    newid = n2;
    res_bytes = nm * (5 * sizeof(int) + sizeof(int64_t)) + (size_t)edges * sizeof(int);
    size_t now = res_bytes + (size_t)n * 2 * sizeof(int) + (size_t)t.cap * ((size_t)W + 2) * sizeof(int);
    if (now > c->peak) c->peak = now;
    int nt = 0;
    st = append_block(c, &t, x, rdeg, order, newid, hcount, touched, &nt);
    if (st != YO_OK) goto done;
    /* hom counts of this block, sorted by target */
    qsort(touched, (size_t)nt, sizeof(int), cmp_int);
    int *ht = realloc(c->htgt, (size_t)(hpairs + nt + 1) * sizeof(int));
    if (!ht) {
      st = YO_INTERNAL;
      goto done;
    }
    c->htgt = ht;
    int *hc = realloc(c->hcnt, (size_t)(hpairs + nt + 1) * sizeof(int));
    if (!hc) {
      st = YO_INTERNAL;
      goto done;
    }
    c->hcnt = hc;
    for (int k = 0; k < nt; k++) {
      c->htgt[hpairs + k] = touched[k];
      c->hcnt[hpairs + k] = hcount[touched[k]];
      hcount[touched[k]] = 0;
    }
    hpairs += nt;
    c->hoff[x + 1] = (int)hpairs;
    /* shrink the workspace between blocks */
    if (t.cap > 4096) {
      free(t.row);
      free(t.nx);
      free(t.fi);
      free(t.uf);
      free(t.type);
      t.row = t.nx = t.fi = t.uf = t.type = NULL;
      free(t.pmark);
      t.pmark = NULL;
      for (int k = 0; k < t.npw; k++) {
        free(t.pw[k].par);
        free(t.pw[k].sz);
        free(t.pw[k].cyc);
        t.pw[k].par = t.pw[k].sz = NULL;
        t.pw[k].cyc = NULL;
      }
      t.cap = 0;
    }
  }
  c->bstart[O] = c->nmor;
  st = YO_OK;
  c->enumerated = 1;

done:
  free(t.pmark);
  for (int k = 0; k < t.npw; k++) {
    free(t.pw[k].par);
    free(t.pw[k].sz);
    free(t.pw[k].cyc);
  }
  free(t.row);
  free(t.nx);
  free(t.fi);
  free(t.uf);
  free(t.type);
  free(t.stack);
  free(outdeg);
  free(rdeg);
  free(roff);
  free(rels);
  free(lwords);
  free(lgtgt);
  free(ooff);
  free(occs);
  free(inv);
  free(right);
  free(linv);
  free(gwords);
  free(coff);
  free(cocc);
  free(voff);
  free(vlist);
  free(crels);
  free(tracey);
  free(cyc);
  free(t.ded);
  free(t.starts);
  free(order);
  free(newid);
  free(hcount);
  free(touched);
  if (st != YO_OK) {
    long d = c->defined;
    size_t p = c->peak;
    free_enumeration(c);
    c->defined = d;
    c->peak = p;
  }
  return st;
}

/* g^k = 1 (k >= 2) makes g invertible with inverse g^(k-1), and so does
 * g^k = v when every letter of v is invertible.  When such a g has no
 * inverse generator, the enumeration runs on a copy of c with a
 * hidden generator H (g H = H g = 1, declared after every generator of c, so
 * the local indices of c's generators are unchanged): the category is the
 * same (H is forced to be g's inverse), but relators through g can be scanned
 * from both ends, and groupoid mode applies when every generator is
 * invertible.  H is left out of the numbering and of the rows. */
yo_status category_enumerate(category *c, int max_morphisms)
{
  if (c->enumerated) return YO_OK;
  if (max_morphisms < 0) max_morphisms = 0;
  const int G = c->ngen;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    if (category_word_target(c, e->source, e->lhs, e->nlhs) < 0 ||
        category_word_target(c, e->source, e->rhs, e->nrhs) < 0)
      return YO_INVALID;
  }
  int *need = calloc((size_t)G + 1, sizeof(int)), *right = calloc((size_t)G + 1, sizeof(int));
  if (!need || !right) {
    free(need);
    free(right);
    return YO_INTERNAL;
  }
  for (int g = 0; g < G; g++) right[g] = -1;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    const int *w = e->nrhs == 0 ? e->lhs : e->nlhs == 0 ? e->rhs : NULL;
    int n = e->nrhs == 0 ? e->nlhs : e->nrhs;
    if (!w || n < 2) continue;
    if (n == 2 && right[w[0]] < 0) right[w[0]] = w[1];
    int same = 1;
    for (int k = 1; k < n; k++) same &= w[k] == w[0];
    if (same && n > 2) need[w[0]] = 1;
  }
  for (int g = 0; g < G; g++)
    if (right[g] >= 0 && right[right[g]] == g) need[g] = 0;
  /* More invertible generators: an equation g^k = v (k >= 1) where every
   * letter of v is invertible makes g invertible (g^(k-1) v^-1 is a right
   * and v^-1 g^(k-1) a left inverse); repeat until nothing changes.  This
   * turns presentations of groups by redundant generators (g0^10 = g1,
   * g1^10 = g2, g2^10 = 1) into groupoid-mode enumerations. */
  {
    int changed = 1;
    while (changed) {
      changed = 0;
      for (int i = 0; i < c->neq; i++) {
        const equation *e = &c->eqs[i];
        for (int side = 0; side < 2; side++) {
          const int *w = side ? e->rhs : e->lhs, *v = side ? e->lhs : e->rhs;
          int n = side ? e->nrhs : e->nlhs, nv = side ? e->nlhs : e->nrhs;
          if (n < 1) continue;
          int g = w[0];
          if (need[g] || (right[g] >= 0 && right[right[g]] == g)) continue;
          int ok = 1;
          for (int k = 1; k < n && ok; k++) ok = w[k] == g;
          for (int k = 0; k < nv && ok; k++) {
            int h = v[k];
            ok = need[h] || (right[h] >= 0 && right[right[h]] == h);
          }
          if (ok) {
            need[g] = 1;
            changed = 1;
          }
        }
      }
    }
  }
  int hidden = 0;
  for (int g = 0; g < G; g++) hidden += need[g];
  free(right);
  if (!hidden) {
    free(need);
    return enumerate_core(c, max_morphisms, G);
  }
  yo_status st = YO_INTERNAL;
  category *w = category_new(c->name, c->line);
  if (!w) goto out;
  for (int x = 0; x < c->nobj; x++)
    if (category_add_object(w, c->oname[x], c->oline[x]) < 0) goto out;
  for (int g = 0; g < G; g++)
    if (category_add_generator(w, c->gname[g], c->gsrc[g], c->gtgt[g], c->gline[g]) < 0) goto out;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    if (category_add_equation(w, e->source, e->lhs, e->nlhs, e->rhs, e->nrhs, e->line) < 0)
      goto out;
  }
  for (int g = 0; g < G; g++) {
    if (!need[g]) continue;
    int h = category_add_generator(w, "", c->gtgt[g], c->gsrc[g], 0);
    int gh[] = {g, h}, hg[] = {h, g};
    if (h < 0 || category_add_equation(w, c->gsrc[g], gh, 2, NULL, 0, 0) < 0 ||
        category_add_equation(w, c->gtgt[g], hg, 2, NULL, 0, 0) < 0)
      goto out;
  }
  st = enumerate_core(w, max_morphisms, G);
  c->defined = w->defined;
  c->peak = w->peak;
  if (st != YO_OK) goto out;
  /* take over the results; the generator tables of c leave out H */
  free_enumeration(c);
  c->nmor = w->nmor;
  c->bstart = w->bstart;
  c->msrc = w->msrc;
  c->mtgt = w->mtgt;
  c->mpar = w->mpar;
  c->mpgen = w->mpgen;
  c->mlen = w->mlen;
  c->row = w->row;
  c->next = w->next;
  c->hoff = w->hoff;
  c->htgt = w->htgt;
  c->hcnt = w->hcnt;
  w->bstart = w->msrc = w->mtgt = w->mpar = w->mpgen = w->mlen = NULL;
  w->row = NULL;
  w->next = w->hoff = w->htgt = w->hcnt = NULL;
  c->outoff = calloc((size_t)c->nobj + 1, sizeof(int));
  c->outgen = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  c->local = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  if (!c->outoff || !c->outgen || !c->local) {
    st = YO_INTERNAL;
    free_enumeration(c);
    goto out;
  }
  for (int g = 0; g < G; g++) {
    c->local[g] = w->local[g];
    c->outoff[c->gsrc[g] + 1]++;
  }
  for (int x = 0; x < c->nobj; x++) c->outoff[x + 1] += c->outoff[x];
  for (int g = 0; g < G; g++) c->outgen[c->outoff[c->gsrc[g]] + c->local[g]] = g;
  c->enumerated = 1;
out:
  free(need);
  category_free(w);
  return st;
}

category *category_opposite(const category *c, int max_morphisms, yo_status *st)
{
  yo_status s = YO_INTERNAL;
  category *o = category_new(c->name, c->line);
  if (!o) goto fail;
  for (int x = 0; x < c->nobj; x++)
    if (category_add_object(o, c->oname[x], c->oline[x]) < 0) goto fail;
  for (int g = 0; g < c->ngen; g++)
    if (category_add_generator(o, c->gname[g], c->gtgt[g], c->gsrc[g], c->gline[g]) < 0)
      goto fail;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    int tgt = category_word_target(c, e->source, e->lhs, e->nlhs);
    if (tgt < 0) {
      s = YO_INVALID;
      goto fail;
    }
    int *l = malloc(sizeof(int) * (size_t)(e->nlhs + 1));
    int *r = malloc(sizeof(int) * (size_t)(e->nrhs + 1));
    if (!l || !r) {
      free(l);
      free(r);
      goto fail;
    }
    for (int k = 0; k < e->nlhs; k++) l[k] = e->lhs[e->nlhs - 1 - k];
    for (int k = 0; k < e->nrhs; k++) r[k] = e->rhs[e->nrhs - 1 - k];
    int ok = category_add_equation(o, tgt, l, e->nlhs, r, e->nrhs, e->line);
    free(l);
    free(r);
    if (ok < 0) goto fail;
  }
  s = category_enumerate(o, max_morphisms);
  if (s != YO_OK) goto fail;
  if (st) *st = YO_OK;
  return o;
fail:
  category_free(o);
  if (st) *st = s;
  return NULL;
}

/* ---- the enumerated category -------------------------------------------------- */

int category_is_enumerated(const category *c) { return c->enumerated; }
int category_morphism_count(const category *c) { return c->enumerated ? c->nmor : 0; }

static int valid_morphism(const category *c, int f)
{
  return c->enumerated && f >= 0 && f < c->nmor;
}

int category_source(const category *c, int f) { return valid_morphism(c, f) ? c->msrc[f] : -1; }
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
  return c->next[c->row[f] + c->local[g]];
}

/* Follow g's normal form from f (targets already checked). */
static int follow(const category *c, int f, int g)
{
  int len = c->mlen[g];
  if (len == 0) return f;
  int small[64];
  int *w = len <= 64 ? small : malloc(sizeof(int) * (size_t)len);
  if (!w) return -1;
  for (int k = len - 1, h = g; k >= 0; k--, h = c->mpar[h]) w[k] = c->mpgen[h];
  int r = f;
  for (int k = 0; k < len; k++) r = c->next[c->row[r] + c->local[w[k]]];
  if (w != small) free(w);
  return r;
}

int category_compose(const category *c, int f, int g)
{
  if (!valid_morphism(c, f) || !valid_morphism(c, g)) return -1;
  if (c->mtgt[f] != c->msrc[g]) return -1;
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
int category_word_length(const category *c, int f) { return valid_morphism(c, f) ? c->mlen[f] : 0; }

int category_word(const category *c, int f, int *buf, int cap)
{
  if (!valid_morphism(c, f)) return 0;
  int len = c->mlen[f];
  for (int k = len - 1, h = f; k >= 0; k--, h = c->mpar[h])
    if (k < cap) buf[k] = c->mpgen[h];
  return len;
}

int category_format_morphism(const category *c, int f, int reversed, char *buf, int cap)
{
  if (cap > 0) buf[0] = '\0';
  if (!valid_morphism(c, f)) return 0;
  int len = c->mlen[f];
  if (len == 0) {
    const char *s = c->oname[c->msrc[f]];
    int n = (int)strlen(s);
    if (cap > 0) {
      int m = n < cap - 1 ? n : cap - 1;
      memcpy(buf, s, (size_t)m);
      buf[m] = '\0';
    }
    return n;
  }
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

long category_nodes_defined(const category *c) { return c->defined; }
size_t category_peak_bytes(const category *c) { return c->peak; }
