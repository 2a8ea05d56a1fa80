/* xml.c — see xml.h. */
#define _DEFAULT_SOURCE /* MAP_POPULATE */
#include "specs/xml.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/* Per-parse state, reached from the context's _private field. */
typedef struct parse_state {
  const char *file;
  diag_list *d;
  int errors;        /* errors reported */
  int fatal;         /* a fatal error was reported: later ones are cascades */
  int doctype;       /* a DOCTYPE was refused */
  int oom;
  char *lend;        /* xml_parse_lending: the caller's bytes, else NULL */
  size_t lend_len;
} parse_state;

/* Bytes handed to the push parser at a time. */
#define CHUNK (256 * 1024)

/* One line: trailing white space dropped, inner line breaks and other
 * control characters (libxml2's "...\nBytes: 0xC0 0x80") made spaces. */
static void strip_newline(char *buf)
{
  size_t n = strlen(buf);
  while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' '))
    buf[--n] = '\0';
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)buf[i] < 0x20 || buf[i] == 0x7f) buf[i] = ' ';
}

/* ---- checks before libxml2 sees the bytes ----------------------------------- */

static long line_at(const char *buf, size_t pos)
{
  long line = 1;
  for (size_t i = 0; i < pos; i++) line += buf[i] == '\n';
  return line;
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is not one
 * (overlong forms, surrogates and code points above U+10FFFF are not). */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t k;
  unsigned min, cp;
  if (c >= 0xC2 && c <= 0xDF) k = 2, min = 0x80, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) k = 3, min = 0x800, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) k = 4, min = 0x10000, cp = c & 0x07;
  else return 0;
  if (n < k) return 0;
  for (size_t i = 1; i < k; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return k;
}

/* The value of encoding="..." in an XML declaration at the start of buf
 * (after an optional UTF-8 BOM), copied into out; 0 if there is none. */
static int declared_encoding(const char *buf, size_t len, char *out, size_t cap)
{
  size_t at = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  if (len - at < 5 || memcmp(buf + at, "<?xml", 5) != 0) return 0;
  size_t end = at + 5;
  while (end + 1 < len && end < at + 1024 && !(buf[end] == '?' && buf[end + 1] == '>')) end++;
  for (size_t i = at + 5; i + 8 < end; i++) {
    if (memcmp(buf + i, "encoding", 8) != 0) continue;
    size_t j = i + 8;
    while (j < end && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r' || buf[j] == '\n')) j++;
    if (j >= end || buf[j] != '=') return 0;
    j++;
    while (j < end && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r' || buf[j] == '\n')) j++;
    if (j >= end || (buf[j] != '"' && buf[j] != '\'')) return 0;
    char q = buf[j++];
    size_t k = 0;
    while (j < end && buf[j] != q && k + 1 < cap) out[k++] = buf[j++];
    out[k] = '\0';
    return 1;
  }
  return 0;
}

static int same_text(const char *a, const char *b)
{
  for (; *a && *b; a++, b++) {
    char x = *a >= 'a' && *a <= 'z' ? (char)(*a - 32) : *a;
    char y = *b >= 'a' && *b <= 'z' ? (char)(*b - 32) : *b;
    if (x != y) return 0;
  }
  return *a == *b;
}

/* UTF-8 only: a UTF-16/32 file (by its byte order mark or its NUL bytes),
 * a declaration of another encoding, and any byte sequence that is not
 * UTF-8 are errors, so that nothing is decoded silently into something
 * else or dropped. */
static int check_encoding(const char *buf, size_t len, const char *file, diag_list *d)
{
  const unsigned char *u = (const unsigned char *)buf;
  if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))) {
    diag_add(d, DIAG_ERROR, file, 1,
             "the file is UTF-16 or UTF-32 (byte order mark): only UTF-8 is accepted "
             "(convert it, e.g. iconv -f UTF-16 -t UTF-8)");
    return -1;
  }
  if (len >= 4 && (u[0] == 0 || u[1] == 0 || u[2] == 0 || u[3] == 0)) {
    diag_add(d, DIAG_ERROR, file, 1,
             "the file starts with NUL bytes (UTF-16 or UTF-32?): only UTF-8 is accepted");
    return -1;
  }
  char enc[64];
  if (declared_encoding(buf, len, enc, sizeof enc) && !same_text(enc, "UTF-8") &&
      !same_text(enc, "UTF8") && !same_text(enc, "US-ASCII") && !same_text(enc, "ASCII")) {
    for (char *c = enc; *c; c++)
      if ((unsigned char)*c < 0x20 || *c == 0x7f) *c = '?';
    diag_add(d, DIAG_ERROR, file, 1,
             "encoding '%s' is not supported: only UTF-8 is accepted (convert the file, "
             "e.g. iconv -f %s -t UTF-8, and declare encoding=\"UTF-8\")", enc, enc);
    return -1;
  }
  for (size_t i = 0; i < len;) {
    /* ASCII eight bytes at a time */
    uint64_t w;
    while (i + 8 <= len && (memcpy(&w, u + i, 8), (w & 0x8080808080808080ULL) == 0)) i += 8;
    if (i == len) break;
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = utf8_sequence(u + i, len - i);
    if (k == 0) {
      diag_add(d, DIAG_ERROR, file, line_at(buf, i),
               "invalid UTF-8 (byte 0x%02X): only UTF-8 is accepted", u[i]);
      return -1;
    }
    i += k;
  }
  return 0;
}

/* The first position at or after i where the NUL-free text `close`
 * starts, or len. */
static size_t find_text(const char *buf, size_t i, size_t len, const char *close)
{
  size_t cl = strlen(close);
  while (i < len) {
    const char *p = memchr(buf + i, close[0], len - i);
    if (!p) return len;
    i = (size_t)(p - buf);
    if (i + cl <= len && memcmp(buf + i, close, cl) == 0) return i;
    i++;
  }
  return len;
}

/* Refuse an element with more than XML_MAX_ATTRIBUTES attributes before
 * libxml2 parses it (its duplicate check is quadratic in their number).
 * A lexical scan: comments, CDATA, processing instructions and end tags are
 * skipped; in a start tag, '=' outside quotes counts an attribute.
 * Malformed markup is left to the parser. */
static int check_attributes(const char *buf, size_t len, const char *file, diag_list *d)
{
  size_t i = 0;
  while (i < len) {
    const char *lt = memchr(buf + i, '<', len - i);
    if (!lt) break;
    i = (size_t)(lt - buf);
    const char *close = NULL;
    if (i + 4 <= len && memcmp(buf + i, "<!--", 4) == 0) close = "-->";
    else if (i + 9 <= len && memcmp(buf + i, "<![CDATA[", 9) == 0) close = "]]>";
    else if (i + 2 <= len && buf[i + 1] == '?') close = "?>";
    else if (i + 2 <= len && (buf[i + 1] == '!' || buf[i + 1] == '/')) close = ">";
    if (close) {
      i = find_text(buf, i + 1, len, close) + strlen(close);
      continue;
    }
    size_t start = i;
    int count = 0;
    for (i++; i < len; i++) {
      char c = buf[i];
      if (c == '"' || c == '\'') {
        const char *q = memchr(buf + i + 1, c, len - i - 1);   /* the value, skipped */
        if (!q) {
          i = len;
          break;
        }
        i = (size_t)(q - buf);
      } else if (c == '=') {
        if (++count > XML_MAX_ATTRIBUTES) {
          diag_add(d, DIAG_ERROR, file, line_at(buf, start),
                   "an element with more than %d attributes (refused before parsing)",
                   XML_MAX_ATTRIBUTES);
          return -1;
        }
      } else if (c == '>' || c == '<') {
        break;
      }
    }
    if (i < len && buf[i] == '>') i++;
  }
  return 0;
}

/* ---- reading a file ------------------------------------------------------------ */

yo_status xml_read_file(const char *path, long max_bytes, char **out, size_t *out_len,
                        diag_list *d)
{
  *out = NULL;
  *out_len = 0;
  int is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    diag_add(d, DIAG_ERROR, path, 0, "cannot open the file: %s", strerror(errno));
    return YO_INVALID;
  }
  struct stat sb;
  int regular = fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode);
  if (!is_stdin && fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
    fclose(f);
    diag_add(d, DIAG_ERROR, path, 0, "cannot read the file: it is a directory");
    return YO_INVALID;
  }
  if (regular && sb.st_size > max_bytes) {
    if (!is_stdin) fclose(f);
    diag_add(d, DIAG_ERROR, path, 0, "the file is too large: %lld bytes, the limit is %ld bytes",
             (long long)sb.st_size, max_bytes);
    return YO_LIMIT;
  }
  /* read at most max_bytes + 1 bytes (the file may be a pipe or growing) */
  size_t cap = regular && sb.st_size >= 0 ? (size_t)sb.st_size + 2 : 65536;
  size_t n = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t k = fread(buf + n, 1, cap - 1 - n, f);
    n += k;
    if (n > (size_t)max_bytes || k == 0) break;
    if (n == cap - 1) {
      size_t nc = cap * 2;
      char *nb = realloc(buf, nc);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap = nc;
    }
  }
  int rerr = ferror(f);
  if (!is_stdin) fclose(f);
  if (!buf) {
    diag_add(d, DIAG_ERROR, path, 0, "out of memory while reading the file");
    return YO_INTERNAL;
  }
  if (rerr) {
    free(buf);
    diag_add(d, DIAG_ERROR, path, 0, "cannot read the file: %s", strerror(errno));
    return YO_INVALID;
  }
  if (n > (size_t)max_bytes) {
    free(buf);
    diag_add(d, DIAG_ERROR, path, 0, "the file is too large: more than %ld bytes", max_bytes);
    return YO_LIMIT;
  }
  buf[n] = '\0';
  *out = buf;
  *out_len = n;
  return YO_OK;
}

struct xml_file {
  char *text;        /* NUL-terminated */
  size_t len;
  size_t mapped;     /* bytes mapped; 0: text is malloc'ed */
  int slot;          /* its entry in maps, or -1 */
};

/* The live mappings, read by a SIGBUS handler (xml_mapped_path): an entry
 * is published by setting lo last and withdrawn by clearing lo first.  A
 * file is mapped only when an entry is free. */
#define XML_MAX_MAPS 8
static struct {
  const char *volatile lo;
  volatile size_t len;            /* the mapping's length, whole pages */
  const char *volatile path;      /* owned: the path as diagnostics echo it
                                     (diag_escape) */
} maps[XML_MAX_MAPS];

const char *xml_mapped_path(const void *addr)
{
  const char *a = addr;
  for (int i = 0; i < XML_MAX_MAPS; i++) {
    const char *lo = maps[i].lo;
    if (lo && a >= lo && (size_t)(a - lo) < maps[i].len) return maps[i].path;
  }
  return NULL;
}

static int publish_map(const char *path, const char *lo, size_t len)
{
  for (int i = 0; i < XML_MAX_MAPS; i++) {
    if (maps[i].lo || maps[i].path) continue;
    char *p = diag_escape(path);
    if (!p) return -1;
    maps[i].path = p;
    maps[i].len = len;
    maps[i].lo = lo;
    return i;
  }
  return -1;
}

static void withdraw_map(int i)
{
  maps[i].lo = NULL;
  char *p = (char *)maps[i].path;
  maps[i].path = NULL;
  free(p);
}

/* The mapping of a regular file of size bytes open as fd, or NULL (then
 * the caller reads it). */
static char *map_text(int fd, size_t size)
{
  long page = sysconf(_SC_PAGESIZE);
  if (page <= 0 || size % (size_t)page == 0) return NULL;   /* no NUL after the end */
  int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
  flags |= MAP_POPULATE;
#endif
  /* populated for reading (populating a writable private mapping would
   * copy every page), then made writable: a write copies its page only */
  void *p = mmap(NULL, size, PROT_READ, flags, fd, 0);
  if (p == MAP_FAILED) return NULL;
  if (mprotect(p, size, PROT_READ | PROT_WRITE) != 0) {
    munmap(p, size);
    return NULL;
  }
  return p;
}

yo_status xml_file_open(const char *path, long max_bytes, xml_file **out, diag_list *d)
{
  *out = NULL;
  xml_file *f = calloc(1, sizeof *f);
  if (!f) {
    diag_add(d, DIAG_ERROR, path, 0, "out of memory while reading the file");
    return YO_INTERNAL;
  }
  f->slot = -1;
  if (strcmp(path, "-") != 0) {
    int fd = open(path, O_RDONLY);
    struct stat sb;
    if (fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size >= XML_MAP_MIN &&
        sb.st_size <= max_bytes) {
      f->text = map_text(fd, (size_t)sb.st_size);
      if (f->text) {
        long page = sysconf(_SC_PAGESIZE);
        size_t whole = ((size_t)sb.st_size / (size_t)page + 1) * (size_t)page;
        f->slot = publish_map(path, f->text, whole);
        if (f->slot < 0) {   /* no entry free: read it */
          munmap(f->text, (size_t)sb.st_size);
          f->text = NULL;
        } else {
          f->len = f->mapped = (size_t)sb.st_size;
        }
      }
    }
    if (fd >= 0) close(fd);
  }
  if (!f->text) {   /* read it: also every error message */
    yo_status st = xml_read_file(path, max_bytes, &f->text, &f->len, d);
    if (st != YO_OK) {
      free(f);
      return st;
    }
  }
  *out = f;
  return YO_OK;
}

char *xml_file_text(const xml_file *f, size_t *len)
{
  *len = f->len;
  return f->text;
}

void xml_file_close(xml_file *f)
{
  if (!f) return;
  if (f->mapped) {
    withdraw_map(f->slot);
    munmap(f->text, f->mapped);
  }
  else free(f->text);
  free(f);
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
    diag_add_at(st->d, DIAG_WARNING, st->file, err->line, err->int2, "XML: %s", msg);
    return;
  }
  /* libxml2 gives a parser error's column in int2 */
  diag_add_at(st->d, DIAG_ERROR, st->file, err->line, err->int2, "malformed XML: %s", msg);
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

/* ---- lending long list values --------------------------------------------- */

static int is_tag(const xmlChar *a, const char *b) { return a && strcmp((const char *)a, b) == 0; }

/* 1 if attribute `att` of element `tag` under `parent` is a list of
 * element names of a task (typed as a plain string by the schema). */
static int lendable(const xmlChar *tag, const xmlNode *parent, const xmlChar *att)
{
  if (!parent || parent->type != XML_ELEMENT_NODE || parent->ns) return 0;
  if (is_tag(parent->name, "task"))
    return (is_tag(tag, "set") && is_tag(att, "elements")) ||
           (is_tag(tag, "map") && is_tag(att, "to"));
  return is_tag(parent->name, "transformation") && is_tag(tag, "component") && is_tag(att, "to");
}

/* Where value[0..n) of the parser's current input lies in st->lend,
 * verbatim and followed by its closing quote: its offset, or -1. */
static long lent_offset(const xmlParserCtxt *ctxt, const parse_state *st, const xmlChar *value,
                        size_t n)
{
  const xmlParserInput *in = ctxt->input;
  if (!in || !in->base || !in->end) return -1;
  uintptr_t v = (uintptr_t)value, b = (uintptr_t)in->base, e = (uintptr_t)in->end;
  if (v < b || v > e || n > e - v) return -1;   /* a copy of libxml2's (normalised) */
  size_t off = (size_t)in->consumed + (size_t)(v - b);
  if (off >= st->lend_len || n >= st->lend_len - off || off > (size_t)LONG_MAX) return -1;
  char q = st->lend[off + n];
  if ((q != '"' && q != '\'') || memcmp(st->lend + off, value, n) != 0) return -1;
  return (long)off;
}

/* The start of an element, for xml_parse_lending: a long list value that
 * stands verbatim in the caller's bytes goes into the document as an
 * empty value, with the attribute's _private pointing at the bytes (NUL
 * written over the closing quote); else xmlSAX2StartElementNs as it is. */
static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                     const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                     int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = ctx;
  parse_state *st = ctxt->_private;
  const xmlChar *mine[5 * XML_MAX_ATTRIBUTES];
  const xmlChar **atts = attributes;
  long off[XML_MAX_ATTRIBUTES];
  int lent = 0;
  int can = !prefix && !uri && nb_defaulted == 0 && nb_attributes <= XML_MAX_ATTRIBUTES;
  for (int i = 0; can && i < nb_attributes; i++) {
    off[i] = -1;
    const xmlChar **a = attributes + 5 * i;
    size_t n = (size_t)(a[4] - a[3]);
    if (n < XML_LEND_MIN || a[1] || a[2] || !lendable(localname, ctxt->node, a[0])) continue;
    off[i] = lent_offset(ctxt, st, a[3], n);
    if (off[i] < 0) continue;
    if (!lent) memcpy(mine, attributes, 5 * (size_t)nb_attributes * sizeof *mine);
    lent = 1;
    mine[5 * i + 3] = mine[5 * i + 4] = (const xmlChar *)"";
    st->lend[(size_t)off[i] + n] = '\0';   /* the parser has the bytes: they were pushed */
  }
  if (lent) atts = mine;
  xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                        nb_defaulted, atts);
  xmlNodePtr el = ctxt->node;
  for (int i = 0; lent && el && i < nb_attributes; i++) {
    if (off[i] < 0) continue;
    for (xmlAttrPtr a = el->properties; a; a = a->next)
      if (!a->ns && is_tag(a->name, (const char *)attributes[5 * i]))
        a->_private = st->lend + off[i];
  }
}

static xmlDocPtr parse(const char *buf, size_t len, const char *file, diag_list *d, int *oom,
                       char *lend);

xmlDocPtr xml_parse(const char *buf, size_t len, const char *file, diag_list *d, int *oom)
{
  return parse(buf, len, file, d, oom, NULL);
}

xmlDocPtr xml_parse_lending(char *buf, size_t len, const char *file, diag_list *d, int *oom)
{
  return parse(buf, len, file, d, oom, buf);
}

static xmlDocPtr parse(const char *buf, size_t len, const char *file, diag_list *d, int *oom,
                       char *lend)
{
  parse_state st = {file, d, 0, 0, 0, 0, lend, len};
  if (oom) *oom = 0;
  size_t blank = 0;
  while (blank < len && (buf[blank] == ' ' || buf[blank] == '\t' || buf[blank] == '\r' ||
                         buf[blank] == '\n'))
    blank++;
  if (blank == len) {
    diag_add(d, DIAG_ERROR, file, 0, len == 0 ? "empty file" : "empty file (only white space)");
    return NULL;
  }
  if (len > (size_t)INT_MAX) {
    diag_add(d, DIAG_ERROR, file, 0, "the file is too large: %zu bytes", len);
    return NULL;
  }
  if (check_encoding(buf, len, file, d) < 0 || check_attributes(buf, len, file, d) < 0)
    return NULL;
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
  if (lend) ctxt->sax->startElementNs = on_start;
  /* the bytes are UTF-8 (checked above): ignore any declaration */
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA |
                              XML_PARSE_IGNORE_ENC);
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
  xmlAttrPtr a = xmlHasProp(n, (const xmlChar *)name);
  if (a && a->type == XML_ATTRIBUTE_NODE && a->_private)   /* lent */
    return (char *)xmlStrdup((const xmlChar *)a->_private);
  return (char *)xmlGetProp(n, (const xmlChar *)name);
}

const char *xml_attr_ref(const xmlNode *n, const char *name, char **owned)
{
  *owned = NULL;
  xmlAttrPtr a = xmlHasProp(n, (const xmlChar *)name);
  if (!a) return NULL;
  if (a->type == XML_ATTRIBUTE_NODE && a->_private) return a->_private;   /* lent */
  const xmlNode *c = a->children;
  if (a->type == XML_ATTRIBUTE_NODE) {
    if (!c) return "";
    if (!c->next && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      return (const char *)c->content;
  }
  *owned = xml_attr(n, name);
  return *owned;
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
