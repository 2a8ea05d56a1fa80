/* exact.c — see exact.h.  A guided replay of monoid Todd–Coxeter over the
 * finished Cayley graph: the nodes are all known, the tree edges are the
 * definitions, and rounds of scans deduce the other edges. */
#include "solver/exact.h"

#include "solver/completion.h"

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

/* The normal form of node v (the tree path from its identity) into w;
 * its length; *root the identity. */
static int tree_word(const category *c, int v, int *w, int *root)
{
  int len = 0;
  for (int u = v; category_parent(c, u) >= 0; u = category_parent(c, u))
    w[len++] = category_parent_generator(c, u);
  for (int i = 0, j = len - 1; i < j; i++, j--) {
    int t = w[i];
    w[i] = w[j];
    w[j] = t;
  }
  int u = v;
  while (category_parent(c, u) >= 0) u = category_parent(c, u);
  *root = u;
  return len;
}

/* The replay stalled: prove every edge p --g--> q it left, nf(p) g = nf(q),
 * by Knuth–Bendix completion (solver/completion.h) and deduce it at the
 * identity of p's source from that lemma (full side nf(q), the other side
 * nf(p) g with the gap at g: both traces use tree edges only). */
static yo_status coincidences(replay *r, excert *x, diag_list *d)
{
  const category *c = r->c;
  long max_rules = 16L * r->n * (r->G > 0 ? r->G : 1) + 4096;
  completion *k = NULL;
  yo_status st = completion_run(c, max_rules, &k, d);
  if (st != YO_OK) return st;
  int E = category_equation_count(c);
  long cap = 0;
  for (long j = 0; j < (long)r->n * r->D; j++)
    if (r->next[j] >= 0 && !r->est[j]) cap++;
  int *ep = malloc((size_t)cap * sizeof(int)), *eg = malloc((size_t)cap * sizeof(int));
  int *goal = malloc((size_t)cap * sizeof(int));
  int *u = malloc(((size_t)r->n + 2) * sizeof(int));
  int *v = malloc(((size_t)r->n + 2) * sizeof(int));
  long ne = 0;
  if (!ep || !eg || !goal || !u || !v) goto oom;
  for (int p = 0; p < r->n; p++)
    for (int g = 0; g < r->G; g++) {
      if (category_generator_source(c, g) != category_target(c, p)) continue;
      long j = (long)p * r->D + r->slot[g];
      if (r->next[j] < 0 || r->est[j]) continue;
      int root = -1, rq = -1;
      int nu = tree_word(c, p, u, &root);
      u[nu++] = g;
      int nv = tree_word(c, r->next[j], v, &rq);
      int id = completion_prove(k, category_source(c, p), u, nu, v, nv);
      if (id == -2) goto oom;
      if (id < 0) {
        diag_add(d, DIAG_ERROR, NULL, 0, "category '%s': no exact certificate: "
                 "the Knuth-Bendix completion does not prove morphism #%d "
                 "followed by '%s' equal to morphism #%d (nothing was decided)",
                 category_name(c), p, category_generator_name(c, g), r->next[j]);
        st = YO_LIMIT;
        goto done;
      }
      ep[ne] = p;
      eg[ne] = g;
      ne++;
    }
  if (completion_emit(k, x, goal) < 0) goto oom;
  for (long i = 0; i < ne; i++) {
    int p = ep[i], g = eg[i], root = -1;
    int len = tree_word(c, p, u, &root);
    int q = r->next[(long)p * r->D + r->slot[g]];
    if (excert_add_edge(x, p, g, q, root, E + goal[i], 1, len) < 0) goto oom;
  }
  goto done;
oom:
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory deriving the exact certificate");
  st = YO_INTERNAL;
done:
  free(ep); free(eg); free(goal); free(u); free(v);
  completion_free(k);
  return st;
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
  if (missing > 0) st = coincidences(&r, x, d);
  replay_free(&r);
  if (st != YO_OK) {
    excert_free(x);
    return st;
  }
  *out = x;
  return YO_OK;
}

yo_status exact_check_category(const category *c, FILE *cert_out, long *bytes,
                               diag_list *d)
{
  excert *x = NULL;
  yo_status st = exact_derive(c, &x, d);
  if (st != YO_OK) return st;
  st = excert_check(c, x, c, d);
  if (st == YO_OK && cert_out) st = excert_write(x, c, cert_out, bytes, d);
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
