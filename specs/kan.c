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

/* The colimit being built: triple (c, t, h) is numbered
 * base[c] + t * size(F c) + (h - start(F c)); p is the union-find over the
 * triples (the root of a class is its least triple), cls[root] the index
 * of the class in its set, names[root] its element name. */
typedef struct sigma {
  const functor *F;
  const task *T;
  const category *C, *D, *workD;
  int contra, mC, mD;
  long *base, N;
  int *p, *cls;
  char **names;
} sigma;

/* Call visit(s, a, c, t, h, user) for every root triple a = (c, t, h) whose
 * h ends at object d of workD, in increasing triple order; -1 as soon as a
 * visit returns nonzero, else 0. */
static int each_root(sigma *s, int d, int (*visit)(sigma *, long, int, int, int, void *),
                     void *user)
{
  for (int c = 0; c < s->mC; c++) {
    int Fc = functor_object(s->F, c);
    int s1 = category_block_start(s->workD, Fc), n1 = category_block_size(s->workD, Fc);
    for (int t = 0; t < task_set_size(s->T, c); t++)
      for (int i = 0; i < n1; i++) {
        long a = s->base[c] + (long)t * n1 + i;
        if (category_target(s->workD, s1 + i) != d || uf_find(s->p, (int)a) != a) continue;
        if (visit(s, a, c, t, s1 + i, user) != 0) return -1;
      }
  }
  return 0;
}

/* Number the triples; 0, or -1 with *too_big set when there are more than
 * max_triples (or than an int holds). */
static int sigma_number(sigma *s, long max_triples, int *too_big)
{
  s->base = malloc(((size_t)s->mC + 1) * sizeof *s->base);
  if (!s->base) return -1;
  s->N = 0;
  for (int c = 0; c < s->mC; c++) {
    s->base[c] = s->N;
    s->N += (long)task_set_size(s->T, c) * category_block_size(s->workD, functor_object(s->F, c));
  }
  if (s->N > max_triples || s->N > 0x7fffffffL) {
    *too_big = 1;
    return -1;
  }
  s->p = malloc(((size_t)s->N + 1) * sizeof *s->p);
  if (!s->p) return -1;
  for (long i = 0; i < s->N; i++) s->p[i] = (int)i;
  return 0;
}

/* The relations, generator by generator f: c -> c2 of C:
 * (c, t, F(f);h') ~ (c2, T(f)(t), h') for every h' out of F c2.  0, or -1
 * when out of memory or F(f) does not compose in workD. */
static int sigma_relate(sigma *s)
{
  const category *W = s->workD;
  int big = 1;
  for (int y = 0; y < s->mD; y++)
    if (category_block_size(W, y) > big) big = category_block_size(W, y);
  int *phi = malloc((size_t)big * sizeof *phi);
  if (!phi) return -1;
  for (int f = 0; f < category_generator_count(s->C); f++) {
    int c = task_domain(s->T, f), c2 = task_codomain(s->T, f);
    int Fc = functor_object(s->F, c), Fc2 = functor_object(s->F, c2);
    const int *w = NULL;
    int len = 0;
    functor_generator_word(s->F, f, &w, &len);
    /* F(f) as a morphism of workD from F c (reversed word for the opposite) */
    int m0 = category_identity(W, Fc);
    for (int i = 0; i < len && m0 >= 0; i++)
      m0 = category_step(W, m0, w[s->contra ? len - 1 - i : i]);
    if (m0 < 0) {
      free(phi);
      return -1;
    }
    /* phi(h') = F(f);h' for h' out of F c2, along the tree of F c2 */
    int s2 = category_block_start(W, Fc2), n2 = category_block_size(W, Fc2);
    int s1 = category_block_start(W, Fc), n1 = category_block_size(W, Fc);
    phi[0] = m0;
    for (int i = 1; i < n2; i++) {
      int hh = s2 + i, par = category_parent(W, hh);
      phi[i] = category_step(W, phi[par - s2], category_parent_generator(W, hh));
    }
    for (int t = 0; t < task_set_size(s->T, c); t++) {
      int t2 = task_apply(s->T, f, t);
      for (int i = 0; i < n2; i++) {
        long a = s->base[c] + (long)t * n1 + (phi[i] - s1);
        long b = s->base[c2] + (long)t2 * n2 + i;
        uf_union(s->p, (int)a, (int)b);
      }
    }
  }
  free(phi);
  return 0;
}

/* A growing buffer for one element name. */
typedef struct name_buf {
  char *buf;
  int cap, n;   /* n: classes of the current object numbered so far */
} name_buf;

/* each_root visitor: number the class of root a and name it c.t[.h]. */
static int name_class(sigma *s, long a, int c, int t, int h, void *user)
{
  name_buf *nb = user;
  s->cls[a] = nb->n++;
  int need = category_format_morphism(s->workD, h, s->contra, NULL, 0);
  size_t want = strlen(category_object_name(s->C, c)) +
                strlen(task_element_name(s->T, c, t)) + (size_t)need + 32;
  if (want > (size_t)nb->cap) {
    char *grown = realloc(nb->buf, want);
    if (!grown) return -1;
    nb->buf = grown;
    nb->cap = (int)want;
  }
  char *buf = nb->buf;
  int k = snprintf(buf, (size_t)nb->cap, "%s.%s", category_object_name(s->C, c),
                   task_element_name(s->T, c, t));
  if (h != category_block_start(s->workD, functor_object(s->F, c))) {
    buf[k++] = '.';
    category_format_morphism(s->workD, h, s->contra, buf + k, nb->cap - k);
    for (char *q = buf + k; *q; q++)
      if (*q == ' ') *q = '.';
  }
  size_t L = strlen(buf) + 1;
  s->names[a] = malloc(L + 12);   /* room for a "-k" that makes it unique */
  if (!s->names[a]) return -1;
  memcpy(s->names[a], buf, L);
  return 0;
}

/* each_root visitor: collect the names of the classes, in class order. */
typedef struct name_list {
  const char **v;
  int n;
} name_list;

static int collect_name(sigma *s, long a, int c, int t, int h, void *user)
{
  (void)c, (void)t, (void)h;
  name_list *l = user;
  l->v[l->n++] = s->names[a];
  return 0;
}

/* The sets of R: per object d of D, its classes in increasing triple
 * order, named after their least triples (a repeated name gets "-k"). */
static int sigma_sets(sigma *s, task *R)
{
  s->cls = malloc(((size_t)s->N + 1) * sizeof *s->cls);
  s->names = calloc((size_t)s->N + 1, sizeof *s->names);
  const char **setn = malloc(((size_t)s->N + 1) * sizeof *setn);
  name_buf nb = {malloc(256), 256, 0};
  int ok = s->cls && s->names && setn && nb.buf;
  for (int d = 0; ok && d < s->mD; d++) {
    nb.n = 0;
    ok = each_root(s, d, name_class, &nb) == 0;
  }
  free(nb.buf);
  for (int d = 0; ok && d < s->mD; d++) {
    name_list set = {setn, 0};
    each_root(s, d, collect_name, &set);
    int n = set.n;
    ok = task_set_elements(R, d, n, setn, 0) >= 0;
    if (ok && task_first_duplicate(R, d) >= 0) {
      /* make the names unique: append -k to every repeat */
      for (int i = 0; i < n; i++)
        for (int j = 0; j < i; j++)
          if (strcmp(setn[i], setn[j]) == 0) {
            snprintf((char *)setn[i] + strlen(setn[i]), 12, "-%d", i);
            break;
          }
      ok = task_set_elements(R, d, n, setn, 0) >= 0;
    }
  }
  free(setn);
  return ok ? 0 : -1;
}

/* each_root visitor: img[class of (c,t,h)] = class of (c,t,h;k). */
typedef struct action {
  int k, *img;
} action;

static int act(sigma *s, long a, int c, int t, int h, void *user)
{
  action *ac = user;
  int Fc = functor_object(s->F, c);
  int s1 = category_block_start(s->workD, Fc), n1 = category_block_size(s->workD, Fc);
  int h2 = category_step(s->workD, h, ac->k);
  long b = s->base[c] + (long)t * n1 + (h2 - s1);
  ac->img[s->cls[a]] = s->cls[uf_find(s->p, (int)b)];
  return 0;
}

/* The action of D's generators: [(c,t,h)] |-> [(c,t,h;k)]. */
static int sigma_action(sigma *s, task *R)
{
  action ac = {0, malloc(((size_t)s->N + 1) * sizeof *ac.img)};
  if (!ac.img) return -1;
  int ok = 1;
  for (ac.k = 0; ok && ac.k < category_generator_count(s->D); ac.k++) {
    each_root(s, category_generator_source(s->workD, ac.k), act, &ac);
    ok = task_set_map(R, ac.k, ac.img, 0) >= 0;
  }
  free(ac.img);
  return ok ? 0 : -1;
}

task *kan_sigma(const functor *F, const task *T, const category *workD, const char *name,
                long max_triples, int *too_big)
{
  sigma s;
  memset(&s, 0, sizeof s);
  s.F = F;
  s.T = T;
  s.C = functor_source(F);
  s.D = functor_target(F);
  s.workD = workD;
  s.contra = task_variance_of(T) == TASK_CONTRAVARIANT;
  s.mC = category_object_count(s.C);
  s.mD = category_object_count(s.D);
  *too_big = 0;
  task *R = NULL;
  if (sigma_number(&s, max_triples, too_big) == 0 && sigma_relate(&s) == 0)
    R = task_new(name, s.D, task_variance_of(T), 0);
  if (R && (sigma_sets(&s, R) < 0 || sigma_action(&s, R) < 0)) {
    task_free(R);
    R = NULL;
  }
  if (s.names)
    for (long i = 0; i < s.N; i++) free(s.names[i]);
  free(s.names);
  free(s.base);
  free(s.p);
  free(s.cls);
  return R;
}
