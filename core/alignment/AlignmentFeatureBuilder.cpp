#include "alignment/AlignmentFeatureBuilder.h"

#include "graph/KnowledgeGraph.h"
#include "io/AlignmentReader.h"
#include "io/InputError.h"
#include "io/ReadOptions.h"
#include "io/TextTableReader.h"
#include "media/ImageLoader.h"
#include "text/SearchFolding.h"
#include "text/Utf8.h"
#include "tokenizers/ColourPatchTokenizer.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <numeric>
#include <unordered_map>
#include <variant>

namespace tessera {

namespace fs = std::filesystem;

namespace {

// The colour-patch tokenizer's defaults: 14 × 14 patches, 64 colour codes.
constexpr int kGrid = 14;
constexpr int kCodes = 64;
constexpr int kVisualParts = 5;  // whole image + 4 quadrants
constexpr std::uint32_t kMaxId = std::numeric_limits<std::uint32_t>::max() - 1;

bool isEvaFolder(const Dataset& workspace)
{
    return workspace.format == "alignment" && !workspace.sourcePath.empty();
}

// Indices of `counts` ordered by count, largest first; ties keep index order.
std::vector<std::size_t> byFrequency(const std::vector<std::int64_t>& counts, std::size_t keep)
{
    std::vector<std::size_t> order(counts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    order.resize(std::min(order.size(), keep));
    return order;
}

FloatArray zeros(std::int64_t rows, std::int64_t columns)
{
    FloatArray out;
    out.shape = {rows, columns};
    out.values.assign(static_cast<std::size_t>(rows * columns), 0.0F);
    return out;
}

void buildRelations(const Dataset& w, std::int64_t columns, bool compact, AlignmentFeatures& out)
{
    const KnowledgeGraph& a = *w.graphs[0];
    const KnowledgeGraph& b = *w.graphs[1];
    // Pooled relations: graph A's, then graph B's (disjoint, as the reference's global ids are).
    std::vector<std::int64_t> counts(a.relationCount() + b.relationCount(), 0);
    for (std::size_t g = 0; g < 2; ++g) {
        const KnowledgeGraph& graph = *w.graphs[g];
        const std::size_t offset = g == 0 ? 0 : a.relationCount();
        for (const Split split : {Split::Train, Split::Valid, Split::Test}) {
            for (const Triple& t : graph.triples(split))
                counts[offset + t.relation] += 1;
        }
    }
    const std::vector<std::size_t> kept = byFrequency(counts, static_cast<std::size_t>(columns));
    if (compact)
        columns = static_cast<std::int64_t>(kept.size());
    std::vector<std::int64_t> column(counts.size(), -1);
    for (std::size_t c = 0; c < kept.size(); ++c)
        column[kept[c]] = static_cast<std::int64_t>(c);
    FloatArray f = zeros(out.entities, columns);
    for (std::size_t g = 0; g < 2; ++g) {
        const KnowledgeGraph& graph = *w.graphs[g];
        const std::size_t offset = g == 0 ? 0 : a.relationCount();
        const std::int64_t rowOffset = g == 0 ? 0 : out.entitiesA;
        for (const Split split : {Split::Train, Split::Valid, Split::Test}) {
            for (const Triple& t : graph.triples(split)) {
                const std::int64_t c = column[offset + t.relation];
                if (c < 0)
                    continue;
                f.values[static_cast<std::size_t>((rowOffset + t.head) * columns + c)] += 1;
                f.values[static_cast<std::size_t>((rowOffset + t.tail) * columns + c)] += 1;
            }
        }
    }
    out.features[AlignmentModality::Relation] = std::move(f);
    out.notes.push_back("relations: counts over the " + std::to_string(std::min<std::size_t>(kept.size(), columns))
        + " most frequent of " + std::to_string(counts.size()) + " relations, " + std::to_string(columns) + " columns");
}

void buildAttributes(const Dataset& w, std::int64_t columns, AlignmentFeatures& out)
{
    const fs::path folder(w.sourcePath);
    std::unordered_map<std::string, std::size_t> ids;
    std::vector<std::int64_t> counts;
    std::vector<std::pair<std::int64_t, std::size_t>> cells;  // (row, attribute)
    for (std::size_t g = 0; g < 2; ++g) {
        const KnowledgeGraph& graph = *w.graphs[g];
        TextTableReader table((folder / ("training_attrs_" + std::to_string(g + 1))).string());
        while (table.next()) {
            const auto fields = table.fields('\t');
            const auto entity = graph.findEntity(fields[0]);
            if (!entity)
                table.fail("entity '" + std::string(fields[0]) + "' is not in ent_ids_" + std::to_string(g + 1));
            const std::int64_t row = (g == 0 ? 0 : out.entitiesA) + static_cast<std::int64_t>(*entity);
            for (std::size_t i = 1; i < fields.size(); ++i) {
                if (fields[i].empty())
                    continue;
                const auto [it, added] = ids.emplace(std::string(fields[i]), counts.size());
                if (added)
                    counts.push_back(0);
                counts[it->second] += 1;
                cells.emplace_back(row, it->second);
            }
        }
    }
    const std::vector<std::size_t> kept = byFrequency(counts, static_cast<std::size_t>(columns));
    std::vector<std::int64_t> column(counts.size(), -1);
    for (std::size_t c = 0; c < kept.size(); ++c)
        column[kept[c]] = static_cast<std::int64_t>(c);
    const auto width = static_cast<std::int64_t>(kept.size());
    FloatArray f = zeros(out.entities, width);
    for (const auto& [row, attribute] : cells) {
        if (column[attribute] >= 0)
            f.values[static_cast<std::size_t>(row * width + column[attribute])] = 1;
    }
    out.features[AlignmentModality::Attribute] = std::move(f);
    out.notes.push_back("attributes: multi-hot over " + std::to_string(width) + " of " + std::to_string(counts.size())
        + " attribute names (training_attrs_1/2)");
}

// The EVA folder's image vectors by global id; rows without one are marked absent.
void readImageFeatures(const Dataset& w, AlignmentFeatures& out)
{
    const fs::path folder(w.sourcePath);
    const auto [idsA, idsB] = AlignmentReader::globalIds(w.sourcePath);
    std::unordered_map<std::int64_t, std::int64_t> rowOf;
    for (std::size_t i = 0; i < idsA.size(); ++i)
        rowOf[idsA[i]] = static_cast<std::int64_t>(i);
    for (std::size_t i = 0; i < idsB.size(); ++i)
        rowOf[idsB[i]] = out.entitiesA + static_cast<std::int64_t>(i);
    TextTableReader table((folder / "img_features").string());
    FloatArray f;
    std::vector<std::uint8_t> present(static_cast<std::size_t>(out.entities), 0);
    std::int64_t width = -1;
    while (table.next()) {
        const auto fields = table.fields('\t');
        table.expectFieldCount(fields, 2, "id, space-separated values");
        const std::uint32_t id = table.parseId(fields[0], "entity id", kMaxId);
        const auto it = rowOf.find(id);
        if (it == rowOf.end())
            table.fail("entity id " + std::to_string(id) + " is in neither ent_ids_1 nor ent_ids_2");
        std::vector<float> values;
        std::string_view rest = fields[1];
        while (!rest.empty()) {
            const std::size_t space = rest.find(' ');
            const std::string_view word = rest.substr(0, space);
            if (!word.empty()) {
                float v = 0;
                const auto [end, problem] = std::from_chars(word.data(), word.data() + word.size(), v);
                if (problem != std::errc() || end != word.data() + word.size() || !std::isfinite(v))
                    table.fail("'" + std::string(word) + "' is not a finite number");
                values.push_back(v);
            }
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
        if (width < 0) {
            width = static_cast<std::int64_t>(values.size());
            if (width == 0)
                table.fail("no values after the id");
            f = zeros(out.entities, width);
        } else if (static_cast<std::int64_t>(values.size()) != width) {
            table.fail("expected " + std::to_string(width) + " values like the first line, found "
                + std::to_string(values.size()));
        }
        if (present[static_cast<std::size_t>(it->second)] != 0)
            table.fail("entity id " + std::to_string(id) + " has a vector already");
        std::copy(values.begin(), values.end(), f.values.begin() + it->second * width);
        present[static_cast<std::size_t>(it->second)] = 1;
    }
    if (width < 0)
        throw InputError((folder / "img_features").string(), "no image vectors");
    const auto have = std::count(present.begin(), present.end(), std::uint8_t {1});
    out.notes.push_back("image: " + std::to_string(width) + "-value vectors of img_features for " + std::to_string(have)
        + " of " + std::to_string(out.entities) + " entities");
    out.features[AlignmentModality::Visual] = std::move(f);
    if (have < out.entities)
        out.present[AlignmentModality::Visual] = std::move(present);
}

void buildImages(const Dataset& w, const AlignmentFeatureOptions& options, AlignmentFeatures& out)
{
    const ColourPatchTokenizer tokenizer(ColourPatchOptions {kGrid, 4});
    const std::int64_t width = kCodes * kVisualParts;
    FloatArray f = zeros(out.entities, width);
    std::vector<std::uint8_t> present(static_cast<std::size_t>(out.entities), 0);
    std::int64_t unreadable = 0;
    std::int64_t done = 0;
    const float share = 1.0F / static_cast<float>(kGrid * kGrid);
    const float quadrantShare = 4.0F / static_cast<float>(kGrid * kGrid);
    for (std::size_t g = 0; g < 2; ++g) {
        const KnowledgeGraph& graph = *w.graphs[g];
        for (std::size_t e = 0; e < graph.entityCount(); ++e, ++done) {
            if (options.progress && done % 64 == 0 && !options.progress(done, out.entities))
                throw ReadCancelled {};
            const Entity& entity = graph.entity(static_cast<EntityId>(e));
            if (!entity.hasImage())
                continue;
            auto decoded = loadImage(entity.imagePaths.front(), 256);
            if (!std::holds_alternative<DecodedImage>(decoded)) {
                ++unreadable;
                continue;
            }
            const std::vector<std::int64_t> ids = tokenizer.tokenize(std::get<DecodedImage>(decoded).bgra);
            const std::int64_t row = (g == 0 ? 0 : out.entitiesA) + static_cast<std::int64_t>(e);
            float* values = f.values.data() + row * width;
            for (int r = 0; r < kGrid; ++r) {
                for (int c = 0; c < kGrid; ++c) {
                    const std::int64_t code = ids[static_cast<std::size_t>(r * kGrid + c)];
                    const int quadrant = 1 + (r >= kGrid / 2 ? 2 : 0) + (c >= kGrid / 2 ? 1 : 0);
                    values[code] += share;
                    values[quadrant * kCodes + code] += quadrantShare;
                }
            }
            present[static_cast<std::size_t>(row)] = 1;
        }
    }
    const auto have = std::count(present.begin(), present.end(), std::uint8_t {1});
    if (have == 0)
        return;
    out.notes.push_back("image: colour-patch token histograms (whole image and quadrants, " + std::to_string(width)
        + " values) for " + std::to_string(have) + " of " + std::to_string(out.entities) + " entities"
        + (unreadable > 0 ? " (" + std::to_string(unreadable) + " images could not be read: left out)" : ""));
    out.features[AlignmentModality::Visual] = std::move(f);
    if (have < out.entities)
        out.present[AlignmentModality::Visual] = std::move(present);
}

// Lower-case code points of a name, with a boundary mark at both ends.
std::vector<char32_t> namePoints(const std::string& name)
{
    std::vector<char32_t> points {U'^'};
    const std::string folded = foldForSearch(name);
    std::size_t pos = 0;
    while (pos < folded.size())
        points.push_back(utf8::decodeNext(folded, pos));
    points.push_back(U'$');
    return points;
}

void buildCharacters(const Dataset& w, std::int64_t columns, AlignmentFeatures& out)
{
    std::unordered_map<std::uint64_t, std::size_t> ids;
    std::vector<std::int64_t> counts;
    std::vector<std::vector<std::size_t>> perRow(static_cast<std::size_t>(out.entities));
    for (std::size_t g = 0; g < 2; ++g) {
        const KnowledgeGraph& graph = *w.graphs[g];
        for (std::size_t e = 0; e < graph.entityCount(); ++e) {
            const Entity& entity = graph.entity(static_cast<EntityId>(e));
            const std::int64_t row = (g == 0 ? 0 : out.entitiesA) + static_cast<std::int64_t>(e);
            std::vector<std::string> names {entity.label};
            for (const Alias& alias : entity.aliases)
                names.push_back(alias.text);
            for (const std::string& name : names) {
                const std::vector<char32_t> points = namePoints(name);
                for (std::size_t i = 0; i + 1 < points.size(); ++i) {
                    const std::uint64_t bigram = (static_cast<std::uint64_t>(points[i]) << 32U) | points[i + 1];
                    const auto [it, added] = ids.emplace(bigram, counts.size());
                    if (added)
                        counts.push_back(0);
                    counts[it->second] += 1;
                    perRow[static_cast<std::size_t>(row)].push_back(it->second);
                }
            }
        }
    }
    const std::vector<std::size_t> kept = byFrequency(counts, static_cast<std::size_t>(columns));
    std::vector<std::int64_t> column(counts.size(), -1);
    for (std::size_t c = 0; c < kept.size(); ++c)
        column[kept[c]] = static_cast<std::int64_t>(c);
    const auto width = static_cast<std::int64_t>(kept.size());
    FloatArray f = zeros(out.entities, width);
    for (std::size_t row = 0; row < perRow.size(); ++row) {
        for (const std::size_t bigram : perRow[row]) {
            if (column[bigram] >= 0)
                f.values[row * static_cast<std::size_t>(width) + static_cast<std::size_t>(column[bigram])] += 1;
        }
    }
    out.features[AlignmentModality::Character] = std::move(f);
    out.notes.push_back("characters: bigram counts of labels and aliases over the " + std::to_string(width)
        + " most frequent of " + std::to_string(counts.size()) + " bigrams");
}

void buildEdges(const Dataset& w, AlignmentFeatures& out)
{
    std::vector<std::uint64_t> keys;
    const auto n = static_cast<std::uint64_t>(out.entities);
    for (std::size_t g = 0; g < 2; ++g) {
        const KnowledgeGraph& graph = *w.graphs[g];
        const std::uint64_t offset = g == 0 ? 0 : static_cast<std::uint64_t>(out.entitiesA);
        for (const Split split : {Split::Train, Split::Valid, Split::Test}) {
            for (const Triple& t : graph.triples(split)) {
                keys.push_back((offset + t.head) * n + offset + t.tail);
                keys.push_back((offset + t.tail) * n + offset + t.head);
            }
        }
    }
    for (std::uint64_t i = 0; i < n; ++i)
        keys.push_back(i * n + i);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    out.edgeRows.reserve(keys.size());
    out.edgeNeighbours.reserve(keys.size());
    for (const std::uint64_t key : keys) {
        out.edgeRows.push_back(static_cast<std::int64_t>(key / n));
        out.edgeNeighbours.push_back(static_cast<std::int64_t>(key % n));
    }
    out.notes.push_back("structure: " + std::to_string(keys.size()) + " edges (both directions, one self loop each)");
}

bool wanted(const AlignmentFeatureOptions& options, AlignmentModality modality)
{
    return options.modalities.empty()
        || std::find(options.modalities.begin(), options.modalities.end(), modality) != options.modalities.end();
}

}  // namespace

std::vector<AlignmentModality> AlignmentFeatureBuilder::availableModalities(const Dataset& w)
{
    std::vector<AlignmentModality> out;
    std::error_code error;
    const fs::path folder(w.sourcePath);
    const bool eva = isEvaFolder(w);
    bool images = eva && fs::is_regular_file(folder / "img_features", error);
    for (const auto& graph : w.graphs) {
        for (std::size_t e = 0; !images && e < graph->entityCount(); ++e)
            images = graph->entity(static_cast<EntityId>(e)).hasImage();
    }
    if (images)
        out.push_back(AlignmentModality::Visual);
    if (eva && fs::is_regular_file(folder / "training_attrs_1", error)
        && fs::is_regular_file(folder / "training_attrs_2", error))
        out.push_back(AlignmentModality::Attribute);
    out.push_back(AlignmentModality::Relation);
    out.push_back(AlignmentModality::Graph);
    out.push_back(AlignmentModality::Character);
    return out;
}

AlignmentFeatures AlignmentFeatureBuilder::build(const Dataset& w, const AlignmentFeatureOptions& options)
{
    if (!w.isAlignment())
        throw InputError(w.sourcePath, "an alignment workspace needs two graphs");
    AlignmentFeatures out;
    out.entitiesA = static_cast<std::int64_t>(w.graphs[0]->entityCount());
    out.entities = out.entitiesA + static_cast<std::int64_t>(w.graphs[1]->entityCount());
    const std::vector<AlignmentModality> available = availableModalities(w);
    for (const AlignmentModality modality : options.modalities) {
        if (std::find(available.begin(), available.end(), modality) == available.end())
            throw InputError(w.sourcePath,
                "the workspace has no " + std::string(alignmentModalityWord(modality)) + " to build the "
                    + std::string(alignmentModalityKey(modality)) + " modality from");
    }
    const auto on = [&](AlignmentModality m) {
        return wanted(options, m) && std::find(available.begin(), available.end(), m) != available.end();
    };
    std::error_code error;
    if (on(AlignmentModality::Visual)) {
        if (isEvaFolder(w) && fs::is_regular_file(fs::path(w.sourcePath) / "img_features", error))
            readImageFeatures(w, out);
        else
            buildImages(w, options, out);
    }
    if (on(AlignmentModality::Attribute))
        buildAttributes(w, options.attributeColumns, out);
    if (on(AlignmentModality::Relation))
        buildRelations(w, options.relationColumns, options.compactRelations, out);
    if (on(AlignmentModality::Graph))
        buildEdges(w, out);
    if (on(AlignmentModality::Character))
        buildCharacters(w, options.characterColumns, out);
    return out;
}

}  // namespace tessera
