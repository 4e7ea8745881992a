#pragma once

namespace tessera {

struct TokenFolder;

// Reads the visual codebook's vectors of a token folder (its visual table: K + 1 rows, the last
// the pad, or K) into folder.codeVectors. Nothing when the folder names no table. Throws
// InputError naming the file for a missing, truncated or mis-shaped table.
void readCodeVectors(TokenFolder& folder);

}  // namespace tessera
