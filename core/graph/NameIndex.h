#pragma once

#include "graph/Ids.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tessera {

struct Entity;

// Search-as-you-type over entity labels, aliases and keys. Names are folded once
// (foldForSearch: case, diacritics, full-width forms) into one contiguous buffer; a query scans
// that buffer with memchr for the query's rarest byte (byte frequencies are counted at build)
// and compares around each hit, so a 3-letter query over 60k names stays well under a
// millisecond and needs no trie. Matches rank: exact name, then name prefix, then word prefix
// (a word starts after a space or punctuation, and every CJK character starts a word), then
// any substring; then label before alias before key, shorter names first, lower id first.
class NameIndex {
public:
    enum class MatchKind : std::uint8_t { Exact = 0, Prefix = 1, WordPrefix = 2, Substring = 3 };
    enum class Field : std::uint8_t { Label = 0, Alias = 1, Key = 2 };

    struct Hit {
        EntityId entity = kNoEntity;
        MatchKind kind = MatchKind::Substring;
        Field field = Field::Label;
        // Index of the alias that matched when field == Alias.
        std::uint32_t aliasIndex = 0;
    };

    struct Result {
        std::vector<Hit> hits;         // best first, at most `limit`
        std::size_t totalMatches = 0;  // distinct entities that match at all
    };

    NameIndex() = default;
    explicit NameIndex(const std::vector<Entity>& entities);

    // An empty (or all-blank) query matches nothing; the caller decides what to show then.
    Result search(std::string_view query, std::size_t limit) const;

    std::size_t nameCount() const { return records_.size(); }

private:
    struct Record {
        std::uint32_t start = 0;
        std::uint32_t length = 0;
        EntityId entity = kNoEntity;
        Field field = Field::Label;
        std::uint32_t aliasIndex = 0;
    };

    void add(std::string_view name, EntityId entity, Field field, std::uint32_t aliasIndex);

    std::string buffer_;
    std::vector<Record> records_;
    std::array<std::uint32_t, 256> byteCounts_ {};
};

}  // namespace tessera
