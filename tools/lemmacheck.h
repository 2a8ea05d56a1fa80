/* lemmacheck.h — the Yoneda lemma on one task, checked (shared by `yoneda
 * lemma` and the `yoneda` claims): kernels 1 and 2 on the task, then for
 * every object X the |T(X)| transformations alpha^u of solver/lemma.h, each
 * checked by kernel 5 and evaluated at the identity, the tree argument that
 * there are no others, and naturality in X on every generator.
 *
 * Ownership: lemmacheck_run fills a caller-provided report whose rows it
 * allocates; lemmacheck_free releases them.  The task is borrowed.
 */
#ifndef YONEDA_LEMMACHECK_H
#define YONEDA_LEMMACHECK_H

#include "specs/diag.h"
#include "specs/task.h"

typedef struct lemmacheck_row {
  int object;
  int tsize;        /* |T(X)| */
  long homsize;     /* |Hom(X,-)| (all targets) */
  long nat;         /* |Nat(Hom(X,-),T)|: transformations checked, no others */
} lemmacheck_row;

typedef struct lemmacheck_report {
  int nrows;
  lemmacheck_row *rows;
  long checked;     /* transformations accepted by kernel 5 */
  long squares;     /* naturality-in-X checks (generator, element) */
  int generators;   /* generators the naturality in X was checked on */
} lemmacheck_report;

/* YO_OK when the lemma holds on every object; YO_INTERNAL when something
 * failed (kernel rejection or a failed check: a bug; the reason in d);
 * YO_LIMIT when the instance is too large for the kernel. */
yo_status lemmacheck_run(const task *T, int max_morphisms, lemmacheck_report *r, diag_list *d);
void lemmacheck_free(lemmacheck_report *r);

#endif
