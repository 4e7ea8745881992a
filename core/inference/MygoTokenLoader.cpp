#include "inference/MygoTokenLoader.h"

#include "graph/KnowledgeGraph.h"
#include "io/EntityTokenFileReader.h"
#include "io/InputError.h"
#include "models/mygo/TokenSelection.h"
#include "tensors/SafetensorsFile.h"

namespace tessera {

namespace {

FloatArray readTable(const TokenSource& source)
{
    const SafetensorsFile file = SafetensorsFile::open(source.tableFile);
    std::string name = source.tableTensor;
    if (name.empty()) {
        if (file.names().size() != 1)
            throw InputError(source.tableFile,
                "holds " + std::to_string(file.names().size()) + " tensors; name the token table with FILE:TENSOR");
        name = file.names().front();
    }
    file.requireTensor(name, TensorDType::F32, {-1, -1});
    FloatArray table;
    table.shape = file.info(name).shape;
    table.values = file.toFloat32(name);
    return table;
}

void fillModality(const KnowledgeGraph& graph, const TokenSource& source, const FloatArray& table,
    std::vector<std::int64_t>& index, std::vector<std::uint8_t>& mask)
{
    const std::int64_t rows = table.shape[0];
    const std::int64_t pad = source.padId.value_or(rows - 1);
    if (pad < 0 || pad >= rows)
        throw InputError(source.tableFile,
            "pad id " + std::to_string(pad) + " is outside the table (" + std::to_string(rows) + " rows)");
    // The table's rows are the codes and the pad row: an id may name any row but the pad's own
    // meaning is "no token", which the reference never writes, so all rows are accepted.
    const EntityTokens raw = readEntityTokens(source.tokensJson, graph, rows, "the table " + source.tableFile);
    index.clear();
    mask.clear();
    for (const auto& tokens : raw.tokens) {
        const SelectedTokens selected = selectTopTokens(tokens, source.slots, pad);
        index.insert(index.end(), selected.ids.begin(), selected.ids.end());
        mask.insert(mask.end(), selected.mask.begin(), selected.mask.end());
    }
}

FloatArray emptyTable(std::int64_t width)
{
    FloatArray table;
    table.shape = {1, width};
    table.values.assign(static_cast<std::size_t>(width), 0.0F);
    return table;
}

}  // namespace

MygoTokenInputs loadMygoTokens(const KnowledgeGraph& graph, const std::optional<TokenSource>& visual,
    const std::optional<TokenSource>& text, std::int64_t visualTokenDim, std::int64_t textTokenDim)
{
    MygoTokenInputs inputs;
    if (visual) {
        inputs.visualTable = readTable(*visual);
        fillModality(graph, *visual, inputs.visualTable, inputs.visualIndex, inputs.visualMask);
    } else {
        inputs.visualTable = emptyTable(visualTokenDim);
    }
    if (text) {
        inputs.textTable = readTable(*text);
        fillModality(graph, *text, inputs.textTable, inputs.textIndex, inputs.textMask);
    } else {
        inputs.textTable = emptyTable(textTokenDim);
    }
    return inputs;
}

}  // namespace tessera
