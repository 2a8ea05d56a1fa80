/* test_writer.c — specs/writer: a category and a task written back out are
 * read by the loader as the same category (morphism count, hom-set sizes)
 * and the same task (every T(g) on every element), in both variances;
 * attribute values are escaped; a write error is reported. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/spec.h"
#include "specs/writer.h"

void test_writer_suite(void);

static const char *source_doc =
    "<yoneda version=\"1\">\n"
    "  <category name=\"D4\">\n"
    "    <object name=\"x\"/><object name=\"y\"/>\n"
    "    <morphism name=\"r\" source=\"x\" target=\"x\"/>\n"
    "    <morphism name=\"s\" source=\"x\" target=\"x\"/>\n"
    "    <morphism name=\"p\" source=\"x\" target=\"y\"/>\n"
    "    <equation lhs=\"r^4\" rhs=\"x\"/>\n"
    "    <equation lhs=\"s s\" rhs=\"x\"/>\n"
    "    <equation lhs=\"(r s)^2\" rhs=\"x\"/>\n"
    "    <equation lhs=\"r p\" rhs=\"p\"/>\n"
    "  </category>\n"
    "  <task name=\"Co\" category=\"D4\">\n"
    "    <set object=\"x\" elements=\"a b\"/><set object=\"y\" elements=\"c\"/>\n"
    "    <map morphism=\"r\" to=\"a b\"/><map morphism=\"s\" to=\"b a\"/>\n"
    "    <map morphism=\"p\" to=\"c c\"/>\n"
    "  </task>\n"
    "  <task name=\"Contra\" category=\"D4\" variance=\"contravariant\">\n"
    "    <set object=\"x\" elements=\"a b\"/><set object=\"y\" elements=\"c\"/>\n"
    "    <map morphism=\"r\" to=\"a b\"/><map morphism=\"s\" to=\"b a\"/>\n"
    "    <map morphism=\"p\" to=\"a\"/>\n"
    "  </task>\n"
    "</yoneda>\n";

static spec *load_text(const char *text, size_t len)
{
  spec_options o;
  spec_options_init(&o);
  diag_list *d = diag_list_new(10);
  spec *s = NULL;
  yo_status st = spec_load_buffer(text, len, "written.xml", &o, &s, d);
  if (st != YO_OK)
    for (int i = 0; i < diag_count(d); i++) fprintf(stderr, "%s\n", diag_message_at(d, i));
  CU_ASSERT_EQUAL(st, YO_OK);
  diag_list_free(d);
  return s;
}

static void round_trip(void)
{
  spec *a = load_text(source_doc, strlen(source_doc));
  CU_ASSERT_PTR_NOT_NULL_FATAL(a);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(writer_put_header(f, "a -- comment-"), 0);
  CU_ASSERT_EQUAL(writer_put_category(f, spec_category(a, 0)), 0);
  for (int i = 0; i < spec_task_count(a); i++) CU_ASSERT_EQUAL(writer_put_task(f, spec_task(a, i)), 0);
  CU_ASSERT_EQUAL(writer_put_footer(f), 0);
  fclose(f);
  spec *b = load_text(buf, len);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b);
  const category *ca = spec_category(a, 0), *cb = spec_category(b, 0);
  CU_ASSERT_EQUAL(category_morphism_count(cb), category_morphism_count(ca));
  CU_ASSERT_EQUAL(category_morphism_count(cb), 11);   /* D4 (8), p and s p (r p = p), id_y */
  for (int x = 0; x < 2; x++)
    for (int y = 0; y < 2; y++)
      CU_ASSERT_EQUAL(category_hom_count(cb, x, y), category_hom_count(ca, x, y));
  CU_ASSERT_EQUAL(spec_task_count(b), 2);
  for (int i = 0; i < spec_task_count(a); i++) {
    const task *ta = spec_task(a, i), *tb = spec_find_task(b, task_name(ta));
    CU_ASSERT_PTR_NOT_NULL_FATAL(tb);
    CU_ASSERT_EQUAL(task_variance_of(tb), task_variance_of(ta));
    for (int g = 0; g < category_generator_count(ca); g++)
      for (int e = 0; e < task_set_size(ta, task_domain(ta, g)); e++)
        CU_ASSERT_STRING_EQUAL(task_element_name(tb, task_codomain(tb, g), task_apply(tb, g, e)),
                               task_element_name(ta, task_codomain(ta, g), task_apply(ta, g, e)));
  }
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "<!-- a - - comment-  -->"));
  free(buf);
  spec_free(a);
  spec_free(b);
}

static void escaping(void)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  writer_put_escaped(f, "a<b>&\"c'");
  fclose(f);
  CU_ASSERT_STRING_EQUAL(buf, "a&lt;b&gt;&amp;&quot;c'");
  free(buf);
}

static void write_error(void)
{
  FILE *f = fopen("/dev/full", "w");
  if (!f) return;   /* no /dev/full here: nothing to test */
  setvbuf(f, NULL, _IONBF, 0);
  CU_ASSERT_EQUAL(writer_put_header(f, NULL), -1);
  fclose(f);
}

void test_writer_suite(void)
{
  CU_pSuite s = CU_add_suite("writer", NULL, NULL);
  CU_add_test(s, "round_trip", round_trip);
  CU_add_test(s, "escaping", escaping);
  CU_add_test(s, "write_error", write_error);
}
