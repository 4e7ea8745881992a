#!/usr/bin/env python3
"""Writes a PyTorch checkpoint the way torch.save does, from a safetensors file, without PyTorch.

Used by tst_mygo_cli to test `tessera import-model` on .pth files on machines without PyTorch
(there is no pip here). It produces torch.save's zip format: <name>/data.pkl (pickle protocol 2,
tensors as torch._utils._rebuild_tensor_v2 over persistent storage ids), <name>/data/<key> (raw
little-endian storages), <name>/byteorder and <name>/version.

usage: make-pth.py SRC.safetensors OUT.pth [--wrap KEY] [--prefix PREFIX] [--not-a-dict]
"""

import argparse
import collections
import json
import os
import pickle
import struct
import sys
import types
import zipfile

# Stand-ins whose module and name are PyTorch's: pickle records globals by name only.
torch_module = types.ModuleType("torch")
utils_module = types.ModuleType("torch._utils")


def _rebuild_tensor_v2(*args):
    raise RuntimeError("stand-in, never called")


_rebuild_tensor_v2.__module__ = "torch._utils"
utils_module._rebuild_tensor_v2 = _rebuild_tensor_v2


class FloatStorage:
    pass


class LongStorage:
    pass


for storage_class in (FloatStorage, LongStorage):
    storage_class.__module__ = "torch"
    setattr(torch_module, storage_class.__name__, storage_class)
torch_module._utils = utils_module
sys.modules["torch"] = torch_module
sys.modules["torch._utils"] = utils_module

STORAGE = {"F32": (FloatStorage, 4), "I64": (LongStorage, 8)}


class Storage:
    def __init__(self, key, storage_class, numel, data):
        self.key, self.storage_class, self.numel, self.data = key, storage_class, numel, data


class Tensor:
    def __init__(self, storage, shape):
        self.storage, self.shape = storage, tuple(shape)

    def __reduce_ex__(self, protocol):
        strides, step = [], 1
        for size in reversed(self.shape):
            strides.insert(0, step)
            step *= size
        return (_rebuild_tensor_v2, (self.storage, 0, self.shape, tuple(strides), False, collections.OrderedDict()))


class CheckpointPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            return ("storage", obj.storage_class, obj.key, "cpu", obj.numel)
        return None


def read_safetensors(path):
    with open(path, "rb") as f:
        blob = f.read()
    (header_length,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8 : 8 + header_length])
    base = 8 + header_length
    tensors = collections.OrderedDict()
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        tensors[name] = (info["dtype"], info["shape"], blob[base + begin : base + end])
    return tensors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--wrap", help="save {KEY: state_dict, 'epoch': 500} instead of the state dict")
    parser.add_argument("--prefix", default="", help="prefix every tensor name (nn.DataParallel's 'module.')")
    parser.add_argument("--not-a-dict", action="store_true", help="save a list of the tensors instead")
    args = parser.parse_args()

    state = collections.OrderedDict()
    storages = []
    for name, (dtype, shape, data) in read_safetensors(args.source).items():
        storage_class, width = STORAGE[dtype]
        storage = Storage(str(len(storages)), storage_class, len(data) // width, data)
        storages.append(storage)
        state[args.prefix + name] = Tensor(storage, shape)
    obj = state
    if args.wrap:
        obj = {args.wrap: state, "epoch": 500}
    if args.not_a_dict:
        obj = list(state.values())

    archive = os.path.splitext(os.path.basename(args.out))[0]
    pickled = bytearray()

    class Sink:
        def write(self, chunk):
            pickled.extend(chunk)

    CheckpointPickler(Sink(), protocol=2).dump(obj)
    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_STORED) as z:
        z.writestr(archive + "/data.pkl", bytes(pickled))
        z.writestr(archive + "/byteorder", "little")
        for storage in storages:
            z.writestr(archive + "/data/" + storage.key, storage.data)
        z.writestr(archive + "/version", "3\n")


if __name__ == "__main__":
    main()
