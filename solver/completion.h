/* completion.h — derivation-tracking Knuth–Bendix completion of a category
 * presentation, the second stage of the exact-certificate producer
 * (solver/exact.h): it proves equations between paths that the guided
 * Todd–Coxeter replay cannot reach (coincidences such as g^5 = 1, g g = 1
 * forcing g = 1).
 *
 * Words are typed paths over the generators (each with its source object;
 * the empty word of an object is its identity), ordered shortlex by
 * generator index.  Every rule a -> b (a > b) carries a proof: either it
 * is one equation of the presentation read in one direction, or a chain of
 * rewriting steps, each replacing, at a position, one side of an equation
 * of the presentation or of an earlier rule by its other side.  Overlaps
 * are only formed on a shared nonempty subword, so every overlap word is a
 * typed path.  For a finite category shortlex completion terminates with a
 * finite complete system; the bound on the number of rules stops it
 * otherwise (YO_LIMIT).
 *
 * completion_prove then proves u = v (two paths out of one object) by
 * rewriting both to their normal form, and completion_emit writes the
 * rules the proofs use and the proofs themselves as lemmas of an exact
 * certificate (kernel 7 re-checks every step; nothing here is trusted).
 *
 * Ownership: completion_run returns a record freed with completion_free;
 * the category is borrowed and must outlive it.
 */
#ifndef YONEDA_COMPLETION_H
#define YONEDA_COMPLETION_H

#include "proofs/excert.h"
#include "specs/category.h"
#include "specs/diag.h"

typedef struct completion completion;

/* Complete the presentation of c.  YO_OK with *out set; YO_LIMIT when
 * more than max_rules rules were made (the reason in d); YO_INTERNAL on
 * OOM. */
yo_status completion_run(const category *c, long max_rules, completion **out,
                         diag_list *d);

/* Record a proof of u = v (paths out of object obj).  Returns its goal
 * number (0, 1, ... in call order), -1 when u and v have different
 * normal forms (the system does not prove them equal), -2 on OOM. */
int completion_prove(completion *k, int obj, const int *u, int nu,
                     const int *v, int nv);

/* Append to x, as lemmas, the rules the recorded proofs use (in the order
 * they were made) and then one lemma per goal (lhs u, rhs v);
 * goal_lemma[i] receives the lemma number (0-based) of goal i.  0, or -1
 * on OOM. */
int completion_emit(completion *k, excert *x, int *goal_lemma);

/* Rules made (alive or not) and of them alive (the complete system). */
long completion_rules(const completion *k, long *alive);

void completion_free(completion *k);

#endif
