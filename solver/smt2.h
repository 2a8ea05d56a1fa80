/* smt2.h — writing the representability problem of a task as an SMT-LIB 2
 * file, for independent solvers (`z3 -smt2 FILE`, `cvc4 --lang smt2 FILE`).
 *
 * The file holds (set-logic QF_UFLIA), the declarations and assertions of
 * the chosen encoding (encodings/yoneda.h or encodings/naive.h, built with
 * the Z3 API and printed by Z3_benchmark_to_smtlib_string) and (check-sat):
 * the answer is sat iff the task is representable.  Contravariant tasks are
 * encoded on the opposite category, as in represent.h.
 *
 * Ownership: nothing is retained; the task is borrowed.
 */
#ifndef YONEDA_SMT2_H
#define YONEDA_SMT2_H

#include <stdio.h>

#include "solver/represent.h"
#include "specs/diag.h"
#include "specs/task.h"

/* Write the problem of task t to the stream f (the caller owns it and
 * its file; on an error f holds garbage and the caller discards it).  o->engine selects the encoding: ENGINE_NAIVE the naive one,
 * anything else the Yoneda one; o->max_morphisms bounds the opposite
 * category.  YO_OK, YO_LIMIT (naive encoding too big, opposite over the
 * limit) or YO_INTERNAL (I/O, Z3 error), with the reason in d. */
yo_status smt2_write_representability(const task *t, const represent_options *o,
                                      FILE *f, diag_list *d);

#endif
