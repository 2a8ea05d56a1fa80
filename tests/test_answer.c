/* test_answer.c — checked answers (solver/answer.h) and the prepared check
 * contexts and cache they stand on (proofs/check.h): answers and their
 * lines, every universal pair kernel-checked, one working category per
 * category and variance, remembered failures, certificates checked against
 * a prepared context (accepted, tampered, for another task). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "solver/answer.h"
#include "specs/spec.h"

void test_answer_suite(void);

/* Rot (Z/4) with tasks Angle (regular) and Flip; Span (a -f-> b -h-> c,
 * f h = g) with contravariant tasks IntoC (Hom(-,c)) and Two. */
static spec *load(void)
{
  spec *s = NULL;
  CU_ASSERT_EQUAL(spec_load_file("golden/specs/lib-answer.xml", NULL, &s, NULL), YO_OK);
  return s;
}

static void answers_and_lines(void)
{
  spec *s = load();
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  diag_list *d = diag_list_new(0);
  char line[256];
  answer *a = NULL;
  CU_ASSERT_EQUAL(answer_decide_representable(spec_find_task(s, "Angle"), NULL, NULL, &a, d),
                  YO_YES);
  CU_ASSERT_EQUAL(answer_status(a), YO_YES);
  CU_ASSERT_EQUAL(answer_kernel_rejected(a), 0);
  answer_format(a, line, sizeof line);
  CU_ASSERT_STRING_EQUAL(line, "representable by object x, universal element a0");
  CU_ASSERT_EQUAL(answer_object(a), 0);
  CU_ASSERT_EQUAL(answer_element(a), 0);
  CU_ASSERT_PTR_NOT_NULL(answer_cert(a));
  CU_ASSERT(strstr(answer_explanation(a), "universal element a0") != NULL);
  answer_free(a);

  CU_ASSERT_EQUAL(answer_decide_representable(spec_find_task(s, "Flip"), NULL, NULL, &a, d),
                  YO_NO);
  answer_format(a, line, sizeof line);
  CU_ASSERT_STRING_EQUAL(line, "not representable");
  CU_ASSERT_EQUAL(answer_object(a), -1);
  CU_ASSERT_EQUAL(answer_cert(a)->verdict, CERT_NOT_REPRESENTABLE);
  answer_free(a);

  /* contravariant: decided on the opposite category */
  CU_ASSERT_EQUAL(answer_decide_representable(spec_find_task(s, "IntoC"), NULL, NULL, &a, d),
                  YO_YES);
  answer_format(a, line, sizeof line);
  CU_ASSERT_STRING_EQUAL(line, "representable by object c, universal element s");
  CU_ASSERT_PTR_NOT_EQUAL(answer_work(a), task_category(spec_find_task(s, "IntoC")));
  answer_free(a);
  answer_free(NULL);
  CU_ASSERT_EQUAL(diag_error_count(d), 0);
  diag_list_free(d);
  spec_free(s);
}

static void every_pair_checked(void)
{
  spec *s = load();
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  represent_options o;
  represent_options_init(&o);
  o.all = 1;
  for (int e = 0; e < 3; e++) {
    o.engine = (represent_engine)e;
    answer *a = NULL;
    CU_ASSERT_EQUAL(answer_decide_representable(spec_find_task(s, "Angle"), &o, NULL, &a,
                                                NULL), YO_YES);
    CU_ASSERT_EQUAL(answer_universal_count(a), 4);   /* every rotation is universal */
    CU_ASSERT_EQUAL(answer_pairs_checked(a), 1);
    int seen = 0;
    for (int i = 0; i < answer_universal_count(a); i++) {
      int P = -1, u = -1;
      answer_universal(a, i, &P, &u);
      CU_ASSERT_EQUAL(P, 0);
      if (u >= 0 && u < 4) seen |= 1 << u;
    }
    CU_ASSERT_EQUAL(seen, 15);
    answer_free(a);
  }
  spec_free(s);
}

/* The representable task Hom(X,-) of the enumerated category c: the
 * elements of T(Y) are the morphisms X → Y in id order, a generator acts
 * by composition. */
static task *hom_task(const category *c, int X)
{
  int nobj = category_object_count(c), start = category_block_start(c, X);
  int bs = category_block_size(c, X);
  task *t = task_new("Hom", c, TASK_COVARIANT, 1);
  int *local = malloc((size_t)bs * sizeof *local), *count = calloc((size_t)nobj, sizeof *count);
  char **names = malloc((size_t)bs * sizeof *names);
  const char **row = malloc((size_t)bs * sizeof *row);
  int *img = malloc((size_t)bs * sizeof *img);
  CU_ASSERT_FATAL(t && local && count && names && row && img);
  for (int k = 0; k < bs; k++) {
    local[k] = count[category_target(c, start + k)]++;
    names[k] = malloc(16);
    snprintf(names[k], 16, "m%d", k);
  }
  for (int Y = 0; Y < nobj; Y++) {
    int n = 0;
    for (int k = 0; k < bs; k++)
      if (category_target(c, start + k) == Y) row[n++] = names[k];
    task_set_elements(t, Y, n, row, 2);
  }
  for (int g = 0; g < category_generator_count(c); g++) {
    int n = 0;
    for (int k = 0; k < bs; k++)
      if (category_target(c, start + k) == category_generator_source(c, g))
        img[n++] = local[category_step(c, start + k, g) - start];
    task_set_map(t, g, img, 3);
  }
  for (int k = 0; k < bs; k++) free(names[k]);
  free(names); free(row); free(img); free(local); free(count);
  return t;
}

/* (P, u) universal, by brute force: f ↦ T(f)(u) is a bijection onto T(Y)
 * for every Y. */
static int universal_brute(const task *t, const category *c, int P, int u)
{
  int nobj = category_object_count(c), ok = 1;
  for (int Y = 0; Y < nobj && ok; Y++) {
    int n = task_set_size(t, Y), hits = 0;
    char *seen = calloc((size_t)n + 1, 1);
    for (int k = 0; k < category_block_size(c, P) && ok; k++) {
      int f = category_block_start(c, P) + k;
      if (category_target(c, f) != Y) continue;
      int v = task_apply_morphism(t, f, u);
      if (v < 0 || v >= n || seen[v]) ok = 0;
      else seen[v] = 1, hits++;
    }
    if (hits != n) ok = 0;
    free(seen);
  }
  return ok;
}

/* --all where only some elements are universal: x ≅ y (f g = 1, g f = 1)
 * and End(x) = {1, a, e} (a a = 1, e idempotent and absorbing), T =
 * Hom(x,-): the universal pairs are the isomorphisms out of x, (x,1),
 * (x,a), (y,f), (y,a f), and neither e nor e f; each engine's list is
 * exactly the brute-force one and proved. */
static void all_pairs_some_units(void)
{
  category *c = category_new("Units", 1);
  int x = category_add_object(c, "x", 1), y = category_add_object(c, "y", 1);
  int a = category_add_generator(c, "a", x, x, 1), e = category_add_generator(c, "e", x, x, 1);
  int f = category_add_generator(c, "f", x, y, 1), g = category_add_generator(c, "g", y, x, 1);
  int aa[2] = {a, a}, ee[2] = {e, e}, ae[2] = {a, e}, ea[2] = {e, a}, fg[2] = {f, g},
      gf[2] = {g, f}, one[1] = {e};
  category_add_equation(c, x, aa, 2, NULL, 0, 1);
  category_add_equation(c, x, ee, 2, one, 1, 1);
  category_add_equation(c, x, ae, 2, one, 1, 1);
  category_add_equation(c, x, ea, 2, one, 1, 1);
  category_add_equation(c, x, fg, 2, NULL, 0, 1);
  category_add_equation(c, y, gf, 2, NULL, 0, 1);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  task *t = hom_task(c, x);
  int expect = 0;
  for (int P = 0; P < 2; P++)
    for (int u = 0; u < task_set_size(t, P); u++) expect += universal_brute(t, c, P, u);
  CU_ASSERT_EQUAL(expect, 4);
  for (int en = 0; en < 2; en++) {
    represent_options o;
    represent_options_init(&o);
    o.engine = (represent_engine)en;
    o.all = 1;
    answer *ans = NULL;
    CU_ASSERT_EQUAL(answer_decide_representable(t, &o, NULL, &ans, NULL), YO_YES);
    CU_ASSERT_EQUAL(answer_universal_count(ans), expect);
    CU_ASSERT_EQUAL(answer_pairs_checked(ans), 1);
    for (int i = 0; i < answer_universal_count(ans); i++) {
      int P = -1, u = -1;
      answer_universal(ans, i, &P, &u);
      CU_ASSERT(universal_brute(t, c, P, u));
    }
    answer_free(ans);
  }
  task_free(t);
  category_free(c);
}

/* --all on a big group block: the regular task of Z/12000 has 12000
 * universal pairs; checking each with kernel 3 would cost 12000 x 24000
 * steps, over ANSWER_ALL_BUDGET, but one generator's automorphism proves
 * them all. */
static void all_pairs_big_group(void)
{
  enum { N = 12000 };
  category *c = category_new("Cyc", 1);
  int x = category_add_object(c, "x", 1), r = category_add_generator(c, "r", x, x, 1);
  int *w = malloc(N * sizeof *w);
  CU_ASSERT_FATAL(w != NULL);
  for (int i = 0; i < N; i++) w[i] = r;
  category_add_equation(c, x, w, N, NULL, 0, 1);
  free(w);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, N), YO_OK);
  task *t = hom_task(c, x);
  represent_options o;
  represent_options_init(&o);
  o.all = 1;
  answer *ans = NULL;
  CU_ASSERT_EQUAL(answer_decide_representable(t, &o, NULL, &ans, NULL), YO_YES);
  CU_ASSERT_EQUAL(answer_universal_count(ans), N);
  CU_ASSERT_EQUAL(answer_pairs_checked(ans), 1);
  answer_free(ans);
  task_free(t);
  category_free(c);
}

static void one_working_category(void)
{
  spec *s = load();
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  check_cache *c = check_cache_new(0);
  CU_ASSERT_PTR_NOT_NULL_FATAL(c);
  diag_list *d = diag_list_new(0);
  const task *into = spec_find_task(s, "IntoC"), *two = spec_find_task(s, "Two");
  const category *w1 = NULL, *w2 = NULL;
  CU_ASSERT_EQUAL(check_cache_work(c, into, &w1, d), YO_OK);
  CU_ASSERT_EQUAL(check_cache_work(c, two, &w2, d), YO_OK);
  CU_ASSERT_PTR_NOT_NULL(w1);
  CU_ASSERT_PTR_EQUAL(w1, w2);   /* one opposite for both tasks */
  CU_ASSERT_PTR_NOT_EQUAL(w1, task_category(into));
  /* a covariant task works on its own category */
  const task *angle = spec_find_task(s, "Angle");
  CU_ASSERT_EQUAL(check_cache_work(c, angle, &w2, d), YO_OK);
  CU_ASSERT_PTR_EQUAL(w2, task_category(angle));
  /* answers through the cache use the cached working category */
  answer *a = NULL, *b = NULL;
  CU_ASSERT_EQUAL(answer_decide_representable(into, NULL, c, &a, d), YO_YES);
  CU_ASSERT_EQUAL(answer_decide_representable(two, NULL, c, &b, d), YO_NO);
  CU_ASSERT_PTR_EQUAL(answer_work(a), w1);
  CU_ASSERT_PTR_EQUAL(answer_work(b), w1);
  answer_free(a);
  answer_free(b);
  CU_ASSERT_EQUAL(check_cache_category(c, spec_find_category(s, "Rot"), d), YO_OK);
  CU_ASSERT_EQUAL(diag_error_count(d), 0);
  diag_list_free(d);
  check_cache_free(c);
  spec_free(s);
}

static void failure_remembered(void)
{
  spec *s = load();
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  check_cache *c = check_cache_new(3);   /* Span^op has 6 morphisms */
  diag_list *d = diag_list_new(0);
  const category *w = NULL;
  const task *into = spec_find_task(s, "IntoC");
  for (int round = 0; round < 2; round++) {
    diag_list_clear(d);
    CU_ASSERT_EQUAL(check_cache_work(c, into, &w, d), YO_LIMIT);
    CU_ASSERT_PTR_NULL(w);
    CU_ASSERT_EQUAL(diag_count(d), 1);
    if (diag_count(d) == 1)
      CU_ASSERT(strstr(diag_message_at(d, 0), "has more than 3 morphisms") != NULL);
  }
  answer *a = NULL;
  diag_list_clear(d);
  CU_ASSERT_EQUAL(answer_decide_representable(into, NULL, c, &a, d), YO_LIMIT);
  CU_ASSERT_EQUAL(answer_kernel_rejected(a), 0);
  CU_ASSERT_PTR_NULL(answer_cert(a));
  CU_ASSERT_STRING_EQUAL(answer_explanation(a), "");
  CU_ASSERT_EQUAL(diag_count(d), 1);
  answer_free(a);
  diag_list_free(d);
  check_cache_free(c);
  spec_free(s);
}

static void prepared_context(void)
{
  spec *s = load();
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  const task *angle = spec_find_task(s, "Angle");
  diag_list *d = diag_list_new(0);
  check_context *k = NULL;
  CU_ASSERT_EQUAL_FATAL(check_prepare(angle, task_category(angle), &k, d), YO_OK);
  CU_ASSERT_PTR_EQUAL(check_context_work(k), task_category(angle));
  represent_result *r = NULL;
  represent_options o;
  represent_options_init(&o);
  o.all = 1;
  CU_ASSERT_EQUAL_FATAL(represent_decide(angle, &o, &r, d), YO_YES);
  /* many certificates against one context */
  for (int i = 0; i < represent_result_universal_count(r); i++) {
    rep_cert *c = represent_result_universal_cert(r, i);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_EQUAL(check_certificate(k, c, d), YO_OK);
    /* tampered: one image changed */
    c->images[1] = (c->images[1] + 1) % 4;
    CU_ASSERT_EQUAL(check_certificate(k, c, d), YO_INTERNAL);
    cert_free(c);
  }
  CU_ASSERT_PTR_NULL(represent_result_universal_cert(r, 99));
  /* a certificate for another task */
  rep_cert *c = represent_result_universal_cert(r, 0);
  free(c->task);
  c->task = malloc(5);
  strcpy(c->task, "Flip");
  diag_list_clear(d);
  CU_ASSERT_EQUAL(check_certificate(k, c, d), YO_INTERNAL);
  CU_ASSERT(diag_count(d) == 1 && strstr(diag_message_at(d, 0), "for task 'Flip'"));
  cert_free(c);
  represent_result_free(r);
  check_context_free(k);

  diag_list_free(d);
  spec_free(s);
}

void test_answer_suite(void)
{
  CU_pSuite s = CU_add_suite("answer", NULL, NULL);
  CU_add_test(s, "answers_and_lines", answers_and_lines);
  CU_add_test(s, "every_pair_checked", every_pair_checked);
  CU_add_test(s, "all_pairs_some_units", all_pairs_some_units);
  CU_add_test(s, "all_pairs_big_group", all_pairs_big_group);
  CU_add_test(s, "one_working_category", one_working_category);
  CU_add_test(s, "failure_remembered", failure_remembered);
  CU_add_test(s, "prepared_context", prepared_context);
}
