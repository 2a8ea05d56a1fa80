/* cmd_kan.c — `yoneda delta` and `yoneda sigma`: move a task along a
 * functor F: C -> D (restriction T o F, and the left Kan extension by the
 * colimit formula; specs/kan.h).  F is checked by kernel 6 and the new task
 * by kernel 2 before it is printed or written; --out writes a complete spec
 * (the category the new task lives on, and the task). */
#include <stdio.h>
#include <string.h>

#include "proofs/check.h"
#include "specs/kan.h"
#include "specs/writer.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run_delta(int argc, char **argv);
static int run_sigma(int argc, char **argv);

enum { KEY_FUNCTOR = 'F', KEY_TASK = 't', KEY_OUT = 'o', KEY_NAME = CLI_KEY_BASE };

static const cli_option options[] = {
  {"functor", KEY_FUNCTOR, "F", "the functor (optional when the file has only one)", .kind = CLI_TEXT},
  {"task", KEY_TASK, "T", "the task to move (optional when the file has\nonly one)", .kind = CLI_TEXT},
  {"out", KEY_OUT, "NEW.xml", "write a complete spec: the category of the new\ntask, and the task", .kind = CLI_TEXT},
  {"name", KEY_NAME, "N", "name of the new task (default Delta_F_T /\nSigma_F_T)", .kind = CLI_TEXT},
  {0}
};

#define EXITS \
  "  0  the task was computed (printed, or written with --out)\n" \
  "  1  invalid input (FILE:LINE errors on stderr)\n" \
  "  2  usage error (no such functor or task, task on the wrong category)\n" \
  "  3  too large (limit), or the timeout expired\n" \
  "  4  the kernel rejected the functor or the new task, or internal error\n"

const cli_command cmd_delta = {
  "delta",
  "FILE [--functor F] [--task T] [--out NEW.xml] [--name N] [options]",
  "restrict a task along a functor: T o F (data migration)",
  "For a functor F: C -> D and a task T on D, compute the task T o F on C\n"
  "(Delta_F T: the set at x is T(F x), a generator g acts by T(F g)), with\n"
  "T's variance.  F is re-checked by kernel 6 and the new task by kernel 2.\n"
  "Without --out the new <task> element is printed; with --out NEW.xml a\n"
  "complete spec (category C and the task) is written, which `check`,\n"
  "`represent` and every other command read.",
  options, EXITS, run_delta
};

const cli_command cmd_sigma = {
  "sigma",
  "FILE [--functor F] [--task T] [--out NEW.xml] [--name N] [options]",
  "extend a task along a functor: the left Kan extension Sigma_F T",
  "For a functor F: C -> D and a task T on C, compute the left Kan\n"
  "extension Sigma_F T, a task on D, by the colimit formula: the set at d\n"
  "is the triples (c, t in T(c), h: F c -> d) modulo (c, t, F(f);h) ~\n"
  "(c', T(f)(t), h) for every generator f: c -> c' of C; a generator k of D\n"
  "acts by h |-> h;k.  (For a contravariant T, in the opposite categories.)\n"
  "An element is named after its least triple, \"c.t\" or \"c.t.h\" (h's\n"
  "path with dots).  F is re-checked by kernel 6 and the new task by\n"
  "kernel 2.  Without --out the new <task> element is printed; with --out\n"
  "NEW.xml a complete spec (category D and the task) is written.",
  options, EXITS, run_sigma
};

static int run(const cli_command *cmd, int sigma, int argc, char **argv)
{
  const char *fname = NULL, *tname = NULL, *out = NULL, *newname = NULL, *file = NULL;
  cli_arg args[] = {{KEY_FUNCTOR, &fname}, {KEY_TASK, &tname}, {KEY_OUT, &out},
                    {KEY_NAME, &newname}, {0, NULL}};
  cli_common o;
  int parsed = cli_parse_one_file(cmd, argc, argv, cli_store_arg, args, &file, &o);
  if (parsed != CLI_END) return parsed;
  watchdog_start(o.timeout, o.timeout);
  outfile of;   /* opened now: an unwritable path is reported before the work */
  if (outfile_open_optional(&of, out) < 0) return YO_INTERNAL;
  const functor *F = NULL;
  const task *T = NULL;
  task *R = NULL;
  diag_list *d = NULL;
  category *owned = NULL;
  spec *s = NULL;
  yo_status st;
  F = load_functor(file, &o, fname, cmd, &s, &st);
  if (!F) goto done;
  T = load_pick_task(s, tname, cmd, &st);
  if (!T) goto done;
  const category *want = sigma ? functor_source(F) : functor_target(F);
  if (task_category(T) != want) {
    st = (yo_status)cli_usage_error(cmd, "task %s is on category %s, but %s needs a task on "
                                    "%s, the %s of functor %s", task_name(T),
                                    category_name(task_category(T)), cmd->name,
                                    category_name(want), sigma ? "source" : "target",
                                    functor_name(F));
    goto done;
  }
  d = diag_list_new(0);
  if (!d) {
    st = YO_INTERNAL;
    goto done;
  }
  st = check_functor(F, d);   /* kernel 6 (and kernel 1 on both categories) */
  if (st != YO_OK) {
    if (st == YO_LIMIT) print_diags_prefixed(d, "yoneda: no answer");
    else print_kernel_rejection(d, "rejected by the kernel");
    goto done;
  }
  char defname[600];
  snprintf(defname, sizeof defname, "%s_%s_%s", sigma ? "Sigma" : "Delta", functor_name(F),
           task_name(T));
  const char *name = newname ? newname : defname;
  if (sigma) {
    const category *D = functor_target(F);
    const category *workD = NULL;
    char user[600];
    snprintf(user, sizeof user, "task '%s'", task_name(T));
    st = task_work_on(D, task_variance_of(T), o.max_morphisms, user, &workD, &owned, d);
    if (st != YO_OK) {
      print_diags_prefixed(d, "yoneda");
      goto done;
    }
    int too_big = 0;
    R = kan_sigma(F, T, workD, name, 50L * 1000 * 1000, &too_big);
    if (!R) {
      st = too_big ? YO_LIMIT : YO_INTERNAL;
      print_error(too_big ? "the colimit formula needs more than 50,000,000 triples (c, t, h)"
                          : "out of memory");
      goto done;
    }
  } else {
    R = kan_delta(F, T, name);
    if (!R) {
      st = YO_INTERNAL;
      print_error("out of memory");
      goto done;
    }
  }
  /* kernel 2 on the new task */
  category *rowned = NULL;
  const category *rwork = NULL;
  st = task_work_category(R, o.max_morphisms, &rwork, &rowned, d);
  if (st == YO_OK) st = check_task(R, rwork, d);
  category_free(rowned);
  if (st != YO_OK) {
    if (st == YO_LIMIT) print_diags_prefixed(d, "yoneda: no answer");
    else print_kernel_rejection(d, "rejected by the kernel");
    goto done;
  }
  if (out) {
    char comment[800];
    snprintf(comment, sizeof comment, "written by yoneda %s: %s of task %s along functor %s",
             cmd->name, sigma ? "the left Kan extension" : "the restriction", task_name(T),
             functor_name(F));
    if (writer_put_header(of.f, comment) < 0 || writer_put_category(of.f, task_category(R)) < 0 ||
        writer_put_task(of.f, R) < 0 || writer_put_footer(of.f) < 0) {
      print_error("cannot write %s", out);
      st = YO_INTERNAL;
    } else if (outfile_commit(&of) < 0) {
      st = YO_INTERNAL;
    }
  } else {
    writer_put_task(stdout, R);
  }
done:
  outfile_abort(&of);
  task_free(R);
  category_free(owned);
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}

static int run_delta(int argc, char **argv) { return run(&cmd_delta, 0, argc, argv); }
static int run_sigma(int argc, char **argv) { return run(&cmd_sigma, 1, argc, argv); }
