/* hom.h — the representable tasks of a category as ordinary tasks:
 * Hom(X,-) (covariant) and Hom(-,X) (contravariant), so that `yoneda nat
 * --from hom:X`, `lemma` and the Kan extensions can treat them like any
 * task of a spec.
 *
 * The set at Y is Hom(X,Y) (Hom(Y,X) for the contravariant one): the
 * morphisms of block X of the working category `work` (c itself, or its
 * opposite for the contravariant task) with target Y, numbered in
 * increasing morphism id, so the identity of X is element 0 of the set at
 * X.  Generator g acts by composition: f |-> f;g in `work`.  Element names
 * are the morphisms' paths in c with "." between generator names ("r.r"),
 * or id_X for the identity of X; if two names collide (generator
 * names containing "."), that set's elements are named m0, m1, ...  When
 * the normal forms of the morphisms out of X have more than HOM_NAMED_MAX
 * generators in all (a big group with long words: the names alone would
 * take gigabytes), every element is named m<k>, k its position in the
 * block of X (m0 is the identity).
 *
 * Ownership: hom_task_new returns a task freed with task_free; c and work
 * are borrowed and must outlive it.
 */
#ifndef YONEDA_HOM_H
#define YONEDA_HOM_H

#include "specs/category.h"
#include "specs/task.h"

#define HOM_NAMED_MAX 4000000L

/* The representable task of object X, named `name` (NULL: "Hom(X,-)" or
 * "Hom(-,X)").  work must be c (covariant) or category_opposite(c)
 * (contravariant), enumerated.  NULL on OOM. */
task *hom_task_new(const category *c, const category *work, task_variance v, int X,
                   const char *name);

/* The element of Hom(X, target f) that morphism f (of block X of work) is,
 * computed by the same numbering; -1 if f is not in block X. */
int hom_element_of(const category *work, int X, int f);

#endif
