/* orbit.c — see orbit.h. */
#include "solver/orbit.h"

#include <stdlib.h>
#include <string.h>

int orbit_init(orbit *o, long total)
{
  memset(o, 0, sizeof *o);
  o->total = total;
  o->mark = calloc((size_t)total + 1, 1);
  o->queue = malloc(((size_t)total + 1) * sizeof *o->queue);
  return o->mark && o->queue ? 0 : -1;
}

void orbit_free(orbit *o)
{
  for (int i = 0; i < o->nmap; i++) free(o->map[i]);
  free(o->map);
  free(o->mark);
  free(o->queue);
  memset(o, 0, sizeof *o);
}

int *orbit_map_new(orbit *o)
{
  if (o->nmap == o->capmap) {
    int cap = o->capmap ? 2 * o->capmap : 8;
    int **m = realloc(o->map, (size_t)cap * sizeof *m);
    if (!m) return NULL;
    o->map = m;
    o->capmap = cap;
  }
  int *a = malloc(((size_t)o->total + 1) * sizeof *a);
  if (a)
    for (long i = 0; i < o->total; i++) a[i] = -1;
  return a;
}

/* Mark what the maps reach from the first `tail` elements of the queue. */
static void close_queue(orbit *o, long tail)
{
  long head = 0;
  while (head < tail) {
    long i = o->queue[head++];
    for (int g = 0; g < o->nmap; g++) {
      long j = o->map[g][i];
      if (j >= 0 && j < o->total && !o->mark[j]) {
        o->mark[j] = 1;
        o->queue[tail++] = j;
      }
    }
  }
}

void orbit_add_map(orbit *o, int *map)
{
  o->map[o->nmap++] = map;
  long tail = 0;
  for (long i = 0; i < o->total; i++)
    if (o->mark[i]) o->queue[tail++] = i;
  close_queue(o, tail);
}

void orbit_reach(orbit *o, long seed)
{
  if (o->mark[seed]) return;
  o->mark[seed] = 1;
  o->queue[0] = seed;
  close_queue(o, 1);
}
