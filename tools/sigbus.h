/* sigbus.h — a spec file truncated while yoneda reads it.
 *
 * Large spec files are mapped, not copied (specs/xml.h).  If another
 * process truncates such a file while yoneda runs, reading the lost pages
 * raises SIGBUS.  The handler installed here asks specs/xml whether the
 * faulting address lies in a mapped spec file; if so it removes the
 * temporary output files (tools/outfile.h), prints
 *   yoneda: FILE: error: the file was truncated while yoneda read it
 * and exits with status 1 (invalid input).  Any other SIGBUS keeps its
 * default action (the process dies of it).
 */
#ifndef YONEDA_SIGBUS_H
#define YONEDA_SIGBUS_H

/* Install the handler (it replaces any other SIGBUS handler). */
void sigbus_install(void);

#endif
