#include "graph/NameIndex.h"

#include "graph/Entity.h"
#include "text/SearchFolding.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <tuple>

namespace tessera {

namespace {

// Separates the folded names in the buffer; foldForSearch turns every control character into a
// space, so no name can contain it and no match can span two names.
constexpr char kRecordSeparator = '\x1F';

bool startsWord(std::string_view buffer, std::size_t offset, std::size_t recordStart)
{
    if (offset == recordStart)
        return true;
    const auto previous = static_cast<unsigned char>(buffer[offset - 1]);
    if (previous < 0x80)
        return std::isalnum(previous) == 0;
    // A multi-byte character before the match: a word boundary when either side is CJK.
    std::size_t lead = offset - 1;
    while (lead > recordStart && (static_cast<unsigned char>(buffer[lead]) & 0xC0U) == 0x80U)
        --lead;
    std::size_t pos = lead;
    if (utf8::isCjk(utf8::decodeNext(buffer, pos)))
        return true;
    pos = offset;
    return utf8::isCjk(utf8::decodeNext(buffer, pos));
}

}  // namespace

NameIndex::NameIndex(const std::vector<Entity>& entities)
{
    for (std::size_t id = 0; id < entities.size(); ++id) {
        const Entity& entity = entities[id];
        const auto entityId = static_cast<EntityId>(id);
        add(entity.label, entityId, Field::Label, 0);
        for (std::size_t a = 0; a < entity.aliases.size(); ++a)
            add(entity.aliases[a].text, entityId, Field::Alias, static_cast<std::uint32_t>(a));
        add(entity.key, entityId, Field::Key, 0);
    }
    for (const char c : buffer_)
        ++byteCounts_[static_cast<unsigned char>(c)];
}

void NameIndex::add(std::string_view name, EntityId entity, Field field, std::uint32_t aliasIndex)
{
    const std::string folded = foldForSearch(name);
    if (folded.empty())
        return;
    // A key identical to the label adds nothing but duplicate hits.
    if (field == Field::Key && !records_.empty() && records_.back().entity == entity
        && std::string_view(buffer_).substr(records_.back().start, records_.back().length) == folded)
        return;
    Record record;
    record.start = static_cast<std::uint32_t>(buffer_.size());
    record.length = static_cast<std::uint32_t>(folded.size());
    record.entity = entity;
    record.field = field;
    record.aliasIndex = aliasIndex;
    buffer_ += folded;
    buffer_.push_back(kRecordSeparator);
    records_.push_back(record);
}

NameIndex::Result NameIndex::search(std::string_view query, std::size_t limit) const
{
    Result result;
    const std::string needle = foldForSearch(query);
    if (needle.empty() || records_.empty())
        return result;

    struct Candidate {
        Hit hit;
        std::uint32_t nameLength = 0;
    };
    std::vector<Candidate> candidates;

    // Anchor on the needle byte that is rarest in the buffer: memchr skips to its occurrences
    // at memory speed and only those few are compared in full.
    std::size_t anchor = 0;
    for (std::size_t i = 1; i < needle.size(); ++i) {
        if (byteCounts_[static_cast<unsigned char>(needle[i])]
            < byteCounts_[static_cast<unsigned char>(needle[anchor])])
            anchor = i;
    }
    const char anchorByte = needle[anchor];
    const std::string_view haystack(buffer_);
    const char* const base = buffer_.data();
    std::size_t searchFrom = anchor;
    std::size_t recordIndex = 0;
    std::size_t nextAllowed = 0;  // matches before this offset belong to an already-ranked record
    while (searchFrom < buffer_.size()) {
        const void* found = std::memchr(base + searchFrom, anchorByte, buffer_.size() - searchFrom);
        if (found == nullptr)
            break;
        const auto hitAt = static_cast<std::size_t>(static_cast<const char*>(found) - base);
        searchFrom = hitAt + 1;
        const std::size_t at = hitAt - anchor;
        if (at < nextAllowed || at + needle.size() > buffer_.size() || haystack.compare(at, needle.size(), needle) != 0)
            continue;
        // Matches arrive in buffer order, so the owning record only ever moves forward.
        while (recordIndex + 1 < records_.size() && records_[recordIndex + 1].start <= at)
            ++recordIndex;
        const Record& record = records_[recordIndex];
        MatchKind kind = MatchKind::Substring;
        if (at == record.start)
            kind = needle.size() == record.length ? MatchKind::Exact : MatchKind::Prefix;
        else if (startsWord(buffer_, at, record.start))
            kind = MatchKind::WordPrefix;
        candidates.push_back(Candidate {Hit {record.entity, kind, record.field, record.aliasIndex}, record.length});
        // One hit per record is enough: the first occurrence is the best-ranked one except
        // when a later one starts a word, so keep looking in this record only after a plain
        // substring hit.
        if (kind != MatchKind::Substring) {
            nextAllowed = record.start + record.length + 1;
            searchFrom = std::max(searchFrom, nextAllowed + anchor);
        }
    }

    const auto rankKey = [](const Candidate& c) {
        return std::make_tuple(static_cast<int>(c.hit.kind), static_cast<int>(c.hit.field), c.nameLength, c.hit.entity);
    };
    // Keep each entity's best hit.
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.hit.entity != b.hit.entity)
            return a.hit.entity < b.hit.entity;
        return rankKey(a) < rankKey(b);
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.hit.entity == b.hit.entity; }),
        candidates.end());
    result.totalMatches = candidates.size();
    const std::size_t keep = std::min(limit, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep), candidates.end(),
        [&](const Candidate& a, const Candidate& b) { return rankKey(a) < rankKey(b); });
    result.hits.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i)
        result.hits.push_back(candidates[i].hit);
    return result;
}

}  // namespace tessera
