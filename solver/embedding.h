/* embedding.h — the properties of a functor F: C -> D that Theorem 3 is
 * about (`yoneda functor`, the functor claims): faithful (injective on
 * every Hom(X,Y)), full (onto every Hom(FX,FY)), injective on objects, and
 * full embedding (all three), each with a witness when it fails:
 *   not faithful: two morphisms f1 != f2: X -> Y with F(f1) = F(f2);
 *   not full: a morphism h: FX -> FY that no f: X -> Y maps to;
 *   not injective on objects: two objects x1 != x2 with F(x1) = F(x2).
 * Every witness is re-verified through functor_morphism (an independent
 * path: the normal form's word mapped generator by generator) before it is
 * returned.  A "yes" has no certificate beyond the exhaustive pass over
 * every morphism of C and every Hom(FX,FY) (docs/yoneda.md); F itself is
 * checked by kernel 6 in the tool.
 *
 * Ownership: embedding_analyse fills a caller-provided record; nothing to
 * free.  F is borrowed.
 */
#ifndef YONEDA_EMBEDDING_H
#define YONEDA_EMBEDDING_H

#include "specs/diag.h"
#include "specs/functor.h"

typedef struct embedding {
  int faithful, full, injective;   /* 1 yes, 0 no */
  int f1, f2;          /* not faithful: morphisms of C (f1 < f2) */
  int fx, fy, h;       /* not full: objects X, Y of C, morphism h of D */
  int x1, x2;          /* not injective: objects of C */
} embedding;

/* YO_OK (e filled) or YO_INTERNAL (OOM, or a witness that does not verify:
 * a bug; the reason in d). */
yo_status embedding_analyse(const functor *F, embedding *e, diag_list *d);

/* F(f) for every morphism f of C, along C's normal-form tree (out[f],
 * category_morphism_count(C) entries).  0, or -1 when a word does not trace. */
int embedding_morphism_images(const functor *F, int *out);

#endif
