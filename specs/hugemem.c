/* hugemem.c — see hugemem.h. */
#define _DEFAULT_SOURCE /* madvise */
#include "specs/hugemem.h"

#include <stdlib.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)

void *hugemem_alloc(size_t bytes)
{
  if (bytes < 2 * HUGE_PAGE) return malloc(bytes);
  void *p = NULL;
  if (posix_memalign(&p, HUGE_PAGE, bytes) != 0) return NULL;
#ifdef MADV_HUGEPAGE
  (void)madvise(p, bytes, MADV_HUGEPAGE);
#endif
  return p;
}
