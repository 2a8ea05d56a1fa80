/* category.h — the finite category presented by objects, generating morphisms
 * and equations (spec v1 <category>), and its enumeration.
 *
 * A presentation is built with category_new / category_add_* and then
 * enumerated once with category_enumerate (Todd–Coxeter coset enumeration
 * over typed paths: one right Cayley graph per source object, nodes =
 * morphisms out of it, edges = generators, equations traced at every node,
 * coincidences merged with union-find; see docs/categories.md).  After a
 * successful enumeration the category answers queries in O(1) or O(word):
 * no N×N composition table is ever stored.
 *
 * Numbering (a contract the kernel and the solvers rely on):
 *  - objects 0..objects-1 and generators 0..generators-1 in declaration order;
 *  - morphisms 0..morphisms-1, grouped in blocks by source object in object
 *    order: the morphisms with source x are block_start(x) ..
 *    block_start(x)+block_size(x)-1, and identity(x) == block_start(x);
 *  - inside a block, morphisms are numbered in shortlex order of their normal
 *    forms (the shortlex-least path, generators compared by declaration
 *    order), so parent(f) < f for every non-identity f, where
 *    f == step(parent(f), parent_generator(f)).
 * Paths/words are arrays of generator indices in order of application
 * (word {f, g} means first f, then g).
 *
 * Ownership: category_new returns an object the caller frees with
 * category_free; names passed in are copied; strings and arrays returned by
 * accessors belong to the category.  An enumerated category is immutable and
 * may be shared read-only.
 */
#ifndef YONEDA_CATEGORY_H
#define YONEDA_CATEGORY_H

#include "specs/diag.h"

typedef struct category category;

/* Default for --max-morphisms. */
#define CATEGORY_DEFAULT_MAX_MORPHISMS 1000000

/* ---- building a presentation ------------------------------------------ */

/* A new, empty presentation named `name` (declared at `line`, 0 if none). */
category *category_new(const char *name, long line);
void category_free(category *c);

/* Add an object / generator; returns its index, or -1 on OOM.  Name
 * uniqueness is the loader's business.  `line` is where it was declared. */
int category_add_object(category *c, const char *name, long line);
int category_add_generator(category *c, const char *name, int source,
                           int target, long line);

/* Add the equation lhs = rhs between two well-typed words starting at object
 * `source` (an empty word is the identity of `source`); both must end at the
 * same object (the loader checks typing).  Returns the equation's index or
 * -1 on OOM. */
int category_add_equation(category *c, int source, const int *lhs, int nlhs,
                          const int *rhs, int nrhs, long line);

/* Enumerate the presented category.  YO_OK on success; YO_LIMIT when it has
 * more than max_morphisms morphisms or is infinite (decided in bounded time
 * and memory, proportional to max_morphisms: at most 3*max+65536 live nodes
 * and 64*max+2^22 node definitions; a category with exactly max_morphisms
 * morphisms succeeds); YO_INTERNAL on OOM; YO_INVALID if an equation is
 * ill-typed (the loader checks this first).  Calling it again after success
 * is a no-op; after a failure it may be called again (e.g. with a larger
 * limit). */
yo_status category_enumerate(category *c, int max_morphisms);

/* The opposite category: same objects and generator names, every generator
 * reversed, every equation's words reversed; enumerated with the same limit.
 * Morphism f of the result, read as its word reversed, is a morphism of c.
 * When c is enumerated the result borrows it to name its morphisms
 * (category_format_morphism): free the result before c.
 * NULL on failure, with *st set (YO_LIMIT or YO_INTERNAL). */
category *category_opposite(const category *c, int max_morphisms, yo_status *st);

/* ---- the presentation ---------------------------------------------------- */

const char *category_name(const category *c);
long category_line(const category *c);
int category_object_count(const category *c);
const char *category_object_name(const category *c, int x);
long category_object_line(const category *c, int x);
int category_find_object(const category *c, const char *name);      /* -1 */
int category_generator_count(const category *c);
const char *category_generator_name(const category *c, int g);
long category_generator_line(const category *c, int g);
int category_generator_source(const category *c, int g);
int category_generator_target(const category *c, int g);
int category_find_generator(const category *c, const char *name);   /* -1 */
int category_equation_count(const category *c);
/* Equation i: its source object, both words (owned by c), their lengths and
 * its line.  Any out-parameter may be NULL. */
void category_equation(const category *c, int i, int *source,
                       const int **lhs, int *nlhs, const int **rhs, int *nrhs,
                       long *line);
/* Target object of word w starting at `source`; -1 if ill-typed. */
int category_word_target(const category *c, int source, const int *w, int n);

/* ---- the enumerated category (only after category_enumerate) ------------ */

int category_is_enumerated(const category *c);
int category_morphism_count(const category *c);
int category_source(const category *c, int f);
int category_target(const category *c, int f);
int category_identity(const category *c, int x);
int category_block_start(const category *c, int x);
int category_block_size(const category *c, int x);
/* f;g for generator g (first f, then g); -1 if target(f) != source(g). */
int category_step(const category *c, int f, int g);
/* f;g for morphisms (first f, then g) by following g's normal form from f;
 * -1 if not composable. */
int category_compose(const category *c, int f, int g);
/* The morphism reached from identity(source) along word w; -1 if ill-typed. */
int category_trace(const category *c, int source, const int *w, int n);
/* The morphism of generator g: step(identity(source(g)), g). */
int category_generator_morphism(const category *c, int g);
/* Spanning tree of the normal forms: parent(f) < f and the last generator of
 * f's normal form; both -1 for identities. */
int category_parent(const category *c, int f);
int category_parent_generator(const category *c, int f);
/* Length of f's normal form (0 for identities). */
int category_word_length(const category *c, int f);
/* The enumeration's own arrays, read-only, for a caller that would
 * otherwise copy them (the kernel's flat arrays, proofs/flat.c): *tgt,
 * *parent and *pgen (one entry per morphism: category_target,
 * category_parent, category_parent_generator) and, when every object has
 * the same number D of generators out of it, *next with next[f * D + k] =
 * category_step(c, f, g) for the k-th generator g out of target(f) (in
 * declaration order), and *width = D; else *next = NULL and *width = -1.
 * Borrowed: valid while c and its enumeration live.  0 (and nothing set)
 * when c is not enumerated. */
int category_arrays(const category *c, const int **tgt, const int **parent, const int **pgen,
                    const int **next, int *width);
/* Write f's normal form into buf (cap entries); returns its length (which
 * may exceed cap: then buf holds only the first cap entries). */
int category_word(const category *c, int f, int *buf, int cap);
/* The identity of object x as text: "id_x", or plain "x" when "id_x" is
 * itself the name of an object or generator of c (reading "id_x" back
 * would then give that one; both forms are paths, see specs/path.h).
 * Returns the needed length, like snprintf. */
int category_format_identity(const category *c, int x, char *buf, int cap);
/* Normal form as text: generator names separated by spaces, or the
 * identity as category_format_identity writes it (spec-v1 path syntax).  With `reversed`, f is a
 * morphism of an opposite category read in the original one: for an
 * opposite built by category_opposite from an enumerated category, the
 * original's normal form of that morphism (so a morphism has one name,
 * whatever the variance of the task that lists it); otherwise the word
 * written last generator first.  Returns the needed length, like snprintf. */
int category_format_morphism(const category *c, int f, int reversed,
                             char *buf, int cap);
/* |Hom(x, y)| */
int category_hom_count(const category *c, int x, int y);

/* After category_enumerate returned YO_LIMIT: 1 if the cause was the width
 * of the coset table rather than the morphism limit.  The table keeps one
 * row of W entries per node (W = the most generators out of one object)
 * with 32-bit indices, so at most max_rows nodes fit; the block of `object`
 * needs at least `rows` (one morphism into each object its generators
 * reach).  Refused before the block's table is allocated when the bound
 * shows it, otherwise when the table is full.  0 otherwise (more than
 * max_morphisms morphisms, or infinite).  Any out-parameter may be NULL. */
int category_limit_width(const category *c, int *object, long *rows, int *width,
                         long *max_rows);

/* Statistics of the last enumeration, for benchmarks (may be 0). */
long category_nodes_defined(const category *c);
/* Which engine made the last enumeration of c: "coxeter" (a finite
 * crystallographic Coxeter presentation, possibly times cyclic groups: the
 * Cayley graph built along a chain of parabolic subgroups, no coset
 * enumeration), "groupoid" (Todd-Coxeter, every generator invertible) or
 * "general" (Todd-Coxeter); "" before any enumeration. */
const char *category_engine(const category *c);
size_t category_peak_bytes(const category *c);

#endif
