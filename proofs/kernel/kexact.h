/* kexact.h — kernel 7: the enumerated category is exactly the presented
 * one (nothing was identified that the equations do not force).
 *
 * Input: the flat Cayley graph and equations of kernel 1 (kmodel.h,
 * kcategory.h), plus one *deduction* per edge slot j = p*D + s:
 *   rank[j]   a natural number ordering the deductions;
 *   dnode[j]  a node k, deq[j] an equation e with eq_src[e] == tgt[k],
 *   dside[j]  which side of e is traced in full (0: left, 1: right),
 *   dgap[j]   the position of the edge's generator in the other side;
 * and per generator g, rinv[g]: -1, or an equation g r = identity (one side
 * empty, the other starting with g) that makes g right-cancellable.
 *
 * kexact_check accepts exactly when kernel 1 accepts (kc_ok) and every
 * edge p --s--> q of the graph is established (ke_edge):
 *   - a tree edge: parent[q] == p and pgen[q] is the generator of slot s
 *     out of tgt[p] (then nf(q) is nf(p)·pgen[q] by definition), or
 *   - deduced: with F the full side and V = V1 x V2 the other side of e
 *     (|V1| = dgap[j]), F traced from k reaches some node a, V1 traced
 *     from k reaches p, x is the generator of slot s out of tgt[p], V2
 *     traced from q reaches a through generators with a right inverse
 *     (rinv), and every edge used by the three traces has a rank in
 *     [0, rank[j]) (ke_trace, ke_rtrace).
 * What it means (docs/trust.md): by induction on the rank, every edge
 * p --x--> q satisfies nf(p)·x = nf(q) in the presented category — for a
 * deduced one, nf(p)·x·V2 = nf(k)·V = nf(k)·F = nf(a) = nf(q)·V2, and V2
 * cancels on the right (each of its generators has a right inverse) — so any
 * two paths that reach the same node are equal there: together with kernel
 * 1, the enumerated category is isomorphic to the presented one.
 *
 * Everything here only reads its arguments (assigns \nothing).  Contracts
 * are proved with Frama-C WP (make verify, proofs/kernel/PROOFS.md).
 */
#ifndef YONEDA_KEXACT_H
#define YONEDA_KEXACT_H

#include "proofs/kernel/kcategory.h"

/*@
  predicate ke_mem{L}(integer n, integer G, integer D, int *rank, int *dnode,
                      int *deq, int *dside, int *dgap, int *rinv) =
    0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX &&
    \valid_read(rank + (0 .. n*D-1)) && \valid_read(dnode + (0 .. n*D-1)) &&
    \valid_read(deq + (0 .. n*D-1)) && \valid_read(dside + (0 .. n*D-1)) &&
    \valid_read(dgap + (0 .. n*D-1)) && \valid_read(rinv + (0 .. G-1));

  // generator g is -1 or has a right inverse by equation rinv[g]: one side
  // of it is empty and the other starts with g (g r = identity)
  predicate ke_rinv_at{L}(integer E, int *gsrc, int *eq_src, int *woff,
                          int *wlen, int *wgen, int *rinv, integer g) =
    rinv[g] == -1 ||
    (0 <= rinv[g] < E && eq_src[rinv[g]] == gsrc[g] &&
     ((wlen[2*rinv[g] + 1] == 0 && 1 <= wlen[2*rinv[g]] &&
       wgen[woff[2*rinv[g]]] == g) ||
      (wlen[2*rinv[g]] == 0 && 1 <= wlen[2*rinv[g] + 1] &&
       wgen[woff[2*rinv[g] + 1]] == g)));
  predicate ke_rinv_upto{L}(integer E, int *gsrc, int *eq_src, int *woff,
                            int *wlen, int *wgen, int *rinv, integer k) =
    \forall integer g; 0 <= g < k ==>
      ke_rinv_at(E, gsrc, eq_src, woff, wlen, wgen, rinv, g);

  // The node reached from node f along wgen[i .. j-1] using only edges whose
  // rank lies in [0, lvl); -1 once the typing fails, an edge is missing or
  // an edge is not (yet) established (recursion on j - i).
  logic integer ke_trace{L}(int *next, integer D, int *tgt, int *gsrc,
                            int *gslot, int *rank, integer lvl, int *wgen,
                            integer i, integer j, integer f) =
    i >= j ? f :
    (f < 0 ? -1 :
     (tgt[f] != gsrc[wgen[i]] ? -1 :
      (!(0 <= rank[f*D + gslot[wgen[i]]] < lvl) ? -1 :
       ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, i + 1, j,
                next[f*D + gslot[wgen[i]]]))));

  // the same, where moreover every generator has a right inverse
  // (rinv[g] >= 0): the word can be cancelled on the right
  logic integer ke_rtrace{L}(int *next, integer D, int *tgt, int *gsrc,
                             int *gslot, int *rank, int *rinv, integer lvl,
                             int *wgen, integer i, integer j, integer f) =
    i >= j ? f :
    (f < 0 ? -1 :
     (tgt[f] != gsrc[wgen[i]] ? -1 :
      (rinv[wgen[i]] < 0 ? -1 :
       (!(0 <= rank[f*D + gslot[wgen[i]]] < lvl) ? -1 :
        ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, i + 1, j,
                  next[f*D + gslot[wgen[i]]])))));

  // edge p --s--> next[p*D+s] is the tree edge of its target
  predicate ke_tree{L}(integer G, integer D, int *tgt, int *gsrc, int *gslot,
                       int *next, int *parent, int *pgen, integer p,
                       integer s) =
    parent[next[p*D + s]] == p && 0 <= pgen[next[p*D + s]] < G &&
    gsrc[pgen[next[p*D + s]]] == tgt[p] && gslot[pgen[next[p*D + s]]] == s;

  // the deduction of edge p --s--> c = next[p*D+s] from word F (traced in
  // full from node k to a) and word V = V1 x V2 (|V1| = q): V1 traced from
  // k reaches p, x is the edge's generator, and V2 traced from c reaches a
  // through right-invertible generators; every edge used has rank < lvl
  predicate ke_deduce{L}(integer D, int *tgt, int *gsrc, int *gslot,
                         int *next, int *woff, int *wlen, int *wgen,
                         int *rank, int *rinv, integer p, integer s,
                         integer k, integer lvl, integer F, integer V,
                         integer q) =
    0 <= q < wlen[V] &&
    gsrc[wgen[woff[V] + q]] == tgt[p] && gslot[wgen[woff[V] + q]] == s &&
    ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, woff[V],
             woff[V] + q, k) == p &&
    0 <= ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, woff[F],
                  woff[F] + wlen[F], k) &&
    ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen,
              woff[V] + q + 1, woff[V] + wlen[V], next[p*D + s]) ==
    ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, woff[F],
             woff[F] + wlen[F], k);

  predicate ke_derived{L}(integer n, integer E, integer D, int *tgt,
                          int *gsrc, int *gslot, int *next, int *eq_src,
                          int *woff, int *wlen, int *wgen, int *rank,
                          int *dnode, int *deq, int *dside, int *dgap,
                          int *rinv, integer p, integer s) =
    0 <= dnode[p*D + s] < n && 0 <= deq[p*D + s] < E &&
    tgt[dnode[p*D + s]] == eq_src[deq[p*D + s]] &&
    (dside[p*D + s] == 0 ?
       ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv, p,
                 s, dnode[p*D + s], rank[p*D + s], 2*deq[p*D + s],
                 2*deq[p*D + s] + 1, dgap[p*D + s])
     : (dside[p*D + s] == 1 &&
        ke_deduce(D, tgt, gsrc, gslot, next, woff, wlen, wgen, rank, rinv,
                  p, s, dnode[p*D + s], rank[p*D + s], 2*deq[p*D + s] + 1,
                  2*deq[p*D + s], dgap[p*D + s])));

  // every edge slot: empty, a tree edge, or deduced
  predicate ke_edge{L}(integer n, integer G, integer E, integer D, int *tgt,
                       int *gsrc, int *gslot, int *next, int *parent,
                       int *pgen, int *eq_src, int *woff, int *wlen,
                       int *wgen, int *rank, int *dnode, int *deq,
                       int *dside, int *dgap, int *rinv, integer p,
                       integer s) =
    next[p*D + s] < 0 ||
    ke_tree(G, D, tgt, gsrc, gslot, next, parent, pgen, p, s) ||
    ke_derived(n, E, D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen,
               rank, dnode, deq, dside, dgap, rinv, p, s);
  predicate ke_row_upto{L}(integer n, integer G, integer E, integer D,
                           int *tgt, int *gsrc, int *gslot, int *next,
                           int *parent, int *pgen, int *eq_src, int *woff,
                           int *wlen, int *wgen, int *rank, int *dnode,
                           int *deq, int *dside, int *dgap, int *rinv,
                           integer p, integer k) =
    \forall integer s; 0 <= s < k ==>
      ke_edge(n, G, E, D, tgt, gsrc, gslot, next, parent, pgen, eq_src,
              woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p, s);
  predicate ke_edges_upto{L}(integer n, integer G, integer E, integer D,
                             int *tgt, int *gsrc, int *gslot, int *next,
                             int *parent, int *pgen, int *eq_src, int *woff,
                             int *wlen, int *wgen, int *rank, int *dnode,
                             int *deq, int *dside, int *dgap, int *rinv,
                             integer k) =
    \forall integer p; 0 <= p < k ==>
      ke_row_upto(n, G, E, D, tgt, gsrc, gslot, next, parent, pgen, eq_src,
                  woff, wlen, wgen, rank, dnode, deq, dside, dgap, rinv, p,
                  D);
*/

/* The node reached from node f along wgen[i .. j-1] through edges of rank
 * in [0, lvl) (ke_trace); -1 once the typing fails, an edge is missing or
 * an edge's rank is out of that range. */
/*@
  requires 0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX;
  requires \valid_read(next + (0 .. n*D-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(rank + (0 .. n*D-1));
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gslot + (0 .. G-1));
  requires kc_next_ranges(n, next, n*D) && kc_slot_ranges(D, gslot, G);
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  requires \forall integer k; i <= k < j ==> 0 <= wgen[k] < G;
  requires -1 <= f < n;
  assigns  \nothing;
  ensures  \result == ke_trace(next, D, tgt, gsrc, gslot, rank, lvl, wgen, i, j, f);
  ensures  -1 <= \result < n;
*/
int kexact_trace(int n, int G, int D, const int *tgt, const int *gsrc,
                 const int *gslot, const int *next, const int *rank, int lvl,
                 const int *wgen, int i, int j, int f);

/* The same through right-invertible generators only (ke_rtrace). */
/*@
  requires 0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX;
  requires \valid_read(next + (0 .. n*D-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(rank + (0 .. n*D-1)) && \valid_read(rinv + (0 .. G-1));
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gslot + (0 .. G-1));
  requires kc_next_ranges(n, next, n*D) && kc_slot_ranges(D, gslot, G);
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  requires \forall integer k; i <= k < j ==> 0 <= wgen[k] < G;
  requires -1 <= f < n;
  assigns  \nothing;
  ensures  \result == ke_rtrace(next, D, tgt, gsrc, gslot, rank, rinv, lvl, wgen, i, j, f);
  ensures  -1 <= \result < n;
*/
int kexact_rtrace(int n, int G, int D, const int *tgt, const int *gsrc,
                  const int *gslot, const int *next, const int *rank,
                  const int *rinv, int lvl, const int *wgen, int i, int j,
                  int f);

/* The right-inverse table: 1 iff ke_rinv_upto(G) (kernel 1's word ranges
 * assumed). */
/*@
  requires 0 <= m && 0 <= G;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(rinv + (0 .. G-1));
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_rinv_upto(E, gsrc, eq_src, woff, wlen, wgen, rinv, G);
*/
int kexact_inverses(int m, int G, const int *gsrc, int E, int W,
                    const int *eq_src, const int *woff, const int *wlen,
                    const int *wgen, const int *rinv);

/* Every edge of the graph is a tree edge or deduced (kernel 1's ranges
 * assumed): 1 iff ke_edges_upto(n). */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_edges_upto(n, G, E, D, tgt, gsrc, gslot, next, parent, pgen,
                         eq_src, woff, wlen, wgen, rank, dnode, deq, dside,
                         dgap, rinv, n);
*/
int kexact_edges(int n, int m, int G, int D, const int *src, const int *tgt,
                 const int *gsrc, const int *gtgt,
                 const int *gslot, const int *ogen, const int *root,
                 const int *next, const int *parent, const int *pgen,
                 int E, int W, const int *eq_src, const int *woff,
                 const int *wlen, const int *wgen, const int *rank,
                 const int *dnode, const int *deq, const int *dside,
                 const int *dgap, const int *rinv);

/* All of kernel 7: kernel 1 accepts, the right-inverse table is sound and
 * every edge is established. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           (kc_ok(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, toff, tnode,
                  tpos) &&
            ke_rinv_upto(E, gsrc, eq_src, woff, wlen, wgen, rinv, G) &&
            ke_edges_upto(n, G, E, D, tgt, gsrc, gslot, next, parent, pgen,
                          eq_src, woff, wlen, wgen, rank, dnode, deq, dside,
                          dgap, rinv, n));
*/
int kexact_check(int n, int m, int G, int D, const int *src, const int *tgt,
                 const int *gsrc, const int *gtgt,
                 const int *gslot, const int *ogen, const int *root,
                 const int *next, const int *parent, const int *pgen,
                 int E, int W, const int *eq_src, const int *woff,
                 const int *wlen, const int *wgen, const int *toff,
                 const int *tnode, const int *tpos, const int *rank,
                 const int *dnode, const int *deq, const int *dside,
                 const int *dgap, const int *rinv);

#endif
