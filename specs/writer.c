/* writer.c — see writer.h. */
#include "specs/writer.h"

#include <string.h>

int writer_put_header(FILE *f, const char *comment)
{
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
  if (comment) {
    fputs("<!-- ", f);
    for (const char *s = comment; *s; s++) {
      fputc(*s, f);
      if (*s == '-' && s[1] == '-') fputc(' ', f);   /* "--" may not occur in a comment */
    }
    if (*comment && comment[strlen(comment) - 1] == '-') fputc(' ', f);
    fputs(" -->\n", f);
  }
  fputs("<yoneda version=\"1\">\n", f);
  return ferror(f) ? -1 : 0;
}

int writer_put_footer(FILE *f)
{
  fputs("</yoneda>\n", f);
  return ferror(f) ? -1 : 0;
}

void writer_put_escaped(FILE *f, const char *s)
{
  for (; *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", f); break;
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '"': fputs("&quot;", f); break;
    default: fputc(*s, f);
    }
  }
}

void writer_put_path(FILE *f, const category *c, int source, const int *w, int n)
{
  if (n == 0) {
    writer_put_escaped(f, category_object_name(c, source));
    return;
  }
  for (int i = 0; i < n; i++) {
    if (i) fputc(' ', f);
    writer_put_escaped(f, category_generator_name(c, w[i]));
  }
}

int writer_put_category(FILE *f, const category *c)
{
  fputs("  <category name=\"", f);
  writer_put_escaped(f, category_name(c));
  fputs("\">\n", f);
  for (int x = 0; x < category_object_count(c); x++) {
    fputs("    <object name=\"", f);
    writer_put_escaped(f, category_object_name(c, x));
    fputs("\"/>\n", f);
  }
  for (int g = 0; g < category_generator_count(c); g++) {
    fputs("    <morphism name=\"", f);
    writer_put_escaped(f, category_generator_name(c, g));
    fputs("\" source=\"", f);
    writer_put_escaped(f, category_object_name(c, category_generator_source(c, g)));
    fputs("\" target=\"", f);
    writer_put_escaped(f, category_object_name(c, category_generator_target(c, g)));
    fputs("\"/>\n", f);
  }
  for (int i = 0; i < category_equation_count(c); i++) {
    int src, nl, nr;
    const int *l, *r;
    category_equation(c, i, &src, &l, &nl, &r, &nr, NULL);
    fputs("    <equation lhs=\"", f);
    writer_put_path(f, c, src, l, nl);
    fputs("\" rhs=\"", f);
    writer_put_path(f, c, src, r, nr);
    fputs("\"/>\n", f);
  }
  fputs("  </category>\n", f);
  return ferror(f) ? -1 : 0;
}

int writer_put_task(FILE *f, const task *t)
{
  const category *c = task_category(t);
  fputs("  <task name=\"", f);
  writer_put_escaped(f, task_name(t));
  fputs("\" category=\"", f);
  writer_put_escaped(f, category_name(c));
  fputs(task_variance_of(t) == TASK_CONTRAVARIANT ? "\" variance=\"contravariant\">\n"
                                                  : "\" variance=\"covariant\">\n",
        f);
  for (int x = 0; x < category_object_count(c); x++) {
    fputs("    <set object=\"", f);
    writer_put_escaped(f, category_object_name(c, x));
    fputs("\" elements=\"", f);
    for (int e = 0; e < task_set_size(t, x); e++) {
      if (e) fputc(' ', f);
      writer_put_escaped(f, task_element_name(t, x, e));
    }
    fputs("\"/>\n", f);
  }
  for (int g = 0; g < category_generator_count(c); g++) {
    fputs("    <map morphism=\"", f);
    writer_put_escaped(f, category_generator_name(c, g));
    fputs("\" to=\"", f);
    int dom = task_domain(t, g), cod = task_codomain(t, g);
    for (int e = 0; e < task_set_size(t, dom); e++) {
      if (e) fputc(' ', f);
      writer_put_escaped(f, task_element_name(t, cod, task_apply(t, g, e)));
    }
    fputs("\"/>\n", f);
  }
  fputs("  </task>\n", f);
  return ferror(f) ? -1 : 0;
}
