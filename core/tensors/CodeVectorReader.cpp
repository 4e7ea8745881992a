#include "tensors/CodeVectorReader.h"

#include "io/InputError.h"
#include "io/TokenFolderReader.h"
#include "tensors/SafetensorsFile.h"

#include <string>

namespace tessera {

void readCodeVectors(TokenFolder& folder)
{
    if (folder.visualTable.empty() || !folder.visual)
        return;
    const SafetensorsFile file = SafetensorsFile::open(folder.visualTable);
    const TensorInfo* table = &file.requireShape("table", {-1, -1});
    const std::int64_t codes = folder.visual->codes;
    if (table->shape[0] != codes && table->shape[0] != codes + 1)
        throw InputError(folder.visualTable,
            "tensor 'table' should have " + std::to_string(codes) + " or " + std::to_string(codes + 1)
                + " rows (the codes, and the pad), as tokens.json gives");
    std::vector<float> values = file.toFloat32("table");
    values.resize(static_cast<std::size_t>(codes * table->shape[1]));
    folder.codeWidth = table->shape[1];
    folder.codeVectors = std::move(values);
}

}  // namespace tessera
