#!/usr/bin/env bash
# Sets everything up (Debian packages, configure, build) and runs the whole CTest suite
# headless. Extra arguments go to ctest (e.g. -R tst_name_index).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tessera_install_packages
tessera_build release
cd "$TESSERA_ROOT/build/release"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel "${TESSERA_JOBS:-2}" "$@"
