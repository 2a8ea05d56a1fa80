/* flat.h — the flat int arrays the kernels read (proofs/kernel/), filled
 * from a category's presentation: shared by the callers of kernel 1
 * (proofs/check_category.c, on an enumerated category) and kernel 7
 * (proofs/excert.c, on a certificate).  Untrusted code: the kernels check
 * whatever they read.
 *
 * Layout: generator g leaves object gsrc[g] in slot gslot[g] (its position
 * among the generators out of that object); ogen[x * D + k] is the
 * generator in slot k of object x (-1: none), D the most generators out
 * of one object.  Equation e's sides are the words wgen[woff[2e] ..] (lhs,
 * wlen[2e] letters) and wgen[woff[2e+1] ..] (rhs), at object eq_src[e].
 *
 * Ownership: the caller allocates (flat_ints) and frees every array.
 */
#ifndef YONEDA_FLAT_H
#define YONEDA_FLAT_H

#include "specs/category.h"

/* A malloc'ed array of count ints (at least one); NULL on OOM. */
int *flat_ints(long count);

/* *W: the letters of all equations of c; *D: the most generators out of
 * one object.  0, or -1 on OOM. */
int flat_sizes(const category *c, long *W, int *D);

/* Fill gsrc, gtgt, gslot [generators] and ogen [objects * D]. */
void flat_generators(const category *c, int D, int *gsrc, int *gtgt,
                     int *gslot, int *ogen);

/* Fill eq_src [equations], woff, wlen [2 * equations] and wgen [W]. */
void flat_equations(const category *c, int *eq_src, int *woff, int *wlen,
                    int *wgen);

/* Group the nodes 0..n-1 by their target tgt[v] in 0..m-1 (a counting
 * sort): toff [m + 1] the offsets, tnode [n] the nodes, tpos [n] each
 * node's place in tnode (-1 for a target out of range; its tnode entry
 * stays 0).  0, or -1 on OOM. */
int flat_group_by_target(int n, int m, const int *tgt, int *toff, int *tnode,
                         int *tpos);

/* The arrays kernel 1 reads per morphism, for enumerated c with n
 * morphisms, m objects and D slots (ogen filled by flat_generators): src,
 * tgt, parent, pgen [n], next [n * D] (-1 in an empty slot), toff [m + 1]
 * (the caller's) and tnode, tpos [n] (flat_group_by_target).  They are not
 * copied where they need not be: tgt, parent and pgen are c's own arrays
 * (category_arrays), and so is next when every object has D generators
 * out of it; src is tgt when every morphism is an endomorphism (one
 * object); tpos is tnode when the grouping is the identity (the targets
 * ascend).  Only the arrays allocated here go into *own (freed by
 * flat_owned_free; the borrowed ones live as long as c's enumeration, the
 * caller must not write to a shared one).  0, or -1 on OOM (then *own
 * holds what was allocated). */
typedef struct flat_owned {
  int *p[8];
  int n;
} flat_owned;

int flat_morphisms(const category *c, int D, const int *ogen, const int **src,
                   const int **tgt, const int **parent, const int **pgen,
                   const int **next, int *toff, int **tnode, int **tpos,
                   flat_owned *own);

/* Free the arrays in *own and empty it. */
void flat_owned_free(flat_owned *own);

/* A new array in *own (count ints); NULL on OOM or when *own is full. */
int *flat_owned_ints(flat_owned *own, long count);

#endif
