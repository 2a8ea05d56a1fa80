/* krepresent.h — kernels 3 and 4: representability certificates
 * (Theorem 1) re-checked on the flat model (kmodel.h) of the working
 * category and a task T on it.
 *
 * T(f)(u) for a node f: P → Y and u ∈ T(P) is computed along the
 * normal-form spanning tree (kval below): u at root[P], and
 * T(pgen f)(T(parent f)(u)) at every other node of P's block.  The kernel
 * computes these values itself into the caller's scratch array val (of C
 * type long: WP's Typed model keeps it in its own memory chunk, apart from
 * the int data); nothing computed by the producer of the certificate is
 * trusted.  Kernels 1 and 2 (kcategory.h, ktask.h), run on the same
 * arrays, make these values those of the functor T.
 *
 * Kernel 3 (positive certificate for (P, u)): for every object Y, the map
 * f ↦ T(f)(u) is a bijection from {f : src f == P, tgt f == Y} onto
 * T(Y) = {0 .. sz[Y]-1}, and the certificate's images (images[k] for node
 * bstart+k, covering exactly P's block) are these values.
 * Kernel 4 (negative certificate): for every object P one witness that no
 * u ∈ T(P) is universal: EMPTY (T(P) is empty), CARDINALITY (an object Y
 * with |{f : P → Y}| != |T(Y)|; all these counts come from one pass over
 * the nodes into the scratch cnt) or PER_ELEMENT (for every u ∈ T(P),
 * element witness wfirst[P]+u: a COLLISION f1 != f2 : P → Y with equal
 * values, or an element of T(Y) that no f : P → Y reaches, UNREACHED).
 * A collision is checked along the two tree paths alone (kr_path): the
 * kernel climbs from f to root[P] through parent (recording the path in
 * the scratch val) and evaluates T down the path, O(depth) per element;
 * only UNREACHED evaluates P's whole block.
 *
 * Both entry points check all ranges they rely on at run time; they
 * require only that the arrays are readable at their stated lengths.
 */
#ifndef YONEDA_KREPRESENT_H
#define YONEDA_KREPRESENT_H

#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kmodel.h"
#include "proofs/kernel/ktask.h"

/* Witness kinds (the values of cert_witness_kind in proofs/cert.h). */
#define KREP_EMPTY 1
#define KREP_CARDINALITY 2
#define KREP_PER_ELEMENT 3
#define KREP_COLLISION 4
#define KREP_UNREACHED 5

/*@
  // T(f)(u) along the spanning tree of P's block; -1 off the tree
  // (recursion on f: parent[f] < f).
  logic integer kval{L}(int *root, int *parent, int *pgen, int *aoff,
                        int *act, integer P, integer u, integer f) =
    f == root[P] ? u :
    (0 <= parent[f] < f ?
       act[aoff[pgen[f]] +
           kval(root, parent, pgen, aoff, act, P, u, parent[f])]
     : -1);

  // node f of P's block is the root or hangs below an earlier node of the
  // block by a generator composable with it
  predicate kr_shape{L}(integer G, int *src, int *tgt, int *gsrc, int *root,
                        int *parent, int *pgen, integer P, integer f) =
    f == root[P] ||
    (0 <= parent[f] < f && src[parent[f]] == P && 0 <= pgen[f] < G &&
     gsrc[pgen[f]] == tgt[parent[f]]);
  // node f of P's block is on the tree and its value lies in T(tgt f)
  predicate kr_node{L}(integer G, int *src, int *tgt, int *gsrc, int *sz,
                       int *root, int *parent, int *pgen, int *aoff,
                       int *act, integer P, integer u, integer f) =
    src[f] == P ==>
      (kr_shape(G, src, tgt, gsrc, root, parent, pgen, P, f) &&
       0 <= kval(root, parent, pgen, aoff, act, P, u, f) < sz[tgt[f]]);
  predicate kr_nodes_upto{L}(integer G, int *src, int *tgt, int *gsrc,
                             int *sz, int *root, int *parent, int *pgen,
                             int *aoff, int *act, integer P, integer u,
                             integer k) =
    \forall integer f; 0 <= f < k ==>
      kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, f);

  // f is reached from root[P] by a path of tree steps, each well typed
  // (the parent is a node of P's block, the generator composable with it)
  // and taking a value in range to the next (T(f)(u) is kval along it)
  predicate kr_path{L}(integer G, int *src, int *tgt, int *gsrc, int *sz,
                       int *root, int *parent, int *pgen, int *aoff,
                       int *act, integer P, integer u, integer f) =
    f == root[P] ||
    (0 <= parent[f] < f && src[parent[f]] == P && 0 <= pgen[f] < G &&
     gsrc[pgen[f]] == tgt[parent[f]] &&
     kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
             parent[f]) &&
     0 <= kval(root, parent, pgen, aoff, act, P, u, parent[f]) <
          sz[tgt[parent[f]]]);

  // the scratch array holds the values of P's block below k
  predicate kr_vals_upto{L}(int *src, int *root, int *parent, int *pgen,
                            int *aoff, int *act, long *val, integer P,
                            integer u, integer k) =
    \forall integer f; 0 <= f < k && src[f] == P ==>
      val[f] == kval(root, parent, pgen, aoff, act, P, u, f);

  // ---- universality of (P, u) --------------------------------------------
  // some f < j from P to Y has value e (a named existential: a trigger)
  predicate kr_hit_before{L}(int *src, int *tgt, int *root, int *parent,
                             int *pgen, int *aoff, int *act, integer P,
                             integer u, integer Y, integer e, integer j) =
    \exists integer f; 0 <= f < j && src[f] == P && tgt[f] == Y &&
      kval(root, parent, pgen, aoff, act, P, u, f) == e;

  lemma kr_hit_before_mono{L}:
    \forall int *src, int *tgt, int *root, int *parent, int *pgen,
            int *aoff, int *act, integer P, u, Y, e, j1, j2;
    j1 <= j2 &&
    kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, j1)
    ==>
    kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, j2);

  // distinct nodes P → Y below k have distinct values
  predicate kr_injective{L}(int *src, int *tgt, int *root, int *parent,
                            int *pgen, int *aoff, int *act, integer P,
                            integer u, integer Y, integer k) =
    \forall integer f1, f2; 0 <= f1 < k && 0 <= f2 < k && f1 != f2 &&
      src[f1] == P && tgt[f1] == Y && src[f2] == P && tgt[f2] == Y ==>
      kval(root, parent, pgen, aoff, act, P, u, f1) !=
      kval(root, parent, pgen, aoff, act, P, u, f2);

  // the same, one node at a time (the form the loop proofs use)
  predicate kr_inj_upto{L}(int *src, int *tgt, int *root, int *parent,
                           int *pgen, int *aoff, int *act, integer P,
                           integer u, integer Y, integer k) =
    \forall integer f; 0 <= f < k && src[f] == P && tgt[f] == Y ==>
      !kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y,
                     kval(root, parent, pgen, aoff, act, P, u, f), f);

  lemma kr_inj_upto_injective{L}:
    \forall int *src, int *tgt, int *root, int *parent, int *pgen,
            int *aoff, int *act, integer P, u, Y, k;
    kr_inj_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, k) <==>
    kr_injective(src, tgt, root, parent, pgen, aoff, act, P, u, Y, k);

  // every e < k of T(Y) is the value of some node P → Y
  predicate kr_surj_upto{L}(integer n, int *src, int *tgt, int *root,
                            int *parent, int *pgen, int *aoff, int *act,
                            integer P, integer u, integer Y, integer k) =
    \forall integer e; 0 <= e < k ==>
      kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, n);

  predicate kr_bij_at{L}(integer n, int *src, int *tgt, int *sz, int *root,
                         int *parent, int *pgen, int *aoff, int *act,
                         integer P, integer u, integer Y) =
    kr_injective(src, tgt, root, parent, pgen, aoff, act, P, u, Y, n) &&
    kr_surj_upto(n, src, tgt, root, parent, pgen, aoff, act, P, u, Y, sz[Y]);

  predicate kr_bij_upto{L}(integer n, int *src, int *tgt, int *sz,
                           int *root, int *parent, int *pgen, int *aoff,
                           int *act, integer P, integer u, integer k) =
    \forall integer Y; 0 <= Y < k ==>
      kr_bij_at(n, src, tgt, sz, root, parent, pgen, aoff, act, P, u, Y);

  // (P, u) is a universal element of T: Hom(P, -) ≅ T via f ↦ T(f)(u)
  predicate kr_universal{L}(integer n, integer m, integer G, int *src,
                            int *tgt, int *gsrc, int *sz, int *root,
                            int *parent, int *pgen, int *aoff, int *act,
                            integer P, integer u) =
    0 <= P < m && 0 <= u < sz[P] &&
    kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act,
                  P, u, n) &&
    kr_bij_upto(n, src, tgt, sz, root, parent, pgen, aoff, act, P, u, m);

  // ---- the certificate's images ---------------------------------------------
  // node f (bstart <= f < k) is out of P and listed with its value
  predicate kr_images_upto{L}(int *src, int *root, int *parent, int *pgen,
                              int *aoff, int *act, integer P, integer u,
                              int *images, integer bstart, integer k) =
    \forall integer f; bstart <= f < k ==>
      src[f] == P &&
      images[f - bstart] == kval(root, parent, pgen, aoff, act, P, u, f);
  predicate kr_block_upto{L}(int *src, integer P, integer bstart,
                             integer nimages, integer k) =
    \forall integer f; 0 <= f < k && src[f] == P ==>
      bstart <= f < bstart + nimages;
  predicate kr_images{L}(integer n, int *src, int *root, int *parent,
                         int *pgen, int *aoff, int *act, integer P,
                         integer u, int *images, integer nimages,
                         integer bstart) =
    0 <= bstart && 0 <= nimages && bstart + nimages <= n &&
    kr_images_upto(src, root, parent, pgen, aoff, act, P, u, images, bstart,
                   bstart + nimages) &&
    kr_block_upto(src, P, bstart, nimages, n);

  // ---- shared preconditions checked at run time ------------------------------
  predicate kr_fits{L}(int *sz, integer m, integer smax) =
    \forall integer Y; 0 <= Y < m ==> sz[Y] <= smax;

  predicate kr_base{L}(integer n, integer m, integer G, int *src, int *tgt,
                       int *gsrc, int *gtgt, int *root, int *parent,
                       int *pgen, int *sz, int *aoff, int *act, integer A) =
    kc_node_ranges(n, m, G, src, tgt, parent, pgen, n) &&
    kc_root_ranges(n, root, m) &&
    kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act);

  predicate kr_mem{L}(integer n, integer m, integer G, int *src, int *tgt,
                      int *gsrc, int *gtgt, int *root, int *parent,
                      int *pgen, int *sz, int *aoff, int *act, integer A) =
    0 <= n && \valid_read(src + (0 .. n-1)) && \valid_read(tgt + (0 .. n-1)) &&
    \valid_read(root + (0 .. m-1)) && \valid_read(parent + (0 .. n-1)) &&
    \valid_read(pgen + (0 .. n-1)) &&
    kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);

  // ---- kernel 3 ------------------------------------------------------------
  predicate kr_positive{L}(integer n, integer m, integer G, int *src,
                           int *tgt, int *gsrc, int *gtgt, int *root,
                           int *parent, int *pgen, int *sz, int *aoff,
                           int *act, integer A, integer P, integer u,
                           int *images, integer nimages, integer bstart,
                           integer smax) =
    kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
            act, A) &&
    kr_fits(sz, m, smax) &&
    kr_universal(n, m, G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act,
                 P, u) &&
    kr_images(n, src, root, parent, pgen, aoff, act, P, u, images, nimages,
              bstart);

  // ---- kernel 4 ------------------------------------------------------------
  // number of nodes P → Y below k (recursion on k)
  logic integer kr_count{L}(int *src, int *tgt, integer P, integer Y,
                            integer k) =
    k <= 0 ? 0 :
    kr_count(src, tgt, P, Y, k - 1) +
    (src[k-1] == P && tgt[k-1] == Y ? 1 : 0);

  // no node P → Y below k has value e
  predicate kr_misses_upto{L}(int *src, int *tgt, int *root, int *parent,
                              int *pgen, int *aoff, int *act, integer P,
                              integer u, integer Y, integer e, integer k) =
    \forall integer f; 0 <= f < k && src[f] == P && tgt[f] == Y ==>
      kval(root, parent, pgen, aoff, act, P, u, f) != e;

  predicate kr_element_witness{L}(integer n, integer m, integer G, int *src,
                                  int *tgt, int *gsrc, int *sz, int *root,
                                  int *parent, int *pgen, int *aoff,
                                  int *act, integer P, integer u,
                                  integer first, int *ekind, int *eobj,
                                  int *ef1, int *ef2, int *eelem) =
    0 <= eobj[first+u] < m &&
    ((ekind[first+u] == KREP_COLLISION &&
      0 <= ef1[first+u] < n && 0 <= ef2[first+u] < n &&
      ef1[first+u] != ef2[first+u] &&
      src[ef1[first+u]] == P && tgt[ef1[first+u]] == eobj[first+u] &&
      src[ef2[first+u]] == P && tgt[ef2[first+u]] == eobj[first+u] &&
      kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
              ef1[first+u]) &&
      kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
              ef2[first+u]) &&
      kval(root, parent, pgen, aoff, act, P, u, ef1[first+u]) ==
      kval(root, parent, pgen, aoff, act, P, u, ef2[first+u])) ||
     (ekind[first+u] == KREP_UNREACHED &&
      kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act,
                    P, u, n) &&
      0 <= eelem[first+u] < sz[eobj[first+u]] &&
      kr_misses_upto(src, tgt, root, parent, pgen, aoff, act, P, u,
                     eobj[first+u], eelem[first+u], n)));

  predicate kr_elements_upto{L}(integer n, integer m, integer G, int *src,
                                int *tgt, int *gsrc, int *sz, int *root,
                                int *parent, int *pgen, int *aoff, int *act,
                                integer P, integer first, int *ekind,
                                int *eobj, int *ef1, int *ef2, int *eelem,
                                integer k) =
    \forall integer u; 0 <= u < k ==>
      kr_element_witness(n, m, G, src, tgt, gsrc, sz, root, parent, pgen,
                         aoff, act, P, u, first, ekind, eobj, ef1, ef2,
                         eelem);

  predicate kr_object_witness{L}(integer n, integer m, integer G, int *src,
                                 int *tgt, int *gsrc, int *sz, int *root,
                                 int *parent, int *pgen, int *aoff, int *act,
                                 integer P, int *wkind, int *wobj,
                                 int *wfirst, integer NE, int *ekind,
                                 int *eobj, int *ef1, int *ef2, int *eelem) =
    (wkind[P] == KREP_EMPTY && sz[P] == 0) ||
    (wkind[P] == KREP_CARDINALITY && 0 <= wobj[P] < m &&
     kr_count(src, tgt, P, wobj[P], n) != sz[wobj[P]]) ||
    (wkind[P] == KREP_PER_ELEMENT &&
     0 <= wfirst[P] && wfirst[P] + sz[P] <= NE &&
     kr_elements_upto(n, m, G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                      act, P, wfirst[P], ekind, eobj, ef1, ef2, eelem,
                      sz[P]));

  predicate kr_objects_upto{L}(integer n, integer m, integer G, int *src,
                               int *tgt, int *gsrc, int *sz, int *root,
                               int *parent, int *pgen, int *aoff, int *act,
                               int *wkind, int *wobj, int *wfirst,
                               integer NE, int *ekind, int *eobj, int *ef1,
                               int *ef2, int *eelem, integer k) =
    \forall integer P; 0 <= P < k ==>
      kr_object_witness(n, m, G, src, tgt, gsrc, sz, root, parent, pgen,
                        aoff, act, P, wkind, wobj, wfirst, NE, ekind, eobj,
                        ef1, ef2, eelem);

  predicate kr_negative{L}(integer n, integer m, integer G, int *src,
                           int *tgt, int *gsrc, int *gtgt, int *root,
                           int *parent, int *pgen, int *sz, int *aoff,
                           int *act, integer A, int *wkind, int *wobj,
                           int *wfirst, integer NE, int *ekind, int *eobj,
                           int *ef1, int *ef2, int *eelem) =
    kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
            act, A) &&
    kr_objects_upto(n, m, G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                    act, wkind, wobj, wfirst, NE, ekind, eobj, ef1, ef2,
                    eelem, m);
*/

/* Kernel 3: 1 iff (P, u) is universal and images is its natural
 * isomorphism (kr_positive).  val (n entries) and seen (smax entries) are
 * scratch; seen must hold max sz[Y] entries, else the answer is 0. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires 0 <= nimages && \valid_read(images + (0 .. nimages-1));
  requires \valid(val + (0 .. n-1));
  requires 0 <= smax && \valid(seen + (0 .. smax-1));
  assigns  val[0 .. n-1], seen[0 .. smax-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_positive(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                       aoff, act, A, P, u, images, nimages, bstart, smax);
*/
int krep_check_positive(int n, int m, int G, const int *src, const int *tgt,
                        const int *gsrc, const int *gtgt, const int *root,
                        const int *parent, const int *pgen, const int *sz,
                        const int *aoff, const int *act, int A, int P, int u,
                        const int *images, int nimages, int bstart,
                        long *val, unsigned char *seen, int smax);

/* Kernel 4: 1 iff every object has a valid witness (kr_negative).  Object
 * witnesses wkind/wobj/wfirst[m]; element witnesses ekind/eobj/ef1/ef2/
 * eelem[NE].  val (n entries) and cnt (m entries, apart from val) are
 * scratch. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires \valid_read(wkind + (0 .. m-1)) && \valid_read(wobj + (0 .. m-1));
  requires \valid_read(wfirst + (0 .. m-1));
  requires 0 <= NE && \valid_read(ekind + (0 .. NE-1));
  requires \valid_read(eobj + (0 .. NE-1)) && \valid_read(ef1 + (0 .. NE-1));
  requires \valid_read(ef2 + (0 .. NE-1)) && \valid_read(eelem + (0 .. NE-1));
  requires \valid(val + (0 .. n-1));
  requires 0 <= m && \valid(cnt + (0 .. m-1));
  requires \separated(val + (0 .. n-1), cnt + (0 .. m-1));
  assigns  val[0 .. n-1], cnt[0 .. m-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_negative(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                       aoff, act, A, wkind, wobj, wfirst, NE, ekind, eobj,
                       ef1, ef2, eelem);
*/
int krep_check_negative(int n, int m, int G, const int *src, const int *tgt,
                        const int *gsrc, const int *gtgt, const int *root,
                        const int *parent, const int *pgen, const int *sz,
                        const int *aoff, const int *act, int A,
                        const int *wkind, const int *wobj, const int *wfirst,
                        int NE, const int *ekind, const int *eobj,
                        const int *ef1, const int *ef2, const int *eelem,
                        long *val, long *cnt);

#endif
