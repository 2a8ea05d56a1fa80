/* natclaims.h — the claim kinds of Theorems 2 and 3 (spec v1 extensions,
 * issue 8) for `yoneda claims`: yoneda (task), natural-transformations
 * (from, to, count), and with functor: faithful, not-faithful, full,
 * not-full, injective-on-objects, full-embedding, not-full-embedding,
 * structure-preserved.  Each answer is counted only after the kernel
 * accepted what it rests on (kernel 5 for the lemma and the counts, kernel
 * 6 for functors, kernels 1-3 for every restricted representable of
 * structure-preserved).
 *
 * Ownership: nothing is retained; the spec and claim are borrowed.
 */
#ifndef YONEDA_NATCLAIMS_H
#define YONEDA_NATCLAIMS_H

#include <stddef.h>

#include "specs/spec.h"

typedef enum natclaim_verdict {
  NATCLAIM_PASS, NATCLAIM_FAIL, NATCLAIM_UNDECIDED, NATCLAIM_INVALID, NATCLAIM_ERROR
} natclaim_verdict;

typedef struct natclaim_outcome {
  natclaim_verdict verdict;
  double seconds;
  char got[128];         /* FAIL: what holds instead (e.g. "not-full", "count 3") */
  char evidence[1024];   /* FAIL: a witness; UNDECIDED/INVALID/ERROR: the reason */
} natclaim_outcome;

/* 1 if expect is one of the kinds above. */
int natclaims_handles(const char *expect);

/* Run claim c of s.  use_z3 selects the z3 engine for counts. */
void natclaims_run(const spec *s, const spec_claim *c, int max_morphisms, int use_z3,
                   double timeout, natclaim_outcome *out);

#endif
