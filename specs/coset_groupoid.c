/* coset_groupoid.c — the groupoid engine of the coset enumeration, chosen
 * when every generator has a two-sided inverse generator (see
 * coset_internal.h and docs/categories.md, "Two engines"): the table keeps
 * n.g == m iff m.g' == n, equations are scanned as cyclic relators from both
 * ends, coincidences move edges with their inverses, and long powers g^L are
 * tracked by union-find components.
 */
#include "specs/coset_internal.h"

#include <limits.h>

/* ---- long powers ------------------------------------------------------------- */

/* Rebuild the g-components from the edges of nodes 0..nn-1 (all live):
 * every g-edge n.g = m, and every g'-edge m.g' = n whose g-edge n.g = m is
 * not there (general mode; in groupoid mode every edge has its inverse). */
void coset_power_rebuild(tc *t)
{
  for (int k = 0; k < t->npw; k++) {
    power *w = &t->pw[k];
    for (int n = 0; n < t->nn; n++) {
      w->par[n] = n;
      w->sz[n] = 1;
      w->cyc[n] = 0;
    }
    for (int n = 0; n < t->nn; n++) {
      if (t->type[n] != w->y) continue;
      int m = t->row[(size_t)n * (size_t)t->W + (size_t)w->l];
      if (m >= 0) coset_pw_union(w, n, m);
      m = t->row[(size_t)n * (size_t)t->W + (size_t)w->hl];
      if (m >= 0 && t->row[(size_t)m * (size_t)t->W + (size_t)w->l] != n) coset_pw_union(w, n, m);
    }
  }
}


/* ---- edges, coincidences, scans ---------------------------------------------- */

/* Marks the second deduction of an edge pair (below). */
#define PARTNER (1 << 30)

/* Define n.l = m and its inverse m.hl = n (both undefined).  Both ends are
 * deductions: the rotations starting with l are scanned at n, those
 * starting with hl at m.  For a relator whose inverse is one of its
 * rotations (s^2, (s t)^k with involutions, commutators of involutions...)
 * the scans at m retrace the closed paths of the scans at n backwards, so
 * the second deduction (flagged PARTNER) leaves those relators out: this
 * halves the scanning of Coxeter presentations. */
static void set_pair(tc *t, int n, int l, int m, int hl)
{
  t->row[coset_at(t, n, l)] = m;
  t->row[coset_at(t, m, hl)] = n;
  coset_push_deduction(t, n, l);
  /* when every relator starting with hl is self-inverse (every relator of
   * a Coxeter presentation), the second deduction would scan nothing */
  if (t->lpartner[t->outoff[t->multi ? t->type[n] : 0] + l]) coset_push_deduction(t, m, hl | PARTNER);
  for (int k = 0; k < t->npw; k++) {
    power *w = &t->pw[k];
    if ((l == w->l || l == w->hl) && t->type[n] == w->y) coset_pw_union(w, n, m);
  }
}

static void gmerge(tc *t, int a, int b)
{
  b = coset_merge(t, a, b, &a);
  if (b < 0) return;
  if (t->npw > 0) {
    t->pmark[a] |= t->pmark[b];
    for (int k = 0; k < t->npw; k++)
      if (t->type[a] == t->pw[k].y) coset_pw_union(&t->pw[k], a, b);
  }
  if (t->sn + 1 > t->scap && !coset_grow_array(t, &t->stack, &t->scap, t->sn + 1)) return;
  t->stack[t->sn++] = b;
}

/* Identify a and b (the standard coincidence procedure of group coset
 * enumeration: every edge of a dead node is moved to its representative
 * together with its inverse). */
static void gcoincide(tc *t, int a, int b)
{
  gmerge(t, a, b);
  while (t->sn > 0 && !t->fail) {
    int g = t->stack[--t->sn];
    int y = t->type[g];
    int d = t->outdeg[y];
    for (int l = 0; l < d; l++) {
      size_t ig = coset_at(t, g, l);
      int e = t->row[ig];
      if (e < 0) continue;
      int hl = t->linv[t->outoff[y] + l];
      t->row[ig] = -1;
      size_t ie = coset_at(t, e, hl);
      if (t->row[ie] == g) t->row[ie] = -1;
      int mu = coset_find(t, g), nu = coset_find(t, e);
      int mx = t->row[coset_at(t, mu, l)];
      if (mx >= 0) {
        gmerge(t, nu, mx);
      } else {
        int nx = t->row[coset_at(t, nu, hl)];
        if (nx >= 0) gmerge(t, mu, nx);
        else set_pair(t, mu, l, nu, hl);
      }
    }
  }
}

/* Scan the cyclic word cr at node n from both ends: identify when it
 * closes up, fill the gap (and its inverse) when one edge is missing.  The
 * forward walk starts at node p after the first i letters (p = n, i = 0;
 * or the deduced edge n.w[0] = p, i = 1).  Inlined into its callers: one
 * call per scan cost 6-10% of S_9's and S_10's enumeration. */
static inline __attribute__((always_inline)) void scan_from(tc *t, int n, const crel *cr, int p, int i)
{
  const int *w = cr->w, *wi = cr->wi;
  const int L = cr->len;
  if (cr->pw >= 0) {
    if (t->pmark[n] >> cr->pw & 1) return;
    power *pw = &t->pw[cr->pw];
    int r = coset_pw_find(pw, n);
    if (!pw->cyc[r] && pw->sz[r] < L) return;
  }
  while (i < L) {
    int x = t->row[coset_at(t, p, w[i])];
    if (x < 0) break;
    p = x;
    i++;
  }
  if (i == L) {
    if (p != n) {
      gcoincide(t, p, n);
    } else if (cr->pw >= 0) {
      /* g^L holds at n, hence all along its g-cycle */
      unsigned char bit = (unsigned char)(1u << cr->pw);
      int x = n;
      do {
        t->pmark[x] |= bit;
        x = t->row[coset_at(t, x, w[0])];
      } while (x != n && x >= 0);
    }
    return;
  }
  int q = n, j = L;
  while (j > i + 1) {
    int x = t->row[coset_at(t, q, wi[j - 1])];
    if (x < 0) return;
    q = x;
    j--;
  }
  int x = t->row[coset_at(t, q, wi[i])];
  if (x >= 0) {
    if (x != p) gcoincide(t, p, x);
  } else {
    set_pair(t, p, w[i], q, wi[i]);
  }
}

static void scan_cyclic(tc *t, int n, const crel *cr) { scan_from(t, n, cr, n, 0); }

static void process_deductions_g(tc *t)
{
  while (t->dn > 0 && !t->fail) {
    int l = t->ded[--t->dn];
    int n = coset_find(t, t->ded[--t->dn]);
    int partner = l & PARTNER;
    l &= ~PARTNER;
    int y = t->multi ? t->type[n] : 0;
    int m = t->row[coset_at(t, n, l)];
    if (m < 0) continue;
    int g = t->outgen[t->outoff[y] + l];
    /* until a merge, n stays live and n.l == m: the scans start at m */
    unsigned ep = t->epoch;
    for (int k = t->coff[g]; k < t->coff[g + 1] && !t->fail; k++) {
      const crel *cr = &t->crels[t->cocc[k]];
      if (partner && cr->selfinv) continue;
      if (ep == t->epoch) {
        scan_from(t, n, cr, m, 1);
      } else {
        n = coset_find(t, n);
        scan_cyclic(t, n, cr);
      }
    }
  }
}

/* Scan every relator (rotation 0) at live node n until it dies
 * (coset_rescan). */
static void scan_node_g(tc *t, int n)
{
  int y = t->type[n];
  for (int k = t->voff[y]; k < t->voff[y + 1]; k++) {
    scan_cyclic(t, n, &t->crels[t->vlist[k]]);
    if (t->fail || t->uf[n] != n) break;
  }
}

static int define_pair(tc *t, int n, int l);

/* Relator-based definitions at node t->pos, groupoid mode: trace every
 * relator (rotation 0, from its start object) at it from both ends,
 * defining at the forward end until one edge is missing, then fill it (see
 * trace_node). */
static void trace_node_g(tc *t)
{
  int y = t->type[t->pos];
  for (int k = t->toff[y]; k < t->toff[y + 1] && !t->fail; k++) {
    const crel *cr = &t->crels[t->tlist[k]];
    const int *w = cr->w, *wi = cr->wi;
    const int L = cr->len;
    if (L < t->trace_min) continue;
    /* the walk so far, valid while no merge or compaction happened */
    int p = 0, i = 0, q = 0, j = L, have = 0;
    unsigned ep = 0;
    for (;;) {
      /* (liveness first: a compaction would move pos to the next node) */
      if (t->uf[t->pos] != t->pos || !coset_safe_point(t)) return;
      int n = t->pos;
      if (cr->pw >= 0 && (t->pmark[n] >> cr->pw & 1)) break;
      if (!have || ep != t->epoch) {
        p = q = n;
        i = 0;
        j = L;
      }
      int x;
      while (i < L && (x = coset_get(t, p, w[i])) >= 0) {
        p = x;
        i++;
      }
      while (j > i + 1 && (x = coset_get(t, q, wi[j - 1])) >= 0) {
        q = x;
        j--;
      }
      have = 1;
      ep = t->epoch;
      if (i == L || j <= i + 1) {
        scan_cyclic(t, n, cr);
        process_deductions_g(t);
        break;
      }
      if (!define_pair(t, p, w[i])) return;
    }
  }
}

/* Define n.l (undefined) as a new node with its inverse edge and process
 * every consequence.  0 on failure. */
static int define_pair(tc *t, int n, int l)
{
  int i = t->outoff[t->type[n]] + l;
  int m = coset_new_node(t, t->lgtgt[i]);
  if (m < 0) return 0;
  set_pair(t, n, l, m, t->linv[i]);
  process_deductions_g(t);
  return !t->fail;
}

yo_status coset_enumerate_groupoid(tc *t, int x)
{
  static const coset_engine groupoid = {trace_node_g, define_pair, INT_MAX};
  if (coset_new_node(t, x) < 0) return t->fail;
  if (coset_felsch(t, &groupoid) != YO_OK) return t->fail;
  /* Felsch's closure theorem makes this re-scan unnecessary; it is cheap
   * for small blocks and kept there as a safety net */
  if (t->live <= GROUPOID_VERIFY_MAX_LIVE) coset_rescan(t, scan_node_g);
  if (t->fail || !coset_compact(t)) return t->fail;
  return YO_OK;
}
