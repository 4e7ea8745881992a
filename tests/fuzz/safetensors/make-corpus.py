#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_safetensors: small valid safetensors files in the layouts real
writers produce (Python's safetensors as in ../shared/fixtures, the codebook export's spaced JSON
with metadata last, hand-made orders, gaps and trailing bytes). Standard library only.

  make-corpus.py [OUT_DIR]     (default: corpus/ next to this script)
"""
import json, os, struct, sys

ITEM = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}
FMT = {"F64": "d", "F32": "f", "F16": "e", "I64": "q", "I32": "i", "I16": "h", "I8": "b", "U8": "B", "BOOL": "?"}


def count(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def pack(dtype, values):
    if dtype == "BF16":  # upper half of the float32 bits (truncation is fine for seeds)
        return b"".join(struct.pack("<f", v)[2:] for v in values)
    return struct.pack("<" + FMT[dtype] * len(values), *values)


def values_for(dtype, n):
    if dtype in ("F64", "F32", "F16", "BF16"):
        return [(-1) ** i * (i + 0.5) / 4 for i in range(n)]
    if dtype == "BOOL":
        return [i % 3 == 0 for i in range(n)]
    if dtype == "U8":
        return [(i * 37) % 256 for i in range(n)]
    return [(-1) ** i * i * 3 for i in range(n)]


def build(tensors, metadata=None, order=None, spaced=False, metadata_last=False, gap=0, trailing=0, pad=True):
    """tensors: list of (name, dtype, shape). order: data order by name (default: as listed)."""
    order = order or [t[0] for t in tensors]
    by_name = {t[0]: t for t in tensors}
    data, offsets = b"", {}
    for name in order:
        _, dtype, shape = by_name[name]
        data += b"\x00" * gap
        raw = pack(dtype, values_for(dtype, count(shape)))
        offsets[name] = [len(data), len(data) + len(raw)]
        data += raw
    data += b"\xab" * trailing
    header = {}
    if metadata is not None and not metadata_last:
        header["__metadata__"] = metadata
    for name, dtype, shape in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": offsets[name]}
    if metadata is not None and metadata_last:
        header["__metadata__"] = metadata
    text = json.dumps(header, ensure_ascii=False, separators=(", ", ": ") if spaced else (",", ":")).encode()
    if pad:
        text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


def seeds():
    pt = {"format": "pt"}
    yield "empty", build([], pad=True)
    yield "metadata-only", build([], metadata={"format": "pt", "note": "nothing else"})
    yield "one-f32", build([("x", "F32", [2, 3])], metadata=pt)
    for dtype in ITEM:
        yield "dtype-" + dtype.lower(), build([("t." + dtype.lower(), dtype, [3, 2])], metadata=pt)
    yield "scalars", build([("loss", "F32", []), ("steps", "I64", []), ("flag", "BOOL", [])], metadata=pt)
    yield "zero-sized", build([("empty", "F32", [0, 4]), ("after", "I16", [2]), ("none", "F64", [4, 0, 2])])
    yield "all-dtypes", build([(d.lower(), d, [2]) for d in ITEM], metadata=pt)
    # MyGO-like names and shapes (../shared/fixtures/mygo-small), data in definition order.
    yield "mygo-like", build([("ent_token", "F32", [1, 1, 4]), ("ent_embeddings", "F32", [5, 1, 4]),
                              ("tucker_decoder.W", "F32", [2, 2, 2]),
                              ("tucker_decoder.bn0.num_batches_tracked", "I64", []),
                              ("visual_token_index", "I64", [5, 4])], metadata=pt)
    # The codebook export: spaced JSON, tensor first, metadata last.
    yield "codebook-like", build([("codebook", "F32", [3, 4])], spaced=True, metadata_last=True,
                                 metadata={"format": "pt", "source": "BEiT-v2 VQ-KD codebook, 8192 codes x 32 dims"})
    yield "reverse-data-order", build([("a", "F32", [2]), ("b", "I32", [3]), ("c", "U8", [5])], order=["c", "b", "a"])
    yield "gaps-and-trailing", build([("a", "F16", [3]), ("b", "I64", [1])], gap=3, trailing=5)
    yield "unpadded", build([("a", "BF16", [2, 2])], metadata=pt, pad=False)
    yield "unicode-names", build([("caf\u00e9", "F32", [1]), ("\u5b9e\u4f53", "I8", [2]), ("tab\tname", "U8", [1])],
                                 metadata={"\u00e9": "\u00e8"})
    yield "deep-shape", build([("d", "U8", [1] * 8 + [2])])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    os.makedirs(out, exist_ok=True)
    for name, content in seeds():
        with open(os.path.join(out, name + ".safetensors"), "wb") as f:
            f.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
