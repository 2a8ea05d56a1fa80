/* spec_task.c — loading a <task> (its sets and maps, then functoriality)
 * and a <transformation> between two tasks (its components, then
 * naturality); see spec_load.h. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "specs/spec_load.h"
#include "specs/xml.h"

/* A task being loaded: where its sets and maps stand. */
typedef struct task_state {
  task *t;
  catinfo *ci;
  long *set_line;    /* per object: line of its <set>, 0 if none */
  char *set_ok;      /* per object: the set loaded without errors */
  long *map_line;    /* per generator: line of its <map>, 0 if none */
  int skipped;       /* maps skipped because of an error reported elsewhere */
} task_state;

/* The elements of one <set>. */
static void load_set(loader *L, task_state *ts, xmlNodePtr n, int x, const char *els)
{
  char dbuf[LOAD_DESC];
  if (!els || !loader_names_valid(L, n, "elements", els)) return;
  if (names_count_tokens(els) > INT_MAX / 2) {
    loader_error(L, n, "too many elements in %s", xml_describe(n, dbuf, sizeof dbuf));
  } else if (task_set_element_list(ts->t, x, els, xml_line(n)) < 0) {
    L->oom = 1;
  } else {
    int dup = task_first_duplicate(ts->t, x);
    if (dup >= 0)
      loader_error(L, n, "duplicate element '%.80s' in %s", task_element_name(ts->t, x, dup),
                   xml_describe(n, dbuf, sizeof dbuf));
    else
      ts->set_ok[x] = 1;
  }
}

static void load_sets(loader *L, task_state *ts, xmlNodePtr node)
{
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!loader_is_element(n, "set")) continue;
    char *obj = loader_name_attr(L, n, "object", 1);
    char *owned = NULL;
    const char *els = loader_attr_ref(L, n, "elements", 1, &owned);
    int x = loader_claim(L, ts->ci, n, obj, HINT_OBJECTS, ts->set_line);
    if (x >= 0) load_set(L, ts, n, x, els);
    if (obj) xmlFree(obj);
    if (owned) xmlFree(owned);
  }
}

static void load_maps(loader *L, task_state *ts, xmlNodePtr node)
{
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!loader_is_element(n, "map")) continue;
    char *mor = loader_name_attr(L, n, "morphism", 1);
    char *owned = NULL;
    const char *to = loader_attr_ref(L, n, "to", 1, &owned);
    int g = loader_claim(L, ts->ci, n, mor, HINT_MORPHISMS, ts->map_line);
    if (g == LOAD_BROKEN) ts->skipped++;   /* the morphism's declaration was reported */
    if (g >= 0 && to) {
      int dom = task_domain(ts->t, g), cod = task_codomain(ts->t, g);
      int *img = NULL;
      if (!ts->set_ok[dom] || !ts->set_ok[cod])
        ts->skipped++;   /* a missing or broken set was reported */
      else {
        /* straight into the task's block of maps (NULL: a map of its own) */
        int *into = task_map_buffer(ts->t, g);
        if (loader_elements(L, n, ts->t, dom, ts->t, cod, to, into, &img) == 0) {
          int r = into ? task_keep_map(ts->t, g, xml_line(n))
                       : task_take_map(ts->t, g, img, xml_line(n));
          if (r == 0 || into) img = NULL;   /* the task's now, or in its block */
          if (r != 0) L->oom = 1;
        }
      }
      free(img);
    }
    if (mor) xmlFree(mor);
    if (owned) xmlFree(owned);
  }
}

/* Every object has a <set>, every generator a <map> (one out of the empty
 * set may be omitted: it is the empty function). */
static void check_complete(loader *L, task_state *ts, const item *I, int maps)
{
  const category *c = ts->ci->c;
  int no = category_object_count(c), ng = category_generator_count(c);
  for (int x = 0; x < no && !diag_full(L->d); x++)
    if (!ts->set_line[x])
      loader_error(L, I->node, "task %s has no <set> for object %s", I->name,
                   category_object_name(c, x));
  for (int g = 0; maps && g < ng && !diag_full(L->d); g++) {
    if (ts->map_line[g]) continue;
    int dom = task_domain(ts->t, g);
    if (ts->set_line[dom] && ts->set_ok[dom] && task_set_size(ts->t, dom) == 0) {
      int none = 0;
      if (task_set_map(ts->t, g, &none, 0) < 0) L->oom = 1;
      continue;
    }
    loader_error(L, I->node, "task %s has no <map> for morphism %s", I->name,
                 category_generator_name(c, g));
  }
}

static void add_task(loader *L, task *t, int ok)
{
  task **nt = realloc(L->tasks, ((size_t)L->ntask + 1) * sizeof *nt);
  char *nok = nt ? realloc(L->task_ok, (size_t)L->ntask + 1) : NULL;
  if (nt) L->tasks = nt;
  if (nok) L->task_ok = nok;
  if (!nt || !nok) {
    L->oom = 1;
    task_free(t);
    return;
  }
  L->tasks[L->ntask] = t;
  L->task_ok[L->ntask] = (char)(ok && !L->oom);
  L->ntask++;
}

/* The task's variance; *bad if the attribute holds another value. */
static task_variance variance_of(loader *L, xmlNodePtr node, int *bad)
{
  char dbuf[LOAD_DESC];
  char *var = loader_attr(L, node, "variance", 0);
  task_variance v = TASK_COVARIANT;
  *bad = 0;
  if (var && loader_token_is(var, "contravariant")) {
    v = TASK_CONTRAVARIANT;
  } else if (var && !loader_token_is(var, "covariant")) {
    loader_structural(L, node, "invalid variance '%.40s' in %s (expected covariant or contravariant)",
                      var, xml_describe(node, dbuf, sizeof dbuf));
    *bad = 1;
  }
  if (var) xmlFree(var);
  return v;
}

void loader_read_task(loader *L, int it)
{
  item *I = &L->items[it];
  xmlNodePtr node = I->node;
  char dbuf[LOAD_DESC], hbuf[NAMES_HINT_MAX + 32];
  char *cname = loader_name_attr(L, node, "category", 1);
  int bad_variance;
  task_variance v = variance_of(L, node, &bad_variance);
  task_state ts = {0};
  ts.ci = loader_find_category(L, cname);
  if (!ts.ci && cname)
    loader_error(L, node, "unknown category '%s' in %s%s", cname,
                 xml_describe(node, dbuf, sizeof dbuf),
                 loader_hint_item(L, K_CATEGORY, cname, hbuf, sizeof hbuf));
  if (cname) xmlFree(cname);
  if (!ts.ci || !ts.ci->c) return;
  const category *c = ts.ci->c;
  ts.t = task_new(I->name, c, v, xml_line(node));
  int no = category_object_count(c), ng = category_generator_count(c);
  ts.set_line = calloc((size_t)no + 1, sizeof *ts.set_line);
  ts.map_line = calloc((size_t)ng + 1, sizeof *ts.map_line);
  ts.set_ok = calloc((size_t)no + 1, 1);
  int ok = 0;
  if (!ts.t || !ts.set_line || !ts.map_line || !ts.set_ok) {
    L->oom = 1;
  } else {
    int before = L->invalid;
    load_sets(L, &ts, node);
    if (!bad_variance) load_maps(L, &ts, node);   /* the maps' types need the variance */
    check_complete(L, &ts, I, !bad_variance);
    if (L->invalid == before && !ts.skipped && !L->oom && ts.ci->usable) {
      if (task_check_equations(ts.t, L->file, L->d) != YO_OK) L->invalid++;
      else ok = 1;
    }
  }
  free(ts.set_line);
  free(ts.map_line);
  free(ts.set_ok);
  if (ts.t) add_task(L, ts.t, ok);
}

/* ---- transformations ------------------------------------------------------- */

/* The two tasks of a transformation, on one category with one variance;
 * 0, or -1 (reported, or their errors were). */
static int transformation_tasks(loader *L, xmlNodePtr node, int *si, int *ti)
{
  char dbuf[LOAD_DESC];
  char *fn = loader_name_attr(L, node, "from", 1), *tn = loader_name_attr(L, node, "to", 1);
  *si = loader_find_task(L, fn);
  *ti = loader_find_task(L, tn);
  const char *desc = xml_describe(node, dbuf, sizeof dbuf);
  if (fn && *si < 0) loader_error(L, node, "unknown task '%s' as from of %s", fn, desc);
  if (tn && *ti < 0) loader_error(L, node, "unknown task '%s' as to of %s", tn, desc);
  if (fn) xmlFree(fn);
  if (tn) xmlFree(tn);
  if (*si < 0 || *ti < 0) return -1;
  const task *S = L->tasks[*si], *T = L->tasks[*ti];
  const category *c = task_category(S);
  if (task_category(T) != c) {
    loader_error(L, node, "%s: task %s is on category %s but task %s is on category %s", desc,
                 task_name(S), category_name(c), task_name(T), category_name(task_category(T)));
    return -1;
  }
  if (task_variance_of(S) != task_variance_of(T)) {
    loader_error(L, node, "%s: tasks %s and %s have different variances", desc, task_name(S),
                 task_name(T));
    return -1;
  }
  return L->task_ok[*si] && L->task_ok[*ti] ? 0 : -1;
}

static void load_components(loader *L, transformation *a, const task *S, const task *T,
                            xmlNodePtr node, long *seen)
{
  char dbuf[LOAD_DESC];
  const category *c = task_category(S);
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!loader_is_element(n, "component")) continue;
    char *obj = loader_name_attr(L, n, "object", 1), *owned = NULL;
    const char *to = loader_attr_ref(L, n, "to", 1, &owned);
    int x = obj ? category_find_object(c, obj) : -1;
    int *img = NULL;
    if (obj && x < 0) {
      loader_error(L, n, "unknown object '%s' in %s (category %s has no such object)", obj,
                   xml_describe(n, dbuf, sizeof dbuf), category_name(c));
    } else if (x >= 0 && seen[x]) {
      loader_error(L, n, "duplicate %s (first at line %ld)", xml_describe(n, dbuf, sizeof dbuf),
                   seen[x]);
    } else if (x >= 0 && to) {
      seen[x] = xml_line(n);
      if (loader_elements(L, n, S, x, T, x, to, NULL, &img) == 0 &&
          transformation_set_component(a, x, img, xml_line(n)) < 0)
        L->oom = 1;
    }
    free(img);
    if (obj) xmlFree(obj);
    if (owned) xmlFree(owned);
  }
}

void loader_read_transformation(loader *L, int it)
{
  item *I = &L->items[it];
  int si, ti;
  if (transformation_tasks(L, I->node, &si, &ti) < 0) return;
  const task *S = L->tasks[si], *T = L->tasks[ti];
  const category *c = task_category(S);
  transformation *a = transformation_new(I->name, S, T, xml_line(I->node));
  int no = category_object_count(c);
  long *seen = calloc((size_t)no + 1, sizeof *seen);
  if (!a || !seen) {
    L->oom = 1;
    free(seen);
    transformation_free(a);
    return;
  }
  int before = L->invalid;
  load_components(L, a, S, T, I->node, seen);
  for (int x = 0; x < no && !diag_full(L->d); x++)
    if (!seen[x])
      loader_error(L, I->node, "transformation %s has no <component> for object %s", I->name,
                   category_object_name(c, x));
  free(seen);
  if (L->invalid == before && !L->oom &&
      transformation_check_naturality(a, L->file, L->d) != YO_OK)
    L->invalid++;
  transformation **na = realloc(L->trans, ((size_t)L->ntrans + 1) * sizeof *na);
  if (!na) {
    L->oom = 1;
    transformation_free(a);
    return;
  }
  L->trans = na;
  L->trans[L->ntrans++] = a;
}
