#!/usr/bin/env bash
# Sets everything up (Debian packages, configure, build) and opens Tessera on the bundled demo
# graph. Extra arguments go to tessera (e.g. a graph path).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tessera_install_packages
tessera_build release tessera
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset); built $TESSERA_ROOT/build/release/app/tessera." >&2
  echo "        On a headless machine: xvfb-run -a packaging/run.sh" >&2
  exit 1
fi
exec "$TESSERA_ROOT/build/release/app/tessera" "$@"
