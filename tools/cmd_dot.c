/* cmd_dot.c — `yoneda dot FILE --category C`: the category as a Graphviz
 * DOT graph (objects as nodes, generators as labelled edges; with --all
 * every non-identity morphism, labelled by its normal form). */
#include <stdlib.h>

#include "proofs/check.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_CATEGORY = 'c', KEY_OUTPUT = 'o', KEY_ALL = CLI_KEY_BASE };

static const cli_option options[] = {
  {"category", KEY_CATEGORY, "C", "the category to draw (optional when the file has one)"},
  {"all", KEY_ALL, NULL, "draw every non-identity morphism, labelled\nby its normal form"},
  {"output", KEY_OUTPUT, "OUT", "write to OUT instead of stdout (atomically)"},
  {NULL, 0, NULL, NULL}
};

const cli_command cmd_dot = {
  "dot",
  "FILE [--category C] [--all] [-o OUT] [options]",
  "draw a category as a Graphviz DOT graph",
  "Write the category C of FILE as a Graphviz digraph: one node per object,\n"
  "one edge per generating morphism, labelled by its name.  With --all, one\n"
  "edge per non-identity morphism of the (enumerated) category instead,\n"
  "labelled by its normal form (generators solid, composites dashed).\n"
  "Render with e.g. `dot -Tsvg OUT > C.svg`.",
  options,
  "  0  written\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  limit or timeout\n"
  "  4  kernel rejection or write error\n",
  run
};

/* A DOT double-quoted string. */
static void put_id(FILE *f, const char *s)
{
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static void put_edge(FILE *f, const category *c, int src, int dst, const char *label,
                     int dashed)
{
  fputs("  ", f);
  put_id(f, category_object_name(c, src));
  fputs(" -> ", f);
  put_id(f, category_object_name(c, dst));
  fputs(" [label=", f);
  put_id(f, label);
  if (dashed) fputs(", style=dashed", f);
  fputs("];\n", f);
}

static void write_dot(FILE *f, const category *c, int all)
{
  fputs("digraph ", f);
  put_id(f, category_name(c));
  fputs(" {\n  node [shape=ellipse];\n", f);
  for (int x = 0; x < category_object_count(c); x++) {
    fputs("  ", f);
    put_id(f, category_object_name(c, x));
    fputs(";\n", f);
  }
  if (!all) {
    for (int g = 0; g < category_generator_count(c); g++)
      put_edge(f, c, category_generator_source(c, g), category_generator_target(c, g),
               category_generator_name(c, g), 0);
  } else {
    int n = category_morphism_count(c);
    char *is_gen = calloc((size_t)(n > 0 ? n : 1), 1);
    for (int g = 0; is_gen && g < category_generator_count(c); g++) {
      int m = category_generator_morphism(c, g);
      if (m >= 0 && m < n) is_gen[m] = 1;
    }
    char label[4096];
    for (int m = 0; m < n; m++) {
      if (category_parent(c, m) < 0) continue;   /* identity */
      print_morphism(c, m, 0, label, sizeof label);
      put_edge(f, c, category_source(c, m), category_target(c, m), label,
               is_gen ? !is_gen[m] : 0);
    }
    free(is_gen);
  }
  fputs("}\n", f);
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_dot, argc, argv) < 0) return YO_INTERNAL;
  const char *cat_arg = NULL, *out_path = NULL;
  int all = 0, k;
  while ((k = cli_next(&p)) != CLI_END) {
    switch (k) {
    case CLI_COMMON: break;
    case KEY_CATEGORY: cat_arg = p.optarg; break;
    case KEY_OUTPUT: out_path = p.optarg; break;
    case KEY_ALL: all = 1; break;
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
  yo_status st;
  const category *c = load_category(file, &o, cat_arg, &cmd_dot, &s, &st);
  if (c) {
    diag_list *d = diag_list_new(0);
    if (!d || check_category(c, d) != YO_OK) {
      print_kernel_rejection(d, "yoneda: rejected by the kernel");
      st = YO_INTERNAL;
    } else {
      outfile out;
      if (outfile_open(&out, out_path) < 0) {
        st = YO_INTERNAL;
      } else {
        write_dot(out.f, c, all);
        st = outfile_commit(&out) == 0 ? YO_OK : YO_INTERNAL;
      }
    }
    diag_list_free(d);
  }
  spec_free(s);
  return (int)st;
}
