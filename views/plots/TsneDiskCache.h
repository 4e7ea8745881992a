#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tessera {

// t-SNE maps kept on disk between sessions (the Embedding Map's: tens of seconds on a benchmark
// graph), in the user's cache folder, one file per set of input vectors. The key is a hash of
// the vectors themselves, so a retrained model or another graph never finds a stale map, and a
// file that does not read back whole is ignored and written again. Files are written atomically.
class TsneDiskCache {
public:
    struct Entry {
        std::vector<float> xy;  // N × 2
        QString note;
    };

    // The cache folder's tsne/ (QStandardPaths::CacheLocation), or `folder` when given.
    explicit TsneDiskCache(QString folder = {});

    static QString keyOf(std::span<const float> vectors, std::int64_t dim);
    std::optional<Entry> load(const QString& key, std::int64_t points) const;
    // Returns false when the file cannot be written (a read-only cache is not an error).
    bool store(const QString& key, const Entry& entry) const;
    QString pathOf(const QString& key) const;

private:
    QString folder_;
};

}  // namespace tessera
