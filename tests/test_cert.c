/* test_cert.c — representability certificates (proofs/cert.h): the XML form
 * written and read back against specs loaded from text, the schema file vs
 * the embedded copy, xmllint on written files, and every cert_read error. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "solver/represent.h"
#include "specs/spec.h"
#include "tests/fixtures.h"

void test_cert_suite(void);

/* the copy cert_read validates with (proofs/cert.c) */

static const char *SPEC =
    "<?xml version=\"1.0\"?>\n"
    "<yoneda version=\"1\">\n"
    "  <category name=\"Rot\">\n"
    "    <object name=\"x\"/>\n"
    "    <morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
    "    <equation lhs=\"r r r r\" rhs=\"x\"/>\n"
    "  </category>\n"
    "  <task name=\"Angle\" category=\"Rot\">\n"
    "    <set object=\"x\" elements=\"a0 a1 a2 a3\"/>\n"
    "    <map morphism=\"r\" to=\"a1 a2 a3 a0\"/>\n"
    "  </task>\n"
    "  <task name=\"Flip\" category=\"Rot\">\n"
    "    <set object=\"x\" elements=\"a0 a1 a2 a3\"/>\n"
    "    <map morphism=\"r\" to=\"a1 a0 a3 a2\"/>\n"
    "  </task>\n"
    "  <category name=\"Span\">\n"
    "    <object name=\"a\"/><object name=\"b\"/><object name=\"c\"/>\n"
    "    <morphism name=\"f\" source=\"a\" target=\"b\"/>\n"
    "    <morphism name=\"g\" source=\"a\" target=\"c\"/>\n"
    "    <morphism name=\"h\" source=\"b\" target=\"c\"/>\n"
    "    <equation lhs=\"f h\" rhs=\"g\"/>\n"
    "  </category>\n"
    "  <task name=\"Cov\" category=\"Span\" variance=\"contravariant\">\n"
    "    <set object=\"a\" elements=\"p\"/>\n"
    "    <set object=\"b\" elements=\"q\"/>\n"
    "    <set object=\"c\" elements=\"s\"/>\n"
    "    <map morphism=\"f\" to=\"p\"/>\n"
    "    <map morphism=\"g\" to=\"p\"/>\n"
    "    <map morphism=\"h\" to=\"q\"/>\n"
    "  </task>\n"
    "  <task name=\"Two\" category=\"Span\" variance=\"contravariant\">\n"
    "    <set object=\"a\" elements=\"p1 p2\"/>\n"
    "    <set object=\"b\" elements=\"q\"/>\n"
    "    <set object=\"c\" elements=\"s\"/>\n"
    "    <map morphism=\"f\" to=\"p1\"/>\n"
    "    <map morphism=\"g\" to=\"p1\"/>\n"
    "    <map morphism=\"h\" to=\"q\"/>\n"
    "  </task>\n"
    "</yoneda>\n";

/* Rot with r r = x: same names, other category */
static const char *SPEC2 =
    "<?xml version=\"1.0\"?>\n"
    "<yoneda version=\"1\">\n"
    "  <category name=\"Rot\">\n"
    "    <object name=\"x\"/>\n"
    "    <morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
    "    <equation lhs=\"r r\" rhs=\"x\"/>\n"
    "  </category>\n"
    "  <task name=\"Angle\" category=\"Rot\">\n"
    "    <set object=\"x\" elements=\"a0 a1\"/>\n"
    "    <map morphism=\"r\" to=\"a1 a0\"/>\n"
    "  </task>\n"
    "</yoneda>\n";

static spec *load(const char *text)
{
  spec_options o;
  spec_options_init(&o);
  spec *s = NULL;
  diag_list *d = diag_list_new(10);
  yo_status st = spec_load_buffer(text, strlen(text), "test.xml", &o, &s, d);
  if (st != YO_OK && diag_count(d) > 0) fprintf(stderr, "load: %s\n", diag_message_at(d, 0));
  diag_list_free(d);
  return st == YO_OK ? s : NULL;
}

static char dir[64];
/* cert_write into a new file at path (the tool goes through outfile). */
static yo_status write_file(const rep_cert *c, const task *t, const category *w,
                            const char *path, diag_list *d)
{
  FILE *f = fopen(path, "w");
  if (!f) return YO_INTERNAL;
  yo_status st = cert_write(c, t, w, f, d);
  if (fclose(f) != 0) st = YO_INTERNAL;
  return st;
}

static char *path_in(const char *name)
{
  static char buf[2][160];
  static int k;
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/yoneda-cert-XXXXXX");
    if (!mkdtemp(dir)) snprintf(dir, sizeof dir, "/tmp");
  }
  k ^= 1;
  snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
  return buf[k];
}

static void write_text(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");
  if (!f) return;
  fputs(text, f);
  fclose(f);
}

static void schema_file_matches_embedded_copy(void)
{
  char *file = fixtures_read_file("../proofs/schema/cert-1.rng");
  CU_ASSERT_PTR_NOT_NULL_FATAL(file);
  CU_ASSERT_STRING_EQUAL(file, cert_schema_rng);
  free(file);
}

/* Decide, write, xmllint, read back, compare, kernel-check. */
static void roundtrip_task(const spec *s, const char *name, yo_status expect)
{
  const task *t = spec_find_task(s, name);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  represent_result *r = NULL;
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL_FATAL(represent_decide(t, NULL, &r, d), expect);
  const rep_cert *c = represent_result_cert(r);
  const category *w = represent_result_work(r);
  char *p = path_in("c.xml");
  CU_ASSERT_EQUAL(write_file(c, t, w, p, d), YO_OK);
  char cmd[400];
  snprintf(cmd, sizeof cmd, "xmllint --noout --relaxng ../proofs/schema/cert-1.rng %s "
           ">/dev/null 2>&1", p);
  CU_ASSERT_EQUAL(system(cmd), 0);
  rep_cert *back = NULL;
  CU_ASSERT_EQUAL(cert_read(p, t, w, &back, d), YO_OK);
  if (diag_count(d) > 0) fprintf(stderr, "%s: %s\n", name, diag_message_at(d, 0));
  CU_ASSERT_PTR_NOT_NULL_FATAL(back);
  CU_ASSERT_EQUAL(back->verdict, c->verdict);
  CU_ASSERT_EQUAL(back->variance, c->variance);
  CU_ASSERT_STRING_EQUAL(back->task, name);
  if (c->verdict == CERT_REPRESENTABLE) {
    CU_ASSERT_EQUAL(back->object, c->object);
    CU_ASSERT_EQUAL(back->element, c->element);
    CU_ASSERT_EQUAL(back->nimages, c->nimages);
    CU_ASSERT(memcmp(back->images, c->images, (size_t)c->nimages * sizeof(int)) == 0);
  } else {
    CU_ASSERT_EQUAL(back->nobjects, c->nobjects);
    CU_ASSERT_EQUAL(back->nelements, c->nelements);
    for (int i = 0; i < c->nobjects && i < back->nobjects; i++) {
      CU_ASSERT_EQUAL(back->objects[i].kind, c->objects[i].kind);
      CU_ASSERT_EQUAL(back->objects[i].object, c->objects[i].object);
    }
    for (int i = 0; i < c->nelements && i < back->nelements; i++) {
      CU_ASSERT_EQUAL(back->elements[i].kind, c->elements[i].kind);
      CU_ASSERT_EQUAL(back->elements[i].f1, c->elements[i].f1);
      CU_ASSERT_EQUAL(back->elements[i].f2, c->elements[i].f2);
    }
  }
  CU_ASSERT_EQUAL(check_representability(t, w, back, d), YO_OK);
  cert_free(back);
  represent_result_free(r);
  diag_list_free(d);
}

static void roundtrips(void)
{
  spec *s = load(SPEC);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  roundtrip_task(s, "Angle", YO_YES);   /* covariant, positive */
  roundtrip_task(s, "Flip", YO_NO);     /* collisions */
  roundtrip_task(s, "Cov", YO_YES);     /* contravariant: Hom(-,a)?  paths reversed */
  roundtrip_task(s, "Two", YO_NO);      /* contravariant negative */
  spec_free(s);
}

static void written_form(void)
{
  spec *s = load(SPEC);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  const task *t = spec_find_task(s, "Angle");
  represent_result *r = NULL;
  CU_ASSERT_EQUAL_FATAL(represent_decide(t, NULL, &r, NULL), YO_YES);
  char *p = path_in("angle.xml");
  CU_ASSERT_EQUAL(write_file(represent_result_cert(r), t, represent_result_work(r), p, NULL),
                  YO_OK);
  char *text = fixtures_read_file(p);
  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  CU_ASSERT_STRING_EQUAL(text,
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<yoneda-certificate version=\"1\" kind=\"representability\" task=\"Angle\" "
      "category=\"Rot\" variance=\"covariant\" verdict=\"representable\">\n"
      "  <universal object=\"x\" element=\"a0\">\n"
      "    <component object=\"x\">\n"
      "      <image morphism=\"id_x\" element=\"a0\"/>\n"
      "      <image morphism=\"r\" element=\"a1\"/>\n"
      "      <image morphism=\"r r\" element=\"a2\"/>\n"
      "      <image morphism=\"r^3\" element=\"a3\"/>\n"
      "    </component>\n"
      "  </universal>\n"
      "</yoneda-certificate>\n");
  free(text);
  represent_result_free(r);
  spec_free(s);
}

/* cert_read on `text` for task `name` of SPEC must fail with `needle`. */
static void expect_read_error(const char *text, const char *name, const char *needle)
{
  spec *s = load(SPEC);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  const task *t = spec_find_task(s, name);
  represent_result *r = NULL;
  represent_decide(t, NULL, &r, NULL);
  char *p = path_in("bad.xml");
  write_text(p, text);
  diag_list *d = diag_list_new(10);
  rep_cert *c = NULL;
  yo_status st = cert_read(p, t, represent_result_work(r), &c, d);
  CU_ASSERT_EQUAL(st, YO_INVALID);
  CU_ASSERT_PTR_NULL(c);
  int found = 0;
  for (int i = 0; i < diag_count(d); i++)
    if (strstr(diag_message_at(d, i), needle)) found = 1;
  if (!found) {
    fprintf(stderr, "\nexpected '%s', got:\n", needle);
    for (int i = 0; i < diag_count(d); i++) fprintf(stderr, "  %s\n", diag_message_at(d, i));
  }
  CU_ASSERT_TRUE(found);
  cert_free(c);
  diag_list_free(d);
  represent_result_free(r);
  spec_free(s);
}

#define HEAD(task, verdict)                                                              \
  "<?xml version=\"1.0\"?>\n<yoneda-certificate version=\"1\" kind=\"representability\" " \
  "task=\"" task "\" category=\"Rot\" variance=\"covariant\" verdict=\"" verdict "\">\n"
#define TAIL "</yoneda-certificate>\n"
#define IMG(m, e) "<image morphism=\"" m "\" element=\"" e "\"/>\n"

static void read_errors(void)
{
  expect_read_error("not xml <", "Angle", "malformed XML");
  expect_read_error("", "Angle", "empty file");
  expect_read_error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<yoneda-certificate/>\n",
                    "Angle", "only UTF-8 is accepted");
  expect_read_error("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"a0\">]>\n"
                    "<yoneda-certificate/>\n", "Angle", "DOCTYPE declarations are not allowed");
  expect_read_error(HEAD("Angle", "representable") TAIL, "Angle", "missing <universal>");
  expect_read_error("<?xml version=\"1.0\"?>\n<yoneda-certificate version=\"1\" "
                    "kind=\"representability\" category=\"Rot\" variance=\"covariant\" "
                    "verdict=\"representable\"/>\n", "Angle", "cert-1.rng");
  expect_read_error(HEAD("Angle", "not-representable")
                    "<universal object=\"x\" element=\"a0\"/>" TAIL,
                    "Angle", "<universal> in a not-representable certificate");
  expect_read_error(HEAD("Other", "representable")
                    "<universal object=\"x\" element=\"a0\"/>" TAIL,
                    "Angle", "certificate is for task 'Other', not 'Angle'");
  expect_read_error(HEAD("Angle", "representable")
                    "<universal object=\"y\" element=\"a0\"/>" TAIL,
                    "Angle", "unknown object 'y'");
  expect_read_error(HEAD("Angle", "representable")
                    "<universal object=\"x\" element=\"zz\"/>" TAIL,
                    "Angle", "unknown element 'zz'");
  expect_read_error(HEAD("Angle", "representable")
                    "<universal object=\"x\" element=\"a0\"><component object=\"x\">\n"
                    IMG("x", "a0") IMG("r", "a1") IMG("r s", "a2") IMG("r r r", "a3")
                    "</component></universal>" TAIL,
                    "Angle", "bad path 'r s'");
  expect_read_error(HEAD("Angle", "representable")
                    "<universal object=\"x\" element=\"a0\"><component object=\"x\">\n"
                    IMG("x", "a0") IMG("r", "a1") IMG("r r r", "a3")
                    "</component></universal>" TAIL,
                    "Angle", "no image for morphism 'r r'");
  expect_read_error(HEAD("Angle", "representable")
                    "<universal object=\"x\" element=\"a0\"><component object=\"x\">\n"
                    IMG("x", "a0") IMG("r", "a1") IMG("r r r r r", "a2") IMG("r r", "a2")
                    IMG("r r r", "a3") "</component></universal>" TAIL,
                    "Angle", "morphism 'r r r r r' has two images");
  expect_read_error(HEAD("Angle", "not-representable")
                    "<object name=\"x\" witness=\"per-element\">\n"
                    "<element name=\"a0\" object=\"x\" witness=\"collision\" f1=\"x\" f2=\"r\"/>\n"
                    "</object>" TAIL,
                    "Angle", "object 'x' has 1 element witnesses but T(x) has 4 elements");
  expect_read_error(HEAD("Angle", "not-representable")
                    "<object name=\"x\" witness=\"per-element\">\n"
                    "<element name=\"a1\" object=\"x\" witness=\"unreached\" missing=\"a2\"/>\n"
                    "<element name=\"a0\" object=\"x\" witness=\"unreached\" missing=\"a2\"/>\n"
                    "<element name=\"a2\" object=\"x\" witness=\"unreached\" missing=\"a2\"/>\n"
                    "<element name=\"a3\" object=\"x\" witness=\"unreached\" missing=\"a2\"/>\n"
                    "</object>" TAIL,
                    "Angle", "must list T(x) in order");
  expect_read_error(HEAD("Angle", "not-representable") TAIL, "Angle",
                    "no witness for object 'x'");
  /* a collision of a morphism with itself, written two ways (r⁵ = r) */
  expect_read_error(HEAD("Flip", "not-representable")
                    "<object name=\"x\" witness=\"per-element\">\n"
                    "<element name=\"a0\" object=\"x\" witness=\"collision\" f1=\"r\" f2=\"r r r r r\"/>\n"
                    "</object>" TAIL,
                    "Flip", "collision witness for 'a0': f1=\"r\" and f2=\"r r r r r\" are the same morphism");
  /* the schema keeps the object witness attributes flat; reading pairs them */
  expect_read_error(HEAD("Angle", "not-representable")
                    "<object name=\"x\" witness=\"cardinality\"/>" TAIL,
                    "Angle", "the cardinality witness of object 'x' needs attribute 'other'");
  expect_read_error(HEAD("Angle", "not-representable")
                    "<object name=\"x\" witness=\"empty\" other=\"x\"/>" TAIL,
                    "Angle", "attribute 'other' belongs to a cardinality witness");
  expect_read_error(HEAD("Angle", "not-representable")
                    "<object name=\"x\" witness=\"per-element\" hom=\"4\">\n"
                    "<element name=\"a0\" object=\"x\" witness=\"unreached\" missing=\"a2\"/>\n"
                    "</object>" TAIL,
                    "Angle", "attribute 'hom' belongs to a cardinality witness");
  expect_read_error(HEAD("Angle", "not-representable")
                    "<object name=\"x\" witness=\"cardinality\" other=\"x\">\n"
                    "<element name=\"a0\" object=\"x\" witness=\"unreached\" missing=\"a2\"/>\n"
                    "</object>" TAIL,
                    "Angle", "<element> belongs to a per-element witness");
  expect_read_error(
      "<?xml version=\"1.0\"?>\n<yoneda-certificate version=\"1\" kind=\"representability\" "
      "task=\"Angle\" category=\"Rot\" variance=\"contravariant\" verdict=\"not-representable\">"
      TAIL, "Angle", "certificate is for a contravariant task");
  expect_read_error(
      "<?xml version=\"1.0\"?>\n<yoneda-certificate version=\"1\" kind=\"representability\" "
      "task=\"Angle\" category=\"Span\" variance=\"covariant\" verdict=\"not-representable\">"
      TAIL, "Angle", "certificate is for category 'Span'");
  spec *s = load(SPEC);
  const task *t = spec_find_task(s, "Angle");
  diag_list *d = diag_list_new(10);
  rep_cert *c = NULL;
  CU_ASSERT_EQUAL(cert_read("/nonexistent/cert.xml", t, task_category(t), &c, d), YO_INVALID);
  CU_ASSERT(diag_count(d) == 1 && strstr(diag_message_at(d, 0), "cannot open the file"));
  diag_list_free(d);
  spec_free(s);
}

/* A certificate for Angle of SPEC, read against Angle of SPEC2 (same names,
 * Rot with r r = x) fails at the names; against Flip (same category, other
 * maps) it reads but the kernel rejects it. */
static void other_spec_is_rejected(void)
{
  spec *s = load(SPEC), *s2 = load(SPEC2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s2);
  const task *t = spec_find_task(s, "Angle");
  represent_result *r = NULL;
  CU_ASSERT_EQUAL_FATAL(represent_decide(t, NULL, &r, NULL), YO_YES);
  char *p = path_in("angle2.xml");
  CU_ASSERT_EQUAL(write_file(represent_result_cert(r), t, represent_result_work(r), p, NULL),
                  YO_OK);
  const task *t2 = spec_find_task(s2, "Angle");
  diag_list *d = diag_list_new(10);
  rep_cert *c = NULL;
  CU_ASSERT_EQUAL(cert_read(p, t2, task_category(t2), &c, d), YO_INVALID);
  CU_ASSERT_PTR_NULL(c);
  /* same names everywhere: rename the task in the file and read against Flip */
  char *text = fixtures_read_file(p);
  char *q = strstr(text, "task=\"Angle\"");
  CU_ASSERT_PTR_NOT_NULL_FATAL(q);
  memcpy(q, "task=\"Flip\" ", 12);
  write_text(p, text);
  free(text);
  const task *flip = spec_find_task(s, "Flip");
  diag_list_clear(d);
  CU_ASSERT_EQUAL(cert_read(p, flip, task_category(flip), &c, d), YO_OK);
  if (c) CU_ASSERT_EQUAL(check_representability(flip, task_category(flip), c, d), YO_INTERNAL);
  cert_free(c);
  diag_list_free(d);
  represent_result_free(r);
  spec_free(s);
  spec_free(s2);
}

static void write_refuses_inconsistent_record(void)
{
  spec *s = load(SPEC);
  const task *t = spec_find_task(s, "Angle");
  rep_cert *c = cert_new(CERT_REPRESENTABLE, "Angle", TASK_COVARIANT);
  c->object = 0;
  c->element = 0;
  c->nimages = 2;   /* the block has 4 morphisms */
  c->images = calloc(2, sizeof(int));
  diag_list *d = diag_list_new(10);
  FILE *f = tmpfile();
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(cert_write(c, t, task_category(t), f, d), YO_INTERNAL);
  CU_ASSERT_TRUE(diag_error_count(d) > 0);
  fclose(f);
  /* a stream that fails: the write error is reported */
  FILE *full = fopen("/dev/full", "w");
  if (full) {
    setvbuf(full, NULL, _IONBF, 0);
    c->nimages = 4;
    free(c->images);
    c->images = calloc(4, sizeof(int));
    diag_list_clear(d);
    CU_ASSERT_EQUAL(cert_write(c, t, task_category(t), full, d), YO_INTERNAL);
    fclose(full);
  }
  cert_free(c);
  diag_list_free(d);
  spec_free(s);
}

static int remove_dir(void)
{
  if (!dir[0] || strcmp(dir, "/tmp") == 0) return 0;
  const char *files[] = {"c.xml", "angle.xml", "bad.xml", "angle2.xml", "inconsistent.xml"};
  for (int i = 0; i < 5; i++) unlink(path_in(files[i]));
  rmdir(dir);
  return 0;
}

void test_cert_suite(void)
{
  CU_pSuite s = CU_add_suite("cert", NULL, remove_dir);
  CU_add_test(s, "schema_file_matches_embedded_copy", schema_file_matches_embedded_copy);
  CU_add_test(s, "roundtrips", roundtrips);
  CU_add_test(s, "written_form", written_form);
  CU_add_test(s, "read_errors", read_errors);
  CU_add_test(s, "other_spec_is_rejected", other_spec_is_rejected);
  CU_add_test(s, "write_refuses_inconsistent_record", write_refuses_inconsistent_record);
}
