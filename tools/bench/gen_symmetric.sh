#!/bin/sh
# gen_symmetric.sh N coxeter|braid — the symmetric group S_N on one object,
# generators s1..s(N-1), in the form of ../shared/bench/symmetric-S10-*.xml:
#   coxeter: s_i s_i = 1, (s_i s_{i+1})^3 = 1, (s_i s_j)^2 = 1 for |i-j| > 1
#   braid:   s_i s_i = 1, s_i s_{i+1} s_i = s_{i+1} s_i s_{i+1},
#            s_i s_j = s_j s_i for |i-j| > 1
n=${1:?usage: gen_symmetric.sh N coxeter|braid}
form=${2:-coxeter}
awk -v n="$n" -v form="$form" 'BEGIN {
  print "<yoneda version=\"1\">"
  print "  <category name=\"S" n "\">"
  print "    <object name=\"x\"/>"
  for (i = 1; i < n; i++) print "    <morphism name=\"s" i "\" source=\"x\" target=\"x\"/>"
  for (i = 1; i < n; i++) print "    <equation lhs=\"s" i " s" i "\" rhs=\"x\"/>"
  for (i = 1; i + 1 < n; i++) {
    a = "s" i; b = "s" (i + 1)
    if (form == "braid") print "    <equation lhs=\"" a " " b " " a "\" rhs=\"" b " " a " " b "\"/>"
    else print "    <equation lhs=\"" a " " b " " a " " b " " a " " b "\" rhs=\"x\"/>"
  }
  for (i = 1; i < n; i++)
    for (j = i + 2; j < n; j++) {
      a = "s" i; b = "s" j
      if (form == "braid") print "    <equation lhs=\"" a " " b "\" rhs=\"" b " " a "\"/>"
      else print "    <equation lhs=\"" a " " b " " a " " b "\" rhs=\"x\"/>"
    }
  print "  </category>"
  print "</yoneda>"
}'
