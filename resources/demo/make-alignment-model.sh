#!/usr/bin/env bash
# Regenerates the bundled MEAformer model of the Countries EN–ZH alignment demo
# (models/countries-en-zh-meaformer/) and its test report:
#
#   resources/demo/make-alignment-model.sh [path/to/tessera]
#
# Features Tessera builds itself from the two bundles: the flags' colour-patch token histograms
# (image), relation counts (one column per relation), name character bigrams (300 columns) and the
# graph structure. MEAformer at hidden 64 (one fusion layer, one head, FFN 128, two graph-attention
# layers of two heads) for 60 epochs, batch 512, lr 5e-3, seed 42, one CPU thread; the best epoch on
# 25 held-out seed pairs is kept. About a minute here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tessera="${1:-$here/../../build/release/app/tessera}"
[ -x "$tessera" ] || { echo "make-alignment-model.sh: $tessera not found (build first, or pass its path)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
"$tessera" train meaformer --workspace countries-en-zh --out "$work/run" --hidden 64 --ffn 128 \
  --epochs 60 --batch 512 --lr 0.005 --valid-every 5 --seed 42 --threads 1 --device cpu \
  --compact-relations --name-bigrams 300 --quiet
rm -rf "$here/models/countries-en-zh-meaformer"
cp -r "$work/run/best" "$here/models/countries-en-zh-meaformer"
cp "$work/run/test-evaluation.json" "$here/models/countries-en-zh-meaformer.evaluation.json"
