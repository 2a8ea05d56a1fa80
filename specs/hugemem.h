/* hugemem.h — large arrays written once right after they are allocated
 * (the name table's slots, a task's block of maps, a large set's names):
 * from 4 MB on they are 2 MB-aligned with transparent huge pages asked
 * for, so that filling them takes a few page faults instead of one per
 * 4 KB page, and random probes into them miss the TLB less.
 *
 * Ownership: the caller frees the result with free().
 */
#ifndef YONEDA_SPECS_HUGEMEM_H
#define YONEDA_SPECS_HUGEMEM_H

#include <stddef.h>

/* bytes of uninitialised memory (malloc below 4 MB), or NULL. */
void *hugemem_alloc(size_t bytes);

#endif
