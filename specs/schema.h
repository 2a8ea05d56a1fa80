/* schema.h — structural validation of a spec document against the RELAX NG
 * schema specs/schema/yoneda-1.rng (a copy is built in: make generates it from the .rng file)
 * or a schema file named by the caller.
 *
 * libxml2's RELAX NG messages are terse ("Element map failed to validate
 * attributes") and sometimes carry the wrong line, so when the schema
 * rejects a document this module explains why with its own walk over the
 * version-1 vocabulary: unknown or misplaced elements, unknown, missing or
 * malformed attributes, each as "FILE:LINE: error: ..." naming the element.
 * If that walk finds nothing (e.g. a stricter schema file), libxml2's own
 * messages are reported instead.  Validity is always decided by the schema.
 *
 * Ownership: nothing returned needs freeing; the document is borrowed.
 */
#ifndef YONEDA_SCHEMA_H
#define YONEDA_SCHEMA_H

#include <libxml/tree.h>

#include "specs/diag.h"

/* The built-in schema text (NUL-terminated) and its length in bytes. */
extern const char schema_builtin_text[];
extern const unsigned long schema_builtin_text_length;

/* Validate doc (read from `file`, for messages) against the schema in the
 * file schema_path, or the built-in one if NULL.  YO_OK; YO_INVALID with
 * errors in d; YO_INTERNAL if the schema cannot be read or compiled (an
 * error in d says why). */
yo_status schema_validate(xmlDocPtr doc, const char *file, const char *schema_path,
                          diag_list *d);

/* Validate doc (read from `file`) against the RELAX NG grammar `text`
 * (NUL-terminated, named `name` in messages, e.g. "cert-1.rng"), without
 * the spec walk: each libxml2 message (at most 100) becomes "FILE:LINE:
 * error: does not match NAME: message".  Same statuses as schema_validate. */
yo_status schema_validate_text(xmlDocPtr doc, const char *file, const char *text,
                               const char *name, diag_list *d);

/* The walk described above, on its own: adds an error to d for each
 * structural problem and returns how many it found.  *certain (certain
 * may be NULL) is how many of them yoneda-1.rng rejects too: the others
 * are the loader's (the names in a path or a list, which the schema takes
 * as any string), reported early.  On a document the built-in schema
 * accepts, *certain is 0; once it reaches 10 the built-in validation stops
 * without running libxml2's validator (which costs errors x size). */
int schema_explain(xmlDocPtr doc, const char *file, diag_list *d, int *certain);

#endif
