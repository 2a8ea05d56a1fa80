/* names.c — see names.h.  Open addressing with linear probing over a
 * power-of-two array, FNV-1a hashes stored beside the keys; the table is
 * at most half full. */
#include "specs/names.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
  const char *key;   /* NULL: empty */
  uint32_t hash;
  int value;
} slot;

struct names {
  slot *v;
  size_t cap;        /* power of two */
  size_t n;
};

static uint32_t hash_n(const char *s, size_t len)
{
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  /* FNV's low bits are weak for names like e1 e2 ...: mix before masking */
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

names *names_new(size_t expected)
{
  names *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  size_t cap = 16;
  while (cap < 2 * expected + 2) cap *= 2;
  t->v = calloc(cap, sizeof *t->v);
  if (!t->v) {
    free(t);
    return NULL;
  }
  t->cap = cap;
  return t;
}

void names_free(names *t)
{
  if (!t) return;
  free(t->v);
  free(t);
}

static int grow(names *t)
{
  size_t cap = t->cap * 2;
  slot *v = calloc(cap, sizeof *v);
  if (!v) return -1;
  for (size_t i = 0; i < t->cap; i++) {
    if (!t->v[i].key) continue;
    size_t j = t->v[i].hash & (cap - 1);
    while (v[j].key) j = (j + 1) & (cap - 1);
    v[j] = t->v[i];
  }
  free(t->v);
  t->v = v;
  t->cap = cap;
  return 0;
}

static const slot *lookup(const names *t, const char *s, size_t len, uint32_t h)
{
  size_t j = h & (t->cap - 1);
  while (t->v[j].key) {
    const slot *e = &t->v[j];
    if (e->hash == h && strncmp(e->key, s, len) == 0 && e->key[len] == '\0') return e;
    j = (j + 1) & (t->cap - 1);
  }
  return &t->v[j];
}

int names_insert(names *t, const char *key, int value, int *old)
{
  size_t len = strlen(key);
  uint32_t h = hash_n(key, len);
  const slot *e = lookup(t, key, len, h);
  if (e->key) {
    if (old) *old = e->value;
    return 1;
  }
  if (2 * (t->n + 1) > t->cap) {
    if (grow(t) != 0) return -1;
    e = lookup(t, key, len, h);
  }
  slot *w = &t->v[e - t->v];
  w->key = key;
  w->hash = h;
  w->value = value;
  t->n++;
  return 0;
}

int names_set(names *t, const char *key, int value)
{
  int old;
  int r = names_insert(t, key, value, &old);
  if (r != 1) return r;
  size_t len = strlen(key);
  slot *e = (slot *)lookup(t, key, len, hash_n(key, len));
  e->value = value;
  return 0;
}

int names_find_n(const names *t, const char *s, size_t len)
{
  if (!t) return -1;
  const slot *e = lookup(t, s, len, hash_n(s, len));
  return e->key ? e->value : -1;
}

int names_find(const names *t, const char *key)
{
  return names_find_n(t, key, strlen(key));
}

size_t names_count(const names *t) { return t ? t->n : 0; }

static int first_char(char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static int next_char(char c)
{
  return first_char(c) || (c >= '0' && c <= '9') || c == '.' || c == '\'' || c == '-';
}

int names_valid_n(const char *s, size_t len)
{
  if (len == 0 || !first_char(s[0])) return 0;
  for (size_t i = 1; i < len; i++)
    if (!next_char(s[i])) return 0;
  return 1;
}

int names_valid(const char *s) { return names_valid_n(s, strlen(s)); }

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

char *names_next(char **cursor)
{
  char *p = *cursor;
  while (*p && is_space(*p)) p++;
  if (!*p) {
    *cursor = p;
    return NULL;
  }
  char *tok = p;
  while (*p && !is_space(*p)) p++;
  if (*p) *p++ = '\0';
  *cursor = p;
  return tok;
}

size_t names_count_tokens(const char *s)
{
  size_t n = 0;
  while (*s) {
    while (*s && is_space(*s)) s++;
    if (!*s) break;
    n++;
    while (*s && !is_space(*s)) s++;
  }
  return n;
}

/* ---- "did you mean" ------------------------------------------------------- */

void names_hint_init(names_hint *h, const char *want)
{
  h->want = want;
  h->wlen = want ? strlen(want) : 0;
  h->best = NULL;
  /* the largest distance accepted (none for one-character names) */
  h->dist = h->wlen <= 1 ? 0 : h->wlen <= 4 ? 1 : h->wlen <= 8 ? 2 : 3;
  h->dist++;                                              /* best must beat this */
}

void names_hint_offer(names_hint *h, const char *cand)
{
  if (!h->want || !cand || h->wlen <= 1 || h->wlen > NAMES_HINT_MAX) return;
  size_t n = strlen(h->want), m = strlen(cand);
  if (m > NAMES_HINT_MAX || m == 0) return;
  if ((n > m ? n - m : m - n) >= (size_t)h->dist) return;
  /* Optimal string alignment distance over three rows. */
  int rows[3][NAMES_HINT_MAX + 1];
  int *pp = rows[0], *prev = rows[1], *cur = rows[2];
  for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
  for (size_t i = 1; i <= n; i++) {
    cur[0] = (int)i;
    int rowmin = cur[0];
    for (size_t j = 1; j <= m; j++) {
      int cost = h->want[i - 1] == cand[j - 1] ? 0 : 1;
      int v = prev[j - 1] + cost;
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && h->want[i - 1] == cand[j - 2] && h->want[i - 2] == cand[j - 1] &&
          pp[j - 2] + 1 < v)
        v = pp[j - 2] + 1;
      cur[j] = v;
      if (v < rowmin) rowmin = v;
    }
    if (rowmin >= h->dist) return;   /* cannot get below the bar any more */
    int *t = pp;
    pp = prev;
    prev = cur;
    cur = t;
  }
  if (prev[m] < h->dist) {
    h->dist = prev[m];
    h->best = cand;
  }
}
