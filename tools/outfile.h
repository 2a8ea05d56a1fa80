/* outfile.h — every file yoneda writes (certificates, DOT, SMT-LIB, JUnit)
 * goes through here; writers themselves only ever see a FILE *.
 *
 * A regular file (existing or new) is replaced atomically: the content goes
 * to a temporary file in the same directory (so rename(2) is atomic), which
 * is flushed, fsync'ed and renamed over the target only when complete, so a
 * reader never sees a half-written file.  An existing target keeps its
 * permission bits (and, when allowed, its owner and group).  A symlink to a
 * regular file replaces the file it points to and keeps the link.
 * Anything else is written through, in place: "-" or NULL (stdout), paths
 * under /dev/ or /proc/ (/dev/stdout, /dev/null, /dev/fd/N), FIFOs, devices
 * and sockets; a dangling symlink creates its target.
 *
 * Temporary files are removed on every exit path: outfile_abort, a failed
 * commit, and the signals SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE (the
 * handler removes them and re-raises) and the --timeout watchdog (which
 * calls outfile_remove_temporaries before it exits).  Paths are used as
 * given: no URI unescaping ("%41" stays "%41").
 *
 * Usage (open before long work, so that an unwritable path is reported
 * before anything is computed; abort if there is nothing to write):
 *     outfile out;
 *     if (outfile_open(&out, path) < 0) return YO_INTERNAL;   // error printed
 *     ... long work ...; write to out.f ...
 *     if (outfile_commit(&out) < 0) return YO_INTERNAL;       // error printed
 * For an optional output (--cert, --out, --junit), outfile_open_optional
 * with the option's path, NULL when it was not given: out.f is non-NULL
 * exactly while something is still to be written, and one outfile_abort on
 * every way out cleans up (it does nothing after a commit).
 *
 * Ownership: an outfile owns its temporary name and stream until
 * commit/abort; `path` is borrowed and must outlive the outfile.
 */
#ifndef YONEDA_OUTFILE_H
#define YONEDA_OUTFILE_H

#include <stdio.h>

typedef struct outfile {
  FILE *f;          /* where to write (stdout for "-") */
  char *tmp;        /* temporary path, NULL when written through */
  char *target;     /* the file renamed over (the resolved symlink target) */
  const char *path; /* the path as given (borrowed), for messages */
  int through;      /* written in place (stdout, device, FIFO, ...) */
} outfile;

/* Open path for writing as described above ("-" or NULL: stdout).
 * 0 on success; -1 with "yoneda: cannot write PATH: reason" printed. */
int outfile_open(outfile *o, const char *path);

/* outfile_open when path is not NULL; otherwise an outfile with nothing
 * to write (f NULL), which outfile_abort accepts.  0 or -1 as outfile_open. */
int outfile_open_optional(outfile *o, const char *path);

/* Flush, check for any write error, fsync and close, then rename the
 * temporary file to the target.  0 on success; -1 with an error naming the
 * path printed (the temporary is removed, the target left untouched). */
int outfile_commit(outfile *o);

/* Close and remove the temporary file, leaving the target untouched
 * (written-through files keep what was written).  Does nothing on an
 * outfile already committed or aborted, or opened without a path by
 * outfile_open_optional. */
void outfile_abort(outfile *o);

/* Remove every live temporary file; async-signal-safe (for the watchdog). */
void outfile_remove_temporaries(void);

/* Check that standard output took everything written to it (flush, then
 * ferror).  0 if so; -1 with "yoneda: cannot write to standard output"
 * printed. */
int outfile_check_stdout(void);

/* Create directory path and its missing parents (like mkdir -p).
 * 0 on success; -1 with an error printed. */
int outfile_mkdirs(const char *path);

#endif
