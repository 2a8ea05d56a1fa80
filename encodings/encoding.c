/* encoding.c — see encoding.h. */
#include "encodings/encoding.h"

#include <stdlib.h>

void enc_head_release(enc_head *h)
{
  enc_pins_release(&h->z);
  free(h->cand);
  free(h->sel);
  h->cand = NULL;
  h->sel = NULL;
}

Z3_ast_vector enc_head_assertions(const void *e) { return ((const enc_head *)e)->z.asserts; }
int enc_head_candidate_count(const void *e) { return ((const enc_head *)e)->ncand; }
int enc_head_candidate_object(const void *e, int i) { return ((const enc_head *)e)->cand[i]; }
Z3_ast enc_head_selector(const void *e, int i) { return ((const enc_head *)e)->sel[i]; }
