#pragma once

#include "overlay/DebugSnapshot.h"

#include <QElapsedTimer>
#include <QOpenGLWidget>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace tessera {

class DebugOverlayScene;

// The Dear ImGui debug overlay drawn in a translucent QOpenGLWidget laid over the window. While
// shown it repaints about 30 times a second from a snapshot the owner gathers; hidden, its timer
// stops and nothing is gathered or drawn. Create it only where isAvailable() says OpenGL works.
class DebugOverlayWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    static constexpr int kFrameMs = 33;
    static constexpr std::size_t kFrames = 120;

    using SnapshotSource = std::function<DebugSnapshot()>;

    explicit DebugOverlayWidget(SnapshotSource source, QWidget* parent = nullptr);
    ~DebugOverlayWidget() override;

    // Whether an OpenGL context can be created here (not on the offscreen platform, say).
    static bool isAvailable();

protected:
    void initializeGL() override;
    void paintGL() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void recordMouse(QMouseEvent* event);

    SnapshotSource source_;
    std::unique_ptr<DebugOverlayScene> scene_;
    bool backendReady_ = false;
    QTimer repaint_;
    QElapsedTimer clock_;
    qint64 lastFrame_ = -1;
    std::deque<float> intervals_;
    std::deque<float> costs_;
    float mouseX_ = -1;
    float mouseY_ = -1;
    bool buttons_[3] = {false, false, false};
    float wheel_ = 0;
};

}  // namespace tessera
