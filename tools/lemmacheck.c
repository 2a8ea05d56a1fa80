/* lemmacheck.c — see lemmacheck.h. */
#include "tools/lemmacheck.h"

#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "solver/lemma.h"
#include "tools/print.h"

void lemmacheck_free(lemmacheck_report *r)
{
  free(r->rows);
  memset(r, 0, sizeof *r);
}

yo_status lemmacheck_run(const task *T, int max_morphisms, lemmacheck_report *r, diag_list *d)
{
  memset(r, 0, sizeof *r);
  const category *c = task_category(T);
  category *op = NULL;
  const category *work = NULL;
  yo_status st = task_work_category(T, max_morphisms, &work, &op, d);
  if (st != YO_OK) return st;
  st = check_task(T, work, d);   /* kernels 1 and 2 */
  int m = category_object_count(work);
  lemma *L = st == YO_OK ? lemma_new(T, work) : NULL;
  check_hom *kh = st == YO_OK ? check_hom_new(work, T, &st, d) : NULL;
  int big = 1;
  for (int x = 0; x < m; x++)
    if (category_block_size(work, x) > big) big = category_block_size(work, x);
  int *alpha = malloc((size_t)big * sizeof *alpha);
  r->rows = calloc((size_t)m + 1, sizeof *r->rows);
  char b1[256], b2[256];
  if (st == YO_OK && (!L || !kh || !alpha || !r->rows)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    st = YO_INTERNAL;
  }
  int G = category_generator_count(work);
  char *gen_seen = st == YO_OK ? calloc((size_t)G + 1, 1) : NULL;
  /* the generators grouped by source */
  int *gstart = calloc((size_t)m + 2, sizeof *gstart), *glist = malloc(((size_t)G + 1) * sizeof *glist);
  if (st == YO_OK && (!gen_seen || !gstart || !glist)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    st = YO_INTERNAL;
  }
  if (st == YO_OK) {
    for (int g = 0; g < G; g++) gstart[category_generator_source(work, g) + 1]++;
    for (int x = 0; x < m; x++) gstart[x + 1] += gstart[x];
    int *fill = calloc((size_t)m + 1, sizeof *fill);
    if (!fill) st = YO_INTERNAL;
    for (int g = 0; fill && g < G; g++) {
      int x = category_generator_source(work, g);
      glist[gstart[x] + fill[x]++] = g;
    }
    free(fill);
  }
  for (int X = 0; X < m && st == YO_OK; X++) {
    lemmacheck_row *row = &r->rows[r->nrows++];
    row->object = X;
    row->tsize = task_set_size(T, X);
    row->homsize = lemma_prepare(L, X);
    if ((st = check_hom_prepare(kh, X, d)) != YO_OK) break;
    int start = category_block_start(work, X);
    int witness = -1;
    if (!lemma_determined(L, &witness)) {
      diag_add(d, DIAG_ERROR, NULL, 0, "morphism %s is not reached from the identity of %s "
               "along generators", print_morphism(work, witness, op != NULL, b1, sizeof b1),
               category_object_name(c, X));
      st = YO_INTERNAL;
    }
    int idpos = check_hom_offset(kh, X);
    for (int u = 0; u < row->tsize && st == YO_OK; u++) {
      lemma_transformation(L, u);
      for (int i = 0; i < row->homsize; i++)
        alpha[check_hom_offset(kh, category_target(work, start + i)) + lemma_local(L, i)] =
            lemma_value(L, i);
      st = check_hom_run(kh, alpha, d);
      if (st != YO_OK) break;
      if (alpha[idpos] != u) {
        diag_add(d, DIAG_ERROR, NULL, 0, "the transformation of element %s of %s(%s) takes "
                 "the identity to another element", task_element_name(T, X, u), task_name(T),
                 category_object_name(c, X));
        st = YO_INTERNAL;
        break;
      }
      r->checked++;
      row->nat++;
      for (int j = gstart[X]; j < gstart[X + 1] && st == YO_OK; j++) {
        int h = glist[j];
        gen_seen[h] = 1;
        r->squares++;
        if (!lemma_natural_in_x(L, h, u, &witness)) {
          diag_add(d, DIAG_ERROR, NULL, 0, "the bijection is not natural in X at generator %s "
                   "and element %s of %s(%s): the two transformations differ at %s",
                   category_generator_name(work, h), task_element_name(T, X, u), task_name(T),
                   category_object_name(c, X),
                   print_morphism(work, witness, op != NULL, b2, sizeof b2));
          st = YO_INTERNAL;
        }
      }
    }
  }
  for (int h = 0; gen_seen && h < category_generator_count(work); h++) r->generators += gen_seen[h];
  free(gen_seen);
  free(gstart);
  free(glist);
  free(alpha);
  lemma_free(L);
  check_hom_free(kh);
  category_free(op);
  return st;
}
