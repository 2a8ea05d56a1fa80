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

/* Is one of the natural transformations H => T (H = Hom(X,-) on work) a
 * bijection in every component? */
static int some_isomorphism(const task *H, const task *T, const category *work, int X,
                            diag_list *d)
{
  nat_result *r = NULL;
  CU_ASSERT_EQUAL_FATAL(nat_enumerate(H, T, NULL, &r, d), YO_OK);
  int iso = 0;
  for (long i = 0; i < nat_result_count(r) && !iso; i++)
    iso = componentwise_bijective(T, work, X, nat_result_at(r, i));
  nat_result_free(r);
  return iso;
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
    int ok = some_isomorphism(HFX, S, wD, FX, d);
    CU_ASSERT(ok);
    sigma_ok += ok;
    task_free(HFX);
    /* Delta_F Hom(FX,-) = Hom(X,-)? search for an isomorphism among Nat */
    task *HD = hom_task_new(D, wD, v, FX, NULL);
    task *R = kan_delta(F, HD, "R");
    CU_ASSERT_EQUAL(task_check_equations(R, "r.xml", d), YO_OK);
    if (!some_isomorphism(H, R, wC, X, d)) all_iso = 0;
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

/* The claims of Theorems 2 and 3 in specs/paper/ (finetune.xml,
 * embedding.xml), re-derived through the library: counts by both engines,
 * the Yoneda lemma as |Nat(Hom(X,-),T)| = |T(X)| by search, functor
 * properties by embedding_analyse and structure-preserved by searching an
 * isomorphism Hom(X,-) => Delta_F Hom(FX,-) for every X. */
static void paper_theorems(void)
{
  static const char *const files[] = {"../specs/paper/finetune.xml",
                                      "../specs/paper/embedding.xml"};
  int checked = 0;
  for (size_t fi = 0; fi < 2; fi++) {
    spec *s = NULL;
    diag_list *d = diag_list_new(0);
    CU_ASSERT_EQUAL_FATAL(spec_load_file(files[fi], NULL, &s, d), YO_OK);
    for (int k = 0; k < spec_claim_count(s); k++) {
      const spec_claim *cl = spec_claim_at(s, k);
      const char *e = spec_claim_expect(cl);
      if (strcmp(e, "natural-transformations") == 0) {
        const char *from = spec_claim_attr(cl, "from");
        const task *T = spec_find_task(s, spec_claim_attr(cl, "to"));
        CU_ASSERT_PTR_NOT_NULL_FATAL(T);
        const category *c = task_category(T);
        task *H = NULL;
        const task *S = NULL;
        if (strncmp(from, "hom:", 4) == 0) {
          H = hom_task_new(c, c, TASK_COVARIANT, category_find_object(c, from + 4), NULL);
          S = H;
        } else {
          S = spec_find_task(s, from);
        }
        long want = strtol(spec_claim_attr(cl, "count"), NULL, 10);
        for (int eng = 0; eng < 2; eng++) {
          nat_options o;
          nat_options_init(&o);
          o.engine = eng ? NAT_Z3 : NAT_DIRECT;
          nat_result *r = NULL;
          CU_ASSERT_EQUAL_FATAL(nat_enumerate(S, T, &o, &r, d), YO_OK);
          CU_ASSERT_EQUAL(nat_result_count(r), want);
          nat_result_free(r);
        }
        task_free(H);
        checked++;
      } else if (strcmp(e, "yoneda") == 0) {
        const task *T = spec_find_task(s, spec_claim_attr(cl, "task"));
        const category *c = task_category(T);
        for (int X = 0; X < category_object_count(c); X++) {
          task *H = hom_task_new(c, c, TASK_COVARIANT, X, NULL);
          nat_result *r = NULL;
          CU_ASSERT_EQUAL_FATAL(nat_enumerate(H, T, NULL, &r, d), YO_OK);
          CU_ASSERT_EQUAL(nat_result_count(r), task_set_size(T, X));
          nat_result_free(r);
          task_free(H);
        }
        checked++;
      } else if (spec_claim_attr(cl, "functor")) {
        const functor *F = spec_find_functor(s, spec_claim_attr(cl, "functor"));
        embedding em;
        CU_ASSERT_EQUAL_FATAL(embedding_analyse(F, &em, d), YO_OK);
        int emb = em.faithful && em.full && em.injective;
        if (strcmp(e, "full-embedding") == 0) CU_ASSERT(emb);
        if (strcmp(e, "not-full-embedding") == 0) CU_ASSERT(!emb);
        if (strcmp(e, "not-faithful") == 0) CU_ASSERT(!em.faithful);
        if (strcmp(e, "not-full") == 0) CU_ASSERT(!em.full);
        if (strcmp(e, "structure-preserved") == 0) {
          const category *C = functor_source(F), *D = functor_target(F);
          for (int X = 0; X < category_object_count(C); X++) {
            task *HD = hom_task_new(D, D, TASK_COVARIANT, functor_object(F, X), NULL);
            task *R = kan_delta(F, HD, "R");
            task *H = hom_task_new(C, C, TASK_COVARIANT, X, NULL);
            CU_ASSERT(some_isomorphism(H, R, C, X, d));
            task_free(H);
            task_free(R);
            task_free(HD);
          }
        }
        checked++;
      }
    }
    spec_free(s);
    diag_list_free(d);
  }
  CU_ASSERT_EQUAL(checked, 12);
}

void test_embedding_suite(void)
{
  CU_pSuite s = CU_add_suite("embedding", NULL, NULL);
  CU_add_test(s, "faithful, full, injective on objects", properties);
  CU_add_test(s, "Sigma and Delta of representables on random functors", kan_extensions);
  CU_add_test(s, "the claims of Theorems 2 and 3 in specs/paper", paper_theorems);
}
