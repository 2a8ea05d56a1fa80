/* pins.c — see pins.h. */
#include "encodings/pins.h"

void enc_pins_init(enc_pins *p, Z3_context ctx)
{
  p->ctx = ctx;
  p->keep = Z3_mk_ast_vector(ctx);
  Z3_ast_vector_inc_ref(ctx, p->keep);
  p->asserts = Z3_mk_ast_vector(ctx);
  Z3_ast_vector_inc_ref(ctx, p->asserts);
}

void enc_pins_release(enc_pins *p)
{
  if (p->asserts) Z3_ast_vector_dec_ref(p->ctx, p->asserts);
  if (p->keep) Z3_ast_vector_dec_ref(p->ctx, p->keep);
  p->asserts = p->keep = NULL;
}

Z3_ast enc_pin(enc_pins *p, Z3_ast a)
{
  if (a) Z3_ast_vector_push(p->ctx, p->keep, a);
  return a;
}

Z3_func_decl enc_pin_decl(enc_pins *p, Z3_func_decl f)
{
  if (f) Z3_ast_vector_push(p->ctx, p->keep, Z3_func_decl_to_ast(p->ctx, f));
  return f;
}
