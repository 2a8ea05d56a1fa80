#!/bin/sh
# gen_rotation.sh K — the rotation pretext category of Corollary 1 at scale:
# K images, each a one-object Z4 (object x_i, rotation r_i, r_i^4 = id), with
# two tasks: AngleImage1 (the rotation angle relative to image 1: T(x_1) = 4
# angles, T(x_j) = {} otherwise; representable by x_1) and Classify (one of
# two labels per image, rotations act trivially; not representable).
# 4K morphisms.  Used by tools/bench/represent.sh.
set -eu
K=${1:?usage: gen_rotation.sh K}
awk -v K="$K" 'BEGIN {
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  print "<yoneda version=\"1\">"
  print "<category name=\"Rot\">"
  for (i = 1; i <= K; i++) {
    printf "<object name=\"x%d\"/><morphism name=\"r%d\" source=\"x%d\" target=\"x%d\"/>", i, i, i, i
    printf "<equation lhs=\"r%d r%d r%d r%d\" rhs=\"x%d\"/>\n", i, i, i, i, i
  }
  print "</category>"
  print "<task name=\"AngleImage1\" category=\"Rot\">"
  print "<set object=\"x1\" elements=\"a0 a1 a2 a3\"/><map morphism=\"r1\" to=\"a1 a2 a3 a0\"/>"
  for (i = 2; i <= K; i++) printf "<set object=\"x%d\" elements=\"\"/><map morphism=\"r%d\" to=\"\"/>\n", i, i
  print "</task>"
  print "<task name=\"Classify\" category=\"Rot\">"
  for (i = 1; i <= K; i++) printf "<set object=\"x%d\" elements=\"cat dog\"/><map morphism=\"r%d\" to=\"cat dog\"/>\n", i, i
  print "</task>"
  print "</yoneda>"
}'
