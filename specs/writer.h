/* writer.h — writing spec v1 back out: a document's frame, a category's
 * presentation (objects, generators, equations), a task (sets and the maps
 * of the generators) as XML elements that the loader reads again unchanged
 * in meaning.  Used by every command that produces a spec (`hom --out`,
 * and the commands that write found or derived categories and tasks).
 * Writers stream to a FILE *; a write error shows as a -1 return (ferror).
 *
 * Ownership: nothing is retained; every input is borrowed.
 */
#ifndef YONEDA_WRITER_H
#define YONEDA_WRITER_H

#include <stdio.h>

#include "specs/category.h"
#include "specs/task.h"

/* "<?xml ...?>", an optional comment (NULL: none; "--" is escaped) and
 * "<yoneda version=\"1\">".  0, or -1 on a write error. */
int writer_put_header(FILE *f, const char *comment);
/* "</yoneda>".  0, or -1 on a write error (of this or any earlier call). */
int writer_put_footer(FILE *f);

/* s as the value of a double-quoted XML attribute (&, <, >, " escaped). */
void writer_put_escaped(FILE *f, const char *s);

/* A word of c's generators starting at object `source` as path text (the
 * object's name for the empty word). */
void writer_put_path(FILE *f, const category *c, int source, const int *w, int n);

/* The presentation of c as a <category> element, indented by two spaces.
 * 0, or -1 on a write error. */
int writer_put_category(FILE *f, const category *c);

/* Task t as a <task> element (its category referred to by name).
 * 0, or -1 on a write error. */
int writer_put_task(FILE *f, const task *t);

#endif
