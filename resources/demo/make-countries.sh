#!/usr/bin/env bash
# Regenerates the "Countries" demo graphs in this folder (see README.md):
#
#   resources/demo/make-countries.sh
#
# The data packages are installed outside the repository so that no node_modules ends up in a
# commit, and with `npm ci` from the committed lock file so that every run reads the same,
# integrity-checked bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${TESSERA_DEMO_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tessera-demo-npm}"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "make-countries.sh: $tool not found (Node.js 20 and npm are needed)" >&2; exit 1; }
done

mkdir -p "$cache"
# Reinstall only when the lock file changed: npm ci wipes node_modules and fetches again.
stamp="$cache/installed-lock.json"
if ! cmp -s "$here/npm/package-lock.json" "$stamp" || [ ! -d "$cache/node_modules" ]; then
  cp "$here/npm/package.json" "$here/npm/package-lock.json" "$cache/"
  # --ignore-scripts: the packages are plain data, no install step of theirs should run.
  (cd "$cache" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/npm/package-lock.json" "$stamp"
fi

node "$here/make-countries.mjs" --modules "$cache/node_modules" --out "$here"
