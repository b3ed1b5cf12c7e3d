#!/usr/bin/env bash
# Installs what is missing (the PostgreSQL server too), builds with warnings as errors and runs
# every test. The tests start their own throwaway PostgreSQL server (see tests/support/pgcluster.sh)
# and use temporary SQLite files; nothing outside build/ is touched.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j "$(nproc)"
