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

int kexact_check(int n, int m, int G, int D, const int *src, const int *tgt,
                 const int *gsrc, const int *gtgt,
                 const int *gslot, const int *ogen, const int *root,
                 const int *next, const int *parent, const int *pgen,
                 int E, int W, const int *eq_src, const int *woff,
                 const int *wlen, const int *wgen, const int *toff,
                 const int *tnode, const int *tpos, const int *rank,
                 const int *dnode, const int *deq, const int *dside,
                 const int *dgap, const int *rinv)
{
  if (!kcat_check(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, toff, tnode,
                  tpos))
    return 0;
  if (!kexact_inverses(m, G, gsrc, E, W, eq_src, woff, wlen, wgen, rinv))
    return 0;
  return kexact_edges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                      next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                      rank, dnode, deq, dside, dgap, rinv);
}
