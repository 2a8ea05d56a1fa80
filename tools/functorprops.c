/* functorprops.c — see functorprops.h. */
#include "tools/functorprops.h"

#include <stdio.h>

#include "proofs/check.h"
#include "tools/print.h"

/* The witness line of each property ("  f and g: a -> b both map to r"). */
void functorprops_witness_faithful(const functor *F, const embedding *e, char *buf, size_t cap)
{
  const category *C = functor_source(F), *D = functor_target(F);
  char a[200], b[200], h[200];
  snprintf(buf, cap, "%s and %s: %s -> %s both map to %s", print_morphism(C, e->f1, 0, a, sizeof a),
           print_morphism(C, e->f2, 0, b, sizeof b),
           category_object_name(C, category_source(C, e->f1)),
           category_object_name(C, category_target(C, e->f1)),
           print_morphism(D, functor_morphism(F, e->f1), 0, h, sizeof h));
}

void functorprops_witness_full(const functor *F, const embedding *e, char *buf, size_t cap)
{
  const category *C = functor_source(F), *D = functor_target(F);
  char h[200];
  snprintf(buf, cap, "%s: %s -> %s is not the image of any morphism %s -> %s",
           print_morphism(D, e->h, 0, h, sizeof h),
           category_object_name(D, functor_object(F, e->fx)),
           category_object_name(D, functor_object(F, e->fy)), category_object_name(C, e->fx),
           category_object_name(C, e->fy));
}

void functorprops_witness_injective(const functor *F, const embedding *e, char *buf, size_t cap)
{
  const category *C = functor_source(F), *D = functor_target(F);
  snprintf(buf, cap, "objects %s and %s both map to %s", category_object_name(C, e->x1),
           category_object_name(C, e->x2), category_object_name(D, functor_object(F, e->x1)));
}

yo_status functorprops_decide(const functor *F, embedding *e, diag_list *d)
{
  yo_status st = check_functor(F, d);
  if (st != YO_OK) return st;
  return embedding_analyse(F, e, d);
}

