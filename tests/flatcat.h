/* flatcat.h — small categories as the flat arrays the proved kernel reads
 * (proofs/kernel/kmodel.h), built by hand for the kernel unit tests
 * (tests/test_k*.c): the idempotent monoid and the arrow category, the
 * index of nodes by target and kernel 1 run on them.  A test breaks one
 * array entry of a fixture and expects the kernel to reject it.
 *
 * Ownership: a flatcat is plain data in fixed arrays, owned by the
 * caller (usually on its stack); nothing is allocated.
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

#endif
