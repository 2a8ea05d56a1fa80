/* category_enumerate.c — the block driver of the enumeration (see
 * category.h and docs/categories.md): category_enumerate infers the hidden
 * inverses, prepares the relations (coset_relators.c), enumerates one block
 * per source object in a coset table (coset_table.c and its two engines,
 * or the Coxeter engine of coset_coxeter.c for a Coxeter presentation),
 * renumbers each finished block by a breadth-first search (shortlex normal
 * forms) and appends it to the category's arrays with its hom counts.
 */
#include "specs/coset_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The driver's scratch: per block, the breadth-first order of the table's
 * nodes (order[k] = the node numbered base+k; the new ids are kept in the
 * table's union-find array, free once the block is compacted); per object,
 * the morphisms of the current block into it (hcount) and the objects
 * reached (touched, nt of them). */
typedef struct driver {
  int *order;
  int *hcount, *touched;
  int *mark;          /* per object: x+1 when seen by block x's bound */
  int nt;
  int64_t hpairs;     /* (target, count) pairs recorded so far */
  size_t res_bytes;   /* bytes of the results so far */
  /* capacities of the result arrays, grown geometrically (one realloc per
   * block of exactly the needed size copies everything so far each time:
   * quadratic in the objects of a wide category, e.g. under ASan, whose
   * realloc always moves) and fitted at the end */
  size_t mcap;        /* morphisms: mtgt, mpar, mpgen, row */
  int lcap;           /* entries of c->lstart */
  int64_t ncap;       /* ints of c->next */
  int64_t hcap;       /* pairs of htgt, hcnt */
} driver;

/* The capacity to grow cap to for at least need: 1.5 times, at least. */
static int64_t grown(int64_t cap, int64_t need)
{
  int64_t c = cap + cap / 2;
  return c > need ? c : need;
}

/* Append morphism f to c->lstart: a new length starts at f.  0 on OOM. */
static int add_level(category *c, driver *dr, int f)
{
  if (c->nlev == dr->lcap) {
    int64_t cap = grown(dr->lcap, (int64_t)c->nlev + 64);
    if (cap > INT32_MAX) cap = INT32_MAX;
    if (cap <= c->nlev) return 0;
    int *p = realloc(c->lstart, (size_t)cap * sizeof(int));
    if (!p) return 0;
    c->lstart = p;
    dr->lcap = (int)cap;
  }
  c->lstart[c->nlev++] = f;
  return 1;
}

/* Number the block of object x, nodes 0..n-1 of t (n = t->live), in
 * breadth-first order from the identity, generators in declaration order:
 * that is shortlex order of the normal forms.  Fills order, the new ids
 * (t->uf), the target, parent and last generator of each new morphism,
 * and where each length starts (c->lstart, grown as needed).  Reads no node's type (t->type may be order itself): a
 * morphism's target is its last generator's. */
static yo_status number_block(category *c, tc *t, int x, const int *rdeg, driver *dr)
{
  int *order = dr->order, *newid = t->uf;
  const int n = t->live, W = t->W;
  const int base = c->nmor;
  for (int i = 0; i < n; i++) newid[i] = -1;
  int head = 0, tail = 0, ident = 1;
  order[tail++] = 0;
  newid[0] = 0;
  int *tgt = c->mtgt + base, *par = c->mpar + base, *pg = c->mpgen + base;
  const int lv0 = c->nlev;   /* the block's first level: its identity */
  if (!add_level(c, dr, base)) return YO_INTERNAL;
  int hl = 0, nextlv = lv0 + 1; /* length at head; the level after head's */
  tgt[0] = x;
  par[0] = -1;
  pg[0] = -1;
  while (head < tail) {
    int o = order[head];
    int y = tgt[head];
    if (nextlv < c->nlev && c->lstart[nextlv] == base + head) {
      hl++;
      nextlv++;
    }
    int d = rdeg[y];
    const int *src = t->row + (size_t)o * (size_t)W;
    for (int l = 0; l < d; l++) {
      int m = src[l];
      if (m < 0) return YO_INTERNAL; /* incomplete table: cannot happen */
      /* while the new order is the identity, the nodes numbered are those
       * below tail (no random read of newid) */
      if (ident && m < tail) continue;
      ident &= m == tail;
      if (newid[m] < 0) {
        int g = c->outgen[c->outoff[y] + l];
        newid[m] = tail;
        tgt[tail] = c->gtgt[g];
        par[tail] = base + head;
        pg[tail] = g;
        if (c->nlev - 1 - lv0 < hl + 1 && !add_level(c, dr, base + tail)) return YO_INTERNAL;
        order[tail++] = m;
      }
    }
    head++;
  }
  return tail == n ? YO_OK : YO_INTERNAL;
}

/* Hom counts of the numbered block. */
static void block_targets(category *c, const tc *t, driver *dr)
{
  const int n = t->live, base = c->nmor;
  int nt = 0;
  for (int k = 0; k < n; k++) {
    int y = c->mtgt[base + k];
    if (dr->hcount[y]++ == 0) dr->touched[nt++] = y;
  }
  dr->nt = nt;
}

/* Copy the numbered block's rows (only the first rdeg[y] entries of a node
 * of type y: hidden generators are not stored) to the end of c->next. */
static void copy_rows(category *c, const tc *t, const int *rdeg, const driver *dr)
{
  const int n = t->live, W = t->W, base = c->nmor;
  const int *newid = t->uf;
  int64_t r = category_row(c, base);
  for (int k = 0; k < n; k++) {
    int o = dr->order[k];
    int d = rdeg[c->mtgt[base + k]];
    int *dst = c->next + r;
    const int *src = t->row + (size_t)o * (size_t)W;
    for (int l = 0; l < d; l++) dst[l] = base + newid[src[l]];
    r += d;
    if (c->row) c->row[base + k + 1] = r;
  }
}

/* The first block of a category whose objects all have R = c->width
 * generators: put the table's rows in the new order in place (following the
 * permutation's cycles), renumber their entries and keep their first R
 * columns; the table's row array becomes c->next (no copy).  The table's
 * other node arrays are given back.  0 on OOM. */
static int take_rows(category *c, tc *t, const driver *dr)
{
  const int n = t->live, W = t->W, R = c->width;
  const int *order = dr->order, *newid = t->uf;
  unsigned char *done = calloc((size_t)n / 8 + 1, 1);
  int *tmp = malloc((size_t)W * sizeof(int));
  if (!done || !tmp) {
    free(done);
    free(tmp);
    return 0;
  }
  int *row = t->row;
  /* Felsch defines the nodes in breadth-first order unless hidden inverses
   * or traced relators intervene: then the new order and ids are the
   * identity (S_9, S_10) and only the narrowing is left to do */
  int ident = 1;
  for (int s = 0; s < n && ident; s++) ident = order[s] == s;
  for (int s = 0; s < n && !ident; s++) {
    if (done[s >> 3] >> (s & 7) & 1) continue;
    memcpy(tmp, row + (size_t)s * (size_t)W, (size_t)W * sizeof(int));
    for (int j = s;;) {
      int k = order[j];
      done[j >> 3] |= (unsigned char)(1u << (j & 7));
      int *dst = row + (size_t)j * (size_t)W;
      if (k == s) {
        memcpy(dst, tmp, (size_t)W * sizeof(int));
        break;
      }
      memcpy(dst, row + (size_t)k * (size_t)W, (size_t)W * sizeof(int));
      j = k;
    }
  }
  free(done);
  free(tmp);
  /* entries renumbered, rows narrowed from W to R (written at or before
   * where they are read) */
  if (!ident) {
    for (size_t k = 0; k < (size_t)n; k++)
      for (size_t l = 0; l < (size_t)R; l++) row[k * (size_t)R + l] = newid[row[k * (size_t)W + l]];
  } else if (R < W) {
    for (size_t k = 0; k < (size_t)n; k++)
      for (size_t l = 0; l < (size_t)R; l++) row[k * (size_t)R + l] = row[k * (size_t)W + l];
  }
  int *next = realloc(row, (size_t)n * (size_t)R * sizeof(int) + sizeof(int));
  c->next = next ? next : row;
  t->row = NULL;
  coset_table_drop_nodes(t);
  return 1;
}

/* Grow the result arrays of c to hold a block of n morphisms (the live
 * nodes of t) and the driver's order to n nodes; the rows too unless
 * `take` (take_rows will supply them). */
static yo_status grow_results(category *c, tc *t, const int *rdeg, driver *dr, int n,
                              int take)
{
  size_t nm = (size_t)c->nmor + (size_t)n;
  if (nm > dr->mcap) {
    size_t cap = (size_t)grown((int64_t)dr->mcap, (int64_t)nm);
    int **arrs[3] = {&c->mtgt, &c->mpar, &c->mpgen};
    for (int a = 0; a < 3; a++) {
      int *p = realloc(*arrs[a], cap * sizeof(int));
      if (!p) return YO_INTERNAL;
      *arrs[a] = p;
    }
    if (c->row) {
      int64_t *rp = realloc(c->row, (cap + 1) * sizeof(int64_t));
      if (!rp) return YO_INTERNAL;
      c->row = rp;
    }
    dr->mcap = cap;
  }
  /* number_block fills these entries of the block: fault them in at once */
  int **arrs[3] = {&c->mtgt, &c->mpar, &c->mpgen};
  for (int a = 0; a < 3; a++)
    coset_prefault(*arrs[a], (size_t)c->nmor * sizeof(int), nm * sizeof(int));
  int64_t edges = category_row(c, c->nmor);
  for (int k = 0; k < n; k++) edges += rdeg[t->type[k]];
  if (!take && (edges > dr->ncap || !c->next)) {
    int64_t cap = grown(dr->ncap, edges > 0 ? edges : 1);
    int *np = realloc(c->next, (size_t)cap * sizeof(int));
    if (!np) return YO_INTERNAL;
    c->next = np;
    dr->ncap = cap;
  }
  if (take) {
    /* the types are read no more (number_block): their array becomes the
     * order (take_rows then gives the table's nodes back) */
    free(dr->order);
    dr->order = t->type;
    t->type = NULL;
  } else {
    int *o2 = realloc(dr->order, (size_t)n * sizeof(int));
    if (!o2) return YO_INTERNAL;
    dr->order = o2;
  }
  size_t rows = (size_t)edges * sizeof(int);
  dr->res_bytes = nm * 3 * sizeof(int) + (size_t)dr->lcap * sizeof(int) + (c->row ? (nm + 1) * sizeof(int64_t) : 0) + rows;
  size_t now = dr->res_bytes - (take ? rows : 0) + (size_t)n / 8 +
               (size_t)t->cap * ((size_t)t->W + 2) * sizeof(int) +
               (take ? 0 : (size_t)n * sizeof(int));
  if (now > c->peak) c->peak = now;
  return YO_OK;
}

/* Give back what the geometric growth over-allocated (a failed shrink
 * keeps the larger array). */
static void fit_results(category *c, const driver *dr)
{
  size_t nm = c->nmor > 0 ? (size_t)c->nmor : 1;
  int **arrs[3] = {&c->mtgt, &c->mpar, &c->mpgen};
  for (int a = 0; a < 3 && nm < dr->mcap; a++) {
    int *p = *arrs[a] ? realloc(*arrs[a], nm * sizeof(int)) : NULL;
    if (p) *arrs[a] = p;
  }
  if (c->row && nm < dr->mcap) {
    int64_t *rp = realloc(c->row, (nm + 1) * sizeof(int64_t));
    if (rp) c->row = rp;
  }
  if (c->lstart && c->nlev > 0 && c->nlev < dr->lcap) {
    int *lp = realloc(c->lstart, (size_t)c->nlev * sizeof(int));
    if (lp) c->lstart = lp;
  }
  int64_t edges = category_row(c, c->nmor);
  if (c->next && edges > 0 && edges < dr->ncap) {
    int *np = realloc(c->next, (size_t)edges * sizeof(int));
    if (np) c->next = np;
  }
  int64_t pairs = dr->hpairs + 1;
  if (c->htgt && pairs < dr->hcap) {
    int *ht = realloc(c->htgt, (size_t)pairs * sizeof(int));
    if (ht) c->htgt = ht;
    int *hc = realloc(c->hcnt, (size_t)pairs * sizeof(int));
    if (hc) c->hcnt = hc;
  }
}

static int cmp_int(const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* Record the hom counts of block x (the dr->nt objects touched), sorted by
 * target, and reset the counters. */
static yo_status record_hom_counts(category *c, driver *dr, int x)
{
  int nt = dr->nt;
  qsort(dr->touched, (size_t)nt, sizeof(int), cmp_int);
  if (dr->hpairs + nt + 1 > dr->hcap) {
    int64_t cap = grown(dr->hcap, dr->hpairs + nt + 1);
    int *ht = realloc(c->htgt, (size_t)cap * sizeof(int));
    if (!ht) return YO_INTERNAL;
    c->htgt = ht;
    int *hc = realloc(c->hcnt, (size_t)cap * sizeof(int));
    if (!hc) return YO_INTERNAL;
    c->hcnt = hc;
    dr->hcap = cap;
  }
  for (int k = 0; k < nt; k++) {
    c->htgt[dr->hpairs + k] = dr->touched[k];
    c->hcnt[dr->hpairs + k] = dr->hcount[dr->touched[k]];
    dr->hcount[dr->touched[k]] = 0;
  }
  dr->hpairs += nt;
  c->hoff[x + 1] = (int)dr->hpairs;
  return YO_OK;
}

/* A lower bound on the morphisms with source x: one into each object among
 * x and the targets of the generators out of x. */
static long block_lower_bound(const category *c, int x, int *mark)
{
  long lb = 1;
  mark[x] = x + 1;
  for (int k = c->outoff[x]; k < c->outoff[x + 1]; k++) {
    int y = c->gtgt[c->outgen[k]];
    if (mark[y] != x + 1) {
      mark[y] = x + 1;
      lb++;
    }
  }
  return lb;
}

/* Record that block x needs at least `rows` rows of the table's width. */
static void note_width(category *c, const tc *t, int x, long rows)
{
  c->wide = 1;
  c->wide_object = x;
  c->wide_rows = rows;
  c->wide_width = t->W;
  c->wide_max_rows = t->hard;
}

/* Enumerate c block by block; only its first realG generators (the others
 * are hidden inverses added by category_enumerate, declared last) make the
 * numbering and the rows of the result.  With cox (borrowed: c's prepared
 * Coxeter engine) the block is built by the Coxeter engine. */
static yo_status enumerate_blocks(category *c, int max_morphisms, int realG,
                                  const coxeter *cox)
{
  category_free_enumeration(c);
  c->defined = 0;
  c->peak = 0;
  c->wide = 0;
  const int O = c->nobj;
  relators r;
  tc t;
  driver dr;
  memset(&r, 0, sizeof r);
  memset(&t, 0, sizeof t);
  memset(&dr, 0, sizeof dr);
  yo_status st = YO_INTERNAL;
  c->bstart = calloc((size_t)O + 1, sizeof(int));
  c->hoff = calloc((size_t)O + 1, sizeof(int));
  c->lvoff = calloc((size_t)O + 1, sizeof(int));
  c->nlev = 0;
  c->row = NULL;
  dr.hcount = calloc((size_t)O + 1, sizeof(int));
  dr.touched = malloc(((size_t)O + 1) * sizeof(int));
  dr.mark = calloc((size_t)O + 1, sizeof(int));
  if (!c->bstart || !c->hoff || !c->lvoff || !dr.hcount || !dr.touched || !dr.mark ||
      !category_layout_generators(c, c->ngen))
    goto done;
  if ((st = relators_prepare(&r, c, realG)) != YO_OK) goto done;
  /* rows of one width, or offsets per morphism */
  c->width = O > 0 ? r.rdeg[0] : 0;
  for (int y = 1; y < O; y++)
    if (r.rdeg[y] != c->width) c->width = -1;
  if (c->width < 0) {
    if (!(c->row = malloc(sizeof(int64_t)))) {
      st = YO_INTERNAL;
      goto done;
    }
    c->row[0] = 0;
  }
  coset_table_init(&t, c, &r, max_morphisms, &c->peak);
  for (int x = 0; x < O; x++) {
    c->bstart[x] = c->nmor;
    c->lvoff[x] = c->nlev;
    long lb = block_lower_bound(c, x, dr.mark);
    if (c->nmor + lb > max_morphisms) {
      st = YO_LIMIT;
      goto done;
    }
    if (t.width_capped && lb > t.hard) {
      /* refused before the rows are allocated */
      st = YO_LIMIT;
      t.width_hit = 1;
      note_width(c, &t, x, lb);
      goto done;
    }
    t.base_bytes = dr.res_bytes;
    if (cox && coset_coxeter_order(cox) > max_morphisms) {
      st = YO_LIMIT;
      goto done;
    }
    st = cox ? coset_enumerate_coxeter(&t, cox, x) : coset_enumerate_block(&t, x);
    c->defined = t.defs;
    c->engine = cox ? 3 : t.groupoid ? 2 : 1;
    if (st == YO_LIMIT && t.width_hit) note_width(c, &t, x, lb > t.live ? lb : t.live);
    if (st != YO_OK) goto done;
    int n = t.live;
    if ((int64_t)c->nmor + n > max_morphisms) {
      st = YO_LIMIT;
      goto done;
    }
    /* the first block of a uniform category keeps the table's rows */
    int take = !c->row && c->nmor == 0;
    if (take) coset_table_fit(&t);
    if ((st = grow_results(c, &t, r.rdeg, &dr, n, take)) != YO_OK ||
        (st = number_block(c, &t, x, r.rdeg, &dr)) != YO_OK)
      goto done;
    block_targets(c, &t, &dr);
    if (take && !take_rows(c, &t, &dr)) {
      st = YO_INTERNAL;
      goto done;
    }
    if (take) dr.ncap = (int64_t)n * c->width;   /* take_rows's c->next */
    if (!take) copy_rows(c, &t, r.rdeg, &dr);
    c->nmor += n;
    if ((st = record_hom_counts(c, &dr, x)) != YO_OK) goto done;
    coset_table_shrink(&t);
  }
  c->bstart[O] = c->nmor;
  c->lvoff[O] = c->nlev;
  fit_results(c, &dr);
  st = YO_OK;
  c->enumerated = 1;
done:
  coset_table_free(&t);
  relators_free(&r);
  free(dr.order);
  free(dr.hcount);
  free(dr.touched);
  free(dr.mark);
  if (st != YO_OK) {
    long d = c->defined;
    size_t p = c->peak;
    category_free_enumeration(c);
    c->defined = d;
    c->peak = p;
  }
  return st;
}

/* Move the enumeration of w (c's presentation with hidden generators
 * declared last) into c; c's generator tables leave the hidden ones out.
 * 0 on OOM (then c has no enumeration). */
static int take_enumeration(category *c, category *w)
{
  category_free_enumeration(c);
  c->nmor = w->nmor;
  c->bstart = w->bstart;
  c->mtgt = w->mtgt;
  c->mpar = w->mpar;
  c->mpgen = w->mpgen;
  c->lstart = w->lstart;
  c->lvoff = w->lvoff;
  c->nlev = w->nlev;
  c->row = w->row;
  c->width = w->width;
  c->next = w->next;
  c->hoff = w->hoff;
  c->htgt = w->htgt;
  c->hcnt = w->hcnt;
  w->bstart = w->mtgt = w->mpar = w->mpgen = w->lstart = w->lvoff = NULL;
  w->nlev = 0;
  w->row = NULL;
  w->next = w->hoff = w->htgt = w->hcnt = NULL;
  if (!category_layout_generators(c, c->ngen)) {
    category_free_enumeration(c);
    return 0;
  }
  c->enumerated = 1;
  return 1;
}

/* g^k = 1 (k >= 2) makes g invertible with inverse g^(k-1), and so does
 * g^k = v when every letter of v is invertible (relators_hidden_inverses).
 * When such a g has no inverse generator, the enumeration runs on a copy of
 * c with a hidden generator H (g H = H g = 1, declared after every generator
 * of c, so the local indices of c's generators are unchanged): the category
 * is the same (H is forced to be g's inverse), but relators through g can be
 * scanned from both ends, and groupoid mode applies when every generator is
 * invertible.  H is left out of the numbering and of the rows. */
static yo_status enumerate_hidden(category *c, int max_morphisms, const int *need)
{
  const int G = c->ngen;
  yo_status st;
  category *w = category_copy_presentation(c, 0, &st);
  if (!w) return st;
  st = YO_INTERNAL;
  for (int g = 0; g < G; g++) {
    if (!need[g]) continue;
    int h = category_add_generator(w, "", c->gtgt[g], c->gsrc[g], 0);
    int gh[] = {g, h}, hg[] = {h, g};
    if (h < 0 || category_add_equation(w, c->gsrc[g], gh, 2, NULL, 0, 0) < 0 ||
        category_add_equation(w, c->gtgt[g], hg, 2, NULL, 0, 0) < 0)
      goto out;
  }
  st = enumerate_blocks(w, max_morphisms, G, NULL);
  c->defined = w->defined;
  c->engine = w->engine;
  c->peak = w->peak;
  c->wide = w->wide;
  c->wide_object = w->wide_object;
  c->wide_rows = w->wide_rows;
  c->wide_width = w->wide_width;
  c->wide_max_rows = w->wide_max_rows;
  if (st == YO_OK && !take_enumeration(c, w)) st = YO_INTERNAL;
out:
  category_free(w);
  return st;
}

yo_status category_enumerate(category *c, int max_morphisms)
{
  if (c->enumerated) return YO_OK;
  c->wide = 0;
  if (max_morphisms < 0) max_morphisms = 0;
  if (!category_equations_typed(c)) return YO_INVALID;
  int *need = calloc((size_t)c->ngen + 1, sizeof(int));
  if (!need) return YO_INTERNAL;
  /* a finite crystallographic Coxeter presentation, possibly times cyclic
   * groups (coset_coxeter.c), needs neither Todd-Coxeter nor hidden
   * inverses: the Coxeter engine builds the group directly */
  coxeter *cox = NULL;
  if (!coset_coxeter_prepare(c, max_morphisms, &cox)) {
    free(need);
    return YO_INTERNAL;
  }
  int hidden = cox ? 0 : relators_hidden_inverses(c, need);
  yo_status st = hidden < 0   ? YO_INTERNAL
                 : hidden > 0 ? enumerate_hidden(c, max_morphisms, need)
                              : enumerate_blocks(c, max_morphisms, c->ngen, cox);
  coset_coxeter_free(cox);
  free(need);
  return st;
}
