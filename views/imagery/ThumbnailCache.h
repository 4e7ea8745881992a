#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace tessera {

// Decoded, shrunk images for the UI, loaded off the UI thread. thumbnail() answers at once
// from a byte-bounded LRU cache, or starts one background decode (core's loadImage, OpenCV)
// and answers null; thumbnailReady() follows on the UI thread. The worker converts the cv::Mat
// to a QImage and touches nothing else, so no widget is ever reached from a worker. A file that
// fails to decode gets a drawn placeholder and one loadFailed() with the one-line problem; it is
// not retried, because it would fail again.
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    // maxSide: longer side of the thumbnails in pixels; maxBytes: LRU budget.
    explicit ThumbnailCache(int maxSide, qsizetype maxBytes, QObject* parent = nullptr);
    ~ThumbnailCache() override;

    int maxSide() const { return maxSide_; }
    // The thumbnail, the placeholder for a failed file, or a null image while loading.
    QImage thumbnail(const QString& path);
    bool isLoading(const QString& path) const { return pending_.contains(path); }
    int pendingCount() const { return static_cast<int>(pending_.size()); }
    // Bytes held by decoded thumbnails (placeholders not counted).
    qsizetype cachedBytes() const { return cache_.totalCost(); }
    // Blocks until queued decodes finished and their results were delivered. For headless
    // rendering and tests only; a window never waits.
    void waitForPending();

    // A neutral "no picture" tile with a broken-image mark, side × side.
    static QImage placeholder(int side);

Q_SIGNALS:
    void thumbnailReady(const QString& path);
    void loadFailed(const QString& path, const QString& problem);

private:
    struct Decoded {
        QString path;
        QImage image;
        QString problem;
    };
    void deliver(const Decoded& decoded);

    int maxSide_;
    QThreadPool pool_;
    QCache<QString, QImage> cache_;
    QSet<QString> pending_;
    QSet<QString> failed_;
    QImage placeholder_;
};

}  // namespace tessera
