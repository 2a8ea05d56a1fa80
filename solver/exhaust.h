/* exhaust.h — a <search> decided without SMT: every category of the census
 * (solver/census.h, one per isomorphism class) within the search's bounds,
 * every task on it within max-elements (every choice of set sizes and every
 * functorial action, property_each_task), every property evaluated by
 * solver/property.h.  An exhaustive bounded proof that cross-checks
 * `yoneda search` (`yoneda census --check FILE --search NAME`).
 *
 * Levels (m morphisms, n objects) are visited in the order the Z3 search
 * uses (m, then n); the first level with a counterexample is scanned to the
 * end and the counterexample with the fewest elements is kept (the first
 * one met among those), so the answer has the same sizes as search_run's.
 * Every property is invariant under isomorphism of the category, and all
 * tasks are enumerated on each representative, so one representative per
 * class suffices.
 *
 * Ownership: *out (a search_result, solver/search.h) is freed by the
 * caller with search_result_free.
 */
#ifndef YONEDA_EXHAUST_H
#define YONEDA_EXHAUST_H

#include "solver/search.h"

typedef struct exhaust_options {
  int morphisms;          /* only categories with exactly this many morphisms;
                             0: every m from 1 to the search's max-morphisms */
  int max_objects;        /* at most this many objects (0: the search's bound) */
  int shard_k, shard_n;   /* census shard K of N of every level (1/1: all) */
  double timeout;         /* CPU seconds for the census; <= 0: none */
} exhaust_options;

typedef struct exhaust_stats {
  long long categories;   /* census members visited */
  long long tasks;        /* tasks evaluated */
  double seconds;
} exhaust_stats;

void exhaust_options_init(exhaust_options *o);

/* YO_YES with a smallest counterexample in *out; YO_NO: none (in the
 * levels and shard asked for); YO_LIMIT: timeout; YO_USAGE / YO_INTERNAL
 * with the reason in d.  st may be NULL. */
yo_status exhaust_search(const search *s, const exhaust_options *o, search_result **out,
                         exhaust_stats *st, diag_list *d);

#endif
