/* xmlout.c — see xmlout.h. */
#include "specs/xmlout.h"

#include <stdlib.h>

#include "specs/path.h"

void xmlout_begin(FILE *f, const char *comment)
{
  fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  if (comment) fprintf(f, "<!-- %s -->\n", comment);
  fprintf(f, "<yoneda version=\"1\">\n");
}

void xmlout_end(FILE *f) { fprintf(f, "</yoneda>\n"); }

static void write_word(FILE *f, const category *c, int src, const int *w, int n)
{
  char small[256];
  int need = path_format(c, src, w, n, small, sizeof small);
  if (need < (int)sizeof small) {
    fputs(small, f);
    return;
  }
  char *buf = malloc((size_t)need + 1);
  if (!buf) {
    for (int i = 0; i < n; i++) fprintf(f, "%s%s", i ? " " : "", category_generator_name(c, w[i]));
    return;
  }
  path_format(c, src, w, n, buf, (size_t)need + 1);
  fputs(buf, f);
  free(buf);
}

void xmlout_category(FILE *f, const category *c)
{
  fprintf(f, "  <category name=\"%s\">\n", category_name(c));
  for (int x = 0; x < category_object_count(c); x++)
    fprintf(f, "    <object name=\"%s\"/>\n", category_object_name(c, x));
  for (int g = 0; g < category_generator_count(c); g++)
    fprintf(f, "    <morphism name=\"%s\" source=\"%s\" target=\"%s\"/>\n",
            category_generator_name(c, g),
            category_object_name(c, category_generator_source(c, g)),
            category_object_name(c, category_generator_target(c, g)));
  for (int e = 0; e < category_equation_count(c); e++) {
    int src = 0, nl = 0, nr = 0;
    const int *l = NULL, *r = NULL;
    category_equation(c, e, &src, &l, &nl, &r, &nr, NULL);
    fputs("    <equation lhs=\"", f);
    write_word(f, c, src, l, nl);
    fputs("\" rhs=\"", f);
    write_word(f, c, src, r, nr);
    fputs("\"/>\n", f);
  }
  fprintf(f, "  </category>\n");
}

void xmlout_task(FILE *f, const task *t, const char *name)
{
  const category *c = task_category(t);
  fprintf(f, "  <task name=\"%s\" category=\"%s\" variance=\"%s\">\n", name ? name : task_name(t),
          category_name(c),
          task_variance_of(t) == TASK_COVARIANT ? "covariant" : "contravariant");
  for (int x = 0; x < category_object_count(c); x++) {
    fprintf(f, "    <set object=\"%s\" elements=\"", category_object_name(c, x));
    for (int e = 0; e < task_set_size(t, x); e++)
      fprintf(f, "%s%s", e ? " " : "", task_element_name(t, x, e));
    fputs("\"/>\n", f);
  }
  for (int g = 0; g < category_generator_count(c); g++) {
    int d = task_domain(t, g), k = task_codomain(t, g);
    fprintf(f, "    <map morphism=\"%s\" to=\"", category_generator_name(c, g));
    for (int e = 0; e < task_set_size(t, d); e++)
      fprintf(f, "%s%s", e ? " " : "", task_element_name(t, k, task_apply(t, g, e)));
    fputs("\"/>\n", f);
  }
  fprintf(f, "  </task>\n");
}

void xmlout_transformation(FILE *f, const char *name, const task *S, const char *sname,
                           const task *T, const char *tname, const int *alpha)
{
  const category *c = task_category(S);
  fprintf(f, "  <transformation name=\"%s\" from=\"%s\" to=\"%s\">\n", name,
          sname ? sname : task_name(S), tname ? tname : task_name(T));
  int off = 0;
  for (int x = 0; x < category_object_count(c); x++) {
    fprintf(f, "    <component object=\"%s\" to=\"", category_object_name(c, x));
    for (int e = 0; e < task_set_size(S, x); e++)
      fprintf(f, "%s%s", e ? " " : "", task_element_name(T, x, alpha[off + e]));
    off += task_set_size(S, x);
    fputs("\"/>\n", f);
  }
  fprintf(f, "  </transformation>\n");
}
