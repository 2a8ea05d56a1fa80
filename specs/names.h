/* names.h — spec-v1 names: a hash table from names to integers, the name
 * syntax check ([A-Za-z_][A-Za-z0-9_.'-]*) and splitting of
 * space-separated name lists.  Used by the loader, tasks (element names)
 * and paths so that every lookup is O(length of the name); a whole list
 * (the million names of a large task's <map>) is looked up or inserted in
 * one call that overlaps the table's cache misses.
 *
 * Ownership: names_new returns a table the caller frees with names_free.
 * Keys are borrowed, not copied: each key must stay valid and unchanged
 * while it is in the table.
 */
#ifndef YONEDA_NAMES_H
#define YONEDA_NAMES_H

#include <stddef.h>

typedef struct names names;

/* An empty table sized for about `expected` keys.  NULL on OOM. */
names *names_new(size_t expected);
void names_free(names *t);

/* Insert key -> value unless the key is present.  Returns 0 if inserted,
 * 1 if the key was already there (then *old, if not NULL, receives its
 * value and nothing changes), -1 on OOM.  value must not be -1. */
int names_insert(names *t, const char *key, int value, int *old);

/* Set key -> value, inserting the key if absent.  0, or -1 on OOM. */
int names_set(names *t, const char *key, int value);

/* The value of key, or -1 if absent.  names_find_n looks up the first len
 * bytes of s (which need not be NUL-terminated; a NUL byte among them
 * matches no key). */
int names_find(const names *t, const char *key);
int names_find_n(const names *t, const char *s, size_t len);
size_t names_count(const names *t);

/* Look up every name of the space-separated list `text` (not modified):
 * values[i] := the value of its i-th name, or -1 if absent, for the first
 * `cap` names.  Returns the number of names in the list, which may exceed
 * cap (the rest are counted, not looked up).  t NULL: all absent.
 * keys (NULL: none) are the table's keys by value, when the table maps
 * keys[v] -> v for v < nkeys: then, while the list runs through the keys
 * in order (v, v+1, v+2, ...), or in a run of some lag k <= 8 (name i is
 * the key after the one of name i - k: for k = 2, v+1 v v+3 v+2 ...), each
 * name is first compared with the run's next key, which avoids the table's
 * cache misses on such runs. */
size_t names_find_tokens(const names *t, const char *text, int *values, size_t cap,
                         const char *const *keys, size_t nkeys);

/* Insert keys[i] -> i for i = 0..n-1, in order; a key already present
 * (earlier in keys, or before the call) keeps its value.  Returns the
 * index of the first such key, -1 if there is none, -2 on OOM (nothing
 * inserted).  The keys are borrowed, as with names_insert. */
long names_insert_all(names *t, const char *const *keys, int n);

/* 1 if s (or its first len bytes) is a valid spec-v1 name, else 0. */
int names_valid(const char *s);
int names_valid_n(const char *s, size_t len);

/* Split a space-separated list in place: returns the next token of *cursor
 * NUL-terminated (overwriting the separator after it) and advances *cursor,
 * or NULL when no token is left.  Separators are XML white space. */
char *names_next(char **cursor);

/* Number of tokens in a space-separated list (not modified). */
size_t names_count_tokens(const char *s);

/* The i-th token (from 0) of a space-separated list, not NUL-terminated:
 * its start, with its length in *len; NULL if the list is shorter. */
const char *names_token(const char *s, size_t i, size_t *len);

/* "Did you mean" hints for an unknown name: offer the candidates of the
 * right kind one at a time; `best` is the nearest by edit distance
 * (insertions, deletions, substitutions, transpositions of neighbours),
 * or NULL while none is close enough: no hint for one-character names, at
 * most 1 edit for names up to 4 characters, 2 up to 8, 3 beyond; names over NAMES_HINT_MAX characters
 * are not compared.  Ties go to the first offered.  Borrowed pointers. */
#define NAMES_HINT_MAX 64
typedef struct names_hint {
  const char *want;
  size_t wlen;
  const char *best;
  int dist;
} names_hint;
void names_hint_init(names_hint *h, const char *want);
void names_hint_offer(names_hint *h, const char *candidate);

#endif
