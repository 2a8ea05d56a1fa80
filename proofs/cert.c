/* cert.c — see cert.h.  The XML form is documented in docs/certificates.md
 * and its grammar is proofs/schema/cert-1.rng, built into the library by make
 * (cert_schema_rng; the cert test checks the two copies are identical).  Reading is as careful as the spec
 * loader: size-capped, no network, no DTD, no entity substitution, errors
 * collected through the parser context (no global handler), RELAX NG
 * validation before any name is resolved. */
#include "proofs/cert.h"

#include <errno.h>
#include <stdarg.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/category.h"
#include "specs/schema.h"
#include "specs/spec.h"
#include "specs/text.h"
#include "specs/xml.h"


/* ---- the record ------------------------------------------------------------ */

rep_cert *cert_new(cert_verdict v, const char *task_name_, task_variance var)
{
  rep_cert *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->verdict = v;
  c->variance = var;
  c->object = -1;
  c->element = -1;
  if (task_name_) {
    size_t n = strlen(task_name_);
    c->task = malloc(n + 1);
    if (!c->task) {
      free(c);
      return NULL;
    }
    memcpy(c->task, task_name_, n + 1);
  }
  return c;
}

void cert_free(rep_cert *c)
{
  if (!c) return;
  free(c->task);
  free(c->images);
  free(c->objects);
  free(c->elements);
  free(c);
}

/* ---- writing --------------------------------------------------------------- */

typedef struct writer {
  FILE *f;
  const task *t;
  const category *w;
  int rev;
  char *buf;
  int cap;
  int bad;
} writer;

static void put_escaped(writer *wr, const char *s)
{
  for (; *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", wr->f); break;
    case '<': fputs("&lt;", wr->f); break;
    case '>': fputs("&gt;", wr->f); break;
    case '"': fputs("&quot;", wr->f); break;
    default: fputc(*s, wr->f);
    }
  }
}

static void put_attr(writer *wr, const char *name, const char *value)
{
  fprintf(wr->f, " %s=\"", name);
  put_escaped(wr, value ? value : "");
  fputc('"', wr->f);
}

/* Rewrite a path "r r r r s" in place as "r^4 s": a run of three or more
 * equal names becomes NAME^K (spec v1 powers), so that the normal forms of
 * a cyclic group Z_n take O(n log n) bytes instead of O(n^2).  The result
 * is never longer than the input, so writing never overtakes reading. */
static void compress_runs(char *p)
{
  char *out = p;
  const char *in = p;
  while (*in) {
    const char *tok = in;
    size_t len = strcspn(tok, " ");
    long k = 1;
    const char *next = tok + len;
    while (*next == ' ' && strncmp(next + 1, tok, len) == 0 &&
           (next[1 + len] == ' ' || next[1 + len] == '\0')) {
      k++;
      next += 1 + len;
    }
    if (out != p) *out++ = ' ';
    memmove(out, tok, len);
    out += len;
    if (k >= 3) {
      out += sprintf(out, "^%ld", k);
    } else if (k == 2) {
      *out++ = ' ';
      memmove(out, tok, len);
      out += len;
    }
    in = *next == ' ' ? next + 1 : next;
  }
  *out = '\0';
}

static const char *path_of(writer *wr, int f)
{
  if (f < 0 || f >= category_morphism_count(wr->w)) {
    wr->bad = 1;
    return "?";
  }
  int n = category_format_morphism(wr->w, f, wr->rev, wr->buf, wr->cap);
  if (n >= wr->cap) {
    int cap = n + 64;
    char *b = realloc(wr->buf, (size_t)cap);
    if (!b) {
      wr->bad = 1;
      return "?";
    }
    wr->buf = b;
    wr->cap = cap;
    category_format_morphism(wr->w, f, wr->rev, wr->buf, wr->cap);
  }
  compress_runs(wr->buf);
  return wr->buf;
}

static const char *obj_name(writer *wr, int x)
{
  if (x < 0 || x >= category_object_count(wr->w)) {
    wr->bad = 1;
    return "?";
  }
  return category_object_name(wr->w, x);
}

static const char *elem_name(writer *wr, int x, int e)
{
  if (x < 0 || x >= category_object_count(wr->w) || e < 0 || e >= task_set_size(wr->t, x)) {
    wr->bad = 1;
    return "?";
  }
  return task_element_name(wr->t, x, e);
}

static void write_positive(writer *wr, const rep_cert *c)
{
  const category *w = wr->w;
  int P = c->object;
  if (P < 0 || P >= category_object_count(w) ||
      c->nimages != category_block_size(w, P) || !c->images) {
    wr->bad = 1;
    return;
  }
  fputs("  <universal", wr->f);
  put_attr(wr, "object", obj_name(wr, P));
  put_attr(wr, "element", elem_name(wr, P, c->element));
  fputs(">\n", wr->f);
  /* group the block by target: counting sort, objects in order */
  int nobj = category_object_count(w), start = category_block_start(w, P);
  int *first = calloc((size_t)nobj + 1, sizeof *first);
  int *order = malloc(((size_t)c->nimages + 1) * sizeof *order);
  if (!first || !order) {
    free(first);
    free(order);
    wr->bad = 1;
    return;
  }
  for (int k = 0; k < c->nimages; k++) first[category_target(w, start + k) + 1]++;
  for (int y = 0; y < nobj; y++) first[y + 1] += first[y];
  for (int k = 0; k < c->nimages; k++) order[first[category_target(w, start + k)]++] = k;
  /* first[y] is now the end of y's run */
  int i = 0;
  for (int y = 0; y < nobj; y++) {
    if (i == first[y]) continue;
    fputs("    <component", wr->f);
    put_attr(wr, "object", obj_name(wr, y));
    fputs(">\n", wr->f);
    for (; i < first[y]; i++) {
      int k = order[i];
      fputs("      <image", wr->f);
      put_attr(wr, "morphism", path_of(wr, start + k));
      put_attr(wr, "element", elem_name(wr, y, c->images[k]));
      fputs("/>\n", wr->f);
    }
    fputs("    </component>\n", wr->f);
  }
  fputs("  </universal>\n", wr->f);
  free(first);
  free(order);
}

static void write_negative(writer *wr, const rep_cert *c)
{
  const category *w = wr->w;
  if (c->nobjects != category_object_count(w)) {
    wr->bad = 1;
    return;
  }
  for (int P = 0; P < c->nobjects; P++) {
    const cert_object_witness *ow = &c->objects[P];
    fputs("  <object", wr->f);
    put_attr(wr, "name", obj_name(wr, P));
    if (ow->kind == WIT_EMPTY) {
      put_attr(wr, "witness", "empty");
      fputs("/>\n", wr->f);
    } else if (ow->kind == WIT_CARDINALITY) {
      put_attr(wr, "witness", "cardinality");
      put_attr(wr, "other", obj_name(wr, ow->object));
      if (!wr->bad)
        fprintf(wr->f, " hom=\"%d\" size=\"%d\"", category_hom_count(w, P, ow->object),
                task_set_size(wr->t, ow->object));
      fputs("/>\n", wr->f);
    } else if (ow->kind == WIT_PER_ELEMENT) {
      put_attr(wr, "witness", "per-element");
      fputs(">\n", wr->f);
      int n = task_set_size(wr->t, P);
      if (ow->first < 0 || ow->first + n > c->nelements) {
        wr->bad = 1;
        return;
      }
      for (int u = 0; u < n; u++) {
        const cert_element_witness *ew = &c->elements[ow->first + u];
        fputs("    <element", wr->f);
        put_attr(wr, "name", elem_name(wr, P, u));
        put_attr(wr, "object", obj_name(wr, ew->object));
        if (ew->kind == WIT_COLLISION) {
          put_attr(wr, "witness", "collision");
          put_attr(wr, "f1", path_of(wr, ew->f1));
          put_attr(wr, "f2", path_of(wr, ew->f2));
          if (!wr->bad && ew->element >= 0 && ew->element < task_set_size(wr->t, ew->object))
            put_attr(wr, "image", elem_name(wr, ew->object, ew->element));
        } else if (ew->kind == WIT_UNREACHED) {
          put_attr(wr, "witness", "unreached");
          put_attr(wr, "missing", elem_name(wr, ew->object, ew->element));
        } else {
          wr->bad = 1;
        }
        fputs("/>\n", wr->f);
        if (wr->bad) return;
      }
      fputs("  </object>\n", wr->f);
    } else {
      wr->bad = 1;
    }
    if (wr->bad) return;
  }
}

yo_status cert_write(const rep_cert *c, const task *t, const category *work, FILE *f,
                     diag_list *d)
{
  writer wr = {f, t, work, task_variance_of(t) == TASK_CONTRAVARIANT, NULL, 0, 0};
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<yoneda-certificate version=\"1\" "
        "kind=\"representability\"", wr.f);
  put_attr(&wr, "task", task_name(t));
  put_attr(&wr, "category", category_name(task_category(t)));
  put_attr(&wr, "variance", wr.rev ? "contravariant" : "covariant");
  if (c->verdict == CERT_REPRESENTABLE) {
    put_attr(&wr, "verdict", "representable");
    fputs(">\n", wr.f);
    write_positive(&wr, c);
  } else if (c->verdict == CERT_NOT_REPRESENTABLE) {
    put_attr(&wr, "verdict", "not-representable");
    fputs(">\n", wr.f);
    write_negative(&wr, c);
  } else {
    wr.bad = 1;
  }
  fputs("</yoneda-certificate>\n", wr.f);
  free(wr.buf);
  if (wr.bad) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "certificate record is inconsistent with task '%s'; nothing valid written",
             task_name(t));
    return YO_INTERNAL;
  }
  if (ferror(f)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "cannot write the certificate: %s", strerror(errno));
    return YO_INTERNAL;
  }
  return YO_OK;
}

/* ---- reading --------------------------------------------------------------- */

typedef struct reader {
  const char *path;
  const task *t;
  const category *c;     /* the task's own category (paths are written in it) */
  const category *w;     /* the working category (ids) */
  int rev;
  diag_list *d;
  int errors;
  int *word;
  int cap;
} reader;

static void rd_error(reader *r, xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;


static void rd_error(reader *r, xmlNode *n, const char *fmt, ...)
{
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_add(r->d, DIAG_ERROR, r->path, n ? xmlGetLineNo(n) : 0, "%s", msg);
  r->errors++;
}

/* Attribute value as a pointer into the tree ("" if absent). */
static const char *av(xmlNode *n, const char *name)
{
  xmlAttr *a = xmlHasProp(n, (const xmlChar *)name);
  if (!a || !a->children || !a->children->content) return "";
  return (const char *)a->children->content;
}

static int is_elem(xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static int rd_object(reader *r, xmlNode *n, const char *attr)
{
  const char *name = av(n, attr);
  int x = category_find_object(r->w, name);
  if (x < 0)
    rd_error(r, n, "unknown object '%s' in category '%s'", name, category_name(r->c));
  return x;
}

static int rd_element(reader *r, xmlNode *n, const char *attr, int x)
{
  if (x < 0) return -1;
  const char *name = av(n, attr);
  int e = task_find_element(r->t, x, name);
  if (e < 0)
    rd_error(r, n, "unknown element '%s' of T(%s) in task '%s'", name,
             category_object_name(r->w, x), task_name(r->t));
  return e;
}

/* A path of the task's category, as a morphism id of the working category. */
static int rd_morphism(reader *r, xmlNode *n, const char *attr)
{
  const char *text = av(n, attr);
  int need = (int)strlen(text) / 2 + 2;
  if (need > r->cap) {
    int *wd = realloc(r->word, (size_t)need * sizeof *wd);
    if (!wd) {
      rd_error(r, n, "out of memory");
      return -1;
    }
    r->word = wd;
    r->cap = need;
  }
  char err[512];
  int src = -1, tgt = -1;
  int len = spec_parse_path(r->c, text, r->word, r->cap, &src, &tgt, err, sizeof err);
  if (len > r->cap) {   /* powers: the word is longer than the text */
    int *wd = realloc(r->word, (size_t)len * sizeof *wd);
    if (!wd) {
      rd_error(r, n, "out of memory");
      return -1;
    }
    r->word = wd;
    r->cap = len;
    len = spec_parse_path(r->c, text, r->word, r->cap, &src, &tgt, err, sizeof err);
  }
  if (len < 0) {
    rd_error(r, n, "bad path '%s' in attribute %s: %s", text, attr, err);
    return -1;
  }
  int start = src;
  if (r->rev) {
    for (int i = 0, j = len - 1; i < j; i++, j--) {
      int s = r->word[i];
      r->word[i] = r->word[j];
      r->word[j] = s;
    }
    start = tgt;
  }
  int f = category_trace(r->w, start, r->word, len);
  if (f < 0) rd_error(r, n, "path '%s' does not denote a morphism", text);
  return f;
}

static void read_positive(reader *r, xmlNode *root, rep_cert *c)
{
  xmlNode *u = NULL;
  for (xmlNode *n = root->children; n; n = n->next)
    if (is_elem(n, "universal")) u = n;
  if (!u) {
    rd_error(r, root, "missing <universal>");
    return;
  }
  int P = rd_object(r, u, "object");
  if (P < 0) return;
  c->object = P;
  c->element = rd_element(r, u, "element", P);
  int start = category_block_start(r->w, P), bs = category_block_size(r->w, P);
  c->images = malloc(((size_t)bs + 1) * sizeof *c->images);
  if (!c->images) {
    rd_error(r, u, "out of memory");
    return;
  }
  c->nimages = bs;
  for (int k = 0; k < bs; k++) c->images[k] = -1;
  for (xmlNode *comp = u->children; comp; comp = comp->next) {
    if (!is_elem(comp, "component")) continue;
    int Y = rd_object(r, comp, "object");
    if (Y < 0) continue;
    for (xmlNode *im = comp->children; im; im = im->next) {
      if (!is_elem(im, "image")) continue;
      int f = rd_morphism(r, im, "morphism");
      if (f < 0) continue;
      if (category_source(r->w, f) != P || category_target(r->w, f) != Y) {
        rd_error(r, im, "morphism '%s' is not in Hom(%s,%s) of the working category",
                 av(im, "morphism"), category_object_name(r->w, P),
                 category_object_name(r->w, Y));
        continue;
      }
      int e = rd_element(r, im, "element", Y);
      if (e < 0) continue;
      if (c->images[f - start] >= 0) {
        rd_error(r, im, "morphism '%s' has two images", av(im, "morphism"));
        continue;
      }
      c->images[f - start] = e;
    }
  }
  if (r->errors) return;
  for (int k = 0; k < bs; k++) {
    if (c->images[k] >= 0) continue;
    char buf[256];
    text_cut(buf, sizeof buf,
             category_format_morphism(r->w, start + k, r->rev, buf, sizeof buf));
    rd_error(r, u, "no image for morphism '%s'", buf);
    break;
  }
}

/* An optional informative count attribute must equal `truth`. */
static void check_count(reader *r, xmlNode *n, const char *name, int truth)
{
  if (!xmlHasProp(n, (const xmlChar *)name)) return;
  const char *v = av(n, name);
  char *end = NULL;
  long k = strtol(v, &end, 10);
  if (!end || *end != '\0' || k != truth)
    rd_error(r, n, "%s=\"%s\" is wrong: it is %d", name, v, truth);
}

/* T(f)(u) for morphism f of the working category (untrusted, only to check
 * an informative attribute); -1 on error. */
static int work_value(reader *r, int f, int u)
{
  int len = category_word_length(r->w, f);
  if (len < 0) return -1;
  int *w = malloc((size_t)(len > 0 ? len : 1) * sizeof *w);
  if (!w) return -1;
  category_word(r->w, f, w, len);
  if (task_variance_of(r->t) != TASK_COVARIANT)
    for (int i = 0; i < len / 2; i++) {
      int tmp = w[i];
      w[i] = w[len - 1 - i];
      w[len - 1 - i] = tmp;
    }
  int v = task_apply_word(r->t, w, len, u);
  free(w);
  return v;
}

/* A collision names two different morphisms P → Y (the kernel re-checks
 * this and the equal values; malformed witnesses are refused here, with a
 * message naming them). */
static void collision_shape(reader *r, xmlNode *el, int P, const cert_element_witness *ew)
{
  int Y = ew->object;
  if (ew->f1 < 0 || ew->f2 < 0 || Y < 0 || P < 0) return;
  if (ew->f1 == ew->f2) {
    rd_error(r, el, "collision witness for '%s': f1=\"%s\" and f2=\"%s\" are the same morphism",
             av(el, "name"), av(el, "f1"), av(el, "f2"));
    return;
  }
  const char *attr[2] = {"f1", "f2"};
  int f[2] = {ew->f1, ew->f2};
  for (int i = 0; i < 2; i++)
    if (category_source(r->w, f[i]) != P || category_target(r->w, f[i]) != Y) {
      rd_error(r, el, "collision witness for '%s': %s=\"%s\" is not a morphism %s → %s",
               av(el, "name"), attr[i], av(el, attr[i]),
               category_object_name(r->w, P), category_object_name(r->w, Y));
      return;
    }
}

static void read_negative(reader *r, xmlNode *root, rep_cert *c)
{
  for (xmlNode *n = root->children; n; n = n->next)
    if (is_elem(n, "universal")) {
      rd_error(r, n, "<universal> in a not-representable certificate");
      return;
    }
  int nobj = category_object_count(r->w);
  c->objects = calloc((size_t)nobj + 1, sizeof *c->objects);
  if (!c->objects) {
    rd_error(r, root, "out of memory");
    return;
  }
  c->nobjects = nobj;
  int capel = 0;
  for (xmlNode *n = root->children; n; n = n->next) {
    if (!is_elem(n, "object")) continue;
    int P = rd_object(r, n, "name");
    if (P < 0) continue;
    cert_object_witness *ow = &c->objects[P];
    if (ow->kind != 0) {
      rd_error(r, n, "two witnesses for object '%s'", av(n, "name"));
      continue;
    }
    const char *kind = av(n, "witness");
    int per_element = strcmp(kind, "per-element") == 0;
    int cardinality = strcmp(kind, "cardinality") == 0;
    /* the schema keeps the attributes flat (see cert-1.rng): pair them here */
    static const char *const card_attrs[] = {"other", "hom", "size"};
    for (int a = 0; a < 3; a++)
      if (!cardinality && xmlHasProp(n, (const xmlChar *)card_attrs[a]))
        rd_error(r, n, "attribute '%s' belongs to a cardinality witness, not to "
                 "the %s witness of object '%s'", card_attrs[a], kind, av(n, "name"));
    if (cardinality && !xmlHasProp(n, (const xmlChar *)"other"))
      rd_error(r, n, "the cardinality witness of object '%s' needs attribute 'other'",
               av(n, "name"));
    if (!per_element)
      for (xmlNode *el = n->children; el; el = el->next)
        if (is_elem(el, "element")) {
          rd_error(r, el, "<element> belongs to a per-element witness, not to the %s "
                   "witness of object '%s'", kind, av(n, "name"));
          break;
        }
    if (strcmp(kind, "empty") == 0) {
      ow->kind = WIT_EMPTY;
    } else if (cardinality) {
      ow->kind = WIT_CARDINALITY;
      if (xmlHasProp(n, (const xmlChar *)"other")) {
        ow->object = rd_object(r, n, "other");
        /* the informative counts must be the true ones (or absent) */
        if (ow->object >= 0) {
          check_count(r, n, "hom", category_hom_count(r->w, P, ow->object));
          check_count(r, n, "size", task_set_size(r->t, ow->object));
        }
      }
    } else {
      ow->kind = WIT_PER_ELEMENT;
      ow->first = c->nelements;
      int u = 0;
      for (xmlNode *el = n->children; el; el = el->next) {
        if (!is_elem(el, "element")) continue;
        int e = rd_element(r, el, "name", P);
        if (e >= 0 && e != u) {
          rd_error(r, el, "element witnesses of object '%s' must list T(%s) in order: "
                   "expected '%s', found '%s'", av(n, "name"), av(n, "name"),
                   u < task_set_size(r->t, P) ? task_element_name(r->t, P, u) : "(none)",
                   av(el, "name"));
        }
        u++;
        if (c->nelements == capel) {
          capel = capel ? 2 * capel : 16;
          cert_element_witness *a = realloc(c->elements, (size_t)capel * sizeof *a);
          if (!a) {
            rd_error(r, el, "out of memory");
            return;
          }
          c->elements = a;
        }
        cert_element_witness *ew = &c->elements[c->nelements++];
        memset(ew, 0, sizeof *ew);
        ew->object = rd_object(r, el, "object");
        ew->f1 = ew->f2 = ew->element = -1;
        if (strcmp(av(el, "witness"), "collision") == 0) {
          ew->kind = WIT_COLLISION;
          ew->f1 = rd_morphism(r, el, "f1");
          ew->f2 = rd_morphism(r, el, "f2");
          collision_shape(r, el, P, ew);
          if (xmlHasProp(el, (const xmlChar *)"image")) {
            ew->element = rd_element(r, el, "image", ew->object);
            /* informative: must be the common value T(f1)(u) */
            int v = ew->element >= 0 && ew->f1 >= 0 ? work_value(r, ew->f1, u - 1) : -2;
            if (v != -2 && v != ew->element)
              rd_error(r, el, "image=\"%s\" is not the value of f1 at '%s'",
                       av(el, "image"), av(el, "name"));
          }
        } else {
          ew->kind = WIT_UNREACHED;
          ew->element = rd_element(r, el, "missing", ew->object);
        }
      }
      if (u != task_set_size(r->t, P))
        rd_error(r, n, "object '%s' has %d element witnesses but T(%s) has %d elements",
                 av(n, "name"), u, av(n, "name"), task_set_size(r->t, P));
    }
  }
  for (int P = 0; P < nobj && !r->errors; P++)
    if (c->objects[P].kind == 0) {
      rd_error(r, root, "no witness for object '%s'", category_object_name(r->w, P));
      break;
    }
}

char *cert_task_of(const char *buf, size_t len, const char *file, diag_list *d)
{
  xmlDoc *doc = xml_parse(buf, len, file, d, NULL);
  if (!doc) return NULL;
  char *name = NULL;
  xmlNode *root = xmlDocGetRootElement(doc);
  xmlChar *v = root ? xmlGetProp(root, (const xmlChar *)"task") : NULL;
  if (v) {
    size_t n = strlen((const char *)v) + 1;
    name = malloc(n);
    if (name) memcpy(name, v, n);
    xmlFree(v);
  }
  xmlFreeDoc(doc);
  return name;
}

yo_status cert_read(const char *path, const task *t, const category *work,
                    rep_cert **out, diag_list *d)
{
  *out = NULL;
  char *buf = NULL;
  size_t len = 0;
  yo_status st = xml_read_file(path, CERT_MAX_BYTES, &buf, &len, d);
  if (st != YO_OK) return st;
  st = cert_read_buffer(buf, len, path, t, work, out, d);
  free(buf);
  return st;
}

yo_status cert_read_buffer(const char *buf, size_t len, const char *path, const task *t,
                           const category *work, rep_cert **out, diag_list *d)
{
  *out = NULL;
  reader r = {path, t, task_category(t), work, task_variance_of(t) == TASK_CONTRAVARIANT,
              d, 0, NULL, 0};
  yo_status st = YO_INVALID;
  rep_cert *c = NULL;
  int oom = 0;
  xmlDoc *doc = xml_parse(buf, len, path, d, &oom);
  if (!doc) return oom ? YO_INTERNAL : YO_INVALID;
  st = schema_validate_text(doc, path, cert_schema_rng, "cert-1.rng", d);
  if (st != YO_OK) goto done;
  st = YO_INVALID;
  xmlNode *root = xmlDocGetRootElement(doc);
  if (strcmp(av(root, "task"), task_name(t)) != 0) {
    rd_error(&r, root, "certificate is for task '%s', not '%s'", av(root, "task"),
             task_name(t));
    goto done;
  }
  if (strcmp(av(root, "category"), category_name(r.c)) != 0) {
    rd_error(&r, root, "certificate is for category '%s', but task '%s' is over '%s'",
             av(root, "category"), task_name(t), category_name(r.c));
    goto done;
  }
  const char *var = av(root, "variance");
  if ((strcmp(var, "contravariant") == 0) != r.rev) {
    rd_error(&r, root, "certificate is for a %s task, but task '%s' is %s", var,
             task_name(t), r.rev ? "contravariant" : "covariant");
    goto done;
  }
  int positive = strcmp(av(root, "verdict"), "representable") == 0;
  c = cert_new(positive ? CERT_REPRESENTABLE : CERT_NOT_REPRESENTABLE, task_name(t),
               task_variance_of(t));
  if (!c) {
    diag_add(d, DIAG_ERROR, path, 0, "out of memory");
    st = YO_INTERNAL;
    goto done;
  }
  if (positive)
    read_positive(&r, root, c);
  else
    read_negative(&r, root, c);
  if (r.errors == 0) {
    *out = c;
    c = NULL;
    st = YO_OK;
  }
done:
  cert_free(c);
  free(r.word);
  xmlFreeDoc(doc);
  return st;
}
