/* smt2.c — see smt2.h. */
#include "solver/smt2.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encodings/naive.h"
#include "encodings/yoneda.h"
#include "solver/z3session.h"
#include "specs/text.h"

static yo_status write_text(FILE *f, const char *head, const char *body, const char *logic,
                            int add_logic, int add_check, diag_list *d)
{
  fputs(head, f);
  if (add_logic) fprintf(f, "(set-logic %s)\n", logic);
  fputs(body, f);
  if (add_check) fputs("(check-sat)\n", f);
  if (ferror(f)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "cannot write the SMT-LIB problem: %s", strerror(errno));
    return YO_INTERNAL;
  }
  return YO_OK;
}

/* Entries listed per kind in the legend before "... (N more)". */
#define LEGEND_MAX 64

/* Whether the problem text declares the symbol `prefix``i`. */
static int declared(const char *text, const char *prefix, long i)
{
  char want[64];
  snprintf(want, sizeof want, "(declare-fun %s%ld ", prefix, i);
  return strstr(text, want) != NULL;
}

/* The Yoneda encoding's symbols that the problem text declares, in the
 * spec's names, as SMT-LIB comments (docs/represent.md, "Reading a
 * model"). */
static void legend(text_buf *b, const task *t, const category *work, const char *text)
{
  int nobj = category_object_count(work), ngen = category_generator_count(work);
  text_printf(b, "; symbols (Yoneda encoding): a model says u0 = e_i and p_P = true;\n"
                 "; the universal pair is (object of p_P, element of e_i):\n"
                 ";   u0     the universal element\n");
  int k = 0, more = 0;
  for (int P = 0; P < nobj; P++) {
    if (!declared(text, "p_", P)) continue;
    if (k++ < LEGEND_MAX)
      text_printf(b, ";   p_%d    object %s is the representing object\n", P,
                  category_object_name(work, P));
    else
      more++;
  }
  if (more) text_printf(b, ";   ... (%d more candidate objects)\n", more);
  long i = 0, shown = 0, total = 0;
  for (int y = 0; y < nobj; y++)
    for (int x = 0; x < task_set_size(t, y); x++, i++) {
      if (!declared(text, "e_", i)) continue;
      total++;
      if (shown == LEGEND_MAX) continue;
      text_printf(b, ";   e_%ld    element %s of T(%s)\n", i, task_element_name(t, y, x),
                  category_object_name(work, y));
      shown++;
    }
  if (total > shown) text_printf(b, ";   ... (%ld more elements)\n", total - shown);
  k = more = 0;
  for (int g = 0; g < ngen; g++) {
    if (!declared(text, "t_", g)) continue;
    if (k++ < LEGEND_MAX)
      text_printf(b, ";   t_%d    T(%s), the action of generator %s\n", g,
                  category_generator_name(work, g), category_generator_name(work, g));
    else
      more++;
  }
  if (more) text_printf(b, ";   ... (%d more generators)\n", more);
  text_printf(b, ";   v_f    the element T(f)(u) for morphism number f out of P;\n"
                 ";   sel_P, b_j, inv_P  internal (u's index in T(P), injectivity)\n");
}

yo_status smt2_write_representability(const task *t, const represent_options *o,
                                      FILE *f, diag_list *d)
{
  represent_options def;
  if (!o) {
    represent_options_init(&def);
    o = &def;
  }
  const category *work = NULL;
  category *opp = NULL;
  yo_status wst = task_work_category(t, o->max_morphisms, &work, &opp, d);
  if (wst != YO_OK) return wst;
  int naive = o->engine == ENGINE_NAIVE;
  if (naive && enc_naive_size(t, work) > ENC_NAIVE_MAX_SIZE) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "naive encoding: instance too big (more than %ld constraints)",
             ENC_NAIVE_MAX_SIZE);
    category_free(opp);
    return YO_LIMIT;
  }
  yo_status st = YO_INTERNAL;
  z3session *s = z3session_new(0, d);
  const enc_ops *ops = naive ? &enc_naive_ops : &enc_yoneda_ops;
  void *enc = NULL;
  if (!s) goto done;
  Z3_context ctx = z3session_context(s);
  enc = ops->build(ctx, t, work, d);
  if (!enc) goto done;
  Z3_ast_vector v = ops->assertions(enc);
  unsigned n = Z3_ast_vector_size(ctx, v);
  Z3_ast *xs = malloc(((size_t)n + 1) * sizeof *xs);
  if (!xs) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    goto done;
  }
  for (unsigned i = 0; i < n; i++) xs[i] = Z3_ast_vector_get(ctx, v, i);
  Z3_ast all = z3session_pin(s, n == 1 ? xs[0] : Z3_mk_and(ctx, n, xs));
  free(xs);
  const char *text = Z3_benchmark_to_smtlib_string(ctx, task_name(t), "QF_UFLIA", "unknown",
                                                   "", 0, NULL, all);
  if (z3session_status(s, "printing SMT-LIB", d) != YO_OK || !text) goto done;
  char head[512];
  snprintf(head, sizeof head,
           "; yoneda: representability of task '%s' (%s) over category '%s'\n"
           "; %s encoding: sat iff the task is representable\n",
           task_name(t),
           task_variance_of(t) == TASK_CONTRAVARIANT ? "contravariant" : "covariant",
           category_name(task_category(t)), ops->name);
  text_buf lb = {0};
  if (!naive) legend(&lb, t, work, text);
  if (lb.oom) {
    free(lb.s);
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    goto done;
  }
  fputs(head, f);
  if (lb.s) fputs(lb.s, f);
  free(lb.s);
  st = write_text(f, "", text, "QF_UFLIA", strstr(text, "(set-logic") == NULL,
                  strstr(text, "(check-sat)") == NULL, d);
done:
  if (enc) ops->release(enc);
  z3session_free(s);
  category_free(opp);
  return st;
}
