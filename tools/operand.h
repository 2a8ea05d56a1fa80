/* operand.h — the task operands of `nat` and of the natural-transformations
 * claims: the name of a task of the spec, or `hom:X` for the representable
 * task of object X (Hom(X,-), or Hom(-,X) when the other operand is
 * contravariant), built with specs/hom.h on the other operand's category.
 *
 * Ownership: an operand owns the representable task and the opposite
 * category it built (operand_free releases them); a task of the spec is
 * borrowed.
 */
#ifndef YONEDA_OPERAND_H
#define YONEDA_OPERAND_H

#include <stddef.h>

#include "specs/spec.h"

typedef struct operand {
  const task *t;        /* the task to use */
  const char *name;     /* a spec-v1 name for it (the task's; Hom_X for hom:X) */
  task *owned;          /* set for hom:X */
  category *work;       /* the opposite category hom:X was built on, if any */
  char namebuf[300];
} operand;

/* Resolve `from` and `to` against s.  A hom:X operand takes the category and
 * variance of the other operand, or, when both are hom:, the only category
 * of the file, covariant.  YO_OK; YO_USAGE (unknown task or object, with a
 * message in err); YO_LIMIT / YO_INTERNAL (the opposite category could not
 * be built). */
yo_status operand_resolve_pair(const spec *s, const char *from, const char *to,
                               int max_morphisms, operand *a, operand *b, char *err,
                               size_t cap);
void operand_free(operand *o);

#endif
