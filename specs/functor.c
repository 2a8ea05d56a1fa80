/* functor.c — see functor.h. */
#include "specs/functor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/path.h"
#include "specs/text.h"

typedef struct fgen {
  int *w;            /* NULL: not set */
  int n;
  long line;
} fgen;

struct functor {
  char *name;
  const category *C, *D;
  long line;
  int nobj, ngen;
  int *obj;          /* -1: not set */
  long *obj_line;
  fgen *gen;
};

functor *functor_new(const char *name, const category *source, const category *target,
                     long line)
{
  functor *F = calloc(1, sizeof *F);
  if (!F) return NULL;
  F->name = text_dup(name ? name : "");
  F->C = source;
  F->D = target;
  F->line = line;
  F->nobj = category_object_count(source);
  F->ngen = category_generator_count(source);
  F->obj = malloc(((size_t)F->nobj + 1) * sizeof *F->obj);
  F->obj_line = calloc((size_t)F->nobj + 1, sizeof *F->obj_line);
  F->gen = calloc((size_t)F->ngen + 1, sizeof *F->gen);
  if (!F->name || !F->obj || !F->obj_line || !F->gen) {
    functor_free(F);
    return NULL;
  }
  for (int x = 0; x < F->nobj; x++) F->obj[x] = -1;
  return F;
}

void functor_free(functor *F)
{
  if (!F) return;
  for (int g = 0; F->gen && g < F->ngen; g++) free(F->gen[g].w);
  free(F->gen);
  free(F->obj);
  free(F->obj_line);
  free(F->name);
  free(F);
}

int functor_set_object(functor *F, int x, int y, long line)
{
  if (!F || x < 0 || x >= F->nobj || y < 0 || y >= category_object_count(F->D)) return -1;
  F->obj[x] = y;
  F->obj_line[x] = line;
  return 0;
}

int functor_set_generator(functor *F, int g, const int *w, int n, long line)
{
  if (!F || g < 0 || g >= F->ngen || n < 0) return -1;
  int ngd = category_generator_count(F->D);
  for (int i = 0; i < n; i++)
    if (w[i] < 0 || w[i] >= ngd) return -1;
  int *copy = malloc(((size_t)n + 1) * sizeof *copy);
  if (!copy) return -1;
  if (n > 0) memcpy(copy, w, (size_t)n * sizeof *copy);
  free(F->gen[g].w);
  F->gen[g].w = copy;
  F->gen[g].n = n;
  F->gen[g].line = line;
  return 0;
}

const char *functor_name(const functor *F) { return F->name; }
long functor_line(const functor *F) { return F->line; }
const category *functor_source(const functor *F) { return F->C; }
const category *functor_target(const functor *F) { return F->D; }

int functor_object(const functor *F, int x)
{
  return (F && x >= 0 && x < F->nobj) ? F->obj[x] : -1;
}

void functor_generator_word(const functor *F, int g, const int **w, int *n)
{
  if (!F || g < 0 || g >= F->ngen || !F->gen[g].w) {
    if (w) *w = NULL;
    if (n) *n = 0;
    return;
  }
  if (w) *w = F->gen[g].w;
  if (n) *n = F->gen[g].n;
}

long functor_generator_line(const functor *F, int g)
{
  return (F && g >= 0 && g < F->ngen) ? F->gen[g].line : 0;
}

/* m;F(g) in D, or -1. */
static int step_image(const functor *F, int m, int g)
{
  const fgen *fg = &F->gen[g];
  if (!fg->w) return -1;
  for (int i = 0; i < fg->n && m >= 0; i++) m = category_step(F->D, m, fg->w[i]);
  return m;
}

int functor_morphism(const functor *F, int f)
{
  if (!F || !category_is_enumerated(F->C) || !category_is_enumerated(F->D)) return -1;
  if (f < 0 || f >= category_morphism_count(F->C)) return -1;
  int x = functor_object(F, category_source(F->C, f));
  if (x < 0) return -1;
  int len = category_word_length(F->C, f);
  int small[64];
  int *w = len <= 64 ? small : malloc((size_t)len * sizeof *w);
  if (!w) return -1;
  category_word(F->C, f, w, len);
  int m = category_identity(F->D, x);
  for (int i = 0; i < len && m >= 0; i++) m = step_image(F, m, w[i]);
  if (w != small) free(w);
  return m;
}

/* F applied to a word of C, as a word of D (for messages); returns its
 * length, writing at most cap entries. */
static int image_word(const functor *F, const int *w, int n, int *out, int cap)
{
  int k = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < F->gen[w[i]].n; j++, k++)
      if (k < cap) out[k] = F->gen[w[i]].w[j];
  return k;
}

static void text_of(const category *c, int source, const int *w, int n, char *buf, size_t cap)
{
  text_cut(buf, cap, path_format(c, source, w, n, buf, cap));
}

/* The image of word w (from object src of C) as text of D, followed by
 * " = NF" when m, the morphism it evaluates to, has another normal form. */
static void image_text(const functor *F, int src, const int *w, int n, int m, char *buf,
                       size_t cap)
{
  int tmp[256];
  int k = image_word(F, w, n, tmp, 256);
  if (k > 256) k = 256;   /* text_of cuts long paths anyway */
  text_of(F->D, F->obj[src], tmp, k, buf, cap);
  char nf[256];
  int need = m < 0 ? -1 : category_format_morphism(F->D, m, 0, nf, (int)sizeof nf);
  if (need < 0 || need >= (int)sizeof nf || strcmp(nf, buf) == 0) return;
  size_t len = strlen(buf), nl = (size_t)need;
  if (len + 3 + nl >= cap) return;   /* a long image says enough */
  memcpy(buf + len, " = ", 3);
  memcpy(buf + len + 3, nf, nl + 1);
}

yo_status functor_check(const functor *F, const char *file, diag_list *d)
{
  const category *C = F->C, *D = F->D;
  yo_status st = YO_OK;
  for (int x = 0; x < F->nobj; x++)
    if (F->obj[x] < 0) {
      diag_add(d, DIAG_ERROR, file, F->line, "functor %s has no <map> for object %s", F->name,
               category_object_name(C, x));
      st = YO_INVALID;
    }
  for (int g = 0; g < F->ngen; g++)
    if (!F->gen[g].w) {
      diag_add(d, DIAG_ERROR, file, F->line, "functor %s has no <map> for morphism %s", F->name,
               category_generator_name(C, g));
      st = YO_INVALID;
    }
  if (st != YO_OK) return st;
  /* typing: F(g) goes from F(source g) to F(target g) */
  for (int g = 0; g < F->ngen && !diag_full(d); g++) {
    int a = F->obj[category_generator_source(C, g)], b = F->obj[category_generator_target(C, g)];
    const fgen *fg = &F->gen[g];
    int ok = fg->n == 0 ? a == b
                        : category_generator_source(D, fg->w[0]) == a &&
                              category_word_target(D, a, fg->w, fg->n) == b;
    if (ok) continue;
    char p[256];
    int from = fg->n == 0 ? a : category_generator_source(D, fg->w[0]);
    int to = category_word_target(D, from, fg->w, fg->n);
    text_of(D, from, fg->w, fg->n, p, sizeof p);
    if (to < 0)
      diag_add(d, DIAG_ERROR, file, fg->line,
               "<map morphism=\"%s\"> of functor %s: %s does not compose in %s",
               category_generator_name(C, g), F->name, p, category_name(D));
    else
      diag_add(d, DIAG_ERROR, file, fg->line,
               "<map morphism=\"%s\"> of functor %s: %s goes from %s to %s, but %s(%s) must go from %s(%s) = %s to %s(%s) = %s",
               category_generator_name(C, g), F->name, p, category_object_name(D, from),
               category_object_name(D, to), F->name, category_generator_name(C, g), F->name,
               category_object_name(C, category_generator_source(C, g)), category_object_name(D, a),
               F->name, category_object_name(C, category_generator_target(C, g)),
               category_object_name(D, b));
    st = YO_INVALID;
  }
  if (st != YO_OK) return st;
  if (!category_is_enumerated(D)) {
    diag_add(d, DIAG_ERROR, file, F->line,
             "functor %s: category %s is not enumerated, its equations cannot be checked", F->name,
             category_name(D));
    return YO_INTERNAL;
  }
  int neq = category_equation_count(C);
  for (int i = 0; i < neq && !diag_full(d); i++) {
    int src, nl, nr;
    const int *lhs, *rhs;
    long line;
    category_equation(C, i, &src, &lhs, &nl, &rhs, &nr, &line);
    int m = category_identity(D, F->obj[src]);
    int a = m, b = m;
    for (int j = 0; j < nl && a >= 0; j++) a = step_image(F, a, lhs[j]);
    for (int j = 0; j < nr && b >= 0; j++) b = step_image(F, b, rhs[j]);
    if (a == b) continue;
    char l[256], r[256], fl[256], fr[256];
    text_of(C, src, lhs, nl, l, sizeof l);
    text_of(C, src, rhs, nr, r, sizeof r);
    image_text(F, src, lhs, nl, a, fl, sizeof fl);
    image_text(F, src, rhs, nr, b, fr, sizeof fr);
    int g = path_divergence(lhs, nl, rhs, nr, 0);
    long at = g >= 0 && F->gen[g].line > 0 ? F->gen[g].line : line;
    diag_add(d, DIAG_ERROR, file, at,
             "functor %s: map of %s breaks equation %s = %s of %s (line %ld): %s(%s) = %s but %s(%s) = %s, a different morphism of %s",
             F->name, g >= 0 ? category_generator_name(C, g) : "?", l, r, category_name(C), line,
             F->name, l, fl, F->name, r, fr, category_name(D));
    st = YO_INVALID;
  }
  return st;
}
