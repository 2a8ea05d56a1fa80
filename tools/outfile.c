/* outfile.c — see outfile.h. */
#define _XOPEN_SOURCE 700   /* realpath */
#include "tools/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "specs/text.h"
#include "tools/print.h"

/* ---- live temporary files, removed by the signal handler ------------------ */

#define MAX_LIVE 64

static char *volatile live[MAX_LIVE];
static int handlers_installed;

void outfile_remove_temporaries(void)
{
  for (int i = 0; i < MAX_LIVE; i++) {
    char *p = live[i];
    if (p) unlink(p);
  }
}

static void on_signal(int sig)
{
  outfile_remove_temporaries();
  /* SA_RESETHAND restored the default action: die of the same signal */
  raise(sig);
}

static void install_handlers(void)
{
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE};
  if (handlers_installed) return;
  handlers_installed = 1;
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
    struct sigaction old;
    if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler != SIG_DFL) continue;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = (int)SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(sigs[i], &sa, NULL);
  }
}

static void register_temp(char *tmp)
{
  install_handlers();
  for (int i = 0; i < MAX_LIVE; i++)
    if (!live[i]) {
      live[i] = tmp;
      return;
    }
}

static void unregister_temp(const char *tmp)
{
  for (int i = 0; i < MAX_LIVE; i++)
    if (live[i] == tmp) live[i] = NULL;
}

/* ---- opening ---------------------------------------------------------------- */

static int fail(outfile *o, const char *path, int err)
{
  print_error("cannot write %s: %s", path, strerror(err));
  free(o->tmp);
  free(o->target);
  o->tmp = o->target = NULL;
  o->f = NULL;
  return -1;
}

/* Write through: open path in place (no temporary). */
static int open_through(outfile *o, const char *path, const struct stat *st, int exists)
{
  struct stat out;
  /* the same file as our stdout (e.g. /dev/stdout, /dev/fd/1): use stdout,
   * so that appending redirections (>>) and pipes behave */
  if (exists && fstat(STDOUT_FILENO, &out) == 0 && out.st_dev == st->st_dev &&
      out.st_ino == st->st_ino) {
    o->f = stdout;
    o->through = 1;
    return 0;
  }
  int flags = O_WRONLY | O_CREAT | O_NOCTTY;
  if (!exists || S_ISREG(st->st_mode)) flags |= O_TRUNC;
  int fd = open(path, flags, 0666);
  if (fd < 0) return fail(o, path, errno);
  o->f = fdopen(fd, "w");
  if (!o->f) {
    int e = errno;
    close(fd);
    return fail(o, path, e);
  }
  o->through = 1;
  return 0;
}

int outfile_open(outfile *o, const char *path)
{
  memset(o, 0, sizeof *o);
  o->path = path;
  if (!path || strcmp(path, "-") == 0) {
    o->f = stdout;
    o->through = 1;
    return 0;
  }
  if (!*path) return fail(o, "''", ENOENT);
  struct stat st, lst;
  int exists = stat(path, &st) == 0;
  if (!exists && errno != ENOENT) return fail(o, path, errno);
  if (strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0)
    return open_through(o, path, &st, exists);
  if (exists && S_ISDIR(st.st_mode)) return fail(o, path, EISDIR);
  if (exists && !S_ISREG(st.st_mode)) return open_through(o, path, &st, exists);
  int is_link = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
  if (is_link && !exists) return open_through(o, path, &st, 0);   /* dangling */
  o->target = is_link ? realpath(path, NULL) : text_dup(path);
  if (!o->target) return fail(o, path, errno ? errno : ENOMEM);
  /* the temporary: TARGET.tmp.XXXXXX, or DIR/.yoneda.tmp.XXXXXX when the
   * file name is too long for the suffix */
  size_t n = strlen(o->target);
  const char *slash = strrchr(o->target, '/');
  size_t base = slash ? n - (size_t)(slash + 1 - o->target) : n;
  o->tmp = malloc(n + 32);
  if (!o->tmp) return fail(o, path, ENOMEM);
  if (base <= 200) {
    snprintf(o->tmp, n + 32, "%s.tmp.XXXXXX", o->target);
  } else {
    size_t dir = slash ? (size_t)(slash - o->target) + 1 : 0;
    snprintf(o->tmp, n + 32, "%.*s.yoneda.tmp.XXXXXX", (int)dir, o->target);
  }
  int fd = mkstemp(o->tmp);
  if (fd < 0) return fail(o, path, errno);
  register_temp(o->tmp);
  /* mkstemp creates 0600: keep an existing file's mode (and owner, when
   * allowed), else the usual 0666 & ~umask */
  if (exists) {
    if (fchown(fd, st.st_uid, st.st_gid) != 0) { /* not ours to give: keep ours */ }
    if (fchmod(fd, st.st_mode & 07777) != 0) { /* keep 0600 */ }
  } else {
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) { /* keep 0600 */ }
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    int e = errno;
    close(fd);
    unregister_temp(o->tmp);
    unlink(o->tmp);
    return fail(o, path, e);
  }
  return 0;
}

int outfile_open_optional(outfile *o, const char *path)
{
  if (path) return outfile_open(o, path);
  memset(o, 0, sizeof *o);
  return 0;
}

/* ---- closing ---------------------------------------------------------------- */

static void drop_temp(outfile *o, int remove)
{
  if (o->tmp) {
    if (remove) unlink(o->tmp);
    unregister_temp(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
  free(o->target);
  o->target = NULL;
}

static void sync_directory(const char *file)
{
  const char *slash = strrchr(file, '/');
  char dir[PATH_MAX];
  if (!slash) {
    strcpy(dir, ".");
  } else if (slash == file) {
    strcpy(dir, "/");
  } else {
    size_t n = (size_t)(slash - file);
    if (n >= sizeof dir) return;
    memcpy(dir, file, n);
    dir[n] = '\0';
  }
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  if (fsync(fd) != 0) { /* best effort: the rename itself is durable enough */ }
  close(fd);
}

int outfile_commit(outfile *o)
{
  const char *name = o->path ? o->path : "standard output";
  if (o->f == stdout) {
    o->f = NULL;
    return outfile_check_stdout();
  }
  int rc = 0, err = 0;
  if (o->f) {
    errno = 0;
    if (fflush(o->f) != 0 || ferror(o->f)) rc = -1, err = errno;
    if (rc == 0 && o->tmp && fsync(fileno(o->f)) != 0) rc = -1, err = errno;
    if (fclose(o->f) != 0 && rc == 0) rc = -1, err = errno;
    o->f = NULL;
  }
  if (rc == 0 && o->tmp) {
    if (rename(o->tmp, o->target) != 0)
      rc = -1, err = errno;
    else
      sync_directory(o->target);
  }
  if (rc != 0) print_error("cannot write %s: %s", name, err ? strerror(err) : "write error");
  drop_temp(o, rc != 0);
  return rc;
}

void outfile_abort(outfile *o)
{
  if (o->f && o->f != stdout) fclose(o->f);
  o->f = NULL;
  drop_temp(o, 1);
}

int outfile_check_stdout(void)
{
  static int reported;
  errno = 0;
  if (fflush(stdout) != 0 || ferror(stdout)) {
    if (!reported) {
      if (errno)
        print_error("cannot write to standard output: %s", strerror(errno));
      else
        print_error("cannot write to standard output");
    }
    reported = 1;
    return -1;
  }
  return 0;
}

int outfile_mkdirs(const char *path)
{
  size_t n = strlen(path);
  char *buf = malloc(n + 1);
  if (!buf) {
    print_error("out of memory");
    return -1;
  }
  memcpy(buf, path, n + 1);
  for (size_t i = 1; i <= n; i++) {
    if (buf[i] != '/' && buf[i] != '\0') continue;
    char saved = buf[i];
    buf[i] = '\0';
    if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
      print_error("cannot create directory %s: %s", buf, strerror(errno));
      free(buf);
      return -1;
    }
    buf[i] = saved;
  }
  struct stat st;
  int ok = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
  if (!ok) print_error("cannot create directory %s: not a directory", path);
  else if (access(path, W_OK | X_OK) != 0) {
    print_error("cannot write into directory %s: %s", path, strerror(errno));
    ok = 0;
  }
  free(buf);
  return ok ? 0 : -1;
}
