/* diag.h — statuses and diagnostics shared by every floor of yoneda.
 *
 * Library code never prints or exits: it returns a yo_status and appends
 * diagnostics ("file:line: error: message") to a caller-owned diag_list.
 * Only tools/ prints them.  A list keeps at most `cap` errors; further errors
 * are counted (diag_dropped) but not stored, so a hostile file cannot make the
 * list grow without bound.
 *
 * Ownership: diag_list_new returns a list the caller frees with
 * diag_list_free; strings returned by the accessors belong to the list and
 * live until it is freed or cleared.
 */
#ifndef YONEDA_DIAG_H
#define YONEDA_DIAG_H

#include <stdarg.h>
#include <stddef.h>

/* Exit statuses of every yoneda command (see `yoneda --help`). */
typedef enum yo_status {
  YO_OK = 0,        /* success / valid */
  YO_INVALID = 1,   /* invalid input (file:line errors were reported) */
  YO_USAGE = 2,     /* bad command line */
  YO_LIMIT = 3,     /* resource limit reached, or the answer is unknown */
  YO_INTERNAL = 4,  /* certificate rejected, out of memory, internal error */
  YO_YES = 10,      /* decision: yes / witness found */
  YO_NO = 20        /* decision: no / none exists */
} yo_status;

typedef enum diag_severity { DIAG_ERROR = 0, DIAG_WARNING = 1, DIAG_NOTE = 2 } diag_severity;

typedef struct diag_list diag_list;

/* A new, empty list keeping at most `cap` errors (cap <= 0: 100).  NULL on OOM. */
diag_list *diag_list_new(int cap);
void diag_list_free(diag_list *d);
void diag_list_clear(diag_list *d);

/* Append a diagnostic.  `file` may be NULL (no location), `line` <= 0 means
 * "no line".  The message is printf-formatted and should name the offending
 * element and names.  d may be NULL (the diagnostic is dropped). */
void diag_add(diag_list *d, diag_severity sev, const char *file, long line,
              const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* The same with a column (1-based; <= 0 means "no column"), formatted as
 * "file:line:col: error: message". */
void diag_add_at(diag_list *d, diag_severity sev, const char *file, long line, long col,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* The same with a va_list (for a module's own printf-like error helper). */
void diag_vadd(diag_list *d, diag_severity sev, const char *file, long line,
               const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 0)))
#endif
    ;

/* Append src's diagnostics to dst (dst's cap applies), and count the errors
 * src dropped as dropped in dst. */
void diag_list_append(diag_list *dst, const diag_list *src);

int diag_count(const diag_list *d);          /* stored diagnostics */
int diag_error_count(const diag_list *d);    /* errors, stored or dropped */
int diag_warning_count(const diag_list *d);
int diag_dropped(const diag_list *d);        /* errors beyond the cap */
int diag_full(const diag_list *d);           /* error cap reached: stop early */
int diag_cap(const diag_list *d);            /* the cap given to diag_list_new */

/* Sort the diagnostics from index `from` on by line, then column (those
 * without a line first), keeping the order of equal positions. */
void diag_sort(diag_list *d, int from);

diag_severity diag_severity_at(const diag_list *d, int i);
const char *diag_file_at(const diag_list *d, int i);   /* may be NULL */
long diag_line_at(const diag_list *d, int i);
long diag_column_at(const diag_list *d, int i);        /* 0: no column */
const char *diag_message_at(const diag_list *d, int i);

/* Format diagnostic i as "file:line: error: message" or, with a column,
 * "file:line:col: error: message" (parts without a value are left out).  Returns the length it needed, like snprintf. */
int diag_format(const diag_list *d, int i, char *buf, size_t cap);

/* A malloc'ed copy of s with control characters written as \n, \t, \r or
 * \xNN (how every file, name and message is echoed: a name holding a line
 * break cannot forge a diagnostic line); NULL for NULL or out of memory.
 * The caller frees it. */
char *diag_escape(const char *s);

/* Short name of a status, e.g. "invalid input". */
const char *yo_status_name(yo_status s);

#endif
