/* coset_coxeter.c — the Coxeter engine (see coset_internal.h): a one-object
 * presentation whose generators are involutions and whose other equations
 * each give one pair of generators its Coxeter relation, (s t)^m = 1 or the
 * braid form s t s ... = t s t ... (m letters each), presents the Coxeter
 * group W of the matrix m.  When m is crystallographic (every m_st in
 * {2, 3, 4, 6}) and W is finite (the cosine form is positive definite),
 * W's Cayley graph is built directly instead of by Todd-Coxeter:
 *
 *  - the generators, ordered breadth-first over the Coxeter diagram, give
 *    a chain of parabolic subgroups W_0 = 1 < W_1 < ... < W_n = W,
 *    W_k = <s_0 .. s_{k-1}> (s_i the i-th in that order);
 *  - each w in W_k is a unique product a d, a in W_{k-1} and d a minimal
 *    right coset representative of W_{k-1} in W_k (the set D_k);
 *  - D_k is the orbit of the fundamental weight w_{k-1} of the Weyl group
 *    of a Cartan matrix for m restricted to s_0 .. s_{k-1} (integer
 *    coordinates, exact): the coset W_{k-1} w is the weight w^-1(w_{k-1}),
 *    whose stabilizer is W_{k-1};
 *  - Deodhar's lemma: for d in D_k and a generator s, either d s is in D_k
 *    (the coset moves) or d s = t d for a generator t of W_{k-1} (the coset
 *    is fixed; then d(alpha_s) is the simple root alpha_t);
 *  - so right multiplication by s changes d when the coset moves and
 *    otherwise multiplies a by t in W_{k-1}: the table of W_k is written
 *    row by row from the table of W_{k-1}, node a + |W_{k-1}| d.
 *
 * The result is W's Cayley graph in that numbering; the block driver then
 * numbers it in shortlex order like any other block, so the category is the
 * one Todd-Coxeter makes, bit for bit (tests/test_enumerate.c compares
 * them).  Like Todd-Coxeter's, the construction is trusted not to
 * over-collapse (kernel 1 checks every equation at every node and that
 * every node is reached; --exact certifies the rest); any inconsistency it
 * meets (a fixed coset whose root is not simple) sends the presentation
 * back to Todd-Coxeter.  Other presentations (a missing pair: m infinite;
 * m = 5 or m > 6; an infinite W; anything else) are left to Todd-Coxeter.
 *
 * Generators of order k >= 3 (g^k = 1) that commute with every other
 * generator (g h = h g) may join the involutions: the group is then
 * W x Z_k1 x ..., node w + |W| c with c the cyclic digits in mixed radix
 * (category_enumerate then adds no hidden inverse for them).
 */
#include "specs/coset_internal.h"
#include "specs/hugemem.h"
#include "specs/progress_hook.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Ranks above this are left to Todd-Coxeter (finite irreducible Coxeter
 * groups of larger rank are A_n, B_n, D_n: far beyond any morphism limit
 * from rank 13 on, but a product of many small ones is not). */
#define COXETER_MAX_RANK 64

/* Level k of the chain (1 <= k <= n): the cosets of W_{k-1} in W_k. */
typedef struct level {
  int r;              /* |D_k| */
  int *mv;            /* mv[p*k + j]: coset p times s_j (j < k): the coset's
                         index when it moves, -(t+1) when d_p s_j = s_t d_p */
} level;

struct coxeter {
  int n;              /* generators, as declared */
  int nc;             /* the involutions: W's Coxeter generators */
  int *cix;           /* cix[g]: g's index among them, or -1 (cyclic) */
  int *ck;            /* ck[g]: the order of a cyclic generator, else 0 */
  int *ostride;       /* ostride[g]: a cyclic generator's digit in the
                         node number (node = w + |W| c, c mixed radix) */
  level *lv;          /* lv[k-1] is level k of W (nc levels) */
  int64_t nw;         /* |W| */
  int64_t order;      /* |W| times the cyclic orders, or max_morphisms + 1
                         when larger */
};

void coset_coxeter_free(coxeter *x)
{
  if (!x) return;
  for (int k = 0; k < x->nc; k++) free(x->lv[k].mv);
  free(x->lv);
  free(x->cix);
  free(x->ck);
  free(x->ostride);
  free(x);
}

/* w (n >= 2 letters) alternates between two different letters. */
static int alternating(const int *w, int n)
{
  if (n < 2 || w[0] == w[1]) return 0;
  for (int i = 2; i < n; i++)
    if (w[i] != w[i & 1]) return 0;
  return 1;
}

/* Read the presentation of c: kind[g] = 1 for an involution (g g = 1),
 * k >= 3 for a generator of order k (g^k = 1); m[s*n+t] = m_st for a pair
 * (2 for a commuting pair with a cyclic generator, which must be written
 * s t = t s: (s t)^2 = 1 is not commutation unless both are involutions).
 * 1 if c is a Coxeter presentation times cyclic groups. */
static int read_presentation(const category *c, int *m, int *kind)
{
  const int n = c->ngen;
  unsigned char *pform = calloc((size_t)n * (size_t)n, 1); /* (s t)^m form used */
  if (!pform) return 0;
  int ok = 0;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    const int *u = e->lhs, *v = e->rhs;
    int nu = e->nlhs, nv = e->nrhs;
    if (nu == 0) {
      u = e->rhs;
      nu = e->nrhs;
      v = e->lhs;
      nv = e->nlhs;
    }
    if (nu == 0) continue; /* 1 = 1 */
    int mm, pw_form = 0;
    if (nv == 0) {
      int same = 1;
      for (int k = 1; k < nu && same; k++) same = u[k] == u[0];
      if (same) { /* g^k = 1 */
        if (nu < 2 || (kind[u[0]] && kind[u[0]] != (nu == 2 ? 1 : nu))) goto out;
        kind[u[0]] = nu == 2 ? 1 : nu;
        continue;
      }
      if (nu % 2 || !alternating(u, nu)) goto out;
      mm = nu / 2;                     /* (s t)^m = 1 */
      pw_form = 1;
    } else {
      if (nu != nv || !alternating(u, nu) || !alternating(v, nv) || v[0] != u[1] ||
          v[1] != u[0])
        goto out;
      mm = nu;                         /* s t s ... = t s t ... */
    }
    int s = u[0], t = u[1];
    if (mm < 2 || (m[s * n + t] && m[s * n + t] != mm)) goto out;
    m[s * n + t] = m[t * n + s] = mm;
    if (pw_form) pform[s * n + t] = pform[t * n + s] = 1;
  }
  for (int s = 0; s < n; s++) {
    if (!kind[s]) goto out;
    for (int t = 0; t < n; t++) {
      if (t == s) continue;
      int mm = m[s * n + t];
      if (kind[s] == 1 && kind[t] == 1 ? mm != 2 && mm != 3 && mm != 4 && mm != 6
                                       : mm != 2 || pform[s * n + t])
        goto out;
    }
  }
  ok = 1;
out:
  free(pform);
  return ok;
}

/* The cosine form B_st = -cos(pi / m_st) is positive definite (Cholesky):
 * W is finite.  Its pivots are far from 0 for finite W (a singular form,
 * affine W, gives pivots of rounding size). */
static int finite_form(const int *m, int n)
{
  double *b = malloc((size_t)n * (size_t)n * sizeof(double));
  if (!b) return 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) b[i * n + j] = i == j ? 1.0 : -cos(3.14159265358979323846 / m[i * n + j]);
  int ok = 1;
  for (int j = 0; j < n && ok; j++) {
    double d = b[j * n + j];
    for (int k = 0; k < j; k++) d -= b[j * n + k] * b[j * n + k];
    if (d < 1e-9) {
      ok = 0;
      break;
    }
    d = sqrt(d);
    b[j * n + j] = d;
    for (int i = j + 1; i < n; i++) {
      double s = b[i * n + j];
      for (int k = 0; k < j; k++) s -= b[i * n + k] * b[j * n + k];
      b[i * n + j] = s / d;
    }
  }
  free(b);
  return ok;
}

/* Open addressing over the orbit's points (k ints each). */
static uint64_t point_hash(const int *p, int k)
{
  uint64_t h = 1469598103934665603ull;
  for (int i = 0; i < k; i++) h = (h ^ (uint32_t)p[i]) * 1099511628211ull;
  return h ^ (h >> 29);
}

/* Level k: the orbit of the fundamental weight e_{k-1} under s_0 .. s_{k-1}
 * (a[i*n+j] the Cartan matrix), its moves and, for a fixed coset, the
 * generator t.  1 on success, 2 when the orbit has more than `cap` points,
 * 0 on OOM or on an inconsistency (then the presentation goes to
 * Todd-Coxeter). */
static int build_level(level *L, const int *a, int n, int k, int64_t cap)
{
  int np = 0, pcap = 16, hcap = 64;
  int *pts = malloc((size_t)pcap * (size_t)k * sizeof(int));
  int *par = malloc((size_t)pcap * sizeof(int)), *pgen = malloc((size_t)pcap * sizeof(int));
  int *mv = malloc((size_t)pcap * (size_t)k * sizeof(int));
  int *hash = malloc((size_t)hcap * sizeof(int));
  int *q = malloc((size_t)k * sizeof(int)), *beta = malloc((size_t)k * sizeof(int));
  int ok = 0;
  if (!pts || !par || !pgen || !mv || !hash || !q || !beta) goto out;
  for (int i = 0; i < hcap; i++) hash[i] = -1;
  memset(pts, 0, (size_t)k * sizeof(int));
  pts[k - 1] = 1;
  par[0] = pgen[0] = -1;
  hash[point_hash(pts, k) & (uint64_t)(hcap - 1)] = 0;
  np = 1;
  for (int p = 0; p < np; p++) {
    for (int j = 0; j < k; j++) {
      const int *mu = pts + (size_t)p * (size_t)k;
      int mj = mu[j];
      if (mj == 0) {
        /* fixed: d_p(alpha_j) must be a simple root alpha_t, t < k-1 */
        memset(beta, 0, (size_t)k * sizeof(int));
        beta[j] = 1;
        for (int x = p; x > 0; x = par[x]) {
          int g = pgen[x];
          long s = 0;
          for (int l = 0; l < k; l++) s += (long)beta[l] * a[g * n + l];
          long bg = beta[g] - s;
          if (bg > INT32_MAX / 4 || bg < -INT32_MAX / 4) goto out;
          beta[g] = (int)bg;
        }
        int t = -1, bad = 0;
        for (int l = 0; l < k; l++) {
          if (beta[l] == 0) continue;
          if (beta[l] != 1 || t >= 0) bad = 1;
          t = l;
        }
        if (bad || t < 0 || t >= k - 1) goto out;
        mv[(size_t)p * (size_t)k + (size_t)j] = -(t + 1);
        continue;
      }
      for (int i = 0; i < k; i++) {
        long v = mu[i] - (long)mj * a[i * n + j];
        if (v > INT32_MAX / 4 || v < -INT32_MAX / 4) goto out;
        q[i] = (int)v;
      }
      uint64_t h = point_hash(q, k) & (uint64_t)(hcap - 1);
      while (hash[h] >= 0 && memcmp(pts + (size_t)hash[h] * (size_t)k, q, (size_t)k * sizeof(int)))
        h = (h + 1) & (uint64_t)(hcap - 1);
      if (hash[h] >= 0) {
        mv[(size_t)p * (size_t)k + (size_t)j] = hash[h];
        continue;
      }
      if (np >= cap) {
        ok = 2;
        goto out;
      }
      if (np == pcap) {
        pcap *= 2;
        int *p1 = realloc(pts, (size_t)pcap * (size_t)k * sizeof(int));
        if (p1) pts = p1;
        int *p2 = realloc(par, (size_t)pcap * sizeof(int));
        if (p2) par = p2;
        int *p3 = realloc(pgen, (size_t)pcap * sizeof(int));
        if (p3) pgen = p3;
        int *p4 = realloc(mv, (size_t)pcap * (size_t)k * sizeof(int));
        if (p4) mv = p4;
        if (!p1 || !p2 || !p3 || !p4) goto out;
      }
      memcpy(pts + (size_t)np * (size_t)k, q, (size_t)k * sizeof(int));
      par[np] = p;
      pgen[np] = j;
      hash[h] = np;
      mv[(size_t)p * (size_t)k + (size_t)j] = np;
      np++;
      if (2 * np > hcap) { /* rehash */
        int nh = hcap * 2;
        int *h2 = malloc((size_t)nh * sizeof(int));
        if (!h2) goto out;
        for (int i = 0; i < nh; i++) h2[i] = -1;
        for (int i = 0; i < np; i++) {
          uint64_t hh = point_hash(pts + (size_t)i * (size_t)k, k) & (uint64_t)(nh - 1);
          while (h2[hh] >= 0) hh = (hh + 1) & (uint64_t)(nh - 1);
          h2[hh] = i;
        }
        free(hash);
        hash = h2;
        hcap = nh;
      }
    }
  }
  L->r = np;
  L->mv = mv;
  mv = NULL;
  ok = 1;
out:
  free(pts);
  free(par);
  free(pgen);
  free(mv);
  free(hash);
  free(q);
  free(beta);
  return ok;
}

int coset_coxeter_prepare(const category *c, int max_morphisms, coxeter **out)
{
  *out = NULL;
  const int n = c->ngen;
  if (c->nobj != 1 || n < 1 || n > COXETER_MAX_RANK) return 1;
  int *m = calloc((size_t)n * (size_t)n, sizeof(int));
  int *kind = calloc((size_t)n, sizeof(int));
  int *a = malloc((size_t)n * (size_t)n * sizeof(int));
  int *cm = malloc((size_t)n * (size_t)n * sizeof(int));
  coxeter *x = calloc(1, sizeof *x);
  int ok = 1;
  if (!m || !kind || !a || !cm || !x || !(x->lv = calloc((size_t)n, sizeof(level))) ||
      !(x->cix = malloc((size_t)n * sizeof(int))) || !(x->ck = calloc((size_t)n, sizeof(int))) ||
      !(x->ostride = calloc((size_t)n, sizeof(int)))) {
    ok = 0;
    goto out;
  }
  x->n = n;
  if (!read_presentation(c, m, kind)) goto out;
  /* the involutions in the order of the chain: breadth-first over the
   * Coxeter diagram (edges m >= 3), each component from its first declared
   * generator, so that every W_k is as connected as it can be and the
   * cosets of each level are few (S_n's generators declared s1 s3 s5 ...
   * s2 s4 ... still give the path); then W's Coxeter matrix in that order */
  int nc = 0;
  for (int g = 0; g < n; g++) {
    x->cix[g] = -1;
    x->ck[g] = kind[g] == 1 ? 0 : kind[g];
  }
  for (int g0 = 0; g0 < n; g0++) {
    if (kind[g0] != 1 || x->cix[g0] >= 0) continue;
    int head = nc;
    x->cix[g0] = nc;
    a[nc++] = g0;                       /* a: the queue, reused below */
    while (head < nc) {
      int s = a[head++];
      for (int t = 0; t < n; t++)
        if (kind[t] == 1 && x->cix[t] < 0 && m[s * n + t] >= 3) {
          x->cix[t] = nc;
          a[nc++] = t;
        }
    }
  }
  for (int s = 0; s < n; s++)
    for (int t = 0; t < n; t++)
      if (x->cix[s] >= 0 && x->cix[t] >= 0) cm[x->cix[s] * nc + x->cix[t]] = m[s * n + t];
  x->nc = nc;
  if (nc > 0 && !finite_form(cm, nc)) goto out;
  /* a Cartan matrix: a_st a_ts = 4 cos^2(pi / m_st), a_st = -1 for s < t */
  for (int s = 0; s < nc; s++)
    for (int t = 0; t < nc; t++) {
      int mm = cm[s * nc + t];
      a[s * nc + t] = s == t ? 2 : mm == 2 ? 0 : s < t || mm == 3 ? -1 : mm == 4 ? -2 : -3;
    }
  /* the orbits, then the cyclic factors; once the group has more than
   * max_morphisms elements it is only recorded as too large (the driver
   * then reports the limit) */
  int64_t order = 1, over = (int64_t)max_morphisms + 1;
  for (int k = 1; k <= nc && order < over; k++) {
    int64_t cap = (int64_t)max_morphisms / order + 1;
    int b = build_level(&x->lv[k - 1], a, nc, k, cap);
    if (b == 0) goto out;
    order = b == 2 ? over : order * x->lv[k - 1].r;
  }
  x->nw = order;
  for (int g = 0; g < n && order < over; g++) {
    if (!x->ck[g]) continue;
    x->ostride[g] = (int)order;
    order *= x->ck[g];
  }
  x->order = order < over ? order : over;
  *out = x;
  x = NULL;
out:
  free(m);
  free(kind);
  free(a);
  free(cm);
  coset_coxeter_free(x);
  return ok;
}

int64_t coset_coxeter_order(const coxeter *x) { return x->order; }

/* What a node's row is computed from: node o = a + np d + nw c (a in
 * W_{nc-1}, d the coset at the top level, c the cyclic digits). */
typedef struct walker {
  const coxeter *x;
  const level *L;     /* W's top level (NULL without involutions) */
  const int *prev;    /* W_{nc-1}'s table, width nc-1 (NULL when nc <= 1) */
  int np, nw, nc;
} walker;

/* All of node o's neighbours, out[g] along declared generator g: the
 * node's digits are found once, and W_{nc-1}'s row (one cache line) is
 * read once for all generators. */
static inline void node_row(const walker *k, int o, int *out)
{
  const coxeter *x = k->x;
  const int n = x->n, nc = k->nc;
  const int w = o % k->nw, base = o - w;
  int d = 0, a = w;
  const int *mvd = NULL, *pa = NULL;
  if (k->L) {
    d = w / k->np;
    a = w - d * k->np;
    mvd = k->L->mv + (size_t)d * (size_t)nc;
    if (k->prev) pa = k->prev + (size_t)a * (size_t)(nc - 1);
  }
  for (int g = 0; g < n; g++) {
    const int j = x->cix[g];
    if (j < 0) {
      const int st = x->ostride[g], kk = x->ck[g];
      out[g] = (o / st) % kk == kk - 1 ? o - (kk - 1) * st : o + st;
      continue;
    }
    const int e = mvd[j];
    /* a fixed coset needs W_{nc-1}, so nc >= 2 and pa is set */
    out[g] = e >= 0 ? base + a + k->np * e : base + pa[-e - 1] + k->np * d;
  }
}

yo_status coset_enumerate_coxeter(tc *t, const coxeter *x, int xobj)
{
  const int n = x->n, nc = x->nc, W = t->W;
  if (W != n || x->order > t->hard || (nc > 0 && x->lv[nc - 1].mv == NULL)) {
    t->fail = YO_LIMIT;
    return t->fail;
  }
  t->nn = t->live = t->pos = 0;
  t->sn = t->dn = 0;
  t->fail = YO_OK;
  const int N = (int)x->order;
  /* the table of W_{nc-1} (width nc-1, node a + |W_{k-1}| d at level k),
   * built level by level in two scratch tables */
  int *prev = NULL;
  int64_t nprev = 1;           /* |W_{k-1}| */
  size_t scratch = 0;
  for (int k = 1; k < nc; k++) {
    const level *L = &x->lv[k - 1];
    const int64_t nk = nprev * L->r;
    int *cur = hugemem_alloc((size_t)nk * (size_t)k * sizeof(int));
    if (!cur) {
      free(prev);
      t->fail = YO_INTERNAL;
      return t->fail;
    }
    size_t b = ((size_t)nk + (size_t)nprev) * (size_t)k * sizeof(int);
    if (b > scratch) scratch = b;
    for (int d = 0; d < L->r; d++) {
      const int *mvd = L->mv + (size_t)d * (size_t)k;
      int *dst = cur + (size_t)d * (size_t)nprev * (size_t)k;
      const int base = (int)(nprev * d);
      for (int64_t i = 0; i < nprev; i++, dst += k) {
        const int *src = prev ? prev + (size_t)i * (size_t)(k - 1) : NULL;
        for (int j = 0; j < k; j++) {
          int e = mvd[j];
          /* k == 1: W_0 is trivial and s_0 moves every coset */
          dst[j] = e >= 0 ? (int)(i + nprev * e) : src[-e - 1] + base;
        }
      }
    }
    free(prev);
    prev = cur;
    nprev = nk;
  }
  /* the node arrays: no preimage lists; the rows on huge pages (kernel 1
   * then reads them with few TLB misses), and so are W_{nc-1}'s table and
   * id[] (S_10: 11.6 and 14.5 MB, read and written at random by the
   * search: with 4 KB pages it missed the TLB at nearly every node) */
  const size_t rb = (size_t)W * sizeof(int);
  int *row = hugemem_alloc((size_t)N * rb + sizeof(int));
  int *uf = hugemem_alloc((size_t)N * sizeof(int)), *type = hugemem_alloc((size_t)N * sizeof(int));
  uint64_t *seen = calloc((size_t)N / 64 + 1, sizeof(uint64_t));
  if (!row || !uf || !type || !seen) {
    free(prev);
    free(row);
    free(uf);
    free(type);
    free(seen);
    t->fail = YO_INTERNAL;
    return t->fail;
  }
  free(t->row);
  free(t->uf);
  free(t->type);
  t->row = row;
  t->uf = uf;
  t->type = type;
  t->cap = N;
  walker wk = {x, nc > 0 ? &x->lv[nc - 1] : NULL, prev, (int)nprev, (int)x->nw, nc};
  /* the group, node a + |W_{nc-1}| d + |W| c, in breadth-first order from
   * the identity, generators in declaration order (what number_block makes
   * of any table): order[k] is the node numbered k and id[] the new
   * numbers.  The search tests a bitmap of the nodes seen (small enough to
   * stay in the cache) and only stores the new numbers.  It visits the
   * nodes in their new order, so it writes each node's row as it goes, in
   * sequence, with the neighbours' old numbers (node_row: W_{nc-1}'s row
   * read once); then each entry is renumbered in place (reads of id[] that
   * depend on nothing but the entry, fetched ahead).  A second pass that
   * recomputed the rows after the search cost S_10 0.12-0.19 s more (the
   * search and the rows 0.36-0.52 s against 0.57-0.85 s, build/bench);
   * writing the new numbers during the search (id[] read for a node
   * already seen) was slower still. */
  int *order = type, *id = uf;
  int tail = 1;
  order[0] = 0;
  id[0] = 0;
  seen[0] = 1;
  coset_prefault(row, 0, (size_t)N * rb);
  for (int k = 0; k < tail; k++) {
    const int o = order[k];
    /* the progress line, at Todd-Coxeter's pace (every 2^16 nodes) */
    if (k > 0 && (k & 0xffff) == 0) progress_hook_enumeration(k, 0);
    /* the search's own order is known ahead: fetch the rows it will read */
    if (prev && k + 16 < tail) {
      int o2 = order[k + 16] % wk.nw;
      __builtin_prefetch(prev + (size_t)(o2 - o2 / wk.np * wk.np) * (size_t)(nc - 1));
    }
    int *dst = row + (size_t)k * (size_t)W;
    node_row(&wk, o, dst);
    for (int g = 0; g < n; g++) {
      const int m = dst[g];
      uint64_t bit = (uint64_t)1 << (m & 63);
      if (seen[m >> 6] & bit) continue;
      if (tail >= N) break; /* cannot happen: the group has N elements */
      seen[m >> 6] |= bit;
      id[m] = tail;
      order[tail++] = m;
    }
  }
  free(seen);
  if (tail == N) {
    const size_t tot = (size_t)N * (size_t)W, ahead = 64;
    size_t i = 0;
    for (; i + ahead < tot; i++) {
      __builtin_prefetch(id + row[i + ahead]);
      row[i] = id[row[i]];
    }
    for (; i < tot; i++) row[i] = id[row[i]];
  }
  free(prev);
  if (tail != N) {
    t->fail = YO_INTERNAL;
    return t->fail;
  }
  for (int i = 0; i < N; i++) {
    id[i] = i;
    order[i] = xobj;
  }
  t->nn = t->live = N;
  t->defs = N;
  size_t bytes = t->base_bytes + scratch + (size_t)N * (rb + 2 * sizeof(int));
  if (bytes > *t->peak) *t->peak = bytes;
  return YO_OK;
}
