/* search.c — see search.h. */
#include "solver/search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "encodings/search.h"
#include "solver/answer.h"
#include "solver/z3session.h"
#include "specs/clock.h"
#include "specs/spec.h"
#include "specs/text.h"

struct search_result {
  int found, minimal;
  int classes;
  double seconds;
  int last_n, last_m;
  property_model m;
  int *source, *target, *identity, *compose, *size, *action;
};

void search_options_init(search_options *o)
{
  memset(o, 0, sizeof *o);
  o->shard_k = 1;
  o->shard_n = 1;
}

/* The tables of a found model (decode fills them). */
static void free_tables(search_result *r)
{
  free(r->source);
  free(r->target);
  free(r->identity);
  free(r->compose);
  free(r->size);
  free(r->action);
}

void search_result_free(search_result *r)
{
  if (!r) return;
  free_tables(r);
  free(r);
}

const property_model *search_result_model(const search_result *r)
{
  return r && r->found ? &r->m : NULL;
}
int search_result_minimal(const search_result *r) { return r->minimal; }
int search_result_classes(const search_result *r) { return r->classes; }
double search_result_seconds(const search_result *r) { return r->seconds; }
void search_result_last_class(const search_result *r, int *objects, int *morphisms)
{
  *objects = r->last_n;
  *morphisms = r->last_m;
}

/* Decode the session's model into r's tables. */
static int decode(search_result *r, const enc_search *e, z3session *z, int n, int m,
                  task_variance v)
{
  int stride = enc_search_stride(e);
  free_tables(r);
  r->source = malloc((size_t)m * sizeof(int));
  r->target = malloc((size_t)m * sizeof(int));
  r->identity = malloc((size_t)n * sizeof(int));
  r->compose = malloc((size_t)m * (size_t)m * sizeof(int));
  r->size = malloc((size_t)n * sizeof(int));
  r->action = malloc((size_t)m * (size_t)stride * sizeof(int));
  if (!r->source || !r->target || !r->identity || !r->compose || !r->size || !r->action)
    return -1;
  for (int x = 0; x < n; x++) r->identity[x] = x;
  if (enc_search_decode(e, z3session_model(z), r->source, r->target, r->compose, r->size,
                        r->action) < 0)
    return -2;
  r->m = (property_model){n, m, r->source, r->target, r->identity, r->compose, v,
                          r->size, r->action, stride};
  r->found = 1;
  return 0;
}

search_result *search_result_from_model(const property_model *m)
{
  search_result *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  size_t n = (size_t)m->objects, M = (size_t)m->morphisms, S = (size_t)m->stride;
  r->source = malloc(M * sizeof(int));
  r->target = malloc(M * sizeof(int));
  r->identity = malloc(n * sizeof(int));
  r->compose = malloc(M * M * sizeof(int));
  r->size = malloc(n * sizeof(int));
  r->action = malloc(M * S * sizeof(int));
  if (!r->source || !r->target || !r->identity || !r->compose || !r->size || !r->action) {
    search_result_free(r);
    return NULL;
  }
  memcpy(r->source, m->source, M * sizeof(int));
  memcpy(r->target, m->target, M * sizeof(int));
  memcpy(r->identity, m->identity, n * sizeof(int));
  memcpy(r->compose, m->compose, M * M * sizeof(int));
  memcpy(r->size, m->size, n * sizeof(int));
  memcpy(r->action, m->action, M * S * sizeof(int));
  r->m = (property_model){m->objects, m->morphisms, r->source, r->target, r->identity,
                          r->compose, m->variance, r->size, r->action, m->stride};
  r->found = 1;
  r->minimal = 1;
  r->classes = 1;
  r->last_n = m->objects;
  r->last_m = m->morphisms;
  return r;
}

/* Check one class.  YO_YES (r filled), YO_NO, YO_LIMIT, YO_INTERNAL. */
static yo_status check_class(const search *s, int n, int m, double deadline, search_result *r,
                             diag_list *d)
{
  double left = deadline > 0 ? deadline - clock_seconds() : 0;
  if (deadline > 0 && left <= 0) {
    diag_add(d, DIAG_ERROR, NULL, 0, "search: out of time before %d objects, %d morphisms", n,
             m);
    return YO_LIMIT;
  }
  z3session *z = z3session_new(left, d);
  if (!z) return YO_INTERNAL;
  enc_search *e = enc_search_new(z3session_context(z), s, n, m, d);
  if (!e) {
    z3session_free(z);
    return YO_INTERNAL;
  }
  yo_status st = z3session_assert_all(z, enc_search_assertions(e), d);
  if (st == YO_OK) st = z3session_check(z, d);
  if (st == YO_YES) {
    int dr = decode(r, e, z, n, m, search_variance(s));
    if (dr < 0) {
      diag_add(d, DIAG_ERROR, NULL, 0,
               dr == -1 ? "out of memory" : "z3: the model does not determine the counterexample");
      st = YO_INTERNAL;
    }
  }
  if (st == YO_YES) {
    /* fewer elements in the same class, while Z3 finds one */
    Z3_context ctx = z3session_context(z);
    Z3_solver sol = z3session_solver(z);
    r->minimal = 1;
    for (;;) {
      int total = 0;
      for (int x = 0; x < n; x++) total += r->size[x];
      if (total == 0) break;
      Z3_solver_push(ctx, sol);
      Z3_solver_assert(ctx, sol, enc_search_total_at_most(e, total - 1));
      diag_list *scratch = diag_list_new(4);
      yo_status st2 = z3session_status(z, "asserting a bound", scratch) == YO_OK
                          ? z3session_check(z, scratch)
                          : YO_INTERNAL;
      diag_list_free(scratch);
      if (st2 == YO_YES) {
        property_model keep = r->m;
        if (decode(r, e, z, n, m, search_variance(s)) < 0) {
          r->m = keep;   /* cannot happen after a decode succeeded; keep it safe */
          r->minimal = 0;
          Z3_solver_pop(ctx, sol, 1);
          break;
        }
        Z3_solver_pop(ctx, sol, 1);
        continue;
      }
      if (st2 != YO_NO) r->minimal = 0;
      Z3_solver_pop(ctx, sol, 1);
      break;
    }
  }
  enc_search_free(e);
  z3session_free(z);
  return st;
}

yo_status search_run(const search *s, const search_options *o, search_result **out,
                     diag_list *d)
{
  search_options defaults;
  if (!o) {
    search_options_init(&defaults);
    o = &defaults;
  }
  *out = NULL;
  search_result *r = calloc(1, sizeof *r);
  if (!r) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  double start = clock_seconds();
  double deadline = o->timeout > 0 ? start + o->timeout : 0;
  int K = o->shard_k > 0 ? o->shard_k : 1, N = o->shard_n > 0 ? o->shard_n : 1;
  int maxm = search_max_morphisms(s), maxn = search_max_objects(s);
  int index = 0;
  yo_status st = YO_NO;
  for (int m = 1; m <= maxm && st == YO_NO; m++)
    for (int n = 1; n <= m && n <= maxn && st == YO_NO; n++, index++) {
      if (index % N != K - 1) continue;
      if (o->progress) o->progress(o->progress_user, n, m, clock_seconds() - start);
      r->last_n = n;
      r->last_m = m;
      r->classes++;
      st = check_class(s, n, m, deadline, r, d);
    }
  r->seconds = clock_seconds() - start;
  if (st != YO_YES) r->found = 0;
  *out = r;
  return st;
}

/* ---- the counterexample as a spec ----------------------------------------------- */

int search_identity_of(const property_model *m, int f)
{
  for (int x = 0; x < m->objects; x++)
    if (m->identity[x] == f) return x;
  return -1;
}

/* Names: object x -> "x<k>", non-identity morphism -> "f<k>" (1-based in
 * morphism order), elements "e<k>". */
void search_morphism_name(const property_model *m, int f, char *buf, size_t cap)
{
  int x = search_identity_of(m, f);
  if (x >= 0) {
    snprintf(buf, cap, "x%d", x);
    return;
  }
  int k = 0;
  for (int g = 0; g <= f; g++)
    if (search_identity_of(m, g) < 0) k++;
  snprintf(buf, cap, "f%d", k);
}

char *search_counterexample_xml(const search *s, const property_model *m)
{
  text_buf b = {0};
  char fa[32], fb[32], fc[32];
  int elements = 0;
  for (int x = 0; x < m->objects; x++) elements += m->size[x];
  text_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  text_printf(&b,
            "<!-- A counterexample to search %s, found by `yoneda search`: %d object%s, "
            "%d morphism%s\n     (identities included), %d element%s.  The category is "
            "given by its composition table. -->\n",
            search_name(s), m->objects, m->objects == 1 ? "" : "s", m->morphisms,
            m->morphisms == 1 ? "" : "s", elements, elements == 1 ? "" : "s");
  text_printf(&b, "<yoneda version=\"1\">\n  <category name=\"CE\">\n");
  for (int x = 0; x < m->objects; x++) text_printf(&b, "    <object name=\"x%d\"/>\n", x);
  for (int f = 0; f < m->morphisms; f++) {
    if (search_identity_of(m, f) >= 0) continue;
    search_morphism_name(m, f, fa, sizeof fa);
    text_printf(&b, "    <morphism name=\"%s\" source=\"x%d\" target=\"x%d\"/>\n", fa,
              m->source[f], m->target[f]);
  }
  int M = m->morphisms;
  for (int f = 0; f < M; f++)
    for (int g = 0; g < M; g++) {
      if (search_identity_of(m, f) >= 0 || search_identity_of(m, g) >= 0) continue;
      int h = m->compose[f * M + g];
      if (h < 0) continue;
      search_morphism_name(m, f, fa, sizeof fa);
      search_morphism_name(m, g, fb, sizeof fb);
      search_morphism_name(m, h, fc, sizeof fc);
      text_printf(&b, "    <equation lhs=\"%s %s\" rhs=\"%s\"/>\n", fa, fb, fc);
    }
  text_printf(&b, "  </category>\n");
  text_printf(&b, "  <task name=\"T\" category=\"CE\" variance=\"%s\">\n",
            m->variance == TASK_CONTRAVARIANT ? "contravariant" : "covariant");
  for (int x = 0; x < m->objects; x++) {
    text_printf(&b, "    <set object=\"x%d\" elements=\"", x);
    for (int e = 0; e < m->size[x]; e++) text_printf(&b, "%se%d", e ? " " : "", e);
    text_printf(&b, "\"/>\n");
  }
  for (int f = 0; f < M; f++) {
    if (search_identity_of(m, f) >= 0) continue;
    int dom = m->variance == TASK_COVARIANT ? m->source[f] : m->target[f];
    search_morphism_name(m, f, fa, sizeof fa);
    text_printf(&b, "    <map morphism=\"%s\" to=\"", fa);
    for (int e = 0; e < m->size[dom]; e++)
      text_printf(&b, "%se%d", e ? " " : "", m->action[f * m->stride + e]);
    text_printf(&b, "\"/>\n");
  }
  text_printf(&b, "  </task>\n");
  char *sx = search_to_xml(s, "  ");
  if (!sx) b.oom = 1;
  else text_printf(&b, "%s", sx);
  free(sx);
  text_printf(&b,
            "  <!-- T refutes the conjecture: a claim search=\"%s\" "
            "expect=\"no-counterexample\" fails. -->\n"
            "  <claim name=\"%s-counterexample\" search=\"%s\" task=\"T\" "
            "expect=\"counterexample\"/>\n",
            search_name(s), search_name(s), search_name(s));
  if (search_prop_uses(search_hypothesis(s), PROP_REPRESENTABLE) ||
      search_prop_uses(search_conclusion(s), PROP_REPRESENTABLE)) {
    /* the representability part, re-checked by `claims` through the kernel */
    search_prop *rp = search_prop_new(PROP_REPRESENTABLE, 0, 0);
    if (!rp) {
      b.oom = 1;
    } else {
      int rep = property_eval(rp, m);
      search_prop_free(rp);
      text_printf(&b, "  <claim name=\"T-%srepresentable\" task=\"T\" expect=\"%srepresentable\"/>\n",
                rep ? "" : "not-", rep ? "" : "not-");
    }
  }
  text_printf(&b, "</yoneda>\n");
  if (b.oom) {
    free(b.s);
    return NULL;
  }
  return b.s;
}

/* The model's spec is loaded and tabled with at most this many morphisms
 * (the tables stop at PROPERTY_MAX_MORPHISMS anyway). */
#define CONFIRM_MAX_MORPHISMS 100000

yo_status search_confirm(const search *s, const property_model *m, const char *xml,
                         const char *name, diag_list *d)
{
  spec_options so;
  spec_options_init(&so);
  so.strict = 1;
  so.max_morphisms = CONFIRM_MAX_MORPHISMS;
  spec *sp = NULL;
  diag_list *ld = diag_list_new(8);
  if (!ld) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  yo_status st = spec_load_buffer(xml, strlen(xml), name, &so, &sp, ld);
  if (st != YO_OK) {
    char line[600];
    if (diag_count(ld) > 0) diag_format(ld, 0, line, sizeof line);
    else snprintf(line, sizeof line, "%s", yo_status_name(st));
    diag_add(d, DIAG_ERROR, NULL, 0,
             "internal error: the counterexample found by Z3 does not load: %s", line);
    diag_list_free(ld);
    return YO_INTERNAL;
  }
  diag_list_free(ld);
  const task *t = spec_find_task(sp, "T");
  const category *c = spec_find_category(sp, "CE");
  if (!t || !c || category_object_count(c) != m->objects ||
      category_morphism_count(c) != m->morphisms) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "internal error: the counterexample found by Z3 is not a category with %d objects "
             "and %d morphisms (the composition table presents %d morphisms)",
             m->objects, m->morphisms, c ? category_morphism_count(c) : -1);
    spec_free(sp);
    return YO_INTERNAL;
  }
  int too_big = 0;
  property_tables *pt = property_tables_from_task(t, CONFIRM_MAX_MORPHISMS, &too_big);
  if (!pt) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    spec_free(sp);
    return YO_INTERNAL;
  }
  const char *why = NULL;
  int ok = property_counterexample(s, property_tables_model(pt), &why);
  if (!ok)
    diag_add(d, DIAG_ERROR, NULL, 0,
             "internal error: the model found by Z3 is not a counterexample: %s", why);
  /* The kernel re-checks the loaded category and task (and decides
   * representability with a certificate): it must agree with the
   * evaluator. */
  if (ok) {
    answer *a = NULL;
    diag_list *kd = diag_list_new(4);
    yo_status ks = kd ? answer_decide_representable(t, NULL, NULL, &a, kd) : YO_INTERNAL;
    search_prop *rp = search_prop_new(PROP_REPRESENTABLE, 0, 0);
    int ev = rp ? property_eval(rp, property_tables_model(pt)) : -1;
    search_prop_free(rp);
    if ((ks == YO_YES || ks == YO_NO) && ev == (ks == YO_YES)) {
      /* agreed */
    } else if (ks == YO_YES || ks == YO_NO) {
      ok = 0;
      diag_add(d, DIAG_ERROR, NULL, 0,
               "internal error: the kernel-checked answer on the counterexample (%s) "
               "disagrees with the property evaluator",
               ks == YO_YES ? "representable" : "not representable");
    } else {
      ok = 0;
      char msg[400] = "";
      if (kd && diag_count(kd) > 0) diag_format(kd, 0, msg, sizeof msg);
      diag_add(d, DIAG_ERROR, NULL, 0,
               "internal error: the kernel did not check the counterexample: %s", msg);
    }
    answer_free(a);
    diag_list_free(kd);
  }
  property_tables_free(pt);
  spec_free(sp);
  return ok ? YO_OK : YO_INTERNAL;
}
