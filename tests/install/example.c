/* example.c — a C program built against an *installed* yoneda (make check
 * builds it with `pkg-config --cflags --libs yoneda` from a temporary
 * prefix; docs/api.md walks through it).  It loads a spec file, asks for a
 * kernel-checked representability answer for every task in it, and prints
 * one line per task:
 *   TASK: representable by object P, universal element u
 *   TASK: not representable
 * Usage: example SPEC.xml        exit 0, 1 (invalid spec) or 4 (error) */
#include <stdio.h>
#include <yoneda.h>

/* Print every diagnostic as "FILE:LINE: error: message". */
static void print_diags(const diag_list *d)
{
  char line[1024];
  for (int i = 0; i < diag_count(d); i++) {
    diag_format(d, i, line, sizeof line);
    fprintf(stderr, "%s\n", line);
  }
}

int main(int argc, char **argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: example SPEC.xml\n");
    return 2;
  }
  diag_list *d = diag_list_new(0);
  spec *s = NULL;
  /* NULL options: the defaults (the built-in schema, 10^6 morphisms) */
  yo_status st = d ? spec_load_file(argv[1], NULL, &s, d) : YO_INTERNAL;
  if (st != YO_OK) {
    print_diags(d);
    diag_list_free(d);
    return st == YO_INTERNAL ? 4 : 1;
  }
  /* one cache for the file: each working category and kernel 1 once */
  check_cache *cache = check_cache_new(0);
  int rc = cache ? 0 : 4;
  for (int i = 0; cache && i < spec_task_count(s); i++) {
    const task *t = spec_task(s, i);
    answer *a = NULL;
    /* NULL options: the direct engine; the answer is kernel-checked */
    st = answer_decide_representable(t, NULL, cache, &a, d);
    if (st == YO_YES || st == YO_NO) {
      char line[512];
      answer_format(a, line, sizeof line);
      printf("%s: %s\n", task_name(t), line);
    } else {
      printf("%s: no answer (%s)\n", task_name(t), yo_status_name(st));
      print_diags(d);
      rc = 4;
    }
    diag_list_clear(d);
    answer_free(a);
  }
  check_cache_free(cache);
  spec_free(s);
  diag_list_free(d);
  return rc;
}
