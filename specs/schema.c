/* schema.c — see schema.h. */
#include "specs/schema.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/relaxng.h>

#include "specs/names.h"
#include "specs/xml.h"

/* ---- RELAX NG ------------------------------------------------------------ */

/* libxml2 messages collected during validation, reported only if the
 * structural walk cannot explain the failure. */
#define KEEP 100
typedef struct collected {
  int n;
  long line[KEEP];
  char msg[KEEP][256];
  int parse_errors;          /* errors while compiling the schema */
  char parse_msg[256];
  long parse_line;
} collected;

static void copy_message(char *dst, size_t cap, const char *src)
{
  snprintf(dst, cap, "%s", src ? src : "unknown error");
  size_t n = strlen(dst);
  while (n > 0 && (dst[n - 1] == '\n' || dst[n - 1] == ' ')) dst[--n] = '\0';
}

static void on_valid_error(void *user, xmlErrorPtr err)
{
  collected *c = user;
  if (!err || err->level == XML_ERR_WARNING || c->n >= KEEP) return;
  long line = err->line;
  const xmlNode *node = err->node;
  if (node && node->type == XML_ELEMENT_NODE) line = xml_line(node);
  c->line[c->n] = line;
  copy_message(c->msg[c->n], sizeof c->msg[0], err->message);
  c->n++;
}

static void on_parse_error(void *user, xmlErrorPtr err)
{
  collected *c = user;
  if (!err || err->level == XML_ERR_WARNING) return;
  if (c->parse_errors++ == 0) {
    copy_message(c->parse_msg, sizeof c->parse_msg, err->message);
    c->parse_line = err->line;
  }
}

static char *read_small_file(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  while (buf) {
    size_t k = fread(buf + n, 1, cap - n, f);
    n += k;
    if (n < cap) break;
    if (cap >= (size_t)16 << 20) {   /* a schema is small */
      free(buf);
      buf = NULL;
      break;
    }
    cap *= 2;
    char *nb = realloc(buf, cap + 1);
    if (!nb) {
      free(buf);
      buf = NULL;
    }
    buf = nb;
  }
  int err = ferror(f);
  fclose(f);
  if (!buf || err) {
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Validate doc against the grammar text[0..len) named sname; explain: run
 * the structural walk of the spec vocabulary on failure. */
static yo_status validate_with(xmlDocPtr doc, const char *file, const char *text, size_t len,
                               const char *sname, int explain, diag_list *d)
{
  collected *c = calloc(1, sizeof *c);
  if (!c) return YO_INTERNAL;
  yo_status st = YO_INTERNAL;
  xmlRelaxNGPtr rng = NULL;
  xmlRelaxNGValidCtxtPtr vctxt = NULL;
  /* read the schema with the safe parser and our error handler: libxml2's
   * own reading would report to the global handler (stderr) */
  int oom = 0;
  xmlRelaxNGParserCtxtPtr pctxt = NULL;
  xmlDocPtr sdoc = xml_parse(text, len, sname, d, &oom);
  if (!sdoc) goto out;
  pctxt = xmlRelaxNGNewDocParserCtxt(sdoc);   /* takes a copy */
  xmlFreeDoc(sdoc);
  if (!pctxt) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory while reading the schema");
    goto out;
  }
  xmlRelaxNGSetParserStructuredErrors(pctxt, on_parse_error, c);
  rng = xmlRelaxNGParse(pctxt);
  if (!rng || c->parse_errors) {
    diag_add(d, DIAG_ERROR, sname, c->parse_line, "invalid RELAX NG schema: %s",
             c->parse_errors ? c->parse_msg : "cannot compile it");
    goto out;
  }
  vctxt = xmlRelaxNGNewValidCtxt(rng);
  if (!vctxt) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory while validating");
    goto out;
  }
  xmlRelaxNGSetValidStructuredErrors(vctxt, on_valid_error, c);
  /* Validity is decided by the schema alone.  (libxml2's validator costs
   * errors x size; skipping it once the structural walk finds many errors
   * would need the walk to know the whole vocabulary, which it does not:
   * issue 12 item 6 is open on this point.) */
  int r = xmlRelaxNGValidateDoc(vctxt, doc);
  if (r == 0) {
    st = YO_OK;
  } else if (r > 0) {
    st = YO_INVALID;
    if (!explain || schema_explain(doc, file, d) == 0) {
      for (int i = 0; i < c->n; i++)
        if (explain)
          diag_add(d, DIAG_ERROR, file, c->line[i], "schema: %s", c->msg[i]);
        else
          diag_add(d, DIAG_ERROR, file, c->line[i], "does not match %s: %s", sname, c->msg[i]);
      if (c->n == 0)
        diag_add(d, DIAG_ERROR, file, 0, "%sthe document does not match %s",
                 explain ? "schema: " : "", sname);
    }
  } else {
    diag_add(d, DIAG_ERROR, file, 0, "internal error while validating against %s", sname);
  }
out:
  xmlRelaxNGFreeValidCtxt(vctxt);
  xmlRelaxNGFree(rng);
  xmlRelaxNGFreeParserCtxt(pctxt);
  free(c);
  return st;
}

yo_status schema_validate(xmlDocPtr doc, const char *file, const char *schema_path,
                          diag_list *d)
{
  if (!schema_path)
    return validate_with(doc, file, schema_builtin_text, (size_t)schema_builtin_text_length,
                         "built-in schema yoneda-1.rng", 1, d);
  size_t len = 0;
  char *owned = read_small_file(schema_path, &len);
  if (!owned) {
    diag_add(d, DIAG_ERROR, schema_path, 0, "cannot read the schema file");
    return YO_INTERNAL;
  }
  yo_status st = validate_with(doc, file, owned, len, schema_path, 1, d);
  free(owned);
  return st;
}

yo_status schema_validate_text(xmlDocPtr doc, const char *file, const char *text,
                               const char *name, diag_list *d)
{
  return validate_with(doc, file, text, strlen(text), name, 0, d);
}

/* ---- the structural walk -------------------------------------------------- */

typedef enum kind { K_NAME, K_PATH, K_NAMES, K_VERSION, K_VARIANCE, K_EXPECT, K_COUNT } kind;

typedef struct attr_rule {
  const char *name;
  kind k;
  int required;
} attr_rule;

typedef struct elem_rule {
  const char *parent;        /* NULL: the root */
  const char *tag;
  attr_rule attrs[5];        /* terminated by a NULL name */
} elem_rule;

/* The version-1 vocabulary (keep in step with yoneda-1.rng).  The <map> of
 * a functor needs exactly one of object/morphism: checked separately. */
static const elem_rule rules[] = {
    {NULL, "yoneda", {{"version", K_VERSION, 1}}},
    {"yoneda", "category", {{"name", K_NAME, 1}}},
    {"category", "object", {{"name", K_NAME, 1}}},
    {"category", "morphism", {{"name", K_NAME, 1}, {"source", K_NAME, 1}, {"target", K_NAME, 1}}},
    {"category", "equation", {{"lhs", K_PATH, 1}, {"rhs", K_PATH, 1}}},
    {"yoneda", "task", {{"name", K_NAME, 1}, {"category", K_NAME, 1}, {"variance", K_VARIANCE, 0}}},
    {"task", "set", {{"object", K_NAME, 1}, {"elements", K_NAMES, 1}}},
    {"task", "map", {{"morphism", K_NAME, 1}, {"to", K_NAMES, 1}}},
    {"yoneda", "functor", {{"name", K_NAME, 1}, {"source", K_NAME, 1}, {"target", K_NAME, 1}}},
    {"functor", "map", {{"object", K_NAME, 0}, {"morphism", K_NAME, 0}, {"to", K_PATH, 1}}},
    {"yoneda", "claim", {{"name", K_NAME, 1}, {"expect", K_EXPECT, 1}, {"task", K_NAME, 0},
                         {"search", K_NAME, 0}}},
    /* searches (issue 9); the properties are the rules with parent
     * "property" (see find_rule) */
    {"yoneda", "search", {{"name", K_NAME, 1}, {"max-objects", K_COUNT, 1},
                          {"max-morphisms", K_COUNT, 1}, {"max-elements", K_COUNT, 1},
                          {"variance", K_VARIANCE, 0}}},
    {"search", "hypothesis", {{NULL, K_NAME, 0}}},
    {"search", "conclusion", {{NULL, K_NAME, 0}}},
    {"property", "connected", {{NULL, K_NAME, 0}}},
    {"property", "groupoid", {{NULL, K_NAME, 0}}},
    {"property", "thin", {{NULL, K_NAME, 0}}},
    {"property", "one-object", {{NULL, K_NAME, 0}}},
    {"property", "has-initial", {{NULL, K_NAME, 0}}},
    {"property", "has-terminal", {{NULL, K_NAME, 0}}},
    {"property", "discrete", {{NULL, K_NAME, 0}}},
    {"property", "representable", {{NULL, K_NAME, 0}}},
    {"property", "nonempty", {{NULL, K_NAME, 0}}},
    {"property", "constant", {{"size", K_COUNT, 1}}},
    {"property", "not", {{NULL, K_NAME, 0}}},
    {"property", "and", {{NULL, K_NAME, 0}}},
    {"property", "or", {{NULL, K_NAME, 0}}},
};
#define NRULES (sizeof rules / sizeof rules[0])

#define NAME_RULE "names match [A-Za-z_][A-Za-z0-9_.'-]*"

typedef struct walk {
  const char *file;
  diag_list *d;
  int found;
} walk;

static void report(walk *w, const xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void report(walk *w, const xmlNode *n, const char *fmt, ...)
{
  char msg[800];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_add(w->d, DIAG_ERROR, w->file, xml_line(n), "%s", msg);
  w->found++;
}

static const elem_rule *find_rule(const char *parent, const char *tag)
{
  if (parent && (strcmp(parent, "hypothesis") == 0 || strcmp(parent, "conclusion") == 0 ||
                 strcmp(parent, "not") == 0 || strcmp(parent, "and") == 0 ||
                 strcmp(parent, "or") == 0))
    parent = "property";
  for (size_t i = 0; i < NRULES; i++) {
    int same_parent = parent ? (rules[i].parent && strcmp(parent, rules[i].parent) == 0)
                             : rules[i].parent == NULL;
    if (same_parent && strcmp(rules[i].tag, tag) == 0) return &rules[i];
  }
  return NULL;
}

static int known_tag(const char *tag)
{
  for (size_t i = 0; i < NRULES; i++)
    if (strcmp(rules[i].tag, tag) == 0) return 1;
  return 0;
}

/* Check the value v of attribute r of element n (described as desc). */
static void check_value(walk *w, const xmlNode *n, const char *desc, const attr_rule *r,
                        const char *v)
{
  /* xml_describe shows these attributes: the message need not name them */
  int shown = strcmp(r->name, "name") == 0 || strcmp(r->name, "object") == 0 ||
              strcmp(r->name, "morphism") == 0 || strcmp(r->name, "lhs") == 0 ||
              strcmp(r->name, "rhs") == 0;
  char where[400];
  snprintf(where, sizeof where, "%s%s%s", shown ? "" : r->name, shown ? "" : " of ", desc);
  switch (r->k) {
  case K_NAME:
    if (!names_valid(v)) report(w, n, "invalid name '%s' in %s (" NAME_RULE ")", v, where);
    break;
  case K_PATH:
  case K_NAMES: {
    size_t len = strlen(v);
    char *copy = malloc(len + 1);
    if (!copy) return;
    memcpy(copy, v, len + 1);
    char *cur = copy, *tok;
    int any = 0;
    while ((tok = names_next(&cur)) != NULL) {
      any = 1;
      if (!names_valid(tok)) {
        report(w, n, "invalid name '%.80s' in %s (" NAME_RULE ")", tok, where);
        break;
      }
    }
    if (!any && r->k == K_PATH) report(w, n, "empty path in %s of %s", r->name, desc);
    free(copy);
    break;
  }
  case K_VERSION:
    if (strcmp(v, "1") != 0)
      report(w, n, "unsupported version '%s' in %s (this loader reads version 1)", v, desc);
    break;
  case K_VARIANCE:
    if (strcmp(v, "covariant") != 0 && strcmp(v, "contravariant") != 0)
      report(w, n, "invalid variance '%s' in %s (expected covariant or contravariant)", v, desc);
    break;
  case K_EXPECT:
    if (strcmp(v, "representable") != 0 && strcmp(v, "not-representable") != 0 &&
        strcmp(v, "counterexample") != 0 && strcmp(v, "no-counterexample") != 0)
      report(w, n,
             "invalid expect '%s' in %s (expected representable, not-representable, "
             "counterexample or no-counterexample)",
             v, desc);
    break;
  case K_COUNT: {
    const char *q = v;
    while (*q == ' ') q++;
    if (*q == '+') q++;
    int digits = 0;
    while (*q >= '0' && *q <= '9') q++, digits++;
    while (*q == ' ') q++;
    if (!digits || *q) report(w, n, "invalid number '%.40s' in %s (expected an integer >= 0)", v, where);
    break;
  }
  }
}

static int only_space(const xmlChar *s)
{
  for (; s && *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') return 0;
  return 1;
}

static void check_element(walk *w, const xmlNode *n, const elem_rule *r)
{
  char desc[300];
  xml_describe(n, desc, sizeof desc);
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    int known = 0;
    for (int i = 0; !a->ns && i < 5 && r->attrs[i].name; i++)
      if (strcmp(r->attrs[i].name, (const char *)a->name) == 0) known = 1;
    if (!known) report(w, n, "unknown attribute '%s' in %s", (const char *)a->name, desc);
  }
  for (int i = 0; i < 5 && r->attrs[i].name; i++) {
    char *v = xml_attr(n, r->attrs[i].name);
    if (!v) {
      if (r->attrs[i].required)
        report(w, n, "missing attribute '%s' in %s", r->attrs[i].name, desc);
      continue;
    }
    check_value(w, n, desc, &r->attrs[i], v);
    xmlFree(v);
  }
  if (strcmp(r->tag, "claim") == 0) {   /* which attributes each claim kind needs */
    char *e = xml_attr(n, "expect");
    int has_t = xmlHasProp(n, (const xmlChar *)"task") != NULL;
    int has_s = xmlHasProp(n, (const xmlChar *)"search") != NULL;
    int search_kind = e && (strcmp(e, "counterexample") == 0 || strcmp(e, "no-counterexample") == 0);
    if (e && search_kind && !has_s)
      report(w, n, "missing attribute 'search' in %s", desc);
    else if (e && !search_kind && has_s)
      report(w, n, "attribute 'search' is not allowed in %s (expect '%s')", desc, e);
    else if (e && !search_kind && !has_t &&
             (strcmp(e, "representable") == 0 || strcmp(e, "not-representable") == 0))
      report(w, n, "missing attribute 'task' in %s", desc);
    if (e) xmlFree(e);
  }
  if (strcmp(r->tag, "not") == 0 || strcmp(r->tag, "and") == 0 || strcmp(r->tag, "or") == 0 ||
      strcmp(r->tag, "hypothesis") == 0 || strcmp(r->tag, "conclusion") == 0 ||
      strcmp(r->tag, "search") == 0) {   /* how many children a search part needs */
    int kids = 0, concl = 0, after = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      kids++;
      if (strcmp((const char *)c->name, "conclusion") == 0) concl++;
      else if (concl && strcmp((const char *)c->name, "hypothesis") == 0) after++;
    }
    if (strcmp(r->tag, "search") == 0) {
      if (concl != 1) report(w, n, "%s needs exactly one <conclusion>, not %d", desc, concl);
      if (after) report(w, n, "in %s every <hypothesis> comes before the <conclusion>", desc);
    } else if (strcmp(r->tag, "not") == 0 ? kids != 1 : kids == 0) {
      report(w, n, "<%s> needs %s property", r->tag,
             strcmp(r->tag, "not") == 0 ? "exactly one" : "at least one");
    }
  }
  if (strcmp(r->tag, "map") == 0 && strcmp(r->parent, "functor") == 0) {
    int has_o = xmlHasProp(n, (const xmlChar *)"object") != NULL;
    int has_m = xmlHasProp(n, (const xmlChar *)"morphism") != NULL;
    if (has_o == has_m)
      report(w, n, "%s needs exactly one of the attributes 'object' and 'morphism'", desc);
  }
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (!only_space(c->content)) report(w, c, "unexpected text in %s", desc);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;   /* comments, processing instructions */
    const char *tag = (const char *)c->name;
    const elem_rule *cr = c->ns ? NULL : find_rule(r->tag, tag);
    if (cr)
      check_element(w, c, cr);
    else if (c->ns)
      report(w, c, "element <%s> in namespace '%s' is not allowed in %s", tag,
             (const char *)c->ns->href, desc);
    else if (known_tag(tag))
      report(w, c, "element <%s> is not allowed in %s", tag, desc);
    else
      report(w, c, "unknown element <%s> in %s", tag, desc);
  }
}

int schema_explain(xmlDocPtr doc, const char *file, diag_list *d)
{
  walk w = {file, d, 0};
  const xmlNode *root = xmlDocGetRootElement(doc);
  if (!root) {
    diag_add(d, DIAG_ERROR, file, 0, "the document has no root element");
    return 1;
  }
  if (root->ns || strcmp((const char *)root->name, "yoneda") != 0) {
    report(&w, root, "the root element is <%s>%s, expected <yoneda version=\"1\">",
           (const char *)root->name, root->ns ? " with a namespace" : "");
    return 1;
  }
  check_element(&w, root, &rules[0]);
  return w.found;
}
