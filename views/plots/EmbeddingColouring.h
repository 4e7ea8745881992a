#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tessera {

class KnowledgeGraph;
struct MetaWeightTable;
struct ModalityShareTable;
struct TokenFolder;

// What the Embedding Map's points can be coloured by.
// DominantModality: the slot [CLS] gives most in the last layer (needs the modality shares).
// VisualCode: the code that occurs most often among the entity's visual tokens (needs a token folder).
enum class EmbeddingColour { KeyPrefix = 0, HasImage = 1, Degree = 2, DominantModality = 3, VisualCode = 4 };

// Puts each point of the Embedding Map (an entity, or a relation) into a named colour group for
// one colouring: groups by size, largest first (a triple-count scale in its own order), the
// smallest beyond the palette together as "other". Relations have keys and triples only; the
// colourings by image, attention or code put them all in one group.
class EmbeddingColouring {
    Q_DECLARE_TR_FUNCTIONS(EmbeddingColouring)
public:
    static constexpr int kMaxGroups = 9;  // the ninth and later groups are drawn together as "other"

    struct Inputs {
        const KnowledgeGraph* graph = nullptr;
        bool relations = false;
        const ModalityShareTable* shares = nullptr;  // may be null: "not measured yet"
        const TokenFolder* tokens = nullptr;         // may be null: "no token folder open"
        // An alignment model's meta-weights: they decide the dominant modality instead of the
        // shares. Point e is the table's row e + metaWeightRowOffset (graph B's rows follow A's).
        const MetaWeightTable* metaWeights = nullptr;
        std::int64_t metaWeightRowOffset = 0;
    };
    struct Groups {
        std::vector<int> groupOf;  // per point, an index into names
        QStringList names;
    };

    static Groups groups(EmbeddingColour colouring, const Inputs& inputs);
};

}  // namespace tessera
