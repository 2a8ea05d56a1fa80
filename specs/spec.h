/* spec.h — loading a yoneda spec v1 document (see docs/spec.md and
 * specs/schema/yoneda-1.rng): XML parsing with libxml2 (no network, no DTD,
 * no entity substitution, size-capped), RELAX NG validation, name
 * resolution, path typing, enumeration of every category, and the
 * functoriality checks of every task and functor.  All errors of a file are
 * reported in one run, schema errors and the loader's alike (the loader
 * checks a schema-invalid tree too), sorted by line, as FILE:LINE
 * diagnostics naming the element and names involved; the diag_list's cap
 * keeps the first ones by line and counts the rest.
 *
 * Ownership: spec_load_* returns (in *out, only on YO_OK) a spec the caller
 * frees with spec_free; every category, task, functor and claim returned by
 * the accessors (transformations too) belongs to the spec.
 */
#ifndef YONEDA_SPEC_H
#define YONEDA_SPEC_H

#include <stddef.h>

#include "specs/category.h"
#include "specs/diag.h"
#include "specs/functor.h"
#include "specs/search.h"
#include "specs/task.h"
#include "specs/transformation.h"

typedef struct spec spec;

typedef struct spec_options {
  int max_morphisms;   /* per category; default CATEGORY_DEFAULT_MAX_MORPHISMS */
  int strict;          /* warnings (e.g. equal declared morphisms) are errors */
  long max_bytes;      /* larger files are refused; default 64 MiB */
  const char *schema;  /* RELAX NG file; NULL = the built-in copy */
} spec_options;

/* A <claim>: what `yoneda claims` checks.  Attributes of later claim kinds
 * are read with spec_claim_attr. */
typedef struct spec_claim spec_claim;

void spec_options_init(spec_options *o);

/* Load a file / an in-memory document (display_name is used in messages).
 * YO_OK, YO_INVALID (errors in d), YO_LIMIT (a category over the limit, or
 * a file over max_bytes; an error in d says which), YO_INTERNAL (out of
 * memory, or the schema file cannot be read or compiled).  See docs/spec.md
 * for the checks and the messages. */
yo_status spec_load_file(const char *path, const spec_options *o, spec **out,
                         diag_list *d);
yo_status spec_load_buffer(const char *buf, size_t len, const char *display_name,
                           const spec_options *o, spec **out, diag_list *d);
void spec_free(spec *s);

const char *spec_file(const spec *s);
int spec_category_count(const spec *s);
const category *spec_category(const spec *s, int i);   /* document order */
const category *spec_find_category(const spec *s, const char *name);
int spec_task_count(const spec *s);
const task *spec_task(const spec *s, int i);
const task *spec_find_task(const spec *s, const char *name);
int spec_functor_count(const spec *s);
const functor *spec_functor(const spec *s, int i);
const functor *spec_find_functor(const spec *s, const char *name);
int spec_claim_count(const spec *s);
/* <transformation> elements (document order), each natural (checked). */
int spec_transformation_count(const spec *s);
const transformation *spec_transformation(const spec *s, int i);
const transformation *spec_find_transformation(const spec *s, const char *name);
const spec_claim *spec_claim_at(const spec *s, int i);

const char *spec_claim_name(const spec_claim *c);
const char *spec_claim_expect(const spec_claim *c);
long spec_claim_line(const spec_claim *c);
/* Any attribute of the <claim> element ("task", ...); NULL if absent. */
const char *spec_claim_attr(const spec_claim *c, const char *attr);

/* Parse a spec-v1 path ("f g", or an object name for an identity) in c into
 * a word of generator indices.  Returns the word length (>= 0) and sets
 * *source / *target, or -1 with a message in err (unknown name, names that
 * do not compose, empty path).
 * If the word is longer than cap, the full length n > cap is still returned
 * (and *source / *target set) but only the first cap entries are written:
 * call again with a buffer of n entries.  cap may be 0 (word may then be
 * NULL) to ask for the length only.  Object names inside a path are
 * identities ("x f" = f when f starts at x).  Names are looked up with
 * category_find_object / category_find_generator. */
int spec_parse_path(const category *c, const char *text, int *word, int cap,
                    int *source, int *target, char *err, size_t errcap);

/* ---- searches (issue 9): the <search> elements, in document order ---- */
int spec_search_count(const spec *s);
const search *spec_search(const spec *s, int i);
const search *spec_find_search(const spec *s, const char *name);

#endif
