# Shared by run.sh and test.sh (sourced, not executed): install what is missing, configure and
# build. Idempotent: with everything installed and built it only asks dpkg and ninja, in seconds.

TESSERA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

tessera_install_packages() {
  local wanted missing=()
  wanted=$(grep -v '^\s*#' "$TESSERA_ROOT/packaging/debian-packages.txt" | awk 'NF {print $1}')
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: not root and no sudo; install these first: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# tessera_build PRESET [TARGET...]
tessera_build() {
  local preset="$1"; shift
  cd "$TESSERA_ROOT"
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset"
  fi
  # Two jobs: torch translation units take ~1.5 GB each and the machines have 2 cores.
  if [ $# -gt 0 ]; then
    cmake --build "build/$preset" --parallel "${TESSERA_JOBS:-2}" --target "$@"
  else
    cmake --build "build/$preset" --parallel "${TESSERA_JOBS:-2}"
  fi
}
