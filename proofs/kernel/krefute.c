/* krefute.c — proved lemmas (no code) linking kernel 4 to kernel 3: every
 * element witness that krep_check_negative accepts (kr_element_witness)
 * refutes the universality of (P, u) as kernel 3 specifies it
 * (kr_universal); so does an empty T(P).  The cardinality witness rests on
 * counting (a bijection preserves cardinality), which is argued in
 * docs/trust.md, not proved here.  Checked by `make verify` like every
 * kernel file; compiles to an empty object. */
#include "proofs/kernel/krepresent.h"

/*@
  // two distinct morphisms P → Y with equal values: not injective
  lemma kr_collision_refutes{L}:
    \forall int *src, int *tgt, int *root, int *parent, int *pgen,
            int *aoff, int *act, integer P, u, Y, n, f1, f2;
    0 <= f1 < n && 0 <= f2 < n && f1 != f2 &&
    src[f1] == P && tgt[f1] == Y && src[f2] == P && tgt[f2] == Y &&
    kval(root, parent, pgen, aoff, act, P, u, f1) ==
    kval(root, parent, pgen, aoff, act, P, u, f2) ==>
    !kr_injective(src, tgt, root, parent, pgen, aoff, act, P, u, Y, n);

  // an element that no morphism P → Y reaches is not hit
  lemma kr_misses_not_hit{L}:
    \forall int *src, int *tgt, int *root, int *parent, int *pgen,
            int *aoff, int *act, integer P, u, Y, e, n;
    kr_misses_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, n)
    ==>
    !kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, n);

  // an element of T(Y) that no morphism P → Y reaches: not surjective
  lemma kr_unreached_refutes{L}:
    \forall int *src, int *tgt, int *sz, int *root, int *parent, int *pgen,
            int *aoff, int *act, integer P, u, Y, e, n;
    0 <= e < sz[Y] &&
    kr_misses_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, n)
    ==>
    !kr_surj_upto(n, src, tgt, root, parent, pgen, aoff, act, P, u, Y,
                  sz[Y]);

  // hence an accepted element witness for (P, u) refutes its universality
  lemma kr_element_witness_refutes{L}:
    \forall int *src, int *tgt, int *gsrc, int *sz, int *root, int *parent,
            int *pgen, int *aoff, int *act, int *ekind, int *eobj, int *ef1,
            int *ef2, int *eelem, integer n, m, G, P, u, first;
    kr_element_witness(n, m, G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                       act, P, u, first, ekind, eobj, ef1, ef2, eelem) ==>
    !kr_universal(n, m, G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act,
                  P, u);

  // and an empty T(P) has no candidate at all
  lemma kr_empty_refutes{L}:
    \forall int *src, int *tgt, int *gsrc, int *sz, int *root, int *parent,
            int *pgen, int *aoff, int *act, integer n, m, G, P, u;
    sz[P] == 0 ==>
    !kr_universal(n, m, G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act,
                  P, u);
*/
