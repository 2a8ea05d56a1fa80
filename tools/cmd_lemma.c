/* cmd_lemma.c — `yoneda lemma FILE --task T`: the Yoneda lemma on one task
 * (Theorem 2 of the paper on this instance), every transformation checked
 * by the proved kernel 5; see tools/lemmacheck.h. */
#include <stdio.h>
#include <string.h>

#include "tools/commands.h"
#include "tools/lemmacheck.h"
#include "tools/load.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_TASK = 't' };

static const cli_option options[] = {
  {"task", KEY_TASK, "T", "the task (optional when the file has only one)", .kind = CLI_TEXT},
  {0}
};

const cli_command cmd_lemma = {
  "lemma",
  "FILE [--task T] [options]",
  "the Yoneda lemma on a task, object by object (Theorem 2)",
  "Check the Yoneda lemma on task T: for every object X, evaluation at the\n"
  "identity is a bijection Nat(Hom(X,-),T) -> T(X) (Hom(-,X) for a\n"
  "contravariant task), natural in X.  No search: for u in T(X) the\n"
  "transformation f |-> T(f)(u) is built and checked by the proved kernel 5;\n"
  "at the identity it gives u, so the |T(X)| of them are distinct and\n"
  "evaluation is onto; every morphism out of X is reached from the identity\n"
  "along generators, so naturality leaves no other transformation; and for\n"
  "every generator h: X -> X' the transformation of u composed with Hom(h,-)\n"
  "is the one of T(h)(u).  Output: a first line\n"
  "  Yoneda lemma holds for task T on N objects\n"
  "then a table, one row per object X:\n"
  "  object  |T(X)|  |Nat(Hom(X,-),T)|  |Hom(X,-)|\n"
  "and a line with what the kernel checked.  A failure on valid input is a\n"
  "bug (exit 4).",
  options,
  "  0  the lemma holds on every object\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  too large for the kernel, or the timeout expired\n"
  "  4  a check failed (a bug) or the kernel rejected, or internal error\n",
  run
};

static int run(int argc, char **argv)
{
  const char *task_arg = NULL, *file = NULL;
  cli_arg args[] = {{KEY_TASK, &task_arg}, {0, NULL}};
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_lemma, argc, argv, cli_store_arg, args, &file, &o);
  if (parsed != CLI_END) return parsed;
  watchdog_start(o.timeout, o.timeout);
  spec *s = NULL;
  yo_status st;
  const task *t = load_task(file, &o, task_arg, &cmd_lemma, &s, &st);
  if (!t) return (int)st;
  diag_list *d = diag_list_new(0);
  lemmacheck_report r;
  memset(&r, 0, sizeof r);
  st = d ? lemmacheck_run(t, o.max_morphisms, &r, d) : YO_INTERNAL;
  const category *c = task_category(t);
  int contra = task_variance_of(t) == TASK_CONTRAVARIANT;
  if (st == YO_OK) {
    printf("Yoneda lemma holds for task %s on %d object%s\n", task_name(t), r.nrows,
           r.nrows == 1 ? "" : "s");
    int w = 6;
    for (int i = 0; i < r.nrows; i++) {
      int n = (int)strlen(category_object_name(c, r.rows[i].object));
      if (n > w) w = n;
    }
    printf("%-*s  %-8s  %-20s  %s\n", w, "object", "|T(X)|",
           contra ? "|Nat(Hom(-,X),T)|" : "|Nat(Hom(X,-),T)|", contra ? "|Hom(-,X)|" : "|Hom(X,-)|");
    for (int i = 0; i < r.nrows; i++)
      printf("%-*s  %-8d  %-20ld  %ld\n", w, category_object_name(c, r.rows[i].object),
             r.rows[i].tsize, r.rows[i].nat, r.rows[i].homsize);
    printf("%ld transformation%s checked by kernel 5; evaluation at the identity is a "
           "bijection onto T(X) for every X, natural in X (%ld square%s on %d generator%s)\n",
           r.checked, r.checked == 1 ? "" : "s", r.squares, r.squares == 1 ? "" : "s",
           r.generators, r.generators == 1 ? "" : "s");
  } else if (st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else {
    print_kernel_rejection(d, "yoneda: the Yoneda lemma check failed (a bug)");
  }
  lemmacheck_free(&r);
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
