/* census.h — the census of small categories: every finite category with
 * exactly N morphisms (identities included), exactly one per isomorphism
 * class, handed one at a time to a caller's visitor.
 *
 * The enumerator is exhaustive and dedicated (no SMT): for each "shape"
 * (number of objects and the matrix of hom-set sizes, up to renaming the
 * objects) it backtracks over the composition table of the non-identity
 * morphisms, checking associativity as soon as the products involved are
 * fixed, and keeps only tables that are lexicographically least among all
 * their relabellings (orderly generation: the test runs on partial tables
 * too, so non-canonical branches are cut early).  Counts agree with OEIS
 * A125696 (1, 3, 11, 55, 329, 2858, 36440, 1723286 for N = 1..8); see
 * docs/census.md for the algorithm and measured times.
 *
 * Sharding: the search tree is cut into "work units" (subtrees whose root
 * table is decided enough, see census.c), numbered in enumeration order;
 * shard K of S (1 <= K <= S) walks the tree above the units and explores
 * the units whose number is congruent to K-1 modulo S.  The split depends only
 * on the options other than the shard, so the shards of one run partition
 * the census and their counts add up.
 *
 * The numbering of a member handed to the visitor: objects 0..objects-1,
 * morphisms 0..morphisms-1, the identity of object x is morphism x
 * (id[x] == x), the non-identity morphisms follow sorted by (source,
 * target).  Every member is the least table of its class, so the visited
 * categories (and their order) are the same on every run.
 *
 * Ownership: the census_category passed to the visitor and all its arrays
 * belong to the enumerator and are valid only during that call (copy what
 * you keep).  Options, stats and diagnostics are caller-owned.
 */
#ifndef YONEDA_CENSUS_H
#define YONEDA_CENSUS_H

#include "specs/diag.h"

/* Largest N the enumerator accepts (the census is hopeless far before). */
#define CENSUS_MAX_MORPHISMS 16

/* One member of the census. */
typedef struct census_category {
  int objects;        /* objects 0..objects-1 */
  int morphisms;      /* morphisms 0..morphisms-1 (identities included) */
  const int *src;     /* [morphisms] source object of each morphism */
  const int *dst;     /* [morphisms] target object */
  const int *id;      /* [objects] identity morphism of each object (id[x] == x) */
  const int *comp;    /* [morphisms * morphisms] comp[f*morphisms + g] = g∘f
                         ("f then g") when dst[f] == src[g], else -1 */
  int connected;      /* 1 when the underlying graph is connected */
  long long index;    /* 0-based rank of this member among those visited by
                         this run (this shard, when sharded) */
} census_category;

/* Called once per member; a nonzero return stops the enumeration (see
 * census_run). */
typedef int (*census_visitor)(const census_category *c, void *arg);

/* Progress report, passed to census_options.progress now and then (about
 * every 4096 search nodes): never printed by the library. */
typedef struct census_progress {
  long long found;        /* members found so far */
  long long units_done;   /* work units of this shard finished */
  long long units_seen;   /* work units met so far (all shards) */
  int objects;            /* shape being enumerated: objects */
  int shape;              /* 1-based number of that shape */
  int shapes;             /* shapes of this run (known after the start) */
} census_progress;

typedef struct census_options {
  int morphisms;          /* N >= 1, at most CENSUS_MAX_MORPHISMS */
  int min_objects;        /* only categories with >= min_objects objects (0: no bound) */
  int max_objects;        /* only categories with <= max_objects objects (0: no bound) */
  int connected_only;     /* only connected categories */
  int shard_index;        /* shard K of shard_count, 1 <= K <= shard_count; */
  int shard_count;        /*   shard_count 0 or 1: the whole census */
  double timeout;         /* wall-clock seconds; <= 0: none (YO_LIMIT when reached) */
  const volatile int *stop; /* non-NULL: stop (YO_LIMIT) once *stop != 0 */
  void (*progress)(const census_progress *p, void *arg); /* may be NULL */
  void *progress_arg;
} census_options;

typedef struct census_stats {
  long long count;        /* members visited */
  long long connected;    /* of which connected */
  long long by_objects[CENSUS_MAX_MORPHISMS + 1]; /* members by number of objects */
  long long nodes;        /* search nodes (partial tables) explored */
  long long units;        /* work units explored by this shard */
  long long units_total;  /* work units of the whole census (all shards) */
  int stopped;            /* 1 when the visitor's nonzero return ended the run */
  double seconds;         /* CPU seconds used by census_run */
} census_stats;

/* Defaults: morphisms 1, no object bounds, all categories, unsharded, no
 * timeout, no stop flag, no progress. */
void census_options_init(census_options *o);

/* Enumerate the census described by o, calling v(c, arg) on every member
 * (v may be NULL: count only).  Returns YO_OK when the enumeration finished
 * or the visitor stopped it (out->stopped = 1); YO_LIMIT on timeout or stop
 * flag (out holds the partial counts); YO_USAGE for options out of range
 * and YO_INTERNAL on out-of-memory, with the reason in d.  out may be NULL. */
yo_status census_run(const census_options *o, census_visitor v, void *arg,
                     census_stats *out, diag_list *d);

/* The number of all categories with n morphisms for n = 1..max from the
 * numbers of connected ones (Euler transform: a category is a multiset of
 * connected ones).  connected[n] and all[n] for n = 0..max (connected[0]
 * is ignored, all[0] = 1).  Returns 0, or -1 on overflow of 64 bits. */
int census_euler_transform(const long long *connected, long long *all, int max);

#endif
