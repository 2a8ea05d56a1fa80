/* test_paper.c — the paper library (every XML file of specs/paper/, docs/paper.md).
 *
 * Every file loads without errors or warnings; every <claim> is decided by
 * the direct engine as `expect` says and its certificate passes the kernel;
 * the z3 and naive engines agree within a second per claim; and, inside
 * this test and without solver/, a brute-force search over every object P
 * and element u (T(f)(u) folded generator by generator over each
 * morphism's normal form) confirms the verdict, the number of universal
 * pairs (hand-computed in docs/paper.md) and, for a positive certificate,
 * its universal pair.  The hand-computed morphism counts of the categories
 * are pinned too; a deliberately wrong claim must be caught, the kernel must
 * reject a self-consistent certificate with a non-universal element, and
 * masked.xml's embedding (Theorem 3) must be full and faithful.
 *
 * Adding a claim to the library means adding its hand computation to
 * `hand` below (a claim without one fails the suite).
 */
#include <CUnit/CUnit.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/check.h"
#include "solver/represent.h"
#include "specs/clock.h"
#include "specs/spec.h"

/* A sanitized build (make check SANITIZE=..., -DYONEDA_SANITIZED) is several
 * times slower: time limits scale with it. */
#ifdef YONEDA_SANITIZED
#define SANITIZER_SLOWDOWN 10.0
#else
#define SANITIZER_SLOWDOWN 1.0
#endif

void test_paper_suite(void);

#ifndef PAPER_DIR
#define PAPER_DIR "../specs/paper"
#endif
#define MAX_FILES 64

/* Theorem 1's claim kinds; the others are checked in test_embedding.c. */
static int representability_claim(const spec_claim *cl)
{
  const char *e = spec_claim_expect(cl);
  return e && (strcmp(e, "representable") == 0 || strcmp(e, "not-representable") == 0);
}

/* Hand computations (docs/paper.md): verdict and number of universal pairs
 * (P, u). */
typedef struct hand_claim {
  const char *file, *claim, *expect;
  int universal;
} hand_claim;

static const hand_claim hand[] = {
  /* Theorems 2 and 3: the representability claims of finetune.xml and
   * embedding.xml (their other claim kinds: tests/test_embedding.c) */
  {"finetune.xml", "finetune-same-output-not-promptable", "not-representable", 0},
  {"finetune.xml", "finetune-classify-not-promptable", "not-representable", 0},
  {"embedding.xml", "embedding-which-photo", "representable", 2},
  {"embedding.xml", "embedding-which-sentence", "representable", 2},
  {"embedding.xml", "embedding-forgetful-structure-lost", "not-representable", 0},
  {"arrow.xml", "arrow-spec-presheaf", "not-representable", 0},
  {"arrow.xml", "arrow-spec-presheaf-fixed", "representable", 1},
  {"arrow.xml", "arrow-hom-into-a", "representable", 1},
  {"arrow.xml", "arrow-two-answers-at-b", "not-representable", 0},
  {"arrow.xml", "arrow-hom-from-b", "representable", 1},
  {"arrow.xml", "arrow-point-covariant", "representable", 1},
  {"arrow.xml", "arrow-point-contravariant", "representable", 1},
  {"arrow.xml", "arrow-empty", "not-representable", 0},
  {"contrastive.xml", "contrastive-provenance", "representable", 2},
  {"contrastive.xml", "contrastive-invariant-embedding", "not-representable", 0},
  {"contrastive.xml", "contrastive-colour", "not-representable", 0},
  {"contrastive.xml", "contrastive-orientation-or-colour", "not-representable", 0},
  {"contrastive.xml", "contrastive-crop-provenance", "representable", 2},
  {"jigsaw.xml", "jigsaw-arrangement", "representable", 6},
  {"jigsaw.xml", "jigsaw-position", "not-representable", 0},
  {"jigsaw.xml", "jigsaw-sign", "not-representable", 0},
  {"jigsaw.xml", "jigsaw-position-and-sign", "representable", 6},
  {"jigsaw.xml", "jigsaw-position-of-a-or-b", "not-representable", 0},
  {"jigsaw.xml", "jigsaw-relabel-contravariant", "representable", 6},
  {"masked.xml", "masked-read-token3", "representable", 1},
  {"masked.xml", "masked-some-token-visible", "not-representable", 0},
  {"masked.xml", "masked-visible-tokens", "not-representable", 0},
  {"masked.xml", "masked-still-masked-token3", "representable", 1},
  {"masked.xml", "masked-consistent-completions", "not-representable", 0},
  {"masked.xml", "masked-read-token3-restricted", "representable", 1},
  {"rotation.xml", "rotation-z4-classification", "not-representable", 0},
  {"rotation.xml", "rotation-z4-classification-one-image", "not-representable", 0},
  {"rotation.xml", "rotation-z4-segmentation", "not-representable", 0},
  {"rotation.xml", "rotation-z4-segmentation-one-image", "not-representable", 0},
  {"rotation.xml", "rotation-z4-angle-image1", "representable", 4},
  {"rotation.xml", "rotation-z4-angle-all-images", "not-representable", 0},
  {"rotation.xml", "rotation-copies-classification", "not-representable", 0},
  {"rotation.xml", "rotation-copies-segmentation", "not-representable", 0},
  {"rotation.xml", "rotation-copies-angle-image1", "representable", 4},
  {"rotation.xml", "rotation-copies-angle-all-images", "not-representable", 0},
};
#define NHAND ((int)(sizeof hand / sizeof hand[0]))

/* Hand-computed sizes of the categories. */
static const struct {
  const char *file, *category;
  int morphisms;
} hand_size[] = {
  {"arrow.xml", "Arrow", 3},         {"contrastive.xml", "Augment", 12},
  {"jigsaw.xml", "Jigsaw", 6},       {"masked.xml", "Masked", 27},
  {"masked.xml", "Reveal", 3},       {"rotation.xml", "RotZ4", 12},
  {"rotation.xml", "RotCopies", 48},
};
#define NSIZE ((int)(sizeof hand_size / sizeof hand_size[0]))

/* ---- helpers ------------------------------------------------------------ */

static void fail_msg(int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void fail_msg(int line, const char *fmt, ...)
{
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  CU_assertImplementation(CU_FALSE, (unsigned)line, buf, __FILE__, "", CU_FALSE);
}
#define FAIL(...) fail_msg(__LINE__, __VA_ARGS__)

static int by_name(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The *.xml names in PAPER_DIR, sorted; returns the count (-1 if the
 * directory cannot be read).  Names are malloc'd. */
static int list_files(char **names, int cap)
{
  DIR *dir = opendir(PAPER_DIR);
  if (!dir) return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    size_t len = strlen(e->d_name);
    if (len > 4 && strcmp(e->d_name + len - 4, ".xml") == 0 && n < cap)
      names[n++] = strdup(e->d_name);
  }
  closedir(dir);
  qsort(names, (size_t)n, sizeof names[0], by_name);
  return n;
}

static void free_files(char **names, int n)
{
  for (int i = 0; i < n; i++) free(names[i]);
}

static void print_diags(const diag_list *d)
{
  char buf[512];
  for (int i = 0; i < diag_count(d); i++) {
    diag_format(d, i, buf, sizeof buf);
    FAIL("%s", buf);
  }
}

static spec *load(const char *name)
{
  char path[512];
  snprintf(path, sizeof path, "%s/%s", PAPER_DIR, name);
  spec_options o;
  spec_options_init(&o);
  diag_list *d = diag_list_new(50);
  spec *s = NULL;
  yo_status st = spec_load_file(path, &o, &s, d);
  if (st != YO_OK) {
    FAIL("%s: spec_load_file: %s", path, yo_status_name(st));
    print_diags(d);
    s = NULL;
  } else if (diag_warning_count(d) > 0) {
    FAIL("%s: %d warnings", path, diag_warning_count(d));
    print_diags(d);
  }
  diag_list_free(d);
  return s;
}

static const hand_claim *find_hand(const char *file, const char *claim)
{
  for (int i = 0; i < NHAND; i++)
    if (strcmp(hand[i].file, file) == 0 && strcmp(hand[i].claim, claim) == 0)
      return &hand[i];
  return NULL;
}

/* ---- the independent brute force ---------------------------------------- */

/* T(f)(e) folded over f's normal form with the raw generator tables only
 * (task_apply): covariant, e in T(source f), generators first to last;
 * contravariant, e in T(target f), generators last to first.  Also checks
 * that the normal form traces back to f and that the library's
 * task_apply_morphism agrees.  -1 (with a message) on any disagreement. */
static int fold(const task *t, int f, int e, char *why, size_t cap)
{
  const category *c = task_category(t);
  int word[4096];
  int n = category_word(c, f, word, 4096);
  if (n < 0 || n > 4096) {
    snprintf(why, cap, "normal form of morphism %d unavailable (%d)", f, n);
    return -1;
  }
  if (category_trace(c, category_source(c, f), word, n) != f) {
    snprintf(why, cap, "normal form of morphism %d does not trace back to it", f);
    return -1;
  }
  int v = e;
  if (task_variance_of(t) == TASK_COVARIANT) {
    for (int k = 0; k < n; k++) v = task_apply(t, word[k], v);
  } else {
    for (int k = n - 1; k >= 0; k--) v = task_apply(t, word[k], v);
  }
  int lib = task_apply_morphism(t, f, e);
  if (lib != v) {
    snprintf(why, cap, "task %s: task_apply_morphism(%d, %d) = %d, fold gives %d",
             task_name(t), f, e, lib, v);
    return -1;
  }
  return v;
}

/* Is u ∈ T(P) universal?  1 yes, 0 no, -1 error (message in why).  For each
 * Y, f |-> T(f)(u) must be a bijection Hom(P,Y) -> T(Y) (covariant) or
 * Hom(Y,P) -> T(Y) (contravariant). */
static int universal(const task *t, int P, int u, char *why, size_t cap)
{
  const category *c = task_category(t);
  int nobj = category_object_count(c);
  int contra = task_variance_of(t) == TASK_CONTRAVARIANT;
  int *off = malloc((size_t)(nobj + 1) * sizeof *off);
  if (!off) {
    snprintf(why, cap, "out of memory");
    return -1;
  }
  off[0] = 0;
  for (int y = 0; y < nobj; y++) off[y + 1] = off[y] + task_set_size(t, y);
  char *hit = calloc((size_t)off[nobj] + 1, 1);
  if (!hit) {
    free(off);
    snprintf(why, cap, "out of memory");
    return -1;
  }
  int ok = 1;
  for (int f = 0; f < category_morphism_count(c) && ok == 1; f++) {
    if ((contra ? category_target(c, f) : category_source(c, f)) != P) continue;
    int Y = contra ? category_source(c, f) : category_target(c, f);
    int v = fold(t, f, u, why, cap);
    if (v < 0) { ok = -1; break; }
    if (v >= task_set_size(t, Y)) {
      snprintf(why, cap, "T(f)(u) = %d out of range of T(%s)", v,
               category_object_name(c, Y));
      ok = -1;
      break;
    }
    if (hit[off[Y] + v]) ok = 0;     /* collision: not injective */
    hit[off[Y] + v] = 1;
  }
  for (int i = 0; i < off[nobj] && ok == 1; i++)
    if (!hit[i]) ok = 0;             /* unreached: not surjective */
  free(hit);
  free(off);
  return ok;
}

/* Functoriality, independently of the loader: every equation on every
 * element.  0 ok, -1 (message) otherwise. */
static int functorial(const task *t, char *why, size_t cap)
{
  const category *c = task_category(t);
  int contra = task_variance_of(t) == TASK_CONTRAVARIANT;
  for (int i = 0; i < category_equation_count(c); i++) {
    int src, nl, nr;
    const int *l, *r;
    category_equation(c, i, &src, &l, &nl, &r, &nr, NULL);
    int dom = contra ? category_word_target(c, src, l, nl) : src;
    for (int e = 0; e < task_set_size(t, dom); e++) {
      int a = e, b = e;
      if (!contra) {
        for (int k = 0; k < nl; k++) a = task_apply(t, l[k], a);
        for (int k = 0; k < nr; k++) b = task_apply(t, r[k], b);
      } else {
        for (int k = nl - 1; k >= 0; k--) a = task_apply(t, l[k], a);
        for (int k = nr - 1; k >= 0; k--) b = task_apply(t, r[k], b);
      }
      if (a != b) {
        snprintf(why, cap, "task %s breaks equation %d at element %d", task_name(t), i, e);
        return -1;
      }
    }
  }
  return 0;
}

/* Brute force: the number of universal pairs (P, u), or -1 (message). */
static int count_universal(const task *t, char *why, size_t cap)
{
  const category *c = task_category(t);
  if (functorial(t, why, cap) < 0) return -1;
  int count = 0;
  for (int P = 0; P < category_object_count(c); P++)
    for (int u = 0; u < task_set_size(t, P); u++) {
      int r = universal(t, P, u, why, cap);
      if (r < 0) return -1;
      count += r;
    }
  return count;
}

/* The whole check of one claim except the hand table: brute force agrees
 * with expect; the direct engine agrees and its certificate passes the
 * kernel.  1 ok, 0 wrong (message in why). */
static int verify_claim(const spec *s, const spec_claim *cl, int *universal_count,
                        char *why, size_t cap)
{
  const char *tn = spec_claim_attr(cl, "task");
  const char *expect = spec_claim_expect(cl);
  const task *t = tn ? spec_find_task(s, tn) : NULL;
  if (!t || !expect) {
    snprintf(why, cap, "claim without a task or expect");
    return 0;
  }
  int want = strcmp(expect, "representable") == 0;
  int n = count_universal(t, why, cap);
  if (n < 0) return 0;
  if (universal_count) *universal_count = n;
  if ((n > 0) != want) {
    snprintf(why, cap, "brute force: task %s is %s (%d universal pairs), claim expects %s",
             tn, n > 0 ? "representable" : "not representable", n, expect);
    return 0;
  }

  represent_options o;
  represent_options_init(&o);
  o.engine = ENGINE_DIRECT;
  diag_list *d = diag_list_new(20);
  represent_result *r = NULL;
  yo_status st = represent_decide(t, &o, &r, d);
  int ok = 1;
  if (st != (want ? YO_YES : YO_NO)) {
    snprintf(why, cap, "direct engine: task %s: %s, claim expects %s", tn,
             yo_status_name(st), expect);
    ok = 0;
  } else {
    const rep_cert *cert = represent_result_cert(r);
    yo_status k = check_representability(t, represent_result_work(r), cert, d);
    if (k != YO_OK) {
      char m[300] = "";
      if (diag_count(d) > 0) diag_format(d, 0, m, sizeof m);
      snprintf(why, cap, "kernel rejects the certificate for %s: %s", tn, m);
      ok = 0;
    } else if (cert->verdict != (want ? CERT_REPRESENTABLE : CERT_NOT_REPRESENTABLE)) {
      snprintf(why, cap, "certificate verdict %d disagrees for %s", (int)cert->verdict, tn);
      ok = 0;
    } else if (want && universal(t, cert->object, cert->element, why, cap) != 1) {
      snprintf(why, cap, "certificate's pair (%d, %d) for %s is not universal by brute force",
               cert->object, cert->element, tn);
      ok = 0;
    }
  }
  if (r) represent_result_free(r);
  diag_list_free(d);
  return ok;
}

/* ---- tests -------------------------------------------------------------- */

static void library_files_present(void)
{
  static const char *const want[] = {"arrow.xml", "contrastive.xml", "embedding.xml",
                                     "finetune.xml", "jigsaw.xml", "masked.xml",
                                     "rotation.xml"};
  char *names[MAX_FILES];
  int n = list_files(names, MAX_FILES);
  CU_ASSERT_FATAL(n >= 0);
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    int found = 0;
    for (int k = 0; k < n; k++) found |= strcmp(names[k], want[i]) == 0;
    if (!found) FAIL("specs/paper/%s is missing", want[i]);
  }
  free_files(names, n);
}

static void category_sizes_match_hand(void)
{
  for (int i = 0; i < NSIZE; i++) {
    spec *s = load(hand_size[i].file);
    if (!s) continue;
    const category *c = spec_find_category(s, hand_size[i].category);
    if (!c) {
      FAIL("%s: no category %s", hand_size[i].file, hand_size[i].category);
    } else if (category_morphism_count(c) != hand_size[i].morphisms) {
      FAIL("%s: category %s has %d morphisms, by hand %d", hand_size[i].file,
           hand_size[i].category, category_morphism_count(c), hand_size[i].morphisms);
    }
    spec_free(s);
  }
}

/* Call visit on every representability claim of every file of the library
 * (not the conjectures of <search>: tests/test_search.c). */
static void each_claim(void (*visit)(const char *file, const spec *s, const spec_claim *cl,
                                     void *user),
                       void *user)
{
  char *names[MAX_FILES];
  int n = list_files(names, MAX_FILES);
  CU_ASSERT_FATAL(n > 0);
  for (int i = 0; i < n; i++) {
    spec *s = load(names[i]);
    if (!s) continue;
    for (int k = 0; k < spec_claim_count(s); k++) {
      const spec_claim *cl = spec_claim_at(s, k);
      if (representability_claim(cl) && !spec_claim_attr(cl, "search"))
        visit(names[i], s, cl, user);
    }
    spec_free(s);
  }
  free_files(names, n);
}

typedef struct hand_tally {
  int seen[NHAND];
  int claims;
} hand_tally;

static void claim_holds(const char *file, const spec *s, const spec_claim *cl, void *user)
{
  hand_tally *tally = user;
  char why[1024] = "";
  int nu = -1;
  tally->claims++;
  if (!verify_claim(s, cl, &nu, why, sizeof why)) {
    FAIL("%s: claim %s: %s", file, spec_claim_name(cl), why);
    return;
  }
  const hand_claim *h = find_hand(file, spec_claim_name(cl));
  if (!h) {
    FAIL("%s: claim %s has no hand computation in tests/test_paper.c", file,
         spec_claim_name(cl));
    return;
  }
  tally->seen[h - hand] = 1;
  if (strcmp(h->expect, spec_claim_expect(cl)) != 0)
    FAIL("%s: claim %s expects %s, hand computation says %s", file,
         spec_claim_name(cl), spec_claim_expect(cl), h->expect);
  if (nu != h->universal)
    FAIL("%s: claim %s: %d universal pairs by brute force, %d by hand", file,
         spec_claim_name(cl), nu, h->universal);
}

/* Every claim of every file: brute force, direct engine, kernel, hand table. */
static void every_claim_holds(void)
{
  hand_tally t;
  memset(&t, 0, sizeof t);
  each_claim(claim_holds, &t);
  for (int i = 0; i < NHAND; i++)
    if (!t.seen[i]) FAIL("%s: hand-computed claim %s not found", hand[i].file, hand[i].claim);
  CU_ASSERT_EQUAL(t.claims, NHAND);
}

/* One claim decided by every engine: the same answer, in under a second,
 * with a certificate the kernel accepts. */
static void engines_agree_on(const char *file, const spec *s, const spec_claim *cl, void *user)
{
  static const struct { represent_engine e; const char *name; } engines[] = {
    {ENGINE_DIRECT, "direct"}, {ENGINE_Z3, "z3"}, {ENGINE_NAIVE, "naive"}};
  (void)user;
  const task *t = spec_find_task(s, spec_claim_attr(cl, "task"));
  int want = strcmp(spec_claim_expect(cl), "representable") == 0;
  if (!t) return;   /* reported by every_claim_holds */
  for (size_t e = 0; e < sizeof engines / sizeof engines[0]; e++) {
    represent_options o;
    represent_options_init(&o);
    o.engine = engines[e].e;
    o.timeout = 10;
    diag_list *d = diag_list_new(20);
    represent_result *r = NULL;
    double t0 = clock_seconds();
    yo_status st = represent_decide(t, &o, &r, d);
    double dt = clock_seconds() - t0;
    if (st != (want ? YO_YES : YO_NO)) {
      char m[300] = "";
      if (diag_count(d) > 0) diag_format(d, 0, m, sizeof m);
      FAIL("%s: claim %s: engine %s says %s (%s)", file, spec_claim_name(cl),
           engines[e].name, yo_status_name(st), m);
    } else if (check_representability(t, represent_result_work(r),
                                      represent_result_cert(r), d) != YO_OK) {
      FAIL("%s: claim %s: kernel rejects the %s certificate", file,
           spec_claim_name(cl), engines[e].name);
    }
    if (dt >= 1.0 * SANITIZER_SLOWDOWN)
      FAIL("%s: claim %s: engine %s took %.2f s", file, spec_claim_name(cl),
           engines[e].name, dt);
    if (r) represent_result_free(r);
    diag_list_free(d);
  }
}

/* The SMT engines decide every claim the same way. */
static void engines_agree(void) { each_claim(engines_agree_on, NULL); }

/* The check above must catch a wrong claim: the same jigsaw task claimed
 * representable (6 elements, but no universal element) and a representable
 * task claimed not to be. */
static void wrong_claim_is_caught(void)
{
  static const char doc[] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<yoneda version=\"1\">\n"
      "  <category name=\"Jigsaw\">\n"
      "    <object name=\"board\"/>\n"
      "    <morphism name=\"s1\" source=\"board\" target=\"board\"/>\n"
      "    <morphism name=\"s2\" source=\"board\" target=\"board\"/>\n"
      "    <equation lhs=\"s1 s1\" rhs=\"board\"/>\n"
      "    <equation lhs=\"s2 s2\" rhs=\"board\"/>\n"
      "    <equation lhs=\"s1 s2 s1 s2 s1 s2\" rhs=\"board\"/>\n"
      "  </category>\n"
      "  <task name=\"AOrB\" category=\"Jigsaw\">\n"
      "    <set object=\"board\" elements=\"a1 a2 a3 b1 b2 b3\"/>\n"
      "    <map morphism=\"s1\" to=\"a2 a1 a3 b2 b1 b3\"/>\n"
      "    <map morphism=\"s2\" to=\"a1 a3 a2 b1 b3 b2\"/>\n"
      "  </task>\n"
      "  <task name=\"Sign\" category=\"Jigsaw\" variance=\"contravariant\">\n"
      "    <set object=\"board\" elements=\"even odd\"/>\n"
      "    <map morphism=\"s1\" to=\"odd even\"/>\n"
      "    <map morphism=\"s2\" to=\"odd even\"/>\n"
      "  </task>\n"
      "  <task name=\"Regular\" category=\"Jigsaw\">\n"
      "    <set object=\"board\" elements=\"abc bac acb bca cab cba\"/>\n"
      "    <map morphism=\"s1\" to=\"bac abc cab cba acb bca\"/>\n"
      "    <map morphism=\"s2\" to=\"acb bca abc bac cba cab\"/>\n"
      "  </task>\n"
      "  <claim name=\"wrong-1\" task=\"AOrB\" expect=\"representable\"/>\n"
      "  <claim name=\"wrong-2\" task=\"Sign\" expect=\"representable\"/>\n"
      "  <claim name=\"wrong-3\" task=\"Regular\" expect=\"not-representable\"/>\n"
      "</yoneda>\n";
  spec_options o;
  spec_options_init(&o);
  diag_list *d = diag_list_new(20);
  spec *s = NULL;
  yo_status st = spec_load_buffer(doc, sizeof doc - 1, "wrong.xml", &o, &s, d);
  CU_ASSERT_EQUAL_FATAL(st, YO_OK);
  CU_ASSERT_EQUAL(spec_claim_count(s), 3);
  for (int k = 0; k < spec_claim_count(s); k++) {
    char why[1024] = "";
    if (verify_claim(s, spec_claim_at(s, k), NULL, why, sizeof why))
      FAIL("wrong claim %s was not caught", spec_claim_name(spec_claim_at(s, k)));
    else
      CU_ASSERT_PTR_NOT_NULL(strstr(why, "brute force"));
  }
  spec_free(s);
  diag_list_free(d);
}

/* F(f) by tracing the images of f's normal-form generators in D. */
static int image_by_trace(const functor *F, int f)
{
  const category *C = functor_source(F), *D = functor_target(F);
  int word[256], img[1024], n = category_word(C, f, word, 256), m = 0;
  if (n < 0 || n > 256) return -1;
  for (int k = 0; k < n; k++) {
    const int *w;
    int wn;
    functor_generator_word(F, word[k], &w, &wn);
    for (int j = 0; j < wn && m < 1024; j++) img[m++] = w[j];
  }
  return category_trace(D, functor_object(F, category_source(C, f)), img, m);
}

/* masked.xml's IntoMasked (Theorem 3) is a functor the kernel accepts, and
 * full and faithful: f |-> F(f) is a bijection Hom(X,Y) -> Hom(FX,FY) for
 * every pair of objects. */
static void full_embedding(void)
{
  spec *s = load("masked.xml");
  if (!s) return;
  const functor *F = spec_find_functor(s, "IntoMasked");
  CU_ASSERT_PTR_NOT_NULL_FATAL(F);
  diag_list *d = diag_list_new(20);
  CU_ASSERT_EQUAL(check_functor(F, d), YO_OK);
  print_diags(d);
  const category *C = functor_source(F), *D = functor_target(F);
  for (int X = 0; X < category_object_count(C); X++)
    for (int Y = 0; Y < category_object_count(C); Y++) {
      int FX = functor_object(F, X), FY = functor_object(F, Y);
      int images[64], n = 0;
      for (int f = 0; f < category_morphism_count(C); f++) {
        if (category_source(C, f) != X || category_target(C, f) != Y) continue;
        int g = functor_morphism(F, f);
        if (g != image_by_trace(F, f))
          FAIL("IntoMasked: functor_morphism(%d) = %d, tracing gives %d", f, g,
               image_by_trace(F, f));
        for (int k = 0; k < n; k++)
          if (images[k] == g) FAIL("IntoMasked is not faithful on Hom(%d,%d)", X, Y);
        if (n < 64) images[n++] = g;
      }
      if (n != category_hom_count(D, FX, FY))
        FAIL("IntoMasked is not full on Hom(%s,%s): %d morphisms, %d in the image",
             category_object_name(C, X), category_object_name(C, Y), n,
             category_hom_count(D, FX, FY));
    }
  diag_list_free(d);
  spec_free(s);
}

/* The kernel is not a rubber stamp: a self-consistent positive certificate
 * for contrastive.xml's Provenance with the non-universal element grayed
 * (images computed honestly, so they collide: gray and the identity both
 * give grayed) must be rejected. */
static void kernel_rejects_wrong_universal(void)
{
  spec *s = load("contrastive.xml");
  if (!s) return;
  const task *t = spec_find_task(s, "Provenance");
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  const category *c = task_category(t);
  int P = category_find_object(c, "photo");
  int u = task_find_element(t, P, "grayed");
  CU_ASSERT_FATAL(P >= 0 && u >= 0);
  char why[256];
  CU_ASSERT_EQUAL(universal(t, P, u, why, sizeof why), 0);
  rep_cert *cert = cert_new(CERT_REPRESENTABLE, task_name(t), task_variance_of(t));
  CU_ASSERT_PTR_NOT_NULL_FATAL(cert);
  int start = category_block_start(c, P), bs = category_block_size(c, P);
  cert->object = P;
  cert->element = u;
  cert->nimages = bs;
  cert->images = malloc((size_t)bs * sizeof *cert->images);
  CU_ASSERT_PTR_NOT_NULL_FATAL(cert->images);
  for (int k = 0; k < bs; k++) cert->images[k] = fold(t, start + k, u, why, sizeof why);
  diag_list *d = diag_list_new(20);
  CU_ASSERT_EQUAL(check_representability(t, c, cert, d), YO_INTERNAL);
  CU_ASSERT(diag_error_count(d) > 0);
  diag_list_free(d);
  cert_free(cert);
  spec_free(s);
}

void test_paper_suite(void)
{
  CU_pSuite s = CU_add_suite("paper", NULL, NULL);
  CU_add_test(s, "library_files_present", library_files_present);
  CU_add_test(s, "category_sizes_match_hand", category_sizes_match_hand);
  CU_add_test(s, "every_claim_holds", every_claim_holds);
  CU_add_test(s, "wrong_claim_is_caught", wrong_claim_is_caught);
  CU_add_test(s, "full_embedding", full_embedding);
  CU_add_test(s, "kernel_rejects_wrong_universal", kernel_rejects_wrong_universal);
  CU_add_test(s, "engines_agree", engines_agree);
}
