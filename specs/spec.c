/* spec.c — see spec.h.  Loading is one pass per kind over the document:
 * register every name (duplicates), build each category's presentation
 * (objects, then morphisms, then equations, so forward references work),
 * enumerate the categories without errors, then read tasks, functors and
 * claims against them.  A part that depends on something already broken is
 * skipped silently, so one mistake gives one message. */
#include "specs/spec.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "specs/names.h"
#include "specs/path.h"
#include "specs/schema.h"
#include "specs/transformation.h"
#include "specs/search.h"
#include "specs/text.h"
#include "specs/xml.h"

#define DEFAULT_MAX_BYTES (64L * 1024 * 1024)

struct spec_claim {
  char *name;
  long line;
  int nattr;
  char **key;
  char **val;
};

struct spec {
  char *file;
  category **cats;
  int ncat;
  task **tasks;
  int ntask;
  functor **funs;
  int nfun;
  spec_claim **claims;
  int nclaim;
  names *cat_index, *task_index, *fun_index;
  /* <transformation> (issue 8) */
  transformation **trans;
  int ntrans;
  names *trans_index;
  /* searches (issue 9) */
  search **searches;
  int nsearch;
  names *search_index;
};

/* ---- loader state ---------------------------------------------------------- */

/* A <category>, <task>, <functor> or <claim> of the document. */
typedef struct item {
  xmlNodePtr node;
  char *name;        /* xmlFree; NULL if absent */
  int dup;           /* not the first of its name: skipped */
  int first;         /* for a duplicate: the item declared first */
} item;

typedef struct catinfo {
  category *c;
  names *index;      /* object x -> 2x, generator g -> 2g+1, broken morphism -> BROKEN */
  int errors;        /* errors in the presentation */
  int usable;        /* enumerated */
} catinfo;

#define BROKEN (-2)

/* Kinds of top-level elements, loaded in this order. */
enum { K_CATEGORY, K_TASK, K_FUNCTOR, K_CLAIM, K_TRANSFORMATION, K_KINDS, K_OTHER = K_KINDS };

typedef struct loader {
  const char *file;
  const spec_options *o;
  diag_list *d;
  int invalid, limit, oom;
  item *items;
  int nitems;
  names *kind_index[K_KINDS];   /* one per kind: name -> item */
  catinfo *cats;          /* parallel to items (only categories filled) */
  char **keep;            /* xmlFree'd strings that index keys point into */
  size_t nkeep, akeep;
  task **tasks;
  int ntask;
  functor **funs;
  int nfun;
  spec_claim **claims;
  int nclaim;
  /* <transformation> (issue 8) */
  char *task_ok;          /* parallel to tasks: loaded without errors */
  transformation **trans;
  int ntrans;
  /* searches (issue 9): loaded after every other kind */
  search **searches;
  int nsearch;
  names *search_names;   /* name -> index in searches */
} loader;

static int kind_of(const xmlNode *n)
{
  const char *t = (const char *)n->name;
  if (strcmp(t, "category") == 0) return K_CATEGORY;
  if (strcmp(t, "task") == 0) return K_TASK;
  if (strcmp(t, "functor") == 0) return K_FUNCTOR;
  if (strcmp(t, "claim") == 0) return K_CLAIM;
  if (strcmp(t, "transformation") == 0) return K_TRANSFORMATION;
  return K_OTHER;
}

static void error_at(loader *L, const xmlNode *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void error_at(loader *L, const xmlNode *n, const char *fmt, ...)
{
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_add(L->d, DIAG_ERROR, L->file, xml_line(n), "%s", msg);
  L->invalid++;
}

/* Keep an xmlGetProp string alive until the end of loading. */
static char *keep(loader *L, char *s)
{
  if (!s) return NULL;
  if (L->nkeep == L->akeep) {
    size_t na = L->akeep ? 2 * L->akeep : 64;
    char **nk = realloc(L->keep, na * sizeof *nk);
    if (!nk) {
      L->oom = 1;
      xmlFree(s);
      return NULL;
    }
    L->keep = nk;
    L->akeep = na;
  }
  L->keep[L->nkeep++] = s;
  return s;
}

static const char *desc(const xmlNode *n, char *buf, size_t cap)
{
  return xml_describe(n, buf, cap);
}

#define DESC(n) desc((n), dbuf, sizeof dbuf)

static int is_element(const xmlNode *n, const char *tag)
{
  return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, tag) == 0;
}

/* Parse a path, growing the word buffer when needed. */
static int parse_path(loader *L, const category *c, const names *index, const char *text,
                      int **word, int *cap, int *src, int *tgt, char *err, size_t errcap)
{
  int n = path_parse(c, index, text, *word, *cap, src, tgt, err, errcap);
  if (n > *cap) {
    int *w = realloc(*word, (size_t)n * sizeof *w);
    if (!w) {
      L->oom = 1;
      return PATH_SKIP;
    }
    *word = w;
    *cap = n;
    n = path_parse(c, index, text, *word, *cap, src, tgt, err, errcap);
  }
  return n;
}

/* ---- "did you mean" hints -------------------------------------------------- */

/* " (did you mean 'x'?)" for an unknown object (kinds & HINT_OBJECTS) or
 * morphism (kinds & HINT_MORPHISMS) of c, or "" when none is close. */
enum { HINT_OBJECTS = 1, HINT_MORPHISMS = 2 };
static const char *hint_in_category(const category *c, const char *want, int kinds, char *buf,
                                    size_t cap)
{
  names_hint h;
  names_hint_init(&h, want);
  if (kinds & HINT_OBJECTS)
    for (int x = 0; x < category_object_count(c); x++)
      names_hint_offer(&h, category_object_name(c, x));
  if (kinds & HINT_MORPHISMS)
    for (int g = 0; g < category_generator_count(c); g++)
      names_hint_offer(&h, category_generator_name(c, g));
  if (!h.best) return "";
  snprintf(buf, cap, " (did you mean '%s'?)", h.best);
  return buf;
}

/* The same for an unknown category / task / functor name (kind K_*). */
static const char *hint_item(const loader *L, int kind, const char *want, char *buf, size_t cap)
{
  names_hint h;
  names_hint_init(&h, want);
  for (int i = 0; i < L->nitems; i++)
    if (L->items[i].name && !L->items[i].dup && kind_of(L->items[i].node) == kind)
      names_hint_offer(&h, L->items[i].name);
  if (!h.best) return "";
  snprintf(buf, cap, " (did you mean '%s'?)", h.best);
  return buf;
}

/* ---- categories ------------------------------------------------------------ */

static void load_category(loader *L, int it)
{
  item *I = &L->items[it];
  catinfo *ci = &L->cats[it];
  xmlNodePtr node = I->node;
  char dbuf[300], err[300];
  char hbuf[NAMES_HINT_MAX + 32];
  ci->c = category_new(I->name, xml_line(node));
  ci->index = names_new(16);
  if (!ci->c || !ci->index) {
    L->oom = 1;
    return;
  }
  int before = L->invalid;
  /* 1. object and morphism names, in document order (one namespace); the
   * index maps a name to its declaration's ordinal until step 2 ends */
  typedef struct decl {
    xmlNodePtr n;
    const char *name;
    int is_obj, dup, id;
  } decl;
  int nd = 0;
  for (xmlNodePtr n = node->children; n; n = n->next)
    if (is_element(n, "object") || is_element(n, "morphism")) nd++;
  decl *dv = calloc((size_t)nd + 1, sizeof *dv);
  if (!dv) {
    L->oom = 1;
    return;
  }
  nd = 0;
  for (xmlNodePtr n = node->children; n && !L->oom; n = n->next) {
    int obj = is_element(n, "object");
    if (!obj && !is_element(n, "morphism")) continue;
    decl *e = &dv[nd];
    e->n = n;
    e->is_obj = obj;
    e->id = -1;
    e->name = keep(L, xml_attr(n, "name"));
    if (!e->name) {
      e->dup = 1;
      nd++;
      continue;
    }
    int old;
    int r = names_insert(ci->index, e->name, nd, &old);
    if (r < 0) {
      L->oom = 1;
    } else if (r == 1) {
      e->dup = 1;
      error_at(L, n, "duplicate name '%s' in %s (first declared at line %ld)", e->name, DESC(n),
               xml_line(dv[old].n));
    } else if (obj) {
      e->id = category_add_object(ci->c, e->name, xml_line(n));
      if (e->id < 0) L->oom = 1;
    }
    nd++;
  }
  /* 2. morphisms: source and target may be declared anywhere */
  for (int k = 0; k < nd && !L->oom; k++) {
    decl *e = &dv[k];
    if (e->is_obj || e->dup) continue;
    char *s = xml_attr(e->n, "source");
    char *t = xml_attr(e->n, "target");
    int sk = s ? names_find(ci->index, s) : -1, tk = t ? names_find(ci->index, t) : -1;
    int sx = sk >= 0 && dv[sk].is_obj ? dv[sk].id : -1;
    int tx = tk >= 0 && dv[tk].is_obj ? dv[tk].id : -1;
    if (s && sx < 0)
      error_at(L, e->n, "unknown object '%s' as source of %s%s", s, DESC(e->n),
               hint_in_category(ci->c, s, HINT_OBJECTS, hbuf, sizeof hbuf));
    if (t && tx < 0)
      error_at(L, e->n, "unknown object '%s' as target of %s%s", t, DESC(e->n),
               hint_in_category(ci->c, t, HINT_OBJECTS, hbuf, sizeof hbuf));
    if (sx >= 0 && tx >= 0) {
      e->id = category_add_generator(ci->c, e->name, sx, tx, xml_line(e->n));
      if (e->id < 0) L->oom = 1;
    }
    if (s) xmlFree(s);
    if (t) xmlFree(t);
  }
  for (int k = 0; k < nd && !L->oom; k++) {
    decl *e = &dv[k];
    if (e->dup) continue;
    int v = e->id < 0 ? BROKEN : e->is_obj ? 2 * e->id : 2 * e->id + 1;
    if (names_set(ci->index, e->name, v) < 0) L->oom = 1;
  }
  free(dv);
  /* 3. equations */
  int cap = 64;
  int *lw = malloc((size_t)cap * sizeof *lw), *rw = malloc((size_t)cap * sizeof *rw);
  int lcap = cap, rcap = cap;
  if (!lw || !rw) L->oom = 1;
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!is_element(n, "equation")) continue;
    char *lhs = xml_attr(n, "lhs"), *rhs = xml_attr(n, "rhs");
    int ls = -1, lt = -1, rs = -1, rt = -1;
    int nl = PATH_SKIP, nr = PATH_SKIP;
    const char *sides[2] = {"lhs", "rhs"};
    for (int side = 0; side < 2; side++) {
      const char *text = side ? rhs : lhs;
      if (!text) continue;
      int r = side ? parse_path(L, ci->c, ci->index, text, &rw, &rcap, &rs, &rt, err, sizeof err)
                   : parse_path(L, ci->c, ci->index, text, &lw, &lcap, &ls, &lt, err, sizeof err);
      if (r == PATH_BAD_NAME)
        error_at(L, n, "%s in %s of %s", err, sides[side], DESC(n));
      else if (r == PATH_NO_COMPOSE)
        error_at(L, n, "path '%.100s' in %s of %s does not compose: %s", text, sides[side],
                 DESC(n), err);
      if (side) nr = r;
      else nl = r;
    }
    if (nl >= 0 && nr >= 0) {
      if (ls != rs || lt != rt) {
        error_at(L, n, "paths of different types in %s: %.100s goes from %s to %s, %.100s from %s to %s",
                 DESC(n), lhs, category_object_name(ci->c, ls), category_object_name(ci->c, lt),
                 rhs, category_object_name(ci->c, rs), category_object_name(ci->c, rt));
      } else if (category_add_equation(ci->c, ls, lw, nl, rw, nr, xml_line(n)) < 0) {
        L->oom = 1;
      }
    } else if (!lhs || !rhs) {
      ci->errors++;   /* only possible with a lax schema file */
    }
    if (nl == PATH_SKIP || nr == PATH_SKIP) ci->errors++;
    if (lhs) xmlFree(lhs);
    if (rhs) xmlFree(rhs);
  }
  free(lw);
  free(rw);
  ci->errors += L->invalid - before;
  if (ci->errors || L->oom) return;
  /* 4. the presented category */
  yo_status st = category_enumerate(ci->c, L->o->max_morphisms);
  int wx, ww;
  long wrows, wmax;
  if (st == YO_LIMIT && category_limit_width(ci->c, &wx, &wrows, &ww, &wmax)) {
    diag_add(L->d, DIAG_ERROR, L->file, xml_line(node),
             "category %s is too wide to enumerate: the morphisms out of %s need at "
             "least %ld rows of %d entries (the most generators out of one object), "
             "more than the %ld such rows that 32-bit table indices allow; nothing "
             "was decided",
             I->name, category_object_name(ci->c, wx), wrows, ww, wmax);
    L->limit++;
    return;
  }
  if (st == YO_LIMIT) {
    diag_add(L->d, DIAG_ERROR, L->file, xml_line(node),
             "category %s has more than %d morphisms (or is infinite)", I->name,
             L->o->max_morphisms);
    L->limit++;
    return;
  }
  if (st == YO_INTERNAL) {
    L->oom = 1;
    return;
  }
  if (st != YO_OK) {   /* cannot happen: the equations were typed above */
    diag_add(L->d, DIAG_ERROR, L->file, xml_line(node),
             "internal error: category %s could not be enumerated (%s)", I->name,
             yo_status_name(st));
    L->invalid++;
    return;
  }
  ci->usable = 1;
  /* 5. declared morphisms that are equal */
  int m = category_morphism_count(ci->c), ng = category_generator_count(ci->c);
  int *first = malloc(((size_t)m + 1) * sizeof *first);
  if (!first) {
    L->oom = 1;
    return;
  }
  for (int f = 0; f < m; f++) first[f] = -1;
  for (int g = 0; g < ng; g++) {
    int f = category_generator_morphism(ci->c, g);
    if (f < 0 || f >= m) continue;
    if (first[f] < 0) {
      first[f] = g;
      continue;
    }
    diag_add(L->d, L->o->strict ? DIAG_ERROR : DIAG_WARNING, L->file,
             category_generator_line(ci->c, g),
             "declared morphisms %s and %s of category %s are equal (%s is declared at line %ld)",
             category_generator_name(ci->c, first[f]), category_generator_name(ci->c, g), I->name,
             category_generator_name(ci->c, first[f]),
             category_generator_line(ci->c, first[f]));
    if (L->o->strict) L->invalid++;
  }
  free(first);
}

/* ---- tasks ----------------------------------------------------------------- */

static catinfo *find_cat(loader *L, const char *name)
{
  int it = name ? names_find(L->kind_index[K_CATEGORY], name) : -1;
  return it >= 0 ? &L->cats[it] : NULL;
}

/* Tokens of a list attribute, split in place: returns the count, *tok the
 * array (free it), or -1 on OOM. */
static long split(char *text, char ***tok)
{
  size_t n = names_count_tokens(text);
  *tok = malloc((n + 1) * sizeof **tok);
  if (!*tok) return -1;
  char *cur = text;
  size_t i = 0;
  char *t;
  while (i < n && (t = names_next(&cur)) != NULL) (*tok)[i++] = t;
  return (long)i;
}

static void load_sets(loader *L, task *t, catinfo *ci, xmlNodePtr node, long *set_line,
                      char *set_ok)
{
  char dbuf[300];
  char hbuf[NAMES_HINT_MAX + 32];
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!is_element(n, "set")) continue;
    char *obj = xml_attr(n, "object");
    char *els = xml_attr(n, "elements");
    int v = obj ? names_find(ci->index, obj) : -1;
    int x = v >= 0 && v % 2 == 0 ? v / 2 : -1;
    if (obj && x < 0) {
      error_at(L, n, "unknown object '%s' in %s (category %s has no such object)%s", obj,
               DESC(n), category_name(ci->c),
               hint_in_category(ci->c, obj, HINT_OBJECTS, hbuf, sizeof hbuf));
    } else if (x >= 0 && set_line[x]) {
      error_at(L, n, "duplicate %s (first at line %ld)", DESC(n), set_line[x]);
    } else if (x >= 0) {
      set_line[x] = xml_line(n);
      char **tok = NULL;
      long k = els ? split(els, &tok) : -1;
      if (els && k < 0) L->oom = 1;
      int bad = !els;
      for (long i = 0; i < k && !bad; i++)
        if (!names_valid(tok[i])) {
          error_at(L, n, "invalid name '%.80s' in elements of %s (names match [A-Za-z_][A-Za-z0-9_.'-]*)",
                   tok[i], DESC(n));
          bad = 1;
        }
      if (!bad && k > INT_MAX / 2) {
        error_at(L, n, "too many elements in %s", DESC(n));
        bad = 1;
      }
      if (!bad && k >= 0) {
        if (task_set_elements(t, x, (int)k, (const char *const *)tok, xml_line(n)) < 0) {
          L->oom = 1;
        } else {
          int dup = task_first_duplicate(t, x);
          if (dup >= 0)
            error_at(L, n, "duplicate element '%.80s' in %s", tok[dup], DESC(n));
          else
            set_ok[x] = 1;
        }
      }
      free(tok);
    }
    if (obj) xmlFree(obj);
    if (els) xmlFree(els);
  }
}

static void load_maps(loader *L, task *t, catinfo *ci, xmlNodePtr node, long *map_line,
                      const char *set_ok, int *skipped)
{
  char dbuf[300];
  char hbuf[NAMES_HINT_MAX + 32];
  const category *c = ci->c;
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!is_element(n, "map")) continue;
    char *mor = xml_attr(n, "morphism");
    char *to = xml_attr(n, "to");
    int v = mor ? names_find(ci->index, mor) : -1;
    int g = v >= 0 && v % 2 == 1 ? v / 2 : -1;
    if (v == BROKEN) {
      (*skipped)++;   /* the morphism's declaration was reported */
    } else if (mor && g < 0) {
      error_at(L, n, "unknown morphism '%s' in %s (category %s has no such morphism)%s", mor,
               DESC(n), category_name(c),
               hint_in_category(c, mor, HINT_MORPHISMS, hbuf, sizeof hbuf));
    } else if (g >= 0 && map_line[g]) {
      error_at(L, n, "duplicate %s (first at line %ld)", DESC(n), map_line[g]);
    } else if (g >= 0 && to) {
      map_line[g] = xml_line(n);
      int dom = task_domain(t, g), cod = task_codomain(t, g);
      if (!set_ok[dom] || !set_ok[cod]) {
        (*skipped)++;   /* a missing or broken set was reported */
      } else {
        char **tok = NULL;
        long k = split(to, &tok);
        int size = task_set_size(t, dom);
        if (k < 0) {
          L->oom = 1;
        } else if (k != size) {
          error_at(L, n, "wrong number of names in %s: %ld for the %d element%s of %s(%s)", DESC(n),
                   k, size, size == 1 ? "" : "s", task_name(t), category_object_name(c, dom));
        } else {
          int *img = malloc(((size_t)k + 1) * sizeof *img);
          int bad = 0;
          if (!img) L->oom = 1;
          for (long i = 0; img && i < k; i++) {
            img[i] = task_find_element(t, cod, tok[i]);
            if (img[i] < 0) {
              error_at(L, n, "unknown element '%.80s' in %s: %s(%s) has no such element", tok[i],
                       DESC(n), task_name(t), category_object_name(c, cod));
              bad = 1;
              break;
            }
          }
          if (img && !bad && task_set_map(t, g, img, xml_line(n)) < 0) L->oom = 1;
          free(img);
        }
        free(tok);
      }
    }
    if (mor) xmlFree(mor);
    if (to) xmlFree(to);
  }
}

static void load_task(loader *L, int it)
{
  item *I = &L->items[it];
  xmlNodePtr node = I->node;
  char dbuf[300];
  char hbuf[NAMES_HINT_MAX + 32];
  char *cname = xml_attr(node, "category");
  char *var = xml_attr(node, "variance");
  catinfo *ci = find_cat(L, cname);
  task_variance v = var && strcmp(var, "contravariant") == 0 ? TASK_CONTRAVARIANT : TASK_COVARIANT;
  if (var) xmlFree(var);
  if (!ci) {
    if (cname)
      error_at(L, node, "unknown category '%s' in %s%s", cname, DESC(node),
               hint_item(L, K_CATEGORY, cname, hbuf, sizeof hbuf));
    if (cname) xmlFree(cname);
    return;
  }
  xmlFree(cname);
  if (!ci->c) return;
  const category *c = ci->c;
  task *t = task_new(I->name, c, v, xml_line(node));
  int no = category_object_count(c), ng = category_generator_count(c);
  long *set_line = calloc((size_t)no + 1, sizeof *set_line);
  long *map_line = calloc((size_t)ng + 1, sizeof *map_line);
  char *set_ok = calloc((size_t)no + 1, 1);
  int task_ok = 0;
  if (!t || !set_line || !map_line || !set_ok) {
    L->oom = 1;
    goto out;
  }
  int before = L->invalid, skipped = 0;
  load_sets(L, t, ci, node, set_line, set_ok);
  load_maps(L, t, ci, node, map_line, set_ok, &skipped);
  for (int x = 0; x < no && !diag_full(L->d); x++)
    if (!set_line[x])
      error_at(L, node, "task %s has no <set> for object %s", I->name, category_object_name(c, x));
  for (int g = 0; g < ng && !diag_full(L->d); g++) {
    if (map_line[g]) continue;
    int dom = task_domain(t, g);
    if (set_line[dom] && set_ok[dom] && task_set_size(t, dom) == 0) {
      /* a map out of the empty set may be omitted: it is the empty function */
      int none = 0;
      if (task_set_map(t, g, &none, 0) < 0) L->oom = 1;
      continue;
    }
    error_at(L, node, "task %s has no <map> for morphism %s", I->name,
             category_generator_name(c, g));
  }
  if (L->invalid == before && !skipped && !L->oom && ci->usable) {
    if (task_check_equations(t, L->file, L->d) != YO_OK) L->invalid++;
    else task_ok = 1;
  }
out:
  free(set_line);
  free(map_line);
  free(set_ok);
  if (t) {
    task **nt = realloc(L->tasks, ((size_t)L->ntask + 1) * sizeof *nt);
    if (!nt) {
      L->oom = 1;
      task_free(t);
      return;
    }
    L->tasks = nt;
    L->tasks[L->ntask] = t;
    char *ok = realloc(L->task_ok, (size_t)L->ntask + 1);
    if (ok) {
      L->task_ok = ok;
      L->task_ok[L->ntask] = (char)(task_ok && !L->oom);
    } else {
      L->oom = 1;
    }
    L->ntask++;
  }
}

/* ---- functors -------------------------------------------------------------- */

static void load_functor(loader *L, int it)
{
  item *I = &L->items[it];
  xmlNodePtr node = I->node;
  char dbuf[300], err[300];
  char hbuf[NAMES_HINT_MAX + 32];
  char *sn = xml_attr(node, "source"), *tn = xml_attr(node, "target");
  catinfo *C = find_cat(L, sn), *D = find_cat(L, tn);
  if (!C && sn)
    error_at(L, node, "unknown category '%s' as source of %s%s", sn, DESC(node),
             hint_item(L, K_CATEGORY, sn, hbuf, sizeof hbuf));
  if (!D && tn)
    error_at(L, node, "unknown category '%s' as target of %s%s", tn, DESC(node),
             hint_item(L, K_CATEGORY, tn, hbuf, sizeof hbuf));
  if (sn) xmlFree(sn);
  if (tn) xmlFree(tn);
  if (!C || !D || !C->c || !D->c) return;
  functor *F = functor_new(I->name, C->c, D->c, xml_line(node));
  int no = category_object_count(C->c), ng = category_generator_count(C->c);
  long *obj_line = calloc((size_t)no + 1, sizeof *obj_line);
  long *gen_line = calloc((size_t)ng + 1, sizeof *gen_line);
  int wcap = 64;
  int *w = malloc((size_t)wcap * sizeof *w);
  if (!F || !obj_line || !gen_line || !w) {
    L->oom = 1;
    goto out;
  }
  int before = L->invalid, skipped = 0;
  const char *cn = category_name(C->c), *dn = category_name(D->c);
  /* objects first: the morphisms' typing needs them */
  for (int pass = 0; pass < 2; pass++) {
    for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
      if (!is_element(n, "map")) continue;
      char *on = xml_attr(n, "object"), *mn = xml_attr(n, "morphism"), *to = xml_attr(n, "to");
      if (pass == 0 && on && to) {
        int v = names_find(C->index, on);
        int x = v >= 0 && v % 2 == 0 ? v / 2 : -1;
        char *cur = to, *tok = names_next(&cur);
        int u = tok ? names_find(D->index, tok) : -1;
        int y = u >= 0 && u % 2 == 0 && !names_next(&cur) ? u / 2 : -1;
        if (x < 0) {
          error_at(L, n, "unknown object '%s' in %s (category %s has no such object)%s", on,
                   DESC(n), cn, hint_in_category(C->c, on, HINT_OBJECTS, hbuf, sizeof hbuf));
        } else if (obj_line[x]) {
          error_at(L, n, "duplicate %s (first at line %ld)", DESC(n), obj_line[x]);
        } else {
          obj_line[x] = xml_line(n);
          if (y < 0) {
            xmlFree(to);
            to = xml_attr(n, "to");
            error_at(L, n, "'%.100s' in %s is not an object of category %s", to, DESC(n), dn);
          } else if (functor_set_object(F, x, y, xml_line(n)) < 0) {
            L->oom = 1;
          }
        }
      } else if (pass == 1 && mn && to) {
        int v = names_find(C->index, mn);
        int g = v >= 0 && v % 2 == 1 ? v / 2 : -1;
        if (v == BROKEN) {
          skipped++;
        } else if (g < 0) {
          error_at(L, n, "unknown morphism '%s' in %s (category %s has no such morphism)%s", mn,
                   DESC(n), cn, hint_in_category(C->c, mn, HINT_MORPHISMS, hbuf, sizeof hbuf));
        } else if (gen_line[g]) {
          error_at(L, n, "duplicate %s (first at line %ld)", DESC(n), gen_line[g]);
        } else {
          gen_line[g] = xml_line(n);
          int ps, pt;
          int k = parse_path(L, D->c, D->index, to, &w, &wcap, &ps, &pt, err, sizeof err);
          int a = functor_object(F, category_generator_source(C->c, g));
          int b = functor_object(F, category_generator_target(C->c, g));
          if (k == PATH_BAD_NAME) {
            error_at(L, n, "%s in %s (category %s)", err, DESC(n), dn);
          } else if (k == PATH_NO_COMPOSE) {
            error_at(L, n, "path '%.100s' in %s does not compose in category %s: %s", to, DESC(n),
                     dn, err);
          } else if (k == PATH_SKIP) {
            skipped++;
          } else if (a < 0 || b < 0) {
            skipped++;   /* a missing or wrong object map is reported */
          } else if (ps != a || pt != b) {
            const char *sx = category_object_name(C->c, category_generator_source(C->c, g));
            const char *tx = category_object_name(C->c, category_generator_target(C->c, g));
            error_at(L, n,
                     "ill-typed %s: '%.100s' goes from %s to %s in %s, but %s(%s) must go from %s(%s) = %s to %s(%s) = %s",
                     DESC(n), to, category_object_name(D->c, ps), category_object_name(D->c, pt),
                     dn, I->name, mn, I->name, sx, category_object_name(D->c, a), I->name, tx,
                     category_object_name(D->c, b));
          } else if (functor_set_generator(F, g, w, k, xml_line(n)) < 0) {
            L->oom = 1;
          }
        }
      }
      if (on) xmlFree(on);
      if (mn) xmlFree(mn);
      if (to) xmlFree(to);
    }
  }
  for (int x = 0; x < no && !diag_full(L->d); x++)
    if (!obj_line[x])
      error_at(L, node, "functor %s has no <map> for object %s", I->name,
               category_object_name(C->c, x));
  for (int g = 0; g < ng && !diag_full(L->d); g++)
    if (!gen_line[g])
      error_at(L, node, "functor %s has no <map> for morphism %s", I->name,
               category_generator_name(C->c, g));
  if (L->invalid == before && !skipped && !L->oom && C->usable && D->usable) {
    yo_status st = functor_check(F, L->file, L->d);
    if (st == YO_INVALID) L->invalid++;
    else if (st != YO_OK) L->oom = 1;
  }
out:
  free(obj_line);
  free(gen_line);
  free(w);
  if (F) {
    functor **nf = realloc(L->funs, ((size_t)L->nfun + 1) * sizeof *nf);
    if (!nf) {
      L->oom = 1;
      functor_free(F);
      return;
    }
    L->funs = nf;
    L->funs[L->nfun++] = F;
  }
}

/* ---- transformations (issue 8) --------------------------------------------- */

/* The loaded task named `name` (index into L->tasks), or -1. */
static int find_task(const loader *L, const char *name)
{
  for (int i = 0; name && i < L->ntask; i++)
    if (strcmp(task_name(L->tasks[i]), name) == 0) return i;
  return -1;
}

static void load_transformation(loader *L, int it)
{
  item *I = &L->items[it];
  xmlNodePtr node = I->node;
  char dbuf[300];
  char *fn = xml_attr(node, "from"), *tn = xml_attr(node, "to");
  int si = find_task(L, fn), ti = find_task(L, tn);
  if (fn && si < 0) error_at(L, node, "unknown task '%s' as from of %s", fn, DESC(node));
  if (tn && ti < 0) error_at(L, node, "unknown task '%s' as to of %s", tn, DESC(node));
  if (fn) xmlFree(fn);
  if (tn) xmlFree(tn);
  if (si < 0 || ti < 0) return;
  const task *S = L->tasks[si], *T = L->tasks[ti];
  const category *c = task_category(S);
  if (task_category(T) != c) {
    error_at(L, node, "%s: task %s is on category %s but task %s is on category %s",
             DESC(node), task_name(S), category_name(c), task_name(T),
             category_name(task_category(T)));
    return;
  }
  if (task_variance_of(S) != task_variance_of(T)) {
    error_at(L, node, "%s: tasks %s and %s have different variances", DESC(node),
             task_name(S), task_name(T));
    return;
  }
  if (!L->task_ok[si] || !L->task_ok[ti]) return;   /* their errors were reported */
  transformation *a = transformation_new(I->name, S, T, xml_line(node));
  int no = category_object_count(c);
  long *seen = calloc((size_t)no + 1, sizeof *seen);
  if (!a || !seen) {
    L->oom = 1;
    free(seen);
    transformation_free(a);
    return;
  }
  int before = L->invalid;
  for (xmlNodePtr n = node->children; n && !L->oom && !diag_full(L->d); n = n->next) {
    if (!is_element(n, "component")) continue;
    char *obj = xml_attr(n, "object"), *to = xml_attr(n, "to");
    int x = obj ? category_find_object(c, obj) : -1;
    if (obj && x < 0) {
      error_at(L, n, "unknown object '%s' in %s (category %s has no such object)", obj,
               DESC(n), category_name(c));
    } else if (x >= 0 && seen[x]) {
      error_at(L, n, "duplicate %s (first at line %ld)", DESC(n), seen[x]);
    } else if (x >= 0 && to) {
      seen[x] = xml_line(n);
      char **tok = NULL;
      long k = split(to, &tok);
      int size = task_set_size(S, x);
      if (k < 0) {
        L->oom = 1;
      } else if (k != size) {
        error_at(L, n, "wrong number of names in %s: %ld for the %d element%s of %s(%s)",
                 DESC(n), k, size, size == 1 ? "" : "s", task_name(S), obj);
      } else {
        int *img = malloc(((size_t)k + 1) * sizeof *img);
        int bad = 0;
        if (!img) L->oom = 1;
        for (long i = 0; img && i < k && !bad; i++) {
          img[i] = task_find_element(T, x, tok[i]);
          if (img[i] < 0) {
            error_at(L, n, "unknown element '%.80s' in %s: %s(%s) has no such element", tok[i],
                     DESC(n), task_name(T), obj);
            bad = 1;
          }
        }
        if (img && !bad && transformation_set_component(a, x, img, xml_line(n)) < 0) L->oom = 1;
        free(img);
      }
      free(tok);
    }
    if (obj) xmlFree(obj);
    if (to) xmlFree(to);
  }
  for (int x = 0; x < no && !diag_full(L->d); x++)
    if (!seen[x])
      error_at(L, node, "transformation %s has no <component> for object %s", I->name,
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

/* References of the claim kinds of issue 8 (from, to, functor). */
static void check_claim_refs(loader *L, xmlNodePtr node)
{
  char dbuf[300];
  char *fn = xml_attr(node, "from"), *tn = xml_attr(node, "to");
  char *fun = xml_attr(node, "functor");
  int ti = tn ? find_task(L, tn) : -1;
  if (tn && ti < 0) error_at(L, node, "unknown task '%s' in %s", tn, DESC(node));
  if (fn && strncmp(fn, "hom:", 4) == 0) {
    if (ti >= 0 && category_find_object(task_category(L->tasks[ti]), fn + 4) < 0)
      error_at(L, node, "unknown object '%s' in from='%s' of %s (category %s has no such object)",
               fn + 4, fn, DESC(node), category_name(task_category(L->tasks[ti])));
  } else if (fn && find_task(L, fn) < 0) {
    error_at(L, node, "unknown task '%s' in %s (from is a task or hom:OBJECT)", fn, DESC(node));
  }
  if (fun && names_find(L->kind_index[K_FUNCTOR], fun) < 0)
    error_at(L, node, "unknown functor '%s' in %s", fun, DESC(node));
  if (fn) xmlFree(fn);
  if (tn) xmlFree(tn);
  if (fun) xmlFree(fun);
}

/* ---- claims ---------------------------------------------------------------- */

static void claim_free(spec_claim *c)
{
  if (!c) return;
  for (int i = 0; i < c->nattr; i++) {
    free(c->key[i]);
    free(c->val[i]);
  }
  free(c->key);
  free(c->val);
  free(c->name);
  free(c);
}

static void load_claim(loader *L, int it)
{
  item *I = &L->items[it];
  xmlNodePtr node = I->node;
  char dbuf[300];
  char hbuf[NAMES_HINT_MAX + 32];
  char *tn = xml_attr(node, "task");
  if (tn && names_find(L->kind_index[K_TASK], tn) < 0)
    error_at(L, node, "unknown task '%s' in %s%s", tn, DESC(node),
             hint_item(L, K_TASK, tn, hbuf, sizeof hbuf));
  if (tn) xmlFree(tn);
  check_claim_refs(L, node);
  spec_claim *c = calloc(1, sizeof *c);
  int na = 0;
  for (xmlAttrPtr a = node->properties; a; a = a->next) na++;
  if (c) {
    c->name = text_dup(I->name ? I->name : "");
    c->line = xml_line(node);
    c->key = calloc((size_t)na + 1, sizeof *c->key);
    c->val = calloc((size_t)na + 1, sizeof *c->val);
  }
  if (!c || !c->name || !c->key || !c->val) {
    claim_free(c);
    L->oom = 1;
    return;
  }
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    char *v = xml_attr(node, (const char *)a->name);
    c->key[c->nattr] = text_dup((const char *)a->name);
    c->val[c->nattr] = v ? text_dup(v) : NULL;
    if (v) xmlFree(v);
    c->nattr++;
    if (!c->key[c->nattr - 1] || !c->val[c->nattr - 1]) L->oom = 1;
  }
  spec_claim **nc = realloc(L->claims, ((size_t)L->nclaim + 1) * sizeof *nc);
  if (!nc) {
    claim_free(c);
    L->oom = 1;
    return;
  }
  L->claims = nc;
  L->claims[L->nclaim++] = c;
}

/* ---- searches (issue 9) ---------------------------------------------------- */

/* Every <search> of the document (own namespace), then the claims that
 * name a search: the search must exist. */
static void load_searches(loader *L, xmlNodePtr root)
{
  char dbuf[300];
  int n = 0;
  for (xmlNodePtr c = root->children; c; c = c->next)
    if (is_element(c, "search")) n++;
  /* every name seen -> its ordinal among the <search> elements; the spec
   * keeps a separate index of the searches that loaded */
  names *seen = names_new((size_t)n + 1);
  long *line_of = calloc((size_t)n + 1, sizeof *line_of);
  L->search_names = names_new((size_t)n + 1);
  L->searches = calloc((size_t)n + 1, sizeof *L->searches);
  if (!seen || !line_of || !L->search_names || !L->searches) {
    L->oom = 1;
    names_free(seen);
    free(line_of);
    return;
  }
  int k = 0;
  for (xmlNodePtr c = root->children; c && !L->oom && !diag_full(L->d); c = c->next) {
    if (!is_element(c, "search")) continue;
    char *name = keep(L, xml_attr(c, "name"));
    if (!name) continue;   /* only with a lax schema file */
    int old;
    int r = names_insert(seen, name, k, &old);
    if (r < 0) {
      L->oom = 1;
      break;
    }
    if (r == 1) {
      error_at(L, c, "duplicate search name '%s' in %s (first declared at line %ld)", name,
               DESC(c), line_of[old]);
      continue;
    }
    line_of[k++] = xml_line(c);
    search *se = NULL;
    yo_status st = search_load_element(c, L->file, L->d, &se);
    if (st == YO_INTERNAL) L->oom = 1;
    else if (st != YO_OK) L->invalid++;
    if (se) {
      if (names_insert(L->search_names, search_name(se), L->nsearch, NULL) < 0) L->oom = 1;
      L->searches[L->nsearch++] = se;
    }
  }
  for (int i = 0; i < L->nclaim && !L->oom; i++) {
    const char *sn = spec_claim_attr(L->claims[i], "search");
    if (sn && names_find(seen, sn) < 0) {
      diag_add(L->d, DIAG_ERROR, L->file, L->claims[i]->line,
               "unknown search '%s' in <claim name=\"%s\">", sn, L->claims[i]->name);
      L->invalid++;
    }
  }
  names_free(seen);
  free(line_of);
}

/* ---- the whole document ---------------------------------------------------- */

static const char *const kind_word[K_KINDS] = {"category", "task", "functor", "claim",
                                               "transformation"};

static void register_items(loader *L, xmlNodePtr root)
{
  int n = 0;
  for (xmlNodePtr c = root->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) n++;
  L->items = calloc((size_t)n + 1, sizeof *L->items);
  L->cats = calloc((size_t)n + 1, sizeof *L->cats);
  int bad = !L->items || !L->cats;
  for (int k = 0; k < K_KINDS; k++) {
    L->kind_index[k] = names_new((size_t)n);
    if (!L->kind_index[k]) bad = 1;
  }
  if (bad) {
    L->oom = 1;
    return;
  }
  for (xmlNodePtr c = root->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    item *I = &L->items[L->nitems];
    I->node = c;
    I->name = keep(L, xml_attr(c, "name"));
    int k = kind_of(c);
    if (k == K_OTHER) continue;   /* only with a lax schema file */
    L->nitems++;
    if (!I->name) {
      I->dup = 1;
      continue;
    }
    int old;
    int r = names_insert(L->kind_index[k], I->name, L->nitems - 1, &old);
    if (r < 0) {
      L->oom = 1;
    } else if (r == 1) {
      I->dup = 1;
      I->first = old;
    }
  }
}

/* Reported when its kind is loaded, so messages come in document order
 * within each kind. */
static void report_duplicate(loader *L, int i)
{
  char dbuf[300];
  item *I = &L->items[i];
  if (!I->name) return;
  error_at(L, I->node, "duplicate %s name '%s' in %s (first declared at line %ld)",
           kind_word[kind_of(I->node)], I->name, DESC(I->node), xml_line(L->items[I->first].node));
}

static void loader_free(loader *L)
{
  for (int i = 0; i < L->nitems; i++) {
    names_free(L->cats[i].index);
  }
  for (size_t i = 0; i < L->nkeep; i++) xmlFree(L->keep[i]);
  free(L->keep);
  for (int k = 0; k < K_KINDS; k++) names_free(L->kind_index[k]);
  free(L->items);
  free(L->cats);
}

/* Move everything into a spec.  NULL on OOM. */
static spec *build_spec(loader *L)
{
  spec *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->file = text_dup(L->file);
  s->cats = calloc((size_t)L->nitems + 1, sizeof *s->cats);
  s->cat_index = names_new((size_t)L->nitems);
  s->task_index = names_new((size_t)L->ntask);
  s->fun_index = names_new((size_t)L->nfun);
  if (!s->file || !s->cats || !s->cat_index || !s->task_index || !s->fun_index) {
    spec_free(s);
    return NULL;
  }
  for (int i = 0; i < L->nitems; i++) {
    if (!L->cats[i].c) continue;
    s->cats[s->ncat] = L->cats[i].c;
    L->cats[i].c = NULL;
    names_insert(s->cat_index, category_name(s->cats[s->ncat]), s->ncat, NULL);
    s->ncat++;
  }
  s->tasks = L->tasks;
  s->ntask = L->ntask;
  L->tasks = NULL;
  L->ntask = 0;
  for (int i = 0; i < s->ntask; i++) names_insert(s->task_index, task_name(s->tasks[i]), i, NULL);
  s->funs = L->funs;
  s->nfun = L->nfun;
  L->funs = NULL;
  L->nfun = 0;
  for (int i = 0; i < s->nfun; i++) names_insert(s->fun_index, functor_name(s->funs[i]), i, NULL);
  s->claims = L->claims;
  s->nclaim = L->nclaim;
  L->claims = NULL;
  L->nclaim = 0;
  s->trans = L->trans;
  s->ntrans = L->ntrans;
  L->trans = NULL;
  L->ntrans = 0;
  s->trans_index = names_new((size_t)s->ntrans);
  if (!s->trans_index) {
    spec_free(s);
    return NULL;
  }
  for (int i = 0; i < s->ntrans; i++)
    names_insert(s->trans_index, transformation_name(s->trans[i]), i, NULL);
  s->searches = L->searches;
  s->nsearch = L->nsearch;
  s->search_index = L->search_names;
  L->searches = NULL;
  L->nsearch = 0;
  L->search_names = NULL;
  return s;
}

static void drop_loaded(loader *L)
{
  for (int i = 0; i < L->ntask; i++) task_free(L->tasks[i]);
  free(L->tasks);
  for (int i = 0; i < L->nfun; i++) functor_free(L->funs[i]);
  free(L->funs);
  for (int i = 0; i < L->nclaim; i++) claim_free(L->claims[i]);
  free(L->claims);
  for (int i = 0; i < L->ntrans; i++) transformation_free(L->trans[i]);
  free(L->trans);
  free(L->task_ok);
  for (int i = 0; i < L->nitems; i++) category_free(L->cats[i].c);
  for (int i = 0; i < L->nsearch; i++) search_free(L->searches[i]);
  free(L->searches);
  names_free(L->search_names);
}

void spec_options_init(spec_options *o)
{
  o->max_morphisms = CATEGORY_DEFAULT_MAX_MORPHISMS;
  o->strict = 0;
  o->max_bytes = DEFAULT_MAX_BYTES;
  o->schema = NULL;
}

yo_status spec_load_buffer(const char *buf, size_t len, const char *display_name,
                           const spec_options *o, spec **out, diag_list *d)
{
  spec_options defaults;
  if (!o) {
    spec_options_init(&defaults);
    o = &defaults;
  }
  if (out) *out = NULL;
  const char *file = display_name ? display_name : "(buffer)";
  long max_bytes = o->max_bytes > 0 ? o->max_bytes : DEFAULT_MAX_BYTES;
  if (len > (size_t)max_bytes || len > (size_t)INT_MAX) {
    diag_add(d, DIAG_ERROR, file, 0, "the file is too large: %zu bytes, the limit is %ld bytes",
             len, max_bytes);
    return YO_LIMIT;
  }
  int oom = 0;
  xmlDocPtr doc = xml_parse(buf, len, file, d, &oom);
  if (!doc) return oom ? YO_INTERNAL : YO_INVALID;
  yo_status st = schema_validate(doc, file, o->schema, d);
  if (st != YO_OK) {
    xmlFreeDoc(doc);
    return st;
  }
  spec_options opt = *o;
  if (opt.max_morphisms <= 0) opt.max_morphisms = CATEGORY_DEFAULT_MAX_MORPHISMS;
  loader L;
  memset(&L, 0, sizeof L);
  L.file = file;
  L.o = &opt;
  L.d = d;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  register_items(&L, root);
  for (int k = 0; k < K_KINDS && !L.oom; k++)
    for (int i = 0; i < L.nitems && !L.oom && !diag_full(d); i++) {
      if (kind_of(L.items[i].node) != k) continue;
      if (L.items[i].dup) report_duplicate(&L, i);
      else if (k == K_CATEGORY) load_category(&L, i);
      else if (k == K_TASK) load_task(&L, i);
      else if (k == K_FUNCTOR) load_functor(&L, i);
      else if (k == K_TRANSFORMATION) load_transformation(&L, i);
      else load_claim(&L, i);
    }
  if (!L.oom && !diag_full(d)) load_searches(&L, root);
  if (L.oom) {
    diag_add(d, DIAG_ERROR, file, 0, "out of memory while loading");
    st = YO_INTERNAL;
  } else if (L.invalid) {
    st = YO_INVALID;
  } else if (L.limit) {
    st = YO_LIMIT;
  } else {
    spec *s = build_spec(&L);
    if (!s) {
      diag_add(d, DIAG_ERROR, file, 0, "out of memory while loading");
      st = YO_INTERNAL;
    } else if (out) {
      *out = s;
    } else {
      spec_free(s);
    }
  }
  drop_loaded(&L);
  loader_free(&L);
  xmlFreeDoc(doc);
  return st;
}

yo_status spec_load_file(const char *path, const spec_options *o, spec **out, diag_list *d)
{
  spec_options defaults;
  if (!o) {
    spec_options_init(&defaults);
    o = &defaults;
  }
  if (out) *out = NULL;
  long max_bytes = o->max_bytes > 0 ? o->max_bytes : DEFAULT_MAX_BYTES;
  struct stat sb;
  FILE *f = fopen(path, "rb");
  if (!f) {
    diag_add(d, DIAG_ERROR, path, 0, "cannot open the file: %s", strerror(errno));
    return YO_INVALID;
  }
  if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > max_bytes) {
    diag_add(d, DIAG_ERROR, path, 0, "the file is too large: %lld bytes, the limit is %ld bytes",
             (long long)sb.st_size, max_bytes);
    fclose(f);
    return YO_LIMIT;
  }
  /* read at most max_bytes + 1 bytes (the file may be a pipe or growing) */
  size_t cap = S_ISREG(sb.st_mode) && sb.st_size >= 0 ? (size_t)sb.st_size + 1 : 65536;
  size_t n = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t k = fread(buf + n, 1, cap - n, f);
    n += k;
    if (n > (size_t)max_bytes || k == 0) break;
    if (n == cap) {
      size_t nc = cap * 2;
      char *nb = realloc(buf, nc);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap = nc;
    }
  }
  int rerr = ferror(f);
  fclose(f);
  if (!buf) {
    diag_add(d, DIAG_ERROR, path, 0, "out of memory while reading the file");
    return YO_INTERNAL;
  }
  if (rerr) {
    free(buf);
    diag_add(d, DIAG_ERROR, path, 0, "cannot read the file");
    return YO_INVALID;
  }
  if (n > (size_t)max_bytes) {
    free(buf);
    diag_add(d, DIAG_ERROR, path, 0, "the file is too large: more than %ld bytes", max_bytes);
    return YO_LIMIT;
  }
  yo_status st = spec_load_buffer(buf, n, path, o, out, d);
  free(buf);
  return st;
}

void spec_free(spec *s)
{
  if (!s) return;
  for (int i = 0; i < s->ntrans; i++) transformation_free(s->trans[i]);
  free(s->trans);
  names_free(s->trans_index);
  for (int i = 0; i < s->ntask; i++) task_free(s->tasks[i]);
  for (int i = 0; i < s->nfun; i++) functor_free(s->funs[i]);
  for (int i = 0; i < s->ncat; i++) category_free(s->cats[i]);
  for (int i = 0; i < s->nclaim; i++) claim_free(s->claims[i]);
  free(s->tasks);
  free(s->funs);
  free(s->cats);
  free(s->claims);
  for (int i = 0; i < s->nsearch; i++) search_free(s->searches[i]);
  free(s->searches);
  names_free(s->search_index);
  names_free(s->cat_index);
  names_free(s->task_index);
  names_free(s->fun_index);
  free(s->file);
  free(s);
}

/* ---- accessors ------------------------------------------------------------- */

const char *spec_file(const spec *s) { return s->file; }
int spec_category_count(const spec *s) { return s->ncat; }
const category *spec_category(const spec *s, int i)
{
  return i >= 0 && i < s->ncat ? s->cats[i] : NULL;
}
const category *spec_find_category(const spec *s, const char *name)
{
  int i = name ? names_find(s->cat_index, name) : -1;
  return i >= 0 ? s->cats[i] : NULL;
}
int spec_task_count(const spec *s) { return s->ntask; }
const task *spec_task(const spec *s, int i) { return i >= 0 && i < s->ntask ? s->tasks[i] : NULL; }
const task *spec_find_task(const spec *s, const char *name)
{
  int i = name ? names_find(s->task_index, name) : -1;
  return i >= 0 ? s->tasks[i] : NULL;
}
int spec_functor_count(const spec *s) { return s->nfun; }
const functor *spec_functor(const spec *s, int i)
{
  return i >= 0 && i < s->nfun ? s->funs[i] : NULL;
}
const functor *spec_find_functor(const spec *s, const char *name)
{
  int i = name ? names_find(s->fun_index, name) : -1;
  return i >= 0 ? s->funs[i] : NULL;
}
int spec_claim_count(const spec *s) { return s->nclaim; }
const spec_claim *spec_claim_at(const spec *s, int i)
{
  return i >= 0 && i < s->nclaim ? s->claims[i] : NULL;
}
const char *spec_claim_name(const spec_claim *c) { return c->name; }
const char *spec_claim_expect(const spec_claim *c) { return spec_claim_attr(c, "expect"); }
long spec_claim_line(const spec_claim *c) { return c->line; }
const char *spec_claim_attr(const spec_claim *c, const char *attr)
{
  for (int i = 0; c && attr && i < c->nattr; i++)
    if (strcmp(c->key[i], attr) == 0) return c->val[i];
  return NULL;
}

int spec_transformation_count(const spec *s) { return s->ntrans; }
const transformation *spec_transformation(const spec *s, int i)
{
  return i >= 0 && i < s->ntrans ? s->trans[i] : NULL;
}
const transformation *spec_find_transformation(const spec *s, const char *name)
{
  int i = name ? names_find(s->trans_index, name) : -1;
  return i >= 0 ? s->trans[i] : NULL;
}

int spec_parse_path(const category *c, const char *text, int *word, int cap, int *source,
                    int *target, char *err, size_t errcap)
{
  char tmp[300];
  int n = path_parse(c, NULL, text ? text : "", word, cap < 0 ? 0 : cap, source, target, tmp,
                     sizeof tmp);
  if (n >= 0) return n;
  if (err && errcap) {
    if (n == PATH_NO_COMPOSE)
      snprintf(err, errcap, "path '%.100s' does not compose: %s", text, tmp);
    else
      snprintf(err, errcap, "%s", tmp);
  }
  return -1;
}

/* ---- searches (issue 9) ---------------------------------------------------- */

int spec_search_count(const spec *s) { return s->nsearch; }
const search *spec_search(const spec *s, int i)
{
  return i >= 0 && i < s->nsearch ? s->searches[i] : NULL;
}
const search *spec_find_search(const spec *s, const char *name)
{
  int i = name && s->search_index ? names_find(s->search_index, name) : -1;
  return i >= 0 ? s->searches[i] : NULL;
}
