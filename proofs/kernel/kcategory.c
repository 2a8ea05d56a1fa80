/* kcategory.c — kernel 1 (contracts in kcategory.h).  One loop per
 * function; loop invariants are the header's prefix predicates, and every
 * early `return 0` is preceded by an assertion of what failed. */
#include "proofs/kernel/kcategory.h"

/* ---- ranges ---------------------------------------------------------------- */

int kcat_node_ranges(int n, int m, int G, const int *src, const int *tgt,
                     const int *parent, const int *pgen)
{
  /*@ loop invariant 0 <= f <= n;
      loop invariant kc_node_ranges(n, m, G, src, tgt, parent, pgen, f);
      loop assigns f;
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    if (src[f] < 0 || src[f] >= m || tgt[f] < 0 || tgt[f] >= m ||
        parent[f] < -1 || parent[f] >= n || pgen[f] < -1 || pgen[f] >= G)
      return 0;
  }
  return 1;
}

int kcat_gen_ranges(int m, int G, const int *gsrc, const int *gtgt)
{
  /*@ loop invariant 0 <= g <= G;
      loop invariant kc_gen_ranges(m, gsrc, gtgt, g);
      loop assigns g;
      loop variant G - g; */
  for (int g = 0; g < G; g++) {
    if (gsrc[g] < 0 || gsrc[g] >= m || gtgt[g] < 0 || gtgt[g] >= m)
      return 0;
  }
  return 1;
}

int kcat_root_ranges(int n, int m, const int *root)
{
  /*@ loop invariant 0 <= x <= m;
      loop invariant kc_root_ranges(n, root, x);
      loop assigns x;
      loop variant m - x; */
  for (int x = 0; x < m; x++) {
    if (root[x] < 0 || root[x] >= n) return 0;
  }
  return 1;
}

/*@
  requires 0 <= n && 0 <= k && \valid_read(next + (0 .. k-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_next_ranges(n, next, k);
*/
static int next_ranges(int n, int k, const int *next)
{
  /*@ loop invariant 0 <= i <= k;
      loop invariant kc_next_ranges(n, next, i);
      loop assigns i;
      loop variant k - i; */
  for (int i = 0; i < k; i++) {
    if (next[i] < -1 || next[i] >= n) return 0;
  }
  return 1;
}

/*@
  requires 0 <= D && 0 <= G && \valid_read(gslot + (0 .. G-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_slot_ranges(D, gslot, G);
*/
static int slot_ranges(int D, int G, const int *gslot)
{
  /*@ loop invariant 0 <= g <= G;
      loop invariant kc_slot_ranges(D, gslot, g);
      loop assigns g;
      loop variant G - g; */
  for (int g = 0; g < G; g++) {
    if (gslot[g] < 0 || gslot[g] >= D) return 0;
  }
  return 1;
}

int kcat_ranges(int n, int m, int G, int D, const int *src, const int *tgt,
                const int *gsrc, const int *gtgt,
                const int *gslot, const int *ogen, const int *root,
                const int *next, const int *parent, const int *pgen)
{
  if (!kcat_node_ranges(n, m, G, src, tgt, parent, pgen)) return 0;
  if (!kcat_gen_ranges(m, G, gsrc, gtgt)) return 0;
  if (!slot_ranges(D, G, gslot)) return 0;
  //@ assert 0 <= m*D;
  if (!next_ranges(G, m * D, ogen)) return 0;
  if (!kcat_root_ranges(n, m, root)) return 0;
  //@ assert 0 <= n*D;
  return next_ranges(n, n * D, next);
}

/*@
  requires 0 <= m && 0 <= E && 2*E <= KMODEL_INT_MAX && 0 <= W;
  requires \valid_read(eq_src + (0 .. E-1));
  requires \valid_read(woff + (0 .. 2*E-1)) && \valid_read(wlen + (0 .. 2*E-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kw_eq_ranges(m, W, eq_src, woff, wlen, E);
*/
static int eq_ranges(int m, int E, int W, const int *eq_src, const int *woff,
                     const int *wlen)
{
  /*@ loop invariant 0 <= e <= E;
      loop invariant kw_eq_ranges(m, W, eq_src, woff, wlen, e);
      loop assigns e;
      loop variant E - e; */
  for (int e = 0; e < E; e++) {
    int l = 2 * e, r = 2 * e + 1;
    if (eq_src[e] < 0 || eq_src[e] >= m) return 0;
    if (woff[l] < 0 || wlen[l] < 0 || woff[l] > W - wlen[l]) return 0;
    if (woff[r] < 0 || wlen[r] < 0 || woff[r] > W - wlen[r]) return 0;
  }
  return 1;
}

/*@
  requires 0 <= G && 0 <= W && \valid_read(wgen + (0 .. W-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kw_gen_ranges(G, wgen, W);
*/
static int wgen_ranges(int G, int W, const int *wgen)
{
  /*@ loop invariant 0 <= i <= W;
      loop invariant kw_gen_ranges(G, wgen, i);
      loop assigns i;
      loop variant W - i; */
  for (int i = 0; i < W; i++) {
    if (wgen[i] < 0 || wgen[i] >= G) return 0;
  }
  return 1;
}

int kcat_word_ranges(int m, int G, int E, int W, const int *eq_src,
                     const int *woff, const int *wlen, const int *wgen)
{
  if (!eq_ranges(m, E, W, eq_src, woff, wlen)) return 0;
  return wgen_ranges(G, W, wgen);
}

/* ---- slots ------------------------------------------------------------------ */

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_gen_slots_upto(D, gsrc, gslot, ogen, G);
*/
static int gen_slots(int n, int m, int G, int D, const int *src,
                     const int *tgt, const int *gsrc, const int *gtgt,
                     const int *gslot, const int *ogen, const int *root,
                     const int *next, const int *parent, const int *pgen)
{
  (void)n; (void)m; (void)src; (void)tgt; (void)gtgt; (void)root;
  (void)next; (void)parent; (void)pgen;
  /*@ loop invariant 0 <= g <= G;
      loop invariant kc_gen_slots_upto(D, gsrc, gslot, ogen, g);
      loop assigns g;
      loop variant G - g; */
  for (int g = 0; g < G; g++) {
    int x = gsrc[g];
    //@ assert krow(m, D, x);
    if (ogen[x * D + gslot[g]] != g) {
      //@ assert !kc_gen_slot(D, gsrc, gslot, ogen, g);
      return 0;
    }
  }
  return 1;
}

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires 0 <= x < m;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_ogen_row_upto(D, gsrc, gslot, ogen, x, D);
*/
static int ogen_row(int n, int m, int G, int D, const int *src,
                    const int *tgt, const int *gsrc, const int *gtgt,
                    const int *gslot, const int *ogen, const int *root,
                    const int *next, const int *parent, const int *pgen,
                    int x)
{
  (void)n; (void)m; (void)G; (void)src; (void)tgt; (void)gtgt; (void)root;
  (void)next; (void)parent; (void)pgen;
  //@ assert krow(m, D, x);
  /*@ loop invariant 0 <= k <= D;
      loop invariant kc_ogen_row_upto(D, gsrc, gslot, ogen, x, k);
      loop assigns k;
      loop variant D - k; */
  for (int k = 0; k < D; k++) {
    int g = ogen[x * D + k];
    if (g != -1 && (gsrc[g] != x || gslot[g] != k)) {
      //@ assert !kc_ogen_at(D, gsrc, gslot, ogen, x, k);
      return 0;
    }
  }
  return 1;
}

int kcat_slots(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen)
{
  if (!gen_slots(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                 parent, pgen))
    return 0;
  /*@ loop invariant 0 <= x <= m;
      loop invariant kc_ogen_upto(D, gsrc, gslot, ogen, x);
      loop assigns x;
      loop variant m - x; */
  for (int x = 0; x < m; x++) {
    if (!ogen_row(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, x))
      return 0;
  }
  return 1;
}

/* ---- edges ------------------------------------------------------------------ */

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires 0 <= f < n;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kc_row_upto(D, src, tgt, gtgt, ogen, next, f, D);
*/
static int edge_row(int n, int m, int G, int D, const int *src,
                    const int *tgt, const int *gsrc, const int *gtgt,
                    const int *gslot, const int *ogen, const int *root,
                    const int *next, const int *parent, const int *pgen,
                    int f)
{
  (void)n; (void)m; (void)G; (void)gsrc; (void)gslot; (void)root;
  (void)parent; (void)pgen;
  //@ assert krow(n, D, f);
  int x = tgt[f];
  //@ assert krow(m, D, x);
  /*@ loop invariant 0 <= k <= D;
      loop invariant kc_row_upto(D, src, tgt, gtgt, ogen, next, f, k);
      loop assigns k;
      loop variant D - k; */
  for (int k = 0; k < D; k++) {
    int h = next[f * D + k];
    int g = ogen[x * D + k];
    if (g == -1) {
      if (h != -1) {
        //@ assert !kc_edge(D, src, tgt, gtgt, ogen, next, f, k);
        return 0;
      }
    } else if (h < 0 || src[h] != src[f] || tgt[h] != gtgt[g]) {
      //@ assert !kc_edge(D, src, tgt, gtgt, ogen, next, f, k);
      return 0;
    }
  }
  return 1;
}

int kcat_edges(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen)
{
  /*@ loop invariant 0 <= f <= n;
      loop invariant kc_edges_upto(D, src, tgt, gtgt, ogen, next, f);
      loop assigns f;
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    if (!edge_row(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen, f))
      return 0;
  }
  return 1;
}

/* ---- roots and tree ------------------------------------------------------------ */

int kcat_roots(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen)
{
  (void)n; (void)G; (void)D; (void)gsrc; (void)gtgt; (void)gslot;
  (void)ogen; (void)next; (void)pgen;
  /*@ loop invariant 0 <= x <= m;
      loop invariant kc_roots_upto(src, tgt, root, parent, x);
      loop assigns x;
      loop variant m - x; */
  for (int x = 0; x < m; x++) {
    int r = root[x];
    if (src[r] != x || tgt[r] != x || parent[r] != -1) return 0;
  }
  return 1;
}

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires 0 <= f < n;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_tree_node(G, D, src, tgt, gsrc, gslot, root, next, parent, pgen,
                        f);
*/
static int tree_node(int n, int m, int G, int D, const int *src, const int *tgt,
                     const int *gsrc, const int *gtgt,
                     const int *gslot, const int *ogen, const int *root,
                     const int *next, const int *parent, const int *pgen,
                     int f)
{
  (void)n; (void)m; (void)G; (void)gtgt; (void)ogen;
  int p = parent[f];
  if (p == -1) return pgen[f] == -1 && root[src[f]] == f;
  if (p < 0 || p >= f || pgen[f] < 0) return 0;
  int g = pgen[f];
  if (tgt[p] != gsrc[g]) return 0;
  //@ assert krow(n, D, p);
  return next[p * D + gslot[g]] == f;
}

int kcat_tree(int n, int m, int G, int D, const int *src, const int *tgt,
              const int *gsrc, const int *gtgt,
              const int *gslot, const int *ogen, const int *root,
              const int *next, const int *parent, const int *pgen)
{
  /*@ loop invariant 0 <= f <= n;
      loop invariant kc_tree_upto(G, D, src, tgt, gsrc, gslot, root, next,
                                  parent, pgen, f);
      loop assigns f;
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    if (!tree_node(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen, f))
      return 0;
  }
  return 1;
}

/* ---- equations --------------------------------------------------------------- */

int kcat_trace(int n, int G, int D, const int *tgt, const int *gsrc,
               const int *gslot, const int *next, const int *wgen, int i,
               int j, int f)
{
  (void)n; (void)G;
  int cur = f;
  /*@ loop invariant i <= k <= j;
      loop invariant -1 <= cur < n;
      loop invariant ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, f) ==
                     ktrace(next, D, tgt, gsrc, gslot, wgen, k, j, cur);
      loop assigns k, cur;
      loop variant j - k; */
  for (int k = i; k < j; k++) {
    if (cur < 0) return -1;
    int g = wgen[k];
    if (tgt[cur] != gsrc[g]) return -1;
    //@ assert krow(n, D, cur);
    cur = next[cur * D + gslot[g]];
  }
  return cur;
}

/* ---- the index of the nodes by target ------------------------------------------ */

/*@
  // the place of a node in the index holds that node (kx_pos, one node)
  lemma kx_pos_node{L}: \forall integer n, int *tgt, int *toff, int *tnode,
                                int *tpos, integer f;
    kx_pos_upto(n, tgt, toff, tnode, tpos, n) && 0 <= f < n ==>
      tnode[tpos[f]] == f &&
      toff[tgt[f]] <= tpos[f] < toff[tgt[f]+1];
*/

/*@
  requires 0 <= n && 0 <= m && \valid_read(toff + (0 .. m));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kx_blocks_upto(n, toff, m);
*/
static int index_blocks(int n, int m, const int *toff)
{
  /*@ loop invariant 0 <= x <= m;
      loop invariant kx_blocks_upto(n, toff, x);
      loop assigns x;
      loop variant m - x; */
  for (int x = 0; x < m; x++) {
    if (toff[x] < 0 || toff[x + 1] > n) return 0;
  }
  return 1;
}

/*@
  requires 0 <= n && \valid_read(tnode + (0 .. n-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kx_nodes_upto(n, tnode, n);
*/
static int index_nodes(int n, const int *tnode)
{
  /*@ loop invariant 0 <= i <= n;
      loop invariant kx_nodes_upto(n, tnode, i);
      loop assigns i;
      loop variant n - i; */
  for (int i = 0; i < n; i++) {
    if (tnode[i] < 0 || tnode[i] >= n) return 0;
  }
  return 1;
}

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kx_pos_upto(n, tgt, toff, tnode, tpos, n);
*/
static int index_pos(int n, int m, int G, int D, const int *src,
                     const int *tgt, const int *gsrc, const int *gtgt,
                     const int *gslot, const int *ogen, const int *root,
                     const int *next, const int *parent, const int *pgen,
                     const int *toff, const int *tnode, const int *tpos)
{
  (void)m; (void)G; (void)D; (void)src; (void)gsrc; (void)gtgt; (void)gslot;
  (void)ogen; (void)root; (void)next; (void)parent; (void)pgen;
  /*@ loop invariant 0 <= f <= n;
      loop invariant kx_pos_upto(n, tgt, toff, tnode, tpos, f);
      loop assigns f;
      loop variant n - f; */
  for (int f = 0; f < n; f++) {
    int p = tpos[f], x = tgt[f];
    if (p < 0 || p >= n || tnode[p] != f || p < toff[x] || p >= toff[x + 1]) {
      //@ assert !kx_pos(n, tgt, toff, tnode, tpos, f);
      return 0;
    }
  }
  return 1;
}

int kcat_index(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen,
               const int *toff, const int *tnode, const int *tpos)
{
  if (!index_blocks(n, m, toff)) return 0;
  if (!index_nodes(n, tnode)) return 0;
  return index_pos(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                   parent, pgen, toff, tnode, tpos);
}

/* ---- equations --------------------------------------------------------------- */

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  requires 0 <= e < E;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                            wgen, e, n);
*/
static int equation_everywhere(int n, int m, int G, int D, const int *src,
                               const int *tgt, const int *gsrc,
                               const int *gtgt, const int *gslot,
                               const int *ogen, const int *root,
                               const int *next, const int *parent,
                               const int *pgen, int E, int W,
                               const int *eq_src, const int *woff,
                               const int *wlen, const int *wgen,
                               const int *toff, const int *tnode,
                               const int *tpos, int e)
{
  (void)m; (void)src; (void)gtgt; (void)ogen; (void)root; (void)parent;
  (void)pgen; (void)E; (void)W; (void)tpos;
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int x = eq_src[e];
  int li = woff[2 * e], lj = woff[2 * e] + wlen[2 * e];
  int ri = woff[2 * e + 1], rj = woff[2 * e + 1] + wlen[2 * e + 1];
  int lo = toff[x], hi0 = toff[x + 1];
  int hi = hi0 < lo ? lo : hi0;
  /*@ loop invariant lo <= i <= hi;
      loop invariant \forall integer i2; lo <= i2 < i ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e,
                 tnode[i2]);
      loop assigns i;
      loop variant hi - i; */
  for (int i = lo; i < hi; i++) {
    int f = tnode[i];
    if (tgt[f] != x) continue;
    int l = kcat_trace(n, G, D, tgt, gsrc, gslot, next, wgen, li, lj, f);
    int r = kcat_trace(n, G, D, tgt, gsrc, gslot, next, wgen, ri, rj, f);
    if (l < 0 || l != r) {
      //@ assert !kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f);
      return 0;
    }
  }
  /*@ assert \forall integer f; 0 <= f < n ==>
        kx_pos(n, tgt, toff, tnode, tpos, f); */
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        toff[x] <= tpos[f] < toff[x+1]; */
  //@ assert lo == toff[x] && hi0 == toff[x+1] && hi0 <= hi;
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        lo <= tpos[f] < hi; */
  //@ assert \forall integer f; 0 <= f < n ==> tnode[tpos[f]] == f;
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e,
                 tnode[tpos[f]]); */
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f); */
  /*@ assert \forall integer f; 0 <= f < n ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f); */
  return 1;
}

/* ---- equations whose sides are powers of one generator ------------------------ */

/* An equation g^a = g^b (b = 0 included: r^n = 1) traced from every node
 * costs O(nodes x (a+b)): quadratic when both grow with the file (Z_n as
 * <r | r^n>).  Such a side commutes with the step along g (g^a g = g g^a),
 * so when node f is the step along g of the node visited just before it,
 * both ends follow from that node's ends in one step each.  The caller
 * orders each block of the index along the g-orbits (an untrusted hint:
 * any other order is still checked, only slower). */

/*@
  // one step along generator g from node y (the step of ktrace)
  logic integer kstep{L}(int *next, integer D, int *tgt, int *gsrc,
                         int *gslot, integer g, integer y) =
    y < 0 ? -1 : (tgt[y] != gsrc[g] ? -1 : next[y*D + gslot[g]]);

  predicate kw_uniform{L}(int *wgen, integer i, integer j, integer g) =
    \forall integer k; i <= k < j ==> wgen[k] == g;

  lemma ktrace_minus{L}: \forall int *next, integer D, int *tgt, int *gsrc,
                                 int *gslot, int *wgen, integer i, j;
    ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, -1) == -1;

  lemma ktrace_unfold{L}: \forall int *next, integer D, int *tgt, int *gsrc,
                                  int *gslot, int *wgen, integer i, j, y;
    i < j ==>
      ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, y) ==
      ktrace(next, D, tgt, gsrc, gslot, wgen, i + 1, j,
             kstep(next, D, tgt, gsrc, gslot, wgen[i], y));
*/

/* A power of g commutes with the step along g (induction on the length,
 * done by the loop; the function computes nothing). */
/*@
  requires 0 <= i <= j;
  requires kw_uniform(wgen, i, j, g);
  assigns  \nothing;
  ensures  \forall integer y;
             ktrace(next, D, tgt, gsrc, gslot, wgen, i, j,
                    kstep(next, D, tgt, gsrc, gslot, g, y)) ==
             kstep(next, D, tgt, gsrc, gslot, g,
                   ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, y));
*/
static void power_commutes(int D, const int *tgt, const int *gsrc,
                           const int *gslot, const int *next,
                           const int *wgen, int i, int j, int g)
{
  (void)D; (void)tgt; (void)gsrc; (void)gslot; (void)next; (void)wgen;
  (void)g;
  /*@ loop invariant i <= k <= j;
      loop invariant \forall integer y;
        ktrace(next, D, tgt, gsrc, gslot, wgen, k, j,
               kstep(next, D, tgt, gsrc, gslot, g, y)) ==
        kstep(next, D, tgt, gsrc, gslot, g,
              ktrace(next, D, tgt, gsrc, gslot, wgen, k, j, y));
      loop assigns k;
      loop variant k - i; */
  for (int k = j; k > i; k--) {
    /*@ assert \forall integer y;
          ktrace(next, D, tgt, gsrc, gslot, wgen, k - 1, j, y) ==
          ktrace(next, D, tgt, gsrc, gslot, wgen, k, j,
                 kstep(next, D, tgt, gsrc, gslot, g, y)); */
  }
}

/* The step along g from node y (kstep).  With one != 0 every node's target
 * is the source of g (a one-object category), so the check of the target,
 * a random load per letter, is skipped. */
/*@
  requires 0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX;
  requires \valid_read(next + (0 .. n*D-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gslot + (0 .. G-1));
  requires kc_next_ranges(n, next, n*D) && kc_slot_ranges(D, gslot, G);
  requires 0 <= g < G && -1 <= y < n;
  requires one != 0 ==> \forall integer z; 0 <= z < n ==> tgt[z] == gsrc[g];
  assigns  \nothing;
  ensures  \result == kstep(next, D, tgt, gsrc, gslot, g, y);
  ensures  -1 <= \result < n;
*/
static int step_along(int n, int G, int D, const int *tgt, const int *gsrc,
                      const int *gslot, const int *next, int one, int g, int y)
{
  (void)n; (void)G;
  if (y < 0) return -1;
  if (!one && tgt[y] != gsrc[g]) return -1;
  //@ assert tgt[y] == gsrc[g];
  //@ assert krow(n, D, y);
  return next[y * D + gslot[g]];
}

/* A trace splits at any middle position m (induction on m - a, done by
 * the loop; the function computes nothing). */
/*@
  requires a <= m <= b;
  assigns  \nothing;
  ensures  \forall integer y;
             ktrace(next, D, tgt, gsrc, gslot, wgen, a, b, y) ==
             ktrace(next, D, tgt, gsrc, gslot, wgen, m, b,
                    ktrace(next, D, tgt, gsrc, gslot, wgen, a, m, y));
*/
static void trace_split(int D, const int *tgt, const int *gsrc,
                        const int *gslot, const int *next, const int *wgen,
                        int a, int m, int b)
{
  (void)D; (void)tgt; (void)gsrc; (void)gslot; (void)next; (void)wgen;
  (void)b;
  /*@ loop invariant a <= k <= m;
      loop invariant \forall integer y;
        ktrace(next, D, tgt, gsrc, gslot, wgen, k, b, y) ==
        ktrace(next, D, tgt, gsrc, gslot, wgen, m, b,
               ktrace(next, D, tgt, gsrc, gslot, wgen, k, m, y));
      loop assigns k;
      loop variant k - a; */
  for (int k = m; k > a; k--) {
    /*@ assert \forall integer y;
          ktrace(next, D, tgt, gsrc, gslot, wgen, k - 1, m, y) ==
          ktrace(next, D, tgt, gsrc, gslot, wgen, k, m,
                 kstep(next, D, tgt, gsrc, gslot, wgen[k - 1], y)); */
    /*@ assert \forall integer y;
          ktrace(next, D, tgt, gsrc, gslot, wgen, k - 1, b, y) ==
          ktrace(next, D, tgt, gsrc, gslot, wgen, k, b,
                 kstep(next, D, tgt, gsrc, gslot, wgen[k - 1], y)); */
  }
}

/* Within a power of g the trace depends only on the length: shifted by
 * d it is the same (induction on b - a; computes nothing). */
/*@
  requires i <= a <= b && 0 <= d && b + d <= j;
  requires kw_uniform(wgen, i, j, g);
  assigns  \nothing;
  ensures  \forall integer y;
             ktrace(next, D, tgt, gsrc, gslot, wgen, a, b, y) ==
             ktrace(next, D, tgt, gsrc, gslot, wgen, a + d, b + d, y);
*/
static void power_shift(int D, const int *tgt, const int *gsrc,
                        const int *gslot, const int *next, const int *wgen,
                        int i, int j, int g, int a, int b, int d)
{
  (void)D; (void)tgt; (void)gsrc; (void)gslot; (void)next; (void)wgen;
  (void)i; (void)j; (void)g; (void)d;
  /*@ loop invariant a <= k <= b;
      loop invariant \forall integer y;
        ktrace(next, D, tgt, gsrc, gslot, wgen, k, b, y) ==
        ktrace(next, D, tgt, gsrc, gslot, wgen, k + d, b + d, y);
      loop assigns k;
      loop variant k - a; */
  for (int k = b; k > a; k--) {
    //@ assert wgen[k - 1] == g && wgen[k - 1 + d] == g;
    /*@ assert \forall integer y;
          ktrace(next, D, tgt, gsrc, gslot, wgen, k - 1, b, y) ==
          ktrace(next, D, tgt, gsrc, gslot, wgen, k, b,
                 kstep(next, D, tgt, gsrc, gslot, g, y)); */
    /*@ assert \forall integer y;
          ktrace(next, D, tgt, gsrc, gslot, wgen, k - 1 + d, b + d, y) ==
          ktrace(next, D, tgt, gsrc, gslot, wgen, k + d, b + d,
                 kstep(next, D, tgt, gsrc, gslot, g, y)); */
  }
}

/* The trace of the power of g wgen[i .. j-1] from node f: letter by
 * letter, but once the walk is back at f, d letters after the last place s
 * where it was at f, the next d letters lead from f to f again and are
 * skipped, doubling d while the skip fits (a walk round a cycle of length c
 * through f takes O(c log(j - i)) steps).  A node that g fixes, or on a
 * short g-cycle (a non-invertible a with a g = a, or a g g = a, makes many
 * such nodes, each its own orbit), cost O(j - i) each before. */
/*@
  requires 0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX;
  requires \valid_read(next + (0 .. n*D-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gslot + (0 .. G-1));
  requires kc_next_ranges(n, next, n*D) && kc_slot_ranges(D, gslot, G);
  requires 0 <= g < G && 0 <= i <= j && 0 <= f < n;
  requires \valid_read(wgen + (i .. j-1)) && kw_uniform(wgen, i, j, g);
  assigns  \nothing;
  ensures  \result == ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, f);
  ensures  -1 <= \result < n;
*/
static int power_trace(int n, int G, int D, const int *tgt, const int *gsrc,
                       const int *gslot, const int *next, const int *wgen,
                       int i, int j, int g, int f)
{
  int y = f, k = i, s = i;
  /*@ loop invariant i <= s <= k <= j && -1 <= y < n;
      loop invariant y == ktrace(next, D, tgt, gsrc, gslot, wgen, s, k, f);
      loop invariant ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, f) ==
                     ktrace(next, D, tgt, gsrc, gslot, wgen, k, j, y);
      loop assigns k, y, s;
      loop variant j - k; */
  while (k < j) {
    if (y == f && k > s) {
      int d = k - s;
      if (d <= j - k) {
        /* the d letters from s led f back to f: so do the next d */
        power_shift(D, tgt, gsrc, gslot, next, wgen, i, j, g, s, k, d);
        //@ assert ktrace(next, D, tgt, gsrc, gslot, wgen, k, k + d, f) == f;
        trace_split(D, tgt, gsrc, gslot, next, wgen, k, k + d, j);
        trace_split(D, tgt, gsrc, gslot, next, wgen, s, k, k + d);
        //@ assert ktrace(next, D, tgt, gsrc, gslot, wgen, s, k + d, f) == f;
        k += d;
        continue;
      }
      s = k;
    }
    //@ assert wgen[k] == g;
    trace_split(D, tgt, gsrc, gslot, next, wgen, s, k, k + 1);
    /*@ assert ktrace(next, D, tgt, gsrc, gslot, wgen, k, k + 1, y) ==
          kstep(next, D, tgt, gsrc, gslot, g, y); */
    /*@ assert ktrace(next, D, tgt, gsrc, gslot, wgen, k, j, y) ==
          ktrace(next, D, tgt, gsrc, gslot, wgen, k + 1, j,
                 kstep(next, D, tgt, gsrc, gslot, g, y)); */
    y = step_along(n, G, D, tgt, gsrc, gslot, next, 0, g, y);
    k++;
  }
  return y;
}

/* 1 iff wgen[i .. j-1] is a power of g. */
/*@
  requires 0 <= i <= j && \valid_read(wgen + (i .. j-1));
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==> kw_uniform(wgen, i, j, g);
*/
static int word_uniform(const int *wgen, int i, int j, int g)
{
  /*@ loop invariant i <= k <= j;
      loop invariant kw_uniform(wgen, i, k, g);
      loop assigns k;
      loop variant j - k; */
  for (int k = i; k < j; k++)
    if (wgen[k] != g) return 0;
  return 1;
}

/* The nodes tnode[lo .. hi-1] with target x = eq_src[e]: 1 iff equation
 * e holds at each of them, 0 at the first where it fails. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  requires 0 <= e < E && 0 <= g < G;
  requires 0 <= lo <= hi && (lo < hi ==> hi <= n);
  requires li == woff[2*e] && lj == woff[2*e] + wlen[2*e];
  requires ri == woff[2*e+1] && rj == woff[2*e+1] + wlen[2*e+1];
  requires kw_uniform(wgen, li, lj, g) && kw_uniform(wgen, ri, rj, g);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer i2; lo <= i2 < hi ==>
             kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e,
                      tnode[i2]);
  ensures  \result == 0 ==> \exists integer f; 0 <= f < n &&
             !kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen,
                       e, f);
*/
static int power_block(int n, int m, int G, int D, const int *src,
                       const int *tgt, const int *gsrc,
                       const int *gtgt, const int *gslot,
                       const int *ogen, const int *root,
                       const int *next, const int *parent,
                       const int *pgen, int E, int W,
                       const int *eq_src, const int *woff,
                       const int *wlen, const int *wgen,
                       const int *toff, const int *tnode,
                       const int *tpos, int e, int g, int lo, int hi,
                       int li, int lj, int ri, int rj)
{
  (void)m; (void)src; (void)gtgt; (void)ogen; (void)root; (void)parent;
  (void)pgen; (void)E; (void)W; (void)toff; (void)tpos; (void)woff;
  (void)wlen;
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int x = eq_src[e];
  power_commutes(D, tgt, gsrc, gslot, next, wgen, li, lj, g);
  power_commutes(D, tgt, gsrc, gslot, next, wgen, ri, rj, g);
  int pf = -1, pl = -1, pr = -1;   /* the node visited before, its ends */
  /*@ loop invariant lo <= i <= hi;
      loop invariant \forall integer i2; lo <= i2 < i ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e,
                 tnode[i2]);
      loop invariant -1 <= pf < n && -1 <= pl < n && -1 <= pr < n;
      loop invariant pf >= 0 ==>
        pl == ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, pf) &&
        pr == ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, pf);
      loop assigns i, pf, pl, pr;
      loop variant hi - i; */
  for (int i = lo; i < hi; i++) {
    int f = tnode[i];
    if (tgt[f] != x) continue;
    int l, r;
    if (pf >= 0 && step_along(n, G, D, tgt, gsrc, gslot, next, 0, g, pf) == f) {
      l = step_along(n, G, D, tgt, gsrc, gslot, next, 0, g, pl);
      r = step_along(n, G, D, tgt, gsrc, gslot, next, 0, g, pr);
      //@ assert l == ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f);
      //@ assert r == ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f);
    } else {
      l = power_trace(n, G, D, tgt, gsrc, gslot, next, wgen, li, lj, g, f);
      r = power_trace(n, G, D, tgt, gsrc, gslot, next, wgen, ri, rj, g, f);
    }
    if (l < 0 || l != r) {
      //@ assert !kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f);
      return 0;
    }
    pf = f; pl = l; pr = r;
  }
  return 1;
}

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  requires 0 <= e < E && 0 <= g < G;
  requires kw_uniform(wgen, woff[2*e], woff[2*e] + wlen[2*e], g);
  requires kw_uniform(wgen, woff[2*e+1], woff[2*e+1] + wlen[2*e+1], g);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                            wgen, e, n);
*/
static int equation_power(int n, int m, int G, int D, const int *src,
                          const int *tgt, const int *gsrc,
                          const int *gtgt, const int *gslot,
                          const int *ogen, const int *root,
                          const int *next, const int *parent,
                          const int *pgen, int E, int W,
                          const int *eq_src, const int *woff,
                          const int *wlen, const int *wgen,
                          const int *toff, const int *tnode,
                          const int *tpos, int e, int g)
{
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int x = eq_src[e];
  int li = woff[2 * e], lj = woff[2 * e] + wlen[2 * e];
  int ri = woff[2 * e + 1], rj = woff[2 * e + 1] + wlen[2 * e + 1];
  int lo = toff[x], hi0 = toff[x + 1];
  int hi = hi0 < lo ? lo : hi0;
  if (!power_block(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                   parent, pgen, E, W, eq_src, woff, wlen, wgen, toff, tnode,
                   tpos, e, g, lo, hi, li, lj, ri, rj))
    return 0;
  /*@ assert \forall integer f; 0 <= f < n ==>
        kx_pos(n, tgt, toff, tnode, tpos, f); */
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        toff[x] <= tpos[f] < toff[x+1]; */
  //@ assert lo == toff[x] && hi0 == toff[x+1] && hi0 <= hi;
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        lo <= tpos[f] < hi; */
  //@ assert \forall integer f; 0 <= f < n ==> tnode[tpos[f]] == f;
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e,
                 tnode[tpos[f]]); */
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f); */
  /*@ assert \forall integer f; 0 <= f < n ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f); */
  return 1;
}

/* Equation e at every node: along the g-orbits when both sides are powers
 * of one generator g and together at least KCAT_POWER_MIN letters long,
 * else by tracing both sides from every node. */
#define KCAT_POWER_MIN 32

/* Nodes whose short equations are traced together (lanes_meet). */
#define KCAT_LANES 32

/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  requires 0 <= e < E;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 <==>
           kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                            wgen, e, n);
*/
static int equation_ok(int n, int m, int G, int D, const int *src,
                       const int *tgt, const int *gsrc, const int *gtgt,
                       const int *gslot, const int *ogen, const int *root,
                       const int *next, const int *parent, const int *pgen,
                       int E, int W, const int *eq_src, const int *woff,
                       const int *wlen, const int *wgen, const int *toff,
                       const int *tnode, const int *tpos, int e)
{
  //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
  int li = woff[2 * e], ll = wlen[2 * e];
  int ri = woff[2 * e + 1], rl = wlen[2 * e + 1];
  if (ll >= KCAT_POWER_MIN - rl) {
    int g = ll > 0 ? wgen[li] : wgen[ri];
    if (word_uniform(wgen, li, li + ll, g) &&
        word_uniform(wgen, ri, ri + rl, g))
      return equation_power(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen,
                            root, next, parent, pgen, E, W, eq_src, woff,
                            wlen, wgen, toff, tnode, tpos, e, g);
  }
  return equation_everywhere(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen,
                             root, next, parent, pgen, E, W, eq_src, woff,
                             wlen, wgen, toff, tnode, tpos, e);
}

/* ---- the equations on a typed graph, node by node in lockstep --------------- */

/* Tracing a side costs one random access into next per letter; on a large
 * category the table outgrows the cache and every step waits for memory.
 * So the short equations (fewer than KCAT_POWER_MIN letters: all but the
 * long powers) are checked node by node: four nodes at a time, each
 * equation traced from the four in lockstep (four independent chains of
 * loads, whose cache misses overlap), and all the equations of a run with
 * one source object one after the other on the same four nodes (their
 * first steps share rows).  The long equations keep the
 * equation-by-equation check above. */

/*@
  // equation e is short (checked node by node)
  predicate kc_short(int *wlen, integer e) =
    wlen[2*e] + wlen[2*e+1] < KCAT_POWER_MIN;

  // the short equations e0 <= e < e1 at object x hold at node f
  predicate kc_node_eqs{L}(integer D, int *tgt, int *gsrc, int *gslot,
                           int *next, int *eq_src, int *woff, int *wlen,
                           int *wgen, integer x, integer f, integer e0,
                           integer e1) =
    \forall integer e; e0 <= e < e1 && eq_src[e] == x && kc_short(wlen, e) ==>
      kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f);
*/

/* One step of a trace: ktrace unfolded once (a lemma; computes nothing). */
/*@
  requires i < j;
  assigns  \nothing;
  ensures  ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, y) ==
           ktrace(next, D, tgt, gsrc, gslot, wgen, i + 1, j,
                  kstep(next, D, tgt, gsrc, gslot, wgen[i], y));
*/
static void trace_unfold(int D, const int *tgt, const int *gsrc,
                         const int *gslot, const int *next, const int *wgen,
                         int i, int j, int y)
{
  (void)D; (void)tgt; (void)gsrc; (void)gslot; (void)next; (void)wgen;
  (void)i; (void)j; (void)y;
}

/* A trace along no letter stays where it is (a lemma; computes nothing). */
/*@
  requires j <= i;
  assigns  \nothing;
  ensures  ktrace(next, D, tgt, gsrc, gslot, wgen, i, j, c) == c;
*/
static void trace_end(int D, const int *tgt, const int *gsrc,
                      const int *gslot, const int *next, const int *wgen,
                      int i, int j, int c)
{
  (void)D; (void)tgt; (void)gsrc; (void)gslot; (void)next; (void)wgen;
  (void)i; (void)j; (void)c;
}

/*@
  // every node's target is every generator's source (one object)
  predicate kc_one{L}(integer n, integer G, int *tgt, int *gsrc) =
    (\forall integer z; 0 <= z < n ==> tgt[z] == 0) &&
    (\forall integer g; 0 <= g < G ==> gsrc[g] == 0);
*/

/*@
  // both words wgen[li .. lj-1] and wgen[ri .. rj-1] lead from node f to
  // one node (not -1)
  predicate kc_meet{L}(int *next, integer D, int *tgt, int *gsrc,
                       int *gslot, int *wgen, integer li, integer lj,
                       integer ri, integer rj, integer f) =
    0 <= ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f) &&
    ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f) ==
    ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f);
*/

/* The words wgen[li .. lj-1] and wgen[ri .. rj-1] from the c nodes
 * tnode[i0 .. i0+c-1] (c <= KCAT_LANES): 1 iff each node reaches one node
 * (not -1) along both.  The lanes advance one letter at a time together:
 * their table reads do not depend on each other, so the processor overlaps
 * their cache misses (the tables of large categories do not fit in the
 * cache; one lane at a time waits for every miss in turn). */
/*@
  requires 0 <= n && 0 <= G && 0 <= D && n*D <= KMODEL_INT_MAX;
  requires \valid_read(next + (0 .. n*D-1)) && \valid_read(tgt + (0 .. n-1));
  requires \valid_read(gsrc + (0 .. G-1)) && \valid_read(gslot + (0 .. G-1));
  requires kc_next_ranges(n, next, n*D) && kc_slot_ranges(D, gslot, G);
  requires 0 <= li <= lj && \valid_read(wgen + (li .. lj-1));
  requires \forall integer k; li <= k < lj ==> 0 <= wgen[k] < G;
  requires 0 <= ri <= rj && \valid_read(wgen + (ri .. rj-1));
  requires \forall integer k; ri <= k < rj ==> 0 <= wgen[k] < G;
  requires 0 <= i0 && 0 <= c <= KCAT_LANES && i0 + c <= KMODEL_INT_MAX;
  requires \valid_read(tnode + (i0 .. i0+c-1));
  requires \forall integer q; i0 <= q < i0 + c ==> 0 <= tnode[q] < n;
  requires one != 0 ==> kc_one(n, G, tgt, gsrc);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer q; i0 <= q < i0 + c ==>
             kc_meet(next, D, tgt, gsrc, gslot, wgen, li, lj, ri, rj, tnode[q]);
  ensures  \result == 0 ==> \exists integer q; i0 <= q < i0 + c &&
             !kc_meet(next, D, tgt, gsrc, gslot, wgen, li, lj, ri, rj, tnode[q]);
*/
static int lanes_meet(int n, int G, int D, const int *tgt, const int *gsrc,
                      const int *gslot, const int *next, const int *wgen,
                      int one, int li, int lj, int ri, int rj,
                      const int *tnode, int i0, int c)
{
  (void)n; (void)G;
  int f0[KCAT_LANES];                 /* the lanes' nodes */
  int a[KCAT_LANES], b[KCAT_LANES];   /* the walks along the two words */
  /*@ loop invariant 0 <= q <= c;
      loop invariant \forall integer q2; 0 <= q2 < q ==>
        f0[q2] == tnode[i0 + q2] && 0 <= f0[q2] < n &&
        a[q2] == f0[q2] && b[q2] == f0[q2];
      loop assigns q, f0[0 .. KCAT_LANES-1], a[0 .. KCAT_LANES-1],
                   b[0 .. KCAT_LANES-1];
      loop variant c - q; */
  for (int q = 0; q < c; q++) {
    f0[q] = tnode[i0 + q];
    a[q] = f0[q];
    b[q] = f0[q];
  }
  /*@ loop invariant li <= k <= lj;
      loop invariant \forall integer q2; 0 <= q2 < c ==>
        -1 <= a[q2] < n &&
        ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f0[q2]) ==
        ktrace(next, D, tgt, gsrc, gslot, wgen, k, lj, a[q2]);
      loop assigns k, a[0 .. KCAT_LANES-1];
      loop variant lj - k; */
  for (int k = li; k < lj; k++) {
    int g = wgen[k], s = gslot[g], gs = gsrc[g];
    if (one) {   /* no target to check (kc_one) */
      /*@ loop invariant 0 <= q <= c;
          loop invariant \forall integer q2; 0 <= q2 < c ==>
            -1 <= a[q2] < n;
          loop invariant \forall integer q2; 0 <= q2 < q ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k + 1, lj, a[q2]);
          loop invariant \forall integer q2; q <= q2 < c ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k, lj, a[q2]);
          loop assigns q, a[0 .. KCAT_LANES-1];
          loop variant c - q; */
      for (int q = 0; q < c; q++) {
        int y = a[q], z = -1;
        if (y >= 0) {
          //@ assert krow(n, D, y);
          z = next[y * D + s];
        }
        //@ assert z == kstep(next, D, tgt, gsrc, gslot, g, y);
        trace_unfold(D, tgt, gsrc, gslot, next, wgen, k, lj, y);
        a[q] = z;
      }
    } else {
      /*@ loop invariant 0 <= q <= c;
          loop invariant \forall integer q2; 0 <= q2 < c ==>
            -1 <= a[q2] < n;
          loop invariant \forall integer q2; 0 <= q2 < q ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k + 1, lj, a[q2]);
          loop invariant \forall integer q2; q <= q2 < c ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k, lj, a[q2]);
          loop assigns q, a[0 .. KCAT_LANES-1];
          loop variant c - q; */
      for (int q = 0; q < c; q++) {
        int y = a[q], z = -1;
        if (y >= 0 && tgt[y] == gs) {
          //@ assert krow(n, D, y);
          z = next[y * D + s];
        }
        //@ assert z == kstep(next, D, tgt, gsrc, gslot, g, y);
        trace_unfold(D, tgt, gsrc, gslot, next, wgen, k, lj, y);
        a[q] = z;
      }
    }
  }
  /*@ loop invariant ri <= k <= rj;
      loop invariant \forall integer q2; 0 <= q2 < c ==>
        -1 <= b[q2] < n &&
        ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f0[q2]) ==
        ktrace(next, D, tgt, gsrc, gslot, wgen, k, rj, b[q2]);
      loop assigns k, b[0 .. KCAT_LANES-1];
      loop variant rj - k; */
  for (int k = ri; k < rj; k++) {
    int g = wgen[k], s = gslot[g], gs = gsrc[g];
    if (one) {   /* no target to check (kc_one) */
      /*@ loop invariant 0 <= q <= c;
          loop invariant \forall integer q2; 0 <= q2 < c ==>
            -1 <= b[q2] < n;
          loop invariant \forall integer q2; 0 <= q2 < q ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k + 1, rj, b[q2]);
          loop invariant \forall integer q2; q <= q2 < c ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k, rj, b[q2]);
          loop assigns q, b[0 .. KCAT_LANES-1];
          loop variant c - q; */
      for (int q = 0; q < c; q++) {
        int y = b[q], z = -1;
        if (y >= 0) {
          //@ assert krow(n, D, y);
          z = next[y * D + s];
        }
        //@ assert z == kstep(next, D, tgt, gsrc, gslot, g, y);
        trace_unfold(D, tgt, gsrc, gslot, next, wgen, k, rj, y);
        b[q] = z;
      }
    } else {
      /*@ loop invariant 0 <= q <= c;
          loop invariant \forall integer q2; 0 <= q2 < c ==>
            -1 <= b[q2] < n;
          loop invariant \forall integer q2; 0 <= q2 < q ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k + 1, rj, b[q2]);
          loop invariant \forall integer q2; q <= q2 < c ==>
            ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f0[q2]) ==
            ktrace(next, D, tgt, gsrc, gslot, wgen, k, rj, b[q2]);
          loop assigns q, b[0 .. KCAT_LANES-1];
          loop variant c - q; */
      for (int q = 0; q < c; q++) {
        int y = b[q], z = -1;
        if (y >= 0 && tgt[y] == gs) {
          //@ assert krow(n, D, y);
          z = next[y * D + s];
        }
        //@ assert z == kstep(next, D, tgt, gsrc, gslot, g, y);
        trace_unfold(D, tgt, gsrc, gslot, next, wgen, k, rj, y);
        b[q] = z;
      }
    }
  }
  /*@ loop invariant 0 <= q <= c;
      loop invariant \forall integer q2; i0 <= q2 < i0 + q ==>
        kc_meet(next, D, tgt, gsrc, gslot, wgen, li, lj, ri, rj, tnode[q2]);
      loop assigns q;
      loop variant c - q; */
  for (int q = 0; q < c; q++) {
    int f = f0[q];   /* (named for the assertions) */
    (void)f;
    trace_end(D, tgt, gsrc, gslot, next, wgen, lj, lj, a[q]);
    trace_end(D, tgt, gsrc, gslot, next, wgen, rj, rj, b[q]);
    //@ assert a[q] == ktrace(next, D, tgt, gsrc, gslot, wgen, li, lj, f);
    //@ assert b[q] == ktrace(next, D, tgt, gsrc, gslot, wgen, ri, rj, f);
    if (a[q] < 0 || a[q] != b[q]) {
      //@ assert !kc_meet(next, D, tgt, gsrc, gslot, wgen, li, lj, ri, rj, f);
      //@ assert i0 <= i0 + q < i0 + c && tnode[i0 + q] == f;
      return 0;
    }
    //@ assert kc_meet(next, D, tgt, gsrc, gslot, wgen, li, lj, ri, rj, tnode[i0 + q]);
  }
  return 1;
}

/* The short equations e0 <= e < e1 of object x at the c nodes tnode[i0 .. i0+c-1],
 * whose target is x: 1 iff all hold at all of them. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires 0 <= e0 <= e1 <= E;
  requires 0 <= i0 && 0 <= c <= KCAT_LANES && i0 + c <= KMODEL_INT_MAX;
  requires \valid_read(tnode + (i0 .. i0+c-1));
  requires \forall integer q; i0 <= q < i0 + c ==> 0 <= tnode[q] < n && tgt[tnode[q]] == x;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer q; i0 <= q < i0 + c ==>
           kc_node_eqs(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, x, tnode[q], e0, e1);
  ensures  \result == 0 ==>
           !kc_eqs_upto(n, D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                        wgen, E);
*/
static int nodes_short(int n, int m, int G, int D, const int *src,
                       const int *tgt, const int *gsrc, const int *gtgt,
                       const int *gslot, const int *ogen, const int *root,
                       const int *next, const int *parent, const int *pgen,
                       int E, int W, const int *eq_src, const int *woff,
                       const int *wlen, const int *wgen, int x, int e0,
                       int e1, const int *tnode, int i0, int c)
{
  (void)m; (void)src; (void)gtgt; (void)ogen; (void)root; (void)parent;
  (void)pgen; (void)E; (void)W;
  int one = m == 1;   /* then every target and every source is object 0 */
  //@ assert one != 0 ==> kc_one(n, G, tgt, gsrc);
  /*@ loop invariant e0 <= e <= e1;
      loop invariant \forall integer e2, q; e0 <= e2 < e && eq_src[e2] == x &&
        kc_short(wlen, e2) && i0 <= q < i0 + c ==>
        kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e2, tnode[q]);
      loop assigns e;
      loop variant e1 - e; */
  for (int e = e0; e < e1; e++) {
    //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
    if (eq_src[e] != x || wlen[2 * e] >= KCAT_POWER_MIN - wlen[2 * e + 1])
      continue;
    int li = woff[2 * e], lj = woff[2 * e] + wlen[2 * e];
    int ri = woff[2 * e + 1], rj = woff[2 * e + 1] + wlen[2 * e + 1];
    if (!lanes_meet(n, G, D, tgt, gsrc, gslot, next, wgen, one, li, lj, ri, rj,
                    tnode, i0, c)) {
      /*@ assert \exists integer q; i0 <= q < i0 + c &&
            !kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, tnode[q]); */
      /*@ assert !kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff,
                                   wlen, wgen, e, n); */
      return 0;
    }
    /*@ assert \forall integer q; i0 <= q < i0 + c ==>
          kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, tnode[q]); */
  }
  return 1;
}

/* How many of the nodes tnode[i .. hi-1], at most KCAT_LANES, have target x
 * from the first on (0 when tnode[i]'s target is not x). */
/*@
  requires 0 <= n && 0 <= i < hi && \valid_read(tnode + (i .. hi-1));
  requires \valid_read(tgt + (0 .. n-1));
  requires \forall integer k; i <= k < hi ==> 0 <= tnode[k] < n;
  assigns  \nothing;
  ensures  0 <= \result <= KCAT_LANES && i + \result <= hi;
  ensures  \forall integer q; i <= q < i + \result ==> tgt[tnode[q]] == x;
  ensures  \result == 0 ==> tgt[tnode[i]] != x;
*/
static int lanes_typed(int n, const int *tgt, const int *tnode, int i, int hi,
                       int x)
{
  (void)n;
  int c = 0;
  /*@ loop invariant 0 <= c <= KCAT_LANES && i + c <= hi;
      loop invariant \forall integer q; i <= q < i + c ==> tgt[tnode[q]] == x;
      loop assigns c;
      loop variant KCAT_LANES - c; */
  while (c < KCAT_LANES && i + c < hi && tgt[tnode[i + c]] == x) c++;
  return c;
}

/* The short equations e0 <= e < e1 of object x at every node with target
 * x, up to KCAT_LANES nodes of the index block at a time. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  requires 0 <= x < m && 0 <= e0 <= e1 <= E;
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer f; 0 <= f < n && tgt[f] == x ==>
             kc_node_eqs(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, x, f, e0, e1);
  ensures  \result == 0 ==>
           !kc_eqs_upto(n, D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                        wgen, E);
*/
static int object_short(int n, int m, int G, int D, const int *src,
                        const int *tgt, const int *gsrc, const int *gtgt,
                        const int *gslot, const int *ogen, const int *root,
                        const int *next, const int *parent, const int *pgen,
                        int E, int W, const int *eq_src, const int *woff,
                        const int *wlen, const int *wgen, const int *toff,
                        const int *tnode, const int *tpos, int x, int e0,
                        int e1)
{
  (void)tpos;
  int lo = toff[x], hi0 = toff[x + 1];
  int hi = hi0 < lo ? lo : hi0;
  int i = lo;
  /*@ loop invariant lo <= i <= hi;
      loop invariant \forall integer i2; lo <= i2 < i && tgt[tnode[i2]] == x ==>
        kc_node_eqs(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, x, tnode[i2], e0, e1);
      loop assigns i;
      loop variant hi - i; */
  while (i < hi) {
    int c = lanes_typed(n, tgt, tnode, i, hi, x);
    if (c == 0) {
      i++;
      continue;
    }
    if (!nodes_short(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                     next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                     x, e0, e1, tnode, i, c))
      return 0;
    /*@ assert \forall integer i2; i <= i2 < i + c ==>
          kc_node_eqs(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, x, tnode[i2], e0, e1); */
    i += c;
  }
  /*@ assert \forall integer f; 0 <= f < n ==>
        kx_pos(n, tgt, toff, tnode, tpos, f); */
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        toff[x] <= tpos[f] < toff[x+1]; */
  //@ assert lo == toff[x] && hi0 == toff[x+1] && hi0 <= hi;
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        lo <= tpos[f] < hi; */
  //@ assert \forall integer f; 0 <= f < n ==> tnode[tpos[f]] == f;
  /*@ assert \forall integer f; 0 <= f < n && tgt[f] == x ==>
        kc_node_eqs(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, x, tnode[tpos[f]], e0, e1); */
  return 1;
}

/* The end of the run of equations from e0 with the source object of e0. */
/*@
  requires 0 <= e0 < E && \valid_read(eq_src + (0 .. E-1));
  assigns  \nothing;
  ensures  e0 < \result <= E;
  ensures  \forall integer e; e0 <= e < \result ==> eq_src[e] == eq_src[e0];
*/
static int run_end(int E, const int *eq_src, int e0)
{
  int e = e0 + 1;
  /*@ loop invariant e0 < e <= E;
      loop invariant \forall integer e2; e0 <= e2 < e ==>
        eq_src[e2] == eq_src[e0];
      loop assigns e;
      loop variant E - e; */
  while (e < E && eq_src[e] == eq_src[e0]) e++;
  return e;
}

/* The short equations at every node: run by run of equations with one
 * source object (the equations of an object are usually one run), each
 * run over the block of its object. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer e; 0 <= e < E &&
             kc_short(wlen, e) ==>
             kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                              wgen, e, n);
  ensures  \result == 0 ==>
           !kc_eqs_upto(n, D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                        wgen, E);
*/
static int equations_short(int n, int m, int G, int D, const int *src,
                           const int *tgt, const int *gsrc, const int *gtgt,
                           const int *gslot, const int *ogen,
                           const int *root, const int *next,
                           const int *parent, const int *pgen, int E, int W,
                           const int *eq_src, const int *woff,
                           const int *wlen, const int *wgen,
                           const int *toff, const int *tnode,
                           const int *tpos)
{
  int e0 = 0;
  /*@ loop invariant 0 <= e0 <= E;
      loop invariant \forall integer e; 0 <= e < e0 && kc_short(wlen, e) ==>
        kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen,
                         e, n);
      loop assigns e0;
      loop variant E - e0; */
  while (e0 < E) {
    //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e0);
    int x = eq_src[e0];
    int e1 = run_end(E, eq_src, e0);
    if (!object_short(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                      next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                      toff, tnode, tpos, x, e0, e1))
      return 0;
    /*@ assert \forall integer e, f; e0 <= e < e1 && kc_short(wlen, e) &&
          0 <= f < n && tgt[f] == x ==>
          kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f); */
    /*@ assert \forall integer e, f; e0 <= e < e1 && kc_short(wlen, e) &&
          0 <= f < n ==>
          kc_eq_at(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen, e, f); */
    /*@ assert \forall integer e; e0 <= e < e1 && kc_short(wlen, e) ==>
          kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                           wgen, e, n); */
    e0 = e1;
  }
  return 1;
}

/* The long equations (the others), one after the other. */
/*@
  requires kc_mem(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_mem(E, W, eq_src, woff, wlen, wgen);
  requires kc_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen);
  requires kw_ranges(m, G, E, W, eq_src, woff, wlen, wgen);
  requires kx_mem(n, m, toff, tnode, tpos);
  requires kx_ok(n, m, tgt, toff, tnode, tpos);
  assigns  \nothing;
  ensures  \result == 0 || \result == 1;
  ensures  \result == 1 ==> \forall integer e; 0 <= e < E &&
             !kc_short(wlen, e) ==>
             kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                              wgen, e, n);
  ensures  \result == 0 ==>
           !kc_eqs_upto(n, D, tgt, gsrc, gslot, next, eq_src, woff, wlen,
                        wgen, E);
*/
static int equations_long(int n, int m, int G, int D, const int *src,
                          const int *tgt, const int *gsrc, const int *gtgt,
                          const int *gslot, const int *ogen,
                          const int *root, const int *next,
                          const int *parent, const int *pgen, int E, int W,
                          const int *eq_src, const int *woff,
                          const int *wlen, const int *wgen,
                          const int *toff, const int *tnode,
                          const int *tpos)
{
  /*@ loop invariant 0 <= e <= E;
      loop invariant \forall integer e2; 0 <= e2 < e && !kc_short(wlen, e2) ==>
        kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen,
                         e2, n);
      loop assigns e;
      loop variant E - e; */
  for (int e = 0; e < E; e++) {
    //@ assert kw_eq_ok(m, W, eq_src, woff, wlen, e);
    if (wlen[2 * e] < KCAT_POWER_MIN - wlen[2 * e + 1]) continue;
    if (!equation_ok(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                     next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                     toff, tnode, tpos, e)) {
      /*@ assert !kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff,
                                   wlen, wgen, e, n); */
      return 0;
    }
  }
  return 1;
}

int kcat_equations(int n, int m, int G, int D, const int *src, const int *tgt,
                   const int *gsrc, const int *gtgt,
                   const int *gslot, const int *ogen, const int *root,
                   const int *next, const int *parent, const int *pgen,
                   int E, int W, const int *eq_src, const int *woff,
                   const int *wlen, const int *wgen, const int *toff,
                   const int *tnode, const int *tpos)
{
  if (!equations_long(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                      next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                      toff, tnode, tpos))
    return 0;
  if (!equations_short(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                       next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                       toff, tnode, tpos))
    return 0;
  /*@ assert \forall integer e; 0 <= e < E ==>
        kc_eq_nodes_upto(D, tgt, gsrc, gslot, next, eq_src, woff, wlen, wgen,
                         e, n); */
  return 1;
}

/* ---- all of kernel 1 ------------------------------------------------------------ */

int kcat_check(int n, int m, int G, int D, const int *src, const int *tgt,
               const int *gsrc, const int *gtgt,
               const int *gslot, const int *ogen, const int *root,
               const int *next, const int *parent, const int *pgen,
               int E, int W, const int *eq_src, const int *woff,
               const int *wlen, const int *wgen, const int *toff,
               const int *tnode, const int *tpos)
{
  if (!kcat_ranges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen))
    return 0;
  if (!kcat_word_ranges(m, G, E, W, eq_src, woff, wlen, wgen)) return 0;
  if (!kcat_slots(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen))
    return 0;
  if (!kcat_edges(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen))
    return 0;
  if (!kcat_roots(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen))
    return 0;
  if (!kcat_tree(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next, parent, pgen))
    return 0;
  if (!kcat_index(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root, next,
                  parent, pgen, toff, tnode, tpos))
    return 0;
  return kcat_equations(n, m, G, D, src, tgt, gsrc, gtgt, gslot, ogen, root,
                        next, parent, pgen, E, W, eq_src, woff, wlen, wgen,
                        toff, tnode, tpos);
}
