/* check_natural.c — kernel 5 (check.h): natural transformations S => T
 * between two tasks (check_nat), and against Hom(X,-) read straight from
 * the working category, object by object (check_hom); a rejection names
 * the component or the square that fails. */
#include "proofs/check_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/flat.h"
#include "proofs/kernel/knatural.h"
#include "specs/progress_hook.h"

/* ---- kernel 5 (issue 8) ------------------------------------------------------------ */

struct check_nat {
  const task *S, *T;
  int m, G, SA, TA, AL;
  int *gsrc, *gtgt, *ssz, *saoff, *sact, *tsz, *taoff, *tact, *aloff;
  /* a local instance (check_hom): its objects and generators in the task's
   * category, for diagnostics; NULL when the numbering is the global one */
  const int *objglobal, *genglobal;
  /* S = Hom(X,-) of the working category hw (check_hom): element e of the
   * local object i is morphism hstart + hmembers[aloff[i] + e] of hw */
  const category *hw;
  int hX, hstart, hrev;
  const int *hmembers;
};

void check_nat_free(check_nat *k)
{
  if (!k) return;
  free(k->gsrc); free(k->gtgt); free(k->ssz); free(k->saoff); free(k->sact);
  free(k->tsz); free(k->taoff); free(k->tact); free(k->aloff);
  free(k);
}

/* One task's tables, read along the task's own variance (task_domain /
 * task_codomain), which is the covariant action on the working category:
 * kernel 5 only needs each generator's domain and codomain, not the
 * category's Cayley graph. */
static int flatten_nat_task(const task *t, const int *gsrc, int m, int G, int **sz,
                            int **aoff, int **act, int *A)
{
  long total = 0;
  for (int g = 0; g < G; g++) total += task_set_size(t, gsrc[g]);
  if (total > INT_MAX) return 1;
  *A = (int)total;
  *sz = flat_ints(m); *aoff = flat_ints(G); *act = flat_ints(total);
  if (!*sz || !*aoff || !*act) return -1;
  for (int x = 0; x < m; x++) (*sz)[x] = task_set_size(t, x);
  int pos = 0;
  for (int g = 0; g < G; g++) {
    (*aoff)[g] = pos;
    for (int e = 0; e < task_set_size(t, gsrc[g]); e++) (*act)[pos++] = task_apply(t, g, e);
  }
  return 0;
}

check_nat *check_nat_new(const task *S, const task *T, yo_status *st, diag_list *d)
{
  *st = YO_INTERNAL;
  const category *c = task_category(S);
  if (task_category(T) != c || task_variance_of(S) != task_variance_of(T)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: tasks '%s' and '%s' are not on the same "
             "category with the same variance", task_name(S), task_name(T));
    return NULL;
  }
  check_nat *k = calloc(1, sizeof *k);
  if (!k) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return NULL;
  }
  k->S = S; k->T = T;
  k->m = category_object_count(c);
  k->G = category_generator_count(c);
  k->gsrc = flat_ints(k->G); k->gtgt = flat_ints(k->G); k->aloff = flat_ints((long)k->m + 1);
  if (!k->gsrc || !k->gtgt || !k->aloff) goto oom;
  for (int g = 0; g < k->G; g++) {
    k->gsrc[g] = task_domain(S, g);
    k->gtgt[g] = task_codomain(S, g);
  }
  long total = 0;
  for (int x = 0; x < k->m; x++) {
    if (total > INT_MAX) break;
    k->aloff[x] = (int)total;
    total += task_set_size(S, x);
  }
  int r1 = total > INT_MAX ? 1 : flatten_nat_task(S, k->gsrc, k->m, k->G, &k->ssz, &k->saoff,
                                                 &k->sact, &k->SA);
  int r2 = r1 ? r1 : flatten_nat_task(T, k->gsrc, k->m, k->G, &k->tsz, &k->taoff, &k->tact,
                                      &k->TA);
  if (r1 == 1 || r2 == 1) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: tasks '%s' and '%s' are too large for the "
             "kernel (their tables exceed its int indices); nothing was decided",
             task_name(S), task_name(T));
    check_nat_free(k);
    *st = YO_LIMIT;
    return NULL;
  }
  if (r1 < 0 || r2 < 0) goto oom;
  k->aloff[k->m] = (int)total;
  k->AL = (int)total;
  *st = YO_OK;
  return k;
oom:
  check_nat_free(k);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return NULL;
}

/* The source task's name for diagnostics: "Hom(x,-)" (or "Hom(-,x)") for
 * a check_hom instance. */
static const char *nat_side(const check_nat *k, char *buf, size_t cap)
{
  if (k->S) return task_name(k->S);
  const char *x = check_object_text(k->hw, k->hX);
  snprintf(buf, cap, k->hrev ? "Hom(-,%s)" : "Hom(%s,-)", x);
  return buf;
}

/* Element e of the source at local object i, by its name (a morphism for
 * Hom(X,-)). */
static const char *nat_element(const check_nat *k, int i, int e, char *buf, int cap)
{
  if (k->S) return check_element_text(k->S, i, e);
  if (e < 0 || e >= k->ssz[i]) return "(out of range)";
  return check_morphism_text(k->hw, k->hstart + k->hmembers[k->aloff[i] + e], k->hrev, buf,
                             cap);
}

yo_status check_nat_run(const check_nat *k, const int *alpha, diag_list *d)
{
  progress_hook_kernel("kernel 5: naturality");
  static const int none[1] = {0};
  const int *al = k->AL > 0 ? alpha : none;
  if (knat_check(k->m, k->G, k->gsrc, k->gtgt, k->ssz, k->saoff, k->sact, k->SA, k->tsz,
                 k->taoff, k->tact, k->TA, k->aloff, al, k->AL))
    return YO_OK;
  /* locate the failure (untrusted: diagnostics only) */
  const category *c = task_category(k->T);
#define OBJ(x) (k->objglobal ? k->objglobal[x] : (x))
#define GEN(g) (k->genglobal ? k->genglobal[g] : (g))
  char side[300], eb[256];
  for (int x = 0; x < k->m; x++)
    for (int e = 0; e < k->ssz[x]; e++) {
      int v = al[k->aloff[x] + e];
      if (v < 0 || v >= k->tsz[x]) {
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the transformation %s => %s: "
                 "component %s sends element '%s' outside %s(%s)",
                 nat_side(k, side, sizeof side), task_name(k->T),
                 check_object_text(c, OBJ(x)), nat_element(k, x, e, eb, sizeof eb),
                 task_name(k->T), check_object_text(c, OBJ(x)));
        return YO_INTERNAL;
      }
    }
  for (int g = 0; g < k->G; g++)
    for (int e = 0; e < k->ssz[k->gsrc[g]]; e++) {
      int l = k->tact[k->taoff[g] + al[k->aloff[k->gsrc[g]] + e]];
      int r = al[k->aloff[k->gtgt[g]] + k->sact[k->saoff[g] + e]];
      if (l != r) {
        int y = OBJ(k->gtgt[g]);
        nat_side(k, side, sizeof side);
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the transformation %s => %s: the "
                 "square of morphism %s at element '%s' of %s(%s) does not commute ('%s' vs "
                 "'%s')", side, task_name(k->T), category_generator_name(c, GEN(g)),
                 nat_element(k, k->gsrc[g], e, eb, sizeof eb), side,
                 check_object_text(c, OBJ(k->gsrc[g])), check_element_text(k->T, y, l),
                 check_element_text(k->T, y, r));
        return YO_INTERNAL;
      }
    }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected the transformation %s => %s: the tasks' "
           "tables are out of range", nat_side(k, side, sizeof side), task_name(k->T));
  return YO_INTERNAL;
#undef OBJ
#undef GEN
}

yo_status check_transformation(const transformation *a, diag_list *d)
{
  yo_status st;
  check_nat *k = check_nat_new(transformation_from(a), transformation_to(a), &st, d);
  if (!k) return st;
  st = check_nat_run(k, transformation_values(a), d);
  check_nat_free(k);
  return st;
}

/* ---- kernel 5 against Hom(X,-), object by object ------------------------------- */

struct check_hom {
  const category *w;
  const task *T;
  int m, G;
  int *gstart, *glist;        /* generators of work grouped by source (CSR) */
  int *taoff_g, *tact_g, TA;  /* T's tables for every generator, flattened once */
  int *loc;                   /* object -> local index, -1 outside the instance */
  int *count;                 /* scratch per object (0 outside the instance) */
  int *blocal;                /* per morphism of the block: index in Hom(X, target) */
  int *members;               /* the block grouped by local object */
  check_nat k;                /* the local instance */
  int *objs, *gens;           /* local -> global */
  int capm;                   /* capacity of objs */
  int X;
};

void check_hom_free(check_hom *h)
{
  if (!h) return;
  free(h->gstart); free(h->glist); free(h->taoff_g); free(h->tact_g); free(h->loc);
  free(h->count); free(h->blocal); free(h->members);
  free(h->k.gsrc); free(h->k.gtgt); free(h->k.ssz); free(h->k.saoff); free(h->k.sact);
  free(h->k.tsz); free(h->k.taoff); free(h->k.aloff);
  free(h->objs); free(h->gens);
  free(h);
}

check_hom *check_hom_new(const category *work, const task *T, yo_status *st, diag_list *d)
{
  *st = YO_INTERNAL;
  check_hom *h = calloc(1, sizeof *h);
  if (!h) goto oom;
  h->w = work;
  h->T = T;
  h->m = category_object_count(work);
  h->G = category_generator_count(work);
  int m = h->m, G = h->G;
  h->gstart = flat_ints((long)m + 1); h->glist = flat_ints(G); h->taoff_g = flat_ints(G);
  h->loc = flat_ints(m); h->count = flat_ints(m);
  if (!h->gstart || !h->glist || !h->taoff_g || !h->loc || !h->count) goto oom;
  for (int x = 0; x <= m; x++) h->gstart[x] = 0;
  for (int g = 0; g < G; g++) h->gstart[category_generator_source(work, g) + 1]++;
  for (int x = 0; x < m; x++) h->gstart[x + 1] += h->gstart[x];
  for (int x = 0; x < m; x++) {
    h->loc[x] = -1;
    h->count[x] = 0;
  }
  {
    int *fill = flat_ints((long)m + 1);
    if (!fill) goto oom;
    memcpy(fill, h->gstart, (size_t)(m + 1) * sizeof *fill);
    for (int g = 0; g < G; g++) h->glist[fill[category_generator_source(work, g)]++] = g;
    free(fill);
  }
  long TA = 0;
  for (int g = 0; g < G; g++) TA += task_set_size(T, category_generator_source(work, g));
  if (TA > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: task '%s' is too large for the kernel",
             task_name(T));
    check_hom_free(h);
    *st = YO_LIMIT;
    return NULL;
  }
  h->TA = (int)TA;
  h->tact_g = flat_ints(TA);
  if (!h->tact_g) goto oom;
  int pos = 0;
  for (int g = 0; g < G; g++) {
    h->taoff_g[g] = pos;
    int n = task_set_size(T, category_generator_source(work, g));
    for (int e = 0; e < n; e++) h->tact_g[pos++] = task_apply(T, g, e);
  }
  h->X = -1;
  *st = YO_OK;
  return h;
oom:
  check_hom_free(h);
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return NULL;
}

/* Resize *p to n ints (contents kept up to n).  0, or -1 on OOM. */
static int grow(int **p, long n)
{
  if (n > INT_MAX) return -1;
  int *q = realloc(*p, (size_t)(n > 0 ? n : 1) * sizeof *q);
  if (!q) return -1;
  *p = q;
  return 0;
}

yo_status check_hom_prepare(check_hom *h, int X, diag_list *d)
{
  const category *w = h->w;
  check_nat *k = &h->k;
  /* forget the previous instance */
  for (int i = 0; h->X >= 0 && i < k->m; i++) {
    h->loc[h->objs[i]] = -1;
    h->count[h->objs[i]] = 0;
  }
  h->X = X;
  k->m = 0;
  int start = category_block_start(w, X), size = category_block_size(w, X);
  if (grow(&h->blocal, size) < 0 || grow(&h->members, size) < 0) goto oom;
  /* local objects: the targets of the block, in order of first appearance */
  int m = 0;
  for (int i = 0; i < size; i++) {
    int Y = category_target(w, start + i);
    if (h->loc[Y] < 0) {
      if (m >= h->capm) {
        if (grow(&h->objs, 2L * m + 16) < 0) goto oom;
        h->capm = 2 * m + 16;
      }
      h->loc[Y] = m;
      h->objs[m++] = Y;
    }
    h->blocal[i] = h->count[Y]++;
  }
  k->m = m;
  /* local generators: those out of a local object (their targets are local
   * too: Hom(X,-) is closed under composition); the squares of every other
   * generator are empty, since Hom(X, its source) is */
  long G = 0;
  for (int i = 0; i < m; i++) G += h->gstart[h->objs[i] + 1] - h->gstart[h->objs[i]];
  if (grow(&k->ssz, m) < 0 || grow(&k->tsz, m) < 0 || grow(&k->aloff, m + 1L) < 0 ||
      grow(&h->gens, G) < 0 || grow(&k->gsrc, G) < 0 || grow(&k->gtgt, G) < 0 ||
      grow(&k->saoff, G) < 0 || grow(&k->taoff, G) < 0)
    goto oom;
  long total = 0;
  for (int i = 0; i < m; i++) {
    int Y = h->objs[i];
    k->ssz[i] = h->count[Y];
    k->tsz[i] = task_set_size(h->T, Y);
    k->aloff[i] = (int)total;
    total += h->count[Y];
  }
  k->aloff[m] = (int)total;
  for (int i = 0; i < size; i++) {
    int li = h->loc[category_target(w, start + i)];
    h->members[k->aloff[li] + h->blocal[i]] = i;
  }
  long SA = 0;
  int g2 = 0;
  for (int i = 0; i < m; i++) {
    int Y = h->objs[i];
    for (int j = h->gstart[Y]; j < h->gstart[Y + 1]; j++) {
      int g = h->glist[j];
      h->gens[g2] = g;
      k->gsrc[g2] = i;
      k->gtgt[g2] = h->loc[category_generator_target(w, g)];
      k->taoff[g2] = h->taoff_g[g];
      SA += h->count[Y];
      g2++;
    }
  }
  if (SA > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: Hom(%s,-) is too large for the kernel (its "
             "tables exceed its int indices); nothing was decided", check_object_text(w, X));
    return YO_LIMIT;
  }
  if (grow(&k->sact, SA) < 0) goto oom;
  int pos = 0;
  for (int j = 0; j < g2; j++) {
    int i = k->gsrc[j], g = h->gens[j];
    k->saoff[j] = pos;
    for (int e = 0; e < k->ssz[i]; e++) {
      int f = start + h->members[k->aloff[i] + e];
      int t = category_step(w, f, g);
      k->sact[pos++] = t >= start && t < start + size ? h->blocal[t - start] : -1;
    }
  }
  k->S = NULL;
  k->T = h->T;
  k->G = g2;
  k->SA = (int)SA;
  k->TA = h->TA;
  k->tact = h->tact_g;
  k->AL = (int)total;
  k->objglobal = h->objs;
  k->genglobal = h->gens;
  k->hw = w;
  k->hX = X;
  k->hstart = start;
  k->hrev = task_variance_of(h->T) == TASK_CONTRAVARIANT;
  k->hmembers = h->members;
  return YO_OK;
oom:
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
  return YO_INTERNAL;
}

int check_hom_offset(const check_hom *h, int Y)
{
  int i = Y >= 0 && Y < h->m ? h->loc[Y] : -1;
  return i >= 0 ? h->k.aloff[i] : -1;
}

int check_hom_width(const check_hom *h) { return h->k.AL; }

yo_status check_hom_run(const check_hom *h, const int *alpha, diag_list *d)
{
  return check_nat_run(&h->k, alpha, d);
}
