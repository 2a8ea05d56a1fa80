/* schema.c — see schema.h. */
#include "specs/schema.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/relaxng.h>

#include "specs/names.h"
#include "specs/text.h"
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

static int walk_document(xmlDocPtr doc, const char *file, diag_list *d, int *certain,
                         int list_names);

/* Certain walk errors from which on libxml2's validator is skipped. */
#define SCHEMA_ERROR_CAP 10

/* Validate doc against the grammar text[0..len) named sname; explain: run
 * the structural walk of the spec vocabulary on failure; builtin: the
 * grammar is yoneda-1.rng (the one the walk knows). */
static yo_status validate_with(xmlDocPtr doc, const char *file, const char *text, size_t len,
                               const char *sname, int explain, int builtin, diag_list *d)
{
  collected *c = calloc(1, sizeof *c);
  if (!c) return YO_INTERNAL;
  yo_status st = YO_INTERNAL;
  xmlRelaxNGPtr rng = NULL;
  xmlRelaxNGValidCtxtPtr vctxt = NULL;
  diag_list *walked = NULL;
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
  /* libxml2's validator costs (number of errors) x (document size).  The
   * structural walk is linear, and every error it counts as certain is one
   * the built-in schema rejects too: once it has SCHEMA_ERROR_CAP of them
   * the document is invalid and the validator is not run.  A schema file
   * of the caller's may accept more, so it is always run there. */
  int r = 0, found = -1;
  if (explain && builtin) {
    walked = diag_list_new(0);
    if (!walked) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory while validating");
      goto out;
    }
    /* counting only: the names inside lists and paths, which the schema
     * does not look at, are checked by the full walk below if the
     * document fails (and by the loader either way) */
    int certain = 0;
    walk_document(doc, file, walked, &certain, 0);
    if (certain >= SCHEMA_ERROR_CAP) r = 1;
  }
  if (r == 0) r = xmlRelaxNGValidateDoc(vctxt, doc);
  if (r == 0) {
    st = YO_OK;
  } else if (r > 0) {
    st = YO_INVALID;
    if (explain) found = schema_explain(doc, file, d, NULL);
    if (!explain || found == 0) {
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
  diag_list_free(walked);
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
                         "built-in schema yoneda-1.rng", 1, 1, d);
  size_t len = 0;
  char *owned = read_small_file(schema_path, &len);
  if (!owned) {
    diag_add(d, DIAG_ERROR, schema_path, 0, "cannot read the schema file");
    return YO_INTERNAL;
  }
  yo_status st = validate_with(doc, file, owned, len, schema_path, 1, 0, d);
  free(owned);
  return st;
}

yo_status schema_validate_text(xmlDocPtr doc, const char *file, const char *text,
                               const char *name, diag_list *d)
{
  return validate_with(doc, file, text, strlen(text), name, 0, 0, d);
}

/* ---- the structural walk -------------------------------------------------- */

/* K_NAME: the schema's name pattern; K_PATH, K_NAMES: free strings in the
 * schema (the loader reads them; the walk only looks at their names);
 * K_STRING: any string; the others: the schema's token values or
 * nonNegativeInteger. */
typedef enum kind { K_NAME, K_PATH, K_NAMES, K_STRING, K_VERSION, K_VARIANCE, K_EXPECT,
                    K_COUNT } kind;

typedef struct attr_rule {
  const char *name;
  kind k;
  int required;
} attr_rule;

#define MAX_ATTRS 8

typedef struct elem_rule {
  const char *parent;        /* NULL: the root */
  const char *tag;
  attr_rule attrs[MAX_ATTRS];   /* terminated by a NULL name */
} elem_rule;

/* The version-1 vocabulary: every element and attribute of yoneda-1.rng
 * (keep in step; tests/test_spec.c walks every fixture the schema accepts
 * and expects no error).  Which attributes a claim needs depends on its
 * kind (claim_kinds); the <map> of a functor needs exactly one of
 * object/morphism: both checked separately. */
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
    /* natural transformations (issue 8) */
    {"yoneda", "transformation", {{"name", K_NAME, 1}, {"from", K_NAME, 1}, {"to", K_NAME, 1}}},
    {"transformation", "component", {{"object", K_NAME, 1}, {"to", K_NAMES, 1}}},
    {"yoneda", "claim", {{"name", K_NAME, 1}, {"expect", K_EXPECT, 1}, {"task", K_NAME, 0},
                         {"search", K_NAME, 0}, {"functor", K_NAME, 0}, {"from", K_STRING, 0},
                         {"to", K_NAME, 0}, {"count", K_COUNT, 0}}},
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

/* The claim kinds of yoneda-1.rng ("claim.kind"): for each value of
 * expect, the attributes it needs besides name and expect, and the ones it
 * may have. */
typedef struct claim_kind {
  const char *expect;
  const char *required[3];
  const char *optional;
} claim_kind;

static const claim_kind claim_kinds[] = {
    {"representable", {"task"}, NULL},
    {"not-representable", {"task"}, NULL},
    {"yoneda", {"task"}, NULL},
    {"natural-transformations", {"from", "to", "count"}, NULL},
    {"faithful", {"functor"}, NULL},
    {"not-faithful", {"functor"}, NULL},
    {"full", {"functor"}, NULL},
    {"not-full", {"functor"}, NULL},
    {"injective-on-objects", {"functor"}, NULL},
    {"full-embedding", {"functor"}, NULL},
    {"not-full-embedding", {"functor"}, NULL},
    {"structure-preserved", {"functor"}, NULL},
    {"counterexample", {"search"}, "task"},
    {"no-counterexample", {"search"}, "task"},
};
#define NKINDS (sizeof claim_kinds / sizeof claim_kinds[0])

#define NAME_RULE "names match [A-Za-z_][A-Za-z0-9_.'-]*"

typedef struct walk {
  const char *file;
  diag_list *d;
  int found;
  int certain;   /* errors the schema itself rejects (not the path checks) */
  int names;     /* check the names inside lists and paths (never certain) */
} walk;

static void report(walk *w, const xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* An error the schema rejects as well. */
static void report(walk *w, const xmlNode *n, const char *fmt, ...)
{
  text_buf b = {0};
  va_list ap;
  va_start(ap, fmt);
  text_vprintf(&b, fmt, ap);
  va_end(ap);
  diag_add(w->d, DIAG_ERROR, w->file, xml_line(n), "%s", b.s && !b.oom ? b.s : "schema error");
  free(b.s);
  w->found++;
  w->certain++;
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

static int xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* v equals the token lit after white-space collapsing (RELAX NG <value>). */
static int token_is(const char *v, const char *lit)
{
  while (xml_space(*v)) v++;
  size_t n = strlen(lit);
  if (strncmp(v, lit, n) != 0) return 0;
  for (v += n; xml_space(*v); v++) {}
  return *v == '\0';
}

/* v is an xsd:nonNegativeInteger: [+]digits, or -0...0, white space
 * around it collapsed. */
static int count_valid(const char *v)
{
  while (xml_space(*v)) v++;
  int minus = *v == '-';
  if (*v == '+' || *v == '-') v++;
  int digits = 0, nonzero = 0;
  for (; *v >= '0' && *v <= '9'; v++, digits++)
    if (*v != '0') nonzero = 1;
  while (xml_space(*v)) v++;
  return digits && !*v && !(minus && nonzero);
}

/* The names in a path: its tokens without the power syntax of spec v1
 * ("(s t)^3", "r^4"). */
static int path_name_valid(const char *tok, size_t len, int path)
{
  if (!path) return names_valid_n(tok, len);
  while (len > 0 && tok[0] == '(') tok++, len--;
  for (;;) {
    size_t k = len;
    while (k > 0 && tok[k - 1] >= '0' && tok[k - 1] <= '9') k--;
    if (k < len && k > 0 && tok[k - 1] == '^') len = k - 1;
    else if (len > 0 && tok[len - 1] == ')') len--;
    else break;
  }
  return len == 0 || names_valid_n(tok, len);
}

/* Check the value v of attribute r of element n (described as desc). */
static void check_value(walk *w, const xmlNode *n, const char *desc, const attr_rule *r,
                        const char *v)
{
  /* xml_describe shows these attributes: the message need not name them */
  int shown = strcmp(r->name, "name") == 0 || strcmp(r->name, "object") == 0 ||
              strcmp(r->name, "morphism") == 0 || strcmp(r->name, "lhs") == 0 ||
              strcmp(r->name, "rhs") == 0;
  text_buf wb = {0};
  text_printf(&wb, "%s%s%s", shown ? "" : r->name, shown ? "" : " of ", desc);
  if (!wb.s || wb.oom) {
    free(wb.s);
    return;
  }
  const char *where = wb.s;
  switch (r->k) {
  case K_NAME:
    if (!names_valid(v)) report(w, n, "invalid name '%s' in %s (" NAME_RULE ")", v, where);
    break;
  case K_PATH:
  case K_NAMES: {
    /* the schema takes any string here: what the walk finds is the
     * loader's error, reported early but not counted as certain */
    if (!w->names) break;
    int any = 0;
    const char *p = v;
    for (;;) {
      while (xml_space(*p)) p++;
      if (!*p) break;
      const char *tok = p;
      while (*p && !xml_space(*p)) p++;
      any = 1;
      if (!path_name_valid(tok, (size_t)(p - tok), r->k == K_PATH)) {
        report(w, n, "invalid name '%.*s' in %s (" NAME_RULE ")",
               (int)(p - tok < 80 ? p - tok : 80), tok, where);
        w->certain--;
        break;
      }
    }
    if (!any && r->k == K_PATH) {
      report(w, n, "empty path in %s of %s", r->name, desc);
      w->certain--;
    }
    break;
  }
  case K_STRING:
    break;
  case K_VERSION:
    if (!token_is(v, "1"))
      report(w, n, "unsupported version '%s' in %s (this loader reads version 1)", v, desc);
    break;
  case K_VARIANCE:
    if (!token_is(v, "covariant") && !token_is(v, "contravariant"))
      report(w, n, "invalid variance '%s' in %s (expected covariant or contravariant)", v, desc);
    break;
  case K_EXPECT: {
    int ok = 0;
    for (size_t i = 0; i < NKINDS && !ok; i++) ok = token_is(v, claim_kinds[i].expect);
    if (!ok) {
      text_buf b = {0};
      for (size_t i = 0; i < NKINDS; i++)
        text_printf(&b, "%s%s", i == 0 ? "" : i + 1 == NKINDS ? " or " : ", ",
                        claim_kinds[i].expect);
      report(w, n, "invalid expect '%s' in %s (expected %s)", v, desc,
             b.s && !b.oom ? b.s : "a claim kind");
      free(b.s);
    }
    break;
  }
  case K_COUNT:
    if (!count_valid(v))
      report(w, n, "invalid number '%.40s' in %s (expected an integer >= 0)", v, where);
    break;
  }
  free(wb.s);
}

static int only_space(const xmlChar *s)
{
  for (; s && *s; s++)
    if (!xml_space((char)*s)) return 0;
  return 1;
}

static int has_attr(const xmlNode *n, const char *name)
{
  return xmlHasProp(n, (const xmlChar *)name) != NULL;
}

/* The attributes claim n needs and may have for its kind. */
static void check_claim(walk *w, const xmlNode *n, const char *desc)
{
  char *e = xml_attr(n, "expect");
  const claim_kind *k = NULL;
  for (size_t i = 0; e && i < NKINDS && !k; i++)
    if (token_is(e, claim_kinds[i].expect)) k = &claim_kinds[i];
  if (k) {
    for (int i = 0; i < 3 && k->required[i]; i++)
      if (!has_attr(n, k->required[i]))
        report(w, n, "missing attribute '%s' in %s", k->required[i], desc);
    for (const xmlAttr *a = n->properties; a; a = a->next) {
      const char *an = (const char *)a->name;
      int ok = a->ns || strcmp(an, "name") == 0 || strcmp(an, "expect") == 0 ||
               (k->optional && strcmp(an, k->optional) == 0);
      for (int i = 0; i < 3 && k->required[i] && !ok; i++) ok = strcmp(an, k->required[i]) == 0;
      if (ok) continue;
      /* an attribute of another claim kind (unknown ones are reported by
       * check_element) */
      const elem_rule *cr = find_rule("yoneda", "claim");
      int other = 0;
      for (int i = 0; i < MAX_ATTRS && cr->attrs[i].name; i++)
        if (strcmp(cr->attrs[i].name, an) == 0) other = 1;
      if (other) report(w, n, "attribute '%s' is not allowed in %s (expect '%s')", an, desc, e);
    }
  }
  if (e) xmlFree(e);
}

static void check_element(walk *w, const xmlNode *n, const elem_rule *r)
{
  char desc[300];
  xml_describe(n, desc, sizeof desc);
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    int known = 0;
    for (int i = 0; !a->ns && i < MAX_ATTRS && r->attrs[i].name; i++)
      if (strcmp(r->attrs[i].name, (const char *)a->name) == 0) known = 1;
    if (!known) report(w, n, "unknown attribute '%s' in %s", (const char *)a->name, desc);
  }
  for (int i = 0; i < MAX_ATTRS && r->attrs[i].name; i++) {
    char *owned = NULL;
    const char *v = xml_attr_ref(n, r->attrs[i].name, &owned);
    if (!v) {
      if (r->attrs[i].required)
        report(w, n, "missing attribute '%s' in %s", r->attrs[i].name, desc);
      continue;
    }
    check_value(w, n, desc, &r->attrs[i], v);
    if (owned) xmlFree(owned);
  }
  if (strcmp(r->tag, "claim") == 0) check_claim(w, n, desc);
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
    int has_o = has_attr(n, "object");
    int has_m = has_attr(n, "morphism");
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

static int walk_document(xmlDocPtr doc, const char *file, diag_list *d, int *certain,
                         int list_names)
{
  walk w = {file, d, 0, 0, list_names};
  const xmlNode *root = xmlDocGetRootElement(doc);
  int ignored;
  if (!certain) certain = &ignored;
  *certain = 0;
  if (!root) {
    diag_add(d, DIAG_ERROR, file, 0, "the document has no root element");
    return 1;
  }
  if (root->ns || strcmp((const char *)root->name, "yoneda") != 0) {
    report(&w, root, "the root element is <%s>%s, expected <yoneda version=\"1\">",
           (const char *)root->name, root->ns ? " with a namespace" : "");
    *certain = 1;
    return 1;
  }
  check_element(&w, root, &rules[0]);
  *certain = w.certain;
  return w.found;
}


int schema_explain(xmlDocPtr doc, const char *file, diag_list *d, int *certain)
{
  return walk_document(doc, file, d, certain, 1);
}
