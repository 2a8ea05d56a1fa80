#!/bin/sh
# tests/install.sh B — the installed-library test of `make check`: install
# into a temporary prefix, build tests/install/example.c against the
# installed tree only (flags from `pkg-config --cflags --libs yoneda` with
# PKG_CONFIG_PATH at the prefix; shared, then static), run it on the
# installed paper library and compare with tests/install/example.out, then
# uninstall and require an empty prefix.  Also checks that a user CFLAGS
# keeps the project's flags (`make CFLAGS='-O0 -g'`).
set -eu
B=${1:-build}
CC=${CC:-cc}
T=$(mktemp -d "${TMPDIR:-/tmp}/yoneda-install.XXXXXX")
trap 'rm -rf "$T"' EXIT
P="$T/prefix"
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }

make -s --no-print-directory B="$B" PREFIX="$P" install >"$T/log" 2>&1 || { cat "$T/log"; fail "make install"; }
for f in bin/yoneda share/man/man1/yoneda.1 lib/libyoneda.a lib/libyoneda.so lib/pkgconfig/yoneda.pc \
         include/yoneda/yoneda.h include/yoneda/solver/answer.h \
         share/yoneda/schema/yoneda-1.rng share/yoneda/schema/cert-1.rng \
         share/yoneda/paper/arrow.xml share/doc/yoneda/api.md; do
  [ -e "$P/$f" ] || fail "missing $f"
done

export PKG_CONFIG_PATH="$P/lib/pkgconfig"
cflags=$(pkg-config --cflags yoneda) || fail "pkg-config --cflags yoneda"
libs=$(pkg-config --libs yoneda) || fail "pkg-config --libs yoneda"
slibs=$(pkg-config --static --libs yoneda | sed 's/-lyoneda/-l:libyoneda.a/')
ex=$(pwd)/tests/install/example.c
want=$(pwd)/tests/install/example.out
# built and run outside the source tree: only the installed headers are seen
cd "$T"
# shellcheck disable=SC2086
$CC -std=c11 -Wall -Wextra -Werror $cflags "$ex" -o example $libs || fail "shared build"
# shellcheck disable=SC2086
$CC -std=c11 -Wall -Wextra -Werror $cflags "$ex" -o example-static $slibs || fail "static build"
LD_LIBRARY_PATH="$P/lib" ./example "$P/share/yoneda/paper/arrow.xml" >out 2>err || fail "example exited $? ($(cat err))"
diff -u "$want" out || fail "example output differs"
./example-static "$P/share/yoneda/paper/arrow.xml" >out 2>err || fail "static example exited $?"
diff -u "$want" out || fail "static example output differs"
LD_LIBRARY_PATH="$P/lib" ldd ./example | grep -q "$P/lib/libyoneda.so" || fail "example does not use the installed libyoneda.so"
cd - >/dev/null

make -s --no-print-directory B="$B" PREFIX="$P" uninstall >"$T/log" 2>&1 || { cat "$T/log"; fail "make uninstall"; }
left=$(find "$P" -type f -o -type l)
[ -z "$left" ] || fail "left after uninstall: $left"

# user CFLAGS replace only the optimisation flags, not the project's
make -s -n -B --no-print-directory B="$B" CFLAGS='-O0 -g' "$B/specs/text.o" | grep -q -- '-O0 -g .*-I\. ' \
  || fail "make CFLAGS='-O0 -g' drops the project's flags"
echo "install-test: passed"
