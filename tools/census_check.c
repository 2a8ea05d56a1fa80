/* census_check.c — see census_check.h. */
#include "tools/census_check.h"

#include <stdio.h>
#include <stdlib.h>

#include "solver/exhaust.h"
#include "tools/load.h"
#include "tools/print.h"
#include "tools/search_print.h"

static const char *plural(int k) { return k == 1 ? "" : "s"; }

int census_check_run(const cli_command *cmd, const char *file, const char *name,
                     int morphisms, int max_objects, int shard_k, int shard_n,
                     const cli_common *common)
{
  spec *s = NULL;
  yo_status st = load_spec(file, common, &s);
  if (st != YO_OK) return (int)st;
  const search *se = NULL;
  if (name) {
    se = spec_find_search(s, name);
    if (!se) {
      spec_free(s);
      return cli_usage_error(cmd, "no search named '%s' in %s", name, file);
    }
  } else if (spec_search_count(s) == 1) {
    se = spec_search(s, 0);
  } else {
    int count = spec_search_count(s);
    spec_free(s);
    return cli_usage_error(cmd, "--check needs --search NAME (%s has %d searches)", file,
                           count);
  }
  if (morphisms > search_max_morphisms(se)) {
    int bound = search_max_morphisms(se);
    spec_free(s);
    return cli_usage_error(cmd, "--morphisms %d is above max-morphisms=%d of the search",
                           morphisms, bound);
  }
  exhaust_options eo;
  exhaust_options_init(&eo);
  eo.morphisms = morphisms;
  eo.max_objects = max_objects;
  eo.shard_k = shard_k;
  eo.shard_n = shard_n;
  eo.timeout = common->timeout;
  exhaust_stats es = {0, 0, 0};
  search_result *r = NULL;
  diag_list *d = diag_list_new(0);
  st = d ? exhaust_search(se, &eo, &r, &es, d) : YO_INTERNAL;
  int sharded = shard_n > 1;
  int lo = morphisms > 0 ? morphisms : 1, hi = morphisms > 0 ? morphisms : search_max_morphisms(se);
  int maxn = max_objects > 0 && max_objects < search_max_objects(se) ? max_objects
                                                                      : search_max_objects(se);
  if (st == YO_YES) {
    const property_model *m = search_result_model(r);
    char *xml = search_counterexample_xml(se, m);
    if (!xml) {
      print_error("out of memory");
      st = YO_INTERNAL;
    } else if (search_confirm(se, m, xml, "(counterexample)", d) != YO_OK) {
      print_diags_prefixed(d, "yoneda: error");
      st = YO_INTERNAL;
    } else {
      search_print_counterexample(se, m, 1, sharded || morphisms > 0 || max_objects > 0);
    }
    free(xml);
  } else if (st == YO_NO) {
    /* the same line as `yoneda search` when the whole search was checked */
    printf("no counterexample to search %s within the bounds: at most %d object%s, ",
           search_name(se), maxn, plural(maxn));
    if (morphisms == 0) printf("%d morphism%s", hi, plural(hi));
    else printf("exactly %d morphism%s", lo, plural(lo));
    printf(", %d element%s per set", search_max_elements(se), plural(search_max_elements(se)));
    if (sharded) printf(" (shard %d/%d)", shard_k, shard_n);
    printf("\n");
  } else if (st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else {
    print_diags_prefixed(d, "yoneda: error");
  }
  if (st == YO_YES || st == YO_NO)
    printf("checked %lld categor%s (the census, one per isomorphism class) and %lld task%s\n",
           es.categories, es.categories == 1 ? "y" : "ies", es.tasks, es.tasks == 1 ? "" : "s");
  search_result_free(r);
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
