/* test_excert.c — exact category certificates: the producer
 * (solver/exact.h) on Coxeter groups, dihedral groups, truncated simplex
 * categories, monoids with idempotents, opposites and random finite
 * presentations; kernel 7 (proofs/excert.h) rejecting every kind of
 * tampering and certificates of a proper quotient; the XML form round
 * trip; the schema file vs its embedded copy. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "proofs/excert.h"
#include "proofs/kernel/kexact.h"
#include "solver/completion.h"
#include "solver/exact.h"
#include "specs/category.h"
#include "tests/families.h"
#include "tests/fixtures.h"

void test_excert_suite(void);

/* ---- presentations ----------------------------------------------------------- */

/* S_n (Coxeter); with `extra` also s1 s2 = s2 s1, which collapses it to a
 * proper quotient (Z_2). */
static category *coxeter(int n, int extra)
{
  category *c = families_symmetric(n);
  if (extra) {
    int l[] = {0, 1}, r[] = {1, 0};
    category_add_equation(c, 0, l, 2, r, 2, 0);
  }
  return c;
}

/* D_n = <r, s | r^n, s^2, s r s r>; with `quot` also r^quot = 1. */
static category *dihedral(int n, int quot)
{
  category *c = category_new("D", 0);
  category_add_object(c, "x", 0);
  category_add_generator(c, "r", 0, 0, 0);
  category_add_generator(c, "s", 0, 0, 0);
  int w[64];
  for (int i = 0; i < n; i++) w[i] = 0;
  category_add_equation(c, 0, w, n, NULL, 0, 0);
  int ss[] = {1, 1}, srsr[] = {1, 0, 1, 0};
  category_add_equation(c, 0, ss, 2, NULL, 0, 0);
  category_add_equation(c, 0, srsr, 4, NULL, 0, 0);
  if (quot) category_add_equation(c, 0, w, quot, NULL, 0, 0);
  return c;
}

/* A monoid with idempotents: e e = e, f f = f, e f e = e f, f e f = f e
 * (a left-regular band: 1, e, f, e f, f e). */
static category *band(void)
{
  category *c = category_new("Band", 0);
  category_add_object(c, "x", 0);
  category_add_generator(c, "e", 0, 0, 0);
  category_add_generator(c, "f", 0, 0, 0);
  int ee[] = {0, 0}, e[] = {0}, ff[] = {1, 1}, f[] = {1};
  int efe[] = {0, 1, 0}, ef[] = {0, 1}, fef[] = {1, 0, 1}, fe[] = {1, 0};
  category_add_equation(c, 0, ee, 2, e, 1, 0);
  category_add_equation(c, 0, ff, 2, f, 1, 0);
  category_add_equation(c, 0, efe, 3, ef, 2, 0);
  category_add_equation(c, 0, fef, 3, fe, 2, 0);
  return c;
}

/* Random finite presentations: 1-3 objects, 1-3 generators; every
 * endomorphism generator periodic (g^k = g^l), plus random equations
 * between words with the same ends. */
static unsigned rnd_state;
static int rnd(int n)
{
  rnd_state = rnd_state * 1103515245u + 12345u;
  return (int)((rnd_state >> 16) % (unsigned)n);
}

static category *random_presentation(unsigned seed)
{
  rnd_state = seed;
  category *c = category_new("R", 0);
  int m = 1 + rnd(3), G = 1 + rnd(3);
  char name[16];
  for (int x = 0; x < m; x++) {
    snprintf(name, sizeof name, "o%d", x);
    category_add_object(c, name, 0);
  }
  int gs[3], gt[3];
  for (int g = 0; g < G; g++) {
    gs[g] = rnd(m);
    gt[g] = rnd(10) < 6 ? gs[g] : rnd(m);
    snprintf(name, sizeof name, "g%d", g);
    category_add_generator(c, name, gs[g], gt[g], 0);
  }
  int w[8], v[8];
  for (int g = 0; g < G; g++)
    if (gs[g] == gt[g]) {
      int k = 2 + rnd(4), l = rnd(k);
      for (int i = 0; i < k; i++) w[i] = g;
      category_add_equation(c, gs[g], w, k, w, l, 0);
    }
  for (int t = rnd(4); t >= 0; t--) {
    int x = rnd(m), lw = 0, y = x;
    for (int len = 1 + rnd(4); lw < len;) {
      int cand[3], nc = 0;
      for (int g = 0; g < G; g++) if (gs[g] == y) cand[nc++] = g;
      if (!nc) break;
      w[lw++] = cand[rnd(nc)];
      y = gt[w[lw - 1]];
    }
    if (!lw) continue;
    for (int tries = 0; tries < 40; tries++) {
      int lv = 0, z = x;
      for (int len = rnd(5); lv < len;) {
        int cand[3], nc = 0;
        for (int g = 0; g < G; g++) if (gs[g] == z) cand[nc++] = g;
        if (!nc) break;
        v[lv++] = cand[rnd(nc)];
        z = gt[v[lv - 1]];
      }
      if (z == y && (lv != lw || memcmp(v, w, (size_t)lw * sizeof *w) != 0)) {
        category_add_equation(c, x, w, lw, v, lv, 0);
        break;
      }
    }
  }
  return c;
}

/* Derive and check; the certificate is returned for further tests. */
static excert *certify(const category *c)
{
  diag_list *d = diag_list_new(10);
  excert *x = NULL;
  CU_ASSERT_EQUAL(exact_derive(c, &x, d), YO_OK);
  if (x) CU_ASSERT_EQUAL(excert_check(c, x, c, d), YO_OK);
  if (diag_count(d)) printf("\n  %s\n", diag_message_at(d, 0));
  diag_list_free(d);
  return x;
}

static yo_status check(const category *c, const excert *x)
{
  diag_list *d = diag_list_new(10);
  yo_status st = excert_check(c, x, NULL, d);
  if (st != YO_OK) CU_ASSERT(diag_count(d) > 0);
  diag_list_free(d);
  return st;
}

static void families(void)
{
  category *cs[] = {coxeter(3, 0), coxeter(5, 0), dihedral(7, 0), dihedral(2, 0),
                    families_simplex(3), band()};
  int sizes[] = {6, 120, 14, 4, 121, 5};
  for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
    CU_ASSERT_EQUAL_FATAL(category_enumerate(cs[i], 100000), YO_OK);
    CU_ASSERT_EQUAL(category_morphism_count(cs[i]), sizes[i]);
    excert *x = certify(cs[i]);
    CU_ASSERT_PTR_NOT_NULL(x);
    if (x) CU_ASSERT(x->nedges > 0);
    excert_free(x);
    /* the opposite: reversed presentation, its own certificate */
    yo_status st = YO_OK;
    category *op = category_opposite(cs[i], 100000, &st);
    CU_ASSERT_PTR_NOT_NULL_FATAL(op);
    diag_list *d = diag_list_new(10);
    CU_ASSERT_EQUAL(exact_check_opposite(cs[i], op, d), YO_OK);
    /* a category is not its own opposite presentation unless symmetric */
    if (i == 4) CU_ASSERT_EQUAL(excert_check_opposite(cs[i], cs[i], d), YO_INTERNAL);
    diag_list_free(d);
    category_free(op);
    category_free(cs[i]);
  }
}

/* Every way of editing a certificate is caught by kernel 7. */
static void tampering(void)
{
  category *c = coxeter(4, 0);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  excert *x = certify(c);
  CU_ASSERT_PTR_NOT_NULL_FATAL(x);
  CU_ASSERT_EQUAL(check(c, x), YO_OK);
  int *fields[] = {x->enode, x->eeq, x->efull, x->egap, x->eto, x->efrom};
  int caught = 0, tries = 0;
  for (int f = 0; f < 6; f++)
    for (int i = 0; i < x->nedges; i += 7) {
      int old = fields[f][i];
      fields[f][i] = f == 2 ? 1 - old : (old + 1) % (f == 1 ? 6 : f == 3 ? 3 : 24);
      if (fields[f][i] == old) continue;
      tries++;
      if (check(c, x) == YO_INTERNAL) caught++;
      fields[f][i] = old;
    }
  /* a changed `at` or `position` may happen to be another valid deduction;
   * everything else must be caught, and most edits are */
  CU_ASSERT(caught >= tries * 3 / 4);
  /* the target of an edge and a normal form: always caught */
  for (int i = 0; i < x->nedges; i++) {
    int old = x->eto[i];
    x->eto[i] = (old + 1) % 24;
    CU_ASSERT_EQUAL(check(c, x), YO_INTERNAL);
    x->eto[i] = old;
  }
  for (int v = 1; v < x->n; v++) {
    int old = x->pgen[v];
    x->pgen[v] = (old + 1) % 3;
    CU_ASSERT_EQUAL(check(c, x), YO_INTERNAL);
    x->pgen[v] = old;
  }
  /* a deduction using an edge deduced after it: swap two ranks */
  if (x->nedges > 10) {
    excert *y = excert_new(x->n);
    memcpy(y->idobj, x->idobj, (size_t)x->n * sizeof(int));
    memcpy(y->parent, x->parent, (size_t)x->n * sizeof(int));
    memcpy(y->pgen, x->pgen, (size_t)x->n * sizeof(int));
    for (int i = x->nedges - 1; i >= 0; i--)
      excert_add_edge(y, x->efrom[i], x->egen[i], x->eto[i], x->enode[i],
                      x->eeq[i], x->efull[i], x->egap[i]);
    CU_ASSERT_EQUAL(check(c, y), YO_INTERNAL);
    excert_free(y);
  }
  /* a missing edge */
  x->nedges--;
  CU_ASSERT_EQUAL(check(c, x), YO_INTERNAL);
  x->nedges++;
  CU_ASSERT_EQUAL(check(c, x), YO_OK);
  excert_free(x);
  category_free(c);
}

/* A certificate of a proper quotient is rejected against the original
 * presentation, and the original's against the quotient. */
static void quotients(void)
{
  category *orig = dihedral(6, 0), *quot = dihedral(6, 3);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(orig, 1000), YO_OK);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(quot, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(quot), 6);
  excert *xo = certify(orig), *xq = certify(quot);
  CU_ASSERT_PTR_NOT_NULL_FATAL(xo);
  CU_ASSERT_PTR_NOT_NULL_FATAL(xq);
  CU_ASSERT_EQUAL(check(orig, xo), YO_OK);
  CU_ASSERT_EQUAL(check(quot, xq), YO_OK);
  /* the quotient's deductions use its extra equation (number 4), which
   * the original does not have: out of range; without them the quotient
   * graph is not derivable from the original equations */
  CU_ASSERT_EQUAL(check(orig, xq), YO_INTERNAL);
  CU_ASSERT_EQUAL(check(quot, xo), YO_INTERNAL);
  excert_free(xo);
  excert_free(xq);
  category_free(orig);
  category_free(quot);

  category *s = coxeter(4, 0), *z = coxeter(4, 1);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(s, 1000), YO_OK);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(z, 1000), YO_OK);
  CU_ASSERT(category_morphism_count(z) < 24);
  excert *xs = certify(s);
  CU_ASSERT_EQUAL(check(z, xs), YO_INTERNAL);
  excert_free(xs);
  category_free(s);
  category_free(z);
}

/* Random finite presentations: a certificate is found and accepted (the
 * replay's stalls are closed by completion lemmas), or a limit is hit
 * (YO_LIMIT, no certificate): never a rejection. */
static void random_presentations(void)
{
  int ok = 0, stall = 0, lemmas = 0;
  for (unsigned seed = 1; seed <= 400; seed++) {
    category *c = random_presentation(seed);
    if (category_enumerate(c, 5000) != YO_OK) {
      category_free(c);
      continue;
    }
    diag_list *d = diag_list_new(10);
    excert *x = NULL;
    yo_status st = exact_derive(c, &x, d);
    CU_ASSERT(st == YO_OK || st == YO_LIMIT);
    if (st == YO_OK) {
      ok++;
      lemmas += x->nlemmas > 0;
      CU_ASSERT_EQUAL(excert_check(c, x, c, d), YO_OK);
    } else {
      stall++;
    }
    excert_free(x);
    diag_list_free(d);
    category_free(c);
  }
  CU_ASSERT(ok >= 340);
  CU_ASSERT(ok + stall >= 340);
  printf("\n  random presentations: %d certified (%d of them with lemmas), "
         "%d not\n", ok, lemmas, stall);
}

/* The XML form: write, read back, check; errors of the reader. */
static void xml_roundtrip(void)
{
  category *c = families_simplex(2);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  excert *x = certify(c);
  CU_ASSERT_PTR_NOT_NULL_FATAL(x);
  char path[] = "/tmp/yoneda-excert-XXXXXX";
  int fd = mkstemp(path);
  CU_ASSERT_FATAL(fd >= 0);
  close(fd);
  diag_list *d = diag_list_new(10);
  long bytes = 0;
  FILE *out = fopen(path, "w");
  CU_ASSERT_PTR_NOT_NULL_FATAL(out);
  CU_ASSERT_EQUAL(excert_write(x, c, out, &bytes, d), YO_OK);
  CU_ASSERT_EQUAL(fclose(out), 0);
  CU_ASSERT(bytes > 100);
  excert *y = NULL;
  CU_ASSERT_EQUAL(excert_read(path, c, &y, d), YO_OK);
  CU_ASSERT_PTR_NOT_NULL_FATAL(y);
  CU_ASSERT_EQUAL(y->n, x->n);
  CU_ASSERT_EQUAL(y->nedges, x->nedges);
  CU_ASSERT_EQUAL(memcmp(y->egap, x->egap, (size_t)x->nedges * sizeof(int)), 0);
  CU_ASSERT_EQUAL(excert_check(c, y, NULL, d), YO_OK);
  excert_free(y);
  /* another category's presentation: refused on reading */
  category *other = band();
  CU_ASSERT_EQUAL(category_enumerate(other, 100), YO_OK);
  diag_list_clear(d);
  CU_ASSERT_EQUAL(excert_read(path, other, &y, d), YO_INVALID);
  CU_ASSERT(diag_count(d) > 0);
  category_free(other);
  /* a wrong count is refused */
  FILE *f = fopen(path, "r");
  char *buf = calloc(1, (size_t)bytes + 1);
  CU_ASSERT_EQUAL((long)fread(buf, 1, (size_t)bytes, f), bytes);
  fclose(f);
  char *p = strstr(buf, "edges=\"");
  CU_ASSERT_PTR_NOT_NULL_FATAL(p);
  p[7] = p[7] == '9' ? '8' : '9';
  f = fopen(path, "w");
  fputs(buf, f);
  fclose(f);
  diag_list_clear(d);
  CU_ASSERT_EQUAL(excert_read(path, c, &y, d), YO_INVALID);
  free(buf);
  remove(path);
  diag_list_free(d);
  excert_free(x);
  category_free(c);
}

static void schema_matches(void)
{
  char *file = fixtures_read_file("../proofs/schema/exact-1.rng");
  CU_ASSERT_PTR_NOT_NULL_FATAL(file);
  CU_ASSERT_STRING_EQUAL(file, excert_schema_rng);
  free(file);
}

/* Kernel 7 directly: Z/2 = <r | r r = 1>, two nodes; the non-tree edge
 * 1 --r--> 0 deduced at node 0 from r r = identity. */
static void kernel_direct(void)
{
  int src[] = {0, 0}, tgt[] = {0, 0}, gsrc[] = {0}, gtgt[] = {0}, gslot[] = {0};
  int ogen[] = {0}, root[] = {0}, next[] = {1, 0}, parent[] = {-1, 0};
  int pgen[] = {-1, 0}, eq_src[] = {0}, woff[] = {0, 2}, wlen[] = {2, 0};
  int wgen[] = {0, 0}, toff[] = {0, 2}, tnode[] = {0, 1}, tpos[] = {0, 1};
  int rank[] = {0, 1}, dnode[] = {-1, 0}, deq[] = {-1, 0}, dside[] = {-1, 1};
  int dgap[] = {-1, 1}, rinv[] = {0}, soff[] = {0};
#define K7 2, 1, 1, 1, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, \
           pgen, 1, 0, 2, eq_src, woff, wlen, wgen, toff, tnode, tpos, 0, soff, \
           NULL, NULL, NULL, NULL, NULL, rank, dnode, deq, dside, dgap, rinv
  CU_ASSERT_EQUAL(kexact_check(K7), 1);
  rank[1] = 0;   /* uses itself (rank not below its own) */
  CU_ASSERT_EQUAL(kexact_check(K7), 0);
  rank[1] = 1;
  dgap[1] = 0;   /* the generator at position 1: the edge 0 --r--> 1 ... */
  CU_ASSERT_EQUAL(kexact_check(K7), 0);
  dgap[1] = 1;
  dside[1] = 0;  /* full side r r from 0: uses the edge being deduced */
  CU_ASSERT_EQUAL(kexact_check(K7), 0);
  dside[1] = 1;
  /* with the gap at 0 and the right inverse, V2 = r traced from next[0] = 1
   * uses edge 1 --r--> (rank 1, not below 1): rejected */
  dgap[1] = 0;
  CU_ASSERT_EQUAL(kexact_check(K7), 0);
  dgap[1] = 1;
  rinv[0] = 1;   /* no equation 1 */
  CU_ASSERT_EQUAL(kexact_check(K7), 0);
  rinv[0] = -1;
  CU_ASSERT_EQUAL(kexact_check(K7), 1);
#undef K7
}

/* Kernel 7 with a lemma: <g | g^5 = 1, g g = 1> is the trivial monoid;
 * the edge 0 --g--> 0 needs the lemma g = 1, proved g -> g g g -> g^5 -> 1
 * (insert g g twice, then g^5 = 1). */
static void kernel_lemmas(void)
{
  int src[] = {0}, tgt[] = {0}, gsrc[] = {0}, gtgt[] = {0}, gslot[] = {0};
  int ogen[] = {0}, root[] = {0}, next[] = {0}, parent[] = {-1}, pgen[] = {-1};
  int toff[] = {0, 1}, tnode[] = {0}, tpos[] = {0};
  /* words: e0 lhs g^5 at 0, e1 lhs g g at 5, lemma lhs g at 7, step words
   * g^3 at 8, g^5 at 11, the empty word at 16 */
  int wgen[16];
  for (int i = 0; i < 16; i++) wgen[i] = 0;
  int eq_src[] = {0, 0, 0}, woff[] = {0, 5, 5, 7, 7, 16};
  int wlen[] = {5, 0, 2, 0, 1, 0};
  int soff[] = {0, 3}, seq[] = {1, 1, 0}, sdir[] = {1, 1, 0};
  int spos[] = {1, 3, 0}, coff[] = {8, 11, 16}, clen[] = {3, 5, 0};
  int rank[] = {1}, dnode[] = {0}, deq[] = {2}, dside[] = {1}, dgap[] = {0};
  int rinv[] = {-1};
  int L = 1;
#define K7L 1, 1, 1, 1, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, \
            pgen, 2, L, 16, eq_src, woff, wlen, wgen, toff, tnode, tpos, 3, \
            soff, seq, sdir, spos, coff, clen, rank, dnode, deq, dside, dgap, rinv
  CU_ASSERT_EQUAL(kexact_check(K7L), 1);
  L = 0;          /* the deduction names a lemma that is not there */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  L = 1;
  seq[1] = 0;     /* a step names the wrong equation */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  seq[1] = 1;
  spos[2] = 1;    /* a position changed: g^5 does not fit after 1 */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  spos[2] = 0;
  seq[0] = 2;     /* a step uses the lemma itself (not an earlier one) */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  seq[0] = 1;
  sdir[2] = 1;    /* the wrong side replaced */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  sdir[2] = 0;
  clen[0] = 2;    /* a word changed (and the next step no longer follows) */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  clen[0] = 3;
  soff[1] = 2;    /* a step dropped: the chain ends at g^5, not at the rhs */
  CU_ASSERT_EQUAL(kexact_check(K7L), 0);
  soff[1] = 3;
  CU_ASSERT_EQUAL(kexact_check(K7L), 1);
#undef K7L
}

/* The producer on a coincidence: <g | g^5 = 1, g g = 1> has one morphism;
 * the replay alone cannot deduce the loop g, the certificate has a lemma
 * and kernel 7 accepts it; the certificate's XML keeps the lemma.  The
 * completion's rule bound gives YO_LIMIT. */
static void coincidence(void)
{
  category *c = category_new("G5", 0);
  category_add_object(c, "x", 0);
  category_add_generator(c, "g", 0, 0, 0);
  int g5[] = {0, 0, 0, 0, 0}, g2[] = {0, 0};
  category_add_equation(c, 0, g5, 5, NULL, 0, 0);
  category_add_equation(c, 0, g2, 2, NULL, 0, 0);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 100), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 1);
  diag_list *d = diag_list_new(10);
  excert *x = NULL;
  CU_ASSERT_EQUAL_FATAL(exact_derive(c, &x, d), YO_OK);
  CU_ASSERT(x->nlemmas >= 1);
  CU_ASSERT_EQUAL(x->nedges, 1);
  CU_ASSERT(x->eeq[0] >= 2);   /* deduced from a lemma */
  CU_ASSERT_EQUAL(excert_check(c, x, c, d), YO_OK);
  /* a lemma step tampered with in the record: rejected, the lemma named */
  x->spos[x->lfirst[1] - 1] += 1;
  diag_list_clear(d);
  CU_ASSERT_EQUAL(excert_check(c, x, c, d), YO_INTERNAL);
  CU_ASSERT(diag_count(d) > 0);
  x->spos[x->lfirst[1] - 1] -= 1;
  excert_free(x);
  /* the completion alone, with a bound of one rule */
  completion *k = NULL;
  diag_list_clear(d);
  CU_ASSERT_EQUAL(completion_run(c, 1, &k, d), YO_LIMIT);
  CU_ASSERT_PTR_NULL(k);
  CU_ASSERT(diag_count(d) > 0);
  CU_ASSERT_EQUAL(completion_run(c, 100, &k, d), YO_OK);
  long alive = 0;
  CU_ASSERT(completion_rules(k, &alive) >= 1);
  CU_ASSERT_EQUAL(alive, 1);   /* the complete system: g -> 1 */
  int gw[] = {0};
  CU_ASSERT_EQUAL(completion_prove(k, 0, gw, 1, NULL, 0), 0);
  completion_free(k);
  diag_list_free(d);
  category_free(c);
}

void test_excert_suite(void)
{
  CU_pSuite s = CU_add_suite("excert", NULL, NULL);
  CU_add_test(s, "kernel_direct", kernel_direct);
  CU_add_test(s, "kernel_lemmas", kernel_lemmas);
  CU_add_test(s, "coincidence", coincidence);
  CU_add_test(s, "schema_matches", schema_matches);
  CU_add_test(s, "families", families);
  CU_add_test(s, "tampering", tampering);
  CU_add_test(s, "quotients", quotients);
  CU_add_test(s, "random_presentations", random_presentations);
  CU_add_test(s, "xml_roundtrip", xml_roundtrip);
}
