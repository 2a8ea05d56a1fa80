/* answer.c — see answer.h.  The solver decides; the kernel, through a
 * prepared check context, has the last word. */
#include "solver/answer.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct answer {
  const task *t;
  yo_status status;
  int kernel_rejected;
  represent_result *result;    /* set on YO_YES / YO_NO (and on rejection) */
  check_cache *own_cache;      /* when the caller passed none */
  double seconds;
  int pairs_checked;
};

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Kernel-check every universal pair of r against k, within the budget. */
static yo_status check_pairs(answer *a, const check_context *k, diag_list *d)
{
  represent_result *r = a->result;
  const category *work = check_context_work(k);
  int n = represent_result_universal_count(r);
  /* kernel 3: O(objects x morphisms) per pair (docs/trust.md, Cost) */
  double per_pair = (double)category_object_count(work) * category_morphism_count(work) +
                    (double)task_element_total(a->t);
  a->pairs_checked = (double)n * per_pair <= ANSWER_ALL_BUDGET;
  if (!a->pairs_checked) return YO_OK;
  const rep_cert *own = represent_result_cert(r);
  for (int i = 0; i < n; i++) {
    int P, u;
    represent_result_universal(r, i, &P, &u);
    if (P == own->object && u == own->element) continue;   /* checked already */
    rep_cert *c = represent_result_universal_cert(r, i);
    if (!c) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
      return YO_INTERNAL;
    }
    yo_status st = check_certificate(k, c, d);
    cert_free(c);
    if (st != YO_OK) {
      a->kernel_rejected = st != YO_LIMIT;
      return st == YO_LIMIT ? YO_LIMIT : YO_INTERNAL;
    }
  }
  return YO_OK;
}

/* Have the kernel check the solver's result; the status of the answer. */
static yo_status check_result(answer *a, yo_status st, check_cache *cache, int all,
                              diag_list *d)
{
  const rep_cert *cert = a->result ? represent_result_cert(a->result) : NULL;
  if (!a->result) {
    diag_add(d, DIAG_ERROR, NULL, 0, "the solver returned no result");
    return YO_INTERNAL;
  }
  a->kernel_rejected = 1;
  if (!cert) {
    diag_add(d, DIAG_ERROR, NULL, 0, "the solver returned no certificate");
    return YO_INTERNAL;
  }
  if ((st == YO_YES) != (cert->verdict == CERT_REPRESENTABLE)) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "the solver's answer and its certificate's verdict disagree");
    return YO_INTERNAL;
  }
  check_context *k = NULL;
  yo_status kst = check_cache_prepare(cache, a->t, &k, d);
  if (kst == YO_OK) kst = check_certificate(k, cert, d);
  if (kst != YO_OK) {
    /* YO_LIMIT: too large for the kernel — nothing was decided (exit 3). */
    check_context_free(k);
    a->kernel_rejected = kst != YO_LIMIT;
    return kst == YO_LIMIT ? YO_LIMIT : YO_INTERNAL;
  }
  a->kernel_rejected = 0;
  if (all) {
    kst = check_pairs(a, k, d);
    if (kst != YO_OK) st = kst;
  }
  check_context_free(k);
  return st;
}

yo_status answer_decide_representable(const task *t, const represent_options *o,
                                      check_cache *cache, answer **out, diag_list *d)
{
  double t0 = now();
  represent_options def;
  if (!o) {
    represent_options_init(&def);
    o = &def;
  }
  answer *a = calloc(1, sizeof *a);
  *out = a;
  if (!a) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  a->t = t;
  if (!cache) cache = a->own_cache = check_cache_new(o->max_morphisms);
  yo_status st = YO_INTERNAL;
  const category *work = NULL;
  if (!cache)
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
  else if ((st = check_cache_work(cache, t, &work, d)) == YO_OK)
    st = represent_decide_on(t, work, o, &a->result, d);
  if (st == YO_YES || st == YO_NO) st = check_result(a, st, cache, o->all, d);
  a->status = st;
  a->seconds = now() - t0;
  return st;
}

void answer_free(answer *a)
{
  if (!a) return;
  represent_result_free(a->result);
  check_cache_free(a->own_cache);
  free(a);
}

yo_status answer_status(const answer *a) { return a->status; }
int answer_kernel_rejected(const answer *a) { return a->kernel_rejected; }
double answer_seconds(const answer *a) { return a->seconds; }
int answer_pairs_checked(const answer *a) { return a->pairs_checked; }

static int decided(const answer *a)
{
  return (a->status == YO_YES || a->status == YO_NO) && a->result;
}

const rep_cert *answer_cert(const answer *a)
{
  return decided(a) ? represent_result_cert(a->result) : NULL;
}

const category *answer_work(const answer *a)
{
  return a->result ? represent_result_work(a->result) : NULL;
}

int answer_object(const answer *a)
{
  return a->status == YO_YES && a->result ? answer_cert(a)->object : -1;
}

int answer_element(const answer *a)
{
  return a->status == YO_YES && a->result ? answer_cert(a)->element : -1;
}

int answer_format(const answer *a, char *buf, size_t cap)
{
  int P = answer_object(a);
  if (P >= 0)
    return snprintf(buf, cap, "representable by object %s, universal element %s",
                    category_object_name(answer_work(a), P),
                    task_element_name(a->t, P, answer_element(a)));
  if (a->status == YO_NO) return snprintf(buf, cap, "not representable");
  return snprintf(buf, cap, "%s", yo_status_name(a->status));
}

const char *answer_explanation(const answer *a)
{
  const char *s = decided(a) ? represent_result_explanation(a->result) : NULL;
  return s ? s : "";
}

int answer_universal_count(const answer *a)
{
  return decided(a) ? represent_result_universal_count(a->result) : 0;
}

void answer_universal(const answer *a, int i, int *object, int *element)
{
  represent_result_universal(a->result, i, object, element);
}
