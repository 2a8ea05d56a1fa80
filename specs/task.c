/* task.c — see task.h.  Element names of each set live in one pool with a
 * hash index, so building and looking up are linear in the names' size. */
#include "specs/task.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/hugemem.h"
#include "specs/names.h"
#include "specs/path.h"
#include "specs/text.h"

typedef struct tset {
  int n;
  int defined;
  int dup;           /* index of the first repeated name, or -1 */
  long line;
  char *pool;        /* the names, NUL-separated */
  char **name;       /* n pointers into pool */
  names *index;
} tset;

typedef struct tmap {
  int *img;          /* NULL: not set */
  long line;
  int in_block;      /* img lies in the task's block (not owned apart) */
} tmap;

struct task {
  char *name;
  const category *c;
  task_variance v;
  long line;
  int nobj, ngen;
  tset *sets;
  tmap *maps;
  int *block;        /* task_map_buffer: every map in one array */
  long *boff;        /* ngen + 1 offsets into block */
  unsigned long sets_changed, block_made;   /* counts of set changes: now, at the block */
};

task *task_new(const char *name, const category *c, task_variance v, long line)
{
  task *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->name = text_dup(name ? name : "");
  t->c = c;
  t->v = v;
  t->line = line;
  t->nobj = category_object_count(c);
  t->ngen = category_generator_count(c);
  t->sets = calloc((size_t)t->nobj + 1, sizeof *t->sets);
  t->maps = calloc((size_t)t->ngen + 1, sizeof *t->maps);
  if (!t->name || !t->sets || !t->maps) {
    task_free(t);
    return NULL;
  }
  return t;
}

static void put_map(task *t, int g, int *img, long line, int in_block)
{
  if (!t->maps[g].in_block) free(t->maps[g].img);
  t->maps[g].img = img;
  t->maps[g].line = line;
  t->maps[g].in_block = in_block;
}

static void clear_set(tset *s)
{
  free(s->pool);
  free(s->name);
  names_free(s->index);
  memset(s, 0, sizeof *s);
}

void task_free(task *t)
{
  if (!t) return;
  for (int x = 0; t->sets && x < t->nobj; x++) clear_set(&t->sets[x]);
  for (int g = 0; t->maps && g < t->ngen; g++) put_map(t, g, NULL, 0, 0);
  free(t->block);
  free(t->boff);
  free(t->sets);
  free(t->maps);
  free(t->name);
  free(t);
}

/* Index the n names of s (pool and name filled): the first duplicate in
 * s->dup.  0, or -1 on OOM. */
static int index_set(tset *s, int n, long line)
{
  s->index = names_new((size_t)n);
  if (!s->index) return -1;
  long dup = names_insert_all(s->index, (const char *const *)s->name, n);
  if (dup == -2) return -1;
  s->dup = (int)dup;
  s->n = n;
  s->defined = 1;
  s->line = line;
  return 0;
}

int task_set_elements(task *t, int x, int n, const char *const *names_, long line)
{
  if (!t || x < 0 || x >= t->nobj || n < 0) return -1;
  tset *s = &t->sets[x];
  clear_set(s);
  t->sets_changed++;
  size_t total = 0;
  for (int i = 0; i < n; i++) total += strlen(names_[i]) + 1;
  s->pool = malloc(total + 1);
  s->name = malloc(((size_t)n + 1) * sizeof *s->name);
  if (!s->pool || !s->name) {
    clear_set(s);
    return -1;
  }
  char *p = s->pool;
  for (int i = 0; i < n; i++) {
    size_t len = strlen(names_[i]) + 1;
    memcpy(p, names_[i], len);
    s->name[i] = p;
    p += len;
  }
  if (index_set(s, n, line) < 0) {
    clear_set(s);
    return -1;
  }
  return 0;
}

int task_set_element_list(task *t, int x, const char *list, long line)
{
  if (!t || x < 0 || x >= t->nobj || !list) return -1;
  tset *s = &t->sets[x];
  clear_set(s);
  t->sets_changed++;
  size_t n = names_count_tokens(list);
  if (n > INT_MAX / 2) return -1;
  size_t len = strlen(list);
  s->pool = hugemem_alloc(len + 1);
  s->name = hugemem_alloc((n + 1) * sizeof *s->name);
  if (!s->pool || !s->name) {
    clear_set(s);
    return -1;
  }
  /* the names in place: the list's copy with a NUL after each */
  memcpy(s->pool, list, len + 1);
  char *cur = s->pool, *tok;
  size_t i = 0;
  while (i < n && (tok = names_next(&cur)) != NULL) s->name[i++] = tok;
  if (index_set(s, (int)n, line) < 0) {
    clear_set(s);
    return -1;
  }
  return 0;
}

int task_domain(const task *t, int g)
{
  if (!t || g < 0 || g >= t->ngen) return -1;
  return t->v == TASK_COVARIANT ? category_generator_source(t->c, g)
                                : category_generator_target(t->c, g);
}

int task_codomain(const task *t, int g)
{
  if (!t || g < 0 || g >= t->ngen) return -1;
  return t->v == TASK_COVARIANT ? category_generator_target(t->c, g)
                                : category_generator_source(t->c, g);
}

/* images[0..n) all within T(codomain(g)): the size n of T(domain(g)), or -1. */
static int map_fits(const task *t, int g, const int *images)
{
  if (!t || g < 0 || g >= t->ngen) return -1;
  int n = t->sets[task_domain(t, g)].n, m = t->sets[task_codomain(t, g)].n;
  for (int i = 0; i < n; i++)
    if (images[i] < 0 || images[i] >= m) return -1;
  return n;
}


int task_set_map(task *t, int g, const int *images, long line)
{
  int n = map_fits(t, g, images);
  if (n < 0) return -1;
  int *img = malloc(((size_t)n + 1) * sizeof *img);
  if (!img) return -1;
  if (n > 0) memcpy(img, images, (size_t)n * sizeof *img);
  put_map(t, g, img, line, 0);
  return 0;
}

int task_take_map(task *t, int g, int *images, long line)
{
  if (map_fits(t, g, images) < 0) return -1;
  put_map(t, g, images, line, 0);
  return 0;
}

/* 1 if the block's layout still matches the sets. */
static int block_fits(const task *t) { return t->block_made == t->sets_changed; }

int *task_map_buffer(task *t, int g)
{
  if (!t || g < 0 || g >= t->ngen) return NULL;
  if (!t->block) {
    long *off = malloc(((size_t)t->ngen + 1) * sizeof *off);
    if (!off) return NULL;
    off[0] = 0;
    for (int h = 0; h < t->ngen; h++) off[h + 1] = off[h] + t->sets[task_domain(t, h)].n;
    t->block = hugemem_alloc(((size_t)off[t->ngen] + 1) * sizeof *t->block);
    if (!t->block) {
      free(off);
      return NULL;
    }
    t->boff = off;
    t->block_made = t->sets_changed;
  }
  return block_fits(t) ? t->block + t->boff[g] : NULL;
}

int task_keep_map(task *t, int g, long line)
{
  if (!t || g < 0 || g >= t->ngen || !t->block || !block_fits(t)) return -1;
  int *img = t->block + t->boff[g];
  if (map_fits(t, g, img) < 0) return -1;
  put_map(t, g, img, line, 1);
  return 0;
}

const int *task_map_block(const task *t, long *n)
{
  *n = 0;
  if (!t || !t->block || !block_fits(t)) return NULL;
  for (int g = 0; g < t->ngen; g++)
    if (t->boff[g + 1] > t->boff[g] && !t->maps[g].in_block) return NULL;
  *n = t->boff[t->ngen];
  return t->block;
}

const char *task_name(const task *t) { return t->name; }
long task_line(const task *t) { return t->line; }
const category *task_category(const task *t) { return t->c; }
task_variance task_variance_of(const task *t) { return t->v; }

int task_set_size(const task *t, int x)
{
  return (t && x >= 0 && x < t->nobj) ? t->sets[x].n : 0;
}

long task_set_line(const task *t, int x)
{
  if (!t || x < 0 || x >= t->nobj) return 0;
  return t->sets[x].line;
}

long task_map_line(const task *t, int g)
{
  return (t && g >= 0 && g < t->ngen) ? t->maps[g].line : 0;
}

const char *task_element_name(const task *t, int x, int e)
{
  if (!t || x < 0 || x >= t->nobj || e < 0 || e >= t->sets[x].n) return NULL;
  return t->sets[x].name[e];
}

int task_first_duplicate(const task *t, int x)
{
  if (!t || x < 0 || x >= t->nobj || !t->sets[x].defined) return -1;
  return t->sets[x].dup;
}

int task_find_element(const task *t, int x, const char *name)
{
  if (!t || x < 0 || x >= t->nobj || !name) return -1;
  return names_find(t->sets[x].index, name);
}

size_t task_find_elements(const task *t, int x, const char *list, int *out, size_t cap)
{
  const tset *s = t && x >= 0 && x < t->nobj ? &t->sets[x] : NULL;
  /* a set's index maps name[e] -> e (a repeated name keeps the first e:
   * the successor check below then never picks a later copy) */
  if (s && s->dup >= 0) return names_find_tokens(s->index, list, out, cap, NULL, 0);
  return names_find_tokens(s ? s->index : NULL, list, out, cap,
                           s ? (const char *const *)s->name : NULL, s ? (size_t)s->n : 0);
}

long task_element_total(const task *t)
{
  long s = 0;
  for (int x = 0; t && x < t->nobj; x++) s += t->sets[x].n;
  return s;
}

int task_apply(const task *t, int g, int e)
{
  if (!t || g < 0 || g >= t->ngen || !t->maps[g].img) return -1;
  int dom = task_domain(t, g);
  if (e < 0 || e >= t->sets[dom].n) return -1;
  return t->maps[g].img[e];
}

const int *task_map(const task *t, int g)
{
  if (!t || g < 0 || g >= t->ngen) return NULL;
  return t->maps[g].img;
}

int task_apply_word(const task *t, const int *w, int n, int e)
{
  if (!t || e < 0 || n < 0) return -1;
  if (n == 0) return e;
  for (int i = 0; i + 1 < n; i++)   /* the word must compose */
    if (w[i] < 0 || w[i] >= t->ngen ||
        category_generator_target(t->c, w[i]) != category_generator_source(t->c, w[i + 1]))
      return -1;
  if (t->v == TASK_COVARIANT) {
    for (int i = 0; i < n && e >= 0; i++) e = task_apply(t, w[i], e);
  } else {
    for (int i = n - 1; i >= 0 && e >= 0; i--) e = task_apply(t, w[i], e);
  }
  return e;
}

int task_apply_morphism(const task *t, int f, int e)
{
  const category *c = t ? t->c : NULL;
  if (!c || !category_is_enumerated(c) || f < 0 || f >= category_morphism_count(c)) return -1;
  if (t->v == TASK_CONTRAVARIANT) {
    /* f = parent(f) ; g, so T(f) = T(parent(f)) after T(g): walk up the tree */
    while (e >= 0 && category_parent(c, f) >= 0) {
      e = task_apply(t, category_parent_generator(c, f), e);
      f = category_parent(c, f);
    }
    return e;
  }
  int len = category_word_length(c, f);
  int small[64];
  int *w = len <= 64 ? small : malloc((size_t)len * sizeof *w);
  if (!w) return -1;
  category_word(c, f, w, len);
  for (int i = 0; i < len && e >= 0; i++) e = task_apply(t, w[i], e);
  if (w != small) free(w);
  return e;
}

/* A word as path text for a message, cut with "..." if very long. */
static void word_text(const category *c, int source, const int *w, int n, char *buf, size_t cap)
{
  text_cut(buf, cap, path_format(c, source, w, n, buf, cap));
}

/* 1 if every generator of w has its map. */
static int complete(const task *t, const int *w, int n)
{
  for (int i = 0; i < n; i++)
    if (w[i] < 0 || w[i] >= t->ngen || !t->maps[w[i]].img) return 0;
  return 1;
}

/* Elements a task's equation check follows at once: their chains of
 * loads are independent, so the cache misses of large maps overlap. */
#define LANES 32

/* Apply the typed, complete word w (n generators) to the lanes x. */
static void apply_lanes(const task *t, const int *w, int n, int *x)
{
  for (int i = 0; i < n; i++) {
    const int *m = t->maps[t->v == TASK_COVARIANT ? w[i] : w[n - 1 - i]].img;
    for (int j = 0; j < LANES; j++) x[j] = m[x[j]];
  }
}

/* The first element e of [lo, hi) (hi - lo <= LANES) that the two sides
 * of a typed equation whose maps are all set send to different elements,
 * or -1; their images in *a and *b. */
static int first_parting(const task *t, const int *lhs, int nl, const int *rhs, int nr, int lo,
                         int hi, int *a, int *b)
{
  int x[LANES], y[LANES];
  int k = hi - lo;
  for (int j = 0; j < LANES; j++) x[j] = y[j] = lo + (j < k ? j : 0);
  apply_lanes(t, lhs, nl, x);
  apply_lanes(t, rhs, nr, y);
  for (int j = 0; j < k; j++)
    if (x[j] != y[j]) {
      *a = x[j];
      *b = y[j];
      return lo + j;
    }
  return -1;
}

yo_status task_check_equations(const task *t, const char *file, diag_list *d)
{
  const category *c = t->c;
  yo_status st = YO_OK;
  int neq = category_equation_count(c);
  for (int i = 0; i < neq && !diag_full(d); i++) {
    int src, nl, nr;
    const int *lhs, *rhs;
    long line;
    category_equation(c, i, &src, &lhs, &nl, &rhs, &nr, &line);
    int tgt = category_word_target(c, src, lhs, nl);
    if (tgt < 0) continue;
    /* the elements the equation acts on, and where its results live */
    int x = t->v == TASK_COVARIANT ? src : tgt;
    int y = t->v == TASK_COVARIANT ? tgt : src;
    int n = task_set_size(t, x);
    if (!complete(t, lhs, nl) || !complete(t, rhs, nr)) continue;
    for (int lo = 0; lo < n; lo += LANES) {
      int a, b;
      int e = first_parting(t, lhs, nl, rhs, nr, lo, n - lo > LANES ? lo + LANES : n, &a, &b);
      if (e < 0) continue;
      char l[256], r[256];
      word_text(c, src, lhs, nl, l, sizeof l);
      word_text(c, src, rhs, nr, r, sizeof r);
      const char *an = a >= 0 ? task_element_name(t, y, a) : "(undefined)";
      const char *bn = b >= 0 ? task_element_name(t, y, b) : "(undefined)";
      int g = path_divergence(lhs, nl, rhs, nr, t->v == TASK_CONTRAVARIANT);
      long at = g >= 0 && t->maps[g].line > 0 ? t->maps[g].line : line;
      diag_add(d, DIAG_ERROR, file, at,
               "task %s: map of %s breaks equation %s = %s (line %ld): element %s of %s goes to %s by the left side, %s by the right side",
               t->name, g >= 0 ? category_generator_name(c, g) : "?", l, r, line,
               task_element_name(t, x, e), category_object_name(c, x), an, bn);
      st = YO_INVALID;
      break;
    }
  }
  return st;
}

yo_status task_work_on(const category *c, task_variance v, int max_morphisms,
                       const char *user, const category **work, category **owned,
                       diag_list *d)
{
  *owned = NULL;
  *work = NULL;
  if (v == TASK_COVARIANT) {
    *work = c;
    return YO_OK;
  }
  int maxm = max_morphisms > 0 ? max_morphisms : CATEGORY_DEFAULT_MAX_MORPHISMS;
  yo_status st = YO_OK;
  category *op = category_opposite(c, maxm, &st);
  if (!op) {
    if (st == YO_LIMIT)
      diag_add(d, DIAG_ERROR, NULL, 0,
               "the opposite of category '%s' (%s is contravariant) has more "
               "than %d morphisms", category_name(c), user, maxm);
    else
      diag_add(d, DIAG_ERROR, NULL, 0,
               "cannot build the opposite of category '%s' for %s (%s)",
               category_name(c), user, yo_status_name(st == YO_OK ? YO_INTERNAL : st));
    return st == YO_OK ? YO_INTERNAL : st;
  }
  *owned = op;
  *work = op;
  return YO_OK;
}

yo_status task_work_category(const task *t, int max_morphisms, const category **work,
                             category **owned, diag_list *d)
{
  text_buf user = {0};
  if (t->v == TASK_CONTRAVARIANT) text_printf(&user, "task '%s'", t->name);
  yo_status st = task_work_on(task_category(t), t->v, max_morphisms,
                              user.s && !user.oom ? user.s : "a task", work, owned, d);
  free(user.s);
  return st;
}
