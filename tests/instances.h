/* instances.h — generated representability instances for the unit tests
 * (tests/test_represent.c): a seeded deterministic PRNG, random small
 * categories built from parts (cyclic groups, monoids, DAGs, squares,
 * groupoids), functors given as tables on a working category (Hom(P,-),
 * constants, sums, products, random tables) turned into tasks, and an
 * independent reference check of a representability certificate, with a
 * way to tamper with one.
 *
 * Ownership: categories, tasks and certificates returned are fresh (the
 * caller frees them with category_free, task_free, cert_free); a tab is
 * freed with tab_free.  Arguments are borrowed.
 */
#ifndef YONEDA_TESTS_INSTANCES_H
#define YONEDA_TESTS_INSTANCES_H

#include "proofs/cert.h"
#include "specs/category.h"
#include "specs/task.h"

/* ---- the PRNG (xorshift64; not thread safe) ---- */
void instances_seed(unsigned long long seed);
/* A number in 0..n-1 (n > 0; 0 when n is 0). */
int instances_rndi(int n);

/* ---- random small categories ---- */
/* Object / generator named pfx + name (line 0). */
int instances_add_obj(category *c, const char *pfx, const char *name);
int instances_add_gen(category *c, const char *pfx, const char *name, int s, int t);
/* One object x with r: x -> x and r^n = x. */
void instances_part_cyclic(category *c, const char *pfx, int n);
/* One or two random parts, enumerated; NULL when too big.  *free_cat: no
 * equations (a free category). */
category *instances_random_category(int *free_cat);

/* ---- functors as tables on a working category w ---- */
typedef struct tab {
  int nobj, ngen;
  int *size;      /* size[x] = |T(x)| */
  int **map;      /* map[g][i]: image of element i of T(domain g) */
} tab;

void tab_free(tab *T);
/* Hom(P,-) on w (generators act by step). */
tab *tab_hom(const category *w, int P);
/* The constant functor with n elements. */
tab *tab_const(const category *w, int n);
/* Componentwise sum and product. */
tab *tab_sum(const category *w, const tab *A, const tab *B);
tab *tab_product(const category *w, const tab *A, const tab *B);
/* Random tables: functorial on a free category. */
tab *tab_random(const category *w);
/* The task T on the working category w of a task over c with variance v;
 * element indices relabelled by a random permutation. */
task *tab_task(const tab *T, const category *c, const category *w, task_variance v);

/* ---- certificates ---- */
/* 1 if c is a valid certificate for t on w (quadratic; small instances). */
int instances_ref_check(const task *t, const category *w, const rep_cert *c);
/* A wrong variant of c, or NULL when there is no simple one. */
rep_cert *instances_tamper(const task *t, const category *w, const rep_cert *c);
/* 1 if a and b state the same certificate. */
int instances_cert_equal(const rep_cert *a, const rep_cert *b);

#endif
