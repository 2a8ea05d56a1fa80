/* kmodel.h — the ACSL logic shared by the kernel's checkers: the flat
 * Cayley-graph model of a finite category, words, and tracing.
 *
 * The flat model (every array is provided and owned by the caller; the
 * kernel only reads it, except for documented scratch arrays):
 *   n nodes (= morphisms), m objects, G generators, D slots (the largest
 *   number of generators out of one object);
 *   src[n], tgt[n]       source / target object of every node;
 *   gsrc[G], gtgt[G]     source / target object of every generator;
 *   gslot[G]             the slot of every generator: its position among
 *                        the generators out of gsrc[g] (0 <= gslot[g] < D);
 *   ogen[m*D]            the inverse: ogen[x*D+k] = the generator out of x in
 *                        slot k, or -1;
 *   root[m]              the node of the identity of every object;
 *   next[n*D]            next[f*D+k] = the node f;g for the generator g in
 *                        slot k out of tgt[f], or -1 when there is none;
 *                        so f;g = next[f*D + gslot[g]] when tgt[f] == gsrc[g];
 *   parent[n], pgen[n]   the normal-form spanning tree: -1/-1 for roots,
 *                        else parent[f] < f, tgt[parent[f]] == gsrc[pgen[f]]
 *                        and next[parent[f]*D + gslot[pgen[f]]] == f;
 *   toff[m+1], tnode[n], tpos[n]  the nodes grouped by target object:
 *                        tnode[toff[x] .. toff[x+1]-1] are the nodes with
 *                        target x, and tnode[tpos[f]] == f (kernel 1 checks
 *                        it and visits only these nodes for an equation);
 *   E equations: equation e has source object eq_src[e] and two words:
 *                        word 2e (left side) and 2e+1 (right side), word j is
 *                        wgen[woff[j] .. woff[j]+wlen[j]-1] (generators in
 *                        order of application).
 * A task T (a covariant functor to finite sets on this category):
 *   sz[m]                T(x) = {0 .. sz[x]-1};
 *   aoff[G], act[A]      T(g)(e) = act[aoff[g] + e] for e < sz[gsrc[g]].
 *
 * This header holds logic only (no C declarations) and includes nothing.
 * Logic functions are recursive over a strictly decreasing integer measure,
 * so their defining axioms are consistent.
 */
#ifndef YONEDA_KMODEL_H
#define YONEDA_KMODEL_H

/* Largest value of a C int; n*D and m*D must not exceed it. */
#define KMODEL_INT_MAX 2147483647

/*@
  // Row f of an n*D table (next, or ogen with m rows) is inside the table
  // and its indices fit.  The only nonlinear fact of the kernel: proved
  // once as a lemma and instantiated per row by an assertion in the code,
  // so every other goal stays linear in the atoms f*D and n*D.
  predicate krow(integer n, integer G, integer f) =
    0 <= f*G && f*G + G <= n*G;
  lemma krow_lemma: \forall integer n, G, f;
    0 <= f < n && 0 <= G ==> krow(n, G, f);

  // The node reached from node f by following the generators
  // wgen[i .. j-1] through next (generator g from node f: the slot
  // gslot[g] of row f, provided tgt[f] == gsrc[g]); -1 once the typing
  // fails or an edge is missing (recursion on j - i).
  logic integer ktrace{L}(int *next, integer D, int *tgt, int *gsrc,
                          int *gslot, int *wgen, integer i, integer j,
                          integer f) =
    i >= j ? f :
    (f < 0 ? -1 :
     (tgt[f] != gsrc[wgen[i]] ? -1 :
      ktrace(next, D, tgt, gsrc, gslot, wgen, i + 1, j,
             next[f*D + gslot[wgen[i]]])));

  // The element reached from element e by applying the action tables of a
  // task (T(g)(e) = act[aoff[g] + e] for e < sz[gsrc[g]]) along the
  // generators wgen[i .. j-1]; -1 once e is outside the set the next
  // generator reads (recursion on j - i).
  logic integer kt_trace{L}(int *gsrc, int *sz, int *aoff, int *act,
                            int *wgen, integer i, integer j, integer e) =
    i >= j ? e :
    (0 <= e < sz[gsrc[wgen[i]]] ?
       kt_trace(gsrc, sz, aoff, act, wgen, i + 1, j,
                act[aoff[wgen[i]] + e])
     : -1);
*/

#endif
