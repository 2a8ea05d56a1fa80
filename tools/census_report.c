/* census_report.c — see census_report.h. */
#include "tools/census_report.h"

#include <errno.h>
#include <string.h>

static void object_range(const census_report *r, int *lo, int *hi)
{
  *lo = r->objects_exact ? r->objects_exact : 1;
  *hi = r->objects_exact ? r->objects_exact : r->objects_max ? r->objects_max : r->morphisms;
  if (*hi > r->morphisms) *hi = r->morphisms;
}

void census_report_from_stats(census_report *r, const census_options *o,
                              const census_stats *st)
{
  memset(r, 0, sizeof *r);
  r->morphisms = o->morphisms;
  if (o->min_objects > 0 && o->min_objects == o->max_objects) r->objects_exact = o->min_objects;
  else r->objects_max = o->max_objects;
  r->connected_only = o->connected_only;
  if (o->shard_count > 1) {
    r->shard = o->shard_index;
    r->shards = o->shard_count;
  }
  r->units = st->units;
  r->units_total = st->units_total;
  memcpy(r->by_objects, st->by_objects, sizeof r->by_objects);
  r->count = st->count;
}

static void header(const census_report *r, char *buf, size_t cap)
{
  char objs[64];
  if (r->objects_exact)
    snprintf(objs, sizeof objs, "exactly %d object%s", r->objects_exact,
             r->objects_exact == 1 ? "" : "s");
  else if (r->objects_max)
    snprintf(objs, sizeof objs, "at most %d object%s", r->objects_max,
             r->objects_max == 1 ? "" : "s");
  else
    snprintf(objs, sizeof objs, "any number of objects");
  snprintf(buf, cap, "census: %d morphism%s, %s%s", r->morphisms, r->morphisms == 1 ? "" : "s",
           objs,
           r->connected_only ? ", connected only" : "");
}

void census_report_print(const census_report *r, FILE *f)
{
  char h[128];
  header(r, h, sizeof h);
  fprintf(f, "%s\n", h);
  if (r->shards)
    fprintf(f, "shard: %d/%d, work units %lld of %lld\n", r->shard, r->shards, r->units,
            r->units_total);
  int lo, hi;
  object_range(r, &lo, &hi);
  for (int k = lo; k <= hi; k++) fprintf(f, "objects %d: %lld\n", k, r->by_objects[k]);
  const char *what = r->connected_only ? "connected categories" : "categories";
  if (r->shards)
    fprintf(f, "%s with %d morphism%s in shard %d/%d: %lld\n", what, r->morphisms,
            r->morphisms == 1 ? "" : "s", r->shard, r->shards, r->count);
  else
    fprintf(f, "%s with %d morphism%s: %lld\n", what, r->morphisms, r->morphisms == 1 ? "" : "s",
            r->count);
}

int census_report_same_census(const census_report *a, const census_report *b)
{
  return a->morphisms == b->morphisms && a->objects_exact == b->objects_exact &&
         a->objects_max == b->objects_max && a->connected_only == b->connected_only;
}

/* Read one line (without its newline) into buf; 0 at end of file, -1 when
 * too long. */
static int read_line(FILE *f, char *buf, size_t cap)
{
  if (!fgets(buf, (int)cap, f)) return 0;
  size_t n = strlen(buf);
  if (n && buf[n - 1] == '\n') buf[--n] = '\0';
  else if (!feof(f)) return -1;
  return 1;
}

/* Parse a header line into r; 0 when it is one. */
static int parse_header(const char *line, census_report *r)
{
  int n, consumed = 0;
  /* "morphism" or "morphisms": header() below accepts only the right one */
  if (sscanf(line, "census: %d morphism%n", &n, &consumed) != 1 || consumed == 0) return -1;
  if (line[consumed] == 's') consumed++;
  if (strncmp(line + consumed, ", ", 2) != 0) return -1;
  consumed += 2;
  if (n < 1 || n > CENSUS_MAX_MORPHISMS) return -1;
  r->morphisms = n;
  /* the rest must be exactly what header() prints for some bounds */
  const char *rest = line + consumed;
  int k = 0;
  if (sscanf(rest, "exactly %d", &k) == 1) r->objects_exact = k;
  else if (sscanf(rest, "at most %d", &k) == 1) r->objects_max = k;
  r->connected_only = strstr(rest, ", connected only") != NULL;
  if (k < 0 || k > CENSUS_MAX_MORPHISMS) return -1;
  char again[128];
  header(r, again, sizeof again);
  return strcmp(again, line) == 0 ? 0 : -1;
}

int census_report_next(FILE *f, const char *path, long *line_no, census_report *r,
                       diag_list *d)
{
  memset(r, 0, sizeof *r);
  char line[256];
  long ln = *line_no;
  int rc = -1, got;
  /* skip blank lines between reports */
  do {
    got = read_line(f, line, sizeof line);
    if (got == 0) return ln == 0 ? (diag_add(d, DIAG_ERROR, path, 0, "empty file"), -1) : 0;
    ln++;
  } while (got > 0 && line[0] == '\0');
  if (got < 0 || parse_header(line, r) < 0) {
    diag_add(d, DIAG_ERROR, path, ln,
             "not the output of `yoneda census`: expected a line "
             "\"census: N morphisms, ...\"");
    goto done;
  }
  if ((got = read_line(f, line, sizeof line)) <= 0) goto truncated;
  ln++;
  if (strncmp(line, "shard:", 6) == 0) {
    int consumed = 0;
    if (sscanf(line, "shard: %d/%d, work units %lld of %lld%n", &r->shard, &r->shards, &r->units,
               &r->units_total, &consumed) != 4 ||
        line[consumed] != '\0' || r->shards < 1 || r->shard < 1 || r->shard > r->shards ||
        r->units < 0 || r->units > r->units_total) {
      diag_add(d, DIAG_ERROR, path, ln, "bad shard line \"%s\"", line);
      goto done;
    }
    if ((got = read_line(f, line, sizeof line)) <= 0) goto truncated;
    ln++;
  }
  int lo, hi;
  object_range(r, &lo, &hi);
  long long sum = 0;
  for (int k = lo; k <= hi; k++) {
    int kk, consumed = 0;
    long long c;
    if (sscanf(line, "objects %d: %lld%n", &kk, &c, &consumed) != 2 || line[consumed] != '\0' ||
        kk != k || c < 0) {
      diag_add(d, DIAG_ERROR, path, ln, "expected \"objects %d: COUNT\", not \"%s\"", k, line);
      goto done;
    }
    r->by_objects[k] = c;
    sum += c;
    if ((got = read_line(f, line, sizeof line)) <= 0) goto truncated;
    ln++;
  }
  char want[160];
  const char *what = r->connected_only ? "connected categories" : "categories";
  if (r->shards)
    snprintf(want, sizeof want, "%s with %d morphism%s in shard %d/%d: ", what, r->morphisms,
             r->morphisms == 1 ? "" : "s",
             r->shard, r->shards);
  else
    snprintf(want, sizeof want, "%s with %d morphism%s: ", what, r->morphisms,
             r->morphisms == 1 ? "" : "s");
  size_t wl = strlen(want);
  int consumed = 0;
  if (strncmp(line, want, wl) != 0 || sscanf(line + wl, "%lld%n", &r->count, &consumed) != 1 ||
      line[wl + (size_t)consumed] != '\0') {
    diag_add(d, DIAG_ERROR, path, ln, "expected \"%sCOUNT\", not \"%s\"", want, line);
    goto done;
  }
  if (r->count != sum) {
    diag_add(d, DIAG_ERROR, path, ln, "the total %lld is not the sum %lld of the object counts",
             r->count, sum);
    goto done;
  }
  if (!r->shards) {
    /* an unsharded run is its own single shard */
    r->shard = r->shards = 1;
  }
  rc = 1;
  goto done;
truncated:
  diag_add(d, DIAG_ERROR, path, ln, got < 0 ? "line %ld too long" : "truncated after line %ld",
           ln + (got < 0));
done:
  *line_no = ln;
  return rc;
}
