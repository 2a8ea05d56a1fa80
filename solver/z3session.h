/* z3session.h — one Z3 context + solver for one decision, used only inside
 * solver/ (Z3 types never leave solver/ and encodings/).
 *
 * The context is created with Z3_mk_context_rc (reference counted) and with
 * no error handler: Z3 never exits or prints; every failure is read back with
 * Z3_get_error_code and turned into a yo_status plus a diagnostic.  ASTs the
 * caller wants to keep are pinned in a Z3_ast_vector owned by the session and
 * released by z3session_free (every inc_ref is paired with a dec_ref there).
 * A check that returns Z3_L_UNDEF is reported as YO_LIMIT with Z3's reason
 * ("z3: unknown (timeout)"), never as an answer.
 *
 * Ownership: z3session_new returns a session freed with z3session_free; the
 * context, solver and pinned ASTs belong to it and die with it.
 */
#ifndef YONEDA_Z3SESSION_H
#define YONEDA_Z3SESSION_H

#include <z3.h>

#include "specs/diag.h"

typedef struct z3session z3session;

/* A new session whose solver gives up after `timeout` seconds (<= 0: no
 * limit).  NULL on failure (reason in d). */
z3session *z3session_new(double timeout, diag_list *d);
void z3session_free(z3session *s);

Z3_context z3session_context(const z3session *s);
Z3_solver z3session_solver(const z3session *s);

/* Keep a (freshly created) AST alive until the session is freed; returns it.
 * Call it right after creating the AST, before any other Z3 call. */
Z3_ast z3session_pin(z3session *s, Z3_ast a);

/* YO_OK if no Z3 error is pending; otherwise YO_INTERNAL with
 * "z3: <what>: <message>" in d (and the error code is reset). */
yo_status z3session_status(z3session *s, const char *what, diag_list *d);

/* Assert every AST of vector v.  YO_OK or YO_INTERNAL. */
yo_status z3session_assert_all(z3session *s, Z3_ast_vector v, diag_list *d);

/* Check satisfiability: YO_YES (sat; z3session_model is valid until the next
 * check), YO_NO (unsat), YO_LIMIT (unknown: timeout, resource limit; the
 * reason is in d) or YO_INTERNAL. */
yo_status z3session_check(z3session *s, diag_list *d);

/* The model of the last sat check (owned by the session), or NULL. */
Z3_model z3session_model(const z3session *s);

/* Evaluate a Boolean / integer term in the last model (model completion on).
 * Return 0 on success, -1 if the value is not a literal. */
int z3session_eval_bool(z3session *s, Z3_ast a, int *value);
int z3session_eval_int(z3session *s, Z3_ast a, long *value);

#endif
