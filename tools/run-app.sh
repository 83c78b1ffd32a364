#!/usr/bin/env bash
# README command 1: install what is missing, build, and open SimRIS on an example household.
# Without a display (a server, CI) it prints the example's result with simris-cli instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
builddir=${SIMRIS_BUILDDIR:-build}
[ -f "$builddir/build.ninja" ] || meson setup "$builddir"
meson compile -C "$builddir"

example=data/examples/famille.simris.json
export SIMRIS_LOCALEDIR="$PWD/$builddir/po"
export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
if [ -x "$builddir/ui/simris" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$builddir/ui/simris" "$example" "$@"
fi
echo "No display: the example's result, computed by simris-cli:"
exec "$builddir/app/simris-cli" compute "$example" "$@"
