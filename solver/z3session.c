/* z3session.c — see z3session.h. */
#include "solver/z3session.h"

#include "specs/progress_hook.h"

#include <stdlib.h>
#include <string.h>

struct z3session {
  Z3_context ctx;
  Z3_solver solver;
  Z3_ast_vector pins;
  Z3_model model;
};

z3session *z3session_new(double timeout, diag_list *d)
{
  z3session *s = calloc(1, sizeof *s);
  if (!s) {
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: out of memory");
    return NULL;
  }
  Z3_config cfg = Z3_mk_config();
  if (!cfg) {
    free(s);
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: cannot create a configuration");
    return NULL;
  }
  Z3_set_param_value(cfg, "model", "true");
  s->ctx = Z3_mk_context_rc(cfg);
  Z3_del_config(cfg);
  if (!s->ctx) {
    free(s);
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: cannot create a context");
    return NULL;
  }
  /* No handler: errors only set the code, which we check. */
  Z3_set_error_handler(s->ctx, NULL);
  s->pins = Z3_mk_ast_vector(s->ctx);
  Z3_ast_vector_inc_ref(s->ctx, s->pins);
  s->solver = Z3_mk_simple_solver(s->ctx);
  Z3_solver_inc_ref(s->ctx, s->solver);
  if (timeout > 0) {
    Z3_params p = Z3_mk_params(s->ctx);
    Z3_params_inc_ref(s->ctx, p);
    double ms = timeout * 1000.0;
    if (ms > 4e9) ms = 4e9;
    if (ms < 1) ms = 1;
    Z3_params_set_uint(s->ctx, p, Z3_mk_string_symbol(s->ctx, "timeout"),
                       (unsigned)ms);
    Z3_solver_set_params(s->ctx, s->solver, p);
    Z3_params_dec_ref(s->ctx, p);
  }
  if (z3session_status(s, "creating the solver", d) != YO_OK) {
    z3session_free(s);
    return NULL;
  }
  return s;
}

void z3session_free(z3session *s)
{
  if (!s) return;
  if (s->model) Z3_model_dec_ref(s->ctx, s->model);
  if (s->solver) Z3_solver_dec_ref(s->ctx, s->solver);
  if (s->pins) Z3_ast_vector_dec_ref(s->ctx, s->pins);
  Z3_del_context(s->ctx);
  free(s);
}

Z3_context z3session_context(const z3session *s) { return s->ctx; }
Z3_solver z3session_solver(const z3session *s) { return s->solver; }
Z3_model z3session_model(const z3session *s) { return s->model; }

Z3_ast z3session_pin(z3session *s, Z3_ast a)
{
  if (a) Z3_ast_vector_push(s->ctx, s->pins, a);
  return a;
}

yo_status z3session_status(z3session *s, const char *what, diag_list *d)
{
  Z3_error_code e = Z3_get_error_code(s->ctx);
  if (e == Z3_OK) return YO_OK;
  diag_add(d, DIAG_ERROR, NULL, 0, "z3: %s: %s", what,
           Z3_get_error_msg(s->ctx, e));
  Z3_set_error(s->ctx, Z3_OK);
  return YO_INTERNAL;
}

yo_status z3session_assert_all(z3session *s, Z3_ast_vector v, diag_list *d)
{
  unsigned n = Z3_ast_vector_size(s->ctx, v);
  for (unsigned i = 0; i < n; i++)
    Z3_solver_assert(s->ctx, s->solver, Z3_ast_vector_get(s->ctx, v, i));
  return z3session_status(s, "asserting the encoding", d);
}

yo_status z3session_check(z3session *s, diag_list *d)
{
  if (s->model) {
    Z3_model_dec_ref(s->ctx, s->model);
    s->model = NULL;
  }
  progress_hook_smt();
  Z3_lbool r = Z3_solver_check(s->ctx, s->solver);
  if (Z3_get_error_code(s->ctx) != Z3_OK)
    return z3session_status(s, "check", d);
  if (r == Z3_L_TRUE) {
    s->model = Z3_solver_get_model(s->ctx, s->solver);
    if (!s->model) {
      if (z3session_status(s, "getting the model", d) == YO_OK)
        diag_add(d, DIAG_ERROR, NULL, 0, "z3: sat without a model");
      return YO_INTERNAL;
    }
    Z3_model_inc_ref(s->ctx, s->model);
    return YO_YES;
  }
  if (r == Z3_L_FALSE) return YO_NO;
  const char *why = Z3_solver_get_reason_unknown(s->ctx, s->solver);
  if (Z3_get_error_code(s->ctx) != Z3_OK) {
    Z3_set_error(s->ctx, Z3_OK);
    why = "no reason given";
  }
  if (why && (strstr(why, "timeout") || strstr(why, "canceled")))
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: unknown (timeout)");
  else
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: unknown (%s)", why ? why : "?");
  return YO_LIMIT;
}

int z3session_eval_bool(z3session *s, Z3_ast a, int *value)
{
  Z3_ast r = NULL;
  if (!s->model || !Z3_model_eval(s->ctx, s->model, a, true, &r) || !r) {
    Z3_set_error(s->ctx, Z3_OK);
    return -1;
  }
  Z3_lbool b = Z3_get_bool_value(s->ctx, r);
  if (b == Z3_L_UNDEF) return -1;
  *value = b == Z3_L_TRUE;
  return 0;
}

int z3session_eval_int(z3session *s, Z3_ast a, long *value)
{
  Z3_ast r = NULL;
  if (!s->model || !Z3_model_eval(s->ctx, s->model, a, true, &r) || !r) {
    Z3_set_error(s->ctx, Z3_OK);
    return -1;
  }
  Z3_inc_ref(s->ctx, r);
  int64_t v = 0;
  int ok = Z3_get_numeral_int64(s->ctx, r, &v) ? 0 : -1;
  Z3_dec_ref(s->ctx, r);
  if (Z3_get_error_code(s->ctx) != Z3_OK) {
    Z3_set_error(s->ctx, Z3_OK);
    return -1;
  }
  if (ok == 0) *value = (long)v;
  return ok;
}
