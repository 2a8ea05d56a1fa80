/* excert.c — exact category certificates (see excert.h): the record and
 * its construction, the flattening for kernel 7, the checks
 * (excert_check, excert_check_opposite) and the explanation of a
 * rejection.  The XML form (writing and reading) is proofs/excert_xml.c.
 *
 * Only the kernel's verdict counts.  The flattening is ordinary C that
 * builds kernel 1's arrays from the certificate (never from the
 * enumeration) and the presentation; a malformed certificate becomes
 * out-of-range entries, which the kernel rejects. */
#include "proofs/excert.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/check_internal.h"
#include "proofs/flat.h"
#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kexact.h"

/* ---- the record ------------------------------------------------------------------ */


excert *excert_new(int n)
{
  excert *x = calloc(1, sizeof *x);
  if (!x) return NULL;
  x->n = n;
  x->idobj = flat_ints(n); x->parent = flat_ints(n); x->pgen = flat_ints(n);
  x->lfirst = flat_ints(1);
  if (!x->idobj || !x->parent || !x->pgen || !x->lfirst) {
    excert_free(x);
    return NULL;
  }
  for (int f = 0; f < n; f++) x->idobj[f] = x->parent[f] = x->pgen[f] = -1;
  x->lfirst[0] = 0;
  return x;
}

void excert_free(excert *x)
{
  if (!x) return;
  free(x->idobj); free(x->parent); free(x->pgen);
  free(x->efrom); free(x->egen); free(x->eto);
  free(x->enode); free(x->eeq); free(x->efull); free(x->egap);
  free(x->lobj); free(x->llhs); free(x->llen); free(x->lfirst);
  free(x->seq); free(x->sside); free(x->spos); free(x->sword); free(x->slen);
  free(x->words);
  free(x);
}

static int grow(int **a, int cap)
{
  int *p = realloc(*a, (size_t)cap * sizeof(int));
  if (!p) return -1;
  *a = p;
  return 0;
}

int excert_add_edge(excert *x, int from, int gen, int to, int node, int eq,
                    int full, int gap)
{
  if (x->nedges == x->cap) {
    if (x->cap > INT_MAX / 2) return -1;
    int cap = x->cap ? 2 * x->cap : 256;
    if (grow(&x->efrom, cap) || grow(&x->egen, cap) || grow(&x->eto, cap) ||
        grow(&x->enode, cap) || grow(&x->eeq, cap) || grow(&x->efull, cap) ||
        grow(&x->egap, cap))
      return -1;
    x->cap = cap;
  }
  int i = x->nedges++;
  x->efrom[i] = from; x->egen[i] = gen; x->eto[i] = to;
  x->enode[i] = node; x->eeq[i] = eq; x->efull[i] = full; x->egap[i] = gap;
  return 0;
}

/* Append w to the word pool; its offset, or -1. */
static int add_word(excert *x, const int *w, int len)
{
  if (len < 0 || x->nwords > INT_MAX - len) return -1;
  if (x->nwords + len > x->wcap) {
    long cap = x->wcap ? 2L * x->wcap : 1024;
    while (cap < (long)x->nwords + len) cap *= 2;
    if (cap > INT_MAX) cap = INT_MAX;
    if (grow(&x->words, (int)cap)) return -1;
    x->wcap = (int)cap;
  }
  int at = x->nwords;
  if (len > 0) memcpy(x->words + at, w, (size_t)len * sizeof(int));
  x->nwords += len;
  return at;
}

int excert_add_lemma(excert *x, int obj, const int *lhs, int len)
{
  if (x->nlemmas == x->lcap) {
    if (x->lcap > INT_MAX / 2 - 1) return -1;
    int cap = x->lcap ? 2 * x->lcap : 64;
    if (grow(&x->lobj, cap) || grow(&x->llhs, cap) || grow(&x->llen, cap) ||
        grow(&x->lfirst, cap + 1))
      return -1;
    x->lcap = cap;
  }
  int at = add_word(x, lhs, len);
  if (at < 0) return -1;
  int l = x->nlemmas++;
  x->lobj[l] = obj;
  x->llhs[l] = at;
  x->llen[l] = len;
  x->lfirst[l + 1] = x->nsteps;
  return l;
}

int excert_add_step(excert *x, int eq, int side, int pos, const int *w,
                    int len)
{
  if (x->nlemmas == 0) return -1;
  if (x->nsteps == x->scap) {
    if (x->scap > INT_MAX / 2) return -1;
    int cap = x->scap ? 2 * x->scap : 256;
    if (grow(&x->seq, cap) || grow(&x->sside, cap) || grow(&x->spos, cap) ||
        grow(&x->sword, cap) || grow(&x->slen, cap))
      return -1;
    x->scap = cap;
  }
  int at = add_word(x, w, len);
  if (at < 0) return -1;
  int t = x->nsteps++;
  x->seq[t] = eq; x->sside[t] = side; x->spos[t] = pos;
  x->sword[t] = at; x->slen[t] = len;
  x->lfirst[x->nlemmas] = x->nsteps;
  return 0;
}

/* ---- flat arrays ---------------------------------------------------------------- */

typedef struct xflat {
  int n, m, G, D, E, L, S, W, W0;   /* W0: the presentation's words */
  int *src, *tgt, *gsrc, *gtgt, *gslot, *ogen, *root, *next, *parent, *pgen;
  int *eq_src, *woff, *wlen, *wgen, *toff, *tnode, *tpos;
  int *rank, *dnode, *deq, *dside, *dgap, *rinv;
  int *soff, *seq, *sdir, *spos, *coff, *clen;
  int bad_edge;   /* first certificate edge that names no slot, or -1 */
} xflat;

static void xflat_free(xflat *f)
{
  int **all[] = {&f->src, &f->tgt, &f->gsrc, &f->gtgt, &f->gslot, &f->ogen,
                 &f->root, &f->next, &f->parent, &f->pgen, &f->eq_src,
                 &f->woff, &f->wlen, &f->wgen, &f->toff, &f->tnode, &f->tpos,
                 &f->rank, &f->dnode, &f->deq, &f->dside, &f->dgap, &f->rinv,
                 &f->soff, &f->seq, &f->sdir, &f->spos, &f->coff, &f->clen};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    free(*all[i]);
    *all[i] = NULL;
  }
}

static yo_status flatten(const category *c, const excert *x, xflat *f,
                         diag_list *d)
{
  memset(f, 0, sizeof *f);
  f->bad_edge = -1;
  int n = x->n, m = category_object_count(c), G = category_generator_count(c);
  int E = category_equation_count(c);
  long W = 0;
  int D = 0;
  if (flat_sizes(c, &W, &D) < 0) goto oom;
  long W0 = W, L = x->nlemmas, S = x->nsteps;
  W += x->nwords;
  if (n < 0 || (long)n * D > INT_MAX || (long)m * D > INT_MAX ||
      2L * (E + L) > INT_MAX || W > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "kernel: the certificate of category '%s' is too large for the "
             "kernel (%d morphisms x %d generators out of one object exceeds "
             "its int indices); nothing was decided", category_name(c), n, D);
    return YO_LIMIT;
  }
  long nD = (long)n * D;
  f->n = n; f->m = m; f->G = G; f->D = D; f->E = E; f->W = (int)W;
  f->W0 = (int)W0; f->L = (int)L; f->S = (int)S;
  f->src = flat_ints(n); f->tgt = flat_ints(n); f->parent = flat_ints(n); f->pgen = flat_ints(n);
  f->gsrc = flat_ints(G); f->gtgt = flat_ints(G); f->gslot = flat_ints(G);
  f->ogen = flat_ints((long)m * D); f->root = flat_ints(m); f->next = flat_ints(nD);
  f->eq_src = flat_ints(E + L); f->woff = flat_ints(2 * (E + L));
  f->wlen = flat_ints(2 * (E + L));
  f->soff = flat_ints(L + 1); f->seq = flat_ints(S); f->sdir = flat_ints(S); f->spos = flat_ints(S);
  f->coff = flat_ints(S); f->clen = flat_ints(S);
  f->wgen = flat_ints(W); f->toff = flat_ints((long)m + 1); f->tnode = flat_ints(n);
  f->tpos = flat_ints(n); f->rank = flat_ints(nD); f->dnode = flat_ints(nD);
  f->deq = flat_ints(nD); f->dside = flat_ints(nD); f->dgap = flat_ints(nD); f->rinv = flat_ints(G);
  if (!f->src || !f->tgt || !f->parent || !f->pgen || !f->gsrc || !f->gtgt ||
      !f->gslot || !f->ogen || !f->root || !f->next || !f->eq_src ||
      !f->woff || !f->wlen || !f->wgen || !f->toff || !f->tnode ||
      !f->tpos || !f->rank || !f->dnode || !f->deq || !f->dside || !f->dgap ||
      !f->rinv || !f->soff || !f->seq || !f->sdir || !f->spos || !f->coff ||
      !f->clen)
    goto oom;
  flat_generators(c, D, f->gsrc, f->gtgt, f->gslot, f->ogen);
  /* nodes: source and target follow the tree (parents come first) */
  for (int v = 0; v < n; v++) {
    f->parent[v] = x->parent[v];
    f->pgen[v] = x->pgen[v];
    f->src[v] = f->tgt[v] = -1;
    int p = x->parent[v], g = x->pgen[v];
    if (x->idobj[v] >= 0 && x->idobj[v] < m) {
      f->src[v] = f->tgt[v] = x->idobj[v];
    } else if (p >= 0 && p < v && g >= 0 && g < G) {
      f->src[v] = f->src[p];
      f->tgt[v] = f->tgt[p] == f->gsrc[g] ? f->gtgt[g] : -1;
    }
  }
  for (int o = 0; o < m; o++) f->root[o] = -1;
  for (int v = n - 1; v >= 0; v--)
    if (x->idobj[v] >= 0 && x->idobj[v] < m) f->root[x->idobj[v]] = v;
  /* edges: tree edges (rank 0), then the deduced ones in order; a slot
   * filled twice gets -2, which the kernel's ranges reject */
  for (long i = 0; i < nD; i++) f->next[i] = f->rank[i] = f->dnode[i] = f->deq[i] = f->dside[i] = f->dgap[i] = -1;
  for (int v = 0; v < n; v++) {
    int p = x->parent[v], g = x->pgen[v];
    if (p < 0 || p >= n || g < 0 || g >= G || f->tgt[p] != f->gsrc[g] ||
        f->gslot[g] >= D)
      continue;
    long j = (long)p * D + f->gslot[g];
    f->next[j] = f->next[j] == -1 ? v : -2;
    f->rank[j] = 0;
  }
  for (int i = 0; i < x->nedges; i++) {
    int p = x->efrom[i], g = x->egen[i];
    if (p < 0 || p >= n || g < 0 || g >= G || f->tgt[p] < 0 ||
        f->tgt[p] != f->gsrc[g] || f->gslot[g] >= D) {
      if (f->bad_edge < 0) f->bad_edge = i;
      continue;
    }
    long j = (long)p * D + f->gslot[g];
    f->next[j] = f->next[j] == -1 ? x->eto[i] : -2;
    if (f->next[j] == -2 && f->bad_edge < 0) f->bad_edge = i;
    f->rank[j] = i + 1;
    f->dnode[j] = x->enode[i];
    f->deq[j] = x->eeq[i];
    f->dside[j] = x->efull[i];
    f->dgap[j] = x->egap[i];
  }
  if (flat_group_by_target(n, m, f->tgt, f->toff, f->tnode, f->tpos) < 0) goto oom;
  flat_equations(c, f->eq_src, f->woff, f->wlen, f->wgen);
  /* lemmas: their words follow the presentation's in wgen; the rhs of a
   * lemma is the word of its last step (none: an empty word, rejected) */
  if (x->nwords > 0) memcpy(f->wgen + W0, x->words, (size_t)x->nwords * sizeof(int));
  for (int l = 0; l < L; l++) {
    int e = E + l, a = x->lfirst[l], b = x->lfirst[l + 1];
    f->eq_src[e] = x->lobj[l];
    f->woff[2 * e] = (int)W0 + x->llhs[l];
    f->wlen[2 * e] = x->llen[l];
    f->woff[2 * e + 1] = b > a ? (int)W0 + x->sword[b - 1] : 0;
    f->wlen[2 * e + 1] = b > a ? x->slen[b - 1] : 0;
  }
  for (int l = 0; l <= L; l++) f->soff[l] = x->lfirst[l];
  for (int t = 0; t < S; t++) {
    f->seq[t] = x->seq[t]; f->sdir[t] = x->sside[t]; f->spos[t] = x->spos[t];
    f->coff[t] = (int)W0 + x->sword[t]; f->clen[t] = x->slen[t];
  }
  /* right inverses: the first equation g r = identity (either way round) */
  for (int g = 0; g < G; g++) f->rinv[g] = -1;
  for (int e = E - 1; e >= 0; e--) {
    int l = 2 * e, r = 2 * e + 1;
    if (f->wlen[r] == 0 && f->wlen[l] >= 1) f->rinv[f->wgen[f->woff[l]]] = e;
    else if (f->wlen[l] == 0 && f->wlen[r] >= 1) f->rinv[f->wgen[f->woff[r]]] = e;
  }
  return YO_OK;
oom:
  xflat_free(f);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return YO_INTERNAL;
}

/* ---- explaining a rejection (untrusted) ----------------------------------------- */

/* "#k (s1 s2 ...)" for node v, following the certificate's tree. */
static const char *node_text(const category *c, const xflat *f, int v,
                             char *buf, size_t cap)
{
  if (v < 0 || v >= f->n) {
    snprintf(buf, cap, "#%d (no such morphism)", v);
    return buf;
  }
  int word[64], len = 0, cur = v, steps = 0;
  while (cur >= 0 && cur < f->n && f->parent[cur] >= 0 && steps <= f->n) {
    if (len < 64) word[len++] = f->pgen[cur];
    cur = f->parent[cur];
    steps++;
  }
  size_t used = (size_t)snprintf(buf, cap, "#%d (", v);
  if (len == 0 || steps > 64) {
    const char *o = cur >= 0 && cur < f->n && f->src[cur] >= 0
                        ? category_object_name(c, f->src[cur]) : "?";
    if (len == 0 && o[0] != '?')
      used += (size_t)category_format_identity(c, f->src[cur], buf + used,
                                               cap > used ? (int)(cap - used) : 0);
    else if (len == 0)
      used += (size_t)snprintf(buf + used, cap > used ? cap - used : 0, "%s", o);
    else used += (size_t)snprintf(buf + used, cap > used ? cap - used : 0, "%d generators", steps);
  } else {
    for (int i = len - 1; i >= 0 && used < cap; i--) {
      int g = word[i];
      used += (size_t)snprintf(buf + used, cap - used, "%s%s", i == len - 1 ? "" : " ",
                               g >= 0 && g < f->G ? category_generator_name(c, g) : "?");
    }
  }
  if (used < cap) snprintf(buf + used, cap - used, ")");
  return buf;
}

/* Trace like ke_trace (ke_rtrace with `inv`); on failure *stop is the
 * failing position (offset into the word) and *why a reason. */
static int untrusted_trace(const xflat *f, const int *w, int len, int v,
                           int lvl, int inv, int *stop, const char **why)
{
  for (int i = 0; i < len; i++) {
    int g = w[i];
    *stop = i;
    if (v < 0) { *why = "a missing edge"; return -1; }
    if (f->tgt[v] != f->gsrc[g]) { *why = "a generator that does not compose"; return -1; }
    if (inv && f->rinv[g] < 0) {
      *why = "a generator without a right inverse (no equation g r = identity)";
      return -1;
    }
    long j = (long)v * f->D + f->gslot[g];
    if (f->rank[j] < 0 || f->rank[j] >= lvl) {
      *why = "an edge that is neither a tree edge nor deduced earlier";
      return -1;
    }
    v = f->next[j];
  }
  *stop = len;
  return v;
}

/* "equation 3 (line 12)" or "lemma 2" for combined equation number e. */
static const char *eq_label(const category *c, const xflat *f, int e,
                            char *buf, size_t cap)
{
  if (e >= 0 && e < f->E) {
    long line = 0;
    category_equation(c, e, NULL, NULL, NULL, NULL, NULL, &line);
    snprintf(buf, cap, "equation %d (line %ld)", e + 1, line);
  } else {
    snprintf(buf, cap, "lemma %d", e - f->E + 1);
  }
  return buf;
}

/* Replay the deduction of edge slot (p, s) like ke_derived; 1 if it holds,
 * else 0 with the reason in why. */
static int untrusted_deduction(const category *c, const xflat *f, int p,
                               int s, char *why, size_t cap)
{
  char k[256], k2[256];
  long j = (long)p * f->D + s;
  int q = f->next[j], gx = f->ogen[(long)f->tgt[p] * f->D + s];
  const char *gname = gx >= 0 ? category_generator_name(c, gx) : "?";
  if (f->rank[j] <= 0 || f->dnode[j] < 0) {
    snprintf(why, cap, "it is not a tree edge and has no deduction");
    return 0;
  }
  int node = f->dnode[j], e = f->deq[j], side = f->dside[j], lvl = f->rank[j];
  int gap = f->dgap[j];
  if (node < 0 || node >= f->n || e < 0 || e >= f->E + f->L || side < 0 ||
      side > 1) {
    snprintf(why, cap, "no such morphism, equation, lemma or side");
    return 0;
  }
  char el[80];
  eq_label(c, f, e, el, sizeof el);
  if (f->tgt[node] != f->eq_src[e]) {
    snprintf(why, cap, "%s starts at %s, but that morphism "
             "ends at %s", el, category_object_name(c, f->eq_src[e]),
             f->tgt[node] >= 0 ? category_object_name(c, f->tgt[node]) : "?");
    return 0;
  }
  int F = 2 * e + side, V = 2 * e + 1 - side;
  const int *wv = f->wgen + f->woff[V];
  int lv = f->wlen[V];
  if (gap < 0 || gap >= lv || wv[gap] != gx) {
    snprintf(why, cap, "the other side of %s does not have "
             "generator %s at position %d", el, gname, gap + 1);
    return 0;
  }
  int stop = 0;
  const char *r0 = "";
  int b = untrusted_trace(f, wv, gap, node, lvl, 0, &stop, &r0);
  if (b != p) {
    if (b < 0)
      snprintf(why, cap, "the other side, step %d, uses %s", stop + 1, r0);
    else
      snprintf(why, cap, "the other side up to the edge reaches %s, not the "
               "edge's source", node_text(c, f, b, k, sizeof k));
    return 0;
  }
  int a = untrusted_trace(f, f->wgen + f->woff[F], f->wlen[F], node, lvl, 0,
                          &stop, &r0);
  if (a < 0) {
    snprintf(why, cap, "the full side, step %d, uses %s", stop + 1, r0);
    return 0;
  }
  int r = untrusted_trace(f, wv + gap + 1, lv - gap - 1, q, lvl, 1, &stop, &r0);
  if (r < 0) {
    snprintf(why, cap, "the other side after the edge, step %d, uses %s",
             gap + stop + 2, r0);
    return 0;
  }
  if (r != a) {
    snprintf(why, cap, "the other side reaches %s, the full side %s",
             node_text(c, f, r, k, sizeof k), node_text(c, f, a, k2, sizeof k2));
    return 0;
  }
  return 1;
}

/* The first lemma whose chain fails (like ke_lemma, untrusted), with the
 * step and the reason in why. */
static int untrusted_lemmas(const category *c, const xflat *f, char *why,
                            size_t cap)
{
  (void)c;
  for (int l = 0; l < f->L; l++) {
    int e = f->E + l, a = f->soff[l], b = f->soff[l + 1];
    if (a < 0 || a >= b || b > f->S) {
      snprintf(why, cap, "it has no steps");
      return l;
    }
    int x0 = f->eq_src[e], o = x0;
    for (int i = 0; i < f->wlen[2 * e] && o >= 0; i++) {
      int g = f->wgen[f->woff[2 * e] + i];
      o = f->gsrc[g] == o ? f->gtgt[g] : -1;
    }
    if (o < 0) {
      snprintf(why, cap, "its lhs is not a path out of its object");
      return l;
    }
    for (int t = a; t < b; t++) {
      int ou = t == a ? f->woff[2 * e] : f->coff[t - 1];
      int lu = t == a ? f->wlen[2 * e] : f->clen[t - 1];
      int ov = f->coff[t], lv = f->clen[t], q = f->spos[t], fe = f->seq[t];
      int dd = f->sdir[t];
      const char *bad = NULL;
      if (fe < 0 || fe >= e) bad = "it uses no equation and no earlier lemma";
      else if (dd != 0 && dd != 1) bad = "no such side";
      else {
        int A = 2 * fe + dd, B = 2 * fe + 1 - dd;
        int la = f->wlen[A], lb = f->wlen[B];
        if (q < 0 || q > lu - la) bad = "the position is outside the word";
        else if (lv != lu - la + lb) bad = "the word has the wrong length";
        else {
          for (int i = 0; i < q && !bad; i++)
            if (f->wgen[ou + i] != f->wgen[ov + i]) bad = "the word differs before the position";
          for (int i = 0; i < la && !bad; i++)
            if (f->wgen[ou + q + i] != f->wgen[f->woff[A] + i])
              bad = "the side replaced does not occur at the position";
          for (int i = 0; i < lb && !bad; i++)
            if (f->wgen[ov + q + i] != f->wgen[f->woff[B] + i])
              bad = "the word does not have the other side at the position";
          for (int i = 0; i < lu - q - la && !bad; i++)
            if (f->wgen[ou + q + la + i] != f->wgen[ov + q + lb + i])
              bad = "the word differs after the replaced side";
          if (!bad && la == 0 &&
              (q == 0 ? x0 : f->gtgt[f->wgen[ou + q - 1]]) != f->eq_src[fe])
            bad = "the empty side replaced is not at the equation's object";
        }
      }
      if (bad) {
        snprintf(why, cap, "step %d: %s", t - a + 1, bad);
        return l;
      }
    }
    if (f->coff[b - 1] != f->woff[2 * e + 1] || f->clen[b - 1] != f->wlen[2 * e + 1]) {
      snprintf(why, cap, "its last step does not end at its rhs");
      return l;
    }
  }
  snprintf(why, cap, "rejected");
  return 0;
}

/* check_names' node for a certificate's graph: node_text. */
typedef struct node_ctx {
  const category *c;
  const xflat *f;
} node_ctx;

static const char *cert_node(const void *ctx, int v, char *buf, int cap)
{
  const node_ctx *k = ctx;
  return node_text(k->c, k->f, v, buf, (size_t)cap);
}

static void explain(const category *c, const excert *x, const xflat *f,
                    diag_list *d)
{
  const char *name = category_name(c);
#define K1 f->n, f->m, f->G, f->D, f->src, f->tgt, f->gsrc, f->gtgt, f->gslot, \
           f->ogen, f->root, f->next, f->parent, f->pgen
  if (f->bad_edge >= 0) {
    int i = f->bad_edge;
    diag_add(d, DIAG_ERROR, NULL, 0, "edge %d of the certificate of category "
             "'%s' (from #%d by generator '%s') names no edge of the graph, or "
             "an edge given twice", i + 1, name, x->efrom[i],
             x->egen[i] >= 0 && x->egen[i] < f->G ? category_generator_name(c, x->egen[i]) : "?");
    return;
  }
  if (!kcat_check(K1, f->E, f->W, f->eq_src, f->woff, f->wlen, f->wgen,
                  f->toff, f->tnode, f->tpos)) {
    /* the graph as kernel 1 reads it; nodes named along the certificate's tree */
    flat_cat g = {.n = f->n, .m = f->m, .G = f->G, .D = f->D, .E = f->E, .W = f->W,
                  .src = f->src, .tgt = f->tgt, .next = f->next, .parent = f->parent,
                  .pgen = f->pgen, .gsrc = f->gsrc, .gtgt = f->gtgt, .gslot = f->gslot,
                  .ogen = f->ogen, .root = f->root, .eq_src = f->eq_src, .woff = f->woff,
                  .wlen = f->wlen, .wgen = f->wgen, .toff = f->toff, .tnode = f->tnode,
                  .tpos = f->tpos, .own = {{NULL}, 0}};
    node_ctx ctx = {c, f};
    check_names nm = {c, 0, cert_node, &ctx};
    char why[1024];
    check_kernel1_explain(&g, check_kernel1_locate(&g), &nm, why, sizeof why);
    diag_add(d, DIAG_ERROR, NULL, 0, "the graph of category '%s' in the "
             "certificate fails kernel 1: %s", name, why);
    return;
  }
#undef K1
  if (!kcat_word_ranges(f->m, f->G, f->E + f->L, f->W, f->eq_src, f->woff,
                        f->wlen, f->wgen)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "the lemmas of the certificate of "
             "category '%s' are out of range (an unknown object)", name);
    return;
  }
  if (!kexact_lemmas(f->m, f->G, f->gsrc, f->gtgt, f->E, f->L, f->W,
                     f->eq_src, f->woff, f->wlen, f->wgen, f->S, f->soff,
                     f->seq, f->sdir, f->spos, f->coff, f->clen)) {
    char why[300];
    int l = untrusted_lemmas(c, f, why, sizeof why);
    diag_add(d, DIAG_ERROR, NULL, 0, "category '%s': lemma %d of the "
             "certificate: %s", name, l + 1, why);
    return;
  }
  if (!kexact_inverses(f->m, f->G, f->gsrc, f->E + f->L, f->W, f->eq_src,
                       f->woff, f->wlen, f->wgen, f->rinv)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel 7 rejected the right inverses of "
             "category '%s'", name);
    return;
  }
  for (int p = 0; p < f->n; p++)
    for (int s = 0; s < f->D; s++) {
      long j = (long)p * f->D + s;
      int q = f->next[j];
      if (q < 0) continue;
      int g = f->pgen[q];
      if (f->parent[q] == p && g >= 0 && f->gslot[g] == s && f->gsrc[g] == f->tgt[p])
        continue;
      char why[700];
      if (untrusted_deduction(c, f, p, s, why, sizeof why)) continue;
      char a[256], b[256], k[256];
      int gx = f->ogen[(long)f->tgt[p] * f->D + s];
      int e = f->deq[j], side = f->dside[j];
      char el[80];
      if (e >= f->E) snprintf(el, sizeof el, "lemma %d", e - f->E + 1);
      else snprintf(el, sizeof el, "equation %d", e + 1);
      if (f->rank[j] > 0 && f->dnode[j] >= 0)
        diag_add(d, DIAG_ERROR, NULL, 0, "category '%s': edge %s --%s--> %s "
                 "(deduction %d: at %s, %s, full side %s, position %d): %s",
                 name, node_text(c, f, p, a, sizeof a),
                 gx >= 0 ? category_generator_name(c, gx) : "?",
                 node_text(c, f, q, b, sizeof b), f->rank[j],
                 node_text(c, f, f->dnode[j], k, sizeof k), el,
                 side == 0 ? "lhs" : side == 1 ? "rhs" : "?", f->dgap[j] + 1, why);
      else
        diag_add(d, DIAG_ERROR, NULL, 0, "category '%s': edge %s --%s--> %s: %s",
                 name, node_text(c, f, p, a, sizeof a),
                 gx >= 0 ? category_generator_name(c, gx) : "?",
                 node_text(c, f, q, b, sizeof b), why);
      return;
    }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel 7 rejected the certificate of "
           "category '%s'", name);
}

/* ---- the check ------------------------------------------------------------------ */

static int same_graph(const category *e, const excert *x, const xflat *f,
                      diag_list *d)
{
  const char *name = category_name(e);
  if (category_morphism_count(e) != x->n ||
      category_object_count(e) != f->m || category_generator_count(e) != f->G) {
    diag_add(d, DIAG_ERROR, NULL, 0, "the exact certificate has %d morphisms, "
             "category '%s' has %d", x->n, name, category_morphism_count(e));
    return 0;
  }
  for (int v = 0; v < x->n; v++) {
    if (category_parent(e, v) != f->parent[v] ||
        category_parent_generator(e, v) != f->pgen[v] ||
        category_source(e, v) != f->src[v] || category_target(e, v) != f->tgt[v]) {
      diag_add(d, DIAG_ERROR, NULL, 0, "morphism #%d of the exact certificate "
               "differs from category '%s'", v, name);
      return 0;
    }
    for (int s = 0; s < f->D; s++) {
      int g = f->ogen[(long)f->tgt[v] * f->D + s];
      if (g >= 0 && category_step(e, v, g) != f->next[(long)v * f->D + s]) {
        diag_add(d, DIAG_ERROR, NULL, 0, "edge #%d --%s--> of the exact certificate "
                 "differs from category '%s'", v, category_generator_name(e, g), name);
        return 0;
      }
    }
  }
  return 1;
}

yo_status excert_check(const category *pres, const excert *x,
                       const category *enumerated, diag_list *d)
{
  xflat f;
  yo_status st = flatten(pres, x, &f, d);
  if (st != YO_OK) return st;
  int ok = f.bad_edge < 0 &&
           kexact_check(f.n, f.m, f.G, f.D, f.src, f.tgt, f.gsrc, f.gtgt,
                        f.gslot, f.ogen, f.root, f.next, f.parent, f.pgen, f.E,
                        f.L, f.W, f.eq_src, f.woff, f.wlen, f.wgen, f.toff,
                        f.tnode, f.tpos, f.S, f.soff, f.seq, f.sdir, f.spos,
                        f.coff, f.clen, f.rank, f.dnode, f.deq, f.dside,
                        f.dgap, f.rinv);
  if (!ok) {
    explain(pres, x, &f, d);
    st = YO_INTERNAL;
  } else if (enumerated && !same_graph(enumerated, x, &f, d)) {
    st = YO_INTERNAL;
  }
  xflat_free(&f);
  return st;
}

yo_status excert_check_opposite(const category *c, const category *op,
                                diag_list *d)
{
  const char *name = category_name(c);
  int m = category_object_count(c), G = category_generator_count(c);
  int E = category_equation_count(c);
  if (category_object_count(op) != m || category_generator_count(op) != G ||
      category_equation_count(op) != E) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: the opposite of category '%s' "
             "does not have its objects, generators and equations", name);
    return YO_INTERNAL;
  }
  for (int x = 0; x < m; x++)
    if (strcmp(category_object_name(c, x), category_object_name(op, x)) != 0) {
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel: object %d of the opposite of "
               "'%s' is not '%s'", x, name, category_object_name(c, x));
      return YO_INTERNAL;
    }
  for (int g = 0; g < G; g++)
    if (strcmp(category_generator_name(c, g), category_generator_name(op, g)) != 0 ||
        category_generator_source(op, g) != category_generator_target(c, g) ||
        category_generator_target(op, g) != category_generator_source(c, g)) {
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel: generator '%s' of the opposite "
               "of '%s' is not reversed", category_generator_name(c, g), name);
      return YO_INTERNAL;
    }
  for (int e = 0; e < E; e++) {
    int s = 0, os = 0, nl = 0, nr = 0, onl = 0, onr = 0;
    const int *l = NULL, *r = NULL, *ol = NULL, *orr = NULL;
    category_equation(c, e, &s, &l, &nl, &r, &nr, NULL);
    category_equation(op, e, &os, &ol, &onl, &orr, &onr, NULL);
    int t = category_word_target(c, s, l, nl);
    int ok = t == os && nl == onl && nr == onr;
    for (int i = 0; ok && i < nl; i++) ok = l[i] == ol[nl - 1 - i];
    for (int i = 0; ok && i < nr; i++) ok = r[i] == orr[nr - 1 - i];
    if (!ok) {
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel: equation %d of the opposite of "
               "'%s' is not the reversal of the original", e + 1, name);
      return YO_INTERNAL;
    }
  }
  return YO_OK;
}
