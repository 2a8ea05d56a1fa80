/* embedding.c — see embedding.h. */
#include "solver/embedding.h"

#include <stdlib.h>
#include <string.h>

int embedding_morphism_images(const functor *F, int *out)
{
  const category *C = functor_source(F), *D = functor_target(F);
  int n = category_morphism_count(C);
  for (int f = 0; f < n; f++) {
    int p = category_parent(C, f);
    if (p < 0) {
      out[f] = category_identity(D, functor_object(F, category_source(C, f)));
      continue;
    }
    const int *w = NULL;
    int len = 0;
    functor_generator_word(F, category_parent_generator(C, f), &w, &len);
    int h = out[p];
    for (int i = 0; i < len && h >= 0; i++) h = category_step(D, h, w[i]);
    if (h < 0) return -1;
    out[f] = h;
  }
  return 0;
}

yo_status embedding_analyse(const functor *F, embedding *e, diag_list *d)
{
  const category *C = functor_source(F), *D = functor_target(F);
  int n = category_morphism_count(C), m = category_object_count(C);
  int nD = category_morphism_count(D), mD = category_object_count(D);
  memset(e, 0, sizeof *e);
  e->faithful = e->full = e->injective = 1;
  e->f1 = e->f2 = e->fx = e->fy = e->h = e->x1 = e->x2 = -1;
  int *img = malloc(((size_t)n + 1) * sizeof *img);
  int *first = malloc(((size_t)mD + 1) * sizeof *first);
  int *stamp = malloc(((size_t)nD + 1) * sizeof *stamp);     /* per morphism of D */
  int *owner = malloc(((size_t)nD + 1) * sizeof *owner);
  int *bytgt = malloc(((size_t)n + 1) * sizeof *bytgt);       /* block grouped by target */
  int *cnt = calloc((size_t)m + 1, sizeof *cnt);
  yo_status st = YO_INTERNAL;
  if (!img || !first || !stamp || !owner || !bytgt || !cnt) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    goto done;
  }
  if (embedding_morphism_images(F, img) < 0) {
    diag_add(d, DIAG_ERROR, NULL, 0, "functor %s: a generator's image does not trace",
             functor_name(F));
    goto done;
  }
  /* injective on objects */
  for (int y = 0; y < mD; y++) first[y] = -1;
  for (int x = 0; x < m && e->injective; x++) {
    int y = functor_object(F, x);
    if (first[y] >= 0) {
      e->injective = 0;
      e->x1 = first[y];
      e->x2 = x;
    } else {
      first[y] = x;
    }
  }
  for (int h = 0; h < nD; h++) stamp[h] = -1;
  int token = 0;
  for (int X = 0; X < m; X++) {
    int start = category_block_start(C, X), size = category_block_size(C, X);
    /* the block of X grouped by target (counting sort) */
    for (int Y = 0; Y < m; Y++) cnt[Y] = 0;
    for (int i = 0; i < size; i++) cnt[category_target(C, start + i)]++;
    int acc = 0;
    for (int Y = 0; Y < m; Y++) {
      int k = cnt[Y];
      cnt[Y] = acc;
      acc += k;
    }
    for (int i = 0; i < size; i++) bytgt[cnt[category_target(C, start + i)]++] = start + i;
    int lo = 0;
    for (int Y = 0; Y < m; Y++) {
      int hi = cnt[Y];   /* after the fill, cnt[Y] is the end of Y's group */
      token++;
      int distinct = 0;
      for (int i = lo; i < hi; i++) {
        int f = bytgt[i], h = img[f];
        if (stamp[h] == token) {
          if (e->faithful) {
            e->faithful = 0;
            e->f1 = owner[h] < f ? owner[h] : f;
            e->f2 = owner[h] < f ? f : owner[h];
          }
        } else {
          stamp[h] = token;
          owner[h] = f;
          distinct++;
        }
      }
      int FX = functor_object(F, X), FY = functor_object(F, Y);
      if (e->full && distinct < category_hom_count(D, FX, FY)) {
        int s = category_block_start(D, FX), z = category_block_size(D, FX);
        for (int h = s; h < s + z; h++)
          if (category_target(D, h) == FY && stamp[h] != token) {
            e->full = 0;
            e->fx = X;
            e->fy = Y;
            e->h = h;
            break;
          }
      }
      lo = hi;
    }
  }
  /* re-verify the witnesses through functor_morphism */
  st = YO_OK;
  if (!e->faithful &&
      (e->f1 == e->f2 || category_source(C, e->f1) != category_source(C, e->f2) ||
       category_target(C, e->f1) != category_target(C, e->f2) ||
       functor_morphism(F, e->f1) != functor_morphism(F, e->f2)))
    st = YO_INTERNAL;
  if (!e->full) {
    int s = e->fx, t = e->fy;
    if (category_source(D, e->h) != functor_object(F, s) ||
        category_target(D, e->h) != functor_object(F, t))
      st = YO_INTERNAL;
    int start = category_block_start(C, s), size = category_block_size(C, s);
    for (int f = start; f < start + size && st == YO_OK; f++)
      if (category_target(C, f) == t && functor_morphism(F, f) == e->h) st = YO_INTERNAL;
  }
  if (!e->injective &&
      (e->x1 == e->x2 || functor_object(F, e->x1) != functor_object(F, e->x2)))
    st = YO_INTERNAL;
  if (st != YO_OK)
    diag_add(d, DIAG_ERROR, NULL, 0, "functor %s: a witness of a property did not verify "
             "(internal error)", functor_name(F));
done:
  free(img); free(first); free(stamp); free(owner); free(bytgt); free(cnt);
  return st;
}
