/* property.c — see property.h.  Everything is by definition, with loops
 * over the tables: the models are small (a search bounds them), and the
 * point is to be obviously right. */
#include "solver/property.h"

#include <stdlib.h>
#include <string.h>

static int hom_count(const property_model *m, int x, int y)
{
  int k = 0;
  for (int f = 0; f < m->morphisms; f++)
    if (m->source[f] == x && m->target[f] == y) k++;
  return k;
}

static int is_identity(const property_model *m, int f)
{
  for (int x = 0; x < m->objects; x++)
    if (m->identity[x] == f) return 1;
  return 0;
}

static int connected(const property_model *m)
{
  int n = m->objects;
  if (n <= 1) return 1;
  int *comp = malloc((size_t)n * sizeof *comp);
  if (!comp) return 0;
  for (int x = 0; x < n; x++) comp[x] = x;
  /* relabel until stable: at most n rounds over the morphisms */
  for (int changed = 1; changed;) {
    changed = 0;
    for (int f = 0; f < m->morphisms; f++) {
      int a = comp[m->source[f]], b = comp[m->target[f]];
      if (a == b) continue;
      int lo = a < b ? a : b, hi = a < b ? b : a;
      for (int x = 0; x < n; x++)
        if (comp[x] == hi) comp[x] = lo;
      changed = 1;
    }
  }
  int ok = 1;
  for (int x = 0; x < n; x++)
    if (comp[x] != comp[0]) ok = 0;
  free(comp);
  return ok;
}

static int groupoid(const property_model *m)
{
  int M = m->morphisms;
  for (int f = 0; f < M; f++) {
    int found = 0;
    for (int g = 0; g < M && !found; g++) {
      int a = m->compose[f * M + g], b = m->compose[g * M + f];
      if (a >= 0 && b >= 0 && a == m->identity[m->source[f]] && b == m->identity[m->target[f]])
        found = 1;
    }
    if (!found) return 0;
  }
  return 1;
}

static int thin(const property_model *m)
{
  for (int x = 0; x < m->objects; x++)
    for (int y = 0; y < m->objects; y++)
      if (hom_count(m, x, y) > 1) return 0;
  return 1;
}

static int has_initial(const property_model *m, int terminal)
{
  for (int x = 0; x < m->objects; x++) {
    int ok = 1;
    for (int y = 0; y < m->objects && ok; y++)
      if ((terminal ? hom_count(m, y, x) : hom_count(m, x, y)) != 1) ok = 0;
    if (ok) return 1;
  }
  return 0;
}

static int discrete(const property_model *m)
{
  for (int f = 0; f < m->morphisms; f++)
    if (!is_identity(m, f)) return 0;
  return 1;
}

/* The object whose set T(f) reads / writes. */
static int dom(const property_model *m, int f)
{
  return m->variance == TASK_COVARIANT ? m->source[f] : m->target[f];
}
static int cod(const property_model *m, int f)
{
  return m->variance == TASK_COVARIANT ? m->target[f] : m->source[f];
}

/* Is u ∈ T(P) universal: f ↦ T(f)(u) a bijection from the morphisms with
 * dom f = P onto the disjoint union of the T(Y)? */
static int universal(const property_model *m, int P, int u, int *hit, int total)
{
  int reached = 0;
  for (int i = 0; i < total; i++) hit[i] = 0;
  /* offsets of the sets in the disjoint union */
  for (int f = 0; f < m->morphisms; f++) {
    if (dom(m, f) != P) continue;
    int y = cod(m, f), e = m->action[f * m->stride + u];
    if (e < 0 || e >= m->size[y]) return 0;
    int off = 0;
    for (int z = 0; z < y; z++) off += m->size[z];
    if (hit[off + e]) return 0;   /* not injective */
    hit[off + e] = 1;
    reached++;
  }
  return reached == total;   /* surjective */
}

static int representable(const property_model *m)
{
  int total = 0;
  for (int x = 0; x < m->objects; x++) total += m->size[x];
  int *hit = malloc(((size_t)total + 1) * sizeof *hit);
  if (!hit) return 0;
  int ok = 0;
  for (int P = 0; P < m->objects && !ok; P++)
    for (int u = 0; u < m->size[P] && !ok; u++)
      if (universal(m, P, u, hit, total)) ok = 1;
  free(hit);
  return ok;
}

static int nonempty(const property_model *m)
{
  for (int x = 0; x < m->objects; x++)
    if (m->size[x] == 0) return 0;
  return 1;
}

static int constant(const property_model *m, int k)
{
  for (int x = 0; x < m->objects; x++)
    if (m->size[x] != k) return 0;
  for (int f = 0; f < m->morphisms; f++)
    for (int e = 0; e < k; e++)
      if (m->action[f * m->stride + e] != e) return 0;
  return 1;
}

int property_eval(const search_prop *p, const property_model *m)
{
  int n = search_prop_child_count(p);
  switch (search_prop_kind_of(p)) {
  case PROP_CONNECTED: return connected(m);
  case PROP_GROUPOID: return groupoid(m);
  case PROP_THIN: return thin(m);
  case PROP_ONE_OBJECT: return m->objects == 1;
  case PROP_HAS_INITIAL: return has_initial(m, 0);
  case PROP_HAS_TERMINAL: return has_initial(m, 1);
  case PROP_DISCRETE: return discrete(m);
  case PROP_REPRESENTABLE: return representable(m);
  case PROP_NONEMPTY: return nonempty(m);
  case PROP_CONSTANT: return constant(m, search_prop_size(p));
  case PROP_NOT: return n == 1 ? !property_eval(search_prop_child(p, 0), m) : 0;
  case PROP_AND:
    for (int i = 0; i < n; i++)
      if (!property_eval(search_prop_child(p, i), m)) return 0;
    return 1;
  case PROP_OR:
    for (int i = 0; i < n; i++)
      if (property_eval(search_prop_child(p, i), m)) return 1;
    return 0;
  default: return 0;
  }
}

int property_counterexample(const search *s, const property_model *m, const char **why)
{
  const char *r = NULL;
  int maxe = 0;
  for (int x = 0; x < m->objects; x++)
    if (m->size[x] > maxe) maxe = m->size[x];
  if (m->objects < 1 || m->objects > search_max_objects(s))
    r = "the number of objects is outside the bounds";
  else if (m->morphisms > search_max_morphisms(s))
    r = "the number of morphisms is outside the bounds";
  else if (maxe > search_max_elements(s))
    r = "a set has more elements than the bound";
  else if (m->variance != search_variance(s))
    r = "the task has the other variance";
  else if (!property_eval(search_hypothesis(s), m))
    r = "the hypothesis fails";
  else if (property_eval(search_conclusion(s), m))
    r = "the conclusion holds";
  if (why) *why = r;
  return r == NULL;
}

/* ---- tables of a loaded task ---------------------------------------------- */

struct property_tables {
  property_model m;
  int *source, *target, *identity, *compose, *size, *action;
};

void property_tables_free(property_tables *pt)
{
  if (!pt) return;
  free(pt->source);
  free(pt->target);
  free(pt->identity);
  free(pt->compose);
  free(pt->size);
  free(pt->action);
  free(pt);
}

const property_model *property_tables_model(const property_tables *pt) { return &pt->m; }

property_tables *property_tables_from_task(const task *t, int max_morphisms, int *too_big)
{
  const category *c = task_category(t);
  int n = category_object_count(c), M = category_morphism_count(c);
  if (too_big) *too_big = 0;
  if (M > max_morphisms || M > PROPERTY_MAX_MORPHISMS) {
    if (too_big) *too_big = 1;
    return NULL;
  }
  property_tables *pt = calloc(1, sizeof *pt);
  if (!pt) return NULL;
  int stride = 1;
  for (int x = 0; x < n; x++)
    if (task_set_size(t, x) > stride) stride = task_set_size(t, x);
  pt->source = malloc(((size_t)M + 1) * sizeof(int));
  pt->target = malloc(((size_t)M + 1) * sizeof(int));
  pt->identity = malloc(((size_t)n + 1) * sizeof(int));
  pt->compose = malloc(((size_t)M * (size_t)M + 1) * sizeof(int));
  pt->size = malloc(((size_t)n + 1) * sizeof(int));
  pt->action = malloc(((size_t)M * (size_t)stride + 1) * sizeof(int));
  if (!pt->source || !pt->target || !pt->identity || !pt->compose || !pt->size || !pt->action) {
    property_tables_free(pt);
    return NULL;
  }
  task_variance v = task_variance_of(t);
  for (int x = 0; x < n; x++) {
    pt->identity[x] = category_identity(c, x);
    pt->size[x] = task_set_size(t, x);
  }
  for (int f = 0; f < M; f++) {
    pt->source[f] = category_source(c, f);
    pt->target[f] = category_target(c, f);
    for (int g = 0; g < M; g++) pt->compose[f * M + g] = category_compose(c, f, g);
    int d = v == TASK_COVARIANT ? pt->source[f] : pt->target[f];
    for (int e = 0; e < stride; e++)
      pt->action[f * stride + e] = e < pt->size[d] ? task_apply_morphism(t, f, e) : -1;
  }
  pt->m = (property_model){n, M, pt->source, pt->target, pt->identity, pt->compose, v,
                           pt->size, pt->action, stride};
  return pt;
}

/* ---- every task on a category ------------------------------------------- */

typedef struct enumeration {
  property_model m;     /* the category's tables + the task being built */
  int *size, *action;   /* owned */
  int maxe;
  int *order;           /* non-identity morphisms */
  int norder;
  int (*visit)(const property_model *, void *);
  void *user;
  long count;
  int stop;
} enumeration;

static int is_set(const enumeration *E, int f)
{
  return E->action[f * E->m.stride] != -2;
}

/* The functor law for the pair (f, g) with composite h, once all three are
 * fixed: T(f;g) = T(g)∘T(f) (covariant) or T(f)∘T(g) (contravariant). */
static int law_holds(const enumeration *E, int f, int g, int h)
{
  const property_model *m = &E->m;
  int s = m->stride;
  int first = m->variance == TASK_COVARIANT ? f : g;
  int second = m->variance == TASK_COVARIANT ? g : f;
  int d = m->variance == TASK_COVARIANT ? m->source[f] : m->target[g];
  for (int e = 0; e < E->size[d]; e++) {
    int mid = E->action[first * s + e];
    if (E->action[h * s + e] != E->action[second * s + mid]) return 0;
  }
  return 1;
}

/* Every composite law involving f among the morphisms fixed so far. */
static int consistent(const enumeration *E, int f)
{
  const property_model *m = &E->m;
  int M = m->morphisms;
  for (int a = 0; a < M; a++) {
    if (!is_set(E, a)) continue;
    for (int b = 0; b < M; b++) {
      if (!is_set(E, b)) continue;
      int h = m->compose[a * M + b];
      if (h < 0 || !is_set(E, h)) continue;
      if (a != f && b != f && h != f) continue;
      if (!law_holds(E, a, b, h)) return 0;
    }
  }
  return 1;
}

static void assign(enumeration *E, int i)
{
  if (E->stop) return;
  if (i == E->norder) {
    E->count++;
    int r = E->visit(&E->m, E->user);
    if (r) E->stop = r;
    return;
  }
  const property_model *m = &E->m;
  int f = E->order[i], s = m->stride;
  int d = m->variance == TASK_COVARIANT ? m->source[f] : m->target[f];
  int c = m->variance == TASK_COVARIANT ? m->target[f] : m->source[f];
  int nd = E->size[d], nc = E->size[c];
  if (nd > 0 && nc == 0) return;   /* no function from a non-empty set to the empty set */
  /* every function T(d) -> T(c) as a counter in base nc */
  int *img = &E->action[f * s];
  for (int e = 0; e < s; e++) img[e] = -1;
  for (int e = 0; e < nd; e++) img[e] = 0;
  for (;;) {
    if (consistent(E, f)) assign(E, i + 1);
    if (E->stop) break;
    int e = 0;
    while (e < nd && img[e] == nc - 1) img[e++] = 0;
    if (e == nd) break;
    img[e]++;
  }
  img[0] = -2;   /* unset again */
}

static void sizes(enumeration *E, int x)
{
  if (E->stop) return;
  if (x == E->m.objects) {
    assign(E, 0);
    return;
  }
  for (int k = 0; k <= E->maxe && !E->stop; k++) {
    E->size[x] = k;
    sizes(E, x + 1);
  }
}

int property_each_task(const property_model *m, int max_elements, task_variance v,
                       int (*visit)(const property_model *task_model, void *user),
                       void *user, long *count)
{
  enumeration E;
  memset(&E, 0, sizeof E);
  E.m = *m;
  E.m.variance = v;
  E.m.stride = max_elements > 0 ? max_elements : 1;
  E.maxe = max_elements;
  int M = m->morphisms, n = m->objects;
  E.size = calloc((size_t)n + 1, sizeof *E.size);
  E.action = malloc(((size_t)M * (size_t)E.m.stride + 1) * sizeof *E.action);
  E.order = malloc(((size_t)M + 1) * sizeof *E.order);
  if (!E.size || !E.action || !E.order) {
    free(E.size);
    free(E.action);
    free(E.order);
    return -1;
  }
  E.m.size = E.size;
  E.m.action = E.action;
  E.visit = visit;
  E.user = user;
  /* identities act as identities; the other morphisms are unknowns
   * (marked -2 in their first entry while unset) */
  for (int f = 0; f < M; f++) {
    for (int e = 0; e < E.m.stride; e++) E.action[f * E.m.stride + e] = -1;
    if (is_identity(m, f)) {
      for (int e = 0; e < E.m.stride; e++) E.action[f * E.m.stride + e] = e;
    } else {
      E.action[f * E.m.stride] = -2;
      E.order[E.norder++] = f;
    }
  }
  /* identities: entries beyond the set are -1 when the sizes are known;
   * law_holds reads only entries below the domain's size */
  sizes(&E, 0);
  if (count) *count += E.count;
  free(E.size);
  free(E.action);
  free(E.order);
  return E.stop;
}
