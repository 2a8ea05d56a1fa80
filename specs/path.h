/* path.h — spec-v1 paths in text form: "f g" (first f, then g), an object
 * name or "id_" and the object's name for its identity (when "id_x" is not
 * itself a declared name: then it means that one), object names inside a
 * path as identities.  Parsing
 * text into words of generator indices and formatting words back.
 *
 * Ownership: nothing is allocated for the caller; text is not modified.
 */
#ifndef YONEDA_PATH_H
#define YONEDA_PATH_H

#include <stddef.h>

#include "specs/category.h"
#include "specs/names.h"

/* Longest expansion of a path (names after powers are expanded), and the
 * deepest nesting of groups. */
#define PATH_MAX_NAMES 1000000
#define PATH_MAX_DEPTH 64

/* path_parse's failures. */
#define PATH_BAD_NAME (-1)    /* unknown or invalid name, or empty path */
#define PATH_SKIP (-2)        /* a name the index marks as already reported */
#define PATH_NO_COMPOSE (-3)  /* consecutive names do not compose */

/* Parse `text` as a path of c.  Items are names, NAME^K (K copies) and
 * (PATH)^K (K copies of the group; groups nest), K >= 1 in decimal: "r^4",
 * "(s1 s2)^3".  The expansion is never materialised; one longer than
 * PATH_MAX_NAMES names is an error, as are nesting deeper than
 * PATH_MAX_DEPTH, unbalanced parentheses and a bad power.  Names are resolved through `index` if not
 * NULL (value 2x for object x, 2g+1 for generator g, any other negative
 * value for a name to reject silently because it was already reported) or
 * else with category_find_object / category_find_generator.
 * Returns the length n of the word and sets *source and *target; word
 * receives the first min(n, cap) generators (n > cap means the word was cut:
 * call again with cap >= n).  On failure returns PATH_BAD_NAME with a
 * phrase in err ("unknown name 'z'", "invalid name '1x'", "empty path"),
 * PATH_NO_COMPOSE with one in err ("f ends at b but g starts at a"), or
 * PATH_SKIP with nothing in err. */
int path_parse(const category *c, const names *index, const char *text, int *word, int cap,
               int *source, int *target, char *err, size_t errcap);

/* Write the word w (n generators of c, starting at object `source`) as
 * path text: names separated by single spaces, or the identity of `source`
 * if n == 0 (as category_format_identity writes it: "id_x").  Returns the
 * length it needed, like snprintf. */
int path_format(const category *c, int source, const int *w, int n, char *buf, size_t cap);

/* Where two paths of an equation part ways: the generator that the first of
 * them to differ from the other applies first after the part they share
 * (application order: first to last; last to first if `backwards`, as a
 * contravariant task applies a path).  For l = "a b c", r = "a d": b; for
 * l = "r r r r", r = "" (an identity): r.  Loader messages put a broken
 * equation at this generator's map.  -1 if the words are equal. */
int path_divergence(const int *l, int nl, const int *r, int nr, int backwards);

#endif
