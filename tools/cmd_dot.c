/* cmd_dot.c — `yoneda dot FILE --category C`: the category as a Graphviz
 * DOT graph.  A category with several objects: one node per object, one
 * edge per pair of objects joined by generators, labelled by the generators
 * and |Hom(X,Y)|.  A one-object category, or --object X: the Cayley graph of
 * the morphisms out of X (one node per morphism, an edge f -> f;g labelled g
 * per generator g), cut to the normal forms of length <= --depth D, and
 * summarised (cut at the largest depth that fits DOT_MAX_NODES, said on
 * stderr) when it would be too large to read.  --all: one edge per
 * non-identity morphism between the objects, labelled by its normal form. */
#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

/* Above this many nodes a Cayley graph is cut by depth (and said so). */
#define DOT_MAX_NODES 400

enum { KEY_CATEGORY = 'c', KEY_OUTPUT = 'o', KEY_ALL = CLI_KEY_BASE, KEY_OBJECT, KEY_DEPTH };

static const cli_option options[] = {
  {"category", KEY_CATEGORY, "C", "the category to draw (optional when the file has one)", .kind = CLI_TEXT},
  {"all", KEY_ALL, NULL, "draw every non-identity morphism, labelled\nby its normal form", .kind = CLI_FLAG},
  {"object", KEY_OBJECT, "X", "draw the Cayley graph of the morphisms out\nof X (the default for one object)", .kind = CLI_TEXT},
  {"depth", KEY_DEPTH, "D", "in a Cayley graph, only the morphisms whose\nnormal form has at most D generators", .kind = CLI_INT,
   .min = 0, .max = CLI_MAX_COUNT},
  {"output", KEY_OUTPUT, "OUT", "write to OUT instead of stdout (atomically)", .kind = CLI_TEXT},
  {0}
};

const cli_command cmd_dot = {
  "dot",
  "FILE [--category C] [--all | --object X [--depth D]] [-o OUT] [options]",
  "draw a category as a Graphviz DOT graph",
  "Write the category C of FILE as a Graphviz digraph.  With several\n"
  "objects: one node per object and one edge per pair of objects joined by\n"
  "generating morphisms, labelled by their names and the size of the\n"
  "hom-set (\"f, g\" over \"3 morphisms\").  With one object (or --object X):\n"
  "the Cayley graph of the morphisms out of X, one node per morphism (its\n"
  "normal form) and one edge f -> f;g labelled g per generator g; --depth D\n"
  "keeps the normal forms of at most D generators.  A Cayley graph of more\n"
  "than 400 nodes is cut at the largest depth that fits, and stderr says so.\n"
  "With --all, one edge per non-identity morphism between the objects,\n"
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
    if (*s == '\n') {
      fputs("\\n", f);   /* a line break inside a DOT label */
      continue;
    }
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

static void write_header(FILE *f, const category *c)
{
  fputs("digraph ", f);
  put_id(f, category_name(c));
  fputs(" {\n  node [shape=ellipse];\n", f);
}

static void write_object_nodes(FILE *f, const category *c)
{
  for (int x = 0; x < category_object_count(c); x++) {
    fputs("  ", f);
    put_id(f, category_object_name(c, x));
    fputs(";\n", f);
  }
}

/* Objects as nodes; generators grouped per pair of objects, labelled by
 * their names and |Hom(X,Y)|. */
static void write_objects(FILE *f, const category *c)
{
  write_header(f, c);
  write_object_nodes(f, c);
  int ng = category_generator_count(c);
  char *done = calloc((size_t)(ng > 0 ? ng : 1), 1);
  for (int g = 0; done && g < ng; g++) {
    if (done[g]) continue;
    int x = category_generator_source(c, g), y = category_generator_target(c, g);
    size_t len = 64;
    for (int h = g; h < ng; h++)
      if (category_generator_source(c, h) == x && category_generator_target(c, h) == y)
        len += strlen(category_generator_name(c, h)) + 2;
    char *label = malloc(len);
    if (!label) break;
    label[0] = '\0';
    for (int h = g; h < ng; h++) {
      if (category_generator_source(c, h) != x || category_generator_target(c, h) != y) continue;
      done[h] = 1;
      if (label[0]) strcat(label, ", ");
      strcat(label, category_generator_name(c, h));
    }
    int n = category_hom_count(c, x, y);
    snprintf(label + strlen(label), 64, "\n%d morphism%s", n, n == 1 ? "" : "s");
    put_edge(f, c, x, y, label, 0);
    free(label);
  }
  free(done);
  fputs("}\n", f);
}

/* Every non-identity morphism as an edge between objects. */
static void write_all(FILE *f, const category *c)
{
  write_header(f, c);
  write_object_nodes(f, c);
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
  fputs("}\n", f);
}

/* The Cayley graph of the morphisms out of x whose normal form has at most
 * depth generators (depth < 0: all); the identity is a box. */
static void write_cayley(FILE *f, const category *c, int x, int depth)
{
  write_header(f, c);
  int start = category_block_start(c, x), size = category_block_size(c, x);
  char label[4096];
  for (int m = start; m < start + size; m++) {
    if (depth >= 0 && category_word_length(c, m) > depth) continue;
    fprintf(f, "  m%d [label=", m);
    print_morphism(c, m, 0, label, sizeof label);
    put_id(f, label);
    fputs(category_parent(c, m) < 0 ? ", shape=box];\n" : "];\n", f);
  }
  for (int m = start; m < start + size; m++) {
    if (depth >= 0 && category_word_length(c, m) > depth) continue;
    for (int g = 0; g < category_generator_count(c); g++) {
      int to = category_step(c, m, g);
      if (to < 0 || (depth >= 0 && category_word_length(c, to) > depth)) continue;
      fprintf(f, "  m%d -> m%d [label=", m, to);
      put_id(f, category_generator_name(c, g));
      fputs("];\n", f);
    }
  }
  fputs("}\n", f);
}

/* The largest depth whose ball out of x has at most DOT_MAX_NODES
 * morphisms; *kept receives their number. */
static int fitting_depth(const category *c, int x, int *kept)
{
  int start = category_block_start(c, x), size = category_block_size(c, x);
  int maxlen = 0;
  for (int m = start; m < start + size; m++)
    if (category_word_length(c, m) > maxlen) maxlen = category_word_length(c, m);
  int *count = calloc((size_t)maxlen + 2, sizeof *count);
  if (!count) {
    *kept = 1;
    return 0;
  }
  for (int m = start; m < start + size; m++) count[category_word_length(c, m)]++;
  int d = 0, total = count[0];
  while (d < maxlen && total + count[d + 1] <= DOT_MAX_NODES) total += count[++d];
  free(count);
  *kept = total;
  return d;
}

typedef struct dot_args {
  const char *category, *out, *object;
  int all;
  long depth;
} dot_args;

static int store(cli_parser *p, int key, void *user)
{
  dot_args *a = user;
  switch (key) {
  case KEY_CATEGORY: a->category = p->optarg; break;
  case KEY_OUTPUT: a->out = p->optarg; break;
  case KEY_ALL: a->all = 1; break;
  case KEY_OBJECT: a->object = p->optarg; break;
  case KEY_DEPTH: a->depth = p->number; break;
  }
  return 0;
}

static int run(int argc, char **argv)
{
  dot_args a = {NULL, NULL, NULL, 0, -1};
  const char *file = NULL;
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_dot, argc, argv, store, &a, &file, &o);
  if (parsed != CLI_END) return parsed;
  const char *cat_arg = a.category, *out_path = a.out, *obj_arg = a.object;
  int all = a.all;
  long depth = a.depth;
  if (all && (obj_arg || depth >= 0))
    return cli_usage_error(&cmd_dot, "--all draws the objects, --object and --depth a Cayley "
                                     "graph: choose one");
  watchdog_start(o.timeout, o.timeout);
  outfile out;   /* opened now: an unwritable path is reported before the work */
  if (outfile_open(&out, out_path) < 0) return YO_INTERNAL;
  int written = 0;

  spec *s = NULL;
  yo_status st;
  const category *c = load_category(file, &o, cat_arg, &cmd_dot, &s, &st);
  int x = -1;
  if (c && obj_arg && (x = category_find_object(c, obj_arg)) < 0) {
    st = (yo_status)cli_usage_error(&cmd_dot, "category %s has no object '%s'", category_name(c),
                                    obj_arg);
    c = NULL;
  }
  if (c && x < 0 && !all && (depth >= 0 || category_object_count(c) == 1)) {
    if (category_object_count(c) != 1) {
      st = (yo_status)cli_usage_error(&cmd_dot, "--depth needs --object X (category %s has %d "
                                                "objects)", category_name(c),
                                      category_object_count(c));
      c = NULL;
    } else {
      x = 0;
    }
  }
  if (c && x >= 0 && depth < 0 && category_block_size(c, x) > DOT_MAX_NODES) {
    int kept = 0;
    depth = fitting_depth(c, x, &kept);
    fprintf(stderr,
            "yoneda dot: %d morphisms out of %s are too many to read: drawing the %d whose normal "
            "form has at most %ld generators (choose with --depth D, or another --object X)\n",
            category_block_size(c, x), category_object_name(c, x), kept, depth);
  }
  if (c) {
    diag_list *d = diag_list_new(0);
    if (!d || check_category(c, d) != YO_OK) {
      print_kernel_rejection(d, "yoneda: rejected by the kernel");
      st = YO_INTERNAL;
    } else {
      if (all)
        write_all(out.f, c);
      else if (x >= 0)
        write_cayley(out.f, c, x, (int)depth);
      else
        write_objects(out.f, c);
      st = outfile_commit(&out) == 0 ? YO_OK : YO_INTERNAL;
      written = 1;
    }
    diag_list_free(d);
  }
  if (!written) outfile_abort(&out);
  spec_free(s);
  return (int)st;
}
