#!/usr/bin/env bash
# Rebuilds the seed corpora in tests/fuzz/corpus/ from the golden inputs in tests/data/.
# Multi-file targets take their files joined by NUL bytes, in the order each fuzzer documents.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data"
out="$here/corpus"

# join OUTPUT FILE... : the files' bytes separated by one NUL each ("-" = an empty part).
join() {
  local target=$1; shift
  mkdir -p "$(dirname "$target")"
  : > "$target"
  local first=1
  for f in "$@"; do
    [ $first -eq 1 ] || printf '\0' >> "$target"
    first=0
    [ "$f" = "-" ] || cat "$f" >> "$target"
  done
}

rm -rf "$out"

b="$data/bundle/full/input"
join "$out/fuzz_bundle_reader/full" "$b/entities.tsv" "$b/aliases.tsv" "$b/relations.tsv" "$b/train.tsv" \
  "$b/splits/valid.tsv" "$b/splits/test.tsv"
m="$data/bundle/minimal/input"
join "$out/fuzz_bundle_reader/minimal" "$m/entities.tsv" <(printf 'entity\talias\tlanguage\n') "$m/relations.tsv" "$m/train.tsv"
# Part 7 is the pairs.tsv of an alignment bundle that aligns the graph with itself; parts 5 and
# 6 (valid, test) must then exist, so they hold just their header.
d="$data/alignment-bundle/en-de/input/de"
join "$out/fuzz_bundle_reader/alignment" "$d/entities.tsv" "$d/aliases.tsv" "$d/relations.tsv" "$d/train.tsv" \
  <(printf 'head\trelation\ttail\n') <(printf 'head\trelation\ttail\n') \
  <(printf 'source\ttarget\tsplit\r\nde:Deutschland\tde:Berlin\ttrain\r\nde:Berlin\tde:Berlin\ttest\r\n')

g="$data/mygo/names/input"
join "$out/fuzz_mygo_reader/names" "$g/entities.txt" "$g/relations.txt" "$g/train.txt" "$g/valid.txt" "$g/test.txt" "$g/entity2id.txt"
g="$data/mygo/ids-only/input"
join "$out/fuzz_mygo_reader/ids-only" "$g/entities.txt" "$g/relations.txt" "$g/train.txt"

a="$data/alignment/dbp-mini/input"
join "$out/fuzz_alignment_reader/dbp-mini" "$a/zh_en/ent_ids_1" "$a/zh_en/ent_ids_2" "$a/zh_en/triples_1" "$a/zh_en/triples_2" \
  "$a/zh_en/ill_ent_ids" "$a/translated_ent_name/dbp_zh_en.json"
a="$data/alignment/with-rel-ids/input/fr_en"
join "$out/fuzz_alignment_reader/with-rel-ids" "$a/ent_ids_1" "$a/ent_ids_2" "$a/triples_1" "$a/triples_2" "$a/ill_ent_ids" \
  <(printf '[[0, ["paris"]], [3, ["france"]]]') "$a/rel_ids_1" "$a/rel_ids_2"

l="$data/labelled-triples/folder/input"
join "$out/fuzz_labelled_triples_reader/folder" "$l/train.tsv" "$l/valid.txt" "$l/test.tsv"
join "$out/fuzz_labelled_triples_reader/file" "$data/labelled-triples/file/input/triples.tsv"

mkdir -p "$out/fuzz_text_table"
cp "$data/text-table/mixed/input.txt" "$out/fuzz_text_table/mixed"
cp "$data/bundle/full/input/entities.tsv" "$out/fuzz_text_table/entities"
cp "$data/mygo/names/input/entity2id.txt" "$out/fuzz_text_table/entity2id"
cp "$data/labelled-triples/file/input/triples.tsv" "$out/fuzz_text_table/triples"

mkdir -p "$out/fuzz_manifest_json"
cp "$data/bundle/full/input/manifest.json" "$out/fuzz_manifest_json/full"
cp "$data/bundle/minimal/input/manifest.json" "$out/fuzz_manifest_json/minimal"
# The fuzzer keeps a valid sibling bundle in ../b.
sed -e 's#"\.\./en"#"../b"#' -e 's#"\.\./de"#"../b"#' "$data/alignment-bundle/en-de/input/pairs/manifest.json" \
  > "$out/fuzz_manifest_json/alignment"

# Regression seeds, named after what broke (the corpus replay test runs them on every build).
printf 'Cafe\xcc\x81 \xcc\x81\n\xcc\x81 a \xcc\x81  b \xcc\x81\n' > "$out/fuzz_text_table/combining-mark-after-space"
printf 'a\t \tb\n' > "$out/fuzz_labelled_triples_reader/relation-of-only-spaces"
alignment_nul='0\thttp://a/x%%00y\n\0002\thttp://b/x\n\0000\t0\t0\n\0002\t1\t2\n\0000\t2\n'
printf "$alignment_nul" > "$out/fuzz_alignment_reader/percent-encoded-nul"
printf "$alignment_nul"'\000[[0, ["a\\u0000b"]]]' > "$out/fuzz_alignment_reader/nul-in-translated-name"
printf '{"format": 1, "version": 1}' > "$out/fuzz_manifest_json/format-not-a-string"
printf '{\n "format": "tessera-graph-bundle",\n "version": tru,\n}' > "$out/fuzz_manifest_json/invalid-literal"
printf '{"format": "tessera-graph-bundle", "version": 1, "name": "g", "n": 1e400}' > "$out/fuzz_manifest_json/number-overflow"
