/* flatcat.c — see flatcat.h. */
#include "tests/flatcat.h"

#include <string.h>

#include "proofs/kernel/kcategory.h"

void flatcat_idempotent(flatcat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 2; c->m = 1; c->G = 1; c->D = 1; c->E = 1; c->W = 3;
  c->src[0] = 0; c->src[1] = 0; c->tgt[0] = 0; c->tgt[1] = 0;
  c->gsrc[0] = 0; c->gtgt[0] = 0; c->gslot[0] = 0; c->ogen[0] = 0;
  c->root[0] = 0;
  c->next[0] = 1; c->next[1] = 1;           /* id;e = e, e;e = e */
  c->parent[0] = -1; c->pgen[0] = -1; c->parent[1] = 0; c->pgen[1] = 0;
  c->eq_src[0] = 0;
  c->woff[0] = 0; c->wlen[0] = 2;           /* e e */
  c->woff[1] = 2; c->wlen[1] = 1;           /* = e */
  c->wgen[0] = 0; c->wgen[1] = 0; c->wgen[2] = 0;
}

/* the arrow category 0 --a--> 1: nodes 0 = id0, 1 = a, 2 = id1 */
void flatcat_arrow(flatcat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 3; c->m = 2; c->G = 1; c->D = 1; c->E = 0; c->W = 0;
  c->src[0] = 0; c->src[1] = 0; c->src[2] = 1;
  c->tgt[0] = 0; c->tgt[1] = 1; c->tgt[2] = 1;
  c->gsrc[0] = 0; c->gtgt[0] = 1; c->gslot[0] = 0;
  c->ogen[0] = 0; c->ogen[1] = -1;          /* object 1 has no generator */
  c->root[0] = 0; c->root[1] = 2;
  c->next[0] = 1; c->next[1] = -1; c->next[2] = -1;
  c->parent[0] = -1; c->parent[1] = 0; c->parent[2] = -1;
  c->pgen[0] = -1; c->pgen[1] = 0; c->pgen[2] = -1;
}

/* the index of the nodes by target object (nodes in increasing order) */
void flatcat_index(flatcat *c)
{
  int k = 0;
  for (int x = 0; x < c->m; x++) {
    c->toff[x] = k;
    for (int v = 0; v < c->n; v++)
      if (c->tgt[v] == x) { c->tpos[v] = k; c->tnode[k++] = v; }
  }
  c->toff[c->m] = k;
}

/* kernel 1 with a freshly computed index */
int flatcat_check(flatcat *c)
{
  flatcat_index(c);
  return kcat_check(KCAT(c), c->E, c->W, c->eq_src, c->woff, c->wlen,
                    c->wgen, KIDX(c));
}
