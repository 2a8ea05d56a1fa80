/* cmd_census.c — `yoneda census --morphisms N`: every category with exactly
 * N morphisms up to isomorphism (solver/census.h), counted by number of
 * objects, optionally written as spec files, optionally one shard of a run
 * spread over machines (summed by `yoneda census-merge`, cmd_census_merge.c).
 *
 * The stdout format is read back by census-merge (tools/census_report.h):
 *   census: N morphisms, any number of objects[, connected only]
 *   shard: K/S, work units U of T           (only with --shard)
 *   objects k: COUNT                        (one line per k in range)
 *   categories with N morphisms: COUNT      (" in shard K/S" with --shard)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "solver/census.h"
#include "specs/clock.h"
#include "tools/census_check.h"
#include "tools/census_report.h"
#include "tools/census_xml.h"
#include "tools/commands.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/progress.h"

static int run(int argc, char **argv);

enum {
  KEY_MORPHISMS = CLI_KEY_BASE,
  KEY_OBJECTS,
  KEY_MAX_OBJECTS,
  KEY_CONNECTED,
  KEY_OUT,
  KEY_SHARD,
  KEY_EULER,
  KEY_STATS,
  KEY_CHECK,   /* --check FILE --search NAME (issue 9, tools/census_check.c) */
  KEY_SEARCH
};

static const cli_option options[] = {
  {"morphisms", KEY_MORPHISMS, "N", "categories with exactly N morphisms, identities\nincluded (1..16; N = 8 takes about 12 s of\nCPU, N = 9 hours: shard it)", .kind = CLI_INT,
   .min = 1, .max = CENSUS_MAX_MORPHISMS},
  {"objects", KEY_OBJECTS, "K", "only those with exactly K objects", .kind = CLI_INT, .min = 1,
   .max = CENSUS_MAX_MORPHISMS},
  {"max-objects", KEY_MAX_OBJECTS, "K", "only those with at most K objects", .kind = CLI_INT,
   .min = 1, .max = CENSUS_MAX_MORPHISMS},
  {"connected", KEY_CONNECTED, NULL, "only connected categories", .kind = CLI_FLAG},
  {"out", KEY_OUT, "DIR", "write every member as a spec file DIR/NAME.xml\n(a composition table: `yoneda check` reads it)", .kind = CLI_TEXT},
  {"shard", KEY_SHARD, "K/S", "enumerate shard K of S only (1 <= K <= S); the\nshards of a run partition it: sum them with\n`yoneda census-merge`", .kind = CLI_SHARD,
   .max = CLI_MAX_COUNT},
  {"euler", KEY_EULER, NULL, "count the connected categories with 1..N\nmorphisms and get the total by the Euler\ntransform (a cross-check; counts only)", .kind = CLI_FLAG},
  {"stats", KEY_STATS, NULL, "print search nodes, work units and CPU time\non stderr", .kind = CLI_FLAG},
  {"check", KEY_CHECK, "FILE", "decide the <search> of FILE on the census instead\nof counting: every member, every task within the\nsearch's bounds (docs/search.md); --morphisms\noptional (default: 1..max-morphisms)", .kind = CLI_TEXT},
  {"search", KEY_SEARCH, "NAME", "the <search> of --check (optional when FILE has\nonly one)", .kind = CLI_TEXT},
  {0}
};

const cli_command cmd_census = {
  "census",
  "--morphisms N [--objects K | --max-objects K] [--connected] [--out DIR]\n"
  "       [--shard K/S] [--euler] [--stats] [--check FILE [--search NAME]]\n"
  "       [options]",
  "enumerate every category with N morphisms up to isomorphism",
  "Enumerate every finite category with exactly N morphisms (identities\n"
  "included), one per isomorphism class, by an exhaustive search over\n"
  "composition tables (no SMT; see docs/census.md).  Print how many there are\n"
  "with each number of objects, then the line\n"
  "  categories with N morphisms: COUNT\n"
  "The counts are OEIS A125696: 1, 3, 11, 55, 329, 2858, 36440, 1723286 for\n"
  "N = 1..8.  With --shard K/S only the K-th of S disjoint parts is\n"
  "enumerated (the split is fixed by N and the object options), so S shards\n"
  "can run on S machines; `yoneda census-merge` adds their outputs up.\n"
  "Progress goes to stderr when it is a terminal.",
  options,
  "  0  enumerated\n"
  "  10 --check: a counterexample to the search\n"
  "  20 --check: no counterexample within the bounds\n"
  "  1  --check: invalid spec file\n"
  "  2  usage error\n"
  "  3  the timeout expired (nothing is printed on stdout)\n"
  "  4  a member could not be written, or internal error\n",
  run
};

typedef struct sink {
  const char *out_dir;
  int n, shard, shards;
  int write_failed;
  progress pg;
  double last_shown;
} sink;

static int visit(const census_category *c, void *arg)
{
  sink *s = arg;
  /* `census --check FILE --search NAME` (issue 9, the search's properties
   * evaluated on every member) plugs in here. */
  if (s->out_dir) {
    char base[64], name[64], comment[160], *path;
    if (s->shards > 1) {
      snprintf(base, sizeof base, "N%d-shard%dof%d-%06lld", s->n, s->shard, s->shards,
               c->index + 1);
      snprintf(name, sizeof name, "C%d_s%d_%lld", s->n, s->shard, c->index + 1);
      snprintf(comment, sizeof comment,
               "yoneda census: member %lld of shard %d/%d of the categories with %d morphisms",
               c->index + 1, s->shard, s->shards, s->n);
    } else {
      snprintf(base, sizeof base, "N%d-%06lld", s->n, c->index + 1);
      snprintf(name, sizeof name, "C%d_%lld", s->n, c->index + 1);
      snprintf(comment, sizeof comment,
               "yoneda census: member %lld of the categories with %d morphisms", c->index + 1,
               s->n);
    }
    size_t len = strlen(s->out_dir) + strlen(base) + 8;
    path = malloc(len);
    if (!path) {
      print_error("out of memory");
      s->write_failed = 1;
      return 1;
    }
    snprintf(path, len, "%s/%s.xml", s->out_dir, base);
    outfile o;
    if (outfile_open(&o, path) < 0) {
      free(path);
      s->write_failed = 1;
      return 1;
    }
    census_xml_write_document(o.f, c, name, comment);
    int rc = outfile_commit(&o);
    free(path);
    if (rc < 0) {
      s->write_failed = 1;
      return 1;
    }
  }
  return 0;
}

static void show_progress(const census_progress *p, void *arg)
{
  sink *s = arg;
  double now = clock_seconds();
  if (now - s->last_shown < 0.2) return;   /* a few updates a second */
  s->last_shown = now;
  char what[96];
  snprintf(what, sizeof what, "shape with %d object%s: %lld categories so far", p->objects,
           p->objects == 1 ? "" : "s", p->found);
  progress_update(&s->pg, p->shape, p->shapes, what);
}

static void print_stats(const census_stats *st)
{
  fprintf(stderr,
          "census: %lld search nodes, %lld of %lld work units, %.3f s CPU\n",
          st->nodes, st->units, st->units_total, st->seconds);
}

/* --euler: connected counts for 1..N and their Euler transform. */
static int run_euler(const census_options *base, int stats)
{
  long long conn[CENSUS_MAX_MORPHISMS + 1] = {0}, all[CENSUS_MAX_MORPHISMS + 1];
  census_stats total = {0};
  for (int m = 1; m <= base->morphisms; m++) {
    census_options o = *base;
    o.morphisms = m;
    o.connected_only = 1;
    census_stats st;
    diag_list *d = diag_list_new(0);
    yo_status s = census_run(&o, NULL, NULL, &st, d);
    if (s != YO_OK) {
      print_diags_prefixed(d, "yoneda census");
      diag_list_free(d);
      return (int)s;
    }
    diag_list_free(d);
    conn[m] = st.count;
    total.nodes += st.nodes;
    total.units += st.units;
    total.units_total += st.units_total;
    total.seconds += st.seconds;
  }
  if (census_euler_transform(conn, all, base->morphisms) < 0) {
    print_error("census: the Euler transform overflows 64 bits");
    return YO_INTERNAL;
  }
  printf("census: %d morphisms, any number of objects, by the Euler transform\n",
         base->morphisms);
  for (int m = 1; m <= base->morphisms; m++)
    printf("connected categories with %d morphisms: %lld\n", m, conn[m]);
  printf("categories with %d morphisms: %lld\n", base->morphisms, all[base->morphisms]);
  if (stats) print_stats(&total);
  return YO_OK;
}

typedef struct census_args {
  census_options o;
  int objects, max_objects, euler, stats;
  const char *out_dir;
  const char *check_file, *check_search;   /* issue 9 */
} census_args;

static int store(cli_parser *p, int key, void *user)
{
  census_args *a = user;
  switch (key) {
  case KEY_MORPHISMS: a->o.morphisms = (int)p->number; break;
  case KEY_OBJECTS: a->objects = (int)p->number; break;
  case KEY_MAX_OBJECTS: a->max_objects = (int)p->number; break;
  case KEY_CONNECTED: a->o.connected_only = 1; break;
  case KEY_OUT: a->out_dir = p->optarg; break;
  case KEY_SHARD:
    a->o.shard_index = p->shard_k;
    a->o.shard_count = p->shard_n;
    break;
  case KEY_EULER: a->euler = 1; break;
  case KEY_STATS: a->stats = 1; break;
  case KEY_CHECK: a->check_file = p->optarg; break;
  case KEY_SEARCH: a->check_search = p->optarg; break;
  }
  return 0;
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_census, argc, argv) < 0) return YO_INTERNAL;
  census_args a;
  memset(&a, 0, sizeof a);
  census_options_init(&a.o);
  a.o.morphisms = 0;
  int parsed = cli_parse_args(&p, store, &a);
  if (parsed != CLI_END) return parsed;
  census_options o = a.o;
  int objects = a.objects, max_objects = a.max_objects, euler = a.euler, stats = a.stats;
  const char *out_dir = a.out_dir, *check_file = a.check_file, *check_search = a.check_search;
  int nargs = cli_arg_count(&p);
  o.timeout = p.common.timeout;
  cli_common common = p.common;
  cli_parser_done(&p);
  if (nargs > 0) return cli_usage_error(&cmd_census, "census takes no file arguments");
  if (check_search && !check_file) return cli_usage_error(&cmd_census, "--search needs --check FILE");
  if (check_file) {   /* issue 9: a search decided on the census */
    if (objects || o.connected_only || out_dir || euler)
      return cli_usage_error(&cmd_census,
                             "--check takes only --morphisms, --max-objects and --shard");
    return census_check_run(&cmd_census, check_file, check_search, o.morphisms, max_objects,
                            o.shard_count ? o.shard_index : 1, o.shard_count ? o.shard_count : 1,
                            &common);
  }
  if (o.morphisms == 0) return cli_usage_error(&cmd_census, "--morphisms N is required");
  if (objects && max_objects)
    return cli_usage_error(&cmd_census, "--objects and --max-objects exclude each other");
  if (euler && (objects || max_objects || o.connected_only || out_dir || o.shard_count))
    return cli_usage_error(&cmd_census,
                           "--euler counts the whole census: no --objects, --max-objects,\n"
                           "--connected, --out or --shard with it");
  o.min_objects = objects;
  o.max_objects = objects ? objects : max_objects;
  if (euler) return run_euler(&o, stats);
  if (out_dir && outfile_mkdirs(out_dir) < 0) return YO_INTERNAL;

  sink s = {out_dir, o.morphisms, o.shard_index, o.shard_count, 0, {0, 0, 0}, 0};
  progress_init(&s.pg);
  o.progress = show_progress;
  o.progress_arg = &s;
  census_stats st;
  diag_list *d = diag_list_new(0);
  yo_status rc = census_run(&o, visit, &s, &st, d);
  progress_clear(&s.pg);
  if (s.write_failed) {
    diag_list_free(d);
    return YO_INTERNAL;
  }
  if (rc == YO_LIMIT) {
    fprintf(stderr, "yoneda census: timeout after %g s: %lld categories so far (incomplete)\n",
            o.timeout, st.count);
    if (stats) print_stats(&st);
    diag_list_free(d);
    return YO_LIMIT;
  }
  if (rc != YO_OK) {
    print_diags_prefixed(d, "yoneda census");
    diag_list_free(d);
    return (int)rc;
  }
  diag_list_free(d);

  census_report r;
  census_report_from_stats(&r, &o, &st);
  census_report_print(&r, stdout);
  if (stats) print_stats(&st);
  return YO_OK;
}
