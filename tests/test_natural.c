/* test_natural.c — natural transformations: the two engines of
 * solver/natural.h against a brute force on hundreds of random small
 * instances (both variances), kernel 5 on every transformation they find,
 * kernel 5 rejecting a non-natural one, and the representable tasks of
 * specs/hom.h (|Nat(Hom(X,-),T)| = |T(X)|). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "solver/lemma.h"
#include "solver/natural.h"
#include "specs/hom.h"
#include "specs/transformation.h"

void test_natural_suite(void);

static unsigned long rng_state = 12345;
static int rnd(int n)
{
  rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
  return (int)((rng_state >> 33) % (unsigned long)n);
}

/* A random finite category: kind 0, a free category on a random DAG of 2-3
 * objects (forward arrows only, parallel ones allowed); kind 1, one object
 * with a loop r and r^k = r^j (a finite cyclic monoid); kind 2, an arrow
 * a -> b with a loop on b of order 2 or 3. */
static category *random_category(int kind)
{
  category *c = category_new("R", 1);
  char nm[16];
  if (kind == 0) {
    int m = 2 + rnd(2), e = 1 + rnd(3);
    for (int x = 0; x < m; x++) {
      snprintf(nm, sizeof nm, "o%d", x);
      category_add_object(c, nm, 1);
    }
    for (int i = 0; i < e; i++) {
      int a = rnd(m - 1), b = a + 1 + rnd(m - 1 - a);
      snprintf(nm, sizeof nm, "g%d", i);
      category_add_generator(c, nm, a, b, 1);
    }
  } else if (kind == 1) {
    int x = category_add_object(c, "x", 1);
    int r = category_add_generator(c, "r", x, x, 1);
    int k = 2 + rnd(3), j = rnd(k);
    int w[8];
    for (int i = 0; i < k; i++) w[i] = r;
    category_add_equation(c, x, w, k, w, j, 1);
  } else {
    int a = category_add_object(c, "a", 1), b = category_add_object(c, "b", 1);
    category_add_generator(c, "f", a, b, 1);
    int s = category_add_generator(c, "s", b, b, 1);
    int k = 2 + rnd(2), w[4];
    for (int i = 0; i < k; i++) w[i] = s;
    category_add_equation(c, b, w, k, NULL, 0, 1);
  }
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  return c;
}

/* A random task with sets of 0..maxsize elements that respects c's
 * equations (random maps, retried); NULL when none was found. */
static task *random_task(const category *c, task_variance v, const char *name, int maxsize)
{
  static const char *el[] = {"e0", "e1", "e2", "e3"};
  for (int attempt = 0; attempt < 200; attempt++) {
    task *t = task_new(name, c, v, 1);
    for (int x = 0; x < category_object_count(c); x++)
      task_set_elements(t, x, rnd(maxsize + 1) + (attempt > 100), el, 1);
    int ok = 1;
    for (int g = 0; g < category_generator_count(c) && ok; g++) {
      int n = task_set_size(t, task_domain(t, g)), k = task_set_size(t, task_codomain(t, g));
      if (n > 0 && k == 0) ok = 0;
      int img[4] = {0, 0, 0, 0};
      for (int e = 0; e < n && k > 0; e++) img[e] = rnd(k);
      if (ok) task_set_map(t, g, img, 1);
    }
    diag_list *d = diag_list_new(0);
    if (ok && task_check_equations(t, "r.xml", d) == YO_OK) {
      diag_list_free(d);
      return t;
    }
    diag_list_free(d);
    task_free(t);
  }
  return NULL;
}

/* Count Nat(S,T) by trying every assignment. */
static long brute_force(const task *S, const task *T)
{
  const category *c = task_category(S);
  transformation *a = transformation_new("b", S, T, 1);
  int w = (int)task_element_total(S);
  int *alpha = calloc((size_t)w + 1, sizeof *alpha), *dom = calloc((size_t)w + 1, sizeof *dom);
  int i = 0;
  for (int x = 0; x < category_object_count(c); x++)
    for (int e = 0; e < task_set_size(S, x); e++) dom[i++] = task_set_size(T, x);
  long count = 0;
  for (int k = 0; k < w; k++)
    if (dom[k] == 0) goto done;
  for (;;) {
    transformation_set_flat(a, alpha);
    diag_list *d = diag_list_new(0);
    if (transformation_check_naturality(a, "b.xml", d) == YO_OK) count++;
    diag_list_free(d);
    int k = 0;
    while (k < w && ++alpha[k] == dom[k]) alpha[k++] = 0;
    if (k == w) break;
  }
done:
  free(alpha);
  free(dom);
  transformation_free(a);
  return count;
}

static long engine_count(const task *S, const task *T, nat_engine eng)
{
  nat_options o;
  nat_options_init(&o);
  o.engine = eng;
  nat_result *r = NULL;
  diag_list *d = diag_list_new(0);
  long n = -1;
  if (nat_enumerate(S, T, &o, &r, d) == YO_OK) {
    n = nat_result_count(r);
    /* every member passes kernel 5, and they are pairwise distinct */
    yo_status st;
    check_nat *k = check_nat_new(S, T, &st, d);
    CU_ASSERT_PTR_NOT_NULL_FATAL(k);
    int w = nat_result_width(r);
    for (long i = 0; i < n; i++) {
      CU_ASSERT_EQUAL(check_nat_run(k, nat_result_at(r, i), d), YO_OK);
      for (long j = 0; j < i; j++)
        CU_ASSERT(w == 0 || memcmp(nat_result_at(r, i), nat_result_at(r, j),
                                   (size_t)w * sizeof(int)) != 0);
    }
    check_nat_free(k);
  }
  nat_result_free(r);
  diag_list_free(d);
  return n;
}

static int agreed, several;

static void compare(const task *S, const task *T)
{
  long b = brute_force(S, T);
  long x = engine_count(S, T, NAT_DIRECT);
  long z = engine_count(S, T, NAT_Z3);
  CU_ASSERT_EQUAL(x, b);
  CU_ASSERT_EQUAL(z, b);
  if (b > 1) several++;
  if (x == b && z == b)
    agreed++;
  else
    fprintf(stderr, "\nnat mismatch: brute %ld direct %ld z3 %ld (%s => %s on %s)\n", b, x, z,
            task_name(S), task_name(T), category_name(task_category(S)));
}

static void random_instances(void)
{
  agreed = several = 0;
  int total = 0;
  for (int round = 0; round < 150; round++) {
    category *c = random_category(round % 3);
    for (int v = 0; v < 2; v++) {
      task_variance var = v ? TASK_CONTRAVARIANT : TASK_COVARIANT;
      task *S = random_task(c, var, "S", 3), *T = random_task(c, var, "T", 3);
      if (S && T) {
        compare(S, T);
        total++;
      }
      task_free(S);
      task_free(T);
    }
    category_free(c);
  }
  fprintf(stderr, "\n  natural transformations: %d/%d random instances agree "
          "(direct = z3 = brute force; %d with more than one)\n", agreed, total, several);
  CU_ASSERT(total >= 200);
  CU_ASSERT(several >= total / 4);
  CU_ASSERT_EQUAL(agreed, total);
}

/* solver/lemma.h's alpha^u are exactly the transformations the direct
 * engine finds from Hom(X,-), and kernel 5 (check_hom) accepts them. */
static void lemma_against_search(const task *H, const task *T, const category *work, int X)
{
  nat_result *r = NULL;
  diag_list *d = diag_list_new(0);
  CU_ASSERT_EQUAL_FATAL(nat_enumerate(H, T, NULL, &r, d), YO_OK);
  lemma *L = lemma_new(T, work);
  int w = lemma_prepare(L, X);
  CU_ASSERT_EQUAL(w, nat_result_width(r));
  yo_status st;
  check_hom *k = check_hom_new(work, T, &st, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(k);
  CU_ASSERT_EQUAL_FATAL(check_hom_prepare(k, X, d), YO_OK);
  CU_ASSERT_EQUAL(check_hom_width(k), w);
  int alpha[64], full[64];
  CU_ASSERT_FATAL(w <= 64);
  int start = category_block_start(work, X);
  int wit = -1;
  CU_ASSERT(lemma_determined(L, &wit));
  for (int u = 0; u < task_set_size(T, X); u++) {
    lemma_transformation(L, u);
    /* the kernel's local layout, and the hom task's (all objects in order) */
    for (int i = 0; i < w; i++) {
      int Y = category_target(work, start + i), off = 0;
      for (int Z = 0; Z < Y; Z++) off += task_set_size(H, Z);
      alpha[check_hom_offset(k, Y) + lemma_local(L, i)] = lemma_value(L, i);
      full[off + lemma_local(L, i)] = lemma_value(L, i);
    }
    CU_ASSERT_EQUAL(check_hom_run(k, alpha, d), YO_OK);
    CU_ASSERT_EQUAL(alpha[check_hom_offset(k, X)], u);
    int found = 0;
    for (long i = 0; i < nat_result_count(r); i++)
      found += memcmp(nat_result_at(r, i), full, (size_t)w * sizeof(int)) == 0;
    CU_ASSERT_EQUAL(found, 1);
    for (int h = 0; h < category_generator_count(work); h++)
      if (category_generator_source(work, h) == X) CU_ASSERT(lemma_natural_in_x(L, h, u, &wit));
  }
  check_hom_free(k);
  lemma_free(L);
  nat_result_free(r);
  diag_list_free(d);
}

/* Hom(X,-) and Hom(-,X) against random tasks: |Nat| = |T(X)| (Yoneda), and
 * the engines agree with the brute force. */
static void representables(void)
{
  int checked = 0;
  for (int round = 0; round < 60; round++) {
    category *c = random_category(round % 3);
    yo_status st;
    category *op = category_opposite(c, 1000, &st);
    CU_ASSERT_PTR_NOT_NULL_FATAL(op);
    for (int v = 0; v < 2; v++) {
      task_variance var = v ? TASK_CONTRAVARIANT : TASK_COVARIANT;
      const category *work = v ? op : c;
      task *T = random_task(c, var, "T", 3);
      if (!T) continue;
      for (int X = 0; X < category_object_count(c); X++) {
        task *H = hom_task_new(c, work, var, X, NULL);
        CU_ASSERT_PTR_NOT_NULL_FATAL(H);
        diag_list *d = diag_list_new(0);
        CU_ASSERT_EQUAL(task_check_equations(H, "h.xml", d), YO_OK);
        CU_ASSERT_EQUAL(check_task(H, work, d), YO_OK);
        diag_list_free(d);
        CU_ASSERT_EQUAL(task_set_size(H, X) > 0 ? 1 : 0, 1);
        long n = engine_count(H, T, NAT_DIRECT);
        CU_ASSERT_EQUAL(n, task_set_size(T, X));
        lemma_against_search(H, T, work, X);
        CU_ASSERT_EQUAL(engine_count(H, T, NAT_Z3), n);
        if (task_element_total(T) <= 6 && task_element_total(H) <= 6)
          CU_ASSERT_EQUAL(brute_force(H, T), n);
        /* the identity of X is element 0 of H(X) */
        CU_ASSERT_EQUAL(hom_element_of(work, X, category_identity(work, X)), 0);
        task_free(H);
        checked++;
      }
      task_free(T);
    }
    category_free(op);
    category_free(c);
  }
  CU_ASSERT(checked >= 100);
}

/* Kernel 5 rejects a non-natural transformation, naming the square. */
static void kernel_rejects(void)
{
  category *c = category_new("Rot", 1);
  int x = category_add_object(c, "x", 1);
  int r = category_add_generator(c, "r", x, x, 1);
  int w[4] = {r, r, r, r};
  category_add_equation(c, x, w, 4, NULL, 0, 1);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 100), YO_OK);
  const char *a4[] = {"a0", "a1", "a2", "a3"}, *p2[] = {"even", "odd"};
  task *A = task_new("Angle", c, TASK_COVARIANT, 1), *P = task_new("Parity", c, TASK_COVARIANT, 1);
  task_set_elements(A, x, 4, a4, 1);
  task_set_elements(P, x, 2, p2, 1);
  int ra[4] = {1, 2, 3, 0}, rp[2] = {1, 0};
  task_set_map(A, r, ra, 1);
  task_set_map(P, r, rp, 1);
  transformation *good = transformation_new("good", A, P, 1);
  transformation *bad = transformation_new("bad", A, P, 7);
  int g[4] = {0, 1, 0, 1}, b[4] = {0, 0, 1, 1};
  CU_ASSERT_EQUAL(transformation_set_component(good, x, g, 2), 0);
  CU_ASSERT_EQUAL(transformation_set_component(bad, x, b, 8), 0);
  int out[4] = {0, 2, 0, 0};
  CU_ASSERT_EQUAL(transformation_set_component(bad, x, out, 8), -1);   /* 2 is not in P(x) */
  diag_list *d = diag_list_new(0);
  CU_ASSERT_EQUAL(check_transformation(good, d), YO_OK);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  CU_ASSERT_EQUAL(check_transformation(bad, d), YO_INTERNAL);
  CU_ASSERT_PTR_NOT_NULL(strstr(diag_message_at(d, 0), "square of morphism r at element 'a0'"));
  diag_list_clear(d);
  CU_ASSERT_EQUAL(transformation_check_naturality(bad, "f.xml", d), YO_INVALID);
  char buf[600];
  diag_format(d, 0, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "f.xml:8: error: transformation bad: Angle => Parity is not natural "
                         "at morphism r and element a0 of Angle(x): Parity(r)(bad_x(a0)) = "
                         "Parity(r)(even) = odd, but bad_x(Angle(r)(a0)) = bad_x(a1) = even");
  /* tasks on different variances are refused */
  task *Q = task_new("Q", c, TASK_CONTRAVARIANT, 1);
  CU_ASSERT_PTR_NULL(transformation_new("q", A, Q, 1));
  nat_result *res = NULL;
  CU_ASSERT_EQUAL(nat_enumerate(A, Q, NULL, &res, d), YO_INVALID);
  /* --limit */
  nat_options o;
  nat_options_init(&o);
  o.limit = 1;
  CU_ASSERT_EQUAL(nat_enumerate(A, P, &o, &res, d), YO_LIMIT);
  o.engine = NAT_Z3;
  CU_ASSERT_EQUAL(nat_enumerate(A, P, &o, &res, d), YO_LIMIT);
  o.limit = 2;
  CU_ASSERT_EQUAL(nat_enumerate(A, P, &o, &res, d), YO_OK);
  CU_ASSERT_EQUAL(nat_result_count(res), 2);
  nat_result_free(res);
  diag_list_free(d);
  transformation_free(good);
  transformation_free(bad);
  task_free(A);
  task_free(P);
  task_free(Q);
  category_free(c);
}

void test_natural_suite(void)
{
  CU_pSuite s = CU_add_suite("natural", NULL, NULL);
  CU_add_test(s, "engines agree with a brute force on random instances", random_instances);
  CU_add_test(s, "Nat(Hom(X,-),T) has |T(X)| members", representables);
  CU_add_test(s, "kernel 5 rejects a non-natural transformation", kernel_rejects);
}
