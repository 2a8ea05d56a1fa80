/* path.c — see path.h. */
#include "specs/path.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* 2x for object x, 2g+1 for generator g, -1 unknown, < -1 silently bad;
 * an unknown "id_x" is the identity of object x. */
static int resolve_name(const category *c, const names *index, const char *s, size_t len);

static int resolve(const category *c, const names *index, const char *s, size_t len)
{
  int r = resolve_name(c, index, s, len);
  if (r != -1 || len <= 3 || strncmp(s, "id_", 3) != 0) return r;
  int x = resolve_name(c, index, s + 3, len - 3);
  return x >= 0 && x % 2 == 1 ? -1 : x;
}

static int resolve_name(const category *c, const names *index, const char *s, size_t len)
{
  if (index) return names_find_n(index, s, len);
  char small[128];
  char *tmp = len < sizeof small ? small : malloc(len + 1);
  if (!tmp) return -1;
  memcpy(tmp, s, len);
  tmp[len] = '\0';
  int r = -1;
  int x = category_find_object(c, tmp);
  if (x >= 0) {
    r = 2 * x;
  } else {
    int g = category_find_generator(c, tmp);
    if (g >= 0) r = 2 * g + 1;
  }
  if (tmp != small) free(tmp);
  return r;
}

/* The name a token resolved to (for messages). */
static const char *ref_name(const category *c, int ref)
{
  return ref % 2 == 0 ? category_object_name(c, ref / 2) : category_generator_name(c, ref / 2);
}

/* ---- powers and groups ------------------------------------------------------
 * The text is first cut into items (a name with its power, '(' and ')' with
 * the group's power), then expanded item by item into the typing state
 * below, without materialising the expansion. */

enum { ITEM_NAME, ITEM_OPEN, ITEM_CLOSE };

typedef struct item {
  int kind;
  int ref;        /* ITEM_NAME: resolved name */
  long power;     /* ITEM_NAME and ITEM_CLOSE: K (1 when absent) */
  int match;      /* ITEM_OPEN: index of its ')'; ITEM_CLOSE: of its '(' */
  const char *tok;
  size_t len;
} item;

/* The typing state of a path being read. */
typedef struct walk {
  const category *c;
  int *word;
  int cap;
  int n;          /* generators so far */
  long names;     /* names so far (bounded by PATH_MAX_NAMES) */
  int src, cur, prev_ref;
  char *err;
  size_t errcap;
} walk;

static int walk_name(walk *w, const item *it)
{
  const category *c = w->c;
  int ref = it->ref;
  int from, to;
  if (ref % 2 == 0) {
    from = to = ref / 2;
  } else {
    from = category_generator_source(c, ref / 2);
    to = category_generator_target(c, ref / 2);
  }
  for (long k = 0; k < it->power; k++) {
    if (++w->names > PATH_MAX_NAMES) {
      snprintf(w->err, w->errcap, "path expands to more than %d names", PATH_MAX_NAMES);
      return PATH_BAD_NAME;
    }
    if (w->cur >= 0 && from != w->cur) {
      int len = it->len > 80 ? 80 : (int)it->len;
      snprintf(w->err, w->errcap, "%s ends at %s but %.*s starts at %s", ref_name(c, w->prev_ref),
               category_object_name(c, w->cur), len, it->tok, category_object_name(c, from));
      return PATH_NO_COMPOSE;
    }
    if (w->src < 0) w->src = from;
    w->cur = to;
    w->prev_ref = ref;
    if (ref % 2 == 0) break;   /* an identity: its powers add nothing */
    if (w->n < w->cap) w->word[w->n] = ref / 2;
    w->n++;
  }
  return 0;
}

/* Feed items [lo, hi) into w. */
static int walk_items(walk *w, const item *items, int lo, int hi)
{
  for (int i = lo; i < hi; i++) {
    if (items[i].kind == ITEM_NAME) {
      int r = walk_name(w, &items[i]);
      if (r < 0) return r;
    } else {   /* ITEM_OPEN: the group i+1 .. match-1, power at its ')' */
      int close = items[i].match;
      for (long k = 0; k < items[close].power; k++) {
        int r = walk_items(w, items, i + 1, close);
        if (r < 0) return r;
      }
      i = close;
    }
  }
  return 0;
}

/* "^K" at *pp (after a name or ')'): 1 when absent; 0 on a bad power
 * (message in err). */
static long read_power(const char **pp, const char *what, size_t wlen, char *err, size_t errcap)
{
  const char *p = *pp;
  if (*p != '^') return 1;
  p++;
  long k = 0;
  const char *digits = p;
  while (*p >= '0' && *p <= '9') {
    if (k <= PATH_MAX_NAMES) k = k * 10 + (*p - '0');
    p++;
  }
  int wl = wlen > 80 ? 80 : (int)wlen;
  if (p == digits) {
    snprintf(err, errcap, "'^' after '%.*s' needs a decimal power K >= 1 (as in r^4)", wl, what);
    return 0;
  }
  if (k == 0) {
    snprintf(err, errcap, "power 0 in '%.*s^%.*s' (K must be at least 1)", wl, what,
             (int)(p - digits > 20 ? 20 : p - digits), digits);
    return 0;
  }
  if (k > PATH_MAX_NAMES) k = PATH_MAX_NAMES + 1L;  /* caught by the length limit */
  *pp = p;
  return k;
}

static int is_delim(char ch) { return is_space(ch) || ch == '(' || ch == ')' || ch == '^'; }

int path_parse(const category *c, const names *index, const char *text, int *word, int cap,
               int *source, int *target, char *err, size_t errcap)
{
  char scratch[1];
  if (!err || !errcap) {
    err = scratch;
    errcap = sizeof scratch;
  }
  err[0] = '\0';
  size_t tlen = strlen(text);
  /* At most one item per character; most paths are short. */
  item small[32];
  item *items = tlen < 32 ? small : malloc((tlen + 1) * sizeof *items);
  if (!items) {
    snprintf(err, errcap, "out of memory");
    return PATH_BAD_NAME;
  }
  int count = 0, depth = 0, rc = 0;
  int open[PATH_MAX_DEPTH];
  const char *p = text;
  for (;;) {
    while (*p && is_space(*p)) p++;
    if (!*p) break;
    item *it = &items[count];
    it->tok = p;
    if (*p == '(') {
      if (depth == PATH_MAX_DEPTH) {
        snprintf(err, errcap, "groups nested deeper than %d", PATH_MAX_DEPTH);
        rc = PATH_BAD_NAME;
        goto done;
      }
      it->kind = ITEM_OPEN;
      it->len = 1;
      open[depth++] = count++;
      p++;
      continue;
    }
    if (*p == ')') {
      if (depth == 0) {
        snprintf(err, errcap, "')' without a matching '('");
        rc = PATH_BAD_NAME;
        goto done;
      }
      p++;
      int o = open[--depth];
      if (o == count - 1) {
        snprintf(err, errcap, "empty group '()'");
        rc = PATH_BAD_NAME;
        goto done;
      }
      it->kind = ITEM_CLOSE;
      it->len = 1;
      it->match = o;
      items[o].match = count;
      it->power = read_power(&p, "(...)", 5, err, errcap);
      if (!it->power) {
        rc = PATH_BAD_NAME;
        goto done;
      }
      count++;
      continue;
    }
    if (*p == '^') {
      snprintf(err, errcap, "'^' must follow a name or a ')' (as in r^4 or (s t)^3)");
      rc = PATH_BAD_NAME;
      goto done;
    }
    const char *tok = p;
    while (*p && !is_delim(*p)) p++;
    size_t len = (size_t)(p - tok);
    if (!names_valid_n(tok, len)) {
      snprintf(err, errcap, "invalid name '%.*s'", len > 80 ? 80 : (int)len, tok);
      rc = PATH_BAD_NAME;
      goto done;
    }
    int ref = resolve(c, index, tok, len);
    if (ref == -1) {
      names_hint h;
      char want[NAMES_HINT_MAX + 1];
      snprintf(want, sizeof want, "%.*s", len > NAMES_HINT_MAX ? 0 : (int)len, tok);
      names_hint_init(&h, want);
      for (int x = 0; x < category_object_count(c); x++)
        names_hint_offer(&h, category_object_name(c, x));
      for (int g = 0; g < category_generator_count(c); g++)
        names_hint_offer(&h, category_generator_name(c, g));
      snprintf(err, errcap, "unknown name '%.*s'%s%s%s", len > 80 ? 80 : (int)len, tok,
               h.best ? " (did you mean '" : "", h.best ? h.best : "", h.best ? "'?)" : "");
      rc = PATH_BAD_NAME;
      goto done;
    }
    if (ref < -1) {
      rc = PATH_SKIP;
      goto done;
    }
    it->kind = ITEM_NAME;
    it->ref = ref;
    it->len = len;
    it->power = read_power(&p, tok, len, err, errcap);
    if (!it->power) {
      rc = PATH_BAD_NAME;
      goto done;
    }
    count++;
  }
  if (depth > 0) {
    snprintf(err, errcap, "'(' without a matching ')'");
    rc = PATH_BAD_NAME;
    goto done;
  }
  walk w = {c, word, cap, 0, 0, -1, -1, -1, err, errcap};
  rc = walk_items(&w, items, 0, count);
  if (rc < 0) goto done;
  if (w.src < 0) {
    snprintf(err, errcap, "empty path");
    rc = PATH_BAD_NAME;
    goto done;
  }
  if (source) *source = w.src;
  if (target) *target = w.cur;
  rc = w.n;
done:
  if (items != small) free(items);
  return rc;
}

int path_format(const category *c, int source, const int *w, int n, char *buf, size_t cap)
{
  if (n == 0) return category_format_identity(c, source, buf, cap > INT_MAX ? INT_MAX : (int)cap);
  if (cap) buf[0] = '\0';
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    int k = snprintf(at < cap ? buf + at : NULL, at < cap ? cap - at : 0, "%s%s", i ? " " : "",
                     category_generator_name(c, w[i]));
    if (k < 0) return -1;
    at += (size_t)k;
  }
  return (int)at;
}

int path_divergence(const int *l, int nl, const int *r, int nr, int backwards)
{
  int p = 0;
  if (backwards)
    while (p < nl && p < nr && l[nl - 1 - p] == r[nr - 1 - p]) p++;
  else
    while (p < nl && p < nr && l[p] == r[p]) p++;
  if (p < nl) return backwards ? l[nl - 1 - p] : l[p];
  if (p < nr) return backwards ? r[nr - 1 - p] : r[p];
  return -1;
}
