/* knatural.h — kernel 5: a natural transformation alpha: S ⇒ T between two
 * tasks on the same category (flat model, kmodel.h).
 *
 * S: ssz[m], saoff[G], sact[SA]; T: tsz[m], taoff[G], tact[TA] (as in
 * ktask.h); alpha: component x sends e ∈ S(x) to alpha[aloff[x] + e].
 * knat_check accepts exactly when both tasks' tables are well formed, every
 * component is a total map S(x) → T(x), and every naturality square
 * commutes: T(g)(alpha_x(e)) == alpha_y(S(g)(e)) for every generator
 * g: x → y and every e ∈ S(x).  (Squares for generators suffice: both
 * sides are functors, so the squares of composites follow.)  Only reads.
 */
#ifndef YONEDA_KNATURAL_H
#define YONEDA_KNATURAL_H

#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kmodel.h"
#include "proofs/kernel/ktask.h"

/*@
  predicate kn_mem{L}(integer m, int *aloff, int *alpha, integer AL) =
    0 <= m && 0 <= AL &&
    \valid_read(aloff + (0 .. m-1)) && \valid_read(alpha + (0 .. AL-1));

  predicate kn_layout{L}(int *ssz, int *aloff, integer AL, integer x) =
    0 <= aloff[x] && aloff[x] + ssz[x] <= AL;
  // the components stored before alpha[k] land in T(x) (flat index)
  predicate kn_values_upto{L}(int *tsz, int *aloff, int *alpha, integer x,
                              integer k) =
    \forall integer i; aloff[x] <= i < k ==> 0 <= alpha[i] < tsz[x];
  predicate kn_component{L}(int *ssz, int *tsz, int *aloff, int *alpha,
                            integer AL, integer x) =
    kn_layout(ssz, aloff, AL, x) &&
    kn_values_upto(tsz, aloff, alpha, x, aloff[x] + ssz[x]);
  predicate kn_components_upto{L}(int *ssz, int *tsz, int *aloff,
                                  int *alpha, integer AL, integer k) =
    \forall integer x; 0 <= x < k ==>
      kn_component(ssz, tsz, aloff, alpha, AL, x);

  // the naturality square of generator g at element e of S(gsrc g)
  predicate kn_square{L}(int *gsrc, int *gtgt, int *saoff, int *sact,
                         int *taoff, int *tact, int *aloff, int *alpha,
                         integer g, integer e) =
    tact[taoff[g] + alpha[aloff[gsrc[g]] + e]] ==
    alpha[aloff[gtgt[g]] + sact[saoff[g] + e]];
  predicate kn_squares_at{L}(int *gsrc, int *gtgt, int *saoff, int *sact,
                             int *taoff, int *tact, int *aloff, int *alpha,
                             integer g, integer k) =
    \forall integer e; 0 <= e < k ==>
      kn_square(gsrc, gtgt, saoff, sact, taoff, tact, aloff, alpha, g, e);
  predicate kn_squares_upto{L}(int *gsrc, int *gtgt, int *ssz, int *saoff,
                               int *sact, int *taoff, int *tact, int *aloff,
                               int *alpha, integer k) =
    \forall integer g; 0 <= g < k ==>
      kn_squares_at(gsrc, gtgt, saoff, sact, taoff, tact, aloff, alpha, g,
                    ssz[gsrc[g]]);
*/

/*@
  requires kt_mem(m, G, SA, gsrc, gtgt, ssz, saoff, sact);
  requires kt_mem(m, G, TA, gsrc, gtgt, tsz, taoff, tact);
  requires kn_mem(m, aloff, alpha, AL);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           (kt_tables(m, G, SA, gsrc, gtgt, ssz, saoff, sact) &&
            kt_tables(m, G, TA, gsrc, gtgt, tsz, taoff, tact) &&
            kn_components_upto(ssz, tsz, aloff, alpha, AL, m) &&
            kn_squares_upto(gsrc, gtgt, ssz, saoff, sact, taoff, tact, aloff,
                            alpha, G));
*/
int knat_check(int m, int G, const int *gsrc, const int *gtgt,
               const int *ssz, const int *saoff, const int *sact, int SA,
               const int *tsz, const int *taoff, const int *tact, int TA,
               const int *aloff, const int *alpha, int AL);

#endif
