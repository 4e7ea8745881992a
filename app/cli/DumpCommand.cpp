#include "cli/DumpCommand.h"

#include "cli/AlignmentDumpCommand.h"
#include "cli/CliOutput.h"
#include "cli/EvaluateCommand.h"
#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "tensors/SafetensorsWriter.h"

#include <algorithm>
#include <optional>

namespace tessera {

namespace {

// Entities per attention call: the [layers, n, heads, L, L] probabilities and the encoder's
// activations of a chunk stay small (512 × 14 × 14 × heads floats per layer) on any graph.
constexpr std::size_t kAttentionChunk = 512;

// Attention of `entities` in chunks, joined along the entity axis (axis 1).
FloatArray chunkedAttention(MygoModel& model, const std::vector<EntityId>& entities)
{
    FloatArray all;
    std::vector<FloatArray> chunks;
    for (std::size_t start = 0; start < entities.size(); start += kAttentionChunk) {
        const std::size_t count = std::min(kAttentionChunk, entities.size() - start);
        chunks.push_back(model.entityAttention(std::span<const EntityId>(entities.data() + start, count)));
    }
    if (chunks.size() == 1)
        return std::move(chunks.front());
    all.shape = chunks.front().shape;
    all.shape[1] = static_cast<std::int64_t>(entities.size());
    const auto layers = static_cast<std::size_t>(all.shape[0]);
    all.values.reserve(
        chunks.front().values.size() / static_cast<std::size_t>(chunks.front().shape[1]) * entities.size());
    for (std::size_t layer = 0; layer < layers; ++layer) {
        for (const FloatArray& chunk : chunks) {
            const std::size_t block = chunk.values.size() / layers;
            all.values.insert(all.values.end(), chunk.values.begin() + static_cast<std::ptrdiff_t>(layer * block),
                chunk.values.begin() + static_cast<std::ptrdiff_t>((layer + 1) * block));
        }
    }
    return all;
}

}  // namespace

int DumpCommand::run(const QStringList& arguments)
{
    // An alignment model reads a workspace of two graphs; its tensors have their own command.
    if (arguments.contains(QStringLiteral("--workspace")))
        return AlignmentDumpCommand::run(arguments);
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("model"), QStringLiteral("what"), QStringLiteral("out"),
            QStringLiteral("entities"), QStringLiteral("split"), QStringLiteral("device")},
        {});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("dump: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto modelPath = args.value(QStringLiteral("model"));
    const auto what = args.value(QStringLiteral("what"));
    const auto out = args.value(QStringLiteral("out"));
    if (!graphPath || !modelPath || !what || !out || !args.positional().isEmpty())
        return failBadInput(tr(
            "dump: expected tessera dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors"));
    const bool reps = *what == QLatin1String("entity-reps");
    const bool attention = *what == QLatin1String("attention");
    const bool scores = *what == QLatin1String("scores");
    if (!reps && !attention && !scores)
        return failBadInput(tr("dump: unknown --what '%1', expected entity-reps, attention or scores").arg(*what));
    const auto entityList = args.value(QStringLiteral("entities"));
    if (entityList && !attention)
        return failBadInput(tr("dump: --entities applies to --what attention only"));
    const QString splitText = args.value(QStringLiteral("split")).value_or(QStringLiteral("test"));
    const auto split = splitFromName(splitText.toStdString());
    if (!split)
        return failBadInput(tr("dump: unknown split '%1', expected train, valid or test").arg(splitText));
    if (args.value(QStringLiteral("split")) && !scores)
        return failBadInput(tr("dump: --split applies to --what scores only"));

    ModelOnGraph opened = openModelOnGraph(
        *graphPath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    const KnowledgeGraph& graph = *opened.graph;
    MygoModel& model = *opened.model;

    SafetensorsWriter writer;
    writer.setMetadata("format", "pt");
    writer.setMetadata("producer", "tessera dump");
    writer.setMetadata("what", what->toStdString());
    writer.setMetadata("model", modelPath->toStdString());
    writer.setMetadata("graph", graph.metadata().sourcePath);
    QString summary;
    if (reps) {
        const FloatArray& entities = model.entityRepresentations();
        writer.add("ent_embs", entities.shape, std::span<const float>(entities.values));
        const FloatArray relations = model.relationRepresentations();
        writer.add("rel_embs", relations.shape, std::span<const float>(relations.values));
        summary = tr("ent_embs [%1, %2], rel_embs [%3, %2]")
                      .arg(entities.dim(0))
                      .arg(entities.dim(1))
                      .arg(relations.dim(0));
    } else if (attention) {
        std::vector<EntityId> ids;
        if (entityList) {
            for (const QString& key : entityList->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto id = graph.findEntity(key.trimmed().toStdString());
                if (!id)
                    return failBadInput(tr("dump: unknown entity key '%1' in %2").arg(key.trimmed(), *graphPath));
                ids.push_back(*id);
            }
            if (ids.empty())
                return failBadInput(tr("dump: --entities lists no entity"));
        } else {
            ids.resize(graph.entityCount());
            for (std::size_t i = 0; i < ids.size(); ++i)
                ids[i] = static_cast<EntityId>(i);
        }
        const FloatArray weights = chunkedAttention(model, ids);
        writer.add("cmee_attn_weights", weights.shape, std::span<const float>(weights.values));
        const std::vector<std::int64_t> wide(ids.begin(), ids.end());
        writer.add("entity_ids", {static_cast<std::int64_t>(wide.size())}, std::span<const std::int64_t>(wide));
        summary = tr("cmee_attn_weights [%1, %2, %3, %4, %4] for %2 entities")
                      .arg(weights.dim(0))
                      .arg(weights.dim(1))
                      .arg(weights.dim(2))
                      .arg(weights.dim(3));
    } else {
        const std::span<const Triple> triples = graph.triples(*split);
        if (triples.empty())
            return failBadInput(tr("%1: the %2 split has no triples").arg(*graphPath, splitText));
        const MygoConfig& c = model.config();
        const auto n = static_cast<std::int64_t>(triples.size());
        std::vector<std::int64_t> plain;
        std::vector<std::int64_t> tailEncoded;
        std::vector<std::int64_t> headEncoded;
        std::vector<LinkQuery> tailQueries;
        std::vector<LinkQuery> headQueries;
        for (const Triple& t : triples) {
            plain.insert(plain.end(), {t.head, t.relation, t.tail});
            // The reference's encoding: entities shifted by R, relations by N, the mask id N + R.
            tailEncoded.insert(tailEncoded.end(), {t.head + c.numRelations, t.relation + c.numEntities, c.maskId()});
            headEncoded.insert(headEncoded.end(), {c.maskId(), t.relation + c.numEntities, t.tail + c.numRelations});
            tailQueries.push_back({t.head, t.relation, kNoEntity});
            headQueries.push_back({kNoEntity, t.relation, t.tail});
        }
        const std::string prefix = splitText.toStdString();
        writer.add(prefix + "_triples", {n, 3}, std::span<const std::int64_t>(plain));
        writer.add(prefix + "_tail_queries", {n, 3}, std::span<const std::int64_t>(tailEncoded));
        writer.add(prefix + "_head_queries", {n, 3}, std::span<const std::int64_t>(headEncoded));
        // One direction at a time: [n, N] floats each (500 MB for DB15K's test split).
        {
            const FloatArray tail = model.scoreQueries(tailQueries);
            writer.add(prefix + "_tail_scores", tail.shape, std::span<const float>(tail.values));
        }
        {
            const FloatArray head = model.scoreQueries(headQueries);
            writer.add(prefix + "_head_scores", head.shape, std::span<const float>(head.values));
        }
        summary = tr("%1_tail_scores and %1_head_scores [%2, %3], queries and triples [%2, 3]")
                      .arg(splitText)
                      .arg(n)
                      .arg(static_cast<qulonglong>(graph.entityCount()));
    }
    try {
        writer.write(out->toStdString());
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    }
    printOut(tr("wrote %1: %2\n").arg(*out, summary));
    return kExitOk;
}

}  // namespace tessera
