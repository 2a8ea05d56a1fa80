/* flat.c — see flat.h. */
#include "proofs/flat.h"

#include <stdlib.h>
#include <string.h>

int *flat_ints(long count)
{
  return malloc((size_t)(count > 0 ? count : 1) * sizeof(int));
}

int flat_sizes(const category *c, long *W, int *D)
{
  int m = category_object_count(c), G = category_generator_count(c);
  int E = category_equation_count(c);
  *W = 0;
  for (int e = 0; e < E; e++) {
    int nl = 0, nr = 0;
    category_equation(c, e, NULL, NULL, &nl, NULL, &nr, NULL);
    *W += (long)nl + nr;
  }
  int *outdeg = calloc((size_t)(m > 0 ? m : 1), sizeof(int));
  if (!outdeg) return -1;
  *D = 0;
  for (int g = 0; g < G; g++) {
    int x = category_generator_source(c, g);
    if (x >= 0 && x < m && ++outdeg[x] > *D) *D = outdeg[x];
  }
  free(outdeg);
  return 0;
}

void flat_generators(const category *c, int D, int *gsrc, int *gtgt,
                     int *gslot, int *ogen)
{
  int m = category_object_count(c), G = category_generator_count(c);
  for (long i = 0; i < (long)m * D; i++) ogen[i] = -1;
  for (int g = 0; g < G; g++) {
    int x = category_generator_source(c, g);
    gsrc[g] = x;
    gtgt[g] = category_generator_target(c, g);
    int k = 0;
    if (x >= 0 && x < m) {
      while (k < D && ogen[(long)x * D + k] != -1) k++;
      if (k < D) ogen[(long)x * D + k] = g;
    }
    gslot[g] = k;   /* out of range only if c is inconsistent */
  }
}

void flat_equations(const category *c, int *eq_src, int *woff, int *wlen,
                    int *wgen)
{
  int pos = 0;
  for (int e = 0; e < category_equation_count(c); e++) {
    int src = 0, nl = 0, nr = 0;
    const int *lhs = NULL, *rhs = NULL;
    category_equation(c, e, &src, &lhs, &nl, &rhs, &nr, NULL);
    eq_src[e] = src;
    woff[2 * e] = pos;
    wlen[2 * e] = nl;
    for (int i = 0; i < nl; i++) wgen[pos++] = lhs[i];
    woff[2 * e + 1] = pos;
    wlen[2 * e + 1] = nr;
    for (int i = 0; i < nr; i++) wgen[pos++] = rhs[i];
  }
}

int flat_group_by_target(int n, int m, const int *tgt, int *toff, int *tnode,
                         int *tpos)
{
  for (int x = 0; x <= m; x++) toff[x] = 0;
  for (int v = 0; v < n; v++)
    if (tgt[v] >= 0 && tgt[v] < m) toff[tgt[v] + 1]++;
  for (int x = 0; x < m; x++) toff[x + 1] += toff[x];
  int *fill = flat_ints((long)m + 1);
  if (!fill) return -1;
  memcpy(fill, toff, (size_t)(m + 1) * sizeof(int));
  for (int v = 0; v < n; v++) {
    tnode[v] = 0;
    tpos[v] = -1;
  }
  for (int v = 0; v < n; v++) {
    int x = tgt[v];
    if (x < 0 || x >= m) continue;
    tpos[v] = fill[x];
    tnode[fill[x]++] = v;
  }
  free(fill);
  return 0;
}

int *flat_owned_ints(flat_owned *own, long count)
{
  if (own->n >= (int)(sizeof own->p / sizeof own->p[0])) return NULL;
  int *p = flat_ints(count);
  if (p) own->p[own->n++] = p;
  return p;
}

void flat_owned_free(flat_owned *own)
{
  for (int i = 0; i < own->n; i++) free(own->p[i]);
  own->n = 0;
}

int flat_morphisms(const category *c, int D, const int *ogen, const int **src,
                   const int **tgt, const int **parent, const int **pgen,
                   const int **next, int *toff, int **tnode, int **tpos,
                   flat_owned *own)
{
  int n = category_morphism_count(c), m = category_object_count(c);
  const int *ct = NULL, *cp = NULL, *cg = NULL, *cn = NULL;
  int width = -1;
  if (n <= 0 || !category_arrays(c, &ct, &cp, &cg, &cn, &width)) {
    ct = cp = cg = cn = NULL;
    width = -1;
  }
  if (ct) {
    *tgt = ct;
    *parent = cp;
    *pgen = cg;
  } else {
    int *t = flat_owned_ints(own, n), *p = flat_owned_ints(own, n), *g = flat_owned_ints(own, n);
    if (!t || !p || !g) return -1;
    for (int v = 0; v < n; v++) {
      t[v] = category_target(c, v);
      p[v] = category_parent(c, v);
      g[v] = category_parent_generator(c, v);
    }
    *tgt = t;
    *parent = p;
    *pgen = g;
  }
  /* src: block x is morphisms block_start(x) .. + block_size(x) */
  int endo = n > 0;
  for (int x = 0; x < m && endo; x++) {
    int b = category_block_start(c, x), s = category_block_size(c, x);
    for (int v = b; v < b + s && endo; v++) endo = (*tgt)[v] == x;
  }
  if (endo) {
    *src = *tgt;
  } else {
    int *s = flat_owned_ints(own, n);
    if (!s) return -1;
    for (int v = 0; v < n; v++) s[v] = category_source(c, v);
    *src = s;
  }
  if (cn && width == D && D > 0) {
    *next = cn;
  } else {
    int *e = flat_owned_ints(own, (long)n * D);
    if (!e) return -1;
    for (int v = 0; v < n; v++) {
      int x = (*tgt)[v];
      for (int k = 0; k < D; k++) {
        int g = x >= 0 && x < m ? ogen[(long)x * D + k] : -1;
        e[(long)v * D + k] = g < 0 ? -1 : category_step(c, v, g);
      }
    }
    *next = e;
  }
  int ascending = 1;
  for (int v = 0; v < n && ascending; v++)
    ascending = (*tgt)[v] >= 0 && (*tgt)[v] < m && (v == 0 || (*tgt)[v - 1] <= (*tgt)[v]);
  if (ascending) {
    /* the counting sort keeps the order: tnode and tpos are the identity */
    int *id = flat_owned_ints(own, n);
    if (!id) return -1;
    for (int x = 0; x <= m; x++) toff[x] = 0;
    for (int v = 0; v < n; v++) {
      toff[(*tgt)[v] + 1]++;
      id[v] = v;
    }
    for (int x = 0; x < m; x++) toff[x + 1] += toff[x];
    *tnode = *tpos = id;
    return 0;
  }
  int *tn = flat_owned_ints(own, n), *tp = flat_owned_ints(own, n);
  if (!tn || !tp) return -1;
  *tnode = tn;
  *tpos = tp;
  return flat_group_by_target(n, m, *tgt, toff, tn, tp);
}
