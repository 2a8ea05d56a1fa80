/* census_check.h — `yoneda census --check FILE --search NAME`: a <search>
 * decided exhaustively over the census of small categories (solver/exhaust.h)
 * instead of with Z3, as a cross-check of `yoneda search`.  The answer is
 * printed like `yoneda search`'s (first line "counterexample to search ..."
 * or "no counterexample to search ... within the bounds: ..."), then
 * "checked C categories and T tasks"; a counterexample is re-checked
 * (spec loader, evaluator, kernel) before it is printed.
 *
 * Ownership: nothing is retained.
 */
#ifndef YONEDA_CENSUS_CHECK_H
#define YONEDA_CENSUS_CHECK_H

#include "tools/cli.h"

/* morphisms: only categories with exactly that many (0: 1..max-morphisms
 * of the search); max_objects: also at most that many objects (0: the
 * search's bound); shard K of N of every census level.  Returns the exit
 * status: 10 counterexample, 20 none, 1 invalid input, 2 usage, 3 timeout,
 * 4 internal error. */
int census_check_run(const cli_command *cmd, const char *file, const char *name,
                     int morphisms, int max_objects, int shard_k, int shard_n,
                     const cli_common *common);

#endif
