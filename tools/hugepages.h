/* hugepages.h — transparent huge pages for the z3 engine's memory.
 *
 * `represent --engine z3` on one large block has Z3 allocate several
 * hundred MB through malloc; in a virtual machine every page fault is
 * expensive (S_7 x Z_20, one block of 100,800 morphisms: 770 MB, about
 * 2.4 s of system time in 190,000 faults).  glibc's tunable
 * glibc.malloc.hugetlb=1 makes malloc ask for transparent huge pages
 * (madvise), which halves that time, but it is read only when a process
 * starts.  So `yoneda represent ... --engine z3` re-executes itself once,
 * early in main, with the tunable added to GLIBC_TUNABLES (other tunables
 * kept).  Nothing else does: the enumeration grows its tables by realloc,
 * which on huge pages kept old and new pages resident at once
 * (specs/coset_table.c).  A user who set glibc.malloc.hugetlb keeps their
 * value; if the re-execution fails, the command runs as it is.
 */
#ifndef YONEDA_HUGEPAGES_H
#define YONEDA_HUGEPAGES_H

#include <stddef.h>

/* The GLIBC_TUNABLES value to re-execute with for the command line
 * argv[0..argc) (argv[1] the command) when the current value is `current`
 * (NULL: unset), written into buf (cap bytes); NULL when no re-execution
 * is wanted (not the z3 engine, the tunable already set, or buf too
 * small). */
const char *hugepages_tunables(int argc, char **argv, const char *current, char *buf,
                               size_t cap);

/* Re-execute /proc/self/exe with hugepages_tunables' value, if any.
 * Returns only when there is none or the re-execution failed (then the
 * environment is as it was). */
void hugepages_reexec(int argc, char **argv);

#endif
