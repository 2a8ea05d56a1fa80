/* gen_regular.c — writes a benchmark spec: the group S_n × Z_k (Coxeter
 * presentation of S_n with generators s1..s(n-1), plus a central generator t
 * of order k) and its regular representation as a covariant task "Regular"
 * (representable: every element is universal).  With --broken the task
 * "Quotient" is the action on S_n alone (t acts trivially): a functor, but
 * not representable when k > 1 (|T(o)| = n! < n!·k = |Hom(o,o)|).  Element names are short (base 62)
 * so that a 10^6-element task stays a few tens of MB.
 * Used by tools/bench.sh only.
 * Usage: gen_regular N K [--broken] > file.xml   (2 <= N <= 10, 1 <= K <= 99) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int n, k, first;
static long nfact;

static const char digits[] =
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

static void put_name(long idx)
{
  char buf[16];
  int len = 0;
  do {
    buf[len++] = digits[idx % 62];
    idx /= 62;
  } while (idx > 0);
  if (first) first = 0; else putchar(' ');
  putchar('x');
  while (len > 0) putchar(buf[--len]);
}

/* Lexicographic rank of a permutation of 0..n-1. */
static long rank_of(const int *p)
{
  long r = 0;
  for (int i = 0; i < n; i++) {
    int smaller = 0;
    for (int j = i + 1; j < n; j++)
      if (p[j] < p[i]) smaller++;
    r = r * (n - i) + smaller;
  }
  return r;
}

/* The permutation of lexicographic rank r. */
static void unrank(long r, int *p)
{
  int used[16] = {0};
  long f = nfact;
  for (int i = 0; i < n; i++) {
    f /= (n - i);
    long d = r / f;
    r %= f;
    for (int v = 0; v < n; v++) {
      if (used[v]) continue;
      if (d-- == 0) { p[i] = v; used[v] = 1; break; }
    }
  }
}

int main(int argc, char **argv)
{
  if (argc < 3) { fprintf(stderr, "usage: gen_regular N K [--broken]\n"); return 2; }
  n = atoi(argv[1]);
  k = atoi(argv[2]);
  int broken = argc > 3 && strcmp(argv[3], "--broken") == 0;
  if (n < 2 || n > 10 || k < 1 || k > 99) {
    fprintf(stderr, "gen_regular: 2 <= N <= 10, 1 <= K <= 99\n");
    return 2;
  }
  nfact = 1;
  for (int i = 2; i <= n; i++) nfact *= i;
  int copies = broken ? 1 : k;   /* elements: (perm, c) for c < copies */
  printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<yoneda version=\"1\">\n");
  printf("<category name=\"G\">\n  <object name=\"o\"/>\n");
  for (int i = 1; i < n; i++) printf("  <morphism name=\"s%d\" source=\"o\" target=\"o\"/>\n", i);
  if (k > 1) printf("  <morphism name=\"t\" source=\"o\" target=\"o\"/>\n");
  for (int i = 1; i < n; i++) {
    printf("  <equation lhs=\"s%d s%d\" rhs=\"o\"/>\n", i, i);
    for (int j = i + 1; j < n; j++) {
      if (j == i + 1)
        printf("  <equation lhs=\"s%d s%d s%d\" rhs=\"s%d s%d s%d\"/>\n", i, j, i, j, i, j);
      else
        printf("  <equation lhs=\"s%d s%d\" rhs=\"s%d s%d\"/>\n", i, j, j, i);
    }
    if (k > 1) printf("  <equation lhs=\"s%d t\" rhs=\"t s%d\"/>\n", i, i);
  }
  if (k > 1) {
    printf("  <equation lhs=\"");
    for (int i = 0; i < k; i++) printf(i ? " t" : "t");
    printf("\" rhs=\"o\"/>\n");
  }
  printf("</category>\n");
  printf("<task name=\"%s\" category=\"G\">\n  <set object=\"o\" elements=\"",
         broken ? "Quotient" : "Regular");
  long total = nfact * copies;
  first = 1;
  for (long e = 0; e < total; e++) put_name(e);
  printf("\"/>\n");
  int gens = n - 1 + (k > 1);
  int p[16];
  for (int g = 0; g < gens; g++) {
    if (g < n - 1) printf("  <map morphism=\"s%d\" to=\"", g + 1);
    else printf("  <map morphism=\"t\" to=\"");
    first = 1;
    for (long e = 0; e < total; e++) {
      long c = e / nfact;
      unrank(e % nfact, p);
      if (g < n - 1) { int x = p[g]; p[g] = p[g + 1]; p[g + 1] = x; }
      else c = (c + 1) % copies;
      put_name(c * nfact + rank_of(p));
    }
    printf("\"/>\n");
  }
  printf("</task>\n</yoneda>\n");
  return 0;
}
