/* check_functor.c — kernel 6 (check.h): a functor's object map and
 * generator images flattened against both categories (each accepted by
 * kernel 1), and which part of the kernel rejected. */
#include "proofs/check_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/flat.h"
#include "proofs/kernel/kfunctor.h"
#include "specs/progress_hook.h"

/* ---- kernel 6 ---------------------------------------------------------------------- */

yo_status check_functor(const functor *F, diag_list *d)
{
  const category *C = functor_source(F), *D = functor_target(F);
  flat_cat fc, fd;
  memset(&fd, 0, sizeof fd);
  yo_status st = check_category_kernel(C, &fc, d);
  if (st == YO_OK) st = check_category_kernel(D, &fd, d);
  int *fobj = NULL, *foff = NULL, *flen = NULL, *fgen = NULL;
  if (st != YO_OK) goto done;
  long FW = 0;
  for (int g = 0; g < fc.G; g++) {
    const int *w = NULL;
    int n = 0;
    functor_generator_word(F, g, &w, &n);
    FW += n;
  }
  if (FW > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: functor '%s' is too large for "
             "the kernel (its image words exceed its int indices)",
             functor_name(F));
    st = YO_LIMIT;
    goto done;
  }
  fobj = flat_ints(fc.m); foff = flat_ints(fc.G); flen = flat_ints(fc.G); fgen = flat_ints(FW);
  if (!fobj || !foff || !flen || !fgen) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    st = YO_INTERNAL;
    goto done;
  }
  for (int x = 0; x < fc.m; x++) fobj[x] = functor_object(F, x);
  int pos = 0;
  for (int g = 0; g < fc.G; g++) {
    const int *w = NULL;
    int n = 0;
    functor_generator_word(F, g, &w, &n);
    foff[g] = pos; flen[g] = n;
    for (int i = 0; i < n; i++) fgen[pos++] = w[i];
  }
  progress_hook_kernel("kernel 6: functor");
  int part = kfun_check(fd.n, fd.m, fd.G, fd.D, fd.src, fd.tgt, fd.gsrc,
                        fd.gtgt, fd.gslot, fd.ogen, fd.root, fd.next,
                        fd.parent, fd.pgen, fc.m, fc.G,
                        fc.gsrc, fc.gtgt, fc.E, fc.W, fc.eq_src, fc.woff,
                        fc.wlen, fc.wgen, fobj, foff, flen, fgen, (int)FW);
  if (!part) {
    /* which part: typing of a generator, or an equation */
    int typing = kfun_typing(fd.n, fd.m, fd.G, fd.D, fd.src, fd.tgt, fd.gsrc,
                             fd.gtgt, fd.gslot, fd.ogen, fd.root, fd.next,
                        fd.parent, fd.pgen, fc.m, fc.G,
                             fc.gsrc, fc.gtgt, fobj, foff, flen, fgen, (int)FW);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected functor '%s': %s",
             functor_name(F),
             typing ? "an equation of its source is not preserved"
                    : "the image of a generator is not a path between the "
                      "images of its source and target");
    st = YO_INTERNAL;
  }
done:
  free(fobj); free(foff); free(flen); free(fgen);
  check_flat_cat_free(&fc);
  check_flat_cat_free(&fd);
  return st;
}
