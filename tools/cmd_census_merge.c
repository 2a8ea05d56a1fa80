/* cmd_census_merge.c — `yoneda census-merge FILE...`: add up the outputs of
 * the S shards of one `yoneda census --shard K/S` run and print the result
 * exactly as the unsharded run prints it.  Refuses (exit 1) anything but
 * the S distinct shards of one census: a missing or repeated shard, shards
 * of different runs, or work units that do not add up. */
#include <errno.h>
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
  "Read the outputs of `yoneda census --shard K/S` for K = 1..S (in any\n"
  "order; a file may hold several, one after the other, like the stdout of\n"
  "GNU parallel) and print their sum in the form of an unsharded\n"
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

/* One report read, and where it came from. */
typedef struct item {
  census_report r;
  const char *file;
  long line;
} item;

/* Read every report of every file into *out (n items).  0, or -1 on an
 * error (in d) or out of memory (printed). */
static int read_all(int nfiles, char **files, item **out, int *n, diag_list *d)
{
  int cap = 16, bad = 0;
  item *it = malloc((size_t)cap * sizeof *it);
  *n = 0;
  if (!it) goto oom;
  for (int i = 0; i < nfiles; i++) {
    FILE *f = fopen(files[i], "r");
    if (!f) {
      diag_add(d, DIAG_ERROR, files[i], 0, "cannot read: %s", strerror(errno));
      bad = 1;
      continue;
    }
    long line = 0;
    for (;;) {
      if (*n == cap) {
        cap *= 2;
        item *g = realloc(it, (size_t)cap * sizeof *it);
        if (!g) {
          fclose(f);
          goto oom;
        }
        it = g;
      }
      long start = line + 1;
      int rc = census_report_next(f, files[i], &line, &it[*n].r, d);
      if (rc <= 0) {
        if (rc < 0) bad = 1;
        break;
      }
      it[*n].file = files[i];
      it[*n].line = start;
      (*n)++;
    }
    fclose(f);
  }
  *out = it;
  return bad ? -1 : 0;
oom:
  free(it);
  *out = NULL;
  print_error("out of memory");
  return -2;
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_census_merge, argc, argv) < 0) return YO_INTERNAL;
  int parsed = cli_parse_args(&p, NULL, NULL);
  if (parsed != CLI_END) return parsed;
  int nfiles = cli_arg_count(&p);
  char **files = cli_args(&p);
  cli_parser_done(&p);
  if (nfiles == 0) return cli_usage_error(&cmd_census_merge, "no shard output given");

  diag_list *d = diag_list_new(0);
  if (!d) {
    print_error("out of memory");
    return YO_INTERNAL;
  }
  item *it = NULL;
  int n = 0;
  int rc = read_all(nfiles, files, &it, &n, d);
  if (rc == -2) {
    diag_list_free(d);
    return YO_INTERNAL;
  }
  int bad = rc < 0;
  int S = !bad && n > 0 ? it[0].r.shards : 0;
  item **owner = NULL;
  if (!bad) {
    owner = calloc((size_t)S + 1, sizeof *owner);
    if (!owner) {
      free(it);
      diag_list_free(d);
      print_error("out of memory");
      return YO_INTERNAL;
    }
  }
  for (int i = 0; !bad && i < n; i++) {
    const census_report *r = &it[i].r;
    if (!census_report_same_census(r, &it[0].r) || r->shards != S) {
      diag_add(d, DIAG_ERROR, it[i].file, it[i].line,
               "not a shard of the same census as %s:%ld (morphisms, object bounds, --connected "
               "and the number of shards must agree)",
               it[0].file, it[0].line);
      bad = 1;
    } else if (owner[r->shard]) {
      diag_add(d, DIAG_ERROR, it[i].file, it[i].line, "shard %d/%d appears twice (also in %s:%ld)",
               r->shard, S, owner[r->shard]->file, owner[r->shard]->line);
      bad = 1;
    } else {
      owner[r->shard] = &it[i];
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
    sum = it[0].r;
    sum.shard = sum.shards = 0;
    sum.units = 0;
    sum.count = 0;
    memset(sum.by_objects, 0, sizeof sum.by_objects);
    for (int i = 0; i < n; i++) {
      const census_report *r = &it[i].r;
      if (S > 1 && r->units_total != it[0].r.units_total && !bad) {
        diag_add(d, DIAG_ERROR, it[i].file, it[i].line,
                 "%lld work units in all, but %s:%ld says %lld: not the same split",
                 r->units_total, it[0].file, it[0].line, it[0].r.units_total);
        bad = 1;
      }
      sum.units += r->units;
      sum.count += r->count;
      for (int x = 0; x <= CENSUS_MAX_MORPHISMS; x++) sum.by_objects[x] += r->by_objects[x];
    }
    if (!bad && S > 1 && sum.units != it[0].r.units_total) {
      diag_add(d, DIAG_ERROR, NULL, 0, "the shards explored %lld work units, the run has %lld",
               sum.units, it[0].r.units_total);
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
  free(it);
  diag_list_free(d);
  return bad ? YO_INVALID : YO_OK;
}
