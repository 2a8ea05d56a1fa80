/* xml.h — parsing untrusted XML safely with libxml2, for the spec loader.
 *
 * The parser never touches the network (XML_PARSE_NONET), never loads a
 * DTD, never substitutes entities and refuses any DOCTYPE (so "billion
 * laughs" and external entities such as file:///etc/passwd are rejected
 * before anything is expanded or read); XML_PARSE_HUGE stays off, so
 * libxml2's limits apply (one attribute value or text node at most
 * 10,000,000 bytes, names at most 50,000 bytes, nesting at most 256).
 * The document is fed to libxml2's push parser in chunks, which keeps the
 * parser's look-ahead small, so documents up to the caller's size cap load.
 * Errors go through a handler of the parser context (never a global one)
 * and become "FILE:LINE: error: malformed XML: ..." diagnostics.
 *
 * Ownership: xml_parse returns a document the caller frees with
 * xmlFreeDoc.
 */
#ifndef YONEDA_XML_H
#define YONEDA_XML_H

#include <stddef.h>

#include <libxml/tree.h>

#include "specs/diag.h"

/* Parse buf[0..len) (display name `file` in messages).  Returns the
 * document, or NULL after adding at least one error to d (malformed XML,
 * a DOCTYPE, or out of memory: then *oom, if not NULL, is set to 1). */
xmlDocPtr xml_parse(const char *buf, size_t len, const char *file, diag_list *d,
                    int *oom);

/* A short description of element n for messages: its tag with the
 * attributes that identify it (name; object or morphism; lhs and rhs),
 * values cut after 40 bytes, then " of category C" (task T, functor F) for
 * an element inside one, e.g. "<map morphism=\"r\"> of task Angle".
 * Writes into buf (truncated to cap) and returns buf. */
const char *xml_describe(const xmlNode *n, char *buf, size_t cap);

/* Attribute `name` of n as a string the caller frees with xmlFree, or NULL
 * if absent. */
char *xml_attr(const xmlNode *n, const char *name);

/* Line of an element (xmlGetLineNo, correct beyond 65535 lines). */
long xml_line(const xmlNode *n);

#endif
