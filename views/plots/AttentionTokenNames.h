#pragma once

#include "attention/EntityAttentionMaps.h"

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

struct TokenFolder;

// Names of the tokens MyGO's entity encoder reads, in its order: "[CLS]", "structure", a visual
// code "▣ 417" per visual slot, and per text slot the word piece (or word) the token folder's
// vocabulary names for the id, "#id" when there is no folder or it does not name the id.
class AttentionTokenNames {
    Q_DECLARE_TR_FUNCTIONS(AttentionTokenNames)

public:
    static QStringList of(const EntityAttentionMaps& maps, const TokenFolder* tokens);
};

}  // namespace tessera
