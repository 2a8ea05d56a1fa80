/* ktask.h — kernel 2: a task's action tables form a functor on the
 * (kernel-1-checked) category: every table is total and lands in the right
 * set, and every equation holds on every element of its source set.
 *
 * Flat model (kmodel.h): the generator and equation arrays of the working
 * category plus sz[m], aoff[G], act[A].  A contravariant task is passed as a
 * covariant one on the opposite category.  Only reads its arguments.
 */
#ifndef YONEDA_KTASK_H
#define YONEDA_KTASK_H

#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kmodel.h"

/*@
  predicate kt_mem{L}(integer m, integer G, integer A, int *gsrc, int *gtgt,
                      int *sz, int *aoff, int *act) =
    0 <= m && 0 <= G && 0 <= A &&
    \valid_read(gsrc + (0 .. G-1)) && \valid_read(gtgt + (0 .. G-1)) &&
    \valid_read(sz + (0 .. m-1)) && \valid_read(aoff + (0 .. G-1)) &&
    \valid_read(act + (0 .. A-1));

  predicate kt_sizes_upto{L}(int *sz, integer k) =
    \forall integer x; 0 <= x < k ==> 0 <= sz[x];

  // T(g) is stored inside act[0 .. A-1] ...
  predicate kt_layout{L}(integer A, int *gsrc, int *sz, int *aoff,
                         integer g) =
    0 <= aoff[g] && aoff[g] + sz[gsrc[g]] <= A;
  // ... and sends the elements of T(gsrc g) stored before act[k] into
  // T(gtgt g) (quantified over the flat index: act[i] is a usable trigger)
  predicate kt_images_upto{L}(int *gtgt, int *sz, int *aoff, int *act,
                              integer g, integer k) =
    \forall integer i; aoff[g] <= i < k ==> 0 <= act[i] < sz[gtgt[g]];
  predicate kt_map{L}(integer A, int *gsrc, int *gtgt, int *sz, int *aoff,
                      int *act, integer g) =
    kt_layout(A, gsrc, sz, aoff, g) &&
    kt_images_upto(gtgt, sz, aoff, act, g, aoff[g] + sz[gsrc[g]]);
  predicate kt_maps_upto{L}(integer A, int *gsrc, int *gtgt, int *sz,
                            int *aoff, int *act, integer k) =
    \forall integer g; 0 <= g < k ==> kt_map(A, gsrc, gtgt, sz, aoff, act, g);

  predicate kt_tables{L}(integer m, integer G, integer A, int *gsrc,
                         int *gtgt, int *sz, int *aoff, int *act) =
    kc_gen_ranges(m, gsrc, gtgt, G) && kt_sizes_upto(sz, m) &&
    kt_maps_upto(A, gsrc, gtgt, sz, aoff, act, G);

  // equation e holds on element u of T(eq_src e)
  predicate kt_eq_at{L}(int *gsrc, int *sz, int *aoff, int *act,
                        int *eq_src, int *woff, int *wlen, int *wgen,
                        integer e, integer u) =
    0 <= kt_trace(gsrc, sz, aoff, act, wgen,
                  woff[2*e], woff[2*e] + wlen[2*e], u) &&
    kt_trace(gsrc, sz, aoff, act, wgen, woff[2*e], woff[2*e] + wlen[2*e], u)
    == kt_trace(gsrc, sz, aoff, act, wgen,
                woff[2*e+1], woff[2*e+1] + wlen[2*e+1], u);
  predicate kt_eq_elems_upto{L}(int *gsrc, int *sz, int *aoff, int *act,
                                int *eq_src, int *woff, int *wlen, int *wgen,
                                integer e, integer k) =
    \forall integer u; 0 <= u < k ==>
      kt_eq_at(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, e, u);
  predicate kt_eqs_upto{L}(int *gsrc, int *sz, int *aoff, int *act,
                           int *eq_src, int *woff, int *wlen, int *wgen,
                           integer k) =
    \forall integer e; 0 <= e < k ==>
      kt_eq_elems_upto(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, e,
                       sz[eq_src[e]]);

  // the whole of kernel 2
  predicate kt_ok{L}(integer m, integer G, int *gsrc, int *gtgt, integer E,
                     integer W, int *eq_src, int *woff, int *wlen, int *wgen,
                     int *sz, int *aoff, int *act, integer A) =
    kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act) &&
    kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen) &&
    kt_eqs_upto(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, E);
*/

/* The tables: generator ranges, set sizes, layout and images of every
 * T(g).  1 iff kt_tables. */
/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act);
*/
int ktask_tables(int m, int G, const int *gsrc, const int *gtgt,
                 const int *sz, const int *aoff, const int *act, int A);

/* Every equation on every element (needs the tables and word ranges). */
/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kt_eqs_upto(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, E);
*/
int ktask_equations(int m, int G, const int *gsrc, const int *gtgt, int E,
                    int W, const int *eq_src, const int *woff,
                    const int *wlen, const int *wgen, const int *sz,
                    const int *aoff, const int *act, int A);

/* All of kernel 2: 1 iff kt_ok. */
/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kt_ok(m, G, gsrc, gtgt, E, W, eq_src, woff, wlen, wgen,
                 sz, aoff, act, A);
*/
int ktask_check(int m, int G, const int *gsrc, const int *gtgt, int E, int W,
                const int *eq_src, const int *woff, const int *wlen,
                const int *wgen, const int *sz, const int *aoff,
                const int *act, int A);

#endif
