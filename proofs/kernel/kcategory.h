/* kcategory.h — kernel 1: the enumerated Cayley graph of a presented
 * category is well formed (flat model: see kmodel.h).
 *
 * kcat_check accepts exactly when
 *   - every array entry is in range (kc_ranges);
 *   - the slot tables are consistent: gslot and ogen are mutually inverse
 *     (generator g is ogen[gsrc[g]*D + gslot[g]], and every nonempty slot
 *     k of object x holds a generator out of x with slot k);
 *   - every edge is typed and the graph is complete: next[f*D+k] is a node
 *     from src[f] to gtgt[g] when g = ogen[tgt[f]*D+k] is a generator, and
 *     -1 when that slot is empty;
 *   - root[x] is a node from x to x without parent, and every node without
 *     parent is the root of its source;
 *   - the spanning tree is sound: every other node f has parent[f] < f,
 *     tgt[parent[f]] == gsrc[pgen[f]] and
 *     next[parent[f]*D + gslot[pgen[f]]] == f (so every node is reached
 *     from the root of its source along its normal form);
 *   - every equation, traced from every node whose target is its source
 *     object, ends at one and the same node on both sides.
 * Each part is also exported on its own so that the caller can say which
 * part failed; each requires the ranges.  Everything here only reads its
 * arguments (assigns \nothing).  Contracts are proved with Frama-C WP
 * (make verify, proofs/kernel/PROOFS.md).
 */
#ifndef YONEDA_KCATEGORY_H
#define YONEDA_KCATEGORY_H

#include "proofs/kernel/kmodel.h"

/*@
  predicate kc_mem{L}(integer n, integer m, integer G, integer D, int *src,
                      int *tgt, int *gsrc, int *gtgt, int *gslot, int *ogen,
                      int *root, int *next, int *parent, int *pgen) =
    0 <= n && 0 <= m && 0 <= G && 0 <= D &&
    n*D <= KMODEL_INT_MAX && m*D <= KMODEL_INT_MAX &&
    \valid_read(src + (0 .. n-1)) && \valid_read(tgt + (0 .. n-1)) &&
    \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1)) &&
    \valid_read(gslot + (0 .. G-1)) && \valid_read(ogen + (0 .. m*D-1)) &&
    \valid_read(root + (0 .. m-1)) && \valid_read(next + (0 .. n*D-1)) &&
    \valid_read(parent + (0 .. n-1)) && \valid_read(pgen + (0 .. n-1));

  predicate kw_mem{L}(integer E, integer W, int *eq_src, int *woff,
                      int *wlen, int *wgen) =
    0 <= E && 2*E <= KMODEL_INT_MAX && 0 <= W &&
    \valid_read(eq_src + (0 .. E-1)) && \valid_read(woff + (0 .. 2*E-1)) &&
    \valid_read(wlen + (0 .. 2*E-1)) && \valid_read(wgen + (0 .. W-1));

  // ---- ranges ----------------------------------------------------------
  predicate kc_node_ranges{L}(integer n, integer m, integer G, int *src,
                              int *tgt, int *parent, int *pgen, integer k) =
    \forall integer f; 0 <= f < k ==>
      0 <= src[f] < m && 0 <= tgt[f] < m &&
      -1 <= parent[f] < n && -1 <= pgen[f] < G;
  predicate kc_gen_ranges{L}(integer m, int *gsrc, int *gtgt, integer k) =
    \forall integer g; 0 <= g < k ==> 0 <= gsrc[g] < m && 0 <= gtgt[g] < m;
  predicate kc_slot_ranges{L}(integer D, int *gslot, integer k) =
    \forall integer g; 0 <= g < k ==> 0 <= gslot[g] < D;
  predicate kc_root_ranges{L}(integer n, int *root, integer k) =
    \forall integer x; 0 <= x < k ==> 0 <= root[x] < n;
  // entries in -1 .. n-1 (also used for ogen, with n := G)
  predicate kc_next_ranges{L}(integer n, int *next, integer k) =
    \forall integer i; 0 <= i < k ==> -1 <= next[i] < n;
  predicate kw_eq_ok{L}(integer m, integer W, int *eq_src, int *woff,
                        int *wlen, integer e) =
    0 <= eq_src[e] < m &&
    0 <= woff[2*e] && 0 <= wlen[2*e] && woff[2*e] + wlen[2*e] <= W &&
    0 <= woff[2*e+1] && 0 <= wlen[2*e+1] &&
    woff[2*e+1] + wlen[2*e+1] <= W;
  predicate kw_eq_ranges{L}(integer m, integer W, int *eq_src, int *woff,
                            int *wlen, integer k) =
    \forall integer e; 0 <= e < k ==> kw_eq_ok(m, W, eq_src, woff, wlen, e);
  predicate kw_gen_ranges{L}(integer G, int *wgen, integer k) =
    \forall integer i; 0 <= i < k ==> 0 <= wgen[i] < G;

  predicate kc_ranges{L}(integer n, integer m, integer G, integer D, int *src,
                         int *tgt, int *gsrc, int *gtgt, int *gslot,
                         int *ogen, int *root, int *next, int *parent,
                         int *pgen) =
    kc_node_ranges(n, m, G, src, tgt, parent, pgen, n) &&
    kc_gen_ranges(m, gsrc, gtgt, G) && kc_slot_ranges(D, gslot, G) &&
    kc_next_ranges(G, ogen, m*D) && kc_root_ranges(n, root, m) &&
    kc_next_ranges(n, next, n*D);
  predicate kw_ranges{L}(integer m, integer G, integer E, integer W,
                         int *eq_src, int *woff, int *wlen, int *wgen) =
    kw_eq_ranges(m, W, eq_src, woff, wlen, E) && kw_gen_ranges(G, wgen, W);

  // ---- slots: gslot and ogen are mutually inverse ------------------------
  // generator g sits in its slot of its source object
  predicate kc_gen_slot{L}(integer D, int *gsrc, int *gslot, int *ogen,
                           integer g) =
    ogen[gsrc[g]*D + gslot[g]] == g;
  predicate kc_gen_slots_upto{L}(integer D, int *gsrc, int *gslot, int *ogen,
                                 integer k) =
    \forall integer g; 0 <= g < k ==> kc_gen_slot(D, gsrc, gslot, ogen, g);
  // slot s of object x is empty or holds a generator out of x in slot s
  predicate kc_ogen_at{L}(integer D, int *gsrc, int *gslot, int *ogen,
                          integer x, integer s) =
    ogen[x*D + s] == -1 ||
    (gsrc[ogen[x*D + s]] == x && gslot[ogen[x*D + s]] == s);
  predicate kc_ogen_row_upto{L}(integer D, int *gsrc, int *gslot, int *ogen,
                                integer x, integer k) =
    \forall integer s; 0 <= s < k ==> kc_ogen_at(D, gsrc, gslot, ogen, x, s);
  predicate kc_ogen_upto{L}(integer D, int *gsrc, int *gslot, int *ogen,
                            integer k) =
    \forall integer x; 0 <= x < k ==>
      kc_ogen_row_upto(D, gsrc, gslot, ogen, x, D);
  predicate kc_slots_ok{L}(integer m, integer G, integer D, int *gsrc,
                           int *gslot, int *ogen) =
    kc_gen_slots_upto(D, gsrc, gslot, ogen, G) &&
    kc_ogen_upto(D, gsrc, gslot, ogen, m);

  // ---- typing and completeness of the edges ------------------------------
  // slot s of node f: an edge from src[f] to the target of the generator in
  // slot s of tgt[f], and -1 when that slot is empty
  predicate kc_edge{L}(integer D, int *src, int *tgt, int *gtgt, int *ogen,
                       int *next, integer f, integer s) =
    ogen[tgt[f]*D + s] == -1 ? next[f*D + s] == -1
    : (0 <= next[f*D + s] && src[next[f*D + s]] == src[f] &&
       tgt[next[f*D + s]] == gtgt[ogen[tgt[f]*D + s]]);
  predicate kc_row_upto{L}(integer D, int *src, int *tgt, int *gtgt,
                           int *ogen, int *next, integer f, integer k) =
    \forall integer s; 0 <= s < k ==>
      kc_edge(D, src, tgt, gtgt, ogen, next, f, s);
  predicate kc_edges_upto{L}(integer D, int *src, int *tgt, int *gtgt,
                             int *ogen, int *next, integer k) =
    \forall integer f; 0 <= f < k ==>
      kc_row_upto(D, src, tgt, gtgt, ogen, next, f, D);

  // ---- identities --------------------------------------------------------
  predicate kc_roots_upto{L}(int *src, int *tgt, int *root, int *parent,
                             integer k) =
    \forall integer x; 0 <= x < k ==>
      src[root[x]] == x && tgt[root[x]] == x && parent[root[x]] == -1;

  // ---- normal-form spanning tree -----------------------------------------
  predicate kc_tree_node{L}(integer G, integer D, int *src, int *tgt,
                            int *gsrc, int *gslot, int *root, int *next,
                            int *parent, int *pgen, integer f) =
    parent[f] == -1 ? (pgen[f] == -1 && root[src[f]] == f)
    : (0 <= parent[f] < f && 0 <= pgen[f] < G &&
       tgt[parent[f]] == gsrc[pgen[f]] &&
       next[parent[f]*D + gslot[pgen[f]]] == f);
  predicate kc_tree_upto{L}(integer G, integer D, int *src, int *tgt,
                            int *gsrc, int *gslot, int *root, int *next,
                            int *parent, int *pgen, integer k) =
    \forall integer f; 0 <= f < k ==>
      kc_tree_node(G, D, src, tgt, gsrc, gslot, root, next, parent, pgen, f);

  // ---- equations ---------------------------------------------------------
  // both sides of equation e traced from node f (whose target is the
  // equation's source) reach the same node
  predicate kc_eq_at{L}(integer D, int *tgt, int *gsrc, int *gslot,
                        int *next, int *eq_src, int *woff, int *wlen,
                        int *wgen, integer e, integer f) =
    tgt[f] == eq_src[e] ==>
      (0 <= ktrace(next, D, tgt, gsrc, gslot, wgen, woff[2*e],
                   woff[2*e] + wlen[2*e], f) &&
       ktrace(next, D, tgt, gsrc, gslot, wgen, woff[2*e],
              woff[2*e] + wlen[2*e], f) ==
       ktrace(next, D, tgt, gsrc, gslot, wgen, woff[2*e+1],
              woff[2*e+1] + wlen[2*e+1], f));
  predicate kc_eq_nodes_upto{L}(integer D, int *tgt, int *gsrc, int *gslot,
                                int *next, int *eq_src, int *woff,
                                int *wlen, int *wgen, integer e, integer k) =
    \forall integer f; 0 <= f < k ==>
      kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f);
  predicate kc_eqs_upto{L}(integer n, integer D, int *tgt, int *gsrc,
                           int *gslot, int *next, int *eq_src, int *woff,
                           int *wlen, int *wgen, integer k) =
    \forall integer e; 0 <= e < k ==>
      kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen,
                       e, n);

  // ---- the index of the nodes by target object ---------------------------
  // tnode[toff[x] .. toff[x+1]-1] lists the nodes with target x (a hint
  // that lets the equation check visit only those): tpos[f] is the place of
  // node f in tnode, inside the block of tgt[f].
  predicate kx_mem{L}(integer n, integer m, int *toff, int *tnode,
                      int *tpos) =
    \valid_read(toff + (0 .. m)) && \valid_read(tnode + (0 .. n-1)) &&
    \valid_read(tpos + (0 .. n-1));
  predicate kx_blocks_upto{L}(integer n, int *toff, integer k) =
    \forall integer x; 0 <= x < k ==> 0 <= toff[x] && toff[x+1] <= n;
  predicate kx_nodes_upto{L}(integer n, int *tnode, integer k) =
    \forall integer i; 0 <= i < k ==> 0 <= tnode[i] < n;
  predicate kx_pos{L}(integer n, int *tgt, int *toff, int *tnode, int *tpos,
                      integer f) =
    0 <= tpos[f] < n && tnode[tpos[f]] == f &&
    toff[tgt[f]] <= tpos[f] < toff[tgt[f]+1];
  predicate kx_pos_upto{L}(integer n, int *tgt, int *toff, int *tnode,
                           int *tpos, integer k) =
    \forall integer f; 0 <= f < k ==> kx_pos(n, tgt, toff, tnode, tpos, f);
  predicate kx_ok{L}(integer n, integer m, int *tgt, int *toff, int *tnode,
                     int *tpos) =
    kx_blocks_upto(n, toff, m) && kx_nodes_upto(n, tnode, n) &&
    kx_pos_upto(n, tgt, toff, tnode, tpos, n);

  // ---- the whole of kernel 1 ----------------------------------------------
  predicate kc_ok{L}(integer n, integer m, integer G, integer D, int *src,
                     int *tgt, int *gsrc, int *gtgt, int *gslot, int *ogen,
                     int *root, int *next, int *parent, int *pgen,
                     integer E, integer W, int *eq_src, int *woff,
                     int *wlen, int *wgen, int *toff, int *tnode,
                     int *tpos) =
    kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
              parent, pgen) &&
    kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen) &&
    kc_slots_ok(m, G, D, gsrc, gslot, ogen) &&
    kc_edges_upto(D, src, tgt, gtgt, ogen, next, n) &&
    kc_roots_upto(src, tgt, root, parent, m) &&
    kc_tree_upto(G, D, src, tgt, gsrc, gslot, root, next, parent, pgen, n) &&
    kx_ok(n, m, tgt, toff, tnode, tpos) &&
    kc_eqs_upto(n, D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, E);
*/

/* Ranges of the graph arrays: 1 iff kc_ranges. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
*/
int kcat_ranges(int n, int m, int G, int D, const int *src, const int *tgt,
                const int *gsrc, const int *gtgt,
                const int *gslot, const int *ogen, const int *root,
                const int *next, const int *parent, const int *pgen);

/* Ranges of the node arrays: 1 iff kc_node_ranges (part of kcat_ranges;
 * exported for the representability kernel). */
/*@
  requires 0 <= n && 0 <= m && 0 <= G;
  requires \valid_read(src + (0 .. n-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(parent + (0 .. n-1)) && \valid_read(pgen + (0 .. n-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_node_ranges(n, m, G, src, tgt, parent, pgen, n);
*/
int kcat_node_ranges(int n, int m, int G, const int *src, const int *tgt,
                     const int *parent, const int *pgen);

/* Ranges of root: 1 iff kc_root_ranges (part of kcat_ranges). */
/*@
  requires 0 <= n && 0 <= m && \valid_read(root + (0 .. m-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_root_ranges(n, root, m);
*/
int kcat_root_ranges(int n, int m, const int *root);

/* Ranges of the generator arrays: 1 iff kc_gen_ranges (part of
 * kcat_ranges; exported for the task kernel). */
/*@
  requires 0 <= m && 0 <= G;
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_gen_ranges(m, gsrc, gtgt, G);
*/
int kcat_gen_ranges(int m, int G, const int *gsrc, const int *gtgt);

/* Ranges of the equation arrays: 1 iff kw_ranges. */
/*@
  requires 0 <= m && 0 <= G;
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
*/
int kcat_word_ranges(int m, int G, int E, int W, const int *eq_src,
                     const int *woff, const int *wlen, const int *wgen);

/* The slot tables: gslot and ogen are mutually inverse (every generator
 * sits in its slot of its source object, and every nonempty slot of an
 * object holds a generator out of that object in that slot). */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_slots_ok(m, G, D, gsrc, gslot, ogen);
*/
int kcat_slots(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen);

/* Typing and completeness of every edge (slot by slot). */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_edges_upto(D, src, tgt, gtgt, ogen, next, n);
*/
int kcat_edges(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen);

/* The identities are roots of the spanning tree. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_roots_upto(src, tgt, root, parent, m);
*/
int kcat_roots(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen);

/* The normal-form spanning tree. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_tree_upto(G, D, src, tgt, gsrc, gslot, root, next, parent,
                        pgen, n);
*/
int kcat_tree(int n, int m, int G, int D, const int *src, const int *tgt,
              const int *gsrc, const int *gtgt,
              const int *gslot, const int *ogen, const int *root,
              const int *next, const int *parent, const int *pgen);

/* The node reached from node f along the generators wgen[i .. j-1]
 * (ktrace); -1 once the typing fails or an edge is missing. */
/*@
  requires 0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX;
  requires \valid_read(next + (0 .. n*D-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gslot + (0 .. G-1));
  requires kc_next_ranges(n, next, n*D) && kc_slot_ranges(D, gslot, G);
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  requires \forall integer k; i <= k < j ==> 0 <= wgen[k] < G;
  requires -1 <= f < n;
  assigns  \nothing;
  ensures  \result == ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, f);
  ensures  -1 <= \result < n;
*/
int kcat_trace(int n, int G, int D, const int *tgt, const int *gsrc,
               const int *gslot, const int *next, const int *wgen, int i,
               int j, int f);

/* The index of the nodes by target object: 1 iff kx_ok. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kx_ok(n, m, tgt, toff, tnode, tpos);
*/
int kcat_index(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen,
               const int *toff, const int *tnode, const int *tpos);

/* Every equation at every node of its source object (visiting, through
 * the index, only the nodes whose target is that object). */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_eqs_upto(n, D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                       wgen, E);
*/
int kcat_equations(int n, int m, int G, int D, const int *src, const int *tgt,
                   const int *gsrc, const int *gtgt,
                   const int *gslot, const int *ogen, const int *root,
                   const int *next, const int *parent, const int *pgen,
                   int E, int W, const int *eq_src, const int *woff,
                   const int *wlen, const int *wgen, const int *toff,
                   const int *tnode, const int *tpos);

/* All of kernel 1: 1 iff kc_ok. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_ok(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                 parent, pgen, E, W, eq_src, woff, wlen, wgen, toff, tnode,
                 tpos);
*/
int kcat_check(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen,
               int E, int W, const int *eq_src, const int *woff,
               const int *wlen, const int *wgen, const int *toff,
               const int *tnode, const int *tpos);

#endif
