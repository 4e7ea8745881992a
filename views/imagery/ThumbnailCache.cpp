#include "imagery/ThumbnailCache.h"

#include "media/ImageLoader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tessera {

namespace {

// Two decoders keep one core free for the UI on small machines; more rarely helps because
// thumbnails are small and the disk is the limit.
constexpr int kMaxDecoders = 2;
// waitForPending() rounds before giving up; each round waits for every queued decode.
constexpr int kMaxWaitRounds = 100;

QImage toQImage(const DecodedImage& decoded)
{
    const cv::Mat& bgra = decoded.bgra;
    // OpenCV's BGRA bytes are Qt's ARGB32 on little-endian machines; copy() detaches from the
    // Mat's buffer before it goes away. Premultiplied is the format QPainter draws fastest.
    const QImage view(bgra.data, bgra.cols, bgra.rows, static_cast<qsizetype>(bgra.step), QImage::Format_ARGB32);
    return view.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

}  // namespace

ThumbnailCache::ThumbnailCache(int maxSide, qsizetype maxBytes, QObject* parent)
    : QObject(parent)
    , maxSide_(maxSide)
    , placeholder_(placeholder(maxSide))
{
    pool_.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, kMaxDecoders));
    cache_.setMaxCost(maxBytes);
}

ThumbnailCache::~ThumbnailCache()
{
    pool_.waitForDone();
}

QImage ThumbnailCache::thumbnail(const QString& path)
{
    if (const QImage* cached = cache_.object(path))
        return *cached;
    if (failed_.contains(path))
        return placeholder_;
    if (pending_.contains(path) || path.isEmpty())
        return {};
    pending_.insert(path);
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
        deliver(watcher->result());
        watcher->deleteLater();
    });
    const int side = maxSide_;
    watcher->setFuture(QtConcurrent::run(&pool_, [path, side] {
        Decoded decoded;
        decoded.path = path;
        try {
            auto loaded = loadImage(path.toStdString(), side);
            if (auto* image = std::get_if<DecodedImage>(&loaded))
                decoded.image = toQImage(*image);
            else
                decoded.problem = QString::fromStdString(std::get<std::string>(loaded));
        } catch (const std::exception& e) {
            decoded.problem = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(e.what()));
        }
        if (decoded.image.isNull() && decoded.problem.isEmpty())
            decoded.problem = QCoreApplication::translate("ThumbnailCache", "%1: cannot decode image").arg(path);
        return decoded;
    }));
    return {};
}

void ThumbnailCache::deliver(const Decoded& decoded)
{
    pending_.remove(decoded.path);
    if (decoded.image.isNull()) {
        failed_.insert(decoded.path);
        qWarning("%s", qPrintable(decoded.problem));
        Q_EMIT loadFailed(decoded.path, decoded.problem);
    } else {
        cache_.insert(decoded.path, new QImage(decoded.image), std::max<qsizetype>(1, decoded.image.sizeInBytes()));
    }
    Q_EMIT thumbnailReady(decoded.path);
}

void ThumbnailCache::waitForPending()
{
    // Bounded: a watcher whose result never arrives must not hang a headless render.
    for (int round = 0; round < kMaxWaitRounds && !pending_.isEmpty(); ++round) {
        pool_.waitForDone();
        // The finished signals are queued to this thread; deliver them now.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    }
}

QImage ThumbnailCache::placeholder(int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xE6, 0xE8, 0xEB));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = side / 8.0;
    QPen pen(QColor(0x8A, 0x90, 0x99), std::max<qreal>(1.0, unit / 2.5));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // A picture frame with a crack through it.
    const QRectF frame(unit * 1.5, unit * 2, unit * 5, unit * 4);
    painter.drawRoundedRect(frame, unit / 2, unit / 2);
    QPainterPath crack;
    crack.moveTo(frame.center().x() - unit * 0.3, frame.top());
    crack.lineTo(frame.center().x() + unit * 0.4, frame.center().y() - unit * 0.3);
    crack.lineTo(frame.center().x() - unit * 0.4, frame.center().y() + unit * 0.4);
    crack.lineTo(frame.center().x() + unit * 0.2, frame.bottom());
    painter.drawPath(crack);
    return image;
}

}  // namespace tessera
