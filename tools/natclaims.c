/* natclaims.c — see natclaims.h. */
#include "tools/natclaims.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "specs/clock.h"
#include "specs/hom.h"
#include "specs/kan.h"
#include "tools/functorprops.h"
#include "tools/lemmacheck.h"
#include "tools/natcount.h"
#include "tools/operand.h"
#include "tools/print.h"

static const char *const functor_kinds[] = {
  "faithful", "not-faithful", "full", "not-full", "injective-on-objects", "full-embedding",
  "not-full-embedding", "structure-preserved", NULL
};

static int is_functor_kind(const char *e)
{
  for (int i = 0; functor_kinds[i]; i++)
    if (strcmp(e, functor_kinds[i]) == 0) return 1;
  return 0;
}

int natclaims_handles(const char *expect)
{
  return expect && (strcmp(expect, "yoneda") == 0 ||
                    strcmp(expect, "natural-transformations") == 0 || is_functor_kind(expect));
}

static void set(natclaim_outcome *o, natclaim_verdict v, const char *got, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void set(natclaim_outcome *o, natclaim_verdict v, const char *got, const char *fmt, ...)
{
  o->verdict = v;
  snprintf(o->got, sizeof o->got, "%s", got ? got : "");
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(o->evidence, sizeof o->evidence, fmt, ap);
  va_end(ap);
}

/* A kernel or engine status that is not an answer. */
static void not_an_answer(natclaim_outcome *o, yo_status st, const diag_list *d)
{
  const char *why = print_kernel_reason(print_first_error(d, yo_status_name(st)));
  if (st == YO_LIMIT) set(o, NATCLAIM_UNDECIDED, NULL, "%s", why);
  else set(o, NATCLAIM_ERROR, "certificate rejected", "%s", why);
}

static void run_yoneda(const spec *s, const spec_claim *c, int maxm, natclaim_outcome *o,
                       diag_list *d)
{
  const task *t = spec_find_task(s, spec_claim_attr(c, "task"));
  if (!t) {
    set(o, NATCLAIM_INVALID, NULL, "missing or unknown task attribute");
    return;
  }
  lemmacheck_report r;
  yo_status st = lemmacheck_run(t, maxm, &r, d);
  if (st == YO_OK)
    set(o, NATCLAIM_PASS, NULL, "%ld transformations checked by kernel 5", r.checked);
  else
    not_an_answer(o, st, d);
  lemmacheck_free(&r);
}

static void run_count(const spec *s, const spec_claim *c, int maxm, int use_z3, double timeout,
                      natclaim_outcome *o, diag_list *d)
{
  const char *from = spec_claim_attr(c, "from"), *to = spec_claim_attr(c, "to");
  const char *count = spec_claim_attr(c, "count");
  char *end = NULL;
  long want = count ? strtol(count, &end, 10) : -1;
  if (!from || !to || !count || !end || *end || want < 0) {
    set(o, NATCLAIM_INVALID, NULL, "natural-transformations needs from, to and count");
    return;
  }
  operand a, b;
  char err[600];
  yo_status st = operand_resolve_pair(s, from, to, maxm, &a, &b, err, sizeof err);
  if (st != YO_OK) {
    set(o, st == YO_USAGE ? NATCLAIM_INVALID : NATCLAIM_ERROR, NULL, "%s", err);
    operand_free(&a);
    operand_free(&b);
    return;
  }
  nat_options no;
  nat_options_init(&no);
  no.engine = use_z3 ? NAT_Z3 : NAT_DIRECT;
  no.timeout = timeout;
  if (want >= no.limit) no.limit = want + 1;
  nat_result *r = NULL;
  int rejected = 0;
  st = natcount_run(a.t, b.t, &no, maxm, &r, &rejected, d);
  if (st == YO_OK) {
    long n = nat_result_count(r);
    char got[64];
    snprintf(got, sizeof got, "count %ld", n);
    if (n == want) set(o, NATCLAIM_PASS, NULL, "%ld natural transformations", n);
    else set(o, NATCLAIM_FAIL, got, "%ld natural transformations %s => %s, each checked by "
             "kernel 5", n, a.name, b.name);
  } else {
    not_an_answer(o, st, d);
  }
  nat_result_free(r);
  operand_free(&a);
  operand_free(&b);
}

/* structure-preserved: for every X, Delta_F Hom(FX,-) = Hom(X,-), shown by
 * a positive representability certificate (P = X, u = id_FX) that kernels
 * 1-3 check.  0 when every X passed; else the first X that failed (its
 * index + 1), with the reason in d. */
static int structure_certified(const functor *F, yo_status *st, diag_list *d)
{
  const category *C = functor_source(F), *D = functor_target(F);
  *st = YO_OK;
  for (int X = 0; X < category_object_count(C); X++) {
    int FX = functor_object(F, X);
    task *H = hom_task_new(D, D, TASK_COVARIANT, FX, "HomFX");
    task *R = H ? kan_delta(F, H, "Restricted") : NULL;
    int start = category_block_start(C, X), size = category_block_size(C, X);
    rep_cert *cert = R ? cert_new(CERT_REPRESENTABLE, "Restricted", TASK_COVARIANT) : NULL;
    int *img = cert ? malloc((size_t)size * sizeof *img) : NULL;
    if (!img) {
      cert_free(cert);
      task_free(R);
      task_free(H);
      *st = YO_INTERNAL;
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
      return X + 1;
    }
    img[0] = 0;   /* the identity of FX is element 0 of Hom(FX,FX) */
    for (int i = 1; i < size; i++) {
      int f = start + i, p = category_parent(C, f);
      img[i] = task_apply(R, category_parent_generator(C, f), img[p - start]);
    }
    cert->object = X;
    cert->element = 0;
    cert->nimages = size;
    cert->images = img;
    yo_status k = check_representability(R, C, cert, d);
    cert_free(cert);
    task_free(R);
    task_free(H);
    if (k != YO_OK) {
      *st = k;
      return X + 1;
    }
  }
  return 0;
}

static void run_functor(const spec *s, const spec_claim *c, const char *expect,
                        natclaim_outcome *o, diag_list *d)
{
  const functor *F = spec_find_functor(s, spec_claim_attr(c, "functor"));
  if (!F) {
    set(o, NATCLAIM_INVALID, NULL, "missing or unknown functor attribute");
    return;
  }
  embedding e;
  yo_status st = functorprops_decide(F, &e, d);
  if (st != YO_OK) {
    not_an_answer(o, st, d);
    return;
  }
  char wf[800] = "", wl[800] = "", wi[800] = "";
  if (!e.faithful) functorprops_witness_faithful(F, &e, wf, sizeof wf);
  if (!e.full) functorprops_witness_full(F, &e, wl, sizeof wl);
  if (!e.injective) functorprops_witness_injective(F, &e, wi, sizeof wi);
  int emb = e.faithful && e.full && e.injective;
  const char *first = !e.faithful ? wf : !e.full ? wl : wi;
  if (strcmp(expect, "faithful") == 0 || strcmp(expect, "not-faithful") == 0) {
    int want = expect[0] != 'n';
    if (e.faithful == want) set(o, NATCLAIM_PASS, NULL, "%s", wf);
    else set(o, NATCLAIM_FAIL, want ? "not-faithful" : "faithful", "%s",
             want ? wf : "every Hom(X,Y) maps injectively");
  } else if (strcmp(expect, "full") == 0 || strcmp(expect, "not-full") == 0) {
    int want = expect[0] != 'n';
    if (e.full == want) set(o, NATCLAIM_PASS, NULL, "%s", wl);
    else set(o, NATCLAIM_FAIL, want ? "not-full" : "full", "%s",
             want ? wl : "every Hom(FX,FY) is hit");
  } else if (strcmp(expect, "injective-on-objects") == 0) {
    if (e.injective) set(o, NATCLAIM_PASS, NULL, " ");
    else set(o, NATCLAIM_FAIL, "not injective on objects", "%s", wi);
  } else if (strcmp(expect, "full-embedding") == 0 || strcmp(expect, "not-full-embedding") == 0) {
    int want = expect[0] != 'n';
    if (emb == want) set(o, NATCLAIM_PASS, NULL, " ");
    else if (want) set(o, NATCLAIM_FAIL, "not-full-embedding", "not %s: %s",
                       !e.faithful ? "faithful" : !e.full ? "full" : "injective on objects",
                       first);
    else set(o, NATCLAIM_FAIL, "full-embedding", "faithful, full and injective on objects");
  } else {   /* structure-preserved */
    if (e.faithful && e.full) {
      int bad = structure_certified(F, &st, d);
      if (!bad) set(o, NATCLAIM_PASS, NULL, " ");
      else not_an_answer(o, st == YO_OK ? YO_INTERNAL : st, d);
    } else {
      set(o, NATCLAIM_FAIL, "structure lost", "not %s: %s, so Delta_F Hom(FX,-) is not "
          "Hom(X,-) for some X", !e.faithful ? "faithful" : "full", first);
    }
  }
}

void natclaims_run(const spec *s, const spec_claim *c, int max_morphisms, int use_z3,
                   double timeout, natclaim_outcome *out)
{
  memset(out, 0, sizeof *out);
  double t0 = clock_seconds();
  diag_list *d = diag_list_new(0);
  const char *expect = spec_claim_expect(c);
  if (!d) {
    set(out, NATCLAIM_ERROR, "internal error", "out of memory");
  } else if (strcmp(expect, "yoneda") == 0) {
    run_yoneda(s, c, max_morphisms, out, d);
  } else if (strcmp(expect, "natural-transformations") == 0) {
    run_count(s, c, max_morphisms, use_z3, timeout, out, d);
  } else {
    run_functor(s, c, expect, out, d);
  }
  diag_list_free(d);
  out->seconds = clock_seconds() - t0;
}
