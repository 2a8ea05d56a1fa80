/* census_report.h — the text a `yoneda census` run prints, as data: which
 * census (morphisms, object bounds, connected only), which shard, and the
 * counts by number of objects.  `census` prints one; `census-merge` reads
 * the shards' back, checks they are the S distinct shards of one census,
 * and prints their sum in exactly the form an unsharded run prints.
 *
 *   census: N morphisms, any number of objects|exactly K objects|at most K objects[, connected only]
 *   shard: K/S, work units U of T                (sharded runs only)
 *   objects k: COUNT                             (k = lowest..highest)
 *   categories with N morphisms: COUNT           (" in shard K/S" when sharded)
 *
 * Ownership: plain caller-owned values; nothing is retained.
 */
#ifndef YONEDA_CENSUS_REPORT_H
#define YONEDA_CENSUS_REPORT_H

#include <stdio.h>

#include "solver/census.h"
#include "specs/diag.h"

typedef struct census_report {
  int morphisms;
  int objects_exact;     /* K: exactly K objects (0: not this bound) */
  int objects_max;       /* K: at most K objects (0: not this bound) */
  int connected_only;
  int shard, shards;     /* shard K of S; shards == 0: the whole census */
  long long units, units_total;
  long long by_objects[CENSUS_MAX_MORPHISMS + 1];
  long long count;
} census_report;

/* The report of a finished run with options o and statistics st. */
void census_report_from_stats(census_report *r, const census_options *o,
                              const census_stats *st);

void census_report_print(const census_report *r, FILE *f);

/* Read the next report printed by census_report_print from f (the file
 * `path`, of which *line_no lines are read; updated).  A file may hold
 * several reports one after the other (e.g. the stdout of GNU parallel
 * running several shards), blank lines between them are skipped.  1 when a
 * report was read, 0 at the end of the file (after at least one line),
 * -1 with "PATH:LINE: error: ..." diagnostics added to d.  An unsharded
 * report reads as shard 1/1. */
int census_report_next(FILE *f, const char *path, long *line_no, census_report *r,
                       diag_list *d);

/* Whether a and b are reports of the same census (all but shard and counts). */
int census_report_same_census(const census_report *a, const census_report *b);

#endif
