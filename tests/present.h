/* present.h — building presentations word by word for the category unit
 * tests (tests/test_category.c, tests/test_enumerate.c), and the structural
 * cross-check every category they enumerate passes: complete typed Cayley
 * graph, every equation at every node, the spanning tree, strictly
 * increasing shortlex-least distinct normal forms, hom counts and
 * composition, all from the accessors of specs/category.h alone.
 *
 * Ownership: the constructors return a fresh, not yet enumerated category
 * the caller frees with category_free; present_expect_size frees the
 * category it is given.
 */
#ifndef YONEDA_TESTS_PRESENT_H
#define YONEDA_TESTS_PRESENT_H

#include "specs/category.h"

/* A category with one object "*". */
category *present_one_object(const char *name);

/* Generator `name`: s -> t. */
int present_gen(category *c, const char *name, int s, int t);

/* Equation lhs = rhs from `source`; words are -1-terminated lists (NULL:
 * the identity). */
void present_eq(category *c, int source, const int *lhs, const int *rhs);

/* The equation g^n = g^m on one generator at `source`. */
void present_power_eq(category *c, int source, int g, int n, int m);

/* Z_n on one object: a^n = 1. */
category *present_cyclic_group(int n);

/* The walking isomorphism: f: A -> B, g: B -> A, f g = 1, g f = 1. */
category *present_walking_iso(void);

/* Every property of the header's numbering contract, checked from the
 * accessors alone.  Returns the number of failed checks. */
int present_check(const category *c);

/* Enumerate c, check its size and structure (CUnit assertions), free it. */
void present_expect_size(category *c, int size);

#endif
