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

/* The node of D that the image of the word w (n generators of C) reaches
 * from node v, or -1 (untrusted: diagnostics only). */
static int image_trace(const flat_cat *fd, const int *foff, const int *flen, const int *fgen,
                       const int *w, int n, int v)
{
  for (int i = 0; i < n && v >= 0; i++) v = check_trace(fd, fgen + foff[w[i]], flen[w[i]], v);
  return v;
}

/* Name the generator whose image is ill-typed, or the equation of C whose
 * sides F sends to different morphisms of D. */
static void explain_functor(const functor *F, const flat_cat *fc, const flat_cat *fd,
                            const int *fobj, const int *foff, const int *flen, const int *fgen,
                            diag_list *d)
{
  const category *C = functor_source(F), *D = functor_target(F);
  char b1[256], b2[256], b3[256], b4[256];
  for (int g = 0; g < fc->G; g++) {
    int x = fobj[fc->gsrc[g]], y = fobj[fc->gtgt[g]];
    int v = x >= 0 && x < fd->m ? check_trace(fd, fgen + foff[g], flen[g], fd->root[x]) : -1;
    if (v < 0 || fd->tgt[v] != y) {
      check_word_text(D, x, fgen + foff[g], flen[g], 0, b1, sizeof b1);
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected functor '%s': the image '%s' of "
               "generator '%s' is not a path from '%s' to '%s'", functor_name(F), b1,
               category_generator_name(C, g), check_object_text(D, x), check_object_text(D, y));
      return;
    }
  }
  for (int e = 0; e < fc->E; e++) {
    int x = fobj[fc->eq_src[e]];
    if (x < 0 || x >= fd->m) continue;
    int root = fd->root[x];
    const int *lw = fc->wgen + fc->woff[2 * e], *rw = fc->wgen + fc->woff[2 * e + 1];
    int ln = fc->wlen[2 * e], rn = fc->wlen[2 * e + 1];
    int l = image_trace(fd, foff, flen, fgen, lw, ln, root);
    int r = image_trace(fd, foff, flen, fgen, rw, rn, root);
    if (l < 0 || l != r) {
      long line = 0;
      category_equation(C, e, NULL, NULL, NULL, NULL, NULL, &line);
      check_word_text(C, fc->eq_src[e], lw, ln, 0, b1, sizeof b1);
      check_word_text(C, fc->eq_src[e], rw, rn, 0, b2, sizeof b2);
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected functor '%s': equation %s = %s "
               "(line %ld) of '%s' is not preserved: its sides go to '%s' and '%s' of '%s'",
               functor_name(F), b1, b2, line, category_name(C),
               check_morphism_text(D, l, 0, b3, sizeof b3),
               check_morphism_text(D, r, 0, b4, sizeof b4), category_name(D));
      return;
    }
  }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected functor '%s'", functor_name(F));
}

yo_status check_functor(const functor *F, diag_list *d)
{
  const category *C = functor_source(F), *D = functor_target(F);
  flat_cat fc, fd;
  memset(&fd, 0, sizeof fd);
  yo_status st = check_category_kernel(C, 0, &fc, d);
  if (st == YO_OK) st = check_category_kernel(D, 0, &fd, d);
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
    explain_functor(F, &fc, &fd, fobj, foff, flen, fgen, d);
    st = YO_INTERNAL;
  }
done:
  free(fobj); free(foff); free(flen); free(fgen);
  check_flat_cat_free(&fc);
  check_flat_cat_free(&fd);
  return st;
}
