/* check_internal.h — what the files of the trusted path (proofs/check*.c)
 * share and no one else needs: the flat arrays of kernels 1 and 2, the
 * runs of kernels 1 and 2 on them, the prepared context, and the user's
 * names for the objects, morphisms and elements a rejection is about.
 *
 * Ownership: a flat_cat / flat_task is owned by whoever filled it and
 * freed with check_flat_cat_free / check_flat_task_free (safe after a
 * failed fill).  Names are written into the caller's buffer.
 */
#ifndef YONEDA_CHECK_INTERNAL_H
#define YONEDA_CHECK_INTERNAL_H

#include "proofs/check.h"
#include "proofs/flat.h"

/* A category as kernel 1 reads it (kcategory.h). */
typedef struct flat_cat {
  int n, m, G, D, E, W;
  const int *src, *tgt, *next, *parent, *pgen; /* borrowed or in own (flat.h) */
  int *gsrc, *gtgt, *gslot, *ogen, *root;
  int *eq_src, *woff, *wlen, *wgen;
  int *toff, *tnode, *tpos;   /* the nodes by target object (kcategory.h);
                                 tnode, tpos in own, maybe one array */
  flat_owned own;
} flat_cat;

/* A task's action tables as kernel 2 reads them (ktask.h). */
typedef struct flat_task {
  int A;
  int *sz, *aoff;
  const int *act;   /* act_own, or borrowed from the task (task_map_block) */
  int *act_own;
} flat_task;

void check_flat_cat_free(flat_cat *f);
void check_flat_task_free(flat_task *f);

/* Flatten c into f and run kernel 1 on it: YO_OK when accepted (f then
 * holds the accepted arrays), YO_INTERNAL with the reason in d when
 * rejected, YO_LIMIT when too large.  f is freeable in every case.  With
 * `reversed`, c is the opposite a contravariant task works on, and a
 * rejection names its morphisms and equations as the original's. */
yo_status check_category_kernel(const category *c, int reversed, flat_cat *f, diag_list *d);

/* The part of kernel 1 that rejected (check_kernel1_locate), in the order
 * the parts are tried. */
typedef enum k1_part {
  K1_ACCEPTED = -1,
  K1_RANGES,      /* kcat_ranges, kcat_word_ranges */
  K1_SLOTS,       /* kcat_slots */
  K1_EDGES,       /* kcat_edges */
  K1_ROOTS,       /* kcat_roots */
  K1_TREE,        /* kcat_tree */
  K1_INDEX,       /* kcat_index */
  K1_EQUATIONS,   /* kcat_equations */
  K1_UNLOCATED    /* none of the parts: only the conjunction kcat_check */
} k1_part;

/* The first part of kernel 1 that f fails (after the proved conjunction
 * kcat_check rejected it): only to locate a rejection (the equations part
 * is the costly one: O(equations x morphisms)). */
k1_part check_kernel1_locate(const flat_cat *f);

/* How an explanation names things: objects, generators and equations of
 * c (words last generator first with `reversed`), and node v of the flat
 * graph through node(ctx, v, buf, cap). */
typedef struct check_names {
  const category *c;
  int reversed;
  const char *(*node)(const void *ctx, int v, char *buf, int cap);
  const void *ctx;
} check_names;

/* node for an enumerated category (ctx): its normal forms; _op for an
 * opposite, named by the original's normal forms. */
const char *check_node_morphism(const void *c, int v, char *buf, int cap);
const char *check_node_morphism_op(const void *c, int v, char *buf, int cap);

/* Why f fails part `part` of kernel 1, in nm's names, into why (a phrase
 * to follow "kernel rejected category 'C': "). */
void check_kernel1_explain(const flat_cat *f, k1_part part, const check_names *nm, char *why,
                           size_t cap);

/* The node reached from node v of f along the word w (len generators), or
 * -1 when a step does not compose (untrusted: diagnostics only). */
int check_trace(const flat_cat *f, const int *w, int len, int v);

/* Flatten t (read covariantly on `work`, flattened in c and accepted by
 * kernel 1) into f and run kernel 2: statuses as above. */
yo_status check_task_kernel(const task *t, const category *work, const flat_cat *c,
                            flat_task *f, diag_list *d);

/* A category, and possibly a task on it, accepted by kernels 1 and 2. */
struct check_context {
  const category *work;
  flat_cat *cat;        /* accepted by kernel 1 */
  int own_cat;          /* cat belongs to this context (else to a cached one) */
  const task *t;        /* NULL: kernel 1 only */
  flat_task ft;         /* accepted by kernel 2 (t set) */
};

/* A context holding kernel 1's verdict on work (`reversed`: the opposite
 * of a contravariant task's category, see check_category_kernel). */
yo_status check_prepare_category(const category *work, int reversed, check_context **out,
                                 diag_list *d);

/* A task context on top of a category context (borrowed: it must outlive
 * the result). */
yo_status check_prepare_task(const check_context *base, const task *t, check_context **out,
                             diag_list *d);

/* ---- the user's names, for diagnostics ------------------------------------ */

/* Morphism f of c as the user writes it (category_format_morphism; with
 * `reversed`, f of an opposite category read in the original), or
 * "(undefined)" / "(out of range)". */
const char *check_morphism_text(const category *c, int f, int reversed, char *buf, int cap);

/* The word w (n generators of c, from object x) as a path, last generator
 * first with `reversed` (a word of an opposite category in the original's
 * reading); the identity of x when n == 0. */
void check_word_text(const category *c, int x, const int *w, int n, int reversed, char *buf,
                     int cap);

/* Object x's name, or "(out of range)". */
const char *check_object_text(const category *c, int x);

/* Element e of T(x) by its name in task t, "(undefined)" for e < 0 (a
 * value the trace could not reach), or "(out of range)". */
const char *check_element_text(const task *t, int x, long e);

#endif
