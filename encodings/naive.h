/* naive.h — the naive encoding of "task T is representable": the components
 * of a natural transformation α: Hom(P,-) → T are unknowns, with naturality
 * and bijectivity as constraints.  It does not use the Yoneda lemma (α is not
 * derived from u = α_P(id_P)), so agreeing with the Yoneda encoding and the
 * direct engine is an independent check of the lemma on the instance.
 *
 * For every object P with T(P) non-empty: a selector p_P (at least one is
 * true) and an uninterpreted function a_P: Int → Int (morphism id ↦ element)
 * with, under p_P:
 *   range        a_P(f) ∈ {0..|T(Y)|-1} for f: P → Y (a disjunction);
 *   naturality   a_P(f;h) = T(h)(a_P(f)) for every f: P → Y and every
 *                non-identity morphism h out of Y, T(h) written as the
 *                composite of generator functions t_g along h's normal form;
 *   injectivity  a_P(f1) != a_P(f2) for f1 != f2 in Hom(P,Y) (pairwise);
 *   surjectivity every e ∈ T(Y) equals some a_P(f), f ∈ Hom(P,Y).
 * The size is quadratic (composable pairs × word length, plus hom-sets
 * squared), so instances whose enc_naive_size exceeds ENC_NAIVE_MAX_SIZE
 * are refused (the caller reports YO_LIMIT).  Logic QF_UFLIA.
 *
 * Symbols are numbered (p_P, a_P, t_g); ops->build with named set names them after
 * the spec instead (`|P = X|`, `|alpha Hom(X,-)|`, `|T(g)|`) for SMT-LIB
 * text that a person reads (solver/smt2.c).
 *
 * Terms live in the caller's reference-counted context and are pinned by
 * the encoding until the table's release.  The task and category are borrowed.
 */
#ifndef YONEDA_ENC_NAIVE_H
#define YONEDA_ENC_NAIVE_H

#include <z3.h>

#include "encodings/encoding.h"
#include "specs/category.h"
#include "specs/diag.h"
#include "specs/task.h"

/* Largest accepted enc_naive_size (≈ number of atomic constraints). */
#define ENC_NAIVE_MAX_SIZE 300000L

/* Number of atomic constraints the encoding would have (computed in time
 * linear in the composable pairs, capped: stops counting past the limit). */
long enc_naive_size(const task *t, const category *work);

/* The encoding as an encoding/encoding.h table.  build refuses (NULL, the
 * reason in d) an instance over ENC_NAIVE_MAX_SIZE; a candidate's element
 * is a_P(id_P), the universal element, and block is
 * ¬(p_i ∧ a_P(id_P) = u). */
extern const enc_ops enc_naive_ops;

#endif
