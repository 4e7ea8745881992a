#include "plots/TsneDiskCache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace tessera {

namespace {

// Bumped when the t-SNE settings the window uses or the file layout change: old maps are then
// other keys, never misread.
constexpr quint32 kFormat = 1;
constexpr quint32 kMagic = 0x54534e45;  // "TSNE"

}  // namespace

TsneDiskCache::TsneDiskCache(QString folder)
    : folder_(folder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tsne")
            : std::move(folder))
{
}

QString TsneDiskCache::keyOf(std::span<const float> vectors, std::int64_t dim)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint32 format = kFormat;
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&format), sizeof format));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&dim), sizeof dim));
    hash.addData(QByteArrayView(
        reinterpret_cast<const char*>(vectors.data()), static_cast<qsizetype>(vectors.size() * sizeof(float))));
    return QString::fromLatin1(hash.result().toHex());
}

QString TsneDiskCache::pathOf(const QString& key) const
{
    return folder_ + QLatin1Char('/') + key + QStringLiteral(".tsne");
}

std::optional<TsneDiskCache::Entry> TsneDiskCache::load(const QString& key, std::int64_t points) const
{
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    quint32 magic = 0;
    quint32 format = 0;
    qint64 n = 0;
    in >> magic >> format >> n;
    if (in.status() != QDataStream::Ok || magic != kMagic || format != kFormat || n != points)
        return std::nullopt;
    Entry entry;
    entry.xy.resize(static_cast<std::size_t>(2 * n));
    const auto bytes = static_cast<int>(entry.xy.size() * sizeof(float));
    if (in.readRawData(reinterpret_cast<char*>(entry.xy.data()), bytes) != bytes)
        return std::nullopt;
    in >> entry.note;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return entry;
}

bool TsneDiskCache::store(const QString& key, const Entry& entry) const
{
    if (!QDir().mkpath(folder_))
        return false;
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out << kMagic << kFormat << static_cast<qint64>(entry.xy.size() / 2);
    out.writeRawData(reinterpret_cast<const char*>(entry.xy.data()), static_cast<int>(entry.xy.size() * sizeof(float)));
    out << entry.note;
    return out.status() == QDataStream::Ok && file.commit();
}

}  // namespace tessera
