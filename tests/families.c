/* families.c — see families.h. */
#include "tests/families.h"

#include <stdio.h>

void families_add_coxeter(category *c, int object, const int *gens, int m)
{
  int w[6];
  for (int i = 0; i < m; i++) {
    w[0] = w[1] = gens[i];
    category_add_equation(c, object, w, 2, NULL, 0, 0);
  }
  for (int i = 0; i + 1 < m; i++) {
    for (int j = 0; j < 6; j++) w[j] = j % 2 ? gens[i + 1] : gens[i];
    category_add_equation(c, object, w, 6, NULL, 0, 0);
  }
  for (int i = 0; i < m; i++)
    for (int j = i + 2; j < m; j++) {
      for (int l = 0; l < 4; l++) w[l] = l % 2 ? gens[j] : gens[i];
      category_add_equation(c, object, w, 4, NULL, 0, 0);
    }
}

category *families_cyclic(int n)
{
  category *c = category_new("Rot", 1);
  int x = category_add_object(c, "x", 2);
  int r = category_add_generator(c, "r", x, x, 3);
  int w[64];
  for (int i = 0; i < n && i < 64; i++) w[i] = r;
  category_add_equation(c, x, w, n < 64 ? n : 64, NULL, 0, 4);
  return c;
}

category *families_idempotent(void)
{
  category *c = category_new("Idem", 0);
  int x = category_add_object(c, "x", 0);
  int e = category_add_generator(c, "e", x, x, 0);
  int ee[2] = {e, e}, one[1] = {e};
  category_add_equation(c, x, ee, 2, one, 1, 0);
  return c;
}

category *families_symmetric(int n)
{
  category *c = category_new("S", 0);
  category_add_object(c, "*", 0);
  int gens[32];
  char name[16];
  for (int i = 1; i < n && i <= 32; i++) {
    snprintf(name, sizeof name, "s%d", i);
    gens[i - 1] = category_add_generator(c, name, 0, 0, 0);
  }
  families_add_coxeter(c, 0, gens, n - 1 < 32 ? n - 1 : 32);
  return c;
}

category *families_simplex(int n)
{
  category *c = category_new("Delta", 0);
  char name[32];
  for (int k = 0; k <= n; k++) {
    snprintf(name, sizeof name, "[%d]", k);
    category_add_object(c, name, 0);
  }
  int d[16][16], s[16][16];
  for (int k = 1; k <= n; k++)
    for (int i = 0; i <= k; i++) {
      snprintf(name, sizeof name, "d%d_%d", i, k);
      d[k][i] = category_add_generator(c, name, k - 1, k, 0);
    }
  for (int k = 0; k < n; k++)
    for (int i = 0; i <= k; i++) {
      snprintf(name, sizeof name, "s%d_%d", i, k);
      s[k][i] = category_add_generator(c, name, k + 1, k, 0);
    }
  /* d^j d^i = d^i d^{j-1} (i < j): [k-1] -> [k+1] */
  for (int k = 1; k + 1 <= n; k++)
    for (int j = 0; j <= k + 1; j++)
      for (int i = 0; i < j; i++) {
        int l[] = {d[k][i], d[k + 1][j]}, r[] = {d[k][j - 1], d[k + 1][i]};
        category_add_equation(c, k - 1, l, 2, r, 2, 0);
      }
  /* s^j d^i from [k] to [k] (d^i: [k] -> [k+1], s^j: [k+1] -> [k]) */
  for (int k = 0; k + 1 <= n; k++)
    for (int j = 0; j <= k; j++)
      for (int i = 0; i <= k + 1; i++) {
        int l[] = {d[k + 1][i], s[k][j]};
        if (i == j || i == j + 1) {
          category_add_equation(c, k, l, 2, NULL, 0, 0);
        } else if (i < j) {
          int r[] = {s[k - 1][j - 1], d[k][i]};
          category_add_equation(c, k, l, 2, r, 2, 0);
        } else {
          int r[] = {s[k - 1][j], d[k][i - 1]};
          category_add_equation(c, k, l, 2, r, 2, 0);
        }
      }
  /* s^j s^i = s^i s^{j+1} (i <= j): [k+2] -> [k] */
  for (int k = 0; k + 2 <= n; k++)
    for (int j = 0; j <= k; j++)
      for (int i = 0; i <= j; i++) {
        int l[] = {s[k + 1][i], s[k][j]}, r[] = {s[k + 1][j + 1], s[k][i]};
        category_add_equation(c, k + 2, l, 2, r, 2, 0);
      }
  return c;
}

category *families_coxeter_chain(int k, int n, int invertible)
{
  category *c = category_new(invertible ? "groupoid" : "chain", 0);
  char name[32];
  for (int x = 0; x < k; x++) {
    snprintf(name, sizeof name, "o%d", x);
    category_add_object(c, name, 0);
  }
  int s[32][32], a[32], b[32];
  for (int x = 0; x < k; x++)
    for (int i = 0; i + 1 < n; i++) {
      snprintf(name, sizeof name, "s%d_%d", i, x);
      s[x][i] = category_add_generator(c, name, x, x, 0);
    }
  for (int x = 0; x + 1 < k; x++) {
    snprintf(name, sizeof name, "a%d", x);
    a[x] = category_add_generator(c, name, x, x + 1, 0);
    if (invertible) {
      snprintf(name, sizeof name, "b%d", x);
      b[x] = category_add_generator(c, name, x + 1, x, 0);
    }
  }
  for (int x = 0; x < k; x++) families_add_coxeter(c, x, s[x], n - 1);
  for (int x = 0; x + 1 < k; x++) {
    for (int i = 0; i + 1 < n; i++) {
      int l[] = {a[x], s[x + 1][i]}, r[] = {s[x][i], a[x]};
      category_add_equation(c, x, l, 2, r, 2, 0);
    }
    if (invertible) {
      int ab[] = {a[x], b[x]}, ba[] = {b[x], a[x]};
      category_add_equation(c, x, ab, 2, NULL, 0, 0);
      category_add_equation(c, x + 1, ba, 2, NULL, 0, 0);
    }
  }
  return c;
}
