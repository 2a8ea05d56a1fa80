/* spec_functor.c — loading a <functor> (see spec_load.h): the object maps
 * first (the morphisms' typing needs them), then the morphism maps as paths
 * of the target category, then functoriality. */
#include <stdlib.h>

#include "specs/path.h"
#include "specs/spec_load.h"
#include "specs/xml.h"

/* A functor being loaded. */
typedef struct functor_state {
  functor *F;
  const item *I;
  catinfo *C, *D;
  long *obj_line;    /* per object of C: line of its <map>, 0 if none */
  long *gen_line;    /* per generator of C */
  int *w, wcap;      /* word buffer */
  int skipped;
} functor_state;

static void map_object(loader *L, functor_state *fs, xmlNodePtr n, const char *on, char *to)
{
  char dbuf[LOAD_DESC];
  int x = loader_claim(L, fs->C, n, on, HINT_OBJECTS, fs->obj_line);
  if (x < 0 || !to) return;   /* a missing `to` was reported */
  char *cur = to, *tok = names_next(&cur);
  int y = tok && !names_next(&cur) ? loader_object(fs->D, tok) : -1;
  if (y >= 0) {
    if (functor_set_object(fs->F, x, y, xml_line(n)) < 0) L->oom = 1;
    return;
  }
  char *text = xml_attr(n, "to");   /* names_next cut `to` into pieces */
  loader_error(L, n, "'%.100s' in %s is not an object of category %s", text ? text : "",
               xml_describe(n, dbuf, sizeof dbuf), category_name(fs->D->c));
  if (text) xmlFree(text);
}

/* The typing error of F(g) = the path `to`, going from ps to pt. */
static void ill_typed(loader *L, functor_state *fs, xmlNodePtr n, int g, const char *to, int ps,
                      int pt)
{
  char dbuf[LOAD_DESC];
  const category *C = fs->C->c, *D = fs->D->c;
  const char *fn = fs->I->name;
  int sx = category_generator_source(C, g), tx = category_generator_target(C, g);
  loader_error(L, n,
               "ill-typed %s: '%.100s' goes from %s to %s in %s, but %s(%s) must go from %s(%s) = %s to %s(%s) = %s",
               xml_describe(n, dbuf, sizeof dbuf), to, category_object_name(D, ps),
               category_object_name(D, pt), category_name(D), fn,
               category_generator_name(C, g), fn, category_object_name(C, sx),
               category_object_name(D, functor_object(fs->F, sx)), fn,
               category_object_name(C, tx), category_object_name(D, functor_object(fs->F, tx)));
}

static void map_morphism(loader *L, functor_state *fs, xmlNodePtr n, const char *mn,
                         const char *to)
{
  char dbuf[LOAD_DESC], err[300];
  const category *C = fs->C->c, *D = fs->D->c;
  int g = loader_claim(L, fs->C, n, mn, HINT_MORPHISMS, fs->gen_line);
  if (g == LOAD_BROKEN) fs->skipped++;
  if (g < 0 || !to) return;
  int ps, pt;
  int k = loader_parse_path(L, D, fs->D->index, to, &fs->w, &fs->wcap, &ps, &pt, err, sizeof err);
  int a = functor_object(fs->F, category_generator_source(C, g));
  int b = functor_object(fs->F, category_generator_target(C, g));
  if (loader_path_reported(L, k, err))
    return;
  if (k == PATH_BAD_NAME)
    loader_error(L, n, "%s in %s (category %s)", err, xml_describe(n, dbuf, sizeof dbuf),
                 category_name(D));
  else if (k == PATH_NO_COMPOSE)
    loader_error(L, n, "path '%.100s' in %s does not compose in category %s: %s", to,
                 xml_describe(n, dbuf, sizeof dbuf), category_name(D), err);
  else if (k == PATH_SKIP || a < 0 || b < 0)
    fs->skipped++;   /* a missing or wrong object map is reported */
  else if (ps != a || pt != b)
    ill_typed(L, fs, n, g, to, ps, pt);
  else if (functor_set_generator(fs->F, g, fs->w, k, xml_line(n)) < 0)
    L->oom = 1;
}

/* The <map> elements: objects in pass 0, morphisms in pass 1. */
static void load_maps(loader *L, functor_state *fs, int pass)
{
  for (xmlNodePtr n = fs->I->node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!loader_is_element(n, "map")) continue;
    /* the schema walk reports a <map> with neither or both of object and
     * morphism; the loader reads what is there */
    char *name = loader_name_attr(L, n, pass == 0 ? "object" : "morphism", 0);
    int any = xmlHasProp(n, (const xmlChar *)"object") || xmlHasProp(n, (const xmlChar *)"morphism");
    char *to = pass == 0 ? loader_attr(L, n, "to", any) : xml_attr(n, "to");
    if (name && pass == 0) map_object(L, fs, n, name, to);
    else if (name) map_morphism(L, fs, n, name, to);
    if (name) xmlFree(name);
    if (to) xmlFree(to);
  }
}

static void add_functor(loader *L, functor *F)
{
  functor **nf = realloc(L->funs, ((size_t)L->nfun + 1) * sizeof *nf);
  if (!nf) {
    L->oom = 1;
    functor_free(F);
    return;
  }
  L->funs = nf;
  L->funs[L->nfun++] = F;
}

/* The category named by attribute attr of node, or NULL (reported). */
static catinfo *end_category(loader *L, xmlNodePtr node, const char *attr)
{
  char dbuf[LOAD_DESC], hbuf[NAMES_HINT_MAX + 32];
  char *name = loader_name_attr(L, node, attr, 1);
  catinfo *ci = loader_find_category(L, name);
  if (!ci && name)
    loader_error(L, node, "unknown category '%s' as %s of %s%s", name, attr,
                 xml_describe(node, dbuf, sizeof dbuf),
                 loader_hint_item(L, K_CATEGORY, name, hbuf, sizeof hbuf));
  if (name) xmlFree(name);
  return ci && ci->c ? ci : NULL;
}

void loader_read_functor(loader *L, int it)
{
  functor_state fs = {0};
  fs.I = &L->items[it];
  fs.C = end_category(L, fs.I->node, "source");
  fs.D = end_category(L, fs.I->node, "target");
  if (!fs.C || !fs.D) return;
  const category *C = fs.C->c;
  fs.F = functor_new(fs.I->name, C, fs.D->c, xml_line(fs.I->node));
  int no = category_object_count(C), ng = category_generator_count(C);
  fs.obj_line = calloc((size_t)no + 1, sizeof *fs.obj_line);
  fs.gen_line = calloc((size_t)ng + 1, sizeof *fs.gen_line);
  fs.wcap = 64;
  fs.w = malloc((size_t)fs.wcap * sizeof *fs.w);
  if (!fs.F || !fs.obj_line || !fs.gen_line || !fs.w) {
    L->oom = 1;
  } else {
    int before = L->invalid;
    load_maps(L, &fs, 0);
    load_maps(L, &fs, 1);
    for (int x = 0; x < no && !diag_full(L->d); x++)
      if (!fs.obj_line[x])
        loader_error(L, fs.I->node, "functor %s has no <map> for object %s", fs.I->name,
                     category_object_name(C, x));
    for (int g = 0; g < ng && !diag_full(L->d); g++)
      if (!fs.gen_line[g])
        loader_error(L, fs.I->node, "functor %s has no <map> for morphism %s", fs.I->name,
                     category_generator_name(C, g));
    if (L->invalid == before && !fs.skipped && !L->oom && fs.C->usable && fs.D->usable) {
      yo_status st = functor_check(fs.F, L->file, L->d);
      if (st == YO_INVALID) L->invalid++;
      else if (st != YO_OK) L->oom = 1;
    }
  }
  free(fs.obj_line);
  free(fs.gen_line);
  free(fs.w);
  if (fs.F) add_functor(L, fs.F);
}
