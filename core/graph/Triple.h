#pragma once

#include "graph/Ids.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tessera {

struct Triple {
    EntityId head = kNoEntity;
    RelationId relation = kNoRelation;
    EntityId tail = kNoEntity;

    bool operator==(const Triple&) const = default;
};

// Where a triple belongs for link prediction. Browsing shows all three; training sees Train only.
enum class Split : std::uint8_t { Train = 0, Valid = 1, Test = 2 };

inline constexpr std::array<Split, 3> kAllSplits = {Split::Train, Split::Valid, Split::Test};

constexpr std::string_view splitName(Split split)
{
    switch (split) {
    case Split::Train:
        return "train";
    case Split::Valid:
        return "valid";
    case Split::Test:
        return "test";
    }
    return "train";
}

std::optional<Split> splitFromName(std::string_view name);

}  // namespace tessera
