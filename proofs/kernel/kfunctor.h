/* kfunctor.h — kernel 6: a functor F: C → D between presented categories.
 *
 * D is given as its flat Cayley graph (kmodel.h: nD, mD, GD, DD (its
 * slots), srcD ...),
 * C by its presentation only (objects mC, generators gsrcC/gtgtC, equations
 * eq_src/woff/wlen/wgen).  F: fobj[mC] (objects of D) and, for every
 * generator g of C, a word of D: fgen[foff[g] .. foff[g]+flen[g]-1].
 *
 * kfun_check accepts exactly when every range holds (D's graph included),
 * every generator g: x → y of C maps to a path of D that, traced from the
 * identity of F(x), ends at a node with target F(y), and for every equation
 * of C the concatenated images of both sides, traced from the identity of
 * F(source), reach the same node of D.  With D checked by kernel 1 this
 * makes F a functor on the category presented by C.  Only reads.
 */
#ifndef YONEDA_KFUNCTOR_H
#define YONEDA_KFUNCTOR_H

#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kmodel.h"

/*@
  predicate kf_mem{L}(integer mC, integer GC, int *gsrcC, int *gtgtC,
                      int *fobj, int *foff, int *flen, int *fgen,
                      integer FW) =
    0 <= mC && 0 <= GC && 0 <= FW &&
    \valid_read(gsrcC + (0 .. GC-1)) && \valid_read(gtgtC + (0 .. GC-1)) &&
    \valid_read(fobj + (0 .. mC-1)) && \valid_read(foff + (0 .. GC-1)) &&
    \valid_read(flen + (0 .. GC-1)) && \valid_read(fgen + (0 .. FW-1));

  predicate kf_obj_ranges{L}(integer mD, int *fobj, integer k) =
    \forall integer x; 0 <= x < k ==> 0 <= fobj[x] < mD;
  predicate kf_word_at{L}(int *foff, int *flen, integer FW, integer g) =
    0 <= foff[g] && 0 <= flen[g] && foff[g] + flen[g] <= FW;
  predicate kf_word_ranges{L}(int *foff, int *flen, integer FW, integer k) =
    \forall integer g; 0 <= g < k ==> kf_word_at(foff, flen, FW, g);
  predicate kf_gen_ranges{L}(integer GD, int *fgen, integer k) =
    \forall integer i; 0 <= i < k ==> 0 <= fgen[i] < GD;

  predicate kf_ranges{L}(integer nD, integer mD, integer GD, integer DD,
                         int *srcD, int *tgtD, int *gsrcD, int *gtgtD,
                         int *gslotD, int *ogenD, int *rootD,
                         int *nextD, int *parentD, int *pgenD, integer mC,
                         integer GC, int *gsrcC, int *gtgtC, int *fobj,
                         int *foff, int *flen, int *fgen, integer FW) =
    kc_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD, parentD,
              pgenD) &&
    kc_gen_ranges(mC, gsrcC, gtgtC, GC) &&
    kf_obj_ranges(mD, fobj, mC) && kf_word_ranges(foff, flen, FW, GC) &&
    kf_gen_ranges(GD, fgen, FW);

  // F(g) traced from node f of D
  logic integer kf_step{L}(int *nextD, integer DD, int *tgtD, int *gsrcD,
                           int *gslotD, int *fgen, int *foff,
                           int *flen, integer g, integer f) =
    ktrace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff[g], foff[g] + flen[g], f);

  // generator g: x → y of C goes to a path from F(x) to F(y)
  predicate kf_typed_at{L}(int *tgtD, int *rootD, int *nextD, integer DD, int *gsrcD,
                           int *gslotD, int *gsrcC, int *gtgtC, int *fobj, int *foff,
                           int *flen, int *fgen, integer g) =
    0 <= kf_step(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, g, rootD[fobj[gsrcC[g]]]) &&
    tgtD[kf_step(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, g, rootD[fobj[gsrcC[g]]])] ==
      fobj[gtgtC[g]];
  predicate kf_typed_upto{L}(int *tgtD, int *rootD, int *nextD, integer DD, int *gsrcD,
                           int *gslotD,
                             int *gsrcC, int *gtgtC, int *fobj, int *foff,
                             int *flen, int *fgen, integer k) =
    \forall integer g; 0 <= g < k ==>
      kf_typed_at(tgtD, rootD, nextD, DD, gsrcD, gslotD, gsrcC, gtgtC, fobj, foff, flen,
                  fgen, g);

  // the images of the generators wgen[i .. j-1] of C, traced from node f
  logic integer kf_trace{L}(int *nextD, integer DD, int *tgtD, int *gsrcD,
                           int *gslotD, int *fgen, int *foff,
                            int *flen, int *wgen, integer i, integer j,
                            integer f) =
    i >= j ? f :
    kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, i + 1, j,
             kf_step(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen[i], f));

  predicate kf_eq_at{L}(int *rootD, int *nextD, integer DD, int *tgtD, int *gsrcD,
                           int *gslotD, int *fobj,
                        int *foff, int *flen, int *fgen, int *eq_src,
                        int *woff, int *wlen, int *wgen, integer e) =
    0 <= kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, woff[2*e],
                  woff[2*e] + wlen[2*e], rootD[fobj[eq_src[e]]]) &&
    kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, woff[2*e],
             woff[2*e] + wlen[2*e], rootD[fobj[eq_src[e]]]) ==
    kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, woff[2*e+1],
             woff[2*e+1] + wlen[2*e+1], rootD[fobj[eq_src[e]]]);
  predicate kf_eqs_upto{L}(int *rootD, int *nextD, integer DD, int *tgtD, int *gsrcD,
                           int *gslotD, int *fobj,
                           int *foff, int *flen, int *fgen, int *eq_src,
                           int *woff, int *wlen, int *wgen, integer k) =
    \forall integer e; 0 <= e < k ==>
      kf_eq_at(rootD, nextD, DD, tgtD, gsrcD, gslotD, fobj, foff, flen, fgen, eq_src, woff, wlen,
               wgen, e);
*/

/* Ranges and typing of every generator's image: 1 iff kf_ranges and
 * kf_typed_upto(GC). */
/*@
  requires kc_mem(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD);
  requires kf_mem(mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           (kf_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                      parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                      fgen, FW) &&
            kf_typed_upto(tgtD, rootD, nextD, DD, gsrcD, gslotD, gsrcC, gtgtC, fobj, foff,
                          flen, fgen, GC));
*/
int kfun_typing(int nD, int mD, int GD, int DD, const int *srcD, const int *tgtD,
                const int *gsrcD, const int *gtgtD,
                const int *gslotD, const int *ogenD, const int *rootD,
                const int *nextD, const int *parentD, const int *pgenD,
                int mC, int GC, const int *gsrcC, const int *gtgtC,
                const int *fobj, const int *foff, const int *flen,
                const int *fgen, int FW);

/* All of kernel 6. */
/*@
  requires kc_mem(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD);
  requires kf_mem(mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           (kf_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                      parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                      fgen, FW) &&
            kf_typed_upto(tgtD, rootD, nextD, DD, gsrcD, gslotD, gsrcC, gtgtC, fobj, foff,
                          flen, fgen, GC) &&
            kw_ranges(mC, GC, E, W, eq_src, woff, wlen, wgen) &&
            kf_eqs_upto(rootD, nextD, DD, tgtD, gsrcD, gslotD, fobj, foff, flen, fgen, eq_src,
                        woff, wlen, wgen, E));
*/
int kfun_check(int nD, int mD, int GD, int DD, const int *srcD, const int *tgtD,
               const int *gsrcD, const int *gtgtD,
               const int *gslotD, const int *ogenD, const int *rootD,
               const int *nextD, const int *parentD, const int *pgenD,
               int mC, int GC, const int *gsrcC, const int *gtgtC, int E,
               int W, const int *eq_src, const int *woff, const int *wlen,
               const int *wgen, const int *fobj, const int *foff,
               const int *flen, const int *fgen, int FW);

#endif
