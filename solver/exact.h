/* exact.h — the producer of exact category certificates (proofs/excert.h):
 * proves that an enumerated category is not over-collapsed.
 *
 * exact_derive replays a monoid Todd–Coxeter enumeration guided by the
 * result: its definitions are exactly the edges of the normal-form
 * spanning tree, and every other edge of the Cayley graph is deduced from
 * an equation, in the monoid way: at a node k, if one side of an equation
 * traces from k through already established edges to a, and the other
 * side V'x traces V' to b, then b --x--> a (nf(b)·x = nf(k)·V'·x =
 * nf(k)·F = nf(a)).  Rounds over all nodes and equations repeat until
 * nothing new is deduced.  When that stalls (a coincidence: the proof needs
 * an equation between words that are not paths of the graph), every edge
 * left is proved by Knuth–Bendix completion (solver/completion.h): a lemma
 * nf(p) x = nf(q) with its rewriting chain, the rules it uses as earlier
 * lemmas, and the edge deduced from the lemma at the identity.  Untrusted:
 * kernel 7 re-checks every lemma and every deduction.
 *
 * Ownership: *out is a new record freed with excert_free.
 */
#ifndef YONEDA_EXACT_H
#define YONEDA_EXACT_H

#include <stdio.h>

#include "proofs/excert.h"
#include "specs/category.h"
#include "specs/diag.h"

/* Derive the certificate of enumerated category c.  YO_OK; YO_LIMIT when
 * the completion that proves the coincidences exceeds its rule bound or
 * does not join an edge (the reason in d: no certificate, nothing
 * decided); YO_INTERNAL on OOM or when the enumeration is not a model of
 * the equations. */
yo_status exact_derive(const category *c, excert **out, diag_list *d);

/* Derive and check with kernel 7 (excert_check against c itself).  When
 * `cert_out` is non-NULL the checked certificate is also written to it
 * (its size in *bytes).  Status as excert_check, or YO_LIMIT as
 * exact_derive, or YO_INTERNAL on a write error. */
yo_status exact_check_category(const category *c, FILE *cert_out, long *bytes,
                               diag_list *d);

/* For the working category of a contravariant task: the opposite `op`
 * is the reversal of c (excert_check_opposite) and exact itself. */
yo_status exact_check_opposite(const category *c, const category *op,
                               diag_list *d);

#endif
