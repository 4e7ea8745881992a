#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace tessera {

// One image at full size (shrunk to fit the screen), decoded off the UI thread; a file that
// cannot be decoded says so in the dialog instead of failing.
class ImageViewerDialog : public QDialog {
    Q_OBJECT
public:
    ImageViewerDialog(const QString& path, const QString& title, QWidget* parent = nullptr);

private:
    void showImage(const QImage& image, const QString& problem);

    QString path_;
    QLabel* image_;
    QLabel* caption_;
};

}  // namespace tessera
