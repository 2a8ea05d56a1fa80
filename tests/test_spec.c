/* test_spec.c — the spec v1 loader: end-to-end loads of small documents,
 * every error class with its exact message and line, hostile XML, the
 * built-in schema, options, spec_parse_path and a large task. */
#include <CUnit/CUnit.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "specs/schema.h"
#include "specs/spec.h"
#include "specs/text.h"
#include "specs/xml.h"

void test_spec_suite(void);

/* Load tests/golden/specs/NAME (the runner runs from tests/). */
static yo_status load(const char *name, const spec_options *o, spec **s, diag_list *d)
{
  char path[256];
  snprintf(path, sizeof path, "golden/specs/%s", name);
  return spec_load_file(path, o, s, d);
}

/* 1 if d holds exactly the formatted lines want[] (NULL-terminated); else
 * prints what it holds. */
static int same_diags(const diag_list *d, const char *const *want)
{
  int n = 0;
  while (want[n]) n++;
  int ok = diag_count(d) == n;
  char buf[2048];
  for (int i = 0; ok && i < n; i++) {
    diag_format(d, i, buf, sizeof buf);
    if (strcmp(buf, want[i]) != 0) ok = 0;
  }
  if (!ok) {
    fprintf(stderr, "\n--- diagnostics (%d):\n", diag_count(d));
    for (int i = 0; i < diag_count(d); i++) {
      diag_format(d, i, buf, sizeof buf);
      fprintf(stderr, "%s\n", buf);
    }
  }
  return ok;
}

/* Load NAME expecting status st and exactly the diagnostics want. */
static void expect_file(const char *name, const spec_options *o, yo_status st,
                        const char *const *want)
{
  diag_list *d = diag_list_new(100);
  spec *s = NULL;
  yo_status got = load(name, o, &s, d);
  CU_ASSERT_EQUAL(got, st);
  CU_ASSERT_TRUE(same_diags(d, want));
  if (st == YO_OK) {
    CU_ASSERT_PTR_NOT_NULL(s);
  } else {
    CU_ASSERT_PTR_NULL(s);
  }
  spec_free(s);
  diag_list_free(d);
}

/* ---- valid documents ------------------------------------------------------- */

static void rotation_angle(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(load("loader-rot.xml", NULL, &s, d), YO_OK);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  CU_ASSERT_STRING_EQUAL(spec_file(s), "golden/specs/loader-rot.xml");
  CU_ASSERT_EQUAL(spec_category_count(s), 1);
  const category *c = spec_find_category(s, "Rot");
  CU_ASSERT_PTR_EQUAL(c, spec_category(s, 0));
  CU_ASSERT_EQUAL(category_morphism_count(c), 4);
  CU_ASSERT_EQUAL(category_line(c), 4);
  const task *t = spec_find_task(s, "Angle");
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  CU_ASSERT_EQUAL(task_variance_of(t), TASK_COVARIANT);
  CU_ASSERT_EQUAL(task_line(t), 9);
  CU_ASSERT_EQUAL(task_set_size(t, 0), 4);
  CU_ASSERT_EQUAL(task_set_line(t, 0), 10);
  CU_ASSERT_EQUAL(task_map_line(t, 0), 11);
  CU_ASSERT_STRING_EQUAL(task_element_name(t, 0, 3), "a3");
  CU_ASSERT_EQUAL(task_apply(t, 0, 3), 0);
  int w[3] = {0, 0, 0};
  CU_ASSERT_EQUAL(task_apply_word(t, w, 3, 2), 1);   /* a2 -> a3 -> a0 -> a1 */
  CU_ASSERT_EQUAL(spec_claim_count(s), 1);
  const spec_claim *cl = spec_claim_at(s, 0);
  CU_ASSERT_STRING_EQUAL(spec_claim_name(cl), "prompt-angle");
  CU_ASSERT_STRING_EQUAL(spec_claim_expect(cl), "representable");
  CU_ASSERT_STRING_EQUAL(spec_claim_attr(cl, "task"), "Angle");
  CU_ASSERT_PTR_NULL(spec_claim_attr(cl, "functor"));
  CU_ASSERT_EQUAL(spec_claim_line(cl), 13);
  CU_ASSERT_PTR_NULL(spec_find_task(s, "Nope"));
  CU_ASSERT_PTR_NULL(spec_find_category(s, "Nope"));
  CU_ASSERT_PTR_NULL(spec_find_functor(s, "Nope"));
  spec_free(s);
  diag_list_free(d);
}

static void arrow_contravariant(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(load("loader-arrow.xml", NULL, &s, d), YO_OK);
  const task *p = spec_find_task(s, "P"), *q = spec_find_task(s, "Q");
  CU_ASSERT_PTR_NOT_NULL_FATAL(p);
  CU_ASSERT_PTR_NOT_NULL_FATAL(q);
  CU_ASSERT_EQUAL(task_variance_of(p), TASK_CONTRAVARIANT);
  const category *c = task_category(p);
  int a = category_find_object(c, "a"), b = category_find_object(c, "b");
  int f = category_find_generator(c, "f");
  CU_ASSERT_EQUAL(task_domain(p, f), b);
  CU_ASSERT_EQUAL(task_codomain(p, f), a);
  CU_ASSERT_EQUAL(task_set_size(p, a), 2);
  CU_ASSERT_EQUAL(task_apply(p, f, 0), task_find_element(p, a, "q"));
  CU_ASSERT_EQUAL(task_apply_morphism(p, category_generator_morphism(c, f), 0), 1);
  CU_ASSERT_EQUAL(task_element_total(p), 3);
  CU_ASSERT_EQUAL(task_element_total(q), 2);
  CU_ASSERT_EQUAL(spec_claim_count(s), 2);
  CU_ASSERT_STRING_EQUAL(spec_claim_expect(spec_claim_at(s, 0)), "not-representable");
  spec_free(s);
  diag_list_free(d);
}

static void functors_forward_references(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(load("loader-functor.xml", NULL, &s, d), YO_OK);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  CU_ASSERT_EQUAL(spec_category_count(s), 3);
  CU_ASSERT_STRING_EQUAL(category_name(spec_category(s, 0)), "Arrow");
  CU_ASSERT_EQUAL(category_morphism_count(spec_find_category(s, "Z2")), 2);
  CU_ASSERT_EQUAL(spec_functor_count(s), 4);
  const functor *F = spec_find_functor(s, "F");
  CU_ASSERT_PTR_NOT_NULL_FATAL(F);
  CU_ASSERT_PTR_EQUAL(F, spec_functor(s, 0));
  const category *A = functor_source(F), *R = functor_target(F);
  int f = category_find_generator(A, "f");
  const int *w;
  int n;
  functor_generator_word(F, f, &w, &n);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(functor_generator_line(F, f), 5);
  int r = category_find_generator(R, "r");
  int rr = category_step(R, category_generator_morphism(R, r), r);
  CU_ASSERT_EQUAL(functor_morphism(F, category_generator_morphism(A, f)), rr);
  /* identities inside a path: Sq(r) = x r r x = r r */
  const functor *Sq = spec_find_functor(s, "Sq");
  functor_generator_word(Sq, 0, &w, &n);
  CU_ASSERT_EQUAL(n, 2);
  /* an object name as a path: Triv(r) = identity of b */
  const functor *Tr = spec_find_functor(s, "Triv");
  functor_generator_word(Tr, 0, &w, &n);
  CU_ASSERT_EQUAL(n, 0);
  CU_ASSERT_EQUAL(functor_object(Tr, 0), category_find_object(A, "b"));
  const task *e = spec_find_task(s, "Empty");
  CU_ASSERT_EQUAL(task_set_size(e, category_find_object(A, "a")), 0);
  CU_ASSERT_EQUAL(task_set_line(e, category_find_object(A, "a")), 43);
  spec_free(s);
  diag_list_free(d);
}

static void buffer_and_no_output(void)
{
  static const char doc[] = "<yoneda version=\"1\">\n<category name=\"C\"><object name=\"x\"/></category>\n</yoneda>\n";
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL(spec_load_buffer(doc, strlen(doc), "mem.xml", NULL, &s, d), YO_OK);
  CU_ASSERT_EQUAL(spec_category_count(s), 1);
  CU_ASSERT_EQUAL(category_morphism_count(spec_category(s, 0)), 1);
  spec_free(s);
  /* out may be NULL: validation only */
  CU_ASSERT_EQUAL(spec_load_buffer(doc, strlen(doc), "mem.xml", NULL, NULL, d), YO_OK);
  static const char empty[] = "<yoneda version=\"1\"/>";
  CU_ASSERT_EQUAL(spec_load_buffer(empty, strlen(empty), "e.xml", NULL, &s, d), YO_OK);
  CU_ASSERT_EQUAL(spec_category_count(s) + spec_task_count(s) + spec_claim_count(s), 0);
  spec_free(s);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  diag_list_free(d);
}

/* ---- error classes ----------------------------------------------------------- */

static void malformed_xml(void)
{
  static const char *const want[] = {
      "golden/specs/malformed.xml:5:14: error: malformed XML: Opening and ending tag mismatch: object line 4 and category",
      NULL};
  expect_file("malformed.xml", NULL, YO_INVALID, want);
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL(spec_load_buffer("", 0, "empty.xml", NULL, &s, d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_error_count(d), 1);
  CU_ASSERT_PTR_NULL(s);
  diag_list_clear(d);
  CU_ASSERT_EQUAL(spec_load_file("golden/specs/does-not-exist.xml", NULL, &s, d), YO_INVALID);
  CU_ASSERT_TRUE(same_diags(d, (const char *const[]){
      "golden/specs/does-not-exist.xml: error: cannot open the file: No such file or directory", NULL}));
  diag_list_free(d);
}

static void hostile_xml(void)
{
  static const char *const laughs[] = {
      "golden/specs/loader-laughs.xml:2: error: DOCTYPE declarations are not allowed (no DTD, no entities)",
      NULL};
  expect_file("loader-laughs.xml", NULL, YO_INVALID, laughs);
  static const char *const xxe[] = {
      "golden/specs/loader-xxe.xml:2: error: DOCTYPE declarations are not allowed (no DTD, no entities)", NULL};
  expect_file("loader-xxe.xml", NULL, YO_INVALID, xxe);
  static const char *const undef[] = {
      "golden/specs/loader-undefined-entity.xml:3:41: error: malformed XML: Entity 'xxe' not defined", NULL};
  expect_file("loader-undefined-entity.xml", NULL, YO_INVALID, undef);
  /* an external DTD is refused too, never fetched */
  static const char ext[] = "<?xml version=\"1.0\"?>\n<!DOCTYPE yoneda SYSTEM \"http://example.invalid/y.dtd\">\n<yoneda version=\"1\"/>\n";
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL(spec_load_buffer(ext, strlen(ext), "ext.xml", NULL, &s, d), YO_INVALID);
  CU_ASSERT_TRUE(same_diags(d, (const char *const[]){
      "ext.xml:2: error: DOCTYPE declarations are not allowed (no DTD, no entities)", NULL}));
  diag_list_free(d);
}

static void size_cap(void)
{
  spec_options o;
  spec_options_init(&o);
  CU_ASSERT_EQUAL(o.max_bytes, 64L * 1024 * 1024);
  CU_ASSERT_EQUAL(o.max_morphisms, CATEGORY_DEFAULT_MAX_MORPHISMS);
  o.max_bytes = 100;
  static const char *const want[] = {
      "golden/specs/loader-rot.xml: error: the file is too large: 506 bytes, the limit is 100 bytes", NULL};
  expect_file("loader-rot.xml", &o, YO_LIMIT, want);
  diag_list *d = diag_list_new(10);
  char buf[200];
  memset(buf, ' ', sizeof buf);
  CU_ASSERT_EQUAL(spec_load_buffer(buf, sizeof buf, "b.xml", &o, NULL, d), YO_LIMIT);
  CU_ASSERT_TRUE(same_diags(d, (const char *const[]){
      "b.xml: error: the file is too large: 200 bytes, the limit is 100 bytes", NULL}));
  diag_list_free(d);
}

static void schema_violations(void)
{
  static const char *const want[] = {
      "golden/specs/loader-schema.xml:3: error: unknown attribute 'color' in <category name=\"1C\">",
      "golden/specs/loader-schema.xml:3: error: invalid name '1C' in <category name=\"1C\"> (names match [A-Za-z_][A-Za-z0-9_.'-]*)",
      "golden/specs/loader-schema.xml:4: error: unknown attribute 'size' in <object name=\"x\"> of category 1C",
      "golden/specs/loader-schema.xml:5: error: missing attribute 'target' in <morphism name=\"f\"> of category 1C",
      "golden/specs/loader-schema.xml:6: error: empty path in lhs of <equation lhs=\"\" rhs=\"x\"> of category 1C",
      "golden/specs/loader-schema.xml:7: error: unknown element <foo> in <category name=\"1C\">",
      "golden/specs/loader-schema.xml:8: error: element <set> is not allowed in <category name=\"1C\">",
      "golden/specs/loader-schema.xml:10: error: invalid variance 'co' in <task name=\"T\"> (expected covariant or contravariant)",
      /* the loader's own errors come in the same run, sorted by line */
      "golden/specs/loader-schema.xml:10: error: unknown category 'C' in <task name=\"T\">",
      "golden/specs/loader-schema.xml:11: error: invalid name '2b' in elements of <set object=\"x\"> of task T (names match [A-Za-z_][A-Za-z0-9_.'-]*)",
      "golden/specs/loader-schema.xml:13: error: unknown category 'C' as source of <functor name=\"F\">",
      "golden/specs/loader-schema.xml:13: error: unknown category 'C' as target of <functor name=\"F\">",
      "golden/specs/loader-schema.xml:14: error: <map object=\"x\" morphism=\"f\"> of functor F needs exactly one of the attributes 'object' and 'morphism'",
      "golden/specs/loader-schema.xml:15: error: <map> of functor F needs exactly one of the attributes 'object' and 'morphism'",
      "golden/specs/loader-schema.xml:17: error: invalid expect 'maybe' in <claim name=\"c\"> (expected representable, not-representable, yoneda, natural-transformations, faithful, not-faithful, full, not-full, injective-on-objects, full-embedding, not-full-embedding, structure-preserved, counterexample or no-counterexample)",
      NULL};
  expect_file("loader-schema.xml", NULL, YO_INVALID, want);
  static const char *const version[] = {
      "golden/specs/loader-version.xml:2: error: unsupported version '2' in <yoneda> (this loader reads version 1)",
      NULL};
  expect_file("loader-version.xml", NULL, YO_INVALID, version);
  static const char *const root[] = {
      "golden/specs/loader-root.xml:2: error: the root element is <spec>, expected <yoneda version=\"1\">", NULL};
  expect_file("loader-root.xml", NULL, YO_INVALID, root);
}

/* The structural walk counts no certain error on any document the schema
 * accepts (its certain errors let validation stop early: specs/schema.c). */
static void schema_walk_sound(void)
{
  static const char *const dirs[] = {"golden/specs", "../specs/paper", "fuzz-corpus/spec",
                                     "fuzz-corpus/roundtrip", NULL};
  int valid = 0;
  for (int k = 0; dirs[k]; k++) {
    DIR *dir = opendir(dirs[k]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
      if (e->d_name[0] == '.') continue;
      char path[600];
      snprintf(path, sizeof path, "%s/%s", dirs[k], e->d_name);
      diag_list *d = diag_list_new(0);
      char *text = NULL;
      size_t len = 0;
      int oom = 0;
      xmlDocPtr doc = xml_read_file(path, 1L << 26, &text, &len, d) == YO_OK
                          ? xml_parse(text, len, path, d, &oom) : NULL;
      if (doc && schema_validate_text(doc, path, schema_builtin_text, "yoneda-1.rng", d) == YO_OK) {
        valid++;
        int certain = -1;
        schema_explain(doc, path, d, &certain);
        if (certain != 0) fprintf(stderr, "\n%s: %s\n", path, diag_message_at(d, 0));
        CU_ASSERT_EQUAL(certain, 0);
      }
      if (doc) xmlFreeDoc(doc);
      free(text);
      diag_list_free(d);
    }
    closedir(dir);
  }
  CU_ASSERT_TRUE(valid > 60);
}

/* Many schema errors: the walk's errors, capped, and fast (libxml2's
 * validator costs errors x size and is skipped once the walk has found 10
 * certain errors). */
static void schema_many_errors(void)
{
  text_buf b = {0};
  text_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<yoneda version=\"1\">\n"
                  "<category name=\"C\">\n");
  for (int i = 0; i < 100000; i++) text_printf(&b, "<object name=\"x%d\" color=\"red\"/>\n", i);
  text_printf(&b, "</category>\n</yoneda>\n");
  CU_ASSERT_FALSE_FATAL(b.oom);
  diag_list *d = diag_list_new(5);
  spec_options o;
  spec_options_init(&o);
  clock_t t0 = clock();
  CU_ASSERT_EQUAL(spec_load_buffer(b.s, b.len, "many.xml", &o, NULL, d), YO_INVALID);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CU_ASSERT_EQUAL(diag_count(d), 5);
  CU_ASSERT_EQUAL(diag_dropped(d), 100000 - 5);
  CU_ASSERT_STRING_EQUAL(diag_message_at(d, 0), "unknown attribute 'color' in <object name=\"x0\"> of category C");
  CU_ASSERT_TRUE(secs < 20.0);   /* minutes with the validator run */
  free(b.s);
  diag_list_free(d);
}

static void schema_builtin_copy(void)
{
  FILE *f = fopen("../specs/schema/yoneda-1.rng", "rb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  CU_ASSERT_TRUE(n < sizeof buf);
  CU_ASSERT_EQUAL(n, (size_t)schema_builtin_text_length);
  CU_ASSERT_EQUAL(strlen(schema_builtin_text), (size_t)schema_builtin_text_length);
  CU_ASSERT_TRUE(n == (size_t)schema_builtin_text_length && memcmp(buf, schema_builtin_text, n) == 0);
}

static void schema_option(void)
{
  spec_options o;
  spec_options_init(&o);
  o.schema = "../specs/schema/yoneda-1.rng";
  expect_file("loader-rot.xml", &o, YO_OK, (const char *const[]){NULL});
  o.schema = "golden/specs/no-such-schema.rng";
  expect_file("loader-rot.xml", &o, YO_INTERNAL, (const char *const[]){
      "golden/specs/no-such-schema.rng: error: cannot read the schema file", NULL});
  o.schema = "golden/specs/loader-broken.rng";   /* read with the same safe parser */
  expect_file("loader-rot.xml", &o, YO_INTERNAL, (const char *const[]){
      "golden/specs/loader-broken.rng:3:9: error: malformed XML: Opening and ending tag mismatch: oops line 2 and start",
      NULL});
  o.schema = "golden/specs/loader-bad-grammar.rng";
  expect_file("loader-rot.xml", &o, YO_INTERNAL, (const char *const[]){
      "golden/specs/loader-bad-grammar.rng:2: error: invalid RELAX NG schema: Unexpected node foo is not a pattern",
      NULL});
  /* a stricter schema the explainer knows nothing about: libxml2's message */
  o.schema = "golden/specs/loader-strict.rng";
  expect_file("loader-rot.xml", &o, YO_INVALID, (const char *const[]){
      "golden/specs/loader-rot.xml:4: error: schema: Did not expect element category there", NULL});
}

/* A schema file that accepts anything: the loader reports the structural
 * problems itself, and the document is invalid (never a partial spec). */
static void lax_schema(void)
{
  spec_options o;
  spec_options_init(&o);
  o.schema = "golden/specs/loader-lax.rng";
  expect_file("loader-lax.xml", &o, YO_INVALID, (const char *const[]){
      "golden/specs/loader-lax.xml:4: error: missing attribute 'name' in <object> of category C",
      "golden/specs/loader-lax.xml:6: error: invalid name '1y' in target of <morphism name=\"f\"> of category C (names match [A-Za-z_][A-Za-z0-9_.'-]*)",
      "golden/specs/loader-lax.xml:9: error: invalid variance 'sideways' in <task name=\"T\"> (expected covariant or contravariant)",
      "golden/specs/loader-lax.xml:10: error: invalid name '2b' in elements of <set object=\"x\"> of task T (names match [A-Za-z_][A-Za-z0-9_.'-]*)",
      "golden/specs/loader-lax.xml:12: error: missing attribute 'name' in <category>",
      NULL});
}

static void unknown_names(void)
{
  static const char *const want[] = {
      "golden/specs/loader-unknown.xml:5: error: unknown object 'b' as target of <morphism name=\"f\"> of category C",
      "golden/specs/loader-unknown.xml:7: error: unknown name 'h' in lhs of <equation lhs=\"g h\" rhs=\"a\"> of category C",
      "golden/specs/loader-unknown.xml:12: error: unknown object 'z' in <set object=\"z\"> of task T (category C has no such object)",
      "golden/specs/loader-unknown.xml:13: error: unknown element 'x' in <map morphism=\"g\"> of task T: T(a) has no such element",
      "golden/specs/loader-unknown.xml:14: error: unknown morphism 'k' in <map morphism=\"k\"> of task T (category C has no such morphism)",
      "golden/specs/loader-unknown.xml:17: error: unknown category 'D' in <task name=\"U\">",
      "golden/specs/loader-unknown.xml:18: error: unknown category 'E' as target of <functor name=\"F\">",
      "golden/specs/loader-unknown.xml:23: error: unknown object 'q' in <map object=\"q\"> of functor G (category C has no such object)",
      "golden/specs/loader-unknown.xml:24: error: unknown name 'q' in <map morphism=\"g\"> of functor G (category C)",
      "golden/specs/loader-unknown.xml:25: error: duplicate <map object=\"a\"> of functor G (first at line 22)",
      "golden/specs/loader-unknown.xml:27: error: unknown task 'Nothing' in <claim name=\"c\">",
      NULL};
  expect_file("loader-unknown.xml", NULL, YO_INVALID, want);
}

static void duplicate_names(void)
{
  static const char *const want[] = {
      "golden/specs/loader-duplicate.xml:5: error: duplicate name 'a' in <morphism name=\"a\"> of category C (first declared at line 4)",
      "golden/specs/loader-duplicate.xml:7: error: duplicate name 'b' in <object name=\"b\"> of category C (first declared at line 6)",
      "golden/specs/loader-duplicate.xml:9: error: duplicate category name 'C' in <category name=\"C\"> (first declared at line 3)",
      "golden/specs/loader-duplicate.xml:11: error: duplicate element 'x' in <set object=\"a\"> of task T",
      "golden/specs/loader-duplicate.xml:13: error: duplicate <set object=\"b\"> of task T (first at line 12)",
      "golden/specs/loader-duplicate.xml:15: error: duplicate task name 'T' in <task name=\"T\"> (first declared at line 10)",
      "golden/specs/loader-duplicate.xml:19: error: duplicate <map morphism=\"r\"> of task S (first at line 18)",
      "golden/specs/loader-duplicate.xml:28: error: duplicate <map object=\"x\"> of functor F (first at line 27)",
      "golden/specs/loader-duplicate.xml:30: error: duplicate <map morphism=\"r\"> of functor F (first at line 29)",
      "golden/specs/loader-duplicate.xml:33: error: duplicate claim name 'c' in <claim name=\"c\"> (first declared at line 32)",
      NULL};
  expect_file("loader-duplicate.xml", NULL, YO_INVALID, want);
}

static void ill_typed_paths(void)
{
  static const char *const want[] = {
      "golden/specs/loader-illtyped.xml:8: error: path 'f f' in lhs of <equation lhs=\"f f\" rhs=\"a\"> of category C does not compose: f ends at b but f starts at a",
      "golden/specs/loader-illtyped.xml:9: error: paths of different types in <equation lhs=\"f\" rhs=\"g\"> of category C: f goes from a to b, g from b to a",
      "golden/specs/loader-illtyped.xml:10: error: paths of different types in <equation lhs=\"f g\" rhs=\"b\"> of category C: f g goes from a to a, b from b to b",
      "golden/specs/loader-illtyped.xml:12: error: path 'f a' in lhs of <equation lhs=\"f a\" rhs=\"f\"> of category C does not compose: f ends at b but a starts at a",
      "golden/specs/loader-illtyped.xml:22: error: path 'h h' in <map morphism=\"f\"> of functor F does not compose in category D: h ends at y but h starts at x",
      "golden/specs/loader-illtyped.xml:23: error: ill-typed <map morphism=\"g\"> of functor F: 'h' goes from x to y in D, but F(g) must go from F(b) = y to F(a) = x",
      "golden/specs/loader-illtyped.xml:28: error: ill-typed <map morphism=\"h\"> of functor G: 'b' goes from b to b in C, but G(h) must go from G(x) = a to G(y) = b",
      NULL};
  expect_file("loader-illtyped.xml", NULL, YO_INVALID, want);
}

static void map_arity(void)
{
  static const char *const want[] = {
      "golden/specs/loader-arity.xml:10: error: wrong number of names in <map morphism=\"f\"> of task Co: 1 for the 2 elements of Co(a)",
      "golden/specs/loader-arity.xml:15: error: wrong number of names in <map morphism=\"f\"> of task Contra: 2 for the 1 element of Contra(b)",
      "golden/specs/loader-arity.xml:20: error: unknown element 'p' in <map morphism=\"f\"> of task Range: Range(b) has no such element",
      NULL};
  expect_file("loader-arity.xml", NULL, YO_INVALID, want);
}

static void missing_set_and_map(void)
{
  static const char *const want[] = {
      "golden/specs/loader-missing.xml:8: error: task NoSet has no <set> for object b",
      "golden/specs/loader-missing.xml:13: error: task NoMap has no <map> for morphism f",
      "golden/specs/loader-missing.xml:18: error: functor F has no <map> for object b",
      "golden/specs/loader-missing.xml:18: error: functor F has no <map> for morphism g",
      NULL};
  expect_file("loader-missing.xml", NULL, YO_INVALID, want);
}

static void task_not_functorial(void)
{
  static const char *const want[] = {
      "golden/specs/loader-task-equation.xml:10: error: task Bad: map of r breaks equation r r r r = id_x (line 6): element a0 of x goes to a1 by the left side, a0 by the right side",
      "golden/specs/loader-task-equation.xml:26: error: task Pre: map of g breaks equation f g = h k (line 18): element d1 of d goes to a1 by the left side, a2 by the right side",
      NULL};
  expect_file("loader-task-equation.xml", NULL, YO_INVALID, want);
}

static void functor_not_functorial(void)
{
  static const char *const want[] = {
      "golden/specs/loader-functor-bad.xml:15: error: functor F: map of r breaks equation r r r r = id_x of Rot (line 6): F(r r r r) = t t t t = t but F(id_x) = id_y, a different morphism of Z3",
      NULL};
  expect_file("loader-functor-bad.xml", NULL, YO_INVALID, want);
}

static void category_limit(void)
{
  spec_options o;
  spec_options_init(&o);
  o.max_morphisms = 10;
  static const char *const want[] = {
      "golden/specs/loader-limit.xml:3: error: category Loop has more than 10 morphisms (or is infinite)",
      "golden/specs/loader-limit.xml:11: error: category Big has more than 10 morphisms (or is infinite)", NULL};
  expect_file("loader-limit.xml", &o, YO_LIMIT, want);
  o.max_morphisms = 20;   /* exactly 20: fine; the infinite one is not */
  static const char *const want20[] = {
      "golden/specs/loader-limit.xml:3: error: category Loop has more than 20 morphisms (or is infinite)", NULL};
  expect_file("loader-limit.xml", &o, YO_LIMIT, want20);
}

static void equal_morphisms(void)
{
  static const char *const want[] = {
      "golden/specs/loader-equal.xml:6: warning: declared morphisms r and s of category C are equal (r is declared at line 5)",
      NULL};
  expect_file("loader-equal.xml", NULL, YO_OK, want);
  spec_options o;
  spec_options_init(&o);
  o.strict = 1;
  static const char *const strict[] = {
      "golden/specs/loader-equal.xml:6: error: declared morphisms r and s of category C are equal (r is declared at line 5)",
      NULL};
  expect_file("loader-equal.xml", &o, YO_INVALID, strict);
}

static void diag_cap_respected(void)
{
  /* 300 unknown objects: the list keeps its cap, the rest are counted */
  size_t cap = 64 * 1024;
  char *doc = malloc(cap);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  size_t at = (size_t)snprintf(doc, cap, "<yoneda version=\"1\"><category name=\"C\"><object name=\"x\"/>\n");
  for (int i = 0; i < 300; i++)
    at += (size_t)snprintf(doc + at, cap - at, "<morphism name=\"m%d\" source=\"x\" target=\"y%d\"/>\n", i, i);
  at += (size_t)snprintf(doc + at, cap - at, "</category></yoneda>\n");
  diag_list *d = diag_list_new(5);
  CU_ASSERT_EQUAL(spec_load_buffer(doc, at, "cap.xml", NULL, NULL, d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_count(d), 5);
  CU_ASSERT_TRUE(diag_full(d));
  diag_list_free(d);
  free(doc);
}

/* ---- spec_parse_path -------------------------------------------------------- */

static void parse_path(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(load("loader-illtyped.xml", NULL, &s, d), YO_INVALID);
  diag_list_free(d);
  d = diag_list_new(10);
  CU_ASSERT_EQUAL_FATAL(load("loader-functor.xml", NULL, &s, d), YO_OK);
  const category *A = spec_find_category(s, "Arrow");
  int w[4], src = -1, tgt = -1;
  char err[200];
  CU_ASSERT_EQUAL(spec_parse_path(A, "f", w, 4, &src, &tgt, err, sizeof err), 1);
  CU_ASSERT_EQUAL(w[0], 0);
  CU_ASSERT_EQUAL(src, category_find_object(A, "a"));
  CU_ASSERT_EQUAL(tgt, category_find_object(A, "b"));
  CU_ASSERT_EQUAL(spec_parse_path(A, "  a ", w, 4, &src, &tgt, err, sizeof err), 0);
  CU_ASSERT_EQUAL(src, tgt);
  CU_ASSERT_EQUAL(spec_parse_path(A, "a f b", w, 4, &src, &tgt, err, sizeof err), 1);
  CU_ASSERT_EQUAL(spec_parse_path(A, "f f", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "path 'f f' does not compose: f ends at b but f starts at a");
  CU_ASSERT_EQUAL(spec_parse_path(A, "f z", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "unknown name 'z'");
  CU_ASSERT_EQUAL(spec_parse_path(A, " ", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "empty path");
  /* identities as listed: id_a (the object's name works too) */
  CU_ASSERT_EQUAL(spec_parse_path(A, "id_a", w, 4, &src, &tgt, err, sizeof err), 0);
  CU_ASSERT_EQUAL(src, category_find_object(A, "a"));
  CU_ASSERT_EQUAL(tgt, src);
  CU_ASSERT_EQUAL(spec_parse_path(A, "id_a f id_b^2", w, 4, &src, &tgt, err, sizeof err), 1);
  CU_ASSERT_EQUAL(spec_parse_path(A, "id_b f", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_EQUAL(spec_parse_path(A, "id_f", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "unknown name 'id_f'");
  char idt[16];
  CU_ASSERT_EQUAL(category_format_identity(A, category_find_object(A, "a"), idt, sizeof idt), 4);
  CU_ASSERT_STRING_EQUAL(idt, "id_a");
  CU_ASSERT_EQUAL(category_format_identity(A, category_find_object(A, "a"), idt, 3), 4);
  CU_ASSERT_STRING_EQUAL(idt, "id");
  const category *R = spec_find_category(s, "Rot");
  /* longer than cap: the full length comes back, only cap entries written */
  int small[2] = {-7, -7}, big[6];
  CU_ASSERT_EQUAL(spec_parse_path(R, "r r r r r", small, 1, &src, &tgt, err, sizeof err), 5);
  CU_ASSERT_EQUAL(small[0], 0);
  CU_ASSERT_EQUAL(small[1], -7);
  CU_ASSERT_EQUAL(spec_parse_path(R, "r r r r r", NULL, 0, &src, &tgt, err, sizeof err), 5);
  CU_ASSERT_EQUAL(spec_parse_path(R, "r r r r r", big, 6, &src, &tgt, err, sizeof err), 5);
  /* powers and groups expand in place */
  CU_ASSERT_EQUAL(spec_parse_path(R, "r^5", big, 6, &src, &tgt, err, sizeof err), 5);
  CU_ASSERT_EQUAL(spec_parse_path(R, "(r r^2)^2", big, 6, &src, &tgt, err, sizeof err), 6);
  CU_ASSERT_EQUAL(spec_parse_path(R, "((r)^2 x)^3", small, 1, &src, &tgt, err, sizeof err), 6);
  CU_ASSERT_EQUAL(spec_parse_path(R, "x^7", big, 6, &src, &tgt, err, sizeof err), 0);
  CU_ASSERT_EQUAL(spec_parse_path(A, "f^2", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "path 'f^2' does not compose: f ends at b but f starts at a");
  CU_ASSERT_EQUAL(spec_parse_path(A, "(a f)^2", w, 4, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_EQUAL(spec_parse_path(R, "r^0", big, 6, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "power 0 in 'r^0' (K must be at least 1)");
  CU_ASSERT_EQUAL(spec_parse_path(R, "(r", big, 6, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "'(' without a matching ')'");
  CU_ASSERT_EQUAL(spec_parse_path(R, "r)^2", big, 6, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_EQUAL(spec_parse_path(R, "r^", big, 6, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_EQUAL(spec_parse_path(R, "()^3", big, 6, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_EQUAL(spec_parse_path(R, "r^2^2", big, 6, &src, &tgt, err, sizeof err), -1);
  /* the expansion limit, without materialising the expansion */
  CU_ASSERT_EQUAL(spec_parse_path(R, "(r^1000)^1000", NULL, 0, &src, &tgt, err, sizeof err),
                  1000000);
  CU_ASSERT_EQUAL(spec_parse_path(R, "((r^1000)^1000)^1000", NULL, 0, &src, &tgt, err, sizeof err),
                  -1);
  CU_ASSERT_STRING_EQUAL(err, "path expands to more than 1000000 names");
  CU_ASSERT_EQUAL(spec_parse_path(R, "r^99999999999999999999", NULL, 0, &src, &tgt, err,
                                  sizeof err), -1);
  char deep[2 * 70 + 8];
  memset(deep, '(', 70);
  memcpy(deep + 70, "r", 1);
  memset(deep + 71, ')', 70);
  deep[141] = '\0';
  CU_ASSERT_EQUAL(spec_parse_path(R, deep, big, 6, &src, &tgt, err, sizeof err), -1);
  CU_ASSERT_STRING_EQUAL(err, "groups nested deeper than 64");
  spec_free(s);
  diag_list_free(d);
}

/* ---- a large task ----------------------------------------------------------- */

/* Z2 acting on n elements by swapping neighbours: n names in a set and n in
 * a map; loading must stay linear. */
static void large_task(void)
{
  const int n = 200000;
  size_t cap = (size_t)n * 20 + 1024;
  char *doc = malloc(cap);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  size_t at = (size_t)snprintf(doc, cap,
                               "<yoneda version=\"1\">\n<category name=\"Z2\"><object name=\"x\"/>"
                               "<morphism name=\"r\" source=\"x\" target=\"x\"/>"
                               "<equation lhs=\"r r\" rhs=\"x\"/></category>\n"
                               "<task name=\"T\" category=\"Z2\">\n<set object=\"x\" elements=\"");
  for (int i = 0; i < n; i++) at += (size_t)snprintf(doc + at, cap - at, "%se%d", i ? " " : "", i);
  at += (size_t)snprintf(doc + at, cap - at, "\"/>\n<map morphism=\"r\" to=\"");
  for (int i = 0; i < n; i++)
    at += (size_t)snprintf(doc + at, cap - at, "%se%d", i ? " " : "", i ^ 1);
  at += (size_t)snprintf(doc + at, cap - at, "\"/>\n</task>\n</yoneda>\n");
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  clock_t t0 = clock();
  CU_ASSERT_EQUAL(spec_load_buffer(doc, at, "large.xml", NULL, &s, d), YO_OK);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
#ifdef YONEDA_SANITIZED
  secs /= 10.0;   /* a sanitized build is several times slower */
#endif
  CU_ASSERT_TRUE(secs < 10.0);
  const task *t = s ? spec_task(s, 0) : NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  CU_ASSERT_EQUAL(task_set_size(t, 0), n);
  CU_ASSERT_EQUAL(task_find_element(t, 0, "e123457"), 123457);
  CU_ASSERT_EQUAL(task_apply(t, 0, 123457), 123456);
  /* the same with one bad image at the very end: a precise message */
  doc[at - 29] = 'q';   /* the last name of the map, e199998 -> q199998 */
  spec_free(s);
  s = NULL;
  CU_ASSERT_EQUAL(spec_load_buffer(doc, at, "large.xml", NULL, &s, d), YO_INVALID);
  CU_ASSERT_TRUE(same_diags(d, (const char *const[]){
      "large.xml:5: error: unknown element 'q199998' in <map morphism=\"r\"> of task T: T(x) has no such element",
      NULL}));
  /* from a file: the long lists are lent by the file's bytes (the same
   * results, the same message) */
  char path[] = "/tmp/yoneda-large-XXXXXX";
  int fd = mkstemp(path);
  CU_ASSERT_TRUE_FATAL(fd >= 0);
  FILE *f = fdopen(fd, "w");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(fwrite(doc, 1, at, f), at);
  fclose(f);
  spec_free(s);
  s = NULL;
  diag_list_clear(d);
  CU_ASSERT_EQUAL(spec_load_file(path, NULL, &s, d), YO_INVALID);
  char want[200];
  snprintf(want, sizeof want, "%s:5: error: unknown element 'q199998' in <map morphism=\"r\"> "
           "of task T: T(x) has no such element", path);
  CU_ASSERT_TRUE(same_diags(d, (const char *const[]){want, NULL}));
  diag_list_clear(d);
  doc[at - 29] = 'e';
  f = fopen(path, "w");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(fwrite(doc, 1, at, f), at);
  fclose(f);
  CU_ASSERT_EQUAL(spec_load_file(path, NULL, &s, d), YO_OK);
  t = s ? spec_task(s, 0) : NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  CU_ASSERT_EQUAL(task_set_size(t, 0), n);
  CU_ASSERT_EQUAL(task_apply(t, 0, 199998), 199999);
  spec_free(s);
  remove(path);
  /* lent in place: a verbatim long list of a task; one that libxml2
   * normalises (a tab becomes a space) is a copy */
  char *set = strstr(doc, "elements=\"") + 10, *map = strstr(doc, " to=\"") + 5;
  CU_ASSERT_EQUAL_FATAL(map[2], ' ');
  map[2] = '\t';
  char *copy = malloc(at + 1);
  CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
  memcpy(copy, doc, at + 1);
  int oom = 0;
  xmlDocPtr x = xml_parse_lending(copy, at, "large.xml", d, &oom);
  CU_ASSERT_PTR_NOT_NULL_FATAL(x);
  xmlNodePtr task_el = xmlDocGetRootElement(x)->children;
  while (task_el && !(task_el->type == XML_ELEMENT_NODE &&
                       strcmp((const char *)task_el->name, "task") == 0))
    task_el = task_el->next;
  CU_ASSERT_PTR_NOT_NULL_FATAL(task_el);
  xmlNodePtr set_el = task_el->children, map_el;
  while (set_el->type != XML_ELEMENT_NODE) set_el = set_el->next;
  for (map_el = set_el->next; map_el->type != XML_ELEMENT_NODE; map_el = map_el->next) {}
  char *owned = NULL;
  const char *v = xml_attr_ref(set_el, "elements", &owned);
  CU_ASSERT_PTR_EQUAL(v, copy + (set - doc));   /* lent */
  CU_ASSERT_PTR_NULL(owned);
  CU_ASSERT_EQUAL(strncmp(v, "e0 e1 e2 ", 9), 0);
  CU_ASSERT_EQUAL(strlen(v), (size_t)(strchr(set, '"') - set));
  char *dup = xml_attr(set_el, "elements");
  CU_ASSERT_PTR_NOT_NULL_FATAL(dup);
  CU_ASSERT_STRING_EQUAL(dup, v);
  xmlFree(dup);
  v = xml_attr_ref(map_el, "to", &owned);
  CU_ASSERT_PTR_NOT_NULL_FATAL(v);
  CU_ASSERT_TRUE(v < copy || v >= copy + at);   /* a copy: not verbatim */
  CU_ASSERT_EQUAL(strncmp(v, "e1 e0 e3 ", 9), 0);
  if (owned) xmlFree(owned);
  xmlFreeDoc(x);
  free(copy);
  free(doc);
  diag_list_free(d);
}

void test_spec_suite(void)
{
  CU_pSuite s = CU_add_suite("spec", NULL, NULL);
  CU_add_test(s, "rotation_angle", rotation_angle);
  CU_add_test(s, "arrow_contravariant", arrow_contravariant);
  CU_add_test(s, "functors_forward_references", functors_forward_references);
  CU_add_test(s, "buffer_and_no_output", buffer_and_no_output);
  CU_add_test(s, "malformed_xml", malformed_xml);
  CU_add_test(s, "hostile_xml", hostile_xml);
  CU_add_test(s, "size_cap", size_cap);
  CU_add_test(s, "schema_violations", schema_violations);
  CU_add_test(s, "schema_builtin_copy", schema_builtin_copy);
  CU_add_test(s, "schema_walk_sound", schema_walk_sound);
  CU_add_test(s, "schema_many_errors", schema_many_errors);
  CU_add_test(s, "schema_option", schema_option);
  CU_add_test(s, "unknown_names", unknown_names);
  CU_add_test(s, "lax_schema", lax_schema);
  CU_add_test(s, "duplicate_names", duplicate_names);
  CU_add_test(s, "ill_typed_paths", ill_typed_paths);
  CU_add_test(s, "map_arity", map_arity);
  CU_add_test(s, "missing_set_and_map", missing_set_and_map);
  CU_add_test(s, "task_not_functorial", task_not_functorial);
  CU_add_test(s, "functor_not_functorial", functor_not_functorial);
  CU_add_test(s, "category_limit", category_limit);
  CU_add_test(s, "equal_morphisms", equal_morphisms);
  CU_add_test(s, "diag_cap_respected", diag_cap_respected);
  CU_add_test(s, "parse_path", parse_path);
  CU_add_test(s, "large_task", large_task);
}
