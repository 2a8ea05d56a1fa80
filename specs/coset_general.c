/* coset_general.c — the general (monoid) engine of the coset enumeration
 * (see coset_internal.h and docs/categories.md, "Two engines"): Felsch
 * definitions in node order, deduction processing through preimage lists
 * (or the inverse generator's edge where there is one), cyclic scans of the
 * equations whose letters are all invertible, HLT-style tracing of long
 * relations, and a final re-scan of every equation at every node.
 */
#include "specs/coset_internal.h"

#include <stdint.h>
#include <stdlib.h>

/* Marks a deduction whose edge was set together with its inverse by a
 * cyclic scan (scan_cyclic_m): a relator whose inverse is one of its
 * rotations (selfinv) runs through the inverse edge along the same closed
 * paths, backwards, and both edges are there from the same moment on, so
 * the scans of such relators at this edge are left out (as in the
 * groupoid engine). */
#define PARTNER (1 << 30)

/* The long powers' g-components (coset_internal.h, power): join n and m
 * for a new edge n.l = m along g or g', unless its inverse edge is there
 * already (an edge and its inverse join the same two nodes: counted twice,
 * they would mark a cycle that is not there). */
static void pw_edge(tc *t, int n, int l, int m)
{
  for (int k = 0; k < t->npw; k++) {
    power *w = &t->pw[k];
    if (t->type[n] != w->y) continue;
    if (l == w->l) {
      if (coset_get(t, m, w->hl) != n) coset_pw_union(w, n, m);
    } else if (l == w->hl) {
      if (coset_get(t, m, w->l) != n) coset_pw_union(w, n, m);
    }
  }
}

/* Define the edge n.l = m (it was undefined). */
static inline void set_edge(tc *t, int n, int l, int m)
{
  t->row[coset_at(t, n, l)] = m;
  coset_link_preimage(t, n, l, m);
  coset_push_deduction(t, n, l);
  if (t->npw > 0) pw_edge(t, n, l, m);
}

/* A walk along a side w (length len, one letter repeated: uniform) that
 * started at node s at position i0 is back at s at position i: the rest of
 * the side goes round the same cycle, so whole turns are skipped. */
static inline int skip_turns(int i0, int i, int len)
{
  int c = i - i0, rest = len - i;
  return c > 0 ? i + rest - rest % c : i;
}

/* g^L is known to hold at n (the walk along it came back): mark n's
 * g-cycle, which g^L therefore closes everywhere. */
static void pw_mark(tc *t, int n, int pw, int l)
{
  unsigned char bit = (unsigned char)(1u << pw);
  int x = n;
  do {
    t->pmark[x] |= bit;
    x = coset_get(t, x, l);
  } while (x != n && x >= 0);
}

static int push_pair(tc *t, int a, int b)
{
  if (t->sn + 2 > t->scap && !coset_grow_array(t, &t->stack, &t->scap, t->sn + 2)) return 0;
  t->stack[t->sn++] = a;
  t->stack[t->sn++] = b;
  return 1;
}

/* Identify nodes a and b and everything that follows.  The smaller id
 * survives (so a node whose edges were defined stays so); every edge into
 * the dead node is redirected at once, so edges always point to live
 * nodes.
 *
 * Deductions: an out-edge that a gains from b is processed like any new
 * edge; the redirected in-edges are not (textbook Felsch processes them
 * too).  The equation instances they would re-scan cross the merged node;
 * when one of them can conclude something, the tracing at the later nodes,
 * another deduction or at the latest the final re-scan
 * (coset_enumerate_general) finds it, so the table that comes out is the
 * same.  On T_7 they were 2/3 of the deduction walks and hardly ever
 * concluded anything: left out, T_7 defines 2,651,187 nodes instead of
 * 2,607,941 and takes 12.4-14.0 instead of 15.8-19.9 s (three interleaved
 * pairs); T_6 0.26 instead of 0.60 s. */
static void coincide(tc *t, int a0, int b0)
{
  if (!push_pair(t, a0, b0)) return;
  const int W = t->W;
  while (t->sn > 0 && !t->fail) {
    int a, b = coset_merge(t, t->stack[t->sn - 2], t->stack[t->sn - 1], &a);
    t->sn -= 2;
    if (b < 0) continue;
    if (t->npw > 0) {
      /* (a's gained edges need no join: b and its ends are joined) */
      t->pmark[a] |= t->pmark[b];
      for (int k = 0; k < t->npw; k++)
        if (t->type[a] == t->pw[k].y) coset_pw_union(&t->pw[k], a, b);
    }
    /* edges into b now go to a; b's preimage lists join a's */
    for (int l = 0; l < W; l++) {
      size_t ib = coset_at(t, b, l);
      int h = t->fi[ib];
      if (h < 0) continue;
      int e = h, last = h;
      while (e >= 0) {
        size_t ie = coset_at(t, e, l);
        if (t->row[ie] == b) t->row[ie] = a;
        last = e;
        e = t->nx[ie];
      }
      size_t ia = coset_at(t, a, l);
      t->nx[coset_at(t, last, l)] = t->fi[ia];
      t->fi[ia] = h;
      t->fi[ib] = -1;
    }
    /* edges out of b */
    int d = t->outdeg[t->type[b]];
    for (int l = 0; l < d; l++) {
      size_t ib = coset_at(t, b, l);
      int vb = t->row[ib];
      if (vb < 0) continue;
      t->row[ib] = -1;
      size_t ia = coset_at(t, a, l);
      int va = t->row[ia];
      if (va < 0) {
        t->row[ia] = vb;
        coset_link_preimage(t, a, l, vb);
        coset_push_deduction(t, a, l);
      } else if (va != vb) {
        if (!push_pair(t, va, vb)) return;
      }
    }
  }
}

/* Trace relation r from p (u already traced up to i) and q (v up to j)
 * without defining nodes: fill the last missing edge when the other side is
 * complete, identify the ends when both are. */
static void scan_from(tc *t, const rel *r, int p, int i, int q, int j)
{
  const int *u = r->u, *v = r->v;
  const int nu = r->nu, nv = r->nv;
  const int p0 = p, i0 = i, q0 = q, j0 = j;
  while (i < nu) {
    int x = coset_get(t, p, u[i]);
    if (x < 0) break;
    p = x;
    i++;
    if (r->uu && p == p0) i = skip_turns(i0, i, nu);
  }
  if (i < nu - 1) return;
  while (j < nv) {
    int x = coset_get(t, q, v[j]);
    if (x < 0) break;
    q = x;
    j++;
    if (r->uv && q == q0) j = skip_turns(j0, j, nv);
  }
  if (i == nu) {
    if (j == nv) {
      if (p != q) coincide(t, p, q);
    } else if (j == nv - 1) {
      set_edge(t, q, v[j], p);
    }
  } else if (j == nv) {
    set_edge(t, p, u[i], q);
  }
}

static void scan(tc *t, int n, const rel *r)
{
  scan_from(t, r, n, 0, n, 0);
}

/* General mode: scan the cyclic word cr (a rotation of a relator whose
 * letters all have inverses) at node n from both ends, going backwards
 * through the inverse generators' edges.  Every conclusion is a consequence
 * of the equations, whatever the state of the table. */
static void scan_cyclic_m(tc *t, int n, const crel *cr)
{
  const int *w = cr->w, *wi = cr->wi;
  const int L = cr->len;
  if (cr->pw >= 0) {
    /* a long power g^L (coset_internal.h, power): known to hold, or its
     * g-component a path of fewer than L nodes (nothing to conclude) */
    if (t->pmark[n] >> cr->pw & 1) return;
    power *pw = &t->pw[cr->pw];
    int r = coset_pw_find(pw, n);
    if (!pw->cyc[r] && pw->sz[r] < L) return;
  }
  int p = n, i = 0;
  while (i < L) {
    int x = coset_get(t, p, w[i]);
    if (x < 0) break;
    p = x;
    i++;
    if (cr->pw >= 0 && p == n) i = skip_turns(0, i, L);
  }
  if (i == L) {
    if (p != n) coincide(t, p, n);
    else if (cr->pw >= 0) pw_mark(t, n, cr->pw, w[0]);
    return;
  }
  int q = n, j = L;
  while (j > i + 1) {
    int x = coset_get(t, q, wi[j - 1]);
    if (x < 0) return;
    q = x;
    j--;
  }
  int x = coset_get(t, q, wi[i]);
  if (x >= 0) {
    if (x != p) coincide(t, p, x);
    return;
  }
  set_edge(t, p, w[i], q);
  if (coset_get(t, q, wi[i]) < 0) {
    /* the inverse edge: its deduction leaves out the self-inverse cyclic
     * relators (deduce_edge) */
    t->row[coset_at(t, q, wi[i])] = p;
    coset_link_preimage(t, q, wi[i], p);
    coset_push_deduction(t, q, wi[i] | PARTNER);
    if (t->npw > 0) pw_edge(t, q, wi[i], p);
  }
}

/* Scan every equation instance that uses edge n.l.  With `fresh` (n.l was
 * just defined as a new node, which has no edges yet) only the instances
 * where the edge is one of the last two letters of a side can change
 * anything. */
static void deduce_edge(tc *t, int n, int l, int fresh)
{
  int partner = l & PARTNER;
  l &= ~PARTNER;
  n = coset_find(t, n);
  int y = t->type[n];
  if (l >= t->outdeg[y] || coset_get(t, n, l) < 0) return;
  int g = t->outgen[t->outoff[y] + l];
  for (int k = t->coff[g]; k < t->coff[g + 1] && !t->fail; k++) {
    const crel *cr = &t->crels[t->cocc[k]];
    if (partner && cr->selfinv) continue;
    n = coset_find(t, n);
    if (coset_get(t, n, l) < 0) break;
    scan_cyclic_m(t, n, cr);
  }
  n = coset_find(t, n);
  for (int o = t->ooff[g]; o < t->ooff[g + 1] && !t->fail; o++) {
    const occ *oc = &t->occs[o];
    const rel *r = &t->rels[oc->rel];
    const int *w = oc->side ? r->v : r->u;
    const int *tw = oc->side ? r->tv : r->tu;
    const int *iw = oc->side ? r->iv : r->iu;
    int len = oc->side ? r->nv : r->nu;
    if (fresh && oc->k < len - 2) continue;
    /* The rest of the side after the edge does not depend on the start:
     * when it stops two or more letters before its end, no instance
     * through n.l can conclude anything (scan_from needs this side
     * complete or missing only its last edge), so the walk back through
     * the preimages is skipped. */
    {
      int f = coset_get(t, n, l), k = oc->k + 1;
      while (k < len - 1 && (f = coset_get(t, f, w[k])) >= 0) k++;
      if (k < len - 1) continue;
    }
    /* the start nodes: walk k letters back from n through preimages */
    int sp = 0;
    if (t->stcap < 2 && !coset_grow_array(t, &t->starts, &t->stcap, 2)) return;
    t->starts[sp++] = n;
    t->starts[sp++] = oc->k;
    while (sp > 0 && !t->fail) {
      if (++t->work > t->maxwork) {   /* the time bound of the limit */
        t->fail = YO_LIMIT;
        return;
      }
      int j = t->starts[--sp];
      int x = coset_find(t, t->starts[--sp]);
      if (j == 0) {
        /* x.w[0..k) == n: go on from n.l at position k+1 */
        n = coset_find(t, n);
        int m = coset_get(t, n, l);
        if (oc->side == 0) scan_from(t, r, m, oc->k + 1, x, 0);
        else scan_from(t, r, x, 0, m, oc->k + 1);
        continue;
      }
      int lj = w[j - 1], ty = tw[j - 1], li = iw[j - 1];
      if (li >= 0) {
        /* the letter has an inverse: once the deductions pending are
         * done, its only preimage is x.inverse (an instance missed here is
         * scanned again when the pending deduction of its edge is done) */
        int e = coset_get(t, x, li);
        if (e >= 0 && coset_get(t, e, lj) == x) {
          if (sp + 2 > t->stcap && !coset_grow_array(t, &t->starts, &t->stcap, sp + 2)) return;
          t->starts[sp++] = e;
          t->starts[sp++] = j - 1;
        }
        continue;
      }
      /* (an entry whose edge does not lead to x belongs to a dead node,
       * which never revives: it is unlinked on the way) */
      size_t ix = coset_at(t, x, lj), prev = SIZE_MAX;
      for (int e = t->fi[ix]; e >= 0;) {
        size_t ie = coset_at(t, e, lj);
        int e2 = t->nx[ie];
        if (t->row[ie] != x) {
          if (prev == SIZE_MAX) t->fi[ix] = e2;
          else t->nx[prev] = e2;
          e = e2;
          continue;
        }
        if (!t->multi || t->type[e] == ty) {
          if (sp + 2 > t->stcap && !coset_grow_array(t, &t->starts, &t->stcap, sp + 2)) return;
          t->starts[sp++] = e;
          t->starts[sp++] = j - 1;
        }
        prev = ie;
        e = e2;
      }
    }
    n = coset_find(t, n);
  }
}

static void process_deductions(tc *t)
{
  while (t->dn > 0 && !t->fail) {
    int l = t->ded[--t->dn];
    int n = t->ded[--t->dn];
    deduce_edge(t, n, l, 0);
  }
}

/* Define p.l (undefined) as a new node and process every consequence
 * (general mode).  When the generator has a two-sided inverse generator hl,
 * the new node's edge m.hl = p is set at once (p.l.hl = p is a consequence
 * of the equations that make hl the inverse) and deduced with the PARTNER
 * mark: the self-inverse cyclic relators' scans at m would retrace those
 * at p backwards.  Left to the scans instead, that edge came back as an
 * ordinary deduction with every cyclic scan: T_7 11.3-11.6 s instead of
 * 15.2-17.4 s (interleaved). 0 on failure. */
static int define_edge(tc *t, int p, int l)
{
  const int gl = t->outoff[t->type[p]] + l;
  int m = coset_new_node(t, t->lgtgt[gl]);
  if (m < 0) return 0;
  t->deduce = 0;
  set_edge(t, p, l, m);
  int hl = t->linv[gl];
  if (hl >= 0) {
    t->row[coset_at(t, m, hl)] = p;
    coset_link_preimage(t, m, hl, p);
    if (t->npw > 0) pw_edge(t, m, hl, p);
  }
  t->deduce = 1;
  deduce_edge(t, p, l, 1);
  if (hl >= 0) coset_push_deduction(t, m, hl | PARTNER);
  process_deductions(t);
  return !t->fail;
}

/* Relator-based definitions (HLT) at node t->pos, general mode: trace every
 * equation u = v at it, defining the missing edges along u and v until the
 * last edge of one side can be filled in or both ends are identified.  Each
 * definition is followed by its deductions, and the node is looked up again
 * after each step (a compaction renumbers nodes, a coincidence may kill it).
 * This closes long relations that a breadth-first Felsch order would only
 * reach after exponentially many definitions (redundant generators). */
static void trace_node(tc *t)
{
  int y = t->type[t->pos];
  for (int k = t->roff[y]; k < t->roff[y + 1] && !t->fail; k++) {
    const rel *r = &t->rels[k];
    const int *u = r->u, *v = r->v;
    const int nu = r->nu, nv = r->nv;
    if (nu + nv < t->trace_min) continue;
    /* the walks so far, valid while no merge or compaction happened */
    int p = 0, i = 0, q = 0, j = 0, have = 0;
    unsigned ep = 0;
    for (;;) {
      /* (liveness first: a compaction would move pos to the next node) */
      if (t->uf[t->pos] != t->pos || !coset_safe_point(t)) return;
      int n = t->pos;
      if (r->pw >= 0 && (t->pmark[n] >> r->pw & 1)) break;
      if (!have || ep != t->epoch) {
        p = q = n;
        i = j = 0;
      }
      int x;
      while (i < nu && (x = coset_get(t, p, u[i])) >= 0) {
        p = x;
        i++;
        if (r->uu && p == n) i = skip_turns(0, i, nu);
      }
      while (j < nv && (x = coset_get(t, q, v[j])) >= 0) {
        q = x;
        j++;
        if (r->uv && q == n) j = skip_turns(0, j, nv);
      }
      have = 1;
      ep = t->epoch;
      if (i == nu && j == nv) {
        if (p != q) coincide(t, p, q);
      } else if (i == nu && j == nv - 1) {
        set_edge(t, q, v[j], p);
      } else if (j == nv && i == nu - 1) {
        set_edge(t, p, u[i], q);
      } else {
        if (i < nu - 1 || j >= nv - 1) {
          if (!define_edge(t, p, u[i])) return;
        } else if (!define_edge(t, q, v[j])) {
          return;
        }
        continue;
      }
      process_deductions(t);
      break;
    }
  }
}

/* Scan every equation at live node n until it dies (coset_rescan). */
static void scan_node(tc *t, int n)
{
  int y = t->type[n];
  for (int k = t->roff[y]; k < t->roff[y + 1]; k++) {
    const rel *r = &t->rels[k];
    if (r->pw >= 0 && (t->pmark[n] >> r->pw & 1)) continue;
    scan(t, n, r);
    if (t->fail || t->uf[n] != n) break;
  }
}

yo_status coset_enumerate_general(tc *t, int x)
{
  static const coset_engine general = {trace_node, define_edge, -1};
  t->trace_min = TRACE_MIN_GENERAL;
  if (t->cap > 0 && !t->nx && !coset_alloc_nodes(t, t->cap)) return t->fail;
  if (coset_new_node(t, x) < 0) return t->fail;
  /* equations with an empty side at the root need no edge to fire */
  for (int k = t->roff[x]; k < t->roff[x + 1]; k++) scan(t, 0, &t->rels[k]);
  process_deductions(t);
  if (coset_felsch(t, &general) != YO_OK) return t->fail;
  coset_rescan(t, scan_node);
  if (t->fail || !coset_compact(t)) return t->fail;
  /* the preimage lists are not needed any more: give them back before the
   * results are built */
  free(t->nx);
  free(t->fi);
  t->nx = t->fi = NULL;
  return YO_OK;
}
