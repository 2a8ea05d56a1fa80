/* hugepages.h — transparent huge pages for the big heaps.
 *
 * Two kinds of run build heaps of hundreds of MB out of many malloc'ed
 * blocks: `represent --engine z3` on one large block (Z3's terms; S_7 x
 * Z_20, 100,800 morphisms in one block: 770 MB) and any command on a large
 * spec file (libxml2's tree, the names, the tasks; the rotation task of
 * 25,000 images). In a virtual machine every page fault is expensive, and
 * glibc's tunable glibc.malloc.hugetlb=1 (malloc asks for transparent
 * huge pages, madvise) cuts their number; but glibc reads it only when a
 * process starts.  So such a command line re-executes itself once, early
 * in main, with the tunable added to GLIBC_TUNABLES (other tunables
 * kept): `represent` with --engine z3, and any command with an operand
 * that names a regular file of XML_MAP_MIN (4 MB) or more.  Nothing else
 * does: S_10 from its small presentation ran 6% slower so (its tables
 * keep their own policy, specs/coset_table.c).  A user who set
 * glibc.malloc.hugetlb keeps their value; if the re-execution fails, the
 * command runs as it is.
 */
#ifndef YONEDA_HUGEPAGES_H
#define YONEDA_HUGEPAGES_H

#include <stddef.h>

/* The GLIBC_TUNABLES value to re-execute with for the command line
 * argv[0..argc) (argv[1] the command) when the current value is `current`
 * (NULL: unset), written into buf (cap bytes); NULL when no re-execution
 * is wanted (neither the z3 engine nor a big input file, the tunable
 * already set, or buf too small).  Looks at the files with stat. */
const char *hugepages_tunables(int argc, char **argv, const char *current, char *buf,
                               size_t cap);

/* Re-execute /proc/self/exe with hugepages_tunables' value, if any.
 * Returns only when there is none or the re-execution failed (then the
 * environment is as it was). */
void hugepages_reexec(int argc, char **argv);

#endif
