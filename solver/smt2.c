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

/* What the symbols mean, as SMT-LIB comments (docs/represent.md, "Reading
 * a model"): the encodings name them after the spec (build, named), so the
 * legend explains the scheme instead of listing every symbol. */
static void legend(text_buf *b, const task *t, int naive)
{
  int contra = task_variance_of(t) == TASK_CONTRAVARIANT;
  const char *hom = contra ? "Hom(-,X)" : "Hom(X,-)";
  text_printf(b, "; symbols, named after the spec:\n"
                 ";   |P = X|        true when object X is the representing object P\n");
  if (naive) {
    text_printf(b,
                ";   |alpha %s|  the components of alpha: %s -> T, morphism number to\n"
                ";                  element index (numbers as in `yoneda represent --engine naive`)\n"
                ";   |T(g)|         the action of generator g on element indices\n",
                contra ? "Hom(-,X)" : "Hom(X,-)", hom);
    return;
  }
  text_printf(b,
              ";   u              the universal element\n"
              ";   |x in T(X)|    element x of the set T(X)\n"
              ";   |T(g)|         the action of generator g on elements\n"
              ";   |T(f)(u)|      the element T(f)(u) for each morphism f %s P (its normal\n"
              ";                  form in spec syntax, id_X for the identity of X)\n"
              ";   |sel T(X)|, b_j, |inv T(X)|  internal: u's index in T(X) in binary,\n"
              ";                  injectivity\n"
              "; the universal pair in a model: (the X whose |P = X| is true, the x whose\n"
              "; |x in T(X)| has the value of u); T = %s with that u\n",
              contra ? "into" : "out of", contra ? "Hom(-,P)" : "Hom(P,-)");
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
  enc = ops->build(ctx, t, work, 1, d);
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
  legend(&lb, t, naive);
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
