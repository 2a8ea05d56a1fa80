/* lemma.c — see lemma.h. */
#include "solver/lemma.h"

#include <stdlib.h>

struct lemma {
  const task *T;
  const category *w;
  int m, X, start, size;
  int *local;      /* per morphism of block X: its index in Hom(X, target) */
  int *off;        /* per object: scratch counter, 0 outside the block's targets */
  int *val;        /* T(f)(u) for the morphisms of block X */
  int *val2, *phi; /* scratch for naturality in X */
};

lemma *lemma_new(const task *T, const category *work)
{
  lemma *l = calloc(1, sizeof *l);
  if (!l) return NULL;
  l->T = T;
  l->w = work;
  l->m = category_object_count(work);
  int big = 1;
  for (int x = 0; x < l->m; x++)
    if (category_block_size(work, x) > big) big = category_block_size(work, x);
  l->local = malloc((size_t)big * sizeof *l->local);
  l->val = malloc((size_t)big * sizeof *l->val);
  l->val2 = malloc((size_t)big * sizeof *l->val2);
  l->phi = malloc((size_t)big * sizeof *l->phi);
  l->off = calloc((size_t)l->m + 1, sizeof *l->off);
  if (!l->local || !l->val || !l->val2 || !l->phi || !l->off) {
    lemma_free(l);
    return NULL;
  }
  return l;
}

void lemma_free(lemma *l)
{
  if (!l) return;
  free(l->local); free(l->val); free(l->val2); free(l->phi); free(l->off);
  free(l);
}

int lemma_prepare(lemma *l, int X)
{
  l->X = X;
  l->start = category_block_start(l->w, X);
  l->size = category_block_size(l->w, X);
  for (int i = 0; i < l->size; i++) l->local[i] = l->off[category_target(l->w, l->start + i)]++;
  for (int i = 0; i < l->size; i++) l->off[category_target(l->w, l->start + i)] = 0;
  return l->size;
}

int lemma_local(const lemma *l, int i) { return l->local[i]; }

int lemma_value(const lemma *l, int i) { return l->val[i]; }

/* T(f)(u) for every f out of `start`'s object, along the normal-form tree
 * (parent(f) < f, so one ascending pass). */
static void walk(const lemma *l, int start, int size, int u, int *val)
{
  val[0] = u;
  for (int i = 1; i < size; i++) {
    int f = start + i, p = category_parent(l->w, f);
    int v = p >= start && p < f ? val[p - start] : -1;
    val[i] = v >= 0 ? task_apply(l->T, category_parent_generator(l->w, f), v) : -1;
  }
}

void lemma_transformation(lemma *l, int u)
{
  walk(l, l->start, l->size, u, l->val);
}

int lemma_determined(const lemma *l, int *witness)
{
  for (int i = 1; i < l->size; i++) {
    int f = l->start + i, p = category_parent(l->w, f), g = category_parent_generator(l->w, f);
    if (p < l->start || p >= f || g < 0 || category_step(l->w, p, g) != f) {
      if (witness) *witness = f;
      return 0;
    }
  }
  return 1;
}

int lemma_natural_in_x(lemma *l, int h, int u, int *witness)
{
  int Xp = category_generator_target(l->w, h);
  int s2 = category_block_start(l->w, Xp), n2 = category_block_size(l->w, Xp);
  int th = task_apply(l->T, h, u);
  walk(l, s2, n2, th, l->val2);
  /* phi(f) = h;f, along the tree of X' */
  l->phi[0] = category_step(l->w, category_identity(l->w, l->X), h);
  for (int i = 1; i < n2; i++) {
    int f = s2 + i, p = category_parent(l->w, f);
    int q = p >= s2 && p < f ? l->phi[p - s2] : -1;
    l->phi[i] = q >= 0 ? category_step(l->w, q, category_parent_generator(l->w, f)) : -1;
  }
  for (int i = 0; i < n2; i++) {
    int q = l->phi[i];
    if (q < l->start || q >= l->start + l->size || l->val[q - l->start] != l->val2[i]) {
      if (witness) *witness = s2 + i;
      return 0;
    }
  }
  return 1;
}
