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
 * and become "FILE:LINE:COL: error: malformed XML: ..." diagnostics (with
 * libxml2's column).
 *
 * Ownership: xml_parse returns a document the caller frees with
 * xmlFreeDoc.
 */
#ifndef YONEDA_XML_H
#define YONEDA_XML_H

#include <stddef.h>

#include <libxml/tree.h>

#include "specs/diag.h"

/* Elements with more attributes than this are refused before parsing. */
#define XML_MAX_ATTRIBUTES 256

/* The one capped file reader of specs and certificates: the whole of path
 * ("-" = standard input; pipes and FIFOs work) into a malloc'ed,
 * NUL-terminated buffer *out of *len bytes.  YO_OK; YO_INVALID (cannot open
 * or read: the error names the file); YO_LIMIT (more than max_bytes);
 * YO_INTERNAL (out of memory). */
yo_status xml_read_file(const char *path, long max_bytes, char **out, size_t *len,
                        diag_list *d);

/* A file's bytes as xml_read_file reads them (same limits and messages),
 * but a regular file of at least XML_MAP_MIN bytes is mapped (mmap,
 * read-only, pages populated at once) instead of copied; its bytes are
 * NUL-terminated as well (the rest of the last page: a file whose size is
 * a multiple of the page size is read, not mapped).  If another process
 * truncates a mapped file while it is open, reading the lost pages raises
 * SIGBUS; xml_mapped_path tells a handler (tools/sigbus.h) that the fault
 * was in such a file, so that it can report it instead of crashing.
 * xml_file_text gives the bytes, the caller's to modify (a private
 * mapping: the file does not change); xml_file_close releases them (NULL
 * is fine). */
#define XML_MAP_MIN (4L << 20)
typedef struct xml_file xml_file;
yo_status xml_file_open(const char *path, long max_bytes, xml_file **out, diag_list *d);
char *xml_file_text(const xml_file *f, size_t *len);
/* The path of the open mapped file whose pages hold addr, as diagnostics
 * echo it (control characters escaped, diag_escape), or NULL.
 * Async-signal-safe (it only reads; for a SIGBUS handler). */
const char *xml_mapped_path(const void *addr);
void xml_file_close(xml_file *f);

/* Parse buf[0..len) (display name `file` in messages).  Only UTF-8 is
 * accepted (an optional UTF-8 byte order mark; the declaration, if any,
 * says UTF-8 or US-ASCII): any other encoding or an invalid byte sequence
 * is an error at its line, never a silent re-decoding.  An empty file, an
 * element with more than XML_MAX_ATTRIBUTES attributes and every libxml2
 * message become one "FILE:LINE: error:" each.  Returns the document, or
 * NULL after adding at least one error to d (malformed XML, a DOCTYPE, or
 * out of memory: then *oom, if not NULL, is set to 1). */
xmlDocPtr xml_parse(const char *buf, size_t len, const char *file, diag_list *d,
                    int *oom);

/* xml_parse, but the long values (XML_LEND_MIN bytes or more) of the
 * lists of element names of a task (<set elements>, <map to> in a <task>,
 * <component to> in a <transformation>) that stand verbatim in buf are not
 * copied: each is NUL-terminated in place (over its closing quote) and
 * the document refers to it, so buf is modified and must outlive the
 * document.  Read such a value with xml_attr or xml_attr_ref only (libxml2's
 * own readers, xmlGetProp or the RELAX NG validator, see an empty value,
 * which the schema's plain string type accepts). */
#define XML_LEND_MIN 65536
xmlDocPtr xml_parse_lending(char *buf, size_t len, const char *file, diag_list *d, int *oom);

/* A short description of element n for messages: its tag with the
 * attributes that identify it (name; object or morphism; lhs and rhs),
 * values cut after 40 bytes, then " of category C" (task T, functor F) for
 * an element inside one, e.g. "<map morphism=\"r\"> of task Angle".
 * Writes into buf (truncated to cap) and returns buf. */
const char *xml_describe(const xmlNode *n, char *buf, size_t cap);

/* Attribute `name` of n as a string the caller frees with xmlFree, or NULL
 * if absent. */
char *xml_attr(const xmlNode *n, const char *name);

/* Attribute `name` of n (as xml_attr) without copying it when libxml2
 * holds the value as one text node, the usual case: the value, borrowed
 * from the document, and *owned = NULL; otherwise a copy, also in *owned
 * (the caller xmlFrees *owned).  NULL if absent (or out of memory). */
const char *xml_attr_ref(const xmlNode *n, const char *name, char **owned);

/* Line of an element (xmlGetLineNo, correct beyond 65535 lines). */
long xml_line(const xmlNode *n);

#endif
