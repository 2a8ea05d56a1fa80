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

/* The largest --max-morphisms: a category's morphisms are counted in an int. */
#define CLI_MAX_MORPHISMS 2000000000L

static const char *const FORMATS[] = {"text", "json", NULL};

static const cli_option common_options[] = {
  {"max-morphisms", KEY_MAX_MORPHISMS, "N",
   "refuse (exit 3) an infinite category or one\nwith more than N morphisms",
   .kind = CLI_INT, .has_default = 1, .def = CATEGORY_DEFAULT_MAX_MORPHISMS, .min = 1,
   .max = CLI_MAX_MORPHISMS},
  {"strict", KEY_STRICT, NULL, "treat warnings (e.g. equal declared morphisms)\nas errors",
   .kind = CLI_FLAG},
  {"timeout", KEY_TIMEOUT, "S", "give up after S seconds (exit 3)", .kind = CLI_SECONDS,
   .max = CLI_MAX_SECONDS},
  {"exact", KEY_EXACT, NULL, "also prove every category exact: kernel 7\nchecks that the enumeration merged nothing\nthe equations do not force (docs/trust.md)",
   .kind = CLI_FLAG},
  {"quiet", KEY_QUIET, NULL, "no progress line on stderr (shown only when\nstderr is a terminal and a run takes over 1 s)",
   .kind = CLI_FLAG},
  {"format", KEY_FORMAT, "F", "text or json (json: one JSON\ndocument on stdout, docs/json.md)",
   .kind = CLI_CHOICE, .words = FORMATS, .has_default = 1, .def = 0},
  {"help", KEY_HELP, NULL, "show this help and exit", .kind = CLI_FLAG},
  {0}
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

/* The row of key: a common option (cli_next handles those first), else
 * the command's own. */
static const cli_option *row_of(const cli_command *cmd, int key)
{
  for (int i = 0; common_options[i].name; i++)
    if (common_options[i].key == key) return &common_options[i];
  for (int i = 0; cmd->options && cmd->options[i].name; i++)
    if (cmd->options[i].key == key) return &cmd->options[i];
  return NULL;
}

/* A row is well formed: an argument exactly when the kind takes one, and
 * for a number a range that holds its default. */
static int row_ok(const cli_option *t)
{
  if ((t->arg == NULL) != (t->kind == CLI_FLAG)) return 0;
  switch (t->kind) {
  case CLI_FLAG:
  case CLI_TEXT: return !t->has_default;
  case CLI_INT:
    return t->min <= t->max && (!t->has_default || (t->min <= t->def && t->def <= t->max));
  case CLI_SECONDS:
    return t->max > 0 && (!t->has_default || (t->def > 0 && t->def <= t->max));
  case CLI_SHARD:   /* the argument names K and N, as K/N or K/S */
    return t->max >= 1 && !t->has_default && strlen(t->arg) == 3 && t->arg[1] == '/';
  case CLI_CHOICE: {
    int n = 0;
    while (t->words && t->words[n]) n++;
    return n >= 2 && (!t->has_default || (t->def >= 0 && t->def < n && t->def == (int)t->def));
  }
  }
  return 0;
}

static int table_ok(const cli_command *cmd, const cli_option *t)
{
  for (int i = 0; t && t[i].name; i++)
    if (!row_ok(&t[i])) {
      fprintf(stderr, "yoneda %s: internal error: option --%s: its kind, argument and range "
                      "disagree\n", cmd->name, t[i].name);
      return 0;
    }
  return 1;
}

static void add_option(const cli_option *t, struct option *lo, int *nlo, char *so,
                       size_t *nso)
{
  struct option *o = &lo[(*nlo)++];
  o->name = t->name;
  o->has_arg = t->kind != CLI_FLAG ? required_argument : no_argument;
  o->flag = NULL;
  o->val = t->key;
  if (t->key > 0 && t->key < CLI_KEY_BASE) {
    so[(*nso)++] = (char)t->key;
    if (t->kind != CLI_FLAG) so[(*nso)++] = ':';
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
  p->common.max_morphisms = (int)row_of(cmd, KEY_MAX_MORPHISMS)->def;
  p->common.timeout = 0;   /* none */
  if (!table_ok(cmd, cmd->options) || !table_ok(cmd, common_options)) return -1;
  int ncommon = table_length(common_options);
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
    add_option(&common_options[i], im->longopts, &nlo, im->shortopts, &nso);
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

/* The value of option row t (the argument p->optarg) into p->number,
 * p->seconds or p->shard_k/n; a value out of the row's range is a usage
 * error naming the option and the range (-1). */
static int parse_value(cli_parser *p, const cli_option *t)
{
  const char *text = p->optarg;
  char *end;
  if (!t || !text) return 0;
  errno = 0;
  switch (t->kind) {
  case CLI_FLAG:
  case CLI_TEXT:
    return 0;
  case CLI_INT: {
    long v = strtol(text, &end, 10);
    if (errno || end == text || *end || v < (long)t->min || v > (long)t->max) {
      cli_usage_error(p->cmd, "--%s needs an integer from %ld to %ld, not '%s'", t->name,
                      (long)t->min, (long)t->max, text);
      return -1;
    }
    p->number = v;
    return 0;
  }
  case CLI_SECONDS: {
    double v = strtod(text, &end);
    if (errno || end == text || *end || !isfinite(v) || v <= 0 || v > t->max) {
      cli_usage_error(p->cmd, "--%s needs a number of seconds above 0 and at most %.15g, "
                              "not '%s'", t->name, t->max, text);
      return -1;
    }
    p->seconds = v;
    return 0;
  }
  case CLI_SHARD: {
    long a = strtol(text, &end, 10);
    long b = 0;
    int ok = !errno && end != text && *end == '/';
    if (ok) {
      const char *q = end + 1;
      b = strtol(q, &end, 10);
      ok = !errno && end != q && !*end && a >= 1 && b >= 1 && a <= b && b <= (long)t->max;
    }
    if (!ok) {
      char k = t->arg[0], n = t->arg[2];   /* the row's K/N */
      cli_usage_error(p->cmd, "--%s needs %c/%c with 1 <= %c <= %c <= %ld, not '%s'", t->name,
                      k, n, k, n, (long)t->max, text);
      return -1;
    }
    p->shard_k = (int)a;
    p->shard_n = (int)b;
    return 0;
  }
  case CLI_CHOICE: {
    int n = 0;
    for (; t->words[n]; n++)
      if (strcmp(text, t->words[n]) == 0) {
        p->choice = n;
        return 0;
      }
    char list[256];
    size_t at = 0;
    list[0] = '\0';
    for (int i = 0; i < n && at < sizeof list; i++)
      at += (size_t)snprintf(list + at, sizeof list - at, "%s%s",
                             i == 0 ? "" : i == n - 1 ? " or " : ", ", t->words[i]);
    cli_usage_error(p->cmd, "--%s needs %s, not '%s'", t->name, list, text);
    return -1;
  }
  }
  return 0;
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
  default:
    break;
  }
  if (parse_value(p, row_of(p->cmd, k)) < 0) return CLI_ERROR;
  switch (k) {
  case KEY_HELP:
    cli_print_help(p->cmd, stdout);
    return CLI_HELP;
  case KEY_MAX_MORPHISMS:
    p->common.max_morphisms = (int)p->number;
    return CLI_COMMON;
  case KEY_STRICT:
    p->common.strict = 1;
    return CLI_COMMON;
  case KEY_EXACT:
    p->common.exact = 1;
    return CLI_COMMON;
  case KEY_QUIET:
    progress_set_quiet(1);
    return CLI_COMMON;
  case KEY_FORMAT:   /* the prescan switched to JSON already */
    return CLI_COMMON;
  case KEY_TIMEOUT:
    p->common.timeout = p->seconds;
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

/* Where "(default DEF)" goes: at the end of the last help line when the
 * line stays this short, else on a line of its own. */
#define HELP_WIDTH 50

/* One row of the help, its default (if any) after the description. */
static void print_row(const cli_option *t, FILE *f)
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
  snprintf(help, sizeof help, "%s", t->help);
  if (t->has_default) {
    char def[48];
    if (t->kind == CLI_CHOICE)
      snprintf(def, sizeof def, "(default %s)", t->words[(int)t->def]);
    else
      snprintf(def, sizeof def, "(default %.15g)", t->def);
    const char *last = strrchr(help, '\n');
    last = last ? last + 1 : help;
    size_t len = strlen(help);
    snprintf(help + len, sizeof help - len, "%s%s",
             strlen(last) + 1 + strlen(def) <= HELP_WIDTH ? " " : "\n", def);
  }
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
    for (int i = 0; cmd->options[i].name; i++) print_row(&cmd->options[i], f);
  }
  fprintf(f, "\nCommon options:\n");
  for (int i = 0; common_options[i].name; i++) print_row(&common_options[i], f);
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
