/* spec_load.h — the spec loader's inside, shared by the files that read
 * one kind of element each (not a public header):
 *   spec_load.c      the pass over the document: names of every element,
 *                    duplicates, the order of the kinds, shared helpers
 *   spec_category.c  <category>: presentation, typing, enumeration
 *   spec_task.c      <task> and <transformation> (maps between tasks)
 *   spec_functor.c   <functor>
 *   spec_claim.c     <claim> and <search>
 * spec.c turns what the loader built into a spec.
 *
 * The loader runs on every document that parses, also one the schema
 * rejected (L->schema_failed): then every attribute may be missing or
 * malformed and any element may stand anywhere.  A missing required
 * attribute or a malformed name is a structural problem: reported by the
 * schema walk when the schema failed, by loader_structural otherwise (a lax
 * schema file), and in both cases the loader marks the load invalid and
 * skips what depends on it silently, so one mistake gives one message.
 *
 * Ownership: everything hangs off the loader; loader_free and
 * loader_drop_loaded release it.
 */
#ifndef YONEDA_SPEC_LOAD_H
#define YONEDA_SPEC_LOAD_H

#include <stddef.h>

#include <libxml/tree.h>

#include "specs/category.h"
#include "specs/diag.h"
#include "specs/functor.h"
#include "specs/names.h"
#include "specs/search.h"
#include "specs/spec.h"
#include "specs/task.h"
#include "specs/transformation.h"

struct spec_claim {
  char *name;
  long line;
  int nattr;
  char **key;
  char **val;
};

/* A <category>, <task>, <functor>, <transformation> or <claim>. */
typedef struct item {
  xmlNodePtr node;
  char *name;        /* kept; "(unnamed)" if absent or malformed */
  int dup;           /* not the first of its name: skipped */
  int first;         /* for a duplicate: the item declared first */
  int unnamed;       /* no usable name: checked, but not in the name index */
} item;

typedef struct catinfo {
  category *c;
  names *index;      /* object x -> 2x, generator g -> 2g+1, broken morphism -> LOAD_BROKEN */
  int errors;        /* errors in the presentation */
  int usable;        /* enumerated */
} catinfo;

#define LOAD_BROKEN (-2)

/* Kinds of top-level elements, loaded in this order. */
enum { K_CATEGORY, K_TASK, K_FUNCTOR, K_CLAIM, K_TRANSFORMATION, K_KINDS, K_OTHER = K_KINDS };

typedef struct loader {
  const char *file;
  const spec_options *o;
  diag_list *d;
  int schema_failed;      /* the schema rejected the document (its walk reported why) */
  int schema_errors;      /* diagnostics in d from the schema, before the loader's */
  int invalid, limit, oom;
  item *items;
  int nitems;
  names *kind_index[K_KINDS];   /* one per kind: name -> item */
  catinfo *cats;          /* parallel to items (only categories filled) */
  char **keep;            /* xmlFree'd strings that index keys point into */
  size_t nkeep, akeep;
  task **tasks;
  int ntask;
  char *task_ok;          /* parallel to tasks: loaded without errors */
  functor **funs;
  int nfun;
  spec_claim **claims;
  int nclaim;
  transformation **trans;
  int ntrans;
  search **searches;      /* loaded after every other kind */
  int nsearch;
  names *search_names;    /* name -> index in searches */
} loader;

/* Room for xml_describe's text in a message. */
#define LOAD_DESC 300

/* ---- spec_load.c: the pass and its helpers ---- */

/* Load every element of the document under root (a <yoneda> element). */
void loader_run(loader *L, xmlNodePtr root);
void loader_free(loader *L);
/* Free what was loaded and not moved into a spec. */
void loader_drop_loaded(loader *L);

int loader_kind_of(const xmlNode *n);
int loader_is_element(const xmlNode *n, const char *tag);
void loader_error(loader *L, const xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* A structural problem (see the top): reported here only if the schema
 * accepted the document; the load is invalid either way. */
void loader_structural(loader *L, const xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Keep an xmlGetProp string alive until the end of loading. */
char *loader_keep(loader *L, char *s);
/* Attribute attr of n (xmlFree it), or NULL after a structural problem
 * when it is absent and `required`. */
char *loader_attr(loader *L, const xmlNode *n, const char *attr, int required);
/* loader_attr without a copy (xml_attr_ref): the caller xmlFrees *owned. */
const char *loader_attr_ref(loader *L, const xmlNode *n, const char *attr, int required,
                            char **owned);
/* The same for an attribute holding one name: NULL too (a structural
 * problem) when the value is not a valid name. */
char *loader_name_attr(loader *L, const xmlNode *n, const char *attr, int required);
/* 0 if some token of the list `text` is not a valid name (a structural
 * problem, reported for attribute attr of n); 1 otherwise. */
int loader_names_valid(loader *L, const xmlNode *n, const char *attr, const char *text);
/* v equals the token lit after white-space collapsing (an XML token). */
int loader_token_is(const char *v, const char *lit);

/* path_parse growing *word as needed; PATH_SKIP (and L->oom) on OOM. */
int loader_parse_path(loader *L, const category *c, const names *index, const char *text,
                      int **word, int *cap, int *src, int *tgt, char *err, size_t errcap);
/* 1 (and the load marked invalid) if path_parse's failure r is a malformed
 * name or an empty path after a schema failure: the walk reported it, say nothing more. */
int loader_path_reported(loader *L, int r, const char *err);
/* Element names `text` of the set T(x), as indices into img (k entries,
 * k = the set size of the domain; *img = into when into is not NULL, else
 * malloc'ed): 0, or -1 after an error at n (unknown element, wrong count)
 * or OOM. */
int loader_elements(loader *L, const xmlNode *n, const task *src, int dom, const task *dst,
                    int cod, const char *text, int *into, int **img);

/* " (did you mean 'x'?)" for an unknown object (kinds & HINT_OBJECTS) or
 * morphism (kinds & HINT_MORPHISMS) of c, or "" when none is close. */
enum { HINT_OBJECTS = 1, HINT_MORPHISMS = 2 };
const char *loader_hint_in_category(const category *c, const char *want, int kinds, char *buf,
                                    size_t cap);
/* The same for an unknown category / task / functor name (kind K_*). */
const char *loader_hint_item(const loader *L, int kind, const char *want, char *buf, size_t cap);
catinfo *loader_find_category(loader *L, const char *name);
/* The loaded task named `name` (index into L->tasks), or -1. */
int loader_find_task(const loader *L, const char *name);
/* Object / generator of a category named by `name` through ci->index, or
 * -1; *broken set when the name is a morphism whose declaration failed. */
int loader_object(const catinfo *ci, const char *name);
int loader_generator(const catinfo *ci, const char *name, int *broken);

/* The object (kind HINT_OBJECTS) or generator (HINT_MORPHISMS) of ci that
 * element n names (`name`, NULL if absent: -1 silently), claimed for n in
 * line[] (one element per object / generator): its index; -1 after
 * reporting an unknown name or a second element for it; LOAD_BROKEN
 * silently for a morphism whose declaration failed. */
int loader_claim(loader *L, const catinfo *ci, const xmlNode *n, const char *name, int kind,
                 long *line);

/* ---- one kind each ---- */
void loader_read_category(loader *L, int it);      /* spec_category.c */
void loader_read_task(loader *L, int it);          /* spec_task.c */
void loader_read_transformation(loader *L, int it);
void loader_read_functor(loader *L, int it);       /* spec_functor.c */
void loader_read_claim(loader *L, int it);         /* spec_claim.c */
void loader_read_searches(loader *L, xmlNodePtr root);
void loader_claim_free(spec_claim *c);

#endif
