#pragma once

#include <QImage>
#include <QWidget>

#include <cstdint>
#include <set>
#include <vector>

namespace tessera {

// One image with its patch grid drawn over it: every patch tinted by its code's colour, the
// patches whose code is one of the entity's kept visual tokens outlined. Hovering a patch shows
// its code id, how often the code occurs and in how many entities; a click emits the code.
class PatchGridWidget : public QWidget {
    Q_OBJECT
public:
    struct CodeFacts {
        std::int64_t count = 0;     // occurrences over all patches of the graph
        std::int64_t entities = 0;  // entities using it
    };

    explicit PatchGridWidget(QWidget* parent = nullptr);

    // `codes`: grid × grid ids row by row; `facts[c]` for every code id.
    void setPatches(const QImage& image, int grid, std::vector<std::int64_t> codes, std::set<std::int64_t> kept,
        const std::vector<CodeFacts>* facts);
    int grid() const { return grid_; }
    const std::vector<std::int64_t>& codes() const { return codes_; }
    // The code under a point of the widget, -1 outside the image.
    std::int64_t codeAt(const QPoint& point) const;
    QString describeCode(std::int64_t code) const;

    QSize sizeHint() const override { return {280, 280}; }

Q_SIGNALS:
    void codeClicked(qint64 code);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF imageRect() const;

    QImage image_;
    int grid_ = 0;
    std::vector<std::int64_t> codes_;
    std::set<std::int64_t> kept_;
    const std::vector<CodeFacts>* facts_ = nullptr;
};

}  // namespace tessera
