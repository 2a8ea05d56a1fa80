/* hugepages.c — see hugepages.h. */
#define _POSIX_C_SOURCE 200809L
#include "tools/hugepages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "specs/xml.h"

#define TUNABLE "glibc.malloc.hugetlb"

/* `represent` with --engine z3 (--engine z3 or --engine=z3, before a
 * lone "--"). */
static int wants_z3(int argc, char **argv)
{
  if (argc < 2 || strcmp(argv[1], "represent") != 0) return 0;
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) return 0;
    if (strcmp(argv[i], "--engine=z3") == 0) return 1;
    if (strcmp(argv[i], "--engine") == 0 && i + 1 < argc && strcmp(argv[i + 1], "z3") == 0)
      return 1;
  }
  return 0;
}

/* An operand (any argument after the command that is not an option) that
 * names a regular file of XML_MAP_MIN bytes or more: the loader maps it
 * and builds a large heap from it. */
static int big_input(int argc, char **argv)
{
  for (int i = 2; i < argc; i++) {
    struct stat sb;
    if (argv[i][0] == '-' || stat(argv[i], &sb) != 0) continue;
    if (S_ISREG(sb.st_mode) && sb.st_size >= XML_MAP_MIN) return 1;
  }
  return 0;
}

const char *hugepages_tunables(int argc, char **argv, const char *current, char *buf,
                               size_t cap)
{
  if (!wants_z3(argc, argv) && !big_input(argc, argv)) return NULL;
  if (current && strstr(current, TUNABLE)) return NULL;
  int n = current && *current ? snprintf(buf, cap, "%s:" TUNABLE "=1", current)
                              : snprintf(buf, cap, TUNABLE "=1");
  if (n < 0 || (size_t)n >= cap) return NULL;
  return buf;
}

void hugepages_reexec(int argc, char **argv)
{
  char buf[4096];
  const char *old = getenv("GLIBC_TUNABLES");
  char *saved = old ? strdup(old) : NULL;
  if (old && !saved) return;
  const char *v = hugepages_tunables(argc, argv, old, buf, sizeof buf);
  if (!v || setenv("GLIBC_TUNABLES", v, 1) != 0) {
    free(saved);
    return;
  }
  execv("/proc/self/exe", argv);
  /* still here: run as we are */
  if (saved) setenv("GLIBC_TUNABLES", saved, 1);
  else unsetenv("GLIBC_TUNABLES");
  free(saved);
}
