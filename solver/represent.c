/* represent.c — see represent.h.  The direct engine lives here; the SMT
 * engines build an encoding (encodings/yoneda.h, encodings/naive.h) in a
 * z3session and turn a model into the same positive certificate, and "unsat"
 * into the direct engine's negative certificate (checked by the kernel like
 * any other, so nothing here is trusted). */
#include "solver/represent.h"

#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "encodings/naive.h"
#include "encodings/yoneda.h"
#include "solver/orbit.h"
#include "solver/z3session.h"
#include "specs/cardinality.h"
#include "specs/text.h"

struct represent_result {
  const task *t;
  rep_cert *cert;
  category *opp;            /* owned working category (contravariant) */
  const category *work;
  char *explanation;
  int nuniv, capuniv;
  int *uobj, *uel;
  /* the block of object tree_P as parent offsets and generator tables, for
   * the certificates of many universal pairs at one object */
  int tree_P, *tree_parent;
  const int **tree_map;
};

void represent_options_init(represent_options *o)
{
  memset(o, 0, sizeof *o);
  o->engine = ENGINE_DIRECT;
  o->all = 0;
  o->timeout = 0;
  o->max_morphisms = CATEGORY_DEFAULT_MAX_MORPHISMS;
}

/* ---- the direct engine ----------------------------------------------------- */

typedef struct direct {
  const task *t;
  const category *w;
  int nobj;
  long *off;         /* element offset of each object in stamp/owner */
  int *val;          /* val[k] = T(block_start(P)+k)(u) */
  int *stamp, *owner;
  int run;
  cardinality *card;
  /* last collision found by pass(): object, morphisms, common element */
  int cy, cf1, cf2, ce;
} direct;

static void direct_free(direct *D)
{
  free(D->off);
  free(D->val);
  free(D->stamp);
  free(D->owner);
  cardinality_free(D->card);
}

static int direct_init(direct *D, const task *t, const category *w)
{
  memset(D, 0, sizeof *D);
  D->t = t;
  D->w = w;
  D->nobj = category_object_count(w);
  int maxbs = 1;
  for (int x = 0; x < D->nobj; x++)
    if (category_block_size(w, x) > maxbs) maxbs = category_block_size(w, x);
  D->off = malloc(((size_t)D->nobj + 1) * sizeof *D->off);
  D->val = malloc((size_t)maxbs * sizeof *D->val);
  D->card = cardinality_new(t, w);
  if (!D->off || !D->val || !D->card) return -1;
  long total = 0;
  for (int x = 0; x < D->nobj; x++) {
    D->off[x] = total;
    total += task_set_size(t, x);
  }
  D->off[D->nobj] = total;
  D->stamp = calloc((size_t)total + 1, sizeof *D->stamp);
  D->owner = malloc(((size_t)total + 1) * sizeof *D->owner);
  if (!D->stamp || !D->owner) return -1;
  return 0;
}

/* One forward pass over block P from u.  Requires the cardinality filter to
 * hold for P (then injective ⇔ bijective).  Returns 1 if u is universal,
 * else 0 with the first collision in D->cy/cf1/cf2. */
static int pass(direct *D, int P, int u)
{
  const category *w = D->w;
  int start = category_block_start(w, P), bs = category_block_size(w, P);
  int run = ++D->run;
  for (int k = 0; k < bs; k++) {
    int f = start + k;
    int e = k == 0 ? u
                   : task_apply(D->t, category_parent_generator(w, f),
                                D->val[category_parent(w, f) - start]);
    D->val[k] = e;
    int y = category_target(w, f);
    long i = D->off[y] + e;
    if (D->stamp[i] == run) {
      D->cy = y;
      D->cf1 = D->owner[i];
      D->cf2 = f;
      D->ce = e;
      return 0;
    }
    D->stamp[i] = run;
    D->owner[i] = f;
  }
  return 1;
}

static int add_universal(represent_result *r, int P, int u)
{
  if (r->nuniv == r->capuniv) {
    int cap = r->capuniv ? 2 * r->capuniv : 8;
    int *a = realloc(r->uobj, (size_t)cap * sizeof *a);
    if (!a) return -1;
    r->uobj = a;
    int *b = realloc(r->uel, (size_t)cap * sizeof *b);
    if (!b) return -1;
    r->uel = b;
    r->capuniv = cap;
  }
  r->uobj[r->nuniv] = P;
  r->uel[r->nuniv] = u;
  r->nuniv++;
  return 0;
}

static rep_cert *positive_cert(represent_result *r, int P, int u);

/* ---- every universal pair (--all) ------------------------------------------ *
 * Once one universal pair (P0, u0) is known, T ≅ Hom(P0,-) and the universal
 * pairs at any object form one orbit of the natural automorphisms of T (they
 * correspond to the isomorphisms out of P0).  For a universal u ∈ T(P0),
 * alpha_u: T(f)(u0) ↦ T(f)(u) (f out of P0) is such an automorphism; it
 * maps universal elements to universal elements.  So instead of one pass
 * per element (quadratic on a group block), an element reached from a
 * universal one by the automorphisms found so far needs no pass, and at
 * an object other than P0 the elements outside the orbit of its first
 * universal element are not universal (the automorphisms found at P0 are
 * then all of them).  Nothing here is trusted: answer.c has the kernel
 * check the list (and derives it the same way from checked facts). */
typedef struct universal_orbit {
  int P0, u0, start0, bs0;
  int *val0;          /* T(f)(u0) along P0's block */
  orbit reached;      /* elements known universal; the automorphisms */
} universal_orbit;

static void universal_orbit_free(universal_orbit *O)
{
  free(O->val0);
  orbit_free(&O->reached);
}

/* The first universal pair (P0, u0): D->val holds its values. */
static int universal_orbit_start(universal_orbit *O, direct *D, int P0, int u0)
{
  memset(O, 0, sizeof *O);
  O->P0 = P0;
  O->u0 = u0;
  O->start0 = category_block_start(D->w, P0);
  O->bs0 = category_block_size(D->w, P0);
  O->val0 = malloc((size_t)(O->bs0 > 0 ? O->bs0 : 1) * sizeof *O->val0);
  if (orbit_init(&O->reached, D->off[D->nobj]) != 0 || !O->val0) return -1;
  memcpy(O->val0, D->val, (size_t)O->bs0 * sizeof *O->val0);
  O->reached.mark[D->off[P0] + u0] = 1;
  return 0;
}

/* alpha_u for the universal u ∈ T(P0) whose values D->val holds. */
static int universal_orbit_add(universal_orbit *O, direct *D)
{
  int *a = orbit_map_new(&O->reached);
  if (!a) return -1;
  for (int k = 0; k < O->bs0; k++) {
    long y = D->off[category_target(D->w, O->start0 + k)];
    a[y + O->val0[k]] = (int)(y + D->val[k]);
  }
  orbit_add_map(&O->reached, a);
  return 0;
}

/* Every universal pair after (P0, u0) (already recorded), in the order of
 * the plain search. */
static yo_status direct_all_rest(direct *D, represent_result *r, int P0, int u0)
{
  universal_orbit O;
  yo_status st = YO_INTERNAL;
  if (universal_orbit_start(&O, D, P0, u0) != 0) goto done;
  for (int P = P0; P < D->nobj; P++) {
    int n = task_set_size(D->t, P);
    if (n == 0 || (P != P0 && !cardinality_check(D->card, P, NULL))) continue;
    int seen = P == P0;
    for (int u = P == P0 ? u0 + 1 : 0; u < n; u++) {
      long i = D->off[P] + u;
      int univ;
      if (O.reached.mark[i]) univ = 1;
      else if (P != P0 && seen) univ = 0;   /* outside the orbit */
      else univ = pass(D, P, u);
      if (!univ) continue;
      if (add_universal(r, P, u) != 0) goto done;
      if (O.reached.mark[i]) continue;
      if (P == P0) {
        if (universal_orbit_add(&O, D) != 0) goto done;
      } else {
        orbit_reach(&O.reached, i);
        seen = 1;
      }
    }
  }
  st = YO_YES;
done:
  universal_orbit_free(&O);
  return st;
}

/* The whole search.  YO_YES with a positive certificate (every universal
 * pair recorded with `all`), YO_NO with a negative one, YO_INTERNAL on OOM. */
static yo_status direct_search(direct *D, int all, represent_result *r)
{
  rep_cert *neg = cert_new(CERT_NOT_REPRESENTABLE, task_name(D->t),
                           task_variance_of(D->t));
  if (!neg) return YO_INTERNAL;
  int nobj = D->nobj, found = 0, fP = -1, fu = -1;
  long total = D->off[nobj];
  neg->objects = calloc((size_t)nobj + 1, sizeof *neg->objects);
  neg->elements = calloc((size_t)total + 1, sizeof *neg->elements);
  if (!neg->objects || !neg->elements) goto oom;
  neg->nobjects = nobj;
  for (int P = 0; P < nobj; P++) {
    cert_object_witness *ow = &neg->objects[P];
    int n = task_set_size(D->t, P), y = -1;
    if (n == 0) {
      ow->kind = WIT_EMPTY;
      continue;
    }
    if (!cardinality_check(D->card, P, &y)) {
      ow->kind = WIT_CARDINALITY;
      ow->object = y;
      continue;
    }
    ow->kind = WIT_PER_ELEMENT;
    ow->first = neg->nelements;
    for (int u = 0; u < n; u++) {
      if (pass(D, P, u)) {
        if (!found) {
          fP = P;
          fu = u;
        }
        found = 1;
        if (add_universal(r, P, u) != 0) goto oom;
        if (all && direct_all_rest(D, r, P, u) != YO_YES) goto oom;
        break;
      }
      cert_element_witness *ew = &neg->elements[neg->nelements++];
      ew->kind = WIT_COLLISION;
      ew->object = D->cy;
      ew->f1 = D->cf1;
      ew->f2 = D->cf2;
      ew->element = D->ce;   /* informative: the common image */
    }
    if (found) break;
  }
  if (found) {
    cert_free(neg);
    r->cert = positive_cert(r, fP, fu);
    return r->cert ? YO_YES : YO_INTERNAL;
  }
  r->cert = neg;
  return YO_NO;
oom:
  cert_free(neg);
  return YO_INTERNAL;
}

/* ---- the SMT engines ------------------------------------------------------- */

/* Check without building a model (YO_YES / YO_NO / YO_LIMIT as
 * z3session_check), under the given assumptions. */
static yo_status check_no_model(z3session *s, unsigned n, Z3_ast *lits, diag_list *d)
{
  Z3_context ctx = z3session_context(s);
  Z3_lbool r = Z3_solver_check_assumptions(ctx, z3session_solver(s), n, lits);
  if (Z3_get_error_code(ctx) != Z3_OK) return z3session_status(s, "check", d);
  if (r == Z3_L_TRUE) return YO_YES;
  if (r == Z3_L_FALSE) return YO_NO;
  const char *why = Z3_solver_get_reason_unknown(ctx, z3session_solver(s));
  if (Z3_get_error_code(ctx) != Z3_OK) {
    Z3_set_error(ctx, Z3_OK);
    why = "no reason given";
  }
  if (why && (strstr(why, "timeout") || strstr(why, "canceled")))
    why = "timeout";   /* as z3session_check says it */
  diag_add(d, DIAG_ERROR, NULL, 0, "z3: unknown (%s)", why ? why : "?");
  return YO_LIMIT;
}

/* The Yoneda encoding with one candidate (one big block): u read bit by
 * bit with assumptions, no model (encodings/yoneda.h, enc_yoneda_bit).
 * YO_YES with *u set, YO_NO (unsat), or a failure status. */
static yo_status probe_element(z3session *s, void *enc, int n, long *u, diag_list *d)
{
  Z3_context ctx = z3session_context(s);
  yo_status st = check_no_model(s, 0, NULL, d);
  if (st != YO_YES) return st;
  Z3_ast lits[32];
  unsigned nl = 0;
  long x = 0;
  for (int j = 0; j < 31 && (1L << j) < (long)n; j++) {
    Z3_ast b = enc_yoneda_bit(enc, j);
    if (!b) return YO_INTERNAL;
    lits[nl] = z3session_pin(s, Z3_mk_not(ctx, b));   /* 0 first */
    st = check_no_model(s, nl + 1, lits, d);
    if (st == YO_NO) {
      lits[nl] = b;
      x |= 1L << j;
    } else if (st != YO_YES) {
      return st;
    }
    nl++;
  }
  *u = x;
  return YO_YES;
}

/* Assert a vector of the encoding's (NULL: out of memory) and drop it. */
static yo_status assert_tables(z3session *s, Z3_ast_vector v, diag_list *d)
{
  if (!v) {
    diag_add(d, DIAG_ERROR, NULL, 0, "z3: out of memory adding the tables");
    return YO_INTERNAL;
  }
  yo_status st = z3session_assert_all(s, v, d);
  Z3_ast_vector_dec_ref(z3session_context(s), v);
  return st;
}

/* Lazy tables (encodings/yoneda.h): the entries along the tree from
 * element 0, then one check with u's bits fixed to 0.  YO_YES (*u = 0):
 * Z3 found the values injective, 0 is universal; YO_NO: it is not (the
 * caller adds the rest of the tables and lets Z3 search). */
static yo_status lazy_first(z3session *s, void *enc, int n, long *u, diag_list *d)
{
  Z3_context ctx = z3session_context(s);
  yo_status st = assert_tables(s, enc_yoneda_tables_for(enc, 0), d);
  if (st != YO_OK) return st;
  Z3_ast lits[32];
  unsigned nl = 0;
  for (int j = 0; j < 31 && (1L << j) < (long)n; j++) {
    Z3_ast b = enc_yoneda_bit(enc, j);
    if (!b) return YO_INTERNAL;
    lits[nl++] = z3session_pin(s, Z3_mk_not(ctx, b));
  }
  st = check_no_model(s, nl, lits, d);
  if (st == YO_YES) *u = 0;
  return st;
}

static yo_status smt_search(direct *D, const represent_options *o,
                            represent_result *r, diag_list *d)
{
  const char *ename = o->engine == ENGINE_NAIVE ? "naive" : "z3";
  if (o->engine == ENGINE_NAIVE && enc_naive_size(D->t, D->w) > ENC_NAIVE_MAX_SIZE) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "naive engine: instance too big (more than %ld constraints); "
             "use --engine direct or z3", ENC_NAIVE_MAX_SIZE);
    return YO_LIMIT;
  }
  z3session *s = z3session_new(o->timeout, d);
  if (!s) return YO_INTERNAL;
  Z3_context ctx = z3session_context(s);
  const enc_ops *ops = o->engine == ENGINE_NAIVE ? &enc_naive_ops : &enc_yoneda_ops;
  void *enc = ops->build(ctx, D->t, D->w, 0, d);
  yo_status st;
  int found = 0, fP = -1, fu = -1;
  if (!enc) {
    st = YO_INTERNAL;
    goto done;
  }
  st = z3session_assert_all(s, ops->assertions(enc), d);
  if (st != YO_OK) goto done;
  /* one candidate block with the Yoneda encoding: no model (see
   * probe_element) */
  int probe = ops == &enc_yoneda_ops && ops->candidate_count(enc) == 1;
  int lazy_done = 0;   /* 1: element 0 tried, 2: and the full tables asserted */
  for (;;) {
    int sel = -1, b = 0;
    long u = -1;
    if (probe) {
      int n = task_set_size(D->t, ops->candidate_object(enc, 0));
      if (enc_yoneda_lazy(enc) && !lazy_done) {
        lazy_done = 1;
        st = lazy_first(s, enc, n, &u, d);
        if (st == YO_YES) {
          sel = 0;
          goto got;
        }
        if (st != YO_NO) break;
        /* element 0 collides: the full tables, and Z3 searches */
        lazy_done = 2;
        st = assert_tables(s, enc_yoneda_tables_rest(enc), d);
        if (st != YO_OK) break;
      }
      st = probe_element(s, enc, n, &u, d);
      if (st != YO_YES) break;
      sel = 0;
    } else {
      st = z3session_check(s, d);
      if (st != YO_YES) break;
      for (int i = 0; i < ops->candidate_count(enc) && sel < 0; i++)
        if (z3session_eval_bool(s, ops->selector(enc, i), &b) == 0 && b) sel = i;
      if (sel >= 0) u = ops->element(enc, z3session_model(s), sel, D->t);
    }
  got:
    if (Z3_get_error_code(ctx) != Z3_OK) {
      Z3_set_error(ctx, Z3_OK);
      u = -1;
    }
    if (sel < 0 || u < 0) {
      diag_add(d, DIAG_ERROR, NULL, 0, "%s engine: cannot read the model", ename);
      st = YO_INTERNAL;
      break;
    }
    int P = ops->candidate_object(enc, sel);
    if (u < 0 || u >= task_set_size(D->t, P) || !cardinality_check(D->card, P, NULL) ||
        !pass(D, P, (int)u)) {
      diag_add(d, DIAG_ERROR, NULL, 0,
               "%s engine: the model's element %ld of object '%s' is not universal",
               ename, u, category_object_name(D->w, P));
      st = YO_INTERNAL;
      break;
    }
    if (!found) {
      fP = P;
      fu = (int)u;
    }
    found = 1;
    if (add_universal(r, P, (int)u) != 0) {
      st = YO_INTERNAL;
      break;
    }
    if (!o->all) break;
    if (lazy_done == 1) {   /* the full tables before searching on */
      lazy_done = 2;
      st = assert_tables(s, enc_yoneda_tables_rest(enc), d);
      if (st != YO_OK) break;
    }
    Z3_solver_assert(ctx, z3session_solver(s), ops->block(enc, sel, (int)u));
    if ((st = z3session_status(s, "blocking a model", d)) != YO_OK) break;
  }
  if (st == YO_NO && found) st = YO_YES;
done:
  if (enc) ops->release(enc);
  z3session_free(s);
  if (st == YO_YES) {
    r->cert = positive_cert(r, fP, fu);
    return r->cert ? YO_YES : YO_INTERNAL;
  }
  if (st != YO_NO) return st;
  /* unsat: the negative certificate comes from the direct witness search
   * (the kernel checks it, so the SMT answer is confirmed independently). */
  represent_result tmp;
  memset(&tmp, 0, sizeof tmp);
  tmp.t = r->t;
  tmp.work = r->work;
  st = direct_search(D, 0, &tmp);
  free(tmp.tree_parent);
  free(tmp.tree_map);
  if (st == YO_YES) {
    diag_add(d, DIAG_ERROR, NULL, 0,
             "%s engine says not representable but object '%s' has a universal "
             "element: engines disagree", ename,
             category_object_name(D->w, tmp.cert->object));
    cert_free(tmp.cert);
    free(tmp.uobj);
    free(tmp.uel);
    return YO_INTERNAL;
  }
  free(tmp.uobj);
  free(tmp.uel);
  r->cert = tmp.cert;
  return st;
}

/* ---- explanation ----------------------------------------------------------- */

static const char *morph(const represent_result *r, const task *t, int f, char *buf,
                         int cap)
{
  int rev = task_variance_of(t) == TASK_CONTRAVARIANT;
  return text_cut(buf, (size_t)cap, category_format_morphism(r->work, f, rev, buf, cap));
}

/* "Hom(x,y)" in the task's own category's reading. */
static void hom(text_buf *b, const task *t, const category *w, int P, int Y)
{
  const char *p = category_object_name(w, P), *y = category_object_name(w, Y);
  if (task_variance_of(t) == TASK_CONTRAVARIANT)
    text_printf(b, "Hom(%s,%s)", y, p);
  else
    text_printf(b, "Hom(%s,%s)", p, y);
}

#define EXPLAIN_MAX_LINES 12

static int explain(represent_result *r, const task *t, int full)
{
  const int max_lines = full ? INT_MAX : EXPLAIN_MAX_LINES;
  const rep_cert *c = r->cert;
  const category *w = r->work;
  int contra = task_variance_of(t) == TASK_CONTRAVARIANT;
  text_buf b = {0};
  char m1[256], m2[256];
  if (c->verdict == CERT_REPRESENTABLE) {
    const char *p = category_object_name(w, c->object);
    text_printf(&b, "T ≅ %s%s%s with universal element %s ∈ T(%s)\n",
              contra ? "Hom(-," : "Hom(", p, contra ? ")" : ",-)",
              task_element_name(t, c->object, c->element), p);
    int nobj = 0;
    int *seen = calloc((size_t)category_object_count(w) + 1, sizeof *seen);
    if (seen) {
      int start = category_block_start(w, c->object);
      for (int k = 0; k < c->nimages; k++) {
        int y = category_target(w, start + k);
        if (!seen[y]) nobj++;
        seen[y] = 1;
      }
      free(seen);
    }
    text_printf(&b, "natural isomorphism %s%s%s ≅ T: %d morphism%s ↔ %d element%s over %d "
              "object%s\n",
              contra ? "Hom(-," : "Hom(", p, contra ? ")" : ",-)", c->nimages,
              c->nimages == 1 ? "" : "s", c->nimages, c->nimages == 1 ? "" : "s", nobj,
              nobj == 1 ? "" : "s");
  } else {
    int lines = 0, per = 0, total = 0;
    for (int P = 0; P < c->nobjects; P++) {
      if (c->objects[P].kind == WIT_PER_ELEMENT) per++;
      total += c->objects[P].kind == WIT_PER_ELEMENT ? task_set_size(t, P) : 1;
    }
    if (c->nobjects == 0) {
      text_printf(&b, "the category has no objects, so no object represents T\n");
    } else if (per == 0) {
      text_printf(&b, "no object P has |%s| = |T(Y)| for all Y\n",
                contra ? "Hom(Y,P)" : "Hom(P,Y)");
    } else {
      text_printf(&b, "no element u ∈ T(P) is universal for any object P\n");
      for (int P = 0; P < c->nobjects && lines < max_lines; P++) {
        const cert_object_witness *ow = &c->objects[P];
        if (ow->kind != WIT_PER_ELEMENT) continue;
        int n = task_set_size(t, P);
        for (int u = 0; u < n && lines < max_lines; u++, lines++) {
          const cert_element_witness *ew = &c->elements[ow->first + u];
          text_printf(&b, "P=%s, u=%s: ", category_object_name(w, P),
                    task_element_name(t, P, u));
          if (ew->kind == WIT_COLLISION) {
            text_printf(&b, "%s and %s in ", morph(r, t, ew->f1, m1, sizeof m1),
                      morph(r, t, ew->f2, m2, sizeof m2));
            hom(&b, t, w, P, ew->object);
            if (ew->element >= 0 && ew->element < task_set_size(t, ew->object))
              text_printf(&b, " both give %s\n",
                        task_element_name(t, ew->object, ew->element));
            else
              text_printf(&b, " give the same element of T(%s)\n",
                        category_object_name(w, ew->object));
          } else {
            text_printf(&b, "element %s of T(%s) is not reached\n",
                      task_element_name(t, ew->object, ew->element),
                      category_object_name(w, ew->object));
          }
        }
      }
    }
    for (int P = 0; P < c->nobjects; P++) {
      const cert_object_witness *ow = &c->objects[P];
      if (ow->kind == WIT_PER_ELEMENT) continue;
      if (lines >= max_lines) break;
      lines++;
      const char *p = category_object_name(w, P);
      if (ow->kind == WIT_EMPTY) {
        text_printf(&b, "P=%s: T(%s) is empty\n", p, p);
      } else {
        text_printf(&b, "P=%s: |", p);
        hom(&b, t, w, P, ow->object);
        text_printf(&b, "| = %d but |T(%s)| = %d\n", category_hom_count(w, P, ow->object),
                  category_object_name(w, ow->object), task_set_size(t, ow->object));
      }
    }
    if (total > lines)
      text_printf(&b, "... (%d more; --full to show all)\n", total - lines);
  }
  if (b.oom) {
    free(b.s);
    return -1;
  }
  if (b.len > 0 && b.s[b.len - 1] == '\n') b.s[--b.len] = '\0';
  r->explanation = b.s ? b.s : calloc(1, 1);
  return r->explanation ? 0 : -1;
}

/* ---- the API --------------------------------------------------------------- */

const char *const represent_engine_names[] = {
  [ENGINE_DIRECT] = "direct", [ENGINE_Z3] = "z3", [ENGINE_NAIVE] = "naive", NULL};

int represent_engine_from_name(const char *name, represent_engine *out)
{
  for (int i = 0; represent_engine_names[i]; i++)
    if (strcmp(name, represent_engine_names[i]) == 0) {
      *out = (represent_engine)i;
      return 0;
    }
  return -1;
}

yo_status represent_decide(const task *t, const represent_options *o,
                           represent_result **out, diag_list *d)
{
  *out = NULL;
  const category *work = NULL;
  category *owned = NULL;
  yo_status st = task_work_category(t, o ? o->max_morphisms : 0, &work, &owned, d);
  if (st != YO_OK) return st;
  st = represent_decide_on(t, work, o, out, d);
  if (*out)
    (*out)->opp = owned;
  else
    category_free(owned);
  return st;
}

yo_status represent_decide_on(const task *t, const category *work,
                              const represent_options *o, represent_result **out,
                              diag_list *d)
{
  represent_options def;
  if (!o) {
    represent_options_init(&def);
    o = &def;
  }
  *out = NULL;
  const category *c = task_category(t);
  if (!category_is_enumerated(c) || !category_is_enumerated(work)) {
    diag_add(d, DIAG_ERROR, NULL, 0, "category '%s' of task '%s' is not enumerated",
             category_name(c), task_name(t));
    return YO_INTERNAL;
  }
  represent_result *r = calloc(1, sizeof *r);
  if (!r) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  r->t = t;
  r->work = work;
  direct D;
  yo_status st;
  if (direct_init(&D, t, r->work) != 0) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    st = YO_INTERNAL;
  } else if (o->engine == ENGINE_DIRECT) {
    st = direct_search(&D, o->all, r);
    if (st == YO_INTERNAL) diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
  } else {
    st = smt_search(&D, o, r, d);
  }
  direct_free(&D);
  if ((st == YO_YES || st == YO_NO) && explain(r, t, o->full) != 0) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    st = YO_INTERNAL;
  }
  if (st != YO_YES && st != YO_NO) {
    represent_result_free(r);
    return st;
  }
  *out = r;
  return st;
}

void represent_result_free(represent_result *r)
{
  if (!r) return;
  cert_free(r->cert);
  category_free(r->opp);
  free(r->explanation);
  free(r->uobj);
  free(r->uel);
  free(r->tree_parent);
  free(r->tree_map);
  free(r);
}

const rep_cert *represent_result_cert(const represent_result *r) { return r->cert; }
const category *represent_result_work(const represent_result *r) { return r->work; }
const char *represent_result_explanation(const represent_result *r)
{
  return r->explanation;
}
int represent_result_universal_count(const represent_result *r) { return r->nuniv; }

void represent_result_universal(const represent_result *r, int i, int *object,
                                int *element)
{
  if (object) *object = r->uobj[i];
  if (element) *element = r->uel[i];
}

rep_cert *represent_result_universal_cert(represent_result *r, int i)
{
  if (i < 0 || i >= r->nuniv) return NULL;
  return positive_cert(r, r->uobj[i], r->uel[i]);
}

/* The spanning tree of P's block, once per object (see struct above). */
static int tree_of(represent_result *r, int P)
{
  if (r->tree_parent && r->tree_P == P) return 0;
  const category *w = r->work;
  int start = category_block_start(w, P), bs = category_block_size(w, P);
  free(r->tree_parent);
  free(r->tree_map);
  r->tree_parent = malloc((size_t)(bs > 0 ? bs : 1) * sizeof *r->tree_parent);
  r->tree_map = malloc((size_t)(bs > 0 ? bs : 1) * sizeof *r->tree_map);
  if (!r->tree_parent || !r->tree_map) {
    free(r->tree_parent);
    free(r->tree_map);
    r->tree_parent = NULL;
    r->tree_map = NULL;
    return -1;
  }
  for (int k = 1; k < bs; k++) {
    r->tree_parent[k] = category_parent(w, start + k) - start;
    r->tree_map[k] = task_map(r->t, category_parent_generator(w, start + k));
    if (r->tree_parent[k] < 0 || r->tree_parent[k] >= k || !r->tree_map[k]) {
      free(r->tree_parent);   /* not a tree in id order (the enumeration's */
      r->tree_parent = NULL;  /* invariant): no certificate */
      return -1;
    }
  }
  r->tree_P = P;
  return 0;
}

/* The positive certificate "P with universal element u": T(f)(u) for every
 * f out of P, along the normal-form spanning tree of the working category.
 * NULL on OOM. */
static rep_cert *positive_cert(represent_result *r, int P, int u)
{
  if (tree_of(r, P) != 0) return NULL;
  rep_cert *c = cert_new(CERT_REPRESENTABLE, task_name(r->t), task_variance_of(r->t));
  int bs = category_block_size(r->work, P);
  if (c) c->images = malloc((size_t)(bs > 0 ? bs : 1) * sizeof *c->images);
  if (!c || !c->images) {
    cert_free(c);
    return NULL;
  }
  c->object = P;
  c->element = u;
  c->nimages = bs;
  if (bs > 0) c->images[0] = u;
  for (int k = 1; k < bs; k++) c->images[k] = r->tree_map[k][c->images[r->tree_parent[k]]];
  return c;
}
