/* excert.h — exact category certificates: the record, its XML form
 * (proofs/schema/exact-1.rng, docs/certificates.md) and its check by kernel
 * 7 (proofs/kernel/kexact.h, docs/trust.md).
 *
 * A certificate states the whole enumerated category of a presentation and
 * why it is not over-collapsed:
 *   - the morphisms 0 .. n-1, each an identity (of an object) or its
 *     parent morphism followed by one generator: the spanning tree of the
 *     normal forms;
 *   - every other edge f --g--> h of the Cayley graph, in deduction order,
 *     with its deduction: at morphism k, equation e (0-based in the order
 *     of the presentation), the side `full` traced in full from k reaches
 *     h, and the other side without its last generator g reaches f; every
 *     edge used by the two traces is a tree edge or an earlier deduced edge;
 *   - lemmas: equations lhs = rhs between paths, each proved by a chain of
 *     rewriting steps (replace, at a position, one side of an equation of
 *     the presentation or of an earlier lemma by its other side); a
 *     deduction may use a lemma as well as an equation.  The equation
 *     numbers of deductions and steps are combined: 0 .. E-1 the
 *     presentation's equations, E + l lemma l.
 * Kernel 7 accepts exactly when kernel 1 accepts the graph and every edge is
 * a tree edge or validly deduced; then the enumerated category is
 * isomorphic to the presented one (docs/trust.md).
 *
 * proofs/excert.c holds the record and the checks, proofs/excert_xml.c the
 * XML writer and reader.
 *
 * Ownership: excert_new / excert_read return records freed with
 * excert_free; arrays inside belong to the record.  Presentations and
 * categories are borrowed.
 */
#ifndef YONEDA_EXCERT_H
#define YONEDA_EXCERT_H

#include <stdio.h>

#include "specs/category.h"
#include "specs/diag.h"

typedef struct excert {
  int n;          /* morphisms */
  int *idobj;     /* [n] the object of an identity, -1 for the others */
  int *parent;    /* [n] the parent morphism (-1 for identities) */
  int *pgen;      /* [n] the last generator of the normal form (-1: identity) */
  int nedges;     /* deduced edges, in deduction order */
  int *efrom, *egen, *eto;        /* [nedges] the edge efrom --egen--> eto */
  int *enode, *eeq, *efull;       /* [nedges] its deduction: morphism k,
                                     equation e, full side 0 = lhs, 1 = rhs */
  int *egap;                      /* [nedges] the position (0-based) of the
                                     edge's generator in the other side */
  int cap;                        /* allocated length of the edge arrays */
  int nlemmas, lcap;
  int *lobj;                      /* [nlemmas] the source object */
  int *llhs, *llen;               /* [nlemmas] the lhs: words[llhs .. +llen) */
  int *lfirst;                    /* [nlemmas+1] lemma l's steps are
                                     lfirst[l] .. lfirst[l+1]-1; its rhs is
                                     the word of its last step */
  int nsteps, scap;
  int *seq, *sside, *spos;        /* [nsteps] equation (combined number),
                                     side replaced (0 lhs, 1 rhs), position
                                     (generators before it) */
  int *sword, *slen;              /* [nsteps] the word after the step */
  int nwords, wcap;
  int *words;                     /* the word pool */
} excert;

/* A record for n morphisms (arrays allocated, edge list empty); NULL on
 * OOM. */
excert *excert_new(int n);
void excert_free(excert *x);
/* Append a deduced edge; 0, or -1 on OOM. */
int excert_add_edge(excert *x, int from, int gen, int to, int node, int eq,
                    int full, int gap);

/* Append a lemma with its lhs (a path out of object obj; the steps follow
 * with excert_add_step); its number, or -1 on OOM. */
int excert_add_lemma(excert *x, int obj, const int *lhs, int len);
/* Append a step to the last lemma: replace side `side` of equation `eq`
 * (combined number) at position pos, giving word w; 0, or -1 on OOM. */
int excert_add_step(excert *x, int eq, int side, int pos, const int *w,
                    int len);

/* Kernel 7 on certificate x for the presentation of `pres` (its objects,
 * generators and equations: the spec's, never its enumeration).  When
 * `enumerated` is non-NULL (normally pres itself, enumerated), the
 * certificate's graph must also be exactly that category's: same morphism
 * numbering, spanning tree and edges (then the category yoneda works with
 * is the one certified).  YO_OK when accepted; YO_INTERNAL when rejected,
 * with the first failing edge and deduction named in d (or OOM); YO_LIMIT
 * when too large for the kernel's int indices. */
yo_status excert_check(const category *pres, const excert *x,
                       const category *enumerated, diag_list *d);

/* The opposite category's presentation is the reversal of c's: same
 * objects, every generator reversed (same name, source and target
 * swapped), every equation's words reversed, in the same order.  Trusted,
 * simple code (the opposite is built by untrusted code); YO_OK or
 * YO_INTERNAL with the difference in d. */
yo_status excert_check_opposite(const category *c, const category *op,
                                diag_list *d);

/* Write x as XML (exact-1.rng) for category c to the stream fp (the
 * caller's file: tools/outfile.h replaces files atomically).  Its size in
 * bytes in *bytes (may be NULL; 0 when fp cannot tell).  YO_OK, or
 * YO_INTERNAL on a write error (the stream then holds garbage). */
yo_status excert_write(const excert *x, const category *c, FILE *fp,
                       long *bytes, diag_list *d);

/* Read a certificate for the presentation of c from path: validated
 * against the schema (streaming), names resolved against c.  Numbers are
 * not judged here (the kernel does): YO_OK, YO_INVALID (malformed, wrong
 * category, unknown names; errors in d) or YO_INTERNAL (OOM). */
yo_status excert_read(const char *path, const category *c, excert **out,
                      diag_list *d);
/* The same on the len bytes at buf, named `name` in diagnostics. */
yo_status excert_read_buffer(const char *buf, size_t len, const char *name,
                             const category *c, excert **out, diag_list *d);

/* proofs/schema/exact-1.rng as built into the library by make
 * (build/gen/excert_schema.c, tools/embed/embed.c). */
extern const char excert_schema_rng[];
extern const unsigned long excert_schema_rng_length;

#endif
