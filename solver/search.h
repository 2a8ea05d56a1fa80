/* search.h — bounded model finding for a <search> (specs/search.h) with Z3:
 * is there a category and a task within the bounds that satisfies the
 * hypothesis and violates the conclusion?
 *
 * Size classes (m morphisms, n objects) are tried in increasing order of m,
 * then n (1 <= n <= m); each class is one Z3 check of the encoding of
 * encodings/search.h in a fresh session.  The first class that is sat gives
 * the counterexample; its total number of elements is then made as small as
 * possible in that class (each "at most k-1 elements" check that is sat
 * gives a smaller one).  So the counterexample returned is a smallest one:
 * fewest morphisms, then fewest objects, then fewest elements.  Sharding
 * (K of N) takes the classes with index i mod N = K-1 in that order; the N
 * shards together cover every class, and each answers for its own classes.
 *
 * The answer is untrusted: search_counterexample_xml writes it as an
 * ordinary spec and search_confirm loads that text back through the spec
 * loader (which enumerates the presented category and checks the task's
 * functoriality), re-evaluates every property with solver/property.h and
 * has the kernel check the category, the task and their representability.
 *
 * Ownership: search_run returns a result freed with search_result_free;
 * strings returned by search_counterexample_xml are freed by the caller.
 */
#ifndef YONEDA_SOLVER_SEARCH_H
#define YONEDA_SOLVER_SEARCH_H

#include "solver/property.h"
#include "specs/diag.h"
#include "specs/search.h"

typedef struct search_options {
  double timeout;   /* seconds for the whole search; <= 0: none */
  int shard_k, shard_n;   /* 1 <= shard_k <= shard_n (1/1: everything) */
  /* called before each class is checked (may be NULL) */
  void (*progress)(void *user, int objects, int morphisms, double elapsed);
  void *progress_user;
} search_options;

typedef struct search_result search_result;

void search_options_init(search_options *o);

/* Run the search.  YO_YES: a counterexample in *out; YO_NO: none in the
 * bounds (of this shard), *out holds the statistics; YO_LIMIT: timeout or
 * Z3 unknown before an answer (reason in d; *out holds the statistics of
 * the classes done); YO_INTERNAL: OOM or Z3 error (d). */
yo_status search_run(const search *s, const search_options *o, search_result **out,
                     diag_list *d);
void search_result_free(search_result *r);

/* A result holding a copy of model m as its counterexample (for answers
 * found without Z3, solver/exhaust.h).  NULL on OOM. */
search_result *search_result_from_model(const property_model *m);
/* The counterexample's tables (YO_YES only; NULL otherwise). */
const property_model *search_result_model(const search_result *r);
/* 1 if the element count of the counterexample was minimised to the end
 * (0 when a timeout interrupted the minimisation). */
int search_result_minimal(const search_result *r);
/* Statistics: classes checked, seconds in total. */
int search_result_classes(const search_result *r);
double search_result_seconds(const search_result *r);
/* The last class checked (objects, morphisms), or 0, 0. */
void search_result_last_class(const search_result *r, int *objects, int *morphisms);

/* The names a counterexample's spec gives: the object whose identity f is
 * (or -1), and the morphism's name ("x<k>" for the identity of object k,
 * "f<k>" for the k-th non-identity morphism, 1-based). */
int search_identity_of(const property_model *m, int f);
void search_morphism_name(const property_model *m, int f, char *buf, size_t cap);

/* The counterexample m of s as a spec-v1 document: category CE (objects
 * x0.., non-identity morphisms f1.., an equation for every composable pair
 * of them: the composition table), task T (elements e0.. in every set), the
 * <search> itself and the claim
 *   <claim name="NAME-counterexample" search="NAME" task="T" expect="counterexample"/>
 * and, when the search mentions representability, the claim
 * T-representable / T-not-representable that `claims` decides with a
 * kernel-checked certificate.  A malloc'd string, NULL on OOM. */
char *search_counterexample_xml(const search *s, const property_model *m);

/* Load xml (display name `name`) with the ordinary spec loader (strict: two
 * declared morphisms that are equal are an error) and check that its task T
 * on category CE is a counterexample to s: the category has exactly the
 * model's numbers of objects and morphisms, and property_counterexample
 * holds; finally the proved kernel re-checks the loaded category and task
 * through answer_decide_representable (solver/answer.h), whose checked
 * verdict must equal the evaluator's `representable`.  YO_OK when
 * confirmed; YO_INTERNAL with the reason in d. */
yo_status search_confirm(const search *s, const property_model *m, const char *xml,
                         const char *name, diag_list *d);

#endif
