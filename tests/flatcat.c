/* flatcat.c — see flatcat.h. */
#include "tests/flatcat.h"

#include <stdlib.h>
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

int flatgrid_make(flatgrid *g, int m)
{
  enum { P = FLATGRID_P, Q = FLATGRID_Q, D = 3 };
  int pq = P * Q, n = m * pq;
  g->n = n; g->m = m; g->G = D * m; g->D = D; g->E = 4 * m;
  g->W = m * (4 + P + Q + 2);
  long total = 7L * n + (long)D * n + 3L * g->G + (long)D * m + m +
               5L * g->E + g->W + (m + 1);
  g->mem = calloc((size_t)total, sizeof(int));
  if (!g->mem) return 0;
  int *p = g->mem;
  g->src = p; p += n; g->tgt = p; p += n; g->parent = p; p += n; g->pgen = p; p += n;
  g->tnode = p; p += n; g->tpos = p; p += n; p += n;
  g->next = p; p += (long)D * n;
  g->gsrc = p; p += g->G; g->gtgt = p; p += g->G; g->gslot = p; p += g->G;
  g->ogen = p; p += D * m; g->root = p; p += m;
  g->eq_src = p; p += g->E; g->woff = p; p += 2 * g->E; g->wlen = p; p += 2 * g->E;
  g->wgen = p; p += g->W; g->toff = p;
  int w = 0;
  for (int x = 0; x < m; x++) {
    int a = D * x, b = a + 1, c = a + 2, base = x * pq;
    for (int k = 0; k < D; k++) {
      g->gsrc[a + k] = g->gtgt[a + k] = x;
      g->gslot[a + k] = k;
      g->ogen[D * x + k] = a + k;
    }
    g->root[x] = base;
    for (int i = 0; i < P; i++)
      for (int j = 0; j < Q; j++) {
        int f = base + i * Q + j;
        g->src[f] = g->tgt[f] = x;
        g->next[D * f] = base + ((i + 1) % P) * Q + j;         /* a */
        g->next[D * f + 1] = base + i * Q + (j + 1) % Q;       /* b */
        g->next[D * f + 2] = g->next[D * f];                   /* c = a */
        if (j > 0) { g->parent[f] = f - 1; g->pgen[f] = b; }
        else if (i > 0) { g->parent[f] = f - Q; g->pgen[f] = a; }
        else { g->parent[f] = -1; g->pgen[f] = -1; }
      }
    int e = 4 * x;
    for (int k = 0; k < 4; k++) g->eq_src[e + k] = x;
    g->woff[2 * e] = w; g->wlen[2 * e] = 2; g->wgen[w++] = a; g->wgen[w++] = b;
    g->woff[2 * e + 1] = w; g->wlen[2 * e + 1] = 2; g->wgen[w++] = b; g->wgen[w++] = a;
    g->woff[2 * e + 2] = w; g->wlen[2 * e + 2] = P;
    for (int k = 0; k < P; k++) g->wgen[w++] = a;
    g->woff[2 * e + 3] = w; g->wlen[2 * e + 3] = 0;
    g->woff[2 * e + 4] = w; g->wlen[2 * e + 4] = Q;
    for (int k = 0; k < Q; k++) g->wgen[w++] = b;
    g->woff[2 * e + 5] = w; g->wlen[2 * e + 5] = 0;
    g->woff[2 * e + 6] = w; g->wlen[2 * e + 6] = 1; g->wgen[w++] = a;
    g->woff[2 * e + 7] = w; g->wlen[2 * e + 7] = 1; g->wgen[w++] = c;
    g->toff[x] = base;
  }
  g->toff[m] = n;
  for (int f = 0; f < n; f++) g->tnode[f] = g->tpos[f] = f;
  return 1;
}

void flatgrid_free(flatgrid *g)
{
  free(g->mem);
  g->mem = NULL;
}
