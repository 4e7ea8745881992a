#include "cli/EntityResolver.h"

#include "graph/KnowledgeGraph.h"

#include <set>

namespace tessera {

namespace {

// Enough candidates to choose from on one line; the total says how many more there are.
constexpr std::size_t kShownCandidates = 10;
// Exact label/alias matches are looked for among this many best hits (exact ones come first).
constexpr std::size_t kSearchLimit = 200;
constexpr std::size_t kSuggestions = 5;

QString quoted(const Entity& e)
{
    const QString key = QString::fromStdString(e.key);
    return e.label.empty() || e.label == e.key ? key
                                               : QStringLiteral("%1 (%2)").arg(key, QString::fromStdString(e.label));
}

}  // namespace

EntityResolution EntityResolver::resolve(const KnowledgeGraph& graph, const QString& text)
{
    const std::string wanted = text.toStdString();
    if (const auto byKey = graph.findEntity(wanted))
        return {byKey, false, {}};
    const auto result = graph.names().search(wanted, kSearchLimit);
    std::set<EntityId> exact;
    for (const NameIndex::Hit& hit : result.hits) {
        if (hit.kind == NameIndex::MatchKind::Exact && hit.field != NameIndex::Field::Key)
            exact.insert(hit.entity);
    }
    if (exact.size() == 1)
        return {*exact.begin(), false, {}};
    const QString graphName = QString::fromStdString(graph.metadata().name);
    if (exact.size() > 1) {
        QStringList shown;
        for (const EntityId e : exact) {
            if (static_cast<std::size_t>(shown.size()) == kShownCandidates)
                break;
            shown << quoted(graph.entity(e));
        }
        return {std::nullopt, true,
            tr("'%1' names %2 entities of %3; give one of their keys: %4%5")
                .arg(text)
                .arg(exact.size())
                .arg(graphName, shown.join(QStringLiteral(", ")),
                    exact.size() > kShownCandidates ? tr(", … (%1 more)").arg(exact.size() - kShownCandidates)
                                                    : QString())};
    }
    QStringList close;
    for (const NameIndex::Hit& hit : result.hits) {
        if (static_cast<std::size_t>(close.size()) == kSuggestions)
            break;
        const QString candidate = quoted(graph.entity(hit.entity));
        if (!close.contains(candidate))
            close << candidate;
    }
    QString error = tr("no entity of %1 has the key, label or alias '%2'").arg(graphName, text);
    if (!close.isEmpty())
        error += tr(" (did you mean: %1?)").arg(close.join(QStringLiteral(", ")));
    return {std::nullopt, false, error};
}

}  // namespace tessera
