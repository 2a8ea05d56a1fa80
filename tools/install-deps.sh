#!/bin/sh
# Install yoneda's build, test and proof dependencies (Debian 12 packages only),
# and GNU parallel (runs the shards of `yoneda census`, tested by make check).
# Idempotent and quick when everything is present: apt-get runs only for what is
# missing, and `why3 config detect` only when Why3 does not yet know Z3 and CVC4.
# Usage: tools/install-deps.sh        (as root, or with sudo available)
set -eu

PKGS="build-essential libz3-dev z3 libxml2-dev libxml2-utils libcunit1-dev \
frama-c-base why3 cvc4 graphviz time man-db groff-base jq python3 parallel pkg-config"

missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if [ -n "$missing" ]; then
  echo "install-deps: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# WP reaches the SMT solvers through Why3, which must detect them once.
if command -v why3 >/dev/null 2>&1; then
  provers=$(why3 config list-provers 2>/dev/null || true)
  case "$provers" in
    *CVC4*Z3*|*Z3*CVC4*) ;;
    *) why3 config detect >/dev/null 2>&1 || echo "install-deps: warning: why3 config detect failed" >&2 ;;
  esac
fi
exit 0
