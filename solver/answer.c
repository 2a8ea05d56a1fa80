/* answer.c — see answer.h.  The solver decides; the kernel, through a
 * prepared check context, has the last word. */
#include "solver/answer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "solver/orbit.h"
#include "specs/clock.h"

struct answer {
  const task *t;
  yo_status status;
  int kernel_rejected;
  represent_result *result;    /* set on YO_YES / YO_NO (and on rejection) */
  check_cache *own_cache;      /* when the caller passed none */
  double seconds;
  int pairs_checked;
};

/* ---- --all: every universal pair, from few kernel checks ------------------- *
 * The certificate's pair (P0, u0) is kernel-checked: f ↦ T(f)(u0) is a
 * natural isomorphism Hom(P0,-) ≅ T (images0[k] = T(f)(u0) for the k-th
 * morphism f of P0's block).  For another listed pair (P0, u) the kernel
 * checks (kernel 3) its own certificate, images_u[k] = T(f)(u), and
 * (kernel 5) that alpha_u: images0[k] ↦ images_u[k] (every element of T is
 * some images0[k]) is a natural transformation T ⇒ T; with alpha_u(u0) = u
 * it is then, by the Yoneda lemma, the composite of the inverse of the
 * first isomorphism with f ↦ T(f)(u), a natural isomorphism.  Natural
 * automorphisms of T send universal pairs to universal pairs, so every
 * pair reached from a kernel-checked one by checked automorphisms is
 * universal: such pairs are derived (by table look-ups) rather than checked
 * one by one.  A pair reached by none is checked by kernel 3 and becomes a
 * new starting point; at P0 it also adds its automorphism.  On a group
 * block this is a handful of kernel calls instead of one per element.
 * docs/represent.md ("--all") gives the argument in full. */
typedef struct pairs {
  answer *a;
  const check_context *k;
  const category *work;
  check_nat *nat;           /* kernel 5 on T ⇒ T, flattened once */
  long total, *off;         /* element offsets per object (kernel 5 layout) */
  orbit proved;             /* elements proved universal; the automorphisms */
  double steps;             /* estimated kernel steps so far */
} pairs;

static void pairs_free(pairs *p)
{
  free(p->off);
  orbit_free(&p->proved);
  check_nat_free(p->nat);
}

/* Kernel 3 on listed pair i; its certificate in *out (caller frees) when
 * out is not NULL.  Over the budget: YO_LIMIT with nothing checked. */
static yo_status pairs_kernel3(pairs *p, int i, rep_cert **out, diag_list *d)
{
  p->steps += (double)category_object_count(p->work) * category_morphism_count(p->work) +
              (double)task_element_total(p->a->t);
  if (p->steps > ANSWER_ALL_BUDGET) return YO_LIMIT;
  rep_cert *c = represent_result_universal_cert(p->a->result, i);
  if (!c) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  yo_status st = check_certificate(p->k, c, d);
  if (st != YO_OK) {
    p->a->kernel_rejected = st != YO_LIMIT;
    cert_free(c);
    return st == YO_LIMIT ? YO_LIMIT : YO_INTERNAL;
  }
  if (out) *out = c;
  else cert_free(c);
  return YO_OK;
}

/* The automorphism alpha_u of listed pair i = (P0, u), kernel-checked
 * (kernel 3 on the pair, kernel 5 on alpha_u), added to the generators. */
static yo_status pairs_add_generator(pairs *p, const rep_cert *own, int i, diag_list *d)
{
  rep_cert *c = NULL;
  yo_status st = pairs_kernel3(p, i, &c, d);
  if (st != YO_OK) return st;
  int *alpha = orbit_map_new(&p->proved);
  if (!alpha) {
    cert_free(c);
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  /* alpha[off(Y) + images0[k]] = off(Y) + images_u[k], Y the target of the
   * k-th morphism of P0's block; kernel 5 gets it in its own layout
   * (component Y relative to off(Y)), so both are filled */
  int *rel = malloc(((size_t)p->total + 1) * sizeof *rel);
  if (!rel) {
    free(alpha);
    cert_free(c);
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  for (long e = 0; e < p->total; e++) rel[e] = -1;
  int start = category_block_start(p->work, own->object);
  for (int k = 0; k < own->nimages && k < c->nimages; k++) {
    long y = p->off[category_target(p->work, start + k)];
    long e = y + own->images[k];
    if (e >= 0 && e < p->total) {
      rel[e] = c->images[k];
      alpha[e] = (int)(y + c->images[k]);
    }
  }
  long u0 = p->off[own->object] + own->element;
  int sends = rel[u0] == c->element;
  cert_free(c);
  p->steps += (double)p->total * (category_generator_count(p->work) + 1);
  st = p->steps > ANSWER_ALL_BUDGET ? YO_LIMIT : check_nat_run(p->nat, rel, d);
  free(rel);
  if (st == YO_OK && !sends) {
    diag_add(d, DIAG_ERROR, NULL, 0, "the automorphism of a universal pair does not "
             "send the certificate's element to it");
    st = YO_INTERNAL;
  }
  if (st != YO_OK) {
    free(alpha);
    if (st != YO_LIMIT) p->a->kernel_rejected = 1;
    return st;
  }
  orbit_add_map(&p->proved, alpha);
  return YO_OK;
}

/* Prove every listed pair universal (see above).  YO_OK when all are;
 * YO_LIMIT over the budget (nothing claimed beyond the certificate);
 * YO_INTERNAL on a rejection or OOM. */
static yo_status pairs_prove(pairs *p, diag_list *d)
{
  represent_result *r = p->a->result;
  const rep_cert *own = represent_result_cert(r);
  const task *t = p->a->t;
  int nobj = category_object_count(p->work), n = represent_result_universal_count(r);
  yo_status st = YO_OK;
  p->off = malloc(((size_t)nobj + 1) * sizeof *p->off);
  if (!p->off) goto oom;
  for (int x = 0; x < nobj; x++) {
    p->off[x] = p->total;
    p->total += task_set_size(t, x);
  }
  p->off[nobj] = p->total;
  if (orbit_init(&p->proved, p->total) != 0) goto oom;
  p->nat = check_nat_new(t, t, &st, d);
  if (!p->nat) return st;
  p->proved.mark[p->off[own->object] + own->element] = 1;
  /* the pairs at P0 first: they give the automorphisms */
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < n; i++) {
      int P, u;
      represent_result_universal(r, i, &P, &u);
      if ((P == own->object) != (pass == 0)) continue;
      if (P < 0 || P >= nobj || u < 0 || u >= task_set_size(t, P)) {
        diag_add(d, DIAG_ERROR, NULL, 0, "universal pair %d is out of range", i);
        return YO_INTERNAL;
      }
      long e = p->off[P] + u;
      if (p->proved.mark[e]) continue;
      if (P == own->object) {
        st = pairs_add_generator(p, own, i, d);
      } else if ((st = pairs_kernel3(p, i, NULL, d)) == YO_OK) {
        orbit_reach(&p->proved, e);
      }
      if (st != YO_OK) return st;
    }
  return YO_OK;
oom:
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
  return YO_INTERNAL;
}

/* Every universal pair of the answer proved universal from kernel checks
 * against k, within ANSWER_ALL_BUDGET (else only the certificate's pair is
 * claimed: pairs_checked 0). */
static yo_status check_pairs(answer *a, const check_context *k, diag_list *d)
{
  pairs p;
  memset(&p, 0, sizeof p);
  p.a = a;
  p.k = k;
  p.work = check_context_work(k);
  a->pairs_checked = 0;
  if (represent_result_universal_count(a->result) <= 1) {
    a->pairs_checked = 1;
    return YO_OK;
  }
  yo_status st = pairs_prove(&p, d);
  pairs_free(&p);
  if (st == YO_OK) a->pairs_checked = 1;
  if (st == YO_LIMIT) return YO_OK;   /* over the budget: not claimed */
  return st;
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
  double t0 = clock_seconds();
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
  a->seconds = clock_seconds() - t0;
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
