/* functorprops.h — a functor's properties as the tool reports them (shared
 * by `yoneda functor` and the functor claims): kernel 6 on the functor,
 * then solver/embedding.h, and one line of text per witness.
 *
 * Ownership: nothing is retained; buffers are the caller's.
 */
#ifndef YONEDA_FUNCTORPROPS_H
#define YONEDA_FUNCTORPROPS_H

#include <stddef.h>

#include "solver/embedding.h"

/* Kernel 6 (check_functor), then embedding_analyse.  YO_OK with e filled;
 * YO_LIMIT / YO_INTERNAL with the reason in d. */
yo_status functorprops_decide(const functor *F, embedding *e, diag_list *d);

/* "f and g: a -> b both map to r" */
void functorprops_witness_faithful(const functor *F, const embedding *e, char *buf, size_t cap);
/* "h: FX -> FY is not the image of any morphism X -> Y" */
void functorprops_witness_full(const functor *F, const embedding *e, char *buf, size_t cap);
/* "objects x1 and x2 both map to y" */
void functorprops_witness_injective(const functor *F, const embedding *e, char *buf, size_t cap);

#endif
