/* search_print.c — see search_print.h. */
#include "tools/search_print.h"

#include <stdio.h>

static const char *plural(int k) { return k == 1 ? "" : "s"; }


void search_print_counterexample(const search *s, const property_model *m, int minimal,
                                 int sharded)
{
  int elements = 0, M = m->morphisms;
  char a[32], b[32], c[32];
  for (int x = 0; x < m->objects; x++) elements += m->size[x];
  printf("counterexample to search %s: %d object%s, %d morphism%s, %d element%s\n",
         search_name(s), m->objects, plural(m->objects), M, plural(M), elements,
         plural(elements));
  printf("category CE: objects");
  for (int x = 0; x < m->objects; x++) printf(" x%d", x);
  printf("\n");
  for (int x = 0; x < m->objects; x++)
    for (int y = 0; y < m->objects; y++) {
      int any = 0;
      for (int f = 0; f < M; f++) {
        if (m->source[f] != x || m->target[f] != y) continue;
        search_morphism_name(m, f, a, sizeof a);
        if (any) printf(", %s", a);
        else printf("  Hom(x%d,x%d) = {%s", x, y, a);
        any = 1;
      }
      if (any) printf("}\n");
    }
  int header = 0;
  for (int f = 0; f < M; f++)
    for (int g = 0; g < M; g++) {
      int h = m->compose[f * M + g];
      if (h < 0 || search_identity_of(m, f) >= 0 || search_identity_of(m, g) >= 0) continue;
      if (!header) printf("composition (first, then second):\n");
      header = 1;
      search_morphism_name(m, f, a, sizeof a);
      search_morphism_name(m, g, b, sizeof b);
      search_morphism_name(m, h, c, sizeof c);
      printf("  %s %s = %s\n", a, b, c);
    }
  printf("task T (%s):\n", m->variance == TASK_COVARIANT ? "covariant" : "contravariant");
  for (int x = 0; x < m->objects; x++) {
    printf("  T(x%d) = {", x);
    for (int e = 0; e < m->size[x]; e++) printf("%se%d", e ? ", " : "", e);
    printf("}\n");
  }
  for (int f = 0; f < M; f++) {
    if (search_identity_of(m, f) >= 0) continue;
    int dom = m->variance == TASK_COVARIANT ? m->source[f] : m->target[f];
    search_morphism_name(m, f, a, sizeof a);
    printf("  T(%s):", a);
    if (m->size[dom] == 0) printf(" the empty map");
    for (int e = 0; e < m->size[dom]; e++)
      printf("%s e%d -> e%d", e ? "," : "", e, m->action[f * m->stride + e]);
    printf("\n");
  }
  char text[1024];
  search_prop_format(search_hypothesis(s), text, sizeof text);
  printf("hypothesis holds: %s\n", text);
  search_prop_format(search_conclusion(s), text, sizeof text);
  printf("conclusion fails: %s\n", text);
  if (!sharded)
    printf("%s\n", minimal ? "smallest: no counterexample has fewer morphisms, or as many and "
                             "fewer objects, or as many of both and fewer elements"
                           : "smallest in morphisms and objects (minimising the elements ran "
                             "out of time)");
}

