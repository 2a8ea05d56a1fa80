/* cmd_census_merge.c — `yoneda census-merge FILE...`: add up the outputs of
 * the S shards of one `yoneda census --shard K/S` run and print the result
 * exactly as the unsharded run prints it.  Refuses (exit 1) anything but
 * the S distinct shards of one census: a missing or repeated shard, shards
 * of different runs, or work units that do not add up. */
#include <stdlib.h>
#include <string.h>

#include "tools/census_report.h"
#include "tools/commands.h"
#include "tools/print.h"

static int run(int argc, char **argv);

const cli_command cmd_census_merge = {
  "census-merge",
  "FILE... [options]",
  "add up the shard outputs of a sharded census",
  "Read the outputs of `yoneda census --shard K/S` for K = 1..S (one file\n"
  "each, in any order) and print their sum in the form of an unsharded\n"
  "`yoneda census` run, ending with\n"
  "  categories with N morphisms: COUNT\n"
  "Every shard must be present exactly once, all from the same census (same\n"
  "--morphisms, object bounds and --connected), and their work units must add\n"
  "up to the run's total; otherwise nothing is printed and the exit status is 1.\n"
  "See docs/census.md for running the shards with GNU parallel, Slurm or\n"
  "GitHub Actions.",
  NULL,
  "  0  merged\n"
  "  1  a file is unreadable or not a census output, or the shards are\n"
  "     incomplete, repeated or from different runs (errors on stderr)\n"
  "  2  usage error\n",
  run
};

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_census_merge, argc, argv) < 0) return YO_INTERNAL;
  int k;
  while ((k = cli_next(&p)) != CLI_END) {
    if (k == CLI_COMMON) continue;
    cli_parser_done(&p);
    return k == CLI_HELP ? YO_OK : YO_USAGE;
  }
  int nfiles = cli_arg_count(&p);
  char **files = cli_args(&p);
  cli_parser_done(&p);
  if (nfiles == 0) return cli_usage_error(&cmd_census_merge, "no shard output given");

  census_report *r = calloc((size_t)nfiles, sizeof *r);
  diag_list *d = diag_list_new(0);
  if (!r || !d) {
    free(r);
    diag_list_free(d);
    print_error("out of memory");
    return YO_INTERNAL;
  }
  int bad = 0;
  for (int i = 0; i < nfiles; i++)
    if (census_report_read(files[i], &r[i], d) < 0) bad = 1;
  int S = bad ? 0 : r[0].shards;
  const char **owner = NULL;
  if (!bad) {
    owner = calloc((size_t)S + 1, sizeof *owner);
    if (!owner) {
      free(r);
      diag_list_free(d);
      print_error("out of memory");
      return YO_INTERNAL;
    }
  }
  for (int i = 0; !bad && i < nfiles; i++) {
    if (!census_report_same_census(&r[i], &r[0]) || r[i].shards != S) {
      diag_add(d, DIAG_ERROR, files[i], 0,
               "not a shard of the same census as %s (morphisms, object bounds, --connected "
               "and the number of shards must agree)",
               files[0]);
      bad = 1;
    } else if (owner[r[i].shard]) {
      diag_add(d, DIAG_ERROR, files[i], 0, "shard %d/%d appears twice (also in %s)", r[i].shard,
               S, owner[r[i].shard]);
      bad = 1;
    } else {
      owner[r[i].shard] = files[i];
    }
  }
  int missing = 0;
  for (int s = 1; !bad && s <= S; s++)
    if (!owner[s]) {
      if (missing < 10) diag_add(d, DIAG_ERROR, NULL, 0, "shard %d/%d is missing", s, S);
      missing++;
    }
  if (missing > 10) diag_add(d, DIAG_ERROR, NULL, 0, "... %d shards missing in all", missing);
  if (missing) bad = 1;

  census_report sum;
  if (!bad) {
    sum = r[0];
    sum.shard = sum.shards = 0;
    sum.units = 0;
    sum.count = 0;
    memset(sum.by_objects, 0, sizeof sum.by_objects);
    for (int i = 0; i < nfiles; i++) {
      if (S > 1 && r[i].units_total != r[0].units_total && !bad) {
        diag_add(d, DIAG_ERROR, files[i], 0,
                 "%lld work units in all, but %s says %lld: not the same split", r[i].units_total,
                 files[0], r[0].units_total);
        bad = 1;
      }
      sum.units += r[i].units;
      sum.count += r[i].count;
      for (int x = 0; x <= CENSUS_MAX_MORPHISMS; x++) sum.by_objects[x] += r[i].by_objects[x];
    }
    if (!bad && S > 1 && sum.units != r[0].units_total) {
      diag_add(d, DIAG_ERROR, NULL, 0, "the shards explored %lld work units, the run has %lld",
               sum.units, r[0].units_total);
      bad = 1;
    }
  }
  if (bad) {
    for (int i = 0; i < diag_count(d); i++) {
      if (diag_file_at(d, i)) {
        char buf[1024];
        diag_format(d, i, buf, sizeof buf);
        fprintf(stderr, "%s\n", buf);
      } else {
        fprintf(stderr, "yoneda census-merge: %s\n", diag_message_at(d, i));
      }
    }
    fprintf(stderr, "yoneda census-merge: nothing merged\n");
  } else {
    census_report_print(&sum, stdout);
  }
  free(owner);
  free(r);
  diag_list_free(d);
  return bad ? YO_INVALID : YO_OK;
}
