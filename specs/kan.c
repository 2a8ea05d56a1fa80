/* kan.c — see kan.h. */
#include "specs/kan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

task *kan_delta(const functor *F, const task *T, const char *name)
{
  const category *C = functor_source(F);
  task_variance v = task_variance_of(T);
  task *R = task_new(name, C, v, 0);
  if (!R) return NULL;
  int m = category_object_count(C), G = category_generator_count(C);
  int big = 1;
  for (int x = 0; x < m; x++) {
    int y = functor_object(F, x), n = task_set_size(T, y);
    if (n > big) big = n;
    const char **names = malloc(((size_t)n + 1) * sizeof *names);
    if (!names) goto fail;
    for (int e = 0; e < n; e++) names[e] = task_element_name(T, y, e);
    int r = task_set_elements(R, x, n, names, 0);
    free(names);
    if (r < 0) goto fail;
  }
  int *img = malloc((size_t)big * sizeof *img);
  if (!img) goto fail;
  for (int g = 0; g < G; g++) {
    const int *w = NULL;
    int len = 0;
    functor_generator_word(F, g, &w, &len);
    int dom = task_domain(R, g);
    for (int e = 0; e < task_set_size(R, dom); e++) img[e] = task_apply_word(T, w, len, e);
    if (task_set_map(R, g, img, 0) < 0) {
      free(img);
      goto fail;
    }
  }
  free(img);
  return R;
fail:
  task_free(R);
  return NULL;
}

/* ---- Sigma ------------------------------------------------------------------ */

static int uf_find(int *p, int a)
{
  while (p[a] != a) {
    p[a] = p[p[a]];
    a = p[a];
  }
  return a;
}

static void uf_union(int *p, int a, int b)
{
  a = uf_find(p, a);
  b = uf_find(p, b);
  if (a < b) p[b] = a;       /* the least triple is the root */
  else if (b < a) p[a] = b;
}

task *kan_sigma(const functor *F, const task *T, const category *workD, const char *name,
                long max_triples, int *too_big)
{
  const category *C = functor_source(F), *D = functor_target(F);
  task_variance v = task_variance_of(T);
  int contra = v == TASK_CONTRAVARIANT;
  int mC = category_object_count(C), GC = category_generator_count(C);
  int mD = category_object_count(D), GD = category_generator_count(D);
  *too_big = 0;
  /* triple (c, t, h): base[c] + t * size(F c) + (h - start(F c)) */
  long *base = malloc(((size_t)mC + 1) * sizeof *base);
  if (!base) return NULL;
  long N = 0;
  for (int c = 0; c < mC; c++) {
    base[c] = N;
    N += (long)task_set_size(T, c) * category_block_size(workD, functor_object(F, c));
  }
  if (N > max_triples || N > 0x7fffffffL) {
    *too_big = 1;
    free(base);
    return NULL;
  }
  task *R = NULL;
  int *p = malloc(((size_t)N + 1) * sizeof *p);
  int *phi = NULL, *wbuf = NULL, *cls = NULL, *count = NULL, *local = NULL, *img = NULL;
  char **names = NULL;
  int big = 1;
  for (int y = 0; y < mD; y++)
    if (category_block_size(workD, y) > big) big = category_block_size(workD, y);
  phi = malloc((size_t)big * sizeof *phi);
  if (!p || !phi) goto done;
  for (long i = 0; i < N; i++) p[i] = (int)i;
  /* the relations, generator by generator of C */
  for (int f = 0; f < GC; f++) {
    int c = task_domain(T, f), c2 = task_codomain(T, f);
    int Fc = functor_object(F, c), Fc2 = functor_object(F, c2);
    const int *w = NULL;
    int len = 0;
    functor_generator_word(F, f, &w, &len);
    /* F(f) as a morphism of workD from F c (reversed word for the opposite) */
    int m0 = category_identity(workD, Fc);
    for (int i = 0; i < len && m0 >= 0; i++) m0 = category_step(workD, m0, w[contra ? len - 1 - i : i]);
    if (m0 < 0) goto done;
    /* phi(h') = F(f);h' for h' out of F c2, along the tree of F c2 */
    int s2 = category_block_start(workD, Fc2), n2 = category_block_size(workD, Fc2);
    int s1 = category_block_start(workD, Fc), n1 = category_block_size(workD, Fc);
    phi[0] = m0;
    for (int i = 1; i < n2; i++) {
      int hh = s2 + i, par = category_parent(workD, hh);
      phi[i] = category_step(workD, phi[par - s2], category_parent_generator(workD, hh));
    }
    for (int t = 0; t < task_set_size(T, c); t++) {
      int t2 = task_apply(T, f, t);
      for (int i = 0; i < n2; i++) {
        long a = base[c] + (long)t * n1 + (phi[i] - s1);
        long b = base[c2] + (long)t2 * n2 + i;
        uf_union(p, (int)a, (int)b);
      }
    }
  }
  /* classes by object of D: cls[root] = element index in its set */
  cls = malloc(((size_t)N + 1) * sizeof *cls);
  count = calloc((size_t)mD + 1, sizeof *count);
  names = calloc((size_t)N + 1, sizeof *names);
  if (!cls || !count || !names) goto done;
  R = task_new(name, D, v, 0);
  if (!R) goto done;
  /* per object d: the roots over d, in increasing triple order */
  int cap = 256;
  char *buf = malloc((size_t)cap);
  if (!buf) goto fail;
  for (int d = 0; d < mD; d++) {
    int n = 0;
    for (int c = 0; c < mC; c++) {
      int Fc = functor_object(F, c);
      int s1 = category_block_start(workD, Fc), n1 = category_block_size(workD, Fc);
      for (int t = 0; t < task_set_size(T, c); t++)
        for (int i = 0; i < n1; i++) {
          if (category_target(workD, s1 + i) != d) continue;
          long a = base[c] + (long)t * n1 + i;
          if (uf_find(p, (int)a) != a) continue;
          cls[a] = n++;
          /* its name: c.t[.h] */
          int need = category_format_morphism(workD, s1 + i, contra, NULL, 0);
          size_t want = strlen(category_object_name(C, c)) + strlen(task_element_name(T, c, t)) +
                        (size_t)need + 32;
          if (want > (size_t)cap) {
            char *nb = realloc(buf, want);
            if (!nb) {
              free(buf);
              goto fail;
            }
            buf = nb;
            cap = (int)want;
          }
          int k = snprintf(buf, (size_t)cap, "%s.%s", category_object_name(C, c),
                           task_element_name(T, c, t));
          if (i > 0) {
            buf[k++] = '.';
            category_format_morphism(workD, s1 + i, contra, buf + k, cap - k);
            for (char *q = buf + k; *q; q++)
              if (*q == ' ') *q = '.';
          }
          size_t L = strlen(buf) + 1;
          names[a] = malloc(L + 12);
          if (!names[a]) {
            free(buf);
            goto fail;
          }
          memcpy(names[a], buf, L);
        }
    }
    count[d] = n;
  }
  free(buf);
  /* the sets, in the same order */
  const char **setn = malloc(((size_t)N + 1) * sizeof *setn);
  if (!setn) goto fail;
  for (int d = 0; d < mD; d++) {
    int n = 0;
    for (int c = 0; c < mC; c++) {
      int Fc = functor_object(F, c);
      int s1 = category_block_start(workD, Fc), n1 = category_block_size(workD, Fc);
      for (int t = 0; t < task_set_size(T, c); t++)
        for (int i = 0; i < n1; i++) {
          long a = base[c] + (long)t * n1 + i;
          if (category_target(workD, s1 + i) == d && uf_find(p, (int)a) == a) setn[n++] = names[a];
        }
    }
    if (task_set_elements(R, d, n, setn, 0) < 0) {
      free(setn);
      goto fail;
    }
    if (task_first_duplicate(R, d) >= 0) {
      /* make the names unique: append -k to every repeat */
      for (int i = 0; i < n; i++)
        for (int j = 0; j < i; j++)
          if (strcmp(setn[i], setn[j]) == 0) {
            snprintf((char *)setn[i] + strlen(setn[i]), 12, "-%d", i);
            break;
          }
      if (task_set_elements(R, d, n, setn, 0) < 0) {
        free(setn);
        goto fail;
      }
    }
  }
  free(setn);
  /* the action of D's generators: [(c,t,h)] |-> [(c,t,h;k)] */
  local = malloc(((size_t)N + 1) * sizeof *local);
  img = malloc(((size_t)N + 1) * sizeof *img);
  if (!local || !img) goto fail;
  for (int k = 0; k < GD; k++) {
    int d = category_generator_source(workD, k);
    for (int c = 0; c < mC; c++) {
      int Fc = functor_object(F, c);
      int s1 = category_block_start(workD, Fc), n1 = category_block_size(workD, Fc);
      for (int t = 0; t < task_set_size(T, c); t++)
        for (int i = 0; i < n1; i++) {
          long a = base[c] + (long)t * n1 + i;
          if (category_target(workD, s1 + i) != d || uf_find(p, (int)a) != a) continue;
          int h2 = category_step(workD, s1 + i, k);
          long b = base[c] + (long)t * n1 + (h2 - s1);
          img[cls[a]] = cls[uf_find(p, (int)b)];
        }
    }
    if (task_set_map(R, k, img, 0) < 0) goto fail;
  }
  goto done;
fail:
  task_free(R);
  R = NULL;
done:
  if (names)
    for (long i = 0; i < N; i++) free(names[i]);
  free(names);
  free(base); free(p); free(phi); free(wbuf); free(cls); free(count); free(local); free(img);
  return R;
}
