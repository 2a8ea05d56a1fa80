/* yoneda.c — see yoneda.h. */
#include "encodings/yoneda.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- cardinality filter ---------------------------------------------------- */

struct enc_cardinality {
  const task *t;
  const category *w;
  long total;       /* sum of all |T(Y)| */
  int *cnt;         /* per object, zero between calls */
  int *nonempty;    /* objects with T(Y) non-empty, ascending */
  int nnonempty;
};

enc_cardinality *enc_cardinality_new(const task *t, const category *work)
{
  enc_cardinality *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  int n = category_object_count(work);
  c->t = t;
  c->w = work;
  c->cnt = calloc((size_t)n + 1, sizeof *c->cnt);
  c->nonempty = malloc(((size_t)n + 1) * sizeof *c->nonempty);
  if (!c->cnt || !c->nonempty) {
    enc_cardinality_free(c);
    return NULL;
  }
  for (int y = 0; y < n; y++) {
    int s = task_set_size(t, y);
    c->total += s;
    if (s > 0) c->nonempty[c->nnonempty++] = y;
  }
  return c;
}

void enc_cardinality_free(enc_cardinality *c)
{
  if (!c) return;
  free(c->cnt);
  free(c->nonempty);
  free(c);
}

int enc_cardinality_check(enc_cardinality *c, int P, int *witness)
{
  const category *w = c->w;
  int start = category_block_start(w, P), bs = category_block_size(w, P);
  int ok = 1, wit = -1;
  for (int k = 0; k < bs; k++) c->cnt[category_target(w, start + k)]++;
  for (int k = 0; k < bs && ok; k++) {
    int y = category_target(w, start + k);
    if (c->cnt[y] != task_set_size(c->t, y)) {
      ok = 0;
      wit = y;
    }
  }
  if (ok && c->total != (long)bs) {
    /* Every Y reached matches, so some unreached Y has a non-empty T(Y);
     * at most bs+1 steps since each reached one is passed once. */
    ok = 0;
    for (int i = 0; i < c->nnonempty; i++)
      if (c->cnt[c->nonempty[i]] == 0) {
        wit = c->nonempty[i];
        break;
      }
  }
  for (int k = 0; k < bs; k++) c->cnt[category_target(w, start + k)] = 0;
  if (!ok && witness) *witness = wit;
  return ok;
}

/* ---- the encoding ---------------------------------------------------------- */

struct enc_yoneda {
  Z3_context ctx;
  Z3_ast_vector keep;     /* pins every AST we hold */
  Z3_ast_vector asserts;
  Z3_sort isort;
  int ncand;
  int *cand;
  Z3_ast *sel;
  Z3_ast u;
};

static Z3_ast keep(enc_yoneda *e, Z3_ast a)
{
  if (a) Z3_ast_vector_push(e->ctx, e->keep, a);
  return a;
}

static Z3_func_decl keep_fun(enc_yoneda *e, Z3_func_decl f)
{
  if (f) Z3_ast_vector_push(e->ctx, e->keep, Z3_func_decl_to_ast(e->ctx, f));
  return f;
}

static void add(enc_yoneda *e, Z3_ast a)
{
  if (a) Z3_ast_vector_push(e->ctx, e->asserts, a);
}

static Z3_ast num(enc_yoneda *e, int v)
{
  return keep(e, Z3_mk_int(e->ctx, v, e->isort));
}

static Z3_ast named_const(enc_yoneda *e, const char *prefix, int i, Z3_sort s)
{
  char name[48];
  snprintf(name, sizeof name, "%s%d", prefix, i);
  return keep(e, Z3_mk_const(e->ctx, Z3_mk_string_symbol(e->ctx, name), s));
}

/* t_g: Int → Int fixed on T(domain g) by g's table (declared on first use). */
static Z3_func_decl gen_fun(enc_yoneda *e, const task *t, Z3_func_decl *tf, int g)
{
  if (tf[g]) return tf[g];
  char name[48];
  snprintf(name, sizeof name, "t_%d", g);
  Z3_sort dom[1] = {e->isort};
  tf[g] = keep_fun(e, Z3_mk_func_decl(e->ctx, Z3_mk_string_symbol(e->ctx, name),
                                      1, dom, e->isort));
  int n = task_set_size(t, task_domain(t, g));
  for (int x = 0; x < n; x++) {
    Z3_ast arg[1] = {num(e, x)};
    Z3_ast app = keep(e, Z3_mk_app(e->ctx, tf[g], 1, arg));
    add(e, keep(e, Z3_mk_eq(e->ctx, app, num(e, task_apply(t, g, x)))));
  }
  return tf[g];
}

enc_yoneda *enc_yoneda_new(Z3_context ctx, const task *t, const category *work,
                           diag_list *d)
{
  enc_yoneda *e = calloc(1, sizeof *e);
  int nobj = category_object_count(work);
  int ngen = category_generator_count(work);
  enc_cardinality *card = enc_cardinality_new(t, work);
  Z3_func_decl *tf = calloc((size_t)ngen + 1, sizeof *tf);
  Z3_ast *v = NULL;
  if (!e || !card || !tf) goto oom;
  e->ctx = ctx;
  e->keep = Z3_mk_ast_vector(ctx);
  Z3_ast_vector_inc_ref(ctx, e->keep);
  e->asserts = Z3_mk_ast_vector(ctx);
  Z3_ast_vector_inc_ref(ctx, e->asserts);
  e->isort = Z3_mk_int_sort(ctx);
  keep(e, Z3_sort_to_ast(ctx, e->isort));
  e->cand = malloc(((size_t)nobj + 1) * sizeof *e->cand);
  e->sel = malloc(((size_t)nobj + 1) * sizeof *e->sel);
  if (!e->cand || !e->sel) goto oom;
  for (int P = 0; P < nobj; P++)
    if (task_set_size(t, P) > 0 && enc_cardinality_check(card, P, NULL))
      e->cand[e->ncand++] = P;
  e->u = named_const(e, "u", 0, Z3_mk_int_sort(ctx));
  int maxbs = 1;
  for (int i = 0; i < e->ncand; i++)
    if (category_block_size(work, e->cand[i]) > maxbs)
      maxbs = category_block_size(work, e->cand[i]);
  v = malloc((size_t)maxbs * sizeof *v);
  if (!v) goto oom;
  for (int i = 0; i < e->ncand; i++) {
    int P = e->cand[i];
    Z3_ast p = e->sel[i] = named_const(e, "p_", P, Z3_mk_bool_sort(ctx));
    int n = task_set_size(t, P);
    Z3_ast *dis = malloc((size_t)n * sizeof *dis);
    if (!dis) goto oom;
    for (int x = 0; x < n; x++) dis[x] = keep(e, Z3_mk_eq(ctx, e->u, num(e, x)));
    Z3_ast dom = keep(e, Z3_mk_or(ctx, (unsigned)n, dis));
    free(dis);
    add(e, keep(e, Z3_mk_implies(ctx, p, dom)));
    char name[48];
    snprintf(name, sizeof name, "inv_%d", P);
    Z3_sort isig[2] = {e->isort, e->isort};
    Z3_func_decl inv = keep_fun(e, Z3_mk_func_decl(ctx, Z3_mk_string_symbol(ctx, name),
                                                   2, isig, e->isort));
    int start = category_block_start(work, P), bs = category_block_size(work, P);
    for (int k = 0; k < bs; k++) {
      int f = start + k;
      v[k] = named_const(e, "v_", f, e->isort);
      Z3_ast def;
      if (k == 0) {
        def = e->u;
      } else {
        int g = category_parent_generator(work, f);
        Z3_func_decl tg = gen_fun(e, t, tf, g);
        Z3_ast arg[1] = {v[category_parent(work, f) - start]};
        def = keep(e, Z3_mk_app(ctx, tg, 1, arg));
      }
      add(e, keep(e, Z3_mk_implies(ctx, p, keep(e, Z3_mk_eq(ctx, v[k], def)))));
      Z3_ast iarg[2] = {num(e, category_target(work, f)), v[k]};
      Z3_ast app = keep(e, Z3_mk_app(ctx, inv, 2, iarg));
      add(e, keep(e, Z3_mk_implies(ctx, p, keep(e, Z3_mk_eq(ctx, app, num(e, f))))));
    }
    if (Z3_get_error_code(ctx) != Z3_OK) break;
  }
  if (e->ncand > 0)
    add(e, keep(e, Z3_mk_or(ctx, (unsigned)e->ncand, e->sel)));
  else
    add(e, keep(e, Z3_mk_false(ctx)));
  free(v);
  free(tf);
  enc_cardinality_free(card);
  if (Z3_get_error_code(ctx) != Z3_OK) {
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: building the Yoneda encoding: %s",
             Z3_get_error_msg(ctx, Z3_get_error_code(ctx)));
    Z3_set_error(ctx, Z3_OK);
    enc_yoneda_free(e);
    return NULL;
  }
  return e;
oom:
  free(v);
  free(tf);
  enc_cardinality_free(card);
  enc_yoneda_free(e);
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory building the Yoneda encoding");
  return NULL;
}

void enc_yoneda_free(enc_yoneda *e)
{
  if (!e) return;
  if (e->asserts) Z3_ast_vector_dec_ref(e->ctx, e->asserts);
  if (e->keep) Z3_ast_vector_dec_ref(e->ctx, e->keep);
  free(e->cand);
  free(e->sel);
  free(e);
}

Z3_ast_vector enc_yoneda_assertions(const enc_yoneda *e) { return e->asserts; }
int enc_yoneda_candidate_count(const enc_yoneda *e) { return e->ncand; }
int enc_yoneda_candidate_object(const enc_yoneda *e, int i) { return e->cand[i]; }
Z3_ast enc_yoneda_selector(const enc_yoneda *e, int i) { return e->sel[i]; }

Z3_ast enc_yoneda_element(const enc_yoneda *e, int i)
{
  (void)i;
  return e->u;
}

Z3_ast enc_yoneda_block(enc_yoneda *e, int i, int u)
{
  Z3_ast both[2] = {e->sel[i], keep(e, Z3_mk_eq(e->ctx, e->u, num(e, u)))};
  return keep(e, Z3_mk_not(e->ctx, keep(e, Z3_mk_and(e->ctx, 2, both))));
}
