/* fixtures.h — small helpers the unit tests (tests/test_*.c) share: a spec
 * loaded from the body of a document, a whole file read into memory and
 * the CPU time the timing assertions compare.
 *
 * Ownership: fixtures_load_body returns a spec the caller frees with
 * spec_free (NULL when it did not load; the reasons are in d);
 * fixtures_read_file returns a malloc'ed, NUL-terminated copy the caller
 * frees.
 */
#ifndef YONEDA_TESTS_FIXTURES_H
#define YONEDA_TESTS_FIXTURES_H

#include <time.h>

#include "specs/diag.h"
#include "specs/spec.h"

/* Load the elements `body` wrapped in an XML declaration and
 * <yoneda version="1">, as a file named `file` (for messages). */
spec *fixtures_load_body(const char *body, const char *file, diag_list *d);

/* The bytes of the file at path, NUL-terminated; NULL if it cannot be
 * read. */
char *fixtures_read_file(const char *path);

/* CPU seconds since t0 (clock()); a sanitized build (make check
 * SANITIZE=..., which defines YONEDA_SANITIZED) runs several times slower
 * and counts a tenth. */
double fixtures_cpu_seconds(clock_t t0);

#endif
