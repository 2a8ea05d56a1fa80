/* instances.c — see instances.h. */
#include "tests/instances.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- deterministic PRNG ---------------------------------------------------- */

static unsigned long long rng_state;

void instances_seed(unsigned long long seed) { rng_state = seed; }
static unsigned rnd(unsigned n)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return n ? (unsigned)(rng_state % n) : 0;
}
int instances_rndi(int n) { return (int)rnd((unsigned)n); }

/* ---- random small categories ------------------------------------------------ */

int instances_add_obj(category *c, const char *pfx, const char *name)
{
  char buf[64];
  snprintf(buf, sizeof buf, "%s%s", pfx, name);
  return category_add_object(c, buf, 0);
}
int instances_add_gen(category *c, const char *pfx, const char *name, int s, int t)
{
  char buf[64];
  snprintf(buf, sizeof buf, "%s%s", pfx, name);
  return category_add_generator(c, buf, s, t, 0);
}

/* one object, r^n = id */
void instances_part_cyclic(category *c, const char *pfx, int n)
{
  int x = instances_add_obj(c, pfx, "x");
  int r = instances_add_gen(c, pfx, "r", x, x);
  int *w = malloc((size_t)n * sizeof *w);
  for (int i = 0; i < n; i++) w[i] = r;
  category_add_equation(c, x, w, n, NULL, 0, 0);
  free(w);
}

/* one object, a^k = a^m (m < k): a finite monoid */
static void part_monoid(category *c, const char *pfx, int k, int m)
{
  int x = instances_add_obj(c, pfx, "m");
  int a = instances_add_gen(c, pfx, "a", x, x);
  int w[16];
  for (int i = 0; i < k; i++) w[i] = a;
  category_add_equation(c, x, w, k, w, m, 0);
}

/* a free category on a small random DAG (no equations) */
static void part_dag(category *c, const char *pfx)
{
  int n = 2 + instances_rndi(3), base = -1;
  for (int i = 0; i < n; i++) {
    char nm[16];
    snprintf(nm, sizeof nm, "d%d", i);
    int x = instances_add_obj(c, pfx, nm);
    if (i == 0) base = x;
  }
  int ne = 1 + instances_rndi(4);
  for (int e = 0; e < ne; e++) {
    int s = instances_rndi(n - 1), t = s + 1 + instances_rndi(n - 1 - s);
    char nm[16];
    snprintf(nm, sizeof nm, "g%d", e);
    instances_add_gen(c, pfx, nm, base + s, base + t);
  }
}

/* a commutative square a→b→d = a→c→d, optionally with an extra arrow */
static void part_square(category *c, const char *pfx)
{
  int a = instances_add_obj(c, pfx, "a"), b = instances_add_obj(c, pfx, "b");
  int cc = instances_add_obj(c, pfx, "c"), d = instances_add_obj(c, pfx, "d");
  int f = instances_add_gen(c, pfx, "f", a, b), g = instances_add_gen(c, pfx, "g", b, d);
  int h = instances_add_gen(c, pfx, "h", a, cc), k = instances_add_gen(c, pfx, "k", cc, d);
  int l[2] = {f, g}, r[2] = {h, k};
  category_add_equation(c, a, l, 2, r, 2, 0);
}

/* a connected groupoid: x ≅ y, with Z_n at x */
static void part_groupoid(category *c, const char *pfx, int n)
{
  int x = instances_add_obj(c, pfx, "x"), y = instances_add_obj(c, pfx, "y");
  int f = instances_add_gen(c, pfx, "f", x, y), g = instances_add_gen(c, pfx, "g", y, x);
  int r = instances_add_gen(c, pfx, "r", x, x);
  int fg[2] = {f, g}, gf[2] = {g, f};
  category_add_equation(c, x, fg, 2, NULL, 0, 0);
  category_add_equation(c, y, gf, 2, NULL, 0, 0);
  int w[8];
  for (int i = 0; i < n; i++) w[i] = r;
  category_add_equation(c, x, w, n, NULL, 0, 0);
}

static void add_random_part(category *c, const char *pfx, int *free_cat)
{
  switch (instances_rndi(6)) {
  case 0: instances_part_cyclic(c, pfx, 1 + instances_rndi(6)); *free_cat = 0; break;
  case 1: part_monoid(c, pfx, 2 + instances_rndi(4), 0); break;
  case 2: part_dag(c, pfx); break;
  case 3: part_square(c, pfx); *free_cat = 0; break;
  case 4: part_groupoid(c, pfx, 1 + instances_rndi(3)); *free_cat = 0; break;
  default: {
    int k = 2 + instances_rndi(4);
    part_monoid(c, pfx, k, 1 + instances_rndi(k - 1));
  }
  }
}

category *instances_random_category(int *free_cat)
{
  category *c = category_new("C", 0);
  *free_cat = 1;
  add_random_part(c, "", free_cat);
  if (instances_rndi(3) == 0) add_random_part(c, "q", free_cat);
  /* part_monoid with m == 0 is a^k = id: a group, not free */
  if (category_equation_count(c) > 0) *free_cat = 0;
  if (category_enumerate(c, 10000) != YO_OK) {
    category_free(c);
    return NULL;
  }
  return c;
}

/* ---- functors as tables on the working category ---------------------------- */

static tab *tab_new(int nobj, int ngen)
{
  tab *T = calloc(1, sizeof *T);
  T->nobj = nobj;
  T->ngen = ngen;
  T->size = calloc((size_t)nobj + 1, sizeof *T->size);
  T->map = calloc((size_t)ngen + 1, sizeof *T->map);
  return T;
}
void tab_free(tab *T)
{
  if (!T) return;
  for (int g = 0; g < T->ngen; g++) free(T->map[g]);
  free(T->map);
  free(T->size);
  free(T);
}

/* Hom(P,-) on the working category w (generators act by step). */
tab *tab_hom(const category *w, int P)
{
  tab *T = tab_new(category_object_count(w), category_generator_count(w));
  int start = category_block_start(w, P), bs = category_block_size(w, P);
  int *idx = malloc((size_t)bs * sizeof *idx);
  for (int k = 0; k < bs; k++) idx[k] = T->size[category_target(w, start + k)]++;
  for (int g = 0; g < T->ngen; g++) {
    int y = category_generator_source(w, g);
    T->map[g] = calloc((size_t)T->size[y] + 1, sizeof(int));
    for (int k = 0; k < bs; k++) {
      if (category_target(w, start + k) != y) continue;
      T->map[g][idx[k]] = idx[category_step(w, start + k, g) - start];
    }
  }
  free(idx);
  return T;
}

tab *tab_const(const category *w, int n)
{
  tab *T = tab_new(category_object_count(w), category_generator_count(w));
  for (int x = 0; x < T->nobj; x++) T->size[x] = n;
  for (int g = 0; g < T->ngen; g++) {
    T->map[g] = calloc((size_t)n + 1, sizeof(int));
    for (int i = 0; i < n; i++) T->map[g][i] = i;
  }
  return T;
}

static int dom_of(const category *w, int g) { return category_generator_source(w, g); }
static int cod_of(const category *w, int g) { return category_generator_target(w, g); }

tab *tab_sum(const category *w, const tab *A, const tab *B)
{
  tab *T = tab_new(A->nobj, A->ngen);
  for (int x = 0; x < T->nobj; x++) T->size[x] = A->size[x] + B->size[x];
  for (int g = 0; g < T->ngen; g++) {
    int y = dom_of(w, g), z = cod_of(w, g);
    T->map[g] = calloc((size_t)T->size[y] + 1, sizeof(int));
    for (int i = 0; i < A->size[y]; i++) T->map[g][i] = A->map[g][i];
    for (int i = 0; i < B->size[y]; i++) T->map[g][A->size[y] + i] = A->size[z] + B->map[g][i];
  }
  return T;
}

tab *tab_product(const category *w, const tab *A, const tab *B)
{
  tab *T = tab_new(A->nobj, A->ngen);
  for (int x = 0; x < T->nobj; x++) T->size[x] = A->size[x] * B->size[x];
  for (int g = 0; g < T->ngen; g++) {
    int y = dom_of(w, g), z = cod_of(w, g);
    T->map[g] = calloc((size_t)T->size[y] + 1, sizeof(int));
    for (int i = 0; i < A->size[y]; i++)
      for (int j = 0; j < B->size[y]; j++)
        T->map[g][i * B->size[y] + j] = A->map[g][i] * B->size[z] + B->map[g][j];
  }
  return T;
}

/* random tables: functorial on a free category */
tab *tab_random(const category *w)
{
  tab *T = tab_new(category_object_count(w), category_generator_count(w));
  for (int x = 0; x < T->nobj; x++) T->size[x] = instances_rndi(4);
  for (int changed = 1; changed;) {   /* a map into an empty set needs an empty domain */
    changed = 0;
    for (int g = 0; g < T->ngen; g++)
      if (T->size[dom_of(w, g)] > 0 && T->size[cod_of(w, g)] == 0) {
        T->size[dom_of(w, g)] = 0;
        changed = 1;
      }
  }
  for (int g = 0; g < T->ngen; g++) {
    int y = dom_of(w, g), z = cod_of(w, g);
    T->map[g] = calloc((size_t)T->size[y] + 1, sizeof(int));
    for (int i = 0; i < T->size[y]; i++) T->map[g][i] = instances_rndi(T->size[z]);
  }
  return T;
}

/* Build the task: T on the working category w of a task over c with
 * variance v; element indices relabelled by a random permutation. */
task *tab_task(const tab *T, const category *c, const category *w, task_variance v)
{
  (void)w;
  task *t = task_new("T", c, v, 0);
  int **perm = calloc((size_t)T->nobj + 1, sizeof *perm);
  for (int x = 0; x < T->nobj; x++) {
    int n = T->size[x];
    perm[x] = malloc(((size_t)n + 1) * sizeof(int));
    for (int i = 0; i < n; i++) perm[x][i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = instances_rndi(i + 1), s = perm[x][i];
      perm[x][i] = perm[x][j];
      perm[x][j] = s;
    }
    char **names = malloc(((size_t)n + 1) * sizeof *names);
    for (int i = 0; i < n; i++) {
      names[i] = malloc(24);
      snprintf(names[i], 24, "e%d_%d", x, i);
    }
    task_set_elements(t, x, n, (const char *const *)names, 0);
    for (int i = 0; i < n; i++) free(names[i]);
    free(names);
  }
  for (int g = 0; g < T->ngen; g++) {
    int y = dom_of(w, g), z = cod_of(w, g);
    int *img = malloc(((size_t)T->size[y] + 1) * sizeof *img);
    for (int i = 0; i < T->size[y]; i++) img[perm[y][i]] = perm[z][T->map[g][i]];
    task_set_map(t, g, img, 0);
    free(img);
  }
  for (int x = 0; x < T->nobj; x++) free(perm[x]);
  free(perm);
  return t;
}

/* ---- an independent reference check of a certificate ----------------------- */

static int apply_path(const task *t, const category *w, int f, int e, int *buf, int cap)
{
  int n = category_word(w, f, buf, cap);
  for (int i = 0; i < n; i++) e = task_apply(t, buf[i], e);
  return e;
}

/* 1 if c is a valid certificate for t on w (quadratic; small instances). */
int instances_ref_check(const task *t, const category *w, const rep_cert *c)
{
  int nobj = category_object_count(w), nm = category_morphism_count(w);
  int *buf = malloc(((size_t)nm + 1) * sizeof *buf);
  int ok = 1;
  if (c->verdict == CERT_REPRESENTABLE) {
    int P = c->object;
    if (P < 0 || P >= nobj || c->element < 0 || c->element >= task_set_size(t, P) ||
        c->nimages != category_block_size(w, P)) {
      free(buf);
      return 0;
    }
    int start = category_block_start(w, P);
    for (int k = 0; k < c->nimages && ok; k++) {
      int y = category_target(w, start + k);
      if (c->images[k] != apply_path(t, w, start + k, c->element, buf, nm + 1)) ok = 0;
      for (int j = 0; j < k && ok; j++)
        if (category_target(w, start + j) == y && c->images[j] == c->images[k]) ok = 0;
    }
    for (int y = 0; y < nobj && ok; y++)
      if (category_hom_count(w, P, y) != task_set_size(t, y)) ok = 0;
  } else {
    if (c->nobjects != nobj) ok = 0;
    for (int P = 0; P < nobj && ok; P++) {
      const cert_object_witness *ow = &c->objects[P];
      int n = task_set_size(t, P);
      if (ow->kind == WIT_EMPTY) {
        ok = n == 0;
      } else if (ow->kind == WIT_CARDINALITY) {
        ok = ow->object >= 0 && ow->object < nobj &&
             category_hom_count(w, P, ow->object) != task_set_size(t, ow->object);
      } else if (ow->kind == WIT_PER_ELEMENT) {
        if (ow->first < 0 || ow->first + n > c->nelements) ok = 0;
        for (int u = 0; u < n && ok; u++) {
          const cert_element_witness *ew = &c->elements[ow->first + u];
          int Y = ew->object;
          if (Y < 0 || Y >= nobj) { ok = 0; break; }
          if (ew->kind == WIT_COLLISION) {
            ok = ew->f1 != ew->f2 && ew->f1 >= 0 && ew->f2 >= 0 && ew->f1 < nm && ew->f2 < nm &&
                 category_source(w, ew->f1) == P && category_source(w, ew->f2) == P &&
                 category_target(w, ew->f1) == Y && category_target(w, ew->f2) == Y &&
                 apply_path(t, w, ew->f1, u, buf, nm + 1) == apply_path(t, w, ew->f2, u, buf, nm + 1);
          } else if (ew->kind == WIT_UNREACHED) {
            int start = category_block_start(w, P), bs = category_block_size(w, P);
            ok = ew->element >= 0 && ew->element < task_set_size(t, Y);
            for (int k = 0; k < bs && ok; k++)
              if (category_target(w, start + k) == Y &&
                  apply_path(t, w, start + k, u, buf, nm + 1) == ew->element)
                ok = 0;
          } else {
            ok = 0;
          }
        }
      } else {
        ok = 0;
      }
    }
  }
  free(buf);
  return ok;
}

static rep_cert *cert_copy(const rep_cert *c)
{
  rep_cert *d = cert_new(c->verdict, c->task, c->variance);
  d->object = c->object;
  d->element = c->element;
  d->nimages = c->nimages;
  if (c->nimages) {
    d->images = malloc((size_t)c->nimages * sizeof *d->images);
    memcpy(d->images, c->images, (size_t)c->nimages * sizeof *d->images);
  }
  d->nobjects = c->nobjects;
  if (c->nobjects) {
    d->objects = malloc((size_t)c->nobjects * sizeof *d->objects);
    memcpy(d->objects, c->objects, (size_t)c->nobjects * sizeof *d->objects);
  }
  d->nelements = c->nelements;
  if (c->nelements) {
    d->elements = malloc((size_t)c->nelements * sizeof *d->elements);
    memcpy(d->elements, c->elements, (size_t)c->nelements * sizeof *d->elements);
  }
  return d;
}

/* A wrong variant of c, or NULL when there is no simple one. */
rep_cert *instances_tamper(const task *t, const category *w, const rep_cert *c)
{
  rep_cert *d = cert_copy(c);
  if (c->verdict == CERT_REPRESENTABLE) {
    int start = category_block_start(w, c->object);
    for (int k = c->nimages - 1; k >= 0; k--) {
      int n = task_set_size(t, category_target(w, start + k));
      if (n > 1) {
        d->images[k] = (d->images[k] + 1) % n;
        return d;
      }
    }
  } else {
    for (int i = 0; i < d->nelements; i++)
      if (d->elements[i].kind == WIT_COLLISION) {
        d->elements[i].f2 = d->elements[i].f1;
        return d;
      }
    for (int P = 0; P < d->nobjects; P++) {
      if (d->objects[P].kind != WIT_CARDINALITY) continue;
      for (int y = 0; y < d->nobjects; y++)
        if (category_hom_count(w, P, y) == task_set_size(t, y)) {
          d->objects[P].object = y;
          return d;
        }
    }
    for (int P = 0; P < d->nobjects; P++)
      if (task_set_size(t, P) > 0) {
        d->objects[P].kind = WIT_EMPTY;
        return d;
      }
  }
  cert_free(d);
  return NULL;
}

int instances_cert_equal(const rep_cert *a, const rep_cert *b)
{
  if (a->verdict != b->verdict || a->variance != b->variance) return 0;
  if (a->verdict == CERT_REPRESENTABLE)
    return a->object == b->object && a->element == b->element && a->nimages == b->nimages &&
           memcmp(a->images, b->images, (size_t)a->nimages * sizeof(int)) == 0;
  if (a->nobjects != b->nobjects || a->nelements != b->nelements) return 0;
  for (int i = 0; i < a->nobjects; i++) {
    if (a->objects[i].kind != b->objects[i].kind) return 0;
    if (a->objects[i].kind == WIT_CARDINALITY && a->objects[i].object != b->objects[i].object)
      return 0;
    if (a->objects[i].kind == WIT_PER_ELEMENT && a->objects[i].first != b->objects[i].first)
      return 0;
  }
  for (int i = 0; i < a->nelements; i++) {
    const cert_element_witness *x = &a->elements[i], *y = &b->elements[i];
    if (x->kind != y->kind || x->object != y->object) return 0;
    if (x->kind == WIT_COLLISION && (x->f1 != y->f1 || x->f2 != y->f2)) return 0;
    if (x->kind == WIT_UNREACHED && x->element != y->element) return 0;
  }
  return 1;
}
