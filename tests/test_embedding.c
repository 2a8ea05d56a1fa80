/* test_embedding.c — functor properties (solver/embedding.h) on inclusions
 * of full and non-full subcategories, Z4 -> Z2, Z2 -> Z4, constant functors
 * and functors between preorders; and the Kan extensions (specs/kan.h) on
 * many random functors: Sigma_F Hom(X,-) = Hom(FX,-), and Delta_F
 * Hom(FX,-) = Hom(X,-) for every X exactly when F is full and faithful
 * (both variances). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "solver/embedding.h"
#include "solver/natural.h"
#include "specs/hom.h"
#include "specs/kan.h"
#include "specs/spec.h"

void test_embedding_suite(void);

static void expect(const spec *s, const char *name, int faithful, int full, int injective)
{
  const functor *F = spec_find_functor(s, name);
  CU_ASSERT_PTR_NOT_NULL_FATAL(F);
  embedding e;
  diag_list *d = diag_list_new(0);
  CU_ASSERT_EQUAL(check_functor(F, d), YO_OK);
  CU_ASSERT_EQUAL_FATAL(embedding_analyse(F, &e, d), YO_OK);
  if (e.faithful != faithful || e.full != full || e.injective != injective)
    fprintf(stderr, "\n%s: faithful %d full %d injective %d\n", name, e.faithful, e.full,
            e.injective);
  CU_ASSERT_EQUAL(e.faithful, faithful);
  CU_ASSERT_EQUAL(e.full, full);
  CU_ASSERT_EQUAL(e.injective, injective);
  diag_list_free(d);
}

static void properties(void)
{
  spec *s = NULL;
  diag_list *d = diag_list_new(0);
  CU_ASSERT_EQUAL_FATAL(spec_load_file("golden/specs/nat-functors.xml", NULL, &s, d), YO_OK);
  expect(s, "Z4toZ2", 0, 1, 1);      /* r r and the identity both go to the identity */
  expect(s, "Z2toZ4", 1, 0, 1);      /* r is not hit */
  expect(s, "Constant", 1, 0, 0);    /* Hom(x,x) has 4, Hom(a,a) 1; a, b identified */
  expect(s, "FullSub", 1, 1, 1);     /* the full subcategory on p, q */
  expect(s, "NotFullSub", 1, 0, 1);  /* p -> t is missing */
  expect(s, "Skip", 1, 1, 1);        /* preorders: order-reflecting */
  expect(s, "Bottom", 1, 0, 0);      /* preorders: q -> p is not there */
  spec_free(s);
  diag_list_free(d);
}

/* ---- random functors --------------------------------------------------------- */

static unsigned long state = 987654321UL;
static int rnd(int n)
{
  state = state * 6364136223846793005UL + 1442695040888963407UL;
  return (int)((state >> 33) % (unsigned long)n);
}

/* kind 0: free category on a DAG; 1: cyclic group Z_k; 2: a -> b with a
 * loop of order k on b. */
static category *make_category(int kind, const char *name)
{
  category *c = category_new(name, 1);
  if (kind == 0) {
    int m = 2 + rnd(2);
    char nm[8];
    for (int x = 0; x < m; x++) {
      snprintf(nm, sizeof nm, "o%d", x);
      category_add_object(c, nm, 1);
    }
    int e = 1 + rnd(3);
    for (int i = 0; i < e; i++) {
      int a = rnd(m - 1), b = a + 1 + rnd(m - 1 - a);
      snprintf(nm, sizeof nm, "g%d", i);
      category_add_generator(c, nm, a, b, 1);
    }
  } else {
    int a = kind == 2 ? category_add_object(c, "a", 1) : -1;
    int b = category_add_object(c, "b", 1);
    if (kind == 2) category_add_generator(c, "f", a, b, 1);
    int s = category_add_generator(c, "s", b, b, 1);
    int k = 1 + rnd(4), w[4];
    for (int i = 0; i < k; i++) w[i] = s;
    category_add_equation(c, b, w, k, NULL, 0, 1);
  }
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  return c;
}

/* A random functor C -> D (NULL when the attempts fail). */
static functor *random_functor(const category *C, const category *D)
{
  int mC = category_object_count(C), mD = category_object_count(D);
  for (int attempt = 0; attempt < 50; attempt++) {
    functor *F = functor_new("F", C, D, 1);
    for (int x = 0; x < mC; x++) functor_set_object(F, x, rnd(mD), 1);
    int ok = 1;
    for (int g = 0; g < category_generator_count(C) && ok; g++) {
      int a = functor_object(F, category_generator_source(C, g));
      int b = functor_object(F, category_generator_target(C, g));
      int n = category_hom_count(D, a, b);
      if (n == 0) {
        ok = 0;
        break;
      }
      int pick = rnd(n), s = category_block_start(D, a), z = category_block_size(D, a), f = -1;
      for (int h = s; h < s + z && f < 0; h++)
        if (category_target(D, h) == b && pick-- == 0) f = h;
      int w[64];
      int len = category_word(D, f, w, 64);
      functor_set_generator(F, g, w, len, 1);
    }
    diag_list *d = diag_list_new(0);
    if (ok && functor_check(F, "f.xml", d) == YO_OK) {
      diag_list_free(d);
      return F;
    }
    diag_list_free(d);
    functor_free(F);
  }
  return NULL;
}

/* Is alpha (flat, from a hom task's numbering on `work` at X) a bijection
 * onto T in every component? */
static int componentwise_bijective(const task *T, const category *work, int X, const int *alpha)
{
  int m = category_object_count(work), off = 0;
  for (int Y = 0; Y < m; Y++) {
    int n = category_hom_count(work, X, Y);
    if (n != task_set_size(T, Y)) return 0;
    char *seen = calloc((size_t)n + 1, 1);
    for (int i = 0; i < n; i++) {
      int v = alpha[off + i];
      if (v < 0 || v >= n || seen[v]) {
        free(seen);
        return 0;
      }
      seen[v] = 1;
    }
    free(seen);
    off += n;
  }
  return 1;
}

static int sigma_ok, delta_ok, instances;

static void one_functor(const functor *F, task_variance v)
{
  const category *C = functor_source(F), *D = functor_target(F);
  yo_status st;
  category *Cop = v ? category_opposite(C, 1000, &st) : NULL;
  category *Dop = v ? category_opposite(D, 1000, &st) : NULL;
  const category *wC = v ? Cop : C, *wD = v ? Dop : D;
  embedding e;
  diag_list *d = diag_list_new(0);
  CU_ASSERT_EQUAL_FATAL(embedding_analyse(F, &e, d), YO_OK);
  int all_iso = 1;
  for (int X = 0; X < category_object_count(C); X++) {
    int FX = functor_object(F, X);
    /* Sigma_F Hom(X,-) = Hom(FX,-), by the Yoneda map of [(X, id_X, id_FX)] */
    task *H = hom_task_new(C, wC, v, X, NULL);
    int too_big = 0;
    task *S = kan_sigma(F, H, wD, "S", 100000, &too_big);
    CU_ASSERT_PTR_NOT_NULL_FATAL(S);
    CU_ASSERT_EQUAL(task_check_equations(S, "s.xml", d), YO_OK);
    CU_ASSERT_EQUAL(check_task(S, wD, d), YO_OK);
    /* an isomorphism Hom(FX,-) => S among the natural transformations */
    task *HFX = hom_task_new(D, wD, v, FX, NULL);
    nat_result *sr = NULL;
    CU_ASSERT_EQUAL_FATAL(nat_enumerate(HFX, S, NULL, &sr, d), YO_OK);
    int ok = 0;
    for (long i = 0; i < nat_result_count(sr) && !ok; i++)
      ok = componentwise_bijective(S, wD, FX, nat_result_at(sr, i));
    CU_ASSERT(ok);
    sigma_ok += ok;
    nat_result_free(sr);
    task_free(HFX);
    /* Delta_F Hom(FX,-) = Hom(X,-)? search for an isomorphism among Nat */
    task *HD = hom_task_new(D, wD, v, FX, NULL);
    task *R = kan_delta(F, HD, "R");
    CU_ASSERT_EQUAL(task_check_equations(R, "r.xml", d), YO_OK);
    nat_result *res = NULL;
    CU_ASSERT_EQUAL_FATAL(nat_enumerate(H, R, NULL, &res, d), YO_OK);
    int iso = 0;
    for (long i = 0; i < nat_result_count(res) && !iso; i++)
      iso = componentwise_bijective(R, wC, X, nat_result_at(res, i));
    if (!iso) all_iso = 0;
    nat_result_free(res);
    task_free(R);
    task_free(HD);
    task_free(S);
    task_free(H);
    instances++;
  }
  int ff = e.faithful && e.full;
  CU_ASSERT_EQUAL(all_iso, ff);
  delta_ok += all_iso == ff;
  diag_list_free(d);
  category_free(Cop);
  category_free(Dop);
}

static void kan_extensions(void)
{
  sigma_ok = delta_ok = instances = 0;
  int functors = 0, ffcount = 0;
  for (int round = 0; round < 120; round++) {
    category *C = make_category(rnd(3), "C"), *D = make_category(rnd(3), "D");
    functor *F = random_functor(C, D);
    if (F) {
      embedding e;
      diag_list *d = diag_list_new(0);
      CU_ASSERT_EQUAL(embedding_analyse(F, &e, d), YO_OK);
      diag_list_free(d);
      ffcount += e.faithful && e.full;
      one_functor(F, TASK_COVARIANT);
      one_functor(F, TASK_CONTRAVARIANT);
      functors++;
      functor_free(F);
    }
    category_free(C);
    category_free(D);
  }
  fprintf(stderr, "\n  Kan extensions: %d functors (%d full and faithful), %d objects x 2 "
          "variances: Sigma %d agree, Delta %d agree\n", functors, ffcount, instances / 2,
          sigma_ok, delta_ok);
  CU_ASSERT(functors >= 80);
  CU_ASSERT(ffcount >= 5 && ffcount < functors);
  CU_ASSERT_EQUAL(sigma_ok, instances);
  CU_ASSERT_EQUAL(delta_ok, 2 * functors);
}

void test_embedding_suite(void)
{
  CU_pSuite s = CU_add_suite("embedding", NULL, NULL);
  CU_add_test(s, "faithful, full, injective on objects", properties);
  CU_add_test(s, "Sigma and Delta of representables on random functors", kan_extensions);
}
