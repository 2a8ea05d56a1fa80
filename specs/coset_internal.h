/* coset_internal.h — the coset table of one block of the enumeration and the
 * prepared relations it scans (not a public header: only specs/coset*.c and
 * specs/category_enumerate.c include it; see docs/categories.md).
 *
 *  - coset_relators.c: relation preparation (local generator indices, the
 *    inverse generators, relators and their rotations, occurrences);
 *  - coset_table.c: the table itself (nodes, union-find, coincidence and
 *    deduction stacks, growth, compaction, the limits) and the entry point
 *    coset_enumerate_block;
 *  - coset_general.c: the general (monoid) engine, Felsch with preimage
 *    lists and HLT-style tracing of long relations;
 *  - coset_groupoid.c: the groupoid engine (every generator invertible) and
 *    its long-power components;
 *  - coset_coxeter.c: the Coxeter engine (a finite crystallographic Coxeter
 *    presentation, possibly times cyclic groups: its Cayley graph built
 *    along a chain of parabolic subgroups, no Todd-Coxeter).
 *
 * Ownership: a relators value owns every array in it (relators_free); a
 * coxeter value owns its levels (coset_coxeter_free); a
 * coset table (tc) owns its node arrays and stacks (coset_table_free) and
 * borrows the relators, the category's generator layout and the peak-bytes
 * counter, which must outlive it.
 */
#ifndef YONEDA_COSET_INTERNAL_H
#define YONEDA_COSET_INTERNAL_H

#include <stddef.h>

#include "specs/category_internal.h"


/* ---- the enumeration workspace -------------------------------------------- */

/* An equation in local generator indices: u = v from object `source`;
 * tu[j] / tv[j] is the object reached after j letters. */
typedef struct rel {
  const int *u, *v;
  const int *tu, *tv;
  const int *iu, *iv; /* local index of the letter's two-sided inverse
                         generator (at the letter's target), or -1 */
  int nu, nv, source;
  int eq;             /* index of the equation */
  int uu, uv;         /* u (v) is one letter repeated, at least twice */
  int pw;             /* general mode: u v^-1 reduces, freely and without
                         conjugation, to the long power tc.pw[pw] (g^L), so
                         the equation holds wherever g^L is marked; or -1 */
} rel;

/* An occurrence of a generator in an equation side: rel, side (0: u, 1: v)
 * and position. */
typedef struct occ {
  int rel, side, k;
} occ;

/* A cyclic word (a distinct rotation of a relator u v^-1 built from an
 * equation whose letters all have inverse generators) in local indices,
 * with the local index of each letter's inverse, starting at object
 * `type`.  Used by both engines. */
typedef struct crel {
  const int *w, *wi;
  int len, type;
  int pw;             /* groupoid mode: index of the long power g^len in
                         tc.pw when the word is one letter repeated, or -1 */
  int selfinv;        /* the relator's inverse is one of its rotations */
} crel;

/* Relations (general mode: |u| + |v|; groupoid mode: the reduced relator)
 * at least this long are traced at each node before its remaining edges are
 * filled.  Breadth-first Felsch closes shorter ones soon enough (for them
 * tracing doubles the time of S_9 and Z_2^19 and defines no fewer nodes); a
 * longer one is only closed once paths as long as it exist, and with
 * redundant generators breadth-first order needs exponentially many nodes
 * for that (g0^10 = g1, g1^10 = g2, g2^10 = 1: over 3*10^6 nodes for Z_1000;
 * traced, with inferred inverses: 1,720). */
#define TRACE_MIN 9
/* General mode traces shorter equations too: the full transformation
 * monoids' relations for the idempotent (5 to 20 letters) close only deep
 * in breadth-first order (T_6: 258,569 nodes untraced for 46,656
 * morphisms, 102,538 traced from 5 letters on, 170,709 from 9). */
#define TRACE_MIN_GENERAL 5
/* General mode traces only while the block has at most
 * max(TRACE_LIVE_MAX, max_morphisms) live nodes (tc.trace_live_max): beyond
 * that the table holds more nodes than the category may have morphisms
 * (surplus, or an infinite category), a traced definition's deductions can
 * cost O(nodes) there, and infinite presentations took 20 times longer to
 * reach YO_LIMIT when traced throughout. */
#define TRACE_LIVE_MAX 16384
/* The inverse of a relator is looked for among its rotations only up to
 * this length (quadratic; not finding it is always safe). */
#define SELFINV_MAX_LEN 1024
/* Groupoid mode re-scans every relator at every node of a finished block of
 * at most this many nodes (a safety net that Felsch's closure theorem makes
 * unnecessary; cheap there). */
#define GROUPOID_VERIFY_MAX_LIVE 100000
/* Smallest allocation of node ids and of a stack (entries). */
#define TABLE_MIN_NODES 1024
#define STACK_MIN_ENTRIES 1024
/* coset_new_node faults in the pages of the node arrays this many bytes of
 * rows ahead at a time (at least one node), with one
 * madvise(MADV_POPULATE_WRITE) per array instead of one page fault per page
 * (expensive in a virtual machine: S_10's table takes 50,000 faults); a
 * bound in bytes, so that a wide table of a small category is not made
 * resident ahead of its use. */
#define PREFAULT_BYTES (256 * 1024)
/* Between blocks, a table with more node ids than this is given back. */
#define TABLE_KEEP_NODES 4096
/* The limits (category.h): at most LIVE_PER_MORPHISM * max + LIVE_EXTRA
 * live nodes (plus two rows' margin), node ids up to 1.5 times that, at
 * most DEFS_PER_MORPHISM * max + DEFS_EXTRA node definitions, and at most
 * WORK_PER_MORPHISM * max + WORK_EXTRA steps of general mode's deduction
 * walks back through the preimage lists (one walk can visit every live
 * node: an idempotent's preimages; T_7 takes about 236 steps per morphism
 * of the result). */
#define LIVE_PER_MORPHISM 3
#define LIVE_EXTRA 65536
#define DEFS_PER_MORPHISM 64L
#define DEFS_EXTRA (1L << 22)
#define WORK_PER_MORPHISM 4096L
#define WORK_EXTRA (1L << 22)

/* A long power relator g^L (L >= POWER_MIN, at most POWER_MAX of them) at
 * object y, g = local generator l with inverse hl (both modes; in general
 * mode an edge and its inverse edge, set one after the other, are joined
 * once: coset_general.c, pw_edge):
 * scanning it walks the g-orbit, which costs O(L) per deduction and made
 * <r | r^100000> quadratic.  A union-find over the g-components (par, sz:
 * nodes ever joined, an over-count; cyc: a cycle may have formed, set
 * conservatively) tells when a scan cannot conclude anything: a component
 * without a cycle is a g-path, and a path with fewer than L nodes neither
 * closes nor leaves a one-edge gap.  Once g^L closes at a node, its whole
 * orbit is marked (tc.pmark, bit = index) and never scanned (or traced)
 * again.  Rebuilt exactly at each compaction.  (coset_groupoid.c, coset_general.c)
 * POWER_MIN is TRACE_MIN: a traced power that is not tracked is walked
 * twice at every node (the trace, then its scan) even once its g-cycle is
 * closed; S_8 x Z_25 (t^25 = 1) enumerated in 1.6 instead of 2.6 s CPU with
 * it tracked (2026-12-02, 32 before), at 10 bytes per node per power. */
#define POWER_MIN TRACE_MIN
#define POWER_MAX 8
typedef struct power {
  int l, hl, L, y;
  int *par, *sz;
  unsigned char *cyc;
} power;

typedef struct tc {
  int W;              /* row width: the largest out-degree */
  const int *outdeg;  /* per object */
  const int *outoff, *outgen;
  const int *lgtgt;   /* lgtgt[outoff[y]+l]: target of the l-th generator out of y */
  const rel *rels;
  const int *roff;    /* equations at object y: rels[roff[y]..roff[y+1]) */
  const occ *occs;
  const int *ooff;    /* occurrences of generator g: occs[ooff[g]..ooff[g+1]) */

  /* Node n, local generator l: row[nW+l] is the edge n.l (-1 undefined,
   * and -1 everywhere in a dead node's row); fi[nW+l] is the head of the
   * list of nodes p with p.l == n, nx[pW+l] the next node of the list the
   * edge p.l is in.  Entries whose edge no longer points to the list's node
   * are stale and skipped.  The lists are freed when a block is done. */
  int *row;           /* edges: row[nW+l] */
  int *nx, *fi;       /* preimage lists */
  int *uf;            /* union-find for ids held on stacks: uf[n]==n iff live */
  int *type;          /* target object of node n */
  int cap, nn, live;
  int faulted;        /* node ids below this have their row, union-find and
                         type entries faulted in (coset_new_node) */
  int pos;            /* next node whose edges get defined */
  int hard;           /* most live nodes allowed */
  int capmax;         /* most node ids allowed */
  long defs, maxdefs;
  long work, maxwork; /* deduction walk steps (general mode), their bound */
  int deduce;         /* record deductions */
  int trace_min;      /* relations at least this long are traced at each
                         node before its remaining edges are filled
                         (relator-based definitions) */
  int trace_live_max; /* general mode traces while at most this many nodes
                         are live: max(TRACE_LIVE_MAX, max_morphisms) */
  const unsigned char *tracey; /* object y has a relation to trace */
  unsigned epoch;     /* changes at every merge and compaction */
  int npw;            /* long power relators */
  power pw[POWER_MAX];
  unsigned char *pmark; /* pmark[n] bit k: pw[k] is known to hold at n */
  /* groupoid mode: every generator has a two-sided inverse generator; the
   * table keeps n.g == m iff m.g' == n, so no preimage list is needed and
   * equations are scanned as cyclic relators from both ends */
  int groupoid;
  const int *linv;    /* linv[outoff[y]+l]: local index of the inverse of (y, l) */
  const unsigned char *lpartner; /* lpartner[outoff[y]+l]: a new edge (y, l)
                         needs its inverse's deduction (see set_pair) */
  const crel *crels;      /* (both modes) */
  const int *coff, *cocc; /* rotations starting with generator g */
  const int *voff, *vlist; /* rotation 0 of each relator, by start object */
  const int *toff, *tlist; /* the same, only those of at least TRACE_MIN letters */
  int multi;          /* more than one object: check types when walking back */

  int *stack;         /* coincidences (pairs) */
  int scap, sn;
  int *ded;           /* deductions (pairs node, l) */
  int dcap, dn;
  int *starts;        /* scratch for walking back (pairs node, depth) */
  int stcap;
  size_t base_bytes, *peak;
  int width_capped;   /* capmax is set by the row width, not max_morphisms */
  int width_hit;      /* the table failed at that cap (YO_LIMIT) */
  yo_status fail;
} tc;

/* ---- relation preparation (coset_relators.c) ------------------------------ */

/* Everything the engines read about the presentation, in local generator
 * indices (a generator's position among those of its source object). */
typedef struct relators {
  int W;              /* row width: the largest out-degree (at least 1) */
  int *outdeg;        /* per object, every generator */
  int *rdeg;          /* per object, only the first realG generators */
  int *lgtgt;         /* lgtgt[outoff[y]+l]: target of the l-th generator out of y */
  int *inv;           /* two-sided inverse generator of g, or -1 */
  int all_inv;        /* every generator has one: groupoid mode */
  rel *rels;          /* grouped by source, shortest first */
  int *roff;          /* equations at object y: rels[roff[y]..roff[y+1]) */
  int *lwords;        /* storage of the rels' words */
  int *cyc;           /* cyc[i]: equation i became a relator */
  int *linv;          /* linv[outoff[y]+l]: local index of the inverse, or -1 */
  unsigned char *lpartner; /* lpartner[outoff[y]+l]: some rotation starting
                         with the inverse of (y, l) is not self-inverse */
  int *gwords;        /* storage of the relators' words */
  crel *crels;        /* the distinct rotations of the relators */
  int *coff, *cocc;   /* rotations starting with generator g */
  int *voff, *vlist;  /* rotation 0 of each relator, by start object */
  int *toff, *tlist;  /* the same, only those of at least TRACE_MIN letters */
  occ *occs;          /* general mode: occurrences of generator g in the */
  int *ooff;          /* non-cyclic equations: occs[ooff[g]..ooff[g+1]) */
  unsigned char *tracey; /* object y has a relation of length >= TRACE_MIN */
  int npw;            /* long powers found (their components unallocated) */
  power pw[POWER_MAX];
} relators;

/* Prepare the relations of c (c's generator layout, category_layout_generators,
 * must cover every generator); rdeg counts only the first realG generators.
 * YO_OK, or YO_INTERNAL on OOM (then *r is freed). */
yo_status relators_prepare(relators *r, const category *c, int realG);
void relators_free(relators *r);

/* inv[g] (g < c->ngen) = the generator h with equations g h = 1 and h g = 1
 * (two-sided inverse generator), or -1. */
void relators_two_sided_inverses(const category *c, int *inv);

/* need[g] (g < c->ngen, zeroed by the caller) = 1 for each generator that
 * the equations make invertible but that has no inverse generator: g^k = 1
 * (k >= 3), and by a fixpoint g^k = v (k >= 1) with every letter of v
 * invertible.  Returns the number of such generators, -1 on OOM. */
int relators_hidden_inverses(const category *c, int *need);

/* ---- the table (coset_table.c) ------------------------------------------- */

/* Set up an empty table for the prepared relations, with the limits for a
 * category of at most max_morphisms morphisms; peak receives the most bytes
 * used (together with t->base_bytes, set by the caller). */
void coset_table_init(tc *t, const category *c, const relators *r, int max_morphisms,
                      size_t *peak);
void coset_table_free(tc *t);
/* After a block: shrink the rows, union-find and types to the live nodes
 * (the other node arrays keep their size; only coset_table_drop_nodes may
 * follow). */
void coset_table_fit(tc *t);
/* Give back the node arrays (t->row may have been taken: NULL). */
void coset_table_drop_nodes(tc *t);
/* Give back the node arrays of a large table between blocks. */
void coset_table_shrink(tc *t);

/* Enumerate the block of object x.  On success the live nodes are
 * 0..live-1, node 0 is the identity, and t->row holds just the edges:
 * row[n*W+l]. */
yo_status coset_enumerate_block(tc *t, int x);

/* ---- the Coxeter engine (coset_coxeter.c) -------------------------------- */

typedef struct coxeter coxeter;

/* If c is a Coxeter presentation (one object; every generator s has s s = 1;
 * every other equation is (s t)^m = 1 or s t s ... = t s t ..., m letters
 * a side; each pair of generators has one m, and every m is 2, 3, 4 or 6)
 * of a finite group, possibly times cyclic groups (generators g with
 * g^k = 1, k >= 3, and g h = h g for every other generator h), *out = its
 * prepared levels (the caller frees them with coset_coxeter_free), else
 * *out = NULL.  0 on OOM. */
int coset_coxeter_prepare(const category *c, int max_morphisms, coxeter **out);
void coset_coxeter_free(coxeter *x);
/* The group's order, or max_morphisms + 1 (of coset_coxeter_prepare) when
 * it has more elements. */
int64_t coset_coxeter_order(const coxeter *x);
/* Build the group's Cayley graph as the block of object xobj of an empty
 * table (W = the number of generators; the table's node arrays are
 * replaced, without preimage lists): what
 * coset_enumerate_block leaves (live nodes 0..live-1, node 0 the identity,
 * rows only), without Todd-Coxeter. */
yo_status coset_enumerate_coxeter(tc *t, const coxeter *x, int xobj);

int coset_grow_array(tc *t, int **p, int *cap, int need);
/* Fault in the whole pages within bytes [from, to) of the array at p with
 * one madvise(MADV_POPULATE_WRITE) (where the system has it; errors are
 * ignored: it never changes the contents, it only saves page faults). */
void coset_prefault(void *p, size_t from, size_t to);
int coset_alloc_nodes(tc *t, int nc);
int coset_new_node(tc *t, int y);
int coset_compact(tc *t);
int coset_safe_point(tc *t);

static inline int coset_find(tc *t, int a)
{
  int *uf = t->uf;
  while (uf[a] != a) {
    uf[a] = uf[uf[a]];
    a = uf[a];
  }
  return a;
}

/* Merge the classes of a and b; the smaller representative survives (so a
 * node whose edges were defined stays so) into *keep.  Returns the dead
 * representative, or -1 when a and b were one class already. */
static inline int coset_merge(tc *t, int a, int b, int *keep)
{
  a = coset_find(t, a);
  b = coset_find(t, b);
  if (a == b) return -1;
  if (a > b) {
    int s = a;
    a = b;
    b = s;
  }
  t->uf[b] = a;
  t->live--;
  t->epoch++;
  *keep = a;
  return b;
}

static inline size_t coset_at(const tc *t, int n, int l)
{
  return (size_t)n * (size_t)t->W + (size_t)l;
}

static inline int coset_get(const tc *t, int n, int l)
{
  return t->row[coset_at(t, n, l)];
}

static inline void coset_push_deduction(tc *t, int n, int l)
{
  if (!t->deduce) return;
  if (t->dn + 2 > t->dcap && !coset_grow_array(t, &t->ded, &t->dcap, t->dn + 2)) return;
  t->ded[t->dn++] = n;
  t->ded[t->dn++] = l;
}

/* Put node n (whose edge l points to m) on m's preimage list for l. */
static inline void coset_link_preimage(tc *t, int n, int l, int m)
{
  size_t j = coset_at(t, m, l);
  t->nx[coset_at(t, n, l)] = t->fi[j];
  t->fi[j] = n;
}

/* Long powers (power, above): the g-component of a, and joining the
 * g-components of a and b (an edge or a merge between them). */
static inline int coset_pw_find(power *w, int a)
{
  int *par = w->par;
  while (par[a] != a) {
    par[a] = par[par[a]];
    a = par[a];
  }
  return a;
}

static inline void coset_pw_union(power *w, int a, int b)
{
  int ra = coset_pw_find(w, a), rb = coset_pw_find(w, b);
  if (ra == rb) {
    w->cyc[ra] = 1;
    return;
  }
  if (w->sz[ra] < w->sz[rb]) {
    int s = ra;
    ra = rb;
    rb = s;
  }
  w->par[rb] = ra;
  w->sz[ra] += w->sz[rb];
  w->cyc[ra] |= w->cyc[rb];
}

/* ---- the engines ---------------------------------------------------------- */

/* What the Felsch loop calls: relator-based definitions at node t->pos, and
 * the definition of the undefined edge n.l as a new node followed by all its
 * consequences (0 on failure).  Tracing happens only while at most
 * trace_live_max nodes are live (-1: the table's tc.trace_live_max). */
typedef struct coset_engine {
  void (*trace)(tc *t);
  int (*define)(tc *t, int n, int l);
  int trace_live_max;
} coset_engine;

/* The Felsch loop over the nodes from t->pos on (coset_table.c); returns
 * t->fail. */
yo_status coset_felsch(tc *t, const coset_engine *e);

/* On the complete table, scan every relation at every live node
 * (scan_node), identifying ends that differ, until a pass changes nothing
 * (coset_table.c). */
void coset_rescan(tc *t, void (*scan_node)(tc *t, int n));

/* General mode (coset_general.c) and groupoid mode (coset_groupoid.c): one
 * block, the table reset to empty; see coset_enumerate_block. */
yo_status coset_enumerate_general(tc *t, int x);
yo_status coset_enumerate_groupoid(tc *t, int x);
/* Rebuild the long-power components from the edges of nodes 0..nn-1. */
void coset_power_rebuild(tc *t);

#endif
