/* cardinality.c — see cardinality.h. */
#include "specs/cardinality.h"

#include <stdlib.h>

struct cardinality {
  const task *t;
  const category *w;
  long total;       /* sum of all |T(Y)| */
  int *cnt;         /* per object, zero between calls */
  int *nonempty;    /* objects with T(Y) non-empty, ascending */
  int nnonempty;
};

cardinality *cardinality_new(const task *t, const category *work)
{
  cardinality *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  int n = category_object_count(work);
  c->t = t;
  c->w = work;
  c->cnt = calloc((size_t)n + 1, sizeof *c->cnt);
  c->nonempty = malloc(((size_t)n + 1) * sizeof *c->nonempty);
  if (!c->cnt || !c->nonempty) {
    cardinality_free(c);
    return NULL;
  }
  for (int y = 0; y < n; y++) {
    int s = task_set_size(t, y);
    c->total += s;
    if (s > 0) c->nonempty[c->nnonempty++] = y;
  }
  return c;
}

void cardinality_free(cardinality *c)
{
  if (!c) return;
  free(c->cnt);
  free(c->nonempty);
  free(c);
}

int cardinality_check(cardinality *c, int P, int *witness)
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
