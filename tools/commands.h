/* commands.h — the commands of the `yoneda` tool, one file each
 * (tools/cmd_NAME.c), each described by a cli_command table (see cli.h)
 * that drives its parsing, its `--help` and `yoneda --help`.
 *
 * Ownership: the tables are static, read-only data.
 */
#ifndef YONEDA_COMMANDS_H
#define YONEDA_COMMANDS_H

#include "tools/cli.h"

#define YONEDA_VERSION "0.1.0"

extern const cli_command cmd_check;      /* tools/cmd_check.c */
extern const cli_command cmd_dot;        /* tools/cmd_dot.c */
extern const cli_command cmd_represent;  /* tools/cmd_represent.c */
extern const cli_command cmd_verify;     /* tools/cmd_verify.c */
extern const cli_command cmd_smt2;       /* tools/cmd_smt2.c */
extern const cli_command cmd_claims;     /* tools/cmd_claims.c */
extern const cli_command cmd_hom;        /* tools/cmd_hom.c */
extern const cli_command cmd_search;     /* tools/cmd_search.c */
extern const cli_command cmd_census;     /* tools/cmd_census.c */
extern const cli_command cmd_census_merge; /* tools/cmd_census_merge.c */

/* Theorems 2 and 3 (issue 8) */
extern const cli_command cmd_nat;        /* tools/cmd_nat.c */
extern const cli_command cmd_lemma;      /* tools/cmd_lemma.c */
extern const cli_command cmd_functor;    /* tools/cmd_functor.c */
extern const cli_command cmd_delta;      /* tools/cmd_kan.c */
extern const cli_command cmd_sigma;      /* tools/cmd_kan.c */

#endif
