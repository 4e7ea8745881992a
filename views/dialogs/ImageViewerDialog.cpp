#include "dialogs/ImageViewerDialog.h"

#include "media/ImageLoader.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace tessera {

namespace {

// Longest side decoded: sharp on a 4K screen, bounded memory for a huge photograph.
constexpr int kMaxSide = 2400;
// Small images are enlarged by a whole factor up to about this many pixels on the longer side.
constexpr int kComfortableSide = 500;

struct Loaded {
    QImage image;
    QString problem;
    QSize original;
};

}  // namespace

ImageViewerDialog::ImageViewerDialog(const QString& path, const QString& title, QWidget* parent)
    : QDialog(parent)
    , path_(path)
    , image_(new QLabel(this))
    , caption_(new QLabel(this))
{
    setWindowTitle(tr("%1 — %2").arg(title, QFileInfo(path).fileName()));
    image_->setAlignment(Qt::AlignCenter);
    image_->setText(tr("Loading…"));
    caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption_->setForegroundRole(QPalette::PlaceholderText);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(image_);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignCenter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(caption_);
    layout->addWidget(buttons);
    resize(720, 560);

    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        showImage(loaded.image, loaded.problem);
        if (!loaded.image.isNull())
            caption_->setText(
                tr("%1 × %2 pixels · %3").arg(loaded.original.width()).arg(loaded.original.height()).arg(path_));
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Loaded loaded;
        auto result = loadImage(path.toStdString(), kMaxSide);
        if (auto* decoded = std::get_if<DecodedImage>(&result)) {
            const cv::Mat& m = decoded->bgra;
            loaded.image = QImage(m.data, m.cols, m.rows, static_cast<qsizetype>(m.step), QImage::Format_ARGB32).copy();
            loaded.original = QSize(decoded->originalWidth, decoded->originalHeight);
        } else {
            loaded.problem = QString::fromStdString(std::get<std::string>(result));
        }
        return loaded;
    }));
}

void ImageViewerDialog::showImage(const QImage& image, const QString& problem)
{
    if (image.isNull()) {
        image_->setText(tr("This image cannot be shown.\n%1").arg(problem));
        return;
    }
    // Shrink to the screen; enlarge a small image by a whole factor (pixels stay square and
    // crisp) until it is about kComfortableSide wide, so a 250 px flag is not a postage stamp.
    QSize room(1200, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        room = screen->availableSize() * 0.8;
    QImage fitted = image;
    if (image.width() > room.width() || image.height() > room.height()) {
        fitted = image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    } else {
        const int longer = std::max(image.width(), image.height());
        const int factor = std::max(1,
            std::min(kComfortableSide / std::max(1, longer),
                std::min(room.width() / image.width(), room.height() / image.height())));
        if (factor > 1)
            fitted = image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation);
    }
    image_->setPixmap(QPixmap::fromImage(fitted));
    resize(std::max(420, fitted.width() + 60), std::max(300, fitted.height() + 120));
}

}  // namespace tessera
