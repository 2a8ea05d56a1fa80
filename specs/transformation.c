/* transformation.c — see transformation.h. */
#include "specs/transformation.h"

#include <stdlib.h>
#include <string.h>

struct transformation {
  char *name;
  const task *S, *T;
  long line;
  int m;
  int *off;      /* m + 1 */
  int *alpha;    /* off[m] */
  long *cline;   /* m */
};

transformation *transformation_new(const char *name, const task *from, const task *to,
                                   long line)
{
  if (!from || !to || task_category(from) != task_category(to) ||
      task_variance_of(from) != task_variance_of(to))
    return NULL;
  transformation *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  const char *nm = name ? name : "";
  size_t len = strlen(nm) + 1;
  a->name = malloc(len);
  a->S = from;
  a->T = to;
  a->line = line;
  a->m = category_object_count(task_category(from));
  a->off = malloc(((size_t)a->m + 1) * sizeof *a->off);
  a->cline = calloc((size_t)a->m + 1, sizeof *a->cline);
  if (!a->name || !a->off || !a->cline) {
    transformation_free(a);
    return NULL;
  }
  memcpy(a->name, nm, len);
  long total = 0;
  for (int x = 0; x < a->m; x++) {
    a->off[x] = (int)total;
    total += task_set_size(from, x);
  }
  a->off[a->m] = (int)total;
  a->alpha = malloc(((size_t)total + 1) * sizeof *a->alpha);
  if (!a->alpha) {
    transformation_free(a);
    return NULL;
  }
  for (long i = 0; i < total; i++) a->alpha[i] = -1;
  return a;
}

void transformation_free(transformation *a)
{
  if (!a) return;
  free(a->name);
  free(a->off);
  free(a->alpha);
  free(a->cline);
  free(a);
}

int transformation_set_component(transformation *a, int x, const int *images, long line)
{
  if (!a || x < 0 || x >= a->m) return -1;
  int n = task_set_size(a->S, x), k = task_set_size(a->T, x);
  for (int i = 0; i < n; i++)
    if (images[i] < 0 || images[i] >= k) return -1;
  for (int i = 0; i < n; i++) a->alpha[a->off[x] + i] = images[i];
  a->cline[x] = line;
  return 0;
}

int transformation_set_flat(transformation *a, const int *alpha)
{
  for (int x = 0; a && x < a->m; x++)
    if (transformation_set_component(a, x, alpha + a->off[x], a->cline[x]) < 0) return -1;
  return a ? 0 : -1;
}

static const char *el(const task *t, int x, int e)
{
  const char *s = task_element_name(t, x, e);
  return s ? s : "(undefined)";
}

yo_status transformation_check_naturality(const transformation *a, const char *file,
                                          diag_list *d)
{
  const category *c = task_category(a->S);
  for (int x = 0; x < a->m; x++)
    for (int i = a->off[x]; i < a->off[x + 1]; i++)
      if (a->alpha[i] < 0) {
        diag_add(d, DIAG_ERROR, file, a->line,
                 "transformation %s has no image for element %s of %s(%s)", a->name,
                 el(a->S, x, i - a->off[x]), task_name(a->S), category_object_name(c, x));
        return YO_INVALID;
      }
  int G = category_generator_count(c);
  for (int g = 0; g < G; g++) {
    int dx = task_domain(a->S, g), cx = task_codomain(a->S, g);
    int n = task_set_size(a->S, dx);
    for (int e = 0; e < n; e++) {
      int ad = a->alpha[a->off[dx] + e];
      int left = task_apply(a->T, g, ad);
      int se = task_apply(a->S, g, e);
      int right = se >= 0 ? a->alpha[a->off[cx] + se] : -1;
      if (left == right && left >= 0) continue;
      const char *gn = category_generator_name(c, g);
      const char *dn = category_object_name(c, dx), *cn = category_object_name(c, cx);
      diag_add(d, DIAG_ERROR, file, a->cline[dx] > 0 ? a->cline[dx] : a->line,
               "transformation %s: %s => %s is not natural at morphism %s and element %s of "
               "%s(%s): %s(%s)(%s_%s(%s)) = %s(%s)(%s) = %s, but %s_%s(%s(%s)(%s)) = %s_%s(%s) = %s",
               a->name, task_name(a->S), task_name(a->T), gn, el(a->S, dx, e),
               task_name(a->S), dn,
               task_name(a->T), gn, a->name, dn, el(a->S, dx, e),
               task_name(a->T), gn, el(a->T, dx, ad), el(a->T, cx, left),
               a->name, cn, task_name(a->S), gn, el(a->S, dx, e),
               a->name, cn, el(a->S, cx, se), el(a->T, cx, right));
      return YO_INVALID;
    }
  }
  return YO_OK;
}

const char *transformation_name(const transformation *a) { return a->name; }
long transformation_line(const transformation *a) { return a->line; }
const task *transformation_from(const transformation *a) { return a->S; }
const task *transformation_to(const transformation *a) { return a->T; }
long transformation_component_line(const transformation *a, int x)
{
  return a && x >= 0 && x < a->m ? a->cline[x] : 0;
}
int transformation_apply(const transformation *a, int x, int e)
{
  if (!a || x < 0 || x >= a->m || e < 0 || e >= a->off[x + 1] - a->off[x]) return -1;
  return a->alpha[a->off[x] + e];
}
const int *transformation_offsets(const transformation *a) { return a->off; }
const int *transformation_values(const transformation *a) { return a->alpha; }

int transformation_write(FILE *f, const char *name, const task *S, const task *T,
                         const int *alpha)
{
  const category *c = task_category(S);
  fprintf(f, "  <transformation name=\"%s\" from=\"%s\" to=\"%s\">\n", name, task_name(S),
          task_name(T));
  int off = 0;
  for (int x = 0; x < category_object_count(c); x++) {
    fprintf(f, "    <component object=\"%s\" to=\"", category_object_name(c, x));
    for (int e = 0; e < task_set_size(S, x); e++)
      fprintf(f, "%s%s", e ? " " : "", task_element_name(T, x, alpha[off + e]));
    off += task_set_size(S, x);
    fputs("\"/>\n", f);
  }
  fprintf(f, "  </transformation>\n");
  return ferror(f) ? -1 : 0;
}
