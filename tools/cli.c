/* cli.c — see cli.h. */
#include "tools/cli.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "specs/category.h"

enum {
  KEY_HELP = 'h',
  KEY_MAX_MORPHISMS = CLI_KEY_BASE + 1000,
  KEY_STRICT,
  KEY_TIMEOUT,
  KEY_EXACT
};

static const cli_option common_options[] = {
  {"max-morphisms", KEY_MAX_MORPHISMS, "N",
   "refuse a category with more than N morphisms\n"
   "(default 1000000) or an infinite one (exit 3)"},
  {"strict", KEY_STRICT, NULL, "treat warnings (e.g. equal declared morphisms)\nas errors"},
  {"timeout", KEY_TIMEOUT, "S", "give up after S seconds (exit 3)"},
  {"exact", KEY_EXACT, NULL, "also prove every category exact: kernel 7\nchecks that the enumeration merged nothing\nthe equations do not force (docs/trust.md)"},
  {"help", KEY_HELP, NULL, "show this help and exit"},
  {NULL, 0, NULL, NULL}
};

typedef struct parser_impl {
  struct option *longopts;
  char *shortopts;
} parser_impl;

static int table_length(const cli_option *t)
{
  int n = 0;
  if (t)
    while (t[n].name) n++;
  return n;
}

static void add_options(const cli_option *t, struct option *lo, int *nlo,
                        char *so, size_t *nso)
{
  for (int i = 0; t && t[i].name; i++) {
    struct option *o = &lo[(*nlo)++];
    o->name = t[i].name;
    o->has_arg = t[i].arg ? required_argument : no_argument;
    o->flag = NULL;
    o->val = t[i].key;
    if (t[i].key > 0 && t[i].key < CLI_KEY_BASE) {
      so[(*nso)++] = (char)t[i].key;
      if (t[i].arg) so[(*nso)++] = ':';
    }
  }
}

int cli_parser_init(cli_parser *p, const cli_command *cmd, int argc, char **argv)
{
  memset(p, 0, sizeof *p);
  p->cmd = cmd;
  p->argc = argc;
  p->argv = argv;
  p->common.max_morphisms = CATEGORY_DEFAULT_MAX_MORPHISMS;
  int n = table_length(cmd->options) + table_length(common_options);
  parser_impl *im = calloc(1, sizeof *im);
  if (!im) goto oom;
  im->longopts = calloc((size_t)n + 1, sizeof *im->longopts);
  im->shortopts = calloc(2 * (size_t)n + 3, 1);
  if (!im->longopts || !im->shortopts) goto oom;
  int nlo = 0;
  size_t nso = 0;
  im->shortopts[nso++] = ':';   /* report missing arguments as ':' */
  add_options(cmd->options, im->longopts, &nlo, im->shortopts, &nso);
  add_options(common_options, im->longopts, &nlo, im->shortopts, &nso);
  p->impl = im;
  optind = 0;   /* glibc: full reset, also of the permutation state */
  opterr = 0;
  return 0;
oom:
  if (im) {
    free(im->longopts);
    free(im->shortopts);
    free(im);
  }
  fprintf(stderr, "yoneda: out of memory\n");
  return -1;
}

void cli_parser_done(cli_parser *p)
{
  parser_impl *im = p->impl;
  if (im) {
    free(im->longopts);
    free(im->shortopts);
    free(im);
  }
  p->impl = NULL;
}

/* The option text as the user wrote it, for messages: the argv word when it
 * is a long option, else "-c" for the short option getopt stopped at. */
static const char *offending(const cli_parser *p)
{
  const char *a = optind > 0 && optind <= p->argc ? p->argv[optind - 1] : NULL;
  if (a && a[0] == '-' && a[1] == '-') return a;
  if (optopt > 0 && optopt < CLI_KEY_BASE) {
    static char buf[3];
    buf[0] = '-';
    buf[1] = (char)optopt;
    buf[2] = '\0';
    return buf;
  }
  return a ? a : "?";
}

int cli_next(cli_parser *p)
{
  parser_impl *im = p->impl;
  p->optarg = NULL;
  int k = getopt_long(p->argc, p->argv, im->shortopts, im->longopts, NULL);
  if (k == -1) return CLI_END;
  p->optarg = optarg;
  switch (k) {
  case '?': {
    const char *o = offending(p);
    /* drop "=value" from the echoed option */
    char buf[128];
    snprintf(buf, sizeof buf, "%s", o);
    char *eq = strchr(buf, '=');
    if (eq) *eq = '\0';
    return cli_usage_error(p->cmd, "unknown option '%s'", buf), CLI_ERROR;
  }
  case ':':
    return cli_usage_error(p->cmd, "option '%s' needs an argument", offending(p)),
           CLI_ERROR;
  case KEY_HELP:
    cli_print_help(p->cmd, stdout);
    return CLI_HELP;
  case KEY_MAX_MORPHISMS: {
    long v;
    if (cli_parse_int(p->cmd, "--max-morphisms", optarg, 1, 2000000000L, &v) < 0)
      return CLI_ERROR;
    p->common.max_morphisms = (int)v;
    return CLI_COMMON;
  }
  case KEY_STRICT:
    p->common.strict = 1;
    return CLI_COMMON;
  case KEY_EXACT:
    p->common.exact = 1;
    return CLI_COMMON;
  case KEY_TIMEOUT:
    if (cli_parse_seconds(p->cmd, "--timeout", optarg, &p->common.timeout) < 0)
      return CLI_ERROR;
    return CLI_COMMON;
  default:
    return k;
  }
}

int cli_arg_count(const cli_parser *p) { return p->argc - optind; }
char **cli_args(const cli_parser *p) { return p->argv + optind; }

int cli_finish_one_file(cli_parser *p, const char **file, cli_common *common)
{
  int nargs = cli_arg_count(p);
  char **args = cli_args(p);
  const cli_command *cmd = p->cmd;
  *common = p->common;
  cli_parser_done(p);
  if (nargs == 0) return cli_usage_error(cmd, "no spec file given");
  if (nargs > 1) return cli_usage_error(cmd, "one spec file expected, got %d", nargs);
  *file = args[0];
  return 0;
}

static void print_table(const cli_option *t, FILE *f)
{
  for (int i = 0; t && t[i].name; i++) {
    char left[64];
    if (t[i].key > 0 && t[i].key < CLI_KEY_BASE)
      snprintf(left, sizeof left, "-%c, --%s%s%s", t[i].key, t[i].name,
               t[i].arg ? " " : "", t[i].arg ? t[i].arg : "");
    else
      snprintf(left, sizeof left, "    --%s%s%s", t[i].name, t[i].arg ? " " : "",
               t[i].arg ? t[i].arg : "");
    if (strlen(left) > 22) {
      fprintf(f, "  %s\n", left);
      left[0] = '\0';
    }
    /* help text: one output line per '\n'-separated line, aligned */
    const char *h = t[i].help;
    do {
      const char *nl = strchr(h, '\n');
      int len = nl ? (int)(nl - h) : (int)strlen(h);
      fprintf(f, "  %-22s %.*s\n", left, len, h);
      left[0] = '\0';
      h = nl ? nl + 1 : NULL;
    } while (h);
  }
}

void cli_print_help(const cli_command *cmd, FILE *f)
{
  fprintf(f, "Usage: yoneda %s %s\n\n", cmd->name, cmd->synopsis);
  fprintf(f, "%s\n", cmd->description);
  if (table_length(cmd->options) > 0) {
    fprintf(f, "\nOptions:\n");
    print_table(cmd->options, f);
  }
  fprintf(f, "\nCommon options:\n");
  print_table(common_options, f);
  fprintf(f, "\nExit status:\n%s", cmd->exit_codes);
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
  va_list ap;
  fprintf(stderr, "yoneda %s: ", cmd->name);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry 'yoneda %s --help' for more information.\n", cmd->name);
  return 2;
}

int cli_parse_int(const cli_command *cmd, const char *opt, const char *text,
                  long min, long max, long *out)
{
  char *end;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (errno || end == text || *end || v < min || v > max) {
    cli_usage_error(cmd, "%s needs an integer from %ld to %ld, not '%s'", opt, min,
                    max, text);
    return -1;
  }
  *out = v;
  return 0;
}

int cli_parse_seconds(const cli_command *cmd, const char *opt, const char *text,
                      double *out)
{
  char *end;
  errno = 0;
  double v = strtod(text, &end);
  if (errno || end == text || *end || !isfinite(v) || v <= 0 || v > 1e7) {
    cli_usage_error(cmd, "%s needs a positive number of seconds, not '%s'", opt, text);
    return -1;
  }
  *out = v;
  return 0;
}
