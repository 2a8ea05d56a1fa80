/* orbit.h — the elements reached from a marked set under a growing list of
 * maps: the universal pairs of a representable task form one orbit of its
 * natural automorphisms, so the direct engine (solver/represent.c, --all)
 * and the checked answer (solver/answer.c) both keep the automorphisms
 * found so far as element tables and mark what they reach from the pairs
 * known to be universal.  Elements are numbered 0..total-1 (an object's
 * offset plus the element's index in its set); a map sends element i to
 * map[i], or nowhere when map[i] < 0.
 *
 * Ownership: the caller owns the orbit struct (orbit_init fills it,
 * orbit_free releases what it holds); a map from orbit_map_new belongs to
 * the caller until orbit_add_map takes it.
 */
#ifndef YONEDA_ORBIT_H
#define YONEDA_ORBIT_H

typedef struct orbit {
  long total;           /* number of elements */
  unsigned char *mark;  /* mark[i]: element i is reached */
  int nmap, capmap;
  int **map;            /* the maps added so far */
  long *queue;          /* work list of orbit_reach */
} orbit;

/* An orbit of total elements with nothing marked and no maps.  0, or -1
 * when out of memory (orbit_free is still to be called). */
int orbit_init(orbit *o, long total);

void orbit_free(orbit *o);

/* A map of total entries, every one -1, with room reserved so that
 * orbit_add_map cannot fail; NULL when out of memory. */
int *orbit_map_new(orbit *o);

/* Add map (from orbit_map_new; the orbit owns it from now on) and mark
 * what every map reaches from the marked elements. */
void orbit_add_map(orbit *o, int *map);

/* Mark element seed (0 <= seed < total) and what the maps reach from it;
 * nothing when it is marked already. */
void orbit_reach(orbit *o, long seed);

#endif
