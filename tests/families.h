/* families.h — presentations of the standard families of categories that
 * the unit tests (tests/test_*.c) and the benchmark program
 * (tools/bench/bench.c) both build: the symmetric group by its Coxeter
 * presentation, the truncated simplex category, and the groupoids and
 * chains of copies of S_n.  One definition here, so that a test and a
 * benchmark speak of the same presentation.
 *
 * Ownership: every constructor returns a fresh, not yet enumerated
 * category the caller frees with category_free.
 */
#ifndef YONEDA_TESTS_FAMILIES_H
#define YONEDA_TESTS_FAMILIES_H

#include "specs/category.h"

/* The Coxeter relations of S_{m+1} on the m generators gens[0..m-1], all
 * loops at `object`: s_i s_i = 1, (s_i s_{i+1})^3 = 1 and (s_i s_j)^2 = 1
 * for |i - j| > 1, in that order. */
void families_add_coxeter(category *c, int object, const int *gens, int m);

/* Rot: one object x, one generator r: x -> x and r^n = x (the cyclic
 * group of order n, 1 <= n <= 64), declared on lines 2, 3 and 4. */
category *families_cyclic(int n);

/* Idem: one object x, one generator e: x -> x and e e = e (the
 * two-element monoid {id_x, e}; e idempotent). */
category *families_idempotent(void);

/* S_n on one object "*": generators s1..s(n-1) with the Coxeter
 * relations; n! morphisms (2 <= n <= 32). */
category *families_symmetric(int n);

/* The truncated simplex category Delta<=n (0 <= n <= 15): objects [0]..[n],
 * cofaces d^i_k: [k-1] -> [k] (named d<i>_<k>), codegeneracies
 * s^i_k: [k+1] -> [k] (s<i>_<k>) and the cosimplicial identities, in
 * application order.  Hom([a],[b]) has C(a+b+1, a+1) elements. */
category *families_simplex(int n);

/* k objects o0..o(k-1) (k <= 32), each carrying a copy of S_n (Coxeter
 * generators s<i>_<x>, n <= 32), and arrows a_x: x -> x+1 that commute
 * with the copies (a_x s_j = s_j a_x).  invertible: also b_x: x+1 -> x
 * with a_x b_x = 1, b_x a_x = 1 (a groupoid, k^2 n! morphisms); otherwise
 * a chain of non-invertible arrows (k(k+1)/2 n! morphisms). */
category *families_coxeter_chain(int k, int n, int invertible);

#endif
