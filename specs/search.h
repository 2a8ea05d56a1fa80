/* search.h — a <search> of a spec (spec v1 extension, issue 9): a conjecture
 * "every category C with at most max-objects objects and max-morphisms
 * morphisms (identities included) and every task T on C with at most
 * max-elements elements per set, of the given variance, that satisfies the
 * hypothesis also satisfies the conclusion".  The hypothesis and the
 * conclusion are trees of properties: of C (connected, groupoid, thin,
 * one-object, has-initial, has-terminal, discrete), of T (representable,
 * nonempty, constant size=k) and the combinators not / and / or.  Several
 * <hypothesis> elements, and several properties inside one, are a
 * conjunction; no hypothesis means true.
 *
 * The meaning of each property on a concrete category and task is
 * solver/property.h; the Z3 encoding is encodings/search.h.
 *
 * Ownership: search_new / search_load_element return a search the caller
 * frees with search_free; its property trees belong to it (a property
 * added with search_prop_add / search_set_* is owned by its parent).
 */
#ifndef YONEDA_SEARCH_H
#define YONEDA_SEARCH_H

#include <stddef.h>

#include "specs/diag.h"
#include "specs/task.h"

/* Bounds the loader accepts (larger searches are refused with an error
 * naming the attribute: the SMT encoding grows like morphisms^5). */
#define SEARCH_LIMIT_OBJECTS 16
#define SEARCH_LIMIT_MORPHISMS 16
#define SEARCH_LIMIT_ELEMENTS 8

typedef struct search search;
typedef struct search_prop search_prop;

typedef enum search_prop_kind {
  PROP_CONNECTED = 0,
  PROP_GROUPOID,
  PROP_THIN,
  PROP_ONE_OBJECT,
  PROP_HAS_INITIAL,
  PROP_HAS_TERMINAL,
  PROP_DISCRETE,
  PROP_REPRESENTABLE,
  PROP_NONEMPTY,
  PROP_CONSTANT,   /* every T(X) has size() elements, every T(f) the identity */
  PROP_NOT,        /* one child */
  PROP_AND,        /* any number of children; none = true */
  PROP_OR,         /* any number of children; none = false */
  PROP_KIND_COUNT
} search_prop_kind;

/* ---- building (the loader, tests) ------------------------------------- */

/* A new search with empty hypothesis (true) and empty conclusion (an AND
 * with no children: true).  NULL on OOM. */
search *search_new(const char *name, long line, int max_objects, int max_morphisms,
                   int max_elements, task_variance v);
void search_free(search *s);
/* A new property node (size only for PROP_CONSTANT).  NULL on OOM. */
search_prop *search_prop_new(search_prop_kind k, int size, long line);
void search_prop_free(search_prop *p);
/* Append child (owned by parent from now on, also on failure). 0 / -1 OOM. */
int search_prop_add(search_prop *parent, search_prop *child);
/* Add p to the hypothesis conjunction / the conclusion conjunction (owned
 * by s from now on, also on failure).  0 / -1 on OOM. */
int search_add_hypothesis(search *s, search_prop *p);
int search_add_conclusion(search *s, search_prop *p);

/* Load a <search> element (a libxml2 xmlNode, already validated against
 * the schema): bounds in range, property tree.  YO_OK with *out set;
 * YO_INVALID with FILE:LINE errors in d; YO_INTERNAL on OOM. */
struct _xmlNode;
yo_status search_load_element(const struct _xmlNode *node, const char *file, diag_list *d,
                              search **out);

/* ---- queries ------------------------------------------------------------ */

const char *search_name(const search *s);
long search_line(const search *s);
int search_max_objects(const search *s);
int search_max_morphisms(const search *s);
int search_max_elements(const search *s);
task_variance search_variance(const search *s);
/* The hypothesis and the conclusion as PROP_AND nodes (never NULL). */
const search_prop *search_hypothesis(const search *s);
const search_prop *search_conclusion(const search *s);

search_prop_kind search_prop_kind_of(const search_prop *p);
int search_prop_size(const search_prop *p);
long search_prop_line(const search_prop *p);
int search_prop_child_count(const search_prop *p);
const search_prop *search_prop_child(const search_prop *p, int i);
/* The element name of a kind ("has-initial"); "?" when out of range. */
const char *search_prop_kind_name(search_prop_kind k);
/* 1 if some node of the tree has kind k. */
int search_prop_uses(const search_prop *p, search_prop_kind k);
/* The property as readable text, e.g. "representable and not nonempty",
 * "constant size=1", "(connected or thin)"; like snprintf. */
int search_prop_format(const search_prop *p, char *buf, size_t cap);
/* The <search> element as XML text (spec v1), each line prefixed with
 * `indent`; a malloc'd string the caller frees, NULL on OOM. */
char *search_to_xml(const search *s, const char *indent);

#endif
