/* json.h — a small streaming JSON emitter for `--format json`
 * (docs/json.md): objects, arrays, strings, integers, numbers, booleans and
 * null, indented two spaces per level like `jq .`.  Commas and indentation
 * follow from the nesting, so callers only say what comes next.  Strings
 * are escaped as RFC 8259 requires ('"', '\\', every control character
 * including DEL); valid UTF-8 passes through unchanged and every byte that
 * is not part of a valid UTF-8 sequence becomes U+FFFD, so the output is
 * always valid UTF-8 JSON whatever the input.
 *
 * Ownership: json_new returns a writer the caller frees with json_free; it
 * borrows the FILE, which the caller closes.  Misuse (a value where a key
 * is due, nesting deeper than JSON_MAX_DEPTH) is recorded and reported by
 * json_error; the output is then not a valid document.
 */
#ifndef YONEDA_JSON_H
#define YONEDA_JSON_H

#include <stddef.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 32

typedef struct json_writer json_writer;

/* A writer on f whose first value is indented as if at nesting depth
 * `base` (0 for a whole document); NULL when out of memory. */
json_writer *json_new(FILE *f, int base);
void json_free(json_writer *w);

void json_object_begin(json_writer *w);
void json_object_end(json_writer *w);
void json_array_begin(json_writer *w);
void json_array_end(json_writer *w);
/* The key of the next member of the enclosing object. */
void json_key(json_writer *w, const char *key);

/* Values; json_string(w, NULL) writes null. */
void json_string(json_writer *w, const char *s);
void json_string_n(json_writer *w, const char *s, size_t n);
void json_int(json_writer *w, long v);
void json_double(json_writer *w, double v);   /* non-finite: null */
void json_bool(json_writer *w, int v);
void json_null(json_writer *w);
/* A complete value already rendered by a writer with base = this writer's
 * current depth (e.g. a document part built earlier), copied as is. */
void json_raw(json_writer *w, const char *text);

/* key + value in one call. */
void json_member_string(json_writer *w, const char *key, const char *s);
void json_member_int(json_writer *w, const char *key, long v);
void json_member_double(json_writer *w, const char *key, double v);
void json_member_bool(json_writer *w, const char *key, int v);

/* Depth of the open containers (plus base). */
int json_depth(const json_writer *w);
/* Close every container still open (after an early exit). */
void json_close_all(json_writer *w);
/* 0 when every call was well-formed and the output was written. */
int json_error(const json_writer *w);

/* Write s (n bytes) to f as a JSON string literal (quotes included). */
void json_write_string(FILE *f, const char *s, size_t n);

#endif
