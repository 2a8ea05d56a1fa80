/* cmd_nat.c — `yoneda nat FILE --from S --to T`: count (and list, and
 * save) the natural transformations S => T; every one is re-checked by the
 * proved kernel 5 and they are compared for distinctness before the count
 * is printed. */
#include <stdlib.h>
#include <string.h>

#include "specs/writer.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/natcount.h"
#include "tools/operand.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_FROM = 'f', KEY_TO = 't', KEY_ENGINE = 'e', KEY_LIST = 'l',
       KEY_OUT = 'o', KEY_LIMIT = CLI_KEY_BASE };

static const cli_option options[] = {
  {"from", KEY_FROM, "S", "the source task: a task name, or hom:X for\nHom(X,-) (Hom(-,X) for presheaves)", .kind = CLI_TEXT},
  {"to", KEY_TO, "T", "the target task (a task name or hom:X)", .kind = CLI_TEXT},
  {"list", KEY_LIST, NULL, "print every transformation, component by\ncomponent", .kind = CLI_FLAG},
  {"out", KEY_OUT, "FILE", "write a spec file with the category, both\ntasks and every transformation as\n<transformation> elements (`check` reads it)", .kind = CLI_TEXT},
  {"limit", KEY_LIMIT, "N", "give up (exit 3) when there are more than N", .kind = CLI_INT,
   .has_default = 1, .def = NAT_DEFAULT_LIMIT, .min = 1, .max = CLI_MAX_COUNT},
  {"engine", KEY_ENGINE, "E", "direct or z3", .kind = CLI_CHOICE, .words = nat_engine_names,
   .has_default = 1, .def = NAT_DIRECT},
  {0}
};

const cli_command cmd_nat = {
  "nat",
  "FILE --from S --to T [--list] [--out FILE.xml] [--limit N]\n"
  "                  [--engine direct|z3] [options]",
  "count the natural transformations between two tasks",
  "Find every natural transformation S => T between two tasks on one\n"
  "category with one variance (S or T may be hom:X, the representable task\n"
  "of object X).  The first line of the output is exactly\n"
  "  N natural transformations\n"
  "Every transformation found is re-checked by the proved kernel 5 (every\n"
  "naturality square of every generator) and they are compared pairwise\n"
  "distinct before anything is printed.  That N is all of them rests on the\n"
  "engine's search being exhaustive (the direct engine and z3 are tested\n"
  "against each other and a brute force); see docs/yoneda.md.  With --list,\n"
  "each transformation follows: its name, then one line per object:\n"
  "  eta1\n"
  "    x: a0->even a1->odd a2->even a3->odd",
  options,
  "  0  counted (N may be 0)\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error (unknown task or object, different categories)\n"
  "  3  more than --limit transformations, timeout, or z3 unknown\n"
  "  4  a transformation rejected by the kernel, or internal error\n",
  run
};

static void list_one(const task *S, const task *T, const int *alpha)
{
  const category *c = task_category(S);
  int off = 0;
  for (int x = 0; x < category_object_count(c); x++) {
    printf("  %s:", category_object_name(c, x));
    for (int e = 0; e < task_set_size(S, x); e++)
      printf(" %s->%s", task_element_name(S, x, e), task_element_name(T, x, alpha[off + e]));
    off += task_set_size(S, x);
    printf("\n");
  }
}

/* Write to the open outfile *po, then commit it (or abort it). */
static int write_out(outfile *po, const operand *a, const operand *b, const nat_result *r)
{
  const char *path = po->path;
  const task *S = a->t, *T = b->t;
  char comment[600];
  snprintf(comment, sizeof comment, "written by yoneda nat: the %ld natural transformations %s => %s",
           nat_result_count(r), a->name, b->name);
  int bad = writer_put_header(po->f, comment) < 0 || writer_put_category(po->f, task_category(S)) < 0 ||
            writer_put_task(po->f, S) < 0 ||
            (strcmp(a->name, b->name) != 0 && writer_put_task(po->f, T) < 0);
  for (long i = 0; i < nat_result_count(r); i++) {
    char name[64];
    snprintf(name, sizeof name, "eta%ld", i + 1);
    if (transformation_write(po->f, name, S, T, nat_result_at(r, i)) < 0) bad = 1;
  }
  if (writer_put_footer(po->f) < 0 || bad) {
    print_error("cannot write %s", path);
    outfile_abort(po);
    return -1;
  }
  return outfile_commit(po);
}

typedef struct nat_args {
  const char *from, *to, *out;
  int list;
  nat_options no;
} nat_args;

static int store(cli_parser *p, int key, void *user)
{
  nat_args *a = user;
  switch (key) {
  case KEY_FROM: a->from = p->optarg; break;
  case KEY_TO: a->to = p->optarg; break;
  case KEY_LIST: a->list = 1; break;
  case KEY_OUT: a->out = p->optarg; break;
  case KEY_LIMIT: a->no.limit = p->number; break;
  case KEY_ENGINE: a->no.engine = (nat_engine)p->choice; break;
  }
  return 0;
}

static int run(int argc, char **argv)
{
  nat_args na;
  memset(&na, 0, sizeof na);
  nat_options_init(&na.no);
  const char *file = NULL;
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_nat, argc, argv, store, &na, &file, &o);
  if (parsed != CLI_END) return parsed;
  const char *from = na.from, *to = na.to, *out = na.out;
  int list = na.list;
  nat_options no = na.no;
  if (!from || !to) return cli_usage_error(&cmd_nat, "both --from and --to are needed");
  no.timeout = o.timeout;
  watchdog_start(o.timeout > 0 ? o.timeout + 1.0 : 0, o.timeout);
  outfile of;   /* opened now: an unwritable path is reported before the work */
  if (outfile_open_optional(&of, out) < 0) return YO_INTERNAL;

  spec *s = NULL;
  yo_status st = load_spec(file, &o, &s);
  if (st != YO_OK) {
    outfile_abort(&of);
    return (int)st;
  }
  operand a, b;
  char err[600];
  st = operand_resolve_pair(s, from, to, o.max_morphisms, &a, &b, err, sizeof err);
  if (st != YO_OK) {
    if (st == YO_USAGE) cli_usage_error(&cmd_nat, "%s", err);
    else print_error("%s", err);
    goto done;
  }
  diag_list *d = diag_list_new(0);
  if (!d) {
    st = YO_INTERNAL;
    goto done;
  }
  nat_result *r = NULL;
  int rejected = 0;
  st = natcount_run(a.t, b.t, &no, o.max_morphisms, &r, &rejected, d);
  if (st == YO_OK) {
    long n = nat_result_count(r);
    printf("%ld natural transformations\n", n);   /* exactly this, even for 1 */
    if (list)
      for (long i = 0; i < n; i++) {
        printf("eta%ld\n", i + 1);
        list_one(a.t, b.t, nat_result_at(r, i));
      }
    if (of.f && write_out(&of, &a, &b, r) < 0) st = YO_INTERNAL;
  } else if (st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else if (rejected) {
    print_kernel_rejection(d, "rejected by the kernel");
  } else {
    print_diags_prefixed(d, "yoneda: error");
  }
  nat_result_free(r);
  diag_list_free(d);
done:
  outfile_abort(&of);
  operand_free(&a);
  operand_free(&b);
  spec_free(s);
  return (int)st;
}
