/* cli.h — the command-line layer of the `yoneda` tool: one option table per
 * command drives both getopt_long parsing and the `--help` text, plus the
 * options every command shares (--max-morphisms, --strict, --timeout,
 * --exact, ...), the parsing and range check of numeric arguments, and
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

/* What an option takes.  A number is parsed and range-checked by cli_next
 * before the command sees it, so every command reports a bad value the
 * same way: a usage error (exit 2) naming the option and its range. */
typedef enum cli_kind {
  CLI_FLAG,      /* no argument */
  CLI_TEXT,      /* an argument kept as written (cli_parser.optarg) */
  CLI_INT,       /* an integer from min to max (cli_parser.number) */
  CLI_SECONDS,   /* a number of seconds above 0, up to max (cli_parser.seconds) */
  CLI_SHARD,     /* K/N with 1 <= K <= N <= max (cli_parser.shard_k, shard_n) */
  CLI_CHOICE     /* one of the row's words (cli_parser.optarg, cli_parser.choice its index) */
} cli_kind;

/* One row of an option table: long name, key (a short option letter, or
 * >= CLI_KEY_BASE for a long-only option), the name of its argument in
 * the help (NULL for a flag), a description (lines separated by '\n'),
 * what it takes and, for a number, its range; when has_default is set
 * the help ends the description with "(default DEF)", so a default is
 * written once, as the named constant the command uses.  Rows name kind
 * and the numbers with designators:
 *   {"limit", KEY_LIMIT, "N", "give up ...", .kind = CLI_INT,
 *    .has_default = 1, .def = NAT_DEFAULT_LIMIT, .min = 1, .max = CLI_MAX_COUNT}
 * A word-valued option lists its words (NULL-terminated) and the index of
 * its default; anything else is a usage error listing the words:
 *   {"engine", KEY_ENGINE, "E", "...", .kind = CLI_CHOICE, .words = ENGINES,
 *    .has_default = 1, .def = 0}
 * A table ends with {0}.  cli_parser_init refuses (as an internal error) a
 * row whose argument and kind disagree or whose default is out of range. */
typedef struct cli_option {
  const char *name;
  int key;
  const char *arg;
  const char *help;
  cli_kind kind;
  int has_default;
  double def, min, max;
  const char *const *words;   /* CLI_CHOICE: the accepted words, NULL-terminated */
} cli_option;

/* The largest count or depth a numeric option accepts, and the largest
 * number of shards of `claims --shard` and `search --shard`. */
#define CLI_MAX_COUNT 1000000000L
#define CLI_MAX_SHARDS 1000000L

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
  const char *optarg;   /* argument of the option just returned, as written */
  long number;          /* its value, for a CLI_INT option */
  double seconds;       /* its value, for a CLI_SECONDS option */
  int shard_k, shard_n; /* its value, for a CLI_SHARD option */
  int choice;           /* the index of its word, for a CLI_CHOICE option */
  cli_common common;
  void *impl;           /* getopt tables (private) */
} cli_parser;

/* Start parsing argv (argv[0] = command name) of command cmd.  Returns 0,
 * or -1 on out-of-memory or a malformed option table (printed). */
int cli_parser_init(cli_parser *p, const cli_command *cmd, int argc, char **argv);
void cli_parser_done(cli_parser *p);

/* Next option: its key (p->optarg set when it takes an argument, and
 * p->number, p->seconds or p->shard_k/n when it is a number checked
 * against its row's range), CLI_COMMON (already stored in p->common),
 * CLI_HELP (help printed to stdout), CLI_ERROR (usage error printed to
 * stderr, e.g. a number out of range) or CLI_END. */
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
 * with the option's key (p->optarg holds its argument, p->number etc. its
 * checked value); returns 0, or nonzero after printing a usage error
 * (cli_usage_error). */
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

/* The largest number of seconds --timeout accepts. */
#define CLI_MAX_SECONDS 1e7

#endif
