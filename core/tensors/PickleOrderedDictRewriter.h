#pragma once

#include <string>
#include <string_view>

namespace tessera {

// LibTorch 1.13's unpickler turns every collections.OrderedDict into None (it only expects one as
// a tensor's empty backward-hooks argument), so the state dict PyTorch saves — an OrderedDict —
// reads as None and its items fail to load. This rewrites a pickle stream (protocols 0-5) so that
// each `OrderedDict()` construction — the GLOBAL (with the memo put that may follow it, which is
// kept so that memo numbering does not shift) or a memo get of it, then an empty argument tuple
// and REDUCE — becomes EMPTY_DICT; the items that follow are set with SETITEM(S) as on any dict.
// Every other opcode is copied unchanged. Insertion order, which is what OrderedDict adds, is
// kept by LibTorch's dicts as well.
//
// It walks opcodes, never searches bytes, so tensor names or data that happen to contain
// "OrderedDict" are left alone. Throws std::invalid_argument naming the byte offset for an
// unknown or truncated opcode, or an OrderedDict built another way (with arguments).
std::string rewriteOrderedDictsAsDicts(std::string_view pickle);

}  // namespace tessera
