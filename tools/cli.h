/* cli.h — the command-line layer of the `yoneda` tool: one option table per
 * command drives both getopt_long parsing and the `--help` text, plus the
 * options every command shares (--max-morphisms, --strict, --timeout,
 * --exact) and
 * the conventions for usage errors (stderr, exit 2, a hint to --help).
 *
 * Ownership: tables are static data owned by the command files; a cli_parser
 * borrows argv and the table and allocates nothing that outlives
 * cli_parser_done.
 */
#ifndef YONEDA_CLI_H
#define YONEDA_CLI_H

#include <stdio.h>

/* Keys returned by cli_next besides the option keys of a table. */
enum {
  CLI_END = -1,      /* no more options; positional args from cli_args */
  CLI_HELP = -2,     /* --help was given and printed: exit 0 */
  CLI_ERROR = -3,    /* a usage error was printed: exit 2 */
  CLI_COMMON = -4,   /* a common option was consumed into cli_parser.common */
  CLI_KEY_BASE = 256 /* long-only option keys start here */
};

/* One option: long name, key (a short option letter, or >= CLI_KEY_BASE for
 * a long-only option), whether it takes an argument (named `arg` in the
 * help, NULL = no argument) and a one-line description. */
typedef struct cli_option {
  const char *name;
  int key;
  const char *arg;
  const char *help;
} cli_option;

/* Options every command accepts. */
typedef struct cli_common {
  int max_morphisms;  /* --max-morphisms N (default CATEGORY_DEFAULT_MAX_MORPHISMS) */
  int strict;         /* --strict: warnings are errors */
  double timeout;     /* --timeout S; <= 0: none */
  int exact;          /* --exact: kernel 7 proves every category exact */
} cli_common;

/* A command: name, synopsis ("FILE... [--junit OUT]"), a one-line summary
 * for `yoneda --help`, a description paragraph, its option table
 * (terminated by an entry with name NULL; may be NULL), the exit codes it
 * uses (text, one per line) and its entry point (argv[0] is the command
 * name). */
typedef struct cli_command {
  const char *name;
  const char *synopsis;
  const char *summary;
  const char *description;
  const cli_option *options;
  const char *exit_codes;
  int (*run)(int argc, char **argv);
} cli_command;

typedef struct cli_parser {
  const cli_command *cmd;
  int argc;
  char **argv;
  const char *optarg;   /* argument of the option just returned */
  cli_common common;
  void *impl;           /* getopt tables (private) */
} cli_parser;

/* Start parsing argv (argv[0] = command name) of command cmd.  Returns 0,
 * or -1 on out-of-memory (printed). */
int cli_parser_init(cli_parser *p, const cli_command *cmd, int argc, char **argv);
void cli_parser_done(cli_parser *p);

/* Next option: its key (p->optarg set when it takes an argument),
 * CLI_COMMON (already stored in p->common), CLI_HELP (help printed to
 * stdout), CLI_ERROR (usage error printed to stderr) or CLI_END. */
int cli_next(cli_parser *p);

/* The positional arguments left after CLI_END (options may appear anywhere:
 * getopt permutes them to the front). */
int cli_arg_count(const cli_parser *p);
char **cli_args(const cli_parser *p);

/* End the parsing of a command that takes exactly one spec file: frees the
 * parser, stores the file in *file and the common options in *common and
 * returns 0; otherwise prints the usage error and returns 2 (YO_USAGE). */
int cli_finish_one_file(cli_parser *p, const char **file, cli_common *common);

/* A command's own options, stored as cli_parse_args meets them: called
 * with the option's key (p->optarg holds its argument); returns 0, or
 * nonzero after printing a usage error (cli_usage_error, cli_parse_int). */
typedef int (*cli_store_fn)(cli_parser *p, int key, void *user);

/* The option loop every command runs: common options go to p->common,
 * the command's own through store(p, key, user).  Returns CLI_END when
 * every option was read (the parser stays open: cli_args,
 * cli_finish_one_file); otherwise the parser is freed and the exit status
 * is returned: 0 after --help, 2 (YO_USAGE) after a usage error. */
int cli_parse_args(cli_parser *p, cli_store_fn store, void *user);

/* An option whose argument a command keeps as it is (a name, a path):
 * cli_store_arg, used as the store of cli_parse_args with user an array
 * of these ending with key 0, sets *value = p->optarg in the row of key. */
typedef struct cli_arg {
  int key;
  const char **value;
} cli_arg;
int cli_store_arg(cli_parser *p, int key, void *user);

/* What a command that takes exactly one spec file does first:
 * cli_parser_init, cli_parse_args and cli_finish_one_file.  Returns
 * CLI_END with *file and *common set, or the exit status (0 after --help,
 * 2 on a usage error, 4 when out of memory), everything printed. */
int cli_parse_one_file(const cli_command *cmd, int argc, char **argv, cli_store_fn store,
                       void *user, const char **file, cli_common *common);

/* Print the full help of cmd to f. */
void cli_print_help(const cli_command *cmd, FILE *f);

/* Print "yoneda CMD: message" and a hint to --help on stderr; returns 2. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The largest number of seconds cli_parse_seconds accepts. */
#define CLI_MAX_SECONDS 1e7

/* Parse a non-negative integer / a positive number of seconds for option
 * `opt` of cmd; on error print a usage error and return -1. */
int cli_parse_int(const cli_command *cmd, const char *opt, const char *text,
                  long min, long max, long *out);
int cli_parse_seconds(const cli_command *cmd, const char *opt, const char *text,
                      double *out);

/* Parse --shard K/N (1 <= K <= N <= max) into *k, *n; on error print
 * "--shard needs FORM, not 'TEXT'" (FORM e.g. "K/N with 1 <= K <= N") as
 * a usage error of cmd and return -1. */
int cli_parse_shard(const cli_command *cmd, const char *text, const char *form, long max,
                    int *k, int *n);

#endif
