/* coset_relators.c — relation preparation for the coset enumeration (see
 * coset_internal.h and docs/categories.md): generators in local indices
 * (position among those of their source) with their targets and two-sided
 * inverse generators, the equations grouped by source object, the relators
 * u v^-1 of the equations whose letters are all invertible (freely and
 * cyclically reduced) with their distinct rotations, the occurrences of each
 * generator in the other equations, and the inference of inverses that the
 * presentation has no generator for (category_enumerate's hidden inverses).
 */
#include "specs/coset_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- inverses ----------------------------------------------------------------- */

void relators_two_sided_inverses(const category *c, int *inv)
{
  const int G = c->ngen;
  /* first inv[g] = h of the first equation g h = 1 (h is a right inverse) */
  for (int g = 0; g < G; g++) inv[g] = -1;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    const int *w = e->nlhs == 2 && e->nrhs == 0 ? e->lhs : e->nrhs == 2 && e->nlhs == 0 ? e->rhs : NULL;
    if (w && inv[w[0]] < 0) inv[w[0]] = w[1];
  }
  /* then keep the two-sided ones, in place: an entry cleared here was not
   * two-sided, so no later test that reads it could have succeeded */
  for (int g = 0; g < G; g++)
    if (inv[g] >= 0 && inv[inv[g]] != g) inv[g] = -1;
}

int relators_hidden_inverses(const category *c, int *need)
{
  const int G = c->ngen;
  int *inv = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  if (!inv) return -1;
  relators_two_sided_inverses(c, inv);
  /* g^k = 1 with k >= 3 */
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    const int *w = e->nrhs == 0 ? e->lhs : e->nlhs == 0 ? e->rhs : NULL;
    int n = e->nrhs == 0 ? e->nlhs : e->nrhs;
    if (!w || n < 3) continue;
    int same = 1;
    for (int k = 1; k < n; k++) same &= w[k] == w[0];
    if (same && inv[w[0]] < 0) need[w[0]] = 1;
  }
  /* An equation g^k = v (k >= 1) where every letter of v is invertible
   * makes g invertible (g^(k-1) v^-1 is a right and v^-1 g^(k-1) a left
   * inverse); repeat until nothing changes.  This turns presentations of
   * groups by redundant generators (g0^10 = g1, g1^10 = g2, g2^10 = 1) into
   * groupoid-mode enumerations. */
  for (int changed = 1; changed;) {
    changed = 0;
    for (int i = 0; i < c->neq; i++) {
      const equation *e = &c->eqs[i];
      for (int side = 0; side < 2; side++) {
        const int *w = side ? e->rhs : e->lhs, *v = side ? e->lhs : e->rhs;
        int n = side ? e->nrhs : e->nlhs, nv = side ? e->nlhs : e->nrhs;
        if (n < 1) continue;
        int g = w[0];
        if (need[g] || inv[g] >= 0) continue;
        int ok = 1;
        for (int k = 1; k < n && ok; k++) ok = w[k] == g;
        for (int k = 0; k < nv && ok; k++) ok = need[v[k]] || inv[v[k]] >= 0;
        if (ok) {
          need[g] = 1;
          changed = 1;
        }
      }
    }
  }
  free(inv);
  int hidden = 0;
  for (int g = 0; g < G; g++) hidden += need[g];
  return hidden;
}

/* ---- degrees, targets, equations ---------------------------------------------- */

static int prepare_degrees(relators *r, const category *c, int realG)
{
  const int O = c->nobj, G = c->ngen;
  r->outdeg = calloc((size_t)O + 1, sizeof(int));
  r->rdeg = calloc((size_t)O + 1, sizeof(int));
  r->inv = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  if (!r->outdeg || !r->rdeg || !r->inv) return 0;
  for (int g = 0; g < realG; g++) r->rdeg[c->gsrc[g]]++;
  int W = 0;
  for (int y = 0; y < O; y++) {
    r->outdeg[y] = c->outoff[y + 1] - c->outoff[y];
    if (r->outdeg[y] > W) W = r->outdeg[y];
  }
  if (W == 0) W = 1;
  r->W = W;
  r->lgtgt = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  if (!r->lgtgt) return 0;
  for (int g = 0; g < G; g++) r->lgtgt[c->outoff[c->gsrc[g]] + c->local[g]] = c->gtgt[g];
  relators_two_sided_inverses(c, r->inv);
  r->all_inv = G > 0;
  for (int g = 0; g < G; g++)
    if (r->inv[g] < 0) r->all_inv = 0;
  return 1;
}

static int cmp_rel(const void *a, const void *b)
{
  const rel *x = a, *y = b;
  int lx = x->nu + x->nv, ly = y->nu + y->nv;
  return (lx > ly) - (lx < ly);
}

/* Total number of letters in the equations. */
static size_t letters(const category *c)
{
  size_t total = 0;
  for (int i = 0; i < c->neq; i++) total += (size_t)c->eqs[i].nlhs + (size_t)c->eqs[i].nrhs;
  return total;
}

/* The equations in local indices with the objects along them and the
 * inverses of their letters, grouped by source, shortest first. */
static int prepare_rels(relators *r, const category *c)
{
  const int O = c->nobj;
  size_t total = letters(c);
  r->roff = calloc((size_t)O + 1, sizeof(int));
  r->rels = malloc((size_t)(c->neq > 0 ? c->neq : 1) * sizeof(rel));
  r->lwords = malloc((3 * total + 1) * sizeof(int));
  int *fill = calloc((size_t)O + 1, sizeof(int));
  if (!r->roff || !r->rels || !r->lwords || !fill) {
    free(fill);
    return 0;
  }
  for (int i = 0; i < c->neq; i++) r->roff[c->eqs[i].source + 1]++;
  for (int y = 0; y < O; y++) r->roff[y + 1] += r->roff[y];
  size_t w = 0;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    rel *q = &r->rels[r->roff[e->source] + fill[e->source]++];
    int *words[2] = {e->lhs, e->rhs}, lens[2] = {e->nlhs, e->nrhs};
    for (int side = 0; side < 2; side++) {
      int *lw = r->lwords + w, *tw = lw + lens[side], *iw = tw + lens[side], y = e->source;
      for (int k = 0; k < lens[side]; k++) {
        int g = words[side][k];
        lw[k] = c->local[g];
        tw[k] = y;
        iw[k] = r->inv[g] >= 0 ? c->local[r->inv[g]] : -1;
        y = c->gtgt[g];
      }
      if (side == 0) {
        q->u = lw;
        q->tu = tw;
        q->iu = iw;
      } else {
        q->v = lw;
        q->tv = tw;
        q->iv = iw;
      }
      w += 3 * (size_t)lens[side];
    }
    q->nu = e->nlhs;
    q->nv = e->nrhs;
    q->source = e->source;
    q->eq = i;
    q->pw = -1;
    q->uu = e->nlhs >= 2;
    for (int k = 1; k < e->nlhs && q->uu; k++) q->uu = e->lhs[k] == e->lhs[0];
    q->uv = e->nrhs >= 2;
    for (int k = 1; k < e->nrhs && q->uv; k++) q->uv = e->rhs[k] == e->rhs[0];
  }
  free(fill);
  for (int y = 0; y < O; y++)
    qsort(r->rels + r->roff[y], (size_t)(r->roff[y + 1] - r->roff[y]), sizeof(rel), cmp_rel);
  return 1;
}

/* ---- relators ------------------------------------------------------------------ */

/* The least period of the cyclic word w of length L (a divisor of L). */
static int relator_period(const int *w, int L)
{
  for (int p = 1; p < L; p++) {
    if (L % p) continue;
    int ok = 1;
    for (int k = 0; k < L && ok; k++) ok = w[k] == w[(k + p) % L];
    if (ok) return p;
  }
  return L;
}

/* Is the inverse of the cyclic word w one of its rotations?  (Only for
 * moderate lengths; 0 is always safe.) */
static int relator_self_inverse(const int *w, int L, const int *inv)
{
  if (L > SELFINV_MAX_LEN) return 0;
  for (int sh = 0; sh < L; sh++) {
    int ok = 1;
    for (int k = 0; k < L && ok; k++) ok = inv[w[L - 1 - k]] == w[(sh + k) % L];
    if (ok) return 1;
  }
  return 0;
}

/* The relator u v^-1 of equation e (every letter invertible), freely and
 * cyclically reduced, into buf (global indices); returns its length (0 if
 * it reduces to nothing) and its first letter's offset in *at. */
static int reduce_relator(const equation *e, const int *inv, int *buf, int *at)
{
  int n = 0;
  for (int k = 0; k < e->nlhs + e->nrhs; k++) {
    int g = k < e->nlhs ? e->lhs[k] : inv[e->rhs[e->nrhs - 1 - (k - e->nlhs)]];
    if (n > 0 && buf[n - 1] == inv[g]) n--;
    else buf[n++] = g;
  }
  int a = 0;
  while (n - a >= 2 && buf[a] == inv[buf[n - 1]]) {
    a++;
    n--;
  }
  *at = a;
  return n - a;
}

/* The reduced relators, doubled (gwords[rstart[k]..] = r r, global
 * indices), then their letters and inverses in local indices after them.
 * Returns the number of relators and the doubled words' length in *gwlen;
 * -1 on OOM. */
static int collect_relators(relators *r, const category *c, size_t total, int *rstart,
                            int *rlen, int *req, size_t *gwlen)
{
  int *buf = malloc((total + 1) * sizeof(int));
  if (!buf) return -1;
  size_t gw = 0;
  int nrel = 0;
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    int invertible = 1;
    for (int k = 0; k < e->nlhs; k++) invertible &= r->inv[e->lhs[k]] >= 0;
    for (int k = 0; k < e->nrhs; k++) invertible &= r->inv[e->rhs[k]] >= 0;
    if (!invertible) continue;
    int a, n = reduce_relator(e, r->inv, buf, &a);
    if (n <= 0) continue;
    r->cyc[i] = 1;
    /* the equation holds at a node iff its relator does there, unless the
     * cyclic reduction conjugated it (then it holds at another node) */
    req[nrel] = a == 0 ? i : -1;
    rstart[nrel] = (int)gw;
    rlen[nrel++] = n;
    for (int k = 0; k < 2 * n; k++) r->gwords[gw++] = buf[a + k % n];
  }
  free(buf);
  *gwlen = gw;
  int *lw = r->gwords + gw, *li = lw + gw;
  for (size_t k = 0; k < gw; k++) {
    lw[k] = c->local[r->gwords[k]];
    li[k] = c->local[r->inv[r->gwords[k]]];
  }
  return nrel;
}

/* The distinct rotations (up to the relator's period) of the nrel
 * relators, indexed by first generator (coff, cocc) and, for rotation 0,
 * by start object (voff, vlist); long powers are noted (and the equation
 * each comes from, relator k being equation req[k], -1 when the relator is
 * a conjugate of the equation's u v^-1). */
static int index_rotations(relators *r, const category *c, const int *rstart,
                           const int *rlen, const int *req, int nrel, size_t gw)
{
  const int O = c->nobj, G = c->ngen;
  for (int k = 0; k < nrel; k++) {
    const int *rw = r->gwords + rstart[k];
    int per = relator_period(rw, rlen[k]);
    for (int j = 0; j < per; j++) r->coff[rw[j] + 1]++;
    r->voff[c->gsrc[rw[0]] + 1]++;
  }
  for (int g = 0; g < G; g++) r->coff[g + 1] += r->coff[g];
  for (int y = 0; y < O; y++) r->voff[y + 1] += r->voff[y];
  int *cfill = calloc((size_t)G + 1, sizeof(int)), *vfill = calloc((size_t)O + 1, sizeof(int));
  if (!cfill || !vfill) {
    free(cfill);
    free(vfill);
    return 0;
  }
  /* the local words start after the gw global letters */
  const int *lw = r->gwords + gw, *li = lw + gw;
  int nc = 0;
  for (int k = 0; k < nrel; k++) {
    const int *rw = r->gwords + rstart[k];
    int L = rlen[k], per = relator_period(rw, L);
    int selfinv = relator_self_inverse(rw, L, r->inv);
    for (int j = 0; j < per; j++) {
      crel *cr = &r->crels[nc];
      cr->selfinv = selfinv;
      cr->w = lw + rstart[k] + j;
      cr->wi = li + rstart[k] + j;
      cr->len = L;
      cr->type = c->gsrc[rw[j]];
      cr->pw = -1;
      if (per == 1 && L >= POWER_MIN && r->npw < POWER_MAX) {
        power *pw = &r->pw[r->npw];
        pw->l = c->local[rw[0]];
        pw->hl = c->local[r->inv[rw[0]]];
        pw->L = L;
        pw->y = cr->type;
        for (int q = 0; q < c->neq && req[k] >= 0; q++)
          if (r->rels[q].eq == req[k]) r->rels[q].pw = r->npw;
        cr->pw = r->npw++;
      }
      r->cocc[r->coff[rw[j]] + cfill[rw[j]]++] = nc;
      if (j == 0) r->vlist[r->voff[cr->type] + vfill[cr->type]++] = nc;
      nc++;
    }
  }
  free(cfill);
  free(vfill);
  return 1;
}

/* Equations whose letters all have inverses become relators u v^-1,
 * freely and cyclically reduced; their distinct rotations are scanned from
 * both ends. */
static int prepare_cyclic(relators *r, const category *c)
{
  const int O = c->nobj, G = c->ngen;
  size_t total = letters(c);
  r->cyc = calloc((size_t)c->neq + 1, sizeof(int));
  r->linv = malloc((size_t)(G > 0 ? G : 1) * sizeof(int));
  r->gwords = malloc((6 * total + 1) * sizeof(int));
  r->crels = malloc((total + 1) * sizeof(crel));
  r->coff = calloc((size_t)G + 2, sizeof(int));
  r->voff = calloc((size_t)O + 2, sizeof(int));
  r->cocc = malloc((total + 1) * sizeof(int));
  r->vlist = malloc(((size_t)c->neq + 1) * sizeof(int));
  int *rstart = malloc(((size_t)c->neq + 1) * sizeof(int));
  int *rlen = malloc(((size_t)c->neq + 1) * sizeof(int));
  int *req = malloc(((size_t)c->neq + 1) * sizeof(int));
  int ok = r->cyc && r->linv && r->gwords && r->crels && r->coff && r->voff && r->cocc &&
           r->vlist && rstart && rlen && req;
  if (ok) {
    for (int g = 0; g < G; g++)
      r->linv[c->outoff[c->gsrc[g]] + c->local[g]] = r->inv[g] >= 0 ? c->local[r->inv[g]] : -1;
    size_t gw = 0;
    int nrel = collect_relators(r, c, total, rstart, rlen, req, &gw);
    ok = nrel >= 0 && index_rotations(r, c, rstart, rlen, req, nrel, gw);
  }
  if (ok) ok = (r->lpartner = calloc((size_t)G + 1, 1)) != NULL;
  for (int g = 0; ok && g < G; g++) {
    int h = r->inv[g];
    if (h < 0) continue;
    for (int k = r->coff[h]; k < r->coff[h + 1]; k++)
      if (!r->crels[r->cocc[k]].selfinv) r->lpartner[c->outoff[c->gsrc[g]] + c->local[g]] = 1;
  }
  free(rstart);
  free(rlen);
  free(req);
  return ok;
}

/* ---- occurrences and tracing --------------------------------------------------- */

/* General mode: the occurrences of each generator in the equations that
 * did not become relators. */
static int prepare_occurrences(relators *r, const category *c)
{
  const int G = c->ngen;
  size_t total = letters(c);
  r->ooff = calloc((size_t)G + 2, sizeof(int));
  r->occs = malloc((total + 1) * sizeof(occ));
  int *fill = calloc((size_t)G + 1, sizeof(int));
  if (!r->ooff || !r->occs || !fill) {
    free(fill);
    return 0;
  }
  for (int i = 0; i < c->neq; i++) {
    const equation *e = &c->eqs[i];
    if (r->cyc[i] || r->all_inv) continue;
    for (int k = 0; k < e->nlhs; k++) r->ooff[e->lhs[k] + 1]++;
    for (int k = 0; k < e->nrhs; k++) r->ooff[e->rhs[k] + 1]++;
  }
  for (int g = 0; g < G; g++) r->ooff[g + 1] += r->ooff[g];
  for (int i = 0; i < c->neq; i++) {
    const rel *q = &r->rels[i];
    if (r->cyc[q->eq] || r->all_inv) continue;
    for (int side = 0; side < 2; side++) {
      const int *lw = side ? q->v : q->u, *tw = side ? q->tv : q->tu;
      int n = side ? q->nv : q->nu;
      for (int k = 0; k < n; k++) {
        int g = c->outgen[c->outoff[tw[k]] + lw[k]];
        occ *o = &r->occs[r->ooff[g] + fill[g]++];
        o->rel = i;
        o->side = side;
        o->k = k;
      }
    }
  }
  free(fill);
  return 1;
}

/* tracey[y]: object y has a relation of at least TRACE_MIN letters. */
static int prepare_tracing(relators *r, const category *c)
{
  const int O = c->nobj;
  r->tracey = calloc((size_t)O + 1, 1);
  if (!r->tracey) return 0;
  const int min = r->all_inv ? TRACE_MIN : TRACE_MIN_GENERAL;
  for (int k = 0; k < c->neq; k++)
    if (r->rels[k].nu + r->rels[k].nv >= min) r->tracey[r->rels[k].source] = 1;
  for (int k = 0; k < r->voff[O]; k++)
    if (r->crels[r->vlist[k]].len >= TRACE_MIN) r->tracey[r->crels[r->vlist[k]].type] = 1;
  /* the relators traced in groupoid mode, by start object as in vlist */
  r->toff = calloc((size_t)O + 1, sizeof(int));
  r->tlist = malloc(((size_t)r->voff[O] + 1) * sizeof(int));
  if (!r->toff || !r->tlist) return 0;
  int nt = 0;
  for (int y = 0; y < O; y++) {
    r->toff[y] = nt;
    for (int k = r->voff[y]; k < r->voff[y + 1]; k++)
      if (r->crels[r->vlist[k]].len >= TRACE_MIN) r->tlist[nt++] = r->vlist[k];
  }
  r->toff[O] = nt;
  return 1;
}

yo_status relators_prepare(relators *r, const category *c, int realG)
{
  memset(r, 0, sizeof *r);
  if (letters(c) > (size_t)INT32_MAX / 2 || !prepare_degrees(r, c, realG) ||
      !prepare_rels(r, c) || !prepare_cyclic(r, c) || !prepare_occurrences(r, c) ||
      !prepare_tracing(r, c)) {
    relators_free(r);
    return YO_INTERNAL;
  }
  return YO_OK;
}

void relators_free(relators *r)
{
  free(r->outdeg);
  free(r->rdeg);
  free(r->lgtgt);
  free(r->inv);
  free(r->rels);
  free(r->roff);
  free(r->lwords);
  free(r->cyc);
  free(r->linv);
  free(r->lpartner);
  free(r->gwords);
  free(r->crels);
  free(r->coff);
  free(r->cocc);
  free(r->voff);
  free(r->vlist);
  free(r->toff);
  free(r->tlist);
  free(r->occs);
  free(r->ooff);
  free(r->tracey);
  memset(r, 0, sizeof *r);
}
