/* cmd_represent.c — `yoneda represent FILE`: decide whether a task is
 * representable (Theorem 1), have the kernel check the certificate, then
 * print the answer (exit 10 yes / 20 no). */
#include <stdlib.h>
#include <string.h>

#include "proofs/cert.h"
#include "solver/answer.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/outfile.h"
#include "tools/print.h"
#include "tools/report.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_TASK = 't', KEY_ENGINE = 'e', KEY_ALL = CLI_KEY_BASE, KEY_CERT, KEY_FULL };

static const cli_option options[] = {
  {"task", KEY_TASK, "T", "the task to decide (without it, every task\nof the file, one line each)", .kind = CLI_TEXT},
  {"engine", KEY_ENGINE, "E", "direct, z3 or naive", .kind = CLI_CHOICE,
   .words = represent_engine_names, .has_default = 1, .def = ENGINE_DIRECT},
  {"all", KEY_ALL, NULL, "also list every universal pair (P, u)", .kind = CLI_FLAG},
  {"cert", KEY_CERT, "OUT", "write the checked certificate to OUT (XML)", .kind = CLI_TEXT},
  {"full", KEY_FULL, NULL, "list every witness of the explanation (default:\nthe first 12, then \"... (N more; --full to\nshow all)\")", .kind = CLI_FLAG},
  {0}
};

const cli_command cmd_represent = {
  "represent",
  "FILE [--task T] [--engine direct|z3|naive] [--all] [--full]\n"
  "                        [--cert OUT.xml] [options]",
  "decide whether a task is representable (Theorem 1)",
  "Decide whether the task T is representable: T = Hom(P,-) (covariant) or\n"
  "Hom(-,P) (contravariant) for an object P, i.e. some element u of T(P) is\n"
  "universal.  The engine's certificate is re-checked by the proved kernel\n"
  "before anything is printed.  The first line of the output is exactly\n"
  "  representable by object P, universal element u\n"
  "or\n"
  "  not representable\n"
  "followed by the explanation (the evidence of the certificate).  With\n"
  "--all, one line \"universal pair: P, u\" per universal pair follows the\n"
  "first line.  --timeout S bounds the SMT engines (and the whole run).\n"
  "Without --task on a file with several tasks, every task is decided and\n"
  "printed on one line \"T: <answer line>\" in document order; the exit\n"
  "status is then 10 if all are representable, 20 if none is, 0 if mixed.",
  options,
  "  10 representable (every task, without --task)\n"
  "  20 not representable (no task, without --task)\n"
  "  0  without --task: some tasks representable, some not\n"
  "  1  invalid input (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  unknown: timeout, solver unknown, or instance too big (reason on stderr)\n"
  "  4  certificate rejected by the kernel, or internal error\n",
  run
};

static void print_explanation(const char *text)
{
  if (!text || !*text) return;
  fputs(text, stdout);
  if (text[strlen(text) - 1] != '\n') fputc('\n', stdout);
}

static int pair_cmp(const void *a, const void *b)
{
  const int *x = a, *y = b;
  if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* The universal pairs of x as (object, element) index pairs in one order
 * for every engine: objects in declaration order, then elements in set
 * order.  malloc'ed (NULL when there are none or out of memory). */
static int *sorted_pairs(const answer *x, int *n)
{
  *n = answer_universal_count(x);
  int *p = *n > 0 ? malloc(2 * (size_t)*n * sizeof *p) : NULL;
  if (!p) {
    *n = 0;
    return NULL;
  }
  for (int i = 0; i < *n; i++) answer_universal(x, i, &p[2 * i], &p[2 * i + 1]);
  qsort(p, (size_t)*n, 2 * sizeof *p, pair_cmp);
  return p;
}

/* --format json: one element of the result's "tasks" array (docs/json.md):
 * the answer of t (status st, answer x; d holds the reason when there is
 * none), with the universal pairs when `all`. */
static void answer_json(const task *t, yo_status st, const answer *x, int all,
                        const diag_list *d)
{
  json_writer *j = report_result();
  if (!j) return;
  json_object_begin(j);
  json_member_string(j, "task", task_name(t));
  const char *what = st == YO_YES ? "representable"
                     : st == YO_NO ? "not-representable"
                     : st == YO_LIMIT ? "unknown" : "error";
  json_member_string(j, "answer", what);
  if (st == YO_YES) {
    const category *work = answer_work(x);
    int P = answer_object(x), u = answer_element(x);
    json_member_string(j, "object", category_object_name(work, P));
    json_member_string(j, "element", task_element_name(t, P, u));
  }
  if (all && (st == YO_YES || st == YO_NO)) {
    json_key(j, "universal_pairs");
    json_array_begin(j);
    int n = 0;
    int *pairs = sorted_pairs(x, &n);
    for (int i = 0; i < n; i++) {
      int P = pairs[2 * i], u = pairs[2 * i + 1];
      json_object_begin(j);
      json_member_string(j, "object", category_object_name(answer_work(x), P));
      json_member_string(j, "element", task_element_name(t, P, u));
      json_object_end(j);
    }
    free(pairs);
    json_array_end(j);
    json_member_bool(j, "pairs_kernel_checked",
                     answer_universal_count(x) <= 1 || answer_pairs_checked(x));
  }
  if (st == YO_YES || st == YO_NO)
    json_member_string(j, "explanation", answer_explanation(x));
  else
    json_member_string(j, "reason",
                       x && answer_kernel_rejected(x)
                           ? print_kernel_reason(print_first_error(d, "certificate rejected"))
                           : print_first_error(d, yo_status_name(st)));
  json_member_bool(j, "kernel_checked", st == YO_YES || st == YO_NO);
  json_object_end(j);
}

/* Without --task on a file with several tasks: one line per task, in
 * document order ("T: representable by object P, universal element u",
 * "T: not representable", or "T: no answer (reason)"), each answer
 * kernel-checked.  10 when every task is representable, 20 when none is,
 * 0 when mixed; 3 when one has no answer; 4 when the kernel rejected one. */
static yo_status represent_every_task(const spec *s, const represent_options *ro)
{
  int yes = 0, no = 0, limit = 0, bad = 0;
  /* the tasks share working categories and kernel 1 (NULL: each its own) */
  check_cache *cache = check_cache_new(ro->max_morphisms);
  for (int i = 0; i < spec_task_count(s); i++) {
    const task *t = spec_task(s, i);
    diag_list *d = diag_list_new(0);
    answer *x = NULL;
    yo_status st = d ? answer_decide_representable(t, ro, cache, &x, d) : YO_INTERNAL;
    if (st == YO_YES || st == YO_NO) {
      char line[1024];
      int need = answer_format(x, line, sizeof line);
      char *big = need >= (int)sizeof line ? malloc((size_t)need + 1) : NULL;
      if (big) answer_format(x, big, (size_t)need + 1);
      printf("%s: %s\n", task_name(t), big ? big : line);
      free(big);
      if (st == YO_YES) yes++; else no++;
    } else if (st == YO_LIMIT) {
      printf("%s: no answer (%s)\n", task_name(t),
             d && diag_count(d) ? diag_message_at(d, 0) : "limit reached");
      limit++;
    } else {
      printf("%s: error\n", task_name(t));
      if (x && answer_kernel_rejected(x))
        print_kernel_rejection(d, "certificate rejected by the kernel");
      else
        print_diags_prefixed(d, "yoneda: error");
      bad++;
    }
    answer_json(t, st, x, 0, d);
    answer_free(x);
    diag_list_free(d);
  }
  check_cache_free(cache);
  if (bad) return YO_INTERNAL;
  if (limit) return YO_LIMIT;
  if (no == 0) return YO_YES;
  if (yes == 0) return YO_NO;
  return YO_OK;
}

typedef struct represent_args {
  const char *task, *cert;
  represent_options ro;
} represent_args;

static int store(cli_parser *p, int key, void *user)
{
  represent_args *a = user;
  switch (key) {
  case KEY_TASK: a->task = p->optarg; break;
  case KEY_ALL: a->ro.all = 1; break;
  case KEY_FULL: a->ro.full = 1; break;
  case KEY_CERT: a->cert = p->optarg; break;
  case KEY_ENGINE: a->ro.engine = (represent_engine)p->choice; break;
  }
  return 0;
}

static int run(int argc, char **argv)
{
  represent_args a;
  memset(&a, 0, sizeof a);
  represent_options_init(&a.ro);
  const char *file = NULL;
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_represent, argc, argv, store, &a, &file, &o);
  if (parsed != CLI_END) return parsed;
  const char *task_arg = a.task, *cert_path = a.cert;
  represent_options ro = a.ro;
  ro.timeout = o.timeout;
  ro.max_morphisms = o.max_morphisms;
  /* an unwritable --cert path is reported before any work */
  outfile cert_out;
  if (outfile_open_optional(&cert_out, cert_path) < 0) return YO_INTERNAL;
  watchdog_start(o.timeout > 0 ? o.timeout + 1.0 : 0, o.timeout);
  json_writer *j = report_result();
  if (j) {
    json_member_string(j, "file", file);
    json_member_string(j, "engine", ro.engine == ENGINE_Z3 ? "z3"
                                    : ro.engine == ENGINE_NAIVE ? "naive" : "direct");
    json_member_string(j, "certificate", cert_path);
    json_key(j, "tasks");
    json_array_begin(j);
  }

  spec *s = NULL;
  yo_status st = load_spec(file, &o, &s);
  if (st != YO_OK) {
    outfile_abort(&cert_out);
    return (int)st;
  }
  if (!task_arg && spec_task_count(s) > 1) {
    outfile_abort(&cert_out);
    if (cert_path || ro.all) {
      spec_free(s);
      return cli_usage_error(&cmd_represent, "%s needs --task when the file has several tasks",
                             cert_path ? "--cert" : "--all");
    }
    st = represent_every_task(s, &ro);
    spec_free(s);
    return (int)st;
  }
  const task *t = load_pick_task(s, task_arg, &cmd_represent, &st);
  if (!t) {
    outfile_abort(&cert_out);
    spec_free(s);
    return (int)st;
  }
  diag_list *d = diag_list_new(0);
  answer *x = NULL;
  st = d ? answer_decide_representable(t, &ro, NULL, &x, d) : YO_INTERNAL;
  if (st == YO_YES || st == YO_NO) {
    int cert_ok = 1;
    if (cert_out.f) {   /* committed or aborted here */
      if (cert_write(answer_cert(x), t, answer_work(x), cert_out.f, d) != YO_OK) {
        outfile_abort(&cert_out);
        print_diags_prefixed(d, "yoneda");
        cert_ok = 0;
      } else {
        cert_ok = outfile_commit(&cert_out) == 0;
      }
    }
    if (!cert_ok) {
      st = YO_INTERNAL;
    } else {
      print_diags(d, NULL);   /* warnings, if any */
      /* the answer line whole, however long the names */
      int need = answer_format(x, NULL, 0);
      char *line = need >= 0 ? malloc((size_t)need + 1) : NULL;
      if (!line) {
        print_error("out of memory");
        st = YO_INTERNAL;
      } else {
        answer_format(x, line, (size_t)need + 1);
        printf("%s\n", line);
        free(line);
      }
      if (ro.all) {
        int n = answer_universal_count(x);
        if (!answer_pairs_checked(x) && n > 1)
          fprintf(stderr,
                  "yoneda: note: %d universal pairs: proving each with the kernel "
                  "would take too long; only the certificate's pair (the first line) "
                  "was kernel-checked\n",
                  n);
        int *pairs = sorted_pairs(x, &n);
        for (int i = 0; i < n; i++) {
          int P = pairs[2 * i], u = pairs[2 * i + 1];
          printf("universal pair: %s, %s\n", category_object_name(answer_work(x), P),
                 task_element_name(t, P, u));
        }
        free(pairs);
      }
      print_explanation(answer_explanation(x));
    }
  } else if (st == YO_LIMIT) {
    print_diags_prefixed(d, "yoneda: no answer");
  } else if (x && answer_kernel_rejected(x)) {
    print_kernel_rejection(d, "certificate rejected by the kernel");
  } else {
    print_diags_prefixed(d, "yoneda: error");
  }
  outfile_abort(&cert_out);
  answer_json(t, st, x, ro.all, d);
  answer_free(x);
  diag_list_free(d);
  spec_free(s);
  return (int)st;
}
