/* check.c — the trusted path (see check.h): flatten, call the proved
 * kernel, explain a rejection.
 *
 * Only the kernel's verdict counts.  The flattening below and the
 * diagnosis of a rejection are ordinary, untrusted C: a bug here can make
 * the kernel reject a good answer (or name the wrong culprit), never make
 * it accept a bad one, because the kernel re-checks every range it relies
 * on (docs/trust.md). */
#include "proofs/check.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/flat.h"
#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kfunctor.h"
#include "proofs/kernel/knatural.h"
#include "proofs/kernel/krepresent.h"
#include "proofs/kernel/ktask.h"
#include "specs/progress_hook.h"
#include "specs/text.h"

/* The certificate's witness kinds are passed to the kernel unchanged. */
_Static_assert(WIT_EMPTY == KREP_EMPTY && WIT_CARDINALITY == KREP_CARDINALITY &&
               WIT_PER_ELEMENT == KREP_PER_ELEMENT &&
               WIT_COLLISION == KREP_COLLISION && WIT_UNREACHED == KREP_UNREACHED,
               "cert.h witness kinds must match the kernel's");

/* ---- flat arrays ---------------------------------------------------------------- */

typedef struct flat_cat {
  int n, m, G, D, E, W;
  const int *src, *tgt, *next, *parent, *pgen; /* borrowed or in own (flat.h) */
  int *gsrc, *gtgt, *gslot, *ogen, *root;
  int *eq_src, *woff, *wlen, *wgen;
  int *toff, *tnode, *tpos;   /* the nodes by target object (kcategory.h);
                                 tnode, tpos in own, maybe one array */
  flat_owned own;
} flat_cat;

typedef struct flat_task {
  int A;
  int *sz, *aoff, *act;
} flat_task;


static void flat_cat_free(flat_cat *f)
{
  free(f->gsrc); free(f->gtgt); free(f->gslot);
  free(f->ogen); free(f->root); free(f->eq_src);
  free(f->woff); free(f->wlen); free(f->wgen);
  free(f->toff);
  flat_owned_free(&f->own);
  memset(f, 0, sizeof *f);
}

static void flat_task_free(flat_task *f)
{
  free(f->sz); free(f->aoff); free(f->act);
  memset(f, 0, sizeof *f);
}

/* Kernel 1 checks an equation whose sides are powers of one generator g,
 * together at least this long, along the g-orbits of the index order
 * (kcategory.c, equation_power); shorter ones are traced at every node. */
#define POWER_EQUATION_MIN 16

/* The generator g whose powers form both sides of the longest such
 * equation at object x, or -1. */
static int power_generator(const flat_cat *f, int x)
{
  int best = -1;
  long bestlen = 0;
  for (int e = 0; e < f->E; e++) {
    if (f->eq_src[e] != x) continue;
    int li = f->woff[2 * e], ll = f->wlen[2 * e];
    int ri = f->woff[2 * e + 1], rl = f->wlen[2 * e + 1];
    long len = (long)ll + rl;
    if (len < POWER_EQUATION_MIN || len <= bestlen) continue;
    int g = ll > 0 ? f->wgen[li] : f->wgen[ri], uniform = 1;
    for (int k = 0; k < ll && uniform; k++) uniform = f->wgen[li + k] == g;
    for (int k = 0; k < rl && uniform; k++) uniform = f->wgen[ri + k] == g;
    if (uniform) { best = g; bestlen = len; }
  }
  return best;
}

/* Order block x of the index (tnode/tpos) along the orbits of the
 * generator of power_generator(f, x), so that kernel 1 checks that equation
 * in one step per node: the paths from the nodes no step reaches first,
 * then the cycles.  An untrusted hint: the kernel checks the index and
 * every step it relies on.  0 when out of memory. */
static int order_power_orbits(flat_cat *f, int x)
{
  int g = power_generator(f, x);
  if (g < 0 || f->gsrc[g] != x || f->gtgt[g] != x || f->gslot[g] < 0 ||
      f->gslot[g] >= f->D)
    return 1;
  int lo = f->toff[x], hi = f->toff[x + 1], B = hi - lo;
  if (B <= 1) return 1;
  int *in = calloc((size_t)f->n, sizeof *in);
  int *order = malloc((size_t)B * sizeof *order);
  unsigned char *seen = calloc((size_t)f->n, 1);
  if (!in || !order || !seen) { free(in); free(order); free(seen); return 0; }
  long sl = f->gslot[g];
  for (int i = lo; i < hi; i++) {
    int w = f->next[(long)f->tnode[i] * f->D + sl];
    if (w >= 0 && w < f->n) in[w]++;
  }
  int k = 0;
  for (int pass = 0; pass < 2; pass++)
    for (int i = lo; i < hi; i++) {
      int v = f->tnode[i];
      if (seen[v] || (pass == 0 && in[v] != 0)) continue;
      while (v >= 0 && v < f->n && !seen[v] && f->tgt[v] == x && k < B) {
        seen[v] = 1;
        order[k++] = v;
        v = f->next[(long)v * f->D + sl];
      }
    }
  if (k == B && f->tpos == f->tnode) {
    /* one array for both (flat_morphisms): give tpos its own */
    int *tp = flat_owned_ints(&f->own, f->n);
    if (!tp) { free(in); free(order); free(seen); return 0; }
    memcpy(tp, f->tnode, (size_t)f->n * sizeof *tp);
    f->tpos = tp;
  }
  if (k == B)
    for (int i = 0; i < B; i++) {
      f->tnode[lo + i] = order[i];
      f->tpos[order[i]] = lo + i;
    }
  free(in); free(order); free(seen);
  return 1;
}

/* Flatten category c (enumerated) into f; the per-morphism arrays are c's
 * own where they can be (flat_morphisms), so f must not outlive c.  YO_OK; YO_LIMIT with a diagnostic
 * when it is too large for the kernel's int indices; YO_INTERNAL with a
 * diagnostic when it is not enumerated or memory runs out. */
static yo_status flatten_category(const category *c, flat_cat *f, diag_list *d)
{
  memset(f, 0, sizeof *f);
  if (!category_is_enumerated(c)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: category '%s' is not enumerated",
             category_name(c));
    return YO_INTERNAL;
  }
  int n = category_morphism_count(c), m = category_object_count(c);
  int G = category_generator_count(c), E = category_equation_count(c);
  long W = 0;
  int D = 0;   /* slots: the most generators out of one object (flat.h) */
  if (flat_sizes(c, &W, &D) < 0) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  if ((long)n * D > INT_MAX || (long)m * D > INT_MAX || 2L * E > INT_MAX ||
      W > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "kernel: category '%s' is too large for the kernel (its edge "
             "table, %d morphisms x %d generators out of one object, exceeds "
             "the kernel's int indices); nothing was decided",
             category_name(c), n, D);
    return YO_LIMIT;
  }
  f->n = n; f->m = m; f->G = G; f->D = D; f->E = E; f->W = (int)W;
  f->gsrc = flat_ints(G); f->gtgt = flat_ints(G); f->gslot = flat_ints(G);
  f->ogen = flat_ints((long)m * D); f->root = flat_ints(m);
  f->eq_src = flat_ints(E); f->woff = flat_ints(2L * E); f->wlen = flat_ints(2L * E);
  f->wgen = flat_ints(W);
  f->toff = flat_ints((long)m + 1);
  if (!f->gsrc || !f->gtgt || !f->gslot || !f->ogen || !f->root || !f->eq_src ||
      !f->woff || !f->wlen || !f->wgen || !f->toff) {
    flat_cat_free(f);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  for (int x = 0; x < m; x++) f->root[x] = category_identity(c, x);
  flat_generators(c, D, f->gsrc, f->gtgt, f->gslot, f->ogen);
  if (flat_morphisms(c, D, f->ogen, &f->src, &f->tgt, &f->parent, &f->pgen, &f->next,
                     f->toff, &f->tnode, &f->tpos, &f->own) < 0) {
    flat_cat_free(f);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  flat_equations(c, f->eq_src, f->woff, f->wlen, f->wgen);
  for (int x = 0; x < m; x++)
    if (!order_power_orbits(f, x)) {
      flat_cat_free(f);
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
      return YO_INTERNAL;
    }
  return YO_OK;
}

/* Copy task t, read covariantly on `work` (task_apply is the covariant
 * action there), into f. */
static yo_status flatten_task(const task *t, const category *work,
                              flat_task *f, diag_list *d)
{
  memset(f, 0, sizeof *f);
  int m = category_object_count(work), G = category_generator_count(work);
  long A = 0;
  for (int g = 0; g < G; g++) {
    int k = task_set_size(t, category_generator_source(work, g));
    A += k > 0 ? k : 0;
  }
  if (A > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: task '%s' is too large for the "
             "kernel (its action tables exceed its int indices)",
             task_name(t));
    return YO_LIMIT;
  }
  f->A = (int)A;
  f->sz = flat_ints(m); f->aoff = flat_ints(G); f->act = flat_ints(A);
  if (!f->sz || !f->aoff || !f->act) {
    flat_task_free(f);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  for (int x = 0; x < m; x++) f->sz[x] = task_set_size(t, x);
  int pos = 0;
  for (int g = 0; g < G; g++) {
    int k = task_set_size(t, category_generator_source(work, g));
    f->aoff[g] = pos;
    for (int e = 0; e < k; e++) f->act[pos++] = task_apply(t, g, e);
  }
  return YO_OK;
}

/* ---- names for diagnostics ------------------------------------------------------------ */

static const char *morphism_text(const category *c, int f, char *buf, int cap)
{
  if (f < 0 || f >= category_morphism_count(c)) {
    snprintf(buf, (size_t)cap, "%s", f < 0 ? "(undefined)" : "(out of range)");
    return buf;
  }
  return text_cut(buf, (size_t)cap, category_format_morphism(c, f, 0, buf, cap));
}

static void word_text(const category *c, const int *w, int n, char *buf,
                      int cap)
{
  int len = 0;
  buf[0] = '\0';
  for (int i = 0; i < n && len < cap; i++) {
    const char *name = w[i] >= 0 && w[i] < category_generator_count(c)
                           ? category_generator_name(c, w[i]) : "?";
    len += snprintf(buf + len, (size_t)(cap - len), "%s%s", i ? " " : "", name);
  }
  if (n == 0) snprintf(buf, (size_t)cap, "(identity)");
}

static const char *object_text(const category *c, int x)
{
  return x >= 0 && x < category_object_count(c) ? category_object_name(c, x)
                                                  : "(out of range)";
}

/* ---- kernel 1 ---------------------------------------------------------------------- */

static int untrusted_trace(const flat_cat *f, const int *w, int len, int v)
{
  for (int i = 0; i < len && v >= 0; i++)
    v = f->tgt[v] != f->gsrc[w[i]]
            ? -1 : f->next[(long)v * f->D + f->gslot[w[i]]];
  return v;
}

/* The part of kernel 1 that rejected (run_kernel1), in the order the
 * parts are tried. */
typedef enum k1_part {
  K1_ACCEPTED = -1,
  K1_RANGES,      /* kcat_ranges, kcat_word_ranges */
  K1_SLOTS,       /* kcat_slots */
  K1_EDGES,       /* kcat_edges */
  K1_ROOTS,       /* kcat_roots */
  K1_TREE,        /* kcat_tree */
  K1_INDEX,       /* kcat_index */
  K1_EQUATIONS,   /* kcat_equations */
  K1_UNLOCATED    /* none of the parts: only the conjunction kcat_check */
} k1_part;

/* Locate and report what made kernel 1 reject. */
static void explain_category(const category *c, const flat_cat *f, k1_part part,
                             diag_list *d)
{
  const char *name = category_name(c);
  char b1[256], b2[256], b3[256];
  switch (part) {
  case K1_RANGES:
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': an entry "
             "of its flattened Cayley graph or equations is out of range", name);
    return;
  case K1_SLOTS:
    for (int g = 0; g < f->G; g++)
      if (f->ogen[(long)f->gsrc[g] * f->D + f->gslot[g]] != g) {
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': "
                 "generator %s is not in its slot %d of object '%s'", name,
                 category_generator_name(c, g), f->gslot[g],
                 object_text(c, f->gsrc[g]));
        return;
      }
    for (int x = 0; x < f->m; x++)
      for (int k = 0; k < f->D; k++) {
        int g = f->ogen[(long)x * f->D + k];
        if (g != -1 && (f->gsrc[g] != x || f->gslot[g] != k)) {
          diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': "
                   "slot %d of object '%s' names generator %s, which is not "
                   "in that slot", name, k, object_text(c, x),
                   category_generator_name(c, g));
          return;
        }
      }
    break;
  case K1_EDGES:
    for (int v = 0; v < f->n; v++)
      for (int k = 0; k < f->D; k++) {
        int h = f->next[(long)v * f->D + k];
        int g = f->ogen[(long)f->tgt[v] * f->D + k];
        if (g >= 0 ? (h < 0 || f->src[h] != f->src[v] ||
                      f->tgt[h] != f->gtgt[g])
                   : h != -1) {
          if (g >= 0)
            diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': "
                     "edge %s ; %s leads to %s (wrong source or target, or "
                     "missing)", name, morphism_text(c, v, b1, sizeof b1),
                     category_generator_name(c, g),
                     morphism_text(c, h, b2, sizeof b2));
          else
            diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': "
                     "edge %s in empty slot %d leads to %s", name,
                     morphism_text(c, v, b1, sizeof b1), k,
                     morphism_text(c, h, b2, sizeof b2));
          return;
        }
      }
    break;
  case K1_INDEX:
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': the "
             "index of its morphisms by target object is inconsistent "
             "(internal error)", name);
    return;
  case K1_ROOTS:
    for (int x = 0; x < f->m; x++) {
      int r = f->root[x];
      if (f->src[r] != x || f->tgt[r] != x || f->parent[r] != -1) {
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': the "
                 "identity of object '%s' is not a root of the spanning tree",
                 name, object_text(c, x));
        return;
      }
    }
    break;
  case K1_TREE:
    for (int v = 0; v < f->n; v++) {
      int p = f->parent[v];
      int ok = p == -1 ? (f->pgen[v] == -1 && f->root[f->src[v]] == v)
                       : (p >= 0 && p < v && f->pgen[v] >= 0 &&
                          f->tgt[p] == f->gsrc[f->pgen[v]] &&
                          f->next[(long)p * f->D + f->gslot[f->pgen[v]]] == v);
      if (!ok) {
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': "
                 "morphism %s is not reached along its normal form", name,
                 morphism_text(c, v, b1, sizeof b1));
        return;
      }
    }
    break;
  case K1_EQUATIONS:
    for (int e = 0; e < f->E; e++)
      for (int v = 0; v < f->n; v++) {
        if (f->tgt[v] != f->eq_src[e]) continue;
        int l = untrusted_trace(f, f->wgen + f->woff[2 * e], f->wlen[2 * e], v);
        int r = untrusted_trace(f, f->wgen + f->woff[2 * e + 1],
                                f->wlen[2 * e + 1], v);
        if (l < 0 || l != r) {
          long line = 0;
          category_equation(c, e, NULL, NULL, NULL, NULL, NULL, &line);
          word_text(c, f->wgen + f->woff[2 * e], f->wlen[2 * e], b1, sizeof b1);
          word_text(c, f->wgen + f->woff[2 * e + 1], f->wlen[2 * e + 1], b2,
                    sizeof b2);
          diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': "
                   "equation %s = %s (line %ld) fails after morphism %s: "
                   "the sides reach %s and %s", name, b1, b2, line,
                   morphism_text(c, v, b3, sizeof b3),
                   morphism_text(c, l, b1, sizeof b1),
                   morphism_text(c, r, b2, sizeof b2));
          return;
        }
      }
    break;
  default:
    break;
  }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s'", name);
}

/* Run kernel 1 on a flattened category: K1_ACCEPTED, or the part that
 * fails.  The verdict that counts is the proved conjunction kcat_check;
 * the parts run only to locate a rejection (the equations part is the
 * costly one: O(equations x morphisms)). */
static k1_part run_kernel1(const flat_cat *f)
{
#define K1 f->n, f->m, f->G, f->D, f->src, f->tgt, f->gsrc, f->gtgt, f->gslot, \
           f->ogen, f->root, f->next, f->parent, f->pgen
  progress_hook_kernel("kernel 1: category");
  if (kcat_check(K1, f->E, f->W, f->eq_src, f->woff, f->wlen, f->wgen,
                 f->toff, f->tnode, f->tpos))
    return K1_ACCEPTED;
  if (!kcat_ranges(K1) ||
      !kcat_word_ranges(f->m, f->G, f->E, f->W, f->eq_src, f->woff, f->wlen,
                        f->wgen))
    return K1_RANGES;
  if (!kcat_slots(K1)) return K1_SLOTS;
  if (!kcat_edges(K1)) return K1_EDGES;
  if (!kcat_roots(K1)) return K1_ROOTS;
  if (!kcat_tree(K1)) return K1_TREE;
  if (!kcat_index(K1, f->toff, f->tnode, f->tpos)) return K1_INDEX;
  if (!kcat_equations(K1, f->E, f->W, f->eq_src, f->woff, f->wlen, f->wgen,
                      f->toff, f->tnode, f->tpos))
    return K1_EQUATIONS;
#undef K1
  return K1_UNLOCATED;
}

static yo_status category_kernel(const category *c, flat_cat *f, diag_list *d)
{
  yo_status st = flatten_category(c, f, d);
  if (st != YO_OK) return st;
  k1_part part = run_kernel1(f);
  if (part != K1_ACCEPTED) {
    explain_category(c, f, part, d);
    return YO_INTERNAL;
  }
  return YO_OK;
}

yo_status check_category(const category *c, diag_list *d)
{
  flat_cat f;
  yo_status st = category_kernel(c, &f, d);
  flat_cat_free(&f);
  return st;
}

/* ---- kernel 2 ---------------------------------------------------------------------- */

static int untrusted_element_trace(const flat_cat *c, const flat_task *t,
                                   const int *w, int len, int e)
{
  for (int i = 0; i < len; i++) {
    int g = w[i];
    if (e < 0 || e >= t->sz[c->gsrc[g]]) return -1;
    e = t->act[t->aoff[g] + e];
  }
  return e;
}

static void explain_task(const task *t, const category *work,
                         const flat_cat *c, const flat_task *f, int tables_ok,
                         diag_list *d)
{
  const char *name = task_name(t);
  if (!tables_ok) {
    for (int g = 0; g < c->G; g++) {
      int k = f->sz[c->gsrc[g]];
      if (k < 0 || f->aoff[g] < 0 || f->aoff[g] > f->A - k) continue;
      for (int e = 0; e < k; e++) {
        int v = f->act[f->aoff[g] + e];
        if (v < 0 || v >= f->sz[c->gtgt[g]]) {
          diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s': the map "
                   "of generator '%s' sends element %d outside its codomain",
                   name, category_generator_name(work, g), e);
          return;
        }
      }
    }
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s': its flattened "
             "tables are out of range", name);
    return;
  }
  for (int q = 0; q < c->E; q++) {
    int x = c->eq_src[q];
    for (int u = 0; u < f->sz[x]; u++) {
      int l = untrusted_element_trace(c, f, c->wgen + c->woff[2 * q],
                                      c->wlen[2 * q], u);
      int r = untrusted_element_trace(c, f, c->wgen + c->woff[2 * q + 1],
                                      c->wlen[2 * q + 1], u);
      if (l < 0 || l != r) {
        char b1[256], b2[256];
        long line = 0;
        category_equation(work, q, NULL, NULL, NULL, NULL, NULL, &line);
        word_text(work, c->wgen + c->woff[2 * q], c->wlen[2 * q], b1, sizeof b1);
        word_text(work, c->wgen + c->woff[2 * q + 1], c->wlen[2 * q + 1], b2,
                  sizeof b2);
        const char *el = task_element_name(t, x, u);
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s': it does "
                 "not respect equation %s = %s (line %ld) at element '%s' of "
                 "'%s': the sides give %d and %d", name, b1, b2, line,
                 el ? el : "?", object_text(work, x), l, r);
        return;
      }
    }
  }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s'", name);
}

static yo_status task_kernel(const task *t, const category *work,
                             const flat_cat *c, flat_task *f, diag_list *d)
{
  yo_status st = flatten_task(t, work, f, d);
  if (st != YO_OK) return st;
  progress_hook_kernel("kernel 2: task");
  if (!ktask_tables(c->m, c->G, c->gsrc, c->gtgt, f->sz, f->aoff, f->act,
                    f->A)) {
    explain_task(t, work, c, f, 0, d);
    return YO_INTERNAL;
  }
  if (!ktask_check(c->m, c->G, c->gsrc, c->gtgt, c->E, c->W, c->eq_src,
                   c->woff, c->wlen, c->wgen, f->sz, f->aoff, f->act, f->A)) {
    explain_task(t, work, c, f, 1, d);
    return YO_INTERNAL;
  }
  return YO_OK;
}

yo_status check_task(const task *t, const category *work, diag_list *d)
{
  flat_cat c;
  flat_task f;
  memset(&f, 0, sizeof f);
  yo_status st = category_kernel(work, &c, d);
  if (st == YO_OK) st = task_kernel(t, work, &c, &f, d);
  flat_task_free(&f);
  flat_cat_free(&c);
  return st;
}

/* ---- kernels 3 and 4 ------------------------------------------------------------------ */

static long *longs(int count)
{
  return malloc((size_t)(count > 0 ? count : 1) * sizeof(long));
}

/* Fill val with T(f)(u) for P's block, untrusted (for diagnostics only). */
static void untrusted_values(const flat_cat *c, const flat_task *t, int P,
                             int u, long *val)
{
  for (int v = 0; v < c->n; v++) {
    if (c->src[v] != P) continue;
    if (v == c->root[P]) { val[v] = u; continue; }
    int p = c->parent[v], g = c->pgen[v];
    val[v] = (p >= 0 && g >= 0 && val[p] >= 0 &&
              val[p] < t->sz[c->gsrc[g]]) ? t->act[t->aoff[g] + val[p]] : -1;
  }
}

static void explain_positive(const task *t, const category *work,
                             const flat_cat *c, const flat_task *f,
                             const rep_cert *cert, int bstart, diag_list *d)
{
  const char *name = task_name(t);
  int P = cert->object, u = cert->element;
  char b1[256], b2[256];
  if (P < 0 || P >= c->m || u < 0 || u >= f->sz[P]) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
             "task '%s': object %d / element %d out of range", name, P, u);
    return;
  }
  long *val = longs(c->n);
  if (!val) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return;
  }
  for (int v = 0; v < c->n; v++) val[v] = -1;
  untrusted_values(c, f, P, u, val);
  const char *el = task_element_name(t, P, u);
  for (int Y = 0; Y < c->m; Y++) {
    for (int v1 = 0; v1 < c->n; v1++) {
      if (c->src[v1] != P || c->tgt[v1] != Y) continue;
      for (int v2 = v1 + 1; v2 < c->n; v2++) {
        if (c->src[v2] != P || c->tgt[v2] != Y || val[v1] != val[v2]) continue;
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
                 "task '%s': ('%s', '%s') is not universal: %s and %s both "
                 "send it to element %ld of '%s'", name, object_text(work, P),
                 el ? el : "?", morphism_text(work, v1, b1, sizeof b1),
                 morphism_text(work, v2, b2, sizeof b2), val[v1],
                 object_text(work, Y));
        free(val);
        return;
      }
    }
    for (int e = 0; e < f->sz[Y]; e++) {
      int hit = 0;
      for (int v = 0; v < c->n && !hit; v++)
        hit = c->src[v] == P && c->tgt[v] == Y && val[v] == e;
      if (!hit) {
        const char *en = task_element_name(t, Y, e);
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
                 "task '%s': ('%s', '%s') is not universal: no morphism from "
                 "'%s' sends it to element '%s' of '%s'", name,
                 object_text(work, P), el ? el : "?", object_text(work, P),
                 en ? en : "?", object_text(work, Y));
        free(val);
        return;
      }
    }
  }
  for (int k = 0; k < cert->nimages; k++) {
    int v = bstart + k;
    if (v >= c->n || c->src[v] != P || cert->images[k] != val[v]) {
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
               "task '%s': the image listed for morphism %s is %d, the task "
               "gives %ld", name, morphism_text(work, v, b1, sizeof b1),
               cert->images[k], v < c->n ? val[v] : -1L);
      free(val);
      return;
    }
  }
  free(val);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for task "
           "'%s': its list of images does not cover the morphisms out of '%s'",
           name, object_text(work, P));
}

static yo_status run_positive(const task *t, const category *work,
                              const flat_cat *c, const flat_task *f,
                              const rep_cert *cert, diag_list *d)
{
  int P = cert->object;
  int bstart = P >= 0 && P < c->m ? category_block_start(work, P) : 0;
  int smax = 1;
  for (int x = 0; x < c->m; x++)
    if (f->sz[x] > smax) smax = f->sz[x];
  long *val = longs(c->n);
  unsigned char *seen = malloc((size_t)smax);
  static const int none[1] = {0};
  const int *images = cert->images ? cert->images : none;
  int nimages = cert->images ? cert->nimages : 0;
  if (!val || !seen) {
    free(val); free(seen);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  progress_hook_kernel("kernel 3: representable");
  int ok = krep_check_positive(c->n, c->m, c->G, c->src, c->tgt, c->gsrc,
                               c->gtgt, c->root, c->parent, c->pgen, f->sz,
                               f->aoff, f->act, f->A, P, cert->element, images,
                               nimages, bstart, val, seen, smax);
  free(val); free(seen);
  if (ok) return YO_OK;
  explain_positive(t, work, c, f, cert, bstart, d);
  return YO_INTERNAL;
}

static const char *witness_name(int kind)
{
  switch (kind) {
  case WIT_EMPTY: return "empty";
  case WIT_CARDINALITY: return "cardinality";
  case WIT_PER_ELEMENT: return "per-element";
  case WIT_COLLISION: return "collision";
  case WIT_UNREACHED: return "unreached";
  default: return "unknown";
  }
}

/* Does the witness for object P hold?  (Untrusted: diagnostics only.) */
static int untrusted_object_witness(const flat_cat *c, const flat_task *f,
                                    const rep_cert *cert, int P, long *val)
{
  const cert_object_witness *w = &cert->objects[P];
  if (w->kind == WIT_EMPTY) return f->sz[P] == 0;
  if (w->kind == WIT_CARDINALITY) {
    if (w->object < 0 || w->object >= c->m) return 0;
    int count = 0;
    for (int v = 0; v < c->n; v++)
      count += c->src[v] == P && c->tgt[v] == w->object;
    return count != f->sz[w->object];
  }
  if (w->kind != WIT_PER_ELEMENT || !cert->elements || w->first < 0 ||
      w->first > cert->nelements - f->sz[P])
    return 0;
  for (int u = 0; u < f->sz[P]; u++) {
    const cert_element_witness *x = &cert->elements[w->first + u];
    int Y = x->object;
    if (Y < 0 || Y >= c->m) return 0;
    for (int v = 0; v < c->n; v++) val[v] = -1;
    untrusted_values(c, f, P, u, val);
    if (x->kind == WIT_COLLISION) {
      if (x->f1 < 0 || x->f1 >= c->n || x->f2 < 0 || x->f2 >= c->n ||
          x->f1 == x->f2 || c->src[x->f1] != P || c->tgt[x->f1] != Y ||
          c->src[x->f2] != P || c->tgt[x->f2] != Y ||
          val[x->f1] != val[x->f2])
        return 0;
    } else if (x->kind == WIT_UNREACHED) {
      if (x->element < 0 || x->element >= f->sz[Y]) return 0;
      for (int v = 0; v < c->n; v++)
        if (c->src[v] == P && c->tgt[v] == Y && val[v] == x->element) return 0;
    } else {
      return 0;
    }
  }
  return 1;
}

static yo_status run_negative(const task *t, const category *work,
                              const flat_cat *c, const flat_task *f,
                              const rep_cert *cert, diag_list *d)
{
  const char *name = task_name(t);
  if (cert->nobjects != c->m || !cert->objects) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for task "
             "'%s': %d object witnesses for %d objects", name, cert->nobjects,
             c->m);
    return YO_INTERNAL;
  }
  int NE = cert->elements ? cert->nelements : 0;
  int *wkind = flat_ints(c->m), *wobj = flat_ints(c->m), *wfirst = flat_ints(c->m);
  int *ekind = flat_ints(NE), *eobj = flat_ints(NE), *ef1 = flat_ints(NE), *ef2 = flat_ints(NE);
  int *eelem = flat_ints(NE);
  long *val = longs(c->n), *cnt = longs(c->m);
  yo_status st = YO_INTERNAL;
  if (!wkind || !wobj || !wfirst || !ekind || !eobj || !ef1 || !ef2 ||
      !eelem || !val || !cnt) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    goto done;
  }
  for (int x = 0; x < c->m; x++) {
    wkind[x] = cert->objects[x].kind;
    wobj[x] = cert->objects[x].object;
    wfirst[x] = cert->objects[x].first;
  }
  for (int i = 0; i < NE; i++) {
    ekind[i] = cert->elements[i].kind;
    eobj[i] = cert->elements[i].object;
    ef1[i] = cert->elements[i].f1;
    ef2[i] = cert->elements[i].f2;
    eelem[i] = cert->elements[i].element;
  }
  progress_hook_kernel("kernel 4: not representable");
  if (krep_check_negative(c->n, c->m, c->G, c->src, c->tgt, c->gsrc, c->gtgt,
                          c->root, c->parent, c->pgen, f->sz, f->aoff, f->act,
                          f->A, wkind, wobj, wfirst, NE, ekind, eobj, ef1, ef2,
                          eelem, val, cnt)) {
    st = YO_OK;
    goto done;
  }
  /* find the first object whose witness does not hold (untrusted) */
  for (int P = 0; P < c->m; P++) {
    if (!untrusted_object_witness(c, f, cert, P, val)) {
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
               "task '%s': the %s witness for object '%s' does not hold", name,
               witness_name(wkind[P]), object_text(work, P));
      goto done;
    }
  }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for task "
           "'%s'", name);
done:
  free(wkind); free(wobj); free(wfirst); free(ekind); free(eobj);
  free(ef1); free(ef2); free(eelem); free(val); free(cnt);
  return st;
}

/* ---- prepared contexts ------------------------------------------------------------------ */

struct check_context {
  const category *work;
  flat_cat *cat;        /* accepted by kernel 1 */
  int own_cat;          /* cat belongs to this context (else to a cached one) */
  const task *t;        /* NULL: kernel 1 only */
  flat_task ft;         /* accepted by kernel 2 (t set) */
};

void check_context_free(check_context *k)
{
  if (!k) return;
  if (k->own_cat && k->cat) {
    flat_cat_free(k->cat);
    free(k->cat);
  }
  flat_task_free(&k->ft);
  free(k);
}

const category *check_context_work(const check_context *k) { return k->work; }

/* A context holding kernel 1's verdict on work. */
static yo_status prepare_category(const category *work, check_context **out, diag_list *d)
{
  *out = NULL;
  check_context *k = calloc(1, sizeof *k);
  flat_cat *f = k ? malloc(sizeof *f) : NULL;
  if (!f) {
    free(k);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  k->work = work;
  k->cat = f;
  k->own_cat = 1;
  yo_status st = category_kernel(work, f, d);
  if (st != YO_OK) {
    flat_cat_free(f);   /* category_kernel leaves f freeable */
    free(f);
    free(k);
    return st;
  }
  *out = k;
  return YO_OK;
}

/* A task context on top of a category context (borrowed: it must outlive
 * the result). */
static yo_status prepare_task(const check_context *base, const task *t, check_context **out,
                              diag_list *d)
{
  *out = NULL;
  check_context *k = calloc(1, sizeof *k);
  if (!k) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  k->work = base->work;
  k->cat = base->cat;
  k->own_cat = 0;
  k->t = t;
  yo_status st = task_kernel(t, base->work, base->cat, &k->ft, d);
  if (st != YO_OK) {
    check_context_free(k);
    return st;
  }
  *out = k;
  return YO_OK;
}

yo_status check_prepare(const task *t, const category *work, check_context **out,
                        diag_list *d)
{
  check_context *base = NULL, *k = NULL;
  *out = NULL;
  yo_status st = prepare_category(work, &base, d);
  if (st != YO_OK) return st;
  st = prepare_task(base, t, &k, d);
  if (st != YO_OK) {
    check_context_free(base);
    return st;
  }
  /* the task context takes over the flattened category */
  k->own_cat = 1;
  base->own_cat = 0;
  check_context_free(base);
  *out = k;
  return YO_OK;
}

/* 0 (with the reason in d) when the certificate names another task. */
static int cert_names_task(const rep_cert *cert, const task *t, diag_list *d)
{
  if (!cert->task || strcmp(cert->task, task_name(t)) == 0) return 1;
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate: it is "
           "for task '%s', not '%s'", cert->task, task_name(t));
  return 0;
}

yo_status check_certificate(const check_context *k, const rep_cert *cert, diag_list *d)
{
  const task *t = k->t;
  if (!t) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: no task was prepared for this certificate");
    return YO_INTERNAL;
  }
  if (!cert_names_task(cert, t, d)) return YO_INTERNAL;
  if (cert->verdict == CERT_REPRESENTABLE)
    return run_positive(t, k->work, k->cat, &k->ft, cert, d);
  if (cert->verdict == CERT_NOT_REPRESENTABLE)
    return run_negative(t, k->work, k->cat, &k->ft, cert, d);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
           "task '%s': unknown verdict", task_name(t));
  return YO_INTERNAL;
}

yo_status check_representability(const task *t, const category *work,
                                 const rep_cert *cert, diag_list *d)
{
  if (!cert_names_task(cert, t, d)) return YO_INTERNAL;
  check_context *k = NULL;
  yo_status st = check_prepare(t, work, &k, d);
  if (st == YO_OK) st = check_certificate(k, cert, d);
  check_context_free(k);
  return st;
}

/* ---- the cache: working categories and kernel 1, once per category -------------------- */

/* One working category: (category, variance) -> the working category and
 * kernel 1's verdict on it.  A failure is kept with its diagnostics, which
 * every later request gets again. */
typedef struct work_entry {
  const category *c;
  task_variance v;
  const category *work;
  category *owned;
  check_context *k1;        /* kernel 1 accepted (NULL until asked) */
  yo_status work_st, k1_st; /* YO_OK, or why it failed (then *_why) */
  diag_list *work_why, *k1_why;
} work_entry;

struct check_cache {
  int max_morphisms;
  work_entry *e;
  int n, cap;
};

check_cache *check_cache_new(int max_morphisms)
{
  check_cache *c = calloc(1, sizeof *c);
  if (c) c->max_morphisms = max_morphisms;
  return c;
}

void check_cache_free(check_cache *c)
{
  if (!c) return;
  for (int i = 0; i < c->n; i++) {
    check_context_free(c->e[i].k1);
    category_free(c->e[i].owned);
    diag_list_free(c->e[i].work_why);
    diag_list_free(c->e[i].k1_why);
  }
  free(c->e);
  free(c);
}

/* Append every diagnostic of `from` to d. */
static void replay(const diag_list *from, diag_list *d)
{
  for (int i = 0; from && i < diag_count(from); i++)
    diag_add(d, diag_severity_at(from, i), diag_file_at(from, i), diag_line_at(from, i),
             "%s", diag_message_at(from, i));
}

/* After a preparation step that wrote into the private list `local` (NULL
 * when it could not be allocated: the step then wrote into d): replay it
 * into d, and keep it in *why when the step failed. */
static void keep_why(yo_status st, diag_list *local, diag_list *d, diag_list **why)
{
  if (!local) return;
  replay(local, d);
  if (st != YO_OK) *why = local;
  else diag_list_free(local);
}

static work_entry *find_entry(check_cache *c, const category *cat, task_variance v,
                              diag_list *d)
{
  for (int i = 0; i < c->n; i++)
    if (c->e[i].c == cat && c->e[i].v == v) return &c->e[i];
  if (c->n == c->cap) {
    int cap = c->cap ? 2 * c->cap : 8;
    work_entry *e = realloc(c->e, (size_t)cap * sizeof *e);
    if (!e) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
      return NULL;
    }
    c->e = e;
    c->cap = cap;
  }
  work_entry *e = &c->e[c->n++];
  memset(e, 0, sizeof *e);
  e->c = cat;
  e->v = v;
  e->work_st = e->k1_st = YO_OK;
  return e;
}

static yo_status entry_work(check_cache *c, work_entry *e, const task *t, diag_list *d)
{
  if (e->work) return YO_OK;
  if (e->work_st != YO_OK) {
    replay(e->work_why, d);
    return e->work_st;
  }
  diag_list *local = diag_list_new(0);
  yo_status st = task_work_category(t, c->max_morphisms, &e->work, &e->owned,
                                    local ? local : d);
  keep_why(st, local, d, &e->work_why);
  e->work_st = st;
  return st;
}

static yo_status entry_kernel1(work_entry *e, diag_list *d)
{
  if (e->k1) return YO_OK;
  if (e->k1_st != YO_OK) {
    replay(e->k1_why, d);
    return e->k1_st;
  }
  diag_list *local = diag_list_new(0);
  yo_status st = prepare_category(e->work, &e->k1, local ? local : d);
  keep_why(st, local, d, &e->k1_why);
  e->k1_st = st;
  return st;
}

yo_status check_cache_work(check_cache *c, const task *t, const category **work,
                           diag_list *d)
{
  *work = NULL;
  work_entry *e = find_entry(c, task_category(t), task_variance_of(t), d);
  if (!e) return YO_INTERNAL;
  yo_status st = entry_work(c, e, t, d);
  if (st == YO_OK) *work = e->work;
  return st;
}

yo_status check_cache_category(check_cache *c, const category *cat, diag_list *d)
{
  work_entry *e = find_entry(c, cat, TASK_COVARIANT, d);
  if (!e) return YO_INTERNAL;
  e->work = cat;
  return entry_kernel1(e, d);
}

yo_status check_cache_prepare(check_cache *c, const task *t, check_context **out,
                              diag_list *d)
{
  *out = NULL;
  work_entry *e = find_entry(c, task_category(t), task_variance_of(t), d);
  if (!e) return YO_INTERNAL;
  yo_status st = entry_work(c, e, t, d);
  if (st == YO_OK) st = entry_kernel1(e, d);
  if (st == YO_OK) st = prepare_task(e->k1, t, out, d);
  return st;
}

/* ---- kernel 6 ---------------------------------------------------------------------- */

yo_status check_functor(const functor *F, diag_list *d)
{
  const category *C = functor_source(F), *D = functor_target(F);
  flat_cat fc, fd;
  memset(&fd, 0, sizeof fd);
  yo_status st = category_kernel(C, &fc, d);
  if (st == YO_OK) st = category_kernel(D, &fd, d);
  int *fobj = NULL, *foff = NULL, *flen = NULL, *fgen = NULL;
  if (st != YO_OK) goto done;
  long FW = 0;
  for (int g = 0; g < fc.G; g++) {
    const int *w = NULL;
    int n = 0;
    functor_generator_word(F, g, &w, &n);
    FW += n;
  }
  if (FW > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: functor '%s' is too large for "
             "the kernel (its image words exceed its int indices)",
             functor_name(F));
    st = YO_LIMIT;
    goto done;
  }
  fobj = flat_ints(fc.m); foff = flat_ints(fc.G); flen = flat_ints(fc.G); fgen = flat_ints(FW);
  if (!fobj || !foff || !flen || !fgen) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    st = YO_INTERNAL;
    goto done;
  }
  for (int x = 0; x < fc.m; x++) fobj[x] = functor_object(F, x);
  int pos = 0;
  for (int g = 0; g < fc.G; g++) {
    const int *w = NULL;
    int n = 0;
    functor_generator_word(F, g, &w, &n);
    foff[g] = pos; flen[g] = n;
    for (int i = 0; i < n; i++) fgen[pos++] = w[i];
  }
  progress_hook_kernel("kernel 6: functor");
  int part = kfun_check(fd.n, fd.m, fd.G, fd.D, fd.src, fd.tgt, fd.gsrc,
                        fd.gtgt, fd.gslot, fd.ogen, fd.root, fd.next,
                        fd.parent, fd.pgen, fc.m, fc.G,
                        fc.gsrc, fc.gtgt, fc.E, fc.W, fc.eq_src, fc.woff,
                        fc.wlen, fc.wgen, fobj, foff, flen, fgen, (int)FW);
  if (!part) {
    /* which part: typing of a generator, or an equation */
    int typing = kfun_typing(fd.n, fd.m, fd.G, fd.D, fd.src, fd.tgt, fd.gsrc,
                             fd.gtgt, fd.gslot, fd.ogen, fd.root, fd.next,
                        fd.parent, fd.pgen, fc.m, fc.G,
                             fc.gsrc, fc.gtgt, fobj, foff, flen, fgen, (int)FW);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected functor '%s': %s",
             functor_name(F),
             typing ? "an equation of its source is not preserved"
                    : "the image of a generator is not a path between the "
                      "images of its source and target");
    st = YO_INTERNAL;
  }
done:
  free(fobj); free(foff); free(flen); free(fgen);
  flat_cat_free(&fc);
  flat_cat_free(&fd);
  return st;
}

/* ---- kernel 5 (issue 8) ------------------------------------------------------------ */

struct check_nat {
  const task *S, *T;
  int m, G, SA, TA, AL;
  int *gsrc, *gtgt, *ssz, *saoff, *sact, *tsz, *taoff, *tact, *aloff;
  /* a local instance (check_hom): its objects and generators in the task's
   * category, for diagnostics; NULL when the numbering is the global one */
  const int *objglobal, *genglobal;
};

void check_nat_free(check_nat *k)
{
  if (!k) return;
  free(k->gsrc); free(k->gtgt); free(k->ssz); free(k->saoff); free(k->sact);
  free(k->tsz); free(k->taoff); free(k->tact); free(k->aloff);
  free(k);
}

/* One task's tables, read along the task's own variance (task_domain /
 * task_codomain), which is the covariant action on the working category:
 * kernel 5 only needs each generator's domain and codomain, not the
 * category's Cayley graph. */
static int flatten_nat_task(const task *t, const int *gsrc, int m, int G, int **sz,
                            int **aoff, int **act, int *A)
{
  long total = 0;
  for (int g = 0; g < G; g++) total += task_set_size(t, gsrc[g]);
  if (total > INT_MAX) return 1;
  *A = (int)total;
  *sz = flat_ints(m); *aoff = flat_ints(G); *act = flat_ints(total);
  if (!*sz || !*aoff || !*act) return -1;
  for (int x = 0; x < m; x++) (*sz)[x] = task_set_size(t, x);
  int pos = 0;
  for (int g = 0; g < G; g++) {
    (*aoff)[g] = pos;
    for (int e = 0; e < task_set_size(t, gsrc[g]); e++) (*act)[pos++] = task_apply(t, g, e);
  }
  return 0;
}

check_nat *check_nat_new(const task *S, const task *T, yo_status *st, diag_list *d)
{
  *st = YO_INTERNAL;
  const category *c = task_category(S);
  if (task_category(T) != c || task_variance_of(S) != task_variance_of(T)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: tasks '%s' and '%s' are not on the same "
             "category with the same variance", task_name(S), task_name(T));
    return NULL;
  }
  check_nat *k = calloc(1, sizeof *k);
  if (!k) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return NULL;
  }
  k->S = S; k->T = T;
  k->m = category_object_count(c);
  k->G = category_generator_count(c);
  k->gsrc = flat_ints(k->G); k->gtgt = flat_ints(k->G); k->aloff = flat_ints((long)k->m + 1);
  if (!k->gsrc || !k->gtgt || !k->aloff) goto oom;
  for (int g = 0; g < k->G; g++) {
    k->gsrc[g] = task_domain(S, g);
    k->gtgt[g] = task_codomain(S, g);
  }
  long total = 0;
  for (int x = 0; x < k->m; x++) {
    if (total > INT_MAX) break;
    k->aloff[x] = (int)total;
    total += task_set_size(S, x);
  }
  int r1 = total > INT_MAX ? 1 : flatten_nat_task(S, k->gsrc, k->m, k->G, &k->ssz, &k->saoff,
                                                 &k->sact, &k->SA);
  int r2 = r1 ? r1 : flatten_nat_task(T, k->gsrc, k->m, k->G, &k->tsz, &k->taoff, &k->tact,
                                      &k->TA);
  if (r1 == 1 || r2 == 1) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: tasks '%s' and '%s' are too large for the "
             "kernel (their tables exceed its int indices); nothing was decided",
             task_name(S), task_name(T));
    check_nat_free(k);
    *st = YO_LIMIT;
    return NULL;
  }
  if (r1 < 0 || r2 < 0) goto oom;
  k->aloff[k->m] = (int)total;
  k->AL = (int)total;
  *st = YO_OK;
  return k;
oom:
  check_nat_free(k);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return NULL;
}

/* A task name for diagnostics (S is NULL for Hom(X,-)). */
static const char *nat_side(const task *t) { return t ? task_name(t) : "Hom(X,-)"; }

yo_status check_nat_run(const check_nat *k, const int *alpha, diag_list *d)
{
  progress_hook_kernel("kernel 5: naturality");
  static const int none[1] = {0};
  const int *al = k->AL > 0 ? alpha : none;
  if (knat_check(k->m, k->G, k->gsrc, k->gtgt, k->ssz, k->saoff, k->sact, k->SA, k->tsz,
                 k->taoff, k->tact, k->TA, k->aloff, al, k->AL))
    return YO_OK;
  /* locate the failure (untrusted: diagnostics only) */
  const category *c = task_category(k->T);
#define OBJ(x) (k->objglobal ? k->objglobal[x] : (x))
#define GEN(g) (k->genglobal ? k->genglobal[g] : (g))
  for (int x = 0; x < k->m; x++)
    for (int e = 0; e < k->ssz[x]; e++) {
      int v = al[k->aloff[x] + e];
      if (v < 0 || v >= k->tsz[x]) {
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the transformation %s => %s: "
                 "component %s sends element %d outside %s(%s)", nat_side(k->S),
                 task_name(k->T), object_text(c, OBJ(x)), e, task_name(k->T),
                 object_text(c, OBJ(x)));
        return YO_INTERNAL;
      }
    }
  for (int g = 0; g < k->G; g++)
    for (int e = 0; e < k->ssz[k->gsrc[g]]; e++) {
      int l = k->tact[k->taoff[g] + al[k->aloff[k->gsrc[g]] + e]];
      int r = al[k->aloff[k->gtgt[g]] + k->sact[k->saoff[g] + e]];
      if (l != r) {
        const char *en = k->S ? task_element_name(k->S, k->gsrc[g], e) : NULL;
        const char *ln = task_element_name(k->T, OBJ(k->gtgt[g]), l);
        const char *rn = task_element_name(k->T, OBJ(k->gtgt[g]), r);
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the transformation %s => %s: the "
                 "square of morphism %s at element %s of %s(%s) does not commute (%s vs %s)",
                 nat_side(k->S), task_name(k->T), category_generator_name(c, GEN(g)),
                 en ? en : "?", nat_side(k->S), object_text(c, OBJ(k->gsrc[g])), ln ? ln : "?",
                 rn ? rn : "?");
        return YO_INTERNAL;
      }
    }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the transformation %s => %s: the tasks' "
           "tables are out of range", nat_side(k->S), task_name(k->T));
  return YO_INTERNAL;
#undef OBJ
#undef GEN
}

yo_status check_transformation(const transformation *a, diag_list *d)
{
  yo_status st;
  check_nat *k = check_nat_new(transformation_from(a), transformation_to(a), &st, d);
  if (!k) return st;
  st = check_nat_run(k, transformation_values(a), d);
  check_nat_free(k);
  return st;
}

/* ---- kernel 5 against Hom(X,-), object by object ------------------------------- */

struct check_hom {
  const category *w;
  const task *T;
  int m, G;
  int *gstart, *glist;        /* generators of work grouped by source (CSR) */
  int *taoff_g, *tact_g, TA;  /* T's tables for every generator, flattened once */
  int *loc;                   /* object -> local index, -1 outside the instance */
  int *count;                 /* scratch per object (0 outside the instance) */
  int *blocal;                /* per morphism of the block: index in Hom(X, target) */
  int *members;               /* the block grouped by local object */
  check_nat k;                /* the local instance */
  int *objs, *gens;           /* local -> global */
  int capm;                   /* capacity of objs */
  int X;
};

void check_hom_free(check_hom *h)
{
  if (!h) return;
  free(h->gstart); free(h->glist); free(h->taoff_g); free(h->tact_g); free(h->loc);
  free(h->count); free(h->blocal); free(h->members);
  free(h->k.gsrc); free(h->k.gtgt); free(h->k.ssz); free(h->k.saoff); free(h->k.sact);
  free(h->k.tsz); free(h->k.taoff); free(h->k.aloff);
  free(h->objs); free(h->gens);
  free(h);
}

check_hom *check_hom_new(const category *work, const task *T, yo_status *st, diag_list *d)
{
  *st = YO_INTERNAL;
  check_hom *h = calloc(1, sizeof *h);
  if (!h) goto oom;
  h->w = work;
  h->T = T;
  h->m = category_object_count(work);
  h->G = category_generator_count(work);
  int m = h->m, G = h->G;
  h->gstart = flat_ints((long)m + 1); h->glist = flat_ints(G); h->taoff_g = flat_ints(G);
  h->loc = flat_ints(m); h->count = flat_ints(m);
  if (!h->gstart || !h->glist || !h->taoff_g || !h->loc || !h->count) goto oom;
  for (int x = 0; x <= m; x++) h->gstart[x] = 0;
  for (int g = 0; g < G; g++) h->gstart[category_generator_source(work, g) + 1]++;
  for (int x = 0; x < m; x++) h->gstart[x + 1] += h->gstart[x];
  for (int x = 0; x < m; x++) {
    h->loc[x] = -1;
    h->count[x] = 0;
  }
  {
    int *fill = flat_ints((long)m + 1);
    if (!fill) goto oom;
    memcpy(fill, h->gstart, (size_t)(m + 1) * sizeof *fill);
    for (int g = 0; g < G; g++) h->glist[fill[category_generator_source(work, g)]++] = g;
    free(fill);
  }
  long TA = 0;
  for (int g = 0; g < G; g++) TA += task_set_size(T, category_generator_source(work, g));
  if (TA > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: task '%s' is too large for the kernel",
             task_name(T));
    check_hom_free(h);
    *st = YO_LIMIT;
    return NULL;
  }
  h->TA = (int)TA;
  h->tact_g = flat_ints(TA);
  if (!h->tact_g) goto oom;
  int pos = 0;
  for (int g = 0; g < G; g++) {
    h->taoff_g[g] = pos;
    int n = task_set_size(T, category_generator_source(work, g));
    for (int e = 0; e < n; e++) h->tact_g[pos++] = task_apply(T, g, e);
  }
  h->X = -1;
  *st = YO_OK;
  return h;
oom:
  check_hom_free(h);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return NULL;
}

/* Resize *p to n ints (contents kept up to n).  0, or -1 on OOM. */
static int grow(int **p, long n)
{
  if (n > INT_MAX) return -1;
  int *q = realloc(*p, (size_t)(n > 0 ? n : 1) * sizeof *q);
  if (!q) return -1;
  *p = q;
  return 0;
}

yo_status check_hom_prepare(check_hom *h, int X, diag_list *d)
{
  const category *w = h->w;
  check_nat *k = &h->k;
  /* forget the previous instance */
  for (int i = 0; h->X >= 0 && i < k->m; i++) {
    h->loc[h->objs[i]] = -1;
    h->count[h->objs[i]] = 0;
  }
  h->X = X;
  k->m = 0;
  int start = category_block_start(w, X), size = category_block_size(w, X);
  if (grow(&h->blocal, size) < 0 || grow(&h->members, size) < 0) goto oom;
  /* local objects: the targets of the block, in order of first appearance */
  int m = 0;
  for (int i = 0; i < size; i++) {
    int Y = category_target(w, start + i);
    if (h->loc[Y] < 0) {
      if (m >= h->capm) {
        if (grow(&h->objs, 2L * m + 16) < 0) goto oom;
        h->capm = 2 * m + 16;
      }
      h->loc[Y] = m;
      h->objs[m++] = Y;
    }
    h->blocal[i] = h->count[Y]++;
  }
  k->m = m;
  /* local generators: those out of a local object (their targets are local
   * too: Hom(X,-) is closed under composition); the squares of every other
   * generator are empty, since Hom(X, its source) is */
  long G = 0;
  for (int i = 0; i < m; i++) G += h->gstart[h->objs[i] + 1] - h->gstart[h->objs[i]];
  if (grow(&k->ssz, m) < 0 || grow(&k->tsz, m) < 0 || grow(&k->aloff, m + 1L) < 0 ||
      grow(&h->gens, G) < 0 || grow(&k->gsrc, G) < 0 || grow(&k->gtgt, G) < 0 ||
      grow(&k->saoff, G) < 0 || grow(&k->taoff, G) < 0)
    goto oom;
  long total = 0;
  for (int i = 0; i < m; i++) {
    int Y = h->objs[i];
    k->ssz[i] = h->count[Y];
    k->tsz[i] = task_set_size(h->T, Y);
    k->aloff[i] = (int)total;
    total += h->count[Y];
  }
  k->aloff[m] = (int)total;
  for (int i = 0; i < size; i++) {
    int li = h->loc[category_target(w, start + i)];
    h->members[k->aloff[li] + h->blocal[i]] = i;
  }
  long SA = 0;
  int g2 = 0;
  for (int i = 0; i < m; i++) {
    int Y = h->objs[i];
    for (int j = h->gstart[Y]; j < h->gstart[Y + 1]; j++) {
      int g = h->glist[j];
      h->gens[g2] = g;
      k->gsrc[g2] = i;
      k->gtgt[g2] = h->loc[category_generator_target(w, g)];
      k->taoff[g2] = h->taoff_g[g];
      SA += h->count[Y];
      g2++;
    }
  }
  if (SA > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: Hom(%s,-) is too large for the kernel (its "
             "tables exceed its int indices); nothing was decided", object_text(w, X));
    return YO_LIMIT;
  }
  if (grow(&k->sact, SA) < 0) goto oom;
  int pos = 0;
  for (int j = 0; j < g2; j++) {
    int i = k->gsrc[j], g = h->gens[j];
    k->saoff[j] = pos;
    for (int e = 0; e < k->ssz[i]; e++) {
      int f = start + h->members[k->aloff[i] + e];
      int t = category_step(w, f, g);
      k->sact[pos++] = t >= start && t < start + size ? h->blocal[t - start] : -1;
    }
  }
  k->S = NULL;
  k->T = h->T;
  k->G = g2;
  k->SA = (int)SA;
  k->TA = h->TA;
  k->tact = h->tact_g;
  k->AL = (int)total;
  k->objglobal = h->objs;
  k->genglobal = h->gens;
  return YO_OK;
oom:
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return YO_INTERNAL;
}

int check_hom_offset(const check_hom *h, int Y)
{
  int i = Y >= 0 && Y < h->m ? h->loc[Y] : -1;
  return i >= 0 ? h->k.aloff[i] : -1;
}

int check_hom_width(const check_hom *h) { return h->k.AL; }

yo_status check_hom_run(const check_hom *h, const int *alpha, diag_list *d)
{
  return check_nat_run(&h->k, alpha, d);
}
