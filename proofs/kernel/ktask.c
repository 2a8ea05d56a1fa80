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

/* T(wgen[i .. j-1])(e): the element reached from e; -1 if it leaves a set. */
/*@
  requires kt_mem(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires kt_tables(m, G, A, gsrc, gtgt, sz, aoff, act);
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  requires \forall integer k; i <= k < j ==> 0 <= wgen[k] < G;
  assigns  \nothing;
  ensures  \result == kt_trace(gsrc, sz, aoff, act, wgen, i, j, e);
*/
static int element_trace(int m, int G, const int *gsrc, const int *gtgt,
                         const int *sz, const int *aoff, const int *act,
                         int A, const int *wgen, int i, int j, int e)
{
  (void)m; (void)G; (void)gtgt; (void)A;
  int cur = e;
  /*@ loop invariant i <= k <= j;
      loop invariant kt_trace(gsrc, sz, aoff, act, wgen, i, j, e) ==
                     kt_trace(gsrc, sz, aoff, act, wgen, k, j, cur);
      loop assigns k, cur;
      loop variant j - k; */
  for (int k = i; k < j; k++) {
    int g = wgen[k];
    if (cur < 0 || cur >= sz[gsrc[g]]) return -1;
    //@ assert kt_map(A, gsrc, gtgt, sz, aoff, act, g);
    cur = act[aoff[g] + cur];
  }
  return cur;
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
  /*@ loop invariant 0 <= u <= k;
      loop invariant kt_eq_elems_upto(gsrc, sz, aoff, act, eq_src, woff,
                                      wlen, wgen, e, u);
      loop assigns u;
      loop variant k - u; */
  for (int u = 0; u < k; u++) {
    int l = element_trace(m, G, gsrc, gtgt, sz, aoff, act, A, wgen, li, lj, u);
    int r = element_trace(m, G, gsrc, gtgt, sz, aoff, act, A, wgen, ri, rj, u);
    if (l < 0 || l != r) {
      //@ assert !kt_eq_at(gsrc, sz, aoff, act, eq_src, woff, wlen, wgen, e, u);
      return 0;
    }
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
