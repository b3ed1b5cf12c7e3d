#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session with gnome-keyring's
# secrets component, unlocked, in a throwaway home. Used by the keychain tests; touches nothing
# of the user's.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [[ -z "${FT_KEYRING_INNER:-}" ]]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring.sh: dbus-run-session is missing (package dbus)" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon is missing (package gnome-keyring)" >&2; exit 1; }
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/run"
    chmod 700 "$tmp/run"
    export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/home/.local/share" \
           XDG_CONFIG_HOME="$tmp/home/.config" FT_KEYRING_INNER=1
    # dbus-run-session warns that it cannot raise its fd limit in containers; that is harmless.
    dbus-run-session -- "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    exit $?
fi
eval "$(printf 'fitnesstrack-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
exec "$@"
