/* cardinality.h — the cardinality filter of representability: an object P
 * can represent a task T only if |Hom(P,Y)| = |T(Y)| for every object Y
 * (a natural isomorphism is a bijection on each component).  Shared by the
 * direct engine (solver/represent.c) and the Yoneda encoding
 * (encodings/yoneda.c); needs no Z3.  The counts come from one pass over
 * P's block of the working category (proofs/cert.h).
 *
 * Ownership: cardinality_new returns scratch freed with cardinality_free;
 * the task and the category are borrowed and must outlive it.
 */
#ifndef YONEDA_CARDINALITY_H
#define YONEDA_CARDINALITY_H

#include "specs/category.h"
#include "specs/task.h"

typedef struct cardinality cardinality;

/* Scratch for checking |Hom(P,Y)| = |T(Y)| for all Y in O(block_size(P))
 * time.  `work` is the working category (task_category or its opposite).
 * NULL on OOM. */
cardinality *cardinality_new(const task *t, const category *work);
void cardinality_free(cardinality *c);

/* 1 if |Hom(P,Y)| = |T(Y)| for every object Y; otherwise 0 and *witness =
 * one Y where they differ (witness may be NULL). */
int cardinality_check(cardinality *c, int P, int *witness);

#endif
