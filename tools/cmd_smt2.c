/* cmd_smt2.c — `yoneda smt2 FILE --task T`: write the representability
 * problem of a task as SMT-LIB 2 (sat iff representable) for independent
 * solvers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "solver/smt2.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_TASK = 't', KEY_OUTPUT = 'o', KEY_ENCODING = CLI_KEY_BASE };

static const cli_option options[] = {
  {"task", KEY_TASK, "T", "the task (optional when the file has one task)"},
  {"encoding", KEY_ENCODING, "E", "yoneda (default) or naive"},
  {"output", KEY_OUTPUT, "OUT", "write to OUT instead of stdout (atomically)"},
  {NULL, 0, NULL, NULL}
};

const cli_command cmd_smt2 = {
  "smt2",
  "FILE [--task T] [--encoding yoneda|naive] [-o OUT] [options]",
  "write a representability problem as SMT-LIB 2",
  "Write the SMT-LIB 2 problem whose satisfiability is equivalent to the\n"
  "representability of task T, for any SMT solver (`z3 OUT`,\n"
  "`cvc4 --lang smt2 OUT`): sat iff T is representable.  Encodings:\n"
  "  yoneda  choose P and u; the components are determined by u (default)\n"
  "  naive   natural-transformation components as functions, with\n"
  "          naturality and bijectivity (small instances only)\n"
  "Contravariant tasks are encoded on the opposite category.",
  options,
  "  0  written\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  limit (instance too big for the encoding) or timeout\n"
  "  4  write error or internal error\n",
  run
};

/* Copy file `path` to stdout. */
static int cat_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f) {
    print_error("cannot read %s: %s", path, strerror(errno));
    return -1;
  }
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    if (fwrite(buf, 1, n, stdout) != n) break;
  int bad = ferror(f) || ferror(stdout);
  fclose(f);
  if (bad) print_error("cannot copy the SMT-LIB problem to stdout");
  return bad ? -1 : 0;
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_smt2, argc, argv) < 0) return YO_INTERNAL;
  const char *task_arg = NULL, *out_path = NULL;
  represent_options ro;
  represent_options_init(&ro);
  ro.engine = ENGINE_Z3;
  int k;
  while ((k = cli_next(&p)) != CLI_END) {
    switch (k) {
    case CLI_COMMON: break;
    case KEY_TASK: task_arg = p.optarg; break;
    case KEY_OUTPUT: out_path = p.optarg; break;
    case KEY_ENCODING:
      if (strcmp(p.optarg, "yoneda") == 0)
        ro.engine = ENGINE_Z3;
      else if (strcmp(p.optarg, "naive") == 0)
        ro.engine = ENGINE_NAIVE;
      else {
        cli_parser_done(&p);
        return cli_usage_error(&cmd_smt2, "unknown encoding '%s' (encodings: yoneda, naive)",
                               p.optarg);
      }
      break;
    default:
      cli_parser_done(&p);
      return k == CLI_HELP ? YO_OK : YO_USAGE;
    }
  }
  const char *file = NULL;
  cli_common o;
  if (cli_finish_one_file(&p, &file, &o) != 0) return YO_USAGE;
  ro.max_morphisms = o.max_morphisms;
  ro.timeout = o.timeout;
  watchdog_start(o.timeout, o.timeout);

  spec *s = NULL;
  yo_status st;
  const task *t = load_task(file, &o, task_arg, &cmd_smt2, &s, &st);
  if (!t) return (int)st;
  diag_list *d = diag_list_new(0);
  int to_stdout = !out_path || strcmp(out_path, "-") == 0;
  char tmp[4096] = "";
  if (to_stdout) {
    const char *dir = getenv("TMPDIR");
    snprintf(tmp, sizeof tmp, "%s/yoneda-smt2.XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(tmp);
    if (fd < 0) {
      print_error("cannot create a temporary file: %s", strerror(errno));
      diag_list_free(d);
      spec_free(s);
      return YO_INTERNAL;
    }
    close(fd);
  }
  st = d ? smt2_write_representability(t, &ro, to_stdout ? tmp : out_path, d) : YO_INTERNAL;
  if (st == YO_OK) {
    print_diags(d, NULL);
    if (to_stdout && cat_file(tmp) < 0) st = YO_INTERNAL;
  } else {
    print_diags_prefixed(d, st == YO_LIMIT ? "yoneda: limit" : "yoneda: error");
  }
  if (to_stdout) unlink(tmp);
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
