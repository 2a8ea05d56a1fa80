/* fixtures.h — small helpers the unit tests (tests/test_*.c) share: a spec
 * loaded from the body of a document and a whole file read into memory.
 *
 * Ownership: fixtures_load_body returns a spec the caller frees with
 * spec_free (NULL when it did not load; the reasons are in d);
 * fixtures_read_file returns a malloc'ed, NUL-terminated copy the caller
 * frees.
 */
#ifndef YONEDA_TESTS_FIXTURES_H
#define YONEDA_TESTS_FIXTURES_H

#include "specs/diag.h"
#include "specs/spec.h"

/* Load the elements `body` wrapped in an XML declaration and
 * <yoneda version="1">, as a file named `file` (for messages). */
spec *fixtures_load_body(const char *body, const char *file, diag_list *d);

/* The bytes of the file at path, NUL-terminated; NULL if it cannot be
 * read. */
char *fixtures_read_file(const char *path);

#endif
