/* functor.h — a functor F: C → D between presented categories (spec v1
 * <functor>): an object of D for every object of C and a path of D for
 * every generator of C, respecting C's equations.
 *
 * Ownership: functor_new returns a functor the caller frees with
 * functor_free; both categories are borrowed (enumerated, and must outlive
 * it); words are copied.
 */
#ifndef YONEDA_FUNCTOR_H
#define YONEDA_FUNCTOR_H

#include "specs/category.h"
#include "specs/diag.h"

typedef struct functor functor;

functor *functor_new(const char *name, const category *source,
                     const category *target, long line);
void functor_free(functor *F);
/* F(x) := y.  0 on success, -1 on error. */
int functor_set_object(functor *F, int x, int y, long line);
/* F(g) := word w of D (generators of D in order of application) starting at
 * F(source g); an empty word is the identity.  0 on success, -1 on OOM. */
int functor_set_generator(functor *F, int g, const int *w, int n, long line);
/* Typing (F(g) goes from F(source g) to F(target g)) and every equation of C
 * mapped to equal morphisms of D.  A broken equation is reported at the
 * line of the <map> of the generator where its two sides part ways
 * (path_divergence), naming the equation, its line and both sides' images
 * in D (with their normal forms where those differ).  YO_OK or
 * YO_INVALID. */
yo_status functor_check(const functor *F, const char *file, diag_list *d);

const char *functor_name(const functor *F);
long functor_line(const functor *F);
const category *functor_source(const functor *F);
const category *functor_target(const functor *F);
int functor_object(const functor *F, int x);
/* The word of D that generator g maps to (owned by F). */
void functor_generator_word(const functor *F, int g, const int **w, int *n);
long functor_generator_line(const functor *F, int g);
/* F(f) as a morphism id of D (f a morphism id of C); -1 on error. */
int functor_morphism(const functor *F, int f);

#endif
