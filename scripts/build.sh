#!/usr/bin/env bash
# Configures and builds secx into build/ (or $SECX_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SECX_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=${SECX_BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
