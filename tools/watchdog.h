/* watchdog.h — the wall-clock limit behind --timeout: after S seconds the
 * process prints "yoneda: timeout after S s" on stderr and exits with
 * status 3 (limit), whatever it was doing.  Commands that can stop cleanly
 * (the SMT engines take the timeout themselves) arm it with some slack.
 *
 * Ownership: process-wide state (one SIGALRM handler and timer).
 */
#ifndef YONEDA_WATCHDOG_H
#define YONEDA_WATCHDOG_H

/* Arm the watchdog for `seconds` (<= 0: do nothing).  `shown` is the
 * number printed in the message (usually the user's --timeout). */
void watchdog_start(double seconds, double shown);

/* Disarm it. */
void watchdog_stop(void);

#endif
