/* names.c — see names.h.  Open addressing with linear probing over a
 * power-of-two array of 16-byte slots, at most half full.  A slot holds a
 * key of up to 8 bytes itself (zero-padded: names have no NUL byte), so
 * looking up a short name reads one slot and nothing else; a longer key
 * is kept as its pointer and compared through it.  The lists of names
 * (names_find_tokens, names_insert_all) hash each name some positions
 * ahead of the one they resolve and prefetch its slot, so that the cache
 * misses of a large table overlap instead of coming one after the other. */
#include "specs/names.h"

#include "specs/hugemem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* tag: 0 empty; else the hash with bit 0 set (used) and bit 1 set for a
 * key longer than SHORT bytes. */
typedef struct slot {
  uint64_t word;     /* a short key's bytes, zero-padded; a long key's pointer */
  uint32_t tag;
  int value;
} slot;

struct names {
  slot *v;
  size_t cap;        /* power of two */
  size_t n;
};

#define SHORT 8
#define USED 1u
#define LONG 2u

/* How many names ahead of the one being resolved a list hashes and
 * prefetches. */
#define AHEAD 16

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/* Character classes: C_OTHER anything else, C_SPACE XML white space,
 * C_FIRST a name's first character, C_NEXT a later one only, C_END NUL. */
enum { C_OTHER = 0, C_SPACE = 1, C_FIRST = 2, C_NEXT = 3, C_END = 4 };
static const unsigned char cls[256] = {
    [0] = 4, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1,
    ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2,
    ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2,
    ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2,
    ['Y'] = 2, ['Z'] = 2,
    ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2, ['h'] = 2,
    ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2,
    ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2,
    ['y'] = 2, ['z'] = 2, ['_'] = 2,
    ['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3, ['6'] = 3, ['7'] = 3,
    ['8'] = 3, ['9'] = 3, ['.'] = 3, ['\''] = 3, ['-'] = 3,
};

static int is_space(char c) { return cls[(unsigned char)c] == C_SPACE; }

/* A token ends at white space or NUL. */
static int ends_token(char c)
{
  unsigned k = cls[(unsigned char)c];
  return k == C_SPACE || k == C_END;
}

/* murmur3's 64-bit finaliser, cut to 32 bits. */
static uint32_t mix64(uint64_t x)
{
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

/* A short key's bytes, zero-padded (the same on every byte order). */
static uint64_t short_word(const char *s, size_t len)
{
  uint64_t w = 0;
  for (size_t i = 0; i < len; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return w;
}

/* The tag of s[0..len) (never 0), and in *word its short form (0 for a
 * long key). */
static uint32_t tag_of(const char *s, size_t len, uint64_t *word)
{
  if (len <= SHORT) {
    *word = short_word(s, len);
    return (mix64(*word) & ~3u) | USED;
  }
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  *word = 0;
  return (mix64(h) & ~3u) | USED | LONG;
}

static size_t home(const names *t, uint32_t tag) { return (size_t)(tag >> 2) & (t->cap - 1); }

static const char *long_key(const slot *e) { return (const char *)(uintptr_t)e->word; }

/* The slot of s[0..len) (tag and word from tag_of), or the empty slot
 * where it would go. */
static size_t find_slot(const names *t, const char *s, size_t len, uint32_t tag, uint64_t word)
{
  size_t mask = t->cap - 1;
  for (size_t j = home(t, tag);; j = (j + 1) & mask) {
    const slot *e = &t->v[j];
    if (e->tag == 0) return j;
    if (e->tag != tag) continue;
    if (!(tag & LONG)) {
      if (e->word == word) return j;
    } else {
      const char *k = long_key(e);
      if (strncmp(k, s, len) == 0 && k[len] == '\0') return j;
    }
  }
}

/* A large table's random probes miss the TLB on 4 KB pages (hugemem.h;
 * the table is allocated once per size, never grown in place). */
static slot *alloc_slots(size_t cap)
{
  size_t bytes = cap * sizeof(slot);
  void *p = hugemem_alloc(bytes);
  if (p) memset(p, 0, bytes);
  return p;
}

/* The smallest capacity that keeps `count` keys at most half full. */
static size_t cap_for(size_t count)
{
  size_t cap = 16;
  while (cap < 2 * count + 2) cap *= 2;
  return cap;
}

names *names_new(size_t expected)
{
  names *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  size_t cap = cap_for(expected);
  t->v = alloc_slots(cap);
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

/* Rehash into a table of cap slots (cap a power of two above 2n). */
static int resize(names *t, size_t cap)
{
  slot *v = alloc_slots(cap);
  if (!v) return -1;
  for (size_t i = 0; i < t->cap; i++) {
    if (!t->v[i].tag) continue;
    size_t j = (size_t)(t->v[i].tag >> 2) & (cap - 1);
    while (v[j].tag) j = (j + 1) & (cap - 1);
    v[j] = t->v[i];
  }
  free(t->v);
  t->v = v;
  t->cap = cap;
  return 0;
}

/* Store key (of length len, tag and word from tag_of) in the empty slot j. */
static void put(names *t, size_t j, const char *key, uint32_t tag, uint64_t word, int value)
{
  slot *w = &t->v[j];
  w->word = tag & LONG ? (uint64_t)(uintptr_t)key : word;
  w->tag = tag;
  w->value = value;
  t->n++;
}

int names_insert(names *t, const char *key, int value, int *old)
{
  size_t len = strlen(key);
  uint64_t word;
  uint32_t tag = tag_of(key, len, &word);
  size_t j = find_slot(t, key, len, tag, word);
  if (t->v[j].tag) {
    if (old) *old = t->v[j].value;
    return 1;
  }
  if (2 * (t->n + 1) > t->cap) {
    if (resize(t, t->cap * 2) != 0) return -1;
    j = find_slot(t, key, len, tag, word);
  }
  put(t, j, key, tag, word, value);
  return 0;
}

int names_set(names *t, const char *key, int value)
{
  int old;
  int r = names_insert(t, key, value, &old);
  if (r != 1) return r;
  size_t len = strlen(key);
  uint64_t word;
  uint32_t tag = tag_of(key, len, &word);
  t->v[find_slot(t, key, len, tag, word)].value = value;
  return 0;
}

int names_find_n(const names *t, const char *s, size_t len)
{
  if (!t || memchr(s, '\0', len)) return -1;   /* no key holds a NUL byte */
  uint64_t word;
  uint32_t tag = tag_of(s, len, &word);
  const slot *e = &t->v[find_slot(t, s, len, tag, word)];
  return e->tag ? e->value : -1;
}

int names_find(const names *t, const char *key)
{
  return names_find_n(t, key, strlen(key));
}

size_t names_count(const names *t) { return t ? t->n : 0; }

/* A name waiting in a list's pipeline. */
typedef struct pending {
  const char *s;
  size_t len;
  uint64_t word;
  uint32_t tag;
} pending;

/* Hash name s[0..len) into p, and prefetch its slot. */
static void pend(const names *t, pending *p, const char *s, size_t len)
{
  p->s = s;
  p->len = len;
  p->tag = tag_of(s, len, &p->word);
  PREFETCH(&t->v[home(t, p->tag)]);
}

/* 1 if the NUL-terminated key k is s[0..len). */
static int same_key(const char *k, const char *s, size_t len)
{
  size_t i = 0;
  while (i < len && k[i] == s[i]) i++;
  return i == len && k[len] == '\0';
}

/* How far back a list's runs are looked for: name i is predicted to be
 * the key after the one name i - lag was, for the lag of the last run. */
#define LAGS 8

/* Where a list stands: `seq` while its names follow a run (each the key
 * `lag` places after the value of the name `lag` places before it). */
typedef struct run {
  int seq;
  int lag;
} run;

/* The value of pending name q, the list's name i (values[0..i) resolved):
 * while *r says the list is in a run and the keys agree, the run's next
 * key, else through the table; then *r says whether the value continues a
 * run of some lag 1..LAGS (a run of lag 1 is the keys in order; lag 2,
 * e.g., v+1 v v+3 v+2 ...). */
static int resolve(const names *t, const pending *q, const char *const *keys, size_t nkeys,
                   const int *values, size_t i, run *r)
{
  if (r->seq && (size_t)r->lag <= i && values[i - (size_t)r->lag] >= 0) {
    size_t next = (size_t)values[i - (size_t)r->lag] + (size_t)r->lag;
    if (next < nkeys && same_key(keys[next], q->s, q->len)) return (int)next;
  }
  const slot *e = &t->v[find_slot(t, q->s, q->len, q->tag, q->word)];
  int v = e->tag ? e->value : -1;
  r->seq = 0;
  for (int lag = 1; keys && v >= 0 && lag <= LAGS && (size_t)lag <= i; lag++)
    if (values[i - (size_t)lag] >= 0 && values[i - (size_t)lag] + lag == v) {
      r->seq = 1;
      r->lag = lag;
      break;
    }
  return v;
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORD_SCAN 1
#else
#define WORD_SCAN 0
#endif

/* The token starting at p (not white space, not NUL; the list ends at
 * end, its NUL): returns its end; when it has at most 7 bytes and the 8
 * bytes from p lie within the list, its short word in *word and *fast = 1
 * (found with one 8-byte load: the first byte below '!' is the end when
 * it is white space or NUL).  Else a byte at a time, *fast = 0. */
static const char *scan_token(const char *p, const char *end, uint64_t *word, int *fast)
{
  *fast = 0;
#if WORD_SCAN
  if (end - p >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t low = (w - 0x2121212121212121ULL) & ~w & 0x8080808080808080ULL;
    if (low) {
      unsigned k = (unsigned)__builtin_ctzll(low) >> 3;   /* k >= 1: p[0] > ' ' */
      if (k > 0 && ends_token(p[k])) {
        *word = w & ((1ULL << (8 * k)) - 1);
        *fast = 1;
        return p + k;
      }
    }
  }
#else
  (void)end;
  (void)word;
#endif
  while (!ends_token(*p)) p++;
  return p;
}

size_t names_find_tokens(const names *t, const char *text, int *values, size_t cap,
                         const char *const *keys, size_t nkeys)
{
  pending ring[AHEAD];
  size_t n = 0, done = 0;
  run r = {0, 1};
  const char *p = text, *end = text + strlen(text);
  for (;;) {
    while (is_space(*p)) p++;
    if (!*p) break;
    const char *tok = p;
    uint64_t word = 0;
    int fast;
    p = scan_token(p, end, &word, &fast);
    if (n < cap) {
      if (n - done == AHEAD) {
        values[done] = resolve(t, &ring[done % AHEAD], keys, nkeys, values, done, &r);
        done++;
      }
      if (!t) {
        values[done++] = -1;
      } else if (fast) {
        pending *q = &ring[n % AHEAD];
        q->s = tok;
        q->len = (size_t)(p - tok);
        q->word = word;
        q->tag = (mix64(word) & ~3u) | USED;   /* = tag_of */
        /* even inside a run: where a run breaks is not known this far ahead */
        PREFETCH(&t->v[home(t, q->tag)]);
      } else {
        pend(t, &ring[n % AHEAD], tok, (size_t)(p - tok));
      }
    }
    n++;
  }
  for (; t && done < n && done < cap; done++)
    values[done] = resolve(t, &ring[done % AHEAD], keys, nkeys, values, done, &r);
  return n;
}

long names_insert_all(names *t, const char *const *keys, int n)
{
  if (n <= 0) return -1;
  size_t need = cap_for(t->n + (size_t)n);
  if (need > t->cap && resize(t, need) != 0) return -2;
  pending ring[AHEAD];
  long dup = -1;
  for (int i = 0; i < n + AHEAD; i++) {
    int k = i - AHEAD;   /* insert key k, then hash key i into its place in the ring */
    if (k >= 0) {
      const pending *q = &ring[k % AHEAD];
      size_t j = find_slot(t, q->s, q->len, q->tag, q->word);
      if (!t->v[j].tag) put(t, j, q->s, q->tag, q->word, k);
      else if (dup < 0) dup = k;
    }
    if (i < n) pend(t, &ring[i % AHEAD], keys[i], strlen(keys[i]));
  }
  return dup;
}

int names_valid_n(const char *s, size_t len)
{
  if (len == 0 || cls[(unsigned char)s[0]] != C_FIRST) return 0;
  for (size_t i = 1; i < len; i++) {
    unsigned k = cls[(unsigned char)s[i]];
    if (k != C_FIRST && k != C_NEXT) return 0;
  }
  return 1;
}

int names_valid(const char *s) { return names_valid_n(s, strlen(s)); }

char *names_next(char **cursor)
{
  char *p = *cursor;
  while (is_space(*p)) p++;
  if (!*p) {
    *cursor = p;
    return NULL;
  }
  char *tok = p;
  while (!ends_token(*p)) p++;
  if (*p) *p++ = '\0';
  *cursor = p;
  return tok;
}

size_t names_count_tokens(const char *s)
{
  size_t n = 0;
  for (;;) {
    while (is_space(*s)) s++;
    if (!*s) return n;
    n++;
    while (!ends_token(*s)) s++;
  }
}

const char *names_token(const char *s, size_t i, size_t *len)
{
  for (size_t k = 0;; k++) {
    while (is_space(*s)) s++;
    if (!*s) return NULL;
    const char *tok = s;
    while (!ends_token(*s)) s++;
    if (k == i) {
      *len = (size_t)(s - tok);
      return tok;
    }
  }
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
