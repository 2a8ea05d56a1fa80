/* natcount.h — a count of natural transformations the tool may print
 * (shared by `yoneda nat` and the natural-transformations claims): kernels
 * 1 and 2 on both tasks, the engine (solver/natural.h), then kernel 5 on
 * every transformation found and a check that they are pairwise distinct.
 * That the engine found all of them is not certified: it rests on the
 * search being exhaustive (docs/yoneda.md).
 *
 * Ownership: natcount_run returns in *out a result the caller frees with
 * nat_result_free.  The tasks are borrowed.
 */
#ifndef YONEDA_NATCOUNT_H
#define YONEDA_NATCOUNT_H

#include "solver/natural.h"

/* YO_OK with *out set; YO_LIMIT (limit, timeout, too large for the kernel);
 * YO_INTERNAL with *rejected = 1 when a kernel rejected (reason in d). */
yo_status natcount_run(const task *S, const task *T, const nat_options *o, int max_morphisms,
                       nat_result **out, int *rejected, diag_list *d);

/* Kernel 5 on every member of r, then distinctness.  YO_OK, or the
 * kernel's verdict with a reason in d. */
yo_status natcount_certify(const task *S, const task *T, const nat_result *r, diag_list *d);

#endif
