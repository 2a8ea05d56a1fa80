/* process.c — the command line's process-level behaviour, run by `make unit`
 * (not a CUnit suite: it links tools/):
 *  - tools/sigbus.h: a mapped spec file truncated while it is read is
 *    reported (exit 1, "FILE: error: ...") instead of killing yoneda with
 *    SIGBUS; every other SIGBUS still kills.  Each case runs in a child
 *    process.
 *  - tools/hugepages.h: which command lines re-execute with
 *    glibc.malloc.hugetlb=1, and with what GLIBC_TUNABLES. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "specs/diag.h"
#include "specs/xml.h"
#include "tools/hugepages.h"
#include "tools/sigbus.h"

static char dir[] = "/tmp/yoneda-sigbus-XXXXXX";
static char path[256];

/* A file of XML_MAP_MIN + 1000 bytes (mapped by xml_file_open). */
static int write_big(const char *p)
{
  FILE *f = fopen(p, "w");
  if (!f) return -1;
  fputs("<yoneda version=\"1\"><!--", f);
  for (long i = 0; i < XML_MAP_MIN + 1000 - 40; i++) fputc('x', f);
  fputs("--></yoneda>\n", f);
  return fclose(f);
}

/* Case 1: the spec file (spec_path), mapped, truncated, then read. */
static const char *spec_path = path;
static void child_spec(void)
{
  diag_list *d = diag_list_new(8);
  xml_file *f = NULL;
  if (!d || xml_file_open(spec_path, 1L << 30, &f, d) != YO_OK) _exit(90);
  size_t len;
  const char *text = xml_file_text(f, &len);
  if (!xml_mapped_path(text) || !xml_mapped_path(text + len - 1)) _exit(91);
  if (truncate(spec_path, 0) != 0) _exit(92);
  sigbus_install();
  volatile char c = text[len - 1];
  (void)c;
  _exit(93);   /* not reached: the read faults */
}

/* Case 2: another file mapped by hand, truncated, then read. */
static void child_other(void)
{
  char other[300];
  snprintf(other, sizeof other, "%s/other.bin", dir);
  if (write_big(other) != 0) _exit(90);
  int fd = open(other, O_RDONLY);
  if (fd < 0) _exit(90);
  const char *p = mmap(NULL, 1 << 20, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) _exit(90);
  if (xml_mapped_path(p)) _exit(91);
  if (ftruncate(open(other, O_WRONLY), 0) != 0) _exit(92);
  sigbus_install();
  volatile char c = p[100000];
  (void)c;
  _exit(93);
}

/* Case 3: SIGBUS sent, not raised by a fault. */
static void child_sent(void)
{
  sigbus_install();
  raise(SIGBUS);
  _exit(93);
}

static int failures;

static void run(const char *name, void (*child)(void), int want_exit, int want_sig, const char *want_err)
{
  int fds[2];
  if (pipe(fds) != 0) exit(2);
  pid_t pid = fork();
  if (pid < 0) exit(2);
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    child();
  }
  close(fds[1]);
  char err[1024];
  size_t n = 0;
  ssize_t k;
  while (n + 1 < sizeof err && (k = read(fds[0], err + n, sizeof err - 1 - n)) > 0) n += (size_t)k;
  err[n] = '\0';
  close(fds[0]);
  int st;
  if (waitpid(pid, &st, 0) != pid) exit(2);
  int ok = want_sig ? WIFSIGNALED(st) && WTERMSIG(st) == want_sig
                    : WIFEXITED(st) && WEXITSTATUS(st) == want_exit;
  if (ok && want_err && !strstr(err, want_err)) ok = 0;
  if (ok && !want_err && n > 0) ok = 0;
  printf("process %s: %s\n", name, ok ? "ok" : "FAILED");
  if (!ok) {
    printf("  status %d, stderr: %s\n", st, err);
    failures++;
  }
}

/* hugepages_tunables on argv (a NULL-terminated list) and GLIBC_TUNABLES
 * `current`: want is the value expected, NULL for no re-execution. */
static void tunables(const char *name, const char *const *args, const char *current,
                     const char *want, size_t cap)
{
  char *argv[16];
  int argc = 0;
  while (args[argc]) {
    argv[argc] = (char *)args[argc];
    argc++;
  }
  argv[argc] = NULL;
  char buf[256];
  const char *got = hugepages_tunables(argc, argv, current, buf, cap);
  int ok = want ? got && strcmp(got, want) == 0 : got == NULL;
  printf("hugepages %s: %s\n", name, ok ? "ok" : "FAILED");
  if (!ok) {
    printf("  got %s, want %s\n", got ? got : "(none)", want ? want : "(none)");
    failures++;
  }
}

static void hugepages_cases(void)
{
  static const char *const z3[] = {"yoneda", "represent", "--engine", "z3", "f.xml", NULL};
  static const char *const z3eq[] = {"yoneda", "represent", "f.xml", "--engine=z3", NULL};
  static const char *const direct[] = {"yoneda", "represent", "--engine", "direct", "f.xml", NULL};
  static const char *const plain[] = {"yoneda", "represent", "f.xml", NULL};
  static const char *const check[] = {"yoneda", "check", "--engine", "z3", "f.xml", NULL};
  static const char *const dashdash[] = {"yoneda", "represent", "--", "--engine", "z3", NULL};
  static const char *const last[] = {"yoneda", "represent", "f.xml", "--engine", NULL};
  const char *hl = "glibc.malloc.hugetlb=1";
  tunables("z3 engine, nothing set", z3, NULL, hl, 256);
  tunables("z3 engine, empty", z3, "", hl, 256);
  tunables("--engine=z3", z3eq, NULL, hl, 256);
  tunables("other tunables kept", z3, "glibc.malloc.arena_max=2",
           "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", 256);
  tunables("the user's hugetlb kept", z3, "glibc.malloc.hugetlb=0", NULL, 256);
  tunables("already re-executed", z3, hl, NULL, 256);
  tunables("direct engine", direct, NULL, NULL, 256);
  tunables("default engine", plain, NULL, NULL, 256);
  tunables("another command", check, NULL, NULL, 256);
  tunables("after --", dashdash, NULL, NULL, 256);
  tunables("--engine without a value", last, NULL, NULL, 256);
  tunables("no room", z3, "glibc.malloc.arena_max=2", NULL, 30);
  /* a big input file (path: XML_MAP_MIN + 1000 bytes), any command */
  char small[300];
  snprintf(small, sizeof small, "%s/small.xml", dir);
  FILE *f = fopen(small, "w");
  if (f) {
    fputs("<yoneda version=\"1\"/>\n", f);
    fclose(f);
  }
  const char *const big_check[] = {"yoneda", "check", path, NULL};
  const char *const big_later[] = {"yoneda", "represent", "--task", "T", path, NULL};
  const char *const small_check[] = {"yoneda", "check", small, NULL};
  const char *const dir_check[] = {"yoneda", "check", dir, NULL};
  tunables("big input file", big_check, NULL, hl, 256);
  tunables("big input file after options", big_later, "glibc.malloc.arena_max=2",
           "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", 256);
  tunables("small input file", small_check, NULL, NULL, 256);
  tunables("a directory", dir_check, NULL, NULL, 256);
}

/* Case 4 and 5: hugepages_reexec for real, with this program as the
 * executable: a "check" with a big operand comes back re-executed (main's
 * `reexec-probe` mode prints the GLIBC_TUNABLES it got), one with a small
 * operand is not re-executed. */
static char self_big[300], self_small[300];

static void child_reexec(const char *operand)
{
  unsetenv("GLIBC_TUNABLES");
  char *argv[] = {(char *)"test_process", (char *)"check", (char *)operand,
                  (char *)"reexec-probe", NULL};
  hugepages_reexec(4, argv);
  fputs("not re-executed\n", stderr);
  _exit(0);
}
static void child_reexec_big(void) { child_reexec(self_big); }
static void child_reexec_small(void) { child_reexec(self_small); }

int main(int argc, char **argv)
{
  if (argc == 4 && strcmp(argv[3], "reexec-probe") == 0) {
    const char *v = getenv("GLIBC_TUNABLES");
    fprintf(stderr, "re-executed with GLIBC_TUNABLES=%s\n", v ? v : "(unset)");
    return 0;
  }
  if (!mkdtemp(dir)) return 2;
  snprintf(path, sizeof path, "%s/big.xml", dir);
  char want[512];
  snprintf(want, sizeof want, "yoneda: %s: error: the file was truncated while yoneda read it\n", path);
  if (write_big(path) != 0) return 2;
  hugepages_cases();   /* before the first sigbus case truncates path */
  snprintf(self_big, sizeof self_big, "%s", path);
  snprintf(self_small, sizeof self_small, "%s/small.xml", dir);
  run("re-executed for a big input", child_reexec_big, 0, 0,
      "re-executed with GLIBC_TUNABLES=glibc.malloc.hugetlb=1\n");
  run("not re-executed for a small input", child_reexec_small, 0, 0, "not re-executed\n");
  run("spec file truncated", child_spec, 1, 0, want);
  /* a path with a line break is echoed escaped, as every path */
  static char odd[300];
  snprintf(odd, sizeof odd, "%s/big\nx.xml", dir);
  if (write_big(odd) != 0) return 2;
  spec_path = odd;
  char want_odd[512];
  snprintf(want_odd, sizeof want_odd,
           "yoneda: %s/big\\nx.xml: error: the file was truncated while yoneda read it\n", dir);
  run("spec file with a line break in its name truncated", child_spec, 1, 0, want_odd);
  run("other mapping truncated", child_other, 0, SIGBUS, NULL);
  run("signal sent", child_sent, 0, SIGBUS, NULL);
  char cmd[400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) failures++;
  return failures ? 1 : 0;
}
