/* cli.c — see cli.h. */
#include "tools/cli.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "specs/category.h"
#include "tools/progress.h"
#include "tools/report.h"

enum {
  KEY_HELP = 'h',
  KEY_MAX_MORPHISMS = CLI_KEY_BASE + 1000,
  KEY_STRICT,
  KEY_TIMEOUT,
  KEY_EXACT,
  KEY_FORMAT,
  KEY_QUIET
};

/* A common option and, when it takes a number, its default (shown where
 * the help says "{default}") and the range cli_next accepts (seconds:
 * above min, up to max). */
typedef struct common_option {
  cli_option opt;
  double def, min, max;
} common_option;

static const common_option common_options[] = {
  {{"max-morphisms", KEY_MAX_MORPHISMS, "N",
    "refuse a category with more than N morphisms\n"
    "(default {default}) or an infinite one (exit 3)"},
   CATEGORY_DEFAULT_MAX_MORPHISMS, 1, 2000000000.0},
  {{"strict", KEY_STRICT, NULL, "treat warnings (e.g. equal declared morphisms)\nas errors"},
   0, 0, 0},
  {{"timeout", KEY_TIMEOUT, "S", "give up after S seconds (exit 3)"}, 0, 0, CLI_MAX_SECONDS},
  {{"exact", KEY_EXACT, NULL, "also prove every category exact: kernel 7\nchecks that the enumeration merged nothing\nthe equations do not force (docs/trust.md)"},
   0, 0, 0},
  {{"quiet", KEY_QUIET, NULL, "no progress line on stderr (shown only when\nstderr is a terminal and a run takes over 1 s)"},
   0, 0, 0},
  {{"format", KEY_FORMAT, "F", "text (default) or json: one JSON document\non stdout (docs/json.md)"}, 0, 0, 0},
  {{"help", KEY_HELP, NULL, "show this help and exit"}, 0, 0, 0},
  {{NULL, 0, NULL, NULL}, 0, 0, 0}
};

static const common_option *common_option_of(int key)
{
  for (int i = 0; common_options[i].opt.name; i++)
    if (common_options[i].opt.key == key) return &common_options[i];
  return NULL;
}

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

static void add_option(const cli_option *t, struct option *lo, int *nlo, char *so,
                       size_t *nso)
{
  struct option *o = &lo[(*nlo)++];
  o->name = t->name;
  o->has_arg = t->arg ? required_argument : no_argument;
  o->flag = NULL;
  o->val = t->key;
  if (t->key > 0 && t->key < CLI_KEY_BASE) {
    so[(*nso)++] = (char)t->key;
    if (t->arg) so[(*nso)++] = ':';
  }
}

/* --format json anywhere on the command line switches the run to JSON
 * before any option is parsed for real, so that even a usage error about
 * an earlier option comes as a JSON document.  The scan parses a copy of
 * argv (getopt permutes it) with the same tables. */
static void prescan_format(cli_parser *p)
{
  parser_impl *im = p->impl;
  char **copy = malloc(((size_t)p->argc + 1) * sizeof *copy);
  if (!copy) return;
  memcpy(copy, p->argv, (size_t)p->argc * sizeof *copy);
  copy[p->argc] = NULL;
  int json = 0, k;
  optind = 0;
  while ((k = getopt_long(p->argc, copy, im->shortopts, im->longopts, NULL)) != -1)
    if (k == KEY_FORMAT && optarg) json = strcmp(optarg, "json") == 0;
  free(copy);
  if (json) report_start_json(p->cmd->name);
}

int cli_parser_init(cli_parser *p, const cli_command *cmd, int argc, char **argv)
{
  memset(p, 0, sizeof *p);
  p->cmd = cmd;
  p->argc = argc;
  p->argv = argv;
  p->common.max_morphisms = (int)common_option_of(KEY_MAX_MORPHISMS)->def;
  p->common.timeout = common_option_of(KEY_TIMEOUT)->def;
  int ncommon = 0;
  while (common_options[ncommon].opt.name) ncommon++;
  int n = table_length(cmd->options) + ncommon;
  parser_impl *im = calloc(1, sizeof *im);
  if (!im) goto oom;
  im->longopts = calloc((size_t)n + 1, sizeof *im->longopts);
  im->shortopts = calloc(2 * (size_t)n + 3, 1);
  if (!im->longopts || !im->shortopts) goto oom;
  int nlo = 0;
  size_t nso = 0;
  im->shortopts[nso++] = ':';   /* report missing arguments as ':' */
  for (int i = 0; cmd->options && cmd->options[i].name; i++)
    add_option(&cmd->options[i], im->longopts, &nlo, im->shortopts, &nso);
  for (int i = 0; i < ncommon; i++)
    add_option(&common_options[i].opt, im->longopts, &nlo, im->shortopts, &nso);
  p->impl = im;
  opterr = 0;
  prescan_format(p);
  optind = 0;   /* glibc: full reset, also of the permutation state */
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
  if (k == -1) {
    progress_live_start();   /* the options are known: the run begins */
    return CLI_END;
  }
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
    const common_option *c = common_option_of(k);
    long v;
    if (cli_parse_int(p->cmd, "--max-morphisms", optarg, (long)c->min, (long)c->max, &v) < 0)
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
  case KEY_QUIET:
    progress_set_quiet(1);
    return CLI_COMMON;
  case KEY_FORMAT:
    if (strcmp(optarg, "json") != 0 && strcmp(optarg, "text") != 0)
      return cli_usage_error(p->cmd, "--format needs text or json, not '%s'", optarg),
             CLI_ERROR;
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

int cli_parse_args(cli_parser *p, cli_store_fn store, void *user)
{
  int k;
  while ((k = cli_next(p)) != CLI_END) {
    if (k == CLI_COMMON) continue;
    if (k >= 0 && store && store(p, k, user) == 0) continue;
    cli_parser_done(p);
    return k == CLI_HELP ? YO_OK : YO_USAGE;
  }
  return CLI_END;
}

int cli_store_arg(cli_parser *p, int key, void *user)
{
  for (const cli_arg *a = user; a && a->key; a++)
    if (a->key == key) {
      *a->value = p->optarg;
      return 0;
    }
  return 0;
}

int cli_parse_one_file(const cli_command *cmd, int argc, char **argv, cli_store_fn store,
                       void *user, const char **file, cli_common *common)
{
  cli_parser p;
  if (cli_parser_init(&p, cmd, argc, argv) < 0) return YO_INTERNAL;
  int rc = cli_parse_args(&p, store, user);
  if (rc != CLI_END) return rc;
  return cli_finish_one_file(&p, file, common) != 0 ? YO_USAGE : CLI_END;
}

/* One row of the help; "{default}" in its text shows `def`. */
static void print_row(const cli_option *t, double def, FILE *f)
{
  char left[64], help[512];
  if (t->key > 0 && t->key < CLI_KEY_BASE)
    snprintf(left, sizeof left, "-%c, --%s%s%s", t->key, t->name, t->arg ? " " : "",
             t->arg ? t->arg : "");
  else
    snprintf(left, sizeof left, "    --%s%s%s", t->name, t->arg ? " " : "",
             t->arg ? t->arg : "");
  if (strlen(left) > 22) {
    fprintf(f, "  %s\n", left);
    left[0] = '\0';
  }
  const char *mark = strstr(t->help, "{default}");
  if (mark)
    snprintf(help, sizeof help, "%.*s%.15g%s", (int)(mark - t->help), t->help, def,
             mark + strlen("{default}"));
  else
    snprintf(help, sizeof help, "%s", t->help);
  /* help text: one output line per '\n'-separated line, aligned */
  const char *h = help;
  do {
    const char *nl = strchr(h, '\n');
    int len = nl ? (int)(nl - h) : (int)strlen(h);
    fprintf(f, "  %-22s %.*s\n", left, len, h);
    left[0] = '\0';
    h = nl ? nl + 1 : NULL;
  } while (h);
}

void cli_print_help(const cli_command *cmd, FILE *f)
{
  fprintf(f, "Usage: yoneda %s %s\n\n", cmd->name, cmd->synopsis);
  fprintf(f, "%s\n", cmd->description);
  if (table_length(cmd->options) > 0) {
    fprintf(f, "\nOptions:\n");
    for (int i = 0; cmd->options[i].name; i++) print_row(&cmd->options[i], 0, f);
  }
  fprintf(f, "\nCommon options:\n");
  for (int i = 0; common_options[i].opt.name; i++)
    print_row(&common_options[i].opt, common_options[i].def, f);
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
  if (errno || end == text || *end || !isfinite(v) || v <= 0 || v > CLI_MAX_SECONDS) {
    cli_usage_error(cmd, "%s needs a positive number of seconds, not '%s'", opt, text);
    return -1;
  }
  *out = v;
  return 0;
}

int cli_parse_shard(const cli_command *cmd, const char *text, const char *form, long max,
                    int *k, int *n)
{
  char *end;
  errno = 0;
  long a = strtol(text, &end, 10);
  long b = 0;
  int ok = !errno && end != text && *end == '/';
  if (ok) {
    const char *q = end + 1;
    b = strtol(q, &end, 10);
    ok = !errno && end != q && !*end && a >= 1 && b >= 1 && a <= b && b <= max;
  }
  if (!ok) {
    cli_usage_error(cmd, "--shard needs %s, not '%s'", form, text);
    return -1;
  }
  *k = (int)a;
  *n = (int)b;
  return 0;
}
