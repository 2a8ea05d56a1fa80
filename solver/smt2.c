/* smt2.c — see smt2.h. */
#include "solver/smt2.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "encodings/naive.h"
#include "encodings/yoneda.h"
#include "solver/z3session.h"

static yo_status write_text(const char *path, const char *head, const char *body,
                            const char *logic, int add_logic, int add_check, diag_list *d)
{
  size_t n = strlen(path);
  char *tmp = malloc(n + 16);
  if (!tmp) {
    diag_add(d, DIAG_ERROR, path, 0, "out of memory");
    return YO_INTERNAL;
  }
  snprintf(tmp, n + 16, "%s.tmpXXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd >= 0) {   /* mkstemp creates 0600; use the usual 0666 & ~umask */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
  }
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (!f) {
    diag_add(d, DIAG_ERROR, path, 0, "cannot write: %s", strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(tmp);
    }
    free(tmp);
    return YO_INTERNAL;
  }
  fputs(head, f);
  if (add_logic) fprintf(f, "(set-logic %s)\n", logic);
  fputs(body, f);
  if (add_check) fputs("(check-sat)\n", f);
  int err = ferror(f);
  if (fclose(f) != 0 || err || rename(tmp, path) != 0) {
    diag_add(d, DIAG_ERROR, path, 0, "cannot write: %s", strerror(errno));
    unlink(tmp);
    free(tmp);
    return YO_INTERNAL;
  }
  free(tmp);
  return YO_OK;
}

yo_status smt2_write_representability(const task *t, const represent_options *o,
                                      const char *path, diag_list *d)
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
  st = write_text(path, head, text, "QF_UFLIA", strstr(text, "(set-logic") == NULL,
                  strstr(text, "(check-sat)") == NULL, d);
done:
  if (enc) ops->release(enc);
  z3session_free(s);
  category_free(opp);
  return st;
}
