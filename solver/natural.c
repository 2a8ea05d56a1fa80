/* natural.c — see natural.h. */
#include "solver/natural.h"

#include <stdlib.h>
#include <string.h>

#include "encodings/natural.h"
#include "solver/z3session.h"

struct nat_result {
  int width;
  long count, cap;
  int *data;
};

void nat_options_init(nat_options *o)
{
  o->engine = NAT_DIRECT;
  o->limit = NAT_DEFAULT_LIMIT;
  o->timeout = 0;
}

const char *const nat_engine_names[] = {[NAT_DIRECT] = "direct", [NAT_Z3] = "z3", NULL};

int nat_engine_from_name(const char *name, nat_engine *out)
{
  for (int i = 0; nat_engine_names[i]; i++)
    if (strcmp(name, nat_engine_names[i]) == 0) {
      *out = (nat_engine)i;
      return 0;
    }
  return -1;
}

long nat_result_count(const nat_result *r) { return r->count; }
int nat_result_width(const nat_result *r) { return r->width; }
const int *nat_result_at(const nat_result *r, long i)
{
  return i >= 0 && i < r->count ? r->data + i * (long)r->width : NULL;
}
void nat_result_free(nat_result *r)
{
  if (!r) return;
  free(r->data);
  free(r);
}

/* Append alpha; 0, or -1 on OOM. */
static int result_add(nat_result *r, const int *alpha)
{
  if (r->count == r->cap) {
    long nc = r->cap ? 2 * r->cap : 16;
    int *nd = realloc(r->data, (size_t)(nc * (r->width > 0 ? r->width : 1)) * sizeof *nd);
    if (!nd) return -1;
    r->data = nd;
    r->cap = nc;
  }
  if (r->width > 0)
    memcpy(r->data + r->count * (long)r->width, alpha, (size_t)r->width * sizeof *alpha);
  r->count++;
  return 0;
}

/* ---- the direct engine ------------------------------------------------------ */

/* The constraint graph: unknown i (an element of S) forces unknown j
 * through T(g): alpha[j] = T(g)(alpha[i]).  Edges in CSR form, both ways. */
typedef struct graph {
  int n;                  /* unknowns */
  int *obj;               /* object of each unknown */
  int *ostart, *oto, *ogen;   /* outgoing: i -> oto[k] via ogen[k] */
  int *istart, *ifrom, *igen; /* incoming: ifrom[k] -> i via igen[k] */
} graph;

static void graph_free(graph *G)
{
  free(G->obj); free(G->ostart); free(G->oto); free(G->ogen);
  free(G->istart); free(G->ifrom); free(G->igen);
}

static int graph_build(const task *S, graph *G)
{
  const category *c = task_category(S);
  int m = category_object_count(c), ng = category_generator_count(c);
  memset(G, 0, sizeof *G);
  int *xoff = malloc(((size_t)m + 1) * sizeof *xoff);
  if (!xoff) return -1;
  long n = 0, E = 0;
  for (int x = 0; x < m; x++) {
    xoff[x] = (int)n;
    n += task_set_size(S, x);
  }
  for (int g = 0; g < ng; g++) E += task_set_size(S, task_domain(S, g));
  G->n = (int)n;
  G->obj = malloc(((size_t)n + 1) * sizeof *G->obj);
  G->ostart = calloc((size_t)n + 2, sizeof *G->ostart);
  G->istart = calloc((size_t)n + 2, sizeof *G->istart);
  G->oto = malloc(((size_t)E + 1) * sizeof *G->oto);
  G->ogen = malloc(((size_t)E + 1) * sizeof *G->ogen);
  G->ifrom = malloc(((size_t)E + 1) * sizeof *G->ifrom);
  G->igen = malloc(((size_t)E + 1) * sizeof *G->igen);
  if (!G->obj || !G->ostart || !G->istart || !G->oto || !G->ogen || !G->ifrom || !G->igen) {
    free(xoff);
    return -1;
  }
  for (int x = 0; x < m; x++)
    for (int e = 0; e < task_set_size(S, x); e++) G->obj[xoff[x] + e] = x;
  for (int g = 0; g < ng; g++) {
    int dx = task_domain(S, g), cx = task_codomain(S, g);
    for (int e = 0; e < task_set_size(S, dx); e++) {
      G->ostart[xoff[dx] + e + 1]++;
      G->istart[xoff[cx] + task_apply(S, g, e) + 1]++;
    }
  }
  for (long i = 0; i < n; i++) {
    G->ostart[i + 1] += G->ostart[i];
    G->istart[i + 1] += G->istart[i];
  }
  int *ofill = calloc((size_t)n + 1, sizeof *ofill), *ifill = calloc((size_t)n + 1, sizeof *ifill);
  if (!ofill || !ifill) {
    free(ofill); free(ifill); free(xoff);
    return -1;
  }
  for (int g = 0; g < ng; g++) {
    int dx = task_domain(S, g), cx = task_codomain(S, g);
    for (int e = 0; e < task_set_size(S, dx); e++) {
      int i = xoff[dx] + e, j = xoff[cx] + task_apply(S, g, e);
      int k = G->ostart[i] + ofill[i]++;
      G->oto[k] = j; G->ogen[k] = g;
      k = G->istart[j] + ifill[j]++;
      G->ifrom[k] = i; G->igen[k] = g;
    }
  }
  free(ofill); free(ifill); free(xoff);
  return 0;
}

/* The unknowns in a topological order of the strongly connected components
 * of the forcing graph (sources first): iterative Tarjan, whose output
 * order is reverse topological. */
static int branch_order(const graph *G, int *order)
{
  int n = G->n;
  int *index = malloc(((size_t)n + 1) * sizeof *index), *low = malloc(((size_t)n + 1) * sizeof *low);
  int *stack = malloc(((size_t)n + 1) * sizeof *stack), *call = malloc(((size_t)n + 1) * sizeof *call);
  int *edge = malloc(((size_t)n + 1) * sizeof *edge);
  char *on = calloc((size_t)n + 1, 1);
  if (!index || !low || !stack || !call || !edge || !on) {
    free(index); free(low); free(stack); free(call); free(edge); free(on);
    return -1;
  }
  for (int i = 0; i < n; i++) index[i] = -1;
  int counter = 0, sp = 0, out = n;   /* components are written from the end */
  for (int r = 0; r < n; r++) {
    if (index[r] >= 0) continue;
    int cp = 0;
    call[cp++] = r;
    index[r] = low[r] = counter++;
    edge[r] = G->ostart[r];
    stack[sp++] = r;
    on[r] = 1;
    while (cp > 0) {
      int v = call[cp - 1];
      if (edge[v] < G->ostart[v + 1]) {
        int w = G->oto[edge[v]++];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          edge[w] = G->ostart[w];
          stack[sp++] = w;
          on[w] = 1;
          call[cp++] = w;
        } else if (on[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      cp--;
      if (cp > 0 && low[v] < low[call[cp - 1]]) low[call[cp - 1]] = low[v];
      if (low[v] == index[v]) {
        /* pop the component; Tarjan emits sinks first, so fill from the end */
        int w, start = sp;
        do { w = stack[--start]; on[w] = 0; } while (w != v);
        int size = sp - start;
        out -= size;
        memcpy(order + out, stack + start, (size_t)size * sizeof *order);
        sp = start;
      }
    }
  }
  free(index); free(low); free(stack); free(call); free(edge); free(on);
  return 0;
}

typedef struct search {
  const task *S, *T;
  const graph *G;
  int *val;       /* -1 unassigned */
  int *trail;     /* assigned unknowns, in order */
  int ntrail;
  int *queue;
} search;

/* Assign i := v and propagate; 0 on success, -1 on a conflict (the trail
 * holds everything assigned so far, for undoing). */
static int assign(search *s, int i, int v)
{
  const graph *G = s->G;
  int qh = 0, qt = 0;
  s->val[i] = v;
  s->trail[s->ntrail++] = i;
  s->queue[qt++] = i;
  while (qh < qt) {
    int a = s->queue[qh++];
    int va = s->val[a];
    for (int k = G->ostart[a]; k < G->ostart[a + 1]; k++) {
      int b = G->oto[k];
      int w = task_apply(s->T, G->ogen[k], va);
      if (s->val[b] < 0) {
        s->val[b] = w;
        s->trail[s->ntrail++] = b;
        s->queue[qt++] = b;
      } else if (s->val[b] != w) {
        return -1;
      }
    }
    for (int k = G->istart[a]; k < G->istart[a + 1]; k++) {
      int b = G->ifrom[k];
      if (s->val[b] >= 0 && task_apply(s->T, G->igen[k], s->val[b]) != va) return -1;
    }
  }
  return 0;
}

static void undo(search *s, int mark)
{
  while (s->ntrail > mark) s->val[s->trail[--s->ntrail]] = -1;
}

static yo_status direct(const task *S, const task *T, long limit, nat_result *r, diag_list *d)
{
  graph G;
  yo_status st = YO_INTERNAL;
  int *order = NULL, *pos = NULL, *mark = NULL, *next = NULL;
  search s;
  memset(&s, 0, sizeof s);
  if (graph_build(S, &G) < 0) goto oom;
  int n = G.n;
  order = malloc(((size_t)n + 1) * sizeof *order);
  pos = malloc(((size_t)n + 1) * sizeof *pos);       /* decision level -> position in order */
  mark = malloc(((size_t)n + 1) * sizeof *mark);     /* decision level -> trail mark */
  next = malloc(((size_t)n + 1) * sizeof *next);     /* decision level -> next value */
  s.val = malloc(((size_t)n + 1) * sizeof *s.val);
  s.trail = malloc(((size_t)n + 1) * sizeof *s.trail);
  s.queue = malloc(((size_t)n + 1) * sizeof *s.queue);
  if (!order || !pos || !mark || !next || !s.val || !s.trail || !s.queue) goto oom;
  if (branch_order(&G, order) < 0) goto oom;
  s.S = S; s.T = T; s.G = &G;
  for (int i = 0; i < n; i++) s.val[i] = -1;
  /* iterative depth-first search: level L branches on order[pos[L]] */
  int L = 0, p = 0;
  for (;;) {
    while (p < n && s.val[order[p]] >= 0) p++;
    if (p == n) {
      if (r->count >= limit) {
        diag_add(d, DIAG_ERROR, NULL, 0, "more than %ld natural transformations (the limit; "
                 "raise it with --limit)", limit);
        st = YO_LIMIT;
        goto done;
      }
      if (result_add(r, s.val) < 0) goto oom;
    } else {
      pos[L] = p;
      mark[L] = s.ntrail;
      next[L] = 0;
      L++;
    }
    /* find the next value to try, backtracking as needed */
    for (;;) {
      if (L == 0) {
        st = YO_OK;
        goto done;
      }
      int lv = L - 1, i = order[pos[lv]];
      undo(&s, mark[lv]);
      int size = task_set_size(T, G.obj[i]);
      if (next[lv] >= size) {
        L--;
        continue;
      }
      int v = next[lv]++;
      if (assign(&s, i, v) == 0) {
        p = pos[lv] + 1;
        break;
      }
    }
  }
oom:
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory while enumerating natural transformations");
  st = YO_INTERNAL;
done:
  graph_free(&G);
  free(order); free(pos); free(mark); free(next);
  free(s.val); free(s.trail); free(s.queue);
  return st;
}

/* ---- the z3 engine ------------------------------------------------------------ */

static yo_status with_z3(const task *S, const task *T, const nat_options *o, nat_result *r,
                         diag_list *d)
{
  z3session *zs = z3session_new(o->timeout, d);
  if (!zs) return YO_INTERNAL;
  Z3_context ctx = z3session_context(zs);
  enc_natural *e = enc_natural_new(ctx, S, T, d);
  yo_status st = YO_INTERNAL;
  int *alpha = NULL;
  if (!e) goto done;
  alpha = malloc(((size_t)r->width + 1) * sizeof *alpha);
  if (!alpha) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    goto done;
  }
  if ((st = z3session_assert_all(zs, enc_natural_assertions(e), d)) != YO_OK) goto done;
  for (;;) {
    st = z3session_check(zs, d);
    if (st == YO_NO) {
      st = YO_OK;
      break;
    }
    if (st != YO_YES) break;
    if (enc_natural_decode(e, z3session_model(zs), alpha) < 0) {
      diag_add(d, DIAG_ERROR, NULL, 0, "z3: a model does not give one value per element");
      st = YO_INTERNAL;
      break;
    }
    if (r->count >= o->limit) {
      diag_add(d, DIAG_ERROR, NULL, 0, "more than %ld natural transformations (the limit; "
               "raise it with --limit)", o->limit);
      st = YO_LIMIT;
      break;
    }
    if (result_add(r, alpha) < 0) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
      st = YO_INTERNAL;
      break;
    }
    Z3_ast block = enc_natural_block(e, alpha);
    if (!block) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
      st = YO_INTERNAL;
      break;
    }
    Z3_solver_assert(ctx, z3session_solver(zs), block);
    if ((st = z3session_status(zs, "blocking a model", d)) != YO_OK) break;
  }
done:
  free(alpha);
  enc_natural_free(e);
  z3session_free(zs);
  return st;
}

yo_status nat_enumerate(const task *S, const task *T, const nat_options *o, nat_result **out,
                        diag_list *d)
{
  nat_options def;
  if (!o) {
    nat_options_init(&def);
    o = &def;
  }
  *out = NULL;
  if (task_category(S) != task_category(T) || task_variance_of(S) != task_variance_of(T)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "tasks %s and %s are not on one category with one variance",
             task_name(S), task_name(T));
    return YO_INVALID;
  }
  nat_result *r = calloc(1, sizeof *r);
  if (!r) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  long w = task_element_total(S);
  r->width = (int)w;
  long limit = o->limit > 0 ? o->limit : NAT_DEFAULT_LIMIT;
  nat_options oo = *o;
  oo.limit = limit;
  yo_status st = o->engine == NAT_Z3 ? with_z3(S, T, &oo, r, d) : direct(S, T, limit, r, d);
  if (st != YO_OK) {
    nat_result_free(r);
    return st;
  }
  *out = r;
  return YO_OK;
}
