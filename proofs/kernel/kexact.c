/* kexact.c — kernel 7 (contracts in kexact.h).  One loop per function;
 * loop invariants are the header's prefix predicates. */
#include "proofs/kernel/kexact.h"

int kexact_trace(int n, int G, int D, const int *tgt, const int *gsrc,
                 const int *gslot, const int *next, const int *rank, int lvl,
                 const int *wgen, int i, int j, int f)
{
  (void)n; (void)G;
  int cur = f;
  /*@ loop invariant i <= k <= j;
      loop invariant -1 <= cur < n;
      loop invariant ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, i, j, f) ==
                     ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, k, j, cur);
      loop assigns k, cur;
      loop variant j - k; */
  for (int k = i; k < j; k++) {
    if (cur < 0) {
      //@ assert ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    int g = wgen[k];
    if (tgt[cur] != gsrc[g]) {
      //@ assert ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    //@ assert krow(n, D, cur);
    int r = rank[cur * D + gslot[g]];
    if (r < 0 || r >= lvl) {
      //@ assert ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    cur = next[cur * D + gslot[g]];
  }
  return cur;
}

int kexact_rtrace(int n, int G, int D, const int *tgt, const int *gsrc,
                  const int *gslot, const int *next, const int *rank,
                  const int *rinv, int lvl, const int *wgen, int i, int j,
                  int f)
{
  (void)n; (void)G;
  int cur = f;
  /*@ loop invariant i <= k <= j;
      loop invariant -1 <= cur < n;
      loop invariant ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, i, j, f) ==
                     ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, k, j, cur);
      loop assigns k, cur;
      loop variant j - k; */
  for (int k = i; k < j; k++) {
    if (cur < 0) {
      //@ assert ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    int g = wgen[k];
    if (tgt[cur] != gsrc[g]) {
      //@ assert ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    if (rinv[g] < 0) {
      //@ assert ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    //@ assert krow(n, D, cur);
    //@ assert 0 <= gslot[g] < D;
    //@ assert 0 <= cur * D + gslot[g] < n * D;
    //@ assert -1 <= next[cur * D + gslot[g]] < n;
    int r = rank[cur * D + gslot[g]];
    if (r < 0 || r >= lvl) {
      //@ assert ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, k, j, cur) == -1;
      return -1;
    }
    cur = next[cur * D + gslot[g]];
  }
  return cur;
}

/*@
  requires 0 <= m && 0 <= G;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(rinv + (0 .. G-1));
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= g < G;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_rinv_at(E, gsrc, eq_src, woff, wlen, wgen, rinv, g);
*/
static int inverse_at(int m, int G, const int *gsrc, int E, int W,
                      const int *eq_src, const int *woff, const int *wlen,
                      const int *wgen, const int *rinv, int g)
{
  (void)m; (void)G; (void)W;
  int e = rinv[g];
  if (e == -1) return 1;
  if (e < 0 || e >= E) return 0;
  if (eq_src[e] != gsrc[g]) return 0;
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int l = 2 * e, r = 2 * e + 1;
  if (wlen[r] == 0 && wlen[l] >= 1 && wgen[woff[l]] == g) return 1;
  if (wlen[l] == 0 && wlen[r] >= 1 && wgen[woff[r]] == g) return 1;
  return 0;
}

int kexact_inverses(int m, int G, const int *gsrc, int E, int W,
                    const int *eq_src, const int *woff, const int *wlen,
                    const int *wgen, const int *rinv)
{
  /*@ loop invariant 0 <= g <= G;
      loop invariant ke_rinv_upto(E, gsrc, eq_src, woff, wlen, wgen, rinv, g);
      loop assigns g;
      loop variant G - g; */
  for (int g = 0; g < G; g++) {
    if (!inverse_at(m, G, gsrc, E, W, eq_src, woff, wlen, wgen, rinv, g))
      return 0;
  }
  return 1;
}

/* The deduction of edge p --s--> next[p*D+s] from words F and V at node k
 * with level lvl and gap q. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= p < n && 0 <= s < D && 0 <= k < n;
  requires 0 <= F < 2*E && 0 <= V < 2*E;
  requires 0 <= woff[F] && 0 <= wlen[F] && woff[F] + wlen[F] <= W;
  requires 0 <= woff[V] && 0 <= wlen[V] && woff[V] + wlen[V] <= W;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv,
                     p, s, k, lvl, F, V, q);
*/
static int deduce(int n, int m, int G, int D, const int *src, const int *tgt,
                  const int *gsrc, const int *gtgt,
                  const int *gslot, const int *ogen, const int *root,
                  const int *next, const int *parent, const int *pgen,
                  int E, int W, const int *eq_src, const int *woff,
                  const int *wlen, const int *wgen, const int *rank,
                  const int *dnode, const int *deq, const int *dside,
                  const int *dgap, const int *rinv,
                  int p, int s, int k, int lvl, int F, int V, int q)
{
  (void)m; (void)src; (void)gtgt; (void)ogen; (void)root; (void)parent;
  (void)pgen; (void)E; (void)W; (void)eq_src; (void)dnode; (void)deq;
  (void)dside; (void)dgap;
  if (q < 0 || q >= wlen[V]) {
    //@ assert !ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p, s, k, lvl, F, V, q);
    return 0;
  }
  int at = woff[V] + q;
  int x = wgen[at];
  if (gsrc[x] != tgt[p] || gslot[x] != s) {
    //@ assert !ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p, s, k, lvl, F, V, q);
    return 0;
  }
  int b = kexact_trace(n, G, D, tgt, gsrc, gslot, next, rank, lvl, wgen,
                       woff[V], at, k);
  if (b != p) {
    //@ assert !ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p, s, k, lvl, F, V, q);
    return 0;
  }
  int a = kexact_trace(n, G, D, tgt, gsrc, gslot, next, rank, lvl, wgen,
                       woff[F], woff[F] + wlen[F], k);
  if (a < 0) {
    //@ assert !ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p, s, k, lvl, F, V, q);
    return 0;
  }
  //@ assert krow(n, D, p);
  int c = next[p * D + s];
  int r = kexact_rtrace(n, G, D, tgt, gsrc, gslot, next, rank, rinv, lvl,
                        wgen, at + 1, woff[V] + wlen[V], c);
  if (r != a) {
    //@ assert !ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p, s, k, lvl, F, V, q);
    return 0;
  }
  //@ assert ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p, s, k, lvl, F, V, q);
  return 1;
}

/* The deduction of one edge slot (ke_derived). */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= p < n && 0 <= s < D;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> ke_derived(n, E, D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p, s);
*/
static int derived(int n, int m, int G, int D, const int *src, const int *tgt,
                   const int *gsrc, const int *gtgt,
                   const int *gslot, const int *ogen, const int *root,
                   const int *next, const int *parent, const int *pgen,
                   int E, int W, const int *eq_src, const int *woff,
                   const int *wlen, const int *wgen, const int *rank,
                   const int *dnode, const int *deq, const int *dside,
                   const int *dgap, const int *rinv, int p, int s)
{
  //@ assert krow(n, D, p);
  int j = p * D + s;
  int k = dnode[j], e = deq[j], sd = dside[j];
  if (k < 0 || k >= n || e < 0 || e >= E) {
    //@ assert !ke_derived(n, E, D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p, s);
    return 0;
  }
  if (tgt[k] != eq_src[e]) {
    //@ assert !ke_derived(n, E, D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p, s);
    return 0;
  }
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  if (sd == 0)
    return deduce(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, rank, dnode,
                  deq, dside, dgap, rinv, p, s, k, rank[j], 2 * e, 2 * e + 1,
                  dgap[j]);
  if (sd == 1)
    return deduce(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, rank, dnode,
                  deq, dside, dgap, rinv, p, s, k, rank[j], 2 * e + 1, 2 * e,
                  dgap[j]);
  //@ assert !ke_derived(n, E, D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p, s);
  return 0;
}

/* One edge slot (ke_edge). */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= p < n && 0 <= s < D;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_edge(n, G, E, D, tgt, gsrc, gslot, next, parent, pgen, eq_src,
                   woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p, s);
*/
static int edge_ok(int n, int m, int G, int D, const int *src, const int *tgt,
                   const int *gsrc, const int *gtgt,
                   const int *gslot, const int *ogen, const int *root,
                   const int *next, const int *parent, const int *pgen,
                   int E, int W, const int *eq_src, const int *woff,
                   const int *wlen, const int *wgen, const int *rank,
                   const int *dnode, const int *deq, const int *dside,
                   const int *dgap, const int *rinv, int p, int s)
{
  //@ assert krow(n, D, p);
  int j = p * D + s;
  int h = next[j];
  if (h < 0) return 1;
  int g = pgen[h];
  if (parent[h] == p && g >= 0 && g < G && gsrc[g] == tgt[p] &&
      gslot[g] == s) {
    //@ assert ke_tree(G, D, tgt, gsrc, gslot, next, parent, pgen, p, s);
    return 1;
  }
  //@ assert !ke_tree(G, D, tgt, gsrc, gslot, next, parent, pgen, p, s);
  return derived(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, rank, dnode,
                  deq, dside, dgap, rinv, p, s);
}

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= p < n;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_row_upto(n, G, E, D, tgt, gsrc, gslot, next, parent, pgen,
                       eq_src, woff, wlen, wgen, rank, dnode, deq, dside, dgap,
                       rinv, p, D);
*/
static int edge_row(int n, int m, int G, int D, const int *src, const int *tgt,
                    const int *gsrc, const int *gtgt,
                    const int *gslot, const int *ogen, const int *root,
                    const int *next, const int *parent, const int *pgen,
                    int E, int W, const int *eq_src, const int *woff,
                    const int *wlen, const int *wgen, const int *rank,
                    const int *dnode, const int *deq, const int *dside,
                    const int *dgap, const int *rinv, int p)
{
  /*@ loop invariant 0 <= s <= D;
      loop invariant ke_row_upto(n, G, E, D, tgt, gsrc, gslot, next, parent,
                                 pgen, eq_src, woff, wlen, wgen, rank, dnode,
                                 deq, dside, dgap, rinv, p, s);
      loop assigns s;
      loop variant D - s; */
  for (int s = 0; s < D; s++) {
    if (!edge_ok(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                 parent, pgen, E, W, eq_src, woff, wlen, wgen, rank, dnode,
                 deq, dside, dgap, rinv, p, s))
      return 0;
  }
  return 1;
}

int kexact_edges(int n, int m, int G, int D, const int *src, const int *tgt,
                 const int *gsrc, const int *gtgt,
                 const int *gslot, const int *ogen, const int *root,
                 const int *next, const int *parent, const int *pgen,
                 int E, int W, const int *eq_src, const int *woff,
                 const int *wlen, const int *wgen, const int *rank,
                 const int *dnode, const int *deq, const int *dside,
                 const int *dgap, const int *rinv)
{
  /*@ loop invariant 0 <= p <= n;
      loop invariant ke_edges_upto(n, G, E, D, tgt, gsrc, gslot, next,
                                   parent, pgen, eq_src, woff, wlen, wgen,
                                   rank, dnode, deq, dside, dgap, rinv, p);
      loop assigns p;
      loop variant n - p; */
  for (int p = 0; p < n; p++) {
    if (!edge_row(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, rank, dnode,
                  deq, dside, dgap, rinv, p))
      return 0;
  }
  return 1;
}

int kexact_same(int W, const int *wgen, int a, int b, int k)
{
  (void)W;
  /*@ loop invariant 0 <= i <= k;
      loop invariant ke_same(wgen, a, b, i);
      loop assigns i;
      loop variant k - i; */
  for (int i = 0; i < k; i++) {
    if (wgen[a + i] != wgen[b + i]) return 0;
  }
  return 1;
}

int kexact_wtype(int m, int G, const int *gsrc, const int *gtgt,
                 const int *wgen, int i, int j, int x)
{
  (void)m; (void)G;
  int cur = x;
  /*@ loop invariant i <= k <= j;
      loop invariant -1 <= cur < m;
      loop invariant ke_wtype(gsrc, gtgt, wgen, i, j, x) ==
                     ke_wtype(gsrc, gtgt, wgen, k, j, cur);
      loop assigns k, cur;
      loop variant j - k; */
  for (int k = i; k < j; k++) {
    int g = wgen[k];
    if (gsrc[g] != cur) {
      //@ assert ke_wtype(gsrc, gtgt, wgen, k, j, cur) == -1;
      return -1;
    }
    cur = gtgt[g];
  }
  return cur;
}

/* One rewriting step (ke_step) on scalars: word (ou, lu) out of object x
 * to word (ov, lv) by equation f < e, side d, position q. */
/*@
  requires 0 <= m && 0 <= G && 0 <= e < EL;
  requires \valid_read(gtgt + (0 .. G-1));
  requires kw_mem(EL, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, EL, W, eq_src, woff, wlen, wgen);
  requires 0 <= ou && 0 <= lu && ou + lu <= W;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
*/
static int rewrite_ok(int m, int G, const int *gtgt, int EL, int W,
                      const int *eq_src, const int *woff, const int *wlen,
                      const int *wgen, int e, int x, int ou, int lu, int ov,
                      int lv, int f, int d, int q)
{
  (void)m; (void)G; (void)EL;
  if (f < 0 || f >= e || (d != 0 && d != 1)) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  if (ov < 0 || lv < 0 || ov > W - lv) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, f);
  int A = 2 * f + d, B = 2 * f + 1 - d;
  int la = wlen[A], lb = wlen[B];
  //@ assert 0 <= la <= W && 0 <= lb <= W;
  if (q < 0 || q > lu - la) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  if (lv - lb != lu - la) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  //@ assert ou + q + la <= W && ov + q + lb <= W;
  if (!kexact_same(W, wgen, ou, ov, q)) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  if (!kexact_same(W, wgen, ou + q, woff[A], la)) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  if (!kexact_same(W, wgen, ov + q, woff[B], lb)) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  if (!kexact_same(W, wgen, ou + q + la, ov + q + lb, lu - q - la)) {
    //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
    return 0;
  }
  if (la == 0) {
    int obj = x;
    if (q > 0) {
      //@ assert 0 <= ou + q - 1 < W;
      obj = gtgt[wgen[ou + q - 1]];
    }
    if (obj != eq_src[f]) {
      //@ assert !ke_step(gtgt, eq_src, woff, wlen, wgen, W, e, x, ou, lu, ov, lv, f, d, q);
      return 0;
    }
  }
  return 1;
}

/* Step t of lemma l (ke_lstep), the steps before it being valid. */
/*@
  requires 0 <= m && 0 <= G && 0 <= E;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1));
  requires kc_gen_ranges(m, gsrc, gtgt, G);
  requires kw_mem(E + L, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, E + L, W, eq_src, woff, wlen, wgen);
  requires ke_lmem(L, S, soff, seq, sdir, spos, coff, clen);
  requires 0 <= l < L;
  requires 0 <= soff[l] <= t < S;
  requires ke_lsteps_upto(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l, t);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> ke_lstep(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l, t);
*/
static int step_ok(int m, int G, const int *gsrc, const int *gtgt, int E, int L, int W,
    const int *eq_src, const int *woff, const int *wlen, const int *wgen,
    int S, const int *soff, const int *seq, const int *sdir, const int *spos,
    const int *coff, const int *clen, int l, int t)
{
  (void)gsrc; (void)S;
  int e = E + l;
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int ou, lu;
  if (t == soff[l]) {
    ou = woff[2 * e];
    lu = wlen[2 * e];
  } else {
    //@ assert ke_lstep(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l, t - 1);
    ou = coff[t - 1];
    lu = clen[t - 1];
  }
  return rewrite_ok(m, G, gtgt, E + L, W, eq_src, woff, wlen, wgen, e,
                    eq_src[e], ou, lu, coff[t], clen[t], seq[t], sdir[t],
                    spos[t]);
}

/* The steps of lemma l (ke_lsteps_upto(soff[l+1])). */
/*@
  requires 0 <= m && 0 <= G && 0 <= E;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1));
  requires kc_gen_ranges(m, gsrc, gtgt, G);
  requires kw_mem(E + L, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, E + L, W, eq_src, woff, wlen, wgen);
  requires ke_lmem(L, S, soff, seq, sdir, spos, coff, clen);
  requires 0 <= l < L;
  requires 0 <= soff[l] <= soff[l + 1] <= S;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> ke_lsteps_upto(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l, soff[l + 1]);
*/
static int lemma_steps(int m, int G, const int *gsrc, const int *gtgt, int E, int L, int W,
    const int *eq_src, const int *woff, const int *wlen, const int *wgen,
    int S, const int *soff, const int *seq, const int *sdir, const int *spos,
    const int *coff, const int *clen, int l)
{
  /*@ loop invariant soff[l] <= t <= soff[l + 1];
      loop invariant ke_lsteps_upto(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l, t);
      loop assigns t;
      loop variant soff[l + 1] - t; */
  for (int t = soff[l]; t < soff[l + 1]; t++) {
    if (!step_ok(m, G, gsrc, gtgt, E, L, W, eq_src, woff, wlen, wgen, S, soff, seq, sdir, spos, coff, clen, l, t)) return 0;
  }
  return 1;
}

/* Lemma l (ke_lemma). */
/*@
  requires 0 <= m && 0 <= G && 0 <= E;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1));
  requires kc_gen_ranges(m, gsrc, gtgt, G);
  requires kw_mem(E + L, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, E + L, W, eq_src, woff, wlen, wgen);
  requires ke_lmem(L, S, soff, seq, sdir, spos, coff, clen);
  requires 0 <= l < L;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> ke_lemma(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l);
*/
static int lemma_ok(int m, int G, const int *gsrc, const int *gtgt, int E, int L, int W,
    const int *eq_src, const int *woff, const int *wlen, const int *wgen,
    int S, const int *soff, const int *seq, const int *sdir, const int *spos,
    const int *coff, const int *clen, int l)
{
  int e = E + l;
  if (soff[l] < 0 || soff[l] >= soff[l + 1] || soff[l + 1] > S) {
    //@ assert !ke_lemma(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l);
    return 0;
  }
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  if (kexact_wtype(m, G, gsrc, gtgt, wgen, woff[2 * e],
                   woff[2 * e] + wlen[2 * e], eq_src[e]) < 0) {
    //@ assert !ke_lemma(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l);
    return 0;
  }
  if (!lemma_steps(m, G, gsrc, gtgt, E, L, W, eq_src, woff, wlen, wgen, S, soff, seq, sdir, spos, coff, clen, l)) {
    //@ assert !ke_lemma(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l);
    return 0;
  }
  int last = soff[l + 1] - 1;
  if (coff[last] != woff[2 * e + 1] || clen[last] != wlen[2 * e + 1]) {
    //@ assert !ke_lemma(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l);
    return 0;
  }
  return 1;
}

int kexact_lemmas(int m, int G, const int *gsrc, const int *gtgt, int E,
                  int L, int W, const int *eq_src, const int *woff,
                  const int *wlen, const int *wgen, int S, const int *soff,
                  const int *seq, const int *sdir, const int *spos,
                  const int *coff, const int *clen)
{
  /*@ loop invariant 0 <= l <= L;
      loop invariant ke_lemmas_upto(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos, coff, clen, l);
      loop assigns l;
      loop variant L - l; */
  for (int l = 0; l < L; l++) {
    if (!lemma_ok(m, G, gsrc, gtgt, E, L, W, eq_src, woff, wlen, wgen, S, soff, seq, sdir, spos, coff, clen, l)) return 0;
  }
  return 1;
}

int kexact_check(int n, int m, int G, int D, const int *src, const int *tgt,
                 const int *gsrc, const int *gtgt,
                 const int *gslot, const int *ogen, const int *root,
                 const int *next, const int *parent, const int *pgen,
                 int E, int L, int W, const int *eq_src, const int *woff,
                 const int *wlen, const int *wgen, const int *toff,
                 const int *tnode, const int *tpos, int S, const int *soff,
                 const int *seq, const int *sdir, const int *spos,
                 const int *coff, const int *clen, const int *rank,
                 const int *dnode, const int *deq, const int *dside,
                 const int *dgap, const int *rinv)
{
  if (!kcat_check(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, toff, tnode,
                  tpos))
    return 0;
  if (!kcat_word_ranges(m, G, E + L, W, eq_src, woff, wlen, wgen))
    return 0;
  if (!kexact_lemmas(m, G, gsrc, gtgt, E, L, W, eq_src, woff, wlen, wgen, S,
                     soff, seq, sdir, spos, coff, clen))
    return 0;
  if (!kexact_inverses(m, G, gsrc, E + L, W, eq_src, woff, wlen, wgen, rinv))
    return 0;
  return kexact_edges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                      next, parent, pgen, E + L, W, eq_src, woff, wlen, wgen,
                      rank, dnode, deq, dside, dgap, rinv);
}
