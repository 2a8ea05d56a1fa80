/* search_print.h — how a counterexample to a <search> is printed on stdout
 * (`yoneda search`, `yoneda census --check`): the first line
 *   counterexample to search NAME: N objects, M morphisms, E elements
 * then the objects, the non-empty hom-sets, the composition of the
 * non-identity morphisms, the task's sets and maps (with the names
 * search_counterexample_xml gives: objects x0.., morphisms f1.., elements
 * e0..), the hypothesis and conclusion, and in what sense it is smallest.
 *
 * Ownership: nothing is retained; all inputs are borrowed.
 */
#ifndef YONEDA_SEARCH_PRINT_H
#define YONEDA_SEARCH_PRINT_H

#include "solver/search.h"

/* minimal: the element count was minimised to the end; sharded: the
 * answer is the smallest of one shard only (no "smallest" line). */
void search_print_counterexample(const search *s, const property_model *m, int minimal,
                                 int sharded);

#endif
