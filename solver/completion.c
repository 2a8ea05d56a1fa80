/* completion.c — see completion.h.  Huet-style completion: a FIFO of
 * equations (each a proof chain between two words), every equation reduced
 * on both ends, oriented shortlex, rules whose lhs the new rule reduces are
 * put back as equations, and the critical pairs of every new rule with every
 * live rule (proper overlaps) are queued. */
#include "solver/completion.h"

#include <stdlib.h>
#include <string.h>

/* One rewriting step: replace, at position pos, side dir of ref (ref >= 0:
 * equation ref of the presentation; ref < 0: the lemma of rule -(ref+1),
 * side 0 its lhs) by the other side. */
typedef struct kstep {
  int ref, dir, pos;
} kstep;

typedef struct ivec {
  int *a;
  int n, cap;
} ivec;

typedef struct kchain {
  int obj;
  ivec w0;         /* the first word */
  kstep *s;
  int ns, cap;
} kchain;

typedef struct krule {
  int obj;
  ivec lhs, rhs;
  int ref, dir;    /* how a step applies it: side dir of ref is lhs */
  int alive;
  kchain proof;    /* when ref == -(id+1): lhs to rhs */
  int used, lemma;
} krule;

typedef struct kitem {  /* a critical pair (i, j, k) or an equation */
  int i, j, k;
  kchain eq;            /* when i < 0 */
} kitem;

struct completion {
  const category *c;
  int G, E;
  krule *r;
  long nr, cap;
  ivec *byfirst;        /* [G] rule ids by the first generator of the lhs */
  int maxlhs;
  kitem *q;
  long qh, qt, qcap;
  kchain *goals;
  int ngoals, gcap;
};

static int ivec_push(ivec *v, int x)
{
  if (v->n == v->cap) {
    int cap = v->cap ? 2 * v->cap : 8;
    int *a = realloc(v->a, (size_t)cap * sizeof(int));
    if (!a) return -1;
    v->a = a;
    v->cap = cap;
  }
  v->a[v->n++] = x;
  return 0;
}

static int ivec_set(ivec *v, const int *w, int n)
{
  v->n = 0;
  for (int i = 0; i < n; i++)
    if (ivec_push(v, w[i]) < 0) return -1;
  return 0;
}

static int chain_push(kchain *ch, kstep s)
{
  if (ch->ns == ch->cap) {
    int cap = ch->cap ? 2 * ch->cap : 8;
    kstep *a = realloc(ch->s, (size_t)cap * sizeof(kstep));
    if (!a) return -1;
    ch->s = a;
    ch->cap = cap;
  }
  ch->s[ch->ns++] = s;
  return 0;
}

static void chain_free(kchain *ch)
{
  free(ch->w0.a);
  free(ch->s);
  memset(ch, 0, sizeof *ch);
}

/* side d of reference ref */
static const int *side(const completion *k, int ref, int d, int *len)
{
  if (ref >= 0) {
    const int *l = NULL, *r = NULL;
    int nl = 0, nr = 0;
    category_equation(k->c, ref, NULL, &l, &nl, &r, &nr, NULL);
    *len = d ? nr : nl;
    return d ? r : l;
  }
  const krule *ru = &k->r[-(ref + 1)];
  *len = d ? ru->rhs.n : ru->lhs.n;
  return d ? ru->rhs.a : ru->lhs.a;
}

/* w := w with step s applied (into tmp, then swapped). */
static int apply(const completion *k, ivec *w, ivec *tmp, kstep s)
{
  int la = 0, lb = 0;
  side(k, s.ref, s.dir, &la);
  const int *b = side(k, s.ref, 1 - s.dir, &lb);
  tmp->n = 0;
  for (int i = 0; i < s.pos; i++)
    if (ivec_push(tmp, w->a[i]) < 0) return -1;
  for (int i = 0; i < lb; i++)
    if (ivec_push(tmp, b[i]) < 0) return -1;
  for (int i = s.pos + la; i < w->n; i++)
    if (ivec_push(tmp, w->a[i]) < 0) return -1;
  ivec t = *w;
  *w = *tmp;
  *tmp = t;
  return 0;
}

/* Rewrite w to its normal form, appending the steps to ch (when non-NULL). */
static int reduce(const completion *k, ivec *w, ivec *tmp, kchain *ch)
{
  int pos = 0;
  while (pos < w->n) {
    int hit = -1;
    const ivec *cand = &k->byfirst[w->a[pos]];
    for (int i = 0; i < cand->n && hit < 0; i++) {
      const krule *ru = &k->r[cand->a[i]];
      if (!ru->alive || ru->lhs.n > w->n - pos) continue;
      if (memcmp(ru->lhs.a, w->a + pos, (size_t)ru->lhs.n * sizeof(int)) == 0)
        hit = cand->a[i];
    }
    if (hit < 0) {
      pos++;
      continue;
    }
    kstep s = {k->r[hit].ref, k->r[hit].dir, pos};
    if (apply(k, w, tmp, s) < 0) return -1;
    if (ch && chain_push(ch, s) < 0) return -1;
    pos = pos - k->maxlhs + 1 > 0 ? pos - k->maxlhs + 1 : 0;
  }
  return 0;
}

/* shortlex: <0, 0, >0 */
static int cmp(const ivec *a, const ivec *b)
{
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = 0; i < a->n; i++)
    if (a->a[i] != b->a[i]) return a->a[i] < b->a[i] ? -1 : 1;
  return 0;
}

static int queue_push(completion *k, kitem it)
{
  if (k->qt == k->qcap) {
    if (k->qh > 0) {
      memmove(k->q, k->q + k->qh, (size_t)(k->qt - k->qh) * sizeof(kitem));
      k->qt -= k->qh;
      k->qh = 0;
    }
    if (k->qt == k->qcap) {
      long cap = k->qcap ? 2 * k->qcap : 256;
      kitem *a = realloc(k->q, (size_t)cap * sizeof(kitem));
      if (!a) return -1;
      k->q = a;
      k->qcap = cap;
    }
  }
  k->q[k->qt++] = it;
  return 0;
}

/* Queue the proper overlaps of lhs(i) (a suffix) with lhs(j) (a prefix). */
static int overlaps(completion *k, long i, long j)
{
  const ivec *a = &k->r[i].lhs, *b = &k->r[j].lhs;
  for (int len = 1; len < a->n && len < b->n; len++)
    if (memcmp(a->a + a->n - len, b->a, (size_t)len * sizeof(int)) == 0) {
      kitem it = {(int)i, (int)j, len, {0}};
      if (queue_push(k, it) < 0) return -1;
    }
  return 0;
}

/* The equation proved by chain ch (from ch->w0): reduce both ends, orient,
 * add the rule.  Takes ch.  0, -1 OOM, -3 rule limit. */
static int add_equation(completion *k, kchain *ch, long max_rules)
{
  ivec x = {0}, y = {0}, tmp = {0};
  kchain a = {0}, b = {0}, out = {0};
  int rc = -1;
  if (ivec_set(&x, ch->w0.a, ch->w0.n) < 0 || ivec_set(&y, ch->w0.a, ch->w0.n) < 0)
    goto done;
  for (int i = 0; i < ch->ns; i++)
    if (apply(k, &y, &tmp, ch->s[i]) < 0) goto done;
  if (reduce(k, &x, &tmp, &a) < 0 || reduce(k, &y, &tmp, &b) < 0) goto done;
  int o = cmp(&x, &y);
  if (o == 0) {
    rc = 0;
    goto done;
  }
  /* chain from x: reverse(a), ch, b */
  out.obj = ch->obj;
  if (ivec_set(&out.w0, x.a, x.n) < 0) goto done;
  for (int i = a.ns - 1; i >= 0; i--) {
    kstep s = a.s[i];
    s.dir = 1 - s.dir;
    if (chain_push(&out, s) < 0) goto done;
  }
  for (int i = 0; i < ch->ns; i++)
    if (chain_push(&out, ch->s[i]) < 0) goto done;
  for (int i = 0; i < b.ns; i++)
    if (chain_push(&out, b.s[i]) < 0) goto done;
  if (o < 0) {  /* orient: start from the larger word */
    for (int i = 0, j = out.ns - 1; i < j; i++, j--) {
      kstep t = out.s[i];
      out.s[i] = out.s[j];
      out.s[j] = t;
    }
    for (int i = 0; i < out.ns; i++) out.s[i].dir = 1 - out.s[i].dir;
    if (ivec_set(&out.w0, y.a, y.n) < 0) goto done;
    ivec t = x;
    x = y;
    y = t;
  }
  if (k->nr >= max_rules) {
    rc = -3;
    goto done;
  }
  if (k->nr == k->cap) {
    long cap = k->cap ? 2 * k->cap : 64;
    krule *r = realloc(k->r, (size_t)cap * sizeof(krule));
    if (!r) goto done;
    k->r = r;
    k->cap = cap;
  }
  long id = k->nr;
  krule *ru = &k->r[id];
  memset(ru, 0, sizeof *ru);
  ru->obj = ch->obj;
  ru->lhs = x;
  ru->rhs = y;
  x = (ivec){0};
  y = (ivec){0};
  ru->alive = 1;
  int la = 0;
  if (out.ns == 1 && out.s[0].pos == 0 &&
      (side(k, out.s[0].ref, out.s[0].dir, &la), la == ru->lhs.n)) {
    ru->ref = out.s[0].ref;  /* one equation read one way: no lemma */
    ru->dir = out.s[0].dir;
  } else {
    ru->ref = -(int)(id + 1);
    ru->dir = 0;
    ru->proof = out;
    out = (kchain){0};
  }
  k->nr++;
  if (ivec_push(&k->byfirst[ru->lhs.a[0]], (int)id) < 0) goto done;
  if (ru->lhs.n > k->maxlhs) k->maxlhs = ru->lhs.n;
  /* rules whose lhs the new one reduces go back to the queue */
  for (long s = 0; s < id; s++) {
    krule *o2 = &k->r[s];
    if (!o2->alive || o2->lhs.n < ru->lhs.n) continue;
    int hit = 0;
    for (int p = 0; p + ru->lhs.n <= o2->lhs.n && !hit; p++)
      hit = memcmp(o2->lhs.a + p, ru->lhs.a, (size_t)ru->lhs.n * sizeof(int)) == 0;
    if (!hit) continue;
    o2->alive = 0;
    kitem it = {-1, -1, 0, {0}};
    it.eq.obj = o2->obj;
    if (ivec_set(&it.eq.w0, o2->lhs.a, o2->lhs.n) < 0 ||
        chain_push(&it.eq, (kstep){o2->ref, o2->dir, 0}) < 0 ||
        queue_push(k, it) < 0) {
      chain_free(&it.eq);
      goto done;
    }
  }
  for (long s = 0; s <= id; s++) {
    if (!k->r[s].alive) continue;
    if (overlaps(k, id, s) < 0) goto done;
    if (s != id && overlaps(k, s, id) < 0) goto done;
  }
  rc = 0;
done:
  free(x.a); free(y.a); free(tmp.a);
  chain_free(&a); chain_free(&b); chain_free(&out);
  chain_free(ch);
  return rc;
}

void completion_free(completion *k)
{
  if (!k) return;
  for (long i = 0; i < k->nr; i++) {
    free(k->r[i].lhs.a);
    free(k->r[i].rhs.a);
    chain_free(&k->r[i].proof);
  }
  free(k->r);
  if (k->byfirst)
    for (int g = 0; g < k->G; g++) free(k->byfirst[g].a);
  free(k->byfirst);
  for (long i = k->qh; i < k->qt; i++) chain_free(&k->q[i].eq);
  free(k->q);
  for (int i = 0; i < k->ngoals; i++) chain_free(&k->goals[i]);
  free(k->goals);
  free(k);
}

yo_status completion_run(const category *c, long max_rules, completion **out,
                         diag_list *d)
{
  *out = NULL;
  completion *k = calloc(1, sizeof *k);
  if (!k) goto oom;
  k->c = c;
  k->G = category_generator_count(c);
  k->E = category_equation_count(c);
  k->byfirst = calloc((size_t)k->G + 1, sizeof(ivec));
  if (!k->byfirst) goto oom;
  for (int e = 0; e < k->E; e++) {
    int s = 0, nl = 0;
    const int *l = NULL;
    category_equation(c, e, &s, &l, &nl, NULL, NULL, NULL);
    kitem it = {-1, -1, 0, {0}};
    it.eq.obj = s;
    if (ivec_set(&it.eq.w0, l, nl) < 0 ||
        chain_push(&it.eq, (kstep){e, 0, 0}) < 0 || queue_push(k, it) < 0) {
      chain_free(&it.eq);
      goto oom;
    }
  }
  while (k->qh < k->qt) {
    kitem it = k->q[k->qh++];
    if (it.i >= 0) {
      krule *a = &k->r[it.i], *b = &k->r[it.j];
      if (!a->alive || !b->alive) continue;
      /* w = lhs(a) lhs(b)[k..]; w1 = rhs(a) lhs(b)[k..]; chain from w1:
       * back to w (a reversed at 0), then b at |lhs(a)| - k */
      kchain ch = {0};
      ch.obj = a->obj;
      int bad = ivec_set(&ch.w0, a->rhs.a, a->rhs.n) < 0;
      for (int i = it.k; i < b->lhs.n && !bad; i++) bad = ivec_push(&ch.w0, b->lhs.a[i]) < 0;
      if (!bad) bad = chain_push(&ch, (kstep){a->ref, 1 - a->dir, 0}) < 0;
      if (!bad) bad = chain_push(&ch, (kstep){b->ref, b->dir, a->lhs.n - it.k}) < 0;
      if (bad) {
        chain_free(&ch);
        goto oom;
      }
      it.eq = ch;
    }
    int rc = add_equation(k, &it.eq, max_rules);
    if (rc == -1) goto oom;
    if (rc == -3) {
      diag_add(d, DIAG_ERROR, NULL, 0, "category '%s': no exact certificate: "
               "the Knuth-Bendix completion that proves the coincidences made "
               "more than %ld rules (nothing was decided)", category_name(c),
               max_rules);
      completion_free(k);
      return YO_LIMIT;
    }
  }
  *out = k;
  return YO_OK;
oom:
  completion_free(k);
  diag_add(d, DIAG_ERROR, NULL, 0, "out of memory deriving the exact certificate");
  return YO_INTERNAL;
}

int completion_prove(completion *k, int obj, const int *u, int nu,
                     const int *v, int nv)
{
  ivec x = {0}, y = {0}, tmp = {0};
  kchain a = {0}, b = {0};
  int rc = -2;
  if (ivec_set(&x, u, nu) < 0 || ivec_set(&y, v, nv) < 0) goto done;
  a.obj = obj;
  if (ivec_set(&a.w0, u, nu) < 0) goto done;
  if (reduce(k, &x, &tmp, &a) < 0 || reduce(k, &y, &tmp, &b) < 0) goto done;
  if (cmp(&x, &y) != 0) {
    rc = -1;
    goto done;
  }
  for (int i = b.ns - 1; i >= 0; i--) {
    kstep s = b.s[i];
    s.dir = 1 - s.dir;
    if (chain_push(&a, s) < 0) goto done;
  }
  if (k->ngoals == k->gcap) {
    int cap = k->gcap ? 2 * k->gcap : 16;
    kchain *g = realloc(k->goals, (size_t)cap * sizeof(kchain));
    if (!g) goto done;
    k->goals = g;
    k->gcap = cap;
  }
  k->goals[k->ngoals] = a;
  a = (kchain){0};
  rc = k->ngoals++;
done:
  free(x.a); free(y.a); free(tmp.a);
  chain_free(&a); chain_free(&b);
  return rc;
}

static void mark(completion *k, const kchain *ch)
{
  for (int i = 0; i < ch->ns; i++)
    if (ch->s[i].ref < 0) k->r[-(ch->s[i].ref + 1)].used = 1;
}

/* One lemma: chain ch, its steps' references mapped to kernel equations. */
static int emit_chain(completion *k, excert *x, const kchain *ch)
{
  ivec w = {0}, tmp = {0};
  int rc = -1;
  if (excert_add_lemma(x, ch->obj, ch->w0.a, ch->w0.n) < 0) goto done;
  if (ivec_set(&w, ch->w0.a, ch->w0.n) < 0) goto done;
  for (int i = 0; i < ch->ns; i++) {
    kstep s = ch->s[i];
    if (apply(k, &w, &tmp, s) < 0) goto done;
    int eq = s.ref >= 0 ? s.ref : k->E + k->r[-(s.ref + 1)].lemma;
    if (excert_add_step(x, eq, s.dir, s.pos, w.a, w.n) < 0) goto done;
  }
  rc = 0;
done:
  free(w.a); free(tmp.a);
  return rc;
}

int completion_emit(completion *k, excert *x, int *goal_lemma)
{
  for (int i = 0; i < k->ngoals; i++) mark(k, &k->goals[i]);
  for (long j = k->nr - 1; j >= 0; j--)
    if (k->r[j].used) mark(k, &k->r[j].proof);
  for (long j = 0; j < k->nr; j++) {
    if (!k->r[j].used) continue;
    k->r[j].lemma = x->nlemmas;
    if (emit_chain(k, x, &k->r[j].proof) < 0) return -1;
  }
  for (int i = 0; i < k->ngoals; i++) {
    const kchain *g = &k->goals[i];
    if (g->ns == 1 && g->s[0].pos == 0 && g->s[0].ref < 0 && g->s[0].dir == 0 &&
        k->r[-(g->s[0].ref + 1)].lhs.n == g->w0.n) {
      /* u -> v is one rule with a lemma of its own: that lemma */
      goal_lemma[i] = k->r[-(g->s[0].ref + 1)].lemma;
      continue;
    }
    goal_lemma[i] = x->nlemmas;
    if (emit_chain(k, x, g) < 0) return -1;
  }
  return 0;
}

long completion_rules(const completion *k, long *alive)
{
  long a = 0;
  for (long i = 0; i < k->nr; i++) a += k->r[i].alive;
  if (alive) *alive = a;
  return k->nr;
}
