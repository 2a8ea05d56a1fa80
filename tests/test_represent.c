/* test_represent.c — representability (solver/represent.h): hand-made
 * examples, the three engines against each other on hundreds of generated
 * instances (seeded, deterministic), certificates re-checked and tampered
 * with, SMT-LIB output run through the z3 and cvc4 binaries.  The instances
 * come from tests/instances.h. */
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
#include "tests/instances.h"

void test_represent_suite(void);

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
    CU_ASSERT_TRUE(instances_ref_check(t, w, c));
    diag_list *d = diag_list_new(10);
    CU_ASSERT_EQUAL(check_representability(t, w, c, d), YO_OK);
    if (diag_count(d) > 0) fprintf(stderr, "kernel: %s\n", diag_message_at(d, 0));
    CU_ASSERT_PTR_NOT_NULL(represent_result_explanation(res[e]));
    rep_cert *bad = instances_tamper(t, w, c);
    if (bad) {
      S->tampered++;
      CU_ASSERT_FALSE(instances_ref_check(t, w, bad));
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
      CU_ASSERT_TRUE(instances_cert_equal(c, back));
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
  category *c = instances_random_category(&free_cat);
  if (!c) return;
  task_variance v = instances_rndi(2) ? TASK_CONTRAVARIANT : TASK_COVARIANT;
  category *opp = NULL;
  const category *w = c;
  if (v == TASK_CONTRAVARIANT) {
    yo_status st;
    opp = category_opposite(c, 10000, &st);
    w = opp;
  }
  int nobj = category_object_count(w);
  int P = instances_rndi(nobj), Q = instances_rndi(nobj);
  tab *T = NULL, *A = NULL, *B = NULL;
  switch (instances_rndi(free_cat ? 9 : 8)) {
  case 0: case 1: case 2: T = tab_hom(w, P); break;
  case 3: A = tab_hom(w, P); B = tab_const(w, 1); T = tab_sum(w, A, B); break;
  case 4: A = tab_hom(w, P); B = tab_hom(w, Q); T = tab_sum(w, A, B); break;
  case 5: A = tab_hom(w, P); B = tab_hom(w, Q); T = tab_product(w, A, B); break;
  case 6: T = tab_const(w, instances_rndi(2)); break;
  case 7: {
    /* permute one map of Hom(P,-); keep it only if still a functor */
    T = tab_hom(w, P);
    int g = instances_rndi(T->ngen > 0 ? T->ngen : 1);
    if (T->ngen > 0) {
      int n = T->size[category_generator_source(w, g)];
      if (n > 1) {
        int i = instances_rndi(n), j = instances_rndi(n), s = T->map[g][i];
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
  instances_seed(0x9E3779B97F4A7C15ULL);
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
      CU_ASSERT_TRUE(instances_ref_check(t, c, cert));
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
    CU_ASSERT_TRUE(instances_ref_check(t, c, cert));
    const char *ex = represent_result_explanation(r);
    /* x (identity) and r r both send a0 to a0 */
    CU_ASSERT_PTR_NOT_NULL(strstr(ex, "P=x, u=a0: id_x and r r in Hom(x,x) both give a0"));
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
      CU_ASSERT_TRUE(instances_ref_check(t, represent_result_work(r), cert));
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
  instances_part_cyclic(c, "", 2000);
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
  int x = instances_add_obj(c, pfx, "x");
  int g[32];
  for (int i = 0; i < k; i++) {
    char nm[16];
    snprintf(nm, sizeof nm, "a%d", i);
    g[i] = instances_add_gen(c, pfx, nm, x, x);
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

/* The monoid {1, e}, e e = e, acting on itself with the elements listed
 * as [e, 1]: element 0 (e) collides, element 1 is universal.  The z3
 * engine tries element 0 with the tables along its tree only
 * (encodings/yoneda.h, lazy tables), must then add the full tables and
 * find 1; with e acting as the identity nothing is universal. */
static void z3_lazy_tables_fall_back(void)
{
  category *c = families_idempotent();
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  const char *names[2] = {"x", "y"};
  for (int late = 1; late >= 0; late--) {
    task *t = task_new(late ? "Late" : "No", c, TASK_COVARIANT, 1);
    task_set_elements(t, 0, 2, names, 2);
    int img[2] = {0, late ? 0 : 1};
    task_set_map(t, 0, img, 3);
    for (int all = 0; all < 2; all++) {
      represent_options opt;
      represent_options_init(&opt);
      opt.engine = ENGINE_Z3;
      opt.all = all;
      represent_result *r = NULL;
      CU_ASSERT_EQUAL(represent_decide(t, &opt, &r, NULL), late ? YO_YES : YO_NO);
      if (r && late) {
        const rep_cert *cert = represent_result_cert(r);
        CU_ASSERT_EQUAL(cert->element, 1);
        CU_ASSERT_EQUAL(represent_result_universal_count(r), 1);
        CU_ASSERT_TRUE(instances_ref_check(t, c, cert));
      }
      if (r && !late) CU_ASSERT_TRUE(instances_ref_check(t, c, represent_result_cert(r)));
      represent_result_free(r);
    }
    task_free(t);
  }
  category_free(c);
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
  if (r) CU_ASSERT_TRUE(instances_ref_check(t, c, represent_result_cert(r)));
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
  instances_seed(12345);
  int done = 0;
  for (int i = 0; i < 40 && done < 10; i++) {
    int free_cat = 0;
    c = instances_random_category(&free_cat);
    if (!c) continue;
    task_variance v = i % 2 ? TASK_CONTRAVARIANT : TASK_COVARIANT;
    yo_status st;
    category *opp = v == TASK_CONTRAVARIANT ? category_opposite(c, 10000, &st) : NULL;
    const category *w = opp ? opp : c;
    tab *T = i % 3 == 2 ? tab_const(w, 1) : tab_hom(w, instances_rndi(category_object_count(w)));
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
  CU_add_test(s, "z3_lazy_tables_fall_back", z3_lazy_tables_fall_back);
  CU_add_test(s, "z3_timeout_is_unknown", z3_timeout_is_unknown);
  CU_add_test(s, "large_instances", large_instances);
  CU_add_test(s, "smt2_files_agree", smt2_files_agree);
  CU_add_test(s, "differential_random", differential_random);
}
