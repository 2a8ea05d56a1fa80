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
  {"functor", KEY_FUNCTOR, "F", "the functor (optional when the file has only one)", .kind = CLI_TEXT},
  {0}
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
  const char *fname = NULL, *file = NULL;
  cli_arg args[] = {{KEY_FUNCTOR, &fname}, {0, NULL}};
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_functor, argc, argv, cli_store_arg, args, &file, &o);
  if (parsed != CLI_END) return parsed;
  watchdog_start(o.timeout, o.timeout);
  spec *s = NULL;
  yo_status st;
  const functor *F = load_functor(file, &o, fname, &cmd_functor, &s, &st);
  if (!F) return (int)st;
  diag_list *d = diag_list_new(0);
  embedding e;
  st = d ? functorprops_decide(F, &e, d) : YO_INTERNAL;
  if (st == YO_OK) {
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
  } else if (st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else {
    print_kernel_rejection(d, "rejected by the kernel");
  }
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
