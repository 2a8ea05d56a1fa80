/* coset_table.c — the coset table of one block (see coset_internal.h):
 * nodes and their rows, the union-find of merged nodes, growth within the
 * limits, compaction, and the entry point that runs one of the two engines.
 */
#define _DEFAULT_SOURCE /* madvise */
#include "specs/coset_internal.h"
#include "specs/progress_hook.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* The node arrays get no transparent huge pages (MADV_HUGEPAGE): growing
 * such an array by realloc kept the old and the new pages resident at once
 * (measured: S_11's table peaked at 2.8 GB instead of 1.8 GB, 74 instead of
 * 60 bytes per morphism), and kernel 1 ran no faster on such pages. */
static void note_bytes(tc *t)
{
  size_t b = (size_t)t->cap * ((t->groupoid ? 1 : 3) * (size_t)t->W + 2) * sizeof(int) +
             ((size_t)t->scap + (size_t)t->dcap + (size_t)t->stcap) * sizeof(int);
  if (t->base_bytes + b > *t->peak) *t->peak = t->base_bytes + b;
}

int coset_grow_array(tc *t, int **p, int *cap, int need)
{
  if (need <= *cap) return 1;
  int nc = *cap ? *cap : STACK_MIN_ENTRIES;
  while (nc < need) nc *= 2;
  int *q = realloc(*p, (size_t)nc * sizeof(int));
  if (!q) {
    t->fail = YO_INTERNAL;
    return 0;
  }
  *p = q;
  *cap = nc;
  note_bytes(t);
  return 1;
}

int coset_alloc_nodes(tc *t, int nc)
{
  int *p;
  const size_t rows = (size_t)nc * (size_t)t->W * sizeof(int);
  if (!(p = realloc(t->row, rows))) goto oom;
  t->row = p;
  if (!t->groupoid) {
    if (!(p = realloc(t->nx, rows))) goto oom;
    t->nx = p;
    if (!(p = realloc(t->fi, rows))) goto oom;
    t->fi = p;
  }
  if (!(p = realloc(t->uf, (size_t)nc * sizeof(int)))) goto oom;
  t->uf = p;
  if (!(p = realloc(t->type, (size_t)nc * sizeof(int)))) goto oom;
  t->type = p;
  if (t->npw > 0) {
    unsigned char *b = realloc(t->pmark, (size_t)nc);
    if (!b) goto oom;
    t->pmark = b;
    for (int k = 0; k < t->npw; k++) {
      power *w = &t->pw[k];
      if (!(p = realloc(w->par, (size_t)nc * sizeof(int)))) goto oom;
      w->par = p;
      if (!(p = realloc(w->sz, (size_t)nc * sizeof(int)))) goto oom;
      w->sz = p;
      if (!(b = realloc(w->cyc, (size_t)nc))) goto oom;
      w->cyc = b;
    }
  }
  t->cap = nc;
  note_bytes(t);
  return 1;
oom:
  t->fail = YO_INTERNAL;
  return 0;
}

static int grow_nodes(tc *t)
{
  if (t->cap >= t->capmax) {
    t->fail = YO_LIMIT;
    t->width_hit = t->width_capped;
    return 0;
  }
  int nc = t->cap > t->capmax / 2 ? t->capmax : t->cap * 2;
  if (nc < TABLE_MIN_NODES) nc = t->capmax < TABLE_MIN_NODES ? t->capmax : TABLE_MIN_NODES;
  return coset_alloc_nodes(t, nc);
}

void coset_prefault(void *p, size_t from, size_t to)
{
#ifdef MADV_POPULATE_WRITE
  long ps = sysconf(_SC_PAGESIZE);
  size_t page = ps > 0 ? (size_t)ps : 4096;
  uintptr_t a = ((uintptr_t)p + from) & ~(uintptr_t)(page - 1);
  uintptr_t b = ((uintptr_t)p + to) & ~(uintptr_t)(page - 1); /* partial last page: touched anyway */
  if (b > a) (void)madvise((void *)a, (size_t)(b - a), MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)from;
  (void)to;
#endif
}

/* Fault in the node arrays from node id n up to PREFAULT_BYTES of rows on. */
static void prefault_nodes(tc *t, int n)
{
  size_t rb = (size_t)t->W * sizeof(int);
  int ahead = PREFAULT_BYTES / rb > 0 ? (int)(PREFAULT_BYTES / rb) : 1;
  int e = t->cap - n > ahead ? n + ahead : t->cap;
  coset_prefault(t->row, (size_t)n * rb, (size_t)e * rb);
  if (t->fi) {
    coset_prefault(t->fi, (size_t)n * rb, (size_t)e * rb);
    coset_prefault(t->nx, (size_t)n * rb, (size_t)e * rb);
  }
  coset_prefault(t->uf, (size_t)n * sizeof(int), (size_t)e * sizeof(int));
  coset_prefault(t->type, (size_t)n * sizeof(int), (size_t)e * sizeof(int));
  t->faulted = e;
}

/* A new node of type y, with all edges undefined; -1 on failure. */
int coset_new_node(tc *t, int y)
{
  if (t->nn == t->cap && !grow_nodes(t)) return -1;
  if (t->nn >= t->faulted) prefault_nodes(t, t->nn);
  if (++t->defs > t->maxdefs) {
    t->fail = YO_LIMIT;
    return -1;
  }
  if ((t->defs & 0xffff) == 0) progress_hook_enumeration(t->defs, t->defs - t->live);
  int n = t->nn++;
  t->live++;
  t->uf[n] = n;
  t->type[n] = y;
  size_t i = coset_at(t, n, 0);
  for (int l = 0; l < t->W; l++) t->row[i + (size_t)l] = -1;
  if (t->fi)
    for (int l = 0; l < t->W; l++) t->fi[i + (size_t)l] = -1;
  if (t->npw > 0) {
    t->pmark[n] = 0;
    for (int k = 0; k < t->npw; k++) {
      t->pw[k].par[n] = n;
      t->pw[k].sz[n] = 1;
      t->pw[k].cyc[n] = 0;
    }
  }
  return n;
}

int coset_compact(tc *t)
{
  /* no node died: the numbering, the edges, the preimage lists and the
   * long-power components are already what compaction would make them */
  if (t->live == t->nn) {
    t->epoch++;
    return 1;
  }
  int *map = malloc((size_t)(t->nn > 0 ? t->nn : 1) * sizeof(int));
  if (!map) {
    t->fail = YO_INTERNAL;
    return 0;
  }
  size_t extra = (size_t)t->nn * sizeof(int);
  t->base_bytes += extra;
  note_bytes(t);
  t->base_bytes -= extra;
  int k = 0, newpos = 0;
  for (int o = 0; o < t->nn; o++) {
    if (t->uf[o] == o) {
      map[o] = k++;
      if (o < t->pos) newpos = k;
    }
  }
  const int W = t->W;
  for (int o = 0; o < t->nn; o++) {
    if (t->uf[o] != o) continue;
    int id = map[o];
    int *src = t->row + coset_at(t, o, 0), *dst = t->row + coset_at(t, id, 0);
    for (int l = 0; l < W; l++) {
      int e = src[l];
      dst[l] = e >= 0 ? map[coset_find(t, e)] : -1;
    }
    t->type[id] = t->type[o];
    if (t->pmark) t->pmark[id] = t->pmark[o];
  }
  for (int i = 0; i < k; i++) t->uf[i] = i;
  t->nn = k;
  t->live = k;
  t->pos = newpos;
  free(map);
  t->epoch++;
  if (t->npw > 0) coset_power_rebuild(t);
  if (t->groupoid) return 1;
  for (size_t i = 0; i < (size_t)k * (size_t)W; i++) t->fi[i] = -1;
  for (int n = 0; n < k; n++) {
    int d = t->outdeg[t->type[n]];
    for (int l = 0; l < d; l++) {
      int m = coset_get(t, n, l);
      if (m >= 0) coset_link_preimage(t, n, l, m);
    }
  }
  return 1;
}

/* Between two nodes: keep room for a node's definitions, compact when many
 * nodes are dead, give up when the live nodes cannot fit. */
int coset_safe_point(tc *t)
{
  int margin = t->W + 1;
  if (t->live + margin > t->hard) {
    t->fail = YO_LIMIT;
    t->width_hit = t->width_capped && t->hard == t->capmax;
    return 0;
  }
  if (t->nn + margin > t->cap) {
    if (t->nn - t->live >= t->nn / 4 || t->cap >= t->capmax) {
      if (!coset_compact(t)) return 0;
    }
    while (t->nn + margin > t->cap)
      if (!grow_nodes(t)) return 0;
  }
  return 1;
}


void coset_table_init(tc *t, const category *c, const relators *r, int max_morphisms,
                      size_t *peak)
{
  memset(t, 0, sizeof *t);
  const int W = r->W;
  t->W = W;
  t->outdeg = r->outdeg;
  t->outoff = c->outoff;
  t->outgen = c->outgen;
  t->lgtgt = r->lgtgt;
  t->rels = r->rels;
  t->roff = r->roff;
  t->occs = r->occs;
  t->ooff = r->ooff;
  t->tracey = r->tracey;
  t->groupoid = r->all_inv;
  t->linv = r->linv;
  t->lpartner = r->lpartner;
  t->crels = r->crels;
  t->coff = r->coff;
  t->cocc = r->cocc;
  t->voff = r->voff;
  t->vlist = r->vlist;
  t->toff = r->toff;
  t->tlist = r->tlist;
  t->npw = r->npw;
  for (int k = 0; k < r->npw; k++) t->pw[k] = r->pw[k];
  int64_t hard = LIVE_PER_MORPHISM * (int64_t)max_morphisms + LIVE_EXTRA + 2 * (int64_t)W;
  int64_t capmax = hard + hard / 2;
  if (capmax > INT32_MAX / (3 * W)) {
    capmax = INT32_MAX / (3 * W);
    t->width_capped = 1;
  }
  if (hard > capmax) hard = capmax;
  t->hard = (int)hard;
  t->capmax = (int)capmax;
  t->maxdefs = DEFS_PER_MORPHISM * (long)max_morphisms + DEFS_EXTRA;
  t->maxwork = WORK_PER_MORPHISM * (long)max_morphisms + WORK_EXTRA;
  t->trace_live_max = max_morphisms > TRACE_LIVE_MAX ? max_morphisms : TRACE_LIVE_MAX;
  t->peak = peak;
  t->multi = c->nobj > 1;
}

/* Free the node arrays (the table keeps its stacks and relations). */
static void free_nodes(tc *t)
{
  free(t->row);
  free(t->nx);
  free(t->fi);
  free(t->uf);
  free(t->type);
  t->row = t->nx = t->fi = t->uf = t->type = NULL;
  free(t->pmark);
  t->pmark = NULL;
  for (int k = 0; k < t->npw; k++) {
    free(t->pw[k].par);
    free(t->pw[k].sz);
    free(t->pw[k].cyc);
    t->pw[k].par = t->pw[k].sz = NULL;
    t->pw[k].cyc = NULL;
  }
  t->cap = 0;
  t->faulted = 0;
}

void coset_table_drop_nodes(tc *t) { free_nodes(t); }

void coset_table_fit(tc *t)
{
  size_t n = (size_t)(t->live > 0 ? t->live : 1);
  int *p;
  if ((p = realloc(t->row, n * (size_t)t->W * sizeof(int)))) t->row = p;
  if ((p = realloc(t->uf, n * sizeof(int)))) t->uf = p;
  if ((p = realloc(t->type, n * sizeof(int)))) t->type = p;
  t->cap = t->live;
  t->faulted = 0;
}

void coset_table_shrink(tc *t)
{
  if (t->cap > TABLE_KEEP_NODES) free_nodes(t);
}

void coset_table_free(tc *t)
{
  free_nodes(t);
  free(t->stack);
  free(t->ded);
  free(t->starts);
  t->stack = t->ded = t->starts = NULL;
  t->scap = t->dcap = t->stcap = 0;
}

yo_status coset_enumerate_block(tc *t, int x)
{
  t->nn = t->live = t->pos = 0;
  t->sn = t->dn = 0;
  t->fail = YO_OK;
  t->deduce = 1;
  t->trace_min = TRACE_MIN;
  if (t->groupoid) return coset_enumerate_groupoid(t, x);
  return coset_enumerate_general(t, x);
}

/* Felsch: define the first undefined edge in node order, then process all
 * its consequences; nodes of an object with a long relation first trace it
 * (while at most e->trace_live_max nodes are live). */
yo_status coset_felsch(tc *t, const coset_engine *e)
{
  const int tmax = e->trace_live_max >= 0 ? e->trace_live_max : t->trace_live_max;
  while (t->pos < t->nn && !t->fail) {
    if (!coset_safe_point(t)) return t->fail;
    if (t->pos >= t->nn) break;
    if (t->tracey[t->type[t->pos]] && t->live <= tmax && t->uf[t->pos] == t->pos) {
      e->trace(t);
      if (t->fail || !coset_safe_point(t)) return t->fail;
      if (t->pos >= t->nn) break;
    }
    int n = t->pos;
    if (t->uf[n] == n) {
      int d = t->outdeg[t->type[n]];
      for (int l = 0; l < d; l++) {
        if (coset_get(t, n, l) >= 0) continue;
        if (!e->define(t, n, l) || t->uf[n] != n) break;
      }
    }
    t->pos++;
  }
  return t->fail;
}

void coset_rescan(tc *t, void (*scan_node)(tc *t, int n))
{
  t->deduce = 0;
  for (;;) {
    int before = t->live;
    for (int n = 0; n < t->nn && !t->fail; n++)
      if (t->uf[n] == n) scan_node(t, n);
    if (t->fail || t->live == before) break;
  }
  t->deduce = 1;
}
