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
 * The equations may be extended by L lemmas (entries E .. E+L-1 of the
 * equation table), each proved by a chain of rewriting steps over the
 * equations and earlier lemmas (ke_lemma, below); deductions and right
 * inverses may then use lemmas as well.
 *
 * kexact_check accepts exactly when kernel 1 accepts (kc_ok, with the E
 * equations), every lemma chain is valid, and every edge p --s--> q of the
 * graph is established (ke_edge):
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

/* ---- lemmas ----------------------------------------------------------
 * The equation table passed to the deduction check is the E equations of
 * the presentation followed by L lemmas (entries E .. E+L-1 of eq_src,
 * woff, wlen: lhs word 2e, rhs word 2e+1, all words in the one store wgen).
 * Lemma l (equation e = E+l) is proved by the steps t in
 * [soff[l], soff[l+1]) (at least one): step t rewrites the word u (the lhs
 * for the first step, else the result of step t-1) into its result word
 * v = wgen[coff[t] .. coff[t]+clen[t]-1] by replacing, at position
 * spos[t], side sdir[t] of equation seq[t] (an equation of the
 * presentation or an earlier lemma: seq[t] < e) by its other side.  The
 * last result is the rhs (same offset and length); the lhs is a typed path
 * out of eq_src[e]; a replaced empty side sits at an occurrence of its
 * equation's object. */
/*@
  predicate ke_lmem{L}(integer L, integer S, int *soff, int *seq, int *sdir,
                       int *spos, int *coff, int *clen) =
    0 <= L && 0 <= S && \valid_read(soff + (0 .. L)) &&
    \valid_read(seq + (0 .. S-1)) && \valid_read(sdir + (0 .. S-1)) &&
    \valid_read(spos + (0 .. S-1)) && \valid_read(coff + (0 .. S-1)) &&
    \valid_read(clen + (0 .. S-1));

  // wgen[a .. a+k-1] == wgen[b .. b+k-1] (quantified over the flat index)
  predicate ke_same{L}(int *wgen, integer a, integer b, integer k) =
    \forall integer i; a <= i < a + k ==> wgen[i] == wgen[b + (i - a)];

  // the object reached from object x along wgen[i .. j-1] (each generator
  // out of the object reached so far); -1 once the typing fails
  logic integer ke_wtype{L}(int *gsrc, int *gtgt, int *wgen, integer i,
                            integer j, integer x) =
    i >= j ? x :
    (gsrc[wgen[i]] != x ? -1 :
     ke_wtype(gsrc, gtgt, wgen, i + 1, j, gtgt[wgen[i]]));

  // word (ov, lv) is word (ou, lu) with side d of equation f (f < e)
  // replaced at position q by the other side; the word (ou, lu) starts at
  // object x; a replaced empty side needs the object there to be eq_src[f]
  predicate ke_step{L}(int *gtgt, int *eq_src, int *woff, int *wlen,
                       int *wgen, integer W, integer e, integer x,
                       integer ou, integer lu, integer ov, integer lv,
                       integer f, integer d, integer q) =
    0 <= f < e && (d == 0 || d == 1) &&
    0 <= ov && 0 <= lv && ov + lv <= W &&
    0 <= q && q + wlen[2*f + d] <= lu &&
    lv == lu - wlen[2*f + d] + wlen[2*f + 1 - d] &&
    ke_same(wgen, ou, ov, q) &&
    ke_same(wgen, ou + q, woff[2*f + d], wlen[2*f + d]) &&
    ke_same(wgen, ov + q, woff[2*f + 1 - d], wlen[2*f + 1 - d]) &&
    ke_same(wgen, ou + q + wlen[2*f + d], ov + q + wlen[2*f + 1 - d],
            lu - q - wlen[2*f + d]) &&
    (wlen[2*f + d] == 0 ==>
       (q == 0 ? x == eq_src[f] : gtgt[wgen[ou + q - 1]] == eq_src[f]));

  // step t of lemma l
  predicate ke_lstep{L}(integer E, integer W, int *gtgt, int *eq_src,
                        int *woff, int *wlen, int *wgen, int *soff, int *seq,
                        int *sdir, int *spos, int *coff, int *clen,
                        integer l, integer t) =
    ke_step(gtgt, eq_src, woff, wlen, wgen, W, E + l, eq_src[E + l],
            t == soff[l] ? woff[2*(E + l)] : coff[t - 1],
            t == soff[l] ? wlen[2*(E + l)] : clen[t - 1],
            coff[t], clen[t], seq[t], sdir[t], spos[t]);
  predicate ke_lsteps_upto{L}(integer E, integer W, int *gtgt, int *eq_src,
                              int *woff, int *wlen, int *wgen, int *soff,
                              int *seq, int *sdir, int *spos, int *coff,
                              int *clen, integer l, integer k) =
    \forall integer t; soff[l] <= t < k ==>
      ke_lstep(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir, spos,
               coff, clen, l, t);

  predicate ke_lemma{L}(integer E, integer W, integer S, int *gsrc,
                        int *gtgt, int *eq_src, int *woff, int *wlen,
                        int *wgen, int *soff, int *seq, int *sdir, int *spos,
                        int *coff, int *clen, integer l) =
    0 <= soff[l] < soff[l + 1] <= S &&
    0 <= ke_wtype(gsrc, gtgt, wgen, woff[2*(E + l)],
                  woff[2*(E + l)] + wlen[2*(E + l)], eq_src[E + l]) &&
    ke_lsteps_upto(E, W, gtgt, eq_src, woff, wlen, wgen, soff, seq, sdir,
                   spos, coff, clen, l, soff[l + 1]) &&
    coff[soff[l + 1] - 1] == woff[2*(E + l) + 1] &&
    clen[soff[l + 1] - 1] == wlen[2*(E + l) + 1];
  predicate ke_lemmas_upto{L}(integer E, integer W, integer S, int *gsrc,
                              int *gtgt, int *eq_src, int *woff, int *wlen,
                              int *wgen, int *soff, int *seq, int *sdir,
                              int *spos, int *coff, int *clen, integer k) =
    \forall integer l; 0 <= l < k ==>
      ke_lemma(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff, seq,
               sdir, spos, coff, clen, l);
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

/* wgen[a .. a+k-1] == wgen[b .. b+k-1]: 1 iff ke_same. */
/*@
  requires 0 <= W && \valid_read(wgen + (0 .. W-1));
  requires 0 <= k && 0 <= a && a + k <= W && 0 <= b && b + k <= W;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> ke_same(wgen, a, b, k);
*/
int kexact_same(int W, const int *wgen, int a, int b, int k);

/* The object reached from object x along wgen[i .. j-1] (ke_wtype). */
/*@
  requires 0 <= m && 0 <= G;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1));
  requires kc_gen_ranges(m, gsrc, gtgt, G);
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  requires \forall integer k; i <= k < j ==> 0 <= wgen[k] < G;
  requires -1 <= x < m;
  assigns  \nothing;
  ensures  \result == ke_wtype(gsrc, gtgt, wgen, i, j, x);
  ensures  -1 <= \result < m;
*/
int kexact_wtype(int m, int G, const int *gsrc, const int *gtgt,
                 const int *wgen, int i, int j, int x);

/* Every lemma chain is valid (the equation table holds the E equations of
 * the presentation and then the L lemmas): 1 iff ke_lemmas_upto(L). */
/*@
  requires 0 <= m && 0 <= G && 0 <= E;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1));
  requires kc_gen_ranges(m, gsrc, gtgt, G);
  requires kw_mem(E + L, W, eq_src, woff, wlen, wgen);
  requires kw_ranges(m, G, E + L, W, eq_src, woff, wlen, wgen);
  requires ke_lmem(L, S, soff, seq, sdir, spos, coff, clen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           ke_lemmas_upto(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen, soff,
                          seq, sdir, spos, coff, clen, L);
*/
int kexact_lemmas(int m, int G, const int *gsrc, const int *gtgt, int E,
                  int L, int W, const int *eq_src, const int *woff,
                  const int *wlen, const int *wgen, int S, const int *soff,
                  const int *seq, const int *sdir, const int *spos,
                  const int *coff, const int *clen);

/* All of kernel 7: kernel 1 accepts the graph with the E equations of the
 * presentation, every lemma chain is valid, the right-inverse table is sound
 * and every edge is established, where inverses and deductions may use the
 * E equations and the L lemmas (equation table entries 0 .. E+L-1). */
/*@
  requires 0 <= E;
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E + L, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires ke_lmem(L, S, soff, seq, sdir, spos, coff, clen);
  requires ke_mem(n, G, D, rank, dnode, deq, dside, dgap, rinv);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           (kc_ok(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, E, W, eq_src, woff, wlen, wgen, toff, tnode,
                  tpos) &&
            kw_ranges(m, G, E + L, W, eq_src, woff, wlen, wgen) &&
            ke_lemmas_upto(E, W, S, gsrc, gtgt, eq_src, woff, wlen, wgen,
                           soff, seq, sdir, spos, coff, clen, L) &&
            ke_rinv_upto(E + L, gsrc, eq_src, woff, wlen, wgen, rinv, G) &&
            ke_edges_upto(n, G, E + L, D, tgt, gsrc, gslot, next, parent,
                          pgen, eq_src, woff, wlen, wgen, rank, dnode, deq,
                          dside, dgap, rinv, n));
*/
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
                 const int *dgap, const int *rinv);

#endif
