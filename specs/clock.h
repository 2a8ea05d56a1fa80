/* clock.h — the two clocks the library and the tool read: seconds on a
 * monotonic wall clock (timeouts, progress lines, the times reports
 * print) and the CPU time of the process (census statistics).  Only
 * differences between two readings mean anything.
 *
 * Ownership: nothing is allocated.
 */
#ifndef YONEDA_CLOCK_H
#define YONEDA_CLOCK_H

/* Seconds on CLOCK_MONOTONIC. */
double clock_seconds(void);

/* CPU seconds used by the process (CLOCK_PROCESS_CPUTIME_ID). */
double clock_cpu_seconds(void);

#endif
