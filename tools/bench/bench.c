/* bench.c — category enumeration benchmarks (run by `make bench` through
 * tools/bench.sh).  Usage: bench CASE [MAX [K N]] where CASE is sN (the
 * Coxeter presentation of the symmetric group S_N on one object: the
 * Coxeter engine), tcN (the same with one redundant equation s1 s1 s1 = s1,
 * which keeps the Coxeter engine out: Todd-Coxeter), groupoid
 * (K objects, K^2 N! morphisms), chain (K objects, K(K+1)/2 N!
 * morphisms) or simplex (Delta<=N, no invertible generator), MAX the
 * morphism limit (default 10^6).  Prints one line:
 * status, engine (category_engine), morphisms, nodes defined, wall and CPU
 * time of the enumeration,
 * its peak bytes (category_peak_bytes) and the process's peak RSS.  Exit 0
 * when the enumeration succeeded.  The presentations are those of
 * tests/families.h, shared with the unit tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "specs/category.h"
#include "specs/clock.h"
#include "tests/families.h"

static long max_rss_kb(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

static double cpu(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
}

static int run(const char *label, category *c, int max)
{
  double t0 = clock_seconds(), c0 = cpu();
  yo_status st = category_enumerate(c, max);
  double t1 = clock_seconds(), c1 = cpu();
  printf("%-24s %-7s %-8s morphisms %9d  nodes %9ld  wall %7.3f s  cpu %7.3f s  "
         "peak %6.1f MB  maxrss %6.1f MB\n",
         label, st == YO_OK ? "ok" : st == YO_LIMIT ? "limit" : "error", category_engine(c),
         category_morphism_count(c), category_nodes_defined(c), t1 - t0, c1 - c0,
         (double)category_peak_bytes(c) / 1048576.0, (double)max_rss_kb() / 1024.0);
  fflush(stdout);
  category_free(c);
  return st == YO_OK ? 0 : 1;
}

int main(int argc, char **argv)
{
  if (argc < 2) goto usage;
  const char *which = argv[1];
  int max = argc > 2 ? atoi(argv[2]) : CATEGORY_DEFAULT_MAX_MORPHISMS;
  int bad = 0;
  char label[64];
  if (which[0] == 's' && which[1] >= '0' && which[1] <= '9') {
    int n = atoi(which + 1);
    if (n < 2 || n > 32) goto usage;
    snprintf(label, sizeof label, "S_%d (Coxeter)", n);
    bad |= run(label, families_symmetric(n), max);
  } else if (which[0] == 't' && which[1] == 'c' && which[2] >= '0' && which[2] <= '9') {
    int n = atoi(which + 2);
    if (n < 3 || n > 32) goto usage;
    category *c = families_symmetric(n);
    int w[3] = {0, 0, 0};
    if (category_add_equation(c, 0, w, 3, w, 1, 0) < 0) {
      category_free(c);
      return 1;
    }
    snprintf(label, sizeof label, "S_%d (Todd-Coxeter)", n);
    bad |= run(label, c, max);
  } else if (strcmp(which, "groupoid") == 0 || strcmp(which, "chain") == 0) {
    int k = argc > 3 ? atoi(argv[3]) : 6;
    int n = argc > 4 ? atoi(argv[4]) : 7;
    if (k < 1 || k > 32 || n < 2 || n > 32) goto usage;
    if (which[0] == 'g') {
      snprintf(label, sizeof label, "groupoid %d^2 x S_%d", k, n);
      bad |= run(label, families_coxeter_chain(k, n, 1), max);
    } else {
      snprintf(label, sizeof label, "chain %d x S_%d", k, n);
      bad |= run(label, families_coxeter_chain(k, n, 0), max);
    }
  } else if (strcmp(which, "simplex") == 0) {
    int n = argc > 3 ? atoi(argv[3]) : 8;
    if (n < 1 || n > 15) goto usage;
    snprintf(label, sizeof label, "simplex Delta<=%d", n);
    bad |= run(label, families_simplex(n), max);
  } else {
    usage:
    fprintf(stderr, "usage: bench sN|tcN [MAX] | groupoid|chain [MAX [K [N]]] | simplex [MAX [N]]\n");
    return 2;
  }
  return bad;
}
