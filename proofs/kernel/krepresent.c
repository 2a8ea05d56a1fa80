/* krepresent.c — kernels 3 and 4 (contracts in krepresent.h).
 *
 * Scratch arrays have C types of their own (val: long, seen: unsigned
 * char): WP's Typed model keeps one memory chunk per scalar type, so writes
 * to them provably leave every predicate over the int data untouched.
 * Loop bodies that write memory are straight-line helper functions. */
#include "proofs/kernel/krepresent.h"

/* ---- T(f)(u) along the spanning tree ------------------------------------------ */

/* T(pgen f)(x) where x = T(parent f)(u): one unfolding of kval, proved in
 * a small context. */
/*@
  requires 0 <= A && \valid_read(act + (0 .. A-1)) && \valid_read(aoff + g);
  requires f != root[P] && parent[f] == p && pgen[f] == g && 0 <= p < f;
  requires x == kval(root, parent, pgen, aoff, act, P, u, p);
  requires 0 <= aoff[g] && 0 <= x && aoff[g] + x < A;
  assigns  \nothing;
  ensures  \result == kval(root, parent, pgen, aoff, act, P, u, f);
*/
static int child_value(const int *root, const int *parent, const int *pgen,
                       const int *aoff, const int *act, int A, int P, int u,
                       int f, int p, int g, long x)
{
  (void)root; (void)parent; (void)pgen; (void)A; (void)P; (void)u; (void)f;
  (void)p;
  return act[aoff[g] + x];
}

/* val[f] := T(f)(u) for node f of P's block, from its parent's value. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid(val + (0 .. n-1));
  requires 0 <= P < m && 0 <= f < n && src[f] == P;
  requires kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                         act, P, u, f);
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, f);
  assigns  val[f];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act,
                   P, u, f);
  ensures  \result == 1 ==>
           val[f] == kval(root, parent, pgen, aoff, act, P, u, f);
*/
static int value_one(int n, int m, int G, const int *src, const int *tgt,
                     const int *gsrc, const int *gtgt, const int *root,
                     const int *parent, const int *pgen, const int *sz,
                     const int *aoff, const int *act, int A, int P, int u,
                     long *val, int f)
{
  (void)n; (void)m; (void)G; (void)gtgt; (void)A;
  long v;
  if (f == root[P]) {
    v = u;
    //@ assert v == kval(root, parent, pgen, aoff, act, P, u, f);
  } else {
    int p = parent[f], g = pgen[f];
    if (p < 0 || p >= f || src[p] != P || g < 0 || gsrc[g] != tgt[p]) {
      //@ assert !kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, f);
      return 0;
    }
    //@ assert kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, p);
    //@ assert val[p] == kval(root, parent, pgen, aoff, act, P, u, p);
    //@ assert kt_map(A, gsrc, gtgt, sz, aoff, act, g);
    v = child_value(root, parent, pgen, aoff, act, A, P, u, f, p, g, val[p]);
    //@ assert kr_shape(G, src, tgt, gsrc, root, parent, pgen, P, f);
  }
  if (v < 0 || v >= sz[tgt[f]]) {
    //@ assert !kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, f);
    return 0;
  }
  //@ assert kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, f);
  val[f] = v;
  return 1;
}

/* Fill val with T(f)(u) for every node f of P's block. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid(val + (0 .. n-1));
  requires 0 <= P < m;
  assigns  val[0 .. n-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                         act, P, u, n);
  ensures  \result == 1 ==>
           kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
*/
static int values(int n, int m, int G, const int *src, const int *tgt,
                  const int *gsrc, const int *gtgt, const int *root,
                  const int *parent, const int *pgen, const int *sz,
                  const int *aoff, const int *act, int A, int P, int u,
                  long *val)
{
  /*@ loop invariant 0 <= f <= n;
      loop invariant kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen,
                                   aoff, act, P, u, f);
      loop invariant kr_vals_upto(src, root, parent, pgen, aoff, act, val,
                                  P, u, f);
      loop assigns f, val[0 .. n-1];
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    if (src[f] != P) continue;
    if (!value_one(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A, P, u, val, f))
      return 0;
  }
  return 1;
}

/* ---- kernel 3: bijections ------------------------------------------------------- */

/*@
  requires 0 <= k && \valid(seen + (0 .. k-1));
  assigns  seen[0 .. k-1];
  ensures  \forall integer e; 0 <= e < k ==> seen[e] == 0;
*/
static void clear_seen(unsigned char *seen, int k)
{
  /*@ loop invariant 0 <= e <= k;
      loop invariant \forall integer i; 0 <= i < e ==> seen[i] == 0;
      loop assigns e, seen[0 .. k-1];
      loop variant k - e; */
  for (int e = 0; e < k; e++) seen[e] = 0;
}

/*@
  requires 0 <= k && \valid_read(seen + (0 .. k-1));
  assigns  \nothing;
  ensures  0 <= \result <= k;
  ensures  \forall integer i; 0 <= i < \result ==> seen[i] != 0;
  ensures  \result < k ==> seen[\result] == 0;
*/
static int first_unseen(const unsigned char *seen, int k)
{
  /*@ loop invariant 0 <= e <= k;
      loop invariant \forall integer i; 0 <= i < e ==> seen[i] != 0;
      loop assigns e;
      loop variant k - e; */
  for (int e = 0; e < k; e++)
    if (!seen[e]) return e;
  return k;
}

/*@
  // every marked cell of seen[0 .. k-1] is the value of some f < j : P → Y
  predicate marked_only{L}(unsigned char *seen, int *src, int *tgt,
                           int *root, int *parent, int *pgen, int *aoff,
                           int *act, integer P, integer u, integer Y,
                           integer k, integer j) =
    \forall integer e; 0 <= e < k && seen[e] != 0 ==>
      kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, j);
  // ... and the value of every f < j : P → Y is marked
  predicate covered{L}(unsigned char *seen, int *src, int *tgt, int *root,
                       int *parent, int *pgen, int *aoff, int *act,
                       integer P, integer u, integer Y, integer j) =
    \forall integer f; 0 <= f < j && src[f] == P && tgt[f] == Y ==>
      seen[kval(root, parent, pgen, aoff, act, P, u, f)] != 0;
*/

/* One step of the marking loop: mark the value of node f if f : P → Y. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid_read(val + (0 .. n-1));
  requires 0 <= P < m && 0 <= Y < m && 0 <= f < n;
  requires kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                         act, P, u, n);
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
  requires k == sz[Y] && \valid(seen + (0 .. k-1));
  requires kr_inj_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, f);
  requires marked_only(seen, src, tgt, root, parent, pgen, aoff, act, P, u,
                       Y, k, f);
  requires covered(seen, src, tgt, root, parent, pgen, aoff, act, P, u, Y, f);
  assigns  seen[0 .. k-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==>
           kr_inj_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, f+1);
  ensures  \result == 1 ==>
           marked_only(seen, src, tgt, root, parent, pgen, aoff, act, P, u,
                       Y, k, f+1);
  ensures  \result == 1 ==>
           covered(seen, src, tgt, root, parent, pgen, aoff, act, P, u, Y,
                   f+1);
  ensures  \result == 0 ==>
           !kr_inj_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, n);
*/
static int mark_one(int n, int m, int G, const int *src, const int *tgt,
                    const int *gsrc, const int *gtgt, const int *root,
                    const int *parent, const int *pgen, const int *sz,
                    const int *aoff, const int *act, int A, int P, int u,
                    const long *val, int Y, unsigned char *seen, int k, int f)
{
  (void)n; (void)m; (void)G; (void)gsrc; (void)gtgt; (void)root;
  (void)parent; (void)pgen; (void)sz; (void)aoff; (void)act; (void)A;
  (void)u; (void)k;
  if (src[f] != P || tgt[f] != Y) return 1;
  //@ assert kr_node(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, f);
  //@ assert val[f] == kval(root, parent, pgen, aoff, act, P, u, f);
  long v = val[f];
  if (seen[v]) {                          /* two nodes P → Y share v */
    //@ assert kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, v, f);
    //@ assert !kr_inj_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, n);
    return 0;
  }
  //@ assert !kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, v, f);
  seen[v] = 1;
  //@ assert kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, v, f+1);
  /*@ assert \forall integer e; 0 <= e < k && seen[e] != 0 ==>
               e == v || \at(seen[e], Pre) != 0; */
  return 1;
}

/* Mark the values of all f : P → Y in seen[0 .. k-1], k = sz[Y]. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid_read(val + (0 .. n-1));
  requires 0 <= P < m && 0 <= Y < m;
  requires kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                         act, P, u, n);
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
  requires k == sz[Y] && \valid(seen + (0 .. k-1));
  requires \forall integer e; 0 <= e < k ==> seen[e] == 0;
  assigns  seen[0 .. k-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_inj_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y, n);
  ensures  \result == 1 ==>
           marked_only(seen, src, tgt, root, parent, pgen, aoff, act, P, u,
                       Y, k, n) &&
           covered(seen, src, tgt, root, parent, pgen, aoff, act, P, u, Y, n);
*/
static int mark_fiber(int n, int m, int G, const int *src, const int *tgt,
                      const int *gsrc, const int *gtgt, const int *root,
                      const int *parent, const int *pgen, const int *sz,
                      const int *aoff, const int *act, int A, int P, int u,
                      const long *val, int Y, unsigned char *seen, int k)
{
  /*@ loop invariant 0 <= f <= n;
      loop invariant kr_inj_upto(src, tgt, root, parent, pgen, aoff, act,
                                 P, u, Y, f);
      loop invariant marked_only(seen, src, tgt, root, parent, pgen, aoff,
                                 act, P, u, Y, k, f);
      loop invariant covered(seen, src, tgt, root, parent, pgen, aoff, act,
                             P, u, Y, f);
      loop assigns f, seen[0 .. k-1];
      loop variant n - f; */
  for (int f = 0; f < n; f++)
    if (!mark_one(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A, P, u, val, Y, seen, k, f))
      return 0;
  return 1;
}

/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid_read(val + (0 .. n-1));
  requires 0 <= P < m && 0 <= Y < m;
  requires kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                         act, P, u, n);
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
  requires sz[Y] <= smax && \valid(seen + (0 .. smax-1));
  assigns  seen[0 .. smax-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_bij_at(n, src, tgt, sz, root, parent, pgen, aoff, act, P, u, Y);
*/
static int fiber_bijective(int n, int m, int G, const int *src,
                           const int *tgt, const int *gsrc, const int *gtgt,
                           const int *root, const int *parent,
                           const int *pgen, const int *sz, const int *aoff,
                           const int *act, int A, int P, int u,
                           const long *val, int Y, unsigned char *seen,
                           int smax)
{
  (void)smax;
  int k = sz[Y];
  clear_seen(seen, k);
  if (!mark_fiber(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A, P, u, val, Y, seen, k))
    return 0;
  int e = first_unseen(seen, k);
  if (e < k) {
    //@ assert !kr_hit_before(src, tgt, root, parent, pgen, aoff, act, P, u, Y, e, n);
    return 0;
  }
  //@ assert kr_surj_upto(n, src, tgt, root, parent, pgen, aoff, act, P, u, Y, k);
  return 1;
}

/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid_read(val + (0 .. n-1));
  requires 0 <= P < m;
  requires kr_nodes_upto(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                         act, P, u, n);
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
  requires kr_fits(sz, m, smax) && 0 <= smax && \valid(seen + (0 .. smax-1));
  assigns  seen[0 .. smax-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_bij_upto(n, src, tgt, sz, root, parent, pgen, aoff, act, P, u, m);
*/
static int all_fibers(int n, int m, int G, const int *src, const int *tgt,
                      const int *gsrc, const int *gtgt, const int *root,
                      const int *parent, const int *pgen, const int *sz,
                      const int *aoff, const int *act, int A, int P, int u,
                      const long *val, unsigned char *seen, int smax)
{
  /*@ loop invariant 0 <= Y <= m;
      loop invariant kr_bij_upto(n, src, tgt, sz, root, parent, pgen, aoff,
                                 act, P, u, Y);
      loop assigns Y, seen[0 .. smax-1];
      loop variant m - Y; */
  for (int Y = 0; Y < m; Y++)
    if (!fiber_bijective(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen,
                         sz, aoff, act, A, P, u, val, Y, seen, smax))
      return 0;
  return 1;
}

/*@
  requires 0 <= m && \valid_read(sz + (0 .. m-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kr_fits(sz, m, smax);
*/
static int fits(int m, const int *sz, int smax)
{
  /*@ loop invariant 0 <= Y <= m;
      loop invariant kr_fits(sz, Y, smax);
      loop assigns Y;
      loop variant m - Y; */
  for (int Y = 0; Y < m; Y++)
    if (sz[Y] > smax) return 0;
  return 1;
}

/* ---- kernel 3: the certificate's images ------------------------------------------ */

/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires \valid_read(val + (0 .. n-1));
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
  requires 0 <= nimages && \valid_read(images + (0 .. nimages-1));
  requires 0 <= bstart && bstart + nimages <= n;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_images_upto(src, root, parent, pgen, aoff, act, P, u, images,
                          bstart, bstart + nimages);
*/
static int images_ok(int n, int m, int G, const int *src, const int *tgt,
                     const int *gsrc, const int *gtgt, const int *root,
                     const int *parent, const int *pgen, const int *sz,
                     const int *aoff, const int *act, int A, int P, int u,
                     const long *val, const int *images, int nimages,
                     int bstart)
{
  (void)n; (void)m; (void)G; (void)tgt; (void)gsrc; (void)gtgt; (void)sz;
  (void)A; (void)root; (void)parent; (void)pgen; (void)aoff; (void)act;
  (void)u;
  /*@ loop invariant bstart <= f <= bstart + nimages;
      loop invariant kr_images_upto(src, root, parent, pgen, aoff, act, P, u,
                                    images, bstart, f);
      loop assigns f;
      loop variant bstart + nimages - f; */
  for (int f = bstart; f < bstart + nimages; f++) {
    if (src[f] != P) return 0;
    //@ assert val[f] == kval(root, parent, pgen, aoff, act, P, u, f);
    if (images[f - bstart] != val[f]) return 0;
  }
  return 1;
}

/*@
  requires 0 <= n && \valid_read(src + (0 .. n-1));
  requires 0 <= bstart <= n;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kr_block_upto(src, P, bstart, nimages, n);
*/
static int block_ok(int n, const int *src, int P, int bstart, int nimages)
{
  /*@ loop invariant 0 <= f <= n;
      loop invariant kr_block_upto(src, P, bstart, nimages, f);
      loop assigns f;
      loop variant n - f; */
  for (int f = 0; f < n; f++)
    if (src[f] == P && (f < bstart || f - bstart >= nimages)) return 0;
  return 1;
}

/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
*/
static int base_ok(int n, int m, int G, const int *src, const int *tgt,
                   const int *gsrc, const int *gtgt, const int *root,
                   const int *parent, const int *pgen, const int *sz,
                   const int *aoff, const int *act, int A)
{
  if (!kcat_node_ranges(n, m, G, src, tgt, parent, pgen)) return 0;
  if (!kcat_root_ranges(n, m, root)) return 0;
  return ktask_tables(m, G, gsrc, gtgt, sz, aoff, act, A);
}

int krep_check_positive(int n, int m, int G, const int *src, const int *tgt,
                        const int *gsrc, const int *gtgt, const int *root,
                        const int *parent, const int *pgen, const int *sz,
                        const int *aoff, const int *act, int A, int P, int u,
                        const int *images, int nimages, int bstart,
                        long *val, unsigned char *seen, int smax)
{
  if (!base_ok(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
               act, A))
    return 0;
  if (!fits(m, sz, smax)) return 0;
  if (P < 0 || P >= m || u < 0 || u >= sz[P]) return 0;
  if (!values(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
              act, A, P, u, val))
    return 0;
  if (!all_fibers(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A, P, u, val, seen, smax))
    return 0;
  if (bstart < 0 || nimages > n - bstart) return 0;
  if (!images_ok(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
                 act, A, P, u, val, images, nimages, bstart))
    return 0;
  return block_ok(n, src, P, bstart, nimages);
}

/* ---- kernel 4 ------------------------------------------------------------------- */

/* cnt[Q] := 0 for every object Q. */
/*@
  requires 0 <= m && \valid(cnt + (0 .. m-1));
  assigns  cnt[0 .. m-1];
  ensures  \forall integer Q; 0 <= Q < m ==> cnt[Q] == 0;
*/
static void clear_counts(int m, long *cnt)
{
  /*@ loop invariant 0 <= Q <= m;
      loop invariant \forall integer i; 0 <= i < Q ==> cnt[i] == 0;
      loop assigns Q, cnt[0 .. m-1];
      loop variant m - Q; */
  for (int Q = 0; Q < m; Q++) cnt[Q] = 0;
}

/*@
  predicate kr_counts_upto{L}(integer m, int *src, int *tgt, int *wobj,
                              long *cnt, integer k) =
    \forall integer Q; 0 <= Q < m ==>
      cnt[Q] == kr_count(src, tgt, Q, wobj[Q], k) && 0 <= cnt[Q] <= k;
*/

/* cnt[Q] := |{f : Q → wobj[Q]}| for every object Q, in one pass over the
 * nodes (linear, not objects × nodes). */
/*@
  requires 0 <= n && \valid_read(src + (0 .. n-1)) &&
           \valid_read(tgt + (0 .. n-1));
  requires 0 <= m && \valid_read(wobj + (0 .. m-1));
  requires \valid(cnt + (0 .. m-1));
  requires \forall integer Q; 0 <= Q < m ==> cnt[Q] == 0;
  requires \forall integer f; 0 <= f < n ==> 0 <= src[f] < m;
  assigns  cnt[0 .. m-1];
  ensures  kr_counts_upto(m, src, tgt, wobj, cnt, n);
*/
static void count_fibers(int n, int m, const int *src, const int *tgt,
                         const int *wobj, long *cnt)
{
  (void)m;
  /*@ loop invariant 0 <= f <= n;
      loop invariant kr_counts_upto(m, src, tgt, wobj, cnt, f);
      loop assigns f, cnt[0 .. m-1];
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    int Q = src[f];
    if (tgt[f] == wobj[Q]) cnt[Q]++;
  }
}

/* ---- kernel 4: one value along its tree path, O(depth) ---------------------------- */

/*@
  // stk[0 .. d-1] lists the nodes from f up to x (exclusive), each a
  // well-typed tree step of P's block below the next
  predicate kr_chain{L}(integer n, integer G, int *src, int *tgt, int *gsrc,
                        int *root, int *parent, int *pgen, long *stk,
                        integer P, integer f, integer x, integer d) =
    0 <= d && 0 <= x <= f && d <= f - x &&
    (d == 0 ==> x == f) &&
    (d > 0 ==> stk[0] == f && parent[stk[d-1]] == x) &&
    (\forall integer i; 0 <= i < d - 1 ==> parent[stk[i]] == stk[i+1]) &&
    (\forall integer i; 0 <= i < d ==>
       0 <= stk[i] < n && stk[i] != root[P] &&
       0 <= parent[stk[i]] < stk[i] && src[parent[stk[i]]] == P &&
       0 <= pgen[stk[i]] < G && gsrc[pgen[stk[i]]] == tgt[parent[stk[i]]]);
  // kr_path(f) needs kr_path of every node listed
  predicate kr_chain_path{L}(integer G, int *src, int *tgt, int *gsrc,
                             int *sz, int *root, int *parent, int *pgen,
                             int *aoff, int *act, long *stk, integer P,
                             integer u, integer f, integer d) =
    \forall integer i; 0 <= i < d ==>
      (kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, f)
       ==>
       kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
               stk[i]));
  predicate kr_climbed{L}(integer n, integer G, int *src, int *tgt,
                          int *gsrc, int *sz, int *root, int *parent,
                          int *pgen, int *aoff, int *act, long *stk,
                          integer P, integer u, integer f, integer x,
                          integer d) =
    kr_chain(n, G, src, tgt, gsrc, root, parent, pgen, stk, P, f, x, d) &&
    kr_chain_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, stk,
                  P, u, f, d);
*/

/* One step of the climb: stk[d] := x, a tree step of P's block. */
/*@
  requires \valid(stk + (0 .. n-1));
  requires kr_chain(n, G, src, tgt, gsrc, root, parent, pgen, stk, P, f, x,
                    d);
  requires 0 <= f < n && x != root[P] && 0 <= parent[x] < x &&
           src[parent[x]] == P && 0 <= pgen[x] < G &&
           gsrc[pgen[x]] == tgt[parent[x]];
  assigns  stk[d];
  ensures  stk[d] == x;
  ensures  \forall integer i; 0 <= i < d ==> stk[i] == \old(stk[i]);
  ensures  kr_chain(n, G, src, tgt, gsrc, root, parent, pgen, stk, P, f,
                    parent[x], d + 1);
*/
static void push(int n, int G, const int *src, const int *tgt,
                 const int *gsrc, const int *root, const int *parent,
                 const int *pgen, int P, long *stk, int f, int x, int d)
{
  (void)n; (void)G; (void)src; (void)tgt; (void)gsrc; (void)root;
  (void)parent; (void)pgen; (void)P; (void)f;
  stk[d] = x;
  //@ assert \forall integer i; 0 <= i < d ==> stk[i] == \at(stk[i], Pre);
  //@ assert stk[0] == f;
  //@ assert d > 0 ==> parent[stk[d-1]] == stk[d];
  //@ assert \forall integer i; 0 <= i < d - 1 ==> parent[stk[i]] == stk[i+1];
  //@ assert \forall integer i; 0 <= i < d ==> parent[stk[i]] == stk[i+1];
  /*@ assert \forall integer i; 0 <= i < d + 1 ==>
        0 <= stk[i] < n && stk[i] != root[P] &&
        0 <= parent[stk[i]] < stk[i] && src[parent[stk[i]]] == P &&
        0 <= pgen[stk[i]] < G && gsrc[pgen[stk[i]]] == tgt[parent[stk[i]]]; */
}

/* Climb from f to root[P], recording the path in stk: its length, or -1
 * when a step is not a tree step of P's block. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid(stk + (0 .. n-1));
  requires 0 <= P < m && 0 <= f < n;
  assigns  stk[0 .. n-1];
  ensures  -1 <= \result;
  ensures  \result >= 0 ==>
           kr_climbed(n, G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                      act, stk, P, u, f, root[P], \result);
  ensures  \result < 0 ==>
           !kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P,
                    u, f);
*/
static int climb(int n, int m, int G, const int *src, const int *tgt,
                 const int *gsrc, const int *gtgt, const int *root,
                 const int *parent, const int *pgen, const int *sz,
                 const int *aoff, const int *act, int A, int P, int u,
                 long *stk, int f)
{
  (void)n; (void)m; (void)gtgt; (void)sz; (void)aoff; (void)act; (void)A;
  (void)u;
  int x = f, d = 0;
  /*@ loop invariant kr_chain(n, G, src, tgt, gsrc, root, parent, pgen, stk,
                              P, f, x, d);
      loop invariant kr_chain_path(G, src, tgt, gsrc, sz, root, parent, pgen,
                                   aoff, act, stk, P, u, f, d);
      loop invariant
        kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
                f) ==>
        kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
                x);
      loop invariant 0 <= x <= f && 0 <= d <= f - x;
      loop assigns x, d, stk[0 .. n-1];
      loop variant x; */
  while (x != root[P]) {
    int p = parent[x], g = pgen[x];
    if (p < 0 || p >= x || src[p] != P || g < 0 || g >= G || gsrc[g] != tgt[p]) {
      //@ assert !kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, x);
      return -1;
    }
    //@ assert kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, x) ==> kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, p);
    push(n, G, src, tgt, gsrc, root, parent, pgen, P, stk, f, x, d);
    /*@ assert kr_chain_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                             act, stk, P, u, f, d + 1); */
    d++;
    x = p;
  }
  return d;
}

/* Evaluate T down the path stk[d-1], ..., stk[0] = f from root[P]:
 * T(f)(u), or -1 when a value leaves its range. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid_read(stk + (0 .. n-1));
  requires 0 <= P < m && 0 <= f < n && 0 <= u;
  requires kr_climbed(n, G, src, tgt, gsrc, sz, root, parent, pgen, aoff,
                      act, stk, P, u, f, root[P], d);
  assigns  \nothing;
  ensures  -1 <= \result;
  ensures  \result >= 0 <==>
           kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P,
                   u, f);
  ensures  \result >= 0 ==>
           \result == kval(root, parent, pgen, aoff, act, P, u, f);
*/
static long descend(int n, int m, int G, const int *src, const int *tgt,
                    const int *gsrc, const int *gtgt, const int *root,
                    const int *parent, const int *pgen, const int *sz,
                    const int *aoff, const int *act, int A, int P, int u,
                    const long *stk, int f, int d)
{
  (void)n; (void)m; (void)G; (void)src; (void)gsrc; (void)gtgt; (void)f;
  long v = u;
  //@ assert v == kval(root, parent, pgen, aoff, act, P, u, root[P]);
  /*@ loop invariant 0 <= i <= d && 0 <= v;
      loop invariant i == d ==>
        v == kval(root, parent, pgen, aoff, act, P, u, root[P]);
      loop invariant i < d ==>
        v == kval(root, parent, pgen, aoff, act, P, u, stk[i]) &&
        kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u,
                stk[i]);
      loop assigns i, v;
      loop variant i; */
  for (int i = d; i > 0; i--) {
    int s = (int)stk[i-1];
    int p = parent[s], g = pgen[s];
    //@ assert i < d ==> p == stk[i];
    //@ assert i == d ==> p == root[P];
    //@ assert kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, p);
    //@ assert v == kval(root, parent, pgen, aoff, act, P, u, p);
    if (v < 0 || v >= sz[tgt[p]]) {
      //@ assert !kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, s);
      return -1;
    }
    //@ assert kt_map(A, gsrc, gtgt, sz, aoff, act, g);
    v = child_value(root, parent, pgen, aoff, act, A, P, u, s, p, g, v);
    //@ assert kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P, u, s);
  }
  return v;
}

/* T(f)(u) for a node f of P's block, along its tree path; -1 when f is not
 * on it (kr_path).  stk (n entries) is scratch. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid(stk + (0 .. n-1));
  requires 0 <= P < m && 0 <= f < n && 0 <= u;
  assigns  stk[0 .. n-1];
  ensures  -1 <= \result;
  ensures  \result >= 0 <==>
           kr_path(G, src, tgt, gsrc, sz, root, parent, pgen, aoff, act, P,
                   u, f);
  ensures  \result >= 0 ==>
           \result == kval(root, parent, pgen, aoff, act, P, u, f);
*/
static long path_value(int n, int m, int G, const int *src, const int *tgt,
                       const int *gsrc, const int *gtgt, const int *root,
                       const int *parent, const int *pgen, const int *sz,
                       const int *aoff, const int *act, int A, int P, int u,
                       long *stk, int f)
{
  int d = climb(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
                act, A, P, u, stk, f);
  if (d < 0) return -1;
  return descend(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
                 act, A, P, u, stk, f, d);
}

/* No f : P → Y has value e. */
/*@
  requires 0 <= n && \valid_read(src + (0 .. n-1)) &&
           \valid_read(tgt + (0 .. n-1)) && \valid_read(val + (0 .. n-1));
  requires kr_vals_upto(src, root, parent, pgen, aoff, act, val, P, u, n);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_misses_upto(src, tgt, root, parent, pgen, aoff, act, P, u, Y,
                          e, n);
*/
static int misses(int n, const int *src, const int *tgt, const int *root,
                  const int *parent, const int *pgen, const int *aoff,
                  const int *act, int P, int u, const long *val, int Y,
                  int e)
{
  (void)root; (void)parent; (void)pgen; (void)aoff; (void)act; (void)u;
  /*@ loop invariant 0 <= f <= n;
      loop invariant kr_misses_upto(src, tgt, root, parent, pgen, aoff, act,
                                    P, u, Y, e, f);
      loop assigns f;
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    if (src[f] == P && tgt[f] == Y) {
      //@ assert val[f] == kval(root, parent, pgen, aoff, act, P, u, f);
      if (val[f] == e) return 0;
    }
  }
  return 1;
}

/* Element witness i refutes (P, u). */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires 0 <= NE && \valid_read(ekind + (0 .. NE-1));
  requires \valid_read(eobj + (0 .. NE-1)) && \valid_read(ef1 + (0 .. NE-1));
  requires \valid_read(ef2 + (0 .. NE-1)) && \valid_read(eelem + (0 .. NE-1));
  requires \valid(val + (0 .. n-1));
  requires 0 <= P < m && 0 <= first && 0 <= u && first + u < NE;
  assigns  val[0 .. n-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_element_witness(n, m, G, src, tgt, gsrc, sz, root, parent, pgen,
                              aoff, act, P, u, first, ekind, eobj, ef1, ef2,
                              eelem);
*/
static int element_witness(int n, int m, int G, const int *src,
                           const int *tgt, const int *gsrc, const int *gtgt,
                           const int *root, const int *parent,
                           const int *pgen, const int *sz, const int *aoff,
                           const int *act, int A, int P, int u, int NE,
                           const int *ekind, const int *eobj, const int *ef1,
                           const int *ef2, const int *eelem, long *val,
                           int first)
{
  (void)NE;
  int i = first + u;
  int Y = eobj[i];
  if (Y < 0 || Y >= m) return 0;
  if (ekind[i] == KREP_COLLISION) {
    int f1 = ef1[i], f2 = ef2[i];
    if (f1 < 0 || f1 >= n || f2 < 0 || f2 >= n || f1 == f2) return 0;
    if (src[f1] != P || tgt[f1] != Y || src[f2] != P || tgt[f2] != Y)
      return 0;
    long v1 = path_value(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen,
                         sz, aoff, act, A, P, u, val, f1);
    if (v1 < 0) return 0;
    long v2 = path_value(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen,
                         sz, aoff, act, A, P, u, val, f2);
    if (v2 < 0) return 0;
    return v1 == v2;
  }
  if (ekind[i] == KREP_UNREACHED) {
    int e = eelem[i];
    if (e < 0 || e >= sz[Y]) return 0;
    if (!values(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
                act, A, P, u, val))
      return 0;
    return misses(n, src, tgt, root, parent, pgen, aoff, act, P, u, val, Y, e);
  }
  return 0;
}

/* Every u in T(P) has its element witness wfirst[P] + u. */
/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires 0 <= NE && \valid_read(ekind + (0 .. NE-1));
  requires \valid_read(eobj + (0 .. NE-1)) && \valid_read(ef1 + (0 .. NE-1));
  requires \valid_read(ef2 + (0 .. NE-1)) && \valid_read(eelem + (0 .. NE-1));
  requires \valid(val + (0 .. n-1));
  requires 0 <= P < m && 0 <= first && first + sz[P] <= NE;
  assigns  val[0 .. n-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_elements_upto(n, m, G, src, tgt, gsrc, sz, root, parent, pgen,
                            aoff, act, P, first, ekind, eobj, ef1, ef2, eelem,
                            sz[P]);
*/
static int per_element(int n, int m, int G, const int *src, const int *tgt,
                       const int *gsrc, const int *gtgt, const int *root,
                       const int *parent, const int *pgen, const int *sz,
                       const int *aoff, const int *act, int A, int P,
                       int first, int NE, const int *ekind, const int *eobj,
                       const int *ef1, const int *ef2, const int *eelem,
                       long *val)
{
  int k = sz[P];
  /*@ loop invariant 0 <= u <= k;
      loop invariant kr_elements_upto(n, m, G, src, tgt, gsrc, sz, root,
                                      parent, pgen, aoff, act, P, first,
                                      ekind, eobj, ef1, ef2, eelem, u);
      loop assigns u, val[0 .. n-1];
      loop variant k - u; */
  for (int u = 0; u < k; u++)
    if (!element_witness(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen,
                         sz, aoff, act, A, P, u, NE, ekind, eobj, ef1, ef2,
                         eelem, val, first))
      return 0;
  return 1;
}

/*@
  requires kr_mem(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                  aoff, act, A);
  requires kr_base(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                   aoff, act, A);
  requires \valid_read(wkind + (0 .. m-1)) && \valid_read(wobj + (0 .. m-1));
  requires \valid_read(wfirst + (0 .. m-1));
  requires 0 <= NE && \valid_read(ekind + (0 .. NE-1));
  requires \valid_read(eobj + (0 .. NE-1)) && \valid_read(ef1 + (0 .. NE-1));
  requires \valid_read(ef2 + (0 .. NE-1)) && \valid_read(eelem + (0 .. NE-1));
  requires \valid(val + (0 .. n-1));
  requires 0 <= m && \valid_read(cnt + (0 .. m-1));
  requires kr_counts_upto(m, src, tgt, wobj, cnt, n);
  requires 0 <= P < m;
  assigns  val[0 .. n-1];
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kr_object_witness(n, m, G, src, tgt, gsrc, sz, root, parent, pgen,
                             aoff, act, P, wkind, wobj, wfirst, NE, ekind,
                             eobj, ef1, ef2, eelem);
*/
static int object_witness(int n, int m, int G, const int *src,
                          const int *tgt, const int *gsrc, const int *gtgt,
                          const int *root, const int *parent,
                          const int *pgen, const int *sz, const int *aoff,
                          const int *act, int A, const int *wkind,
                          const int *wobj, const int *wfirst, int NE,
                          const int *ekind, const int *eobj, const int *ef1,
                          const int *ef2, const int *eelem, long *val,
                          const long *cnt, int P)
{
  if (wkind[P] == KREP_EMPTY) return sz[P] == 0;
  if (wkind[P] == KREP_CARDINALITY) {
    int Y = wobj[P];
    if (Y < 0 || Y >= m) return 0;
    return cnt[P] != sz[Y];
  }
  if (wkind[P] == KREP_PER_ELEMENT) {
    int first = wfirst[P];
    if (first < 0 || first > NE - sz[P]) return 0;
    return per_element(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz,
                       aoff, act, A, P, first, NE, ekind, eobj, ef1, ef2,
                       eelem, val);
  }
  return 0;
}

int krep_check_negative(int n, int m, int G, const int *src, const int *tgt,
                        const int *gsrc, const int *gtgt, const int *root,
                        const int *parent, const int *pgen, const int *sz,
                        const int *aoff, const int *act, int A,
                        const int *wkind, const int *wobj, const int *wfirst,
                        int NE, const int *ekind, const int *eobj,
                        const int *ef1, const int *ef2, const int *eelem,
                        long *val, long *cnt)
{
  if (!base_ok(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen, sz, aoff,
               act, A))
    return 0;
  clear_counts(m, cnt);
  count_fibers(n, m, src, tgt, wobj, cnt);
  /*@ loop invariant 0 <= P <= m;
      loop invariant kr_objects_upto(n, m, G, src, tgt, gsrc, sz, root,
                                     parent, pgen, aoff, act, wkind, wobj,
                                     wfirst, NE, ekind, eobj, ef1, ef2,
                                     eelem, P);
      loop invariant kr_counts_upto(m, src, tgt, wobj, cnt, n);
      loop assigns P, val[0 .. n-1];
      loop variant m - P; */
  for (int P = 0; P < m; P++)
    if (!object_witness(n, m, G, src, tgt, gsrc, gtgt, root, parent, pgen,
                        sz, aoff, act, A, wkind, wobj, wfirst, NE, ekind,
                        eobj, ef1, ef2, eelem, val, cnt, P))
      return 0;
  return 1;
}
