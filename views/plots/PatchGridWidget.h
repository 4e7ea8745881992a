#pragma once

#include <QImage>
#include <QWidget>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace tessera {

// One image with its patch grid drawn over it: every patch tinted by its code's colour, the
// patches whose code is one of the entity's kept visual tokens outlined. Hovering a patch shows
// its code id, how often the code occurs and in how many entities; a click emits the code.
// With attention shading on, the patches whose code has a weight (the attention [CLS] gives that
// visual token) are washed orange in proportion to it and all other patches are faded out.
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
    // `weights[code]`: the attention drawn on every patch of that code, scaled by `top` (the
    // largest weight shown anywhere, so that image and text share one scale).
    void setShading(std::map<std::int64_t, double> weights, double top);
    void clearShading();
    bool shading() const { return shading_; }
    // The weight drawn on patch `index` (row by row); none where the patch is faded or unshaded.
    std::optional<double> shadingOfPatch(std::size_t index) const;
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
    bool shading_ = false;
    std::map<std::int64_t, double> weights_;
    double top_ = 1;
};

}  // namespace tessera
