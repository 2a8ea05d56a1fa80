/* check_represent.c — kernels 3 and 4 (check.h): a representability
 * certificate checked against a prepared context (a category accepted by
 * kernel 1, a task by kernel 2), and a rejection explained in the user's
 * names: the morphism whose listed image is wrong, the object and element
 * whose witness fails (untrusted C, as in check_category.c). */
#include "proofs/check_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/flat.h"
#include "proofs/kernel/krepresent.h"
#include "specs/progress_hook.h"

/* The certificate's witness kinds are passed to the kernel unchanged. */
_Static_assert(WIT_EMPTY == KREP_EMPTY && WIT_CARDINALITY == KREP_CARDINALITY &&
               WIT_PER_ELEMENT == KREP_PER_ELEMENT &&
               WIT_COLLISION == KREP_COLLISION && WIT_UNREACHED == KREP_UNREACHED,
               "cert.h witness kinds must match the kernel's");

/* ---- kernels 3 and 4 ------------------------------------------------------------------ */

static long *longs(int count)
{
  return malloc((size_t)(count > 0 ? count : 1) * sizeof(long));
}

/* Fill val with T(f)(u) for P's block, untrusted (for diagnostics only). */
static void untrusted_values(const flat_cat *c, const flat_task *t, int P,
                             int u, long *val)
{
  for (int v = 0; v < c->n; v++) {
    if (c->src[v] != P) continue;
    if (v == c->root[P]) { val[v] = u; continue; }
    int p = c->parent[v], g = c->pgen[v];
    val[v] = (p >= 0 && g >= 0 && val[p] >= 0 &&
              val[p] < t->sz[c->gsrc[g]]) ? t->act[t->aoff[g] + val[p]] : -1;
  }
}

/* The names a rejection of t's certificate speaks: morphisms of the
 * working category in the task's own category's reading, elements of t. */
typedef struct namer {
  const task *t;
  const category *work;
  int rev;
  char buf[4][256];
} namer;

static const char *mor(namer *n, int slot, int f)
{
  return check_morphism_text(n->work, f, n->rev, n->buf[slot], (int)sizeof n->buf[slot]);
}

static const char *elem(const namer *n, int x, long e)
{
  return check_element_text(n->t, x, e);
}

static const char *obj(const namer *n, int x) { return check_object_text(n->work, x); }

/* "Hom(P,Y)" as the user reads it: Hom(Y,P) of C for a contravariant task. */
static const char *hom_text(namer *n, int slot, int P, int Y)
{
  snprintf(n->buf[slot], sizeof n->buf[slot], "Hom(%s,%s)", obj(n, n->rev ? Y : P),
           obj(n, n->rev ? P : Y));
  return n->buf[slot];
}

static void explain_positive(const task *t, const category *work,
                             const flat_cat *c, const flat_task *f,
                             const rep_cert *cert, int bstart, diag_list *d)
{
  const char *name = task_name(t);
  namer nm = {t, work, task_variance_of(t) == TASK_CONTRAVARIANT, {{0}}};
  int P = cert->object, u = cert->element;
  if (P < 0 || P >= c->m || u < 0 || u >= f->sz[P]) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
             "task '%s': its universal object or element is not one of the task's",
             name);
    return;
  }
  long *val = longs(c->n);
  if (!val) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return;
  }
  for (int v = 0; v < c->n; v++) val[v] = -1;
  untrusted_values(c, f, P, u, val);
  const char *el = elem(&nm, P, u);
  for (int Y = 0; Y < c->m; Y++) {
    for (int v1 = 0; v1 < c->n; v1++) {
      if (c->src[v1] != P || c->tgt[v1] != Y) continue;
      for (int v2 = v1 + 1; v2 < c->n; v2++) {
        if (c->src[v2] != P || c->tgt[v2] != Y || val[v1] != val[v2]) continue;
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
                 "task '%s': ('%s', '%s') is not universal: '%s' and '%s' in %s both "
                 "send it to '%s'", name, obj(&nm, P), el, mor(&nm, 0, v1), mor(&nm, 1, v2),
                 hom_text(&nm, 2, P, Y), elem(&nm, Y, val[v1]));
        free(val);
        return;
      }
    }
    for (int e = 0; e < f->sz[Y]; e++) {
      int hit = 0;
      for (int v = 0; v < c->n && !hit; v++)
        hit = c->src[v] == P && c->tgt[v] == Y && val[v] == e;
      if (!hit) {
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
                 "task '%s': ('%s', '%s') is not universal: no morphism in %s "
                 "sends it to '%s'", name, obj(&nm, P), el, hom_text(&nm, 0, P, Y),
                 elem(&nm, Y, e));
        free(val);
        return;
      }
    }
  }
  for (int k = 0; k < cert->nimages; k++) {
    int v = bstart + k;
    if (v >= c->n || c->src[v] != P || cert->images[k] != val[v]) {
      int Y = v < c->n ? c->tgt[v] : -1;
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
               "task '%s': the image listed for morphism '%s' is '%s', the task "
               "gives '%s'", name, mor(&nm, 0, v), elem(&nm, Y, cert->images[k]),
               elem(&nm, Y, v < c->n ? val[v] : -1L));
      free(val);
      return;
    }
  }
  free(val);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for task "
           "'%s': its list of images does not cover the morphisms out of '%s'",
           name, obj(&nm, P));
}

static yo_status run_positive(const task *t, const category *work,
                              const flat_cat *c, const flat_task *f,
                              const rep_cert *cert, diag_list *d)
{
  int P = cert->object;
  int bstart = P >= 0 && P < c->m ? category_block_start(work, P) : 0;
  int smax = 1;
  for (int x = 0; x < c->m; x++)
    if (f->sz[x] > smax) smax = f->sz[x];
  long *val = longs(c->n);
  unsigned char *seen = malloc((size_t)smax);
  static const int none[1] = {0};
  const int *images = cert->images ? cert->images : none;
  int nimages = cert->images ? cert->nimages : 0;
  if (!val || !seen) {
    free(val); free(seen);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  progress_hook_kernel("kernel 3: representable");
  int ok = krep_check_positive(c->n, c->m, c->G, c->src, c->tgt, c->gsrc,
                               c->gtgt, c->root, c->parent, c->pgen, f->sz,
                               f->aoff, f->act, f->A, P, cert->element, images,
                               nimages, bstart, val, seen, smax);
  free(val); free(seen);
  if (ok) return YO_OK;
  explain_positive(t, work, c, f, cert, bstart, d);
  return YO_INTERNAL;
}

static const char *witness_name(int kind)
{
  switch (kind) {
  case WIT_EMPTY: return "empty";
  case WIT_CARDINALITY: return "cardinality";
  case WIT_PER_ELEMENT: return "per-element";
  case WIT_COLLISION: return "collision";
  case WIT_UNREACHED: return "unreached";
  default: return "unknown";
  }
}

/* The element witness for u in T(P): 1 when it holds, else 0 with the
 * reason in why.  (Untrusted: diagnostics only.) */
static int element_witness_holds(namer *nm, const flat_cat *c, const flat_task *f,
                                 const cert_element_witness *x, int P, int u, long *val,
                                 char *why, size_t cap)
{
  int Y = x->object;
  const char *el = elem(nm, P, u);
  if (Y < 0 || Y >= c->m) {
    snprintf(why, cap, "at element '%s': no such object", el);
    return 0;
  }
  for (int v = 0; v < c->n; v++) val[v] = -1;
  untrusted_values(c, f, P, u, val);
  if (x->kind == WIT_COLLISION) {
    int f1 = x->f1, f2 = x->f2;
    for (int i = 0; i < 2; i++) {
      int h = i ? f2 : f1;
      if (h < 0 || h >= c->n || c->src[h] != P || c->tgt[h] != Y) {
        snprintf(why, cap, "at element '%s': '%s' is not in %s", el, mor(nm, 0, h),
                 hom_text(nm, 1, P, Y));
        return 0;
      }
    }
    if (f1 == f2) {
      snprintf(why, cap, "at element '%s': the collision names '%s' twice", el,
               mor(nm, 0, f1));
      return 0;
    }
    if (val[f1] != val[f2]) {
      snprintf(why, cap, "at element '%s': '%s' sends it to '%s' but '%s' to '%s'", el,
               mor(nm, 0, f1), elem(nm, Y, val[f1]), mor(nm, 1, f2), elem(nm, Y, val[f2]));
      return 0;
    }
    return 1;
  }
  if (x->kind == WIT_UNREACHED) {
    if (x->element < 0 || x->element >= f->sz[Y]) {
      snprintf(why, cap, "at element '%s': the missing element is not in T(%s)", el,
               obj(nm, Y));
      return 0;
    }
    for (int v = 0; v < c->n; v++)
      if (c->src[v] == P && c->tgt[v] == Y && val[v] == x->element) {
        snprintf(why, cap, "at element '%s': '%s' sends it to '%s', which is said to be "
                 "missed", el, mor(nm, 0, v), elem(nm, Y, x->element));
        return 0;
      }
    return 1;
  }
  snprintf(why, cap, "at element '%s': unknown witness", el);
  return 0;
}

/* Does the witness for object P hold?  1, or 0 with the reason in why.
 * (Untrusted: diagnostics only.) */
static int object_witness_holds(namer *nm, const flat_cat *c, const flat_task *f,
                                const rep_cert *cert, int P, long *val, char *why,
                                size_t cap)
{
  const cert_object_witness *w = &cert->objects[P];
  if (w->kind == WIT_EMPTY) {
    snprintf(why, cap, "T(%s) has %d element%s", obj(nm, P), f->sz[P],
             f->sz[P] == 1 ? "" : "s");
    return f->sz[P] == 0;
  }
  if (w->kind == WIT_CARDINALITY) {
    int Y = w->object;
    if (Y < 0 || Y >= c->m) {
      snprintf(why, cap, "no such object");
      return 0;
    }
    int count = 0;
    for (int v = 0; v < c->n; v++)
      count += c->src[v] == P && c->tgt[v] == Y;
    snprintf(why, cap, "|%s| = |T(%s)| = %d", hom_text(nm, 0, P, Y), obj(nm, Y), count);
    return count != f->sz[Y];
  }
  if (w->kind != WIT_PER_ELEMENT || !cert->elements || w->first < 0 ||
      w->first > cert->nelements - f->sz[P]) {
    snprintf(why, cap, "it does not list one witness per element of T(%s)", obj(nm, P));
    return 0;
  }
  for (int u = 0; u < f->sz[P]; u++)
    if (!element_witness_holds(nm, c, f, &cert->elements[w->first + u], P, u, val, why, cap))
      return 0;
  return 1;
}

static yo_status run_negative(const task *t, const category *work,
                              const flat_cat *c, const flat_task *f,
                              const rep_cert *cert, diag_list *d)
{
  const char *name = task_name(t);
  if (cert->nobjects != c->m || !cert->objects) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for task "
             "'%s': %d object witnesses for %d objects", name, cert->nobjects,
             c->m);
    return YO_INTERNAL;
  }
  int NE = cert->elements ? cert->nelements : 0;
  int *wkind = flat_ints(c->m), *wobj = flat_ints(c->m), *wfirst = flat_ints(c->m);
  int *ekind = flat_ints(NE), *eobj = flat_ints(NE), *ef1 = flat_ints(NE), *ef2 = flat_ints(NE);
  int *eelem = flat_ints(NE);
  long *val = longs(c->n), *cnt = longs(c->m);
  yo_status st = YO_INTERNAL;
  if (!wkind || !wobj || !wfirst || !ekind || !eobj || !ef1 || !ef2 ||
      !eelem || !val || !cnt) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    goto done;
  }
  for (int x = 0; x < c->m; x++) {
    wkind[x] = cert->objects[x].kind;
    wobj[x] = cert->objects[x].object;
    wfirst[x] = cert->objects[x].first;
  }
  for (int i = 0; i < NE; i++) {
    ekind[i] = cert->elements[i].kind;
    eobj[i] = cert->elements[i].object;
    ef1[i] = cert->elements[i].f1;
    ef2[i] = cert->elements[i].f2;
    eelem[i] = cert->elements[i].element;
  }
  progress_hook_kernel("kernel 4: not representable");
  if (krep_check_negative(c->n, c->m, c->G, c->src, c->tgt, c->gsrc, c->gtgt,
                          c->root, c->parent, c->pgen, f->sz, f->aoff, f->act,
                          f->A, wkind, wobj, wfirst, NE, ekind, eobj, ef1, ef2,
                          eelem, val, cnt)) {
    st = YO_OK;
    goto done;
  }
  /* find the first object whose witness does not hold (untrusted) */
  namer nm = {t, work, task_variance_of(t) == TASK_CONTRAVARIANT, {{0}}};
  for (int P = 0; P < c->m; P++) {
    char why[800];
    if (!object_witness_holds(&nm, c, f, cert, P, val, why, sizeof why)) {
      diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
               "task '%s': the %s witness for object '%s' does not hold: %s", name,
               witness_name(wkind[P]), obj(&nm, P), why);
      goto done;
    }
  }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for task "
           "'%s'", name);
done:
  free(wkind); free(wobj); free(wfirst); free(ekind); free(eobj);
  free(ef1); free(ef2); free(eelem); free(val); free(cnt);
  return st;
}

/* ---- prepared contexts ------------------------------------------------------------------ */

void check_context_free(check_context *k)
{
  if (!k) return;
  if (k->own_cat && k->cat) {
    check_flat_cat_free(k->cat);
    free(k->cat);
  }
  check_flat_task_free(&k->ft);
  free(k);
}

const category *check_context_work(const check_context *k) { return k->work; }

/* A context holding kernel 1's verdict on work. */
yo_status check_prepare_category(const category *work, int reversed, check_context **out,
                                 diag_list *d)
{
  *out = NULL;
  check_context *k = calloc(1, sizeof *k);
  flat_cat *f = k ? malloc(sizeof *f) : NULL;
  if (!f) {
    free(k);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  k->work = work;
  k->cat = f;
  k->own_cat = 1;
  yo_status st = check_category_kernel(work, reversed, f, d);
  if (st != YO_OK) {
    check_flat_cat_free(f);   /* category_kernel leaves f freeable */
    free(f);
    free(k);
    return st;
  }
  *out = k;
  return YO_OK;
}

/* A task context on top of a category context (borrowed: it must outlive
 * the result). */
yo_status check_prepare_task(const check_context *base, const task *t, check_context **out,
                             diag_list *d)
{
  *out = NULL;
  check_context *k = calloc(1, sizeof *k);
  if (!k) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  k->work = base->work;
  k->cat = base->cat;
  k->own_cat = 0;
  k->t = t;
  yo_status st = check_task_kernel(t, base->work, base->cat, &k->ft, d);
  if (st != YO_OK) {
    check_context_free(k);
    return st;
  }
  *out = k;
  return YO_OK;
}

yo_status check_prepare(const task *t, const category *work, check_context **out,
                        diag_list *d)
{
  check_context *base = NULL, *k = NULL;
  *out = NULL;
  yo_status st =
      check_prepare_category(work, task_variance_of(t) == TASK_CONTRAVARIANT, &base, d);
  if (st != YO_OK) return st;
  st = check_prepare_task(base, t, &k, d);
  if (st != YO_OK) {
    check_context_free(base);
    return st;
  }
  /* the task context takes over the flattened category */
  k->own_cat = 1;
  base->own_cat = 0;
  check_context_free(base);
  *out = k;
  return YO_OK;
}

/* 0 (with the reason in d) when the certificate names another task. */
static int cert_names_task(const rep_cert *cert, const task *t, diag_list *d)
{
  if (!cert->task || strcmp(cert->task, task_name(t)) == 0) return 1;
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate: it is "
           "for task '%s', not '%s'", cert->task, task_name(t));
  return 0;
}

yo_status check_certificate(const check_context *k, const rep_cert *cert, diag_list *d)
{
  const task *t = k->t;
  if (!t) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: no task was prepared for this certificate");
    return YO_INTERNAL;
  }
  if (!cert_names_task(cert, t, d)) return YO_INTERNAL;
  if (cert->verdict == CERT_REPRESENTABLE)
    return run_positive(t, k->work, k->cat, &k->ft, cert, d);
  if (cert->verdict == CERT_NOT_REPRESENTABLE)
    return run_negative(t, k->work, k->cat, &k->ft, cert, d);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the certificate for "
           "task '%s': unknown verdict", task_name(t));
  return YO_INTERNAL;
}

yo_status check_representability(const task *t, const category *work,
                                 const rep_cert *cert, diag_list *d)
{
  if (!cert_names_task(cert, t, d)) return YO_INTERNAL;
  check_context *k = NULL;
  yo_status st = check_prepare(t, work, &k, d);
  if (st == YO_OK) st = check_certificate(k, cert, d);
  check_context_free(k);
  return st;
}
