/* cmd_hom.c — `yoneda hom FILE --object P`: the representable task
 * Hom(P,−) (or Hom(−,P) with --variance contravariant) of a category, written
 * as a <task> element, or with --out as a complete spec file (the category,
 * the task and a claim that it is representable) that every command reads.
 * The task is kernel-checked (functoriality, kernel 2) before it is
 * written. */
#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "specs/hom.h"
#include "specs/names.h"
#include "specs/writer.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_OBJECT = 'p', KEY_CATEGORY = 'c', KEY_OUT = 'o', KEY_VARIANCE = CLI_KEY_BASE, KEY_NAME };

/* The words of --variance, in the order of hom_args.contra (0, 1). */
static const char *const VARIANCES[] = {"covariant", "contravariant", NULL};

static const cli_option options[] = {
  {"object", KEY_OBJECT, "P", "the representing object (required)", .kind = CLI_TEXT},
  {"category", KEY_CATEGORY, "C", "the category (optional when the file has one)", .kind = CLI_TEXT},
  {"variance", KEY_VARIANCE, "V", "covariant: Hom(P,-);\ncontravariant: Hom(-,P)", .kind = CLI_CHOICE,
   .words = VARIANCES, .has_default = 1, .def = 0},
  {"name", KEY_NAME, "T", "the task's name (default Hom_P, or Hom_to_P\nwhen contravariant)", .kind = CLI_TEXT},
  {"out", KEY_OUT, "OUT", "write a complete spec file (category, task and\na representable claim) to OUT", .kind = CLI_TEXT},
  {0}
};

const cli_command cmd_hom = {
  "hom",
  "FILE --object P [--category C] [--variance V] [--name T] [--out OUT] [options]",
  "write the representable task Hom(P,-) or Hom(-,P)",
  "Write the task Hom(P,-) of category C (its elements at X are the morphisms\n"
  "P -> X, each named by its normal form: generators joined by '.', id_P for\n"
  "the identity) or, with --variance contravariant, Hom(-,P).  Without --out\n"
  "the <task> element goes to stdout, ready to paste next to the category;\n"
  "with --out, OUT is a complete spec file holding the category, the task and\n"
  "a claim that it is representable, which check, represent and claims read.\n"
  "When names would clash within a set, that set's elements are named m0,\n"
  "m1, ...  The task is checked by the proved kernel first.",
  options,
  "  0  written\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error (no such object or category)\n"
  "  3  limit or timeout\n"
  "  4  kernel rejection or write error\n",
  run
};

static int write_hom(FILE *f, const category *c, const task *t, int whole, const char *obj)
{
  if (!whole) return writer_put_task(f, t);
  char comment[256];
  snprintf(comment, sizeof comment, "written by yoneda hom: the task %s on category %s",
           task_name(t), category_name(c));
  int rc = writer_put_header(f, comment);
  if (rc == 0) rc = writer_put_category(f, c);
  if (rc == 0) rc = writer_put_task(f, t);
  if (rc == 0) {
    fputs("  <claim name=\"", f);
    writer_put_escaped(f, task_name(t));
    fputs("-representable\" task=\"", f);
    writer_put_escaped(f, task_name(t));
    fputs("\" expect=\"representable\"/>\n", f);
    (void)obj;
    rc = writer_put_footer(f);
  }
  return rc;
}

typedef struct hom_args {
  const char *category, *object, *out, *name;
  int contra;
} hom_args;

static int store(cli_parser *p, int key, void *user)
{
  hom_args *a = user;
  switch (key) {
  case KEY_CATEGORY: a->category = p->optarg; break;
  case KEY_OBJECT: a->object = p->optarg; break;
  case KEY_OUT: a->out = p->optarg; break;
  case KEY_NAME: a->name = p->optarg; break;
  case KEY_VARIANCE: a->contra = p->choice; break;   /* VARIANCES: 0 co-, 1 contra- */
  }
  return 0;
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_hom, argc, argv) < 0) return YO_INTERNAL;
  hom_args a;
  memset(&a, 0, sizeof a);
  int parsed = cli_parse_args(&p, store, &a);
  if (parsed != CLI_END) return parsed;
  const char *cat_arg = a.category, *obj_arg = a.object, *out_path = a.out, *name_arg = a.name;
  int contra = a.contra;
  if (!obj_arg) {
    cli_parser_done(&p);
    return cli_usage_error(&cmd_hom, "--object P is required");
  }
  if (name_arg && !names_valid(name_arg)) {
    cli_parser_done(&p);
    return cli_usage_error(&cmd_hom, "invalid task name '%s' (names match [A-Za-z_][A-Za-z0-9_.'-]*)",
                           name_arg);
  }
  const char *file = NULL;
  cli_common o;
  if (cli_finish_one_file(&p, &file, &o) != 0) return YO_USAGE;
  watchdog_start(o.timeout, o.timeout);
  outfile out;   /* opened now: an unwritable path is reported before the work */
  if (outfile_open(&out, out_path) < 0) return YO_INTERNAL;
  int written = 0;

  spec *s = NULL;
  yo_status st;
  const category *c = load_category(file, &o, cat_arg, &cmd_hom, &s, &st);
  int obj = c ? category_find_object(c, obj_arg) : -1;
  if (c && obj < 0) {
    st = (yo_status)cli_usage_error(&cmd_hom, "category %s has no object '%s'", category_name(c),
                                    obj_arg);
    c = NULL;
  }
  if (c) {
    char name[512];
    if (name_arg)
      snprintf(name, sizeof name, "%s", name_arg);
    else
      snprintf(name, sizeof name, contra ? "Hom_to_%s" : "Hom_%s", obj_arg);
    diag_list *d = diag_list_new(0);
    category *owned = NULL;
    const category *work = NULL;
    task *t = NULL;
    task_variance v = contra ? TASK_CONTRAVARIANT : TASK_COVARIANT;
    char user[600];
    snprintf(user, sizeof user, "task '%s'", name);
    if (d && (st = task_work_on(c, v, o.max_morphisms, user, &work, &owned, d)) != YO_OK) {
      print_diags_prefixed(d, "yoneda");
    } else if (!d || !(t = hom_task_new(c, work, v, obj, name))) {
      print_error("out of memory");
      st = YO_INTERNAL;
    } else if (check_task(t, work, d) != YO_OK) {
      print_kernel_rejection(d, "yoneda: rejected by the kernel");
      st = YO_INTERNAL;
    } else if (write_hom(out.f, c, t, out_path != NULL, obj_arg) != 0) {
      print_error("cannot write %s", out_path ? out_path : "stdout");
      st = YO_INTERNAL;
    } else {
      st = outfile_commit(&out) == 0 ? YO_OK : YO_INTERNAL;
      written = 1;
    }
    category_free(owned);
    diag_list_free(d);
    task_free(t);
  }
  if (!written) outfile_abort(&out);
  spec_free(s);
  return (int)st;
}
