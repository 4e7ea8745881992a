#pragma once

#include "text/WordPieceVocabulary.h"

#include <memory>

namespace tessera {

// BERT's uncased WordPiece vocabulary (30,522 pieces, resources/vocab/bert-base-uncased.txt,
// Apache-2.0), compiled into the binary as a Qt resource so that word pieces need no download.
// Parsed once, on first use; shared thereafter.
class BundledVocabulary {
public:
    static std::shared_ptr<const WordPieceVocabulary> bertUncased();
};

}  // namespace tessera
