#!/usr/bin/env python3
"""gen_symtask.py N KIND — S_N by its Coxeter presentation (one object x,
generators s1..s(N-1): s_i s_i = 1, (s_i s_(i+1))^3 = 1, (s_i s_j)^2 = 1
for |i-j| > 1) with one covariant task on N! elements, for the
representability benchmark (tools/bench/represent.sh):

  regular   "Regular": S_N acting on its own elements (s_i swaps positions
            i and i+1 of a permutation): representable
  sign      "Sign": N!/2 copies of the sign action (s_i flips the sign):
            the cardinality check passes (|Hom(x,x)| = N! = |T(x)|) but
            no element is universal, so the negative certificate needs
            one collision witness per element (N! of them)
"""
import itertools
import sys


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("regular", "sign"):
        sys.stderr.write("usage: gen_symtask.py N regular|sign\n")
        return 2
    n, kind = int(sys.argv[1]), sys.argv[2]
    if not 2 <= n <= 10:
        sys.stderr.write("gen_symtask.py: 2 <= N <= 10\n")
        return 2
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<yoneda version="1">\n')
    out.write('<category name="S%d">\n  <object name="x"/>\n' % n)
    for i in range(1, n):
        out.write('  <morphism name="s%d" source="x" target="x"/>\n' % i)
    for i in range(1, n):
        out.write('  <equation lhs="s%d s%d" rhs="x"/>\n' % (i, i))
    for i in range(1, n):
        for j in range(i + 1, n):
            k = 3 if j == i + 1 else 2
            word = " ".join(["s%d s%d" % (i, j)] * k)
            out.write('  <equation lhs="%s" rhs="x"/>\n' % word)
    out.write('</category>\n')
    if kind == "regular":
        perms = list(itertools.permutations(range(n)))
        rank = {p: r for r, p in enumerate(perms)}
        total = len(perms)

        def act(g, e):
            p = list(perms[e])
            p[g], p[g + 1] = p[g + 1], p[g]
            return rank[tuple(p)]
    else:
        total = 1
        for i in range(2, n + 1):
            total *= i

        def act(g, e):
            return e ^ 1
    name = "Regular" if kind == "regular" else "Sign"
    out.write('<task name="%s" category="S%d">\n' % (name, n))
    out.write('  <set object="x" elements="%s"/>\n'
              % " ".join("e%d" % e for e in range(total)))
    for g in range(n - 1):
        out.write('  <map morphism="s%d" to="%s"/>\n'
                  % (g + 1, " ".join("e%d" % act(g, e) for e in range(total))))
    out.write('</task>\n</yoneda>\n')
    return 0


if __name__ == "__main__":
    sys.exit(main())
