/* junit.h — JUnit XML reports of `yoneda claims --junit`, the format CI
 * systems read: <testsuites> holding one <testsuite> per spec file and one
 * <testcase> per claim, with <failure>, <error> or <skipped/> children.
 * Cases are collected in memory (a suite's counts are attributes that
 * precede its cases) and written with libxml2's xmlwriter to a stream (the
 * caller's tools/outfile.h file, replaced atomically).
 *
 * Ownership: junit_new returns a report freed with junit_free; all strings
 * passed in are copied.
 */
#ifndef YONEDA_JUNIT_H
#define YONEDA_JUNIT_H

#include <stdio.h>

typedef struct junit_report junit_report;

typedef enum junit_outcome {
  JUNIT_PASSED = 0,
  JUNIT_FAILED = 1,   /* <failure message= type=>text</failure> */
  JUNIT_ERROR = 2,    /* <error message= type=>text</error> */
  JUNIT_SKIPPED = 3   /* <skipped message=/> */
} junit_outcome;

/* A new, empty report; NULL on OOM. */
junit_report *junit_new(void);
void junit_free(junit_report *r);

/* Add a suite (e.g. one per spec file); returns its index, -1 on OOM. */
int junit_add_suite(junit_report *r, const char *name);

/* Add a case to suite s.  message/type/text are used for non-passed
 * outcomes (may be NULL).  0 on success, -1 on OOM. */
int junit_add_case(junit_report *r, int s, const char *name, const char *classname,
                   double seconds, junit_outcome outcome, const char *message,
                   const char *type, const char *text);

/* Write the report to f.  0 on success; -1 on a write error or OOM
 * (nothing printed: the caller names the file). */
int junit_write(const junit_report *r, FILE *f);

#endif
