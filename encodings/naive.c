/* naive.c — see naive.h. */
#include "encodings/naive.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct enc_naive {
  enc_head h;             /* pins, candidates and selectors */
  Z3_sort isort;
  Z3_ast *elem;   /* a_P(id_P) per candidate */
  int named;      /* symbols named after the spec (SMT-LIB output) */
  const category *w;  /* borrowed, for the names */
} enc_naive;

/* Generators out of each object, as a CSR list. */
static int gens_out(const category *w, int **start, int **list)
{
  int nobj = category_object_count(w), ngen = category_generator_count(w);
  *start = calloc((size_t)nobj + 2, sizeof **start);
  *list = malloc(((size_t)ngen + 1) * sizeof **list);
  if (!*start || !*list) return -1;
  for (int g = 0; g < ngen; g++) (*start)[category_generator_source(w, g) + 1]++;
  for (int x = 0; x < nobj; x++) (*start)[x + 1] += (*start)[x];
  int *fill = calloc((size_t)nobj + 1, sizeof *fill);
  if (!fill) return -1;
  for (int g = 0; g < ngen; g++) {
    int x = category_generator_source(w, g);
    (*list)[(*start)[x] + fill[x]++] = g;
  }
  free(fill);
  return 0;
}

long enc_naive_size(const task *t, const category *w)
{
  int nobj = category_object_count(w);
  int *gs = NULL, *gl = NULL;
  int *hom = calloc((size_t)nobj + 1, sizeof *hom);
  long size = 0;
  if (!hom || gens_out(w, &gs, &gl) != 0) {
    size = ENC_NAIVE_MAX_SIZE + 1;
    goto done;
  }
  for (int P = 0; P < nobj && size <= ENC_NAIVE_MAX_SIZE; P++) {
    if (task_set_size(t, P) == 0) continue;
    int start = category_block_start(w, P), bs = category_block_size(w, P);
    for (int k = 0; k < bs && size <= ENC_NAIVE_MAX_SIZE; k++) {
      int y = category_target(w, start + k);
      hom[y]++;
      size += task_set_size(t, y) + 1;               /* range */
      size += gs[y + 1] - gs[y];                     /* generator naturality */
      int ys = category_block_start(w, y), yb = category_block_size(w, y);
      for (int h = ys + 1; h < ys + yb; h++)          /* morphism naturality */
        size += 1 + category_word_length(w, h);
    }
    for (int y = 0; y < nobj; y++) {
      size += 1 + (long)hom[y] * hom[y] / 2 + (long)hom[y] * task_set_size(t, y);
      hom[y] = 0;
    }
  }
done:
  free(hom);
  free(gs);
  free(gl);
  return size;
}

static Z3_ast keep(enc_naive *e, Z3_ast a)
{
  return enc_pin(&e->h.z, a);
}

static Z3_func_decl keep_fun(enc_naive *e, Z3_func_decl f)
{
  return enc_pin_decl(&e->h.z, f);
}

static void add(enc_naive *e, Z3_ast a)
{
  if (a) Z3_ast_vector_push(e->h.z.ctx, e->h.z.asserts, a);
}

static Z3_ast num(enc_naive *e, int v)
{
  return keep(e, Z3_mk_int(e->h.z.ctx, v, e->isort));
}

/* `prefix``i`, or in readable mode `fmt` with the spec name `what` (spec
 * names never hold the `|` and `\` excluded from quoted SMT-LIB symbols;
 * a name too long for the buffer keeps the numbered form). */
static Z3_func_decl fun(enc_naive *e, const char *prefix, int i, unsigned arity,
                        const char *fmt, const char *what)
{
  char name[256];
  int n = e->named ? snprintf(name, sizeof name, fmt, what) : -1;
  if (n < 0 || (size_t)n >= sizeof name) snprintf(name, sizeof name, "%s%d", prefix, i);
  Z3_sort dom[1] = {e->isort};
  return keep_fun(e, Z3_mk_func_decl(e->h.z.ctx, Z3_mk_string_symbol(e->h.z.ctx, name),
                                     arity, dom, e->isort));
}

static Z3_ast app1(enc_naive *e, Z3_func_decl f, Z3_ast x)
{
  Z3_ast a[1] = {x};
  return keep(e, Z3_mk_app(e->h.z.ctx, f, 1, a));
}

static Z3_ast any(enc_naive *e, int n, const Z3_ast *xs)
{
  if (n == 0) return keep(e, Z3_mk_false(e->h.z.ctx));
  return keep(e, Z3_mk_or(e->h.z.ctx, (unsigned)n, xs));
}

static void guarded(enc_naive *e, Z3_ast p, Z3_ast c)
{
  add(e, keep(e, Z3_mk_implies(e->h.z.ctx, p, c)));
}

static Z3_func_decl gen_fun(enc_naive *e, const task *t, Z3_func_decl *tf, int g)
{
  if (tf[g]) return tf[g];
  tf[g] = fun(e, "t_", g, 1, "T(%s)", category_generator_name(e->w, g));
  int n = task_set_size(t, task_domain(t, g));
  for (int x = 0; x < n; x++)
    add(e, keep(e, Z3_mk_eq(e->h.z.ctx, app1(e, tf[g], num(e, x)),
                            num(e, task_apply(t, g, x)))));
  return tf[g];
}

static void release(void *v)
{
  enc_naive *e = v;
  if (!e) return;
  enc_head_release(&e->h);
  free(e->elem);
  free(e);
}

static void *build(Z3_context ctx, const task *t, const category *w, int named,
                    diag_list *d)
{
  long size = enc_naive_size(t, w);
  if (size > ENC_NAIVE_MAX_SIZE) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "naive engine: instance too big (more than %ld constraints); "
             "use the direct or z3 engine", ENC_NAIVE_MAX_SIZE);
    return NULL;
  }
  int nobj = category_object_count(w), ngen = category_generator_count(w);
  int nmor = category_morphism_count(w);
  enc_naive *e = calloc(1, sizeof *e);
  Z3_func_decl *tf = calloc((size_t)ngen + 1, sizeof *tf);
  int *gs = NULL, *gl = NULL;
  int *word = malloc(((size_t)nmor + 1) * sizeof *word);
  int *homs = malloc(((size_t)nmor + 1) * sizeof *homs);  /* block sorted by target */
  int *hstart = calloc((size_t)nobj + 2, sizeof *hstart);
  Z3_ast *A = malloc(((size_t)nmor + 1) * sizeof *A);
  int maxset = nmor;
  for (int y = 0; y < nobj; y++)
    if (task_set_size(t, y) > maxset) maxset = task_set_size(t, y);
  Z3_ast *dis = malloc(((size_t)maxset + 1) * sizeof *dis);
  if (!e || !tf || !word || !homs || !hstart || !A || !dis ||
      gens_out(w, &gs, &gl) != 0)
    goto oom;
  enc_pins_init(&e->h.z, ctx);
  e->named = named;
  e->w = w;
  e->isort = Z3_mk_int_sort(ctx);
  keep(e, Z3_sort_to_ast(ctx, e->isort));
  e->h.cand = malloc(((size_t)nobj + 1) * sizeof *e->h.cand);
  e->h.sel = malloc(((size_t)nobj + 1) * sizeof *e->h.sel);
  e->elem = malloc(((size_t)nobj + 1) * sizeof *e->elem);
  if (!e->h.cand || !e->h.sel || !e->elem) goto oom;
  for (int P = 0; P < nobj; P++) {
    if (task_set_size(t, P) == 0) continue;
    int i = e->h.ncand++;
    e->h.cand[i] = P;
    char name[256];
    int nn = named ? snprintf(name, sizeof name, "P = %s", category_object_name(w, P)) : -1;
    if (nn < 0 || (size_t)nn >= sizeof name) snprintf(name, sizeof name, "p_%d", P);
    Z3_ast p = e->h.sel[i] =
        keep(e, Z3_mk_const(ctx, Z3_mk_string_symbol(ctx, name), Z3_mk_bool_sort(ctx)));
    Z3_func_decl a = fun(e, "a_", P, 1, "alpha Hom(%s,-)", category_object_name(w, P));
    int start = category_block_start(w, P), bs = category_block_size(w, P);
    for (int k = 0; k < bs; k++) A[k] = app1(e, a, num(e, start + k));
    e->elem[i] = A[0];
    /* range */
    for (int k = 0; k < bs; k++) {
      int y = category_target(w, start + k), n = task_set_size(t, y);
      for (int x = 0; x < n; x++) dis[x] = keep(e, Z3_mk_eq(ctx, A[k], num(e, x)));
      guarded(e, p, any(e, n, dis));
    }
    /* naturality: generators, then every non-identity morphism */
    for (int k = 0; k < bs; k++) {
      int f = start + k, y = category_target(w, f);
      for (int j = gs[y]; j < gs[y + 1]; j++) {
        int g = gl[j];
        int fg = category_step(w, f, g);
        guarded(e, p, keep(e, Z3_mk_eq(ctx, A[fg - start],
                                       app1(e, gen_fun(e, t, tf, g), A[k]))));
      }
      int ys = category_block_start(w, y), yb = category_block_size(w, y);
      for (int h = ys + 1; h < ys + yb; h++) {
        int n = category_word(w, h, word, nmor + 1);
        Z3_ast img = A[k];
        for (int j = 0; j < n; j++) img = app1(e, gen_fun(e, t, tf, word[j]), img);
        int fh = category_compose(w, f, h);
        guarded(e, p, keep(e, Z3_mk_eq(ctx, A[fh - start], img)));
      }
    }
    /* hom-sets of P grouped by target */
    for (int y = 0; y <= nobj; y++) hstart[y] = 0;
    for (int k = 0; k < bs; k++) hstart[category_target(w, start + k) + 1]++;
    for (int y = 0; y < nobj; y++) hstart[y + 1] += hstart[y];
    for (int k = 0; k < bs; k++) homs[hstart[category_target(w, start + k)]++] = k;
    for (int y = nobj; y > 0; y--) hstart[y] = hstart[y - 1];
    hstart[0] = 0;
    for (int y = 0; y < nobj; y++) {
      int h0 = hstart[y], h1 = hstart[y + 1];
      for (int i1 = h0; i1 < h1; i1++)        /* injectivity */
        for (int i2 = i1 + 1; i2 < h1; i2++)
          guarded(e, p, keep(e, Z3_mk_not(ctx, keep(e, Z3_mk_eq(ctx, A[homs[i1]],
                                                                A[homs[i2]])))));
      int n = task_set_size(t, y);
      for (int x = 0; x < n; x++) {           /* surjectivity */
        Z3_ast ex = num(e, x);
        for (int i1 = h0; i1 < h1; i1++) dis[i1 - h0] = keep(e, Z3_mk_eq(ctx, A[homs[i1]], ex));
        guarded(e, p, any(e, h1 - h0, dis));
      }
    }
    if (Z3_get_error_code(ctx) != Z3_OK) break;
  }
  if (e->h.ncand > 0)
    add(e, keep(e, Z3_mk_or(ctx, (unsigned)e->h.ncand, e->h.sel)));
  else
    add(e, keep(e, Z3_mk_false(ctx)));
  free(tf); free(gs); free(gl); free(word); free(homs); free(hstart); free(A); free(dis);
  if (Z3_get_error_code(ctx) != Z3_OK) {
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: building the naive encoding: %s",
             Z3_get_error_msg(ctx, Z3_get_error_code(ctx)));
    Z3_set_error(ctx, Z3_OK);
    release(e);
    return NULL;
  }
  return e;
oom:
  free(tf); free(gs); free(gl); free(word); free(homs); free(hstart); free(A); free(dis);
  release(e);
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory building the naive encoding");
  return NULL;
}

/* ---- the operations table (encoding.h) ------------------------------------ */

/* a_P(id_P), the universal element, read from the model. */
static int ops_element(const void *v, Z3_model m, int i, const task *t)
{
  const enc_naive *e = v;
  (void)t;
  Z3_ast r = NULL;
  if (!Z3_model_eval(e->h.z.ctx, m, e->elem[i], true, &r) || !r) return -1;
  int x = -1;
  if (!Z3_get_numeral_int(e->h.z.ctx, r, &x)) return -1;
  return x;
}

static Z3_ast ops_block(void *v, int i, int u)
{
  enc_naive *e = v;
  Z3_ast both[2] = {e->h.sel[i], keep(e, Z3_mk_eq(e->h.z.ctx, e->elem[i], num(e, u)))};
  return keep(e, Z3_mk_not(e->h.z.ctx, keep(e, Z3_mk_and(e->h.z.ctx, 2, both))));
}

const enc_ops enc_naive_ops = {"naive", build, release,
                               enc_head_assertions, enc_head_candidate_count,
                               enc_head_candidate_object, enc_head_selector,
                               ops_element, ops_block};
