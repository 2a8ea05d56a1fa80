/* cmd_smt2.c — `yoneda smt2 FILE --task T`: write the representability
 * problem of a task as SMT-LIB 2 (sat iff representable) for independent
 * solvers. */
#include <stdlib.h>
#include <string.h>

#include "solver/smt2.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_TASK = 't', KEY_OUTPUT = 'o', KEY_ENCODING = CLI_KEY_BASE };

/* The words of --encoding: 0 the Yoneda encoding (ENGINE_Z3), 1 the naive one. */
static const char *const ENCODINGS[] = {"yoneda", "naive", NULL};

static const cli_option options[] = {
  {"task", KEY_TASK, "T", "the task (optional when the file has one task)", .kind = CLI_TEXT},
  {"encoding", KEY_ENCODING, "E", "yoneda or naive", .kind = CLI_CHOICE, .words = ENCODINGS,
   .has_default = 1, .def = 0},
  {"output", KEY_OUTPUT, "OUT", "write to OUT instead of stdout (atomically)", .kind = CLI_TEXT},
  {0}
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

typedef struct smt2_args {
  const char *task, *out;
  represent_options ro;
} smt2_args;

static int store(cli_parser *p, int key, void *user)
{
  smt2_args *a = user;
  switch (key) {
  case KEY_TASK: a->task = p->optarg; break;
  case KEY_OUTPUT: a->out = p->optarg; break;
  case KEY_ENCODING: a->ro.engine = p->choice == 0 ? ENGINE_Z3 : ENGINE_NAIVE; break;
  }
  return 0;
}

static int run(int argc, char **argv)
{
  smt2_args a;
  memset(&a, 0, sizeof a);
  represent_options_init(&a.ro);
  a.ro.engine = ENGINE_Z3;
  const char *file = NULL;
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_smt2, argc, argv, store, &a, &file, &o);
  if (parsed != CLI_END) return parsed;
  const char *task_arg = a.task, *out_path = a.out;
  represent_options ro = a.ro;
  ro.max_morphisms = o.max_morphisms;
  ro.timeout = o.timeout;
  outfile out;   /* stdout, or -o OUT (reported now if unwritable) */
  if (outfile_open(&out, out_path) < 0) return YO_INTERNAL;
  watchdog_start(o.timeout, o.timeout);

  spec *s = NULL;
  yo_status st;
  const task *t = load_task(file, &o, task_arg, &cmd_smt2, &s, &st);
  if (!t) {
    outfile_abort(&out);
    return (int)st;
  }
  diag_list *d = diag_list_new(0);
  st = d ? smt2_write_representability(t, &ro, out.f, d) : YO_INTERNAL;
  if (st == YO_OK) {
    print_diags(d, NULL);
    if (outfile_commit(&out) < 0) st = YO_INTERNAL;
  } else {
    outfile_abort(&out);
    print_diags_prefixed(d, st == YO_LIMIT ? "yoneda: limit" : "yoneda: error");
  }
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
