/* exhaust.c — see exhaust.h. */
#include "solver/exhaust.h"

#include <stdlib.h>
#include <string.h>

#include "solver/census.h"

void exhaust_options_init(exhaust_options *o)
{
  memset(o, 0, sizeof *o);
  o->shard_k = 1;
  o->shard_n = 1;
}

typedef struct scan {
  const search *s;
  long long categories, tasks;
  search_result *best;
  int best_elements;
  int oom;
} scan;

static int visit_task(const property_model *m, void *user)
{
  scan *sc = user;
  sc->tasks++;
  if (!property_counterexample(sc->s, m, NULL)) return 0;
  int el = 0;
  for (int x = 0; x < m->objects; x++) el += m->size[x];
  if (sc->best && el >= sc->best_elements) return 0;
  search_result *r = search_result_from_model(m);
  if (!r) {
    sc->oom = 1;
    return 1;
  }
  search_result_free(sc->best);
  sc->best = r;
  sc->best_elements = el;
  return 0;
}

static int visit_category(const census_category *c, void *arg)
{
  scan *sc = arg;
  sc->categories++;
  property_model m = {c->objects, c->morphisms, c->src, c->dst, c->id, c->comp,
                      search_variance(sc->s), NULL, NULL, 1};
  if (property_each_task(&m, search_max_elements(sc->s), search_variance(sc->s), visit_task, sc,
                         NULL) < 0)
    sc->oom = 1;
  return sc->oom;
}

yo_status exhaust_search(const search *s, const exhaust_options *o, search_result **out,
                         exhaust_stats *st, diag_list *d)
{
  exhaust_options defaults;
  if (!o) {
    exhaust_options_init(&defaults);
    o = &defaults;
  }
  *out = NULL;
  scan sc;
  memset(&sc, 0, sizeof sc);
  sc.s = s;
  int lo = o->morphisms > 0 ? o->morphisms : 1;
  int hi = o->morphisms > 0 ? o->morphisms : search_max_morphisms(s);
  int maxn = search_max_objects(s);
  if (o->max_objects > 0 && o->max_objects < maxn) maxn = o->max_objects;
  double spent = 0;
  yo_status st_all = YO_NO;
  for (int m = lo; m <= hi && st_all == YO_NO && !sc.best; m++)
    for (int n = 1; n <= m && n <= maxn && !sc.best; n++) {
      census_options co;
      census_options_init(&co);
      co.morphisms = m;
      co.min_objects = n;
      co.max_objects = n;
      co.shard_index = o->shard_k;
      co.shard_count = o->shard_n;
      if (o->timeout > 0) {
        co.timeout = o->timeout - spent;
        if (co.timeout <= 0) {
          diag_add(d, DIAG_ERROR, NULL, 0, "census: out of time before %d morphisms, %d objects",
                   m, n);
          st_all = YO_LIMIT;
          break;
        }
      }
      census_stats cs;
      memset(&cs, 0, sizeof cs);
      yo_status r = census_run(&co, visit_category, &sc, &cs, d);
      spent += cs.seconds;
      if (sc.oom) {
        diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
        st_all = YO_INTERNAL;
        break;
      }
      if (r != YO_OK) {
        st_all = r;
        break;
      }
    }
  if (st) {
    st->categories = sc.categories;
    st->tasks = sc.tasks;
    st->seconds = spent;
  }
  if (st_all == YO_NO && sc.best) {
    *out = sc.best;
    return YO_YES;
  }
  search_result_free(sc.best);
  return st_all;
}
