/* cmd_search.c — `yoneda search FILE --search NAME`: bounded model finding
 * for a conjecture (a <search>): Z3 looks for a smallest category and task
 * within the bounds that satisfy the hypothesis and violate the conclusion
 * (solver/search.h).  A counterexample is printed only after it was written
 * as an ordinary spec, loaded back through the spec loader and every
 * property re-evaluated on what was loaded (solver/property.h). */
#include <stdlib.h>
#include <string.h>

#include "solver/search.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/progress.h"
#include "tools/search_print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_SEARCH = 's', KEY_OUT = 'o', KEY_SHARD = CLI_KEY_BASE };

static const cli_option options[] = {
  {"search", KEY_SEARCH, "NAME", "the <search> to run (optional when the file\nhas only one)", .kind = CLI_TEXT},
  {"out", KEY_OUT, "CE.xml", "write the counterexample as a spec file", .kind = CLI_TEXT},
  {"shard", KEY_SHARD, "K/N", "search only the size classes i (in the order\ntried) with i mod N = K-1", .kind = CLI_SHARD,
   .max = CLI_MAX_SHARDS},
  {0}
};

const cli_command cmd_search = {
  "search",
  "FILE [--search NAME] [--out CE.xml] [--timeout S] [--shard K/N]",
  "find a smallest counterexample to a conjecture (Z3)",
  "Look for a counterexample to the <search> NAME: a category with at most\n"
  "max-objects objects and max-morphisms morphisms (identities included) and a\n"
  "task on it with at most max-elements elements per set that satisfies the\n"
  "hypothesis and violates the conclusion.  Size classes are tried in\n"
  "increasing order of morphisms, then objects, and the elements are\n"
  "minimised, so the counterexample printed is a smallest one.  It is\n"
  "re-checked before printing: written as a spec, loaded back by the spec\n"
  "loader, every property evaluated again without Z3.  The first line is\n"
  "  counterexample to search NAME: N objects, M morphisms, E elements\n"
  "or\n"
  "  no counterexample to search NAME within the bounds\n"
  "With --out the counterexample is written as a spec file (category as a\n"
  "composition table, task T, the search, and a claim that T is a\n"
  "counterexample) that check, represent and claims read.  Progress on\n"
  "stderr when it is a terminal.  --timeout S bounds the whole search.",
  options,
  "  10 a counterexample was found (and re-checked)\n"
  "  20 no counterexample within the bounds (of this shard)\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  unknown: timeout or solver unknown (reason on stderr)\n"
  "  4  internal error (e.g. Z3's model failed the re-check)\n",
  run
};

typedef struct prog_state {
  progress p;
  int done, total;
} prog_state;

static void on_class(void *user, int objects, int morphisms, double elapsed)
{
  prog_state *ps = user;
  char what[128];
  snprintf(what, sizeof what, "%d objects, %d morphisms (%.1f s)", objects, morphisms, elapsed);
  progress_update(&ps->p, ++ps->done, ps->total, what);
}

static const search *pick_search(const spec *s, const char *name, yo_status *st)
{
  if (name) {
    const search *se = spec_find_search(s, name);
    if (!se) {
      *st = cli_usage_error(&cmd_search, "no search named '%s' in %s", name, spec_file(s));
    }
    return se;
  }
  if (spec_search_count(s) == 1) return spec_search(s, 0);
  if (spec_search_count(s) == 0) {
    print_error("%s has no <search>", spec_file(s));
    *st = YO_INVALID;
    return NULL;
  }
  fprintf(stderr, "yoneda search: %s has %d searches; choose one with --search:",
          spec_file(s), spec_search_count(s));
  for (int i = 0; i < spec_search_count(s); i++)
    fprintf(stderr, " %s", search_name(spec_search(s, i)));
  fprintf(stderr, "\n");
  *st = YO_USAGE;
  return NULL;
}

static const char *plural(int k) { return k == 1 ? "" : "s"; }

typedef struct search_args {
  const char *name, *out;
  search_options so;
} search_args;

static int store(cli_parser *p, int key, void *user)
{
  search_args *a = user;
  switch (key) {
  case KEY_SEARCH: a->name = p->optarg; break;
  case KEY_OUT: a->out = p->optarg; break;
  case KEY_SHARD:
    a->so.shard_k = p->shard_k;
    a->so.shard_n = p->shard_n;
    break;
  }
  return 0;
}

static int run(int argc, char **argv)
{
  search_args a;
  memset(&a, 0, sizeof a);
  search_options_init(&a.so);
  const char *file = NULL;
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_search, argc, argv, store, &a, &file, &o);
  if (parsed != CLI_END) return parsed;
  const char *name = a.name, *out_path = a.out;
  search_options so = a.so;
  so.timeout = o.timeout;
  watchdog_start(o.timeout > 0 ? o.timeout + 2.0 : 0, o.timeout);

  spec *s = NULL;
  yo_status st = load_spec(file, &o, &s);
  if (st != YO_OK) return (int)st;
  const search *se = pick_search(s, name, &st);
  if (!se) {
    spec_free(s);
    return (int)st;
  }
  prog_state ps;
  progress_init(&ps.p);
  ps.done = 0;
  ps.total = 0;
  int index = 0;
  for (int m = 1; m <= search_max_morphisms(se); m++)
    for (int n = 1; n <= m && n <= search_max_objects(se); n++, index++)
      if (index % so.shard_n == so.shard_k - 1) ps.total++;
  so.progress = on_class;
  so.progress_user = &ps;
  diag_list *d = diag_list_new(0);
  search_result *r = NULL;
  st = d ? search_run(se, &so, &r, d) : YO_INTERNAL;
  progress_clear(&ps.p);
  int sharded = so.shard_n > 1;
  if (st == YO_YES) {
    const property_model *m = search_result_model(r);
    char *xml = search_counterexample_xml(se, m);
    const char *shown = out_path ? out_path : "(counterexample)";
    if (!xml) {
      print_error("out of memory");
      st = YO_INTERNAL;
    } else if (search_confirm(se, m, xml, shown, d) != YO_OK) {
      print_diags_prefixed(d, "yoneda: error");
      st = YO_INTERNAL;
    } else {
      search_print_counterexample(se, m, search_result_minimal(r), sharded);
      if (sharded) printf("(smallest among the size classes of shard %d/%d)\n", so.shard_k,
                          so.shard_n);
      if (out_path) {
        outfile of;
        if (outfile_open(&of, out_path) < 0) {
          st = YO_INTERNAL;
        } else {
          fputs(xml, of.f);
          if (outfile_commit(&of) < 0) st = YO_INTERNAL;
        }
      }
    }
    free(xml);
  } else if (st == YO_NO) {
    printf("no counterexample to search %s within the bounds: at most %d object%s, %d "
           "morphism%s, %d element%s per set",
           search_name(se), search_max_objects(se), plural(search_max_objects(se)),
           search_max_morphisms(se), plural(search_max_morphisms(se)),
           search_max_elements(se), plural(search_max_elements(se)));
    if (sharded) printf(" (shard %d/%d)", so.shard_k, so.shard_n);
    printf("\n%d size class%s searched\n", search_result_classes(r),
           search_result_classes(r) == 1 ? "" : "es");
  } else if (st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else {
    print_diags_prefixed(d, "yoneda: error");
  }
  search_result_free(r);
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
