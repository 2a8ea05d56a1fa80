/* outfile.c — see outfile.h. */
#include "tools/outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tools/print.h"

static int make_temp(outfile *o, const char *path, int keep_open)
{
  memset(o, 0, sizeof *o);
  o->path = path;
  if (!path || strcmp(path, "-") == 0) {
    o->f = keep_open ? stdout : NULL;
    return 0;
  }
  size_t n = strlen(path);
  o->tmp = malloc(n + 16);
  if (!o->tmp) {
    print_error("out of memory");
    return -1;
  }
  memcpy(o->tmp, path, n);
  memcpy(o->tmp + n, ".tmp.XXXXXX", 12);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    print_error("cannot write %s: %s", path, strerror(errno));
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  /* mkstemp creates mode 0600; give the result the usual umask mode */
  mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) != 0) { /* harmless: keep 0600 */ }
  if (!keep_open) {
    close(fd);
    return 0;
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    print_error("cannot write %s: %s", path, strerror(errno));
    close(fd);
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  return 0;
}

int outfile_open(outfile *o, const char *path) { return make_temp(o, path, 1); }
int outfile_reserve(outfile *o, const char *path) { return make_temp(o, path, 0); }

int outfile_commit(outfile *o)
{
  int rc = 0;
  if (o->f == stdout) {
    if (fflush(stdout) != 0) {
      print_error("cannot write to stdout: %s", strerror(errno));
      rc = -1;
    }
    o->f = NULL;
    return rc;
  }
  if (o->f) {
    if (ferror(o->f) | (fclose(o->f) != 0)) {
      print_error("cannot write %s: %s", o->path, strerror(errno));
      rc = -1;
    }
    o->f = NULL;
  }
  if (o->tmp) {
    if (rc == 0 && rename(o->tmp, o->path) != 0) {
      print_error("cannot write %s: %s", o->path, strerror(errno));
      rc = -1;
    }
    if (rc != 0) unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
  return rc;
}

void outfile_abort(outfile *o)
{
  if (o->f && o->f != stdout) fclose(o->f);
  o->f = NULL;
  if (o->tmp) {
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
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
  free(buf);
  return ok ? 0 : -1;
}
