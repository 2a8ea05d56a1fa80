/* census.c — see census.h.
 *
 * Layout of one shape: objects 0..k-1, morphisms 0..n-1, morphism x < k is
 * the identity of object x, the m = n-k non-identities follow in blocks
 * sorted by (source, target); block (a,b) holds h[a][b] labels.  The
 * composition table M (n*n, row f, column g, value g∘f) has the identity
 * rows and columns filled in, NONE on non-composable pairs and UNKNOWN on
 * the cells still to be decided.  The "cells" are the composable pairs of
 * non-identities in shell order (see shell_key); a table is canonical when it is the
 * lexicographically least (in that cell order) of all its relabellings by
 * the group G of the shape: an automorphism p of the hom-size matrix h on
 * the objects, and any bijection of each block (a,b) onto block (pa,pb).
 *
 * Shapes: objects that carry no non-identity ("isolated") come last; the
 * matrix of the others is least among its permutations (row-major).
 */
#include "solver/census.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "specs/clock.h"

#define MAXN CENSUS_MAX_MORPHISMS
#define MAXC (MAXN * MAXN)
enum { NONE = -1, UNKNOWN = -2 };

typedef struct run {
  const census_options *o;
  census_visitor visit;
  void *arg;
  census_stats *st;
  yo_status status;       /* YO_OK, or YO_LIMIT once stopped */
  int stop;               /* 1: unwind (visitor, timeout, stop flag) */
  double t0;              /* CPU clock at the start */
  double w0;              /* wall clock at the start */
  int timed_out;
  long long next_poll;

  /* the shape */
  int n, k, m, active, connected;
  int h[MAXN][MAXN];
  int bstart[MAXN][MAXN];
  int src[MAXN], dst[MAXN];
  int ncells;
  int cf[MAXC], cg[MAXC];   /* cell i = (cf[i], cg[i]) */
  int *auts;                /* naut permutations of the active objects */
  int naut;
  int shape_no, shapes;

  /* the table and its trail */
  int M[MAXC];
  int trail[MAXC];
  int ntrail;
  int queue[MAXC];

  /* the relabelling being built by the canonicity test */
  int inv[MAXN], fwd[MAXN];
  int ctrail[MAXN];
  int nctrail;

  /* sharding */
  long long unit_counter;
} run;

void census_options_init(census_options *o)
{
  memset(o, 0, sizeof *o);
  o->morphisms = 1;
}

/* ---- associativity with propagation -------------------------------------- */

/* Set cell (f,g) := v (it was UNKNOWN) and queue it. */
static void set_cell(run *r, int f, int g, int v, int *qt)
{
  r->M[f * r->n + g] = v;
  r->trail[r->ntrail++] = f * r->n + g;
  r->queue[(*qt)++] = f * r->n + g;
}

/* The triple (a,b,c) of composable non-identities: if ab and bc are known,
 * (ab)c and a(bc) must agree; when one of them is unknown it is forced.
 * Returns 0 on a contradiction. */
static int triple(run *r, int a, int b, int c, int *qt)
{
  int n = r->n;
  int ab = r->M[a * n + b], bc = r->M[b * n + c];
  if (ab < 0 || bc < 0) return 1;
  int L = r->M[ab * n + c], R = r->M[a * n + bc];
  if (L >= 0 && R >= 0) return L == R;
  if (L >= 0) set_cell(r, a, bc, L, qt);
  else if (R >= 0) set_cell(r, ab, c, R, qt);
  return 1;
}

/* Undo the table to trail length mark. */
static void undo(run *r, int mark)
{
  while (r->ntrail > mark) r->M[r->trail[--r->ntrail]] = UNKNOWN;
}

/* Assign cell (f,g) := v and everything associativity forces; 0 on a
 * contradiction (the caller undoes). */
static int assign(run *r, int f, int g, int v)
{
  int n = r->n, k = r->k;
  int qh = 0, qt = 0;
  set_cell(r, f, g, v, &qt);
  while (qh < qt) {
    int cell = r->queue[qh++];
    int x = cell / n, y = cell % n;
    /* (x,y) as ab: triples (x,y,c) */
    for (int c = k; c < n; c++)
      if (r->dst[y] == r->src[c] && !triple(r, x, y, c, &qt)) return 0;
    /* (x,y) as bc: triples (a,x,y) */
    for (int a = k; a < n; a++)
      if (r->dst[a] == r->src[x] && !triple(r, a, x, y, &qt)) return 0;
    /* (x,y) as (ab)c with ab = x: triples (a,b,y); as a(bc) with bc = y:
     * triples (x,b,c).  Only non-identity x resp. y can be such products
     * of non-identities that matter (an identity product is handled by the
     * identity rows). */
    for (int i = 0; i < r->ncells; i++) {
      int a = r->cf[i], b = r->cg[i];
      int p = r->M[a * n + b];
      if (p == x && r->dst[b] == r->src[y] && !triple(r, a, b, y, &qt)) return 0;
      if (p == y && r->dst[x] == r->src[a] && !triple(r, x, a, b, &qt)) return 0;
    }
  }
  return 1;
}

/* ---- canonicity: is some relabelling lexicographically smaller? ---------- */

static void cundo(run *r, int mark)
{
  while (r->nctrail > mark) {
    int w = r->ctrail[--r->nctrail];
    r->inv[r->fwd[w]] = -1;
    r->fwd[w] = -1;
  }
}

static void cset(run *r, int x, int u)
{
  r->inv[u] = x;
  r->fwd[x] = u;
  r->ctrail[r->nctrail++] = x;
}

/* Search for a relabelling, with object part p (pinv its inverse), that
 * makes the table smaller in every completion, comparing from cell ci on
 * with the labels fixed so far (inv/fwd).  1 if found. */
static int smaller_from(run *r, const int *p, const int *pinv, int ci)
{
  int n = r->n;
  int mark = r->nctrail;
  for (; ci < r->ncells; ci++) {
    int u = r->cf[ci], v = r->cg[ci];
    /* preimages of the row and column labels: branch when new */
    for (int side = 0; side < 2; side++) {
      int z = side ? v : u;
      if (r->inv[z] >= 0) continue;
      int a = pinv[r->src[z]], b = pinv[r->dst[z]];
      int lo = r->bstart[a][b], hi = lo + r->h[a][b];
      for (int x = lo; x < hi; x++) {
        if (r->fwd[x] >= 0) continue;
        cset(r, x, z);
        int found = smaller_from(r, p, pinv, ci);
        cundo(r, r->nctrail - 1);
        if (found || r->stop) {
          cundo(r, mark);
          return found;
        }
      }
      cundo(r, mark);
      return 0;
    }
    int tv = r->M[u * n + v];
    int w = r->M[r->inv[u] * n + r->inv[v]];
    if (tv == UNKNOWN || w == UNKNOWN) break;   /* undecided here */
    int img;
    if (w < r->k) {
      img = p[w];
    } else if (r->fwd[w] >= 0) {
      img = r->fwd[w];
    } else {
      /* a new label: the least free one of the target block is best */
      int a = p[r->src[w]], b = p[r->dst[w]];
      int lo = r->bstart[a][b], hi = lo + r->h[a][b];
      img = -1;
      for (int x = lo; x < hi; x++)
        if (r->inv[x] < 0) { img = x; break; }
      if (img == tv) cset(r, w, img);
    }
    if (img != tv) {
      cundo(r, mark);
      return img < tv;
    }
  }
  cundo(r, mark);
  return 0;
}

static int smaller_exists(run *r)
{
  int pinv[MAXN], p[MAXN];
  for (int i = 0; i < r->naut; i++) {
    const int *q = r->auts + (size_t)i * (size_t)r->k;
    for (int x = 0; x < r->k; x++) p[x] = q[x];
    for (int x = 0; x < r->k; x++) pinv[p[x]] = x;
    if (smaller_from(r, p, pinv, 0)) return 1;
  }
  return 0;
}

/* ---- the search over tables ---------------------------------------------- */

static void poll(run *r)
{
  const census_options *o = r->o;
  if (o->stop && *o->stop) {
    r->stop = 1;
    r->status = YO_LIMIT;
  }
  if (o->timeout > 0 && clock_seconds() - r->w0 >= o->timeout) {
    r->timed_out = 1;
    r->stop = 1;
    r->status = YO_LIMIT;
  }
  if (o->progress) {
    census_progress pr;
    pr.found = r->st->count;
    pr.units_done = r->st->units;
    pr.units_seen = r->unit_counter;
    pr.objects = r->k;
    pr.shape = r->shape_no;
    pr.shapes = r->shapes;
    o->progress(&pr, o->progress_arg);
  }
  r->next_poll = r->st->nodes + 4096;
}

static void emit(run *r)
{
  census_stats *st = r->st;
  if (r->visit) {
    census_category c;
    int id[MAXN];
    for (int x = 0; x < r->k; x++) id[x] = x;
    c.objects = r->k;
    c.morphisms = r->n;
    c.src = r->src;
    c.dst = r->dst;
    c.id = id;
    c.comp = r->M;
    c.connected = r->connected;
    c.index = st->count;
    if (r->visit(&c, r->arg)) {
      st->stopped = 1;
      r->stop = 1;
    }
  }
  st->count++;
  st->by_objects[r->k]++;
  if (r->connected) st->connected++;
}

/* Whether a node still shared by all shards becomes a work unit: its table
 * must be at least 40% decided, and more than 3 of its decided cells must
 * differ from the most frequent value — the nearly constant tables (the
 * nilpotent-like monoids, whose products are almost all one zero) lead to
 * the biggest subtrees, so they are split further down.  On N = 8 this
 * leaves 0.7% of the search to every shard and no unit above 1.3% of the
 * whole (docs/census.md). */
static int unit_ready(const run *r)
{
  int cnt[MAXN] = {0}, n = r->n, known = 0, mode = 0;
  for (int i = 0; i < r->ncells; i++) {
    int x = r->M[r->cf[i] * n + r->cg[i]];
    if (x < 0) continue;
    known++;
    if (++cnt[x] > mode) mode = cnt[x];
  }
  return known * 5 >= r->ncells * 2 && known - mode > 3;
}

/* Extend the table from its first undecided cell on.  `shared`: no work
 * unit has begun above this node (every shard walks it). */
static void dfs(run *r, int first, int shared)
{
  int n = r->n;
  if (++r->st->nodes >= r->next_poll) poll(r);
  if (r->stop) return;
  while (first < r->ncells && r->M[r->cf[first] * n + r->cg[first]] != UNKNOWN) first++;
  if (shared && (first == r->ncells || unit_ready(r))) {
    long long u = r->unit_counter++;
    int S = r->o->shard_count > 1 ? r->o->shard_count : 1;
    if (S > 1 && u % S != r->o->shard_index - 1) return;
    r->st->units++;
    shared = 0;
  }
  if (first == r->ncells) {
    emit(r);
    return;
  }
  int f = r->cf[first], g = r->cg[first];
  int a = r->src[f], b = r->dst[g];
  int lo = r->bstart[a][b], hi = lo + r->h[a][b];
  /* values in increasing order: the identity (when a == b), then block (a,b) */
  for (int v = a == b ? a : lo; v < hi; v = v == a && a == b ? lo : v + 1) {
    int mark = r->ntrail;
    if (assign(r, f, g, v) && !smaller_exists(r)) dfs(r, first + 1, shared);
    undo(r, mark);
    if (r->stop) return;
  }
}

/* ---- shapes -------------------------------------------------------------- */

/* Is h (active objects 0..ka-1) least among its permutations?  Collects
 * the automorphisms into r->auts when it is.  -1 on out-of-memory. */
static int shape_canonical(run *r, int ka)
{
  int perm[MAXN], c[MAXN];
  int cap = 16, cnt = 0;
  int *auts = malloc((size_t)cap * (size_t)r->k * sizeof *auts);
  if (!auts) return -1;
  for (int i = 0; i < ka; i++) perm[i] = i, c[i] = 0;
  /* Heap's algorithm over the permutations of the active objects */
  int i = 0;
  for (;;) {
    /* compare h^perm with h: h^perm[perm a][perm b] = h[a][b] */
    int cmp = 0;
    int pinv[MAXN];
    for (int x = 0; x < ka; x++) pinv[perm[x]] = x;
    for (int a = 0; a < ka && !cmp; a++)
      for (int b = 0; b < ka && !cmp; b++) {
        int hp = r->h[pinv[a]][pinv[b]], hh = r->h[a][b];
        if (hp != hh) cmp = hp < hh ? -1 : 1;
      }
    if (cmp < 0) {
      free(auts);
      return 0;
    }
    if (cmp == 0) {
      if (cnt == cap) {
        cap *= 2;
        int *na = realloc(auts, (size_t)cap * (size_t)r->k * sizeof *auts);
        if (!na) {
          free(auts);
          return -1;
        }
        auts = na;
      }
      for (int x = 0; x < r->k; x++) auts[cnt * r->k + x] = x < ka ? perm[x] : x;
      cnt++;
    }
    /* next permutation */
    while (i < ka && c[i] >= i) c[i++] = 0;
    if (i >= ka) break;
    int j = i % 2 ? c[i] : 0;
    int t = perm[j];
    perm[j] = perm[i];
    perm[i] = t;
    c[i]++;
    i = 0;
  }
  free(r->auts);
  r->auts = auts;
  r->naut = cnt;
  return 1;
}

/* Whether some category can have shape h: composites of non-identities
 * a->b->c with a != c need a non-identity a->c. */
static int shape_feasible(const run *r)
{
  for (int a = 0; a < r->active; a++)
    for (int b = 0; b < r->active; b++)
      for (int c = 0; c < r->active; c++)
        if (a != c && r->h[a][b] && r->h[b][c] && !r->h[a][c]) return 0;
  return 1;
}

static int shape_connected(const run *r)
{
  if (r->k == 1) return 1;
  if (r->active < r->k) return 0;
  int seen[MAXN] = {0}, stack[MAXN], sp = 0, cnt = 1;
  seen[0] = 1;
  stack[sp++] = 0;
  while (sp) {
    int a = stack[--sp];
    for (int b = 0; b < r->k; b++)
      if (!seen[b] && (r->h[a][b] || r->h[b][a])) {
        seen[b] = 1;
        cnt++;
        stack[sp++] = b;
      }
  }
  return cnt == r->k;
}

/* Position of cell (f,g) in the order of the cells: by shell max(f,g) = j,
 * within it (i,j), (j,i) for i = 0..j-1, then (j,j). */
static int shell_key(int n, int f, int g)
{
  int j = f > g ? f : g, i = f > g ? g : f;
  return j * (2 * n + 1) + (f == g ? 2 * n : 2 * i + (f > g));
}

/* Set up the labels, the table and the cells of the current shape. */
static void shape_prepare(run *r)
{
  int n = r->n, k = r->k, next = k;
  for (int x = 0; x < k; x++) r->src[x] = r->dst[x] = x;
  for (int a = 0; a < k; a++)
    for (int b = 0; b < k; b++) {
      r->bstart[a][b] = next;
      for (int i = 0; i < r->h[a][b]; i++, next++) {
        r->src[next] = a;
        r->dst[next] = b;
      }
    }
  r->ncells = 0;
  for (int f = 0; f < n; f++)
    for (int g = 0; g < n; g++) {
      int *cell = &r->M[f * n + g];
      if (r->dst[f] != r->src[g]) *cell = NONE;
      else if (f < k) *cell = g;
      else if (g < k) *cell = f;
      else {
        *cell = UNKNOWN;
        r->cf[r->ncells] = f;
        r->cg[r->ncells] = g;
        r->ncells++;
      }
    }
  /* shell order: all cells among labels < j before any cell with label j,
   * so that a relabelling fixed on the first j labels is compared on all
   * of their products before a new label is chosen (the test's branching
   * then grows with the decided part, not with m!) */
  for (int i = 1; i < r->ncells; i++) {
    int f = r->cf[i], g = r->cg[i], key = shell_key(n, f, g), j = i;
    for (; j > 0 && shell_key(n, r->cf[j - 1], r->cg[j - 1]) > key; j--) {
      r->cf[j] = r->cf[j - 1];
      r->cg[j] = r->cg[j - 1];
    }
    r->cf[j] = f;
    r->cg[j] = g;
  }
  for (int x = 0; x < n; x++) r->inv[x] = r->fwd[x] = -1;
  r->ntrail = r->nctrail = 0;
}

/* Is object a of the first ka active (some non-identity touches it)? */
static int all_active(const run *r, int ka)
{
  for (int a = 0; a < ka; a++) {
    int any = 0;
    for (int b = 0; b < ka && !any; b++) any = r->h[a][b] || r->h[b][a];
    if (!any) return 0;
  }
  return 1;
}

/* Distribute `left` non-identities over the cells pos.. of the ka x ka
 * matrix; at the end, run the shape.  pass 0 only counts shapes. */
static yo_status each_matrix(run *r, int ka, int pos, int left, int pass)
{
  if (r->stop) return r->status;
  if (pos == ka * ka - 1 || left == 0) {
    for (int p = pos; p < ka * ka; p++) r->h[p / ka][p % ka] = 0;
    if (ka * ka > 0) r->h[(ka * ka - 1) / ka][(ka * ka - 1) % ka] += left;
    yo_status st = YO_OK;
    if (all_active(r, ka)) {
      r->active = ka;
      int c = shape_feasible(r) ? shape_canonical(r, ka) : 0;
      if (c < 0) return YO_INTERNAL;
      r->connected = shape_connected(r);
      if (c && (!r->o->connected_only || r->connected)) {
        r->shape_no++;
        if (pass == 1) {
          shape_prepare(r);
          dfs(r, 0, 1);
          st = r->status;
        }
      }
    }
    if (ka * ka > 0) r->h[(ka * ka - 1) / ka][(ka * ka - 1) % ka] -= left;
    return st;
  }
  for (int v = left; v >= 0; v--) {
    r->h[pos / ka][pos % ka] = v;
    yo_status st = each_matrix(r, ka, pos + 1, left - v, pass);
    r->h[pos / ka][pos % ka] = 0;
    if (st != YO_OK || r->stop) return st;
  }
  return YO_OK;
}

/* All shapes with k objects, in a fixed order: active objects ka = k, k-1,
 * ... (isolated ones last), matrices in decreasing lexicographic order. */
static yo_status each_shape(run *r, int pass)
{
  int lo = r->o->min_objects > 0 ? r->o->min_objects : 1;
  int hi = r->o->max_objects > 0 && r->o->max_objects < r->n ? r->o->max_objects : r->n;
  for (int k = lo; k <= hi; k++) {
    r->k = k;
    r->m = r->n - k;
    memset(r->h, 0, sizeof r->h);
    for (int ka = k; ka >= 0; ka--) {
      if (ka == 0 && r->m > 0) continue;
      if (ka > 0 && r->m == 0) continue;
      if (ka > 2 * r->m) continue;
      yo_status st = ka == 0 ? YO_OK : each_matrix(r, ka, 0, r->m, pass);
      if (ka == 0) {
        /* the discrete category */
        r->active = 0;
        r->connected = shape_connected(r);
        free(r->auts);
        r->auts = calloc((size_t)k, sizeof *r->auts);
        if (!r->auts) return YO_INTERNAL;
        for (int x = 0; x < k; x++) r->auts[x] = x;
        r->naut = 1;
        if (!r->o->connected_only || r->connected) {
          r->shape_no++;
          if (pass == 1) {
            shape_prepare(r);
            dfs(r, 0, 1);
            st = r->status;
          }
        }
      }
      if (st != YO_OK || r->stop) return st;
    }
  }
  return YO_OK;
}

yo_status census_run(const census_options *o, census_visitor v, void *arg,
                     census_stats *out, diag_list *d)
{
  census_stats local;
  census_stats *st = out ? out : &local;
  memset(st, 0, sizeof *st);
  if (o->morphisms < 1 || o->morphisms > CENSUS_MAX_MORPHISMS) {
    diag_add(d, DIAG_ERROR, NULL, 0, "census: the number of morphisms must be between 1 and %d",
             CENSUS_MAX_MORPHISMS);
    return YO_USAGE;
  }
  if (o->min_objects < 0 || o->max_objects < 0 ||
      (o->max_objects > 0 && o->min_objects > o->max_objects)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "census: bad bounds on the number of objects");
    return YO_USAGE;
  }
  if (o->shard_count > 1 && (o->shard_index < 1 || o->shard_index > o->shard_count)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "census: shard %d/%d: K must be between 1 and %d",
             o->shard_index, o->shard_count, o->shard_count);
    return YO_USAGE;
  }
  run *r = calloc(1, sizeof *r);
  if (!r) {
    diag_add(d, DIAG_ERROR, NULL, 0, "census: out of memory");
    return YO_INTERNAL;
  }
  r->o = o;
  r->visit = v;
  r->arg = arg;
  r->st = st;
  r->status = YO_OK;
  r->n = o->morphisms;
  r->t0 = clock_cpu_seconds();
  r->w0 = clock_seconds();
  r->next_poll = 0;   /* poll at the first node: a stop flag already set stops at once */
  yo_status s = each_shape(r, 0);
  r->shapes = r->shape_no;
  r->shape_no = 0;
  if (s == YO_OK) s = each_shape(r, 1);
  if (s == YO_OK && r->status != YO_OK) s = r->status;
  if (s == YO_INTERNAL) diag_add(d, DIAG_ERROR, NULL, 0, "census: out of memory");
  if (s == YO_LIMIT)
    diag_add(d, DIAG_ERROR, NULL, 0, "census: stopped (%s) after %lld categories",
             r->timed_out ? "time limit" : "interrupted", st->count);
  st->units_total = r->unit_counter;
  st->seconds = clock_cpu_seconds() - r->t0;
  free(r->auts);
  free(r);
  return s;
}

int census_euler_transform(const long long *connected, long long *all, int max)
{
  /* all(n) = (1/n) sum_{j=1..n} c(j) all(n-j), c(j) = sum_{d|j} d conn(d) */
  all[0] = 1;
  for (int nn = 1; nn <= max; nn++) {
    __int128 sum = 0;
    for (int j = 1; j <= nn; j++) {
      __int128 c = 0;
      for (int dd = 1; dd <= j; dd++)
        if (j % dd == 0) c += (__int128)dd * connected[dd];
      sum += c * all[nn - j];
    }
    __int128 q = sum / nn;
    if (q > (__int128)0x7fffffffffffffffLL) return -1;
    all[nn] = (long long)q;
  }
  return 0;
}
