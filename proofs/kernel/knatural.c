/* knatural.c — kernel 5 (contracts in knatural.h). */
#include "proofs/kernel/knatural.h"

/*@
  requires kt_mem(m, G, SA, gsrc, gtgt, ssz, saoff, sact);
  requires kt_mem(m, G, TA, gsrc, gtgt, tsz, taoff, tact);
  requires kn_mem(m, aloff, alpha, AL);
  requires kt_tables(m, G, SA, gsrc, gtgt, ssz, saoff, sact);
  requires kt_tables(m, G, TA, gsrc, gtgt, tsz, taoff, tact);
  requires 0 <= x < m;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kn_component(ssz, tsz, aloff, alpha, AL, x);
*/
static int component(int m, int G, const int *gsrc, const int *gtgt,
                     const int *ssz, const int *saoff, const int *sact,
                     int SA, const int *tsz, const int *taoff,
                     const int *tact, int TA, const int *aloff,
                     const int *alpha, int AL, int x)
{
  (void)m; (void)G; (void)gsrc; (void)gtgt; (void)saoff; (void)sact;
  (void)SA; (void)taoff; (void)tact; (void)TA;
  int o = aloff[x], k = ssz[x], t = tsz[x];
  if (o < 0 || o > AL - k) return 0;
  /*@ loop invariant o <= i <= o + k;
      loop invariant kn_values_upto(tsz, aloff, alpha, x, i);
      loop assigns i;
      loop variant o + k - i; */
  for (int i = o; i < o + k; i++)
    if (alpha[i] < 0 || alpha[i] >= t) return 0;
  return 1;
}

/*@
  requires kt_mem(m, G, SA, gsrc, gtgt, ssz, saoff, sact);
  requires kt_mem(m, G, TA, gsrc, gtgt, tsz, taoff, tact);
  requires kn_mem(m, aloff, alpha, AL);
  requires kt_tables(m, G, SA, gsrc, gtgt, ssz, saoff, sact);
  requires kt_tables(m, G, TA, gsrc, gtgt, tsz, taoff, tact);
  requires kn_components_upto(ssz, tsz, aloff, alpha, AL, m);
  requires 0 <= g < G;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kn_squares_at(gsrc, gtgt, saoff, sact, taoff, tact, aloff, alpha,
                         g, ssz[gsrc[g]]);
*/
static int squares(int m, int G, const int *gsrc, const int *gtgt,
                   const int *ssz, const int *saoff, const int *sact, int SA,
                   const int *tsz, const int *taoff, const int *tact, int TA,
                   const int *aloff, const int *alpha, int AL, int g)
{
  (void)m; (void)G; (void)tsz; (void)SA; (void)TA; (void)AL;
  int x = gsrc[g], y = gtgt[g];
  //@ assert kt_map(SA, gsrc, gtgt, ssz, saoff, sact, g);
  //@ assert kt_map(TA, gsrc, gtgt, tsz, taoff, tact, g);
  //@ assert kn_component(ssz, tsz, aloff, alpha, AL, x);
  //@ assert kn_component(ssz, tsz, aloff, alpha, AL, y);
  int k = ssz[x];
  /*@ loop invariant 0 <= e <= k;
      loop invariant kn_squares_at(gsrc, gtgt, saoff, sact, taoff, tact,
                                   aloff, alpha, g, e);
      loop assigns e;
      loop variant k - e; */
  for (int e = 0; e < k; e++) {
    int a = alpha[aloff[x] + e];        /* alpha_x(e) ∈ T(x) */
    int s = sact[saoff[g] + e];         /* S(g)(e) ∈ S(y) */
    //@ assert 0 <= a < tsz[x] && 0 <= s < ssz[y];
    int ta = tact[taoff[g] + a], as = alpha[aloff[y] + s];
    //@ assert kn_square(gsrc, gtgt, saoff, sact, taoff, tact, aloff, alpha, g, e) <==> ta == as;
    if (ta != as) {
      //@ assert !kn_square(gsrc, gtgt, saoff, sact, taoff, tact, aloff, alpha, g, e);
      return 0;
    }
  }
  return 1;
}

int knat_check(int m, int G, const int *gsrc, const int *gtgt,
               const int *ssz, const int *saoff, const int *sact, int SA,
               const int *tsz, const int *taoff, const int *tact, int TA,
               const int *aloff, const int *alpha, int AL)
{
  if (!ktask_tables(m, G, gsrc, gtgt, ssz, saoff, sact, SA)) return 0;
  if (!ktask_tables(m, G, gsrc, gtgt, tsz, taoff, tact, TA)) return 0;
  /*@ loop invariant 0 <= x <= m;
      loop invariant kn_components_upto(ssz, tsz, aloff, alpha, AL, x);
      loop assigns x;
      loop variant m - x; */
  for (int x = 0; x < m; x++)
    if (!component(m, G, gsrc, gtgt, ssz, saoff, sact, SA, tsz, taoff, tact,
                   TA, aloff, alpha, AL, x))
      return 0;
  /*@ loop invariant 0 <= g <= G;
      loop invariant kn_squares_upto(gsrc, gtgt, ssz, saoff, sact, taoff,
                                     tact, aloff, alpha, g);
      loop assigns g;
      loop variant G - g; */
  for (int g = 0; g < G; g++)
    if (!squares(m, G, gsrc, gtgt, ssz, saoff, sact, SA, tsz, taoff, tact, TA,
                 aloff, alpha, AL, g))
      return 0;
  return 1;
}
