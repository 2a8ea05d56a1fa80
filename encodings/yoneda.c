/* yoneda.c — see yoneda.h. */
#include "encodings/yoneda.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/cardinality.h"

struct enc_yoneda {
  enc_head h;             /* pins, candidates and selectors */
  Z3_sort esort;          /* E: elements (uninterpreted) */
  long *off;              /* element offset per object */
  Z3_ast *elem;           /* element constants, created on first use */
  Z3_ast u;
  Z3_ast bits[32];        /* u's index in binary (shared by all candidates) */
  int named;              /* symbols named after the spec (SMT-LIB output) */
  int lazy;               /* tables left out of the assertions (yoneda.h) */
  int ngen;
  Z3_func_decl *tf;       /* t_g, declared on first use */
  unsigned char **sent;   /* lazy: sent[g][x] once t_g(e_x) = .. is asserted */
  int *val;               /* lazy: T(f)(u) along P's block, scratch */
  Z3_func_decl self;      /* sel_P of the last candidate, on selw bits */
  int selw;
  unsigned char *selsent; /* lazy: selsent[x] once sel_P(x's bits) = e_x is asserted */
  const task *t;          /* borrowed, for the names */
  const category *w;
};

static Z3_ast keep(enc_yoneda *e, Z3_ast a)
{
  return enc_pin(&e->h.z, a);
}

static Z3_func_decl keep_fun(enc_yoneda *e, Z3_func_decl f)
{
  return enc_pin_decl(&e->h.z, f);
}

static void add(enc_yoneda *e, Z3_ast a)
{
  if (a) Z3_ast_vector_push(e->h.z.ctx, e->h.z.asserts, a);
}

/* p → c; just c when there is a single candidate (its selector is then
 * asserted on its own), which Z3 handles markedly faster. */
static Z3_ast guard(enc_yoneda *e, Z3_ast p, Z3_ast c)
{
  return e->h.ncand == 1 ? c : Z3_mk_implies(e->h.z.ctx, p, c);
}

static Z3_ast named_const(enc_yoneda *e, const char *prefix, long i, Z3_sort s)
{
  char name[48];
  snprintf(name, sizeof name, "%s%ld", prefix, i);
  return keep(e, Z3_mk_const(e->h.z.ctx, Z3_mk_string_symbol(e->h.z.ctx, name), s));
}

/* The symbol `fmt...` in readable mode, `prefix``i` otherwise (or when the
 * readable name cannot be built).  Spec names match
 * [A-Za-z_][A-Za-z0-9_.'-]*, so a readable name never holds the `|` or `\`
 * that SMT-LIB's quoted symbols exclude; Z3 quotes it when printing. */
static Z3_symbol symbol(enc_yoneda *e, const char *prefix, long i, const char *fmt, ...)
{
  char small[96];
  if (e->named) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof small) return Z3_mk_string_symbol(e->h.z.ctx, small);
    char *big = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (big) {
      va_start(ap, fmt);
      vsnprintf(big, (size_t)n + 1, fmt, ap);
      va_end(ap);
      Z3_symbol sy = Z3_mk_string_symbol(e->h.z.ctx, big);
      free(big);
      return sy;
    }
  }
  snprintf(small, sizeof small, "%s%ld", prefix, i);
  return Z3_mk_string_symbol(e->h.z.ctx, small);
}

static Z3_ast sym_const(enc_yoneda *e, Z3_symbol sy, Z3_sort s)
{
  return keep(e, Z3_mk_const(e->h.z.ctx, sy, s));
}

/* Morphism f of the working category as spec text (its normal form read in
 * the task's own category, `id_X` for an identity) in a malloc'd string;
 * NULL on OOM or when `id_X` is also a generator's name (the caller then
 * keeps the numbered symbol: two morphisms must never share a constant). */
static char *morphism_text(const enc_yoneda *e, int f)
{
  const category *w = e->w;
  if (category_word_length(w, f) == 0) {
    const char *x = category_object_name(w, category_source(w, f));
    char *s = malloc(strlen(x) + 4);
    if (s) {
      memcpy(s, "id_", 3);
      strcpy(s + 3, x);
      if (category_find_generator(w, s) >= 0) {
        free(s);
        s = NULL;
      }
    }
    return s;
  }
  int rev = task_variance_of(e->t) == TASK_CONTRAVARIANT;
  int n = category_format_morphism(w, f, rev, NULL, 0);
  char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (s) category_format_morphism(w, f, rev, s, n + 1);
  return s;
}

static Z3_func_decl named_fun(enc_yoneda *e, Z3_symbol sy, Z3_sort dom, Z3_sort range)
{
  Z3_sort d[1] = {dom};
  return keep_fun(e, Z3_mk_func_decl(e->h.z.ctx, sy, 1, d, range));
}

static Z3_ast app1(enc_yoneda *e, Z3_func_decl f, Z3_ast x)
{
  Z3_ast a[1] = {x};
  return keep(e, Z3_mk_app(e->h.z.ctx, f, 1, a));
}

/* The constant of element x of T(y). */
static Z3_ast elem(enc_yoneda *e, int y, int x)
{
  long i = e->off[y] + x;
  if (!e->elem[i])
    e->elem[i] = sym_const(e, symbol(e, "e_", i, "%s in T(%s)", task_element_name(e->t, y, x),
                                     category_object_name(e->w, y)),
                           e->esort);
  return e->elem[i];
}

static Z3_ast bit(enc_yoneda *e, int j)
{
  if (!e->bits[j]) e->bits[j] = named_const(e, "b_", j, Z3_mk_bool_sort(e->h.z.ctx));
  return e->bits[j];
}

/* t_g: E → E fixed on T(domain g) by g's table (declared on first use). */
static Z3_func_decl gen_fun(enc_yoneda *e, const task *t, Z3_func_decl *tf, int g)
{
  if (tf[g]) return tf[g];
  tf[g] = named_fun(e, symbol(e, "t_", g, "T(%s)", category_generator_name(e->w, g)),
                    e->esort, e->esort);
  if (e->lazy) return tf[g];
  int y = task_domain(t, g), z = task_codomain(t, g), n = task_set_size(t, y);
  for (int x = 0; x < n; x++)
    add(e, keep(e, Z3_mk_eq(e->h.z.ctx, app1(e, tf[g], elem(e, y, x)),
                            elem(e, z, task_apply(t, g, x)))));
  return tf[g];
}

/* sel_P(bits of x) = e_x */
static Z3_ast sel_entry(enc_yoneda *e, int P, int x)
{
  Z3_context ctx = e->h.z.ctx;
  Z3_ast args[32];
  Z3_ast tru = keep(e, Z3_mk_true(ctx)), fls = keep(e, Z3_mk_false(ctx));
  for (int j = 0; j < e->selw; j++) args[j] = (x >> j) & 1 ? tru : fls;
  Z3_ast app = keep(e, Z3_mk_app(ctx, e->self, (unsigned)e->selw, args));
  return keep(e, Z3_mk_eq(ctx, app, elem(e, P, x)));
}

static int log2up(int n)
{
  int w = 0;
  while ((1L << w) < (long)n) w++;
  return w;
}

static void release(void *v)
{
  enc_yoneda *e = v;
  if (!e) return;
  enc_head_release(&e->h);
  if (e->sent)
    for (int g = 0; g < e->ngen; g++) free(e->sent[g]);
  free(e->sent);
  free(e->selsent);
  free(e->val);
  free(e->tf);
  free(e->off);
  free(e->elem);
  free(e);
}

static void *build(Z3_context ctx, const task *t, const category *work, int named,
                    diag_list *d)
{
  enc_yoneda *e = calloc(1, sizeof *e);
  int nobj = category_object_count(work);
  int ngen = category_generator_count(work);
  cardinality *card = cardinality_new(t, work);
  Z3_func_decl *tf = calloc((size_t)ngen + 1, sizeof *tf);
  Z3_ast *v = NULL;
  if (!e || !card || !tf) goto oom;
  enc_pins_init(&e->h.z, ctx);
  e->named = named;
  e->t = t;
  e->w = work;
  e->esort = Z3_mk_uninterpreted_sort(ctx, Z3_mk_string_symbol(ctx, "E"));
  keep(e, Z3_sort_to_ast(ctx, e->esort));
  Z3_sort bsort = Z3_mk_bool_sort(ctx);
  keep(e, Z3_sort_to_ast(ctx, bsort));
  Z3_sort isort = Z3_mk_int_sort(ctx);
  keep(e, Z3_sort_to_ast(ctx, isort));
  e->off = malloc(((size_t)nobj + 1) * sizeof *e->off);
  e->h.cand = malloc(((size_t)nobj + 1) * sizeof *e->h.cand);
  e->h.sel = malloc(((size_t)nobj + 1) * sizeof *e->h.sel);
  if (!e->off || !e->h.cand || !e->h.sel) goto oom;
  long total = 0;
  for (int y = 0; y < nobj; y++) {
    e->off[y] = total;
    total += task_set_size(t, y);
  }
  e->elem = calloc((size_t)total + 1, sizeof *e->elem);
  if (!e->elem) goto oom;
  for (int P = 0; P < nobj; P++)
    if (task_set_size(t, P) > 0 && cardinality_check(card, P, NULL))
      e->h.cand[e->h.ncand++] = P;
  e->ngen = ngen;
  e->tf = tf;
  /* one candidate, unnamed (the z3 engine): the tables are added by the
   * caller, along u's tree first (enc_yoneda_tables_for) */
  if (e->h.ncand == 1 && !named) {
    e->lazy = 1;
    e->sent = calloc((size_t)ngen + 1, sizeof *e->sent);
    e->val = malloc(((size_t)category_block_size(work, e->h.cand[0]) + 1) * sizeof *e->val);
    if (!e->sent || !e->val) goto oom;
  }
  e->u = sym_const(e, symbol(e, "u", 0, "u"), e->esort);
  int maxbs = 1;
  for (int i = 0; i < e->h.ncand; i++)
    if (category_block_size(work, e->h.cand[i]) > maxbs)
      maxbs = category_block_size(work, e->h.cand[i]);
  v = malloc((size_t)maxbs * sizeof *v);
  if (!v) goto oom;
  int maxw = 0;
  for (int i = 0; i < e->h.ncand; i++) {
    int P = e->h.cand[i];
    Z3_ast p = e->h.sel[i] =
        sym_const(e, symbol(e, "p_", P, "P = %s", category_object_name(work, P)), bsort);
    /* u ranges over T(P) as sel_P(b_0..b_{w-1}), sel_P fixed on the bit
     * patterns of 0..n-1 by ground equations and the bits kept below n by
     * a lexicographic constraint: the solver decides log2(n) bits and finds
     * the element by congruence, with no per-element atom to split on. */
    int n = task_set_size(t, P);
    int w = log2up(n);
    if (w > maxw) maxw = w;
    if (w == 0) {
      add(e, keep(e, guard(e, p, keep(e, Z3_mk_eq(ctx, e->u, elem(e, P, 0))))));
    } else {
      Z3_sort dom[32];
      Z3_ast args[32];
      for (int j = 0; j < w; j++) dom[j] = bsort;
      Z3_symbol sn = symbol(e, "sel_", P, "sel T(%s)", category_object_name(work, P));
      Z3_func_decl sf = keep_fun(e, Z3_mk_func_decl(ctx, sn, (unsigned)w, dom, e->esort));
      e->self = sf;
      e->selw = w;
      if (e->lazy) {
        e->selsent = calloc((size_t)n, 1);
        if (!e->selsent) goto oom;
      }
      for (int x = 0; x < n && !e->lazy; x++) add(e, sel_entry(e, P, x));
      for (int j = 0; j < w; j++) args[j] = bit(e, j);
      Z3_ast app = keep(e, Z3_mk_app(ctx, sf, (unsigned)w, args));
      add(e, keep(e, guard(e, p, keep(e, Z3_mk_eq(ctx, e->u, app)))));
      /* bits <= n-1: wherever n-1 has a 0 bit j, bit j may be 1 only if a
       * higher bit that is 1 in n-1 is 0 */
      int top = n - 1;
      for (int j = 0; j < w; j++) {
        if ((top >> j) & 1) continue;
        Z3_ast lits[34];
        int nl = 0;
        lits[nl++] = keep(e, Z3_mk_not(ctx, p));
        lits[nl++] = keep(e, Z3_mk_not(ctx, bit(e, j)));
        for (int l = j + 1; l < w; l++)
          if ((top >> l) & 1) lits[nl++] = keep(e, Z3_mk_not(ctx, bit(e, l)));
        add(e, keep(e, Z3_mk_or(ctx, (unsigned)nl, lits)));
      }
    }
    /* injectivity: inv_P(v_f) = f (an Int numeral, so distinct for
     * distinct morphisms): two morphisms sent to one element cannot both
     * hold.  (Boolean index functions h_j(v_f) were 4-5x slower in Z3.) */
    int start = category_block_start(work, P), bs = category_block_size(work, P);
    Z3_func_decl invf = named_fun(
        e, symbol(e, "inv_", P, "inv T(%s)", category_object_name(work, P)), e->esort, isort);
    for (int k = 0; k < bs; k++) {
      int f = start + k;
      Z3_ast def;
      if (k == 0) {
        def = e->u;
      } else {
        Z3_func_decl tg = gen_fun(e, t, tf, category_parent_generator(work, f));
        def = app1(e, tg, v[category_parent(work, f) - start]);
      }
      if (e->lazy) {
        /* v_f is the term itself: no constant (Z3 4.8 creates constants
         * in super-linear time, docs/represent.md) and no equation */
        v[k] = def;
      } else {
        char *ft = e->named ? morphism_text(e, f) : NULL;
        v[k] = ft ? sym_const(e, symbol(e, "v_", f, "T(%s)(u)", ft), e->esort)
                  : named_const(e, "v_", f, e->esort);
        free(ft);
        add(e, keep(e, guard(e, p, keep(e, Z3_mk_eq(ctx, v[k], def)))));
      }
      add(e, keep(e, guard(e, p, keep(e, Z3_mk_eq(ctx, app1(e, invf, v[k]),
                                                             keep(e, Z3_mk_int(ctx, f, isort)))))));
    }
    if (Z3_get_error_code(ctx) != Z3_OK) break;
  }
  (void)maxw;
  if (e->h.ncand > 0)
    add(e, keep(e, Z3_mk_or(ctx, (unsigned)e->h.ncand, e->h.sel)));
  else
    add(e, keep(e, Z3_mk_false(ctx)));
  free(v);
  cardinality_free(card);
  if (Z3_get_error_code(ctx) != Z3_OK) {
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: building the Yoneda encoding: %s",
             Z3_get_error_msg(ctx, Z3_get_error_code(ctx)));
    Z3_set_error(ctx, Z3_OK);
    release(e);
    return NULL;
  }
  return e;
oom:
  free(v);
  if (!e || e->tf != tf) free(tf);
  cardinality_free(card);
  release(e);
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory building the Yoneda encoding");
  return NULL;
}

/* ---- the operations table (encoding.h) ------------------------------------ */

/* u's index, decoded from its bits. */
static int ops_element(const void *v, Z3_model m, int i, const task *t)
{
  const enc_yoneda *e = v;
  int n = task_set_size(t, e->h.cand[i]);
  int bitval[32] = {0};
  for (int j = 0; j < 32 && (1L << j) < (long)n; j++) {
    Z3_ast r = NULL;
    if (!e->bits[j] || !Z3_model_eval(e->h.z.ctx, m, e->bits[j], true, &r) || !r) return -1;
    Z3_lbool b = Z3_get_bool_value(e->h.z.ctx, r);
    if (b == Z3_L_UNDEF) return -1;
    bitval[j] = b == Z3_L_TRUE;
  }
  int x = 0;
  for (int j = 0; j < 32; j++)
    if (bitval[j]) x |= 1 << j;
  return x < n ? x : -1;
}

static Z3_ast ops_block(void *v, int i, int u)
{
  enc_yoneda *e = v;
  Z3_ast both[2] = {e->h.sel[i], keep(e, Z3_mk_eq(e->h.z.ctx, e->u, elem(e, e->h.cand[i], u)))};
  return keep(e, Z3_mk_not(e->h.z.ctx, keep(e, Z3_mk_and(e->h.z.ctx, 2, both))));
}

const enc_ops enc_yoneda_ops = {"Yoneda", build, release,
                                enc_head_assertions, enc_head_candidate_count,
                                enc_head_candidate_object, enc_head_selector,
                                ops_element, ops_block};

Z3_ast enc_yoneda_bit(const enc_yoneda *e, int j)
{
  return j >= 0 && j < 32 ? e->bits[j] : NULL;
}

int enc_yoneda_lazy(const enc_yoneda *e)
{
  return e->lazy;
}

/* Push t_g(e_x) = e_{T(g)(x)} onto out unless already sent; 0, or -1 on
 * OOM. */
static int send_entry(enc_yoneda *e, Z3_ast_vector out, int g, int x)
{
  const task *t = e->t;
  int y = task_domain(t, g), n = task_set_size(t, y);
  if (!e->sent[g]) {
    e->sent[g] = calloc((size_t)n + 1, 1);
    if (!e->sent[g]) return -1;
  }
  if (e->sent[g][x]) return 0;
  e->sent[g][x] = 1;
  Z3_context ctx = e->h.z.ctx;
  Z3_ast eq = keep(e, Z3_mk_eq(ctx, app1(e, e->tf[g], elem(e, y, x)),
                               elem(e, task_codomain(t, g), task_apply(t, g, x))));
  Z3_ast_vector_push(ctx, out, eq);
  return 0;
}

Z3_ast_vector enc_yoneda_tables_for(enc_yoneda *e, int u)
{
  Z3_context ctx = e->h.z.ctx;
  if (!e->lazy) return NULL;
  Z3_ast_vector out = Z3_mk_ast_vector(ctx);
  Z3_ast_vector_inc_ref(ctx, out);
  const category *w = e->w;
  int P = e->h.cand[0], start = category_block_start(w, P), bs = category_block_size(w, P);
  if (u < 0 || u >= task_set_size(e->t, P)) return out;
  if (e->selsent && !e->selsent[u]) {
    e->selsent[u] = 1;
    Z3_ast_vector_push(ctx, out, sel_entry(e, P, u));
  }
  e->val[0] = u;
  for (int k = 1; k < bs; k++) {
    int f = start + k, g = category_parent_generator(w, f);
    int x = e->val[category_parent(w, f) - start];
    e->val[k] = task_apply(e->t, g, x);
    if (send_entry(e, out, g, x) != 0) {
      Z3_ast_vector_dec_ref(ctx, out);
      return NULL;
    }
  }
  return out;
}

Z3_ast_vector enc_yoneda_tables_rest(enc_yoneda *e)
{
  Z3_context ctx = e->h.z.ctx;
  if (!e->lazy) return NULL;
  Z3_ast_vector out = Z3_mk_ast_vector(ctx);
  Z3_ast_vector_inc_ref(ctx, out);
  int P = e->h.cand[0];
  if (e->selsent)
    for (int x = 0; x < task_set_size(e->t, P); x++)
      if (!e->selsent[x]) {
        e->selsent[x] = 1;
        Z3_ast_vector_push(ctx, out, sel_entry(e, P, x));
      }
  for (int g = 0; g < e->ngen; g++) {
    if (!e->tf[g]) continue;
    int n = task_set_size(e->t, task_domain(e->t, g));
    for (int x = 0; x < n; x++)
      if (send_entry(e, out, g, x) != 0) {
        Z3_ast_vector_dec_ref(ctx, out);
        return NULL;
      }
  }
  return out;
}
