/* hom.c — see hom.h. */
#include "specs/hom.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int hom_element_of(const category *work, int X, int f)
{
  int start = category_block_start(work, X), size = category_block_size(work, X);
  if (f < start || f >= start + size) return -1;
  int Y = category_target(work, f), k = 0;
  for (int h = start; h < f; h++) k += category_target(work, h) == Y;
  return k;
}

/* Morphism f's path with "." separators (reversed for the opposite). */
static char *dotted(const category *work, int f, int reversed)
{
  if (category_word_length(work, f) == 0) {   /* an identity: id_X */
    const char *x = category_object_name(work, category_source(work, f));
    size_t n = strlen(x) + 4;
    char *id = malloc(n);
    if (id) snprintf(id, n, "id_%s", x);
    return id;
  }
  int need = category_format_morphism(work, f, reversed, NULL, 0);
  char *s = malloc((size_t)need + 1);
  if (!s) return NULL;
  category_format_morphism(work, f, reversed, s, need + 1);
  for (char *p = s; *p; p++)
    if (*p == ' ') *p = '.';
  return s;
}

task *hom_task_new(const category *c, const category *work, task_variance v, int X,
                   const char *name)
{
  int m = category_object_count(work), G = category_generator_count(work);
  int start = category_block_start(work, X), size = category_block_size(work, X);
  char buf[300];
  if (!name) {
    snprintf(buf, sizeof buf, v == TASK_COVARIANT ? "Hom(%s,-)" : "Hom(-,%s)",
             category_object_name(c, X));
    name = buf;
  }
  task *t = task_new(name, c, v, 0);
  int *count = calloc((size_t)m + 1, sizeof *count);
  int *local = malloc(((size_t)size + 1) * sizeof *local);  /* element index of each f */
  int *first = calloc((size_t)m + 1, sizeof *first);
  char **names = malloc(((size_t)size + 1) * sizeof *names);
  const char **setn = malloc(((size_t)size + 1) * sizeof *setn);
  int *img = malloc(((size_t)size + 1) * sizeof *img);
  int *members = malloc(((size_t)size + 1) * sizeof *members);   /* grouped by target */
  int ok = t && count && local && first && names && setn && img && members;
  if (names)
    for (int k = 0; k < size; k++) names[k] = NULL;
  long letters = 0;
  for (int k = 0; ok && k < size; k++) letters += category_word_length(work, start + k);
  int numbered = letters > HOM_NAMED_MAX;
  for (int k = 0; ok && k < size; k++) {
    int Y = category_target(work, start + k);
    local[k] = count[Y]++;
    if (numbered) {
      names[k] = malloc(24);
      if (names[k]) snprintf(names[k], 24, "m%d", k);
    } else {
      names[k] = dotted(work, start + k, v == TASK_CONTRAVARIANT);
    }
    if (!names[k]) ok = 0;
  }
  if (ok) {
    for (int Y = 0, acc = 0; Y < m; Y++) {
      first[Y] = acc;
      acc += count[Y];
    }
    for (int k = 0; k < size; k++)
      members[first[category_target(work, start + k)] + local[k]] = k;
  }
  for (int Y = 0; ok && Y < m; Y++) {
    for (int i = 0; i < count[Y]; i++) setn[i] = names[members[first[Y] + i]];
    if (task_set_elements(t, Y, count[Y], setn, 0) < 0) ok = 0;
    if (ok && task_first_duplicate(t, Y) >= 0) {
      char (*alt)[24] = malloc(((size_t)count[Y] + 1) * sizeof *alt);
      if (!alt) {
        ok = 0;
        break;
      }
      for (int i = 0; i < count[Y]; i++) {
        snprintf(alt[i], sizeof alt[i], "m%d", i);
        setn[i] = alt[i];
      }
      if (task_set_elements(t, Y, count[Y], setn, 0) < 0) ok = 0;
      free(alt);
    }
  }
  for (int g = 0; ok && g < G; g++) {
    int Y = category_generator_source(work, g);
    for (int i = 0; i < count[Y]; i++) {
      int f = start + members[first[Y] + i];
      int h = category_step(work, f, g);
      img[i] = h >= start && h < start + size ? local[h - start] : -1;
    }
    if (task_set_map(t, g, img, 0) < 0) ok = 0;
  }
  if (names)
    for (int k = 0; k < size; k++) free(names[k]);
  free(count); free(local); free(first); free(names); free(setn); free(img); free(members);
  if (!ok) {
    task_free(t);
    return NULL;
  }
  return t;
}
