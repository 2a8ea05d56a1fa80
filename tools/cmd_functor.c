/* cmd_functor.c — `yoneda functor FILE --functor F`: is F faithful, full,
 * injective on objects, a full embedding (Theorem 3's hypothesis)?  F is
 * checked by the proved kernel 6 first; every "no" comes with a witness. */
#include <stdio.h>
#include <string.h>

#include "tools/commands.h"
#include "tools/functorprops.h"
#include "tools/load.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_FUNCTOR = 'F' };

static const cli_option options[] = {
  {"functor", KEY_FUNCTOR, "F", "the functor (optional when the file has only one)"},
  {NULL, 0, NULL, NULL}
};

const cli_command cmd_functor = {
  "functor",
  "FILE [--functor F] [options]",
  "is a functor faithful, full, injective on objects (Theorem 3)",
  "Decide the properties of the functor F: C -> D that Theorem 3 is about.\n"
  "F is first re-checked by the proved kernel 6.  The output is exactly\n"
  "these four lines, each ending in yes or no:\n"
  "  faithful: yes|no              (injective on every Hom(X,Y))\n"
  "  full: yes|no                  (onto every Hom(FX,FY))\n"
  "  injective on objects: yes|no\n"
  "  full embedding: yes|no        (all three)\n"
  "and after every \"no\" an indented line with a witness: two morphisms\n"
  "identified, a morphism of Hom(FX,FY) not hit, or two objects\n"
  "identified (for full embedding, the first property that fails).",
  options,
  "  0  decided (the answers are on stdout)\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error (no such functor)\n"
  "  3  too large for the kernel, or the timeout expired\n"
  "  4  the kernel rejected the functor, or internal error\n",
  run
};

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_functor, argc, argv) < 0) return YO_INTERNAL;
  const char *fname = NULL;
  int k;
  while ((k = cli_next(&p)) != CLI_END) {
    switch (k) {
    case CLI_COMMON: break;
    case KEY_FUNCTOR: fname = p.optarg; break;
    default:
      cli_parser_done(&p);
      return k == CLI_HELP ? YO_OK : YO_USAGE;
    }
  }
  const char *file = NULL;
  cli_common o;
  if (cli_finish_one_file(&p, &file, &o) != 0) return YO_USAGE;
  watchdog_start(o.timeout, o.timeout);
  spec *s = NULL;
  yo_status st = load_spec(file, &o, &s);
  if (st != YO_OK) return (int)st;
  const functor *F = NULL;
  if (fname) {
    F = spec_find_functor(s, fname);
    if (!F) st = (yo_status)cli_usage_error(&cmd_functor, "%s has no functor '%s'", file, fname);
  } else if (spec_functor_count(s) == 1) {
    F = spec_functor(s, 0);
  } else {
    st = (yo_status)cli_usage_error(&cmd_functor, "%s has %d functors: choose one with --functor",
                                    file, spec_functor_count(s));
  }
  diag_list *d = F ? diag_list_new(0) : NULL;
  embedding e;
  if (F) st = d ? functorprops_decide(F, &e, d) : YO_INTERNAL;
  if (F && st == YO_OK) {
    char w[800];
    printf("faithful: %s\n", e.faithful ? "yes" : "no");
    if (!e.faithful) {
      functorprops_witness_faithful(F, &e, w, sizeof w);
      printf("  %s\n", w);
    }
    printf("full: %s\n", e.full ? "yes" : "no");
    if (!e.full) {
      functorprops_witness_full(F, &e, w, sizeof w);
      printf("  %s\n", w);
    }
    printf("injective on objects: %s\n", e.injective ? "yes" : "no");
    if (!e.injective) {
      functorprops_witness_injective(F, &e, w, sizeof w);
      printf("  %s\n", w);
    }
    int emb = e.faithful && e.full && e.injective;
    printf("full embedding: %s\n", emb ? "yes" : "no");
    if (!emb) {
      if (!e.faithful) functorprops_witness_faithful(F, &e, w, sizeof w);
      else if (!e.full) functorprops_witness_full(F, &e, w, sizeof w);
      else functorprops_witness_injective(F, &e, w, sizeof w);
      printf("  not %s: %s\n", !e.faithful ? "faithful" : !e.full ? "full" : "injective on objects",
             w);
    }
  } else if (F && st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else if (F) {
    print_kernel_rejection(d, "rejected by the kernel");
  }
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
