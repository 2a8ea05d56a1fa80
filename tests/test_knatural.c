/* test_knatural.c — kernel 5 (proofs/kernel/knatural.h) on hand-built
 * flat arrays (tests/flatcat.h): transformations between Hom(0,-) and the
 * terminal task of the idempotent monoid, natural and not, and a component
 * table out of range. */
#include <CUnit/CUnit.h>

#include "proofs/kernel/knatural.h"
#include "tests/flatcat.h"

void test_knatural_suite(void);

static void natural_valid_and_broken(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  int hsz[1] = {2}, hoff[1] = {0}, hom[2] = {1, 1};     /* Hom(0,-) */
  int tsz[1] = {1}, toff[1] = {0}, term[1] = {0};       /* terminal */
  int aloff[1] = {0};
  int to_term[2] = {0, 0};
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, hsz, hoff, hom, 2, tsz,
                             toff, term, 1, aloff, to_term, 2), 1);
  int pick_e[1] = {1};                                  /* * ↦ e: natural */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, tsz, toff, term, 1, hsz,
                             hoff, hom, 2, aloff, pick_e, 1), 1);
  int pick_id[1] = {0};                                 /* * ↦ id: not */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, tsz, toff, term, 1, hsz,
                             hoff, hom, 2, aloff, pick_id, 1), 0);
  int wild[1] = {2};                                    /* outside Hom */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, tsz, toff, term, 1, hsz,
                             hoff, hom, 2, aloff, wild, 1), 0);
  /* component table too short */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, hsz, hoff, hom, 2, tsz,
                             toff, term, 1, aloff, to_term, 1), 0);
}

void test_knatural_suite(void)
{
  CU_pSuite s = CU_add_suite("knatural", NULL, NULL);
  CU_add_test(s, "natural_valid_and_broken", natural_valid_and_broken);
}
