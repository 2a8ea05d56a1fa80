/* text.h — the string chores every floor has: copying a string, ending a
 * message fragment that did not fit its buffer with "...", and building a
 * long text piece by piece.
 *
 * Ownership: text_dup returns a malloc'ed copy the caller frees; a
 * text_buf's string (s) is malloc'ed and belongs to whoever owns the buffer
 * (free(b.s) when done, or keep it).
 */
#ifndef YONEDA_TEXT_H
#define YONEDA_TEXT_H

#include <stdarg.h>
#include <stddef.h>

/* A malloc'ed copy of s; NULL when s is NULL or memory runs out. */
char *text_dup(const char *s);

/* After a snprintf-like call wrote into buf[cap] and reported that it
 * needed `need` characters: when they did not fit, end buf with "..." (a
 * cut message fragment, e.g. a very long morphism).  Returns buf. */
char *text_cut(char *buf, size_t cap, int need);

/* A growing string: start with {0} (s NULL, empty); s stays NUL-terminated
 * once anything was appended.  After an allocation failure oom is 1 and
 * further appends do nothing. */
typedef struct text_buf {
  char *s;
  size_t len, cap;
  int oom;
} text_buf;

/* Append printf-formatted text to b. */
void text_printf(text_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The same with a va_list (consumed, as by vprintf). */
void text_vprintf(text_buf *b, const char *fmt, va_list ap);

#endif
