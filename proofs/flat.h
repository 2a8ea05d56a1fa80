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

#endif
