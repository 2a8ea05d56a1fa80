/* check_category.c — kernel 1 on an enumerated category (check.h): the
 * flat arrays of its Cayley graph, their order for power equations, the
 * run of kernel 1 part by part to locate a rejection, and the user's names
 * (objects, generators, normal forms) every explanation of the trusted
 * path uses.
 *
 * Only the kernel's verdict counts.  The flattening below and the
 * diagnosis of a rejection are ordinary, untrusted C: a bug here can make
 * the kernel reject a good answer (or name the wrong culprit), never make
 * it accept a bad one, because the kernel re-checks every range it relies
 * on (docs/trust.md). */
#include "proofs/check_internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/flat.h"
#include "proofs/kernel/kcategory.h"
#include "specs/progress_hook.h"
#include "specs/text.h"

void check_flat_cat_free(flat_cat *f)
{
  free(f->gsrc); free(f->gtgt); free(f->gslot);
  free(f->ogen); free(f->root); free(f->eq_src);
  free(f->woff); free(f->wlen); free(f->wgen);
  free(f->toff);
  flat_owned_free(&f->own);
  memset(f, 0, sizeof *f);
}

/* Kernel 1 checks an equation whose sides are powers of one generator g,
 * together at least this long, along the g-orbits of the index order
 * (kcategory.c, equation_power); shorter ones are traced at every node. */
#define POWER_EQUATION_MIN 32

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
  /* g's column of the rows, by node (-1 outside block x): the walks
   * below jump through it, not through the D times larger rows */
  int *succ = malloc((size_t)f->n * sizeof *succ);
  if (!in || !order || !seen || !succ) {
    free(in); free(order); free(seen); free(succ);
    return 0;
  }
  long sl = f->gslot[g];
  for (int v = 0; v < f->n; v++) succ[v] = -1;
  for (int i = lo; i < hi; i++) {
    int v = f->tnode[i];
    int w = v >= 0 && v < f->n ? f->next[(long)v * f->D + sl] : -1;
    if (w >= 0 && w < f->n) {
      in[w]++;
      succ[v] = w;
    }
  }
  int k = 0;
  for (int pass = 0; pass < 2; pass++)
    for (int i = lo; i < hi; i++) {
      int v = f->tnode[i];
      if (seen[v] || (pass == 0 && in[v] != 0)) continue;
      while (v >= 0 && v < f->n && !seen[v] && f->tgt[v] == x && k < B) {
        seen[v] = 1;
        order[k++] = v;
        v = succ[v];
      }
    }
  if (k == B && f->tpos == f->tnode) {
    /* one array for both (flat_morphisms): give tpos its own */
    int *tp = flat_owned_ints(&f->own, f->n);
    if (!tp) { free(in); free(order); free(seen); free(succ); return 0; }
    memcpy(tp, f->tnode, (size_t)f->n * sizeof *tp);
    f->tpos = tp;
  }
  if (k == B)
    for (int i = 0; i < B; i++) {
      f->tnode[lo + i] = order[i];
      f->tpos[order[i]] = lo + i;
    }
  free(in); free(order); free(seen); free(succ);
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
    check_flat_cat_free(f);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  for (int x = 0; x < m; x++) f->root[x] = category_identity(c, x);
  flat_generators(c, D, f->gsrc, f->gtgt, f->gslot, f->ogen);
  if (flat_morphisms(c, D, f->ogen, &f->src, &f->tgt, &f->parent, &f->pgen, &f->next,
                     f->toff, &f->tnode, &f->tpos, &f->own) < 0) {
    check_flat_cat_free(f);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  flat_equations(c, f->eq_src, f->woff, f->wlen, f->wgen);
  for (int x = 0; x < m; x++)
    if (!order_power_orbits(f, x)) {
      check_flat_cat_free(f);
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
      return YO_INTERNAL;
    }
  return YO_OK;
}

/* ---- names for diagnostics ------------------------------------------------------------ */

const char *check_morphism_text(const category *c, int f, int reversed, char *buf, int cap)
{
  if (f < 0 || f >= category_morphism_count(c)) {
    snprintf(buf, (size_t)cap, "%s", f < 0 ? "(undefined)" : "(out of range)");
    return buf;
  }
  return text_cut(buf, (size_t)cap, category_format_morphism(c, f, reversed, buf, cap));
}

void check_word_text(const category *c, int x, const int *w, int n, int reversed, char *buf,
                     int cap)
{
  if (n == 0) {
    check_morphism_text(c, category_identity(c, x), 0, buf, cap);
    return;
  }
  int len = 0;
  buf[0] = '\0';
  for (int i = 0; i < n && len < cap; i++) {
    int g = w[reversed ? n - 1 - i : i];
    const char *name = g >= 0 && g < category_generator_count(c) ? category_generator_name(c, g)
                                                                 : "?";
    len += snprintf(buf + len, (size_t)(cap - len), "%s%s", i ? " " : "", name);
  }
}

const char *check_object_text(const category *c, int x)
{
  return x >= 0 && x < category_object_count(c) ? category_object_name(c, x)
                                                  : "(out of range)";
}

const char *check_element_text(const task *t, int x, long e)
{
  if (e < 0) return "(undefined)";
  const char *n = x >= 0 && x < category_object_count(task_category(t)) && e < task_set_size(t, x)
                      ? task_element_name(t, x, (int)e) : NULL;
  return n ? n : "(out of range)";
}

/* ---- kernel 1 ---------------------------------------------------------------------- */

int check_trace(const flat_cat *f, const int *w, int len, int v)
{
  for (int i = 0; i < len && v >= 0; i++)
    v = f->tgt[v] != f->gsrc[w[i]]
            ? -1 : f->next[(long)v * f->D + f->gslot[w[i]]];
  return v;
}

const char *check_node_morphism(const void *c, int v, char *buf, int cap)
{
  return check_morphism_text(c, v, 0, buf, cap);
}

const char *check_node_morphism_op(const void *c, int v, char *buf, int cap)
{
  return check_morphism_text(c, v, 1, buf, cap);
}

/* The first generator out of its slot, or the first slot naming another
 * generator. */
static void explain_slots(const flat_cat *f, const check_names *nm, char *why, size_t cap)
{
  const category *c = nm->c;
  for (int g = 0; g < f->G; g++)
    if (f->ogen[(long)f->gsrc[g] * f->D + f->gslot[g]] != g) {
      snprintf(why, cap, "generator %s is not in its slot %d of object '%s'",
               category_generator_name(c, g), f->gslot[g], check_object_text(c, f->gsrc[g]));
      return;
    }
  for (int x = 0; x < f->m; x++)
    for (int k = 0; k < f->D; k++) {
      int g = f->ogen[(long)x * f->D + k];
      if (g != -1 && (f->gsrc[g] != x || f->gslot[g] != k)) {
        snprintf(why, cap, "slot %d of object '%s' names generator %s, which is not in that "
                 "slot", k, check_object_text(c, x), category_generator_name(c, g));
        return;
      }
    }
}

/* The first edge of the Cayley graph that is missing or ill-typed. */
static void explain_edges(const flat_cat *f, const check_names *nm, char *why, size_t cap)
{
  char b1[256], b2[256];
  for (int v = 0; v < f->n; v++)
    for (int k = 0; k < f->D; k++) {
      int h = f->next[(long)v * f->D + k];
      int g = f->ogen[(long)f->tgt[v] * f->D + k];
      if (g >= 0 ? (h < 0 || f->src[h] != f->src[v] || f->tgt[h] != f->gtgt[g]) : h != -1) {
        if (g >= 0 && h < 0)
          snprintf(why, cap, "the edge %s --%s--> is missing", nm->node(nm->ctx, v, b1, sizeof b1),
                   category_generator_name(nm->c, g));
        else if (g >= 0)
          snprintf(why, cap, "the edge %s --%s--> %s has the wrong source or target",
                   nm->node(nm->ctx, v, b1, sizeof b1), category_generator_name(nm->c, g),
                   nm->node(nm->ctx, h, b2, sizeof b2));
        else
          snprintf(why, cap, "edge %s in empty slot %d leads to %s",
                   nm->node(nm->ctx, v, b1, sizeof b1), k, nm->node(nm->ctx, h, b2, sizeof b2));
        return;
      }
    }
}

/* The entries of the composition table (edges that are not steps of the
 * normal-form tree) the sides of equation e use from node v, as
 * "; table entries used: a --g--> b, ..." (at most 4): one of them is wrong. */
static void table_entries(const flat_cat *f, const check_names *nm, int e, int v, char *out,
                          size_t cap)
{
  char b1[256], b2[256];
  int seen[4][2], k = 0;
  size_t at = 0;
  out[0] = '\0';
  for (int side = 0; side < 2; side++) {
    const int *w = f->wgen + f->woff[2 * e + side];
    int len = f->wlen[2 * e + side], u = v;
    for (int i = 0; i < len && u >= 0 && k < 4; i++) {
      int g = w[i];
      int h = f->tgt[u] != f->gsrc[g] ? -1 : f->next[(long)u * f->D + f->gslot[g]];
      if (h < 0) break;
      int tree = f->parent[h] == u && f->pgen[h] == g;
      int again = 0;
      for (int j = 0; j < k; j++) again |= seen[j][0] == u && seen[j][1] == g;
      if (!tree && !again) {
        seen[k][0] = u;
        seen[k][1] = g;
        k++;
        int n = snprintf(out + at, cap - at, "%s%s --%s--> %s", k == 1 ? "; table entries used: "
                         : ", ", nm->node(nm->ctx, u, b1, sizeof b1),
                         category_generator_name(nm->c, g), nm->node(nm->ctx, h, b2, sizeof b2));
        if (n < 0 || (size_t)n >= cap - at) return;
        at += (size_t)n;
      }
      u = h;
    }
  }
}

/* The first equation that fails, with the node it fails after. */
static void explain_equations(const flat_cat *f, const check_names *nm, char *why, size_t cap)
{
  char b1[256], b2[256], b3[256], b4[256], b5[256];
  const category *c = nm->c;
  for (int e = 0; e < f->E; e++)
    for (int v = 0; v < f->n; v++) {
      if (f->tgt[v] != f->eq_src[e]) continue;
      int l = check_trace(f, f->wgen + f->woff[2 * e], f->wlen[2 * e], v);
      int r = check_trace(f, f->wgen + f->woff[2 * e + 1], f->wlen[2 * e + 1], v);
      if (l >= 0 && l == r) continue;
      long line = 0;
      category_equation(c, e, NULL, NULL, NULL, NULL, NULL, &line);
      check_word_text(c, f->eq_src[e], f->wgen + f->woff[2 * e], f->wlen[2 * e], nm->reversed,
                      b1, sizeof b1);
      check_word_text(c, f->eq_src[e], f->wgen + f->woff[2 * e + 1], f->wlen[2 * e + 1],
                      nm->reversed, b2, sizeof b2);
      int at = snprintf(why, cap, "equation %s = %s (line %ld) fails after morphism %s: the "
                        "sides reach %s and %s", b1, b2, line,
                        nm->node(nm->ctx, v, b3, sizeof b3), nm->node(nm->ctx, l, b4, sizeof b4),
                        nm->node(nm->ctx, r, b5, sizeof b5));
      if (at > 0 && (size_t)at < cap)
        table_entries(f, nm, e, v, why + at, cap - (size_t)at);
      return;
    }
}

void check_kernel1_explain(const flat_cat *f, k1_part part, const check_names *nm, char *why,
                           size_t cap)
{
  const category *c = nm->c;
  char b1[256];
  snprintf(why, cap, "its graph fails kernel 1");
  switch (part) {
  case K1_RANGES:
    snprintf(why, cap, "an entry of its Cayley graph or equations is out of range (a missing "
             "identity, a bad parent, an edge given twice or a morphism out of range)");
    return;
  case K1_SLOTS:
    explain_slots(f, nm, why, cap);
    return;
  case K1_EDGES:
    explain_edges(f, nm, why, cap);
    return;
  case K1_INDEX:
    snprintf(why, cap, "the index of its morphisms by target object is inconsistent "
             "(internal error)");
    return;
  case K1_ROOTS:
    for (int x = 0; x < f->m; x++) {
      int r = f->root[x];
      if (f->src[r] != x || f->tgt[r] != x || f->parent[r] != -1) {
        snprintf(why, cap, "the identity of object '%s' is not a root of the spanning tree",
                 check_object_text(c, x));
        return;
      }
    }
    return;
  case K1_TREE:
    for (int v = 0; v < f->n; v++) {
      int p = f->parent[v];
      int ok = p == -1 ? (f->pgen[v] == -1 && f->root[f->src[v]] == v)
                       : (p >= 0 && p < v && f->pgen[v] >= 0 &&
                          f->tgt[p] == f->gsrc[f->pgen[v]] &&
                          f->next[(long)p * f->D + f->gslot[f->pgen[v]]] == v);
      if (!ok) {
        snprintf(why, cap, "morphism %s is not reached along its normal form",
                 nm->node(nm->ctx, v, b1, sizeof b1));
        return;
      }
    }
    return;
  case K1_EQUATIONS:
    explain_equations(f, nm, why, cap);
    return;
  default:
    return;
  }
}

/* Run kernel 1 on a flattened category: K1_ACCEPTED, or the part that
 * fails.  The verdict that counts is the proved conjunction kcat_check;
 * the parts run only to locate a rejection (the equations part is the
 * costly one: O(equations x morphisms)). */
static k1_part run_kernel1(const flat_cat *f)
{
  progress_hook_kernel("kernel 1: category");
  if (kcat_check(f->n, f->m, f->G, f->D, f->src, f->tgt, f->gsrc, f->gtgt, f->gslot, f->ogen,
                 f->root, f->next, f->parent, f->pgen, f->E, f->W, f->eq_src, f->woff, f->wlen,
                 f->wgen, f->toff, f->tnode, f->tpos))
    return K1_ACCEPTED;
  return check_kernel1_locate(f);
}

k1_part check_kernel1_locate(const flat_cat *f)
{
#define K1 f->n, f->m, f->G, f->D, f->src, f->tgt, f->gsrc, f->gtgt, f->gslot, \
           f->ogen, f->root, f->next, f->parent, f->pgen
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

yo_status check_category_kernel(const category *c, int reversed, flat_cat *f, diag_list *d)
{
  yo_status st = flatten_category(c, f, d);
  if (st != YO_OK) return st;
  k1_part part = run_kernel1(f);
  if (part != K1_ACCEPTED) {
    check_names nm = {c, reversed, reversed ? check_node_morphism_op : check_node_morphism, c};
    char why[1024];
    check_kernel1_explain(f, part, &nm, why, sizeof why);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected category '%s': %s", category_name(c), why);
    return YO_INTERNAL;
  }
  return YO_OK;
}

yo_status check_category(const category *c, diag_list *d)
{
  flat_cat f;
  yo_status st = check_category_kernel(c, 0, &f, d);
  check_flat_cat_free(&f);
  return st;
}
