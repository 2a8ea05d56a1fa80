/* cmd_claims.c — `yoneda claims FILE...`: run every <claim> of the files,
 * each answer counted only after the kernel accepted its certificate; one
 * PASS/FAIL line per claim, a summary, optionally a JUnit report, the
 * certificates, and deterministic sharding for CI. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/cert.h"
#include "solver/answer.h"
#include "solver/search.h"
#include "specs/clock.h"
#include "tools/commands.h"
#include "tools/junit.h"
#include "tools/load.h"
#include "tools/natclaims.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/progress.h"
#include "tools/report.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_JUNIT = CLI_KEY_BASE, KEY_CERT_DIR, KEY_SHARD, KEY_ENGINE = 'e' };

static const cli_option options[] = {
  {"junit", KEY_JUNIT, "OUT", "also write a JUnit XML report to OUT", .kind = CLI_TEXT},
  {"cert-dir", KEY_CERT_DIR, "DIR", "save each claim's checked certificate as DIR/CLAIM.xml", .kind = CLI_TEXT},
  {"shard", KEY_SHARD, "K/N", "run only slice K of N: claim i runs when\ni mod N = K-1", .kind = CLI_SHARD,
   .max = CLI_MAX_SHARDS},
  {"engine", KEY_ENGINE, "E", "direct, z3 or naive", .kind = CLI_CHOICE,
   .words = represent_engine_names, .has_default = 1, .def = ENGINE_DIRECT},
  {0}
};

const cli_command cmd_claims = {
  "claims",
  "FILE... [--junit OUT.xml] [--cert-dir DIR] [--shard K/N]\n"
  "                     [--engine E] [options]",
  "check every <claim> of spec files (`make demo`)",
  "Run every <claim> of the files in order.  A claim's answer counts only\n"
  "after the proved kernel accepted its certificate.  One line per claim:\n"
  "  PASS NAME (expect X, T s)\n"
  "  FAIL NAME: expected X, got Y — evidence\n"
  "  UNDECIDED NAME: expected X — reason\n"
  "then \"N claims: P passed, F failed[, U undecided]\".  Claims are numbered\n"
  "0, 1, ... in (file, claim) order; --shard K/N runs those with number\n"
  "i mod N = K-1, so the N shards partition the claims.  --timeout S bounds\n"
  "each decision of the SMT engines (an undecided claim), and every step of\n"
  "the run: loading one file, or deciding and kernel-checking one claim, that\n"
  "takes more than S seconds (S + 1 for a decision) stops the run (exit 3).\n"
  "A claim with search=NAME expects counterexample or no-counterexample: it\n"
  "runs `yoneda search` (with task=T as well: is this task a counterexample,\n"
  "decided without a solver).",
  options,
  "  0  every claim passed\n"
  "  1  a claim failed, or invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  some claim undecided (timeout / unknown), none failed\n"
  "  4  a certificate could not be written (--cert-dir), or internal error\n",
  run
};

typedef struct totals {
  int run, passed, failed, undecided, invalid;
  int io_errors;   /* certificates that could not be written */
  int unloaded;    /* files that failed to load (also counted in invalid) */
} totals;

/* --format json: one element of the result's "claims" array (docs/json.md).
 * result: "pass", "fail", "undecided" or "invalid"; got / evidence may be
 * NULL; seconds < 0: not run. */
static void claim_json(const char *file, long line, const char *name, const char *expect,
                       const char *result, const char *got, const char *evidence,
                       double seconds)
{
  json_writer *j = report_result();
  if (!j) return;
  json_object_begin(j);
  json_member_string(j, "name", name);
  json_member_string(j, "file", file);
  json_member_int(j, "line", line);
  json_member_string(j, "expect", expect);
  json_member_string(j, "result", result);
  json_member_string(j, "got", got);
  json_member_string(j, "evidence", evidence);
  json_key(j, "seconds");
  if (seconds >= 0) json_double(j, (double)(long)(seconds * 1000 + 0.5) / 1000);
  else json_null(j);
  json_object_end(j);
}

/* The explanation on one line: its lines joined with "; ". */
static void one_line(const char *text, char *buf, size_t cap)
{
  size_t used = 0;
  buf[0] = '\0';
  if (!text) return;
  for (const char *p = text; *p && used + 4 < cap; p++) {
    if (*p == '\n') {
      while (p[1] == '\n') p++;
      if (p[1] == '\0') break;
      buf[used++] = ';';
      buf[used++] = ' ';
    } else {
      buf[used++] = *p;
    }
  }
  buf[used] = '\0';
}

typedef struct claims_run {
  represent_options ro;
  const char *cert_dir;
  const char **written;       /* claim names saved in cert_dir (borrowed) */
  const char **written_file;  /* and the file each came from */
  int nwritten, awritten;
  junit_report *junit;
  check_cache *cache;         /* working categories of the current file */
  progress prog;
  totals tot;
  int selected;    /* claims in this shard */
} claims_run;

/* Remember that DIR/name.xml was written for a claim of `file`; warn when
 * an earlier claim of the same name (from another file) is overwritten. */
static void note_written(claims_run *cr, const char *name, const char *file)
{
  for (int i = 0; i < cr->nwritten; i++)
    if (strcmp(cr->written[i], name) == 0) {
      progress_clear(&cr->prog);
      fprintf(stderr,
              "yoneda: warning: claim %s of %s overwrites %s/%s.xml, the certificate "
              "of the claim of the same name in %s\n",
              name, file, cr->cert_dir, name, cr->written_file[i]);
      cr->written_file[i] = file;
      return;
    }
  if (cr->nwritten == cr->awritten) {
    int na = cr->awritten ? 2 * cr->awritten : 64;
    const char **w = realloc(cr->written, (size_t)na * sizeof *w);
    if (!w) return;
    cr->written = w;
    const char **f = realloc(cr->written_file, (size_t)na * sizeof *f);
    if (!f) return;
    cr->written_file = f;
    cr->awritten = na;
  }
  cr->written[cr->nwritten] = name;
  cr->written_file[cr->nwritten++] = file;
}

/* ---- the claim kinds of Theorems 2 and 3 (issue 8; tools/natclaims.h) ---- */

static void run_nat_claim(claims_run *cr, const spec *s, const char *file, int suite,
                          const spec_claim *c)
{
  const char *name = spec_claim_name(c), *expect = spec_claim_expect(c);
  natclaim_outcome out;
  natclaims_run(s, c, cr->ro.max_morphisms, cr->ro.engine == ENGINE_Z3, cr->ro.timeout,
                &out);
  progress_clear(&cr->prog);
  char msg[512];
  if (out.verdict == NATCLAIM_INVALID) {
    fprintf(stderr, "%s:%ld: error: claim %s: %s\n", file, spec_claim_line(c), name,
            out.evidence);
    claim_json(file, spec_claim_line(c), name, expect, "invalid", NULL, out.evidence, -1);
    cr->tot.invalid++;
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, 0, JUNIT_ERROR, "invalid claim",
                     "invalid-input", out.evidence);
    return;
  }
  cr->tot.run++;
  if (out.verdict == NATCLAIM_PASS) {
    cr->tot.passed++;
    printf("PASS %s (expect %s, %.2f s)\n", name, expect, out.seconds);
    claim_json(file, spec_claim_line(c), name, expect, "pass", expect, NULL, out.seconds);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, out.seconds, JUNIT_PASSED, NULL, NULL, NULL);
  } else if (out.verdict == NATCLAIM_UNDECIDED) {
    cr->tot.undecided++;
    printf("UNDECIDED %s: expected %s \xe2\x80\x94 %s\n", name, expect, out.evidence);
    claim_json(file, spec_claim_line(c), name, expect, "undecided", NULL, out.evidence,
               out.seconds);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, out.seconds, JUNIT_ERROR, out.evidence,
                     "undecided", out.evidence);
  } else {
    cr->tot.failed++;
    printf("FAIL %s: expected %s, got %s \xe2\x80\x94 %s\n", name, expect, out.got,
           out.evidence);
    claim_json(file, spec_claim_line(c), name, expect, "fail", out.got, out.evidence,
               out.seconds);
    snprintf(msg, sizeof msg, "expected %s, got %s", expect, out.got);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, out.seconds, JUNIT_FAILED, msg,
                     out.verdict == NATCLAIM_ERROR ? "certificate-rejected" : "wrong-answer",
                     out.evidence);
  }
  fflush(stdout);
}

/* ---- counterexample / no-counterexample claims (issue 9) ---------------- */

/* With task: is this task (on its category) a counterexample?  Decided by
 * the property evaluator alone.  Without: yoneda search's answer, counted
 * only after the counterexample passed search_confirm.  Returns 1 and sets
 * *got_counterexample, or 0 when undecided (reason in d). */
static int decide_search_claim(claims_run *cr, const search *se, const task *t,
                               int *got, char *evidence, size_t cap, diag_list *d)
{
  if (t) {
    int too_big = 0;
    property_tables *pt = property_tables_from_task(t, cr->ro.max_morphisms, &too_big);
    if (!pt) {
      diag_add(d, DIAG_ERROR, NULL, 0, too_big ? "the task's category is too large to tabulate"
                                               : "out of memory");
      return 0;
    }
    const char *why = NULL;
    *got = property_counterexample(se, property_tables_model(pt), &why);
    if (*got)
      snprintf(evidence, cap, "task %s is a counterexample to search %s", task_name(t),
               search_name(se));
    else
      snprintf(evidence, cap, "task %s is not a counterexample: %s", task_name(t), why);
    property_tables_free(pt);
    return 1;
  }
  search_options so;
  search_options_init(&so);
  so.timeout = cr->ro.timeout;
  search_result *r = NULL;
  yo_status st = search_run(se, &so, &r, d);
  int decided = 0;
  if (st == YO_YES) {
    const property_model *m = search_result_model(r);
    char *xml = search_counterexample_xml(se, m);
    if (!xml) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    } else if (search_confirm(se, m, xml, "(counterexample)", d) == YO_OK) {
      int el = 0;
      for (int x = 0; x < m->objects; x++) el += m->size[x];
      *got = 1;
      decided = 1;
      snprintf(evidence, cap, "counterexample with %d object%s, %d morphism%s, %d element%s "
                              "(write it with yoneda search --out)",
               m->objects, m->objects == 1 ? "" : "s", m->morphisms,
               m->morphisms == 1 ? "" : "s", el, el == 1 ? "" : "s");
    }
    free(xml);
  } else if (st == YO_NO) {
    *got = 0;
    decided = 1;
    snprintf(evidence, cap, "no counterexample within the bounds (%d size classes searched)",
             search_result_classes(r));
  }
  search_result_free(r);
  return decided;
}

static void run_search_claim(claims_run *cr, const spec *s, const char *file, int suite,
                             const spec_claim *c)
{
  const char *name = spec_claim_name(c), *expect = spec_claim_expect(c);
  const search *se = spec_find_search(s, spec_claim_attr(c, "search"));
  const char *task_attr = spec_claim_attr(c, "task");
  const task *t = task_attr ? spec_find_task(s, task_attr) : NULL;
  if (!se || (task_attr && !t)) {   /* the loader reports unknown names */
    progress_clear(&cr->prog);
    fprintf(stderr, "%s:%ld: error: claim %s: unknown %s\n", file, spec_claim_line(c), name,
            se ? "task" : "search");
    claim_json(file, spec_claim_line(c), name, expect, "invalid", NULL,
               se ? "unknown task" : "unknown search", -1);
    cr->tot.invalid++;
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, 0, JUNIT_ERROR, "invalid claim",
                     "invalid-input", name);
    return;
  }
  int want = strcmp(expect, "counterexample") == 0;
  cr->tot.run++;
  double t0 = clock_seconds();
  char evidence[1024] = "", msg[512];
  int got = 0;
  diag_list *d = diag_list_new(0);
  int decided = d ? decide_search_claim(cr, se, t, &got, evidence, sizeof evidence, d) : 0;
  double secs = clock_seconds() - t0;
  progress_clear(&cr->prog);
  if (decided && got == want) {
    cr->tot.passed++;
    printf("PASS %s (expect %s, %.2f s)\n", name, expect, secs);
    claim_json(file, spec_claim_line(c), name, expect, "pass", expect, evidence, secs);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, secs, JUNIT_PASSED, NULL, NULL, NULL);
  } else if (decided) {
    const char *gotw = got ? "counterexample" : "no-counterexample";
    cr->tot.failed++;
    printf("FAIL %s: expected %s, got %s \xe2\x80\x94 %s\n", name, expect, gotw, evidence);
    claim_json(file, spec_claim_line(c), name, expect, "fail", gotw, evidence, secs);
    snprintf(msg, sizeof msg, "expected %s, got %s", expect, gotw);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, secs, JUNIT_FAILED, msg, "wrong-answer",
                     evidence);
  } else {
    const char *why = print_first_error(d, "unknown");
    int limit = strstr(why, "internal error") == NULL && strstr(why, "out of memory") == NULL;
    snprintf(evidence, sizeof evidence, "%s", why);
    if (limit) {
      cr->tot.undecided++;
      printf("UNDECIDED %s: expected %s \xe2\x80\x94 %s\n", name, expect, evidence);
      claim_json(file, spec_claim_line(c), name, expect, "undecided", NULL, evidence, secs);
      if (cr->junit)
        junit_add_case(cr->junit, suite, name, file, secs, JUNIT_ERROR, evidence, "undecided",
                       evidence);
    } else {
      cr->tot.failed++;
      printf("FAIL %s: expected %s, got internal error \xe2\x80\x94 %s\n", name, expect,
             evidence);
      claim_json(file, spec_claim_line(c), name, expect, "fail", "internal error", evidence,
                 secs);
      snprintf(msg, sizeof msg, "expected %s, got internal error", expect);
      if (cr->junit)
        junit_add_case(cr->junit, suite, name, file, secs, JUNIT_FAILED, msg, "internal-error",
                       evidence);
    }
  }
  fflush(stdout);
  diag_list_free(d);
}

static void run_claim(claims_run *cr, const spec *s, const char *file, int suite,
                      const spec_claim *c)
{
  if (spec_claim_attr(c, "search")) {
    run_search_claim(cr, s, file, suite, c);
    return;
  }
  const char *name = spec_claim_name(c);
  const char *expect = spec_claim_expect(c);
  const char *task_attr = spec_claim_attr(c, "task");
  long line = spec_claim_line(c);
  int want_yes;
  if (natclaims_handles(expect)) {
    run_nat_claim(cr, s, file, suite, c);
    return;
  }
  if (expect && strcmp(expect, "representable") == 0)
    want_yes = 1;
  else if (expect && strcmp(expect, "not-representable") == 0)
    want_yes = 0;
  else {
    progress_clear(&cr->prog);
    fprintf(stderr, "%s:%ld: error: claim %s: unsupported expect '%s' (this version "
                    "checks representable / not-representable)\n",
            file, line, name, expect ? expect : "");
    claim_json(file, line, name, expect, "invalid", NULL, "unsupported expect", -1);
    cr->tot.invalid++;
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, 0, JUNIT_ERROR, "unsupported claim",
                     "invalid-input", expect);
    return;
  }
  const task *t = task_attr ? spec_find_task(s, task_attr) : NULL;
  if (!t) {
    progress_clear(&cr->prog);
    fprintf(stderr, "%s:%ld: error: claim %s: %s\n", file, line, name,
            task_attr ? "unknown task" : "missing task attribute");
    claim_json(file, line, name, expect, "invalid", NULL,
               task_attr ? "unknown task" : "missing task attribute", -1);
    cr->tot.invalid++;
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, 0, JUNIT_ERROR, "invalid claim",
                     "invalid-input", task_attr);
    return;
  }
  cr->tot.run++;
  diag_list *d = diag_list_new(0);
  answer *x = NULL;
  /* the decision and its kernel check within --timeout (+1 s for the SMT
   * engines, which stop themselves at S) */
  watchdog_start(cr->ro.timeout > 0 ? cr->ro.timeout + 1.0 : 0, cr->ro.timeout);
  yo_status st = d ? answer_decide_representable(t, &cr->ro, cr->cache, &x, d) : YO_INTERNAL;
  watchdog_stop();
  double seconds = x ? answer_seconds(x) : 0;
  int rejected = x && answer_kernel_rejected(x);
  progress_clear(&cr->prog);
  char evidence[2048], msg[512];
  if ((st == YO_YES || st == YO_NO) && cr->cert_dir) {
    size_t n = strlen(cr->cert_dir) + strlen(name) + 8;
    char *path = malloc(n);
    note_written(cr, name, file);
    outfile out;
    if (!path) {
      print_error("out of memory");
      cr->tot.io_errors++;
    } else if (snprintf(path, n, "%s/%s.xml", cr->cert_dir, name),
               outfile_open(&out, path) < 0) {
      cr->tot.io_errors++;
    } else if (cert_write(answer_cert(x), t, answer_work(x), out.f, d) != YO_OK) {
      outfile_abort(&out);
      print_diags_prefixed(d, "yoneda");
      diag_list_clear(d);
      cr->tot.io_errors++;
    } else if (outfile_commit(&out) < 0) {
      cr->tot.io_errors++;
    }
    free(path);
  }
  if (st == YO_YES || st == YO_NO) {
    int got_yes = st == YO_YES;
    if (got_yes == want_yes) {
      cr->tot.passed++;
      printf("PASS %s (expect %s, %.2f s)\n", name, expect, seconds);
      claim_json(file, line, name, expect, "pass", expect, NULL, seconds);
      if (cr->junit)
        junit_add_case(cr->junit, suite, name, file, seconds, JUNIT_PASSED, NULL, NULL,
                       NULL);
    } else {
      cr->tot.failed++;
      /* the answer line whole (names may be long); else the explanation's
       * first lines, joined */
      int need = got_yes ? answer_format(x, NULL, 0) : -1;
      char *whole = need >= 0 ? malloc((size_t)need + 1) : NULL;
      if (whole) {
        answer_format(x, whole, (size_t)need + 1);
      } else if (got_yes) {
        answer_format(x, evidence, sizeof evidence);
      } else {
        one_line(answer_explanation(x), evidence, sizeof evidence);
        if (!evidence[0]) snprintf(evidence, sizeof evidence, "no universal element");
      }
      const char *ev = whole ? whole : evidence;
      const char *got = got_yes ? "representable" : "not-representable";
      printf("FAIL %s: expected %s, got %s \xe2\x80\x94 %s\n", name, expect, got, ev);
      claim_json(file, line, name, expect, "fail", got, ev, seconds);
      snprintf(msg, sizeof msg, "expected %s, got %s", expect, got);
      if (cr->junit)
        junit_add_case(cr->junit, suite, name, file, seconds, JUNIT_FAILED, msg,
                       "wrong-answer", ev);
      free(whole);
    }
  } else if (st == YO_LIMIT) {
    cr->tot.undecided++;
    snprintf(evidence, sizeof evidence, "%s", print_first_error(d, "unknown"));
    printf("UNDECIDED %s: expected %s \xe2\x80\x94 %s\n", name, expect, evidence);
    claim_json(file, line, name, expect, "undecided", NULL, evidence, seconds);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, seconds, JUNIT_ERROR, evidence,
                     "undecided", evidence);
  } else {
    cr->tot.failed++;
    const char *got = rejected ? "certificate rejected" : "internal error";
    snprintf(evidence, sizeof evidence, "%s",
             print_kernel_reason(print_first_error(d, yo_status_name(st))));
    printf("FAIL %s: expected %s, got %s \xe2\x80\x94 %s\n", name, expect, got, evidence);
    claim_json(file, line, name, expect, "fail", got, evidence, seconds);
    snprintf(msg, sizeof msg, "expected %s, got %s", expect, got);
    if (cr->junit)
      junit_add_case(cr->junit, suite, name, file, seconds, JUNIT_FAILED, msg,
                     rejected ? "certificate-rejected" : "internal-error",
                     evidence);
  }
  fflush(stdout);
  answer_free(x);
  diag_list_free(d);
}

typedef struct claims_args {
  const char *junit_path, *cert_dir;
  int shard_k, shard_n;
  represent_engine engine;
} claims_args;

static int store(cli_parser *p, int key, void *user)
{
  claims_args *a = user;
  switch (key) {
  case KEY_JUNIT: a->junit_path = p->optarg; break;
  case KEY_CERT_DIR: a->cert_dir = p->optarg; break;
  case KEY_SHARD:
    a->shard_k = p->shard_k;
    a->shard_n = p->shard_n;
    break;
  case KEY_ENGINE: a->engine = (represent_engine)p->choice; break;
  }
  return 0;
}

/* Load every file first: all errors of all files, and the number of
 * claims of this shard (cr->selected) for the progress indicator.  A file
 * that does not load leaves specs[i] NULL and counts as invalid. */
static void load_all(claims_run *cr, const claims_args *a, int nfiles, char **files,
                     const cli_common *o, spec **specs, int *suites)
{
  json_writer *jr = report_result();
  if (jr) {
    json_key(jr, "files");
    json_array_begin(jr);
  }
  int index = 0;
  for (int i = 0; i < nfiles; i++) {
    char first[8192];
    watchdog_start(o->timeout, o->timeout);   /* a FIFO or a huge file: bounded too */
    yo_status st = load_spec_report(files[i], o, &specs[i], first, sizeof first);
    watchdog_stop();
    if (cr->junit) suites[i] = junit_add_suite(cr->junit, files[i]);
    if (jr) {
      json_object_begin(jr);
      json_member_string(jr, "file", files[i]);
      json_member_bool(jr, "loaded", st == YO_OK);
      json_member_int(jr, "claims", st == YO_OK ? spec_claim_count(specs[i]) : 0);
      json_object_end(jr);
    }
    if (st != YO_OK) {
      cr->tot.invalid++;
      cr->tot.unloaded++;
      if (cr->junit)
        junit_add_case(cr->junit, suites[i], "(load)", files[i], 0, JUNIT_ERROR,
                       "the spec file does not load", "invalid-input", first);
      continue;
    }
    for (int j = 0; j < spec_claim_count(specs[i]); j++, index++)
      if (index % a->shard_n + 1 == a->shard_k) cr->selected++;
  }
  if (jr) {
    json_array_end(jr);
    json_key(jr, "claims");
    json_array_begin(jr);
  }
}

/* Run the claims of this shard, file by file. */
static void run_all(claims_run *cr, const claims_args *a, int nfiles, char **files,
                    spec **specs, const int *suites)
{
  progress_init(&cr->prog);
  int index = 0, done = 0;
  for (int i = 0; i < nfiles; i++) {
    if (!specs[i]) continue;
    /* one cache per file: its tasks share working categories and kernel 1
     * (without one, each answer builds its own) */
    cr->cache = check_cache_new(cr->ro.max_morphisms);
    for (int j = 0; j < spec_claim_count(specs[i]); j++, index++) {
      if (index % a->shard_n + 1 != a->shard_k) continue;
      const spec_claim *c = spec_claim_at(specs[i], j);
      progress_update(&cr->prog, ++done, cr->selected, spec_claim_name(c));
      run_claim(cr, specs[i], files[i], suites[i], c);
    }
    check_cache_free(cr->cache);
    cr->cache = NULL;
  }
  progress_clear(&cr->prog);
}

/* The summary line (and the JSON summary); returns the exit status. */
static int summarise(const totals *t)
{
  printf("%d claim%s: %d passed, %d failed", t->run, t->run == 1 ? "" : "s", t->passed,
         t->failed);
  if (t->undecided) printf(", %d undecided", t->undecided);
  if (t->unloaded)
    printf("; %d file%s failed to load", t->unloaded, t->unloaded == 1 ? "" : "s");
  printf("\n");
  json_writer *jr = report_result();
  if (jr) {
    json_array_end(jr);
    json_key(jr, "summary");
    json_object_begin(jr);
    json_member_int(jr, "claims", t->run);
    json_member_int(jr, "passed", t->passed);
    json_member_int(jr, "failed", t->failed);
    json_member_int(jr, "undecided", t->undecided);
    json_member_int(jr, "invalid", t->invalid - t->unloaded);
    json_member_int(jr, "files_failed_to_load", t->unloaded);
    json_object_end(jr);
  }
  if (t->failed || t->invalid) return 1;
  if (t->undecided) return YO_LIMIT;
  if (t->io_errors) return YO_INTERNAL;
  return YO_OK;
}

static int run(int argc, char **argv)
{
  cli_parser p;
  if (cli_parser_init(&p, &cmd_claims, argc, argv) < 0) return YO_INTERNAL;
  claims_args a;
  memset(&a, 0, sizeof a);
  a.shard_k = a.shard_n = 1;
  claims_run cr;
  memset(&cr, 0, sizeof cr);
  represent_options_init(&cr.ro);
  a.engine = cr.ro.engine;
  int parsed = cli_parse_args(&p, store, &a);
  if (parsed != CLI_END) return parsed;
  int nfiles = cli_arg_count(&p);
  char **files = cli_args(&p);
  cli_common o = p.common;
  cli_parser_done(&p);
  if (nfiles == 0) return cli_usage_error(&cmd_claims, "no spec file given");
  cr.ro.engine = a.engine;
  cr.ro.timeout = o.timeout;
  cr.ro.max_morphisms = o.max_morphisms;
  cr.cert_dir = a.cert_dir;
  if (a.cert_dir && outfile_mkdirs(a.cert_dir) < 0) return YO_INTERNAL;
  /* an unwritable --junit path is reported before any work */
  outfile junit_out;
  if (outfile_open_optional(&junit_out, a.junit_path) < 0) return YO_INTERNAL;
  if (a.junit_path && !(cr.junit = junit_new())) {
    outfile_abort(&junit_out);
    print_error("out of memory");
    return YO_INTERNAL;
  }
  spec **specs = calloc((size_t)nfiles, sizeof *specs);
  int *suites = calloc((size_t)nfiles, sizeof *suites);
  if (!specs || !suites) {
    free(specs);
    free(suites);
    junit_free(cr.junit);
    outfile_abort(&junit_out);
    print_error("out of memory");
    return YO_INTERNAL;
  }
  load_all(&cr, &a, nfiles, files, &o, specs, suites);
  run_all(&cr, &a, nfiles, files, specs, suites);
  int rc = summarise(&cr.tot);
  if (cr.junit) {
    if (junit_write(cr.junit, junit_out.f) < 0) {
      print_error("cannot write the JUnit report %s", a.junit_path);
      outfile_abort(&junit_out);
      if (rc == YO_OK) rc = YO_INTERNAL;
    } else if (outfile_commit(&junit_out) < 0 && rc == YO_OK) {
      rc = YO_INTERNAL;
    }
  }
  junit_free(cr.junit);
  free(cr.written);
  free(cr.written_file);
  for (int i = 0; i < nfiles; i++)
    if (specs[i]) spec_free(specs[i]);
  free(specs);
  free(suites);
  return rc;
}
