#!/usr/bin/env bash
# Installs what claimcheck needs to build and test on Debian 12 (run as root).
# Safe to run again; skips apt entirely when every package is already there.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config ccache
  libicu-dev libutf8proc-dev libstemmer-dev
  catch2 libbenchmark-dev libcli11-dev nlohmann-json3-dev libsimdjson-dev
  wordnet-base pybind11-dev python3-dev python3-distributed parallel
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
