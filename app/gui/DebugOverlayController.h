#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace tessera {

class DebugOverlayWidget;
class EventLoopStallMonitor;
class LinkPredictionSession;
struct DebugSnapshot;

// F12: the Dear ImGui debug overlay over the window's central view. Nothing exists until the
// first F12 — no widget, no timer, no sampling — and hiding it stops both its repaint and the
// event-loop stall monitor, so a hidden overlay costs nothing. Where OpenGL is not available
// (the offscreen platform, a remote session without GL) F12 says so and the window goes on.
class DebugOverlayController : public QObject {
    Q_OBJECT
public:
    DebugOverlayController(QWidget* over, const LinkPredictionSession* session, QObject* parent = nullptr);

    void toggle();
    bool isShown() const;
    // Whether the overlay was ever created (tests: F12 never pressed = nothing made).
    bool isCreated() const { return overlay_ != nullptr; }
    bool isMonitoring() const;
    // What the panels would show now.
    DebugSnapshot snapshot() const;

Q_SIGNALS:
    // F12 where the overlay cannot be drawn: why.
    void unavailable(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* over_;
    const LinkPredictionSession* session_;
    DebugOverlayWidget* overlay_ = nullptr;
    EventLoopStallMonitor* stalls_ = nullptr;
    QString compute_;
};

}  // namespace tessera
