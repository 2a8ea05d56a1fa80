/* bench.c — category enumeration benchmarks (run by `make bench` through
 * tools/bench.sh).  Usage: bench [CASE [MAX]] where CASE is sN (the Coxeter
 * presentation of the symmetric group S_N on one object), grid (a
 * multi-object groupoid, see below) or all (default).  Prints one line per
 * case: morphisms, nodes defined, wall time, peak bytes of the enumeration
 * and the process's peak RSS. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "specs/category.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long max_rss_kb(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* S_n: generators s1..s(n-1) on one object; s_i^2 = 1, (s_i s_{i+1})^3 = 1,
 * (s_i s_j)^2 = 1 for |i-j| > 1. */
static category *symmetric(int n)
{
  category *c = category_new("S", 0);
  category_add_object(c, "*", 0);
  char name[32];
  for (int i = 1; i < n; i++) {
    snprintf(name, sizeof name, "s%d", i);
    category_add_generator(c, name, 0, 0, 0);
  }
  int w[8];
  for (int i = 0; i < n - 1; i++) {
    w[0] = w[1] = i;
    category_add_equation(c, 0, w, 2, NULL, 0, 0);
  }
  for (int i = 0; i + 1 < n - 1; i++) {
    for (int k = 0; k < 6; k++) w[k] = k % 2 ? i + 1 : i;
    category_add_equation(c, 0, w, 6, NULL, 0, 0);
  }
  for (int i = 0; i < n - 1; i++)
    for (int j = i + 2; j < n - 1; j++) {
      for (int k = 0; k < 4; k++) w[k] = k % 2 ? j : i;
      category_add_equation(c, 0, w, 4, NULL, 0, 0);
    }
  return c;
}

/* A groupoid on k objects: the objects form a path 0 - 1 - ... - k-1 joined
 * by invertible arrows a_i: i -> i+1, b_i: i+1 -> i (a_i b_i = 1, b_i a_i = 1),
 * and every object carries a copy of S_n (generators s1..s(n-1) with the
 * Coxeter relations) that commutes with the arrows: a_i s_j = s_j a_i.
 * It has k * k * n! morphisms. */
static category *groupoid(int k, int n)
{
  category *c = category_new("G", 0);
  char name[48];
  for (int x = 0; x < k; x++) {
    snprintf(name, sizeof name, "o%d", x);
    category_add_object(c, name, 0);
  }
  int *s = malloc(sizeof(int) * (size_t)(k * n));
  int *a = malloc(sizeof(int) * (size_t)k), *b = malloc(sizeof(int) * (size_t)k);
  for (int x = 0; x < k; x++)
    for (int i = 1; i < n; i++) {
      snprintf(name, sizeof name, "s%d_%d", i, x);
      s[x * n + i - 1] = category_add_generator(c, name, x, x, 0);
    }
  for (int x = 0; x + 1 < k; x++) {
    snprintf(name, sizeof name, "a%d", x);
    a[x] = category_add_generator(c, name, x, x + 1, 0);
    snprintf(name, sizeof name, "b%d", x);
    b[x] = category_add_generator(c, name, x + 1, x, 0);
  }
  int w[8], v[8];
  for (int x = 0; x < k; x++) {
    const int *t = s + x * n;
    for (int i = 0; i < n - 1; i++) {
      w[0] = w[1] = t[i];
      category_add_equation(c, x, w, 2, NULL, 0, 0);
    }
    for (int i = 0; i + 1 < n - 1; i++) {
      for (int j = 0; j < 6; j++) w[j] = j % 2 ? t[i + 1] : t[i];
      category_add_equation(c, x, w, 6, NULL, 0, 0);
    }
    for (int i = 0; i < n - 1; i++)
      for (int j = i + 2; j < n - 1; j++) {
        for (int m = 0; m < 4; m++) w[m] = m % 2 ? t[j] : t[i];
        category_add_equation(c, x, w, 4, NULL, 0, 0);
      }
  }
  for (int x = 0; x + 1 < k; x++) {
    w[0] = a[x];
    w[1] = b[x];
    category_add_equation(c, x, w, 2, NULL, 0, 0);
    w[0] = b[x];
    w[1] = a[x];
    category_add_equation(c, x + 1, w, 2, NULL, 0, 0);
    for (int i = 0; i < n - 1; i++) {
      w[0] = a[x];
      w[1] = s[(x + 1) * n + i];
      v[0] = s[x * n + i];
      v[1] = a[x];
      category_add_equation(c, x, w, 2, v, 2, 0);
    }
  }
  free(s);
  free(a);
  free(b);
  return c;
}

static int run(const char *label, category *c, int max)
{
  double t0 = now();
  yo_status st = category_enumerate(c, max);
  double t1 = now();
  printf("%-22s status %d  morphisms %9d  nodes %10ld  time %8.3f s  peak %7.1f MB  "
         "rss %7.1f MB\n",
         label, (int)st, category_morphism_count(c), category_nodes_defined(c), t1 - t0,
         (double)category_peak_bytes(c) / 1048576.0, (double)max_rss_kb() / 1024.0);
  fflush(stdout);
  category_free(c);
  return st == YO_OK ? 0 : 1;
}

int main(int argc, char **argv)
{
  const char *which = argc > 1 ? argv[1] : "all";
  int max = argc > 2 ? atoi(argv[2]) : 4000000;
  int bad = 0;
  char label[64];
  if (which[0] == 's') {
    int n = atoi(which + 1);
    snprintf(label, sizeof label, "S_%d (Coxeter)", n);
    bad |= run(label, symmetric(n), max);
  } else if (strcmp(which, "grid") == 0) {
    int k = argc > 3 ? atoi(argv[3]) : 4;
    int n = argc > 4 ? atoi(argv[4]) : 7;
    snprintf(label, sizeof label, "groupoid %dx%dxS_%d", k, k, n);
    bad |= run(label, groupoid(k, n), max);
  } else {
    for (int n = 8; n <= 10; n++) {
      snprintf(label, sizeof label, "S_%d (Coxeter)", n);
      bad |= run(label, symmetric(n), max);
    }
    bad |= run("groupoid 4x4xS_7", groupoid(4, 7), max);
  }
  return bad;
}
