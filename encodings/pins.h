/* pins.h — what every Z3 encoding (encodings/yoneda.h, naive.h, natural.h,
 * search.h) holds besides its own tables: the context it builds in, one
 * AST vector that pins every term it makes (so that one dec_ref releases
 * them all: Z3_mk_context_rc reference counting) and the vector of its
 * assertions.
 *
 * Ownership: enc_pins_init takes a reference on both vectors and
 * enc_pins_release drops them; the context is borrowed and must outlive
 * them.  A pinned AST lives as long as the pins.
 */
#ifndef YONEDA_ENC_PINS_H
#define YONEDA_ENC_PINS_H

#include <z3.h>

typedef struct enc_pins {
  Z3_context ctx;
  Z3_ast_vector keep;     /* pins every AST the encoding holds */
  Z3_ast_vector asserts;  /* the constraints */
} enc_pins;

/* Make both vectors in ctx. */
void enc_pins_init(enc_pins *p, Z3_context ctx);

/* Drop both vectors (nothing when they were never made). */
void enc_pins_release(enc_pins *p);

/* Pin a (a NULL from a failed Z3 call is passed through) and return it. */
Z3_ast enc_pin(enc_pins *p, Z3_ast a);
Z3_func_decl enc_pin_decl(enc_pins *p, Z3_func_decl f);

#endif
