/* natural.h — the natural transformations S => T between two tasks as a
 * Boolean Z3 problem (the z3 engine of `yoneda nat`, solver/natural.h).
 *
 * One Boolean b[i][v] per element i of S (flat layout of
 * specs/transformation.h: element e of S(x) is i = |S(0)|+...+|S(x-1)| + e)
 * and value v in T(x): "alpha_x(e) = v".  Constraints:
 *   exactly one value per element: (b[i][0] or ... ) and at-most-one
 *     (Z3_mk_atmost), so an empty T(x) under a non-empty S(x) is unsat;
 *   naturality, for every generator g (d = task_domain, c = task_codomain),
 *     e in S(d) and v in T(d):  b[d,e][v] -> b[c, S(g)(e)][T(g)(v)].
 * Models correspond one to one with natural transformations; a blocking
 * clause (the negation of one model's assignment) excludes exactly one.
 * Size: sum over generators of |S(d)| * |T(d)| implications.
 *
 * Terms live in the caller's reference-counted context; the encoding keeps
 * what it creates alive until enc_natural_free (call it before deleting the
 * context).  The tasks are borrowed.
 */
#ifndef YONEDA_ENC_NATURAL_H
#define YONEDA_ENC_NATURAL_H

#include <z3.h>

#include "specs/diag.h"
#include "specs/task.h"

typedef struct enc_natural enc_natural;

/* NULL on OOM or Z3 error (reason in d). */
enc_natural *enc_natural_new(Z3_context ctx, const task *S, const task *T, diag_list *d);
void enc_natural_free(enc_natural *e);

/* The constraints (owned by e). */
Z3_ast_vector enc_natural_assertions(const enc_natural *e);
/* Number of unknowns (elements of S, the width of a transformation). */
int enc_natural_width(const enc_natural *e);
/* Decode a model into alpha (width entries).  0, or -1 when the model does
 * not give exactly one value for some element. */
int enc_natural_decode(const enc_natural *e, Z3_model m, int *alpha);
/* The clause excluding alpha (owned by e). */
Z3_ast enc_natural_block(enc_natural *e, const int *alpha);

#endif
