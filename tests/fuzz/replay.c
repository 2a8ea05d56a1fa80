/* replay.c — runs files through a harness of fuzz.h once each, without
 * libFuzzer: `fuzz_replay spec|cert|roundtrip|excert FILE...`.  `make check` runs
 * the regression corpus tests/fuzz-corpus/ with it; a finding aborts (and
 * the sanitizers of SANITIZE=... report memory errors).  Prints how many
 * inputs ran. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/fuzz/fuzz.h"

static unsigned char *slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    unsigned char *nb = realloc(buf, cap * 2);
    if (!nb) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = nb;
    cap *= 2;
  }
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    fprintf(stderr, "usage: fuzz_replay spec|cert|roundtrip|excert FILE...\n");
    return 2;
  }
  int (*h)(const uint8_t *, size_t) = NULL;
  if (strcmp(argv[1], "spec") == 0) h = fuzz_spec;
  else if (strcmp(argv[1], "cert") == 0) h = fuzz_cert;
  else if (strcmp(argv[1], "roundtrip") == 0) h = fuzz_roundtrip;
  else if (strcmp(argv[1], "excert") == 0) h = fuzz_excert;
  if (!h) {
    fprintf(stderr, "fuzz_replay: unknown harness '%s'\n", argv[1]);
    return 2;
  }
  int n = 0;
  for (int i = 2; i < argc; i++) {
    size_t len = 0;
    unsigned char *buf = slurp(argv[i], &len);
    if (!buf) {
      fprintf(stderr, "fuzz_replay: cannot read %s\n", argv[i]);
      return 2;
    }
    h(buf, len);
    free(buf);
    n++;
  }
  printf("fuzz_replay %s: %d inputs, no finding\n", argv[1], n);
  return 0;
}
