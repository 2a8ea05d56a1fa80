/* test_represent.c — representability (solver/represent.h): hand-made
 * examples, the three engines against each other on hundreds of generated
 * instances (seeded, deterministic), certificates re-checked and tampered
 * with, SMT-LIB output run through the z3 and cvc4 binaries. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "solver/represent.h"
#include "solver/smt2.h"
#include "specs/category.h"
#include "specs/clock.h"
#include "specs/task.h"
#include "tests/families.h"

void test_represent_suite(void);

/* ---- deterministic PRNG ---------------------------------------------------- */

static unsigned long long rng_state;
static unsigned rnd(unsigned n)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return n ? (unsigned)(rng_state % n) : 0;
}
static int rndi(int n) { return (int)rnd((unsigned)n); }

/* ---- random small categories ------------------------------------------------ */

static int add_obj(category *c, const char *pfx, const char *name)
{
  char buf[64];
  snprintf(buf, sizeof buf, "%s%s", pfx, name);
  return category_add_object(c, buf, 0);
}
static int add_gen(category *c, const char *pfx, const char *name, int s, int t)
{
  char buf[64];
  snprintf(buf, sizeof buf, "%s%s", pfx, name);
  return category_add_generator(c, buf, s, t, 0);
}

/* one object, r^n = id */
static void part_cyclic(category *c, const char *pfx, int n)
{
  int x = add_obj(c, pfx, "x");
  int r = add_gen(c, pfx, "r", x, x);
  int *w = malloc((size_t)n * sizeof *w);
  for (int i = 0; i < n; i++) w[i] = r;
  category_add_equation(c, x, w, n, NULL, 0, 0);
  free(w);
}

/* one object, a^k = a^m (m < k): a finite monoid */
static void part_monoid(category *c, const char *pfx, int k, int m)
{
  int x = add_obj(c, pfx, "m");
  int a = add_gen(c, pfx, "a", x, x);
  int w[16];
  for (int i = 0; i < k; i++) w[i] = a;
  category_add_equation(c, x, w, k, w, m, 0);
}

/* a free category on a small random DAG (no equations) */
static void part_dag(category *c, const char *pfx)
{
  int n = 2 + rndi(3), base = -1;
  for (int i = 0; i < n; i++) {
    char nm[16];
    snprintf(nm, sizeof nm, "d%d", i);
    int x = add_obj(c, pfx, nm);
    if (i == 0) base = x;
  }
  int ne = 1 + rndi(4);
  for (int e = 0; e < ne; e++) {
    int s = rndi(n - 1), t = s + 1 + rndi(n - 1 - s);
    char nm[16];
    snprintf(nm, sizeof nm, "g%d", e);
    add_gen(c, pfx, nm, base + s, base + t);
  }
}

/* a commutative square a→b→d = a→c→d, optionally with an extra arrow */
static void part_square(category *c, const char *pfx)
{
  int a = add_obj(c, pfx, "a"), b = add_obj(c, pfx, "b");
  int cc = add_obj(c, pfx, "c"), d = add_obj(c, pfx, "d");
  int f = add_gen(c, pfx, "f", a, b), g = add_gen(c, pfx, "g", b, d);
  int h = add_gen(c, pfx, "h", a, cc), k = add_gen(c, pfx, "k", cc, d);
  int l[2] = {f, g}, r[2] = {h, k};
  category_add_equation(c, a, l, 2, r, 2, 0);
}

/* a connected groupoid: x ≅ y, with Z_n at x */
static void part_groupoid(category *c, const char *pfx, int n)
{
  int x = add_obj(c, pfx, "x"), y = add_obj(c, pfx, "y");
  int f = add_gen(c, pfx, "f", x, y), g = add_gen(c, pfx, "g", y, x);
  int r = add_gen(c, pfx, "r", x, x);
  int fg[2] = {f, g}, gf[2] = {g, f};
  category_add_equation(c, x, fg, 2, NULL, 0, 0);
  category_add_equation(c, y, gf, 2, NULL, 0, 0);
  int w[8];
  for (int i = 0; i < n; i++) w[i] = r;
  category_add_equation(c, x, w, n, NULL, 0, 0);
}

static void add_random_part(category *c, const char *pfx, int *free_cat)
{
  switch (rndi(6)) {
  case 0: part_cyclic(c, pfx, 1 + rndi(6)); *free_cat = 0; break;
  case 1: part_monoid(c, pfx, 2 + rndi(4), 0); break;
  case 2: part_dag(c, pfx); break;
  case 3: part_square(c, pfx); *free_cat = 0; break;
  case 4: part_groupoid(c, pfx, 1 + rndi(3)); *free_cat = 0; break;
  default: {
    int k = 2 + rndi(4);
    part_monoid(c, pfx, k, 1 + rndi(k - 1));
  }
  }
}

static category *random_category(int *free_cat)
{
  category *c = category_new("C", 0);
  *free_cat = 1;
  add_random_part(c, "", free_cat);
  if (rndi(3) == 0) add_random_part(c, "q", free_cat);
  /* part_monoid with m == 0 is a^k = id: a group, not free */
  if (category_equation_count(c) > 0) *free_cat = 0;
  if (category_enumerate(c, 10000) != YO_OK) {
    category_free(c);
    return NULL;
  }
  return c;
}

/* ---- functors as tables on the working category ---------------------------- */

typedef struct tab {
  int nobj, ngen;
  int *size;
  int **map;      /* map[g][i]: image of element i of T(domain g) */
} tab;

static tab *tab_new(int nobj, int ngen)
{
  tab *T = calloc(1, sizeof *T);
  T->nobj = nobj;
  T->ngen = ngen;
  T->size = calloc((size_t)nobj + 1, sizeof *T->size);
  T->map = calloc((size_t)ngen + 1, sizeof *T->map);
  return T;
}
static void tab_free(tab *T)
{
  if (!T) return;
  for (int g = 0; g < T->ngen; g++) free(T->map[g]);
  free(T->map);
  free(T->size);
  free(T);
}

/* Hom(P,-) on the working category w (generators act by step). */
static tab *tab_hom(const category *w, int P)
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

static tab *tab_const(const category *w, int n)
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

static tab *tab_sum(const category *w, const tab *A, const tab *B)
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

static tab *tab_product(const category *w, const tab *A, const tab *B)
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
static tab *tab_random(const category *w)
{
  tab *T = tab_new(category_object_count(w), category_generator_count(w));
  for (int x = 0; x < T->nobj; x++) T->size[x] = rndi(4);
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
    for (int i = 0; i < T->size[y]; i++) T->map[g][i] = rndi(T->size[z]);
  }
  return T;
}

/* Build the task: T on the working category w of a task over c with
 * variance v; element indices relabelled by a random permutation. */
static task *tab_task(const tab *T, const category *c, const category *w, task_variance v)
{
  (void)w;
  task *t = task_new("T", c, v, 0);
  int **perm = calloc((size_t)T->nobj + 1, sizeof *perm);
  for (int x = 0; x < T->nobj; x++) {
    int n = T->size[x];
    perm[x] = malloc(((size_t)n + 1) * sizeof(int));
    for (int i = 0; i < n; i++) perm[x][i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = rndi(i + 1), s = perm[x][i];
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
static int ref_check(const task *t, const category *w, const rep_cert *c)
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
static rep_cert *tamper(const task *t, const category *w, const rep_cert *c)
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

static int cert_equal(const rep_cert *a, const rep_cert *b)
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

/* ---- the differential test --------------------------------------------------- */

typedef struct stats {
  int instances, yes, no, naive_refused, tampered, roundtrips, smt_files;
} stats;

static const char *tmpdir(void)
{
  static char dir[64];
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/yoneda-test-XXXXXX");
    if (!mkdtemp(dir)) snprintf(dir, sizeof dir, "/tmp");
  }
  return dir;
}

static int remove_tmpdir(void)
{
  const char *d = tmpdir();
  if (strcmp(d, "/tmp") == 0) return 0;
  const char *files[] = {"cert.xml", "p0.smt2", "p1.smt2"};
  char path[160];
  for (int i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", d, files[i]);
    unlink(path);
  }
  rmdir(d);
  return 0;
}

/* Run every engine on t, compare, check and tamper with the certificates. */
static void differential(const task *t, stats *S, int roundtrip)
{
  represent_options o;
  represent_options_init(&o);
  yo_status verdict[3];
  represent_result *res[3] = {NULL, NULL, NULL};
  for (int e = 0; e < 3; e++) {
    diag_list *d = diag_list_new(10);
    o.engine = (represent_engine)e;
    verdict[e] = represent_decide(t, &o, &res[e], d);
    if (e == ENGINE_NAIVE && verdict[e] == YO_LIMIT) {
      S->naive_refused++;
    } else {
      CU_ASSERT(verdict[e] == YO_YES || verdict[e] == YO_NO);
      if (verdict[e] != YO_YES && verdict[e] != YO_NO && diag_count(d) > 0)
        fprintf(stderr, "engine %d: %s\n", e, diag_message_at(d, 0));
    }
    diag_list_free(d);
  }
  S->instances++;
  if (verdict[0] == YO_YES) S->yes++; else S->no++;
  CU_ASSERT_EQUAL(verdict[1], verdict[0]);
  if (verdict[2] != YO_LIMIT) CU_ASSERT_EQUAL(verdict[2], verdict[0]);
  for (int e = 0; e < 3; e++) {
    if (!res[e]) continue;
    const rep_cert *c = represent_result_cert(res[e]);
    const category *w = represent_result_work(res[e]);
    CU_ASSERT_TRUE(ref_check(t, w, c));
    diag_list *d = diag_list_new(10);
    CU_ASSERT_EQUAL(check_representability(t, w, c, d), YO_OK);
    if (diag_count(d) > 0) fprintf(stderr, "kernel: %s\n", diag_message_at(d, 0));
    CU_ASSERT_PTR_NOT_NULL(represent_result_explanation(res[e]));
    rep_cert *bad = tamper(t, w, c);
    if (bad) {
      S->tampered++;
      CU_ASSERT_FALSE(ref_check(t, w, bad));
      diag_list_clear(d);
      CU_ASSERT_EQUAL(check_representability(t, w, bad, d), YO_INTERNAL);
      cert_free(bad);
    }
    diag_list_free(d);
  }
  if (roundtrip && res[0]) {
    char path[128];
    snprintf(path, sizeof path, "%s/cert.xml", tmpdir());
    diag_list *d = diag_list_new(10);
    const rep_cert *c = represent_result_cert(res[0]);
    const category *w = represent_result_work(res[0]);
    FILE *out = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_EQUAL(cert_write(c, t, w, out, d), YO_OK);
    CU_ASSERT_EQUAL(fclose(out), 0);
    rep_cert *back = NULL;
    CU_ASSERT_EQUAL(cert_read(path, t, w, &back, d), YO_OK);
    if (diag_count(d) > 0) fprintf(stderr, "roundtrip: %s\n", diag_message_at(d, 0));
    if (back) {
      CU_ASSERT_TRUE(cert_equal(c, back));
      S->roundtrips++;
    }
    cert_free(back);
    diag_list_free(d);
  }
  for (int e = 0; e < 3; e++) represent_result_free(res[e]);
}

/* One random instance: a category, a variance, a functor built from
 * representables (possibly perturbed). */
static void random_instance(stats *S, int roundtrip)
{
  int free_cat = 0;
  category *c = random_category(&free_cat);
  if (!c) return;
  task_variance v = rndi(2) ? TASK_CONTRAVARIANT : TASK_COVARIANT;
  category *opp = NULL;
  const category *w = c;
  if (v == TASK_CONTRAVARIANT) {
    yo_status st;
    opp = category_opposite(c, 10000, &st);
    w = opp;
  }
  int nobj = category_object_count(w);
  int P = rndi(nobj), Q = rndi(nobj);
  tab *T = NULL, *A = NULL, *B = NULL;
  switch (rndi(free_cat ? 9 : 8)) {
  case 0: case 1: case 2: T = tab_hom(w, P); break;
  case 3: A = tab_hom(w, P); B = tab_const(w, 1); T = tab_sum(w, A, B); break;
  case 4: A = tab_hom(w, P); B = tab_hom(w, Q); T = tab_sum(w, A, B); break;
  case 5: A = tab_hom(w, P); B = tab_hom(w, Q); T = tab_product(w, A, B); break;
  case 6: T = tab_const(w, rndi(2)); break;
  case 7: {
    /* permute one map of Hom(P,-); keep it only if still a functor */
    T = tab_hom(w, P);
    int g = rndi(T->ngen > 0 ? T->ngen : 1);
    if (T->ngen > 0) {
      int n = T->size[dom_of(w, g)];
      if (n > 1) {
        int i = rndi(n), j = rndi(n), s = T->map[g][i];
        T->map[g][i] = T->map[g][j];
        T->map[g][j] = s;
      }
    }
    break;
  }
  default: T = tab_random(w); break;
  }
  task *t = tab_task(T, c, w, v);
  if (task_check_equations(t, "gen", NULL) == YO_OK) differential(t, S, roundtrip);
  task_free(t);
  tab_free(T);
  tab_free(A);
  tab_free(B);
  category_free(opp);
  category_free(c);
}

static void differential_random(void)
{
  stats S;
  memset(&S, 0, sizeof S);
  rng_state = 0x9E3779B97F4A7C15ULL;
  for (int i = 0; i < 600; i++) random_instance(&S, i % 5 == 0);
  fprintf(stderr, "\n  differential: %d instances (%d yes, %d no), naive refused %d, "
          "%d tampered certificates rejected, %d XML round trips\n",
          S.instances, S.yes, S.no, S.naive_refused, S.tampered, S.roundtrips);
  CU_ASSERT(S.instances >= 300);
  CU_ASSERT(S.yes >= 50);
  CU_ASSERT(S.no >= 50);
}

/* ---- hand-made examples ------------------------------------------------------ */

/* Rot: x, r: x → x, r^4 = x; Angle: T(x) = {a0..a3}, T(r) = +1. */
static category *rot4(void)
{
  category *c = families_cyclic(4);
  category_enumerate(c, 1000);
  return c;
}

static task *angle(const category *c, int swap)
{
  task *t = task_new("Angle", c, TASK_COVARIANT, 5);
  const char *names[4] = {"a0", "a1", "a2", "a3"};
  task_set_elements(t, 0, 4, names, 6);
  int img[4] = {1, 2, 3, 0};
  if (swap) {   /* r acts as a product of two 2-cycles: not free */
    img[0] = 1; img[1] = 0; img[2] = 3; img[3] = 2;
  }
  task_set_map(t, 0, img, 7);
  return t;
}

static void angle_is_representable(void)
{
  category *c = rot4();
  task *t = angle(c, 0);
  for (int e = 0; e < 3; e++) {
    represent_options o;
    represent_options_init(&o);
    o.engine = (represent_engine)e;
    represent_result *r = NULL;
    diag_list *d = diag_list_new(10);
    CU_ASSERT_EQUAL(represent_decide(t, &o, &r, d), YO_YES);
    if (r) {
      const rep_cert *cert = represent_result_cert(r);
      CU_ASSERT_EQUAL(cert->object, 0);
      CU_ASSERT_EQUAL(cert->nimages, 4);
      CU_ASSERT_TRUE(ref_check(t, c, cert));
      const char *ex = represent_result_explanation(r);
      CU_ASSERT_PTR_NOT_NULL(strstr(ex, "Hom(x,-)"));
      CU_ASSERT_PTR_NOT_NULL(strstr(ex, "4 morphisms ↔ 4 elements over 1 object"));
      CU_ASSERT_PTR_NULL(strstr(ex, "over 1 objects"));
    }
    represent_result_free(r);
    diag_list_free(d);
  }
  /* --all: every element of a regular Z4-set is universal */
  for (int e = 0; e < 2; e++) {
    represent_options o;
    represent_options_init(&o);
    o.engine = (represent_engine)e;
    o.all = 1;
    represent_result *r = NULL;
    CU_ASSERT_EQUAL(represent_decide(t, &o, &r, NULL), YO_YES);
    CU_ASSERT_EQUAL(represent_result_universal_count(r), 4);
    represent_result_free(r);
  }
  task_free(t);
  category_free(c);
}

static void swapped_angle_collides(void)
{
  category *c = rot4();
  task *t = angle(c, 1);
  represent_result *r = NULL;
  CU_ASSERT_EQUAL(represent_decide(t, NULL, &r, NULL), YO_NO);
  if (r) {
    const rep_cert *cert = represent_result_cert(r);
    CU_ASSERT_EQUAL(cert->objects[0].kind, WIT_PER_ELEMENT);
    CU_ASSERT_EQUAL(cert->nelements, 4);
    CU_ASSERT_EQUAL(cert->elements[0].kind, WIT_COLLISION);
    CU_ASSERT_TRUE(ref_check(t, c, cert));
    const char *ex = represent_result_explanation(r);
    /* x (identity) and r r both send a0 to a0 */
    CU_ASSERT_PTR_NOT_NULL(strstr(ex, "P=x, u=a0: x and r r in Hom(x,x) both give a0"));
  }
  represent_result_free(r);
  task_free(t);
  category_free(c);
}

/* The spec's presheaf on the walking arrow a → b (spec-v1.md). */
static void arrow_presheaf(void)
{
  category *c = category_new("Arrow", 1);
  int a = category_add_object(c, "a", 2), b = category_add_object(c, "b", 2);
  int f = category_add_generator(c, "f", a, b, 3);
  category_enumerate(c, 100);
  for (int fixed = 0; fixed < 2; fixed++) {
    task *t = task_new("P", c, TASK_CONTRAVARIANT, 5);
    const char *ea[2] = {"p", "q"}, *eb[1] = {"r"};
    if (fixed) ea[0] = "q";
    task_set_elements(t, a, fixed ? 1 : 2, ea, 6);
    task_set_elements(t, b, 1, eb, 7);
    int img[1] = {fixed ? 0 : 1};
    task_set_map(t, f, img, 8);
    for (int e = 0; e < 3; e++) {
      represent_options o;
      represent_options_init(&o);
      o.engine = (represent_engine)e;
      represent_result *r = NULL;
      yo_status st = represent_decide(t, &o, &r, NULL);
      CU_ASSERT_EQUAL(st, fixed ? YO_YES : YO_NO);
      if (!r) continue;
      const rep_cert *cert = represent_result_cert(r);
      CU_ASSERT_TRUE(ref_check(t, represent_result_work(r), cert));
      const char *ex = represent_result_explanation(r);
      if (fixed) {
        CU_ASSERT_EQUAL(cert->object, b);
        CU_ASSERT_PTR_NOT_NULL(strstr(ex, "Hom(-,b)"));
      } else {
        CU_ASSERT_PTR_NOT_NULL(strstr(ex, "no object P has |Hom(Y,P)| = |T(Y)| for all Y"));
        CU_ASSERT_PTR_NOT_NULL(strstr(ex, "P=b: |Hom(a,b)| = 1 but |T(a)| = 2"));
      }
      represent_result_free(r);
    }
    task_free(t);
  }
  category_free(c);
}

static void naive_refuses_big(void)
{
  category *c = category_new("Big", 1);
  part_cyclic(c, "", 2000);
  category_enumerate(c, 10000);
  tab *T = tab_hom(c, 0);
  task *t = tab_task(T, c, c, TASK_COVARIANT);
  represent_options o;
  represent_options_init(&o);
  o.engine = ENGINE_NAIVE;
  represent_result *r = NULL;
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(represent_decide(t, &o, &r, d), YO_LIMIT);
  CU_ASSERT_PTR_NULL(r);
  CU_ASSERT(diag_count(d) == 1 && strstr(diag_message_at(d, 0), "naive engine: instance too big"));
  diag_list_free(d);
  task_free(t);
  tab_free(T);
  category_free(c);
}

/* (Z_2)^k: one object, k commuting involutions. */
static void part_boolean(category *c, const char *pfx, int k)
{
  int x = add_obj(c, pfx, "x");
  int g[32];
  for (int i = 0; i < k; i++) {
    char nm[16];
    snprintf(nm, sizeof nm, "a%d", i);
    g[i] = add_gen(c, pfx, nm, x, x);
    int w[2] = {g[i], g[i]};
    category_add_equation(c, x, w, 2, NULL, 0, 0);
  }
  for (int i = 0; i < k; i++)
    for (int j = i + 1; j < k; j++) {
      int l[2] = {g[i], g[j]}, r[2] = {g[j], g[i]};
      category_add_equation(c, x, l, 2, r, 2, 0);
    }
}

/* (Z_2)^k acting on k-bit masks, a_i flipping bit i — except a_0, which
 * acts trivially on the low bit and flips bit k-1 too: same cardinality
 * as the regular action, every element fixed by a_0 a_{k-1}, so the
 * cardinality filter passes and no element is universal. */
static task *boolean_task(const category *c, int k, int regular)
{
  int n = 1 << k;
  task *t = task_new("Bits", c, TASK_COVARIANT, 0);
  for (int x = 1; x < category_object_count(c); x++) task_set_elements(t, x, 0, NULL, 0);
  char **names = malloc((size_t)n * sizeof *names);
  int *img = malloc((size_t)n * sizeof *img);
  for (int i = 0; i < n; i++) {
    names[i] = malloc(16);
    snprintf(names[i], 16, "b%d", i);
  }
  task_set_elements(t, 0, n, (const char *const *)names, 0);
  for (int g = 0; g < k; g++) {
    for (int i = 0; i < n; i++) {
      int m = 1 << g;
      if (!regular && g == 0) m = 1 << (k - 1);
      img[i] = i ^ m;
    }
    task_set_map(t, g, img, 0);
  }
  for (int i = 0; i < n; i++) free(names[i]);
  free(names);
  free(img);
  return t;
}

static void z3_timeout_is_unknown(void)
{
  int k = 11;
  category *c = category_new("B", 1);
  part_boolean(c, "", k);
  category_enumerate(c, 100000);
  task *t = boolean_task(c, k, 0);
  represent_options o;
  represent_options_init(&o);
  o.engine = ENGINE_Z3;
  o.timeout = 0.001;
  represent_result *r = NULL;
  diag_list *d = diag_list_new(10);
  yo_status st = represent_decide(t, &o, &r, d);
  CU_ASSERT_EQUAL(st, YO_LIMIT);
  CU_ASSERT_PTR_NULL(r);
  CU_ASSERT(diag_count(d) >= 1 && strstr(diag_message_at(d, diag_count(d) - 1),
                                         "z3: unknown (timeout)"));
  represent_result_free(r);
  diag_list_free(d);
  /* without a timeout the same instance is decided */
  o.timeout = 0;
  CU_ASSERT_EQUAL(represent_decide(t, &o, &r, NULL), YO_NO);
  if (r) CU_ASSERT_TRUE(ref_check(t, c, represent_result_cert(r)));
  represent_result_free(r);
  task_free(t);
  category_free(c);
}

/* Big instances (times printed): 10^5 isolated objects next to (Z_2)^k —
 * the cardinality filter leaves one candidate block, so the z3 encoding
 * stays small — and (Z_2)^14 for the direct engine. */
static void large_instances(void)
{
  int n = 100000, k = 10;
  category *c = category_new("Wide", 1);
  part_boolean(c, "", k);
  for (int i = 0; i < n; i++) {
    char nm[32];
    snprintf(nm, sizeof nm, "o%d", i);
    category_add_object(c, nm, 0);
  }
  double t0 = clock_seconds();
  CU_ASSERT_EQUAL(category_enumerate(c, 1000000), YO_OK);
  double t1 = clock_seconds();
  task *yes = boolean_task(c, k, 1), *no = boolean_task(c, k, 0);
  represent_options o;
  represent_options_init(&o);
  represent_result *r = NULL;
  double t2 = clock_seconds();
  CU_ASSERT_EQUAL(represent_decide(yes, &o, &r, NULL), YO_YES);
  represent_result_free(r);
  double t3 = clock_seconds();
  CU_ASSERT_EQUAL(represent_decide(no, &o, &r, NULL), YO_NO);
  if (r) CU_ASSERT_EQUAL(represent_result_cert(r)->nelements, 1 << k);
  represent_result_free(r);
  double t4 = clock_seconds();
  o.engine = ENGINE_Z3;
  CU_ASSERT_EQUAL(represent_decide(yes, &o, &r, NULL), YO_YES);
  if (r) CU_ASSERT_EQUAL(represent_result_cert(r)->nimages, 1 << k);
  represent_result_free(r);
  double t5 = clock_seconds();
  CU_ASSERT_EQUAL(represent_decide(no, &o, &r, NULL), YO_NO);
  represent_result_free(r);
  double t6 = clock_seconds();
  fprintf(stderr, "\n  %d morphisms, %d objects: enumerate %.3fs, direct yes %.3fs, "
          "direct no %.3fs, z3 yes %.3fs, z3 no %.3fs\n", category_morphism_count(c),
          category_object_count(c), t1 - t0, t3 - t2, t4 - t3, t5 - t4, t6 - t5);
  task_free(yes);
  task_free(no);
  category_free(c);

  k = 14;
  c = category_new("B", 1);
  part_boolean(c, "", k);
  t0 = clock_seconds();
  CU_ASSERT_EQUAL(category_enumerate(c, 1000000), YO_OK);
  t1 = clock_seconds();
  yes = boolean_task(c, k, 1);
  no = boolean_task(c, k, 0);
  represent_options_init(&o);
  t2 = clock_seconds();
  CU_ASSERT_EQUAL(represent_decide(yes, &o, &r, NULL), YO_YES);
  represent_result_free(r);
  t3 = clock_seconds();
  CU_ASSERT_EQUAL(represent_decide(no, &o, &r, NULL), YO_NO);
  represent_result_free(r);
  t4 = clock_seconds();
  fprintf(stderr, "  (Z_2)^%d, %d morphisms: enumerate %.3fs, direct yes %.3fs, direct no "
          "(%d passes) %.3fs\n", k, category_morphism_count(c), t1 - t0, t3 - t2, 1 << k,
          t4 - t3);
  task_free(yes);
  task_free(no);
  category_free(c);
}

/* ---- SMT-LIB output run through the z3 and cvc4 binaries ---------------------- */

/* 1 sat, 0 unsat, -1 anything else */
static int run_solver(const char *cmd)
{
  FILE *f = popen(cmd, "r");
  if (!f) return -1;
  char line[64] = "";
  if (!fgets(line, sizeof line, f)) line[0] = '\0';
  pclose(f);
  if (strncmp(line, "sat", 3) == 0) return 1;
  if (strncmp(line, "unsat", 5) == 0) return 0;
  return -1;
}

static int smt_runs;

static void smt_agrees(const task *t)
{
  represent_result *r = NULL;
  yo_status st = represent_decide(t, NULL, &r, NULL);
  represent_result_free(r);
  CU_ASSERT_FATAL(st == YO_YES || st == YO_NO);
  for (int enc = 0; enc < 2; enc++) {
    represent_options o;
    represent_options_init(&o);
    o.engine = enc ? ENGINE_NAIVE : ENGINE_Z3;
    char path[160], cmd[400];
    snprintf(path, sizeof path, "%s/p%d.smt2", tmpdir(), enc);
    diag_list *d = diag_list_new(10);
    FILE *out = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_EQUAL(smt2_write_representability(t, &o, out, d), YO_OK);
    CU_ASSERT_EQUAL(fclose(out), 0);
    diag_list_free(d);
    char *text = NULL;
    FILE *f = fopen(path, "r");
    if (f) {
      text = calloc(1, 1 << 20);
      size_t n = fread(text, 1, (1 << 20) - 1, f);
      text[n] = '\0';
      fclose(f);
    }
    CU_ASSERT(text && strstr(text, "(set-logic ") && strstr(text, "(check-sat)"));
    free(text);
    snprintf(cmd, sizeof cmd, "z3 -T:60 -smt2 %s 2>&1", path);
    CU_ASSERT_EQUAL(run_solver(cmd), st == YO_YES);
    snprintf(cmd, sizeof cmd, "cvc4 --tlimit=60000 --lang smt2 %s 2>&1", path);
    CU_ASSERT_EQUAL(run_solver(cmd), st == YO_YES);
    smt_runs += 2;
  }
}

static void smt2_files_agree(void)
{
  category *c = rot4();
  for (int swap = 0; swap < 2; swap++) {
    task *t = angle(c, swap);
    smt_agrees(t);
    task_free(t);
  }
  category_free(c);
  /* generated instances, both variances */
  rng_state = 12345;
  int done = 0;
  for (int i = 0; i < 40 && done < 10; i++) {
    int free_cat = 0;
    c = random_category(&free_cat);
    if (!c) continue;
    task_variance v = i % 2 ? TASK_CONTRAVARIANT : TASK_COVARIANT;
    yo_status st;
    category *opp = v == TASK_CONTRAVARIANT ? category_opposite(c, 10000, &st) : NULL;
    const category *w = opp ? opp : c;
    tab *T = i % 3 == 2 ? tab_const(w, 1) : tab_hom(w, rndi(category_object_count(w)));
    if (i % 4 == 1) {
      tab *one = tab_const(w, 1), *sum = tab_sum(w, T, one);
      tab_free(one);
      tab_free(T);
      T = sum;
    }
    task *t = tab_task(T, c, w, v);
    if (task_check_equations(t, "gen", NULL) == YO_OK) {
      smt_agrees(t);
      done++;
    }
    task_free(t);
    tab_free(T);
    category_free(opp);
    category_free(c);
  }
  fprintf(stderr, "\n  %d solver runs on written SMT-LIB files\n", smt_runs);
}

void test_represent_suite(void)
{
  CU_pSuite s = CU_add_suite("represent", NULL, remove_tmpdir);
  CU_add_test(s, "angle_is_representable", angle_is_representable);
  CU_add_test(s, "swapped_angle_collides", swapped_angle_collides);
  CU_add_test(s, "arrow_presheaf", arrow_presheaf);
  CU_add_test(s, "naive_refuses_big", naive_refuses_big);
  CU_add_test(s, "z3_timeout_is_unknown", z3_timeout_is_unknown);
  CU_add_test(s, "large_instances", large_instances);
  CU_add_test(s, "smt2_files_agree", smt2_files_agree);
  CU_add_test(s, "differential_random", differential_random);
}
