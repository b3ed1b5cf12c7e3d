#!/usr/bin/env bash
# Installs what FitnessTrack needs to build, run and test on Debian 12, and only what is missing.
# Usage: scripts/install-deps.sh [--test]   (--test adds the PostgreSQL server, Xvfb and keyring)
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libqt6opengl6-dev libxkbcommon-dev qt6-translations-l10n
    sqlite3 postgresql-client
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(postgresql xvfb xauth xdotool imagemagick dbus dbus-x11 gnome-keyring
               libsecret-tools util-linux clang libclang-rt-14-dev poppler-utils)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
