/* category_internal.h — the representation of a category, shared by the
 * files that implement specs/category.h (not a public header: nothing outside
 * specs/category*.c and specs/coset*.c includes it).
 *
 *  - category.c: the presentation (building, its queries, copies, the
 *    opposite) and the queries of the enumerated category;
 *  - category_enumerate.c: the block driver (category_enumerate), which
 *    fills the "enumerated category" fields below from the coset tables.
 *
 * Ownership: every pointer in struct category is owned by the category and
 * freed by category_free (the enumeration's arrays by
 * category_free_enumeration).  Names are stored as copies; the name tables
 * borrow those copies as keys.
 */
#ifndef YONEDA_CATEGORY_INTERNAL_H
#define YONEDA_CATEGORY_INTERNAL_H

#include <stdint.h>

#include "specs/category.h"
#include "specs/names.h"

typedef struct equation {
  int source;
  int *lhs, nlhs;
  int *rhs, nrhs;
  long line;
} equation;

struct category {
  char *name;
  long line;
  int nobj, cobj;
  char **oname;
  long *oline;
  int ngen, cgen;
  char **gname;
  long *gline;
  int *gsrc, *gtgt;
  int neq, ceq;
  equation *eqs;
  names *onames, *gnames; /* name -> first index with that name */

  /* the enumerated category */
  int enumerated;
  int nmor;
  int *bstart;            /* nobj+1 */
  int *mtgt, *mpar, *mpgen;
  /* normal-form lengths: a block is numbered in shortlex order, so its
   * lengths ascend; lstart lists where each length starts (a morphism),
   * block x's from lstart[lvoff[x]] (its identity) to before lvoff[x+1]
   * (nobj+1 entries), so the length of f is the index of the last entry
   * <= f minus lvoff[block]: one int per length, not per morphism */
  int *lstart, *lvoff;
  int nlev;
  int64_t *row;           /* nmor+1: offsets of each morphism's row in next,
                             or NULL when every object has `width`
                             generators out of it (row f at f*width) */
  int width;
  int *next;              /* rows: one entry per generator out of target(f) */
  int *outoff, *outgen;   /* generators grouped by source: outgen[outoff[y]..] */
  int *local;             /* local[g]: position of g among its source's generators */
  int *hoff, *htgt, *hcnt; /* per block: (target, count) pairs sorted by target */

  /* for an opposite built from an enumerated category: that category
     (borrowed), so that a morphism is named by its normal form there */
  const category *orig;

  long defined;
  int engine;             /* of the last enumeration (category_engine):
                             0 none, 1 general, 2 groupoid, 3 coxeter */
  size_t peak;
  /* why the last enumeration returned YO_LIMIT, if the table width:
   * category_limit_width */
  int wide, wide_object, wide_width;
  long wide_rows, wide_max_rows;
};

/* Offset of morphism f's row in c->next. */
static inline int64_t category_row(const category *c, int f)
{
  return c->row ? c->row[f] : (int64_t)f * c->width;
}

/* Free the enumeration's arrays and mark c not enumerated (the statistics
 * `defined` and `peak` are kept). */
void category_free_enumeration(category *c);

/* 1 if both sides of every equation are well-typed paths from its source
 * ending at the same object, else 0. */
int category_equations_typed(const category *c);

/* A new presentation with c's objects, generators and equations (not its
 * enumeration).  With `reversed`, every generator and every equation is
 * reversed (the opposite category).  NULL with *st set (YO_INTERNAL on OOM,
 * YO_INVALID for an ill-typed equation when reversed). */
category *category_copy_presentation(const category *c, int reversed, yo_status *st);

/* Group the first `ngen` generators of c by source object: allocate and fill
 * c->outoff (nobj+1), c->outgen and c->local (the generator's position among
 * those of its source, in declaration order).  0 on OOM. */
int category_layout_generators(category *c, int ngen);

#endif
