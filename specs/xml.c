/* xml.c — see xml.h. */
#include "specs/xml.h"

#include <limits.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* Per-parse state, reached from the context's _private field. */
typedef struct parse_state {
  const char *file;
  diag_list *d;
  int errors;        /* errors reported */
  int fatal;         /* a fatal error was reported: later ones are cascades */
  int doctype;       /* a DOCTYPE was refused */
  int oom;
} parse_state;

/* Bytes handed to the push parser at a time. */
#define CHUNK (256 * 1024)

static void strip_newline(char *buf)
{
  size_t n = strlen(buf);
  while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' '))
    buf[--n] = '\0';
}

/* The context's structured error callback: userData is the context. */
static void on_error(void *user, xmlErrorPtr err)
{
  xmlParserCtxtPtr ctxt = user;
  parse_state *st = ctxt ? ctxt->_private : NULL;
  if (!st || !err) return;
  if (err->code == XML_ERR_NO_MEMORY) st->oom = 1;
  if (st->fatal || st->doctype) return;
  char msg[512];
  snprintf(msg, sizeof msg, "%s", err->message ? err->message : "unknown error");
  strip_newline(msg);
  if (err->level == XML_ERR_WARNING) {
    diag_add(st->d, DIAG_WARNING, st->file, err->line, "XML: %s", msg);
    return;
  }
  diag_add(st->d, DIAG_ERROR, st->file, err->line, "malformed XML: %s", msg);
  st->errors++;
  if (err->level == XML_ERR_FATAL) st->fatal = 1;
}

/* Called at "<!DOCTYPE", before any declaration of the internal subset is
 * read: refuse the document and stop the parser right there. */
static void on_doctype(void *user, const xmlChar *name, const xmlChar *external_id,
                       const xmlChar *system_id)
{
  (void)name;
  (void)external_id;
  (void)system_id;
  xmlParserCtxtPtr ctxt = user;
  parse_state *st = ctxt->_private;
  if (!st->doctype && !st->fatal) {
    long line = ctxt->input ? ctxt->input->line : 0;
    diag_add(st->d, DIAG_ERROR, st->file, line,
             "DOCTYPE declarations are not allowed (no DTD, no entities)");
    st->errors++;
  }
  st->doctype = 1;
  xmlStopParser(ctxt);
}

/* Never resolve an entity (belt and braces: no DOCTYPE gets this far). */
static xmlEntityPtr no_entity(void *user, const xmlChar *name)
{
  (void)user;
  (void)name;
  return NULL;
}

xmlDocPtr xml_parse(const char *buf, size_t len, const char *file, diag_list *d, int *oom)
{
  parse_state st = {file, d, 0, 0, 0, 0};
  if (oom) *oom = 0;
  xmlInitParser();
  /* The first bytes go with the creation so the encoding is detected. */
  size_t first = len < 4 ? len : 4;
  xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(NULL, NULL, buf, (int)first, file);
  if (!ctxt) {
    diag_add(d, DIAG_ERROR, file, 0, "out of memory while parsing");
    if (oom) *oom = 1;
    return NULL;
  }
  ctxt->_private = &st;
  ctxt->sax->serror = on_error;
  ctxt->sax->internalSubset = on_doctype;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->getEntity = no_entity;
  ctxt->sax->getParameterEntity = no_entity;
  ctxt->sax->entityDecl = NULL;
  ctxt->sax->resolveEntity = NULL;
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  size_t pos = first;
  while (pos < len && !st.doctype && !st.fatal && !st.oom) {
    size_t k = len - pos < CHUNK ? len - pos : CHUNK;
    xmlParseChunk(ctxt, buf + pos, (int)k, 0);
    pos += k;
  }
  if (!st.doctype && !st.fatal && !st.oom) xmlParseChunk(ctxt, NULL, 0, 1);
  xmlDocPtr doc = ctxt->myDoc;
  ctxt->myDoc = NULL;
  int ok = ctxt->wellFormed && !st.doctype && st.errors == 0 && !st.oom && doc;
  if (ok && (doc->intSubset || doc->extSubset)) {
    diag_add(d, DIAG_ERROR, file, 0, "DOCTYPE declarations are not allowed (no DTD, no entities)");
    st.errors++;
    ok = 0;
  }
  if (!ok && st.errors == 0 && !st.doctype) {
    if (st.oom)
      diag_add(d, DIAG_ERROR, file, 0, "out of memory while parsing");
    else
      diag_add(d, DIAG_ERROR, file, 0, "malformed XML: the document could not be parsed");
  }
  if (oom) *oom = st.oom;
  xmlFreeParserCtxt(ctxt);
  if (!ok) {
    xmlFreeDoc(doc);
    return NULL;
  }
  return doc;
}

long xml_line(const xmlNode *n)
{
  return n ? xmlGetLineNo(n) : 0;
}

char *xml_attr(const xmlNode *n, const char *name)
{
  return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* Appends ` key="value"` (value cut after 40 bytes) if the attribute exists. */
static size_t put_attr(const xmlNode *n, const char *key, char *buf, size_t cap, size_t at)
{
  char *v = xml_attr(n, key);
  if (!v) return at;
  if (at < cap) {
    size_t vl = strlen(v);
    int cut = vl > 40;
    snprintf(buf + at, cap - at, " %s=\"%.*s%s\"", key, cut ? 40 : (int)vl, v, cut ? "..." : "");
    at += strlen(buf + at);
  }
  xmlFree(v);
  return at;
}

const char *xml_describe(const xmlNode *n, char *buf, size_t cap)
{
  if (cap == 0) return buf;
  buf[0] = '\0';
  if (!n) return buf;
  const char *tag = (const char *)n->name;
  snprintf(buf, cap, "<%s", tag);
  size_t at = strlen(buf);
  if (strcmp(tag, "equation") == 0) {
    at = put_attr(n, "lhs", buf, cap, at);
    at = put_attr(n, "rhs", buf, cap, at);
  } else if (strcmp(tag, "set") == 0) {
    at = put_attr(n, "object", buf, cap, at);
  } else if (strcmp(tag, "map") == 0) {
    at = put_attr(n, "object", buf, cap, at);
    at = put_attr(n, "morphism", buf, cap, at);
  } else if (strcmp(tag, "yoneda") != 0) {
    at = put_attr(n, "name", buf, cap, at);
  }
  if (at < cap) {
    snprintf(buf + at, cap - at, ">");
    at += strlen(buf + at);
  }
  const xmlNode *p = n->parent;
  if (p && p->type == XML_ELEMENT_NODE && at < cap &&
      (strcmp((const char *)p->name, "category") == 0 || strcmp((const char *)p->name, "task") == 0 ||
       strcmp((const char *)p->name, "functor") == 0)) {
    char *pn = xml_attr(p, "name");
    snprintf(buf + at, cap - at, " of %s %s", (const char *)p->name, pn ? pn : "(unnamed)");
    if (pn) xmlFree(pn);
  }
  return buf;
}
