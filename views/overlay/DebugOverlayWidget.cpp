#include "overlay/DebugOverlayWidget.h"

#include "overlay/DebugOverlayScene.h"

#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace tessera {

DebugOverlayWidget::DebugOverlayWidget(SnapshotSource source, QWidget* parent)
    : QOpenGLWidget(parent)
    , source_(std::move(source))
{
    // Drawn over the window's other widgets with a transparent background.
    setAttribute(Qt::WA_AlwaysStackOnTop);
    setAttribute(Qt::WA_TranslucentBackground);
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setAlphaBufferSize(8);
    setFormat(format);
    setMouseTracking(true);
    repaint_.setInterval(kFrameMs);
    connect(&repaint_, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    clock_.start();
}

DebugOverlayWidget::~DebugOverlayWidget()
{
    if (backendReady_) {
        makeCurrent();
        scene_->makeCurrent();
        ImGui_ImplOpenGL3_Shutdown();
        doneCurrent();
    }
}

bool DebugOverlayWidget::isAvailable()
{
    QOpenGLContext context;
    if (!context.create())
        return false;
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    const bool current = surface.isValid() && context.makeCurrent(&surface);
    if (current)
        context.doneCurrent();
    return current;
}

void DebugOverlayWidget::initializeGL()
{
    scene_ = std::make_unique<DebugOverlayScene>();
    scene_->makeCurrent();
    // GLSL 1.30 (OpenGL 3.0) is what the backend's default shaders need; ES contexts get 3.00 es.
    backendReady_ = ImGui_ImplOpenGL3_Init(context()->isOpenGLES() ? "#version 300 es" : "#version 130");
}

void DebugOverlayWidget::paintGL()
{
    QOpenGLFunctions* gl = context()->functions();
    gl->glClearColor(0, 0, 0, 0);
    gl->glClear(GL_COLOR_BUFFER_BIT);
    if (!backendReady_ || !source_)
        return;
    const qint64 now = clock_.nsecsElapsed();
    if (lastFrame_ >= 0) {
        intervals_.push_back(static_cast<float>(now - lastFrame_) / 1e6F);
        if (intervals_.size() > kFrames)
            intervals_.pop_front();
    }
    const float seconds = lastFrame_ >= 0 ? static_cast<float>(now - lastFrame_) / 1e9F : 1.0F / 30.0F;
    lastFrame_ = now;
    DebugSnapshot snapshot = source_();
    snapshot.frameIntervalsMs.assign(intervals_.begin(), intervals_.end());
    snapshot.frameCostsMs.assign(costs_.begin(), costs_.end());
    DebugOverlayScene::Input input;
    const qreal ratio = devicePixelRatioF();
    input.width = static_cast<float>(width());
    input.height = static_cast<float>(height());
    input.mouseX = mouseX_;
    input.mouseY = mouseY_;
    for (int b = 0; b < 3; ++b)
        input.mouseDown[b] = buttons_[b];
    input.wheel = wheel_;
    input.seconds = seconds;
    wheel_ = 0;
    scene_->makeCurrent();
    ImGui::GetIO().DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));
    ImGui_ImplOpenGL3_NewFrame();
    ImDrawData* data = scene_->build(snapshot, input);
    ImGui_ImplOpenGL3_RenderDrawData(data);
    costs_.push_back(static_cast<float>(clock_.nsecsElapsed() - now) / 1e6F);
    if (costs_.size() > kFrames)
        costs_.pop_front();
}

void DebugOverlayWidget::showEvent(QShowEvent* event)
{
    lastFrame_ = -1;
    intervals_.clear();
    repaint_.start();
    QOpenGLWidget::showEvent(event);
}

void DebugOverlayWidget::hideEvent(QHideEvent* event)
{
    repaint_.stop();
    QOpenGLWidget::hideEvent(event);
}

void DebugOverlayWidget::recordMouse(QMouseEvent* event)
{
    mouseX_ = static_cast<float>(event->position().x());
    mouseY_ = static_cast<float>(event->position().y());
    buttons_[0] = (event->buttons() & Qt::LeftButton) != 0;
    buttons_[1] = (event->buttons() & Qt::RightButton) != 0;
    buttons_[2] = (event->buttons() & Qt::MiddleButton) != 0;
}

void DebugOverlayWidget::mouseMoveEvent(QMouseEvent* event)
{
    recordMouse(event);
}

void DebugOverlayWidget::mousePressEvent(QMouseEvent* event)
{
    recordMouse(event);
}

void DebugOverlayWidget::mouseReleaseEvent(QMouseEvent* event)
{
    recordMouse(event);
}

void DebugOverlayWidget::wheelEvent(QWheelEvent* event)
{
    wheel_ += static_cast<float>(event->angleDelta().y()) / 120.0F;
}

}  // namespace tessera
