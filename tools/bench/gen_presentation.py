#!/usr/bin/env python3
"""gen_presentation.py — write a spec (spec v1) with one presented category,
for the exact-certificate tests and benchmarks.

  gen_presentation.py coxeter N      S_N by its Coxeter presentation (N! morphisms)
  gen_presentation.py dihedral N     D_N = <r, s | r^N, s^2, s r s r> (2N morphisms)
  gen_presentation.py simplex N      the truncated simplex category Delta<=N
  gen_presentation.py idempotents N  the free idempotent band on N generators
                                     (x x = x, one object; finite, N <= 3)
  gen_presentation.py random SEED    a random finite presentation: 1-3 objects,
                                     generators with equations g^k = g^l
                                     (periodic) plus random word equations
  gen_presentation.py quotient KIND N  KIND N with one extra equation (a proper
                                     quotient, for tests)
"""
import random
import sys


def spec(name, objects, gens, eqs):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<yoneda version="1">',
           '  <category name="%s">' % name]
    for o in objects:
        out.append('    <object name="%s"/>' % o)
    for g, s, t in gens:
        out.append('    <morphism name="%s" source="%s" target="%s"/>' % (g, s, t))
    for l, r in eqs:
        out.append('    <equation lhs="%s" rhs="%s"/>' % (l, r))
    out.append('  </category>')
    out.append('</yoneda>')
    return '\n'.join(out) + '\n'


def coxeter(n):
    gens = [('s%d' % i, 'x', 'x') for i in range(1, n)]
    eqs = [('s%d s%d' % (i, i), 'x') for i in range(1, n)]
    eqs += [(' '.join(['s%d s%d' % (i, i + 1)] * 3), 'x') for i in range(1, n - 1)]
    eqs += [('s%d s%d s%d s%d' % (i, j, i, j), 'x')
            for i in range(1, n) for j in range(i + 2, n)]
    return 'S%d' % n, ['x'], gens, eqs


def dihedral(n):
    return ('D%d' % n, ['x'], [('r', 'x', 'x'), ('s', 'x', 'x')],
            [(' '.join(['r'] * n), 'x'), ('s s', 'x'), ('s r s r', 'x')])


def simplex(n):
    objs = ['o%d' % k for k in range(n + 1)]
    gens, eqs = [], []
    d = lambda i, k: 'd%d_%d' % (i, k)
    s = lambda i, k: 's%d_%d' % (i, k)
    for k in range(1, n + 1):
        for i in range(k + 1):
            gens.append((d(i, k), objs[k - 1], objs[k]))
    for k in range(n):
        for i in range(k + 1):
            gens.append((s(i, k), objs[k + 1], objs[k]))
    for k in range(1, n):
        for j in range(k + 2):
            for i in range(j):
                eqs.append(('%s %s' % (d(i, k), d(j, k + 1)),
                            '%s %s' % (d(j - 1, k), d(i, k + 1))))
    for k in range(n):
        for j in range(k + 1):
            for i in range(k + 2):
                l = '%s %s' % (d(i, k + 1), s(j, k))
                if i == j or i == j + 1:
                    eqs.append((l, objs[k]))
                elif i < j:
                    eqs.append((l, '%s %s' % (s(j - 1, k - 1), d(i, k))))
                else:
                    eqs.append((l, '%s %s' % (s(j, k - 1), d(i - 1, k))))
    for k in range(n - 1):
        for j in range(k + 1):
            for i in range(j + 1):
                eqs.append(('%s %s' % (s(i, k + 1), s(j, k)),
                            '%s %s' % (s(j + 1, k + 1), s(i, k))))
    return 'Delta%d' % n, objs, gens, eqs


def idempotents(n):
    gens = [('e%d' % i, 'x', 'x') for i in range(1, n + 1)]
    eqs = [('e%d e%d' % (i, i), 'e%d' % i) for i in range(1, n + 1)]
    # the free band: x y x ... is infinite-free only with x y x = ... ; use the
    # free band's defining identities on short words: (u)(u) = u for u of
    # length <= 2, which makes it finite for n <= 3
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if i != j:
                eqs.append(('e%d e%d e%d e%d' % (i, j, i, j), 'e%d e%d' % (i, j)))
                eqs.append(('e%d e%d e%d' % (i, j, i), 'e%d e%d e%d e%d e%d' % (i, j, j, j, i)))
    return 'Band%d' % n, ['x'], gens, eqs


def rand(seed):
    rnd = random.Random(seed)
    m = rnd.randint(1, 3)
    objs = ['o%d' % i for i in range(m)]
    gens = []
    for i in range(rnd.randint(1, 3)):
        a = rnd.randrange(m)
        b = a if rnd.random() < 0.6 else rnd.randrange(m)
        gens.append(('g%d' % i, objs[a], objs[b]))
    eqs = []
    # every endomorphism generator is periodic: g^k = g^l (finite)
    for g, a, b in gens:
        if a == b:
            k = rnd.randint(2, 5)
            l = rnd.randint(0, k - 1)
            eqs.append((' '.join([g] * k), ' '.join([g] * l) if l else a))

    def word(start, length):
        w, x = [], start
        for _ in range(length):
            out = [g for g in gens if g[1] == x]
            if not out:
                break
            g = rnd.choice(out)
            w.append(g[0])
            x = g[2]
        return w, x

    for _ in range(rnd.randint(1, 4)):
        a = rnd.randrange(m)
        u, x = word(objs[a], rnd.randint(1, 4))
        if not u:
            continue
        # another word from the same object to the same target
        for _ in range(40):
            v, y = word(objs[a], rnd.randint(0, 4))
            if y == x and v != u:
                eqs.append((' '.join(u), ' '.join(v) if v else objs[a]))
                break
    # cross-object generators g: a -> b with a != b are made idempotent-like
    # by requiring any cycle through them to be finite: add g h = a-identity
    # for some h: b -> a when present
    return 'R%d' % seed, objs, gens, eqs


def main():
    kind = sys.argv[1]
    if kind == 'quotient':
        name, objs, gens, eqs = globals()[{'coxeter': 'coxeter', 'dihedral': 'dihedral',
                                           'simplex': 'simplex'}[sys.argv[2]]](int(sys.argv[3]))
        if sys.argv[2] == 'simplex':
            eqs.append(('d0_1', 'd1_1'))   # identify the two points of [1]
        else:
            g = gens[0][0]
            eqs.append((g, 'x'))           # kill a generator
        sys.stdout.write(spec(name, objs, gens, eqs))
        return
    f = {'coxeter': coxeter, 'dihedral': dihedral, 'simplex': simplex,
         'idempotents': idempotents, 'random': rand}[kind]
    sys.stdout.write(spec(*f(int(sys.argv[2]))))


if __name__ == '__main__':
    main()
