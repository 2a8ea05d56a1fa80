/* decision.c — see decision.h. */
#include "tools/decision.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/check.h"

double decision_clock(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Kernel check of the positive certificate "P with universal element u",
 * built from the task's action along the normal-form spanning tree. */
static yo_status check_pair(const task *t, const category *work, int P, int u,
                            diag_list *d)
{
  rep_cert *c = cert_new(CERT_REPRESENTABLE, task_name(t), task_variance_of(t));
  if (!c) return YO_INTERNAL;
  int start = category_block_start(work, P), n = category_block_size(work, P);
  c->object = P;
  c->element = u;
  c->nimages = n;
  c->images = malloc((size_t)(n > 0 ? n : 1) * sizeof *c->images);
  if (!c->images) {
    cert_free(c);
    return YO_INTERNAL;
  }
  for (int k = 0; k < n; k++) {
    int f = start + k, parent = category_parent(work, f);
    if (parent < 0)
      c->images[k] = u;
    else
      c->images[k] = task_apply(t, category_parent_generator(work, f),
                                c->images[parent - start]);
  }
  yo_status st = check_representability(t, work, c, d);
  cert_free(c);
  return st;
}

/* Estimated steps of one kernel run of check_representability on work. */
static double kernel_cost(const task *t, const category *work)
{
  double eq = 0;
  for (int i = 0; i < category_equation_count(work); i++) {
    int nl = 0, nr = 0;
    category_equation(work, i, NULL, NULL, &nl, NULL, &nr, NULL);
    eq += nl + nr;
  }
  return (double)category_morphism_count(work) *
             (1.0 + category_generator_count(work) + eq) +
         (double)task_element_total(t);
}

yo_status decision_make(const task *t, const represent_options *o, decision *out,
                        diag_list *d)
{
  double t0 = decision_clock();
  out->result = NULL;
  out->cert = NULL;
  out->work = NULL;
  out->kernel_rejected = 0;
  out->pairs_checked = 0;
  yo_status st = represent_decide(t, o, &out->result, d), kst;
  if ((st == YO_YES || st == YO_NO) && out->result) {
    out->cert = represent_result_cert(out->result);
    out->work = represent_result_work(out->result);
    if (!out->cert || !out->work) {
      diag_add(d, DIAG_ERROR, NULL, 0, "the solver returned no certificate");
      st = YO_INTERNAL;
      out->kernel_rejected = 1;
    } else if ((st == YO_YES) != (out->cert->verdict == CERT_REPRESENTABLE)) {
      diag_add(d, DIAG_ERROR, NULL, 0,
               "the solver's answer and its certificate's verdict disagree");
      st = YO_INTERNAL;
      out->kernel_rejected = 1;
    } else if ((kst = check_representability(t, out->work, out->cert, d)) != YO_OK) {
      /* YO_LIMIT: too large for the kernel — nothing was decided (exit 3). */
      st = kst == YO_LIMIT ? YO_LIMIT : YO_INTERNAL;
      out->kernel_rejected = st == YO_INTERNAL;
    } else if (o->all) {
      int n = represent_result_universal_count(out->result);
      out->pairs_checked = (double)n * kernel_cost(t, out->work) <= DECISION_ALL_BUDGET;
      for (int i = 0; i < n && st != YO_INTERNAL && out->pairs_checked; i++) {
        int P, u;
        represent_result_universal(out->result, i, &P, &u);
        if (check_pair(t, out->work, P, u, d) != YO_OK) {
          st = YO_INTERNAL;
          out->kernel_rejected = 1;
        }
      }
    }
  } else if (st == YO_YES || st == YO_NO) {
    diag_add(d, DIAG_ERROR, NULL, 0, "the solver returned no result");
    st = YO_INTERNAL;
  }
  out->status = st;
  out->seconds = decision_clock() - t0;
  return st;
}

void decision_free(decision *x)
{
  represent_result_free(x->result);
  x->result = NULL;
  x->cert = NULL;
  x->work = NULL;
}

int decision_answer(const decision *x, const task *t, char *buf, size_t cap)
{
  if (x->status == YO_YES && x->cert) {
    int P = x->cert->object;
    return snprintf(buf, cap, "representable by object %s, universal element %s",
                    category_object_name(x->work, P),
                    task_element_name(t, P, x->cert->element));
  }
  if (x->status == YO_NO) return snprintf(buf, cap, "not representable");
  return snprintf(buf, cap, "%s", yo_status_name(x->status));
}

char *decision_answer_text(const decision *x, const task *t)
{
  int n = decision_answer(x, t, NULL, 0);
  char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (s) decision_answer(x, t, s, (size_t)n + 1);
  return s;
}

int decision_engine_from_name(const char *name, represent_engine *out)
{
  if (strcmp(name, "direct") == 0) *out = ENGINE_DIRECT;
  else if (strcmp(name, "z3") == 0) *out = ENGINE_Z3;
  else if (strcmp(name, "naive") == 0) *out = ENGINE_NAIVE;
  else return -1;
  return 0;
}
