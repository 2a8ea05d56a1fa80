/* flatcat.h — small categories as the flat arrays the proved kernel reads
 * (proofs/kernel/kmodel.h), built by hand for the kernel unit tests
 * (tests/test_k*.c): the idempotent monoid and the arrow category, the
 * index of nodes by target and kernel 1 run on them.  A test breaks one
 * array entry of a fixture and expects the kernel to reject it.
 *
 * Ownership: a flatcat is plain data in fixed arrays, owned by the
 * caller (usually on its stack); nothing is allocated.  A flatgrid (larger,
 * for the kernels' batches) owns its arrays: flatgrid_free.
 */
#ifndef YONEDA_TESTS_FLATCAT_H
#define YONEDA_TESTS_FLATCAT_H

/* A category as kernel 1 reads it, in arrays large enough for the
 * fixtures: n nodes, m objects, G generators, D slots per object, E
 * equations of W letters in all (kmodel.h names every array). */
typedef struct flatcat {
  int n, m, G, D, E, W;
  int src[8], tgt[8], gsrc[4], gtgt[4], gslot[4], ogen[8], root[4], next[32];
  int parent[8], pgen[8];
  int eq_src[4], woff[8], wlen[8], wgen[16];
  int toff[5], tnode[8], tpos[8];
} flatcat;

/* the idempotent monoid {1, e}, e;e = e: one object 0, generator
 * e: 0 → 0; nodes 0 = id, 1 = e.  One slot per object (D = 1). */
void flatcat_idempotent(flatcat *c);

/* the arrow category 0 --a--> 1: nodes 0 = id0, 1 = a, 2 = id1 */
void flatcat_arrow(flatcat *c);

/* The category arguments of the kernel functions (kcat_*, kfun_check). */
#define KCAT(c) (c)->n, (c)->m, (c)->G, (c)->D, (c)->src, (c)->tgt, \
                (c)->gsrc, (c)->gtgt, (c)->gslot, (c)->ogen, (c)->root, \
                (c)->next, (c)->parent, (c)->pgen

/* Fill the index of the nodes by target object (nodes in increasing
 * order): toff, tnode, tpos, the arguments KIDX passes. */
void flatcat_index(flatcat *c);

#define KIDX(c) (c)->toff, (c)->tnode, (c)->tpos

/* Kernel 1 (kcat_check) on c with a freshly computed index: 1 accepted,
 * 0 rejected. */
int flatcat_check(flatcat *c);

/* m copies of the grid group Z_P x Z_Q (P = FLATGRID_P, Q = FLATGRID_Q;
 * object x has generators a = 3x, b = 3x+1, c = 3x+2 in slots 0, 1, 2,
 * with a b = b a, a^P = id, b^Q = id and a = c: short equations), P*Q
 * nodes per object: more than the kernels trace in one batch of lanes and
 * not a multiple of it.  A wrong c-edge breaks a = c at its node only.  Node (i, j) of object x is x*P*Q + i*Q + j; the index lists the
 * nodes in order.  The arrays are allocated: flatgrid_free. */
enum { FLATGRID_P = 12, FLATGRID_Q = 13 };
typedef struct flatgrid {
  int n, m, G, D, E, W;
  int *src, *tgt, *gsrc, *gtgt, *gslot, *ogen, *root, *next, *parent, *pgen;
  int *eq_src, *woff, *wlen, *wgen, *toff, *tnode, *tpos;
  int *mem;
} flatgrid;

/* Fill g with m (1 or 2) copies; 0 when out of memory. */
int flatgrid_make(flatgrid *g, int m);
void flatgrid_free(flatgrid *g);

#define FGRID(g) (g)->n, (g)->m, (g)->G, (g)->D, (g)->src, (g)->tgt, \
                 (g)->gsrc, (g)->gtgt, (g)->gslot, (g)->ogen, (g)->root, \
                 (g)->next, (g)->parent, (g)->pgen
#define FGRID_EQ(g) (g)->E, (g)->W, (g)->eq_src, (g)->woff, (g)->wlen, \
                    (g)->wgen, (g)->toff, (g)->tnode, (g)->tpos

#endif
