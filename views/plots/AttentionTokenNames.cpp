#include "plots/AttentionTokenNames.h"

#include "io/TokenFolderReader.h"

namespace tessera {

QStringList AttentionTokenNames::of(const EntityAttentionMaps& maps, const TokenFolder* tokens)
{
    QStringList names {QStringLiteral("[CLS]"), tr("structure")};
    for (const std::int64_t id : maps.visualIds)
        names << tr("▣ %1").arg(id);
    for (const std::int64_t id : maps.textIds) {
        if (tokens && id >= 0 && static_cast<std::size_t>(id) < tokens->textVocabulary.size())
            names << QString::fromStdString(tokens->textVocabulary[static_cast<std::size_t>(id)]);
        else
            names << QStringLiteral("#%1").arg(id);
    }
    return names;
}

}  // namespace tessera
