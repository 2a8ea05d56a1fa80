/* transformation.h — a natural transformation alpha: S => T between two
 * tasks on the same category with the same variance (spec v1
 * <transformation>): one component alpha_x: S(x) -> T(x) per object.
 *
 * Naturality: for every generator g, with d = task_domain(S, g) and
 * c = task_codomain(S, g) (source/target for covariant tasks, swapped for
 * contravariant ones), and every e in S(d):
 *     T(g)(alpha_d(e)) == alpha_c(S(g)(e)).
 * Generators suffice: both tasks are functors.  The loader checks it here
 * (transformation_check_naturality, FILE:LINE errors); the proved kernel 5
 * re-checks it (proofs/check.h).
 *
 * Components are stored flat: component x occupies alpha[off(x) ..
 * off(x)+|S(x)|-1], off(x) = |S(0)| + ... + |S(x-1)|, which is the layout
 * the kernel and the engines (solver/natural.h) use.
 *
 * Ownership: transformation_new returns an object freed with
 * transformation_free; both tasks are borrowed and must outlive it; the
 * name is copied.
 */
#ifndef YONEDA_TRANSFORMATION_H
#define YONEDA_TRANSFORMATION_H

#include <stdio.h>

#include "specs/diag.h"
#include "specs/task.h"

typedef struct transformation transformation;

/* A transformation from S to T (same category and variance; NULL
 * otherwise or on OOM) with every component unset. */
transformation *transformation_new(const char *name, const task *from, const task *to,
                                   long line);
void transformation_free(transformation *a);
/* alpha_x := images (images[i] in T(x) is the image of element i of S(x)).
 * 0 on success, -1 on a value out of range. */
int transformation_set_component(transformation *a, int x, const int *images, long line);
/* All components at once from the flat layout (|S| entries). */
int transformation_set_flat(transformation *a, const int *alpha);

/* Every component set and every naturality square commutes.  Reports the
 * first failing square as "transformation A: S => T is not natural at
 * morphism g and element e of S(d): T(g)(A_d(e)) = ..., but A_c(S(g)(e))
 * = A_c(...) = ..." at the line of the component of d.  YO_OK/YO_INVALID. */
yo_status transformation_check_naturality(const transformation *a, const char *file,
                                          diag_list *d);

const char *transformation_name(const transformation *a);
long transformation_line(const transformation *a);
const task *transformation_from(const transformation *a);
const task *transformation_to(const transformation *a);
long transformation_component_line(const transformation *a, int x);
/* alpha_x(e), or -1 when unset / out of range. */
int transformation_apply(const transformation *a, int x, int e);
/* The flat layout: off[x] (m+1 entries, off[m] = |S|) and alpha (|S|
 * entries, -1 where unset).  Owned by a. */
const int *transformation_offsets(const transformation *a);
const int *transformation_values(const transformation *a);

/* Write alpha: S => T (flat layout) as a spec-v1 <transformation> element
 * named `name`, its tasks referred to by their names (specs/writer.h writes
 * the rest of a document).  0, or -1 on a write error (ferror). */
int transformation_write(FILE *f, const char *name, const task *S, const task *T,
                         const int *alpha);

#endif
