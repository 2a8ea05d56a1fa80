/* yoneda.h — the Yoneda encoding of "task T is representable" as Z3 terms.
 *
 * By the Yoneda lemma a natural transformation Hom(P,-) → T is determined by
 * u = α_P(id_P): α_Y(f) = T(f)(u).  So the only unknowns are the object P
 * (Boolean selectors p_X, at least one true) and u.  Elements are constants
 * e_i of an uninterpreted sort E, each generator g a function t_g: E → E
 * fixed by T(g)'s table.  Only objects P that pass the cardinality filter
 * (specs/cardinality.h; T(P) non-empty) get constraints; for
 * each:
 *   p_P → u = sel_P(b_0..b_{w-1}), sel_P fixed on the bit patterns of
 *         0..|T(P)|-1, the bits kept below |T(P)| by a few clauses (the
 *         solver decides log2 n bits, not n literals);
 *   p_P → v_{id_P} = u,   p_P → v_f = t_g(v_parent(f))   (g = last
 *         generator of f's normal form: one constant v_f per morphism);
 *   p_P → inv_P(v_f) = f, an Int numeral (injectivity, linear: two
 *         morphisms sent to one element would need inv to take two values;
 *         no quadratic `distinct`).
 * Size: O(Σ block_size(P)) over the candidates plus the tables of the
 * generators they use; logic QF_UFLIA (numerals only as inv's values).
 * With one candidate and numbered symbols the tables and sel_P's entries
 * are added by the caller and v_f is the term t_g(v_parent(f)) itself
 * (lazy tables, below).
 * Injective + equal cardinality = bijective, hence sat ⇔ representable.
 * Distinct elements need no distinctness axioms: a model can only merge
 * constants, which makes injectivity harder, never easier.
 *
 * Terms live in the caller's reference-counted context; the encoding pins
 * what it creates and releases it in the table's release (call it before
 * deleting the context).  The task and category are borrowed.
 */
#ifndef YONEDA_ENC_YONEDA_H
#define YONEDA_ENC_YONEDA_H

#include <z3.h>

#include "encodings/encoding.h"
#include "specs/category.h"
#include "specs/diag.h"
#include "specs/task.h"

/* ---- the encoding --------------------------------------------------------- */
typedef struct enc_yoneda enc_yoneda;

/* The encoding as an encoding/encoding.h table.  build (named) names the
 * symbols after the spec for a person reading the SMT-LIB text
 * (solver/smt2.c): `u`, `|P = X|`, `|x in T(X)|`, `|T(g)|`, `|T(f)(u)|`
 * (f's normal form read in the task's own category, `id_X` for an
 * identity), `|sel T(X)|`, `|inv T(X)|`, `b_j`; the SMT engines build it
 * unnamed (numbered symbols: no name strings for large blocks).  A candidate's
 * element is decoded from the bits of u's index; block is
 * ¬(p_i ∧ element_i = u). */
extern const enc_ops enc_yoneda_ops;

/* Bit j of u's index (shared by all candidates; the index of u in T(P) of
 * the chosen candidate P is sum 2^j [b_j], j < ceil(log2 |T(P)|)); NULL
 * when no candidate needs bit j.  Reading u bit by bit with assumptions
 * needs no model: Z3 4.8's model construction is quadratic in the size of
 * the tables (docs/represent.md, the curve). */
Z3_ast enc_yoneda_bit(const enc_yoneda *e, int j);

/* Lazy tables.  Built unnamed with a single candidate P (the z3 engine on
 * one block), the encoding leaves the generator tables t_g(e_x) = e_y out
 * of its assertions: Z3's check is super-linear in the number of ground
 * equations (docs/represent.md, the curve), and u's tree in P's block only
 * reads |block| - 1 of the Σ_g |T(dom g)| entries.  enc_yoneda_lazy says
 * whether this is the case; enc_yoneda_tables_for(e, x) returns the
 * entries the tree reads from u = x (those not returned before), and
 * enc_yoneda_tables_rest(e) all the others, so that after it the
 * assertions are the full encoding.  Sound both ways: unsat with some
 * entries is unsat with all; sat with every entry along the tree from the
 * model's u gives injective values T(f)(u), hence (equal cardinalities)
 * pairwise distinct elements, on which the missing entries can be
 * interpreted as T's tables.  The vectors are new references (the caller
 * drops them with Z3_ast_vector_dec_ref; their terms are pinned by the
 * encoding); NULL when the encoding is not lazy or on OOM. */
int enc_yoneda_lazy(const enc_yoneda *e);
Z3_ast_vector enc_yoneda_tables_for(enc_yoneda *e, int x);
Z3_ast_vector enc_yoneda_tables_rest(enc_yoneda *e);

#endif
