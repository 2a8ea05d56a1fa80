/* bench.c — category enumeration benchmarks (run by `make bench` through
 * tools/bench.sh).  Usage: bench CASE [MAX [K N]] where CASE is sN (the
 * Coxeter presentation of the symmetric group S_N on one object), groupoid
 * (K objects, K^2 N! morphisms), chain (K objects, K(K+1)/2 N!
 * morphisms) or simplex (Delta<=N, no invertible generator), MAX the
 * morphism limit (default 10^6).  Prints one line:
 * status, morphisms, nodes defined, wall and CPU time of the enumeration,
 * its peak bytes (category_peak_bytes) and the process's peak RSS.  Exit 0
 * when the enumeration succeeded. */
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

/* A chain 0 -> 1 -> ... -> k-1 of non-invertible arrows a_i, every object
 * carrying a copy of S_n (Coxeter generators) that commutes with the arrows:
 * a_i s_j = s_j a_i.  It has k(k+1)/2 * n! morphisms and, the a_i having no
 * inverse, is enumerated by the general (monoid) engine. */
static category *chain(int k, int n)
{
  category *c = category_new("Chain", 0);
  char name[48];
  for (int x = 0; x < k; x++) {
    snprintf(name, sizeof name, "c%d", x);
    category_add_object(c, name, 0);
  }
  int *s = malloc(sizeof(int) * (size_t)(k * n)), *a = malloc(sizeof(int) * (size_t)k);
  for (int x = 0; x < k; x++)
    for (int i = 1; i < n; i++) {
      snprintf(name, sizeof name, "s%d_%d", i, x);
      s[x * n + i - 1] = category_add_generator(c, name, x, x, 0);
    }
  for (int x = 0; x + 1 < k; x++) {
    snprintf(name, sizeof name, "a%d", x);
    a[x] = category_add_generator(c, name, x, x + 1, 0);
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
  for (int x = 0; x + 1 < k; x++)
    for (int i = 0; i < n - 1; i++) {
      w[0] = a[x];
      w[1] = s[(x + 1) * n + i];
      v[0] = s[x * n + i];
      v[1] = a[x];
      category_add_equation(c, x, w, 2, v, 2, 0);
    }
  free(s);
  free(a);
  return c;
}

/* The truncated simplex category Delta<=n: cofaces d^i_k: [k-1] -> [k],
 * codegeneracies s^i_k: [k+1] -> [k] and the cosimplicial identities (in
 * application order).  Hom([a],[b]) has C(a+b+1, a+1) elements. */
static category *simplex(int n)
{
  category *c = category_new("Delta", 0);
  char name[32];
  for (int k = 0; k <= n; k++) {
    snprintf(name, sizeof name, "[%d]", k);
    category_add_object(c, name, 0);
  }
  int d[16][16], s[16][16];
  for (int k = 1; k <= n; k++)
    for (int i = 0; i <= k; i++) {
      snprintf(name, sizeof name, "d%d_%d", i, k);
      d[k][i] = category_add_generator(c, name, k - 1, k, 0);
    }
  for (int k = 0; k < n; k++)
    for (int i = 0; i <= k; i++) {
      snprintf(name, sizeof name, "s%d_%d", i, k);
      s[k][i] = category_add_generator(c, name, k + 1, k, 0);
    }
  for (int k = 1; k + 1 <= n; k++)
    for (int j = 0; j <= k + 1; j++)
      for (int i = 0; i < j; i++) {
        int l[] = {d[k][i], d[k + 1][j]}, r[] = {d[k][j - 1], d[k + 1][i]};
        category_add_equation(c, k - 1, l, 2, r, 2, 0);
      }
  for (int k = 0; k + 1 <= n; k++)
    for (int j = 0; j <= k; j++)
      for (int i = 0; i <= k + 1; i++) {
        int l[] = {d[k + 1][i], s[k][j]};
        if (i == j || i == j + 1) {
          category_add_equation(c, k, l, 2, NULL, 0, 0);
        } else if (i < j) {
          int r[] = {s[k - 1][j - 1], d[k][i]};
          category_add_equation(c, k, l, 2, r, 2, 0);
        } else {
          int r[] = {s[k - 1][j], d[k][i - 1]};
          category_add_equation(c, k, l, 2, r, 2, 0);
        }
      }
  for (int k = 0; k + 2 <= n; k++)
    for (int j = 0; j <= k; j++)
      for (int i = 0; i <= j; i++) {
        int l[] = {s[k + 1][i], s[k][j]}, r[] = {s[k + 1][j + 1], s[k][i]};
        category_add_equation(c, k + 2, l, 2, r, 2, 0);
      }
  return c;
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
  double t0 = now(), c0 = cpu();
  yo_status st = category_enumerate(c, max);
  double t1 = now(), c1 = cpu();
  printf("%-24s %-7s morphisms %9d  nodes %9ld  wall %7.3f s  cpu %7.3f s  "
         "peak %6.1f MB  maxrss %6.1f MB\n",
         label, st == YO_OK ? "ok" : st == YO_LIMIT ? "limit" : "error",
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
    snprintf(label, sizeof label, "S_%d (Coxeter)", n);
    bad |= run(label, symmetric(n), max);
  } else if (strcmp(which, "groupoid") == 0 || strcmp(which, "chain") == 0) {
    int k = argc > 3 ? atoi(argv[3]) : 6;
    int n = argc > 4 ? atoi(argv[4]) : 7;
    if (which[0] == 'g') {
      snprintf(label, sizeof label, "groupoid %d^2 x S_%d", k, n);
      bad |= run(label, groupoid(k, n), max);
    } else {
      snprintf(label, sizeof label, "chain %d x S_%d", k, n);
      bad |= run(label, chain(k, n), max);
    }
  } else if (strcmp(which, "simplex") == 0) {
    int n = argc > 3 ? atoi(argv[3]) : 8;
    if (n < 1 || n > 15) goto usage;
    snprintf(label, sizeof label, "simplex Delta<=%d", n);
    bad |= run(label, simplex(n), max);
  } else {
    usage:
    fprintf(stderr, "usage: bench sN [MAX] | groupoid|chain [MAX [K [N]]] | simplex [MAX [N]]\n");
    return 2;
  }
  return bad;
}
