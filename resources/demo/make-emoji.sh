#!/usr/bin/env bash
# Regenerates the "Emoji" demo graphs in this folder (see README.md):
#
#   resources/demo/make-emoji.sh            # emoji/, emoji-zh/ and emoji-en-zh/
#   resources/demo/make-emoji.sh --en-only  # emoji/ alone (no Noto artwork, no alignment)
#
# As with make-countries.sh, the pinned packages are installed outside the repository with
# `npm ci` from the committed lock file, so no node_modules ends up in a commit and every run
# reads the same, integrity-checked bytes. Only node and npm are needed: the PNG work is done by
# pngjs, a pure-JavaScript package, so no image tool has to be installed on the machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${TESSERA_DEMO_EMOJI_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tessera-demo-npm-emoji}"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "make-emoji.sh: $tool not found (Node.js 20 and npm are needed)" >&2; exit 1; }
done

mkdir -p "$cache"
# Reinstall only when the lock file changed: npm ci wipes node_modules and fetches again.
stamp="$cache/installed-lock.json"
if ! cmp -s "$here/npm-emoji/package-lock.json" "$stamp" || [ ! -d "$cache/node_modules" ]; then
  cp "$here/npm-emoji/package.json" "$here/npm-emoji/package-lock.json" "$cache/"
  # --ignore-scripts: the packages are plain data and a pure-JS codec; no install step should run.
  (cd "$cache" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/npm-emoji/package-lock.json" "$stamp"
fi

node "$here/make-emoji.mjs" --modules "$cache/node_modules" --out "$here" "$@"
