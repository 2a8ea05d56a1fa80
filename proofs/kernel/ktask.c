/* ktask.c — kernel 2 (contracts in ktask.h). */
#include "proofs/kernel/ktask.h"

/*@
  requires 0 <= m && \valid_read(sz + (0 .. m-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kt_sizes_upto(sz, m);
*/
static int sizes_ok(int m, const int *sz)
{
  /*@ loop invariant 0 <= x <= m;
      loop invariant kt_sizes_upto(sz, x);
      loop assigns x;
      loop variant m - x; */
  for (int x = 0; x < m; x++) {
    if (sz[x] < 0) return 0;
  }
  return 1;
}

/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kc_gen_ranges(m, gsrc, gtgt, G) && kt_sizes_upto(sz, m);
  requires 0 <= g < G;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kt_map(A, gsrc, gtgt, sz, aoff, act, g);
*/
static int map_ok(int m, int G, const int *gsrc, const int *gtgt,
                  const int *sz, const int *aoff, const int *act, int A,
                  int g)
{
  (void)m; (void)G;
  int k = sz[gsrc[g]], o = aoff[g], y = sz[gtgt[g]];
  if (o < 0 || o > A - k) return 0;
  /*@ loop invariant o <= i <= o + k;
      loop invariant kt_images_upto(gtgt, sz, aoff, act, g, i);
      loop assigns i;
      loop variant o + k - i; */
  for (int i = o; i < o + k; i++) {
    if (act[i] < 0 || act[i] >= y) return 0;
  }
  return 1;
}

int ktask_tables(int m, int G, const int *gsrc, const int *gtgt,
                 const int *sz, const int *aoff, const int *act, int A)
{
  if (!kcat_gen_ranges(m, G, gsrc, gtgt)) return 0;
  if (!sizes_ok(m, sz)) return 0;
  /*@ loop invariant 0 <= g <= G;
      loop invariant kt_maps_upto(A, gsrc, gtgt, sz, aoff, act, g);
      loop assigns g;
      loop variant G - g; */
  for (int g = 0; g < G; g++) {
    if (!map_ok(m, G, gsrc, gtgt, sz, aoff, act, A, g)) return 0;
  }
  return 1;
}

/* Elements whose equation is traced together (elements_meet). */
#define KTASK_LANES 32

/*@
  // both words wgen[li .. lj-1] and wgen[ri .. rj-1] lead from element u
  // to one element (not -1)
  predicate kt_meet{L}(int *gsrc, int *sz, int *aoff, int *act, int *wgen,
                       integer li, integer lj, integer ri, integer rj,
                       integer u) =
    0 <= kt_trace(gsrc, sz, aoff, act, wgen, li, lj, u) &&
    kt_trace(gsrc, sz, aoff, act, wgen, li, lj, u) ==
    kt_trace(gsrc, sz, aoff, act, wgen, ri, rj, u);
*/

/* One step of kt_trace: the definition unfolded once (a lemma; computes
 * nothing). */
/*@
  requires i < j;
  assigns  \nothing;
  ensures  kt_trace(gsrc, sz, aoff, act, wgen, i, j, u) ==
           (0 <= u < sz[gsrc[wgen[i]]] ?
              kt_trace(gsrc, sz, aoff, act, wgen, i + 1, j,
                       act[aoff[wgen[i]] + u]) : -1);
*/
static void kt_unfold(const int *gsrc, const int *sz, const int *aoff,
                      const int *act, const int *wgen, int i, int j, int u)
{
  (void)gsrc; (void)sz; (void)aoff; (void)act; (void)wgen; (void)i; (void)j;
  (void)u;
}

/* A trace along no letter stays where it is (a lemma; computes nothing). */
/*@
  requires j <= i;
  assigns  \nothing;
  ensures  kt_trace(gsrc, sz, aoff, act, wgen, i, j, u) == u;
*/
static void kt_end(const int *gsrc, const int *sz, const int *aoff,
                   const int *act, const int *wgen, int i, int j, int u)
{
  (void)gsrc; (void)sz; (void)aoff; (void)act; (void)wgen; (void)i; (void)j;
  (void)u;
}

/* The words wgen[li .. lj-1] and wgen[ri .. rj-1] from the c elements
 * u0 .. u0+c-1 (c <= KTASK_LANES): 1 iff each reaches one element (not -1)
 * along both.  The lanes advance one letter at a time together, so their
 * table reads overlap their cache misses (as kernel 1's lanes_meet). */
/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires 0 <= li <= lj && \valid_read(wgen + (li .. lj-1));
  requires \forall integer k; li <= k < lj ==> 0 <= wgen[k] < G;
  requires 0 <= ri <= rj && \valid_read(wgen + (ri .. rj-1));
  requires \forall integer k; ri <= k < rj ==> 0 <= wgen[k] < G;
  requires 0 <= u0 && 0 <= c <= KTASK_LANES && u0 + c <= KMODEL_INT_MAX;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer u; u0 <= u < u0 + c ==>
             kt_meet(gsrc, sz, aoff, act, wgen, li, lj, ri, rj, u);
  ensures  \result == 0 ==> \exists integer u; u0 <= u < u0 + c &&
             !kt_meet(gsrc, sz, aoff, act, wgen, li, lj, ri, rj, u);
*/
static int elements_meet(int m, int G, const int *gsrc, const int *gtgt,
                         const int *sz, const int *aoff, const int *act,
                         int A, const int *wgen, int li, int lj, int ri,
                         int rj, int u0, int c)
{
  (void)m; (void)G; (void)gtgt; (void)A;
  int a[KTASK_LANES], b[KTASK_LANES];   /* the walks along the two words */
  /*@ loop invariant 0 <= q <= c;
      loop invariant \forall integer q2; 0 <= q2 < q ==>
        a[q2] == u0 + q2 && b[q2] == u0 + q2;
      loop assigns q, a[0 .. KTASK_LANES-1], b[0 .. KTASK_LANES-1];
      loop variant c - q; */
  for (int q = 0; q < c; q++) {
    a[q] = u0 + q;
    b[q] = u0 + q;
  }
  /*@ loop invariant li <= k <= lj;
      loop invariant \forall integer q2; 0 <= q2 < c ==>
        kt_trace(gsrc, sz, aoff, act, wgen, li, lj, u0 + q2) ==
        kt_trace(gsrc, sz, aoff, act, wgen, k, lj, a[q2]);
      loop assigns k, a[0 .. KTASK_LANES-1];
      loop variant lj - k; */
  for (int k = li; k < lj; k++) {
    int g = wgen[k], s = sz[gsrc[g]], o = aoff[g];
    //@ assert kt_map(A, gsrc, gtgt, sz, aoff, act, g);
    /*@ loop invariant 0 <= q <= c;
        loop invariant \forall integer q2; 0 <= q2 < q ==>
          kt_trace(gsrc, sz, aoff, act, wgen, li, lj, u0 + q2) ==
          kt_trace(gsrc, sz, aoff, act, wgen, k + 1, lj, a[q2]);
        loop invariant \forall integer q2; q <= q2 < c ==>
          kt_trace(gsrc, sz, aoff, act, wgen, li, lj, u0 + q2) ==
          kt_trace(gsrc, sz, aoff, act, wgen, k, lj, a[q2]);
        loop assigns q, a[0 .. KTASK_LANES-1];
        loop variant c - q; */
    for (int q = 0; q < c; q++) {
      int y = a[q], z = -1;
      if (0 <= y && y < s) z = act[o + y];
      kt_unfold(gsrc, sz, aoff, act, wgen, k, lj, y);
      a[q] = z;
    }
  }
  /*@ loop invariant ri <= k <= rj;
      loop invariant \forall integer q2; 0 <= q2 < c ==>
        kt_trace(gsrc, sz, aoff, act, wgen, ri, rj, u0 + q2) ==
        kt_trace(gsrc, sz, aoff, act, wgen, k, rj, b[q2]);
      loop assigns k, b[0 .. KTASK_LANES-1];
      loop variant rj - k; */
  for (int k = ri; k < rj; k++) {
    int g = wgen[k], s = sz[gsrc[g]], o = aoff[g];
    //@ assert kt_map(A, gsrc, gtgt, sz, aoff, act, g);
    /*@ loop invariant 0 <= q <= c;
        loop invariant \forall integer q2; 0 <= q2 < q ==>
          kt_trace(gsrc, sz, aoff, act, wgen, ri, rj, u0 + q2) ==
          kt_trace(gsrc, sz, aoff, act, wgen, k + 1, rj, b[q2]);
        loop invariant \forall integer q2; q <= q2 < c ==>
          kt_trace(gsrc, sz, aoff, act, wgen, ri, rj, u0 + q2) ==
          kt_trace(gsrc, sz, aoff, act, wgen, k, rj, b[q2]);
        loop assigns q, b[0 .. KTASK_LANES-1];
        loop variant c - q; */
    for (int q = 0; q < c; q++) {
      int y = b[q], z = -1;
      if (0 <= y && y < s) z = act[o + y];
      kt_unfold(gsrc, sz, aoff, act, wgen, k, rj, y);
      b[q] = z;
    }
  }
  /*@ loop invariant 0 <= q <= c;
      loop invariant \forall integer u; u0 <= u < u0 + q ==>
        kt_meet(gsrc, sz, aoff, act, wgen, li, lj, ri, rj, u);
      loop assigns q;
      loop variant c - q; */
  for (int q = 0; q < c; q++) {
    kt_end(gsrc, sz, aoff, act, wgen, lj, lj, a[q]);
    kt_end(gsrc, sz, aoff, act, wgen, rj, rj, b[q]);
    //@ assert a[q] == kt_trace(gsrc, sz, aoff, act, wgen, li, lj, u0 + q);
    //@ assert b[q] == kt_trace(gsrc, sz, aoff, act, wgen, ri, rj, u0 + q);
    if (a[q] < 0 || a[q] != b[q]) {
      //@ assert !kt_meet(gsrc, sz, aoff, act, wgen, li, lj, ri, rj, u0 + q);
      return 0;
    }
  }
  return 1;
}

/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= e < E;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kt_eq_elems_upto(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, e,
                            sz[eq_src[e]]);
*/
static int equation_on_elements(int m, int G, const int *gsrc,
                                const int *gtgt, int E, int W,
                                const int *eq_src, const int *woff,
                                const int *wlen, const int *wgen,
                                const int *sz, const int *aoff,
                                const int *act, int A, int e)
{
  (void)E; (void)W;
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int k = sz[eq_src[e]];
  int li = woff[2 * e], lj = woff[2 * e] + wlen[2 * e];
  int ri = woff[2 * e + 1], rj = woff[2 * e + 1] + wlen[2 * e + 1];
  int u = 0;
  /*@ loop invariant 0 <= u <= k;
      loop invariant kt_eq_elems_upto(gsrc, sz, aoff, act, eq_src, woff,
                                      wlen, wgen, e, u);
      loop assigns u;
      loop variant k - u; */
  while (u < k) {
    int c = k - u < KTASK_LANES ? k - u : KTASK_LANES;
    if (!elements_meet(m, G, gsrc, gtgt, sz, aoff, act, A, wgen, li, lj, ri,
                       rj, u, c)) {
      /*@ assert \exists integer v; u <= v < u + c &&
            !kt_eq_at(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, e, v); */
      return 0;
    }
    /*@ assert \forall integer v; u <= v < u + c ==>
          kt_eq_at(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, e, v); */
    u += c;
  }
  return 1;
}

int ktask_equations(int m, int G, const int *gsrc, const int *gtgt, int E,
                    int W, const int *eq_src, const int *woff,
                    const int *wlen, const int *wgen, const int *sz,
                    const int *aoff, const int *act, int A)
{
  /*@ loop invariant 0 <= e <= E;
      loop invariant kt_eqs_upto(gsrc, sz, aoff, act, eq_src, woff, wlen,
                                 wgen, e);
      loop assigns e;
      loop variant E - e; */
  for (int e = 0; e < E; e++) {
    if (!equation_on_elements(m, G, gsrc, gtgt, E, W, eq_src, woff, wlen,
                              wgen, sz, aoff, act, A, e))
      return 0;
  }
  return 1;
}

int ktask_check(int m, int G, const int *gsrc, const int *gtgt, int E, int W,
                const int *eq_src, const int *woff, const int *wlen,
                const int *wgen, const int *sz, const int *aoff,
                const int *act, int A)
{
  if (!ktask_tables(m, G, gsrc, gtgt, sz, aoff, act, A)) return 0;
  if (!kcat_word_ranges(m, G, E, W, eq_src, woff, wlen, wgen)) return 0;
  return ktask_equations(m, G, gsrc, gtgt, E, W, eq_src, woff, wlen, wgen,
                         sz, aoff, act, A);
}
