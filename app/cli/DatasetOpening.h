#pragma once

#include "graph/Dataset.h"

#include <QString>

#include <optional>

namespace tessera {

// A data set read for a subcommand, or the one-line reason it could not be.
struct OpenedDataset {
    Dataset dataset;
    QString error;
};

// Reads PATH with the readers of core/io; `format` ("auto" or a format name) overrides detection.
OpenedDataset openDataset(const QString& path, const std::optional<QString>& format);

}  // namespace tessera
