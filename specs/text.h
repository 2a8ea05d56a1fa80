/* text.h — the two string chores every floor has: copying a string, and
 * ending a message fragment that did not fit its buffer with "...".
 *
 * Ownership: text_dup returns a malloc'ed copy the caller frees.
 */
#ifndef YONEDA_TEXT_H
#define YONEDA_TEXT_H

#include <stddef.h>

/* A malloc'ed copy of s; NULL when s is NULL or memory runs out. */
char *text_dup(const char *s);

/* After a snprintf-like call wrote into buf[cap] and reported that it
 * needed `need` characters: when they did not fit, end buf with "..." (a
 * cut message fragment, e.g. a very long morphism).  Returns buf. */
char *text_cut(char *buf, size_t cap, int need);

#endif
