/* print.h — how the `yoneda` tool talks to people: diagnostics exactly as
 * diag_format renders them ("FILE:LINE: error: message", one per line, on
 * stderr), the "N more errors not shown" tail, tool-level errors
 * ("yoneda: message"), and morphism/element names in answers.
 *
 * Ownership: nothing is retained; all inputs are borrowed.
 */
#ifndef YONEDA_PRINT_H
#define YONEDA_PRINT_H

#include <stdio.h>

#include "specs/category.h"
#include "specs/diag.h"

/* Print every diagnostic of d (errors, warnings, notes) to stderr, then
 * "FILE: N more errors not shown" when errors were dropped (`file` names
 * the input they belong to; NULL: "N more errors not shown"). */
void print_diags(const diag_list *d, const char *file);

/* Print the messages of d's errors as "PREFIX: message" lines to stderr
 * (e.g. "certificate rejected by the kernel"), and its warnings as
 * diag_format gives them.  Prints "PREFIX" alone when d holds no error. */
void print_diags_prefixed(const diag_list *d, const char *prefix);

/* Like print_diags_prefixed, for the kernel's reasons (proofs/check.h):
 * their own leading "kernel rejected the certificate for ", "kernel
 * rejected " or "kernel: " is dropped, so that with the prefix
 * "certificate rejected by the kernel" a line reads "certificate rejected
 * by the kernel: task 'T': the image listed for morphism r is 1, ...". */
void print_kernel_rejection(const diag_list *d, const char *prefix);

/* A kernel reason without that leading text (a pointer into msg). */
const char *print_kernel_reason(const char *msg);

/* "yoneda: message" on stderr. */
void print_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Morphism f of c in spec-v1 path syntax (see category_format_morphism),
 * into buf; returns buf (truncated with "..." when it does not fit). */
char *print_morphism(const category *c, int f, int reversed, char *buf, size_t cap);

/* "s" unless n is 1: "%d object%s", n, print_s(n). */
const char *print_s(long n);

/* The first error message of d, or `fallback` when there is none. */
const char *print_first_error(const diag_list *d, const char *fallback);

#endif
