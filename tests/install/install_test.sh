#!/usr/bin/env bash
# Installs claimcheck into a temporary prefix, moves the tree elsewhere (it must be
# relocatable), then builds consumers against the moved tree with find_package (a
# separate CMake project) and with pkg-config (static and shared), runs each on a seed
# pair and checks that they all print the same report as the installed CLI.
#
# usage: install_test.sh BUILD_DIR SOURCE_DIR CMAKE C_COMPILER CXX_COMPILER [GENERATOR]
set -euo pipefail
build=$1 src=$2 cmake=$3 cc=$4 cxx=$5 generator=${6:-}

work=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$work/stage" >/dev/null
mkdir -p "$work/moved"
mv "$work/stage" "$work/moved/tree"
prefix=$work/moved/tree
[[ ! -e $work/stage ]] || fail "stage still exists"
for f in include/claimcheck/claimcheck.h include/claimcheck/claimcheck_c.h \
         include/claimcheck/version.h lib/libclaimcheck.a lib/pkgconfig/claimcheck.pc \
         lib/cmake/claimcheck/claimcheckConfig.cmake; do
  [[ -e $prefix/$f ]] || fail "$f not installed"
done
ls "$prefix"/lib/libclaimcheck.so* >/dev/null || fail "shared library not installed"
# Nothing installed may name the temporary prefix it was installed into.
if grep -rl --binary-files=text "$work/stage" "$prefix" >/dev/null; then
  fail "installed files name the install prefix: $(grep -rl --binary-files=text "$work/stage" "$prefix")"
fi

# The seed pair: seed 000 as the source; one of its lines plus an invented sentence.
seed=$src/fixtures/seeds/000_5cb0e136af7c07d2.txt
cp "$seed" "$work/source.txt"
{ sed -n 4p "$seed"; echo "Penguins in Antarctica elected a new mayor in 1850."; } >"$work/summary.txt"

# Runs a consumer; a flagged summary exits 1, which is the expected outcome here.
run() {
  local out=$1; shift
  local code=0
  "$@" "$work/source.txt" "$work/summary.txt" >"$out" || code=$?
  [[ $code == 1 ]] || fail "$* exited $code (expected 1: the summary has an invented sentence)"
  grep -q '^{"id":' "$out" || fail "$* printed no report"
  grep -q '"verdict":"supported"' "$out" || fail "$*: the copied line is not supported"
}

# 1. find_package: a separate CMake project.
gen_args=()
[[ -n $generator ]] && gen_args=(-G "$generator")
"$cmake" -S "$src/examples/consumer" -B "$work/consumer-build" "${gen_args[@]}" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; fail "consumer project did not configure"; }
"$cmake" --build "$work/consumer-build" >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; fail "consumer project did not build"; }
readelf -d "$work/consumer-build/consumer_static" | grep -q 'libclaimcheck\.so' &&
  fail "claimcheck::claimcheck is not the static library"
readelf -d "$work/consumer-build/consumer_c_shared" | grep -q 'libclaimcheck\.so' ||
  fail "claimcheck::shared is not the shared library"
run "$work/cmake_static.json" "$work/consumer-build/consumer_static"
run "$work/cmake_c_shared.json" "$work/consumer-build/consumer_c_shared"

# 2. pkg-config. The .so and the .a share a name and a linker prefers the .so, so the
#    static builds ask for the archive by file name; --static supplies its dependencies.
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
[[ $(pkg-config --modversion claimcheck) == "$(sed -n 's/^Version: //p' "$PKG_CONFIG_PATH/claimcheck.pc")" ]] ||
  fail "pkg-config cannot read claimcheck.pc"
[[ $(pkg-config --variable=prefix claimcheck) -ef $prefix ]] || fail "pc prefix is not the moved tree"
static_libs=$(pkg-config --static --libs claimcheck | sed 's/-lclaimcheck\b/-l:libclaimcheck.a/')
# shellcheck disable=SC2046,SC2086
"$cxx" -std=c++17 -O1 $(pkg-config --cflags claimcheck) "$src/examples/consumer/consumer.cc" \
  -o "$work/pc_static" $static_libs || fail "pkg-config --static C++ link"
# shellcheck disable=SC2046,SC2086
"$cc" -O1 $(pkg-config --cflags claimcheck) "$src/examples/consumer/consumer_c.c" \
  -o "$work/pc_c_static" $static_libs || fail "pkg-config --static C link"
# shellcheck disable=SC2046
"$cc" -O1 $(pkg-config --cflags claimcheck) "$src/examples/consumer/consumer_c.c" \
  -o "$work/pc_c_shared" $(pkg-config --libs claimcheck) || fail "pkg-config shared C link"
for exe in pc_static pc_c_static; do
  if readelf -d "$work/$exe" | grep -q 'libclaimcheck\.so'; then fail "$exe is not static"; fi
done
run "$work/pc_static.json" "$work/pc_static"
run "$work/pc_c_static.json" "$work/pc_c_static"
LD_LIBRARY_PATH=$prefix/lib run "$work/pc_c_shared.json" "$work/pc_c_shared"

# 3. Every consumer prints the same report, and so does the installed CLI.
outputs=(cmake_static cmake_c_shared pc_static pc_c_static pc_c_shared)
if [[ -x $prefix/bin/claimcheck ]]; then
  code=0
  "$prefix/bin/claimcheck" check --source "$work/source.txt" --summary "$work/summary.txt" \
    --format json >"$work/cli.json" || code=$?
  [[ $code == 1 ]] || fail "installed CLI exited $code"
  outputs+=(cli)
fi
for o in "${outputs[@]}"; do
  cmp -s "$work/cmake_static.json" "$work/$o.json" ||
    { diff "$work/cmake_static.json" "$work/$o.json" | head -5; fail "$o differs"; }
done
echo "install test: ${#outputs[@]} programs built against the moved tree print the same report"
