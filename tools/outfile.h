/* outfile.h — output files written atomically: the content goes to a
 * temporary file next to the target (same directory, so rename(2) is
 * atomic) and is renamed over it only when complete, so a reader never sees
 * a half-written DOT, SMT-LIB or JUnit file.  "-" or NULL means stdout.
 *
 * Ownership: an outfile owns its temporary name until commit/abort.
 */
#ifndef YONEDA_OUTFILE_H
#define YONEDA_OUTFILE_H

#include <stdio.h>

typedef struct outfile {
  FILE *f;          /* where to write (stdout for "-") */
  char *tmp;        /* temporary path, NULL for stdout */
  const char *path; /* final path (borrowed) */
} outfile;

/* Create the temporary file for path (or use stdout) and open it in o->f.
 * 0 on success; -1 with an error printed. */
int outfile_open(outfile *o, const char *path);

/* Create the temporary file but leave it closed (o->f == NULL), for
 * writers that open files by name (libxml2's xmlNewTextWriterFilename):
 * they write to o->tmp.  0 / -1 (printed). */
int outfile_reserve(outfile *o, const char *path);

/* Flush and close, then rename the temporary file to the final path.
 * 0 on success; -1 with an error printed (the temporary is removed). */
int outfile_commit(outfile *o);

/* Close and remove the temporary file, leaving the target untouched. */
void outfile_abort(outfile *o);

/* Create directory path and its missing parents (like mkdir -p).
 * 0 on success; -1 with an error printed. */
int outfile_mkdirs(const char *path);

#endif
