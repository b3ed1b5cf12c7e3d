#!/usr/bin/env bash
# Installs what is missing, builds FitnessTrack and starts it on its default SQLite database
# (created on first start under ~/.local/share/FitnessTrack/). Extra arguments go to the app,
# e.g. scripts/run.sh --db postgresql://coach@server/gym
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec build/bin/fitnesstrack "$@"
