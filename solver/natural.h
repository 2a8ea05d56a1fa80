/* natural.h — enumerating the natural transformations S => T between two
 * tasks on one category with one variance (`yoneda nat`, the
 * natural-transformations claims).  Untrusted: the tool has kernel 5
 * (proofs/check.h) re-check every transformation returned, and compares
 * them for distinctness.
 *
 * Engines:
 *  - NAT_DIRECT: backtracking over the unknowns alpha_x(e), one per element
 *    of S (flat layout of specs/transformation.h), with propagation along
 *    the generators: once alpha_d(e) is chosen, alpha_c(S(g)(e)) is forced
 *    to T(g)(alpha_d(e)) and every square whose two ends are known is
 *    checked.  Unknowns are branched on in a topological order of the
 *    strongly connected components of the forcing graph (e -> S(g)(e)), so
 *    only the unknowns no earlier choice reaches are ever branched on (for
 *    Hom(X,-) that is the identity alone: one branch per element of T(X)).
 *  - NAT_Z3: encodings/natural.h, all models by blocking clauses.
 * Both return every transformation exactly once, in no particular order.
 *
 * Ownership: nat_enumerate returns in *out a result freed with
 * nat_result_free; the tasks are borrowed.
 */
#ifndef YONEDA_SOLVER_NATURAL_H
#define YONEDA_SOLVER_NATURAL_H

#include "specs/diag.h"
#include "specs/task.h"

typedef enum nat_engine { NAT_DIRECT = 0, NAT_Z3 = 1 } nat_engine;

typedef struct nat_options {
  nat_engine engine;
  long limit;        /* more than this many: YO_LIMIT (default NAT_DEFAULT_LIMIT) */
  double timeout;    /* seconds for the z3 engine; <= 0: none */
} nat_options;

#define NAT_DEFAULT_LIMIT 100000L

typedef struct nat_result nat_result;

void nat_options_init(nat_options *o);

/* All natural transformations S => T.  YO_OK with *out set; YO_LIMIT when
 * there are more than o->limit of them (nothing returned: the count would
 * not be exact), or Z3 answered unknown / timed out (reason in d);
 * YO_INVALID when S and T are not on one category with one variance;
 * YO_INTERNAL on OOM or a Z3 error. */
yo_status nat_enumerate(const task *S, const task *T, const nat_options *o, nat_result **out,
                        diag_list *d);

long nat_result_count(const nat_result *r);
/* The width of every transformation: the number of elements of S. */
int nat_result_width(const nat_result *r);
/* Transformation i in the flat layout (width entries, owned by r). */
const int *nat_result_at(const nat_result *r, long i);
void nat_result_free(nat_result *r);

/* The engines' names, indexed by nat_engine ("direct", "z3"),
 * NULL-terminated: the words of `nat --engine`. */
extern const char *const nat_engine_names[];

/* Engine by name; 0, or -1 if unknown. */
int nat_engine_from_name(const char *name, nat_engine *out);

#endif
