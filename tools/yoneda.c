/* yoneda.c — main: dispatches `yoneda COMMAND ...` to the command tables of
 * tools/commands.h and handles the global --help and --version. */
#include <stdio.h>
#include <string.h>

#include "tools/commands.h"
#include "tools/hugepages.h"
#include "tools/outfile.h"
#include "tools/progress.h"
#include "tools/report.h"
#include "tools/sigbus.h"

static const cli_command *const commands[] = {
  &cmd_check, &cmd_represent, &cmd_verify, &cmd_claims, &cmd_hom, &cmd_dot, &cmd_smt2,
  &cmd_nat, &cmd_lemma, &cmd_functor, &cmd_delta, &cmd_sigma,
  &cmd_search, &cmd_census, &cmd_census_merge, NULL
};

static void print_global_help(FILE *f)
{
  fprintf(f,
          "Usage: yoneda COMMAND [options] FILE...\n"
          "       yoneda --help | --version | help COMMAND\n"
          "\n"
          "yoneda decides questions about finite categories, functors and tasks\n"
          "(functors to finite sets) written as XML specs (spec v1).  Every answer\n"
          "comes with a certificate that a small Frama-C-proved kernel re-checks\n"
          "before anything is printed.\n"
          "\n"
          "Commands:\n");
  int width = 10;
  for (int i = 0; commands[i]; i++)
    if ((int)strlen(commands[i]->name) > width) width = (int)strlen(commands[i]->name);
  for (int i = 0; commands[i]; i++)
    fprintf(f, "  %-*s %s\n", width, commands[i]->name, commands[i]->summary);
  fprintf(f,
          "\n"
          "Run 'yoneda COMMAND --help' for the options of a command.\n"
          "\n"
          "Exit status:\n"
          "  0   success / valid / every claim holds\n"
          "  1   invalid input (FILE:LINE errors on stderr), or a claim failed\n"
          "  2   usage error\n"
          "  3   limit reached, timeout, or the answer is unknown\n"
          "  4   certificate rejected by the kernel, or internal error\n"
          "  10  yes: representable, counterexample found\n"
          "  20  no: not representable, no counterexample within the bounds\n");
}

static const cli_command *find_command(const char *name)
{
  for (int i = 0; commands[i]; i++)
    if (strcmp(commands[i]->name, name) == 0) return commands[i];
  return NULL;
}

static int unknown_command(const char *name)
{
  fprintf(stderr,
          "yoneda: unknown command '%s'\n"
          "Try 'yoneda --help' for the list of commands.\n",
          name);
  return 2;
}

int main(int argc, char **argv)
{
  hugepages_reexec(argc, argv);
  sigbus_install();
  if (argc < 2) {
    fprintf(stderr,
            "yoneda: no command given\n"
            "Try 'yoneda --help' for the list of commands.\n");
    return 2;
  }
  const char *a = argv[1];
  if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
    print_global_help(stdout);
    return 0;
  }
  if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
    printf("yoneda %s\n", YONEDA_VERSION);
    return 0;
  }
  if (strcmp(a, "help") == 0) {
    if (argc < 3) {
      print_global_help(stdout);
      return 0;
    }
    const cli_command *c = find_command(argv[2]);
    if (!c) return unknown_command(argv[2]);
    cli_print_help(c, stdout);
    return 0;
  }
  if (a[0] == '-') {
    fprintf(stderr,
            "yoneda: unknown option '%s' (options go after the command)\n"
            "Try 'yoneda --help' for more information.\n",
            a);
    return 2;
  }
  const cli_command *c = find_command(a);
  if (!c) return unknown_command(a);
  /* --format json: the document goes out once the command is done */
  int rc = c->run(argc - 1, argv + 1);
  progress_live_stop();
  rc = report_finish(rc);
  /* an answer that did not reach stdout is no answer: whatever rc says */
  if (outfile_check_stdout() < 0) return 4;
  return rc;
}
