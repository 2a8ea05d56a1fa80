/* cert.h — representability certificates (Theorem 1): the in-memory record
 * and its versioned XML form (proofs/schema/cert-1.rng, docs/certificates.md).
 *
 * Ids in a rep_cert refer to the *working category* of the task: the task's
 * own category for a covariant task, its opposite (category_opposite) for a
 * contravariant one — there T is covariant and Hom(-,P) of C is Hom(P,-) of
 * C^op.  The XML form names everything (objects, elements, and morphisms as
 * spec-v1 paths of the task's own category C), so a certificate can be read
 * back against a spec and re-checked without any solver.
 *
 * Positive (representable by P with universal element u): P, u and, for
 * every morphism f: P → Y of the working category, the element T(f)(u) of
 * T(Y) (the natural isomorphism Hom(P,-) ≅ T, component by component).
 * Negative: for every object P one witness that no u ∈ T(P) is universal:
 *   EMPTY        T(P) is empty: no candidate u at all;
 *   CARDINALITY  an object Y with |Hom(P,Y)| != |T(Y)|;
 *   PER_ELEMENT  for each u ∈ T(P), in order, one element witness:
 *     COLLISION  two distinct f1, f2: P → Y with T(f1)(u) = T(f2)(u);
 *     UNREACHED  an element e of T(Y) that no f: P → Y sends u to.
 *
 * Ownership: cert_new returns a record freed with cert_free; arrays inside
 * belong to the record.  cert_read returns a new record on YO_OK.
 */
#ifndef YONEDA_CERT_H
#define YONEDA_CERT_H

#include <stdio.h>

#include "specs/diag.h"
#include "specs/task.h"

typedef enum cert_verdict {
  CERT_REPRESENTABLE = 1,
  CERT_NOT_REPRESENTABLE = 2
} cert_verdict;

typedef enum cert_witness_kind {
  WIT_EMPTY = 1,
  WIT_CARDINALITY = 2,
  WIT_PER_ELEMENT = 3,
  WIT_COLLISION = 4,
  WIT_UNREACHED = 5
} cert_witness_kind;

/* Per-object witness of a negative certificate. */
typedef struct cert_object_witness {
  int kind;     /* WIT_EMPTY, WIT_CARDINALITY or WIT_PER_ELEMENT */
  int object;   /* CARDINALITY: the object Y */
  int first;    /* PER_ELEMENT: index of T(P)'s first element witness */
} cert_object_witness;

/* Element witness: for u = element index within T(P). */
typedef struct cert_element_witness {
  int kind;     /* WIT_COLLISION or WIT_UNREACHED */
  int object;   /* Y */
  int f1, f2;   /* COLLISION: morphisms P → Y (working-category ids), f1 != f2 */
  int element;  /* UNREACHED: element of T(Y) */
} cert_element_witness;

typedef struct rep_cert {
  cert_verdict verdict;
  char *task;                 /* task name */
  task_variance variance;
  /* positive */
  int object, element;        /* P and u */
  int nimages;                /* = block_size(P) of the working category */
  int *images;                /* images[k] = T(block_start(P)+k)(u), an element
                                 of T(target) — the component bijections */
  /* negative */
  int nobjects;               /* = object count: one entry per P */
  cert_object_witness *objects;
  int nelements;
  cert_element_witness *elements;
} rep_cert;

rep_cert *cert_new(cert_verdict v, const char *task, task_variance var);
void cert_free(rep_cert *c);

/* Write c as XML to the stream f.  `work` is the working category the ids
 * refer to; morphisms are written as paths of the task's own category.
 * The caller owns f and how it reaches a file (tools/outfile.h replaces
 * files atomically); on an error the stream holds garbage and the caller
 * discards it.  YO_OK, or YO_INTERNAL (inconsistent record or a write
 * error on f) with the reason in d. */
yo_status cert_write(const rep_cert *c, const task *t, const category *work, FILE *f,
                     diag_list *d);

/* Certificates larger than this are refused (YO_LIMIT).  The writer has
 * no limit of its own below this one: anything represent can decide within
 * --max-morphisms is far smaller. */
#define CERT_MAX_BYTES (1024L * 1024L * 1024L)

/* Read a certificate for task t (working category `work`) from path ("-":
 * standard input; pipes work) through the spec loader's reader and parser
 * (specs/xml.h: capped, UTF-8 only, no DTD, no entities, no network), then
 * validate it against cert-1.rng, resolve every name and trace every path.
 * A certificate for another task/spec fails here or in the kernel.
 * YO_OK, YO_INVALID (unreadable or malformed; errors in d), YO_LIMIT
 * (larger than CERT_MAX_BYTES) or YO_INTERNAL (out of memory). */
yo_status cert_read(const char *path, const task *t, const category *work,
                    rep_cert **out, diag_list *d);

/* The same on buf[0..len) (`name` for messages). */
yo_status cert_read_buffer(const char *buf, size_t len, const char *name, const task *t,
                           const category *work, rep_cert **out, diag_list *d);

/* The task a certificate in buf[0..len) names (its root's task="..."),
 * malloc'ed, or NULL: malformed (errors in d, `name` for messages), no
 * such attribute, or out of memory. */
char *cert_task_of(const char *buf, size_t len, const char *name, diag_list *d);

#endif
