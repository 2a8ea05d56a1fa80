/* search.c — see search.h. */
#include "encodings/search.h"

#include <stdio.h>
#include <stdlib.h>

#include "encodings/pins.h"

struct enc_search {
  enc_pins z;             /* context, pinned terms, assertions */
  const search *s;
  int n, m, E, stride;
  task_variance v;
  Z3_ast T, F;             /* true, false */
  Z3_ast *src, *tgt;       /* [m*n] */
  Z3_ast *c;               /* [m*m*m]: c[(f*m+g)*m+h] */
  Z3_ast *p;               /* [n*E] */
  Z3_ast *a;               /* [m*E*E]: a[(f*E+i)*E+j] */
  Z3_ast *dp, *cp;         /* [m*E]: element i present in T(dom f) / T(cod f) */
  long nvars;
  int oom;
};

static Z3_ast keep(enc_search *e, Z3_ast a)
{
  return enc_pin(&e->z, a);
}

static void add(enc_search *e, Z3_ast a)
{
  if (a) Z3_ast_vector_push(e->z.ctx, e->z.asserts, a);
}

static Z3_ast var(enc_search *e)
{
  Z3_symbol sym = Z3_mk_int_symbol(e->z.ctx, (int)e->nvars++);
  return keep(e, Z3_mk_const(e->z.ctx, sym, Z3_mk_bool_sort(e->z.ctx)));
}

static Z3_ast not_(enc_search *e, Z3_ast a) { return keep(e, Z3_mk_not(e->z.ctx, a)); }
static Z3_ast implies(enc_search *e, Z3_ast a, Z3_ast b)
{
  return keep(e, Z3_mk_implies(e->z.ctx, a, b));
}
static Z3_ast iff(enc_search *e, Z3_ast a, Z3_ast b) { return keep(e, Z3_mk_iff(e->z.ctx, a, b)); }

static Z3_ast and_n(enc_search *e, int n, const Z3_ast *xs)
{
  if (n == 0) return e->T;
  if (n == 1) return xs[0];
  return keep(e, Z3_mk_and(e->z.ctx, (unsigned)n, xs));
}
static Z3_ast or_n(enc_search *e, int n, const Z3_ast *xs)
{
  if (n == 0) return e->F;
  if (n == 1) return xs[0];
  return keep(e, Z3_mk_or(e->z.ctx, (unsigned)n, xs));
}
static Z3_ast and2(enc_search *e, Z3_ast a, Z3_ast b)
{
  Z3_ast xs[2] = {a, b};
  return and_n(e, 2, xs);
}
static Z3_ast and3(enc_search *e, Z3_ast a, Z3_ast b, Z3_ast c)
{
  Z3_ast xs[3] = {a, b, c};
  return and_n(e, 3, xs);
}
static Z3_ast or2(enc_search *e, Z3_ast a, Z3_ast b)
{
  Z3_ast xs[2] = {a, b};
  return or_n(e, 2, xs);
}
static Z3_ast atmost(enc_search *e, int n, const Z3_ast *xs, int k)
{
  if (n <= k) return e->T;
  return keep(e, Z3_mk_atmost(e->z.ctx, (unsigned)n, xs, (unsigned)k));
}
static Z3_ast exactly_one(enc_search *e, int n, const Z3_ast *xs)
{
  return and2(e, or_n(e, n, xs), atmost(e, n, xs, 1));
}

/* A growable argument list (scratch). */
typedef struct args {
  Z3_ast *x;
  int n, cap;
} args;

/* The conjunction / disjunction of l, whose array is freed. */
static Z3_ast and_all(enc_search *e, args *l)
{
  Z3_ast r = and_n(e, l->n, l->x);
  free(l->x);
  *l = (args){0};
  return r;
}
static Z3_ast or_all(enc_search *e, args *l)
{
  Z3_ast r = or_n(e, l->n, l->x);
  free(l->x);
  *l = (args){0};
  return r;
}

static void push(enc_search *e, args *l, Z3_ast a)
{
  if (l->n == l->cap) {
    int nc = l->cap ? 2 * l->cap : 16;
    Z3_ast *nx = realloc(l->x, (size_t)nc * sizeof *nx);
    if (!nx) {
      e->oom = 1;
      return;
    }
    l->x = nx;
    l->cap = nc;
  }
  l->x[l->n++] = a;
}

#define S(f, x) e->src[(f) * e->n + (x)]
#define TG(f, x) e->tgt[(f) * e->n + (x)]
#define C(f, g, h) e->c[((f) * e->m + (g)) * e->m + (h)]
#define P(x, i) e->p[(x) * e->E + (i)]
#define A(f, i, j) e->a[((f) * e->E + (i)) * e->E + (j)]
#define DP(f, i) e->dp[(f) * e->E + (i)]
#define CP(f, i) e->cp[(f) * e->E + (i)]

/* dom / cod of T(f) as object selectors */
static Z3_ast D(const enc_search *e, int f, int x)
{
  return e->v == TASK_COVARIANT ? S(f, x) : TG(f, x);
}
static Z3_ast CO(const enc_search *e, int f, int x)
{
  return e->v == TASK_COVARIANT ? TG(f, x) : S(f, x);
}

/* f and g have the same source (which = 0) / target (which = 1) */
static Z3_ast same_end(enc_search *e, int f, int g, int which)
{
  args l = {0};
  for (int x = 0; x < e->n; x++)
    push(e, &l, which ? and2(e, TG(f, x), TG(g, x)) : and2(e, S(f, x), S(g, x)));
  return or_all(e, &l);
}

/* ---- the category ---------------------------------------------------------- */

static void category_vars(enc_search *e)
{
  int n = e->n, m = e->m;
  for (int f = 0; f < m; f++)
    for (int x = 0; x < n; x++) {
      if (f < n) {
        S(f, x) = TG(f, x) = x == f ? e->T : e->F;
      } else {
        S(f, x) = var(e);
        TG(f, x) = var(e);
      }
    }
  for (int f = n; f < m; f++) {
    add(e, exactly_one(e, n, &S(f, 0)));
    add(e, exactly_one(e, n, &TG(f, 0)));
  }
  /* composition: identity rows are terms (the unit laws) */
  for (int f = 0; f < m; f++)
    for (int g = 0; g < m; g++)
      for (int h = 0; h < m; h++) {
        if (f < n) C(f, g, h) = h == g ? S(g, f) : e->F;
        else if (g < n) C(f, g, h) = h == f ? TG(f, g) : e->F;
        else C(f, g, h) = var(e);
      }
  for (int f = n; f < m && !e->oom; f++)
    for (int g = n; g < m; g++) {
      args comp = {0};
      for (int x = 0; x < n; x++) push(e, &comp, and2(e, TG(f, x), S(g, x)));
      Z3_ast composable = or_all(e, &comp);
      Z3_ast *row = &C(f, g, 0);
      add(e, atmost(e, m, row, 1));
      add(e, iff(e, composable, or_n(e, m, row)));
      for (int h = 0; h < m; h++)
        for (int x = 0; x < n; x++) {
          add(e, implies(e, and2(e, row[h], S(f, x)), S(h, x)));
          add(e, implies(e, and2(e, row[h], TG(g, x)), TG(h, x)));
        }
    }
  /* associativity for non-identities f, g, k, through x = "(f;g);k is d":
   *   f;g = a and a;k = d  imply  x[d];   g;k = b and x[d]  imply  f;b = d.
   * (f;g);k always has exactly one value d for a composable triple, and so
   * has f;(g;k): 2 m^5 clauses instead of m^6 for the direct form. */
  Z3_ast *x = calloc((size_t)m, sizeof *x);
  if (!x) {
    e->oom = 1;
    return;
  }
  for (int f = n; f < m && !e->oom; f++)
    for (int g = n; g < m; g++)
      for (int k = n; k < m; k++) {
        for (int d = 0; d < m; d++) x[d] = var(e);
        for (int ab = 0; ab < m; ab++) {
          Z3_ast fg = C(f, g, ab);
          if (fg == e->F) continue;
          for (int d = 0; d < m; d++) {
            if (C(ab, k, d) == e->F) continue;
            add(e, implies(e, and2(e, fg, C(ab, k, d)), x[d]));
          }
        }
        for (int b = 0; b < m; b++) {
          Z3_ast gk = C(g, k, b);
          if (gk == e->F) continue;
          for (int d = 0; d < m; d++) add(e, implies(e, and2(e, gk, x[d]), C(f, b, d)));
        }
      }
  free(x);
}

/* Symmetry breaking: non-identities sorted by (source, target); objects
 * by (out-degree, in-degree) of non-identity morphisms, non-increasing.
 * Purely propositional: the morphism order as binary clauses over the
 * one-hot (source, target) pairs, the degree order as one pseudo-Boolean
 * inequality per pair of consecutive objects. */
static void symmetry(enc_search *e)
{
  int n = e->n, m = e->m;
  if (m - n < 1) return;
  /* key(f) <= key(f+1), key = source * n + target: forbid every pair of
   * keys in the wrong order */
  for (int f = n; f + 1 < m && !e->oom; f++)
    for (int k1 = 0; k1 < n * n; k1++)
      for (int k2 = 0; k2 < k1; k2++) {
        Z3_ast a = and2(e, S(f, k1 / n), TG(f, k1 % n));
        Z3_ast b = and2(e, S(f + 1, k2 / n), TG(f + 1, k2 % n));
        add(e, not_(e, and2(e, a, b)));
      }
  /* (m+1) * out(x) + in(x) >= (m+1) * out(x+1) + in(x+1) */
  int k = 4 * (m - n);
  Z3_ast *xs = calloc((size_t)k + 1, sizeof *xs);
  int *cs = calloc((size_t)k + 1, sizeof *cs);
  if (!xs || !cs) {
    free(xs);
    free(cs);
    e->oom = 1;
    return;
  }
  for (int x = 0; x + 1 < n; x++) {
    int i = 0;
    for (int f = n; f < m; f++) {
      xs[i] = S(f, x), cs[i++] = m + 1;
      xs[i] = TG(f, x), cs[i++] = 1;
      xs[i] = S(f, x + 1), cs[i++] = -(m + 1);
      xs[i] = TG(f, x + 1), cs[i++] = -1;
    }
    add(e, keep(e, Z3_mk_pbge(e->z.ctx, (unsigned)i, xs, cs, 0)));
  }
  free(xs);
  free(cs);
}

/* ---- the task ---------------------------------------------------------------- */

static void task_vars(enc_search *e)
{
  int n = e->n, m = e->m, E = e->E;
  for (int x = 0; x < n; x++)
    for (int i = 0; i < E; i++) {
      P(x, i) = var(e);
      if (i) add(e, implies(e, P(x, i), P(x, i - 1)));
    }
  for (int f = 0; f < m; f++)
    for (int i = 0; i < E; i++) {
      args dl = {0}, cl = {0};
      for (int x = 0; x < n; x++) {
        push(e, &dl, and2(e, D(e, f, x), P(x, i)));
        push(e, &cl, and2(e, CO(e, f, x), P(x, i)));
      }
      DP(f, i) = or_all(e, &dl);
      CP(f, i) = or_all(e, &cl);
      for (int j = 0; j < E; j++)
        A(f, i, j) = f < n ? (i == j ? P(f, i) : e->F) : var(e);
    }
  /* T(f) is a function T(dom f) -> T(cod f) */
  for (int f = n; f < m && !e->oom; f++)
    for (int i = 0; i < E; i++) {
      Z3_ast *row = &A(f, i, 0);
      add(e, atmost(e, E, row, 1));
      add(e, implies(e, DP(f, i), or_n(e, E, row)));
      for (int j = 0; j < E; j++) add(e, implies(e, row[j], and2(e, DP(f, i), CP(f, j))));
    }
  /* functoriality on composable non-identities f, g with f;g = h */
  for (int f = n; f < m && !e->oom; f++)
    for (int g = n; g < m; g++)
      for (int h = 0; h < m; h++) {
        Z3_ast fg = C(f, g, h);
        int first = e->v == TASK_COVARIANT ? f : g, second = e->v == TASK_COVARIANT ? g : f;
        for (int i = 0; i < E; i++)
          for (int j = 0; j < E; j++)
            for (int k = 0; k < E; k++)
              add(e, implies(e, and3(e, fg, A(first, i, j), A(second, j, k)), A(h, i, k)));
      }
}

/* ---- properties -------------------------------------------------------------- */

static Z3_ast hom_exactly_one(enc_search *e, int x, int y)
{
  Z3_ast *xs = calloc((size_t)e->m, sizeof *xs);
  if (!xs) {
    e->oom = 1;
    return e->F;
  }
  for (int f = 0; f < e->m; f++) xs[f] = and2(e, S(f, x), TG(f, y));
  Z3_ast r = exactly_one(e, e->m, xs);
  free(xs);
  return r;
}

static Z3_ast enc_connected(enc_search *e)
{
  int n = e->n;
  Z3_ast *r = calloc((size_t)n, sizeof *r), *nr = calloc((size_t)n, sizeof *nr);
  Z3_ast *adj = calloc((size_t)n * (size_t)n, sizeof *adj);
  if (!r || !nr || !adj) {
    free(r);
    free(nr);
    free(adj);
    e->oom = 1;
    return e->F;
  }
  for (int x = 0; x < n; x++)
    for (int y = 0; y < n; y++) {
      args l = {0};
      for (int f = e->n; f < e->m; f++)
        push(e, &l, or2(e, and2(e, S(f, x), TG(f, y)), and2(e, S(f, y), TG(f, x))));
      adj[x * n + y] = or_all(e, &l);
    }
  for (int x = 0; x < n; x++) r[x] = x == 0 ? e->T : e->F;
  for (int step = 1; step < n; step++) {
    for (int y = 0; y < n; y++) {
      args l = {0};
      push(e, &l, r[y]);
      for (int x = 0; x < n; x++) push(e, &l, and2(e, r[x], adj[x * n + y]));
      nr[y] = or_all(e, &l);
    }
    for (int y = 0; y < n; y++) r[y] = nr[y];
  }
  Z3_ast res = and_n(e, n, r);
  free(r);
  free(nr);
  free(adj);
  return res;
}

static Z3_ast enc_groupoid(enc_search *e)
{
  args all = {0};
  for (int f = e->n; f < e->m; f++) {
    args inv = {0};
    for (int g = e->n; g < e->m; g++) {
      args l = {0}, r = {0};
      for (int x = 0; x < e->n; x++) {
        push(e, &l, C(f, g, x));
        push(e, &r, C(g, f, x));
      }
      push(e, &inv, and2(e, or_n(e, l.n, l.x), or_n(e, r.n, r.x)));
      free(l.x);
      free(r.x);
    }
    push(e, &all, or_all(e, &inv));
  }
  return and_all(e, &all);
}

static Z3_ast enc_thin(enc_search *e)
{
  args all = {0};
  for (int f = 0; f < e->m; f++)
    for (int g = f + 1; g < e->m; g++) {
      if (f < e->n && g < e->n) continue;   /* two identities: never parallel */
      push(e, &all, not_(e, and2(e, same_end(e, f, g, 0), same_end(e, f, g, 1))));
    }
  return and_all(e, &all);
}

static Z3_ast enc_initial(enc_search *e, int terminal)
{
  args any = {0};
  for (int x = 0; x < e->n; x++) {
    args every = {0};
    for (int y = 0; y < e->n; y++)
      push(e, &every, terminal ? hom_exactly_one(e, y, x) : hom_exactly_one(e, x, y));
    push(e, &any, and_all(e, &every));
  }
  return or_all(e, &any);
}

/* u ∈ T(P) universal: present, f ↦ T(f)(u) injective on the morphisms with
 * dom f = P and onto every present element of every T(Y). */
static Z3_ast enc_universal(enc_search *e, int P, int u)
{
  int m = e->m, E = e->E, n = e->n;
  args l = {0};
  push(e, &l, P(P, u));
  for (int f = 0; f < m; f++)
    for (int g = f + 1; g < m; g++) {
      Z3_ast both = and2(e, D(e, f, P), D(e, g, P));
      Z3_ast same = same_end(e, f, g, e->v == TASK_COVARIANT ? 1 : 0);
      for (int j = 0; j < E; j++)
        push(e, &l, not_(e, and3(e, both, same, and2(e, A(f, u, j), A(g, u, j)))));
    }
  for (int y = 0; y < n; y++)
    for (int j = 0; j < E; j++) {
      args hit = {0};
      for (int f = 0; f < m; f++) push(e, &hit, and3(e, D(e, f, P), CO(e, f, y), A(f, u, j)));
      push(e, &l, implies(e, P(y, j), or_all(e, &hit)));
    }
  return and_all(e, &l);
}

static Z3_ast enc_representable(enc_search *e)
{
  args any = {0};
  for (int P = 0; P < e->n; P++)
    for (int u = 0; u < e->E; u++) push(e, &any, enc_universal(e, P, u));
  return or_all(e, &any);
}

static Z3_ast enc_constant(enc_search *e, int k)
{
  if (k > e->E) return e->F;
  args l = {0};
  for (int x = 0; x < e->n; x++) {
    if (k > 0) push(e, &l, P(x, k - 1));
    if (k < e->E) push(e, &l, not_(e, P(x, k)));
  }
  for (int f = e->n; f < e->m; f++)
    for (int i = 0; i < k; i++) push(e, &l, A(f, i, i));
  return and_all(e, &l);
}

static Z3_ast enc_prop(enc_search *e, const search_prop *p)
{
  int nk = search_prop_child_count(p);
  switch (search_prop_kind_of(p)) {
  case PROP_CONNECTED: return enc_connected(e);
  case PROP_GROUPOID: return enc_groupoid(e);
  case PROP_THIN: return enc_thin(e);
  case PROP_ONE_OBJECT: return e->n == 1 ? e->T : e->F;
  case PROP_HAS_INITIAL: return enc_initial(e, 0);
  case PROP_HAS_TERMINAL: return enc_initial(e, 1);
  case PROP_DISCRETE: return e->m == e->n ? e->T : e->F;
  case PROP_REPRESENTABLE: return enc_representable(e);
  case PROP_NONEMPTY: {
    if (e->E == 0) return e->F;
    args l = {0};
    for (int x = 0; x < e->n; x++) push(e, &l, P(x, 0));
    return and_all(e, &l);
  }
  case PROP_CONSTANT: return enc_constant(e, search_prop_size(p));
  case PROP_NOT: return nk == 1 ? not_(e, enc_prop(e, search_prop_child(p, 0))) : e->F;
  case PROP_AND:
  case PROP_OR: {
    args l = {0};
    for (int i = 0; i < nk; i++) push(e, &l, enc_prop(e, search_prop_child(p, i)));
    return search_prop_kind_of(p) == PROP_AND ? and_all(e, &l) : or_all(e, &l);
  }
  default: return e->F;
  }
}

/* ---- the whole encoding ------------------------------------------------------- */

enc_search *enc_search_new(Z3_context ctx, const search *s, int objects, int morphisms,
                           diag_list *d)
{
  enc_search *e = calloc(1, sizeof *e);
  if (!e) return NULL;
  enc_pins_init(&e->z, ctx);
  e->s = s;
  e->n = objects;
  e->m = morphisms;
  e->E = search_max_elements(s);
  e->stride = e->E > 0 ? e->E : 1;
  e->v = search_variance(s);
  size_t n = (size_t)objects, m = (size_t)morphisms, E = (size_t)e->E;
  e->src = calloc(m * n + 1, sizeof *e->src);
  e->tgt = calloc(m * n + 1, sizeof *e->tgt);
  e->c = calloc(m * m * m + 1, sizeof *e->c);
  e->p = calloc(n * E + 1, sizeof *e->p);
  e->a = calloc(m * E * E + 1, sizeof *e->a);
  e->dp = calloc(m * E + 1, sizeof *e->dp);
  e->cp = calloc(m * E + 1, sizeof *e->cp);
  if (!e->src || !e->tgt || !e->c || !e->p || !e->a || !e->dp || !e->cp || objects < 1 ||
      morphisms < objects) {
    if (objects >= 1 && morphisms >= objects) diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    else diag_add(d, DIAG_ERROR, NULL, 0, "internal error: bad size class");
    enc_search_free(e);
    return NULL;
  }
  e->T = keep(e, Z3_mk_true(ctx));
  e->F = keep(e, Z3_mk_false(ctx));
  category_vars(e);
  if (!e->oom) symmetry(e);
  if (!e->oom) task_vars(e);
  if (!e->oom) add(e, enc_prop(e, search_hypothesis(s)));
  if (!e->oom) add(e, not_(e, enc_prop(e, search_conclusion(s))));
  Z3_error_code code = Z3_get_error_code(ctx);
  if (e->oom || code != Z3_OK) {
    if (code != Z3_OK) {
      diag_add(d, DIAG_ERROR, NULL, 0, "z3: building the search encoding: %s",
               Z3_get_error_msg(ctx, code));
      Z3_set_error(ctx, Z3_OK);
    } else {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    }
    enc_search_free(e);
    return NULL;
  }
  return e;
}

void enc_search_free(enc_search *e)
{
  if (!e) return;
  enc_pins_release(&e->z);
  free(e->src);
  free(e->tgt);
  free(e->c);
  free(e->p);
  free(e->a);
  free(e->dp);
  free(e->cp);
  free(e);
}

Z3_ast_vector enc_search_assertions(const enc_search *e) { return e->z.asserts; }
int enc_search_stride(const enc_search *e) { return e->stride; }

Z3_ast enc_search_total_at_most(enc_search *e, int k)
{
  if (e->n * e->E == 0) return e->T;
  return atmost(e, e->n * e->E, e->p, k < 0 ? 0 : k);
}

static int truth(const enc_search *e, Z3_model mo, Z3_ast a, int *val)
{
  Z3_ast r = NULL;
  if (!Z3_model_eval(e->z.ctx, mo, a, true, &r) || !r) {
    Z3_set_error(e->z.ctx, Z3_OK);
    return -1;
  }
  Z3_lbool b = Z3_get_bool_value(e->z.ctx, r);
  if (b == Z3_L_UNDEF) return -1;
  *val = b == Z3_L_TRUE;
  return 0;
}

/* The index of the true selector among xs[0..n), or -1 (none or several). */
static int which(const enc_search *e, Z3_model mo, const Z3_ast *xs, int n, int step)
{
  int found = -1;
  for (int i = 0; i < n; i++) {
    int v;
    if (truth(e, mo, xs[(size_t)i * (size_t)step], &v) < 0) return -1;
    if (v) {
      if (found >= 0) return -1;
      found = i;
    }
  }
  return found;
}

int enc_search_decode(const enc_search *e, Z3_model mo, int *source, int *target, int *compose,
                      int *size, int *action)
{
  int n = e->n, m = e->m, E = e->E;
  for (int f = 0; f < m; f++) {
    source[f] = which(e, mo, &S(f, 0), n, 1);
    target[f] = which(e, mo, &TG(f, 0), n, 1);
    if (source[f] < 0 || target[f] < 0) return -1;
  }
  for (int f = 0; f < m; f++)
    for (int g = 0; g < m; g++) {
      int h = which(e, mo, &C(f, g, 0), m, 1);
      if (target[f] == source[g] && h < 0) return -1;
      compose[f * m + g] = target[f] == source[g] ? h : -1;
    }
  for (int x = 0; x < n; x++) {
    size[x] = 0;
    for (int i = 0; i < E; i++) {
      int v;
      if (truth(e, mo, P(x, i), &v) < 0) return -1;
      if (v) size[x] = i + 1;
    }
  }
  for (int f = 0; f < m; f++) {
    int dom = e->v == TASK_COVARIANT ? source[f] : target[f];
    for (int i = 0; i < e->stride; i++) {
      action[f * e->stride + i] = -1;
      if (i >= size[dom]) continue;
      int j = which(e, mo, &A(f, i, 0), E, 1);
      if (j < 0) return -1;
      action[f * e->stride + i] = j;
    }
  }
  return 0;
}
