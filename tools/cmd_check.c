/* cmd_check.c — `yoneda check FILE...`: load and validate spec files, have
 * the kernel re-check every category, task and functor, then summarise each
 * in document order. */
#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "solver/exact.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/report.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_CATEGORY = 'c', KEY_CERT = CLI_KEY_BASE + 1 };

static const cli_option options[] = {
  {"category", KEY_CATEGORY, "C", "with --cert: the category to certify\n(default: the only one)", .kind = CLI_TEXT},
  {"cert", KEY_CERT, "OUT", "with --exact and one FILE: write the exact\ncertificate of the category to OUT\n(exact-1.rng; re-check it with `yoneda verify\nFILE --category C --cert OUT`)", .kind = CLI_TEXT},
  {0}
};

const cli_command cmd_check = {
  "check",
  "FILE... [options]",
  "validate spec files and summarise what they define",
  "Load each spec file (all errors of all files are reported as FILE:LINE\n"
  "diagnostics on stderr), enumerate every category, check every task and\n"
  "functor, and have the proved kernel re-check all of it.  For a valid file,\n"
  "print in document order one line per definition:\n"
  "  category NAME: X objects, Y morphisms     (Y counts identities)\n"
  "  task NAME: covariant|contravariant on C, Z elements\n"
  "  functor NAME: C -> D\n"
  "  transformation NAME: S => T, natural     (kernel 5 checked every square)\n"
  "With several files each line starts with \"FILE: \".\n"
  "With --exact, kernel 7 also proves every category exact (isomorphic to\n"
  "the category its equations present, docs/trust.md) and each category\n"
  "line ends with \" (exact)\".",
  options,
  "  0  every file is valid\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  a category has more than --max-morphisms morphisms (or is infinite),\n"
  "     or the timeout expired\n"
  "  4  the kernel rejected a loaded definition (internal error)\n",
  run
};

typedef struct item {
  long line;
  int kind;   /* 0 category, 1 task, 2 functor, 3 transformation */
  int index;
} item;

static int item_cmp(const void *a, const void *b)
{
  const item *x = a, *y = b;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Fold one kernel verdict into *worst: a rejection (YO_INTERNAL) beats a
 * model too large for the kernel (YO_LIMIT: nothing was checked). */
static void merge_kernel(yo_status st, yo_status *worst)
{
  if (st == YO_INTERNAL || (st != YO_OK && st != YO_LIMIT)) *worst = YO_INTERNAL;
  else if (st == YO_LIMIT && *worst == YO_OK) *worst = YO_LIMIT;
}

/* Kernel re-check of everything in s; YO_OK, YO_LIMIT (too large for the
 * kernel: nothing was checked) or YO_INTERNAL (rejected); printed. */
static yo_status kernel_check(const spec *s, const cli_common *o)
{
  diag_list *d = diag_list_new(0);
  /* kernel 1 runs once per category (and its opposite), shared by the tasks */
  check_cache *cache = check_cache_new(o->max_morphisms);
  if (!d || !cache) {
    diag_list_free(d);
    check_cache_free(cache);
    return YO_INTERNAL;
  }
  yo_status worst = YO_OK;
  for (int i = 0; i < spec_category_count(s); i++)
    merge_kernel(check_cache_category(cache, spec_category(s, i), d), &worst);
  for (int i = 0; i < spec_task_count(s); i++) {
    const task *t = spec_task(s, i);
    const category *work = NULL;
    diag_list *wd = diag_list_new(0);
    yo_status st = check_cache_work(cache, t, &work, wd);
    if (st != YO_OK) {   /* no working category: a limit, printed now */
      print_diags_prefixed(wd, "yoneda");
      diag_list_free(wd);
      if (worst == YO_OK) worst = st;
      continue;
    }
    diag_list_free(wd);
    check_context *k = NULL;
    merge_kernel(check_cache_prepare(cache, t, &k, d), &worst);
    check_context_free(k);
  }
  for (int i = 0; i < spec_functor_count(s); i++)
    merge_kernel(check_functor(spec_functor(s, i), d), &worst);
  for (int i = 0; i < spec_transformation_count(s); i++)
    merge_kernel(check_transformation(spec_transformation(s, i), d), &worst);
  if (worst == YO_INTERNAL) print_kernel_rejection(d, "yoneda: rejected by the kernel");
  else if (worst == YO_LIMIT) print_diags(d, NULL);
  diag_list_free(d);
  check_cache_free(cache);
  return worst;
}

/* The categories, tasks, functors and transformations of s in file order
 * (*n of them; malloc'd, NULL when out of memory). */
static item *definitions(const spec *s, int *n)
{
  int nc = spec_category_count(s), nt = spec_task_count(s), nf = spec_functor_count(s);
  int na = spec_transformation_count(s), k = 0;
  *n = nc + nt + nf + na;
  item *items = malloc((size_t)(*n > 0 ? *n : 1) * sizeof *items);
  if (!items) return NULL;
  for (int i = 0; i < nc; i++)
    items[k++] = (item){category_line(spec_category(s, i)), 0, i};
  for (int i = 0; i < nt; i++) items[k++] = (item){task_line(spec_task(s, i)), 1, i};
  for (int i = 0; i < nf; i++)
    items[k++] = (item){functor_line(spec_functor(s, i)), 2, i};
  for (int i = 0; i < na; i++)
    items[k++] = (item){transformation_line(spec_transformation(s, i)), 3, i};
  qsort(items, (size_t)*n, sizeof *items, item_cmp);
  return items;
}

static const char *variance_name(task_variance v)
{
  return v == TASK_COVARIANT ? "covariant" : "contravariant";
}

/* The hypothesis and the conclusion of a search, as text. */
static void search_props(const search *se, char hyp[512], char concl[512])
{
  search_prop_format(search_hypothesis(se), hyp, 512);
  search_prop_format(search_conclusion(se), concl, 512);
}

static void summarise(const spec *s, const char *prefix, int exact)
{
  int n;
  item *items = definitions(s, &n);
  if (!items) {
    print_error("out of memory");
    return;
  }
  for (int i = 0; i < n; i++) {
    fputs(prefix, stdout);
    if (items[i].kind == 0) {
      const category *c = spec_category(s, items[i].index);
      int no = category_object_count(c), nm = category_morphism_count(c);
      printf("category %s: %d object%s, %d morphism%s%s\n", category_name(c), no,
             print_s(no), nm, print_s(nm), exact ? " (exact)" : "");
    } else if (items[i].kind == 1) {
      const task *t = spec_task(s, items[i].index);
      printf("task %s: %s on %s, %ld element%s\n", task_name(t),
             variance_name(task_variance_of(t)),
             category_name(task_category(t)), task_element_total(t),
             print_s(task_element_total(t)));
    } else if (items[i].kind == 3) {
      const transformation *a = spec_transformation(s, items[i].index);
      printf("transformation %s: %s => %s, natural\n", transformation_name(a),
             task_name(transformation_from(a)), task_name(transformation_to(a)));
    } else {
      const functor *F = spec_functor(s, items[i].index);
      printf("functor %s: %s -> %s\n", functor_name(F),
             category_name(functor_source(F)), category_name(functor_target(F)));
    }
  }
  free(items);
  /* searches (issue 9), after the rest */
  for (int i = 0; i < spec_search_count(s); i++) {
    const search *se = spec_search(s, i);
    char hyp[512], concl[512];
    search_props(se, hyp, concl);
    printf("%ssearch %s: %s, at most %d object%s, %d morphism%s, %d element%s per set: "
           "%s => %s\n",
           prefix, search_name(se),
           variance_name(search_variance(se)),
           search_max_objects(se), print_s(search_max_objects(se)), search_max_morphisms(se),
           print_s(search_max_morphisms(se)), search_max_elements(se),
           print_s(search_max_elements(se)), hyp, concl);
  }
}

/* --format json: the definitions of s, as summarise lists them. */
static void summarise_json(json_writer *j, const spec *s, int exact)
{
  json_key(j, "definitions");
  json_array_begin(j);
  int n;
  item *items = definitions(s, &n);
  if (!items) {
    json_array_end(j);
    return;
  }
  for (int i = 0; i < n; i++) {
    json_object_begin(j);
    if (items[i].kind == 0) {
      const category *c = spec_category(s, items[i].index);
      json_member_string(j, "kind", "category");
      json_member_string(j, "name", category_name(c));
      json_member_int(j, "line", items[i].line);
      json_member_int(j, "objects", category_object_count(c));
      json_member_int(j, "morphisms", category_morphism_count(c));
      json_member_bool(j, "exact", exact);
    } else if (items[i].kind == 1) {
      const task *t = spec_task(s, items[i].index);
      json_member_string(j, "kind", "task");
      json_member_string(j, "name", task_name(t));
      json_member_int(j, "line", items[i].line);
      json_member_string(j, "variance", variance_name(task_variance_of(t)));
      json_member_string(j, "category", category_name(task_category(t)));
      json_member_int(j, "elements", task_element_total(t));
    } else if (items[i].kind == 3) {
      const transformation *a = spec_transformation(s, items[i].index);
      json_member_string(j, "kind", "transformation");
      json_member_string(j, "name", transformation_name(a));
      json_member_int(j, "line", items[i].line);
      json_member_string(j, "from", task_name(transformation_from(a)));
      json_member_string(j, "to", task_name(transformation_to(a)));
      json_member_bool(j, "natural", 1);
    } else {
      const functor *F = spec_functor(s, items[i].index);
      json_member_string(j, "kind", "functor");
      json_member_string(j, "name", functor_name(F));
      json_member_int(j, "line", items[i].line);
      json_member_string(j, "source", category_name(functor_source(F)));
      json_member_string(j, "target", category_name(functor_target(F)));
    }
    json_object_end(j);
  }
  free(items);
  for (int i = 0; i < spec_search_count(s); i++) {
    const search *se = spec_search(s, i);
    char hyp[512], concl[512];
    search_props(se, hyp, concl);
    json_object_begin(j);
    json_member_string(j, "kind", "search");
    json_member_string(j, "name", search_name(se));
    json_member_string(j, "variance", variance_name(search_variance(se)));
    json_member_int(j, "max_objects", search_max_objects(se));
    json_member_int(j, "max_morphisms", search_max_morphisms(se));
    json_member_int(j, "max_elements", search_max_elements(se));
    json_member_string(j, "hypothesis", hyp);
    json_member_string(j, "conclusion", concl);
    json_object_end(j);
  }
  json_array_end(j);
}

/* --cert: derive, check and write the exact certificate of one category
 * to out (opened before the spec was read), then commit or abort it. */
static yo_status write_certificate(const spec *s, const char *name, outfile *out)
{
  const char *path = out->path;
  yo_status st = YO_OK;
  const category *c = load_pick_category(s, name, &cmd_check, &st);
  diag_list *d = c ? diag_list_new(0) : NULL;
  if (!d) {
    outfile_abort(out);
    return c ? YO_INTERNAL : st;
  }
  long bytes = 0;
  st = exact_check_category(c, out->f, &bytes, d);
  if (st == YO_OK && outfile_commit(out) < 0) {
    st = YO_INTERNAL;
  } else if (st != YO_OK) {
    outfile_abort(out);
    if (st == YO_INTERNAL) print_kernel_rejection(d, "yoneda: rejected by the kernel");
    else print_diags(d, NULL);
  } else {
    fprintf(stderr, "yoneda: exact certificate of %s written to %s (%ld bytes)\n",
            category_name(c), path, bytes);
  }
  diag_list_free(d);
  return st;
}

/* Combine exit statuses: internal > invalid > limit > ok. */
static int rank(yo_status s)
{
  switch (s) {
  case YO_OK: return 0;
  case YO_LIMIT: return 1;
  case YO_INVALID: return 2;
  default: return 3;
  }
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_check, argc, argv) < 0) return YO_INTERNAL;
  const char *cat_name = NULL, *cert_path = NULL;
  cli_arg args[] = {{KEY_CATEGORY, &cat_name}, {KEY_CERT, &cert_path}, {0, NULL}};
  int parsed = cli_parse_args(&p, cli_store_arg, args);
  if (parsed != CLI_END) return parsed;
  int nfiles = cli_arg_count(&p);
  char **files = cli_args(&p);
  cli_common o = p.common;
  cli_parser_done(&p);
  if (nfiles == 0) return cli_usage_error(&cmd_check, "no spec file given");
  if (cert_path && (!o.exact || nfiles != 1))
    return cli_usage_error(&cmd_check, "--cert needs --exact and one spec file");
  if (cat_name && !cert_path)
    return cli_usage_error(&cmd_check, "--category is only used with --cert");
  watchdog_start(o.timeout, o.timeout);
  outfile out;   /* opened now: an unwritable path is reported before the work */
  if (outfile_open_optional(&out, cert_path) < 0) return YO_INTERNAL;
  json_writer *j = report_result();
  if (j) {
    json_key(j, "files");
    json_array_begin(j);
  }
  yo_status worst = YO_OK;
  for (int i = 0; i < nfiles; i++) {
    spec *s = NULL;
    yo_status st = load_spec(files[i], &o, &s);
    int valid = 0;
    if (st == YO_OK) {
      st = kernel_check(s, &o);
      if (st == YO_OK) {
        /* "FILE: " before each line when there are several files (any length) */
        size_t plen = nfiles > 1 ? strlen(files[i]) + 3 : 1;
        char *prefix = calloc(plen, 1);
        if (prefix && nfiles > 1) snprintf(prefix, plen, "%s: ", files[i]);
        if (!prefix) {
          print_error("out of memory");
          st = YO_INTERNAL;
        }
        if (st == YO_OK && out.f) st = write_certificate(s, cat_name, &out);
        if (st == YO_OK) summarise(s, prefix, o.exact);
        valid = st == YO_OK;
        free(prefix);
        fflush(stdout);
      }
    }
    if (j) {
      json_object_begin(j);
      json_member_string(j, "file", files[i]);
      json_member_string(j, "status", report_status_name((int)st));
      if (valid) summarise_json(j, s, o.exact);
      if (valid && cert_path) json_member_string(j, "certificate", cert_path);
      json_object_end(j);
    }
    spec_free(s);
    if (rank(st) > rank(worst)) worst = st;
  }
  outfile_abort(&out);
  return (int)worst;
}
