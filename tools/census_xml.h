/* census_xml.h — a census member (solver/census.h) written as a spec-v1
 * <category> element in composition-table form: one <object> per object
 * (x1, x2, ...), one <morphism> per non-identity morphism (f1, f2, ... in
 * the member's numbering), and one <equation lhs="f g" rhs="h"/> per
 * composable pair of non-identities (h an object's name when g∘f is an
 * identity).  `yoneda check` reads it back as the same category (same
 * number of objects and morphisms).  Shared by `census --out` and by the
 * writers of counterexamples found in the census.
 *
 * Ownership: nothing is retained; the member and the stream are borrowed.
 */
#ifndef YONEDA_CENSUS_XML_H
#define YONEDA_CENSUS_XML_H

#include <stddef.h>
#include <stdio.h>

#include "solver/census.h"

/* The name of object x / of morphism f (an identity is named by its
 * object) in buf; returns buf. */
char *census_xml_object_name(const census_category *c, int x, char *buf, size_t cap);
char *census_xml_morphism_name(const census_category *c, int f, char *buf, size_t cap);

/* Write <category name="NAME"> ... </category>, every line prefixed by
 * `indent`.  name must be a valid spec name. */
void census_xml_write_category(FILE *f, const census_category *c, const char *name,
                               const char *indent);

/* A whole spec document holding only that category, preceded by the
 * comment text `comment` (no "--" in it; may be NULL). */
void census_xml_write_document(FILE *f, const census_category *c, const char *name,
                               const char *comment);

#endif
