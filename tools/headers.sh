#!/bin/sh
# tools/headers.sh HEADER... — print the given project headers and every
# project header they include, directly or not (each once, sorted): the
# headers `make install` must ship so that the public ones compile.
set -eu
todo="$*"
seen=""
while [ -n "$todo" ]; do
  next=""
  for h in $todo; do
    case " $seen " in *" $h "*) continue ;; esac
    seen="$seen $h"
    for i in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$h"); do
      [ -f "$i" ] && next="$next $i"
    done
  done
  todo=$next
done
printf '%s\n' $seen | sort
