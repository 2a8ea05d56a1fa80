/* excert_xml.c — the XML form of exact category certificates
 * (proofs/schema/exact-1.rng, docs/certificates.md; see excert.h): the
 * writer, and the reader that parses with the hardened specs/xml.h parser,
 * validates against the schema while streaming and resolves names against
 * the presentation.  The reader only builds the record (excert_new,
 * excert_add_*); nothing here decides whether a certificate is right:
 * that is kernel 7's verdict (proofs/excert.c). */
#include "proofs/excert.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>

#include "specs/xml.h"

/* ---- writing ------------------------------------------------------------------------ */

static void put_escaped(FILE *fp, const char *s)
{
  for (; *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", fp); break;
    case '<': fputs("&lt;", fp); break;
    case '>': fputs("&gt;", fp); break;
    case '"': fputs("&quot;", fp); break;
    default: fputc(*s, fp);
    }
  }
}

/* generator names separated by spaces (the empty word: nothing) */
static void put_word(FILE *fp, const category *c, const int *w, int len)
{
  for (int i = 0; i < len; i++) {
    if (i) fputc(' ', fp);
    put_escaped(fp, category_generator_name(c, w[i]));
  }
}

yo_status excert_write(const excert *x, const category *c, FILE *fp, long *bytes,
                       diag_list *d)
{
  long start = ftell(fp);
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<yoneda-certificate version=\"1\" kind=\"category\" category=\"", fp);
  put_escaped(fp, category_name(c));
  fprintf(fp, "\" morphisms=\"%d\" edges=\"%d\"", x->n, x->nedges);
  if (x->nlemmas > 0) fprintf(fp, " lemmas=\"%d\"", x->nlemmas);
  fputs(">\n", fp);
  for (int v = 0; v < x->n; v++) {
    if (x->parent[v] < 0) {
      fputs("  <morphism object=\"", fp);
      put_escaped(fp, x->idobj[v] >= 0 ? category_object_name(c, x->idobj[v]) : "?");
      fputs("\"/>\n", fp);
    } else {
      fprintf(fp, "  <morphism parent=\"%d\" generator=\"", x->parent[v]);
      put_escaped(fp, category_generator_name(c, x->pgen[v]));
      fputs("\"/>\n", fp);
    }
  }
  int E = category_equation_count(c);
  for (int l = 0; l < x->nlemmas; l++) {
    fputs("  <lemma object=\"", fp);
    put_escaped(fp, category_object_name(c, x->lobj[l]));
    fputs("\" lhs=\"", fp);
    put_word(fp, c, x->words + x->llhs[l], x->llen[l]);
    fputs("\">\n", fp);
    for (int t = x->lfirst[l]; t < x->lfirst[l + 1]; t++) {
      if (x->seq[t] < E) fprintf(fp, "    <step equation=\"%d\"", x->seq[t] + 1);
      else fprintf(fp, "    <step lemma=\"%d\"", x->seq[t] - E + 1);
      fprintf(fp, " replace=\"%s\" offset=\"%d\" word=\"",
              x->sside[t] ? "rhs" : "lhs", x->spos[t]);
      put_word(fp, c, x->words + x->sword[t], x->slen[t]);
      fputs("\"/>\n", fp);
    }
    fputs("  </lemma>\n", fp);
  }
  for (int i = 0; i < x->nedges; i++) {
    fprintf(fp, "  <edge from=\"%d\" generator=\"", x->efrom[i]);
    put_escaped(fp, category_generator_name(c, x->egen[i]));
    fprintf(fp, "\" to=\"%d\" at=\"%d\" ", x->eto[i], x->enode[i]);
    if (x->eeq[i] < E) fprintf(fp, "equation=\"%d\"", x->eeq[i] + 1);
    else fprintf(fp, "lemma=\"%d\"", x->eeq[i] - E + 1);
    fprintf(fp, " full=\"%s\" position=\"%d\"/>\n",
            x->efull[i] ? "rhs" : "lhs", x->egap[i] + 1);
  }
  fputs("</yoneda-certificate>\n", fp);
  long end = ftell(fp);
  if (ferror(fp)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "cannot write the certificate: %s", strerror(errno));
    return YO_INTERNAL;
  }
  if (bytes) *bytes = start >= 0 && end >= start ? end - start : 0;
  return YO_OK;
}

/* ---- reading ---------------------------------------------------------------------- */

typedef struct xreader {
  const char *path;
  diag_list *d;
  int errors;
} xreader;

static void rd_structured(void *ud, xmlErrorPtr e)
{
  xreader *r = ud;
  if (!e || r->errors >= 20) return;
  r->errors++;
  char msg[400];
  snprintf(msg, sizeof msg, "%s", e->message ? e->message : "malformed XML");
  size_t k = strlen(msg);
  while (k > 0 && (msg[k - 1] == '\n' || msg[k - 1] == ' ')) msg[--k] = '\0';
  diag_add(r->d, DIAG_ERROR, r->path, e->line, "certificate does not match exact-1.rng: %s", msg);
}

/* Attribute `name` of the current element as a new string (xmlFree), or
 * NULL. */
static char *attr(xmlTextReaderPtr rd, const char *name)
{
  return (char *)xmlTextReaderGetAttribute(rd, (const xmlChar *)name);
}

/* A non-negative int attribute; -1 (with an error) when absent or too
 * large. */
static int int_attr(xmlTextReaderPtr rd, xreader *r, const char *name, long line)
{
  char *v = attr(rd, name);
  if (!v) {
    diag_add(r->d, DIAG_ERROR, r->path, line, "missing attribute '%s'", name);
    r->errors++;
    return -1;
  }
  errno = 0;
  char *end = NULL;
  long k = strtol(v, &end, 10);
  int ok = errno == 0 && end && end != v && k >= 0 && k <= INT_MAX;
  while (ok && *end == ' ') end++;
  ok = ok && *end == '\0';
  if (!ok) {
    diag_add(r->d, DIAG_ERROR, r->path, line, "attribute %s=\"%.40s\" is not a "
             "number in 0 .. %d", name, v, INT_MAX);
    r->errors++;
    k = -1;
  }
  xmlFree(v);
  return (int)k;
}

static int name_attr(xmlTextReaderPtr rd, xreader *r, const category *c,
                     const char *name, int object, long line)
{
  char *v = attr(rd, name);
  if (!v) {
    diag_add(r->d, DIAG_ERROR, r->path, line, "missing attribute '%s'", name);
    r->errors++;
    return -1;
  }
  int k = object ? category_find_object(c, v) : category_find_generator(c, v);
  if (k < 0) {
    diag_add(r->d, DIAG_ERROR, r->path, line, "category '%s' has no %s '%.100s'",
             category_name(c), object ? "object" : "generator", v);
    r->errors++;
  }
  xmlFree(v);
  return k;
}

/* A word attribute (generator names separated by spaces) into *buf; its
 * length, -1 (with an error) for an unknown name, -2 on OOM. */
static int word_attr(xmlTextReaderPtr rd, xreader *r, const category *c,
                     const char *name, long line, int **buf, int *cap)
{
  char *v = attr(rd, name);
  if (!v) {
    diag_add(r->d, DIAG_ERROR, r->path, line, "missing attribute '%s'", name);
    r->errors++;
    return -1;
  }
  int len = 0, rc = 0;
  for (char *p = v; *p && rc == 0;) {
    while (*p == ' ') p++;
    if (!*p) break;
    char *e = p;
    while (*e && *e != ' ') e++;
    char save = *e;
    *e = '\0';
    int g = category_find_generator(c, p);
    if (g < 0) {
      diag_add(r->d, DIAG_ERROR, r->path, line, "category '%s' has no "
               "generator '%.100s'", category_name(c), p);
      r->errors++;
      rc = -1;
    } else {
      if (len == *cap) {
        int ncap = *cap ? 2 * *cap : 64;
        int *nb = realloc(*buf, (size_t)ncap * sizeof(int));
        if (!nb) rc = -2;
        else { *buf = nb; *cap = ncap; }
      }
      if (rc == 0) (*buf)[len++] = g;
    }
    *e = save;
    p = e;
  }
  xmlFree(v);
  return rc < 0 ? rc : len;
}

/* The equation="k" or lemma="k" attribute as a combined equation number
 * (0 .. E-1 the spec's, E + l lemma l); -1 with an error when neither is
 * valid (a lemma number too large is left for the kernel). */
static int uses_attr(xmlTextReaderPtr rd, xreader *r, const category *c,
                     int E, long line)
{
  char *v = attr(rd, "lemma");
  if (v) {
    xmlFree(v);
    int k = int_attr(rd, r, "lemma", line);
    if (k < 1) {
      if (k == 0) {
        diag_add(r->d, DIAG_ERROR, r->path, line, "lemmas are numbered from 1");
        r->errors++;
      }
      return -1;
    }
    return k - 1 > INT_MAX - E ? -1 : E + k - 1;
  }
  int eq = int_attr(rd, r, "equation", line);
  if (eq < 1 || eq > E) {
    diag_add(r->d, DIAG_ERROR, r->path, line, "category '%s' has no equation %d "
             "(equations are numbered from 1)", category_name(c), eq);
    r->errors++;
    return -1;
  }
  return eq - 1;
}

yo_status excert_read(const char *path, const category *c, excert **out,
                      diag_list *d)
{
  *out = NULL;
  /* the one capped reader (specs/xml.h: "-" and pipes too) */
  char *text = NULL;
  size_t text_len = 0;
  yo_status rs = xml_read_file(path, 1L << 30, &text, &text_len, d);
  if (rs != YO_OK) return rs;
  rs = excert_read_buffer(text, text_len, path, c, out, d);
  free(text);
  return rs;
}

/* The state of one read: what the root declared, what was listed so far,
 * and a buffer for words. */
typedef struct xread {
  xreader r;
  xmlTextReaderPtr rd;
  const category *c;
  size_t text_len;
  int E;                            /* the presentation's equations */
  int declared_n, declared_e, declared_l, nm;
  excert *x;
  int *wbuf, wcap;
} xread;

/* An error at `line` of the certificate: counted, so that reading stops. */
static void read_error(xread *s, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void read_error(xread *s, long line, const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_add(s->r.d, DIAG_ERROR, s->r.path, line, "%s", msg);
  s->r.errors++;
}

/* <yoneda-certificate>: the kind, the category and the declared counts;
 * allocates the record.  YO_OK (errors counted in s->r), or YO_INTERNAL. */
static yo_status read_root(xread *s, long line)
{
  const char *path = s->r.path;
  char *kind = attr(s->rd, "kind"), *cat = attr(s->rd, "category");
  if (!kind || strcmp(kind, "category") != 0) {
    diag_add(s->r.d, DIAG_ERROR, path, line, "not an exact category certificate "
             "(kind=\"%.40s\")", kind ? kind : "");
    s->r.errors++;
  } else if (!cat || strcmp(cat, category_name(s->c)) != 0) {
    diag_add(s->r.d, DIAG_ERROR, path, line, "the certificate is for category "
             "'%.100s', not '%s'", cat ? cat : "", category_name(s->c));
    s->r.errors++;
  }
  if (kind) xmlFree(kind);
  if (cat) xmlFree(cat);
  s->declared_n = int_attr(s->rd, &s->r, "morphisms", line);
  s->declared_e = int_attr(s->rd, &s->r, "edges", line);
  char *dl = attr(s->rd, "lemmas");
  if (dl) {
    xmlFree(dl);
    s->declared_l = int_attr(s->rd, &s->r, "lemmas", line);
  }
  if (s->r.errors) return YO_OK;
  if (s->declared_n > (long)s->text_len / 16 + 1) {   /* a <morphism> takes more bytes */
    read_error(s, line, "morphisms=\"%d\" is more than the file can hold", s->declared_n);
    return YO_OK;
  }
  s->x = excert_new(s->declared_n);
  return s->x ? YO_OK : YO_INTERNAL;
}

/* <morphism>: an identity (object=) or parent= and generator=. */
static yo_status read_morphism(xread *s, long line)
{
  excert *x = s->x;
  if (s->nm >= x->n) {
    read_error(s, line, "more <morphism> elements than morphisms=\"%d\"", x->n);
    return YO_OK;
  }
  char *o = attr(s->rd, "object");
  if (o) {
    xmlFree(o);
    x->idobj[s->nm] = name_attr(s->rd, &s->r, s->c, "object", 1, line);
  } else {
    x->parent[s->nm] = int_attr(s->rd, &s->r, "parent", line);
    x->pgen[s->nm] = name_attr(s->rd, &s->r, s->c, "generator", 0, line);
  }
  s->nm++;
  return YO_OK;
}

/* <lemma>: its object and left-hand side (the steps follow). */
static yo_status read_lemma(xread *s, long line)
{
  if (s->x->nlemmas >= s->declared_l) {
    read_error(s, line, "more <lemma> elements than lemmas=\"%d\"", s->declared_l);
    return YO_OK;
  }
  int o = name_attr(s->rd, &s->r, s->c, "object", 1, line);
  int len = word_attr(s->rd, &s->r, s->c, "lhs", line, &s->wbuf, &s->wcap);
  if (len == -2 || (len >= 0 && excert_add_lemma(s->x, o, s->wbuf, len) < 0))
    return YO_INTERNAL;
  return YO_OK;
}

/* <step> of the last lemma. */
static yo_status read_step(xread *s, long line)
{
  if (s->x->nlemmas == 0) {
    read_error(s, line, "a <step> outside a <lemma>");
    return YO_OK;
  }
  int eq = uses_attr(s->rd, &s->r, s->c, s->E, line);
  char *rep = attr(s->rd, "replace");
  int side = rep && strcmp(rep, "rhs") == 0 ? 1 : 0;
  if (rep) xmlFree(rep);
  int pos = int_attr(s->rd, &s->r, "offset", line);
  int len = word_attr(s->rd, &s->r, s->c, "word", line, &s->wbuf, &s->wcap);
  if (len == -2 || (len >= 0 && excert_add_step(s->x, eq, side, pos, s->wbuf, len) < 0))
    return YO_INTERNAL;
  return YO_OK;
}

/* <edge>: a deduced edge of the Cayley graph with its deduction. */
static yo_status read_edge(xread *s, long line)
{
  if (s->x->nedges >= s->declared_e) {
    read_error(s, line, "more <edge> elements than edges=\"%d\"", s->declared_e);
    return YO_OK;
  }
  int from = int_attr(s->rd, &s->r, "from", line);
  int g = name_attr(s->rd, &s->r, s->c, "generator", 0, line);
  int to = int_attr(s->rd, &s->r, "to", line);
  int at = int_attr(s->rd, &s->r, "at", line);
  int eq = uses_attr(s->rd, &s->r, s->c, s->E, line);
  int gap = int_attr(s->rd, &s->r, "position", line);
  char *full = attr(s->rd, "full");
  int side = full && strcmp(full, "rhs") == 0 ? 1 : 0;
  if (full) xmlFree(full);
  if (gap < 1) read_error(s, line, "positions are numbered from 1");
  if (excert_add_edge(s->x, from, g, to, at, eq, side, gap - 1) < 0) return YO_INTERNAL;
  return YO_OK;
}

/* Read the elements up to the end or the first error; the status of
 * xmlTextReaderRead at the end goes to *ret. */
static yo_status read_elements(xread *s, int *ret)
{
  yo_status st = YO_OK;
  while (st == YO_OK && (*ret = xmlTextReaderRead(s->rd)) == 1 && s->r.errors == 0) {
    int type = xmlTextReaderNodeType(s->rd);
    if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
      read_error(s, 0, "a certificate must not have a DTD");
      break;
    }
    if (type != XML_READER_TYPE_ELEMENT) continue;
    const char *el = (const char *)xmlTextReaderConstLocalName(s->rd);
    long line = xmlTextReaderGetParserLineNumber(s->rd);
    if (strcmp(el, "yoneda-certificate") == 0) st = read_root(s, line);
    else if (!s->x) continue;
    else if (strcmp(el, "morphism") == 0) st = read_morphism(s, line);
    else if (strcmp(el, "lemma") == 0) st = read_lemma(s, line);
    else if (strcmp(el, "step") == 0) st = read_step(s, line);
    else if (strcmp(el, "edge") == 0) st = read_edge(s, line);
  }
  return st;
}

/* After the last element: well-formed, valid, and as many of each as
 * declared. */
static void read_finish(xread *s, int ret)
{
  const excert *x = s->x;
  if (s->r.errors == 0 && ret != 0) read_error(s, 0, "malformed certificate");
  if (s->r.errors == 0 && xmlTextReaderIsValid(s->rd) != 1)
    read_error(s, 0, "certificate does not match exact-1.rng");
  if (s->r.errors == 0 && x && (s->nm != x->n || x->nedges != s->declared_e ||
                                x->nlemmas != s->declared_l)) {
    diag_add(s->r.d, DIAG_ERROR, s->r.path, 0, "the certificate declares %d morphisms, "
             "%d lemmas and %d edges but lists %d, %d and %d", x->n,
             s->declared_l, s->declared_e, s->nm, x->nlemmas, x->nedges);
    s->r.errors++;
  }
  if (s->r.errors == 0 && !x) read_error(s, 0, "malformed certificate");
}

yo_status excert_read_buffer(const char *text, size_t text_len, const char *path,
                             const category *c, excert **out, diag_list *d)
{
  *out = NULL;
  /* the hardened parser of specs (specs/xml.h: UTF-8 only, DOCTYPE refused
   * before anything in it is read, attribute cap); the reader below then
   * runs on the same bytes */
  int oom = 0;
  xmlDocPtr checked = xml_parse(text, text_len, path, d, &oom);
  if (!checked) return oom ? YO_INTERNAL : YO_INVALID;
  xmlFreeDoc(checked);
  xread s;
  memset(&s, 0, sizeof s);
  s.r.path = path;
  s.r.d = d;
  s.c = c;
  s.text_len = text_len;
  s.E = category_equation_count(c);
  s.declared_n = s.declared_e = -1;
  yo_status st = YO_OK;
  xmlRelaxNGParserCtxtPtr pctxt =
      xmlRelaxNGNewMemParserCtxt(excert_schema_rng, (int)excert_schema_rng_length);
  xmlRelaxNGPtr schema = pctxt ? xmlRelaxNGParse(pctxt) : NULL;
  s.rd = xmlReaderForMemory(text, (int)text_len, path, "UTF-8",
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                XML_PARSE_HUGE);
  if (!schema || !s.rd) {
    diag_add(d, DIAG_ERROR, path, 0, "cannot read certificate");
    st = YO_INVALID;
  } else {
    xmlTextReaderSetStructuredErrorHandler(s.rd, rd_structured, &s.r);
    if (xmlTextReaderRelaxNGSetSchema(s.rd, schema) != 0) {
      diag_add(d, DIAG_ERROR, path, 0, "cannot validate certificate");
      st = YO_INTERNAL;
    }
  }
  if (st == YO_OK) {
    int ret = 0;
    st = read_elements(&s, &ret);
    if (st == YO_OK) {
      read_finish(&s, ret);
      if (s.r.errors) st = YO_INVALID;
    }
  }
  free(s.wbuf);
  if (s.rd) xmlFreeTextReader(s.rd);
  if (schema) xmlRelaxNGFree(schema);
  if (pctxt) xmlRelaxNGFreeParserCtxt(pctxt);
  if (st == YO_OK) *out = s.x;
  else excert_free(s.x);
  if (st == YO_INTERNAL && s.r.errors == 0)
    diag_add(d, DIAG_ERROR, path, 0, "out of memory reading the certificate");
  return st;
}
