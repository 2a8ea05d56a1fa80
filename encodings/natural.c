/* natural.c — see natural.h. */
#include "encodings/natural.h"

#include <stdio.h>
#include <stdlib.h>

#include "encodings/pins.h"

struct enc_natural {
  enc_pins z;             /* context, pinned terms, assertions */
  int width;
  int *off;        /* per element i: offset of its first Boolean in b */
  int *dom;        /* per element i: |T(x)| */
  Z3_ast *b;
};

static Z3_ast keep(enc_natural *e, Z3_ast a)
{
  return enc_pin(&e->z, a);
}

void enc_natural_free(enc_natural *e)
{
  if (!e) return;
  enc_pins_release(&e->z);
  free(e->off);
  free(e->dom);
  free(e->b);
  free(e);
}

static int z3_failed(enc_natural *e, diag_list *d)
{
  Z3_error_code ec = Z3_get_error_code(e->z.ctx);
  if (ec == Z3_OK) return 0;
  diag_add(d, DIAG_ERROR, NULL, 0, "z3: building the naturality constraints: %s",
           Z3_get_error_msg(e->z.ctx, ec));
  return 1;
}

enc_natural *enc_natural_new(Z3_context ctx, const task *S, const task *T, diag_list *d)
{
  const category *c = task_category(S);
  int m = category_object_count(c), G = category_generator_count(c);
  enc_natural *e = calloc(1, sizeof *e);
  if (!e) goto oom;
  enc_pins_init(&e->z, ctx);
  int *xoff = malloc(((size_t)m + 1) * sizeof *xoff);
  if (!xoff) goto oom;
  long W = 0, B = 0;
  for (int x = 0; x < m; x++) {
    xoff[x] = (int)W;
    W += task_set_size(S, x);
    B += (long)task_set_size(S, x) * task_set_size(T, x);
  }
  xoff[m] = (int)W;
  e->width = (int)W;
  e->off = malloc(((size_t)W + 1) * sizeof *e->off);
  e->dom = malloc(((size_t)W + 1) * sizeof *e->dom);
  e->b = malloc(((size_t)B + 1) * sizeof *e->b);
  if (!e->off || !e->dom || !e->b) {
    free(xoff);
    goto oom;
  }
  long pos = 0;
  char name[64];
  for (int x = 0; x < m; x++)
    for (int k = 0; k < task_set_size(S, x); k++) {
      int i = xoff[x] + k, n = task_set_size(T, x);
      e->off[i] = (int)pos;
      e->dom[i] = n;
      for (int v = 0; v < n; v++) {
        snprintf(name, sizeof name, "a_%d_%d", i, v);
        e->b[pos++] = keep(e, Z3_mk_const(ctx, Z3_mk_string_symbol(ctx, name),
                                          Z3_mk_bool_sort(ctx)));
      }
      Z3_ast one = n > 0 ? Z3_mk_or(ctx, (unsigned)n, e->b + e->off[i]) : Z3_mk_false(ctx);
      Z3_ast_vector_push(ctx, e->z.asserts, one);
      if (n > 1)
        Z3_ast_vector_push(ctx, e->z.asserts,
                           Z3_mk_atmost(ctx, (unsigned)n, e->b + e->off[i], 1));
    }
  for (int g = 0; g < G && !z3_failed(e, d); g++) {
    int dx = task_domain(S, g), cx = task_codomain(S, g);
    for (int k = 0; k < task_set_size(S, dx); k++) {
      int i = xoff[dx] + k, j = xoff[cx] + task_apply(S, g, k);
      for (int v = 0; v < task_set_size(T, dx); v++) {
        int w = task_apply(T, g, v);
        Z3_ast imp = Z3_mk_implies(ctx, e->b[e->off[i] + v], e->b[e->off[j] + w]);
        Z3_ast_vector_push(ctx, e->z.asserts, imp);
      }
    }
  }
  free(xoff);
  if (z3_failed(e, d)) {
    enc_natural_free(e);
    return NULL;
  }
  return e;
oom:
  enc_natural_free(e);
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory while building the naturality constraints");
  return NULL;
}

Z3_ast_vector enc_natural_assertions(const enc_natural *e) { return e->z.asserts; }
int enc_natural_width(const enc_natural *e) { return e->width; }

int enc_natural_decode(const enc_natural *e, Z3_model m, int *alpha)
{
  for (int i = 0; i < e->width; i++) {
    alpha[i] = -1;
    for (int v = 0; v < e->dom[i]; v++) {
      Z3_ast r = NULL;
      if (!Z3_model_eval(e->z.ctx, m, e->b[e->off[i] + v], true, &r) || !r) return -1;
      Z3_inc_ref(e->z.ctx, r);
      Z3_lbool val = Z3_get_bool_value(e->z.ctx, r);
      Z3_dec_ref(e->z.ctx, r);
      if (val == Z3_L_TRUE) {
        if (alpha[i] >= 0) return -1;
        alpha[i] = v;
      }
    }
    if (alpha[i] < 0) return -1;
  }
  return 0;
}

Z3_ast enc_natural_block(enc_natural *e, const int *alpha)
{
  Z3_context ctx = e->z.ctx;
  Z3_ast *lits = malloc(((size_t)e->width + 1) * sizeof *lits);
  if (!lits) return NULL;
  for (int i = 0; i < e->width; i++) lits[i] = keep(e, Z3_mk_not(ctx, e->b[e->off[i] + alpha[i]]));
  Z3_ast r = keep(e, e->width > 0 ? Z3_mk_or(ctx, (unsigned)e->width, lits) : Z3_mk_false(ctx));
  free(lits);
  return r;
}
