/* exact.c — see exact.h.  A guided replay of monoid Todd–Coxeter over the
 * finished Cayley graph: the nodes are all known, the tree edges are the
 * definitions, and rounds of scans deduce the other edges. */
#include "solver/exact.h"

#include <stdlib.h>
#include <string.h>

typedef struct replay {
  const category *c;
  int n, m, G, D;
  int *slot;        /* [G] position of g among the generators out of its source */
  int *next;        /* [n*D] the graph */
  char *est;        /* [n*D] 1 once the edge is established */
  char *done;       /* [n] every equation at the node traces in full */
  int *eoff, *elist;  /* equations by source object */
  char *rinv;         /* [G] g has a right inverse: an equation g r = 1 */
} replay;

static void replay_free(replay *r)
{
  free(r->slot); free(r->next); free(r->est); free(r->done);
  free(r->eoff); free(r->elist); free(r->rinv);
}

static yo_status replay_init(replay *r, const category *c, diag_list *d)
{
  memset(r, 0, sizeof *r);
  r->c = c;
  int n = category_morphism_count(c), m = category_object_count(c);
  int G = category_generator_count(c), E = category_equation_count(c);
  r->n = n; r->m = m; r->G = G;
  int *outdeg = calloc((size_t)m + 1, sizeof(int));
  r->slot = malloc(((size_t)G + 1) * sizeof(int));
  r->eoff = calloc((size_t)m + 2, sizeof(int));
  r->elist = malloc(((size_t)E + 1) * sizeof(int));
  r->rinv = calloc((size_t)G + 1, 1);
  if (!outdeg || !r->slot || !r->eoff || !r->elist || !r->rinv) {
    free(outdeg);
    goto oom;
  }
  for (int g = 0; g < G; g++) {
    int x = category_generator_source(c, g);
    r->slot[g] = outdeg[x]++;
    if (outdeg[x] > r->D) r->D = outdeg[x];
  }
  free(outdeg);
  long nD = (long)n * r->D;
  r->next = malloc((size_t)(nD + 1) * sizeof(int));
  r->est = calloc((size_t)nD + 1, 1);
  r->done = calloc((size_t)n + 1, 1);
  if (!r->next || !r->est || !r->done) goto oom;
  for (long j = 0; j < nD; j++) r->next[j] = -1;
  for (int v = 0; v < n; v++)
    for (int g = 0; g < G; g++)
      if (category_generator_source(c, g) == category_target(c, v))
        r->next[(long)v * r->D + r->slot[g]] = category_step(c, v, g);
  for (int v = 0; v < n; v++) {
    int p = category_parent(c, v), g = category_parent_generator(c, v);
    if (p >= 0) r->est[(long)p * r->D + r->slot[g]] = 1;
  }
  for (int e = 0; e < E; e++) {
    int s = 0, nl = 0, nr = 0;
    const int *l = NULL, *rr = NULL;
    category_equation(c, e, &s, &l, &nl, &rr, &nr, NULL);
    r->eoff[s + 2]++;
    if (nr == 0 && nl >= 1) r->rinv[l[0]] = 1;
    if (nl == 0 && nr >= 1) r->rinv[rr[0]] = 1;
  }
  for (int x = 0; x < m; x++) r->eoff[x + 2] += r->eoff[x + 1];
  for (int e = 0; e < E; e++) {
    int s = 0;
    category_equation(c, e, &s, NULL, NULL, NULL, NULL, NULL);
    r->elist[r->eoff[s + 1]++] = e;
  }
  return YO_OK;
oom:
  replay_free(r);
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory deriving the exact certificate");
  return YO_INTERNAL;
}

/* Trace w from v through established edges up to the first edge that is
 * not: returns the node reached and its position in *stop (len when the
 * whole word traced). */
static int trace_until(const replay *r, int v, const int *w, int len, int *stop)
{
  int i = 0;
  for (; i < len; i++) {
    long j = (long)v * r->D + r->slot[w[i]];
    if (!r->est[j]) break;
    v = r->next[j];
  }
  *stop = i;
  return v;
}

/* Trace w from v through established edges of right-invertible
 * generators; -1 if one is not. */
static int trace_inv(const replay *r, int v, const int *w, int len)
{
  for (int i = 0; i < len && v >= 0; i++) {
    long j = (long)v * r->D + r->slot[w[i]];
    if (!r->est[j] || !r->rinv[w[i]]) return -1;
    v = r->next[j];
  }
  return v;
}

/* Scan every equation at node k; returns the number of new edges, or -1
 * on OOM / -2 when the graph violates an equation. */
static int scan_node(replay *r, excert *x, int k)
{
  int x0 = category_target(r->c, k), added = 0, complete = 1;
  for (int i = r->eoff[x0]; i < r->eoff[x0 + 1]; i++) {
    int e = r->elist[i];
    const int *w[2];
    int len[2], end[2], stop[2];
    category_equation(r->c, e, NULL, &w[0], &len[0], &w[1], &len[1], NULL);
    for (int again = 1; again;) {
      again = 0;
      int b[2];
      for (int t = 0; t < 2; t++) {
        b[t] = trace_until(r, k, w[t], len[t], &stop[t]);
        end[t] = stop[t] == len[t] ? b[t] : -1;
      }
      if (end[0] >= 0 && end[1] >= 0) {
        if (end[0] != end[1]) return -2;
        break;
      }
      for (int full = 0; full < 2 && !again; full++) {
        int a = end[full], o = 1 - full;
        if (a < 0 || end[o] >= 0) continue;
        int q = stop[o], g = w[o][q];
        long j = (long)b[o] * r->D + r->slot[g];
        int c = r->next[j];
        if (trace_inv(r, c, w[o] + q + 1, len[o] - q - 1) != a) continue;
        r->est[j] = 1;
        if (excert_add_edge(x, b[o], g, c, k, e, full, q) < 0) return -1;
        added++;
        again = 1;
      }
    }
    if (end[0] < 0 || end[1] < 0) complete = 0;
  }
  if (complete) r->done[k] = 1;
  return added;
}

yo_status exact_derive(const category *c, excert **out, diag_list *d)
{
  *out = NULL;
  replay r;
  yo_status st = replay_init(&r, c, d);
  if (st != YO_OK) return st;
  excert *x = excert_new(r.n);
  if (!x) {
    replay_free(&r);
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory deriving the exact certificate");
    return YO_INTERNAL;
  }
  for (int v = 0; v < r.n; v++) {
    x->parent[v] = category_parent(c, v);
    x->pgen[v] = category_parent_generator(c, v);
    x->idobj[v] = x->parent[v] < 0 ? category_source(c, v) : -1;
  }
  int added;
  do {
    added = 0;
    for (int k = 0; k < r.n; k++) {
      if (r.done[k]) continue;
      int a = scan_node(&r, x, k);
      if (a < 0) {
        diag_add(d, DIAG_ERROR, NULL, 0, a == -1
                 ? "out of memory deriving the exact certificate"
                 : "category '%s': the enumeration violates an equation at "
                   "morphism #%d", category_name(c), k);
        replay_free(&r);
        excert_free(x);
        return YO_INTERNAL;
      }
      added += a;
    }
  } while (added > 0);
  long missing = 0;
  for (long j = 0; j < (long)r.n * r.D; j++)
    if (r.next[j] >= 0 && !r.est[j]) missing++;
  replay_free(&r);
  if (missing > 0) {
    diag_add(d, DIAG_ERROR, NULL, 0, "category '%s': no exact certificate: the "
             "monoid deductions stall with %ld of its edges not derived from "
             "the equations (the enumeration is not proved exact; nothing was "
             "decided)", category_name(c), missing);
    excert_free(x);
    return YO_LIMIT;
  }
  *out = x;
  return YO_OK;
}

yo_status exact_check_category(const category *c, const char *cert_path,
                               long *bytes, diag_list *d)
{
  excert *x = NULL;
  yo_status st = exact_derive(c, &x, d);
  if (st != YO_OK) return st;
  st = excert_check(c, x, c, d);
  if (st == YO_OK && cert_path) st = excert_write(x, c, cert_path, bytes, d);
  excert_free(x);
  return st;
}

yo_status exact_check_opposite(const category *c, const category *op,
                               diag_list *d)
{
  yo_status st = excert_check_opposite(c, op, d);
  if (st != YO_OK) return st;
  return exact_check_category(op, NULL, NULL, d);
}
