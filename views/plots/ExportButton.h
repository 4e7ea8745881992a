#pragma once

#include <QToolButton>

#include <functional>

namespace tessera {

// "Export ▾" for a view: PNG and SVG of what the view shows (the view itself, at its size on
// screen) and its numbers as CSV. The dialog only picks the file; exportTo() does the work, so
// the window and the tests take one path. Failures are shown without blocking the window.
class ExportButton : public QToolButton {
    Q_OBJECT
public:
    // `view`: what is drawn; `csv`: the numbers behind it; `baseName`: the suggested file name.
    ExportButton(
        QWidget* view, std::function<QString()> csv, std::function<QString()> baseName, QWidget* parent = nullptr);

    // Writes PNG, SVG (by suffix) or CSV (.csv) to `path`. Returns the problem or an empty string.
    QString exportTo(const QString& path) const;

Q_SIGNALS:
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(const QString& suffix);
    void retranslate();

    QWidget* view_;
    std::function<QString()> csv_;
    std::function<QString()> baseName_;
};

}  // namespace tessera
