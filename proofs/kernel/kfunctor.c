/* kfunctor.c — kernel 6 (contracts in kfunctor.h). */
#include "proofs/kernel/kfunctor.h"

/*@
  requires 0 <= mD && 0 <= mC && \valid_read(fobj + (0 .. mC-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kf_obj_ranges(mD, fobj, mC);
*/
static int obj_ranges(int mD, int mC, const int *fobj)
{
  /*@ loop invariant 0 <= x <= mC;
      loop invariant kf_obj_ranges(mD, fobj, x);
      loop assigns x;
      loop variant mC - x; */
  for (int x = 0; x < mC; x++)
    if (fobj[x] < 0 || fobj[x] >= mD) return 0;
  return 1;
}

/*@
  requires 0 <= GC && 0 <= FW;
  requires \valid_read(foff + (0 .. GC-1)) && \valid_read(flen + (0 .. GC-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kf_word_ranges(foff, flen, FW, GC);
*/
static int word_ranges(int GC, const int *foff, const int *flen, int FW)
{
  /*@ loop invariant 0 <= g <= GC;
      loop invariant kf_word_ranges(foff, flen, FW, g);
      loop assigns g;
      loop variant GC - g; */
  for (int g = 0; g < GC; g++) {
    if (foff[g] < 0 || flen[g] < 0 || foff[g] > FW - flen[g]) {
      //@ assert !kf_word_at(foff, flen, FW, g);
      return 0;
    }
  }
  return 1;
}

/*@
  requires 0 <= GD && 0 <= FW && \valid_read(fgen + (0 .. FW-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kf_gen_ranges(GD, fgen, FW);
*/
static int gen_ranges(int GD, const int *fgen, int FW)
{
  /*@ loop invariant 0 <= i <= FW;
      loop invariant kf_gen_ranges(GD, fgen, i);
      loop assigns i;
      loop variant FW - i; */
  for (int i = 0; i < FW; i++)
    if (fgen[i] < 0 || fgen[i] >= GD) return 0;
  return 1;
}

/*@
  requires kc_mem(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD);
  requires kf_mem(mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kf_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                     parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                     fgen, FW);
*/
static int all_ranges(int nD, int mD, int GD, int DD, const int *srcD,
                      const int *tgtD, const int *gsrcD, const int *gtgtD, const int *gslotD, const int *ogenD,
                      const int *rootD, const int *nextD, const int *parentD,
                      const int *pgenD, int mC, int GC, const int *gsrcC,
                      const int *gtgtC, const int *fobj, const int *foff,
                      const int *flen, const int *fgen, int FW)
{
  if (!kcat_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                   parentD, pgenD))
    return 0;
  if (!kcat_gen_ranges(mC, GC, gsrcC, gtgtC)) return 0;
  if (!obj_ranges(mD, mC, fobj)) return 0;
  if (!word_ranges(GC, foff, flen, FW)) return 0;
  return gen_ranges(GD, fgen, FW);
}

/* F(g) traced from node f of D. */
/*@
  requires kc_mem(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD);
  requires kf_mem(mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW);
  requires kf_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                     parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                     fgen, FW);
  requires 0 <= g < GC && -1 <= f < nD;
  assigns  \nothing;
  ensures  \result == kf_step(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, g, f);
  ensures  -1 <= \result < nD;
*/
static int step(int nD, int mD, int GD, int DD, const int *srcD, const int *tgtD,
                const int *gsrcD, const int *gtgtD,
                const int *gslotD, const int *ogenD, const int *rootD,
                const int *nextD, const int *parentD, const int *pgenD,
                int mC, int GC, const int *gsrcC, const int *gtgtC,
                const int *fobj, const int *foff, const int *flen,
                const int *fgen, int FW, int g, int f)
{
  (void)mD; (void)srcD; (void)gtgtD; (void)ogenD; (void)rootD;
  (void)parentD; (void)pgenD; (void)mC; (void)GC; (void)gsrcC; (void)gtgtC;
  (void)fobj; (void)FW;
  //@ assert kf_word_at(foff, flen, FW, g);
  return kcat_trace(nD, GD, DD, tgtD, gsrcD, gslotD, nextD, fgen, foff[g], foff[g] + flen[g], f);
}

int kfun_typing(int nD, int mD, int GD, int DD, const int *srcD, const int *tgtD,
                const int *gsrcD, const int *gtgtD,
                const int *gslotD, const int *ogenD, const int *rootD,
                const int *nextD, const int *parentD, const int *pgenD,
                int mC, int GC, const int *gsrcC, const int *gtgtC,
                const int *fobj, const int *foff, const int *flen,
                const int *fgen, int FW)
{
  if (!all_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                  fgen, FW))
    return 0;
  /*@ loop invariant 0 <= g <= GC;
      loop invariant kf_typed_upto(tgtD, rootD, nextD, DD, gsrcD, gslotD, gsrcC, gtgtC,
                                   fobj, foff, flen, fgen, g);
      loop assigns g;
      loop variant GC - g; */
  for (int g = 0; g < GC; g++) {
    int h = step(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD, parentD,
                 pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW, g,
                 rootD[fobj[gsrcC[g]]]);
    if (h < 0 || tgtD[h] != fobj[gtgtC[g]]) {
      //@ assert !kf_typed_at(tgtD, rootD, nextD, DD, gsrcD, gslotD, gsrcC, gtgtC, fobj, foff, flen, fgen, g);
      return 0;
    }
  }
  return 1;
}

/* The images of wgen[i .. j-1] traced from node f of D. */
/*@
  requires kc_mem(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD);
  requires kf_mem(mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW);
  requires kf_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                     parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                     fgen, FW);
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  requires \forall integer k; i <= k < j ==> 0 <= wgen[k] < GC;
  requires -1 <= f < nD;
  assigns  \nothing;
  ensures  \result == kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, i, j, f);
*/
static int image_trace(int nD, int mD, int GD, int DD, const int *srcD,
                       const int *tgtD, const int *gsrcD, const int *gtgtD, const int *gslotD, const int *ogenD,
                       const int *rootD, const int *nextD,
                       const int *parentD, const int *pgenD, int mC, int GC,
                       const int *gsrcC, const int *gtgtC, const int *fobj,
                       const int *foff, const int *flen, const int *fgen,
                       int FW, const int *wgen, int i, int j, int f)
{
  int cur = f;
  /*@ loop invariant i <= k <= j;
      loop invariant -1 <= cur < nD;
      loop invariant kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, i, j, f) ==
                     kf_trace(nextD, DD, tgtD, gsrcD, gslotD, fgen, foff, flen, wgen, k, j, cur);
      loop assigns k, cur;
      loop variant j - k; */
  for (int k = i; k < j; k++)
    cur = step(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD, parentD,
               pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW,
               wgen[k], cur);
  return cur;
}

/* Both sides of equation e map to the same node of D. */
/*@
  requires kc_mem(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                  parentD, pgenD);
  requires kf_mem(mC, GC, gsrcC, gtgtC, fobj, foff, flen, fgen, FW);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kf_ranges(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                     parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                     fgen, FW);
  requires kw_ranges(mC, GC, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= e < E;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kf_eq_at(rootD, nextD, DD, tgtD, gsrcD, gslotD, fobj, foff, flen, fgen, eq_src, woff,
                    wlen, wgen, e);
*/
static int equation_preserved(int nD, int mD, int GD, int DD, const int *srcD,
                              const int *tgtD, const int *gsrcD,
                              const int *gtgtD, const int *gslotD,
                              const int *ogenD, const int *rootD,
                              const int *nextD, const int *parentD,
                              const int *pgenD, int mC, int GC,
                              const int *gsrcC, const int *gtgtC, int E,
                              int W, const int *eq_src, const int *woff,
                              const int *wlen, const int *wgen,
                              const int *fobj, const int *foff,
                              const int *flen, const int *fgen, int FW, int e)
{
  (void)E; (void)W;
  //@ assert kw_eq_ok(mC, W, eq_src, woff, wlen, e);
  int li = woff[2 * e], lj = woff[2 * e] + wlen[2 * e];
  int ri = woff[2 * e + 1], rj = woff[2 * e + 1] + wlen[2 * e + 1];
  int start = rootD[fobj[eq_src[e]]];
  int l = image_trace(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                      parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                      fgen, FW, wgen, li, lj, start);
  int r = image_trace(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                      parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                      fgen, FW, wgen, ri, rj, start);
  return l >= 0 && l == r;
}

int kfun_check(int nD, int mD, int GD, int DD, const int *srcD, const int *tgtD,
               const int *gsrcD, const int *gtgtD,
               const int *gslotD, const int *ogenD, const int *rootD,
               const int *nextD, const int *parentD, const int *pgenD,
               int mC, int GC, const int *gsrcC, const int *gtgtC, int E,
               int W, const int *eq_src, const int *woff, const int *wlen,
               const int *wgen, const int *fobj, const int *foff,
               const int *flen, const int *fgen, int FW)
{
  if (!kfun_typing(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD, nextD,
                   parentD, pgenD, mC, GC, gsrcC, gtgtC, fobj, foff, flen,
                   fgen, FW))
    return 0;
  if (!kcat_word_ranges(mC, GC, E, W, eq_src, woff, wlen, wgen)) return 0;
  /*@ loop invariant 0 <= e <= E;
      loop invariant kf_eqs_upto(rootD, nextD, DD, tgtD, gsrcD, gslotD, fobj, foff, flen, fgen,
                                 eq_src, woff, wlen, wgen, e);
      loop assigns e;
      loop variant E - e; */
  for (int e = 0; e < E; e++) {
    if (!equation_preserved(nD, mD, GD, DD, srcD, tgtD, gsrcD, gtgtD, gslotD, ogenD, rootD,
                            nextD, parentD, pgenD, mC, GC, gsrcC, gtgtC, E, W,
                            eq_src, woff, wlen, wgen, fobj, foff, flen, fgen,
                            FW, e))
      return 0;
  }
  return 1;
}
