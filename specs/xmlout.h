/* xmlout.h — writing spec-v1 XML: a category's presentation, a task, a
 * natural transformation, a functor, so that a command can save what it
 * computed as a file every other command reads (`nat --out`, `delta --out`,
 * `sigma --out`).  Names are spec-v1 names (no escaping needed); paths are
 * written in spec-v1 path syntax.
 *
 * Ownership: nothing is retained; the stream is the caller's (tools/ opens
 * it, e.g. with tools/outfile.h, and checks ferror).
 */
#ifndef YONEDA_XMLOUT_H
#define YONEDA_XMLOUT_H

#include <stdio.h>

#include "specs/category.h"
#include "specs/task.h"

/* <?xml ...?> and <yoneda version="1">, then (after the elements) its end. */
void xmlout_begin(FILE *f, const char *comment);
void xmlout_end(FILE *f);
/* The presentation of c (objects, generators, equations) as <category>. */
void xmlout_category(FILE *f, const category *c);
/* t as <task>, named `name` (NULL: task_name(t)). */
void xmlout_task(FILE *f, const task *t, const char *name);
/* alpha: S => T in the flat layout of specs/transformation.h, as
 * <transformation name=.. from=.. to=..> with the given task names. */
void xmlout_transformation(FILE *f, const char *name, const task *S, const char *sname,
                           const task *T, const char *tname, const int *alpha);

#endif
